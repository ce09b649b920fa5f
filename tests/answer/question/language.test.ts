import { describe, expect, it } from 'vitest';
import { readsAsEnglish } from '../../../src/answer/question/language.js';

describe('readsAsEnglish', () => {
  it.each([
    'Who attended the Moscow meeting?',
    'Erdogan Putin Sochi',
    'wat did nato say in vilnius',
    'Türkiye Syria normalisation',
    'When did Lula da Silva meet Maduro?',
    'who chaired the Conseil de sécurité session',
  ])('reads "%s" as English', (question) => {
    expect(readsAsEnglish(question)).toBe(true);
  });

  it.each([
    '¿Quién asistió a la reunión de Moscú?',
    'Qui a participé à la réunion de Moscou ?',
    'Wer hat an dem Treffen in Moskau teilgenommen?',
    'Chi ha partecipato alla riunione di Mosca?',
    'Quem participou da reunião em Moscou?',
    'Moskova toplantısına kim katıldı ve ne zaman?',
    'Кто участвовал во встрече в Москве?',
    '誰がモスクワ会議に出席しましたか？',
  ])('does not read "%s" as English', (question) => {
    expect(readsAsEnglish(question)).toBe(false);
  });
});
