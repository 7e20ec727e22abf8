/**
 * @module scripts/simulator/dasan-120/details
 * Pure: where a synthetic complaint is and what it says, drawn from a stream of its own (so only the complaints
 * served are ever written out). Complaints of a local rising issue gather in the issue's dong (70 %) and close
 * together; the others fall in a dong of their gu drawn by population. Welfare and tax questions have no place.
 */
import { guByCode } from '../../../connectors/_safety/gu.ts';
import type { DasanReporter } from '../../../connectors/dasan-120/api.ts';
import { streamOf } from '../safety-common/random.ts';
import type { SyntheticComplaint } from './generator.ts';
import { PLACELESS } from './model.ts';
import { drawLot, legalDongOf } from './people.ts';
import { drawDong, positionIn, type ComplaintPlaces } from './places.ts';
import { drawText, type PersonalDataKind } from './texts.ts';

export interface ComplaintDetails {
  dong: string;
  address: string | null;
  lon: number | null;
  lat: number | null;
  title: string;
  description: string;
  english: boolean;
  personal: PersonalDataKind[];
  reporter: DasanReporter;
}

export const detailsOf = (seed: number, places: ComplaintPlaces, c: SyntheticComplaint): ComplaintDetails => {
  const rand = streamOf(seed, 'dasan-120-details', c.hour, c.key);
  const gu = places.byCode.get(c.district);
  const names = guByCode(c.district);
  if (!gu || !names) throw new RangeError(`unknown gu ${c.district}`);
  const hotspot = c.issue?.hotspot ? gu.dongs.find((d) => d.code === c.issue?.hotspot) : undefined;
  const clustered = hotspot !== undefined && rand() < 0.7;
  const dong = clustered ? hotspot : drawDong(rand, gu);
  const placeless = PLACELESS.has(c.category.code);
  const [lon, lat] = placeless ? [null, null] : positionIn(rand, dong, clustered ? 150 : 350);
  const address = placeless ? null : `서울특별시 ${names.ko} ${legalDongOf(dong.nameKo)} ${drawLot(rand)}`;
  const text = drawText(rand, { category: c.category.code, channel: c.channel, gu: names, dong: dong.nameKo, issueLine: c.issue?.line ?? null });
  return { dong: dong.nameKo, address, lon, lat, ...text };
};
