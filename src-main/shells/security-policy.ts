/**
 * The Content Security Policy shared by both shells: scripts and styles only from the
 * app itself, no plugins, no framing, no remote connections. Credential text is never
 * rendered as HTML, and this policy is the second line of defence if that ever slips.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');
