import { describe, expect, it } from 'vitest';
import { channelOf, invokeContract } from '../../../electron/ipc/contract';
import { deserializeError, serializeError } from '../../../electron/ipc/errors';
import { channelFor, INVOKE_NAMES } from '../../../electron/ipc/names';
import { validateInvokeArgs } from '../../../electron/ipc/validate';

describe('validateInvokeArgs', () => {
  it.each([
    ['getGraph', []],
    ['getDocument', ['sub/a.txt']],
    ['importFiles', [[{ name: 'a.txt', data: 'aGVsbG8=' }]]],
    ['exportGraph', [{ format: 'gexf', nodes: ['n1', 'n2'] }]],
    ['exportGraph', [{ format: 'json' }]],
    ['saveFile', [{ suggestedName: 'graph.json', mime: 'application/json', encoding: 'utf8', data: '{}' }]],
  ])('accepts %s(%j)', (name, args) => {
    expect(validateInvokeArgs(name, args)).toEqual(args);
  });

  it.each([
    ['getGraph', ['extra']],
    ['getGraph', 'not a list'],
    ['getDocument', [42]],
    ['getDocument', ['']],
    ['getDocument', []],
    ['importFiles', [[]]],
    ['importFiles', [[{ name: 'a.txt' }]]],
    ['exportGraph', [{ format: 'pdf' }]],
    ['saveFile', [{ suggestedName: '../etc/passwd', mime: 'text/plain', encoding: 'utf8', data: '' }]],
    ['saveFile', [{ suggestedName: 'a\u0007.txt', mime: 'text/plain', encoding: 'utf8', data: '' }]],
    ['saveFile', [{ suggestedName: 'a.txt', mime: 'text/plain', encoding: 'utf16', data: '' }]],
  ])('refuses %s(%j) with InvalidArgumentsError', (name, args) => {
    expect(() => validateInvokeArgs(name, args)).toThrow(
      expect.objectContaining({ name: 'InvalidArgumentsError' }),
    );
  });

  it.each(['nope', '__proto__', 'constructor', 'toString'])('refuses the unknown call %s', (name) => {
    expect(() => validateInvokeArgs(name, [])).toThrow(expect.objectContaining({ name: 'UnknownCallError' }));
  });
});

describe('contract names for the preload', () => {
  it('lists exactly the contract calls, on the contract channels', () => {
    expect([...INVOKE_NAMES].sort()).toEqual(Object.keys(invokeContract).sort());
    for (const name of INVOKE_NAMES) expect(channelFor(name)).toBe(channelOf(name));
    expect(channelFor('graphChanged')).toBe(channelOf('graphChanged'));
  });
});

describe('error serialisation', () => {
  it('keeps the name and message, and nothing else', () => {
    const error = new RangeError('too far');
    const wire = serializeError(error);
    expect(wire).toEqual({ name: 'RangeError', message: 'too far' });
    const back = deserializeError(wire);
    expect(back).toBeInstanceOf(Error);
    expect(back.name).toBe('RangeError');
    expect(serializeError('plain')).toEqual({ name: 'Error', message: 'plain' });
  });
});
