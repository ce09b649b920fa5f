import { termsOf } from '../search/terms.js';

/** What was discussed: "discussed X", "X tops the agenda", "talks on X", "devoted to X". */
const TOPIC_CUES =
  /\b(?:discuss(?:ed|es|ing)?|to discuss|talks on|focus(?:ed|ing)? on|covered|reviewed|devoted to|aimed at|agreed to|address)\s+(.+)/i;
const AGENDA = /^(.+?)\s+(?:tops?|topped|dominated?|is on|was on|were on)\s+(?:the\s+)?agenda/i;
const ITEMS = /\bitems on the table include\s+(.+)/i;
const CLAUSE_END =
  /[,;:.!?"“”]|\s(?:in|at) the meeting\b|\s(?:with|while|according|as|after|before|since|which|who|said)\s/;
const MAX_TOPIC_WORDS = 12;
const STOP_START = /^(?:the|a|an|and|to|of|that|this|it|how|what|with)\s+/i;

function trimTopic(text: string): string | null {
  const end = CLAUSE_END.exec(text);
  let topic = (end ? text.slice(0, end.index) : text).trim();
  topic = topic.replace(STOP_START, '').replace(/\s+(?:and|or|the)$/i, '');
  const words = topic.split(/\s+/);
  if (words.length < 2 || words.length > MAX_TOPIC_WORDS) return null;
  return topic;
}

/** Short phrases naming what a sentence says was discussed. */
export function findTopics(sentence: string): string[] {
  const topics: string[] = [];
  for (const pattern of [TOPIC_CUES, ITEMS]) {
    const match = pattern.exec(sentence);
    if (!match) continue;
    for (const part of match[1]!.split(/\s+and\s+(?=the\s|\w+ing\s)/)) {
      const topic = trimTopic(part);
      if (topic) topics.push(topic);
    }
  }
  const agenda = AGENDA.exec(sentence);
  if (agenda) {
    const subject = agenda[1]!.replace(/^.*?\b(?:with|and)\s+/, '');
    const topic = trimTopic(subject);
    if (topic) topics.push(topic);
  }
  return [...new Set(topics)];
}

/**
 * Topics that say the same in other word forms share a key: "normalising ties between A and B"
 * and "the normalisation of ties between A and B" are one topic.
 */
export function topicKey(topic: string): string {
  return termsOf(topic).sort().join(' ');
}
