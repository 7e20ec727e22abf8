import test from 'ava';
import { streamOf } from '../safety-common/random.ts';
import { drawEmail, drawHomeAddress, drawPerson, drawPhone, drawResidentNumber, legalDongOf } from './people.ts';

test('names, numbers and addresses in the real layouts', (t) => {
  const r = streamOf(1, 'people');
  for (let i = 0; i < 500; i++) {
    const p = drawPerson(r);
    t.regex(p.name, /^[가-힣]{3}$/);
    t.regex(drawPhone(r), /^010-\d{4}-\d{4}$/);
    t.regex(drawPhone(r, true), /^010\d{8}$/);
    t.regex(drawEmail(r, p), /^[a-z0-9.]+@example\.(com|net|org)$/);
    const rrn = drawResidentNumber(r);
    t.regex(rrn, /^\d{2}(0[1-9]|1[0-2])(0[1-9]|[12]\d)-[1-4]\d{6}$/);
    t.is(Number(rrn[7]) >= 3, Number(rrn.slice(0, 2)) <= 5, 'the sex digit says the century');
    t.regex(drawHomeAddress(r, '마포구', '서교동'), /^서울특별시 마포구 서교동 \d+(-\d+)? (\d{3}동 \d+호|\d층)$/);
  }
  const family = Array.from({ length: 4000 }, () => drawPerson(r).name[0]);
  const share = (c: string) => family.filter((x) => x === c).length / family.length;
  t.true(share('김') > 0.2 && share('김') < 0.3 && share('김') > share('이') && share('이') > share('박'), `김 ${share('김')}`);
});

test('legal dong names for administrative ones', (t) => {
  t.is(legalDongOf('창신1동'), '창신동');
  t.is(legalDongOf('상일제1동'), '상일동');
  t.is(legalDongOf('종로5·6가동'), '종로5가');
  t.is(legalDongOf('성수1가2동'), '성수1가');
  t.is(legalDongOf('청운효자동'), '청운효자동');
});
