// Makes protobufjs decode 64-bit fields as JS numbers instead of Long objects. Must be imported
// before the generated code (proto/index.ts does). Handlers reject values above 2^53 with
// Number.isSafeInteger, so no precision is silently lost.
import protobuf from 'protobufjs/minimal.js';

protobuf.util.Long = undefined as any;
protobuf.configure();
