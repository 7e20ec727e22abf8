import test from 'ava';
import { PROPOSAL_CATEGORY_CODES } from '../../../server/contracts/participation.ts';
import { streamOf } from '../safety-common/random.ts';
import { ANSWER_OUTCOMES } from './model.ts';
import { PROPOSAL_PHRASES } from './phrases.ts';
import { answerText, CITY, proposalText } from './texts.ts';

test('every topic has phrases; every slot is filled, for a gu and for the city', (t) => {
  t.deepEqual(Object.keys(PROPOSAL_PHRASES).sort(), [...PROPOSAL_CATEGORY_CODES].sort());
  const r = streamOf(1, 'texts');
  for (const category of PROPOSAL_CATEGORY_CODES) {
    for (let k = 0; k < 20; k++) {
      const where = k % 2 === 0 ? CITY : { ko: '마포구', en: 'Mapo-gu' };
      const text = proposalText(r, category, where, k % 3 !== 0);
      for (const s of [text.title, text.summary, text.titleEn ?? '']) t.false(s.includes('{'), s);
      t.is(text.titleEn === null, k % 3 === 0);
      t.true(text.title.length <= 200 && text.summary.length <= 2000);
    }
  }
});

test('answers name the supports, and the department or the debate', (t) => {
  for (const outcome of ANSWER_OUTCOMES) {
    const a = answerText({ category: 'parking', outcome, department: '주차계획과', supports: 1234, debate: false });
    t.true(a.includes('1,234명'));
    if (outcome === 'accepted') t.true(a.includes('주차계획과'));
  }
  t.regex(answerText({ category: 'housing', outcome: 'partly', department: '서울특별시장', supports: 5210, debate: true }), /^공감 5,210명을 넘어 시민토론/);
});
