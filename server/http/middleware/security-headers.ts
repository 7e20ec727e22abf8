/**
 * @module http/middleware/security-headers
 * Security headers on every response (hono/secure-headers): a Content-Security-Policy that lets
 * the wall run (its own script, inline styles of index.html, textures from data:/blob: URLs, the
 * /live WebSocket, PixiJS workers from blob: URLs) and nothing else, no framing by other sites,
 * no referrer, HSTS for a year, and a Permissions-Policy that grants the microphone and the camera
 * to this site only (speech on the wall, video calls) and denies geolocation.
 */
import type { MiddlewareHandler } from 'hono';
import { secureHeaders } from 'hono/secure-headers';

/** The Content-Security-Policy directives, as hono/secure-headers takes them. */
export const CONTENT_SECURITY_POLICY = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'", "'unsafe-inline'"],
  imgSrc: ["'self'", 'data:', 'blob:'],
  connectSrc: ["'self'", 'ws:', 'wss:'],
  workerSrc: ["'self'", 'blob:'],
  // camera video: mpegts.js feeds a MediaSource, which the video element plays from a blob: address
  mediaSrc: ["'self'", 'blob:'],
  frameAncestors: ["'self'"],
  baseUri: ["'none'"],
  formAction: ["'self'"],
  objectSrc: ["'none'"],
};

/** One year, subdomains included. */
export const STRICT_TRANSPORT_SECURITY = 'max-age=31536000; includeSubDomains';

export function securityHeaders(): MiddlewareHandler {
  return secureHeaders({
    contentSecurityPolicy: CONTENT_SECURITY_POLICY,
    strictTransportSecurity: STRICT_TRANSPORT_SECURITY,
    referrerPolicy: 'no-referrer',
    xContentTypeOptions: 'nosniff',
    xFrameOptions: 'SAMEORIGIN',
    crossOriginOpenerPolicy: 'same-origin',
    permissionsPolicy: { microphone: ['self'], camera: ['self'], geolocation: [] },
  });
}
