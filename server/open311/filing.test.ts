import test from 'ava';
import { fieldsFromForm } from './fields.ts';
import { parseNewRequest, personName } from './filing.ts';
import { Open311Error } from './format.ts';
import { SAMPLE_CATEGORIES } from './samples.ts';

const OK = 'service_code=road-damage&lat=37.5&long=127.03&attribute[SIZE]=small';
const fields = (body: string) => fieldsFromForm(new URLSearchParams(body).entries());
const parse = (body: string) => parseNewRequest(fields(body), SAMPLE_CATEGORIES);
const refused = (t: { throws: (f: () => unknown, e: object) => unknown }, body: string): [number, string[]] => {
  const err = t.throws(() => parse(body), { instanceOf: Open311Error }) as Open311Error;
  return [err.status, err.errors.map((e) => e.description)];
};

test('a complete request becomes a NewRequest with reporter, location, media and answers', (t) => {
  const { input, category } = parse(`${OK}&attribute[WHERE][]=lane&attribute[WHERE][]=sidewalk&address_string=%ED%85%8C%ED%97%A4%EB%9E%80%EB%A1%9C+152&address_id=1168010100&description=%ED%8C%8C%EC%9E%84%0A%EA%B9%8A%EC%9D%8C`
    + '&email=a%40example.com&first_name=%EA%B8%B8%EB%8F%99&last_name=%ED%99%8D&phone=010-1234-5678&media_url=https%3A%2F%2Fexample.org%2Fp.jpg&device_id=d1&account_id=acct-7');
  t.is(category.code, 'road-damage');
  t.deepEqual(input, {
    serviceCode: 'road-damage', lat: 37.5, lon: 127.03, addressString: '테헤란로 152', addressId: '1168010100', description: '파임\n깊음',
    reporter: { name: '홍길동', phone: '010-1234-5678', email: 'a@example.com' },
    mediaUrl: 'https://example.org/p.jpg', deviceId: 'd1', accountId: 'acct-7',
    attributes: { SIZE: ['small'], WHERE: ['lane', 'sidewalk'] },
  });
});

test('any one location is enough: lat and long, address_string or address_id', (t) => {
  t.like(parse('service_code=noise&address_string=x').input, { lat: null, lon: null, addressString: 'x', addressId: null });
  t.like(parse('service_code=noise&address_id=42').input, { addressId: '42' });
  t.like(parse('service_code=noise&lat=37.5&long=127').input, { lat: 37.5, lon: 127 });
  t.deepEqual(parse('service_code=noise&lat=37.5&long=127').input.reporter, { name: null, phone: null, email: null });
});

test('names: Korean family name first without a space, others given name first', (t) => {
  t.is(personName('길동', '홍'), '홍길동');
  t.is(personName('John', 'Smith'), 'John Smith');
  t.is(personName(null, '홍'), '홍');
  t.is(personName(null, null), null);
});

test('service_code: required (400), unknown alone (404), unknown among other problems (400 listing all)', (t) => {
  t.deepEqual(refused(t, 'lat=37.5&long=127'), [400, ['service_code is required (see services.json)']]);
  t.deepEqual(refused(t, 'service_code=pot-holes&lat=37.5&long=127'), [404, ['service_code: no such service: pot-holes (see services.json)']]);
  t.deepEqual(refused(t, 'service_code=pot-holes'), [400, ['a location is required: lat and long, or address_string, or address_id', 'service_code: no such service: pot-holes (see services.json)']]);
});

test('location problems are named', (t) => {
  t.deepEqual(refused(t, 'service_code=noise'), [400, ['a location is required: lat and long, or address_string, or address_id']]);
  t.deepEqual(refused(t, 'service_code=noise&lat=37.5'), [400, ['lat and long must be sent together']]);
  t.deepEqual(refused(t, 'service_code=noise&lat=north&long=200'), [400, [
    'lat must be a WGS84 number from 33 to 39 (this jurisdiction is in Korea; got "north")',
    'long must be a WGS84 number from 124 to 132 (this jurisdiction is in Korea; got "200")',
  ]]);
  t.deepEqual(refused(t, `service_code=noise&address_string=${'가'.repeat(201)}`), [400, ['address_string may be at most 200 characters (got 201)']]);
});

test('description up to 4000 characters', (t) => {
  t.is(parse(`service_code=noise&address_id=1&description=${'a'.repeat(4000)}`).input.description.length, 4000);
  t.deepEqual(refused(t, `service_code=noise&address_id=1&description=${'a'.repeat(4001)}`), [400, ['description may be at most 4000 characters (got 4001)']]);
});

test('the person: e-mail, phone, name lengths as the reporter contract allows', (t) => {
  t.deepEqual(refused(t, 'service_code=noise&address_id=1&email=not-mail&phone=call+me'), [400, [
    'email is not an e-mail address: "not-mail"',
    'phone may hold digits, spaces and + ( ) - . only',
  ]]);
  t.deepEqual(refused(t, `service_code=noise&address_id=1&first_name=${'a'.repeat(50)}&last_name=${'b'.repeat(50)}`), [400, [
    'first_name and last_name together may be at most 80 characters',
  ]]);
  t.deepEqual(refused(t, `service_code=noise&address_id=1&email=${'a'.repeat(120)}@x.kr`), [400, ['email may be at most 120 characters (got 125)']]);
});

test('media_url must be http(s); a field given twice with different values is refused', (t) => {
  t.deepEqual(refused(t, 'service_code=noise&address_id=1&media_url=javascript:alert(1)'), [400, ['media_url must be an http or https URL']]);
  t.deepEqual(refused(t, 'service_code=noise&service_code=streetlight&address_id=1'), [400, ['service_code is given more than once with different values']]);
});

test('attributes: required ones, unknown codes, list keys, one value unless multivaluelist', (t) => {
  t.deepEqual(refused(t, 'service_code=road-damage&address_id=1'), [400, ['attribute[SIZE] is required for service road-damage: 파손 크기 (Size of the damage)']]);
  t.deepEqual(refused(t, `${OK}&attribute[COLOUR]=red`), [400, ['attribute[COLOUR]: service road-damage has no such attribute']]);
  t.deepEqual(refused(t, 'service_code=road-damage&address_id=1&attribute[SIZE]=huge'), [400, ['attribute[SIZE]: "huge" is not one of small, large']]);
  t.deepEqual(refused(t, 'service_code=road-damage&address_id=1&attribute[SIZE][]=small&attribute[SIZE][]=large'), [400, ['attribute[SIZE] takes one value (got 2)']]);
  t.deepEqual(refused(t, `${OK}&attribute[WHERE][]=lane&attribute[WHERE][]=roof`), [400, ['attribute[WHERE]: "roof" is not one of lane, shoulder, sidewalk']]);
  t.deepEqual(refused(t, 'service_code=noise&address_id=1&attribute[SIZE]=small'), [400, ['attribute[SIZE]: service noise has no such attribute']]);
});

test('attribute datatypes number, datetime, string and information-only ones are checked', (t) => {
  const cats = [{
    ...SAMPLE_CATEGORIES[3]!,
    attributes: [
      { variable: true, code: 'DB', datatype: 'number' as const, required: false, datatypeDescription: null, order: 1, description: 'dB', values: [] },
      { variable: true, code: 'SINCE', datatype: 'datetime' as const, required: false, datatypeDescription: null, order: 2, description: 'since', values: [] },
      { variable: true, code: 'WHO', datatype: 'string' as const, required: false, datatypeDescription: null, order: 3, description: 'who', values: [] },
      { variable: false, code: 'INFO', datatype: 'text' as const, required: true, datatypeDescription: null, order: 4, description: 'note', values: [] },
    ],
  }];
  const ok = parseNewRequest(fields('service_code=noise&address_id=1&attribute[DB]=72.5&attribute[SINCE]=2026-11-26T23:00:00%2B09:00&attribute[WHO]=site'), cats);
  t.deepEqual(ok.input.attributes, { DB: ['72.5'], SINCE: ['2026-11-26T23:00:00+09:00'], WHO: ['site'] });
  const err = t.throws(() => parseNewRequest(fields('service_code=noise&address_id=1&attribute[DB]=loud&attribute[SINCE]=yesterday&attribute[WHO]=a%0Ab&attribute[INFO]=x'), cats), { instanceOf: Open311Error });
  t.deepEqual(err?.errors.map((e) => e.description), [
    'attribute[DB] must be a number (got "loud")',
    'attribute[SINCE] must be a W3C datetime with a time zone (got "yesterday")',
    'attribute[WHO] must be one line',
    'attribute[INFO] is information only and takes no answer',
  ]);
});
