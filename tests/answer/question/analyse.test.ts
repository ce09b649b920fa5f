import { describe, expect, it } from 'vitest';
import { analyseQuestion } from '../../../src/answer/question/analyse.js';

describe('analyseQuestion: what kind of thing answers', () => {
  it.each([
    ['Who chaired the session?', 'person'],
    ['whom did the envoy meet', 'person'],
    ['When will the ministers meet again?', 'date'],
    ['Where was the treaty signed?', 'place'],
    ['Why did the talks fail?', 'reason'],
    ['How many ships were seized?', 'number'],
    ['How long did the visit last?', 'duration'],
    ['How often do the leaders meet?', 'frequency'],
    ['how long ago did they meet', 'date'],
    ['Which countries signed the declaration?', 'country'],
    ['which organisation joined the group', 'organisation'],
    ['In which city will the summit be held?', 'place'],
    ['What did the minister say about fishing quotas?', 'speech'],
    ['What did the two sides agree on?', 'thing'],
    ['Was the ambassador invited?', 'yesNo'],
    ['Did they sign anything?', 'yesNo'],
    ['tell me who signed the accord', 'person'],
  ])('%s → %s', (question, type) => {
    expect(analyseQuestion(question).answerType).toBe(type);
  });
});

describe('analyseQuestion: verb, negation and meeting facts', () => {
  it('finds the main verb in its dictionary form', () => {
    expect(analyseQuestion('Who chaired the talks?').verb).toEqual({
      word: 'chaired',
      lemma: 'chair',
    });
  });

  it('reads a negation, also in a contraction typed without its apostrophe', () => {
    expect(analyseQuestion('why didnt the envoy attend').negated).toBe(true);
    expect(analyseQuestion('why did the envoy attend').negated).toBe(false);
  });

  it.each([
    ['Who attended the harbour meeting?', 'participants'],
    ['who took part in the talks', 'participants'],
    ['When did the ministers meet?', 'date'],
    ['When was the summit?', 'date'],
    ['Where were the talks held?', 'place'],
    ['Who chaired the talks?', null],
    ['When was the summit first planned?', null],
    ['What did the host give the guest?', null],
    ['Why did the ministers meet?', null],
  ])('%s asks for the meeting fact %s', (question, fact) => {
    expect(analyseQuestion(question).meetingFact).toBe(fact);
  });

  it('reads which of a series is meant, but not the verb "last"', () => {
    expect(analyseQuestion('When did they last meet?').order).toBe('last');
    expect(analyseQuestion('Where is the next round?').order).toBe('next');
    expect(analyseQuestion('How long did the talks last?').order).toBeNull();
  });

  it('searches without the words of "how many"', () => {
    expect(analyseQuestion('How many ships were seized?').searchText).toBe(
      'How ships were seized?',
    );
  });

  it('searches without the words that only say how the question is put', () => {
    expect(analyseQuestion('How long did the river talks actually last?').searchText).toBe(
      'How did the river talks ?',
    );
    expect(
      analyseQuestion('Where were the ministers originally supposed to meet?').searchText,
    ).toBe('Where were the ministers to meet?');
    expect(analyseQuestion('When did they last meet?').searchText).toBe('When did they last meet?');
  });

  it.each([
    ['Who chaired the talks?', ['chaired']],
    ['What threat did the envoy warn about?', ['threat']],
    ['What did the minister say about fishing quotas?', []],
    ['Who attended the harbour meeting?', ['attended']],
    ['When did the ministers meet?', []],
    ['Who went to the capital before the summit?', []],
    ['How long did the talks last?', []],
    ['Which city hosted the summit?', ['hosted']],
  ])('%s turns on %j', (question, focus) => {
    expect(analyseQuestion(question).focus).toEqual(focus);
  });

  it.each([
    ['Who chaired the talks?', 'chaired'],
    ['who has signed the accord', 'signed'],
    ['Who was invited to the talks?', null],
    ['Whom did the envoy meet?', null],
    ['Who did the envoy meet?', null],
    ['When did the ministers meet?', null],
    // Who took part is read from the meeting's participants, named or described by role.
    ['Who attended the harbour meeting?', null],
  ])('%s asks for the doer of %s', (question, verb) => {
    expect(analyseQuestion(question).doerOf).toBe(verb);
  });

  it('takes the noun naming the kind of answer for what it is', () => {
    const question = analyseQuestion('Which organisation joined the group?');
    expect(question).toMatchObject({ askedFor: 'organisation', askedForIsType: true });
    expect(analyseQuestion('How many ships were seized?')).toMatchObject({
      askedFor: 'ships',
      askedForIsType: false,
    });
  });
});
