import { expect } from 'vitest';
import { AppError } from '../../electron/core/errors';

/** Awaits an import that a test cancelled: it must fail with `cancelled`, saying nothing was written. */
export async function expectCancelledImport(run: Promise<unknown>): Promise<void> {
  const error = await run.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  expect((error as AppError).code).toBe('cancelled');
  expect((error as AppError).message).toBe('The import was cancelled: nothing was written.');
}
