/**
 * @module scripts/simulator/dasan-120/items
 * Pure: one complaint of the feed (the call centre's shape, Korean vocabulary, ISO times with the KST offset)
 * as it stands at wall time `now`: the steps that have happened, the current status, the department in charge
 * (the last one assigned, else the category's own, which the call centre will assign), and the due time (the category's SLA from the filing, or from the last reopening, at the lifecycle's speed).
 */
import { guByCode } from '../../../connectors/_safety/gu.ts';
import { DASAN_STATUS_NAMES, isoKst, type DasanComplaintItem } from '../../../connectors/dasan-120/api.ts';
import type { ComplaintDetails } from './details.ts';
import { filedAtOf, type SyntheticComplaint } from './generator.ts';

const DAY = 86_400_000;

export const complaintItem = (c: SyntheticComplaint, d: ComplaintDetails, now: number, lifecycleSpeedup: number): DasanComplaintItem => {
  const steps = c.steps.filter((s) => s.at <= now);
  const current = steps.at(-1) ?? c.steps[0];
  const holder = [...steps].reverse().find((s) => s.status === 'assigned')?.department;
  const restart = [...steps].reverse().find((s) => s.status === 'reopened')?.at ?? filedAtOf(c);
  return {
    no: c.no,
    receivedAt: isoKst(filedAtOf(c)),
    channel: c.channel,
    category: c.category.name.ko,
    gu: guByCode(c.district)?.ko ?? '',
    guCode: c.district,
    dong: d.dong,
    address: d.address,
    lon: d.lon,
    lat: d.lat,
    title: d.title,
    content: d.description,
    department: holder?.ko ?? c.category.department.ko,
    status: DASAN_STATUS_NAMES[current?.status ?? 'received'],
    dueAt: isoKst(restart + (c.category.slaDays * DAY) / lifecycleSpeedup),
    reporter: d.reporter,
    history: steps.map((s) => ({ status: DASAN_STATUS_NAMES[s.status], at: isoKst(s.at), department: s.department?.ko ?? null, note: s.note })),
    synthetic: true,
  };
};
