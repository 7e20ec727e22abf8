/**
 * @module connectors/proposals
 * The Democracy Seoul connector: resident proposals as their supports and statuses change, and the city's opinion
 * polls, every minute. The source this platform ships with is SIMULATED.
 */
import { defineConnector } from '../_kit/define-connector.ts';
import { fetchProposals, ProposalsParamsSchema, type ProposalsParams } from './fetch.ts';
import { proposalsManifest } from './manifest.ts';
import { normalizeProposals } from './normalize.ts';
import { parseProposalsPage, type ParticipationRecord } from './parse.ts';

export const proposals = defineConnector<ParticipationRecord, ProposalsParams>({
  manifest: proposalsManifest,
  params: ProposalsParamsSchema,
  fetch: fetchProposals,
  parse: parseProposalsPage,
  normalize: normalizeProposals,
  summarize: (records) => ({
    proposals: records.filter((r) => r.kind === 'proposal').length,
    awaitingResponse: records.filter((r) => r.kind === 'proposal' && r.status === 'awaiting-response').length,
    polls: records.filter((r) => r.kind === 'poll').length,
    synthetic: records.filter((r) => r.synthetic).length,
  }),
});

export { PROPOSAL_FIELDS, PROPOSAL_STATUS_NAMES, POLL_METHOD_NAMES, type PollItem, type PollPage, type ProposalItem, type ProposalPage } from './api.ts';
export type { ProposalsParams } from './fetch.ts';
export type { ParticipationRecord, PollRecord, ProposalRecord } from './parse.ts';
