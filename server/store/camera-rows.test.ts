import test from 'ava';
import { CAMERA_COLUMNS, cameraChunks, cameraLine, CameraQueryError, CameraRowError, checkCameras, checkLimit, toCamera, viewerWhere, type CameraRow, type RegistryCameraInput } from './camera-rows.ts';

const CAM: RegistryCameraInput = {
  id: 'cam-11680-00042',
  name: { ko: '강남구 방범 CCTV 0042', en: 'Gangnam-gu crime-prevention CCTV 0042' },
  district: '11680',
  lon: 127.0495,
  lat: 37.5172,
  agency: 'district',
  purpose: 'crime-prevention',
  viewers: ['mayor', 'deputy-mayor', 'situation-room', 'district-head'],
  synthetic: true,
  installedYear: 2015,
};
const none = () => null;

test('a valid camera becomes one COPY line in column order; text is escaped, null is \\N', (t) => {
  const [row] = checkCameras([{ ...CAM, name: { ko: '탭\t이름', en: 'back\\slash' } }], () => 'rtsp://10.0.0.1/stream1');
  const line = cameraLine(row!);
  t.true(line.endsWith('\n'));
  const cells = line.slice(0, -1).split('\t');
  t.is(cells.length, CAMERA_COLUMNS.length, 'the escaped tab is not a separator');
  t.true(line.includes('탭\\t이름'));
  t.true(line.includes('back\\\\slash'));
  t.true(line.includes('\t{mayor,deputy-mayor,situation-room,district-head}\tt\t2015\trtsp://10.0.0.1/stream1\n'));
  const [plain] = checkCameras([{ ...CAM, installedYear: null }], none);
  t.true(cameraLine(plain!).endsWith('\t\\N\t\\N\n'));
});

test('bad cameras are refused naming the first one and why', (t) => {
  const bad = (c: Partial<RegistryCameraInput>, msg: RegExp, streamUrl: string | null = null) =>
    t.throws(() => checkCameras([CAM, { ...CAM, id: 'cam-11680-00043', ...c }], () => streamUrl), { instanceOf: CameraRowError, message: msg });
  bad({ lon: 200 }, /camera #1 \("cam-11680-00043"\): lon/);
  bad({ id: 'cam-11110-00043' }, /must name its gu 11680/);
  bad({ id: 'cam-11680-00042' }, /appears twice/);
  bad({ viewers: [] }, /viewers/);
  bad({ viewers: ['public'] as never }, /viewers/);
  bad({ agency: 'army' as never }, /agency/);
  bad({}, /not rtsp, rtmp or http/, 'file:///etc/passwd');
  bad({}, /not rtsp, rtmp or http/, 'rtsp://host/a b');
});

test('rows come out in chunks that together are every line', (t) => {
  const many = Array.from({ length: 30_000 }, (_, i) => ({ ...CAM, id: `cam-11680-${String(i).padStart(5, '0')}` }));
  const chunks = [...cameraChunks(checkCameras(many, none))];
  t.true(chunks.length > 1);
  t.is(chunks.join('').split('\n').length - 1, 30_000);
});

const ROW: CameraRow = {
  id: CAM.id,
  name_ko: CAM.name.ko,
  name_en: CAM.name.en,
  district_code: '11680',
  lon: 127.0495,
  lat: 37.5172,
  agency: 'district',
  purpose: 'crime-prevention',
  viewers: ['mayor', 'district-head'],
  synthetic: true,
  installed_year: 2015,
  stream_url: null,
};

test('stored rows map back to cameras; streaming follows the stream address', (t) => {
  t.deepEqual(toCamera(ROW), {
    id: CAM.id,
    name: CAM.name,
    district: '11680',
    lon: 127.0495,
    lat: 37.5172,
    agency: 'district',
    purpose: 'crime-prevention',
    viewers: ['mayor', 'district-head'],
    synthetic: true,
    streaming: false,
    installedYear: 2015,
    streamUrl: null,
  });
  t.like(toCamera({ ...ROW, viewers: '{mayor,situation-room}', stream_url: 'rtsp://x/1' }), { viewers: ['mayor', 'situation-room'], streaming: true, streamUrl: 'rtsp://x/1' });
  t.throws(() => toCamera({ ...ROW, agency: 'army' }), { instanceOf: CameraRowError, message: /stored camera cam-11680-00042 is not valid/ });
});

test('the viewer rule in SQL: the role among the viewers, and a district head\'s gu; parameters numbered on', (t) => {
  const params: unknown[] = [37.5, 127];
  t.deepEqual(viewerWhere({ role: 'district-head', districts: ['11680'] }, params), ['$3::text = ANY (viewers)', 'district_code = ANY ($4::bpchar[])']);
  t.deepEqual(params, [37.5, 127, 'district-head', ['11680']]);
  const other: unknown[] = [];
  t.deepEqual(viewerWhere({ role: 'official', districts: ['11680'] }, other), ['$1::text = ANY (viewers)'], 'only district heads are bound to a gu');
  t.deepEqual(other, ['official']);
  t.deepEqual(viewerWhere(null, other), []);
  t.notThrows(() => checkLimit(100, 100));
  t.throws(() => checkLimit(1.5, 100), { instanceOf: CameraQueryError });
});
