/**
 * @module connectors/open311
 * Open311 GeoReport v2: the connector (any endpoint, XML or JSON, complaint events per
 * server/contracts/complaint.ts) and the pure readers of every GeoReport response, which the platform's
 * own Open311 server reuses to read its answers back in conformance tests.
 */
export { createOpen311Connector, open311, type Open311Connector } from './connector.ts';
export { envNamesOf, open311ManifestOf, DEFAULT_ENV_PREFIX, type Open311EnvNames, type Open311Options } from './manifest.ts';
export { Open311ParamsSchema, requestWindow, type Open311Params } from './params.ts';
export {
  ATTRIBUTE_DATATYPES,
  Open311AttributeSchema,
  Open311AttributeValueSchema,
  Open311ErrorSchema,
  Open311RequestReceiptSchema,
  Open311ServiceDefinitionSchema,
  Open311ServiceRequestSchema,
  Open311ServiceSchema,
  SERVICE_TYPES,
  serviceRequestSchema,
  type Open311Attribute,
  type Open311Error,
  type Open311RequestReceipt,
  type Open311Service,
  type Open311ServiceDefinition,
  type Open311ServiceRequest,
} from './api.ts';
export { readBody, type Body, type BodyFormat } from './body.ts';
export { parseErrors, describeErrors } from './error-body.ts';
export { parseServices, readServices, parseServiceDefinition, type ServicesResult } from './services.ts';
export { parseRequests, parseRequestReceipts, type RequestsOptions, type RequestsResult } from './requests.ts';
export { parseOpen311Page, type Open311Record } from './parse.ts';
export { normalizeOpen311, UNASSIGNED } from './normalize.ts';
export { categoryOfServiceCode } from './category.ts';
export { districtAt } from './district.ts';
export { fetchOpen311Services, fetchOpen311ServiceDefinition, type Open311Deps } from './fetch.ts';
export { DEFAULT_TIME_ZONE, parseW3cTime, formatW3cUtc } from './time.ts';
