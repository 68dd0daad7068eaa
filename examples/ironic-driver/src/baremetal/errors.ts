/**
 * Errors raised by the bare metal client, modelled on openstack.exceptions.
 */

export interface HttpErrorDetails {
  statusCode: number;
  requestId?: string | undefined;
  url?: string | undefined;
  method?: string | undefined;
}

/** Base class of every error the client raises (openstack SDKException). */
export class SdkError extends Error {
  constructor(message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = new.target.name;
  }
}

/** The service answered with an HTTP error status (HttpException). */
export class HttpError extends SdkError {
  readonly statusCode: number;
  readonly requestId: string | undefined;
  readonly url: string | undefined;
  readonly method: string | undefined;

  constructor(message: string, details: HttpErrorDetails, options?: ErrorOptions) {
    super(message, options);
    this.statusCode = details.statusCode;
    this.requestId = details.requestId;
    this.url = details.url;
    this.method = details.method;
  }
}

/** 400: the request was refused, e.g. a provision verb invalid in the current state. */
export class BadRequestError extends HttpError {}

/** 403 */
export class ForbiddenError extends HttpError {}

/** 404 (the SDK's NotFoundException, alias ResourceNotFound). */
export class NotFoundError extends HttpError {}

/** 409: the node is locked by a conductor, or the VIF is already attached. */
export class ConflictError extends HttpError {}

/** 412 */
export class PreconditionFailedError extends HttpError {}

/** 5xx */
export class InternalServerError extends HttpError {}

/** 503 */
export class ServiceUnavailableError extends HttpError {}

/** The client gave up waiting for a node to reach a state. */
export class ResourceTimeout extends SdkError {}

/** A node reached a failure state while the client was waiting on it. */
export class ResourceFailure extends SdkError {}

/** The query parameters were not understood by the service. */
export class InvalidResourceQuery extends SdkError {}

/** validateNode was asked to require interfaces and one of them failed. */
export class NodeValidationError extends SdkError {}

/** The service does not support the requested feature or microversion. */
export class NotSupportedError extends SdkError {}
