/**
 * Run-time validation of call arguments against the contract's zod schemas. Shared by the Electron IPC
 * handlers and the browser-mode HTTP server, so both refuse exactly the same payloads.
 */
import { invokeContract, type InvokeArgs, type InvokeName } from './contract';
import { InvalidArgumentsError, UnknownCallError } from './errors';

export function isInvokeName(name: string): name is InvokeName {
  return Object.prototype.hasOwnProperty.call(invokeContract, name);
}

/** Parses untrusted arguments for `name`; throws `UnknownCallError` or `InvalidArgumentsError`. */
export function validateInvokeArgs<K extends InvokeName>(name: K, args: unknown): InvokeArgs<K>;
export function validateInvokeArgs(name: string, args: unknown): unknown[];
export function validateInvokeArgs(name: string, args: unknown): unknown {
  if (!isInvokeName(name)) throw new UnknownCallError(name);
  const parsed = invokeContract[name].args.safeParse(args);
  if (!parsed.success) {
    const issues = parsed.error.issues.slice(0, 5).map((issue) => {
      const where = issue.path.length ? `argument ${issue.path.join('.')}` : 'arguments';
      return `${where}: ${issue.message}`;
    });
    throw new InvalidArgumentsError(name, issues);
  }
  return parsed.data;
}
