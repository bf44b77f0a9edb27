// The REST API as the page uses it: every upload goes to the batch endpoint, which answers
// {summary, items: [{index, name, form, location, report | error}]}.
import { t, reasonText, pick } from './i18n.js';

export const SARIF = 'application/sarif+json';

/** An answer that is not a result: the status and the RFC 9457 problem the service sent. */
export class ApiError extends Error {
  constructor(status, problem) {
    super(problem?.detail || problem?.title || `HTTP ${status}`);
    this.status = status;
    this.problem = problem ?? {};
  }

  /**
   * The service's detail in the page's language: a problem with a {zh, en} message gives the one the
   * page shows (detail follows the browser's Accept-Language, which may not be the page's language).
   */
  detail() {
    return (this.problem.message && pick(this.problem.message)) || this.problem.detail;
  }

  /** Why one file could not be checked: the service's reason for a file it could not read. */
  reason() {
    return this.status === 400 && this.detail()
      ? reasonText(this.problem.code, this.problem.detail, this.problem.message) : this.describe();
  }

  /** What a person is told: the reason in words, with the limit when a size was the reason. */
  describe() {
    const detail = this.detail() || this.problem.title || '';
    switch (this.status) {
      case 0: return t('error.network');
      case 200: return detail; // an answer that was no result: its own words
      case 413: {
        // the limit is read from the English, whatever language the page shows
        const limit = /limit (?:of |is )?(\d+)(?: bytes)?/.exec(this.problem.message?.en || this.problem.detail || '');
        return limit ? t('error.tooLarge', { limit: bytes(Number(limit[1])) }) : t('error.tooLargeNoLimit');
      }
      case 400: return t('error.notForm', { detail });
      case 415: return t('error.type', { detail });
      case 429: case 503: return t('error.busy');
      default: return t('error.other', { status: this.status, detail: detail || this.problem.title || '' });
    }
  }
}

export function bytes(n) {
  if (n >= 1024 * 1024) return `${(n / 1024 / 1024).toFixed(n % (1024 * 1024) ? 1 : 0)} MB`;
  if (n >= 1024) return `${Math.round(n / 1024)} KB`;
  return `${n} B`;
}

async function post(url, body, contentType, accept) {
  let response;
  try {
    // problems come as problem+json whatever the answer asked for
    const headers = { Accept: `${accept}, application/problem+json;q=0.9` };
    if (contentType) headers['Content-Type'] = contentType;
    response = await fetch(url, { method: 'POST', body, headers });
  } catch (e) {
    throw new ApiError(0, null);
  }
  if (!response.ok) {
    let problem = null;
    const type = response.headers.get('Content-Type') || '';
    if (type.includes('json')) {
      try { problem = await response.json(); } catch (e) { problem = null; }
    }
    // anything else (an HTML error page of a proxy, say) is never shown: only its status, and what it was
    throw new ApiError(response.status, problem ?? { title: response.statusText || t('error.notProblem') });
  }
  return response;
}

/**
 * Checks an upload ({files: [File]} or {text}) and returns the batch result. With SARIF as accept, the
 * answer is the SARIF log of the same upload, as a Blob.
 */
export async function check(upload, accept = 'application/json') {
  const url = accept === SARIF ? 'api/v1/checks/batch' : 'api/v1/checks/batch?explain=true';
  let response;
  if (upload.text !== undefined) {
    response = await post(url, upload.text, 'text/plain;charset=UTF-8', accept);
  } else {
    const body = new FormData();
    upload.files.forEach((file) => body.append('file', file, file.name));
    response = await post(url, body, null, accept);
  }
  if (accept === SARIF) return response.blob();
  try {
    return await response.json();
  } catch (e) {
    // a 200 that is no result (a proxy's or a sign-on's page, a body cut short): told, never "checking…" for ever
    throw new ApiError(response.status, { title: t('error.notResult') });
  }
}
