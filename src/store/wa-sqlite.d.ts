/**
 * @module store/wa-sqlite — type shims for the parts of `@journeyapps/wa-sqlite` 2.0.6 whose bundled
 * typings are missing or incomplete (stack.md §6): `FacadeVFS` has no declaration, the OPFS VFS
 * modules have none, and `IDBBatchAtomicVFS.create` is not declared. Internal: none of these types
 * appear in the public API.
 */
declare module '@journeyapps/wa-sqlite/src/FacadeVFS.js' {
  /** The base class for a JavaScript VFS with JavaScript-friendly `j*` methods. */
  export class FacadeVFS {
    constructor(name: string, module: object);
    name: string;
    mxPathname: number;
    _module: object;
    close(): void | Promise<void>;
    isReady(): boolean | Promise<boolean>;
    hasAsyncMethod(methodName: string): boolean;
  }
}

declare module '@journeyapps/wa-sqlite/src/examples/OPFSCoopSyncVFS.js' {
  export const OPFSCoopSyncVFS: { create(name: string, module: object): Promise<{ name: string; close(): void | Promise<void> }> };
}
