/**
 * @module vendor — type declarations for dependencies that ship none.
 */
declare module 'punycode.js' {
  const punycode: {
    toUnicode(domain: string): string;
    toASCII(domain: string): string;
  };
  export default punycode;
}

declare module 'comlink/dist/esm/node-adapter.mjs' {
  import type nodeEndpoint from 'comlink/dist/umd/node-adapter';
  const endpoint: typeof nodeEndpoint;
  export default endpoint;
}
