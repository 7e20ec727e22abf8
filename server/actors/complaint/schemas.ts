/**
 * @module actors/complaint/schemas
 * The complaint board's shapes live in contracts/complaint.ts (the wall reads them too).
 */
export {
  CategoryCountSchema,
  ComplaintBoardSchema,
  ComplaintFeedItemSchema,
  ComplaintKpiBoardSchema,
  ComplaintKpiSchema,
  ComplaintKpiScopeSchema,
  RisingIssueSchema,
  RisingIssuesSchema,
  type CategoryCount,
  type ComplaintBoard,
  type ComplaintFeedItem,
  type ComplaintKpi,
  type ComplaintKpiBoard,
  type ComplaintKpiScope,
  type RisingIssue,
  type RisingIssues,
} from '../../contracts/complaint.ts';
