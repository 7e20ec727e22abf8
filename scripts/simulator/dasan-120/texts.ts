/**
 * @module scripts/simulator/dasan-120/texts
 * Pure: what a citizen writes — title and text from the category's phrases (5 % in English), the line of a
 * rising issue when the complaint belongs to one, and, in 12.5 % of the complaints, personal data as real
 * complaints carry it: a name with 님/씨, a mobile number (010-1234-5678 or 01012345678), an e-mail address,
 * an exact home address with its lot and flat, rarely a resident registration number. All of it SYNTHETIC.
 */
import type { DasanChannelName, DasanReporter } from '../../../connectors/dasan-120/api.ts';
import { cumulative, pickIndex, type Rand } from '../safety-common/random.ts';
import { ENGLISH_SHARE, PERSONAL_DATA_SHARE } from './model.ts';
import { drawEmail, drawHomeAddress, drawPerson, drawPhone, drawResidentNumber, legalDongOf, type Person } from './people.ts';
import { PHRASES, PLACES, WHEN } from './phrases.ts';

export const PERSONAL_DATA_KINDS = ['name', 'phone', 'email', 'address', 'resident-number'] as const;
export type PersonalDataKind = (typeof PERSONAL_DATA_KINDS)[number];
const KIND_CUM = cumulative([0.34, 0.3, 0.12, 0.2, 0.04]);

export interface TextInput {
  category: string;
  channel: DasanChannelName;
  gu: { ko: string; en: string };
  dong: string;
  /** The sentence of the rising issue the complaint belongs to. */
  issueLine: string | null;
}

export interface ComplaintText {
  title: string;
  description: string;
  english: boolean;
  /** Which personal data the text carries (none for most). */
  personal: PersonalDataKind[];
  reporter: DasanReporter;
}

const pick = <T>(rand: Rand, xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)] as T;

const fill = (template: string, slots: Readonly<Record<string, string>>): string => template.replace(/\{(\w+)\}/g, (m, k: string) => slots[k] ?? m);

const personalSentence = (rand: Rand, kind: PersonalDataKind, english: boolean, me: Person, i: TextInput): string => {
  const other = drawPerson(rand).name;
  const home = (): string => drawHomeAddress(rand, i.gu.ko, i.dong);
  switch (kind) {
    case 'name':
      return english
        ? pick(rand, [`My name is ${me.name}.`, `Please address the reply to ${me.name}.`])
        : pick(rand, [`저는 ${i.dong}에 사는 ${me.name}입니다.`, `관리사무소 ${other}씨에게 말했지만 해결되지 않았습니다.`, `${me.name}님 앞으로 답변 부탁드립니다.`, `옆집 ${other} 씨도 같은 불편을 겪고 있습니다.`]);
    case 'phone': {
      const phone = drawPhone(rand, rand() < 0.35);
      return english ? `You can call me on ${phone}.` : pick(rand, [`연락은 ${phone}로 주세요.`, `회신 번호는 ${phone}입니다.`, `급하면 ${phone}으로 전화 주세요.`]);
    }
    case 'email': {
      const email = drawEmail(rand, me);
      return english ? `Please reply to ${email}.` : pick(rand, [`답변은 ${email}로 보내주세요.`, `메일 ${email} 로도 연락 가능합니다.`]);
    }
    case 'address':
      return english ? `I live at ${home()}.` : pick(rand, [`저희 집 주소는 ${home()}입니다.`, `정확한 위치는 ${home()} 바로 앞입니다.`]);
    case 'resident-number': {
      const rrn = drawResidentNumber(rand);
      return english ? `My resident registration number is ${rrn}.` : `본인 확인을 위해 주민번호 ${rrn} 남깁니다.`;
    }
  }
};

const drawKinds = (rand: Rand): PersonalDataKind[] => {
  const kinds = new Set<PersonalDataKind>([PERSONAL_DATA_KINDS[pickIndex(rand, KIND_CUM)] as PersonalDataKind]);
  if (rand() < 0.3) kinds.add(PERSONAL_DATA_KINDS[pickIndex(rand, KIND_CUM)] as PersonalDataKind);
  return [...kinds];
};

/** Who filed it: a name for most, a number for calls and texts, an e-mail address mostly from the web. */
export const drawReporter = (rand: Rand, me: Person, channel: DasanChannelName): DasanReporter => {
  const byPhone = channel === '전화' || channel === '문자';
  const emailShare = channel === '인터넷' ? 0.6 : channel === '앱' || channel === '카카오톡' ? 0.3 : 0.05;
  return {
    name: rand() < 0.92 ? me.name : null,
    phone: byPhone || rand() < 0.8 ? drawPhone(rand) : null,
    email: rand() < emailShare ? drawEmail(rand, me) : null,
  };
};

export const drawText = (rand: Rand, i: TextInput): ComplaintText => {
  const phrasing = PHRASES[i.category];
  if (!phrasing) throw new RangeError(`no phrases for category ${i.category}`);
  const me = drawPerson(rand);
  const english = rand() < ENGLISH_SHARE && phrasing.en.length > 0;
  const stem = legalDongOf(i.dong).replace(/동$/, '');
  const slots = { dong: i.dong, stem, gu: english ? i.gu.en : i.gu.ko, place: '', when: pick(rand, WHEN) };
  slots.place = fill(pick(rand, PLACES), slots);
  const k = Math.floor(rand() * phrasing.bodies.length);
  const [title, body] = english ? pick(rand, phrasing.en) : [phrasing.titles[k % phrasing.titles.length] as string, phrasing.bodies[k] as string];
  const parts = [fill(body, slots)];
  if (i.issueLine !== null && !english && rand() < 0.7) parts.unshift(i.issueLine);
  const personal = rand() < PERSONAL_DATA_SHARE ? drawKinds(rand) : [];
  for (const kind of personal) parts.push(personalSentence(rand, kind, english, me, i));
  if (!english && rand() < 0.5) parts.push(pick(rand, ['빠른 조치 부탁드립니다.', '감사합니다.', '확인 부탁드립니다.', '처리 결과를 알려주세요.']));
  return { title: fill(title, slots), description: parts.join(' '), english, personal, reporter: drawReporter(rand, me, i.channel) };
};
