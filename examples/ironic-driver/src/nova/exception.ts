/**
 * The subset of nova/exception.py the Ironic driver raises.
 */

export class NovaError extends Error {
  constructor(message = 'An unknown exception occurred.', options?: ErrorOptions) {
    super(message, options);
    this.name = new.target.name;
  }
}

export class InstanceNotFound extends NovaError {
  constructor(readonly instanceId: string, options?: ErrorOptions) {
    super(`Instance ${instanceId} could not be found.`, options);
  }
}

export class InstanceDeployFailure extends NovaError {}

export class InstanceRescueFailure extends NovaError {
  constructor(readonly reason: string | null, options?: ErrorOptions) {
    super(`Failed to move instance to rescue mode: ${reason ?? ''}`, options);
  }
}

export class InstanceUnRescueFailure extends NovaError {
  constructor(readonly reason: string | null, options?: ErrorOptions) {
    super(`Failed to unrescue instance: ${reason ?? ''}`, options);
  }
}

export class VirtualInterfacePlugException extends NovaError {}

export class ConsoleNotAvailable extends NovaError {
  constructor(options?: ErrorOptions) {
    super('Guest does not have a console available.', options);
  }
}

export class ConsoleTypeUnavailable extends NovaError {
  constructor(readonly consoleType: string, options?: ErrorOptions) {
    super(`Unavailable console type ${consoleType}.`, options);
  }
}

export class ValidationError extends NovaError {}

export class ComputeResourcesUnavailable extends NovaError {
  constructor(readonly reason: string, options?: ErrorOptions) {
    super(`Insufficient compute resources: ${reason}.`, options);
  }
}

export class BuildAbortException extends NovaError {
  constructor(readonly instanceUuid: string, readonly reason: string, options?: ErrorOptions) {
    super(`Build of instance ${instanceUuid} aborted: ${reason}`, options);
  }
}

export class VirtDriverNotReady extends NovaError {
  constructor(options?: ErrorOptions) {
    super('Virt driver is not ready.', options);
  }
}

export class UnexpectedTaskStateError extends NovaError {
  constructor(
    readonly instanceUuid: string,
    readonly expected: readonly (string | null)[],
    readonly actual: string | null,
  ) {
    super(
      `Conflict updating instance ${instanceUuid}. ` +
        `Expected: ${JSON.stringify(expected)}. Actual: ${String(actual)}`,
    );
  }
}
