import { json, problem, type Headers, type HttpResult } from '../http/respond';

/** Problem type URIs as X 2.167 names them (api.x.com). */
export const PROBLEM = {
  invalidRequest: 'https://api.x.com/2/problems/invalid-request',
  notFound: 'https://api.x.com/2/problems/resource-not-found',
  notAuthorizedForField: 'https://api.x.com/2/problems/not-authorized-for-field',
  internal: 'https://api.x.com/2/problems/internal-error',
  clientForbidden: 'https://api.x.com/2/problems/client-forbidden',
  unsupportedAuth: 'https://api.x.com/2/problems/unsupported-authentication',
  credits: 'https://api.x.com/2/problems/credits',
} as const;

/** Thrown by handlers; the pipeline turns it into the response. */
export class ApiError extends Error {
  constructor(readonly result: HttpResult) {
    super(`X API error ${result.status}`);
  }
}

export interface ParamError {
  parameter: string;
  value: string | string[];
  message: string;
}

export function invalidRequest(errors: ParamError[]): HttpResult {
  return problem(400, {
    errors: errors.map((e) => ({
      parameters: { [e.parameter]: Array.isArray(e.value) ? e.value : [e.value] },
      message: e.message,
    })),
    title: 'Invalid Request',
    detail: 'One or more parameters to your request was invalid.',
    type: PROBLEM.invalidRequest,
  });
}

/** Body-level validation errors name a JSON path instead of a query parameter. */
export function invalidBody(messages: string[]): HttpResult {
  return problem(400, {
    errors: messages.map((message) => ({ message })),
    title: 'Invalid Request',
    detail: 'One or more parameters to your request was invalid.',
    type: PROBLEM.invalidRequest,
  });
}

export function aboutBlank(status: number, title: string, detail: string, headers?: Headers): HttpResult {
  return problem(status, { title, type: 'about:blank', status, detail }, headers);
}

export const unauthorized = (): HttpResult => aboutBlank(401, 'Unauthorized', 'Unauthorized');
export const forbidden = (detail = 'Forbidden'): HttpResult => aboutBlank(403, 'Forbidden', detail);
export const tooManyRequests = (headers?: Headers): HttpResult =>
  aboutBlank(429, 'Too Many Requests', 'Too Many Requests', headers);
export const serviceUnavailable = (): HttpResult => aboutBlank(503, 'Service Unavailable', 'Service Unavailable');

export function internalError(): HttpResult {
  return problem(500, {
    title: 'Internal Server Error',
    detail: 'An internal error occurred while processing this request. Retry later.',
    type: PROBLEM.internal,
    status: 500,
  });
}

export function creditsDepleted(accountId: string): HttpResult {
  return problem(402, {
    title: 'CreditsDepleted',
    detail: `Your enrolled account [${accountId}] does not have any credits to fulfill this request.`,
    type: PROBLEM.credits,
    status: 402,
  });
}

/** What X answers for features outside the app's plan (liking, quote-posting on self-serve since April 2026). */
export function clientNotEnrolled(clientId: string): HttpResult {
  return problem(403, {
    client_id: clientId,
    detail:
      'When authenticating requests to the X API v2 endpoints, you must use keys and tokens from an X developer App that is enrolled in a plan that includes this endpoint.',
    registration_url: 'https://developer.x.com/en/portal/products',
    title: 'Client Forbidden',
    required_enrollment: 'Appropriate Level of API Access',
    reason: 'client-not-enrolled',
    type: PROBLEM.clientForbidden,
    status: 403,
  });
}

export function unsupportedAuthentication(): HttpResult {
  return problem(403, {
    title: 'Unsupported Authentication',
    detail:
      'Authenticating with OAuth 2.0 Application-Only is forbidden for this endpoint.  Supported authentication types are [OAuth 1.0a User Context, OAuth 2.0 User Context].',
    type: PROBLEM.unsupportedAuth,
    status: 403,
  });
}

export function pageNotFound(): HttpResult {
  return json(404, { errors: [{ message: 'Sorry, that page does not exist', code: 34 }] });
}

export type PartialError = {
  value: string;
  detail: string;
  title: string;
  resource_type: string;
  parameter: string;
  resource_id: string;
  type: string;
};

export function notFoundError(resourceType: 'tweet' | 'user', parameter: string, value: string, field = parameter): PartialError {
  const noun = resourceType === 'tweet' ? 'tweet' : 'user';
  return {
    value,
    detail: `Could not find ${noun} with ${field}: [${value}].`,
    title: 'Not Found Error',
    resource_type: resourceType,
    parameter,
    resource_id: value,
    type: PROBLEM.notFound,
  };
}

export function fieldNotAuthorized(field: string, postId: string, why: string): Record<string, string> {
  return {
    value: field,
    detail: `Sorry, you are not authorized to access '${field}' on the Tweet with ids: [${postId}]. ${why}`,
    title: 'Field Authorization Error',
    resource_type: 'tweet',
    parameter: 'tweet.fields',
    resource_id: postId,
    field,
    section: 'data',
    type: PROBLEM.notAuthorizedForField,
  };
}
