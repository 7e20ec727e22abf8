import test from 'ava';
import { attributeAnswers, fieldsFromForm, fieldsFromJson, single, valuesOf } from './fields.ts';
import { Open311Error } from './format.ts';

const form = (body: string) => fieldsFromForm(new URLSearchParams(body).entries());

test('a spec form: fields by name, attribute[CODE] and attribute[CODE][] as one field, UTF-8 decoded', (t) => {
  const f = form('service_code=road-damage&lat=37.5&description=%EB%8F%84%EB%A1%9C+%ED%8C%8C%EC%86%90&attribute[SIZE]=small&attribute%5BWHERE%5D%5B%5D=lane&attribute[WHERE][]=sidewalk');
  t.deepEqual(valuesOf(f, 'description'), ['도로 파손']);
  t.deepEqual([...attributeAnswers(f)], [['SIZE', ['small']], ['WHERE', ['lane', 'sidewalk']]]);
});

test('a JSON body: same names, numbers as text, attributes under attribute.CODE (string or array)', (t) => {
  const f = fieldsFromJson({ service_code: 'road-damage', lat: 37.5, long: 127.01, email: null, attribute: { SIZE: 'large', WHERE: ['lane', 'shoulder'] } });
  t.deepEqual(valuesOf(f, 'lat'), ['37.5']);
  t.deepEqual(valuesOf(f, 'email'), []);
  t.deepEqual([...attributeAnswers(f)], [['SIZE', ['large']], ['WHERE', ['lane', 'shoulder']]]);
  t.deepEqual([...attributeAnswers(fieldsFromJson({ 'attribute[SIZE]': 'small' }))], [['SIZE', ['small']]]);
});

test('JSON that is not an object of scalars is refused with the field named', (t) => {
  for (const [body, message] of [
    [[1, 2], 'the JSON body must be an object of request fields'],
    ['text', 'the JSON body must be an object of request fields'],
    [{ description: { text: 'x' } }, 'description must be a string or a number'],
    [{ lat: [37.5] }, 'lat must be a string or a number'],
    [{ attribute: ['SIZE'] }, 'attribute must be an object of answers by attribute code'],
    [{ attribute: { SIZE: { a: 1 } } }, 'attribute[SIZE] must be a string or a number'],
  ] as const) {
    const err = t.throws(() => fieldsFromJson(body), { instanceOf: Open311Error });
    t.is(err?.errors[0]?.description, message);
  }
});

test('a file in a multipart form is refused, not dropped', (t) => {
  const err = t.throws(() => fieldsFromForm([['media', new File(['x'], 'a.jpg')]]), { instanceOf: Open311Error });
  t.regex(err?.errors[0]?.description ?? '', /media: files are not accepted here; put the media at a URL and send media_url/);
});

test('single: blanks are absent, the same value twice is once, two different values are a problem', (t) => {
  const problems: string[] = [];
  const f = form('a=&b=x&b=x&c=1&c=2&d=%20y%20');
  t.is(single(f, 'a', problems), undefined);
  t.is(single(f, 'b', problems), 'x');
  t.is(single(f, 'd', problems), 'y');
  t.is(single(f, 'c', problems), '1');
  t.deepEqual(problems, ['c is given more than once with different values']);
  t.deepEqual([...attributeAnswers(form('attribute[A]=&attribute[]=x&attribute[B]=1'))], [['B', ['1']]]);
});
