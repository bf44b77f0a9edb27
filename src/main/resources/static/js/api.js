// The REST API as the page uses it: every upload goes to the batch endpoint, which answers
// {summary, items: [{index, name, form, location, report | error}]}.
import { t } from './i18n.js';

export const SARIF = 'application/sarif+json';

/** An answer that is not a result: the status and the RFC 9457 problem the service sent. */
export class ApiError extends Error {
  constructor(status, problem) {
    super(problem?.detail || problem?.title || `HTTP ${status}`);
    this.status = status;
    this.problem = problem ?? {};
  }

  /** What a person is told: the reason in words, with the limit when a size was the reason. */
  describe() {
    const detail = this.problem.detail || this.problem.title || '';
    switch (this.status) {
      case 0: return t('error.network');
      case 413: {
        const limit = /limit (?:of |is )?(\d+)(?: bytes)?/.exec(detail);
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
    // anything else (an HTML error page of a proxy, say) is never shown: only its status
    throw new ApiError(response.status, problem ?? { title: response.statusText });
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
    try {
      response = await post(url, body, null, accept);
    } catch (e) {
      if (!(e instanceof ApiError) || e.status !== 415) throw e;
      // a service without multipart uploads: JSON and text files only, one request each
      return accept === SARIF ? sarifOneByOne(url, upload.files) : oneByOne(url, upload.files);
    }
  }
  return accept === SARIF ? response.blob() : normalise(await response.json(), upload);
}

/** Every item with its name and form number, whatever the source. */
function normalise(batch, upload) {
  const items = (batch.items ?? []).map((item, i) => ({
    ...item,
    index: item.index ?? i,
    name: item.name ?? item.report?.source?.name ?? (upload.text !== undefined ? null : upload.files[0]?.name),
    form: item.form ?? item.report?.source?.form ?? null,
    location: item.location ?? item.report?.source?.location
      ?? (item.report?.source?.line ? { line: item.report.source.line } : null),
  }));
  return { summary: batch.summary, items };
}

async function sendOne(url, file, accept) {
  const text = await file.text();
  const json = /\.json$/i.test(file.name);
  const body = json && text.trimStart().startsWith('{') ? `[${text}]` : text;
  return post(url, body, json ? 'application/json' : 'text/plain;charset=UTF-8', accept);
}

/** One SARIF log for the files sent one by one: the results of every run in the first run. */
async function sarifOneByOne(url, files) {
  let log = null;
  for (const file of files.filter((f) => /\.(json|txt)$/i.test(f.name))) {
    const one = await (await sendOne(url, file, SARIF)).json();
    one.runs[0].results.forEach((r) => r.locations?.forEach((l) => {
      if (l.physicalLocation?.artifactLocation) l.physicalLocation.artifactLocation.uri = file.name;
    }));
    if (log) log.runs[0].results.push(...one.runs[0].results); else log = one;
  }
  return new Blob([JSON.stringify(log, null, 2)], { type: SARIF });
}

/** Sends each JSON or text file on its own and joins the answers into one batch result. */
async function oneByOne(url, files) {
  const items = [];
  for (const file of files) {
    const json = /\.json$/i.test(file.name);
    if (!json && !/\.txt$/i.test(file.name)) {
      items.push({ index: items.length, name: file.name, error: t('error.type', { detail: file.name }) });
      continue;
    }
    try {
      const response = await sendOne(url, file, 'application/json');
      const batch = await response.json();
      batch.items.forEach((item, i) => items.push({ ...item, index: items.length, name: file.name,
        form: item.report?.source?.form ?? (batch.items.length > 1 ? i + 1 : null),
        location: item.report?.source?.line ? { line: item.report.source.line } : null }));
    } catch (e) {
      if (!(e instanceof ApiError)) throw e;
      items.push({ index: items.length, name: file.name, error: e.describe() });
    }
  }
  return { summary: null, items };
}
