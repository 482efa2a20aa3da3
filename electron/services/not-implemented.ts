import { AppError } from '../core/errors';

/** Placeholder for a service still being built on a branch; never lands on main. */
export function notImplemented(what: string): never {
  throw new AppError('not_implemented', `${what} is not available yet.`);
}
