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
