/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-mixed-operators, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars, default-case, jsdoc/require-param*/
import $protobuf from "../runtime.js";

// Common aliases
const $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;
const $Object = $util.global.Object, $undefined = $util.global.undefined, $Error = $util.global.Error, $RangeError = $util.global.RangeError, $TypeError = $util.global.TypeError, $String = $util.global.String, $Number = $util.global.Number, $parseInt = $util.global.parseInt, $BigInt = $util.global.BigInt, $Array = $util.global.Array, $Boolean = $util.global.Boolean;

// Exported root namespace
const $root = $protobuf.roots["cometbft_abci"] || ($protobuf.roots["cometbft_abci"] = {});

export const tendermint = $root.tendermint = (() => {

    /**
     * Namespace tendermint.
     * @exports tendermint
     * @namespace
     */
    const tendermint = {};

    tendermint.abci = (function() {

        /**
         * Namespace abci.
         * @memberof tendermint
         * @namespace
         */
        const abci = {};

        abci.Request = (function() {

            /**
             * Properties of a Request.
             * @typedef {Object} tendermint.abci.Request.$Properties
             * @property {tendermint.abci.RequestEcho.$Properties|null} [echo] Request echo
             * @property {tendermint.abci.RequestFlush.$Properties|null} [flush] Request flush
             * @property {tendermint.abci.RequestInfo.$Properties|null} [info] Request info
             * @property {tendermint.abci.RequestInitChain.$Properties|null} [initChain] Request initChain
             * @property {tendermint.abci.RequestQuery.$Properties|null} [query] Request query
             * @property {tendermint.abci.RequestCheckTx.$Properties|null} [checkTx] Request checkTx
             * @property {tendermint.abci.RequestCommit.$Properties|null} [commit] Request commit
             * @property {tendermint.abci.RequestListSnapshots.$Properties|null} [listSnapshots] Request listSnapshots
             * @property {tendermint.abci.RequestOfferSnapshot.$Properties|null} [offerSnapshot] Request offerSnapshot
             * @property {tendermint.abci.RequestLoadSnapshotChunk.$Properties|null} [loadSnapshotChunk] Request loadSnapshotChunk
             * @property {tendermint.abci.RequestApplySnapshotChunk.$Properties|null} [applySnapshotChunk] Request applySnapshotChunk
             * @property {tendermint.abci.RequestPrepareProposal.$Properties|null} [prepareProposal] Request prepareProposal
             * @property {tendermint.abci.RequestProcessProposal.$Properties|null} [processProposal] Request processProposal
             * @property {tendermint.abci.RequestExtendVote.$Properties|null} [extendVote] Request extendVote
             * @property {tendermint.abci.RequestVerifyVoteExtension.$Properties|null} [verifyVoteExtension] Request verifyVoteExtension
             * @property {tendermint.abci.RequestFinalizeBlock.$Properties|null} [finalizeBlock] Request finalizeBlock
             * @property {"echo"|"flush"|"info"|"initChain"|"query"|"checkTx"|"commit"|"listSnapshots"|"offerSnapshot"|"loadSnapshotChunk"|"applySnapshotChunk"|"prepareProposal"|"processProposal"|"extendVote"|"verifyVoteExtension"|"finalizeBlock"} [value] Request value
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Request.
             * @memberof tendermint.abci
             * @interface IRequest
             * @augments tendermint.abci.Request.$Properties
             * @deprecated Use tendermint.abci.Request.$Properties instead.
             */

            /**
             * Narrowed shape of a Request.
             * @typedef {{
             *   echo?: tendermint.abci.RequestEcho.$Shape|null;
             *   flush?: tendermint.abci.RequestFlush.$Shape|null;
             *   info?: tendermint.abci.RequestInfo.$Shape|null;
             *   initChain?: tendermint.abci.RequestInitChain.$Shape|null;
             *   query?: tendermint.abci.RequestQuery.$Shape|null;
             *   checkTx?: tendermint.abci.RequestCheckTx.$Shape|null;
             *   commit?: tendermint.abci.RequestCommit.$Shape|null;
             *   listSnapshots?: tendermint.abci.RequestListSnapshots.$Shape|null;
             *   offerSnapshot?: tendermint.abci.RequestOfferSnapshot.$Shape|null;
             *   loadSnapshotChunk?: tendermint.abci.RequestLoadSnapshotChunk.$Shape|null;
             *   applySnapshotChunk?: tendermint.abci.RequestApplySnapshotChunk.$Shape|null;
             *   prepareProposal?: tendermint.abci.RequestPrepareProposal.$Shape|null;
             *   processProposal?: tendermint.abci.RequestProcessProposal.$Shape|null;
             *   extendVote?: tendermint.abci.RequestExtendVote.$Shape|null;
             *   verifyVoteExtension?: tendermint.abci.RequestVerifyVoteExtension.$Shape|null;
             *   finalizeBlock?: tendermint.abci.RequestFinalizeBlock.$Shape|null;
             *   $unknowns?: Array.<Uint8Array>;
             * } & (
             *   ({ value?: undefined; echo?: null; flush?: null; info?: null; initChain?: null; query?: null; checkTx?: null; commit?: null; listSnapshots?: null; offerSnapshot?: null; loadSnapshotChunk?: null; applySnapshotChunk?: null; prepareProposal?: null; processProposal?: null; extendVote?: null; verifyVoteExtension?: null; finalizeBlock?: null }|{ value?: "echo"; echo: tendermint.abci.RequestEcho.$Shape; flush?: null; info?: null; initChain?: null; query?: null; checkTx?: null; commit?: null; listSnapshots?: null; offerSnapshot?: null; loadSnapshotChunk?: null; applySnapshotChunk?: null; prepareProposal?: null; processProposal?: null; extendVote?: null; verifyVoteExtension?: null; finalizeBlock?: null }|{ value?: "flush"; echo?: null; flush: tendermint.abci.RequestFlush.$Shape; info?: null; initChain?: null; query?: null; checkTx?: null; commit?: null; listSnapshots?: null; offerSnapshot?: null; loadSnapshotChunk?: null; applySnapshotChunk?: null; prepareProposal?: null; processProposal?: null; extendVote?: null; verifyVoteExtension?: null; finalizeBlock?: null }|{ value?: "info"; echo?: null; flush?: null; info: tendermint.abci.RequestInfo.$Shape; initChain?: null; query?: null; checkTx?: null; commit?: null; listSnapshots?: null; offerSnapshot?: null; loadSnapshotChunk?: null; applySnapshotChunk?: null; prepareProposal?: null; processProposal?: null; extendVote?: null; verifyVoteExtension?: null; finalizeBlock?: null }|{ value?: "initChain"; echo?: null; flush?: null; info?: null; initChain: tendermint.abci.RequestInitChain.$Shape; query?: null; checkTx?: null; commit?: null; listSnapshots?: null; offerSnapshot?: null; loadSnapshotChunk?: null; applySnapshotChunk?: null; prepareProposal?: null; processProposal?: null; extendVote?: null; verifyVoteExtension?: null; finalizeBlock?: null }|{ value?: "query"; echo?: null; flush?: null; info?: null; initChain?: null; query: tendermint.abci.RequestQuery.$Shape; checkTx?: null; commit?: null; listSnapshots?: null; offerSnapshot?: null; loadSnapshotChunk?: null; applySnapshotChunk?: null; prepareProposal?: null; processProposal?: null; extendVote?: null; verifyVoteExtension?: null; finalizeBlock?: null }|{ value?: "checkTx"; echo?: null; flush?: null; info?: null; initChain?: null; query?: null; checkTx: tendermint.abci.RequestCheckTx.$Shape; commit?: null; listSnapshots?: null; offerSnapshot?: null; loadSnapshotChunk?: null; applySnapshotChunk?: null; prepareProposal?: null; processProposal?: null; extendVote?: null; verifyVoteExtension?: null; finalizeBlock?: null }|{ value?: "commit"; echo?: null; flush?: null; info?: null; initChain?: null; query?: null; checkTx?: null; commit: tendermint.abci.RequestCommit.$Shape; listSnapshots?: null; offerSnapshot?: null; loadSnapshotChunk?: null; applySnapshotChunk?: null; prepareProposal?: null; processProposal?: null; extendVote?: null; verifyVoteExtension?: null; finalizeBlock?: null }|{ value?: "listSnapshots"; echo?: null; flush?: null; info?: null; initChain?: null; query?: null; checkTx?: null; commit?: null; listSnapshots: tendermint.abci.RequestListSnapshots.$Shape; offerSnapshot?: null; loadSnapshotChunk?: null; applySnapshotChunk?: null; prepareProposal?: null; processProposal?: null; extendVote?: null; verifyVoteExtension?: null; finalizeBlock?: null }|{ value?: "offerSnapshot"; echo?: null; flush?: null; info?: null; initChain?: null; query?: null; checkTx?: null; commit?: null; listSnapshots?: null; offerSnapshot: tendermint.abci.RequestOfferSnapshot.$Shape; loadSnapshotChunk?: null; applySnapshotChunk?: null; prepareProposal?: null; processProposal?: null; extendVote?: null; verifyVoteExtension?: null; finalizeBlock?: null }|{ value?: "loadSnapshotChunk"; echo?: null; flush?: null; info?: null; initChain?: null; query?: null; checkTx?: null; commit?: null; listSnapshots?: null; offerSnapshot?: null; loadSnapshotChunk: tendermint.abci.RequestLoadSnapshotChunk.$Shape; applySnapshotChunk?: null; prepareProposal?: null; processProposal?: null; extendVote?: null; verifyVoteExtension?: null; finalizeBlock?: null }|{ value?: "applySnapshotChunk"; echo?: null; flush?: null; info?: null; initChain?: null; query?: null; checkTx?: null; commit?: null; listSnapshots?: null; offerSnapshot?: null; loadSnapshotChunk?: null; applySnapshotChunk: tendermint.abci.RequestApplySnapshotChunk.$Shape; prepareProposal?: null; processProposal?: null; extendVote?: null; verifyVoteExtension?: null; finalizeBlock?: null }|{ value?: "prepareProposal"; echo?: null; flush?: null; info?: null; initChain?: null; query?: null; checkTx?: null; commit?: null; listSnapshots?: null; offerSnapshot?: null; loadSnapshotChunk?: null; applySnapshotChunk?: null; prepareProposal: tendermint.abci.RequestPrepareProposal.$Shape; processProposal?: null; extendVote?: null; verifyVoteExtension?: null; finalizeBlock?: null }|{ value?: "processProposal"; echo?: null; flush?: null; info?: null; initChain?: null; query?: null; checkTx?: null; commit?: null; listSnapshots?: null; offerSnapshot?: null; loadSnapshotChunk?: null; applySnapshotChunk?: null; prepareProposal?: null; processProposal: tendermint.abci.RequestProcessProposal.$Shape; extendVote?: null; verifyVoteExtension?: null; finalizeBlock?: null }|{ value?: "extendVote"; echo?: null; flush?: null; info?: null; initChain?: null; query?: null; checkTx?: null; commit?: null; listSnapshots?: null; offerSnapshot?: null; loadSnapshotChunk?: null; applySnapshotChunk?: null; prepareProposal?: null; processProposal?: null; extendVote: tendermint.abci.RequestExtendVote.$Shape; verifyVoteExtension?: null; finalizeBlock?: null }|{ value?: "verifyVoteExtension"; echo?: null; flush?: null; info?: null; initChain?: null; query?: null; checkTx?: null; commit?: null; listSnapshots?: null; offerSnapshot?: null; loadSnapshotChunk?: null; applySnapshotChunk?: null; prepareProposal?: null; processProposal?: null; extendVote?: null; verifyVoteExtension: tendermint.abci.RequestVerifyVoteExtension.$Shape; finalizeBlock?: null }|{ value?: "finalizeBlock"; echo?: null; flush?: null; info?: null; initChain?: null; query?: null; checkTx?: null; commit?: null; listSnapshots?: null; offerSnapshot?: null; loadSnapshotChunk?: null; applySnapshotChunk?: null; prepareProposal?: null; processProposal?: null; extendVote?: null; verifyVoteExtension?: null; finalizeBlock: tendermint.abci.RequestFinalizeBlock.$Shape })
             * )} tendermint.abci.Request.$Shape
             */

            /**
             * Constructs a new Request.
             * @memberof tendermint.abci
             * @classdesc Represents a Request.
             * @constructor
             * @param {tendermint.abci.Request.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Request = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Request echo.
             * @member {tendermint.abci.RequestEcho.$Properties|null|undefined} echo
             * @memberof tendermint.abci.Request
             * @instance
             */
            Request.prototype.echo = null;

            /**
             * Request flush.
             * @member {tendermint.abci.RequestFlush.$Properties|null|undefined} flush
             * @memberof tendermint.abci.Request
             * @instance
             */
            Request.prototype.flush = null;

            /**
             * Request info.
             * @member {tendermint.abci.RequestInfo.$Properties|null|undefined} info
             * @memberof tendermint.abci.Request
             * @instance
             */
            Request.prototype.info = null;

            /**
             * Request initChain.
             * @member {tendermint.abci.RequestInitChain.$Properties|null|undefined} initChain
             * @memberof tendermint.abci.Request
             * @instance
             */
            Request.prototype.initChain = null;

            /**
             * Request query.
             * @member {tendermint.abci.RequestQuery.$Properties|null|undefined} query
             * @memberof tendermint.abci.Request
             * @instance
             */
            Request.prototype.query = null;

            /**
             * Request checkTx.
             * @member {tendermint.abci.RequestCheckTx.$Properties|null|undefined} checkTx
             * @memberof tendermint.abci.Request
             * @instance
             */
            Request.prototype.checkTx = null;

            /**
             * Request commit.
             * @member {tendermint.abci.RequestCommit.$Properties|null|undefined} commit
             * @memberof tendermint.abci.Request
             * @instance
             */
            Request.prototype.commit = null;

            /**
             * Request listSnapshots.
             * @member {tendermint.abci.RequestListSnapshots.$Properties|null|undefined} listSnapshots
             * @memberof tendermint.abci.Request
             * @instance
             */
            Request.prototype.listSnapshots = null;

            /**
             * Request offerSnapshot.
             * @member {tendermint.abci.RequestOfferSnapshot.$Properties|null|undefined} offerSnapshot
             * @memberof tendermint.abci.Request
             * @instance
             */
            Request.prototype.offerSnapshot = null;

            /**
             * Request loadSnapshotChunk.
             * @member {tendermint.abci.RequestLoadSnapshotChunk.$Properties|null|undefined} loadSnapshotChunk
             * @memberof tendermint.abci.Request
             * @instance
             */
            Request.prototype.loadSnapshotChunk = null;

            /**
             * Request applySnapshotChunk.
             * @member {tendermint.abci.RequestApplySnapshotChunk.$Properties|null|undefined} applySnapshotChunk
             * @memberof tendermint.abci.Request
             * @instance
             */
            Request.prototype.applySnapshotChunk = null;

            /**
             * Request prepareProposal.
             * @member {tendermint.abci.RequestPrepareProposal.$Properties|null|undefined} prepareProposal
             * @memberof tendermint.abci.Request
             * @instance
             */
            Request.prototype.prepareProposal = null;

            /**
             * Request processProposal.
             * @member {tendermint.abci.RequestProcessProposal.$Properties|null|undefined} processProposal
             * @memberof tendermint.abci.Request
             * @instance
             */
            Request.prototype.processProposal = null;

            /**
             * Request extendVote.
             * @member {tendermint.abci.RequestExtendVote.$Properties|null|undefined} extendVote
             * @memberof tendermint.abci.Request
             * @instance
             */
            Request.prototype.extendVote = null;

            /**
             * Request verifyVoteExtension.
             * @member {tendermint.abci.RequestVerifyVoteExtension.$Properties|null|undefined} verifyVoteExtension
             * @memberof tendermint.abci.Request
             * @instance
             */
            Request.prototype.verifyVoteExtension = null;

            /**
             * Request finalizeBlock.
             * @member {tendermint.abci.RequestFinalizeBlock.$Properties|null|undefined} finalizeBlock
             * @memberof tendermint.abci.Request
             * @instance
             */
            Request.prototype.finalizeBlock = null;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            /**
             * Request value.
             * @member {"echo"|"flush"|"info"|"initChain"|"query"|"checkTx"|"commit"|"listSnapshots"|"offerSnapshot"|"loadSnapshotChunk"|"applySnapshotChunk"|"prepareProposal"|"processProposal"|"extendVote"|"verifyVoteExtension"|"finalizeBlock"|undefined} value
             * @memberof tendermint.abci.Request
             * @instance
             */
            $Object.defineProperty(Request.prototype, "value", {
                get: $util.oneOfGetter($oneOfFields = ["echo", "flush", "info", "initChain", "query", "checkTx", "commit", "listSnapshots", "offerSnapshot", "loadSnapshotChunk", "applySnapshotChunk", "prepareProposal", "processProposal", "extendVote", "verifyVoteExtension", "finalizeBlock"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new Request instance using the specified properties.
             * @function create
             * @memberof tendermint.abci.Request
             * @static
             * @param {tendermint.abci.Request.$Properties=} [properties] Properties to set
             * @returns {tendermint.abci.Request} Request instance
             * @type {{
             *   (properties: tendermint.abci.Request.$Shape): tendermint.abci.Request & tendermint.abci.Request.$Shape;
             *   (properties?: tendermint.abci.Request.$Properties): tendermint.abci.Request;
             * }}
             */
            Request.create = function(properties) {
                return new Request(properties);
            };

            /**
             * Encodes the specified Request message. Does not implicitly {@link tendermint.abci.Request.verify|verify} messages.
             * @function encode
             * @memberof tendermint.abci.Request
             * @static
             * @param {tendermint.abci.Request.$Properties} message Request message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Request.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.echo != null && $Object.hasOwnProperty.call(message, "echo"))
                    $root.tendermint.abci.RequestEcho.encode(message.echo, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.flush != null && $Object.hasOwnProperty.call(message, "flush"))
                    $root.tendermint.abci.RequestFlush.encode(message.flush, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.info != null && $Object.hasOwnProperty.call(message, "info"))
                    $root.tendermint.abci.RequestInfo.encode(message.info, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.initChain != null && $Object.hasOwnProperty.call(message, "initChain"))
                    $root.tendermint.abci.RequestInitChain.encode(message.initChain, writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
                if (message.query != null && $Object.hasOwnProperty.call(message, "query"))
                    $root.tendermint.abci.RequestQuery.encode(message.query, writer.uint32(/* id 6, wireType 2 =*/50).fork(), _depth + 1).ldelim();
                if (message.checkTx != null && $Object.hasOwnProperty.call(message, "checkTx"))
                    $root.tendermint.abci.RequestCheckTx.encode(message.checkTx, writer.uint32(/* id 8, wireType 2 =*/66).fork(), _depth + 1).ldelim();
                if (message.commit != null && $Object.hasOwnProperty.call(message, "commit"))
                    $root.tendermint.abci.RequestCommit.encode(message.commit, writer.uint32(/* id 11, wireType 2 =*/90).fork(), _depth + 1).ldelim();
                if (message.listSnapshots != null && $Object.hasOwnProperty.call(message, "listSnapshots"))
                    $root.tendermint.abci.RequestListSnapshots.encode(message.listSnapshots, writer.uint32(/* id 12, wireType 2 =*/98).fork(), _depth + 1).ldelim();
                if (message.offerSnapshot != null && $Object.hasOwnProperty.call(message, "offerSnapshot"))
                    $root.tendermint.abci.RequestOfferSnapshot.encode(message.offerSnapshot, writer.uint32(/* id 13, wireType 2 =*/106).fork(), _depth + 1).ldelim();
                if (message.loadSnapshotChunk != null && $Object.hasOwnProperty.call(message, "loadSnapshotChunk"))
                    $root.tendermint.abci.RequestLoadSnapshotChunk.encode(message.loadSnapshotChunk, writer.uint32(/* id 14, wireType 2 =*/114).fork(), _depth + 1).ldelim();
                if (message.applySnapshotChunk != null && $Object.hasOwnProperty.call(message, "applySnapshotChunk"))
                    $root.tendermint.abci.RequestApplySnapshotChunk.encode(message.applySnapshotChunk, writer.uint32(/* id 15, wireType 2 =*/122).fork(), _depth + 1).ldelim();
                if (message.prepareProposal != null && $Object.hasOwnProperty.call(message, "prepareProposal"))
                    $root.tendermint.abci.RequestPrepareProposal.encode(message.prepareProposal, writer.uint32(/* id 16, wireType 2 =*/130).fork(), _depth + 1).ldelim();
                if (message.processProposal != null && $Object.hasOwnProperty.call(message, "processProposal"))
                    $root.tendermint.abci.RequestProcessProposal.encode(message.processProposal, writer.uint32(/* id 17, wireType 2 =*/138).fork(), _depth + 1).ldelim();
                if (message.extendVote != null && $Object.hasOwnProperty.call(message, "extendVote"))
                    $root.tendermint.abci.RequestExtendVote.encode(message.extendVote, writer.uint32(/* id 18, wireType 2 =*/146).fork(), _depth + 1).ldelim();
                if (message.verifyVoteExtension != null && $Object.hasOwnProperty.call(message, "verifyVoteExtension"))
                    $root.tendermint.abci.RequestVerifyVoteExtension.encode(message.verifyVoteExtension, writer.uint32(/* id 19, wireType 2 =*/154).fork(), _depth + 1).ldelim();
                if (message.finalizeBlock != null && $Object.hasOwnProperty.call(message, "finalizeBlock"))
                    $root.tendermint.abci.RequestFinalizeBlock.encode(message.finalizeBlock, writer.uint32(/* id 20, wireType 2 =*/162).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Request message from the specified reader or buffer.
             * @function decode
             * @memberof tendermint.abci.Request
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {tendermint.abci.Request & tendermint.abci.Request.$Shape} Request
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Request.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.tendermint.abci.Request();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.echo = $root.tendermint.abci.RequestEcho.decode(reader, reader.size(), $undefined, _depth + 1, message.echo);
                            message.value = "echo";
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.flush = $root.tendermint.abci.RequestFlush.decode(reader, reader.size(), $undefined, _depth + 1, message.flush);
                            message.value = "flush";
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.info = $root.tendermint.abci.RequestInfo.decode(reader, reader.size(), $undefined, _depth + 1, message.info);
                            message.value = "info";
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            message.initChain = $root.tendermint.abci.RequestInitChain.decode(reader, reader.size(), $undefined, _depth + 1, message.initChain);
                            message.value = "initChain";
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            message.query = $root.tendermint.abci.RequestQuery.decode(reader, reader.size(), $undefined, _depth + 1, message.query);
                            message.value = "query";
                            continue;
                        }
                    case 8: {
                            if (wireType !== 2)
                                break;
                            message.checkTx = $root.tendermint.abci.RequestCheckTx.decode(reader, reader.size(), $undefined, _depth + 1, message.checkTx);
                            message.value = "checkTx";
                            continue;
                        }
                    case 11: {
                            if (wireType !== 2)
                                break;
                            message.commit = $root.tendermint.abci.RequestCommit.decode(reader, reader.size(), $undefined, _depth + 1, message.commit);
                            message.value = "commit";
                            continue;
                        }
                    case 12: {
                            if (wireType !== 2)
                                break;
                            message.listSnapshots = $root.tendermint.abci.RequestListSnapshots.decode(reader, reader.size(), $undefined, _depth + 1, message.listSnapshots);
                            message.value = "listSnapshots";
                            continue;
                        }
                    case 13: {
                            if (wireType !== 2)
                                break;
                            message.offerSnapshot = $root.tendermint.abci.RequestOfferSnapshot.decode(reader, reader.size(), $undefined, _depth + 1, message.offerSnapshot);
                            message.value = "offerSnapshot";
                            continue;
                        }
                    case 14: {
                            if (wireType !== 2)
                                break;
                            message.loadSnapshotChunk = $root.tendermint.abci.RequestLoadSnapshotChunk.decode(reader, reader.size(), $undefined, _depth + 1, message.loadSnapshotChunk);
                            message.value = "loadSnapshotChunk";
                            continue;
                        }
                    case 15: {
                            if (wireType !== 2)
                                break;
                            message.applySnapshotChunk = $root.tendermint.abci.RequestApplySnapshotChunk.decode(reader, reader.size(), $undefined, _depth + 1, message.applySnapshotChunk);
                            message.value = "applySnapshotChunk";
                            continue;
                        }
                    case 16: {
                            if (wireType !== 2)
                                break;
                            message.prepareProposal = $root.tendermint.abci.RequestPrepareProposal.decode(reader, reader.size(), $undefined, _depth + 1, message.prepareProposal);
                            message.value = "prepareProposal";
                            continue;
                        }
                    case 17: {
                            if (wireType !== 2)
                                break;
                            message.processProposal = $root.tendermint.abci.RequestProcessProposal.decode(reader, reader.size(), $undefined, _depth + 1, message.processProposal);
                            message.value = "processProposal";
                            continue;
                        }
                    case 18: {
                            if (wireType !== 2)
                                break;
                            message.extendVote = $root.tendermint.abci.RequestExtendVote.decode(reader, reader.size(), $undefined, _depth + 1, message.extendVote);
                            message.value = "extendVote";
                            continue;
                        }
                    case 19: {
                            if (wireType !== 2)
                                break;
                            message.verifyVoteExtension = $root.tendermint.abci.RequestVerifyVoteExtension.decode(reader, reader.size(), $undefined, _depth + 1, message.verifyVoteExtension);
                            message.value = "verifyVoteExtension";
                            continue;
                        }
                    case 20: {
                            if (wireType !== 2)
                                break;
                            message.finalizeBlock = $root.tendermint.abci.RequestFinalizeBlock.decode(reader, reader.size(), $undefined, _depth + 1, message.finalizeBlock);
                            message.value = "finalizeBlock";
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a Request message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof tendermint.abci.Request
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {tendermint.abci.Request} Request
             */
            Request.fromObject = function (object, _depth) {
                if (object instanceof $root.tendermint.abci.Request)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".tendermint.abci.Request: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.tendermint.abci.Request();
                if (object.echo != null) {
                    if (!$util.isObject(object.echo))
                        throw $TypeError(".tendermint.abci.Request.echo: object expected");
                    message.echo = $root.tendermint.abci.RequestEcho.fromObject(object.echo, _depth + 1);
                }
                if (object.flush != null) {
                    if (!$util.isObject(object.flush))
                        throw $TypeError(".tendermint.abci.Request.flush: object expected");
                    message.flush = $root.tendermint.abci.RequestFlush.fromObject(object.flush, _depth + 1);
                }
                if (object.info != null) {
                    if (!$util.isObject(object.info))
                        throw $TypeError(".tendermint.abci.Request.info: object expected");
                    message.info = $root.tendermint.abci.RequestInfo.fromObject(object.info, _depth + 1);
                }
                if (object.initChain != null) {
                    if (!$util.isObject(object.initChain))
                        throw $TypeError(".tendermint.abci.Request.initChain: object expected");
                    message.initChain = $root.tendermint.abci.RequestInitChain.fromObject(object.initChain, _depth + 1);
                }
                if (object.query != null) {
                    if (!$util.isObject(object.query))
                        throw $TypeError(".tendermint.abci.Request.query: object expected");
                    message.query = $root.tendermint.abci.RequestQuery.fromObject(object.query, _depth + 1);
                }
                if (object.checkTx != null) {
                    if (!$util.isObject(object.checkTx))
                        throw $TypeError(".tendermint.abci.Request.checkTx: object expected");
                    message.checkTx = $root.tendermint.abci.RequestCheckTx.fromObject(object.checkTx, _depth + 1);
                }
                if (object.commit != null) {
                    if (!$util.isObject(object.commit))
                        throw $TypeError(".tendermint.abci.Request.commit: object expected");
                    message.commit = $root.tendermint.abci.RequestCommit.fromObject(object.commit, _depth + 1);
                }
                if (object.listSnapshots != null) {
                    if (!$util.isObject(object.listSnapshots))
                        throw $TypeError(".tendermint.abci.Request.listSnapshots: object expected");
                    message.listSnapshots = $root.tendermint.abci.RequestListSnapshots.fromObject(object.listSnapshots, _depth + 1);
                }
                if (object.offerSnapshot != null) {
                    if (!$util.isObject(object.offerSnapshot))
                        throw $TypeError(".tendermint.abci.Request.offerSnapshot: object expected");
                    message.offerSnapshot = $root.tendermint.abci.RequestOfferSnapshot.fromObject(object.offerSnapshot, _depth + 1);
                }
                if (object.loadSnapshotChunk != null) {
                    if (!$util.isObject(object.loadSnapshotChunk))
                        throw $TypeError(".tendermint.abci.Request.loadSnapshotChunk: object expected");
                    message.loadSnapshotChunk = $root.tendermint.abci.RequestLoadSnapshotChunk.fromObject(object.loadSnapshotChunk, _depth + 1);
                }
                if (object.applySnapshotChunk != null) {
                    if (!$util.isObject(object.applySnapshotChunk))
                        throw $TypeError(".tendermint.abci.Request.applySnapshotChunk: object expected");
                    message.applySnapshotChunk = $root.tendermint.abci.RequestApplySnapshotChunk.fromObject(object.applySnapshotChunk, _depth + 1);
                }
                if (object.prepareProposal != null) {
                    if (!$util.isObject(object.prepareProposal))
                        throw $TypeError(".tendermint.abci.Request.prepareProposal: object expected");
                    message.prepareProposal = $root.tendermint.abci.RequestPrepareProposal.fromObject(object.prepareProposal, _depth + 1);
                }
                if (object.processProposal != null) {
                    if (!$util.isObject(object.processProposal))
                        throw $TypeError(".tendermint.abci.Request.processProposal: object expected");
                    message.processProposal = $root.tendermint.abci.RequestProcessProposal.fromObject(object.processProposal, _depth + 1);
                }
                if (object.extendVote != null) {
                    if (!$util.isObject(object.extendVote))
                        throw $TypeError(".tendermint.abci.Request.extendVote: object expected");
                    message.extendVote = $root.tendermint.abci.RequestExtendVote.fromObject(object.extendVote, _depth + 1);
                }
                if (object.verifyVoteExtension != null) {
                    if (!$util.isObject(object.verifyVoteExtension))
                        throw $TypeError(".tendermint.abci.Request.verifyVoteExtension: object expected");
                    message.verifyVoteExtension = $root.tendermint.abci.RequestVerifyVoteExtension.fromObject(object.verifyVoteExtension, _depth + 1);
                }
                if (object.finalizeBlock != null) {
                    if (!$util.isObject(object.finalizeBlock))
                        throw $TypeError(".tendermint.abci.Request.finalizeBlock: object expected");
                    message.finalizeBlock = $root.tendermint.abci.RequestFinalizeBlock.fromObject(object.finalizeBlock, _depth + 1);
                }
                return message;
            };

            /**
             * Creates a plain object from a Request message. Also converts values to other types if specified.
             * @function toObject
             * @memberof tendermint.abci.Request
             * @static
             * @param {tendermint.abci.Request} message Request
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Request.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (message.echo != null && $Object.hasOwnProperty.call(message, "echo")) {
                    object.echo = $root.tendermint.abci.RequestEcho.toObject(message.echo, options, _depth + 1);
                    if (options.oneofs)
                        object.value = "echo";
                }
                if (message.flush != null && $Object.hasOwnProperty.call(message, "flush")) {
                    object.flush = $root.tendermint.abci.RequestFlush.toObject(message.flush, options, _depth + 1);
                    if (options.oneofs)
                        object.value = "flush";
                }
                if (message.info != null && $Object.hasOwnProperty.call(message, "info")) {
                    object.info = $root.tendermint.abci.RequestInfo.toObject(message.info, options, _depth + 1);
                    if (options.oneofs)
                        object.value = "info";
                }
                if (message.initChain != null && $Object.hasOwnProperty.call(message, "initChain")) {
                    object.initChain = $root.tendermint.abci.RequestInitChain.toObject(message.initChain, options, _depth + 1);
                    if (options.oneofs)
                        object.value = "initChain";
                }
                if (message.query != null && $Object.hasOwnProperty.call(message, "query")) {
                    object.query = $root.tendermint.abci.RequestQuery.toObject(message.query, options, _depth + 1);
                    if (options.oneofs)
                        object.value = "query";
                }
                if (message.checkTx != null && $Object.hasOwnProperty.call(message, "checkTx")) {
                    object.checkTx = $root.tendermint.abci.RequestCheckTx.toObject(message.checkTx, options, _depth + 1);
                    if (options.oneofs)
                        object.value = "checkTx";
                }
                if (message.commit != null && $Object.hasOwnProperty.call(message, "commit")) {
                    object.commit = $root.tendermint.abci.RequestCommit.toObject(message.commit, options, _depth + 1);
                    if (options.oneofs)
                        object.value = "commit";
                }
                if (message.listSnapshots != null && $Object.hasOwnProperty.call(message, "listSnapshots")) {
                    object.listSnapshots = $root.tendermint.abci.RequestListSnapshots.toObject(message.listSnapshots, options, _depth + 1);
                    if (options.oneofs)
                        object.value = "listSnapshots";
                }
                if (message.offerSnapshot != null && $Object.hasOwnProperty.call(message, "offerSnapshot")) {
                    object.offerSnapshot = $root.tendermint.abci.RequestOfferSnapshot.toObject(message.offerSnapshot, options, _depth + 1);
                    if (options.oneofs)
                        object.value = "offerSnapshot";
                }
                if (message.loadSnapshotChunk != null && $Object.hasOwnProperty.call(message, "loadSnapshotChunk")) {
                    object.loadSnapshotChunk = $root.tendermint.abci.RequestLoadSnapshotChunk.toObject(message.loadSnapshotChunk, options, _depth + 1);
                    if (options.oneofs)
                        object.value = "loadSnapshotChunk";
                }
                if (message.applySnapshotChunk != null && $Object.hasOwnProperty.call(message, "applySnapshotChunk")) {
                    object.applySnapshotChunk = $root.tendermint.abci.RequestApplySnapshotChunk.toObject(message.applySnapshotChunk, options, _depth + 1);
                    if (options.oneofs)
                        object.value = "applySnapshotChunk";
                }
                if (message.prepareProposal != null && $Object.hasOwnProperty.call(message, "prepareProposal")) {
                    object.prepareProposal = $root.tendermint.abci.RequestPrepareProposal.toObject(message.prepareProposal, options, _depth + 1);
                    if (options.oneofs)
                        object.value = "prepareProposal";
                }
                if (message.processProposal != null && $Object.hasOwnProperty.call(message, "processProposal")) {
                    object.processProposal = $root.tendermint.abci.RequestProcessProposal.toObject(message.processProposal, options, _depth + 1);
                    if (options.oneofs)
                        object.value = "processProposal";
                }
                if (message.extendVote != null && $Object.hasOwnProperty.call(message, "extendVote")) {
                    object.extendVote = $root.tendermint.abci.RequestExtendVote.toObject(message.extendVote, options, _depth + 1);
                    if (options.oneofs)
                        object.value = "extendVote";
                }
                if (message.verifyVoteExtension != null && $Object.hasOwnProperty.call(message, "verifyVoteExtension")) {
                    object.verifyVoteExtension = $root.tendermint.abci.RequestVerifyVoteExtension.toObject(message.verifyVoteExtension, options, _depth + 1);
                    if (options.oneofs)
                        object.value = "verifyVoteExtension";
                }
                if (message.finalizeBlock != null && $Object.hasOwnProperty.call(message, "finalizeBlock")) {
                    object.finalizeBlock = $root.tendermint.abci.RequestFinalizeBlock.toObject(message.finalizeBlock, options, _depth + 1);
                    if (options.oneofs)
                        object.value = "finalizeBlock";
                }
                return object;
            };

            /**
             * Converts this Request to JSON.
             * @function toJSON
             * @memberof tendermint.abci.Request
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Request.prototype.toJSON = function() {
                return Request.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Request
             * @function getTypeUrl
             * @memberof tendermint.abci.Request
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Request.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/tendermint.abci.Request";
            };

            return Request;
        })();

        abci.RequestEcho = (function() {

            /**
             * Properties of a RequestEcho.
             * @typedef {Object} tendermint.abci.RequestEcho.$Properties
             * @property {string|null} [message] RequestEcho message
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a RequestEcho.
             * @memberof tendermint.abci
             * @interface IRequestEcho
             * @augments tendermint.abci.RequestEcho.$Properties
             * @deprecated Use tendermint.abci.RequestEcho.$Properties instead.
             */

            /**
             * Shape of a RequestEcho.
             * @typedef {tendermint.abci.RequestEcho.$Properties} tendermint.abci.RequestEcho.$Shape
             */

            /**
             * Constructs a new RequestEcho.
             * @memberof tendermint.abci
             * @classdesc Represents a RequestEcho.
             * @constructor
             * @param {tendermint.abci.RequestEcho.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const RequestEcho = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * RequestEcho message.
             * @member {string} message
             * @memberof tendermint.abci.RequestEcho
             * @instance
             */
            RequestEcho.prototype.message = "";

            /**
             * Creates a new RequestEcho instance using the specified properties.
             * @function create
             * @memberof tendermint.abci.RequestEcho
             * @static
             * @param {tendermint.abci.RequestEcho.$Properties=} [properties] Properties to set
             * @returns {tendermint.abci.RequestEcho} RequestEcho instance
             * @type {{
             *   (properties: tendermint.abci.RequestEcho.$Shape): tendermint.abci.RequestEcho & tendermint.abci.RequestEcho.$Shape;
             *   (properties?: tendermint.abci.RequestEcho.$Properties): tendermint.abci.RequestEcho;
             * }}
             */
            RequestEcho.create = function(properties) {
                return new RequestEcho(properties);
            };

            /**
             * Encodes the specified RequestEcho message. Does not implicitly {@link tendermint.abci.RequestEcho.verify|verify} messages.
             * @function encode
             * @memberof tendermint.abci.RequestEcho
             * @static
             * @param {tendermint.abci.RequestEcho.$Properties} message RequestEcho message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            RequestEcho.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.message != null && $Object.hasOwnProperty.call(message, "message") && message.message !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.message);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a RequestEcho message from the specified reader or buffer.
             * @function decode
             * @memberof tendermint.abci.RequestEcho
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {tendermint.abci.RequestEcho & tendermint.abci.RequestEcho.$Shape} RequestEcho
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            RequestEcho.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.tendermint.abci.RequestEcho();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.message = value;
                            else
                                delete message.message;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a RequestEcho message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof tendermint.abci.RequestEcho
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {tendermint.abci.RequestEcho} RequestEcho
             */
            RequestEcho.fromObject = function (object, _depth) {
                if (object instanceof $root.tendermint.abci.RequestEcho)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".tendermint.abci.RequestEcho: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.tendermint.abci.RequestEcho();
                if (object.message != null)
                    if (typeof object.message !== "string" || object.message.length)
                        message.message = $String(object.message);
                return message;
            };

            /**
             * Creates a plain object from a RequestEcho message. Also converts values to other types if specified.
             * @function toObject
             * @memberof tendermint.abci.RequestEcho
             * @static
             * @param {tendermint.abci.RequestEcho} message RequestEcho
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            RequestEcho.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    object.message = "";
                if (message.message != null && $Object.hasOwnProperty.call(message, "message"))
                    object.message = message.message;
                return object;
            };

            /**
             * Converts this RequestEcho to JSON.
             * @function toJSON
             * @memberof tendermint.abci.RequestEcho
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            RequestEcho.prototype.toJSON = function() {
                return RequestEcho.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for RequestEcho
             * @function getTypeUrl
             * @memberof tendermint.abci.RequestEcho
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            RequestEcho.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/tendermint.abci.RequestEcho";
            };

            return RequestEcho;
        })();

        abci.RequestFlush = (function() {

            /**
             * Properties of a RequestFlush.
             * @typedef {Object} tendermint.abci.RequestFlush.$Properties
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a RequestFlush.
             * @memberof tendermint.abci
             * @interface IRequestFlush
             * @augments tendermint.abci.RequestFlush.$Properties
             * @deprecated Use tendermint.abci.RequestFlush.$Properties instead.
             */

            /**
             * Shape of a RequestFlush.
             * @typedef {tendermint.abci.RequestFlush.$Properties} tendermint.abci.RequestFlush.$Shape
             */

            /**
             * Constructs a new RequestFlush.
             * @memberof tendermint.abci
             * @classdesc Represents a RequestFlush.
             * @constructor
             * @param {tendermint.abci.RequestFlush.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const RequestFlush = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Creates a new RequestFlush instance using the specified properties.
             * @function create
             * @memberof tendermint.abci.RequestFlush
             * @static
             * @param {tendermint.abci.RequestFlush.$Properties=} [properties] Properties to set
             * @returns {tendermint.abci.RequestFlush} RequestFlush instance
             * @type {{
             *   (properties: tendermint.abci.RequestFlush.$Shape): tendermint.abci.RequestFlush & tendermint.abci.RequestFlush.$Shape;
             *   (properties?: tendermint.abci.RequestFlush.$Properties): tendermint.abci.RequestFlush;
             * }}
             */
            RequestFlush.create = function(properties) {
                return new RequestFlush(properties);
            };

            /**
             * Encodes the specified RequestFlush message. Does not implicitly {@link tendermint.abci.RequestFlush.verify|verify} messages.
             * @function encode
             * @memberof tendermint.abci.RequestFlush
             * @static
             * @param {tendermint.abci.RequestFlush.$Properties} message RequestFlush message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            RequestFlush.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a RequestFlush message from the specified reader or buffer.
             * @function decode
             * @memberof tendermint.abci.RequestFlush
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {tendermint.abci.RequestFlush & tendermint.abci.RequestFlush.$Shape} RequestFlush
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            RequestFlush.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.tendermint.abci.RequestFlush();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    reader.skipType(tag & 7, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a RequestFlush message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof tendermint.abci.RequestFlush
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {tendermint.abci.RequestFlush} RequestFlush
             */
            RequestFlush.fromObject = function (object, _depth) {
                if (object instanceof $root.tendermint.abci.RequestFlush)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".tendermint.abci.RequestFlush: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                return new $root.tendermint.abci.RequestFlush();
            };

            /**
             * Creates a plain object from a RequestFlush message. Also converts values to other types if specified.
             * @function toObject
             * @memberof tendermint.abci.RequestFlush
             * @static
             * @param {tendermint.abci.RequestFlush} message RequestFlush
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            RequestFlush.toObject = function () {
                return {};
            };

            /**
             * Converts this RequestFlush to JSON.
             * @function toJSON
             * @memberof tendermint.abci.RequestFlush
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            RequestFlush.prototype.toJSON = function() {
                return RequestFlush.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for RequestFlush
             * @function getTypeUrl
             * @memberof tendermint.abci.RequestFlush
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            RequestFlush.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/tendermint.abci.RequestFlush";
            };

            return RequestFlush;
        })();

        abci.RequestInfo = (function() {

            /**
             * Properties of a RequestInfo.
             * @typedef {Object} tendermint.abci.RequestInfo.$Properties
             * @property {string|null} [version] RequestInfo version
             * @property {number|null} [blockVersion] RequestInfo blockVersion
             * @property {number|null} [p2pVersion] RequestInfo p2pVersion
             * @property {string|null} [abciVersion] RequestInfo abciVersion
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a RequestInfo.
             * @memberof tendermint.abci
             * @interface IRequestInfo
             * @augments tendermint.abci.RequestInfo.$Properties
             * @deprecated Use tendermint.abci.RequestInfo.$Properties instead.
             */

            /**
             * Shape of a RequestInfo.
             * @typedef {tendermint.abci.RequestInfo.$Properties} tendermint.abci.RequestInfo.$Shape
             */

            /**
             * Constructs a new RequestInfo.
             * @memberof tendermint.abci
             * @classdesc Represents a RequestInfo.
             * @constructor
             * @param {tendermint.abci.RequestInfo.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const RequestInfo = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * RequestInfo version.
             * @member {string} version
             * @memberof tendermint.abci.RequestInfo
             * @instance
             */
            RequestInfo.prototype.version = "";

            /**
             * RequestInfo blockVersion.
             * @member {number} blockVersion
             * @memberof tendermint.abci.RequestInfo
             * @instance
             */
            RequestInfo.prototype.blockVersion = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * RequestInfo p2pVersion.
             * @member {number} p2pVersion
             * @memberof tendermint.abci.RequestInfo
             * @instance
             */
            RequestInfo.prototype.p2pVersion = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * RequestInfo abciVersion.
             * @member {string} abciVersion
             * @memberof tendermint.abci.RequestInfo
             * @instance
             */
            RequestInfo.prototype.abciVersion = "";

            /**
             * Creates a new RequestInfo instance using the specified properties.
             * @function create
             * @memberof tendermint.abci.RequestInfo
             * @static
             * @param {tendermint.abci.RequestInfo.$Properties=} [properties] Properties to set
             * @returns {tendermint.abci.RequestInfo} RequestInfo instance
             * @type {{
             *   (properties: tendermint.abci.RequestInfo.$Shape): tendermint.abci.RequestInfo & tendermint.abci.RequestInfo.$Shape;
             *   (properties?: tendermint.abci.RequestInfo.$Properties): tendermint.abci.RequestInfo;
             * }}
             */
            RequestInfo.create = function(properties) {
                return new RequestInfo(properties);
            };

            /**
             * Encodes the specified RequestInfo message. Does not implicitly {@link tendermint.abci.RequestInfo.verify|verify} messages.
             * @function encode
             * @memberof tendermint.abci.RequestInfo
             * @static
             * @param {tendermint.abci.RequestInfo.$Properties} message RequestInfo message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            RequestInfo.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.version != null && $Object.hasOwnProperty.call(message, "version") && message.version !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.version);
                if (message.blockVersion != null && $Object.hasOwnProperty.call(message, "blockVersion") && (typeof message.blockVersion === "object" ? message.blockVersion.low || message.blockVersion.high : message.blockVersion !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.blockVersion);
                if (message.p2pVersion != null && $Object.hasOwnProperty.call(message, "p2pVersion") && (typeof message.p2pVersion === "object" ? message.p2pVersion.low || message.p2pVersion.high : message.p2pVersion !== 0))
                    writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.p2pVersion);
                if (message.abciVersion != null && $Object.hasOwnProperty.call(message, "abciVersion") && message.abciVersion !== "")
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.abciVersion);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a RequestInfo message from the specified reader or buffer.
             * @function decode
             * @memberof tendermint.abci.RequestInfo
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {tendermint.abci.RequestInfo & tendermint.abci.RequestInfo.$Shape} RequestInfo
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            RequestInfo.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.tendermint.abci.RequestInfo();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.version = value;
                            else
                                delete message.version;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.blockVersion = value;
                            else
                                delete message.blockVersion;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.p2pVersion = value;
                            else
                                delete message.p2pVersion;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.abciVersion = value;
                            else
                                delete message.abciVersion;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a RequestInfo message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof tendermint.abci.RequestInfo
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {tendermint.abci.RequestInfo} RequestInfo
             */
            RequestInfo.fromObject = function (object, _depth) {
                if (object instanceof $root.tendermint.abci.RequestInfo)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".tendermint.abci.RequestInfo: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.tendermint.abci.RequestInfo();
                if (object.version != null)
                    if (typeof object.version !== "string" || object.version.length)
                        message.version = $String(object.version);
                if (object.blockVersion != null)
                    if (typeof object.blockVersion === "object" ? object.blockVersion.low || object.blockVersion.high : $Number(object.blockVersion) !== 0)
                        if ($util.Long)
                            message.blockVersion = $util.Long.fromValue(object.blockVersion, true);
                        else if (typeof object.blockVersion === "string")
                            message.blockVersion = $parseInt(object.blockVersion, 10);
                        else if (typeof object.blockVersion === "number")
                            message.blockVersion = object.blockVersion;
                        else if (typeof object.blockVersion === "object")
                            message.blockVersion = new $util.LongBits(object.blockVersion.low >>> 0, object.blockVersion.high >>> 0).toNumber(true);
                if (object.p2pVersion != null)
                    if (typeof object.p2pVersion === "object" ? object.p2pVersion.low || object.p2pVersion.high : $Number(object.p2pVersion) !== 0)
                        if ($util.Long)
                            message.p2pVersion = $util.Long.fromValue(object.p2pVersion, true);
                        else if (typeof object.p2pVersion === "string")
                            message.p2pVersion = $parseInt(object.p2pVersion, 10);
                        else if (typeof object.p2pVersion === "number")
                            message.p2pVersion = object.p2pVersion;
                        else if (typeof object.p2pVersion === "object")
                            message.p2pVersion = new $util.LongBits(object.p2pVersion.low >>> 0, object.p2pVersion.high >>> 0).toNumber(true);
                if (object.abciVersion != null)
                    if (typeof object.abciVersion !== "string" || object.abciVersion.length)
                        message.abciVersion = $String(object.abciVersion);
                return message;
            };

            /**
             * Creates a plain object from a RequestInfo message. Also converts values to other types if specified.
             * @function toObject
             * @memberof tendermint.abci.RequestInfo
             * @static
             * @param {tendermint.abci.RequestInfo} message RequestInfo
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            RequestInfo.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.version = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.blockVersion = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.blockVersion = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.p2pVersion = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.p2pVersion = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.abciVersion = "";
                }
                if (message.version != null && $Object.hasOwnProperty.call(message, "version"))
                    object.version = message.version;
                if (message.blockVersion != null && $Object.hasOwnProperty.call(message, "blockVersion"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.blockVersion = typeof message.blockVersion === "number" ? $BigInt(message.blockVersion) : $util.Long.fromBits(message.blockVersion.low >>> 0, message.blockVersion.high >>> 0, true).toBigInt();
                    else if (typeof message.blockVersion === "number")
                        object.blockVersion = options.longs === $String ? $String(message.blockVersion) : message.blockVersion;
                    else
                        object.blockVersion = options.longs === $String ? $util.Long.prototype.toString.call(message.blockVersion) : options.longs === $Number ? new $util.LongBits(message.blockVersion.low >>> 0, message.blockVersion.high >>> 0).toNumber(true) : message.blockVersion;
                if (message.p2pVersion != null && $Object.hasOwnProperty.call(message, "p2pVersion"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.p2pVersion = typeof message.p2pVersion === "number" ? $BigInt(message.p2pVersion) : $util.Long.fromBits(message.p2pVersion.low >>> 0, message.p2pVersion.high >>> 0, true).toBigInt();
                    else if (typeof message.p2pVersion === "number")
                        object.p2pVersion = options.longs === $String ? $String(message.p2pVersion) : message.p2pVersion;
                    else
                        object.p2pVersion = options.longs === $String ? $util.Long.prototype.toString.call(message.p2pVersion) : options.longs === $Number ? new $util.LongBits(message.p2pVersion.low >>> 0, message.p2pVersion.high >>> 0).toNumber(true) : message.p2pVersion;
                if (message.abciVersion != null && $Object.hasOwnProperty.call(message, "abciVersion"))
                    object.abciVersion = message.abciVersion;
                return object;
            };

            /**
             * Converts this RequestInfo to JSON.
             * @function toJSON
             * @memberof tendermint.abci.RequestInfo
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            RequestInfo.prototype.toJSON = function() {
                return RequestInfo.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for RequestInfo
             * @function getTypeUrl
             * @memberof tendermint.abci.RequestInfo
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            RequestInfo.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/tendermint.abci.RequestInfo";
            };

            return RequestInfo;
        })();

        abci.RequestInitChain = (function() {

            /**
             * Properties of a RequestInitChain.
             * @typedef {Object} tendermint.abci.RequestInitChain.$Properties
             * @property {google.protobuf.Timestamp.$Properties|null} [time] RequestInitChain time
             * @property {string|null} [chainId] RequestInitChain chainId
             * @property {tendermint.types.ConsensusParams.$Properties|null} [consensusParams] RequestInitChain consensusParams
             * @property {Array.<tendermint.abci.ValidatorUpdate.$Properties>|null} [validators] RequestInitChain validators
             * @property {Uint8Array|null} [appStateBytes] RequestInitChain appStateBytes
             * @property {number|null} [initialHeight] RequestInitChain initialHeight
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a RequestInitChain.
             * @memberof tendermint.abci
             * @interface IRequestInitChain
             * @augments tendermint.abci.RequestInitChain.$Properties
             * @deprecated Use tendermint.abci.RequestInitChain.$Properties instead.
             */

            /**
             * Shape of a RequestInitChain.
             * @typedef {{
             *   time?: google.protobuf.Timestamp.$Shape|null;
             *   chainId?: string|null;
             *   consensusParams?: tendermint.types.ConsensusParams.$Shape|null;
             *   validators?: Array.<tendermint.abci.ValidatorUpdate.$Shape>|null;
             *   appStateBytes?: Uint8Array|null;
             *   initialHeight?: number|null;
             *   $unknowns?: Array.<Uint8Array>;
             * }} tendermint.abci.RequestInitChain.$Shape
             */

            /**
             * Constructs a new RequestInitChain.
             * @memberof tendermint.abci
             * @classdesc Represents a RequestInitChain.
             * @constructor
             * @param {tendermint.abci.RequestInitChain.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const RequestInitChain = function (properties) {
                this.validators = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * RequestInitChain time.
             * @member {google.protobuf.Timestamp.$Properties|null|undefined} time
             * @memberof tendermint.abci.RequestInitChain
             * @instance
             */
            RequestInitChain.prototype.time = null;

            /**
             * RequestInitChain chainId.
             * @member {string} chainId
             * @memberof tendermint.abci.RequestInitChain
             * @instance
             */
            RequestInitChain.prototype.chainId = "";

            /**
             * RequestInitChain consensusParams.
             * @member {tendermint.types.ConsensusParams.$Properties|null|undefined} consensusParams
             * @memberof tendermint.abci.RequestInitChain
             * @instance
             */
            RequestInitChain.prototype.consensusParams = null;

            /**
             * RequestInitChain validators.
             * @member {Array.<tendermint.abci.ValidatorUpdate.$Properties>} validators
             * @memberof tendermint.abci.RequestInitChain
             * @instance
             */
            RequestInitChain.prototype.validators = $util.emptyArray;

            /**
             * RequestInitChain appStateBytes.
             * @member {Uint8Array} appStateBytes
             * @memberof tendermint.abci.RequestInitChain
             * @instance
             */
            RequestInitChain.prototype.appStateBytes = $util.newBuffer([]);

            /**
             * RequestInitChain initialHeight.
             * @member {number} initialHeight
             * @memberof tendermint.abci.RequestInitChain
             * @instance
             */
            RequestInitChain.prototype.initialHeight = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Creates a new RequestInitChain instance using the specified properties.
             * @function create
             * @memberof tendermint.abci.RequestInitChain
             * @static
             * @param {tendermint.abci.RequestInitChain.$Properties=} [properties] Properties to set
             * @returns {tendermint.abci.RequestInitChain} RequestInitChain instance
             * @type {{
             *   (properties: tendermint.abci.RequestInitChain.$Shape): tendermint.abci.RequestInitChain & tendermint.abci.RequestInitChain.$Shape;
             *   (properties?: tendermint.abci.RequestInitChain.$Properties): tendermint.abci.RequestInitChain;
             * }}
             */
            RequestInitChain.create = function(properties) {
                return new RequestInitChain(properties);
            };

            /**
             * Encodes the specified RequestInitChain message. Does not implicitly {@link tendermint.abci.RequestInitChain.verify|verify} messages.
             * @function encode
             * @memberof tendermint.abci.RequestInitChain
             * @static
             * @param {tendermint.abci.RequestInitChain.$Properties} message RequestInitChain message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            RequestInitChain.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.time != null && $Object.hasOwnProperty.call(message, "time"))
                    $root.google.protobuf.Timestamp.encode(message.time, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.chainId != null && $Object.hasOwnProperty.call(message, "chainId") && message.chainId !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.chainId);
                if (message.consensusParams != null && $Object.hasOwnProperty.call(message, "consensusParams"))
                    $root.tendermint.types.ConsensusParams.encode(message.consensusParams, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.validators != null && message.validators.length)
                    for (let i = 0; i < message.validators.length; ++i)
                        $root.tendermint.abci.ValidatorUpdate.encode(message.validators[i], writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                if (message.appStateBytes != null && $Object.hasOwnProperty.call(message, "appStateBytes") && message.appStateBytes.length)
                    writer.uint32(/* id 5, wireType 2 =*/42).bytes(message.appStateBytes);
                if (message.initialHeight != null && $Object.hasOwnProperty.call(message, "initialHeight") && (typeof message.initialHeight === "object" ? message.initialHeight.low || message.initialHeight.high : message.initialHeight !== 0))
                    writer.uint32(/* id 6, wireType 0 =*/48).int64(message.initialHeight);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a RequestInitChain message from the specified reader or buffer.
             * @function decode
             * @memberof tendermint.abci.RequestInitChain
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {tendermint.abci.RequestInitChain & tendermint.abci.RequestInitChain.$Shape} RequestInitChain
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            RequestInitChain.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.tendermint.abci.RequestInitChain();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.time = $root.google.protobuf.Timestamp.decode(reader, reader.size(), $undefined, _depth + 1, message.time);
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.chainId = value;
                            else
                                delete message.chainId;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.consensusParams = $root.tendermint.types.ConsensusParams.decode(reader, reader.size(), $undefined, _depth + 1, message.consensusParams);
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if (!(message.validators && message.validators.length))
                                message.validators = [];
                            message.validators.push($root.tendermint.abci.ValidatorUpdate.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.appStateBytes = value;
                            else
                                delete message.appStateBytes;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.initialHeight = value;
                            else
                                delete message.initialHeight;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a RequestInitChain message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof tendermint.abci.RequestInitChain
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {tendermint.abci.RequestInitChain} RequestInitChain
             */
            RequestInitChain.fromObject = function (object, _depth) {
                if (object instanceof $root.tendermint.abci.RequestInitChain)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".tendermint.abci.RequestInitChain: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.tendermint.abci.RequestInitChain();
                if (object.time != null) {
                    if (!$util.isObject(object.time))
                        throw $TypeError(".tendermint.abci.RequestInitChain.time: object expected");
                    message.time = $root.google.protobuf.Timestamp.fromObject(object.time, _depth + 1);
                }
                if (object.chainId != null)
                    if (typeof object.chainId !== "string" || object.chainId.length)
                        message.chainId = $String(object.chainId);
                if (object.consensusParams != null) {
                    if (!$util.isObject(object.consensusParams))
                        throw $TypeError(".tendermint.abci.RequestInitChain.consensusParams: object expected");
                    message.consensusParams = $root.tendermint.types.ConsensusParams.fromObject(object.consensusParams, _depth + 1);
                }
                if (object.validators) {
                    if (!$Array.isArray(object.validators))
                        throw $TypeError(".tendermint.abci.RequestInitChain.validators: array expected");
                    message.validators = $Array(object.validators.length);
                    for (let i = 0; i < object.validators.length; ++i) {
                        if (!$util.isObject(object.validators[i]))
                            throw $TypeError(".tendermint.abci.RequestInitChain.validators: object expected");
                        message.validators[i] = $root.tendermint.abci.ValidatorUpdate.fromObject(object.validators[i], _depth + 1);
                    }
                }
                if (object.appStateBytes != null)
                    if (object.appStateBytes.length)
                        if (typeof object.appStateBytes === "string")
                            $util.base64.decode(object.appStateBytes, message.appStateBytes = $util.newBuffer($util.base64.length(object.appStateBytes)), 0);
                        else if (object.appStateBytes.length >= 0)
                            message.appStateBytes = object.appStateBytes;
                if (object.initialHeight != null)
                    if (typeof object.initialHeight === "object" ? object.initialHeight.low || object.initialHeight.high : $Number(object.initialHeight) !== 0)
                        if ($util.Long)
                            message.initialHeight = $util.Long.fromValue(object.initialHeight, false);
                        else if (typeof object.initialHeight === "string")
                            message.initialHeight = $parseInt(object.initialHeight, 10);
                        else if (typeof object.initialHeight === "number")
                            message.initialHeight = object.initialHeight;
                        else if (typeof object.initialHeight === "object")
                            message.initialHeight = new $util.LongBits(object.initialHeight.low >>> 0, object.initialHeight.high >>> 0).toNumber();
                return message;
            };

            /**
             * Creates a plain object from a RequestInitChain message. Also converts values to other types if specified.
             * @function toObject
             * @memberof tendermint.abci.RequestInitChain
             * @static
             * @param {tendermint.abci.RequestInitChain} message RequestInitChain
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            RequestInitChain.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.validators = [];
                if (options.defaults) {
                    object.time = null;
                    object.chainId = "";
                    object.consensusParams = null;
                    if (options.bytes === $String)
                        object.appStateBytes = "";
                    else {
                        object.appStateBytes = [];
                        if (options.bytes !== $Array)
                            object.appStateBytes = $util.newBuffer(object.appStateBytes);
                    }
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.initialHeight = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.initialHeight = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.time != null && $Object.hasOwnProperty.call(message, "time"))
                    object.time = $root.google.protobuf.Timestamp.toObject(message.time, options, _depth + 1);
                if (message.chainId != null && $Object.hasOwnProperty.call(message, "chainId"))
                    object.chainId = message.chainId;
                if (message.consensusParams != null && $Object.hasOwnProperty.call(message, "consensusParams"))
                    object.consensusParams = $root.tendermint.types.ConsensusParams.toObject(message.consensusParams, options, _depth + 1);
                if (message.validators && message.validators.length) {
                    object.validators = $Array(message.validators.length);
                    for (let j = 0; j < message.validators.length; ++j)
                        object.validators[j] = $root.tendermint.abci.ValidatorUpdate.toObject(message.validators[j], options, _depth + 1);
                }
                if (message.appStateBytes != null && $Object.hasOwnProperty.call(message, "appStateBytes"))
                    object.appStateBytes = options.bytes === $String ? $util.base64.encode(message.appStateBytes, 0, message.appStateBytes.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.appStateBytes) : message.appStateBytes;
                if (message.initialHeight != null && $Object.hasOwnProperty.call(message, "initialHeight"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.initialHeight = typeof message.initialHeight === "number" ? $BigInt(message.initialHeight) : $util.Long.fromBits(message.initialHeight.low >>> 0, message.initialHeight.high >>> 0, false).toBigInt();
                    else if (typeof message.initialHeight === "number")
                        object.initialHeight = options.longs === $String ? $String(message.initialHeight) : message.initialHeight;
                    else
                        object.initialHeight = options.longs === $String ? $util.Long.prototype.toString.call(message.initialHeight) : options.longs === $Number ? new $util.LongBits(message.initialHeight.low >>> 0, message.initialHeight.high >>> 0).toNumber() : message.initialHeight;
                return object;
            };

            /**
             * Converts this RequestInitChain to JSON.
             * @function toJSON
             * @memberof tendermint.abci.RequestInitChain
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            RequestInitChain.prototype.toJSON = function() {
                return RequestInitChain.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for RequestInitChain
             * @function getTypeUrl
             * @memberof tendermint.abci.RequestInitChain
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            RequestInitChain.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/tendermint.abci.RequestInitChain";
            };

            return RequestInitChain;
        })();

        abci.RequestQuery = (function() {

            /**
             * Properties of a RequestQuery.
             * @typedef {Object} tendermint.abci.RequestQuery.$Properties
             * @property {Uint8Array|null} [data] RequestQuery data
             * @property {string|null} [path] RequestQuery path
             * @property {number|null} [height] RequestQuery height
             * @property {boolean|null} [prove] RequestQuery prove
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a RequestQuery.
             * @memberof tendermint.abci
             * @interface IRequestQuery
             * @augments tendermint.abci.RequestQuery.$Properties
             * @deprecated Use tendermint.abci.RequestQuery.$Properties instead.
             */

            /**
             * Shape of a RequestQuery.
             * @typedef {tendermint.abci.RequestQuery.$Properties} tendermint.abci.RequestQuery.$Shape
             */

            /**
             * Constructs a new RequestQuery.
             * @memberof tendermint.abci
             * @classdesc Represents a RequestQuery.
             * @constructor
             * @param {tendermint.abci.RequestQuery.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const RequestQuery = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * RequestQuery data.
             * @member {Uint8Array} data
             * @memberof tendermint.abci.RequestQuery
             * @instance
             */
            RequestQuery.prototype.data = $util.newBuffer([]);

            /**
             * RequestQuery path.
             * @member {string} path
             * @memberof tendermint.abci.RequestQuery
             * @instance
             */
            RequestQuery.prototype.path = "";

            /**
             * RequestQuery height.
             * @member {number} height
             * @memberof tendermint.abci.RequestQuery
             * @instance
             */
            RequestQuery.prototype.height = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * RequestQuery prove.
             * @member {boolean} prove
             * @memberof tendermint.abci.RequestQuery
             * @instance
             */
            RequestQuery.prototype.prove = false;

            /**
             * Creates a new RequestQuery instance using the specified properties.
             * @function create
             * @memberof tendermint.abci.RequestQuery
             * @static
             * @param {tendermint.abci.RequestQuery.$Properties=} [properties] Properties to set
             * @returns {tendermint.abci.RequestQuery} RequestQuery instance
             * @type {{
             *   (properties: tendermint.abci.RequestQuery.$Shape): tendermint.abci.RequestQuery & tendermint.abci.RequestQuery.$Shape;
             *   (properties?: tendermint.abci.RequestQuery.$Properties): tendermint.abci.RequestQuery;
             * }}
             */
            RequestQuery.create = function(properties) {
                return new RequestQuery(properties);
            };

            /**
             * Encodes the specified RequestQuery message. Does not implicitly {@link tendermint.abci.RequestQuery.verify|verify} messages.
             * @function encode
             * @memberof tendermint.abci.RequestQuery
             * @static
             * @param {tendermint.abci.RequestQuery.$Properties} message RequestQuery message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            RequestQuery.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.data != null && $Object.hasOwnProperty.call(message, "data") && message.data.length)
                    writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.data);
                if (message.path != null && $Object.hasOwnProperty.call(message, "path") && message.path !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.path);
                if (message.height != null && $Object.hasOwnProperty.call(message, "height") && (typeof message.height === "object" ? message.height.low || message.height.high : message.height !== 0))
                    writer.uint32(/* id 3, wireType 0 =*/24).int64(message.height);
                if (message.prove != null && $Object.hasOwnProperty.call(message, "prove") && message.prove !== false)
                    writer.uint32(/* id 4, wireType 0 =*/32).bool(message.prove);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a RequestQuery message from the specified reader or buffer.
             * @function decode
             * @memberof tendermint.abci.RequestQuery
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {tendermint.abci.RequestQuery & tendermint.abci.RequestQuery.$Shape} RequestQuery
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            RequestQuery.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.tendermint.abci.RequestQuery();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.data = value;
                            else
                                delete message.data;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.path = value;
                            else
                                delete message.path;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.height = value;
                            else
                                delete message.height;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.prove = value;
                            else
                                delete message.prove;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a RequestQuery message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof tendermint.abci.RequestQuery
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {tendermint.abci.RequestQuery} RequestQuery
             */
            RequestQuery.fromObject = function (object, _depth) {
                if (object instanceof $root.tendermint.abci.RequestQuery)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".tendermint.abci.RequestQuery: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.tendermint.abci.RequestQuery();
                if (object.data != null)
                    if (object.data.length)
                        if (typeof object.data === "string")
                            $util.base64.decode(object.data, message.data = $util.newBuffer($util.base64.length(object.data)), 0);
                        else if (object.data.length >= 0)
                            message.data = object.data;
                if (object.path != null)
                    if (typeof object.path !== "string" || object.path.length)
                        message.path = $String(object.path);
                if (object.height != null)
                    if (typeof object.height === "object" ? object.height.low || object.height.high : $Number(object.height) !== 0)
                        if ($util.Long)
                            message.height = $util.Long.fromValue(object.height, false);
                        else if (typeof object.height === "string")
                            message.height = $parseInt(object.height, 10);
                        else if (typeof object.height === "number")
                            message.height = object.height;
                        else if (typeof object.height === "object")
                            message.height = new $util.LongBits(object.height.low >>> 0, object.height.high >>> 0).toNumber();
                if (object.prove != null)
                    if (object.prove)
                        message.prove = $Boolean(object.prove);
                return message;
            };

            /**
             * Creates a plain object from a RequestQuery message. Also converts values to other types if specified.
             * @function toObject
             * @memberof tendermint.abci.RequestQuery
             * @static
             * @param {tendermint.abci.RequestQuery} message RequestQuery
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            RequestQuery.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    if (options.bytes === $String)
                        object.data = "";
                    else {
                        object.data = [];
                        if (options.bytes !== $Array)
                            object.data = $util.newBuffer(object.data);
                    }
                    object.path = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.height = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.height = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.prove = false;
                }
                if (message.data != null && $Object.hasOwnProperty.call(message, "data"))
                    object.data = options.bytes === $String ? $util.base64.encode(message.data, 0, message.data.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.data) : message.data;
                if (message.path != null && $Object.hasOwnProperty.call(message, "path"))
                    object.path = message.path;
                if (message.height != null && $Object.hasOwnProperty.call(message, "height"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.height = typeof message.height === "number" ? $BigInt(message.height) : $util.Long.fromBits(message.height.low >>> 0, message.height.high >>> 0, false).toBigInt();
                    else if (typeof message.height === "number")
                        object.height = options.longs === $String ? $String(message.height) : message.height;
                    else
                        object.height = options.longs === $String ? $util.Long.prototype.toString.call(message.height) : options.longs === $Number ? new $util.LongBits(message.height.low >>> 0, message.height.high >>> 0).toNumber() : message.height;
                if (message.prove != null && $Object.hasOwnProperty.call(message, "prove"))
                    object.prove = message.prove;
                return object;
            };

            /**
             * Converts this RequestQuery to JSON.
             * @function toJSON
             * @memberof tendermint.abci.RequestQuery
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            RequestQuery.prototype.toJSON = function() {
                return RequestQuery.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for RequestQuery
             * @function getTypeUrl
             * @memberof tendermint.abci.RequestQuery
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            RequestQuery.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/tendermint.abci.RequestQuery";
            };

            return RequestQuery;
        })();

        /**
         * CheckTxType enum.
         * @name tendermint.abci.CheckTxType
         * @enum {number}
         * @property {number} NEW=0 NEW value
         * @property {number} RECHECK=1 RECHECK value
         */
        abci.CheckTxType = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "NEW"] = 0;
            values[valuesById[1] = "RECHECK"] = 1;
            return values;
        })();

        abci.RequestCheckTx = (function() {

            /**
             * Properties of a RequestCheckTx.
             * @typedef {Object} tendermint.abci.RequestCheckTx.$Properties
             * @property {Uint8Array|null} [tx] RequestCheckTx tx
             * @property {tendermint.abci.CheckTxType|null} [type] RequestCheckTx type
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a RequestCheckTx.
             * @memberof tendermint.abci
             * @interface IRequestCheckTx
             * @augments tendermint.abci.RequestCheckTx.$Properties
             * @deprecated Use tendermint.abci.RequestCheckTx.$Properties instead.
             */

            /**
             * Shape of a RequestCheckTx.
             * @typedef {tendermint.abci.RequestCheckTx.$Properties} tendermint.abci.RequestCheckTx.$Shape
             */

            /**
             * Constructs a new RequestCheckTx.
             * @memberof tendermint.abci
             * @classdesc Represents a RequestCheckTx.
             * @constructor
             * @param {tendermint.abci.RequestCheckTx.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const RequestCheckTx = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * RequestCheckTx tx.
             * @member {Uint8Array} tx
             * @memberof tendermint.abci.RequestCheckTx
             * @instance
             */
            RequestCheckTx.prototype.tx = $util.newBuffer([]);

            /**
             * RequestCheckTx type.
             * @member {tendermint.abci.CheckTxType} type
             * @memberof tendermint.abci.RequestCheckTx
             * @instance
             */
            RequestCheckTx.prototype.type = 0;

            /**
             * Creates a new RequestCheckTx instance using the specified properties.
             * @function create
             * @memberof tendermint.abci.RequestCheckTx
             * @static
             * @param {tendermint.abci.RequestCheckTx.$Properties=} [properties] Properties to set
             * @returns {tendermint.abci.RequestCheckTx} RequestCheckTx instance
             * @type {{
             *   (properties: tendermint.abci.RequestCheckTx.$Shape): tendermint.abci.RequestCheckTx & tendermint.abci.RequestCheckTx.$Shape;
             *   (properties?: tendermint.abci.RequestCheckTx.$Properties): tendermint.abci.RequestCheckTx;
             * }}
             */
            RequestCheckTx.create = function(properties) {
                return new RequestCheckTx(properties);
            };

            /**
             * Encodes the specified RequestCheckTx message. Does not implicitly {@link tendermint.abci.RequestCheckTx.verify|verify} messages.
             * @function encode
             * @memberof tendermint.abci.RequestCheckTx
             * @static
             * @param {tendermint.abci.RequestCheckTx.$Properties} message RequestCheckTx message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            RequestCheckTx.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.tx != null && $Object.hasOwnProperty.call(message, "tx") && message.tx.length)
                    writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.tx);
                if (message.type != null && $Object.hasOwnProperty.call(message, "type") && message.type !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).int32(message.type);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a RequestCheckTx message from the specified reader or buffer.
             * @function decode
             * @memberof tendermint.abci.RequestCheckTx
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {tendermint.abci.RequestCheckTx & tendermint.abci.RequestCheckTx.$Shape} RequestCheckTx
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            RequestCheckTx.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.tendermint.abci.RequestCheckTx();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.tx = value;
                            else
                                delete message.tx;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.type = value;
                            else
                                delete message.type;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a RequestCheckTx message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof tendermint.abci.RequestCheckTx
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {tendermint.abci.RequestCheckTx} RequestCheckTx
             */
            RequestCheckTx.fromObject = function (object, _depth) {
                if (object instanceof $root.tendermint.abci.RequestCheckTx)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".tendermint.abci.RequestCheckTx: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.tendermint.abci.RequestCheckTx();
                if (object.tx != null)
                    if (object.tx.length)
                        if (typeof object.tx === "string")
                            $util.base64.decode(object.tx, message.tx = $util.newBuffer($util.base64.length(object.tx)), 0);
                        else if (object.tx.length >= 0)
                            message.tx = object.tx;
                if (object.type !== 0 && (typeof object.type !== "string" || $root.tendermint.abci.CheckTxType[object.type] !== 0))
                    switch (object.type) {
                    case "NEW":
                    case 0:
                        message.type = 0;
                        break;
                    case "RECHECK":
                    case 1:
                        message.type = 1;
                        break;
                    default:
                        if (typeof object.type === "number" && (object.type | 0) === object.type)
                            message.type = object.type;
                    }
                return message;
            };

            /**
             * Creates a plain object from a RequestCheckTx message. Also converts values to other types if specified.
             * @function toObject
             * @memberof tendermint.abci.RequestCheckTx
             * @static
             * @param {tendermint.abci.RequestCheckTx} message RequestCheckTx
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            RequestCheckTx.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    if (options.bytes === $String)
                        object.tx = "";
                    else {
                        object.tx = [];
                        if (options.bytes !== $Array)
                            object.tx = $util.newBuffer(object.tx);
                    }
                    object.type = options.enums === $String ? "NEW" : 0;
                }
                if (message.tx != null && $Object.hasOwnProperty.call(message, "tx"))
                    object.tx = options.bytes === $String ? $util.base64.encode(message.tx, 0, message.tx.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.tx) : message.tx;
                if (message.type != null && $Object.hasOwnProperty.call(message, "type"))
                    object.type = options.enums === $String ? $root.tendermint.abci.CheckTxType[message.type] === $undefined ? message.type : $root.tendermint.abci.CheckTxType[message.type] : message.type;
                return object;
            };

            /**
             * Converts this RequestCheckTx to JSON.
             * @function toJSON
             * @memberof tendermint.abci.RequestCheckTx
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            RequestCheckTx.prototype.toJSON = function() {
                return RequestCheckTx.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for RequestCheckTx
             * @function getTypeUrl
             * @memberof tendermint.abci.RequestCheckTx
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            RequestCheckTx.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/tendermint.abci.RequestCheckTx";
            };

            return RequestCheckTx;
        })();

        abci.RequestCommit = (function() {

            /**
             * Properties of a RequestCommit.
             * @typedef {Object} tendermint.abci.RequestCommit.$Properties
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a RequestCommit.
             * @memberof tendermint.abci
             * @interface IRequestCommit
             * @augments tendermint.abci.RequestCommit.$Properties
             * @deprecated Use tendermint.abci.RequestCommit.$Properties instead.
             */

            /**
             * Shape of a RequestCommit.
             * @typedef {tendermint.abci.RequestCommit.$Properties} tendermint.abci.RequestCommit.$Shape
             */

            /**
             * Constructs a new RequestCommit.
             * @memberof tendermint.abci
             * @classdesc Represents a RequestCommit.
             * @constructor
             * @param {tendermint.abci.RequestCommit.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const RequestCommit = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Creates a new RequestCommit instance using the specified properties.
             * @function create
             * @memberof tendermint.abci.RequestCommit
             * @static
             * @param {tendermint.abci.RequestCommit.$Properties=} [properties] Properties to set
             * @returns {tendermint.abci.RequestCommit} RequestCommit instance
             * @type {{
             *   (properties: tendermint.abci.RequestCommit.$Shape): tendermint.abci.RequestCommit & tendermint.abci.RequestCommit.$Shape;
             *   (properties?: tendermint.abci.RequestCommit.$Properties): tendermint.abci.RequestCommit;
             * }}
             */
            RequestCommit.create = function(properties) {
                return new RequestCommit(properties);
            };

            /**
             * Encodes the specified RequestCommit message. Does not implicitly {@link tendermint.abci.RequestCommit.verify|verify} messages.
             * @function encode
             * @memberof tendermint.abci.RequestCommit
             * @static
             * @param {tendermint.abci.RequestCommit.$Properties} message RequestCommit message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            RequestCommit.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a RequestCommit message from the specified reader or buffer.
             * @function decode
             * @memberof tendermint.abci.RequestCommit
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {tendermint.abci.RequestCommit & tendermint.abci.RequestCommit.$Shape} RequestCommit
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            RequestCommit.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.tendermint.abci.RequestCommit();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    reader.skipType(tag & 7, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a RequestCommit message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof tendermint.abci.RequestCommit
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {tendermint.abci.RequestCommit} RequestCommit
             */
            RequestCommit.fromObject = function (object, _depth) {
                if (object instanceof $root.tendermint.abci.RequestCommit)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".tendermint.abci.RequestCommit: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                return new $root.tendermint.abci.RequestCommit();
            };

            /**
             * Creates a plain object from a RequestCommit message. Also converts values to other types if specified.
             * @function toObject
             * @memberof tendermint.abci.RequestCommit
             * @static
             * @param {tendermint.abci.RequestCommit} message RequestCommit
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            RequestCommit.toObject = function () {
                return {};
            };

            /**
             * Converts this RequestCommit to JSON.
             * @function toJSON
             * @memberof tendermint.abci.RequestCommit
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            RequestCommit.prototype.toJSON = function() {
                return RequestCommit.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for RequestCommit
             * @function getTypeUrl
             * @memberof tendermint.abci.RequestCommit
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            RequestCommit.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/tendermint.abci.RequestCommit";
            };

            return RequestCommit;
        })();

        abci.RequestListSnapshots = (function() {

            /**
             * Properties of a RequestListSnapshots.
             * @typedef {Object} tendermint.abci.RequestListSnapshots.$Properties
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a RequestListSnapshots.
             * @memberof tendermint.abci
             * @interface IRequestListSnapshots
             * @augments tendermint.abci.RequestListSnapshots.$Properties
             * @deprecated Use tendermint.abci.RequestListSnapshots.$Properties instead.
             */

            /**
             * Shape of a RequestListSnapshots.
             * @typedef {tendermint.abci.RequestListSnapshots.$Properties} tendermint.abci.RequestListSnapshots.$Shape
             */

            /**
             * Constructs a new RequestListSnapshots.
             * @memberof tendermint.abci
             * @classdesc Represents a RequestListSnapshots.
             * @constructor
             * @param {tendermint.abci.RequestListSnapshots.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const RequestListSnapshots = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Creates a new RequestListSnapshots instance using the specified properties.
             * @function create
             * @memberof tendermint.abci.RequestListSnapshots
             * @static
             * @param {tendermint.abci.RequestListSnapshots.$Properties=} [properties] Properties to set
             * @returns {tendermint.abci.RequestListSnapshots} RequestListSnapshots instance
             * @type {{
             *   (properties: tendermint.abci.RequestListSnapshots.$Shape): tendermint.abci.RequestListSnapshots & tendermint.abci.RequestListSnapshots.$Shape;
             *   (properties?: tendermint.abci.RequestListSnapshots.$Properties): tendermint.abci.RequestListSnapshots;
             * }}
             */
            RequestListSnapshots.create = function(properties) {
                return new RequestListSnapshots(properties);
            };

            /**
             * Encodes the specified RequestListSnapshots message. Does not implicitly {@link tendermint.abci.RequestListSnapshots.verify|verify} messages.
             * @function encode
             * @memberof tendermint.abci.RequestListSnapshots
             * @static
             * @param {tendermint.abci.RequestListSnapshots.$Properties} message RequestListSnapshots message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            RequestListSnapshots.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a RequestListSnapshots message from the specified reader or buffer.
             * @function decode
             * @memberof tendermint.abci.RequestListSnapshots
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {tendermint.abci.RequestListSnapshots & tendermint.abci.RequestListSnapshots.$Shape} RequestListSnapshots
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            RequestListSnapshots.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.tendermint.abci.RequestListSnapshots();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    reader.skipType(tag & 7, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a RequestListSnapshots message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof tendermint.abci.RequestListSnapshots
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {tendermint.abci.RequestListSnapshots} RequestListSnapshots
             */
            RequestListSnapshots.fromObject = function (object, _depth) {
                if (object instanceof $root.tendermint.abci.RequestListSnapshots)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".tendermint.abci.RequestListSnapshots: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                return new $root.tendermint.abci.RequestListSnapshots();
            };

            /**
             * Creates a plain object from a RequestListSnapshots message. Also converts values to other types if specified.
             * @function toObject
             * @memberof tendermint.abci.RequestListSnapshots
             * @static
             * @param {tendermint.abci.RequestListSnapshots} message RequestListSnapshots
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            RequestListSnapshots.toObject = function () {
                return {};
            };

            /**
             * Converts this RequestListSnapshots to JSON.
             * @function toJSON
             * @memberof tendermint.abci.RequestListSnapshots
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            RequestListSnapshots.prototype.toJSON = function() {
                return RequestListSnapshots.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for RequestListSnapshots
             * @function getTypeUrl
             * @memberof tendermint.abci.RequestListSnapshots
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            RequestListSnapshots.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/tendermint.abci.RequestListSnapshots";
            };

            return RequestListSnapshots;
        })();

        abci.RequestOfferSnapshot = (function() {

            /**
             * Properties of a RequestOfferSnapshot.
             * @typedef {Object} tendermint.abci.RequestOfferSnapshot.$Properties
             * @property {tendermint.abci.Snapshot.$Properties|null} [snapshot] RequestOfferSnapshot snapshot
             * @property {Uint8Array|null} [appHash] RequestOfferSnapshot appHash
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a RequestOfferSnapshot.
             * @memberof tendermint.abci
             * @interface IRequestOfferSnapshot
             * @augments tendermint.abci.RequestOfferSnapshot.$Properties
             * @deprecated Use tendermint.abci.RequestOfferSnapshot.$Properties instead.
             */

            /**
             * Shape of a RequestOfferSnapshot.
             * @typedef {tendermint.abci.RequestOfferSnapshot.$Properties} tendermint.abci.RequestOfferSnapshot.$Shape
             */

            /**
             * Constructs a new RequestOfferSnapshot.
             * @memberof tendermint.abci
             * @classdesc Represents a RequestOfferSnapshot.
             * @constructor
             * @param {tendermint.abci.RequestOfferSnapshot.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const RequestOfferSnapshot = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * RequestOfferSnapshot snapshot.
             * @member {tendermint.abci.Snapshot.$Properties|null|undefined} snapshot
             * @memberof tendermint.abci.RequestOfferSnapshot
             * @instance
             */
            RequestOfferSnapshot.prototype.snapshot = null;

            /**
             * RequestOfferSnapshot appHash.
             * @member {Uint8Array} appHash
             * @memberof tendermint.abci.RequestOfferSnapshot
             * @instance
             */
            RequestOfferSnapshot.prototype.appHash = $util.newBuffer([]);

            /**
             * Creates a new RequestOfferSnapshot instance using the specified properties.
             * @function create
             * @memberof tendermint.abci.RequestOfferSnapshot
             * @static
             * @param {tendermint.abci.RequestOfferSnapshot.$Properties=} [properties] Properties to set
             * @returns {tendermint.abci.RequestOfferSnapshot} RequestOfferSnapshot instance
             * @type {{
             *   (properties: tendermint.abci.RequestOfferSnapshot.$Shape): tendermint.abci.RequestOfferSnapshot & tendermint.abci.RequestOfferSnapshot.$Shape;
             *   (properties?: tendermint.abci.RequestOfferSnapshot.$Properties): tendermint.abci.RequestOfferSnapshot;
             * }}
             */
            RequestOfferSnapshot.create = function(properties) {
                return new RequestOfferSnapshot(properties);
            };

            /**
             * Encodes the specified RequestOfferSnapshot message. Does not implicitly {@link tendermint.abci.RequestOfferSnapshot.verify|verify} messages.
             * @function encode
             * @memberof tendermint.abci.RequestOfferSnapshot
             * @static
             * @param {tendermint.abci.RequestOfferSnapshot.$Properties} message RequestOfferSnapshot message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            RequestOfferSnapshot.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.snapshot != null && $Object.hasOwnProperty.call(message, "snapshot"))
                    $root.tendermint.abci.Snapshot.encode(message.snapshot, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.appHash != null && $Object.hasOwnProperty.call(message, "appHash") && message.appHash.length)
                    writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.appHash);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a RequestOfferSnapshot message from the specified reader or buffer.
             * @function decode
             * @memberof tendermint.abci.RequestOfferSnapshot
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {tendermint.abci.RequestOfferSnapshot & tendermint.abci.RequestOfferSnapshot.$Shape} RequestOfferSnapshot
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            RequestOfferSnapshot.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.tendermint.abci.RequestOfferSnapshot();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.snapshot = $root.tendermint.abci.Snapshot.decode(reader, reader.size(), $undefined, _depth + 1, message.snapshot);
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.appHash = value;
                            else
                                delete message.appHash;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a RequestOfferSnapshot message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof tendermint.abci.RequestOfferSnapshot
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {tendermint.abci.RequestOfferSnapshot} RequestOfferSnapshot
             */
            RequestOfferSnapshot.fromObject = function (object, _depth) {
                if (object instanceof $root.tendermint.abci.RequestOfferSnapshot)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".tendermint.abci.RequestOfferSnapshot: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.tendermint.abci.RequestOfferSnapshot();
                if (object.snapshot != null) {
                    if (!$util.isObject(object.snapshot))
                        throw $TypeError(".tendermint.abci.RequestOfferSnapshot.snapshot: object expected");
                    message.snapshot = $root.tendermint.abci.Snapshot.fromObject(object.snapshot, _depth + 1);
                }
                if (object.appHash != null)
                    if (object.appHash.length)
                        if (typeof object.appHash === "string")
                            $util.base64.decode(object.appHash, message.appHash = $util.newBuffer($util.base64.length(object.appHash)), 0);
                        else if (object.appHash.length >= 0)
                            message.appHash = object.appHash;
                return message;
            };

            /**
             * Creates a plain object from a RequestOfferSnapshot message. Also converts values to other types if specified.
             * @function toObject
             * @memberof tendermint.abci.RequestOfferSnapshot
             * @static
             * @param {tendermint.abci.RequestOfferSnapshot} message RequestOfferSnapshot
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            RequestOfferSnapshot.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.snapshot = null;
                    if (options.bytes === $String)
                        object.appHash = "";
                    else {
                        object.appHash = [];
                        if (options.bytes !== $Array)
                            object.appHash = $util.newBuffer(object.appHash);
                    }
                }
                if (message.snapshot != null && $Object.hasOwnProperty.call(message, "snapshot"))
                    object.snapshot = $root.tendermint.abci.Snapshot.toObject(message.snapshot, options, _depth + 1);
                if (message.appHash != null && $Object.hasOwnProperty.call(message, "appHash"))
                    object.appHash = options.bytes === $String ? $util.base64.encode(message.appHash, 0, message.appHash.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.appHash) : message.appHash;
                return object;
            };

            /**
             * Converts this RequestOfferSnapshot to JSON.
             * @function toJSON
             * @memberof tendermint.abci.RequestOfferSnapshot
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            RequestOfferSnapshot.prototype.toJSON = function() {
                return RequestOfferSnapshot.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for RequestOfferSnapshot
             * @function getTypeUrl
             * @memberof tendermint.abci.RequestOfferSnapshot
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            RequestOfferSnapshot.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/tendermint.abci.RequestOfferSnapshot";
            };

            return RequestOfferSnapshot;
        })();

        abci.RequestLoadSnapshotChunk = (function() {

            /**
             * Properties of a RequestLoadSnapshotChunk.
             * @typedef {Object} tendermint.abci.RequestLoadSnapshotChunk.$Properties
             * @property {number|null} [height] RequestLoadSnapshotChunk height
             * @property {number|null} [format] RequestLoadSnapshotChunk format
             * @property {number|null} [chunk] RequestLoadSnapshotChunk chunk
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a RequestLoadSnapshotChunk.
             * @memberof tendermint.abci
             * @interface IRequestLoadSnapshotChunk
             * @augments tendermint.abci.RequestLoadSnapshotChunk.$Properties
             * @deprecated Use tendermint.abci.RequestLoadSnapshotChunk.$Properties instead.
             */

            /**
             * Shape of a RequestLoadSnapshotChunk.
             * @typedef {tendermint.abci.RequestLoadSnapshotChunk.$Properties} tendermint.abci.RequestLoadSnapshotChunk.$Shape
             */

            /**
             * Constructs a new RequestLoadSnapshotChunk.
             * @memberof tendermint.abci
             * @classdesc Represents a RequestLoadSnapshotChunk.
             * @constructor
             * @param {tendermint.abci.RequestLoadSnapshotChunk.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const RequestLoadSnapshotChunk = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * RequestLoadSnapshotChunk height.
             * @member {number} height
             * @memberof tendermint.abci.RequestLoadSnapshotChunk
             * @instance
             */
            RequestLoadSnapshotChunk.prototype.height = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * RequestLoadSnapshotChunk format.
             * @member {number} format
             * @memberof tendermint.abci.RequestLoadSnapshotChunk
             * @instance
             */
            RequestLoadSnapshotChunk.prototype.format = 0;

            /**
             * RequestLoadSnapshotChunk chunk.
             * @member {number} chunk
             * @memberof tendermint.abci.RequestLoadSnapshotChunk
             * @instance
             */
            RequestLoadSnapshotChunk.prototype.chunk = 0;

            /**
             * Creates a new RequestLoadSnapshotChunk instance using the specified properties.
             * @function create
             * @memberof tendermint.abci.RequestLoadSnapshotChunk
             * @static
             * @param {tendermint.abci.RequestLoadSnapshotChunk.$Properties=} [properties] Properties to set
             * @returns {tendermint.abci.RequestLoadSnapshotChunk} RequestLoadSnapshotChunk instance
             * @type {{
             *   (properties: tendermint.abci.RequestLoadSnapshotChunk.$Shape): tendermint.abci.RequestLoadSnapshotChunk & tendermint.abci.RequestLoadSnapshotChunk.$Shape;
             *   (properties?: tendermint.abci.RequestLoadSnapshotChunk.$Properties): tendermint.abci.RequestLoadSnapshotChunk;
             * }}
             */
            RequestLoadSnapshotChunk.create = function(properties) {
                return new RequestLoadSnapshotChunk(properties);
            };

            /**
             * Encodes the specified RequestLoadSnapshotChunk message. Does not implicitly {@link tendermint.abci.RequestLoadSnapshotChunk.verify|verify} messages.
             * @function encode
             * @memberof tendermint.abci.RequestLoadSnapshotChunk
             * @static
             * @param {tendermint.abci.RequestLoadSnapshotChunk.$Properties} message RequestLoadSnapshotChunk message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            RequestLoadSnapshotChunk.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.height != null && $Object.hasOwnProperty.call(message, "height") && (typeof message.height === "object" ? message.height.low || message.height.high : message.height !== 0))
                    writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.height);
                if (message.format != null && $Object.hasOwnProperty.call(message, "format") && message.format !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.format);
                if (message.chunk != null && $Object.hasOwnProperty.call(message, "chunk") && message.chunk !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.chunk);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a RequestLoadSnapshotChunk message from the specified reader or buffer.
             * @function decode
             * @memberof tendermint.abci.RequestLoadSnapshotChunk
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {tendermint.abci.RequestLoadSnapshotChunk & tendermint.abci.RequestLoadSnapshotChunk.$Shape} RequestLoadSnapshotChunk
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            RequestLoadSnapshotChunk.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.tendermint.abci.RequestLoadSnapshotChunk();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.height = value;
                            else
                                delete message.height;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.format = value;
                            else
                                delete message.format;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.chunk = value;
                            else
                                delete message.chunk;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a RequestLoadSnapshotChunk message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof tendermint.abci.RequestLoadSnapshotChunk
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {tendermint.abci.RequestLoadSnapshotChunk} RequestLoadSnapshotChunk
             */
            RequestLoadSnapshotChunk.fromObject = function (object, _depth) {
                if (object instanceof $root.tendermint.abci.RequestLoadSnapshotChunk)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".tendermint.abci.RequestLoadSnapshotChunk: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.tendermint.abci.RequestLoadSnapshotChunk();
                if (object.height != null)
                    if (typeof object.height === "object" ? object.height.low || object.height.high : $Number(object.height) !== 0)
                        if ($util.Long)
                            message.height = $util.Long.fromValue(object.height, true);
                        else if (typeof object.height === "string")
                            message.height = $parseInt(object.height, 10);
                        else if (typeof object.height === "number")
                            message.height = object.height;
                        else if (typeof object.height === "object")
                            message.height = new $util.LongBits(object.height.low >>> 0, object.height.high >>> 0).toNumber(true);
                if (object.format != null)
                    if ($Number(object.format) !== 0)
                        message.format = object.format >>> 0;
                if (object.chunk != null)
                    if ($Number(object.chunk) !== 0)
                        message.chunk = object.chunk >>> 0;
                return message;
            };

            /**
             * Creates a plain object from a RequestLoadSnapshotChunk message. Also converts values to other types if specified.
             * @function toObject
             * @memberof tendermint.abci.RequestLoadSnapshotChunk
             * @static
             * @param {tendermint.abci.RequestLoadSnapshotChunk} message RequestLoadSnapshotChunk
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            RequestLoadSnapshotChunk.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.height = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.height = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.format = 0;
                    object.chunk = 0;
                }
                if (message.height != null && $Object.hasOwnProperty.call(message, "height"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.height = typeof message.height === "number" ? $BigInt(message.height) : $util.Long.fromBits(message.height.low >>> 0, message.height.high >>> 0, true).toBigInt();
                    else if (typeof message.height === "number")
                        object.height = options.longs === $String ? $String(message.height) : message.height;
                    else
                        object.height = options.longs === $String ? $util.Long.prototype.toString.call(message.height) : options.longs === $Number ? new $util.LongBits(message.height.low >>> 0, message.height.high >>> 0).toNumber(true) : message.height;
                if (message.format != null && $Object.hasOwnProperty.call(message, "format"))
                    object.format = message.format;
                if (message.chunk != null && $Object.hasOwnProperty.call(message, "chunk"))
                    object.chunk = message.chunk;
                return object;
            };

            /**
             * Converts this RequestLoadSnapshotChunk to JSON.
             * @function toJSON
             * @memberof tendermint.abci.RequestLoadSnapshotChunk
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            RequestLoadSnapshotChunk.prototype.toJSON = function() {
                return RequestLoadSnapshotChunk.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for RequestLoadSnapshotChunk
             * @function getTypeUrl
             * @memberof tendermint.abci.RequestLoadSnapshotChunk
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            RequestLoadSnapshotChunk.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/tendermint.abci.RequestLoadSnapshotChunk";
            };

            return RequestLoadSnapshotChunk;
        })();

        abci.RequestApplySnapshotChunk = (function() {

            /**
             * Properties of a RequestApplySnapshotChunk.
             * @typedef {Object} tendermint.abci.RequestApplySnapshotChunk.$Properties
             * @property {number|null} [index] RequestApplySnapshotChunk index
             * @property {Uint8Array|null} [chunk] RequestApplySnapshotChunk chunk
             * @property {string|null} [sender] RequestApplySnapshotChunk sender
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a RequestApplySnapshotChunk.
             * @memberof tendermint.abci
             * @interface IRequestApplySnapshotChunk
             * @augments tendermint.abci.RequestApplySnapshotChunk.$Properties
             * @deprecated Use tendermint.abci.RequestApplySnapshotChunk.$Properties instead.
             */

            /**
             * Shape of a RequestApplySnapshotChunk.
             * @typedef {tendermint.abci.RequestApplySnapshotChunk.$Properties} tendermint.abci.RequestApplySnapshotChunk.$Shape
             */

            /**
             * Constructs a new RequestApplySnapshotChunk.
             * @memberof tendermint.abci
             * @classdesc Represents a RequestApplySnapshotChunk.
             * @constructor
             * @param {tendermint.abci.RequestApplySnapshotChunk.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const RequestApplySnapshotChunk = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * RequestApplySnapshotChunk index.
             * @member {number} index
             * @memberof tendermint.abci.RequestApplySnapshotChunk
             * @instance
             */
            RequestApplySnapshotChunk.prototype.index = 0;

            /**
             * RequestApplySnapshotChunk chunk.
             * @member {Uint8Array} chunk
             * @memberof tendermint.abci.RequestApplySnapshotChunk
             * @instance
             */
            RequestApplySnapshotChunk.prototype.chunk = $util.newBuffer([]);

            /**
             * RequestApplySnapshotChunk sender.
             * @member {string} sender
             * @memberof tendermint.abci.RequestApplySnapshotChunk
             * @instance
             */
            RequestApplySnapshotChunk.prototype.sender = "";

            /**
             * Creates a new RequestApplySnapshotChunk instance using the specified properties.
             * @function create
             * @memberof tendermint.abci.RequestApplySnapshotChunk
             * @static
             * @param {tendermint.abci.RequestApplySnapshotChunk.$Properties=} [properties] Properties to set
             * @returns {tendermint.abci.RequestApplySnapshotChunk} RequestApplySnapshotChunk instance
             * @type {{
             *   (properties: tendermint.abci.RequestApplySnapshotChunk.$Shape): tendermint.abci.RequestApplySnapshotChunk & tendermint.abci.RequestApplySnapshotChunk.$Shape;
             *   (properties?: tendermint.abci.RequestApplySnapshotChunk.$Properties): tendermint.abci.RequestApplySnapshotChunk;
             * }}
             */
            RequestApplySnapshotChunk.create = function(properties) {
                return new RequestApplySnapshotChunk(properties);
            };

            /**
             * Encodes the specified RequestApplySnapshotChunk message. Does not implicitly {@link tendermint.abci.RequestApplySnapshotChunk.verify|verify} messages.
             * @function encode
             * @memberof tendermint.abci.RequestApplySnapshotChunk
             * @static
             * @param {tendermint.abci.RequestApplySnapshotChunk.$Properties} message RequestApplySnapshotChunk message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            RequestApplySnapshotChunk.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.index != null && $Object.hasOwnProperty.call(message, "index") && message.index !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.index);
                if (message.chunk != null && $Object.hasOwnProperty.call(message, "chunk") && message.chunk.length)
                    writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.chunk);
                if (message.sender != null && $Object.hasOwnProperty.call(message, "sender") && message.sender !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.sender);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a RequestApplySnapshotChunk message from the specified reader or buffer.
             * @function decode
             * @memberof tendermint.abci.RequestApplySnapshotChunk
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {tendermint.abci.RequestApplySnapshotChunk & tendermint.abci.RequestApplySnapshotChunk.$Shape} RequestApplySnapshotChunk
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            RequestApplySnapshotChunk.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.tendermint.abci.RequestApplySnapshotChunk();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.index = value;
                            else
                                delete message.index;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.chunk = value;
                            else
                                delete message.chunk;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.sender = value;
                            else
                                delete message.sender;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a RequestApplySnapshotChunk message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof tendermint.abci.RequestApplySnapshotChunk
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {tendermint.abci.RequestApplySnapshotChunk} RequestApplySnapshotChunk
             */
            RequestApplySnapshotChunk.fromObject = function (object, _depth) {
                if (object instanceof $root.tendermint.abci.RequestApplySnapshotChunk)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".tendermint.abci.RequestApplySnapshotChunk: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.tendermint.abci.RequestApplySnapshotChunk();
                if (object.index != null)
                    if ($Number(object.index) !== 0)
                        message.index = object.index >>> 0;
                if (object.chunk != null)
                    if (object.chunk.length)
                        if (typeof object.chunk === "string")
                            $util.base64.decode(object.chunk, message.chunk = $util.newBuffer($util.base64.length(object.chunk)), 0);
                        else if (object.chunk.length >= 0)
                            message.chunk = object.chunk;
                if (object.sender != null)
                    if (typeof object.sender !== "string" || object.sender.length)
                        message.sender = $String(object.sender);
                return message;
            };

            /**
             * Creates a plain object from a RequestApplySnapshotChunk message. Also converts values to other types if specified.
             * @function toObject
             * @memberof tendermint.abci.RequestApplySnapshotChunk
             * @static
             * @param {tendermint.abci.RequestApplySnapshotChunk} message RequestApplySnapshotChunk
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            RequestApplySnapshotChunk.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.index = 0;
                    if (options.bytes === $String)
                        object.chunk = "";
                    else {
                        object.chunk = [];
                        if (options.bytes !== $Array)
                            object.chunk = $util.newBuffer(object.chunk);
                    }
                    object.sender = "";
                }
                if (message.index != null && $Object.hasOwnProperty.call(message, "index"))
                    object.index = message.index;
                if (message.chunk != null && $Object.hasOwnProperty.call(message, "chunk"))
                    object.chunk = options.bytes === $String ? $util.base64.encode(message.chunk, 0, message.chunk.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.chunk) : message.chunk;
                if (message.sender != null && $Object.hasOwnProperty.call(message, "sender"))
                    object.sender = message.sender;
                return object;
            };

            /**
             * Converts this RequestApplySnapshotChunk to JSON.
             * @function toJSON
             * @memberof tendermint.abci.RequestApplySnapshotChunk
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            RequestApplySnapshotChunk.prototype.toJSON = function() {
                return RequestApplySnapshotChunk.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for RequestApplySnapshotChunk
             * @function getTypeUrl
             * @memberof tendermint.abci.RequestApplySnapshotChunk
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            RequestApplySnapshotChunk.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/tendermint.abci.RequestApplySnapshotChunk";
            };

            return RequestApplySnapshotChunk;
        })();

        abci.RequestPrepareProposal = (function() {

            /**
             * Properties of a RequestPrepareProposal.
             * @typedef {Object} tendermint.abci.RequestPrepareProposal.$Properties
             * @property {number|null} [maxTxBytes] RequestPrepareProposal maxTxBytes
             * @property {Array.<Uint8Array>|null} [txs] RequestPrepareProposal txs
             * @property {tendermint.abci.ExtendedCommitInfo.$Properties|null} [localLastCommit] RequestPrepareProposal localLastCommit
             * @property {Array.<tendermint.abci.Misbehavior.$Properties>|null} [misbehavior] RequestPrepareProposal misbehavior
             * @property {number|null} [height] RequestPrepareProposal height
             * @property {google.protobuf.Timestamp.$Properties|null} [time] RequestPrepareProposal time
             * @property {Uint8Array|null} [nextValidatorsHash] RequestPrepareProposal nextValidatorsHash
             * @property {Uint8Array|null} [proposerAddress] RequestPrepareProposal proposerAddress
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a RequestPrepareProposal.
             * @memberof tendermint.abci
             * @interface IRequestPrepareProposal
             * @augments tendermint.abci.RequestPrepareProposal.$Properties
             * @deprecated Use tendermint.abci.RequestPrepareProposal.$Properties instead.
             */

            /**
             * Shape of a RequestPrepareProposal.
             * @typedef {tendermint.abci.RequestPrepareProposal.$Properties} tendermint.abci.RequestPrepareProposal.$Shape
             */

            /**
             * Constructs a new RequestPrepareProposal.
             * @memberof tendermint.abci
             * @classdesc Represents a RequestPrepareProposal.
             * @constructor
             * @param {tendermint.abci.RequestPrepareProposal.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const RequestPrepareProposal = function (properties) {
                this.txs = [];
                this.misbehavior = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * RequestPrepareProposal maxTxBytes.
             * @member {number} maxTxBytes
             * @memberof tendermint.abci.RequestPrepareProposal
             * @instance
             */
            RequestPrepareProposal.prototype.maxTxBytes = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * RequestPrepareProposal txs.
             * @member {Array.<Uint8Array>} txs
             * @memberof tendermint.abci.RequestPrepareProposal
             * @instance
             */
            RequestPrepareProposal.prototype.txs = $util.emptyArray;

            /**
             * RequestPrepareProposal localLastCommit.
             * @member {tendermint.abci.ExtendedCommitInfo.$Properties|null|undefined} localLastCommit
             * @memberof tendermint.abci.RequestPrepareProposal
             * @instance
             */
            RequestPrepareProposal.prototype.localLastCommit = null;

            /**
             * RequestPrepareProposal misbehavior.
             * @member {Array.<tendermint.abci.Misbehavior.$Properties>} misbehavior
             * @memberof tendermint.abci.RequestPrepareProposal
             * @instance
             */
            RequestPrepareProposal.prototype.misbehavior = $util.emptyArray;

            /**
             * RequestPrepareProposal height.
             * @member {number} height
             * @memberof tendermint.abci.RequestPrepareProposal
             * @instance
             */
            RequestPrepareProposal.prototype.height = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * RequestPrepareProposal time.
             * @member {google.protobuf.Timestamp.$Properties|null|undefined} time
             * @memberof tendermint.abci.RequestPrepareProposal
             * @instance
             */
            RequestPrepareProposal.prototype.time = null;

            /**
             * RequestPrepareProposal nextValidatorsHash.
             * @member {Uint8Array} nextValidatorsHash
             * @memberof tendermint.abci.RequestPrepareProposal
             * @instance
             */
            RequestPrepareProposal.prototype.nextValidatorsHash = $util.newBuffer([]);

            /**
             * RequestPrepareProposal proposerAddress.
             * @member {Uint8Array} proposerAddress
             * @memberof tendermint.abci.RequestPrepareProposal
             * @instance
             */
            RequestPrepareProposal.prototype.proposerAddress = $util.newBuffer([]);

            /**
             * Creates a new RequestPrepareProposal instance using the specified properties.
             * @function create
             * @memberof tendermint.abci.RequestPrepareProposal
             * @static
             * @param {tendermint.abci.RequestPrepareProposal.$Properties=} [properties] Properties to set
             * @returns {tendermint.abci.RequestPrepareProposal} RequestPrepareProposal instance
             * @type {{
             *   (properties: tendermint.abci.RequestPrepareProposal.$Shape): tendermint.abci.RequestPrepareProposal & tendermint.abci.RequestPrepareProposal.$Shape;
             *   (properties?: tendermint.abci.RequestPrepareProposal.$Properties): tendermint.abci.RequestPrepareProposal;
             * }}
             */
            RequestPrepareProposal.create = function(properties) {
                return new RequestPrepareProposal(properties);
            };

            /**
             * Encodes the specified RequestPrepareProposal message. Does not implicitly {@link tendermint.abci.RequestPrepareProposal.verify|verify} messages.
             * @function encode
             * @memberof tendermint.abci.RequestPrepareProposal
             * @static
             * @param {tendermint.abci.RequestPrepareProposal.$Properties} message RequestPrepareProposal message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            RequestPrepareProposal.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.maxTxBytes != null && $Object.hasOwnProperty.call(message, "maxTxBytes") && (typeof message.maxTxBytes === "object" ? message.maxTxBytes.low || message.maxTxBytes.high : message.maxTxBytes !== 0))
                    writer.uint32(/* id 1, wireType 0 =*/8).int64(message.maxTxBytes);
                if (message.txs != null && message.txs.length)
                    for (let i = 0; i < message.txs.length; ++i)
                        writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.txs[i]);
                if (message.localLastCommit != null && $Object.hasOwnProperty.call(message, "localLastCommit"))
                    $root.tendermint.abci.ExtendedCommitInfo.encode(message.localLastCommit, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.misbehavior != null && message.misbehavior.length)
                    for (let i = 0; i < message.misbehavior.length; ++i)
                        $root.tendermint.abci.Misbehavior.encode(message.misbehavior[i], writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                if (message.height != null && $Object.hasOwnProperty.call(message, "height") && (typeof message.height === "object" ? message.height.low || message.height.high : message.height !== 0))
                    writer.uint32(/* id 5, wireType 0 =*/40).int64(message.height);
                if (message.time != null && $Object.hasOwnProperty.call(message, "time"))
                    $root.google.protobuf.Timestamp.encode(message.time, writer.uint32(/* id 6, wireType 2 =*/50).fork(), _depth + 1).ldelim();
                if (message.nextValidatorsHash != null && $Object.hasOwnProperty.call(message, "nextValidatorsHash") && message.nextValidatorsHash.length)
                    writer.uint32(/* id 7, wireType 2 =*/58).bytes(message.nextValidatorsHash);
                if (message.proposerAddress != null && $Object.hasOwnProperty.call(message, "proposerAddress") && message.proposerAddress.length)
                    writer.uint32(/* id 8, wireType 2 =*/66).bytes(message.proposerAddress);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a RequestPrepareProposal message from the specified reader or buffer.
             * @function decode
             * @memberof tendermint.abci.RequestPrepareProposal
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {tendermint.abci.RequestPrepareProposal & tendermint.abci.RequestPrepareProposal.$Shape} RequestPrepareProposal
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            RequestPrepareProposal.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.tendermint.abci.RequestPrepareProposal();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.maxTxBytes = value;
                            else
                                delete message.maxTxBytes;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if (!(message.txs && message.txs.length))
                                message.txs = [];
                            message.txs.push(reader.bytes());
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.localLastCommit = $root.tendermint.abci.ExtendedCommitInfo.decode(reader, reader.size(), $undefined, _depth + 1, message.localLastCommit);
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if (!(message.misbehavior && message.misbehavior.length))
                                message.misbehavior = [];
                            message.misbehavior.push($root.tendermint.abci.Misbehavior.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.height = value;
                            else
                                delete message.height;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            message.time = $root.google.protobuf.Timestamp.decode(reader, reader.size(), $undefined, _depth + 1, message.time);
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.nextValidatorsHash = value;
                            else
                                delete message.nextValidatorsHash;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.proposerAddress = value;
                            else
                                delete message.proposerAddress;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a RequestPrepareProposal message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof tendermint.abci.RequestPrepareProposal
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {tendermint.abci.RequestPrepareProposal} RequestPrepareProposal
             */
            RequestPrepareProposal.fromObject = function (object, _depth) {
                if (object instanceof $root.tendermint.abci.RequestPrepareProposal)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".tendermint.abci.RequestPrepareProposal: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.tendermint.abci.RequestPrepareProposal();
                if (object.maxTxBytes != null)
                    if (typeof object.maxTxBytes === "object" ? object.maxTxBytes.low || object.maxTxBytes.high : $Number(object.maxTxBytes) !== 0)
                        if ($util.Long)
                            message.maxTxBytes = $util.Long.fromValue(object.maxTxBytes, false);
                        else if (typeof object.maxTxBytes === "string")
                            message.maxTxBytes = $parseInt(object.maxTxBytes, 10);
                        else if (typeof object.maxTxBytes === "number")
                            message.maxTxBytes = object.maxTxBytes;
                        else if (typeof object.maxTxBytes === "object")
                            message.maxTxBytes = new $util.LongBits(object.maxTxBytes.low >>> 0, object.maxTxBytes.high >>> 0).toNumber();
                if (object.txs) {
                    if (!$Array.isArray(object.txs))
                        throw $TypeError(".tendermint.abci.RequestPrepareProposal.txs: array expected");
                    message.txs = $Array(object.txs.length);
                    for (let i = 0; i < object.txs.length; ++i)
                        if (typeof object.txs[i] === "string")
                            $util.base64.decode(object.txs[i], message.txs[i] = $util.newBuffer($util.base64.length(object.txs[i])), 0);
                        else if (object.txs[i].length >= 0)
                            message.txs[i] = object.txs[i];
                }
                if (object.localLastCommit != null) {
                    if (!$util.isObject(object.localLastCommit))
                        throw $TypeError(".tendermint.abci.RequestPrepareProposal.localLastCommit: object expected");
                    message.localLastCommit = $root.tendermint.abci.ExtendedCommitInfo.fromObject(object.localLastCommit, _depth + 1);
                }
                if (object.misbehavior) {
                    if (!$Array.isArray(object.misbehavior))
                        throw $TypeError(".tendermint.abci.RequestPrepareProposal.misbehavior: array expected");
                    message.misbehavior = $Array(object.misbehavior.length);
                    for (let i = 0; i < object.misbehavior.length; ++i) {
                        if (!$util.isObject(object.misbehavior[i]))
                            throw $TypeError(".tendermint.abci.RequestPrepareProposal.misbehavior: object expected");
                        message.misbehavior[i] = $root.tendermint.abci.Misbehavior.fromObject(object.misbehavior[i], _depth + 1);
                    }
                }
                if (object.height != null)
                    if (typeof object.height === "object" ? object.height.low || object.height.high : $Number(object.height) !== 0)
                        if ($util.Long)
                            message.height = $util.Long.fromValue(object.height, false);
                        else if (typeof object.height === "string")
                            message.height = $parseInt(object.height, 10);
                        else if (typeof object.height === "number")
                            message.height = object.height;
                        else if (typeof object.height === "object")
                            message.height = new $util.LongBits(object.height.low >>> 0, object.height.high >>> 0).toNumber();
                if (object.time != null) {
                    if (!$util.isObject(object.time))
                        throw $TypeError(".tendermint.abci.RequestPrepareProposal.time: object expected");
                    message.time = $root.google.protobuf.Timestamp.fromObject(object.time, _depth + 1);
                }
                if (object.nextValidatorsHash != null)
                    if (object.nextValidatorsHash.length)
                        if (typeof object.nextValidatorsHash === "string")
                            $util.base64.decode(object.nextValidatorsHash, message.nextValidatorsHash = $util.newBuffer($util.base64.length(object.nextValidatorsHash)), 0);
                        else if (object.nextValidatorsHash.length >= 0)
                            message.nextValidatorsHash = object.nextValidatorsHash;
                if (object.proposerAddress != null)
                    if (object.proposerAddress.length)
                        if (typeof object.proposerAddress === "string")
                            $util.base64.decode(object.proposerAddress, message.proposerAddress = $util.newBuffer($util.base64.length(object.proposerAddress)), 0);
                        else if (object.proposerAddress.length >= 0)
                            message.proposerAddress = object.proposerAddress;
                return message;
            };

            /**
             * Creates a plain object from a RequestPrepareProposal message. Also converts values to other types if specified.
             * @function toObject
             * @memberof tendermint.abci.RequestPrepareProposal
             * @static
             * @param {tendermint.abci.RequestPrepareProposal} message RequestPrepareProposal
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            RequestPrepareProposal.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults) {
                    object.txs = [];
                    object.misbehavior = [];
                }
                if (options.defaults) {
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.maxTxBytes = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.maxTxBytes = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.localLastCommit = null;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.height = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.height = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.time = null;
                    if (options.bytes === $String)
                        object.nextValidatorsHash = "";
                    else {
                        object.nextValidatorsHash = [];
                        if (options.bytes !== $Array)
                            object.nextValidatorsHash = $util.newBuffer(object.nextValidatorsHash);
                    }
                    if (options.bytes === $String)
                        object.proposerAddress = "";
                    else {
                        object.proposerAddress = [];
                        if (options.bytes !== $Array)
                            object.proposerAddress = $util.newBuffer(object.proposerAddress);
                    }
                }
                if (message.maxTxBytes != null && $Object.hasOwnProperty.call(message, "maxTxBytes"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.maxTxBytes = typeof message.maxTxBytes === "number" ? $BigInt(message.maxTxBytes) : $util.Long.fromBits(message.maxTxBytes.low >>> 0, message.maxTxBytes.high >>> 0, false).toBigInt();
                    else if (typeof message.maxTxBytes === "number")
                        object.maxTxBytes = options.longs === $String ? $String(message.maxTxBytes) : message.maxTxBytes;
                    else
                        object.maxTxBytes = options.longs === $String ? $util.Long.prototype.toString.call(message.maxTxBytes) : options.longs === $Number ? new $util.LongBits(message.maxTxBytes.low >>> 0, message.maxTxBytes.high >>> 0).toNumber() : message.maxTxBytes;
                if (message.txs && message.txs.length) {
                    object.txs = $Array(message.txs.length);
                    for (let j = 0; j < message.txs.length; ++j)
                        object.txs[j] = options.bytes === $String ? $util.base64.encode(message.txs[j], 0, message.txs[j].length) : options.bytes === $Array ? $Array.prototype.slice.call(message.txs[j]) : message.txs[j];
                }
                if (message.localLastCommit != null && $Object.hasOwnProperty.call(message, "localLastCommit"))
                    object.localLastCommit = $root.tendermint.abci.ExtendedCommitInfo.toObject(message.localLastCommit, options, _depth + 1);
                if (message.misbehavior && message.misbehavior.length) {
                    object.misbehavior = $Array(message.misbehavior.length);
                    for (let j = 0; j < message.misbehavior.length; ++j)
                        object.misbehavior[j] = $root.tendermint.abci.Misbehavior.toObject(message.misbehavior[j], options, _depth + 1);
                }
                if (message.height != null && $Object.hasOwnProperty.call(message, "height"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.height = typeof message.height === "number" ? $BigInt(message.height) : $util.Long.fromBits(message.height.low >>> 0, message.height.high >>> 0, false).toBigInt();
                    else if (typeof message.height === "number")
                        object.height = options.longs === $String ? $String(message.height) : message.height;
                    else
                        object.height = options.longs === $String ? $util.Long.prototype.toString.call(message.height) : options.longs === $Number ? new $util.LongBits(message.height.low >>> 0, message.height.high >>> 0).toNumber() : message.height;
                if (message.time != null && $Object.hasOwnProperty.call(message, "time"))
                    object.time = $root.google.protobuf.Timestamp.toObject(message.time, options, _depth + 1);
                if (message.nextValidatorsHash != null && $Object.hasOwnProperty.call(message, "nextValidatorsHash"))
                    object.nextValidatorsHash = options.bytes === $String ? $util.base64.encode(message.nextValidatorsHash, 0, message.nextValidatorsHash.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.nextValidatorsHash) : message.nextValidatorsHash;
                if (message.proposerAddress != null && $Object.hasOwnProperty.call(message, "proposerAddress"))
                    object.proposerAddress = options.bytes === $String ? $util.base64.encode(message.proposerAddress, 0, message.proposerAddress.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.proposerAddress) : message.proposerAddress;
                return object;
            };

            /**
             * Converts this RequestPrepareProposal to JSON.
             * @function toJSON
             * @memberof tendermint.abci.RequestPrepareProposal
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            RequestPrepareProposal.prototype.toJSON = function() {
                return RequestPrepareProposal.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for RequestPrepareProposal
             * @function getTypeUrl
             * @memberof tendermint.abci.RequestPrepareProposal
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            RequestPrepareProposal.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/tendermint.abci.RequestPrepareProposal";
            };

            return RequestPrepareProposal;
        })();

        abci.RequestProcessProposal = (function() {

            /**
             * Properties of a RequestProcessProposal.
             * @typedef {Object} tendermint.abci.RequestProcessProposal.$Properties
             * @property {Array.<Uint8Array>|null} [txs] RequestProcessProposal txs
             * @property {tendermint.abci.CommitInfo.$Properties|null} [proposedLastCommit] RequestProcessProposal proposedLastCommit
             * @property {Array.<tendermint.abci.Misbehavior.$Properties>|null} [misbehavior] RequestProcessProposal misbehavior
             * @property {Uint8Array|null} [hash] RequestProcessProposal hash
             * @property {number|null} [height] RequestProcessProposal height
             * @property {google.protobuf.Timestamp.$Properties|null} [time] RequestProcessProposal time
             * @property {Uint8Array|null} [nextValidatorsHash] RequestProcessProposal nextValidatorsHash
             * @property {Uint8Array|null} [proposerAddress] RequestProcessProposal proposerAddress
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a RequestProcessProposal.
             * @memberof tendermint.abci
             * @interface IRequestProcessProposal
             * @augments tendermint.abci.RequestProcessProposal.$Properties
             * @deprecated Use tendermint.abci.RequestProcessProposal.$Properties instead.
             */

            /**
             * Shape of a RequestProcessProposal.
             * @typedef {tendermint.abci.RequestProcessProposal.$Properties} tendermint.abci.RequestProcessProposal.$Shape
             */

            /**
             * Constructs a new RequestProcessProposal.
             * @memberof tendermint.abci
             * @classdesc Represents a RequestProcessProposal.
             * @constructor
             * @param {tendermint.abci.RequestProcessProposal.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const RequestProcessProposal = function (properties) {
                this.txs = [];
                this.misbehavior = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * RequestProcessProposal txs.
             * @member {Array.<Uint8Array>} txs
             * @memberof tendermint.abci.RequestProcessProposal
             * @instance
             */
            RequestProcessProposal.prototype.txs = $util.emptyArray;

            /**
             * RequestProcessProposal proposedLastCommit.
             * @member {tendermint.abci.CommitInfo.$Properties|null|undefined} proposedLastCommit
             * @memberof tendermint.abci.RequestProcessProposal
             * @instance
             */
            RequestProcessProposal.prototype.proposedLastCommit = null;

            /**
             * RequestProcessProposal misbehavior.
             * @member {Array.<tendermint.abci.Misbehavior.$Properties>} misbehavior
             * @memberof tendermint.abci.RequestProcessProposal
             * @instance
             */
            RequestProcessProposal.prototype.misbehavior = $util.emptyArray;

            /**
             * RequestProcessProposal hash.
             * @member {Uint8Array} hash
             * @memberof tendermint.abci.RequestProcessProposal
             * @instance
             */
            RequestProcessProposal.prototype.hash = $util.newBuffer([]);

            /**
             * RequestProcessProposal height.
             * @member {number} height
             * @memberof tendermint.abci.RequestProcessProposal
             * @instance
             */
            RequestProcessProposal.prototype.height = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * RequestProcessProposal time.
             * @member {google.protobuf.Timestamp.$Properties|null|undefined} time
             * @memberof tendermint.abci.RequestProcessProposal
             * @instance
             */
            RequestProcessProposal.prototype.time = null;

            /**
             * RequestProcessProposal nextValidatorsHash.
             * @member {Uint8Array} nextValidatorsHash
             * @memberof tendermint.abci.RequestProcessProposal
             * @instance
             */
            RequestProcessProposal.prototype.nextValidatorsHash = $util.newBuffer([]);

            /**
             * RequestProcessProposal proposerAddress.
             * @member {Uint8Array} proposerAddress
             * @memberof tendermint.abci.RequestProcessProposal
             * @instance
             */
            RequestProcessProposal.prototype.proposerAddress = $util.newBuffer([]);

            /**
             * Creates a new RequestProcessProposal instance using the specified properties.
             * @function create
             * @memberof tendermint.abci.RequestProcessProposal
             * @static
             * @param {tendermint.abci.RequestProcessProposal.$Properties=} [properties] Properties to set
             * @returns {tendermint.abci.RequestProcessProposal} RequestProcessProposal instance
             * @type {{
             *   (properties: tendermint.abci.RequestProcessProposal.$Shape): tendermint.abci.RequestProcessProposal & tendermint.abci.RequestProcessProposal.$Shape;
             *   (properties?: tendermint.abci.RequestProcessProposal.$Properties): tendermint.abci.RequestProcessProposal;
             * }}
             */
            RequestProcessProposal.create = function(properties) {
                return new RequestProcessProposal(properties);
            };

            /**
             * Encodes the specified RequestProcessProposal message. Does not implicitly {@link tendermint.abci.RequestProcessProposal.verify|verify} messages.
             * @function encode
             * @memberof tendermint.abci.RequestProcessProposal
             * @static
             * @param {tendermint.abci.RequestProcessProposal.$Properties} message RequestProcessProposal message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            RequestProcessProposal.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.txs != null && message.txs.length)
                    for (let i = 0; i < message.txs.length; ++i)
                        writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.txs[i]);
                if (message.proposedLastCommit != null && $Object.hasOwnProperty.call(message, "proposedLastCommit"))
                    $root.tendermint.abci.CommitInfo.encode(message.proposedLastCommit, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.misbehavior != null && message.misbehavior.length)
                    for (let i = 0; i < message.misbehavior.length; ++i)
                        $root.tendermint.abci.Misbehavior.encode(message.misbehavior[i], writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.hash != null && $Object.hasOwnProperty.call(message, "hash") && message.hash.length)
                    writer.uint32(/* id 4, wireType 2 =*/34).bytes(message.hash);
                if (message.height != null && $Object.hasOwnProperty.call(message, "height") && (typeof message.height === "object" ? message.height.low || message.height.high : message.height !== 0))
                    writer.uint32(/* id 5, wireType 0 =*/40).int64(message.height);
                if (message.time != null && $Object.hasOwnProperty.call(message, "time"))
                    $root.google.protobuf.Timestamp.encode(message.time, writer.uint32(/* id 6, wireType 2 =*/50).fork(), _depth + 1).ldelim();
                if (message.nextValidatorsHash != null && $Object.hasOwnProperty.call(message, "nextValidatorsHash") && message.nextValidatorsHash.length)
                    writer.uint32(/* id 7, wireType 2 =*/58).bytes(message.nextValidatorsHash);
                if (message.proposerAddress != null && $Object.hasOwnProperty.call(message, "proposerAddress") && message.proposerAddress.length)
                    writer.uint32(/* id 8, wireType 2 =*/66).bytes(message.proposerAddress);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a RequestProcessProposal message from the specified reader or buffer.
             * @function decode
             * @memberof tendermint.abci.RequestProcessProposal
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {tendermint.abci.RequestProcessProposal & tendermint.abci.RequestProcessProposal.$Shape} RequestProcessProposal
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            RequestProcessProposal.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.tendermint.abci.RequestProcessProposal();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if (!(message.txs && message.txs.length))
                                message.txs = [];
                            message.txs.push(reader.bytes());
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.proposedLastCommit = $root.tendermint.abci.CommitInfo.decode(reader, reader.size(), $undefined, _depth + 1, message.proposedLastCommit);
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if (!(message.misbehavior && message.misbehavior.length))
                                message.misbehavior = [];
                            message.misbehavior.push($root.tendermint.abci.Misbehavior.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.hash = value;
                            else
                                delete message.hash;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.height = value;
                            else
                                delete message.height;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            message.time = $root.google.protobuf.Timestamp.decode(reader, reader.size(), $undefined, _depth + 1, message.time);
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.nextValidatorsHash = value;
                            else
                                delete message.nextValidatorsHash;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.proposerAddress = value;
                            else
                                delete message.proposerAddress;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a RequestProcessProposal message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof tendermint.abci.RequestProcessProposal
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {tendermint.abci.RequestProcessProposal} RequestProcessProposal
             */
            RequestProcessProposal.fromObject = function (object, _depth) {
                if (object instanceof $root.tendermint.abci.RequestProcessProposal)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".tendermint.abci.RequestProcessProposal: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.tendermint.abci.RequestProcessProposal();
                if (object.txs) {
                    if (!$Array.isArray(object.txs))
                        throw $TypeError(".tendermint.abci.RequestProcessProposal.txs: array expected");
                    message.txs = $Array(object.txs.length);
                    for (let i = 0; i < object.txs.length; ++i)
                        if (typeof object.txs[i] === "string")
                            $util.base64.decode(object.txs[i], message.txs[i] = $util.newBuffer($util.base64.length(object.txs[i])), 0);
                        else if (object.txs[i].length >= 0)
                            message.txs[i] = object.txs[i];
                }
                if (object.proposedLastCommit != null) {
                    if (!$util.isObject(object.proposedLastCommit))
                        throw $TypeError(".tendermint.abci.RequestProcessProposal.proposedLastCommit: object expected");
                    message.proposedLastCommit = $root.tendermint.abci.CommitInfo.fromObject(object.proposedLastCommit, _depth + 1);
                }
                if (object.misbehavior) {
                    if (!$Array.isArray(object.misbehavior))
                        throw $TypeError(".tendermint.abci.RequestProcessProposal.misbehavior: array expected");
                    message.misbehavior = $Array(object.misbehavior.length);
                    for (let i = 0; i < object.misbehavior.length; ++i) {
                        if (!$util.isObject(object.misbehavior[i]))
                            throw $TypeError(".tendermint.abci.RequestProcessProposal.misbehavior: object expected");
                        message.misbehavior[i] = $root.tendermint.abci.Misbehavior.fromObject(object.misbehavior[i], _depth + 1);
                    }
                }
                if (object.hash != null)
                    if (object.hash.length)
                        if (typeof object.hash === "string")
                            $util.base64.decode(object.hash, message.hash = $util.newBuffer($util.base64.length(object.hash)), 0);
                        else if (object.hash.length >= 0)
                            message.hash = object.hash;
                if (object.height != null)
                    if (typeof object.height === "object" ? object.height.low || object.height.high : $Number(object.height) !== 0)
                        if ($util.Long)
                            message.height = $util.Long.fromValue(object.height, false);
                        else if (typeof object.height === "string")
                            message.height = $parseInt(object.height, 10);
                        else if (typeof object.height === "number")
                            message.height = object.height;
                        else if (typeof object.height === "object")
                            message.height = new $util.LongBits(object.height.low >>> 0, object.height.high >>> 0).toNumber();
                if (object.time != null) {
                    if (!$util.isObject(object.time))
                        throw $TypeError(".tendermint.abci.RequestProcessProposal.time: object expected");
                    message.time = $root.google.protobuf.Timestamp.fromObject(object.time, _depth + 1);
                }
                if (object.nextValidatorsHash != null)
                    if (object.nextValidatorsHash.length)
                        if (typeof object.nextValidatorsHash === "string")
                            $util.base64.decode(object.nextValidatorsHash, message.nextValidatorsHash = $util.newBuffer($util.base64.length(object.nextValidatorsHash)), 0);
                        else if (object.nextValidatorsHash.length >= 0)
                            message.nextValidatorsHash = object.nextValidatorsHash;
                if (object.proposerAddress != null)
                    if (object.proposerAddress.length)
                        if (typeof object.proposerAddress === "string")
                            $util.base64.decode(object.proposerAddress, message.proposerAddress = $util.newBuffer($util.base64.length(object.proposerAddress)), 0);
                        else if (object.proposerAddress.length >= 0)
                            message.proposerAddress = object.proposerAddress;
                return message;
            };

            /**
             * Creates a plain object from a RequestProcessProposal message. Also converts values to other types if specified.
             * @function toObject
             * @memberof tendermint.abci.RequestProcessProposal
             * @static
             * @param {tendermint.abci.RequestProcessProposal} message RequestProcessProposal
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            RequestProcessProposal.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults) {
                    object.txs = [];
                    object.misbehavior = [];
                }
                if (options.defaults) {
                    object.proposedLastCommit = null;
                    if (options.bytes === $String)
                        object.hash = "";
                    else {
                        object.hash = [];
                        if (options.bytes !== $Array)
                            object.hash = $util.newBuffer(object.hash);
                    }
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.height = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.height = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.time = null;
                    if (options.bytes === $String)
                        object.nextValidatorsHash = "";
                    else {
                        object.nextValidatorsHash = [];
                        if (options.bytes !== $Array)
                            object.nextValidatorsHash = $util.newBuffer(object.nextValidatorsHash);
                    }
                    if (options.bytes === $String)
                        object.proposerAddress = "";
                    else {
                        object.proposerAddress = [];
                        if (options.bytes !== $Array)
                            object.proposerAddress = $util.newBuffer(object.proposerAddress);
                    }
                }
                if (message.txs && message.txs.length) {
                    object.txs = $Array(message.txs.length);
                    for (let j = 0; j < message.txs.length; ++j)
                        object.txs[j] = options.bytes === $String ? $util.base64.encode(message.txs[j], 0, message.txs[j].length) : options.bytes === $Array ? $Array.prototype.slice.call(message.txs[j]) : message.txs[j];
                }
                if (message.proposedLastCommit != null && $Object.hasOwnProperty.call(message, "proposedLastCommit"))
                    object.proposedLastCommit = $root.tendermint.abci.CommitInfo.toObject(message.proposedLastCommit, options, _depth + 1);
                if (message.misbehavior && message.misbehavior.length) {
                    object.misbehavior = $Array(message.misbehavior.length);
                    for (let j = 0; j < message.misbehavior.length; ++j)
                        object.misbehavior[j] = $root.tendermint.abci.Misbehavior.toObject(message.misbehavior[j], options, _depth + 1);
                }
                if (message.hash != null && $Object.hasOwnProperty.call(message, "hash"))
                    object.hash = options.bytes === $String ? $util.base64.encode(message.hash, 0, message.hash.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.hash) : message.hash;
                if (message.height != null && $Object.hasOwnProperty.call(message, "height"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.height = typeof message.height === "number" ? $BigInt(message.height) : $util.Long.fromBits(message.height.low >>> 0, message.height.high >>> 0, false).toBigInt();
                    else if (typeof message.height === "number")
                        object.height = options.longs === $String ? $String(message.height) : message.height;
                    else
                        object.height = options.longs === $String ? $util.Long.prototype.toString.call(message.height) : options.longs === $Number ? new $util.LongBits(message.height.low >>> 0, message.height.high >>> 0).toNumber() : message.height;
                if (message.time != null && $Object.hasOwnProperty.call(message, "time"))
                    object.time = $root.google.protobuf.Timestamp.toObject(message.time, options, _depth + 1);
                if (message.nextValidatorsHash != null && $Object.hasOwnProperty.call(message, "nextValidatorsHash"))
                    object.nextValidatorsHash = options.bytes === $String ? $util.base64.encode(message.nextValidatorsHash, 0, message.nextValidatorsHash.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.nextValidatorsHash) : message.nextValidatorsHash;
                if (message.proposerAddress != null && $Object.hasOwnProperty.call(message, "proposerAddress"))
                    object.proposerAddress = options.bytes === $String ? $util.base64.encode(message.proposerAddress, 0, message.proposerAddress.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.proposerAddress) : message.proposerAddress;
                return object;
            };

            /**
             * Converts this RequestProcessProposal to JSON.
             * @function toJSON
             * @memberof tendermint.abci.RequestProcessProposal
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            RequestProcessProposal.prototype.toJSON = function() {
                return RequestProcessProposal.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for RequestProcessProposal
             * @function getTypeUrl
             * @memberof tendermint.abci.RequestProcessProposal
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            RequestProcessProposal.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/tendermint.abci.RequestProcessProposal";
            };

            return RequestProcessProposal;
        })();

        abci.RequestExtendVote = (function() {

            /**
             * Properties of a RequestExtendVote.
             * @typedef {Object} tendermint.abci.RequestExtendVote.$Properties
             * @property {Uint8Array|null} [hash] RequestExtendVote hash
             * @property {number|null} [height] RequestExtendVote height
             * @property {google.protobuf.Timestamp.$Properties|null} [time] RequestExtendVote time
             * @property {Array.<Uint8Array>|null} [txs] RequestExtendVote txs
             * @property {tendermint.abci.CommitInfo.$Properties|null} [proposedLastCommit] RequestExtendVote proposedLastCommit
             * @property {Array.<tendermint.abci.Misbehavior.$Properties>|null} [misbehavior] RequestExtendVote misbehavior
             * @property {Uint8Array|null} [nextValidatorsHash] RequestExtendVote nextValidatorsHash
             * @property {Uint8Array|null} [proposerAddress] RequestExtendVote proposerAddress
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a RequestExtendVote.
             * @memberof tendermint.abci
             * @interface IRequestExtendVote
             * @augments tendermint.abci.RequestExtendVote.$Properties
             * @deprecated Use tendermint.abci.RequestExtendVote.$Properties instead.
             */

            /**
             * Shape of a RequestExtendVote.
             * @typedef {tendermint.abci.RequestExtendVote.$Properties} tendermint.abci.RequestExtendVote.$Shape
             */

            /**
             * Constructs a new RequestExtendVote.
             * @memberof tendermint.abci
             * @classdesc Represents a RequestExtendVote.
             * @constructor
             * @param {tendermint.abci.RequestExtendVote.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const RequestExtendVote = function (properties) {
                this.txs = [];
                this.misbehavior = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * RequestExtendVote hash.
             * @member {Uint8Array} hash
             * @memberof tendermint.abci.RequestExtendVote
             * @instance
             */
            RequestExtendVote.prototype.hash = $util.newBuffer([]);

            /**
             * RequestExtendVote height.
             * @member {number} height
             * @memberof tendermint.abci.RequestExtendVote
             * @instance
             */
            RequestExtendVote.prototype.height = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * RequestExtendVote time.
             * @member {google.protobuf.Timestamp.$Properties|null|undefined} time
             * @memberof tendermint.abci.RequestExtendVote
             * @instance
             */
            RequestExtendVote.prototype.time = null;

            /**
             * RequestExtendVote txs.
             * @member {Array.<Uint8Array>} txs
             * @memberof tendermint.abci.RequestExtendVote
             * @instance
             */
            RequestExtendVote.prototype.txs = $util.emptyArray;

            /**
             * RequestExtendVote proposedLastCommit.
             * @member {tendermint.abci.CommitInfo.$Properties|null|undefined} proposedLastCommit
             * @memberof tendermint.abci.RequestExtendVote
             * @instance
             */
            RequestExtendVote.prototype.proposedLastCommit = null;

            /**
             * RequestExtendVote misbehavior.
             * @member {Array.<tendermint.abci.Misbehavior.$Properties>} misbehavior
             * @memberof tendermint.abci.RequestExtendVote
             * @instance
             */
            RequestExtendVote.prototype.misbehavior = $util.emptyArray;

            /**
             * RequestExtendVote nextValidatorsHash.
             * @member {Uint8Array} nextValidatorsHash
             * @memberof tendermint.abci.RequestExtendVote
             * @instance
             */
            RequestExtendVote.prototype.nextValidatorsHash = $util.newBuffer([]);

            /**
             * RequestExtendVote proposerAddress.
             * @member {Uint8Array} proposerAddress
             * @memberof tendermint.abci.RequestExtendVote
             * @instance
             */
            RequestExtendVote.prototype.proposerAddress = $util.newBuffer([]);

            /**
             * Creates a new RequestExtendVote instance using the specified properties.
             * @function create
             * @memberof tendermint.abci.RequestExtendVote
             * @static
             * @param {tendermint.abci.RequestExtendVote.$Properties=} [properties] Properties to set
             * @returns {tendermint.abci.RequestExtendVote} RequestExtendVote instance
             * @type {{
             *   (properties: tendermint.abci.RequestExtendVote.$Shape): tendermint.abci.RequestExtendVote & tendermint.abci.RequestExtendVote.$Shape;
             *   (properties?: tendermint.abci.RequestExtendVote.$Properties): tendermint.abci.RequestExtendVote;
             * }}
             */
            RequestExtendVote.create = function(properties) {
                return new RequestExtendVote(properties);
            };

            /**
             * Encodes the specified RequestExtendVote message. Does not implicitly {@link tendermint.abci.RequestExtendVote.verify|verify} messages.
             * @function encode
             * @memberof tendermint.abci.RequestExtendVote
             * @static
             * @param {tendermint.abci.RequestExtendVote.$Properties} message RequestExtendVote message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            RequestExtendVote.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.hash != null && $Object.hasOwnProperty.call(message, "hash") && message.hash.length)
                    writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.hash);
                if (message.height != null && $Object.hasOwnProperty.call(message, "height") && (typeof message.height === "object" ? message.height.low || message.height.high : message.height !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).int64(message.height);
                if (message.time != null && $Object.hasOwnProperty.call(message, "time"))
                    $root.google.protobuf.Timestamp.encode(message.time, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.txs != null && message.txs.length)
                    for (let i = 0; i < message.txs.length; ++i)
                        writer.uint32(/* id 4, wireType 2 =*/34).bytes(message.txs[i]);
                if (message.proposedLastCommit != null && $Object.hasOwnProperty.call(message, "proposedLastCommit"))
                    $root.tendermint.abci.CommitInfo.encode(message.proposedLastCommit, writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
                if (message.misbehavior != null && message.misbehavior.length)
                    for (let i = 0; i < message.misbehavior.length; ++i)
                        $root.tendermint.abci.Misbehavior.encode(message.misbehavior[i], writer.uint32(/* id 6, wireType 2 =*/50).fork(), _depth + 1).ldelim();
                if (message.nextValidatorsHash != null && $Object.hasOwnProperty.call(message, "nextValidatorsHash") && message.nextValidatorsHash.length)
                    writer.uint32(/* id 7, wireType 2 =*/58).bytes(message.nextValidatorsHash);
                if (message.proposerAddress != null && $Object.hasOwnProperty.call(message, "proposerAddress") && message.proposerAddress.length)
                    writer.uint32(/* id 8, wireType 2 =*/66).bytes(message.proposerAddress);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a RequestExtendVote message from the specified reader or buffer.
             * @function decode
             * @memberof tendermint.abci.RequestExtendVote
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {tendermint.abci.RequestExtendVote & tendermint.abci.RequestExtendVote.$Shape} RequestExtendVote
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            RequestExtendVote.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.tendermint.abci.RequestExtendVote();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.hash = value;
                            else
                                delete message.hash;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.height = value;
                            else
                                delete message.height;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.time = $root.google.protobuf.Timestamp.decode(reader, reader.size(), $undefined, _depth + 1, message.time);
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if (!(message.txs && message.txs.length))
                                message.txs = [];
                            message.txs.push(reader.bytes());
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            message.proposedLastCommit = $root.tendermint.abci.CommitInfo.decode(reader, reader.size(), $undefined, _depth + 1, message.proposedLastCommit);
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if (!(message.misbehavior && message.misbehavior.length))
                                message.misbehavior = [];
                            message.misbehavior.push($root.tendermint.abci.Misbehavior.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.nextValidatorsHash = value;
                            else
                                delete message.nextValidatorsHash;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.proposerAddress = value;
                            else
                                delete message.proposerAddress;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a RequestExtendVote message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof tendermint.abci.RequestExtendVote
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {tendermint.abci.RequestExtendVote} RequestExtendVote
             */
            RequestExtendVote.fromObject = function (object, _depth) {
                if (object instanceof $root.tendermint.abci.RequestExtendVote)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".tendermint.abci.RequestExtendVote: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.tendermint.abci.RequestExtendVote();
                if (object.hash != null)
                    if (object.hash.length)
                        if (typeof object.hash === "string")
                            $util.base64.decode(object.hash, message.hash = $util.newBuffer($util.base64.length(object.hash)), 0);
                        else if (object.hash.length >= 0)
                            message.hash = object.hash;
                if (object.height != null)
                    if (typeof object.height === "object" ? object.height.low || object.height.high : $Number(object.height) !== 0)
                        if ($util.Long)
                            message.height = $util.Long.fromValue(object.height, false);
                        else if (typeof object.height === "string")
                            message.height = $parseInt(object.height, 10);
                        else if (typeof object.height === "number")
                            message.height = object.height;
                        else if (typeof object.height === "object")
                            message.height = new $util.LongBits(object.height.low >>> 0, object.height.high >>> 0).toNumber();
                if (object.time != null) {
                    if (!$util.isObject(object.time))
                        throw $TypeError(".tendermint.abci.RequestExtendVote.time: object expected");
                    message.time = $root.google.protobuf.Timestamp.fromObject(object.time, _depth + 1);
                }
                if (object.txs) {
                    if (!$Array.isArray(object.txs))
                        throw $TypeError(".tendermint.abci.RequestExtendVote.txs: array expected");
                    message.txs = $Array(object.txs.length);
                    for (let i = 0; i < object.txs.length; ++i)
                        if (typeof object.txs[i] === "string")
                            $util.base64.decode(object.txs[i], message.txs[i] = $util.newBuffer($util.base64.length(object.txs[i])), 0);
                        else if (object.txs[i].length >= 0)
                            message.txs[i] = object.txs[i];
                }
                if (object.proposedLastCommit != null) {
                    if (!$util.isObject(object.proposedLastCommit))
                        throw $TypeError(".tendermint.abci.RequestExtendVote.proposedLastCommit: object expected");
                    message.proposedLastCommit = $root.tendermint.abci.CommitInfo.fromObject(object.proposedLastCommit, _depth + 1);
                }
                if (object.misbehavior) {
                    if (!$Array.isArray(object.misbehavior))
                        throw $TypeError(".tendermint.abci.RequestExtendVote.misbehavior: array expected");
                    message.misbehavior = $Array(object.misbehavior.length);
                    for (let i = 0; i < object.misbehavior.length; ++i) {
                        if (!$util.isObject(object.misbehavior[i]))
                            throw $TypeError(".tendermint.abci.RequestExtendVote.misbehavior: object expected");
                        message.misbehavior[i] = $root.tendermint.abci.Misbehavior.fromObject(object.misbehavior[i], _depth + 1);
                    }
                }
                if (object.nextValidatorsHash != null)
                    if (object.nextValidatorsHash.length)
                        if (typeof object.nextValidatorsHash === "string")
                            $util.base64.decode(object.nextValidatorsHash, message.nextValidatorsHash = $util.newBuffer($util.base64.length(object.nextValidatorsHash)), 0);
                        else if (object.nextValidatorsHash.length >= 0)
                            message.nextValidatorsHash = object.nextValidatorsHash;
                if (object.proposerAddress != null)
                    if (object.proposerAddress.length)
                        if (typeof object.proposerAddress === "string")
                            $util.base64.decode(object.proposerAddress, message.proposerAddress = $util.newBuffer($util.base64.length(object.proposerAddress)), 0);
                        else if (object.proposerAddress.length >= 0)
                            message.proposerAddress = object.proposerAddress;
                return message;
            };

            /**
             * Creates a plain object from a RequestExtendVote message. Also converts values to other types if specified.
             * @function toObject
             * @memberof tendermint.abci.RequestExtendVote
             * @static
             * @param {tendermint.abci.RequestExtendVote} message RequestExtendVote
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            RequestExtendVote.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults) {
                    object.txs = [];
                    object.misbehavior = [];
                }
                if (options.defaults) {
                    if (options.bytes === $String)
                        object.hash = "";
                    else {
                        object.hash = [];
                        if (options.bytes !== $Array)
                            object.hash = $util.newBuffer(object.hash);
                    }
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.height = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.height = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.time = null;
                    object.proposedLastCommit = null;
                    if (options.bytes === $String)
                        object.nextValidatorsHash = "";
                    else {
                        object.nextValidatorsHash = [];
                        if (options.bytes !== $Array)
                            object.nextValidatorsHash = $util.newBuffer(object.nextValidatorsHash);
                    }
                    if (options.bytes === $String)
                        object.proposerAddress = "";
                    else {
                        object.proposerAddress = [];
                        if (options.bytes !== $Array)
                            object.proposerAddress = $util.newBuffer(object.proposerAddress);
                    }
                }
                if (message.hash != null && $Object.hasOwnProperty.call(message, "hash"))
                    object.hash = options.bytes === $String ? $util.base64.encode(message.hash, 0, message.hash.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.hash) : message.hash;
                if (message.height != null && $Object.hasOwnProperty.call(message, "height"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.height = typeof message.height === "number" ? $BigInt(message.height) : $util.Long.fromBits(message.height.low >>> 0, message.height.high >>> 0, false).toBigInt();
                    else if (typeof message.height === "number")
                        object.height = options.longs === $String ? $String(message.height) : message.height;
                    else
                        object.height = options.longs === $String ? $util.Long.prototype.toString.call(message.height) : options.longs === $Number ? new $util.LongBits(message.height.low >>> 0, message.height.high >>> 0).toNumber() : message.height;
                if (message.time != null && $Object.hasOwnProperty.call(message, "time"))
                    object.time = $root.google.protobuf.Timestamp.toObject(message.time, options, _depth + 1);
                if (message.txs && message.txs.length) {
                    object.txs = $Array(message.txs.length);
                    for (let j = 0; j < message.txs.length; ++j)
                        object.txs[j] = options.bytes === $String ? $util.base64.encode(message.txs[j], 0, message.txs[j].length) : options.bytes === $Array ? $Array.prototype.slice.call(message.txs[j]) : message.txs[j];
                }
                if (message.proposedLastCommit != null && $Object.hasOwnProperty.call(message, "proposedLastCommit"))
                    object.proposedLastCommit = $root.tendermint.abci.CommitInfo.toObject(message.proposedLastCommit, options, _depth + 1);
                if (message.misbehavior && message.misbehavior.length) {
                    object.misbehavior = $Array(message.misbehavior.length);
                    for (let j = 0; j < message.misbehavior.length; ++j)
                        object.misbehavior[j] = $root.tendermint.abci.Misbehavior.toObject(message.misbehavior[j], options, _depth + 1);
                }
                if (message.nextValidatorsHash != null && $Object.hasOwnProperty.call(message, "nextValidatorsHash"))
                    object.nextValidatorsHash = options.bytes === $String ? $util.base64.encode(message.nextValidatorsHash, 0, message.nextValidatorsHash.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.nextValidatorsHash) : message.nextValidatorsHash;
                if (message.proposerAddress != null && $Object.hasOwnProperty.call(message, "proposerAddress"))
                    object.proposerAddress = options.bytes === $String ? $util.base64.encode(message.proposerAddress, 0, message.proposerAddress.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.proposerAddress) : message.proposerAddress;
                return object;
            };

            /**
             * Converts this RequestExtendVote to JSON.
             * @function toJSON
             * @memberof tendermint.abci.RequestExtendVote
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            RequestExtendVote.prototype.toJSON = function() {
                return RequestExtendVote.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for RequestExtendVote
             * @function getTypeUrl
             * @memberof tendermint.abci.RequestExtendVote
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            RequestExtendVote.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/tendermint.abci.RequestExtendVote";
            };

            return RequestExtendVote;
        })();

        abci.RequestVerifyVoteExtension = (function() {

            /**
             * Properties of a RequestVerifyVoteExtension.
             * @typedef {Object} tendermint.abci.RequestVerifyVoteExtension.$Properties
             * @property {Uint8Array|null} [hash] RequestVerifyVoteExtension hash
             * @property {Uint8Array|null} [validatorAddress] RequestVerifyVoteExtension validatorAddress
             * @property {number|null} [height] RequestVerifyVoteExtension height
             * @property {Uint8Array|null} [voteExtension] RequestVerifyVoteExtension voteExtension
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a RequestVerifyVoteExtension.
             * @memberof tendermint.abci
             * @interface IRequestVerifyVoteExtension
             * @augments tendermint.abci.RequestVerifyVoteExtension.$Properties
             * @deprecated Use tendermint.abci.RequestVerifyVoteExtension.$Properties instead.
             */

            /**
             * Shape of a RequestVerifyVoteExtension.
             * @typedef {tendermint.abci.RequestVerifyVoteExtension.$Properties} tendermint.abci.RequestVerifyVoteExtension.$Shape
             */

            /**
             * Constructs a new RequestVerifyVoteExtension.
             * @memberof tendermint.abci
             * @classdesc Represents a RequestVerifyVoteExtension.
             * @constructor
             * @param {tendermint.abci.RequestVerifyVoteExtension.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const RequestVerifyVoteExtension = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * RequestVerifyVoteExtension hash.
             * @member {Uint8Array} hash
             * @memberof tendermint.abci.RequestVerifyVoteExtension
             * @instance
             */
            RequestVerifyVoteExtension.prototype.hash = $util.newBuffer([]);

            /**
             * RequestVerifyVoteExtension validatorAddress.
             * @member {Uint8Array} validatorAddress
             * @memberof tendermint.abci.RequestVerifyVoteExtension
             * @instance
             */
            RequestVerifyVoteExtension.prototype.validatorAddress = $util.newBuffer([]);

            /**
             * RequestVerifyVoteExtension height.
             * @member {number} height
             * @memberof tendermint.abci.RequestVerifyVoteExtension
             * @instance
             */
            RequestVerifyVoteExtension.prototype.height = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * RequestVerifyVoteExtension voteExtension.
             * @member {Uint8Array} voteExtension
             * @memberof tendermint.abci.RequestVerifyVoteExtension
             * @instance
             */
            RequestVerifyVoteExtension.prototype.voteExtension = $util.newBuffer([]);

            /**
             * Creates a new RequestVerifyVoteExtension instance using the specified properties.
             * @function create
             * @memberof tendermint.abci.RequestVerifyVoteExtension
             * @static
             * @param {tendermint.abci.RequestVerifyVoteExtension.$Properties=} [properties] Properties to set
             * @returns {tendermint.abci.RequestVerifyVoteExtension} RequestVerifyVoteExtension instance
             * @type {{
             *   (properties: tendermint.abci.RequestVerifyVoteExtension.$Shape): tendermint.abci.RequestVerifyVoteExtension & tendermint.abci.RequestVerifyVoteExtension.$Shape;
             *   (properties?: tendermint.abci.RequestVerifyVoteExtension.$Properties): tendermint.abci.RequestVerifyVoteExtension;
             * }}
             */
            RequestVerifyVoteExtension.create = function(properties) {
                return new RequestVerifyVoteExtension(properties);
            };

            /**
             * Encodes the specified RequestVerifyVoteExtension message. Does not implicitly {@link tendermint.abci.RequestVerifyVoteExtension.verify|verify} messages.
             * @function encode
             * @memberof tendermint.abci.RequestVerifyVoteExtension
             * @static
             * @param {tendermint.abci.RequestVerifyVoteExtension.$Properties} message RequestVerifyVoteExtension message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            RequestVerifyVoteExtension.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.hash != null && $Object.hasOwnProperty.call(message, "hash") && message.hash.length)
                    writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.hash);
                if (message.validatorAddress != null && $Object.hasOwnProperty.call(message, "validatorAddress") && message.validatorAddress.length)
                    writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.validatorAddress);
                if (message.height != null && $Object.hasOwnProperty.call(message, "height") && (typeof message.height === "object" ? message.height.low || message.height.high : message.height !== 0))
                    writer.uint32(/* id 3, wireType 0 =*/24).int64(message.height);
                if (message.voteExtension != null && $Object.hasOwnProperty.call(message, "voteExtension") && message.voteExtension.length)
                    writer.uint32(/* id 4, wireType 2 =*/34).bytes(message.voteExtension);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a RequestVerifyVoteExtension message from the specified reader or buffer.
             * @function decode
             * @memberof tendermint.abci.RequestVerifyVoteExtension
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {tendermint.abci.RequestVerifyVoteExtension & tendermint.abci.RequestVerifyVoteExtension.$Shape} RequestVerifyVoteExtension
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            RequestVerifyVoteExtension.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.tendermint.abci.RequestVerifyVoteExtension();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.hash = value;
                            else
                                delete message.hash;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.validatorAddress = value;
                            else
                                delete message.validatorAddress;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.height = value;
                            else
                                delete message.height;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.voteExtension = value;
                            else
                                delete message.voteExtension;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a RequestVerifyVoteExtension message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof tendermint.abci.RequestVerifyVoteExtension
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {tendermint.abci.RequestVerifyVoteExtension} RequestVerifyVoteExtension
             */
            RequestVerifyVoteExtension.fromObject = function (object, _depth) {
                if (object instanceof $root.tendermint.abci.RequestVerifyVoteExtension)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".tendermint.abci.RequestVerifyVoteExtension: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.tendermint.abci.RequestVerifyVoteExtension();
                if (object.hash != null)
                    if (object.hash.length)
                        if (typeof object.hash === "string")
                            $util.base64.decode(object.hash, message.hash = $util.newBuffer($util.base64.length(object.hash)), 0);
                        else if (object.hash.length >= 0)
                            message.hash = object.hash;
                if (object.validatorAddress != null)
                    if (object.validatorAddress.length)
                        if (typeof object.validatorAddress === "string")
                            $util.base64.decode(object.validatorAddress, message.validatorAddress = $util.newBuffer($util.base64.length(object.validatorAddress)), 0);
                        else if (object.validatorAddress.length >= 0)
                            message.validatorAddress = object.validatorAddress;
                if (object.height != null)
                    if (typeof object.height === "object" ? object.height.low || object.height.high : $Number(object.height) !== 0)
                        if ($util.Long)
                            message.height = $util.Long.fromValue(object.height, false);
                        else if (typeof object.height === "string")
                            message.height = $parseInt(object.height, 10);
                        else if (typeof object.height === "number")
                            message.height = object.height;
                        else if (typeof object.height === "object")
                            message.height = new $util.LongBits(object.height.low >>> 0, object.height.high >>> 0).toNumber();
                if (object.voteExtension != null)
                    if (object.voteExtension.length)
                        if (typeof object.voteExtension === "string")
                            $util.base64.decode(object.voteExtension, message.voteExtension = $util.newBuffer($util.base64.length(object.voteExtension)), 0);
                        else if (object.voteExtension.length >= 0)
                            message.voteExtension = object.voteExtension;
                return message;
            };

            /**
             * Creates a plain object from a RequestVerifyVoteExtension message. Also converts values to other types if specified.
             * @function toObject
             * @memberof tendermint.abci.RequestVerifyVoteExtension
             * @static
             * @param {tendermint.abci.RequestVerifyVoteExtension} message RequestVerifyVoteExtension
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            RequestVerifyVoteExtension.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    if (options.bytes === $String)
                        object.hash = "";
                    else {
                        object.hash = [];
                        if (options.bytes !== $Array)
                            object.hash = $util.newBuffer(object.hash);
                    }
                    if (options.bytes === $String)
                        object.validatorAddress = "";
                    else {
                        object.validatorAddress = [];
                        if (options.bytes !== $Array)
                            object.validatorAddress = $util.newBuffer(object.validatorAddress);
                    }
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.height = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.height = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if (options.bytes === $String)
                        object.voteExtension = "";
                    else {
                        object.voteExtension = [];
                        if (options.bytes !== $Array)
                            object.voteExtension = $util.newBuffer(object.voteExtension);
                    }
                }
                if (message.hash != null && $Object.hasOwnProperty.call(message, "hash"))
                    object.hash = options.bytes === $String ? $util.base64.encode(message.hash, 0, message.hash.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.hash) : message.hash;
                if (message.validatorAddress != null && $Object.hasOwnProperty.call(message, "validatorAddress"))
                    object.validatorAddress = options.bytes === $String ? $util.base64.encode(message.validatorAddress, 0, message.validatorAddress.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.validatorAddress) : message.validatorAddress;
                if (message.height != null && $Object.hasOwnProperty.call(message, "height"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.height = typeof message.height === "number" ? $BigInt(message.height) : $util.Long.fromBits(message.height.low >>> 0, message.height.high >>> 0, false).toBigInt();
                    else if (typeof message.height === "number")
                        object.height = options.longs === $String ? $String(message.height) : message.height;
                    else
                        object.height = options.longs === $String ? $util.Long.prototype.toString.call(message.height) : options.longs === $Number ? new $util.LongBits(message.height.low >>> 0, message.height.high >>> 0).toNumber() : message.height;
                if (message.voteExtension != null && $Object.hasOwnProperty.call(message, "voteExtension"))
                    object.voteExtension = options.bytes === $String ? $util.base64.encode(message.voteExtension, 0, message.voteExtension.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.voteExtension) : message.voteExtension;
                return object;
            };

            /**
             * Converts this RequestVerifyVoteExtension to JSON.
             * @function toJSON
             * @memberof tendermint.abci.RequestVerifyVoteExtension
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            RequestVerifyVoteExtension.prototype.toJSON = function() {
                return RequestVerifyVoteExtension.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for RequestVerifyVoteExtension
             * @function getTypeUrl
             * @memberof tendermint.abci.RequestVerifyVoteExtension
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            RequestVerifyVoteExtension.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/tendermint.abci.RequestVerifyVoteExtension";
            };

            return RequestVerifyVoteExtension;
        })();

        abci.RequestFinalizeBlock = (function() {

            /**
             * Properties of a RequestFinalizeBlock.
             * @typedef {Object} tendermint.abci.RequestFinalizeBlock.$Properties
             * @property {Array.<Uint8Array>|null} [txs] RequestFinalizeBlock txs
             * @property {tendermint.abci.CommitInfo.$Properties|null} [decidedLastCommit] RequestFinalizeBlock decidedLastCommit
             * @property {Array.<tendermint.abci.Misbehavior.$Properties>|null} [misbehavior] RequestFinalizeBlock misbehavior
             * @property {Uint8Array|null} [hash] RequestFinalizeBlock hash
             * @property {number|null} [height] RequestFinalizeBlock height
             * @property {google.protobuf.Timestamp.$Properties|null} [time] RequestFinalizeBlock time
             * @property {Uint8Array|null} [nextValidatorsHash] RequestFinalizeBlock nextValidatorsHash
             * @property {Uint8Array|null} [proposerAddress] RequestFinalizeBlock proposerAddress
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a RequestFinalizeBlock.
             * @memberof tendermint.abci
             * @interface IRequestFinalizeBlock
             * @augments tendermint.abci.RequestFinalizeBlock.$Properties
             * @deprecated Use tendermint.abci.RequestFinalizeBlock.$Properties instead.
             */

            /**
             * Shape of a RequestFinalizeBlock.
             * @typedef {tendermint.abci.RequestFinalizeBlock.$Properties} tendermint.abci.RequestFinalizeBlock.$Shape
             */

            /**
             * Constructs a new RequestFinalizeBlock.
             * @memberof tendermint.abci
             * @classdesc Represents a RequestFinalizeBlock.
             * @constructor
             * @param {tendermint.abci.RequestFinalizeBlock.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const RequestFinalizeBlock = function (properties) {
                this.txs = [];
                this.misbehavior = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * RequestFinalizeBlock txs.
             * @member {Array.<Uint8Array>} txs
             * @memberof tendermint.abci.RequestFinalizeBlock
             * @instance
             */
            RequestFinalizeBlock.prototype.txs = $util.emptyArray;

            /**
             * RequestFinalizeBlock decidedLastCommit.
             * @member {tendermint.abci.CommitInfo.$Properties|null|undefined} decidedLastCommit
             * @memberof tendermint.abci.RequestFinalizeBlock
             * @instance
             */
            RequestFinalizeBlock.prototype.decidedLastCommit = null;

            /**
             * RequestFinalizeBlock misbehavior.
             * @member {Array.<tendermint.abci.Misbehavior.$Properties>} misbehavior
             * @memberof tendermint.abci.RequestFinalizeBlock
             * @instance
             */
            RequestFinalizeBlock.prototype.misbehavior = $util.emptyArray;

            /**
             * RequestFinalizeBlock hash.
             * @member {Uint8Array} hash
             * @memberof tendermint.abci.RequestFinalizeBlock
             * @instance
             */
            RequestFinalizeBlock.prototype.hash = $util.newBuffer([]);

            /**
             * RequestFinalizeBlock height.
             * @member {number} height
             * @memberof tendermint.abci.RequestFinalizeBlock
             * @instance
             */
            RequestFinalizeBlock.prototype.height = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * RequestFinalizeBlock time.
             * @member {google.protobuf.Timestamp.$Properties|null|undefined} time
             * @memberof tendermint.abci.RequestFinalizeBlock
             * @instance
             */
            RequestFinalizeBlock.prototype.time = null;

            /**
             * RequestFinalizeBlock nextValidatorsHash.
             * @member {Uint8Array} nextValidatorsHash
             * @memberof tendermint.abci.RequestFinalizeBlock
             * @instance
             */
            RequestFinalizeBlock.prototype.nextValidatorsHash = $util.newBuffer([]);

            /**
             * RequestFinalizeBlock proposerAddress.
             * @member {Uint8Array} proposerAddress
             * @memberof tendermint.abci.RequestFinalizeBlock
             * @instance
             */
            RequestFinalizeBlock.prototype.proposerAddress = $util.newBuffer([]);

            /**
             * Creates a new RequestFinalizeBlock instance using the specified properties.
             * @function create
             * @memberof tendermint.abci.RequestFinalizeBlock
             * @static
             * @param {tendermint.abci.RequestFinalizeBlock.$Properties=} [properties] Properties to set
             * @returns {tendermint.abci.RequestFinalizeBlock} RequestFinalizeBlock instance
             * @type {{
             *   (properties: tendermint.abci.RequestFinalizeBlock.$Shape): tendermint.abci.RequestFinalizeBlock & tendermint.abci.RequestFinalizeBlock.$Shape;
             *   (properties?: tendermint.abci.RequestFinalizeBlock.$Properties): tendermint.abci.RequestFinalizeBlock;
             * }}
             */
            RequestFinalizeBlock.create = function(properties) {
                return new RequestFinalizeBlock(properties);
            };

            /**
             * Encodes the specified RequestFinalizeBlock message. Does not implicitly {@link tendermint.abci.RequestFinalizeBlock.verify|verify} messages.
             * @function encode
             * @memberof tendermint.abci.RequestFinalizeBlock
             * @static
             * @param {tendermint.abci.RequestFinalizeBlock.$Properties} message RequestFinalizeBlock message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            RequestFinalizeBlock.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.txs != null && message.txs.length)
                    for (let i = 0; i < message.txs.length; ++i)
                        writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.txs[i]);
                if (message.decidedLastCommit != null && $Object.hasOwnProperty.call(message, "decidedLastCommit"))
                    $root.tendermint.abci.CommitInfo.encode(message.decidedLastCommit, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.misbehavior != null && message.misbehavior.length)
                    for (let i = 0; i < message.misbehavior.length; ++i)
                        $root.tendermint.abci.Misbehavior.encode(message.misbehavior[i], writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.hash != null && $Object.hasOwnProperty.call(message, "hash") && message.hash.length)
                    writer.uint32(/* id 4, wireType 2 =*/34).bytes(message.hash);
                if (message.height != null && $Object.hasOwnProperty.call(message, "height") && (typeof message.height === "object" ? message.height.low || message.height.high : message.height !== 0))
                    writer.uint32(/* id 5, wireType 0 =*/40).int64(message.height);
                if (message.time != null && $Object.hasOwnProperty.call(message, "time"))
                    $root.google.protobuf.Timestamp.encode(message.time, writer.uint32(/* id 6, wireType 2 =*/50).fork(), _depth + 1).ldelim();
                if (message.nextValidatorsHash != null && $Object.hasOwnProperty.call(message, "nextValidatorsHash") && message.nextValidatorsHash.length)
                    writer.uint32(/* id 7, wireType 2 =*/58).bytes(message.nextValidatorsHash);
                if (message.proposerAddress != null && $Object.hasOwnProperty.call(message, "proposerAddress") && message.proposerAddress.length)
                    writer.uint32(/* id 8, wireType 2 =*/66).bytes(message.proposerAddress);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a RequestFinalizeBlock message from the specified reader or buffer.
             * @function decode
             * @memberof tendermint.abci.RequestFinalizeBlock
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {tendermint.abci.RequestFinalizeBlock & tendermint.abci.RequestFinalizeBlock.$Shape} RequestFinalizeBlock
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            RequestFinalizeBlock.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.tendermint.abci.RequestFinalizeBlock();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if (!(message.txs && message.txs.length))
                                message.txs = [];
                            message.txs.push(reader.bytes());
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.decidedLastCommit = $root.tendermint.abci.CommitInfo.decode(reader, reader.size(), $undefined, _depth + 1, message.decidedLastCommit);
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if (!(message.misbehavior && message.misbehavior.length))
                                message.misbehavior = [];
                            message.misbehavior.push($root.tendermint.abci.Misbehavior.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.hash = value;
                            else
                                delete message.hash;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.height = value;
                            else
                                delete message.height;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            message.time = $root.google.protobuf.Timestamp.decode(reader, reader.size(), $undefined, _depth + 1, message.time);
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.nextValidatorsHash = value;
                            else
                                delete message.nextValidatorsHash;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.proposerAddress = value;
                            else
                                delete message.proposerAddress;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a RequestFinalizeBlock message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof tendermint.abci.RequestFinalizeBlock
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {tendermint.abci.RequestFinalizeBlock} RequestFinalizeBlock
             */
            RequestFinalizeBlock.fromObject = function (object, _depth) {
                if (object instanceof $root.tendermint.abci.RequestFinalizeBlock)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".tendermint.abci.RequestFinalizeBlock: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.tendermint.abci.RequestFinalizeBlock();
                if (object.txs) {
                    if (!$Array.isArray(object.txs))
                        throw $TypeError(".tendermint.abci.RequestFinalizeBlock.txs: array expected");
                    message.txs = $Array(object.txs.length);
                    for (let i = 0; i < object.txs.length; ++i)
                        if (typeof object.txs[i] === "string")
                            $util.base64.decode(object.txs[i], message.txs[i] = $util.newBuffer($util.base64.length(object.txs[i])), 0);
                        else if (object.txs[i].length >= 0)
                            message.txs[i] = object.txs[i];
                }
                if (object.decidedLastCommit != null) {
                    if (!$util.isObject(object.decidedLastCommit))
                        throw $TypeError(".tendermint.abci.RequestFinalizeBlock.decidedLastCommit: object expected");
                    message.decidedLastCommit = $root.tendermint.abci.CommitInfo.fromObject(object.decidedLastCommit, _depth + 1);
                }
                if (object.misbehavior) {
                    if (!$Array.isArray(object.misbehavior))
                        throw $TypeError(".tendermint.abci.RequestFinalizeBlock.misbehavior: array expected");
                    message.misbehavior = $Array(object.misbehavior.length);
                    for (let i = 0; i < object.misbehavior.length; ++i) {
                        if (!$util.isObject(object.misbehavior[i]))
                            throw $TypeError(".tendermint.abci.RequestFinalizeBlock.misbehavior: object expected");
                        message.misbehavior[i] = $root.tendermint.abci.Misbehavior.fromObject(object.misbehavior[i], _depth + 1);
                    }
                }
                if (object.hash != null)
                    if (object.hash.length)
                        if (typeof object.hash === "string")
                            $util.base64.decode(object.hash, message.hash = $util.newBuffer($util.base64.length(object.hash)), 0);
                        else if (object.hash.length >= 0)
                            message.hash = object.hash;
                if (object.height != null)
                    if (typeof object.height === "object" ? object.height.low || object.height.high : $Number(object.height) !== 0)
                        if ($util.Long)
                            message.height = $util.Long.fromValue(object.height, false);
                        else if (typeof object.height === "string")
                            message.height = $parseInt(object.height, 10);
                        else if (typeof object.height === "number")
                            message.height = object.height;
                        else if (typeof object.height === "object")
                            message.height = new $util.LongBits(object.height.low >>> 0, object.height.high >>> 0).toNumber();
                if (object.time != null) {
                    if (!$util.isObject(object.time))
                        throw $TypeError(".tendermint.abci.RequestFinalizeBlock.time: object expected");
                    message.time = $root.google.protobuf.Timestamp.fromObject(object.time, _depth + 1);
                }
                if (object.nextValidatorsHash != null)
                    if (object.nextValidatorsHash.length)
                        if (typeof object.nextValidatorsHash === "string")
                            $util.base64.decode(object.nextValidatorsHash, message.nextValidatorsHash = $util.newBuffer($util.base64.length(object.nextValidatorsHash)), 0);
                        else if (object.nextValidatorsHash.length >= 0)
                            message.nextValidatorsHash = object.nextValidatorsHash;
                if (object.proposerAddress != null)
                    if (object.proposerAddress.length)
                        if (typeof object.proposerAddress === "string")
                            $util.base64.decode(object.proposerAddress, message.proposerAddress = $util.newBuffer($util.base64.length(object.proposerAddress)), 0);
                        else if (object.proposerAddress.length >= 0)
                            message.proposerAddress = object.proposerAddress;
                return message;
            };

            /**
             * Creates a plain object from a RequestFinalizeBlock message. Also converts values to other types if specified.
             * @function toObject
             * @memberof tendermint.abci.RequestFinalizeBlock
             * @static
             * @param {tendermint.abci.RequestFinalizeBlock} message RequestFinalizeBlock
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            RequestFinalizeBlock.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults) {
                    object.txs = [];
                    object.misbehavior = [];
                }
                if (options.defaults) {
                    object.decidedLastCommit = null;
                    if (options.bytes === $String)
                        object.hash = "";
                    else {
                        object.hash = [];
                        if (options.bytes !== $Array)
                            object.hash = $util.newBuffer(object.hash);
                    }
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.height = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.height = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.time = null;
                    if (options.bytes === $String)
                        object.nextValidatorsHash = "";
                    else {
                        object.nextValidatorsHash = [];
                        if (options.bytes !== $Array)
                            object.nextValidatorsHash = $util.newBuffer(object.nextValidatorsHash);
                    }
                    if (options.bytes === $String)
                        object.proposerAddress = "";
                    else {
                        object.proposerAddress = [];
                        if (options.bytes !== $Array)
                            object.proposerAddress = $util.newBuffer(object.proposerAddress);
                    }
                }
                if (message.txs && message.txs.length) {
                    object.txs = $Array(message.txs.length);
                    for (let j = 0; j < message.txs.length; ++j)
                        object.txs[j] = options.bytes === $String ? $util.base64.encode(message.txs[j], 0, message.txs[j].length) : options.bytes === $Array ? $Array.prototype.slice.call(message.txs[j]) : message.txs[j];
                }
                if (message.decidedLastCommit != null && $Object.hasOwnProperty.call(message, "decidedLastCommit"))
                    object.decidedLastCommit = $root.tendermint.abci.CommitInfo.toObject(message.decidedLastCommit, options, _depth + 1);
                if (message.misbehavior && message.misbehavior.length) {
                    object.misbehavior = $Array(message.misbehavior.length);
                    for (let j = 0; j < message.misbehavior.length; ++j)
                        object.misbehavior[j] = $root.tendermint.abci.Misbehavior.toObject(message.misbehavior[j], options, _depth + 1);
                }
                if (message.hash != null && $Object.hasOwnProperty.call(message, "hash"))
                    object.hash = options.bytes === $String ? $util.base64.encode(message.hash, 0, message.hash.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.hash) : message.hash;
                if (message.height != null && $Object.hasOwnProperty.call(message, "height"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.height = typeof message.height === "number" ? $BigInt(message.height) : $util.Long.fromBits(message.height.low >>> 0, message.height.high >>> 0, false).toBigInt();
                    else if (typeof message.height === "number")
                        object.height = options.longs === $String ? $String(message.height) : message.height;
                    else
                        object.height = options.longs === $String ? $util.Long.prototype.toString.call(message.height) : options.longs === $Number ? new $util.LongBits(message.height.low >>> 0, message.height.high >>> 0).toNumber() : message.height;
                if (message.time != null && $Object.hasOwnProperty.call(message, "time"))
                    object.time = $root.google.protobuf.Timestamp.toObject(message.time, options, _depth + 1);
                if (message.nextValidatorsHash != null && $Object.hasOwnProperty.call(message, "nextValidatorsHash"))
                    object.nextValidatorsHash = options.bytes === $String ? $util.base64.encode(message.nextValidatorsHash, 0, message.nextValidatorsHash.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.nextValidatorsHash) : message.nextValidatorsHash;
                if (message.proposerAddress != null && $Object.hasOwnProperty.call(message, "proposerAddress"))
                    object.proposerAddress = options.bytes === $String ? $util.base64.encode(message.proposerAddress, 0, message.proposerAddress.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.proposerAddress) : message.proposerAddress;
                return object;
            };

            /**
             * Converts this RequestFinalizeBlock to JSON.
             * @function toJSON
             * @memberof tendermint.abci.RequestFinalizeBlock
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            RequestFinalizeBlock.prototype.toJSON = function() {
                return RequestFinalizeBlock.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for RequestFinalizeBlock
             * @function getTypeUrl
             * @memberof tendermint.abci.RequestFinalizeBlock
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            RequestFinalizeBlock.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/tendermint.abci.RequestFinalizeBlock";
            };

            return RequestFinalizeBlock;
        })();

        abci.Response = (function() {

            /**
             * Properties of a Response.
             * @typedef {Object} tendermint.abci.Response.$Properties
             * @property {tendermint.abci.ResponseException.$Properties|null} [exception] Response exception
             * @property {tendermint.abci.ResponseEcho.$Properties|null} [echo] Response echo
             * @property {tendermint.abci.ResponseFlush.$Properties|null} [flush] Response flush
             * @property {tendermint.abci.ResponseInfo.$Properties|null} [info] Response info
             * @property {tendermint.abci.ResponseInitChain.$Properties|null} [initChain] Response initChain
             * @property {tendermint.abci.ResponseQuery.$Properties|null} [query] Response query
             * @property {tendermint.abci.ResponseCheckTx.$Properties|null} [checkTx] Response checkTx
             * @property {tendermint.abci.ResponseCommit.$Properties|null} [commit] Response commit
             * @property {tendermint.abci.ResponseListSnapshots.$Properties|null} [listSnapshots] Response listSnapshots
             * @property {tendermint.abci.ResponseOfferSnapshot.$Properties|null} [offerSnapshot] Response offerSnapshot
             * @property {tendermint.abci.ResponseLoadSnapshotChunk.$Properties|null} [loadSnapshotChunk] Response loadSnapshotChunk
             * @property {tendermint.abci.ResponseApplySnapshotChunk.$Properties|null} [applySnapshotChunk] Response applySnapshotChunk
             * @property {tendermint.abci.ResponsePrepareProposal.$Properties|null} [prepareProposal] Response prepareProposal
             * @property {tendermint.abci.ResponseProcessProposal.$Properties|null} [processProposal] Response processProposal
             * @property {tendermint.abci.ResponseExtendVote.$Properties|null} [extendVote] Response extendVote
             * @property {tendermint.abci.ResponseVerifyVoteExtension.$Properties|null} [verifyVoteExtension] Response verifyVoteExtension
             * @property {tendermint.abci.ResponseFinalizeBlock.$Properties|null} [finalizeBlock] Response finalizeBlock
             * @property {"exception"|"echo"|"flush"|"info"|"initChain"|"query"|"checkTx"|"commit"|"listSnapshots"|"offerSnapshot"|"loadSnapshotChunk"|"applySnapshotChunk"|"prepareProposal"|"processProposal"|"extendVote"|"verifyVoteExtension"|"finalizeBlock"} [value] Response value
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Response.
             * @memberof tendermint.abci
             * @interface IResponse
             * @augments tendermint.abci.Response.$Properties
             * @deprecated Use tendermint.abci.Response.$Properties instead.
             */

            /**
             * Narrowed shape of a Response.
             * @typedef {{
             *   exception?: tendermint.abci.ResponseException.$Shape|null;
             *   echo?: tendermint.abci.ResponseEcho.$Shape|null;
             *   flush?: tendermint.abci.ResponseFlush.$Shape|null;
             *   info?: tendermint.abci.ResponseInfo.$Shape|null;
             *   initChain?: tendermint.abci.ResponseInitChain.$Shape|null;
             *   query?: tendermint.abci.ResponseQuery.$Shape|null;
             *   checkTx?: tendermint.abci.ResponseCheckTx.$Shape|null;
             *   commit?: tendermint.abci.ResponseCommit.$Shape|null;
             *   listSnapshots?: tendermint.abci.ResponseListSnapshots.$Shape|null;
             *   offerSnapshot?: tendermint.abci.ResponseOfferSnapshot.$Shape|null;
             *   loadSnapshotChunk?: tendermint.abci.ResponseLoadSnapshotChunk.$Shape|null;
             *   applySnapshotChunk?: tendermint.abci.ResponseApplySnapshotChunk.$Shape|null;
             *   prepareProposal?: tendermint.abci.ResponsePrepareProposal.$Shape|null;
             *   processProposal?: tendermint.abci.ResponseProcessProposal.$Shape|null;
             *   extendVote?: tendermint.abci.ResponseExtendVote.$Shape|null;
             *   verifyVoteExtension?: tendermint.abci.ResponseVerifyVoteExtension.$Shape|null;
             *   finalizeBlock?: tendermint.abci.ResponseFinalizeBlock.$Shape|null;
             *   $unknowns?: Array.<Uint8Array>;
             * } & (
             *   ({ value?: undefined; exception?: null; echo?: null; flush?: null; info?: null; initChain?: null; query?: null; checkTx?: null; commit?: null; listSnapshots?: null; offerSnapshot?: null; loadSnapshotChunk?: null; applySnapshotChunk?: null; prepareProposal?: null; processProposal?: null; extendVote?: null; verifyVoteExtension?: null; finalizeBlock?: null }|{ value?: "exception"; exception: tendermint.abci.ResponseException.$Shape; echo?: null; flush?: null; info?: null; initChain?: null; query?: null; checkTx?: null; commit?: null; listSnapshots?: null; offerSnapshot?: null; loadSnapshotChunk?: null; applySnapshotChunk?: null; prepareProposal?: null; processProposal?: null; extendVote?: null; verifyVoteExtension?: null; finalizeBlock?: null }|{ value?: "echo"; exception?: null; echo: tendermint.abci.ResponseEcho.$Shape; flush?: null; info?: null; initChain?: null; query?: null; checkTx?: null; commit?: null; listSnapshots?: null; offerSnapshot?: null; loadSnapshotChunk?: null; applySnapshotChunk?: null; prepareProposal?: null; processProposal?: null; extendVote?: null; verifyVoteExtension?: null; finalizeBlock?: null }|{ value?: "flush"; exception?: null; echo?: null; flush: tendermint.abci.ResponseFlush.$Shape; info?: null; initChain?: null; query?: null; checkTx?: null; commit?: null; listSnapshots?: null; offerSnapshot?: null; loadSnapshotChunk?: null; applySnapshotChunk?: null; prepareProposal?: null; processProposal?: null; extendVote?: null; verifyVoteExtension?: null; finalizeBlock?: null }|{ value?: "info"; exception?: null; echo?: null; flush?: null; info: tendermint.abci.ResponseInfo.$Shape; initChain?: null; query?: null; checkTx?: null; commit?: null; listSnapshots?: null; offerSnapshot?: null; loadSnapshotChunk?: null; applySnapshotChunk?: null; prepareProposal?: null; processProposal?: null; extendVote?: null; verifyVoteExtension?: null; finalizeBlock?: null }|{ value?: "initChain"; exception?: null; echo?: null; flush?: null; info?: null; initChain: tendermint.abci.ResponseInitChain.$Shape; query?: null; checkTx?: null; commit?: null; listSnapshots?: null; offerSnapshot?: null; loadSnapshotChunk?: null; applySnapshotChunk?: null; prepareProposal?: null; processProposal?: null; extendVote?: null; verifyVoteExtension?: null; finalizeBlock?: null }|{ value?: "query"; exception?: null; echo?: null; flush?: null; info?: null; initChain?: null; query: tendermint.abci.ResponseQuery.$Shape; checkTx?: null; commit?: null; listSnapshots?: null; offerSnapshot?: null; loadSnapshotChunk?: null; applySnapshotChunk?: null; prepareProposal?: null; processProposal?: null; extendVote?: null; verifyVoteExtension?: null; finalizeBlock?: null }|{ value?: "checkTx"; exception?: null; echo?: null; flush?: null; info?: null; initChain?: null; query?: null; checkTx: tendermint.abci.ResponseCheckTx.$Shape; commit?: null; listSnapshots?: null; offerSnapshot?: null; loadSnapshotChunk?: null; applySnapshotChunk?: null; prepareProposal?: null; processProposal?: null; extendVote?: null; verifyVoteExtension?: null; finalizeBlock?: null }|{ value?: "commit"; exception?: null; echo?: null; flush?: null; info?: null; initChain?: null; query?: null; checkTx?: null; commit: tendermint.abci.ResponseCommit.$Shape; listSnapshots?: null; offerSnapshot?: null; loadSnapshotChunk?: null; applySnapshotChunk?: null; prepareProposal?: null; processProposal?: null; extendVote?: null; verifyVoteExtension?: null; finalizeBlock?: null }|{ value?: "listSnapshots"; exception?: null; echo?: null; flush?: null; info?: null; initChain?: null; query?: null; checkTx?: null; commit?: null; listSnapshots: tendermint.abci.ResponseListSnapshots.$Shape; offerSnapshot?: null; loadSnapshotChunk?: null; applySnapshotChunk?: null; prepareProposal?: null; processProposal?: null; extendVote?: null; verifyVoteExtension?: null; finalizeBlock?: null }|{ value?: "offerSnapshot"; exception?: null; echo?: null; flush?: null; info?: null; initChain?: null; query?: null; checkTx?: null; commit?: null; listSnapshots?: null; offerSnapshot: tendermint.abci.ResponseOfferSnapshot.$Shape; loadSnapshotChunk?: null; applySnapshotChunk?: null; prepareProposal?: null; processProposal?: null; extendVote?: null; verifyVoteExtension?: null; finalizeBlock?: null }|{ value?: "loadSnapshotChunk"; exception?: null; echo?: null; flush?: null; info?: null; initChain?: null; query?: null; checkTx?: null; commit?: null; listSnapshots?: null; offerSnapshot?: null; loadSnapshotChunk: tendermint.abci.ResponseLoadSnapshotChunk.$Shape; applySnapshotChunk?: null; prepareProposal?: null; processProposal?: null; extendVote?: null; verifyVoteExtension?: null; finalizeBlock?: null }|{ value?: "applySnapshotChunk"; exception?: null; echo?: null; flush?: null; info?: null; initChain?: null; query?: null; checkTx?: null; commit?: null; listSnapshots?: null; offerSnapshot?: null; loadSnapshotChunk?: null; applySnapshotChunk: tendermint.abci.ResponseApplySnapshotChunk.$Shape; prepareProposal?: null; processProposal?: null; extendVote?: null; verifyVoteExtension?: null; finalizeBlock?: null }|{ value?: "prepareProposal"; exception?: null; echo?: null; flush?: null; info?: null; initChain?: null; query?: null; checkTx?: null; commit?: null; listSnapshots?: null; offerSnapshot?: null; loadSnapshotChunk?: null; applySnapshotChunk?: null; prepareProposal: tendermint.abci.ResponsePrepareProposal.$Shape; processProposal?: null; extendVote?: null; verifyVoteExtension?: null; finalizeBlock?: null }|{ value?: "processProposal"; exception?: null; echo?: null; flush?: null; info?: null; initChain?: null; query?: null; checkTx?: null; commit?: null; listSnapshots?: null; offerSnapshot?: null; loadSnapshotChunk?: null; applySnapshotChunk?: null; prepareProposal?: null; processProposal: tendermint.abci.ResponseProcessProposal.$Shape; extendVote?: null; verifyVoteExtension?: null; finalizeBlock?: null }|{ value?: "extendVote"; exception?: null; echo?: null; flush?: null; info?: null; initChain?: null; query?: null; checkTx?: null; commit?: null; listSnapshots?: null; offerSnapshot?: null; loadSnapshotChunk?: null; applySnapshotChunk?: null; prepareProposal?: null; processProposal?: null; extendVote: tendermint.abci.ResponseExtendVote.$Shape; verifyVoteExtension?: null; finalizeBlock?: null }|{ value?: "verifyVoteExtension"; exception?: null; echo?: null; flush?: null; info?: null; initChain?: null; query?: null; checkTx?: null; commit?: null; listSnapshots?: null; offerSnapshot?: null; loadSnapshotChunk?: null; applySnapshotChunk?: null; prepareProposal?: null; processProposal?: null; extendVote?: null; verifyVoteExtension: tendermint.abci.ResponseVerifyVoteExtension.$Shape; finalizeBlock?: null }|{ value?: "finalizeBlock"; exception?: null; echo?: null; flush?: null; info?: null; initChain?: null; query?: null; checkTx?: null; commit?: null; listSnapshots?: null; offerSnapshot?: null; loadSnapshotChunk?: null; applySnapshotChunk?: null; prepareProposal?: null; processProposal?: null; extendVote?: null; verifyVoteExtension?: null; finalizeBlock: tendermint.abci.ResponseFinalizeBlock.$Shape })
             * )} tendermint.abci.Response.$Shape
             */

            /**
             * Constructs a new Response.
             * @memberof tendermint.abci
             * @classdesc Represents a Response.
             * @constructor
             * @param {tendermint.abci.Response.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Response = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Response exception.
             * @member {tendermint.abci.ResponseException.$Properties|null|undefined} exception
             * @memberof tendermint.abci.Response
             * @instance
             */
            Response.prototype.exception = null;

            /**
             * Response echo.
             * @member {tendermint.abci.ResponseEcho.$Properties|null|undefined} echo
             * @memberof tendermint.abci.Response
             * @instance
             */
            Response.prototype.echo = null;

            /**
             * Response flush.
             * @member {tendermint.abci.ResponseFlush.$Properties|null|undefined} flush
             * @memberof tendermint.abci.Response
             * @instance
             */
            Response.prototype.flush = null;

            /**
             * Response info.
             * @member {tendermint.abci.ResponseInfo.$Properties|null|undefined} info
             * @memberof tendermint.abci.Response
             * @instance
             */
            Response.prototype.info = null;

            /**
             * Response initChain.
             * @member {tendermint.abci.ResponseInitChain.$Properties|null|undefined} initChain
             * @memberof tendermint.abci.Response
             * @instance
             */
            Response.prototype.initChain = null;

            /**
             * Response query.
             * @member {tendermint.abci.ResponseQuery.$Properties|null|undefined} query
             * @memberof tendermint.abci.Response
             * @instance
             */
            Response.prototype.query = null;

            /**
             * Response checkTx.
             * @member {tendermint.abci.ResponseCheckTx.$Properties|null|undefined} checkTx
             * @memberof tendermint.abci.Response
             * @instance
             */
            Response.prototype.checkTx = null;

            /**
             * Response commit.
             * @member {tendermint.abci.ResponseCommit.$Properties|null|undefined} commit
             * @memberof tendermint.abci.Response
             * @instance
             */
            Response.prototype.commit = null;

            /**
             * Response listSnapshots.
             * @member {tendermint.abci.ResponseListSnapshots.$Properties|null|undefined} listSnapshots
             * @memberof tendermint.abci.Response
             * @instance
             */
            Response.prototype.listSnapshots = null;

            /**
             * Response offerSnapshot.
             * @member {tendermint.abci.ResponseOfferSnapshot.$Properties|null|undefined} offerSnapshot
             * @memberof tendermint.abci.Response
             * @instance
             */
            Response.prototype.offerSnapshot = null;

            /**
             * Response loadSnapshotChunk.
             * @member {tendermint.abci.ResponseLoadSnapshotChunk.$Properties|null|undefined} loadSnapshotChunk
             * @memberof tendermint.abci.Response
             * @instance
             */
            Response.prototype.loadSnapshotChunk = null;

            /**
             * Response applySnapshotChunk.
             * @member {tendermint.abci.ResponseApplySnapshotChunk.$Properties|null|undefined} applySnapshotChunk
             * @memberof tendermint.abci.Response
             * @instance
             */
            Response.prototype.applySnapshotChunk = null;

            /**
             * Response prepareProposal.
             * @member {tendermint.abci.ResponsePrepareProposal.$Properties|null|undefined} prepareProposal
             * @memberof tendermint.abci.Response
             * @instance
             */
            Response.prototype.prepareProposal = null;

            /**
             * Response processProposal.
             * @member {tendermint.abci.ResponseProcessProposal.$Properties|null|undefined} processProposal
             * @memberof tendermint.abci.Response
             * @instance
             */
            Response.prototype.processProposal = null;

            /**
             * Response extendVote.
             * @member {tendermint.abci.ResponseExtendVote.$Properties|null|undefined} extendVote
             * @memberof tendermint.abci.Response
             * @instance
             */
            Response.prototype.extendVote = null;

            /**
             * Response verifyVoteExtension.
             * @member {tendermint.abci.ResponseVerifyVoteExtension.$Properties|null|undefined} verifyVoteExtension
             * @memberof tendermint.abci.Response
             * @instance
             */
            Response.prototype.verifyVoteExtension = null;

            /**
             * Response finalizeBlock.
             * @member {tendermint.abci.ResponseFinalizeBlock.$Properties|null|undefined} finalizeBlock
             * @memberof tendermint.abci.Response
             * @instance
             */
            Response.prototype.finalizeBlock = null;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            /**
             * Response value.
             * @member {"exception"|"echo"|"flush"|"info"|"initChain"|"query"|"checkTx"|"commit"|"listSnapshots"|"offerSnapshot"|"loadSnapshotChunk"|"applySnapshotChunk"|"prepareProposal"|"processProposal"|"extendVote"|"verifyVoteExtension"|"finalizeBlock"|undefined} value
             * @memberof tendermint.abci.Response
             * @instance
             */
            $Object.defineProperty(Response.prototype, "value", {
                get: $util.oneOfGetter($oneOfFields = ["exception", "echo", "flush", "info", "initChain", "query", "checkTx", "commit", "listSnapshots", "offerSnapshot", "loadSnapshotChunk", "applySnapshotChunk", "prepareProposal", "processProposal", "extendVote", "verifyVoteExtension", "finalizeBlock"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new Response instance using the specified properties.
             * @function create
             * @memberof tendermint.abci.Response
             * @static
             * @param {tendermint.abci.Response.$Properties=} [properties] Properties to set
             * @returns {tendermint.abci.Response} Response instance
             * @type {{
             *   (properties: tendermint.abci.Response.$Shape): tendermint.abci.Response & tendermint.abci.Response.$Shape;
             *   (properties?: tendermint.abci.Response.$Properties): tendermint.abci.Response;
             * }}
             */
            Response.create = function(properties) {
                return new Response(properties);
            };

            /**
             * Encodes the specified Response message. Does not implicitly {@link tendermint.abci.Response.verify|verify} messages.
             * @function encode
             * @memberof tendermint.abci.Response
             * @static
             * @param {tendermint.abci.Response.$Properties} message Response message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Response.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.exception != null && $Object.hasOwnProperty.call(message, "exception"))
                    $root.tendermint.abci.ResponseException.encode(message.exception, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.echo != null && $Object.hasOwnProperty.call(message, "echo"))
                    $root.tendermint.abci.ResponseEcho.encode(message.echo, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.flush != null && $Object.hasOwnProperty.call(message, "flush"))
                    $root.tendermint.abci.ResponseFlush.encode(message.flush, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.info != null && $Object.hasOwnProperty.call(message, "info"))
                    $root.tendermint.abci.ResponseInfo.encode(message.info, writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                if (message.initChain != null && $Object.hasOwnProperty.call(message, "initChain"))
                    $root.tendermint.abci.ResponseInitChain.encode(message.initChain, writer.uint32(/* id 6, wireType 2 =*/50).fork(), _depth + 1).ldelim();
                if (message.query != null && $Object.hasOwnProperty.call(message, "query"))
                    $root.tendermint.abci.ResponseQuery.encode(message.query, writer.uint32(/* id 7, wireType 2 =*/58).fork(), _depth + 1).ldelim();
                if (message.checkTx != null && $Object.hasOwnProperty.call(message, "checkTx"))
                    $root.tendermint.abci.ResponseCheckTx.encode(message.checkTx, writer.uint32(/* id 9, wireType 2 =*/74).fork(), _depth + 1).ldelim();
                if (message.commit != null && $Object.hasOwnProperty.call(message, "commit"))
                    $root.tendermint.abci.ResponseCommit.encode(message.commit, writer.uint32(/* id 12, wireType 2 =*/98).fork(), _depth + 1).ldelim();
                if (message.listSnapshots != null && $Object.hasOwnProperty.call(message, "listSnapshots"))
                    $root.tendermint.abci.ResponseListSnapshots.encode(message.listSnapshots, writer.uint32(/* id 13, wireType 2 =*/106).fork(), _depth + 1).ldelim();
                if (message.offerSnapshot != null && $Object.hasOwnProperty.call(message, "offerSnapshot"))
                    $root.tendermint.abci.ResponseOfferSnapshot.encode(message.offerSnapshot, writer.uint32(/* id 14, wireType 2 =*/114).fork(), _depth + 1).ldelim();
                if (message.loadSnapshotChunk != null && $Object.hasOwnProperty.call(message, "loadSnapshotChunk"))
                    $root.tendermint.abci.ResponseLoadSnapshotChunk.encode(message.loadSnapshotChunk, writer.uint32(/* id 15, wireType 2 =*/122).fork(), _depth + 1).ldelim();
                if (message.applySnapshotChunk != null && $Object.hasOwnProperty.call(message, "applySnapshotChunk"))
                    $root.tendermint.abci.ResponseApplySnapshotChunk.encode(message.applySnapshotChunk, writer.uint32(/* id 16, wireType 2 =*/130).fork(), _depth + 1).ldelim();
                if (message.prepareProposal != null && $Object.hasOwnProperty.call(message, "prepareProposal"))
                    $root.tendermint.abci.ResponsePrepareProposal.encode(message.prepareProposal, writer.uint32(/* id 17, wireType 2 =*/138).fork(), _depth + 1).ldelim();
                if (message.processProposal != null && $Object.hasOwnProperty.call(message, "processProposal"))
                    $root.tendermint.abci.ResponseProcessProposal.encode(message.processProposal, writer.uint32(/* id 18, wireType 2 =*/146).fork(), _depth + 1).ldelim();
                if (message.extendVote != null && $Object.hasOwnProperty.call(message, "extendVote"))
                    $root.tendermint.abci.ResponseExtendVote.encode(message.extendVote, writer.uint32(/* id 19, wireType 2 =*/154).fork(), _depth + 1).ldelim();
                if (message.verifyVoteExtension != null && $Object.hasOwnProperty.call(message, "verifyVoteExtension"))
                    $root.tendermint.abci.ResponseVerifyVoteExtension.encode(message.verifyVoteExtension, writer.uint32(/* id 20, wireType 2 =*/162).fork(), _depth + 1).ldelim();
                if (message.finalizeBlock != null && $Object.hasOwnProperty.call(message, "finalizeBlock"))
                    $root.tendermint.abci.ResponseFinalizeBlock.encode(message.finalizeBlock, writer.uint32(/* id 21, wireType 2 =*/170).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Response message from the specified reader or buffer.
             * @function decode
             * @memberof tendermint.abci.Response
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {tendermint.abci.Response & tendermint.abci.Response.$Shape} Response
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Response.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.tendermint.abci.Response();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.exception = $root.tendermint.abci.ResponseException.decode(reader, reader.size(), $undefined, _depth + 1, message.exception);
                            message.value = "exception";
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.echo = $root.tendermint.abci.ResponseEcho.decode(reader, reader.size(), $undefined, _depth + 1, message.echo);
                            message.value = "echo";
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.flush = $root.tendermint.abci.ResponseFlush.decode(reader, reader.size(), $undefined, _depth + 1, message.flush);
                            message.value = "flush";
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            message.info = $root.tendermint.abci.ResponseInfo.decode(reader, reader.size(), $undefined, _depth + 1, message.info);
                            message.value = "info";
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            message.initChain = $root.tendermint.abci.ResponseInitChain.decode(reader, reader.size(), $undefined, _depth + 1, message.initChain);
                            message.value = "initChain";
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            message.query = $root.tendermint.abci.ResponseQuery.decode(reader, reader.size(), $undefined, _depth + 1, message.query);
                            message.value = "query";
                            continue;
                        }
                    case 9: {
                            if (wireType !== 2)
                                break;
                            message.checkTx = $root.tendermint.abci.ResponseCheckTx.decode(reader, reader.size(), $undefined, _depth + 1, message.checkTx);
                            message.value = "checkTx";
                            continue;
                        }
                    case 12: {
                            if (wireType !== 2)
                                break;
                            message.commit = $root.tendermint.abci.ResponseCommit.decode(reader, reader.size(), $undefined, _depth + 1, message.commit);
                            message.value = "commit";
                            continue;
                        }
                    case 13: {
                            if (wireType !== 2)
                                break;
                            message.listSnapshots = $root.tendermint.abci.ResponseListSnapshots.decode(reader, reader.size(), $undefined, _depth + 1, message.listSnapshots);
                            message.value = "listSnapshots";
                            continue;
                        }
                    case 14: {
                            if (wireType !== 2)
                                break;
                            message.offerSnapshot = $root.tendermint.abci.ResponseOfferSnapshot.decode(reader, reader.size(), $undefined, _depth + 1, message.offerSnapshot);
                            message.value = "offerSnapshot";
                            continue;
                        }
                    case 15: {
                            if (wireType !== 2)
                                break;
                            message.loadSnapshotChunk = $root.tendermint.abci.ResponseLoadSnapshotChunk.decode(reader, reader.size(), $undefined, _depth + 1, message.loadSnapshotChunk);
                            message.value = "loadSnapshotChunk";
                            continue;
                        }
                    case 16: {
                            if (wireType !== 2)
                                break;
                            message.applySnapshotChunk = $root.tendermint.abci.ResponseApplySnapshotChunk.decode(reader, reader.size(), $undefined, _depth + 1, message.applySnapshotChunk);
                            message.value = "applySnapshotChunk";
                            continue;
                        }
                    case 17: {
                            if (wireType !== 2)
                                break;
                            message.prepareProposal = $root.tendermint.abci.ResponsePrepareProposal.decode(reader, reader.size(), $undefined, _depth + 1, message.prepareProposal);
                            message.value = "prepareProposal";
                            continue;
                        }
                    case 18: {
                            if (wireType !== 2)
                                break;
                            message.processProposal = $root.tendermint.abci.ResponseProcessProposal.decode(reader, reader.size(), $undefined, _depth + 1, message.processProposal);
                            message.value = "processProposal";
                            continue;
                        }
                    case 19: {
                            if (wireType !== 2)
                                break;
                            message.extendVote = $root.tendermint.abci.ResponseExtendVote.decode(reader, reader.size(), $undefined, _depth + 1, message.extendVote);
                            message.value = "extendVote";
                            continue;
                        }
                    case 20: {
                            if (wireType !== 2)
                                break;
                            message.verifyVoteExtension = $root.tendermint.abci.ResponseVerifyVoteExtension.decode(reader, reader.size(), $undefined, _depth + 1, message.verifyVoteExtension);
                            message.value = "verifyVoteExtension";
                            continue;
                        }
                    case 21: {
                            if (wireType !== 2)
                                break;
                            message.finalizeBlock = $root.tendermint.abci.ResponseFinalizeBlock.decode(reader, reader.size(), $undefined, _depth + 1, message.finalizeBlock);
                            message.value = "finalizeBlock";
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a Response message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof tendermint.abci.Response
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {tendermint.abci.Response} Response
             */
            Response.fromObject = function (object, _depth) {
                if (object instanceof $root.tendermint.abci.Response)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".tendermint.abci.Response: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.tendermint.abci.Response();
                if (object.exception != null) {
                    if (!$util.isObject(object.exception))
                        throw $TypeError(".tendermint.abci.Response.exception: object expected");
                    message.exception = $root.tendermint.abci.ResponseException.fromObject(object.exception, _depth + 1);
                }
                if (object.echo != null) {
                    if (!$util.isObject(object.echo))
                        throw $TypeError(".tendermint.abci.Response.echo: object expected");
                    message.echo = $root.tendermint.abci.ResponseEcho.fromObject(object.echo, _depth + 1);
                }
                if (object.flush != null) {
                    if (!$util.isObject(object.flush))
                        throw $TypeError(".tendermint.abci.Response.flush: object expected");
                    message.flush = $root.tendermint.abci.ResponseFlush.fromObject(object.flush, _depth + 1);
                }
                if (object.info != null) {
                    if (!$util.isObject(object.info))
                        throw $TypeError(".tendermint.abci.Response.info: object expected");
                    message.info = $root.tendermint.abci.ResponseInfo.fromObject(object.info, _depth + 1);
                }
                if (object.initChain != null) {
                    if (!$util.isObject(object.initChain))
                        throw $TypeError(".tendermint.abci.Response.initChain: object expected");
                    message.initChain = $root.tendermint.abci.ResponseInitChain.fromObject(object.initChain, _depth + 1);
                }
                if (object.query != null) {
                    if (!$util.isObject(object.query))
                        throw $TypeError(".tendermint.abci.Response.query: object expected");
                    message.query = $root.tendermint.abci.ResponseQuery.fromObject(object.query, _depth + 1);
                }
                if (object.checkTx != null) {
                    if (!$util.isObject(object.checkTx))
                        throw $TypeError(".tendermint.abci.Response.checkTx: object expected");
                    message.checkTx = $root.tendermint.abci.ResponseCheckTx.fromObject(object.checkTx, _depth + 1);
                }
                if (object.commit != null) {
                    if (!$util.isObject(object.commit))
                        throw $TypeError(".tendermint.abci.Response.commit: object expected");
                    message.commit = $root.tendermint.abci.ResponseCommit.fromObject(object.commit, _depth + 1);
                }
                if (object.listSnapshots != null) {
                    if (!$util.isObject(object.listSnapshots))
                        throw $TypeError(".tendermint.abci.Response.listSnapshots: object expected");
                    message.listSnapshots = $root.tendermint.abci.ResponseListSnapshots.fromObject(object.listSnapshots, _depth + 1);
                }
                if (object.offerSnapshot != null) {
                    if (!$util.isObject(object.offerSnapshot))
                        throw $TypeError(".tendermint.abci.Response.offerSnapshot: object expected");
                    message.offerSnapshot = $root.tendermint.abci.ResponseOfferSnapshot.fromObject(object.offerSnapshot, _depth + 1);
                }
                if (object.loadSnapshotChunk != null) {
                    if (!$util.isObject(object.loadSnapshotChunk))
                        throw $TypeError(".tendermint.abci.Response.loadSnapshotChunk: object expected");
                    message.loadSnapshotChunk = $root.tendermint.abci.ResponseLoadSnapshotChunk.fromObject(object.loadSnapshotChunk, _depth + 1);
                }
                if (object.applySnapshotChunk != null) {
                    if (!$util.isObject(object.applySnapshotChunk))
                        throw $TypeError(".tendermint.abci.Response.applySnapshotChunk: object expected");
                    message.applySnapshotChunk = $root.tendermint.abci.ResponseApplySnapshotChunk.fromObject(object.applySnapshotChunk, _depth + 1);
                }
                if (object.prepareProposal != null) {
                    if (!$util.isObject(object.prepareProposal))
                        throw $TypeError(".tendermint.abci.Response.prepareProposal: object expected");
                    message.prepareProposal = $root.tendermint.abci.ResponsePrepareProposal.fromObject(object.prepareProposal, _depth + 1);
                }
                if (object.processProposal != null) {
                    if (!$util.isObject(object.processProposal))
                        throw $TypeError(".tendermint.abci.Response.processProposal: object expected");
                    message.processProposal = $root.tendermint.abci.ResponseProcessProposal.fromObject(object.processProposal, _depth + 1);
                }
                if (object.extendVote != null) {
                    if (!$util.isObject(object.extendVote))
                        throw $TypeError(".tendermint.abci.Response.extendVote: object expected");
                    message.extendVote = $root.tendermint.abci.ResponseExtendVote.fromObject(object.extendVote, _depth + 1);
                }
                if (object.verifyVoteExtension != null) {
                    if (!$util.isObject(object.verifyVoteExtension))
                        throw $TypeError(".tendermint.abci.Response.verifyVoteExtension: object expected");
                    message.verifyVoteExtension = $root.tendermint.abci.ResponseVerifyVoteExtension.fromObject(object.verifyVoteExtension, _depth + 1);
                }
                if (object.finalizeBlock != null) {
                    if (!$util.isObject(object.finalizeBlock))
                        throw $TypeError(".tendermint.abci.Response.finalizeBlock: object expected");
                    message.finalizeBlock = $root.tendermint.abci.ResponseFinalizeBlock.fromObject(object.finalizeBlock, _depth + 1);
                }
                return message;
            };

            /**
             * Creates a plain object from a Response message. Also converts values to other types if specified.
             * @function toObject
             * @memberof tendermint.abci.Response
             * @static
             * @param {tendermint.abci.Response} message Response
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Response.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (message.exception != null && $Object.hasOwnProperty.call(message, "exception")) {
                    object.exception = $root.tendermint.abci.ResponseException.toObject(message.exception, options, _depth + 1);
                    if (options.oneofs)
                        object.value = "exception";
                }
                if (message.echo != null && $Object.hasOwnProperty.call(message, "echo")) {
                    object.echo = $root.tendermint.abci.ResponseEcho.toObject(message.echo, options, _depth + 1);
                    if (options.oneofs)
                        object.value = "echo";
                }
                if (message.flush != null && $Object.hasOwnProperty.call(message, "flush")) {
                    object.flush = $root.tendermint.abci.ResponseFlush.toObject(message.flush, options, _depth + 1);
                    if (options.oneofs)
                        object.value = "flush";
                }
                if (message.info != null && $Object.hasOwnProperty.call(message, "info")) {
                    object.info = $root.tendermint.abci.ResponseInfo.toObject(message.info, options, _depth + 1);
                    if (options.oneofs)
                        object.value = "info";
                }
                if (message.initChain != null && $Object.hasOwnProperty.call(message, "initChain")) {
                    object.initChain = $root.tendermint.abci.ResponseInitChain.toObject(message.initChain, options, _depth + 1);
                    if (options.oneofs)
                        object.value = "initChain";
                }
                if (message.query != null && $Object.hasOwnProperty.call(message, "query")) {
                    object.query = $root.tendermint.abci.ResponseQuery.toObject(message.query, options, _depth + 1);
                    if (options.oneofs)
                        object.value = "query";
                }
                if (message.checkTx != null && $Object.hasOwnProperty.call(message, "checkTx")) {
                    object.checkTx = $root.tendermint.abci.ResponseCheckTx.toObject(message.checkTx, options, _depth + 1);
                    if (options.oneofs)
                        object.value = "checkTx";
                }
                if (message.commit != null && $Object.hasOwnProperty.call(message, "commit")) {
                    object.commit = $root.tendermint.abci.ResponseCommit.toObject(message.commit, options, _depth + 1);
                    if (options.oneofs)
                        object.value = "commit";
                }
                if (message.listSnapshots != null && $Object.hasOwnProperty.call(message, "listSnapshots")) {
                    object.listSnapshots = $root.tendermint.abci.ResponseListSnapshots.toObject(message.listSnapshots, options, _depth + 1);
                    if (options.oneofs)
                        object.value = "listSnapshots";
                }
                if (message.offerSnapshot != null && $Object.hasOwnProperty.call(message, "offerSnapshot")) {
                    object.offerSnapshot = $root.tendermint.abci.ResponseOfferSnapshot.toObject(message.offerSnapshot, options, _depth + 1);
                    if (options.oneofs)
                        object.value = "offerSnapshot";
                }
                if (message.loadSnapshotChunk != null && $Object.hasOwnProperty.call(message, "loadSnapshotChunk")) {
                    object.loadSnapshotChunk = $root.tendermint.abci.ResponseLoadSnapshotChunk.toObject(message.loadSnapshotChunk, options, _depth + 1);
                    if (options.oneofs)
                        object.value = "loadSnapshotChunk";
                }
                if (message.applySnapshotChunk != null && $Object.hasOwnProperty.call(message, "applySnapshotChunk")) {
                    object.applySnapshotChunk = $root.tendermint.abci.ResponseApplySnapshotChunk.toObject(message.applySnapshotChunk, options, _depth + 1);
                    if (options.oneofs)
                        object.value = "applySnapshotChunk";
                }
                if (message.prepareProposal != null && $Object.hasOwnProperty.call(message, "prepareProposal")) {
                    object.prepareProposal = $root.tendermint.abci.ResponsePrepareProposal.toObject(message.prepareProposal, options, _depth + 1);
                    if (options.oneofs)
                        object.value = "prepareProposal";
                }
                if (message.processProposal != null && $Object.hasOwnProperty.call(message, "processProposal")) {
                    object.processProposal = $root.tendermint.abci.ResponseProcessProposal.toObject(message.processProposal, options, _depth + 1);
                    if (options.oneofs)
                        object.value = "processProposal";
                }
                if (message.extendVote != null && $Object.hasOwnProperty.call(message, "extendVote")) {
                    object.extendVote = $root.tendermint.abci.ResponseExtendVote.toObject(message.extendVote, options, _depth + 1);
                    if (options.oneofs)
                        object.value = "extendVote";
                }
                if (message.verifyVoteExtension != null && $Object.hasOwnProperty.call(message, "verifyVoteExtension")) {
                    object.verifyVoteExtension = $root.tendermint.abci.ResponseVerifyVoteExtension.toObject(message.verifyVoteExtension, options, _depth + 1);
                    if (options.oneofs)
                        object.value = "verifyVoteExtension";
                }
                if (message.finalizeBlock != null && $Object.hasOwnProperty.call(message, "finalizeBlock")) {
                    object.finalizeBlock = $root.tendermint.abci.ResponseFinalizeBlock.toObject(message.finalizeBlock, options, _depth + 1);
                    if (options.oneofs)
                        object.value = "finalizeBlock";
                }
                return object;
            };

            /**
             * Converts this Response to JSON.
             * @function toJSON
             * @memberof tendermint.abci.Response
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Response.prototype.toJSON = function() {
                return Response.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Response
             * @function getTypeUrl
             * @memberof tendermint.abci.Response
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Response.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/tendermint.abci.Response";
            };

            return Response;
        })();

        abci.ResponseException = (function() {

            /**
             * Properties of a ResponseException.
             * @typedef {Object} tendermint.abci.ResponseException.$Properties
             * @property {string|null} [error] ResponseException error
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ResponseException.
             * @memberof tendermint.abci
             * @interface IResponseException
             * @augments tendermint.abci.ResponseException.$Properties
             * @deprecated Use tendermint.abci.ResponseException.$Properties instead.
             */

            /**
             * Shape of a ResponseException.
             * @typedef {tendermint.abci.ResponseException.$Properties} tendermint.abci.ResponseException.$Shape
             */

            /**
             * Constructs a new ResponseException.
             * @memberof tendermint.abci
             * @classdesc Represents a ResponseException.
             * @constructor
             * @param {tendermint.abci.ResponseException.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ResponseException = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ResponseException error.
             * @member {string} error
             * @memberof tendermint.abci.ResponseException
             * @instance
             */
            ResponseException.prototype.error = "";

            /**
             * Creates a new ResponseException instance using the specified properties.
             * @function create
             * @memberof tendermint.abci.ResponseException
             * @static
             * @param {tendermint.abci.ResponseException.$Properties=} [properties] Properties to set
             * @returns {tendermint.abci.ResponseException} ResponseException instance
             * @type {{
             *   (properties: tendermint.abci.ResponseException.$Shape): tendermint.abci.ResponseException & tendermint.abci.ResponseException.$Shape;
             *   (properties?: tendermint.abci.ResponseException.$Properties): tendermint.abci.ResponseException;
             * }}
             */
            ResponseException.create = function(properties) {
                return new ResponseException(properties);
            };

            /**
             * Encodes the specified ResponseException message. Does not implicitly {@link tendermint.abci.ResponseException.verify|verify} messages.
             * @function encode
             * @memberof tendermint.abci.ResponseException
             * @static
             * @param {tendermint.abci.ResponseException.$Properties} message ResponseException message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ResponseException.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.error != null && $Object.hasOwnProperty.call(message, "error") && message.error !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.error);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a ResponseException message from the specified reader or buffer.
             * @function decode
             * @memberof tendermint.abci.ResponseException
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {tendermint.abci.ResponseException & tendermint.abci.ResponseException.$Shape} ResponseException
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ResponseException.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.tendermint.abci.ResponseException();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.error = value;
                            else
                                delete message.error;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a ResponseException message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof tendermint.abci.ResponseException
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {tendermint.abci.ResponseException} ResponseException
             */
            ResponseException.fromObject = function (object, _depth) {
                if (object instanceof $root.tendermint.abci.ResponseException)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".tendermint.abci.ResponseException: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.tendermint.abci.ResponseException();
                if (object.error != null)
                    if (typeof object.error !== "string" || object.error.length)
                        message.error = $String(object.error);
                return message;
            };

            /**
             * Creates a plain object from a ResponseException message. Also converts values to other types if specified.
             * @function toObject
             * @memberof tendermint.abci.ResponseException
             * @static
             * @param {tendermint.abci.ResponseException} message ResponseException
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ResponseException.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    object.error = "";
                if (message.error != null && $Object.hasOwnProperty.call(message, "error"))
                    object.error = message.error;
                return object;
            };

            /**
             * Converts this ResponseException to JSON.
             * @function toJSON
             * @memberof tendermint.abci.ResponseException
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ResponseException.prototype.toJSON = function() {
                return ResponseException.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for ResponseException
             * @function getTypeUrl
             * @memberof tendermint.abci.ResponseException
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ResponseException.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/tendermint.abci.ResponseException";
            };

            return ResponseException;
        })();

        abci.ResponseEcho = (function() {

            /**
             * Properties of a ResponseEcho.
             * @typedef {Object} tendermint.abci.ResponseEcho.$Properties
             * @property {string|null} [message] ResponseEcho message
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ResponseEcho.
             * @memberof tendermint.abci
             * @interface IResponseEcho
             * @augments tendermint.abci.ResponseEcho.$Properties
             * @deprecated Use tendermint.abci.ResponseEcho.$Properties instead.
             */

            /**
             * Shape of a ResponseEcho.
             * @typedef {tendermint.abci.ResponseEcho.$Properties} tendermint.abci.ResponseEcho.$Shape
             */

            /**
             * Constructs a new ResponseEcho.
             * @memberof tendermint.abci
             * @classdesc Represents a ResponseEcho.
             * @constructor
             * @param {tendermint.abci.ResponseEcho.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ResponseEcho = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ResponseEcho message.
             * @member {string} message
             * @memberof tendermint.abci.ResponseEcho
             * @instance
             */
            ResponseEcho.prototype.message = "";

            /**
             * Creates a new ResponseEcho instance using the specified properties.
             * @function create
             * @memberof tendermint.abci.ResponseEcho
             * @static
             * @param {tendermint.abci.ResponseEcho.$Properties=} [properties] Properties to set
             * @returns {tendermint.abci.ResponseEcho} ResponseEcho instance
             * @type {{
             *   (properties: tendermint.abci.ResponseEcho.$Shape): tendermint.abci.ResponseEcho & tendermint.abci.ResponseEcho.$Shape;
             *   (properties?: tendermint.abci.ResponseEcho.$Properties): tendermint.abci.ResponseEcho;
             * }}
             */
            ResponseEcho.create = function(properties) {
                return new ResponseEcho(properties);
            };

            /**
             * Encodes the specified ResponseEcho message. Does not implicitly {@link tendermint.abci.ResponseEcho.verify|verify} messages.
             * @function encode
             * @memberof tendermint.abci.ResponseEcho
             * @static
             * @param {tendermint.abci.ResponseEcho.$Properties} message ResponseEcho message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ResponseEcho.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.message != null && $Object.hasOwnProperty.call(message, "message") && message.message !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.message);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a ResponseEcho message from the specified reader or buffer.
             * @function decode
             * @memberof tendermint.abci.ResponseEcho
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {tendermint.abci.ResponseEcho & tendermint.abci.ResponseEcho.$Shape} ResponseEcho
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ResponseEcho.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.tendermint.abci.ResponseEcho();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.message = value;
                            else
                                delete message.message;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a ResponseEcho message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof tendermint.abci.ResponseEcho
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {tendermint.abci.ResponseEcho} ResponseEcho
             */
            ResponseEcho.fromObject = function (object, _depth) {
                if (object instanceof $root.tendermint.abci.ResponseEcho)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".tendermint.abci.ResponseEcho: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.tendermint.abci.ResponseEcho();
                if (object.message != null)
                    if (typeof object.message !== "string" || object.message.length)
                        message.message = $String(object.message);
                return message;
            };

            /**
             * Creates a plain object from a ResponseEcho message. Also converts values to other types if specified.
             * @function toObject
             * @memberof tendermint.abci.ResponseEcho
             * @static
             * @param {tendermint.abci.ResponseEcho} message ResponseEcho
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ResponseEcho.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    object.message = "";
                if (message.message != null && $Object.hasOwnProperty.call(message, "message"))
                    object.message = message.message;
                return object;
            };

            /**
             * Converts this ResponseEcho to JSON.
             * @function toJSON
             * @memberof tendermint.abci.ResponseEcho
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ResponseEcho.prototype.toJSON = function() {
                return ResponseEcho.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for ResponseEcho
             * @function getTypeUrl
             * @memberof tendermint.abci.ResponseEcho
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ResponseEcho.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/tendermint.abci.ResponseEcho";
            };

            return ResponseEcho;
        })();

        abci.ResponseFlush = (function() {

            /**
             * Properties of a ResponseFlush.
             * @typedef {Object} tendermint.abci.ResponseFlush.$Properties
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ResponseFlush.
             * @memberof tendermint.abci
             * @interface IResponseFlush
             * @augments tendermint.abci.ResponseFlush.$Properties
             * @deprecated Use tendermint.abci.ResponseFlush.$Properties instead.
             */

            /**
             * Shape of a ResponseFlush.
             * @typedef {tendermint.abci.ResponseFlush.$Properties} tendermint.abci.ResponseFlush.$Shape
             */

            /**
             * Constructs a new ResponseFlush.
             * @memberof tendermint.abci
             * @classdesc Represents a ResponseFlush.
             * @constructor
             * @param {tendermint.abci.ResponseFlush.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ResponseFlush = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Creates a new ResponseFlush instance using the specified properties.
             * @function create
             * @memberof tendermint.abci.ResponseFlush
             * @static
             * @param {tendermint.abci.ResponseFlush.$Properties=} [properties] Properties to set
             * @returns {tendermint.abci.ResponseFlush} ResponseFlush instance
             * @type {{
             *   (properties: tendermint.abci.ResponseFlush.$Shape): tendermint.abci.ResponseFlush & tendermint.abci.ResponseFlush.$Shape;
             *   (properties?: tendermint.abci.ResponseFlush.$Properties): tendermint.abci.ResponseFlush;
             * }}
             */
            ResponseFlush.create = function(properties) {
                return new ResponseFlush(properties);
            };

            /**
             * Encodes the specified ResponseFlush message. Does not implicitly {@link tendermint.abci.ResponseFlush.verify|verify} messages.
             * @function encode
             * @memberof tendermint.abci.ResponseFlush
             * @static
             * @param {tendermint.abci.ResponseFlush.$Properties} message ResponseFlush message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ResponseFlush.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a ResponseFlush message from the specified reader or buffer.
             * @function decode
             * @memberof tendermint.abci.ResponseFlush
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {tendermint.abci.ResponseFlush & tendermint.abci.ResponseFlush.$Shape} ResponseFlush
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ResponseFlush.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.tendermint.abci.ResponseFlush();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    reader.skipType(tag & 7, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a ResponseFlush message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof tendermint.abci.ResponseFlush
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {tendermint.abci.ResponseFlush} ResponseFlush
             */
            ResponseFlush.fromObject = function (object, _depth) {
                if (object instanceof $root.tendermint.abci.ResponseFlush)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".tendermint.abci.ResponseFlush: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                return new $root.tendermint.abci.ResponseFlush();
            };

            /**
             * Creates a plain object from a ResponseFlush message. Also converts values to other types if specified.
             * @function toObject
             * @memberof tendermint.abci.ResponseFlush
             * @static
             * @param {tendermint.abci.ResponseFlush} message ResponseFlush
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ResponseFlush.toObject = function () {
                return {};
            };

            /**
             * Converts this ResponseFlush to JSON.
             * @function toJSON
             * @memberof tendermint.abci.ResponseFlush
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ResponseFlush.prototype.toJSON = function() {
                return ResponseFlush.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for ResponseFlush
             * @function getTypeUrl
             * @memberof tendermint.abci.ResponseFlush
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ResponseFlush.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/tendermint.abci.ResponseFlush";
            };

            return ResponseFlush;
        })();

        abci.ResponseInfo = (function() {

            /**
             * Properties of a ResponseInfo.
             * @typedef {Object} tendermint.abci.ResponseInfo.$Properties
             * @property {string|null} [data] ResponseInfo data
             * @property {string|null} [version] ResponseInfo version
             * @property {number|null} [appVersion] ResponseInfo appVersion
             * @property {number|null} [lastBlockHeight] ResponseInfo lastBlockHeight
             * @property {Uint8Array|null} [lastBlockAppHash] ResponseInfo lastBlockAppHash
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ResponseInfo.
             * @memberof tendermint.abci
             * @interface IResponseInfo
             * @augments tendermint.abci.ResponseInfo.$Properties
             * @deprecated Use tendermint.abci.ResponseInfo.$Properties instead.
             */

            /**
             * Shape of a ResponseInfo.
             * @typedef {tendermint.abci.ResponseInfo.$Properties} tendermint.abci.ResponseInfo.$Shape
             */

            /**
             * Constructs a new ResponseInfo.
             * @memberof tendermint.abci
             * @classdesc Represents a ResponseInfo.
             * @constructor
             * @param {tendermint.abci.ResponseInfo.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ResponseInfo = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ResponseInfo data.
             * @member {string} data
             * @memberof tendermint.abci.ResponseInfo
             * @instance
             */
            ResponseInfo.prototype.data = "";

            /**
             * ResponseInfo version.
             * @member {string} version
             * @memberof tendermint.abci.ResponseInfo
             * @instance
             */
            ResponseInfo.prototype.version = "";

            /**
             * ResponseInfo appVersion.
             * @member {number} appVersion
             * @memberof tendermint.abci.ResponseInfo
             * @instance
             */
            ResponseInfo.prototype.appVersion = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * ResponseInfo lastBlockHeight.
             * @member {number} lastBlockHeight
             * @memberof tendermint.abci.ResponseInfo
             * @instance
             */
            ResponseInfo.prototype.lastBlockHeight = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * ResponseInfo lastBlockAppHash.
             * @member {Uint8Array} lastBlockAppHash
             * @memberof tendermint.abci.ResponseInfo
             * @instance
             */
            ResponseInfo.prototype.lastBlockAppHash = $util.newBuffer([]);

            /**
             * Creates a new ResponseInfo instance using the specified properties.
             * @function create
             * @memberof tendermint.abci.ResponseInfo
             * @static
             * @param {tendermint.abci.ResponseInfo.$Properties=} [properties] Properties to set
             * @returns {tendermint.abci.ResponseInfo} ResponseInfo instance
             * @type {{
             *   (properties: tendermint.abci.ResponseInfo.$Shape): tendermint.abci.ResponseInfo & tendermint.abci.ResponseInfo.$Shape;
             *   (properties?: tendermint.abci.ResponseInfo.$Properties): tendermint.abci.ResponseInfo;
             * }}
             */
            ResponseInfo.create = function(properties) {
                return new ResponseInfo(properties);
            };

            /**
             * Encodes the specified ResponseInfo message. Does not implicitly {@link tendermint.abci.ResponseInfo.verify|verify} messages.
             * @function encode
             * @memberof tendermint.abci.ResponseInfo
             * @static
             * @param {tendermint.abci.ResponseInfo.$Properties} message ResponseInfo message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ResponseInfo.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.data != null && $Object.hasOwnProperty.call(message, "data") && message.data !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.data);
                if (message.version != null && $Object.hasOwnProperty.call(message, "version") && message.version !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.version);
                if (message.appVersion != null && $Object.hasOwnProperty.call(message, "appVersion") && (typeof message.appVersion === "object" ? message.appVersion.low || message.appVersion.high : message.appVersion !== 0))
                    writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.appVersion);
                if (message.lastBlockHeight != null && $Object.hasOwnProperty.call(message, "lastBlockHeight") && (typeof message.lastBlockHeight === "object" ? message.lastBlockHeight.low || message.lastBlockHeight.high : message.lastBlockHeight !== 0))
                    writer.uint32(/* id 4, wireType 0 =*/32).int64(message.lastBlockHeight);
                if (message.lastBlockAppHash != null && $Object.hasOwnProperty.call(message, "lastBlockAppHash") && message.lastBlockAppHash.length)
                    writer.uint32(/* id 5, wireType 2 =*/42).bytes(message.lastBlockAppHash);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a ResponseInfo message from the specified reader or buffer.
             * @function decode
             * @memberof tendermint.abci.ResponseInfo
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {tendermint.abci.ResponseInfo & tendermint.abci.ResponseInfo.$Shape} ResponseInfo
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ResponseInfo.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.tendermint.abci.ResponseInfo();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.data = value;
                            else
                                delete message.data;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.version = value;
                            else
                                delete message.version;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.appVersion = value;
                            else
                                delete message.appVersion;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.lastBlockHeight = value;
                            else
                                delete message.lastBlockHeight;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.lastBlockAppHash = value;
                            else
                                delete message.lastBlockAppHash;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a ResponseInfo message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof tendermint.abci.ResponseInfo
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {tendermint.abci.ResponseInfo} ResponseInfo
             */
            ResponseInfo.fromObject = function (object, _depth) {
                if (object instanceof $root.tendermint.abci.ResponseInfo)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".tendermint.abci.ResponseInfo: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.tendermint.abci.ResponseInfo();
                if (object.data != null)
                    if (typeof object.data !== "string" || object.data.length)
                        message.data = $String(object.data);
                if (object.version != null)
                    if (typeof object.version !== "string" || object.version.length)
                        message.version = $String(object.version);
                if (object.appVersion != null)
                    if (typeof object.appVersion === "object" ? object.appVersion.low || object.appVersion.high : $Number(object.appVersion) !== 0)
                        if ($util.Long)
                            message.appVersion = $util.Long.fromValue(object.appVersion, true);
                        else if (typeof object.appVersion === "string")
                            message.appVersion = $parseInt(object.appVersion, 10);
                        else if (typeof object.appVersion === "number")
                            message.appVersion = object.appVersion;
                        else if (typeof object.appVersion === "object")
                            message.appVersion = new $util.LongBits(object.appVersion.low >>> 0, object.appVersion.high >>> 0).toNumber(true);
                if (object.lastBlockHeight != null)
                    if (typeof object.lastBlockHeight === "object" ? object.lastBlockHeight.low || object.lastBlockHeight.high : $Number(object.lastBlockHeight) !== 0)
                        if ($util.Long)
                            message.lastBlockHeight = $util.Long.fromValue(object.lastBlockHeight, false);
                        else if (typeof object.lastBlockHeight === "string")
                            message.lastBlockHeight = $parseInt(object.lastBlockHeight, 10);
                        else if (typeof object.lastBlockHeight === "number")
                            message.lastBlockHeight = object.lastBlockHeight;
                        else if (typeof object.lastBlockHeight === "object")
                            message.lastBlockHeight = new $util.LongBits(object.lastBlockHeight.low >>> 0, object.lastBlockHeight.high >>> 0).toNumber();
                if (object.lastBlockAppHash != null)
                    if (object.lastBlockAppHash.length)
                        if (typeof object.lastBlockAppHash === "string")
                            $util.base64.decode(object.lastBlockAppHash, message.lastBlockAppHash = $util.newBuffer($util.base64.length(object.lastBlockAppHash)), 0);
                        else if (object.lastBlockAppHash.length >= 0)
                            message.lastBlockAppHash = object.lastBlockAppHash;
                return message;
            };

            /**
             * Creates a plain object from a ResponseInfo message. Also converts values to other types if specified.
             * @function toObject
             * @memberof tendermint.abci.ResponseInfo
             * @static
             * @param {tendermint.abci.ResponseInfo} message ResponseInfo
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ResponseInfo.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.data = "";
                    object.version = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.appVersion = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.appVersion = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.lastBlockHeight = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.lastBlockHeight = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if (options.bytes === $String)
                        object.lastBlockAppHash = "";
                    else {
                        object.lastBlockAppHash = [];
                        if (options.bytes !== $Array)
                            object.lastBlockAppHash = $util.newBuffer(object.lastBlockAppHash);
                    }
                }
                if (message.data != null && $Object.hasOwnProperty.call(message, "data"))
                    object.data = message.data;
                if (message.version != null && $Object.hasOwnProperty.call(message, "version"))
                    object.version = message.version;
                if (message.appVersion != null && $Object.hasOwnProperty.call(message, "appVersion"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.appVersion = typeof message.appVersion === "number" ? $BigInt(message.appVersion) : $util.Long.fromBits(message.appVersion.low >>> 0, message.appVersion.high >>> 0, true).toBigInt();
                    else if (typeof message.appVersion === "number")
                        object.appVersion = options.longs === $String ? $String(message.appVersion) : message.appVersion;
                    else
                        object.appVersion = options.longs === $String ? $util.Long.prototype.toString.call(message.appVersion) : options.longs === $Number ? new $util.LongBits(message.appVersion.low >>> 0, message.appVersion.high >>> 0).toNumber(true) : message.appVersion;
                if (message.lastBlockHeight != null && $Object.hasOwnProperty.call(message, "lastBlockHeight"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.lastBlockHeight = typeof message.lastBlockHeight === "number" ? $BigInt(message.lastBlockHeight) : $util.Long.fromBits(message.lastBlockHeight.low >>> 0, message.lastBlockHeight.high >>> 0, false).toBigInt();
                    else if (typeof message.lastBlockHeight === "number")
                        object.lastBlockHeight = options.longs === $String ? $String(message.lastBlockHeight) : message.lastBlockHeight;
                    else
                        object.lastBlockHeight = options.longs === $String ? $util.Long.prototype.toString.call(message.lastBlockHeight) : options.longs === $Number ? new $util.LongBits(message.lastBlockHeight.low >>> 0, message.lastBlockHeight.high >>> 0).toNumber() : message.lastBlockHeight;
                if (message.lastBlockAppHash != null && $Object.hasOwnProperty.call(message, "lastBlockAppHash"))
                    object.lastBlockAppHash = options.bytes === $String ? $util.base64.encode(message.lastBlockAppHash, 0, message.lastBlockAppHash.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.lastBlockAppHash) : message.lastBlockAppHash;
                return object;
            };

            /**
             * Converts this ResponseInfo to JSON.
             * @function toJSON
             * @memberof tendermint.abci.ResponseInfo
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ResponseInfo.prototype.toJSON = function() {
                return ResponseInfo.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for ResponseInfo
             * @function getTypeUrl
             * @memberof tendermint.abci.ResponseInfo
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ResponseInfo.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/tendermint.abci.ResponseInfo";
            };

            return ResponseInfo;
        })();

        abci.ResponseInitChain = (function() {

            /**
             * Properties of a ResponseInitChain.
             * @typedef {Object} tendermint.abci.ResponseInitChain.$Properties
             * @property {tendermint.types.ConsensusParams.$Properties|null} [consensusParams] ResponseInitChain consensusParams
             * @property {Array.<tendermint.abci.ValidatorUpdate.$Properties>|null} [validators] ResponseInitChain validators
             * @property {Uint8Array|null} [appHash] ResponseInitChain appHash
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ResponseInitChain.
             * @memberof tendermint.abci
             * @interface IResponseInitChain
             * @augments tendermint.abci.ResponseInitChain.$Properties
             * @deprecated Use tendermint.abci.ResponseInitChain.$Properties instead.
             */

            /**
             * Shape of a ResponseInitChain.
             * @typedef {{
             *   consensusParams?: tendermint.types.ConsensusParams.$Shape|null;
             *   validators?: Array.<tendermint.abci.ValidatorUpdate.$Shape>|null;
             *   appHash?: Uint8Array|null;
             *   $unknowns?: Array.<Uint8Array>;
             * }} tendermint.abci.ResponseInitChain.$Shape
             */

            /**
             * Constructs a new ResponseInitChain.
             * @memberof tendermint.abci
             * @classdesc Represents a ResponseInitChain.
             * @constructor
             * @param {tendermint.abci.ResponseInitChain.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ResponseInitChain = function (properties) {
                this.validators = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ResponseInitChain consensusParams.
             * @member {tendermint.types.ConsensusParams.$Properties|null|undefined} consensusParams
             * @memberof tendermint.abci.ResponseInitChain
             * @instance
             */
            ResponseInitChain.prototype.consensusParams = null;

            /**
             * ResponseInitChain validators.
             * @member {Array.<tendermint.abci.ValidatorUpdate.$Properties>} validators
             * @memberof tendermint.abci.ResponseInitChain
             * @instance
             */
            ResponseInitChain.prototype.validators = $util.emptyArray;

            /**
             * ResponseInitChain appHash.
             * @member {Uint8Array} appHash
             * @memberof tendermint.abci.ResponseInitChain
             * @instance
             */
            ResponseInitChain.prototype.appHash = $util.newBuffer([]);

            /**
             * Creates a new ResponseInitChain instance using the specified properties.
             * @function create
             * @memberof tendermint.abci.ResponseInitChain
             * @static
             * @param {tendermint.abci.ResponseInitChain.$Properties=} [properties] Properties to set
             * @returns {tendermint.abci.ResponseInitChain} ResponseInitChain instance
             * @type {{
             *   (properties: tendermint.abci.ResponseInitChain.$Shape): tendermint.abci.ResponseInitChain & tendermint.abci.ResponseInitChain.$Shape;
             *   (properties?: tendermint.abci.ResponseInitChain.$Properties): tendermint.abci.ResponseInitChain;
             * }}
             */
            ResponseInitChain.create = function(properties) {
                return new ResponseInitChain(properties);
            };

            /**
             * Encodes the specified ResponseInitChain message. Does not implicitly {@link tendermint.abci.ResponseInitChain.verify|verify} messages.
             * @function encode
             * @memberof tendermint.abci.ResponseInitChain
             * @static
             * @param {tendermint.abci.ResponseInitChain.$Properties} message ResponseInitChain message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ResponseInitChain.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.consensusParams != null && $Object.hasOwnProperty.call(message, "consensusParams"))
                    $root.tendermint.types.ConsensusParams.encode(message.consensusParams, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.validators != null && message.validators.length)
                    for (let i = 0; i < message.validators.length; ++i)
                        $root.tendermint.abci.ValidatorUpdate.encode(message.validators[i], writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.appHash != null && $Object.hasOwnProperty.call(message, "appHash") && message.appHash.length)
                    writer.uint32(/* id 3, wireType 2 =*/26).bytes(message.appHash);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a ResponseInitChain message from the specified reader or buffer.
             * @function decode
             * @memberof tendermint.abci.ResponseInitChain
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {tendermint.abci.ResponseInitChain & tendermint.abci.ResponseInitChain.$Shape} ResponseInitChain
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ResponseInitChain.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.tendermint.abci.ResponseInitChain();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.consensusParams = $root.tendermint.types.ConsensusParams.decode(reader, reader.size(), $undefined, _depth + 1, message.consensusParams);
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if (!(message.validators && message.validators.length))
                                message.validators = [];
                            message.validators.push($root.tendermint.abci.ValidatorUpdate.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.appHash = value;
                            else
                                delete message.appHash;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a ResponseInitChain message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof tendermint.abci.ResponseInitChain
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {tendermint.abci.ResponseInitChain} ResponseInitChain
             */
            ResponseInitChain.fromObject = function (object, _depth) {
                if (object instanceof $root.tendermint.abci.ResponseInitChain)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".tendermint.abci.ResponseInitChain: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.tendermint.abci.ResponseInitChain();
                if (object.consensusParams != null) {
                    if (!$util.isObject(object.consensusParams))
                        throw $TypeError(".tendermint.abci.ResponseInitChain.consensusParams: object expected");
                    message.consensusParams = $root.tendermint.types.ConsensusParams.fromObject(object.consensusParams, _depth + 1);
                }
                if (object.validators) {
                    if (!$Array.isArray(object.validators))
                        throw $TypeError(".tendermint.abci.ResponseInitChain.validators: array expected");
                    message.validators = $Array(object.validators.length);
                    for (let i = 0; i < object.validators.length; ++i) {
                        if (!$util.isObject(object.validators[i]))
                            throw $TypeError(".tendermint.abci.ResponseInitChain.validators: object expected");
                        message.validators[i] = $root.tendermint.abci.ValidatorUpdate.fromObject(object.validators[i], _depth + 1);
                    }
                }
                if (object.appHash != null)
                    if (object.appHash.length)
                        if (typeof object.appHash === "string")
                            $util.base64.decode(object.appHash, message.appHash = $util.newBuffer($util.base64.length(object.appHash)), 0);
                        else if (object.appHash.length >= 0)
                            message.appHash = object.appHash;
                return message;
            };

            /**
             * Creates a plain object from a ResponseInitChain message. Also converts values to other types if specified.
             * @function toObject
             * @memberof tendermint.abci.ResponseInitChain
             * @static
             * @param {tendermint.abci.ResponseInitChain} message ResponseInitChain
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ResponseInitChain.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.validators = [];
                if (options.defaults) {
                    object.consensusParams = null;
                    if (options.bytes === $String)
                        object.appHash = "";
                    else {
                        object.appHash = [];
                        if (options.bytes !== $Array)
                            object.appHash = $util.newBuffer(object.appHash);
                    }
                }
                if (message.consensusParams != null && $Object.hasOwnProperty.call(message, "consensusParams"))
                    object.consensusParams = $root.tendermint.types.ConsensusParams.toObject(message.consensusParams, options, _depth + 1);
                if (message.validators && message.validators.length) {
                    object.validators = $Array(message.validators.length);
                    for (let j = 0; j < message.validators.length; ++j)
                        object.validators[j] = $root.tendermint.abci.ValidatorUpdate.toObject(message.validators[j], options, _depth + 1);
                }
                if (message.appHash != null && $Object.hasOwnProperty.call(message, "appHash"))
                    object.appHash = options.bytes === $String ? $util.base64.encode(message.appHash, 0, message.appHash.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.appHash) : message.appHash;
                return object;
            };

            /**
             * Converts this ResponseInitChain to JSON.
             * @function toJSON
             * @memberof tendermint.abci.ResponseInitChain
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ResponseInitChain.prototype.toJSON = function() {
                return ResponseInitChain.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for ResponseInitChain
             * @function getTypeUrl
             * @memberof tendermint.abci.ResponseInitChain
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ResponseInitChain.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/tendermint.abci.ResponseInitChain";
            };

            return ResponseInitChain;
        })();

        abci.ResponseQuery = (function() {

            /**
             * Properties of a ResponseQuery.
             * @typedef {Object} tendermint.abci.ResponseQuery.$Properties
             * @property {number|null} [code] ResponseQuery code
             * @property {string|null} [log] ResponseQuery log
             * @property {string|null} [info] ResponseQuery info
             * @property {number|null} [index] ResponseQuery index
             * @property {Uint8Array|null} [key] ResponseQuery key
             * @property {Uint8Array|null} [value] ResponseQuery value
             * @property {tendermint.crypto.ProofOps.$Properties|null} [proofOps] ResponseQuery proofOps
             * @property {number|null} [height] ResponseQuery height
             * @property {string|null} [codespace] ResponseQuery codespace
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ResponseQuery.
             * @memberof tendermint.abci
             * @interface IResponseQuery
             * @augments tendermint.abci.ResponseQuery.$Properties
             * @deprecated Use tendermint.abci.ResponseQuery.$Properties instead.
             */

            /**
             * Shape of a ResponseQuery.
             * @typedef {tendermint.abci.ResponseQuery.$Properties} tendermint.abci.ResponseQuery.$Shape
             */

            /**
             * Constructs a new ResponseQuery.
             * @memberof tendermint.abci
             * @classdesc Represents a ResponseQuery.
             * @constructor
             * @param {tendermint.abci.ResponseQuery.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ResponseQuery = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ResponseQuery code.
             * @member {number} code
             * @memberof tendermint.abci.ResponseQuery
             * @instance
             */
            ResponseQuery.prototype.code = 0;

            /**
             * ResponseQuery log.
             * @member {string} log
             * @memberof tendermint.abci.ResponseQuery
             * @instance
             */
            ResponseQuery.prototype.log = "";

            /**
             * ResponseQuery info.
             * @member {string} info
             * @memberof tendermint.abci.ResponseQuery
             * @instance
             */
            ResponseQuery.prototype.info = "";

            /**
             * ResponseQuery index.
             * @member {number} index
             * @memberof tendermint.abci.ResponseQuery
             * @instance
             */
            ResponseQuery.prototype.index = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * ResponseQuery key.
             * @member {Uint8Array} key
             * @memberof tendermint.abci.ResponseQuery
             * @instance
             */
            ResponseQuery.prototype.key = $util.newBuffer([]);

            /**
             * ResponseQuery value.
             * @member {Uint8Array} value
             * @memberof tendermint.abci.ResponseQuery
             * @instance
             */
            ResponseQuery.prototype.value = $util.newBuffer([]);

            /**
             * ResponseQuery proofOps.
             * @member {tendermint.crypto.ProofOps.$Properties|null|undefined} proofOps
             * @memberof tendermint.abci.ResponseQuery
             * @instance
             */
            ResponseQuery.prototype.proofOps = null;

            /**
             * ResponseQuery height.
             * @member {number} height
             * @memberof tendermint.abci.ResponseQuery
             * @instance
             */
            ResponseQuery.prototype.height = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * ResponseQuery codespace.
             * @member {string} codespace
             * @memberof tendermint.abci.ResponseQuery
             * @instance
             */
            ResponseQuery.prototype.codespace = "";

            /**
             * Creates a new ResponseQuery instance using the specified properties.
             * @function create
             * @memberof tendermint.abci.ResponseQuery
             * @static
             * @param {tendermint.abci.ResponseQuery.$Properties=} [properties] Properties to set
             * @returns {tendermint.abci.ResponseQuery} ResponseQuery instance
             * @type {{
             *   (properties: tendermint.abci.ResponseQuery.$Shape): tendermint.abci.ResponseQuery & tendermint.abci.ResponseQuery.$Shape;
             *   (properties?: tendermint.abci.ResponseQuery.$Properties): tendermint.abci.ResponseQuery;
             * }}
             */
            ResponseQuery.create = function(properties) {
                return new ResponseQuery(properties);
            };

            /**
             * Encodes the specified ResponseQuery message. Does not implicitly {@link tendermint.abci.ResponseQuery.verify|verify} messages.
             * @function encode
             * @memberof tendermint.abci.ResponseQuery
             * @static
             * @param {tendermint.abci.ResponseQuery.$Properties} message ResponseQuery message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ResponseQuery.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.code != null && $Object.hasOwnProperty.call(message, "code") && message.code !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.code);
                if (message.log != null && $Object.hasOwnProperty.call(message, "log") && message.log !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.log);
                if (message.info != null && $Object.hasOwnProperty.call(message, "info") && message.info !== "")
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.info);
                if (message.index != null && $Object.hasOwnProperty.call(message, "index") && (typeof message.index === "object" ? message.index.low || message.index.high : message.index !== 0))
                    writer.uint32(/* id 5, wireType 0 =*/40).int64(message.index);
                if (message.key != null && $Object.hasOwnProperty.call(message, "key") && message.key.length)
                    writer.uint32(/* id 6, wireType 2 =*/50).bytes(message.key);
                if (message.value != null && $Object.hasOwnProperty.call(message, "value") && message.value.length)
                    writer.uint32(/* id 7, wireType 2 =*/58).bytes(message.value);
                if (message.proofOps != null && $Object.hasOwnProperty.call(message, "proofOps"))
                    $root.tendermint.crypto.ProofOps.encode(message.proofOps, writer.uint32(/* id 8, wireType 2 =*/66).fork(), _depth + 1).ldelim();
                if (message.height != null && $Object.hasOwnProperty.call(message, "height") && (typeof message.height === "object" ? message.height.low || message.height.high : message.height !== 0))
                    writer.uint32(/* id 9, wireType 0 =*/72).int64(message.height);
                if (message.codespace != null && $Object.hasOwnProperty.call(message, "codespace") && message.codespace !== "")
                    writer.uint32(/* id 10, wireType 2 =*/82).string(message.codespace);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a ResponseQuery message from the specified reader or buffer.
             * @function decode
             * @memberof tendermint.abci.ResponseQuery
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {tendermint.abci.ResponseQuery & tendermint.abci.ResponseQuery.$Shape} ResponseQuery
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ResponseQuery.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.tendermint.abci.ResponseQuery();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.code = value;
                            else
                                delete message.code;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.log = value;
                            else
                                delete message.log;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.info = value;
                            else
                                delete message.info;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.index = value;
                            else
                                delete message.index;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.key = value;
                            else
                                delete message.key;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.value = value;
                            else
                                delete message.value;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 2)
                                break;
                            message.proofOps = $root.tendermint.crypto.ProofOps.decode(reader, reader.size(), $undefined, _depth + 1, message.proofOps);
                            continue;
                        }
                    case 9: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.height = value;
                            else
                                delete message.height;
                            continue;
                        }
                    case 10: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.codespace = value;
                            else
                                delete message.codespace;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a ResponseQuery message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof tendermint.abci.ResponseQuery
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {tendermint.abci.ResponseQuery} ResponseQuery
             */
            ResponseQuery.fromObject = function (object, _depth) {
                if (object instanceof $root.tendermint.abci.ResponseQuery)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".tendermint.abci.ResponseQuery: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.tendermint.abci.ResponseQuery();
                if (object.code != null)
                    if ($Number(object.code) !== 0)
                        message.code = object.code >>> 0;
                if (object.log != null)
                    if (typeof object.log !== "string" || object.log.length)
                        message.log = $String(object.log);
                if (object.info != null)
                    if (typeof object.info !== "string" || object.info.length)
                        message.info = $String(object.info);
                if (object.index != null)
                    if (typeof object.index === "object" ? object.index.low || object.index.high : $Number(object.index) !== 0)
                        if ($util.Long)
                            message.index = $util.Long.fromValue(object.index, false);
                        else if (typeof object.index === "string")
                            message.index = $parseInt(object.index, 10);
                        else if (typeof object.index === "number")
                            message.index = object.index;
                        else if (typeof object.index === "object")
                            message.index = new $util.LongBits(object.index.low >>> 0, object.index.high >>> 0).toNumber();
                if (object.key != null)
                    if (object.key.length)
                        if (typeof object.key === "string")
                            $util.base64.decode(object.key, message.key = $util.newBuffer($util.base64.length(object.key)), 0);
                        else if (object.key.length >= 0)
                            message.key = object.key;
                if (object.value != null)
                    if (object.value.length)
                        if (typeof object.value === "string")
                            $util.base64.decode(object.value, message.value = $util.newBuffer($util.base64.length(object.value)), 0);
                        else if (object.value.length >= 0)
                            message.value = object.value;
                if (object.proofOps != null) {
                    if (!$util.isObject(object.proofOps))
                        throw $TypeError(".tendermint.abci.ResponseQuery.proofOps: object expected");
                    message.proofOps = $root.tendermint.crypto.ProofOps.fromObject(object.proofOps, _depth + 1);
                }
                if (object.height != null)
                    if (typeof object.height === "object" ? object.height.low || object.height.high : $Number(object.height) !== 0)
                        if ($util.Long)
                            message.height = $util.Long.fromValue(object.height, false);
                        else if (typeof object.height === "string")
                            message.height = $parseInt(object.height, 10);
                        else if (typeof object.height === "number")
                            message.height = object.height;
                        else if (typeof object.height === "object")
                            message.height = new $util.LongBits(object.height.low >>> 0, object.height.high >>> 0).toNumber();
                if (object.codespace != null)
                    if (typeof object.codespace !== "string" || object.codespace.length)
                        message.codespace = $String(object.codespace);
                return message;
            };

            /**
             * Creates a plain object from a ResponseQuery message. Also converts values to other types if specified.
             * @function toObject
             * @memberof tendermint.abci.ResponseQuery
             * @static
             * @param {tendermint.abci.ResponseQuery} message ResponseQuery
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ResponseQuery.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.code = 0;
                    object.log = "";
                    object.info = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.index = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.index = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if (options.bytes === $String)
                        object.key = "";
                    else {
                        object.key = [];
                        if (options.bytes !== $Array)
                            object.key = $util.newBuffer(object.key);
                    }
                    if (options.bytes === $String)
                        object.value = "";
                    else {
                        object.value = [];
                        if (options.bytes !== $Array)
                            object.value = $util.newBuffer(object.value);
                    }
                    object.proofOps = null;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.height = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.height = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.codespace = "";
                }
                if (message.code != null && $Object.hasOwnProperty.call(message, "code"))
                    object.code = message.code;
                if (message.log != null && $Object.hasOwnProperty.call(message, "log"))
                    object.log = message.log;
                if (message.info != null && $Object.hasOwnProperty.call(message, "info"))
                    object.info = message.info;
                if (message.index != null && $Object.hasOwnProperty.call(message, "index"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.index = typeof message.index === "number" ? $BigInt(message.index) : $util.Long.fromBits(message.index.low >>> 0, message.index.high >>> 0, false).toBigInt();
                    else if (typeof message.index === "number")
                        object.index = options.longs === $String ? $String(message.index) : message.index;
                    else
                        object.index = options.longs === $String ? $util.Long.prototype.toString.call(message.index) : options.longs === $Number ? new $util.LongBits(message.index.low >>> 0, message.index.high >>> 0).toNumber() : message.index;
                if (message.key != null && $Object.hasOwnProperty.call(message, "key"))
                    object.key = options.bytes === $String ? $util.base64.encode(message.key, 0, message.key.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.key) : message.key;
                if (message.value != null && $Object.hasOwnProperty.call(message, "value"))
                    object.value = options.bytes === $String ? $util.base64.encode(message.value, 0, message.value.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.value) : message.value;
                if (message.proofOps != null && $Object.hasOwnProperty.call(message, "proofOps"))
                    object.proofOps = $root.tendermint.crypto.ProofOps.toObject(message.proofOps, options, _depth + 1);
                if (message.height != null && $Object.hasOwnProperty.call(message, "height"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.height = typeof message.height === "number" ? $BigInt(message.height) : $util.Long.fromBits(message.height.low >>> 0, message.height.high >>> 0, false).toBigInt();
                    else if (typeof message.height === "number")
                        object.height = options.longs === $String ? $String(message.height) : message.height;
                    else
                        object.height = options.longs === $String ? $util.Long.prototype.toString.call(message.height) : options.longs === $Number ? new $util.LongBits(message.height.low >>> 0, message.height.high >>> 0).toNumber() : message.height;
                if (message.codespace != null && $Object.hasOwnProperty.call(message, "codespace"))
                    object.codespace = message.codespace;
                return object;
            };

            /**
             * Converts this ResponseQuery to JSON.
             * @function toJSON
             * @memberof tendermint.abci.ResponseQuery
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ResponseQuery.prototype.toJSON = function() {
                return ResponseQuery.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for ResponseQuery
             * @function getTypeUrl
             * @memberof tendermint.abci.ResponseQuery
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ResponseQuery.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/tendermint.abci.ResponseQuery";
            };

            return ResponseQuery;
        })();

        abci.ResponseCheckTx = (function() {

            /**
             * Properties of a ResponseCheckTx.
             * @typedef {Object} tendermint.abci.ResponseCheckTx.$Properties
             * @property {number|null} [code] ResponseCheckTx code
             * @property {Uint8Array|null} [data] ResponseCheckTx data
             * @property {string|null} [log] ResponseCheckTx log
             * @property {string|null} [info] ResponseCheckTx info
             * @property {number|null} [gasWanted] ResponseCheckTx gasWanted
             * @property {number|null} [gasUsed] ResponseCheckTx gasUsed
             * @property {Array.<tendermint.abci.Event.$Properties>|null} [events] ResponseCheckTx events
             * @property {string|null} [codespace] ResponseCheckTx codespace
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ResponseCheckTx.
             * @memberof tendermint.abci
             * @interface IResponseCheckTx
             * @augments tendermint.abci.ResponseCheckTx.$Properties
             * @deprecated Use tendermint.abci.ResponseCheckTx.$Properties instead.
             */

            /**
             * Shape of a ResponseCheckTx.
             * @typedef {tendermint.abci.ResponseCheckTx.$Properties} tendermint.abci.ResponseCheckTx.$Shape
             */

            /**
             * Constructs a new ResponseCheckTx.
             * @memberof tendermint.abci
             * @classdesc Represents a ResponseCheckTx.
             * @constructor
             * @param {tendermint.abci.ResponseCheckTx.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ResponseCheckTx = function (properties) {
                this.events = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ResponseCheckTx code.
             * @member {number} code
             * @memberof tendermint.abci.ResponseCheckTx
             * @instance
             */
            ResponseCheckTx.prototype.code = 0;

            /**
             * ResponseCheckTx data.
             * @member {Uint8Array} data
             * @memberof tendermint.abci.ResponseCheckTx
             * @instance
             */
            ResponseCheckTx.prototype.data = $util.newBuffer([]);

            /**
             * ResponseCheckTx log.
             * @member {string} log
             * @memberof tendermint.abci.ResponseCheckTx
             * @instance
             */
            ResponseCheckTx.prototype.log = "";

            /**
             * ResponseCheckTx info.
             * @member {string} info
             * @memberof tendermint.abci.ResponseCheckTx
             * @instance
             */
            ResponseCheckTx.prototype.info = "";

            /**
             * ResponseCheckTx gasWanted.
             * @member {number} gasWanted
             * @memberof tendermint.abci.ResponseCheckTx
             * @instance
             */
            ResponseCheckTx.prototype.gasWanted = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * ResponseCheckTx gasUsed.
             * @member {number} gasUsed
             * @memberof tendermint.abci.ResponseCheckTx
             * @instance
             */
            ResponseCheckTx.prototype.gasUsed = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * ResponseCheckTx events.
             * @member {Array.<tendermint.abci.Event.$Properties>} events
             * @memberof tendermint.abci.ResponseCheckTx
             * @instance
             */
            ResponseCheckTx.prototype.events = $util.emptyArray;

            /**
             * ResponseCheckTx codespace.
             * @member {string} codespace
             * @memberof tendermint.abci.ResponseCheckTx
             * @instance
             */
            ResponseCheckTx.prototype.codespace = "";

            /**
             * Creates a new ResponseCheckTx instance using the specified properties.
             * @function create
             * @memberof tendermint.abci.ResponseCheckTx
             * @static
             * @param {tendermint.abci.ResponseCheckTx.$Properties=} [properties] Properties to set
             * @returns {tendermint.abci.ResponseCheckTx} ResponseCheckTx instance
             * @type {{
             *   (properties: tendermint.abci.ResponseCheckTx.$Shape): tendermint.abci.ResponseCheckTx & tendermint.abci.ResponseCheckTx.$Shape;
             *   (properties?: tendermint.abci.ResponseCheckTx.$Properties): tendermint.abci.ResponseCheckTx;
             * }}
             */
            ResponseCheckTx.create = function(properties) {
                return new ResponseCheckTx(properties);
            };

            /**
             * Encodes the specified ResponseCheckTx message. Does not implicitly {@link tendermint.abci.ResponseCheckTx.verify|verify} messages.
             * @function encode
             * @memberof tendermint.abci.ResponseCheckTx
             * @static
             * @param {tendermint.abci.ResponseCheckTx.$Properties} message ResponseCheckTx message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ResponseCheckTx.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.code != null && $Object.hasOwnProperty.call(message, "code") && message.code !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.code);
                if (message.data != null && $Object.hasOwnProperty.call(message, "data") && message.data.length)
                    writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.data);
                if (message.log != null && $Object.hasOwnProperty.call(message, "log") && message.log !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.log);
                if (message.info != null && $Object.hasOwnProperty.call(message, "info") && message.info !== "")
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.info);
                if (message.gasWanted != null && $Object.hasOwnProperty.call(message, "gasWanted") && (typeof message.gasWanted === "object" ? message.gasWanted.low || message.gasWanted.high : message.gasWanted !== 0))
                    writer.uint32(/* id 5, wireType 0 =*/40).int64(message.gasWanted);
                if (message.gasUsed != null && $Object.hasOwnProperty.call(message, "gasUsed") && (typeof message.gasUsed === "object" ? message.gasUsed.low || message.gasUsed.high : message.gasUsed !== 0))
                    writer.uint32(/* id 6, wireType 0 =*/48).int64(message.gasUsed);
                if (message.events != null && message.events.length)
                    for (let i = 0; i < message.events.length; ++i)
                        $root.tendermint.abci.Event.encode(message.events[i], writer.uint32(/* id 7, wireType 2 =*/58).fork(), _depth + 1).ldelim();
                if (message.codespace != null && $Object.hasOwnProperty.call(message, "codespace") && message.codespace !== "")
                    writer.uint32(/* id 8, wireType 2 =*/66).string(message.codespace);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a ResponseCheckTx message from the specified reader or buffer.
             * @function decode
             * @memberof tendermint.abci.ResponseCheckTx
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {tendermint.abci.ResponseCheckTx & tendermint.abci.ResponseCheckTx.$Shape} ResponseCheckTx
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ResponseCheckTx.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.tendermint.abci.ResponseCheckTx();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.code = value;
                            else
                                delete message.code;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.data = value;
                            else
                                delete message.data;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.log = value;
                            else
                                delete message.log;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.info = value;
                            else
                                delete message.info;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.gasWanted = value;
                            else
                                delete message.gasWanted;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.gasUsed = value;
                            else
                                delete message.gasUsed;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            if (!(message.events && message.events.length))
                                message.events = [];
                            message.events.push($root.tendermint.abci.Event.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 8: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.codespace = value;
                            else
                                delete message.codespace;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a ResponseCheckTx message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof tendermint.abci.ResponseCheckTx
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {tendermint.abci.ResponseCheckTx} ResponseCheckTx
             */
            ResponseCheckTx.fromObject = function (object, _depth) {
                if (object instanceof $root.tendermint.abci.ResponseCheckTx)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".tendermint.abci.ResponseCheckTx: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.tendermint.abci.ResponseCheckTx();
                if (object.code != null)
                    if ($Number(object.code) !== 0)
                        message.code = object.code >>> 0;
                if (object.data != null)
                    if (object.data.length)
                        if (typeof object.data === "string")
                            $util.base64.decode(object.data, message.data = $util.newBuffer($util.base64.length(object.data)), 0);
                        else if (object.data.length >= 0)
                            message.data = object.data;
                if (object.log != null)
                    if (typeof object.log !== "string" || object.log.length)
                        message.log = $String(object.log);
                if (object.info != null)
                    if (typeof object.info !== "string" || object.info.length)
                        message.info = $String(object.info);
                if (object.gasWanted != null)
                    if (typeof object.gasWanted === "object" ? object.gasWanted.low || object.gasWanted.high : $Number(object.gasWanted) !== 0)
                        if ($util.Long)
                            message.gasWanted = $util.Long.fromValue(object.gasWanted, false);
                        else if (typeof object.gasWanted === "string")
                            message.gasWanted = $parseInt(object.gasWanted, 10);
                        else if (typeof object.gasWanted === "number")
                            message.gasWanted = object.gasWanted;
                        else if (typeof object.gasWanted === "object")
                            message.gasWanted = new $util.LongBits(object.gasWanted.low >>> 0, object.gasWanted.high >>> 0).toNumber();
                if (object.gasUsed != null)
                    if (typeof object.gasUsed === "object" ? object.gasUsed.low || object.gasUsed.high : $Number(object.gasUsed) !== 0)
                        if ($util.Long)
                            message.gasUsed = $util.Long.fromValue(object.gasUsed, false);
                        else if (typeof object.gasUsed === "string")
                            message.gasUsed = $parseInt(object.gasUsed, 10);
                        else if (typeof object.gasUsed === "number")
                            message.gasUsed = object.gasUsed;
                        else if (typeof object.gasUsed === "object")
                            message.gasUsed = new $util.LongBits(object.gasUsed.low >>> 0, object.gasUsed.high >>> 0).toNumber();
                if (object.events) {
                    if (!$Array.isArray(object.events))
                        throw $TypeError(".tendermint.abci.ResponseCheckTx.events: array expected");
                    message.events = $Array(object.events.length);
                    for (let i = 0; i < object.events.length; ++i) {
                        if (!$util.isObject(object.events[i]))
                            throw $TypeError(".tendermint.abci.ResponseCheckTx.events: object expected");
                        message.events[i] = $root.tendermint.abci.Event.fromObject(object.events[i], _depth + 1);
                    }
                }
                if (object.codespace != null)
                    if (typeof object.codespace !== "string" || object.codespace.length)
                        message.codespace = $String(object.codespace);
                return message;
            };

            /**
             * Creates a plain object from a ResponseCheckTx message. Also converts values to other types if specified.
             * @function toObject
             * @memberof tendermint.abci.ResponseCheckTx
             * @static
             * @param {tendermint.abci.ResponseCheckTx} message ResponseCheckTx
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ResponseCheckTx.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.events = [];
                if (options.defaults) {
                    object.code = 0;
                    if (options.bytes === $String)
                        object.data = "";
                    else {
                        object.data = [];
                        if (options.bytes !== $Array)
                            object.data = $util.newBuffer(object.data);
                    }
                    object.log = "";
                    object.info = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.gasWanted = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.gasWanted = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.gasUsed = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.gasUsed = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.codespace = "";
                }
                if (message.code != null && $Object.hasOwnProperty.call(message, "code"))
                    object.code = message.code;
                if (message.data != null && $Object.hasOwnProperty.call(message, "data"))
                    object.data = options.bytes === $String ? $util.base64.encode(message.data, 0, message.data.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.data) : message.data;
                if (message.log != null && $Object.hasOwnProperty.call(message, "log"))
                    object.log = message.log;
                if (message.info != null && $Object.hasOwnProperty.call(message, "info"))
                    object.info = message.info;
                if (message.gasWanted != null && $Object.hasOwnProperty.call(message, "gasWanted"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.gasWanted = typeof message.gasWanted === "number" ? $BigInt(message.gasWanted) : $util.Long.fromBits(message.gasWanted.low >>> 0, message.gasWanted.high >>> 0, false).toBigInt();
                    else if (typeof message.gasWanted === "number")
                        object.gasWanted = options.longs === $String ? $String(message.gasWanted) : message.gasWanted;
                    else
                        object.gasWanted = options.longs === $String ? $util.Long.prototype.toString.call(message.gasWanted) : options.longs === $Number ? new $util.LongBits(message.gasWanted.low >>> 0, message.gasWanted.high >>> 0).toNumber() : message.gasWanted;
                if (message.gasUsed != null && $Object.hasOwnProperty.call(message, "gasUsed"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.gasUsed = typeof message.gasUsed === "number" ? $BigInt(message.gasUsed) : $util.Long.fromBits(message.gasUsed.low >>> 0, message.gasUsed.high >>> 0, false).toBigInt();
                    else if (typeof message.gasUsed === "number")
                        object.gasUsed = options.longs === $String ? $String(message.gasUsed) : message.gasUsed;
                    else
                        object.gasUsed = options.longs === $String ? $util.Long.prototype.toString.call(message.gasUsed) : options.longs === $Number ? new $util.LongBits(message.gasUsed.low >>> 0, message.gasUsed.high >>> 0).toNumber() : message.gasUsed;
                if (message.events && message.events.length) {
                    object.events = $Array(message.events.length);
                    for (let j = 0; j < message.events.length; ++j)
                        object.events[j] = $root.tendermint.abci.Event.toObject(message.events[j], options, _depth + 1);
                }
                if (message.codespace != null && $Object.hasOwnProperty.call(message, "codespace"))
                    object.codespace = message.codespace;
                return object;
            };

            /**
             * Converts this ResponseCheckTx to JSON.
             * @function toJSON
             * @memberof tendermint.abci.ResponseCheckTx
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ResponseCheckTx.prototype.toJSON = function() {
                return ResponseCheckTx.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for ResponseCheckTx
             * @function getTypeUrl
             * @memberof tendermint.abci.ResponseCheckTx
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ResponseCheckTx.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/tendermint.abci.ResponseCheckTx";
            };

            return ResponseCheckTx;
        })();

        abci.ResponseCommit = (function() {

            /**
             * Properties of a ResponseCommit.
             * @typedef {Object} tendermint.abci.ResponseCommit.$Properties
             * @property {number|null} [retainHeight] ResponseCommit retainHeight
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ResponseCommit.
             * @memberof tendermint.abci
             * @interface IResponseCommit
             * @augments tendermint.abci.ResponseCommit.$Properties
             * @deprecated Use tendermint.abci.ResponseCommit.$Properties instead.
             */

            /**
             * Shape of a ResponseCommit.
             * @typedef {tendermint.abci.ResponseCommit.$Properties} tendermint.abci.ResponseCommit.$Shape
             */

            /**
             * Constructs a new ResponseCommit.
             * @memberof tendermint.abci
             * @classdesc Represents a ResponseCommit.
             * @constructor
             * @param {tendermint.abci.ResponseCommit.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ResponseCommit = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ResponseCommit retainHeight.
             * @member {number} retainHeight
             * @memberof tendermint.abci.ResponseCommit
             * @instance
             */
            ResponseCommit.prototype.retainHeight = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Creates a new ResponseCommit instance using the specified properties.
             * @function create
             * @memberof tendermint.abci.ResponseCommit
             * @static
             * @param {tendermint.abci.ResponseCommit.$Properties=} [properties] Properties to set
             * @returns {tendermint.abci.ResponseCommit} ResponseCommit instance
             * @type {{
             *   (properties: tendermint.abci.ResponseCommit.$Shape): tendermint.abci.ResponseCommit & tendermint.abci.ResponseCommit.$Shape;
             *   (properties?: tendermint.abci.ResponseCommit.$Properties): tendermint.abci.ResponseCommit;
             * }}
             */
            ResponseCommit.create = function(properties) {
                return new ResponseCommit(properties);
            };

            /**
             * Encodes the specified ResponseCommit message. Does not implicitly {@link tendermint.abci.ResponseCommit.verify|verify} messages.
             * @function encode
             * @memberof tendermint.abci.ResponseCommit
             * @static
             * @param {tendermint.abci.ResponseCommit.$Properties} message ResponseCommit message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ResponseCommit.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.retainHeight != null && $Object.hasOwnProperty.call(message, "retainHeight") && (typeof message.retainHeight === "object" ? message.retainHeight.low || message.retainHeight.high : message.retainHeight !== 0))
                    writer.uint32(/* id 3, wireType 0 =*/24).int64(message.retainHeight);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a ResponseCommit message from the specified reader or buffer.
             * @function decode
             * @memberof tendermint.abci.ResponseCommit
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {tendermint.abci.ResponseCommit & tendermint.abci.ResponseCommit.$Shape} ResponseCommit
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ResponseCommit.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.tendermint.abci.ResponseCommit();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.retainHeight = value;
                            else
                                delete message.retainHeight;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a ResponseCommit message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof tendermint.abci.ResponseCommit
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {tendermint.abci.ResponseCommit} ResponseCommit
             */
            ResponseCommit.fromObject = function (object, _depth) {
                if (object instanceof $root.tendermint.abci.ResponseCommit)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".tendermint.abci.ResponseCommit: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.tendermint.abci.ResponseCommit();
                if (object.retainHeight != null)
                    if (typeof object.retainHeight === "object" ? object.retainHeight.low || object.retainHeight.high : $Number(object.retainHeight) !== 0)
                        if ($util.Long)
                            message.retainHeight = $util.Long.fromValue(object.retainHeight, false);
                        else if (typeof object.retainHeight === "string")
                            message.retainHeight = $parseInt(object.retainHeight, 10);
                        else if (typeof object.retainHeight === "number")
                            message.retainHeight = object.retainHeight;
                        else if (typeof object.retainHeight === "object")
                            message.retainHeight = new $util.LongBits(object.retainHeight.low >>> 0, object.retainHeight.high >>> 0).toNumber();
                return message;
            };

            /**
             * Creates a plain object from a ResponseCommit message. Also converts values to other types if specified.
             * @function toObject
             * @memberof tendermint.abci.ResponseCommit
             * @static
             * @param {tendermint.abci.ResponseCommit} message ResponseCommit
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ResponseCommit.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.retainHeight = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.retainHeight = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                if (message.retainHeight != null && $Object.hasOwnProperty.call(message, "retainHeight"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.retainHeight = typeof message.retainHeight === "number" ? $BigInt(message.retainHeight) : $util.Long.fromBits(message.retainHeight.low >>> 0, message.retainHeight.high >>> 0, false).toBigInt();
                    else if (typeof message.retainHeight === "number")
                        object.retainHeight = options.longs === $String ? $String(message.retainHeight) : message.retainHeight;
                    else
                        object.retainHeight = options.longs === $String ? $util.Long.prototype.toString.call(message.retainHeight) : options.longs === $Number ? new $util.LongBits(message.retainHeight.low >>> 0, message.retainHeight.high >>> 0).toNumber() : message.retainHeight;
                return object;
            };

            /**
             * Converts this ResponseCommit to JSON.
             * @function toJSON
             * @memberof tendermint.abci.ResponseCommit
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ResponseCommit.prototype.toJSON = function() {
                return ResponseCommit.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for ResponseCommit
             * @function getTypeUrl
             * @memberof tendermint.abci.ResponseCommit
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ResponseCommit.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/tendermint.abci.ResponseCommit";
            };

            return ResponseCommit;
        })();

        abci.ResponseListSnapshots = (function() {

            /**
             * Properties of a ResponseListSnapshots.
             * @typedef {Object} tendermint.abci.ResponseListSnapshots.$Properties
             * @property {Array.<tendermint.abci.Snapshot.$Properties>|null} [snapshots] ResponseListSnapshots snapshots
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ResponseListSnapshots.
             * @memberof tendermint.abci
             * @interface IResponseListSnapshots
             * @augments tendermint.abci.ResponseListSnapshots.$Properties
             * @deprecated Use tendermint.abci.ResponseListSnapshots.$Properties instead.
             */

            /**
             * Shape of a ResponseListSnapshots.
             * @typedef {tendermint.abci.ResponseListSnapshots.$Properties} tendermint.abci.ResponseListSnapshots.$Shape
             */

            /**
             * Constructs a new ResponseListSnapshots.
             * @memberof tendermint.abci
             * @classdesc Represents a ResponseListSnapshots.
             * @constructor
             * @param {tendermint.abci.ResponseListSnapshots.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ResponseListSnapshots = function (properties) {
                this.snapshots = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ResponseListSnapshots snapshots.
             * @member {Array.<tendermint.abci.Snapshot.$Properties>} snapshots
             * @memberof tendermint.abci.ResponseListSnapshots
             * @instance
             */
            ResponseListSnapshots.prototype.snapshots = $util.emptyArray;

            /**
             * Creates a new ResponseListSnapshots instance using the specified properties.
             * @function create
             * @memberof tendermint.abci.ResponseListSnapshots
             * @static
             * @param {tendermint.abci.ResponseListSnapshots.$Properties=} [properties] Properties to set
             * @returns {tendermint.abci.ResponseListSnapshots} ResponseListSnapshots instance
             * @type {{
             *   (properties: tendermint.abci.ResponseListSnapshots.$Shape): tendermint.abci.ResponseListSnapshots & tendermint.abci.ResponseListSnapshots.$Shape;
             *   (properties?: tendermint.abci.ResponseListSnapshots.$Properties): tendermint.abci.ResponseListSnapshots;
             * }}
             */
            ResponseListSnapshots.create = function(properties) {
                return new ResponseListSnapshots(properties);
            };

            /**
             * Encodes the specified ResponseListSnapshots message. Does not implicitly {@link tendermint.abci.ResponseListSnapshots.verify|verify} messages.
             * @function encode
             * @memberof tendermint.abci.ResponseListSnapshots
             * @static
             * @param {tendermint.abci.ResponseListSnapshots.$Properties} message ResponseListSnapshots message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ResponseListSnapshots.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.snapshots != null && message.snapshots.length)
                    for (let i = 0; i < message.snapshots.length; ++i)
                        $root.tendermint.abci.Snapshot.encode(message.snapshots[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a ResponseListSnapshots message from the specified reader or buffer.
             * @function decode
             * @memberof tendermint.abci.ResponseListSnapshots
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {tendermint.abci.ResponseListSnapshots & tendermint.abci.ResponseListSnapshots.$Shape} ResponseListSnapshots
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ResponseListSnapshots.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.tendermint.abci.ResponseListSnapshots();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if (!(message.snapshots && message.snapshots.length))
                                message.snapshots = [];
                            message.snapshots.push($root.tendermint.abci.Snapshot.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a ResponseListSnapshots message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof tendermint.abci.ResponseListSnapshots
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {tendermint.abci.ResponseListSnapshots} ResponseListSnapshots
             */
            ResponseListSnapshots.fromObject = function (object, _depth) {
                if (object instanceof $root.tendermint.abci.ResponseListSnapshots)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".tendermint.abci.ResponseListSnapshots: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.tendermint.abci.ResponseListSnapshots();
                if (object.snapshots) {
                    if (!$Array.isArray(object.snapshots))
                        throw $TypeError(".tendermint.abci.ResponseListSnapshots.snapshots: array expected");
                    message.snapshots = $Array(object.snapshots.length);
                    for (let i = 0; i < object.snapshots.length; ++i) {
                        if (!$util.isObject(object.snapshots[i]))
                            throw $TypeError(".tendermint.abci.ResponseListSnapshots.snapshots: object expected");
                        message.snapshots[i] = $root.tendermint.abci.Snapshot.fromObject(object.snapshots[i], _depth + 1);
                    }
                }
                return message;
            };

            /**
             * Creates a plain object from a ResponseListSnapshots message. Also converts values to other types if specified.
             * @function toObject
             * @memberof tendermint.abci.ResponseListSnapshots
             * @static
             * @param {tendermint.abci.ResponseListSnapshots} message ResponseListSnapshots
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ResponseListSnapshots.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.snapshots = [];
                if (message.snapshots && message.snapshots.length) {
                    object.snapshots = $Array(message.snapshots.length);
                    for (let j = 0; j < message.snapshots.length; ++j)
                        object.snapshots[j] = $root.tendermint.abci.Snapshot.toObject(message.snapshots[j], options, _depth + 1);
                }
                return object;
            };

            /**
             * Converts this ResponseListSnapshots to JSON.
             * @function toJSON
             * @memberof tendermint.abci.ResponseListSnapshots
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ResponseListSnapshots.prototype.toJSON = function() {
                return ResponseListSnapshots.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for ResponseListSnapshots
             * @function getTypeUrl
             * @memberof tendermint.abci.ResponseListSnapshots
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ResponseListSnapshots.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/tendermint.abci.ResponseListSnapshots";
            };

            return ResponseListSnapshots;
        })();

        abci.ResponseOfferSnapshot = (function() {

            /**
             * Properties of a ResponseOfferSnapshot.
             * @typedef {Object} tendermint.abci.ResponseOfferSnapshot.$Properties
             * @property {tendermint.abci.ResponseOfferSnapshot.Result|null} [result] ResponseOfferSnapshot result
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ResponseOfferSnapshot.
             * @memberof tendermint.abci
             * @interface IResponseOfferSnapshot
             * @augments tendermint.abci.ResponseOfferSnapshot.$Properties
             * @deprecated Use tendermint.abci.ResponseOfferSnapshot.$Properties instead.
             */

            /**
             * Shape of a ResponseOfferSnapshot.
             * @typedef {tendermint.abci.ResponseOfferSnapshot.$Properties} tendermint.abci.ResponseOfferSnapshot.$Shape
             */

            /**
             * Constructs a new ResponseOfferSnapshot.
             * @memberof tendermint.abci
             * @classdesc Represents a ResponseOfferSnapshot.
             * @constructor
             * @param {tendermint.abci.ResponseOfferSnapshot.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ResponseOfferSnapshot = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ResponseOfferSnapshot result.
             * @member {tendermint.abci.ResponseOfferSnapshot.Result} result
             * @memberof tendermint.abci.ResponseOfferSnapshot
             * @instance
             */
            ResponseOfferSnapshot.prototype.result = 0;

            /**
             * Creates a new ResponseOfferSnapshot instance using the specified properties.
             * @function create
             * @memberof tendermint.abci.ResponseOfferSnapshot
             * @static
             * @param {tendermint.abci.ResponseOfferSnapshot.$Properties=} [properties] Properties to set
             * @returns {tendermint.abci.ResponseOfferSnapshot} ResponseOfferSnapshot instance
             * @type {{
             *   (properties: tendermint.abci.ResponseOfferSnapshot.$Shape): tendermint.abci.ResponseOfferSnapshot & tendermint.abci.ResponseOfferSnapshot.$Shape;
             *   (properties?: tendermint.abci.ResponseOfferSnapshot.$Properties): tendermint.abci.ResponseOfferSnapshot;
             * }}
             */
            ResponseOfferSnapshot.create = function(properties) {
                return new ResponseOfferSnapshot(properties);
            };

            /**
             * Encodes the specified ResponseOfferSnapshot message. Does not implicitly {@link tendermint.abci.ResponseOfferSnapshot.verify|verify} messages.
             * @function encode
             * @memberof tendermint.abci.ResponseOfferSnapshot
             * @static
             * @param {tendermint.abci.ResponseOfferSnapshot.$Properties} message ResponseOfferSnapshot message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ResponseOfferSnapshot.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.result != null && $Object.hasOwnProperty.call(message, "result") && message.result !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).int32(message.result);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a ResponseOfferSnapshot message from the specified reader or buffer.
             * @function decode
             * @memberof tendermint.abci.ResponseOfferSnapshot
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {tendermint.abci.ResponseOfferSnapshot & tendermint.abci.ResponseOfferSnapshot.$Shape} ResponseOfferSnapshot
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ResponseOfferSnapshot.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.tendermint.abci.ResponseOfferSnapshot();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.result = value;
                            else
                                delete message.result;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a ResponseOfferSnapshot message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof tendermint.abci.ResponseOfferSnapshot
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {tendermint.abci.ResponseOfferSnapshot} ResponseOfferSnapshot
             */
            ResponseOfferSnapshot.fromObject = function (object, _depth) {
                if (object instanceof $root.tendermint.abci.ResponseOfferSnapshot)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".tendermint.abci.ResponseOfferSnapshot: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.tendermint.abci.ResponseOfferSnapshot();
                if (object.result !== 0 && (typeof object.result !== "string" || $root.tendermint.abci.ResponseOfferSnapshot.Result[object.result] !== 0))
                    switch (object.result) {
                    case "UNKNOWN":
                    case 0:
                        message.result = 0;
                        break;
                    case "ACCEPT":
                    case 1:
                        message.result = 1;
                        break;
                    case "ABORT":
                    case 2:
                        message.result = 2;
                        break;
                    case "REJECT":
                    case 3:
                        message.result = 3;
                        break;
                    case "REJECT_FORMAT":
                    case 4:
                        message.result = 4;
                        break;
                    case "REJECT_SENDER":
                    case 5:
                        message.result = 5;
                        break;
                    default:
                        if (typeof object.result === "number" && (object.result | 0) === object.result)
                            message.result = object.result;
                    }
                return message;
            };

            /**
             * Creates a plain object from a ResponseOfferSnapshot message. Also converts values to other types if specified.
             * @function toObject
             * @memberof tendermint.abci.ResponseOfferSnapshot
             * @static
             * @param {tendermint.abci.ResponseOfferSnapshot} message ResponseOfferSnapshot
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ResponseOfferSnapshot.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    object.result = options.enums === $String ? "UNKNOWN" : 0;
                if (message.result != null && $Object.hasOwnProperty.call(message, "result"))
                    object.result = options.enums === $String ? $root.tendermint.abci.ResponseOfferSnapshot.Result[message.result] === $undefined ? message.result : $root.tendermint.abci.ResponseOfferSnapshot.Result[message.result] : message.result;
                return object;
            };

            /**
             * Converts this ResponseOfferSnapshot to JSON.
             * @function toJSON
             * @memberof tendermint.abci.ResponseOfferSnapshot
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ResponseOfferSnapshot.prototype.toJSON = function() {
                return ResponseOfferSnapshot.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for ResponseOfferSnapshot
             * @function getTypeUrl
             * @memberof tendermint.abci.ResponseOfferSnapshot
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ResponseOfferSnapshot.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/tendermint.abci.ResponseOfferSnapshot";
            };

            /**
             * Result enum.
             * @name tendermint.abci.ResponseOfferSnapshot.Result
             * @enum {number}
             * @property {number} UNKNOWN=0 UNKNOWN value
             * @property {number} ACCEPT=1 ACCEPT value
             * @property {number} ABORT=2 ABORT value
             * @property {number} REJECT=3 REJECT value
             * @property {number} REJECT_FORMAT=4 REJECT_FORMAT value
             * @property {number} REJECT_SENDER=5 REJECT_SENDER value
             */
            ResponseOfferSnapshot.Result = (function() {
                const valuesById = $Object.create(null), values = $Object.create(valuesById);
                values[valuesById[0] = "UNKNOWN"] = 0;
                values[valuesById[1] = "ACCEPT"] = 1;
                values[valuesById[2] = "ABORT"] = 2;
                values[valuesById[3] = "REJECT"] = 3;
                values[valuesById[4] = "REJECT_FORMAT"] = 4;
                values[valuesById[5] = "REJECT_SENDER"] = 5;
                return values;
            })();

            return ResponseOfferSnapshot;
        })();

        abci.ResponseLoadSnapshotChunk = (function() {

            /**
             * Properties of a ResponseLoadSnapshotChunk.
             * @typedef {Object} tendermint.abci.ResponseLoadSnapshotChunk.$Properties
             * @property {Uint8Array|null} [chunk] ResponseLoadSnapshotChunk chunk
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ResponseLoadSnapshotChunk.
             * @memberof tendermint.abci
             * @interface IResponseLoadSnapshotChunk
             * @augments tendermint.abci.ResponseLoadSnapshotChunk.$Properties
             * @deprecated Use tendermint.abci.ResponseLoadSnapshotChunk.$Properties instead.
             */

            /**
             * Shape of a ResponseLoadSnapshotChunk.
             * @typedef {tendermint.abci.ResponseLoadSnapshotChunk.$Properties} tendermint.abci.ResponseLoadSnapshotChunk.$Shape
             */

            /**
             * Constructs a new ResponseLoadSnapshotChunk.
             * @memberof tendermint.abci
             * @classdesc Represents a ResponseLoadSnapshotChunk.
             * @constructor
             * @param {tendermint.abci.ResponseLoadSnapshotChunk.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ResponseLoadSnapshotChunk = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ResponseLoadSnapshotChunk chunk.
             * @member {Uint8Array} chunk
             * @memberof tendermint.abci.ResponseLoadSnapshotChunk
             * @instance
             */
            ResponseLoadSnapshotChunk.prototype.chunk = $util.newBuffer([]);

            /**
             * Creates a new ResponseLoadSnapshotChunk instance using the specified properties.
             * @function create
             * @memberof tendermint.abci.ResponseLoadSnapshotChunk
             * @static
             * @param {tendermint.abci.ResponseLoadSnapshotChunk.$Properties=} [properties] Properties to set
             * @returns {tendermint.abci.ResponseLoadSnapshotChunk} ResponseLoadSnapshotChunk instance
             * @type {{
             *   (properties: tendermint.abci.ResponseLoadSnapshotChunk.$Shape): tendermint.abci.ResponseLoadSnapshotChunk & tendermint.abci.ResponseLoadSnapshotChunk.$Shape;
             *   (properties?: tendermint.abci.ResponseLoadSnapshotChunk.$Properties): tendermint.abci.ResponseLoadSnapshotChunk;
             * }}
             */
            ResponseLoadSnapshotChunk.create = function(properties) {
                return new ResponseLoadSnapshotChunk(properties);
            };

            /**
             * Encodes the specified ResponseLoadSnapshotChunk message. Does not implicitly {@link tendermint.abci.ResponseLoadSnapshotChunk.verify|verify} messages.
             * @function encode
             * @memberof tendermint.abci.ResponseLoadSnapshotChunk
             * @static
             * @param {tendermint.abci.ResponseLoadSnapshotChunk.$Properties} message ResponseLoadSnapshotChunk message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ResponseLoadSnapshotChunk.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.chunk != null && $Object.hasOwnProperty.call(message, "chunk") && message.chunk.length)
                    writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.chunk);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a ResponseLoadSnapshotChunk message from the specified reader or buffer.
             * @function decode
             * @memberof tendermint.abci.ResponseLoadSnapshotChunk
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {tendermint.abci.ResponseLoadSnapshotChunk & tendermint.abci.ResponseLoadSnapshotChunk.$Shape} ResponseLoadSnapshotChunk
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ResponseLoadSnapshotChunk.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.tendermint.abci.ResponseLoadSnapshotChunk();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.chunk = value;
                            else
                                delete message.chunk;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a ResponseLoadSnapshotChunk message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof tendermint.abci.ResponseLoadSnapshotChunk
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {tendermint.abci.ResponseLoadSnapshotChunk} ResponseLoadSnapshotChunk
             */
            ResponseLoadSnapshotChunk.fromObject = function (object, _depth) {
                if (object instanceof $root.tendermint.abci.ResponseLoadSnapshotChunk)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".tendermint.abci.ResponseLoadSnapshotChunk: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.tendermint.abci.ResponseLoadSnapshotChunk();
                if (object.chunk != null)
                    if (object.chunk.length)
                        if (typeof object.chunk === "string")
                            $util.base64.decode(object.chunk, message.chunk = $util.newBuffer($util.base64.length(object.chunk)), 0);
                        else if (object.chunk.length >= 0)
                            message.chunk = object.chunk;
                return message;
            };

            /**
             * Creates a plain object from a ResponseLoadSnapshotChunk message. Also converts values to other types if specified.
             * @function toObject
             * @memberof tendermint.abci.ResponseLoadSnapshotChunk
             * @static
             * @param {tendermint.abci.ResponseLoadSnapshotChunk} message ResponseLoadSnapshotChunk
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ResponseLoadSnapshotChunk.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    if (options.bytes === $String)
                        object.chunk = "";
                    else {
                        object.chunk = [];
                        if (options.bytes !== $Array)
                            object.chunk = $util.newBuffer(object.chunk);
                    }
                if (message.chunk != null && $Object.hasOwnProperty.call(message, "chunk"))
                    object.chunk = options.bytes === $String ? $util.base64.encode(message.chunk, 0, message.chunk.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.chunk) : message.chunk;
                return object;
            };

            /**
             * Converts this ResponseLoadSnapshotChunk to JSON.
             * @function toJSON
             * @memberof tendermint.abci.ResponseLoadSnapshotChunk
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ResponseLoadSnapshotChunk.prototype.toJSON = function() {
                return ResponseLoadSnapshotChunk.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for ResponseLoadSnapshotChunk
             * @function getTypeUrl
             * @memberof tendermint.abci.ResponseLoadSnapshotChunk
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ResponseLoadSnapshotChunk.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/tendermint.abci.ResponseLoadSnapshotChunk";
            };

            return ResponseLoadSnapshotChunk;
        })();

        abci.ResponseApplySnapshotChunk = (function() {

            /**
             * Properties of a ResponseApplySnapshotChunk.
             * @typedef {Object} tendermint.abci.ResponseApplySnapshotChunk.$Properties
             * @property {tendermint.abci.ResponseApplySnapshotChunk.Result|null} [result] ResponseApplySnapshotChunk result
             * @property {Array.<number>|null} [refetchChunks] ResponseApplySnapshotChunk refetchChunks
             * @property {Array.<string>|null} [rejectSenders] ResponseApplySnapshotChunk rejectSenders
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ResponseApplySnapshotChunk.
             * @memberof tendermint.abci
             * @interface IResponseApplySnapshotChunk
             * @augments tendermint.abci.ResponseApplySnapshotChunk.$Properties
             * @deprecated Use tendermint.abci.ResponseApplySnapshotChunk.$Properties instead.
             */

            /**
             * Shape of a ResponseApplySnapshotChunk.
             * @typedef {tendermint.abci.ResponseApplySnapshotChunk.$Properties} tendermint.abci.ResponseApplySnapshotChunk.$Shape
             */

            /**
             * Constructs a new ResponseApplySnapshotChunk.
             * @memberof tendermint.abci
             * @classdesc Represents a ResponseApplySnapshotChunk.
             * @constructor
             * @param {tendermint.abci.ResponseApplySnapshotChunk.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ResponseApplySnapshotChunk = function (properties) {
                this.refetchChunks = [];
                this.rejectSenders = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ResponseApplySnapshotChunk result.
             * @member {tendermint.abci.ResponseApplySnapshotChunk.Result} result
             * @memberof tendermint.abci.ResponseApplySnapshotChunk
             * @instance
             */
            ResponseApplySnapshotChunk.prototype.result = 0;

            /**
             * ResponseApplySnapshotChunk refetchChunks.
             * @member {Array.<number>} refetchChunks
             * @memberof tendermint.abci.ResponseApplySnapshotChunk
             * @instance
             */
            ResponseApplySnapshotChunk.prototype.refetchChunks = $util.emptyArray;

            /**
             * ResponseApplySnapshotChunk rejectSenders.
             * @member {Array.<string>} rejectSenders
             * @memberof tendermint.abci.ResponseApplySnapshotChunk
             * @instance
             */
            ResponseApplySnapshotChunk.prototype.rejectSenders = $util.emptyArray;

            /**
             * Creates a new ResponseApplySnapshotChunk instance using the specified properties.
             * @function create
             * @memberof tendermint.abci.ResponseApplySnapshotChunk
             * @static
             * @param {tendermint.abci.ResponseApplySnapshotChunk.$Properties=} [properties] Properties to set
             * @returns {tendermint.abci.ResponseApplySnapshotChunk} ResponseApplySnapshotChunk instance
             * @type {{
             *   (properties: tendermint.abci.ResponseApplySnapshotChunk.$Shape): tendermint.abci.ResponseApplySnapshotChunk & tendermint.abci.ResponseApplySnapshotChunk.$Shape;
             *   (properties?: tendermint.abci.ResponseApplySnapshotChunk.$Properties): tendermint.abci.ResponseApplySnapshotChunk;
             * }}
             */
            ResponseApplySnapshotChunk.create = function(properties) {
                return new ResponseApplySnapshotChunk(properties);
            };

            /**
             * Encodes the specified ResponseApplySnapshotChunk message. Does not implicitly {@link tendermint.abci.ResponseApplySnapshotChunk.verify|verify} messages.
             * @function encode
             * @memberof tendermint.abci.ResponseApplySnapshotChunk
             * @static
             * @param {tendermint.abci.ResponseApplySnapshotChunk.$Properties} message ResponseApplySnapshotChunk message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ResponseApplySnapshotChunk.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.result != null && $Object.hasOwnProperty.call(message, "result") && message.result !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).int32(message.result);
                if (message.refetchChunks != null && message.refetchChunks.length)
                    writer.uint32(/* id 2, wireType 2 =*/18).uint32s(message.refetchChunks);
                if (message.rejectSenders != null && message.rejectSenders.length)
                    for (let i = 0; i < message.rejectSenders.length; ++i)
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.rejectSenders[i]);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a ResponseApplySnapshotChunk message from the specified reader or buffer.
             * @function decode
             * @memberof tendermint.abci.ResponseApplySnapshotChunk
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {tendermint.abci.ResponseApplySnapshotChunk & tendermint.abci.ResponseApplySnapshotChunk.$Shape} ResponseApplySnapshotChunk
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ResponseApplySnapshotChunk.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.tendermint.abci.ResponseApplySnapshotChunk();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.result = value;
                            else
                                delete message.result;
                            continue;
                        }
                    case 2: {
                            if (wireType === 2) {
                                if (!(message.refetchChunks && message.refetchChunks.length))
                                    message.refetchChunks = [];
                                reader.uint32s(message.refetchChunks);
                                continue;
                            }
                            if (wireType !== 0)
                                break;
                            if (!(message.refetchChunks && message.refetchChunks.length))
                                message.refetchChunks = [];
                            message.refetchChunks.push(reader.uint32());
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if (!(message.rejectSenders && message.rejectSenders.length))
                                message.rejectSenders = [];
                            message.rejectSenders.push(reader.stringVerify());
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a ResponseApplySnapshotChunk message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof tendermint.abci.ResponseApplySnapshotChunk
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {tendermint.abci.ResponseApplySnapshotChunk} ResponseApplySnapshotChunk
             */
            ResponseApplySnapshotChunk.fromObject = function (object, _depth) {
                if (object instanceof $root.tendermint.abci.ResponseApplySnapshotChunk)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".tendermint.abci.ResponseApplySnapshotChunk: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.tendermint.abci.ResponseApplySnapshotChunk();
                if (object.result !== 0 && (typeof object.result !== "string" || $root.tendermint.abci.ResponseApplySnapshotChunk.Result[object.result] !== 0))
                    switch (object.result) {
                    case "UNKNOWN":
                    case 0:
                        message.result = 0;
                        break;
                    case "ACCEPT":
                    case 1:
                        message.result = 1;
                        break;
                    case "ABORT":
                    case 2:
                        message.result = 2;
                        break;
                    case "RETRY":
                    case 3:
                        message.result = 3;
                        break;
                    case "RETRY_SNAPSHOT":
                    case 4:
                        message.result = 4;
                        break;
                    case "REJECT_SNAPSHOT":
                    case 5:
                        message.result = 5;
                        break;
                    default:
                        if (typeof object.result === "number" && (object.result | 0) === object.result)
                            message.result = object.result;
                    }
                if (object.refetchChunks) {
                    if (!$Array.isArray(object.refetchChunks))
                        throw $TypeError(".tendermint.abci.ResponseApplySnapshotChunk.refetchChunks: array expected");
                    message.refetchChunks = $Array(object.refetchChunks.length);
                    for (let i = 0; i < object.refetchChunks.length; ++i)
                        message.refetchChunks[i] = object.refetchChunks[i] >>> 0;
                }
                if (object.rejectSenders) {
                    if (!$Array.isArray(object.rejectSenders))
                        throw $TypeError(".tendermint.abci.ResponseApplySnapshotChunk.rejectSenders: array expected");
                    message.rejectSenders = $Array(object.rejectSenders.length);
                    for (let i = 0; i < object.rejectSenders.length; ++i)
                        message.rejectSenders[i] = $String(object.rejectSenders[i]);
                }
                return message;
            };

            /**
             * Creates a plain object from a ResponseApplySnapshotChunk message. Also converts values to other types if specified.
             * @function toObject
             * @memberof tendermint.abci.ResponseApplySnapshotChunk
             * @static
             * @param {tendermint.abci.ResponseApplySnapshotChunk} message ResponseApplySnapshotChunk
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ResponseApplySnapshotChunk.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults) {
                    object.refetchChunks = [];
                    object.rejectSenders = [];
                }
                if (options.defaults)
                    object.result = options.enums === $String ? "UNKNOWN" : 0;
                if (message.result != null && $Object.hasOwnProperty.call(message, "result"))
                    object.result = options.enums === $String ? $root.tendermint.abci.ResponseApplySnapshotChunk.Result[message.result] === $undefined ? message.result : $root.tendermint.abci.ResponseApplySnapshotChunk.Result[message.result] : message.result;
                if (message.refetchChunks && message.refetchChunks.length) {
                    object.refetchChunks = $Array(message.refetchChunks.length);
                    for (let j = 0; j < message.refetchChunks.length; ++j)
                        object.refetchChunks[j] = message.refetchChunks[j];
                }
                if (message.rejectSenders && message.rejectSenders.length) {
                    object.rejectSenders = $Array(message.rejectSenders.length);
                    for (let j = 0; j < message.rejectSenders.length; ++j)
                        object.rejectSenders[j] = message.rejectSenders[j];
                }
                return object;
            };

            /**
             * Converts this ResponseApplySnapshotChunk to JSON.
             * @function toJSON
             * @memberof tendermint.abci.ResponseApplySnapshotChunk
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ResponseApplySnapshotChunk.prototype.toJSON = function() {
                return ResponseApplySnapshotChunk.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for ResponseApplySnapshotChunk
             * @function getTypeUrl
             * @memberof tendermint.abci.ResponseApplySnapshotChunk
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ResponseApplySnapshotChunk.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/tendermint.abci.ResponseApplySnapshotChunk";
            };

            /**
             * Result enum.
             * @name tendermint.abci.ResponseApplySnapshotChunk.Result
             * @enum {number}
             * @property {number} UNKNOWN=0 UNKNOWN value
             * @property {number} ACCEPT=1 ACCEPT value
             * @property {number} ABORT=2 ABORT value
             * @property {number} RETRY=3 RETRY value
             * @property {number} RETRY_SNAPSHOT=4 RETRY_SNAPSHOT value
             * @property {number} REJECT_SNAPSHOT=5 REJECT_SNAPSHOT value
             */
            ResponseApplySnapshotChunk.Result = (function() {
                const valuesById = $Object.create(null), values = $Object.create(valuesById);
                values[valuesById[0] = "UNKNOWN"] = 0;
                values[valuesById[1] = "ACCEPT"] = 1;
                values[valuesById[2] = "ABORT"] = 2;
                values[valuesById[3] = "RETRY"] = 3;
                values[valuesById[4] = "RETRY_SNAPSHOT"] = 4;
                values[valuesById[5] = "REJECT_SNAPSHOT"] = 5;
                return values;
            })();

            return ResponseApplySnapshotChunk;
        })();

        abci.ResponsePrepareProposal = (function() {

            /**
             * Properties of a ResponsePrepareProposal.
             * @typedef {Object} tendermint.abci.ResponsePrepareProposal.$Properties
             * @property {Array.<Uint8Array>|null} [txs] ResponsePrepareProposal txs
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ResponsePrepareProposal.
             * @memberof tendermint.abci
             * @interface IResponsePrepareProposal
             * @augments tendermint.abci.ResponsePrepareProposal.$Properties
             * @deprecated Use tendermint.abci.ResponsePrepareProposal.$Properties instead.
             */

            /**
             * Shape of a ResponsePrepareProposal.
             * @typedef {tendermint.abci.ResponsePrepareProposal.$Properties} tendermint.abci.ResponsePrepareProposal.$Shape
             */

            /**
             * Constructs a new ResponsePrepareProposal.
             * @memberof tendermint.abci
             * @classdesc Represents a ResponsePrepareProposal.
             * @constructor
             * @param {tendermint.abci.ResponsePrepareProposal.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ResponsePrepareProposal = function (properties) {
                this.txs = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ResponsePrepareProposal txs.
             * @member {Array.<Uint8Array>} txs
             * @memberof tendermint.abci.ResponsePrepareProposal
             * @instance
             */
            ResponsePrepareProposal.prototype.txs = $util.emptyArray;

            /**
             * Creates a new ResponsePrepareProposal instance using the specified properties.
             * @function create
             * @memberof tendermint.abci.ResponsePrepareProposal
             * @static
             * @param {tendermint.abci.ResponsePrepareProposal.$Properties=} [properties] Properties to set
             * @returns {tendermint.abci.ResponsePrepareProposal} ResponsePrepareProposal instance
             * @type {{
             *   (properties: tendermint.abci.ResponsePrepareProposal.$Shape): tendermint.abci.ResponsePrepareProposal & tendermint.abci.ResponsePrepareProposal.$Shape;
             *   (properties?: tendermint.abci.ResponsePrepareProposal.$Properties): tendermint.abci.ResponsePrepareProposal;
             * }}
             */
            ResponsePrepareProposal.create = function(properties) {
                return new ResponsePrepareProposal(properties);
            };

            /**
             * Encodes the specified ResponsePrepareProposal message. Does not implicitly {@link tendermint.abci.ResponsePrepareProposal.verify|verify} messages.
             * @function encode
             * @memberof tendermint.abci.ResponsePrepareProposal
             * @static
             * @param {tendermint.abci.ResponsePrepareProposal.$Properties} message ResponsePrepareProposal message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ResponsePrepareProposal.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.txs != null && message.txs.length)
                    for (let i = 0; i < message.txs.length; ++i)
                        writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.txs[i]);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a ResponsePrepareProposal message from the specified reader or buffer.
             * @function decode
             * @memberof tendermint.abci.ResponsePrepareProposal
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {tendermint.abci.ResponsePrepareProposal & tendermint.abci.ResponsePrepareProposal.$Shape} ResponsePrepareProposal
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ResponsePrepareProposal.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.tendermint.abci.ResponsePrepareProposal();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if (!(message.txs && message.txs.length))
                                message.txs = [];
                            message.txs.push(reader.bytes());
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a ResponsePrepareProposal message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof tendermint.abci.ResponsePrepareProposal
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {tendermint.abci.ResponsePrepareProposal} ResponsePrepareProposal
             */
            ResponsePrepareProposal.fromObject = function (object, _depth) {
                if (object instanceof $root.tendermint.abci.ResponsePrepareProposal)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".tendermint.abci.ResponsePrepareProposal: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.tendermint.abci.ResponsePrepareProposal();
                if (object.txs) {
                    if (!$Array.isArray(object.txs))
                        throw $TypeError(".tendermint.abci.ResponsePrepareProposal.txs: array expected");
                    message.txs = $Array(object.txs.length);
                    for (let i = 0; i < object.txs.length; ++i)
                        if (typeof object.txs[i] === "string")
                            $util.base64.decode(object.txs[i], message.txs[i] = $util.newBuffer($util.base64.length(object.txs[i])), 0);
                        else if (object.txs[i].length >= 0)
                            message.txs[i] = object.txs[i];
                }
                return message;
            };

            /**
             * Creates a plain object from a ResponsePrepareProposal message. Also converts values to other types if specified.
             * @function toObject
             * @memberof tendermint.abci.ResponsePrepareProposal
             * @static
             * @param {tendermint.abci.ResponsePrepareProposal} message ResponsePrepareProposal
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ResponsePrepareProposal.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.txs = [];
                if (message.txs && message.txs.length) {
                    object.txs = $Array(message.txs.length);
                    for (let j = 0; j < message.txs.length; ++j)
                        object.txs[j] = options.bytes === $String ? $util.base64.encode(message.txs[j], 0, message.txs[j].length) : options.bytes === $Array ? $Array.prototype.slice.call(message.txs[j]) : message.txs[j];
                }
                return object;
            };

            /**
             * Converts this ResponsePrepareProposal to JSON.
             * @function toJSON
             * @memberof tendermint.abci.ResponsePrepareProposal
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ResponsePrepareProposal.prototype.toJSON = function() {
                return ResponsePrepareProposal.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for ResponsePrepareProposal
             * @function getTypeUrl
             * @memberof tendermint.abci.ResponsePrepareProposal
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ResponsePrepareProposal.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/tendermint.abci.ResponsePrepareProposal";
            };

            return ResponsePrepareProposal;
        })();

        abci.ResponseProcessProposal = (function() {

            /**
             * Properties of a ResponseProcessProposal.
             * @typedef {Object} tendermint.abci.ResponseProcessProposal.$Properties
             * @property {tendermint.abci.ResponseProcessProposal.ProposalStatus|null} [status] ResponseProcessProposal status
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ResponseProcessProposal.
             * @memberof tendermint.abci
             * @interface IResponseProcessProposal
             * @augments tendermint.abci.ResponseProcessProposal.$Properties
             * @deprecated Use tendermint.abci.ResponseProcessProposal.$Properties instead.
             */

            /**
             * Shape of a ResponseProcessProposal.
             * @typedef {tendermint.abci.ResponseProcessProposal.$Properties} tendermint.abci.ResponseProcessProposal.$Shape
             */

            /**
             * Constructs a new ResponseProcessProposal.
             * @memberof tendermint.abci
             * @classdesc Represents a ResponseProcessProposal.
             * @constructor
             * @param {tendermint.abci.ResponseProcessProposal.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ResponseProcessProposal = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ResponseProcessProposal status.
             * @member {tendermint.abci.ResponseProcessProposal.ProposalStatus} status
             * @memberof tendermint.abci.ResponseProcessProposal
             * @instance
             */
            ResponseProcessProposal.prototype.status = 0;

            /**
             * Creates a new ResponseProcessProposal instance using the specified properties.
             * @function create
             * @memberof tendermint.abci.ResponseProcessProposal
             * @static
             * @param {tendermint.abci.ResponseProcessProposal.$Properties=} [properties] Properties to set
             * @returns {tendermint.abci.ResponseProcessProposal} ResponseProcessProposal instance
             * @type {{
             *   (properties: tendermint.abci.ResponseProcessProposal.$Shape): tendermint.abci.ResponseProcessProposal & tendermint.abci.ResponseProcessProposal.$Shape;
             *   (properties?: tendermint.abci.ResponseProcessProposal.$Properties): tendermint.abci.ResponseProcessProposal;
             * }}
             */
            ResponseProcessProposal.create = function(properties) {
                return new ResponseProcessProposal(properties);
            };

            /**
             * Encodes the specified ResponseProcessProposal message. Does not implicitly {@link tendermint.abci.ResponseProcessProposal.verify|verify} messages.
             * @function encode
             * @memberof tendermint.abci.ResponseProcessProposal
             * @static
             * @param {tendermint.abci.ResponseProcessProposal.$Properties} message ResponseProcessProposal message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ResponseProcessProposal.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.status != null && $Object.hasOwnProperty.call(message, "status") && message.status !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).int32(message.status);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a ResponseProcessProposal message from the specified reader or buffer.
             * @function decode
             * @memberof tendermint.abci.ResponseProcessProposal
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {tendermint.abci.ResponseProcessProposal & tendermint.abci.ResponseProcessProposal.$Shape} ResponseProcessProposal
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ResponseProcessProposal.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.tendermint.abci.ResponseProcessProposal();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.status = value;
                            else
                                delete message.status;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a ResponseProcessProposal message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof tendermint.abci.ResponseProcessProposal
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {tendermint.abci.ResponseProcessProposal} ResponseProcessProposal
             */
            ResponseProcessProposal.fromObject = function (object, _depth) {
                if (object instanceof $root.tendermint.abci.ResponseProcessProposal)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".tendermint.abci.ResponseProcessProposal: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.tendermint.abci.ResponseProcessProposal();
                if (object.status !== 0 && (typeof object.status !== "string" || $root.tendermint.abci.ResponseProcessProposal.ProposalStatus[object.status] !== 0))
                    switch (object.status) {
                    case "UNKNOWN":
                    case 0:
                        message.status = 0;
                        break;
                    case "ACCEPT":
                    case 1:
                        message.status = 1;
                        break;
                    case "REJECT":
                    case 2:
                        message.status = 2;
                        break;
                    default:
                        if (typeof object.status === "number" && (object.status | 0) === object.status)
                            message.status = object.status;
                    }
                return message;
            };

            /**
             * Creates a plain object from a ResponseProcessProposal message. Also converts values to other types if specified.
             * @function toObject
             * @memberof tendermint.abci.ResponseProcessProposal
             * @static
             * @param {tendermint.abci.ResponseProcessProposal} message ResponseProcessProposal
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ResponseProcessProposal.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    object.status = options.enums === $String ? "UNKNOWN" : 0;
                if (message.status != null && $Object.hasOwnProperty.call(message, "status"))
                    object.status = options.enums === $String ? $root.tendermint.abci.ResponseProcessProposal.ProposalStatus[message.status] === $undefined ? message.status : $root.tendermint.abci.ResponseProcessProposal.ProposalStatus[message.status] : message.status;
                return object;
            };

            /**
             * Converts this ResponseProcessProposal to JSON.
             * @function toJSON
             * @memberof tendermint.abci.ResponseProcessProposal
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ResponseProcessProposal.prototype.toJSON = function() {
                return ResponseProcessProposal.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for ResponseProcessProposal
             * @function getTypeUrl
             * @memberof tendermint.abci.ResponseProcessProposal
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ResponseProcessProposal.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/tendermint.abci.ResponseProcessProposal";
            };

            /**
             * ProposalStatus enum.
             * @name tendermint.abci.ResponseProcessProposal.ProposalStatus
             * @enum {number}
             * @property {number} UNKNOWN=0 UNKNOWN value
             * @property {number} ACCEPT=1 ACCEPT value
             * @property {number} REJECT=2 REJECT value
             */
            ResponseProcessProposal.ProposalStatus = (function() {
                const valuesById = $Object.create(null), values = $Object.create(valuesById);
                values[valuesById[0] = "UNKNOWN"] = 0;
                values[valuesById[1] = "ACCEPT"] = 1;
                values[valuesById[2] = "REJECT"] = 2;
                return values;
            })();

            return ResponseProcessProposal;
        })();

        abci.ResponseExtendVote = (function() {

            /**
             * Properties of a ResponseExtendVote.
             * @typedef {Object} tendermint.abci.ResponseExtendVote.$Properties
             * @property {Uint8Array|null} [voteExtension] ResponseExtendVote voteExtension
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ResponseExtendVote.
             * @memberof tendermint.abci
             * @interface IResponseExtendVote
             * @augments tendermint.abci.ResponseExtendVote.$Properties
             * @deprecated Use tendermint.abci.ResponseExtendVote.$Properties instead.
             */

            /**
             * Shape of a ResponseExtendVote.
             * @typedef {tendermint.abci.ResponseExtendVote.$Properties} tendermint.abci.ResponseExtendVote.$Shape
             */

            /**
             * Constructs a new ResponseExtendVote.
             * @memberof tendermint.abci
             * @classdesc Represents a ResponseExtendVote.
             * @constructor
             * @param {tendermint.abci.ResponseExtendVote.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ResponseExtendVote = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ResponseExtendVote voteExtension.
             * @member {Uint8Array} voteExtension
             * @memberof tendermint.abci.ResponseExtendVote
             * @instance
             */
            ResponseExtendVote.prototype.voteExtension = $util.newBuffer([]);

            /**
             * Creates a new ResponseExtendVote instance using the specified properties.
             * @function create
             * @memberof tendermint.abci.ResponseExtendVote
             * @static
             * @param {tendermint.abci.ResponseExtendVote.$Properties=} [properties] Properties to set
             * @returns {tendermint.abci.ResponseExtendVote} ResponseExtendVote instance
             * @type {{
             *   (properties: tendermint.abci.ResponseExtendVote.$Shape): tendermint.abci.ResponseExtendVote & tendermint.abci.ResponseExtendVote.$Shape;
             *   (properties?: tendermint.abci.ResponseExtendVote.$Properties): tendermint.abci.ResponseExtendVote;
             * }}
             */
            ResponseExtendVote.create = function(properties) {
                return new ResponseExtendVote(properties);
            };

            /**
             * Encodes the specified ResponseExtendVote message. Does not implicitly {@link tendermint.abci.ResponseExtendVote.verify|verify} messages.
             * @function encode
             * @memberof tendermint.abci.ResponseExtendVote
             * @static
             * @param {tendermint.abci.ResponseExtendVote.$Properties} message ResponseExtendVote message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ResponseExtendVote.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.voteExtension != null && $Object.hasOwnProperty.call(message, "voteExtension") && message.voteExtension.length)
                    writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.voteExtension);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a ResponseExtendVote message from the specified reader or buffer.
             * @function decode
             * @memberof tendermint.abci.ResponseExtendVote
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {tendermint.abci.ResponseExtendVote & tendermint.abci.ResponseExtendVote.$Shape} ResponseExtendVote
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ResponseExtendVote.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.tendermint.abci.ResponseExtendVote();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.voteExtension = value;
                            else
                                delete message.voteExtension;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a ResponseExtendVote message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof tendermint.abci.ResponseExtendVote
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {tendermint.abci.ResponseExtendVote} ResponseExtendVote
             */
            ResponseExtendVote.fromObject = function (object, _depth) {
                if (object instanceof $root.tendermint.abci.ResponseExtendVote)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".tendermint.abci.ResponseExtendVote: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.tendermint.abci.ResponseExtendVote();
                if (object.voteExtension != null)
                    if (object.voteExtension.length)
                        if (typeof object.voteExtension === "string")
                            $util.base64.decode(object.voteExtension, message.voteExtension = $util.newBuffer($util.base64.length(object.voteExtension)), 0);
                        else if (object.voteExtension.length >= 0)
                            message.voteExtension = object.voteExtension;
                return message;
            };

            /**
             * Creates a plain object from a ResponseExtendVote message. Also converts values to other types if specified.
             * @function toObject
             * @memberof tendermint.abci.ResponseExtendVote
             * @static
             * @param {tendermint.abci.ResponseExtendVote} message ResponseExtendVote
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ResponseExtendVote.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    if (options.bytes === $String)
                        object.voteExtension = "";
                    else {
                        object.voteExtension = [];
                        if (options.bytes !== $Array)
                            object.voteExtension = $util.newBuffer(object.voteExtension);
                    }
                if (message.voteExtension != null && $Object.hasOwnProperty.call(message, "voteExtension"))
                    object.voteExtension = options.bytes === $String ? $util.base64.encode(message.voteExtension, 0, message.voteExtension.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.voteExtension) : message.voteExtension;
                return object;
            };

            /**
             * Converts this ResponseExtendVote to JSON.
             * @function toJSON
             * @memberof tendermint.abci.ResponseExtendVote
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ResponseExtendVote.prototype.toJSON = function() {
                return ResponseExtendVote.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for ResponseExtendVote
             * @function getTypeUrl
             * @memberof tendermint.abci.ResponseExtendVote
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ResponseExtendVote.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/tendermint.abci.ResponseExtendVote";
            };

            return ResponseExtendVote;
        })();

        abci.ResponseVerifyVoteExtension = (function() {

            /**
             * Properties of a ResponseVerifyVoteExtension.
             * @typedef {Object} tendermint.abci.ResponseVerifyVoteExtension.$Properties
             * @property {tendermint.abci.ResponseVerifyVoteExtension.VerifyStatus|null} [status] ResponseVerifyVoteExtension status
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ResponseVerifyVoteExtension.
             * @memberof tendermint.abci
             * @interface IResponseVerifyVoteExtension
             * @augments tendermint.abci.ResponseVerifyVoteExtension.$Properties
             * @deprecated Use tendermint.abci.ResponseVerifyVoteExtension.$Properties instead.
             */

            /**
             * Shape of a ResponseVerifyVoteExtension.
             * @typedef {tendermint.abci.ResponseVerifyVoteExtension.$Properties} tendermint.abci.ResponseVerifyVoteExtension.$Shape
             */

            /**
             * Constructs a new ResponseVerifyVoteExtension.
             * @memberof tendermint.abci
             * @classdesc Represents a ResponseVerifyVoteExtension.
             * @constructor
             * @param {tendermint.abci.ResponseVerifyVoteExtension.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ResponseVerifyVoteExtension = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ResponseVerifyVoteExtension status.
             * @member {tendermint.abci.ResponseVerifyVoteExtension.VerifyStatus} status
             * @memberof tendermint.abci.ResponseVerifyVoteExtension
             * @instance
             */
            ResponseVerifyVoteExtension.prototype.status = 0;

            /**
             * Creates a new ResponseVerifyVoteExtension instance using the specified properties.
             * @function create
             * @memberof tendermint.abci.ResponseVerifyVoteExtension
             * @static
             * @param {tendermint.abci.ResponseVerifyVoteExtension.$Properties=} [properties] Properties to set
             * @returns {tendermint.abci.ResponseVerifyVoteExtension} ResponseVerifyVoteExtension instance
             * @type {{
             *   (properties: tendermint.abci.ResponseVerifyVoteExtension.$Shape): tendermint.abci.ResponseVerifyVoteExtension & tendermint.abci.ResponseVerifyVoteExtension.$Shape;
             *   (properties?: tendermint.abci.ResponseVerifyVoteExtension.$Properties): tendermint.abci.ResponseVerifyVoteExtension;
             * }}
             */
            ResponseVerifyVoteExtension.create = function(properties) {
                return new ResponseVerifyVoteExtension(properties);
            };

            /**
             * Encodes the specified ResponseVerifyVoteExtension message. Does not implicitly {@link tendermint.abci.ResponseVerifyVoteExtension.verify|verify} messages.
             * @function encode
             * @memberof tendermint.abci.ResponseVerifyVoteExtension
             * @static
             * @param {tendermint.abci.ResponseVerifyVoteExtension.$Properties} message ResponseVerifyVoteExtension message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ResponseVerifyVoteExtension.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.status != null && $Object.hasOwnProperty.call(message, "status") && message.status !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).int32(message.status);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a ResponseVerifyVoteExtension message from the specified reader or buffer.
             * @function decode
             * @memberof tendermint.abci.ResponseVerifyVoteExtension
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {tendermint.abci.ResponseVerifyVoteExtension & tendermint.abci.ResponseVerifyVoteExtension.$Shape} ResponseVerifyVoteExtension
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ResponseVerifyVoteExtension.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.tendermint.abci.ResponseVerifyVoteExtension();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.status = value;
                            else
                                delete message.status;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a ResponseVerifyVoteExtension message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof tendermint.abci.ResponseVerifyVoteExtension
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {tendermint.abci.ResponseVerifyVoteExtension} ResponseVerifyVoteExtension
             */
            ResponseVerifyVoteExtension.fromObject = function (object, _depth) {
                if (object instanceof $root.tendermint.abci.ResponseVerifyVoteExtension)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".tendermint.abci.ResponseVerifyVoteExtension: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.tendermint.abci.ResponseVerifyVoteExtension();
                if (object.status !== 0 && (typeof object.status !== "string" || $root.tendermint.abci.ResponseVerifyVoteExtension.VerifyStatus[object.status] !== 0))
                    switch (object.status) {
                    case "UNKNOWN":
                    case 0:
                        message.status = 0;
                        break;
                    case "ACCEPT":
                    case 1:
                        message.status = 1;
                        break;
                    case "REJECT":
                    case 2:
                        message.status = 2;
                        break;
                    default:
                        if (typeof object.status === "number" && (object.status | 0) === object.status)
                            message.status = object.status;
                    }
                return message;
            };

            /**
             * Creates a plain object from a ResponseVerifyVoteExtension message. Also converts values to other types if specified.
             * @function toObject
             * @memberof tendermint.abci.ResponseVerifyVoteExtension
             * @static
             * @param {tendermint.abci.ResponseVerifyVoteExtension} message ResponseVerifyVoteExtension
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ResponseVerifyVoteExtension.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    object.status = options.enums === $String ? "UNKNOWN" : 0;
                if (message.status != null && $Object.hasOwnProperty.call(message, "status"))
                    object.status = options.enums === $String ? $root.tendermint.abci.ResponseVerifyVoteExtension.VerifyStatus[message.status] === $undefined ? message.status : $root.tendermint.abci.ResponseVerifyVoteExtension.VerifyStatus[message.status] : message.status;
                return object;
            };

            /**
             * Converts this ResponseVerifyVoteExtension to JSON.
             * @function toJSON
             * @memberof tendermint.abci.ResponseVerifyVoteExtension
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ResponseVerifyVoteExtension.prototype.toJSON = function() {
                return ResponseVerifyVoteExtension.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for ResponseVerifyVoteExtension
             * @function getTypeUrl
             * @memberof tendermint.abci.ResponseVerifyVoteExtension
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ResponseVerifyVoteExtension.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/tendermint.abci.ResponseVerifyVoteExtension";
            };

            /**
             * VerifyStatus enum.
             * @name tendermint.abci.ResponseVerifyVoteExtension.VerifyStatus
             * @enum {number}
             * @property {number} UNKNOWN=0 UNKNOWN value
             * @property {number} ACCEPT=1 ACCEPT value
             * @property {number} REJECT=2 REJECT value
             */
            ResponseVerifyVoteExtension.VerifyStatus = (function() {
                const valuesById = $Object.create(null), values = $Object.create(valuesById);
                values[valuesById[0] = "UNKNOWN"] = 0;
                values[valuesById[1] = "ACCEPT"] = 1;
                values[valuesById[2] = "REJECT"] = 2;
                return values;
            })();

            return ResponseVerifyVoteExtension;
        })();

        abci.ResponseFinalizeBlock = (function() {

            /**
             * Properties of a ResponseFinalizeBlock.
             * @typedef {Object} tendermint.abci.ResponseFinalizeBlock.$Properties
             * @property {Array.<tendermint.abci.Event.$Properties>|null} [events] ResponseFinalizeBlock events
             * @property {Array.<tendermint.abci.ExecTxResult.$Properties>|null} [txResults] ResponseFinalizeBlock txResults
             * @property {Array.<tendermint.abci.ValidatorUpdate.$Properties>|null} [validatorUpdates] ResponseFinalizeBlock validatorUpdates
             * @property {tendermint.types.ConsensusParams.$Properties|null} [consensusParamUpdates] ResponseFinalizeBlock consensusParamUpdates
             * @property {Uint8Array|null} [appHash] ResponseFinalizeBlock appHash
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ResponseFinalizeBlock.
             * @memberof tendermint.abci
             * @interface IResponseFinalizeBlock
             * @augments tendermint.abci.ResponseFinalizeBlock.$Properties
             * @deprecated Use tendermint.abci.ResponseFinalizeBlock.$Properties instead.
             */

            /**
             * Shape of a ResponseFinalizeBlock.
             * @typedef {{
             *   events?: Array.<tendermint.abci.Event.$Shape>|null;
             *   txResults?: Array.<tendermint.abci.ExecTxResult.$Shape>|null;
             *   validatorUpdates?: Array.<tendermint.abci.ValidatorUpdate.$Shape>|null;
             *   consensusParamUpdates?: tendermint.types.ConsensusParams.$Shape|null;
             *   appHash?: Uint8Array|null;
             *   $unknowns?: Array.<Uint8Array>;
             * }} tendermint.abci.ResponseFinalizeBlock.$Shape
             */

            /**
             * Constructs a new ResponseFinalizeBlock.
             * @memberof tendermint.abci
             * @classdesc Represents a ResponseFinalizeBlock.
             * @constructor
             * @param {tendermint.abci.ResponseFinalizeBlock.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ResponseFinalizeBlock = function (properties) {
                this.events = [];
                this.txResults = [];
                this.validatorUpdates = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ResponseFinalizeBlock events.
             * @member {Array.<tendermint.abci.Event.$Properties>} events
             * @memberof tendermint.abci.ResponseFinalizeBlock
             * @instance
             */
            ResponseFinalizeBlock.prototype.events = $util.emptyArray;

            /**
             * ResponseFinalizeBlock txResults.
             * @member {Array.<tendermint.abci.ExecTxResult.$Properties>} txResults
             * @memberof tendermint.abci.ResponseFinalizeBlock
             * @instance
             */
            ResponseFinalizeBlock.prototype.txResults = $util.emptyArray;

            /**
             * ResponseFinalizeBlock validatorUpdates.
             * @member {Array.<tendermint.abci.ValidatorUpdate.$Properties>} validatorUpdates
             * @memberof tendermint.abci.ResponseFinalizeBlock
             * @instance
             */
            ResponseFinalizeBlock.prototype.validatorUpdates = $util.emptyArray;

            /**
             * ResponseFinalizeBlock consensusParamUpdates.
             * @member {tendermint.types.ConsensusParams.$Properties|null|undefined} consensusParamUpdates
             * @memberof tendermint.abci.ResponseFinalizeBlock
             * @instance
             */
            ResponseFinalizeBlock.prototype.consensusParamUpdates = null;

            /**
             * ResponseFinalizeBlock appHash.
             * @member {Uint8Array} appHash
             * @memberof tendermint.abci.ResponseFinalizeBlock
             * @instance
             */
            ResponseFinalizeBlock.prototype.appHash = $util.newBuffer([]);

            /**
             * Creates a new ResponseFinalizeBlock instance using the specified properties.
             * @function create
             * @memberof tendermint.abci.ResponseFinalizeBlock
             * @static
             * @param {tendermint.abci.ResponseFinalizeBlock.$Properties=} [properties] Properties to set
             * @returns {tendermint.abci.ResponseFinalizeBlock} ResponseFinalizeBlock instance
             * @type {{
             *   (properties: tendermint.abci.ResponseFinalizeBlock.$Shape): tendermint.abci.ResponseFinalizeBlock & tendermint.abci.ResponseFinalizeBlock.$Shape;
             *   (properties?: tendermint.abci.ResponseFinalizeBlock.$Properties): tendermint.abci.ResponseFinalizeBlock;
             * }}
             */
            ResponseFinalizeBlock.create = function(properties) {
                return new ResponseFinalizeBlock(properties);
            };

            /**
             * Encodes the specified ResponseFinalizeBlock message. Does not implicitly {@link tendermint.abci.ResponseFinalizeBlock.verify|verify} messages.
             * @function encode
             * @memberof tendermint.abci.ResponseFinalizeBlock
             * @static
             * @param {tendermint.abci.ResponseFinalizeBlock.$Properties} message ResponseFinalizeBlock message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ResponseFinalizeBlock.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.events != null && message.events.length)
                    for (let i = 0; i < message.events.length; ++i)
                        $root.tendermint.abci.Event.encode(message.events[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.txResults != null && message.txResults.length)
                    for (let i = 0; i < message.txResults.length; ++i)
                        $root.tendermint.abci.ExecTxResult.encode(message.txResults[i], writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.validatorUpdates != null && message.validatorUpdates.length)
                    for (let i = 0; i < message.validatorUpdates.length; ++i)
                        $root.tendermint.abci.ValidatorUpdate.encode(message.validatorUpdates[i], writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.consensusParamUpdates != null && $Object.hasOwnProperty.call(message, "consensusParamUpdates"))
                    $root.tendermint.types.ConsensusParams.encode(message.consensusParamUpdates, writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                if (message.appHash != null && $Object.hasOwnProperty.call(message, "appHash") && message.appHash.length)
                    writer.uint32(/* id 5, wireType 2 =*/42).bytes(message.appHash);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a ResponseFinalizeBlock message from the specified reader or buffer.
             * @function decode
             * @memberof tendermint.abci.ResponseFinalizeBlock
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {tendermint.abci.ResponseFinalizeBlock & tendermint.abci.ResponseFinalizeBlock.$Shape} ResponseFinalizeBlock
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ResponseFinalizeBlock.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.tendermint.abci.ResponseFinalizeBlock();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if (!(message.events && message.events.length))
                                message.events = [];
                            message.events.push($root.tendermint.abci.Event.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if (!(message.txResults && message.txResults.length))
                                message.txResults = [];
                            message.txResults.push($root.tendermint.abci.ExecTxResult.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if (!(message.validatorUpdates && message.validatorUpdates.length))
                                message.validatorUpdates = [];
                            message.validatorUpdates.push($root.tendermint.abci.ValidatorUpdate.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            message.consensusParamUpdates = $root.tendermint.types.ConsensusParams.decode(reader, reader.size(), $undefined, _depth + 1, message.consensusParamUpdates);
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.appHash = value;
                            else
                                delete message.appHash;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a ResponseFinalizeBlock message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof tendermint.abci.ResponseFinalizeBlock
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {tendermint.abci.ResponseFinalizeBlock} ResponseFinalizeBlock
             */
            ResponseFinalizeBlock.fromObject = function (object, _depth) {
                if (object instanceof $root.tendermint.abci.ResponseFinalizeBlock)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".tendermint.abci.ResponseFinalizeBlock: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.tendermint.abci.ResponseFinalizeBlock();
                if (object.events) {
                    if (!$Array.isArray(object.events))
                        throw $TypeError(".tendermint.abci.ResponseFinalizeBlock.events: array expected");
                    message.events = $Array(object.events.length);
                    for (let i = 0; i < object.events.length; ++i) {
                        if (!$util.isObject(object.events[i]))
                            throw $TypeError(".tendermint.abci.ResponseFinalizeBlock.events: object expected");
                        message.events[i] = $root.tendermint.abci.Event.fromObject(object.events[i], _depth + 1);
                    }
                }
                if (object.txResults) {
                    if (!$Array.isArray(object.txResults))
                        throw $TypeError(".tendermint.abci.ResponseFinalizeBlock.txResults: array expected");
                    message.txResults = $Array(object.txResults.length);
                    for (let i = 0; i < object.txResults.length; ++i) {
                        if (!$util.isObject(object.txResults[i]))
                            throw $TypeError(".tendermint.abci.ResponseFinalizeBlock.txResults: object expected");
                        message.txResults[i] = $root.tendermint.abci.ExecTxResult.fromObject(object.txResults[i], _depth + 1);
                    }
                }
                if (object.validatorUpdates) {
                    if (!$Array.isArray(object.validatorUpdates))
                        throw $TypeError(".tendermint.abci.ResponseFinalizeBlock.validatorUpdates: array expected");
                    message.validatorUpdates = $Array(object.validatorUpdates.length);
                    for (let i = 0; i < object.validatorUpdates.length; ++i) {
                        if (!$util.isObject(object.validatorUpdates[i]))
                            throw $TypeError(".tendermint.abci.ResponseFinalizeBlock.validatorUpdates: object expected");
                        message.validatorUpdates[i] = $root.tendermint.abci.ValidatorUpdate.fromObject(object.validatorUpdates[i], _depth + 1);
                    }
                }
                if (object.consensusParamUpdates != null) {
                    if (!$util.isObject(object.consensusParamUpdates))
                        throw $TypeError(".tendermint.abci.ResponseFinalizeBlock.consensusParamUpdates: object expected");
                    message.consensusParamUpdates = $root.tendermint.types.ConsensusParams.fromObject(object.consensusParamUpdates, _depth + 1);
                }
                if (object.appHash != null)
                    if (object.appHash.length)
                        if (typeof object.appHash === "string")
                            $util.base64.decode(object.appHash, message.appHash = $util.newBuffer($util.base64.length(object.appHash)), 0);
                        else if (object.appHash.length >= 0)
                            message.appHash = object.appHash;
                return message;
            };

            /**
             * Creates a plain object from a ResponseFinalizeBlock message. Also converts values to other types if specified.
             * @function toObject
             * @memberof tendermint.abci.ResponseFinalizeBlock
             * @static
             * @param {tendermint.abci.ResponseFinalizeBlock} message ResponseFinalizeBlock
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ResponseFinalizeBlock.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults) {
                    object.events = [];
                    object.txResults = [];
                    object.validatorUpdates = [];
                }
                if (options.defaults) {
                    object.consensusParamUpdates = null;
                    if (options.bytes === $String)
                        object.appHash = "";
                    else {
                        object.appHash = [];
                        if (options.bytes !== $Array)
                            object.appHash = $util.newBuffer(object.appHash);
                    }
                }
                if (message.events && message.events.length) {
                    object.events = $Array(message.events.length);
                    for (let j = 0; j < message.events.length; ++j)
                        object.events[j] = $root.tendermint.abci.Event.toObject(message.events[j], options, _depth + 1);
                }
                if (message.txResults && message.txResults.length) {
                    object.txResults = $Array(message.txResults.length);
                    for (let j = 0; j < message.txResults.length; ++j)
                        object.txResults[j] = $root.tendermint.abci.ExecTxResult.toObject(message.txResults[j], options, _depth + 1);
                }
                if (message.validatorUpdates && message.validatorUpdates.length) {
                    object.validatorUpdates = $Array(message.validatorUpdates.length);
                    for (let j = 0; j < message.validatorUpdates.length; ++j)
                        object.validatorUpdates[j] = $root.tendermint.abci.ValidatorUpdate.toObject(message.validatorUpdates[j], options, _depth + 1);
                }
                if (message.consensusParamUpdates != null && $Object.hasOwnProperty.call(message, "consensusParamUpdates"))
                    object.consensusParamUpdates = $root.tendermint.types.ConsensusParams.toObject(message.consensusParamUpdates, options, _depth + 1);
                if (message.appHash != null && $Object.hasOwnProperty.call(message, "appHash"))
                    object.appHash = options.bytes === $String ? $util.base64.encode(message.appHash, 0, message.appHash.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.appHash) : message.appHash;
                return object;
            };

            /**
             * Converts this ResponseFinalizeBlock to JSON.
             * @function toJSON
             * @memberof tendermint.abci.ResponseFinalizeBlock
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ResponseFinalizeBlock.prototype.toJSON = function() {
                return ResponseFinalizeBlock.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for ResponseFinalizeBlock
             * @function getTypeUrl
             * @memberof tendermint.abci.ResponseFinalizeBlock
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ResponseFinalizeBlock.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/tendermint.abci.ResponseFinalizeBlock";
            };

            return ResponseFinalizeBlock;
        })();

        abci.CommitInfo = (function() {

            /**
             * Properties of a CommitInfo.
             * @typedef {Object} tendermint.abci.CommitInfo.$Properties
             * @property {number|null} [round] CommitInfo round
             * @property {Array.<tendermint.abci.VoteInfo.$Properties>|null} [votes] CommitInfo votes
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a CommitInfo.
             * @memberof tendermint.abci
             * @interface ICommitInfo
             * @augments tendermint.abci.CommitInfo.$Properties
             * @deprecated Use tendermint.abci.CommitInfo.$Properties instead.
             */

            /**
             * Shape of a CommitInfo.
             * @typedef {tendermint.abci.CommitInfo.$Properties} tendermint.abci.CommitInfo.$Shape
             */

            /**
             * Constructs a new CommitInfo.
             * @memberof tendermint.abci
             * @classdesc Represents a CommitInfo.
             * @constructor
             * @param {tendermint.abci.CommitInfo.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const CommitInfo = function (properties) {
                this.votes = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * CommitInfo round.
             * @member {number} round
             * @memberof tendermint.abci.CommitInfo
             * @instance
             */
            CommitInfo.prototype.round = 0;

            /**
             * CommitInfo votes.
             * @member {Array.<tendermint.abci.VoteInfo.$Properties>} votes
             * @memberof tendermint.abci.CommitInfo
             * @instance
             */
            CommitInfo.prototype.votes = $util.emptyArray;

            /**
             * Creates a new CommitInfo instance using the specified properties.
             * @function create
             * @memberof tendermint.abci.CommitInfo
             * @static
             * @param {tendermint.abci.CommitInfo.$Properties=} [properties] Properties to set
             * @returns {tendermint.abci.CommitInfo} CommitInfo instance
             * @type {{
             *   (properties: tendermint.abci.CommitInfo.$Shape): tendermint.abci.CommitInfo & tendermint.abci.CommitInfo.$Shape;
             *   (properties?: tendermint.abci.CommitInfo.$Properties): tendermint.abci.CommitInfo;
             * }}
             */
            CommitInfo.create = function(properties) {
                return new CommitInfo(properties);
            };

            /**
             * Encodes the specified CommitInfo message. Does not implicitly {@link tendermint.abci.CommitInfo.verify|verify} messages.
             * @function encode
             * @memberof tendermint.abci.CommitInfo
             * @static
             * @param {tendermint.abci.CommitInfo.$Properties} message CommitInfo message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            CommitInfo.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.round != null && $Object.hasOwnProperty.call(message, "round") && message.round !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).int32(message.round);
                if (message.votes != null && message.votes.length)
                    for (let i = 0; i < message.votes.length; ++i)
                        $root.tendermint.abci.VoteInfo.encode(message.votes[i], writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a CommitInfo message from the specified reader or buffer.
             * @function decode
             * @memberof tendermint.abci.CommitInfo
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {tendermint.abci.CommitInfo & tendermint.abci.CommitInfo.$Shape} CommitInfo
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            CommitInfo.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.tendermint.abci.CommitInfo();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.round = value;
                            else
                                delete message.round;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if (!(message.votes && message.votes.length))
                                message.votes = [];
                            message.votes.push($root.tendermint.abci.VoteInfo.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a CommitInfo message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof tendermint.abci.CommitInfo
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {tendermint.abci.CommitInfo} CommitInfo
             */
            CommitInfo.fromObject = function (object, _depth) {
                if (object instanceof $root.tendermint.abci.CommitInfo)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".tendermint.abci.CommitInfo: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.tendermint.abci.CommitInfo();
                if (object.round != null)
                    if ($Number(object.round) !== 0)
                        message.round = object.round | 0;
                if (object.votes) {
                    if (!$Array.isArray(object.votes))
                        throw $TypeError(".tendermint.abci.CommitInfo.votes: array expected");
                    message.votes = $Array(object.votes.length);
                    for (let i = 0; i < object.votes.length; ++i) {
                        if (!$util.isObject(object.votes[i]))
                            throw $TypeError(".tendermint.abci.CommitInfo.votes: object expected");
                        message.votes[i] = $root.tendermint.abci.VoteInfo.fromObject(object.votes[i], _depth + 1);
                    }
                }
                return message;
            };

            /**
             * Creates a plain object from a CommitInfo message. Also converts values to other types if specified.
             * @function toObject
             * @memberof tendermint.abci.CommitInfo
             * @static
             * @param {tendermint.abci.CommitInfo} message CommitInfo
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            CommitInfo.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.votes = [];
                if (options.defaults)
                    object.round = 0;
                if (message.round != null && $Object.hasOwnProperty.call(message, "round"))
                    object.round = message.round;
                if (message.votes && message.votes.length) {
                    object.votes = $Array(message.votes.length);
                    for (let j = 0; j < message.votes.length; ++j)
                        object.votes[j] = $root.tendermint.abci.VoteInfo.toObject(message.votes[j], options, _depth + 1);
                }
                return object;
            };

            /**
             * Converts this CommitInfo to JSON.
             * @function toJSON
             * @memberof tendermint.abci.CommitInfo
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            CommitInfo.prototype.toJSON = function() {
                return CommitInfo.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for CommitInfo
             * @function getTypeUrl
             * @memberof tendermint.abci.CommitInfo
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            CommitInfo.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/tendermint.abci.CommitInfo";
            };

            return CommitInfo;
        })();

        abci.ExtendedCommitInfo = (function() {

            /**
             * Properties of an ExtendedCommitInfo.
             * @typedef {Object} tendermint.abci.ExtendedCommitInfo.$Properties
             * @property {number|null} [round] ExtendedCommitInfo round
             * @property {Array.<tendermint.abci.ExtendedVoteInfo.$Properties>|null} [votes] ExtendedCommitInfo votes
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an ExtendedCommitInfo.
             * @memberof tendermint.abci
             * @interface IExtendedCommitInfo
             * @augments tendermint.abci.ExtendedCommitInfo.$Properties
             * @deprecated Use tendermint.abci.ExtendedCommitInfo.$Properties instead.
             */

            /**
             * Shape of an ExtendedCommitInfo.
             * @typedef {tendermint.abci.ExtendedCommitInfo.$Properties} tendermint.abci.ExtendedCommitInfo.$Shape
             */

            /**
             * Constructs a new ExtendedCommitInfo.
             * @memberof tendermint.abci
             * @classdesc Represents an ExtendedCommitInfo.
             * @constructor
             * @param {tendermint.abci.ExtendedCommitInfo.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ExtendedCommitInfo = function (properties) {
                this.votes = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ExtendedCommitInfo round.
             * @member {number} round
             * @memberof tendermint.abci.ExtendedCommitInfo
             * @instance
             */
            ExtendedCommitInfo.prototype.round = 0;

            /**
             * ExtendedCommitInfo votes.
             * @member {Array.<tendermint.abci.ExtendedVoteInfo.$Properties>} votes
             * @memberof tendermint.abci.ExtendedCommitInfo
             * @instance
             */
            ExtendedCommitInfo.prototype.votes = $util.emptyArray;

            /**
             * Creates a new ExtendedCommitInfo instance using the specified properties.
             * @function create
             * @memberof tendermint.abci.ExtendedCommitInfo
             * @static
             * @param {tendermint.abci.ExtendedCommitInfo.$Properties=} [properties] Properties to set
             * @returns {tendermint.abci.ExtendedCommitInfo} ExtendedCommitInfo instance
             * @type {{
             *   (properties: tendermint.abci.ExtendedCommitInfo.$Shape): tendermint.abci.ExtendedCommitInfo & tendermint.abci.ExtendedCommitInfo.$Shape;
             *   (properties?: tendermint.abci.ExtendedCommitInfo.$Properties): tendermint.abci.ExtendedCommitInfo;
             * }}
             */
            ExtendedCommitInfo.create = function(properties) {
                return new ExtendedCommitInfo(properties);
            };

            /**
             * Encodes the specified ExtendedCommitInfo message. Does not implicitly {@link tendermint.abci.ExtendedCommitInfo.verify|verify} messages.
             * @function encode
             * @memberof tendermint.abci.ExtendedCommitInfo
             * @static
             * @param {tendermint.abci.ExtendedCommitInfo.$Properties} message ExtendedCommitInfo message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ExtendedCommitInfo.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.round != null && $Object.hasOwnProperty.call(message, "round") && message.round !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).int32(message.round);
                if (message.votes != null && message.votes.length)
                    for (let i = 0; i < message.votes.length; ++i)
                        $root.tendermint.abci.ExtendedVoteInfo.encode(message.votes[i], writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an ExtendedCommitInfo message from the specified reader or buffer.
             * @function decode
             * @memberof tendermint.abci.ExtendedCommitInfo
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {tendermint.abci.ExtendedCommitInfo & tendermint.abci.ExtendedCommitInfo.$Shape} ExtendedCommitInfo
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ExtendedCommitInfo.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.tendermint.abci.ExtendedCommitInfo();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.round = value;
                            else
                                delete message.round;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if (!(message.votes && message.votes.length))
                                message.votes = [];
                            message.votes.push($root.tendermint.abci.ExtendedVoteInfo.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates an ExtendedCommitInfo message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof tendermint.abci.ExtendedCommitInfo
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {tendermint.abci.ExtendedCommitInfo} ExtendedCommitInfo
             */
            ExtendedCommitInfo.fromObject = function (object, _depth) {
                if (object instanceof $root.tendermint.abci.ExtendedCommitInfo)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".tendermint.abci.ExtendedCommitInfo: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.tendermint.abci.ExtendedCommitInfo();
                if (object.round != null)
                    if ($Number(object.round) !== 0)
                        message.round = object.round | 0;
                if (object.votes) {
                    if (!$Array.isArray(object.votes))
                        throw $TypeError(".tendermint.abci.ExtendedCommitInfo.votes: array expected");
                    message.votes = $Array(object.votes.length);
                    for (let i = 0; i < object.votes.length; ++i) {
                        if (!$util.isObject(object.votes[i]))
                            throw $TypeError(".tendermint.abci.ExtendedCommitInfo.votes: object expected");
                        message.votes[i] = $root.tendermint.abci.ExtendedVoteInfo.fromObject(object.votes[i], _depth + 1);
                    }
                }
                return message;
            };

            /**
             * Creates a plain object from an ExtendedCommitInfo message. Also converts values to other types if specified.
             * @function toObject
             * @memberof tendermint.abci.ExtendedCommitInfo
             * @static
             * @param {tendermint.abci.ExtendedCommitInfo} message ExtendedCommitInfo
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ExtendedCommitInfo.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.votes = [];
                if (options.defaults)
                    object.round = 0;
                if (message.round != null && $Object.hasOwnProperty.call(message, "round"))
                    object.round = message.round;
                if (message.votes && message.votes.length) {
                    object.votes = $Array(message.votes.length);
                    for (let j = 0; j < message.votes.length; ++j)
                        object.votes[j] = $root.tendermint.abci.ExtendedVoteInfo.toObject(message.votes[j], options, _depth + 1);
                }
                return object;
            };

            /**
             * Converts this ExtendedCommitInfo to JSON.
             * @function toJSON
             * @memberof tendermint.abci.ExtendedCommitInfo
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ExtendedCommitInfo.prototype.toJSON = function() {
                return ExtendedCommitInfo.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for ExtendedCommitInfo
             * @function getTypeUrl
             * @memberof tendermint.abci.ExtendedCommitInfo
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ExtendedCommitInfo.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/tendermint.abci.ExtendedCommitInfo";
            };

            return ExtendedCommitInfo;
        })();

        abci.Event = (function() {

            /**
             * Properties of an Event.
             * @typedef {Object} tendermint.abci.Event.$Properties
             * @property {string|null} [type] Event type
             * @property {Array.<tendermint.abci.EventAttribute.$Properties>|null} [attributes] Event attributes
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an Event.
             * @memberof tendermint.abci
             * @interface IEvent
             * @augments tendermint.abci.Event.$Properties
             * @deprecated Use tendermint.abci.Event.$Properties instead.
             */

            /**
             * Shape of an Event.
             * @typedef {tendermint.abci.Event.$Properties} tendermint.abci.Event.$Shape
             */

            /**
             * Constructs a new Event.
             * @memberof tendermint.abci
             * @classdesc Represents an Event.
             * @constructor
             * @param {tendermint.abci.Event.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Event = function (properties) {
                this.attributes = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Event type.
             * @member {string} type
             * @memberof tendermint.abci.Event
             * @instance
             */
            Event.prototype.type = "";

            /**
             * Event attributes.
             * @member {Array.<tendermint.abci.EventAttribute.$Properties>} attributes
             * @memberof tendermint.abci.Event
             * @instance
             */
            Event.prototype.attributes = $util.emptyArray;

            /**
             * Creates a new Event instance using the specified properties.
             * @function create
             * @memberof tendermint.abci.Event
             * @static
             * @param {tendermint.abci.Event.$Properties=} [properties] Properties to set
             * @returns {tendermint.abci.Event} Event instance
             * @type {{
             *   (properties: tendermint.abci.Event.$Shape): tendermint.abci.Event & tendermint.abci.Event.$Shape;
             *   (properties?: tendermint.abci.Event.$Properties): tendermint.abci.Event;
             * }}
             */
            Event.create = function(properties) {
                return new Event(properties);
            };

            /**
             * Encodes the specified Event message. Does not implicitly {@link tendermint.abci.Event.verify|verify} messages.
             * @function encode
             * @memberof tendermint.abci.Event
             * @static
             * @param {tendermint.abci.Event.$Properties} message Event message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Event.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.type != null && $Object.hasOwnProperty.call(message, "type") && message.type !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.type);
                if (message.attributes != null && message.attributes.length)
                    for (let i = 0; i < message.attributes.length; ++i)
                        $root.tendermint.abci.EventAttribute.encode(message.attributes[i], writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an Event message from the specified reader or buffer.
             * @function decode
             * @memberof tendermint.abci.Event
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {tendermint.abci.Event & tendermint.abci.Event.$Shape} Event
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Event.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.tendermint.abci.Event();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.type = value;
                            else
                                delete message.type;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if (!(message.attributes && message.attributes.length))
                                message.attributes = [];
                            message.attributes.push($root.tendermint.abci.EventAttribute.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates an Event message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof tendermint.abci.Event
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {tendermint.abci.Event} Event
             */
            Event.fromObject = function (object, _depth) {
                if (object instanceof $root.tendermint.abci.Event)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".tendermint.abci.Event: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.tendermint.abci.Event();
                if (object.type != null)
                    if (typeof object.type !== "string" || object.type.length)
                        message.type = $String(object.type);
                if (object.attributes) {
                    if (!$Array.isArray(object.attributes))
                        throw $TypeError(".tendermint.abci.Event.attributes: array expected");
                    message.attributes = $Array(object.attributes.length);
                    for (let i = 0; i < object.attributes.length; ++i) {
                        if (!$util.isObject(object.attributes[i]))
                            throw $TypeError(".tendermint.abci.Event.attributes: object expected");
                        message.attributes[i] = $root.tendermint.abci.EventAttribute.fromObject(object.attributes[i], _depth + 1);
                    }
                }
                return message;
            };

            /**
             * Creates a plain object from an Event message. Also converts values to other types if specified.
             * @function toObject
             * @memberof tendermint.abci.Event
             * @static
             * @param {tendermint.abci.Event} message Event
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Event.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.attributes = [];
                if (options.defaults)
                    object.type = "";
                if (message.type != null && $Object.hasOwnProperty.call(message, "type"))
                    object.type = message.type;
                if (message.attributes && message.attributes.length) {
                    object.attributes = $Array(message.attributes.length);
                    for (let j = 0; j < message.attributes.length; ++j)
                        object.attributes[j] = $root.tendermint.abci.EventAttribute.toObject(message.attributes[j], options, _depth + 1);
                }
                return object;
            };

            /**
             * Converts this Event to JSON.
             * @function toJSON
             * @memberof tendermint.abci.Event
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Event.prototype.toJSON = function() {
                return Event.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Event
             * @function getTypeUrl
             * @memberof tendermint.abci.Event
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Event.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/tendermint.abci.Event";
            };

            return Event;
        })();

        abci.EventAttribute = (function() {

            /**
             * Properties of an EventAttribute.
             * @typedef {Object} tendermint.abci.EventAttribute.$Properties
             * @property {string|null} [key] EventAttribute key
             * @property {string|null} [value] EventAttribute value
             * @property {boolean|null} [index] EventAttribute index
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an EventAttribute.
             * @memberof tendermint.abci
             * @interface IEventAttribute
             * @augments tendermint.abci.EventAttribute.$Properties
             * @deprecated Use tendermint.abci.EventAttribute.$Properties instead.
             */

            /**
             * Shape of an EventAttribute.
             * @typedef {tendermint.abci.EventAttribute.$Properties} tendermint.abci.EventAttribute.$Shape
             */

            /**
             * Constructs a new EventAttribute.
             * @memberof tendermint.abci
             * @classdesc Represents an EventAttribute.
             * @constructor
             * @param {tendermint.abci.EventAttribute.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const EventAttribute = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * EventAttribute key.
             * @member {string} key
             * @memberof tendermint.abci.EventAttribute
             * @instance
             */
            EventAttribute.prototype.key = "";

            /**
             * EventAttribute value.
             * @member {string} value
             * @memberof tendermint.abci.EventAttribute
             * @instance
             */
            EventAttribute.prototype.value = "";

            /**
             * EventAttribute index.
             * @member {boolean} index
             * @memberof tendermint.abci.EventAttribute
             * @instance
             */
            EventAttribute.prototype.index = false;

            /**
             * Creates a new EventAttribute instance using the specified properties.
             * @function create
             * @memberof tendermint.abci.EventAttribute
             * @static
             * @param {tendermint.abci.EventAttribute.$Properties=} [properties] Properties to set
             * @returns {tendermint.abci.EventAttribute} EventAttribute instance
             * @type {{
             *   (properties: tendermint.abci.EventAttribute.$Shape): tendermint.abci.EventAttribute & tendermint.abci.EventAttribute.$Shape;
             *   (properties?: tendermint.abci.EventAttribute.$Properties): tendermint.abci.EventAttribute;
             * }}
             */
            EventAttribute.create = function(properties) {
                return new EventAttribute(properties);
            };

            /**
             * Encodes the specified EventAttribute message. Does not implicitly {@link tendermint.abci.EventAttribute.verify|verify} messages.
             * @function encode
             * @memberof tendermint.abci.EventAttribute
             * @static
             * @param {tendermint.abci.EventAttribute.$Properties} message EventAttribute message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            EventAttribute.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.key != null && $Object.hasOwnProperty.call(message, "key") && message.key !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.key);
                if (message.value != null && $Object.hasOwnProperty.call(message, "value") && message.value !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.value);
                if (message.index != null && $Object.hasOwnProperty.call(message, "index") && message.index !== false)
                    writer.uint32(/* id 3, wireType 0 =*/24).bool(message.index);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an EventAttribute message from the specified reader or buffer.
             * @function decode
             * @memberof tendermint.abci.EventAttribute
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {tendermint.abci.EventAttribute & tendermint.abci.EventAttribute.$Shape} EventAttribute
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            EventAttribute.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.tendermint.abci.EventAttribute();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.key = value;
                            else
                                delete message.key;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.value = value;
                            else
                                delete message.value;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.index = value;
                            else
                                delete message.index;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates an EventAttribute message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof tendermint.abci.EventAttribute
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {tendermint.abci.EventAttribute} EventAttribute
             */
            EventAttribute.fromObject = function (object, _depth) {
                if (object instanceof $root.tendermint.abci.EventAttribute)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".tendermint.abci.EventAttribute: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.tendermint.abci.EventAttribute();
                if (object.key != null)
                    if (typeof object.key !== "string" || object.key.length)
                        message.key = $String(object.key);
                if (object.value != null)
                    if (typeof object.value !== "string" || object.value.length)
                        message.value = $String(object.value);
                if (object.index != null)
                    if (object.index)
                        message.index = $Boolean(object.index);
                return message;
            };

            /**
             * Creates a plain object from an EventAttribute message. Also converts values to other types if specified.
             * @function toObject
             * @memberof tendermint.abci.EventAttribute
             * @static
             * @param {tendermint.abci.EventAttribute} message EventAttribute
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            EventAttribute.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.key = "";
                    object.value = "";
                    object.index = false;
                }
                if (message.key != null && $Object.hasOwnProperty.call(message, "key"))
                    object.key = message.key;
                if (message.value != null && $Object.hasOwnProperty.call(message, "value"))
                    object.value = message.value;
                if (message.index != null && $Object.hasOwnProperty.call(message, "index"))
                    object.index = message.index;
                return object;
            };

            /**
             * Converts this EventAttribute to JSON.
             * @function toJSON
             * @memberof tendermint.abci.EventAttribute
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            EventAttribute.prototype.toJSON = function() {
                return EventAttribute.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for EventAttribute
             * @function getTypeUrl
             * @memberof tendermint.abci.EventAttribute
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            EventAttribute.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/tendermint.abci.EventAttribute";
            };

            return EventAttribute;
        })();

        abci.ExecTxResult = (function() {

            /**
             * Properties of an ExecTxResult.
             * @typedef {Object} tendermint.abci.ExecTxResult.$Properties
             * @property {number|null} [code] ExecTxResult code
             * @property {Uint8Array|null} [data] ExecTxResult data
             * @property {string|null} [log] ExecTxResult log
             * @property {string|null} [info] ExecTxResult info
             * @property {number|null} [gasWanted] ExecTxResult gasWanted
             * @property {number|null} [gasUsed] ExecTxResult gasUsed
             * @property {Array.<tendermint.abci.Event.$Properties>|null} [events] ExecTxResult events
             * @property {string|null} [codespace] ExecTxResult codespace
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an ExecTxResult.
             * @memberof tendermint.abci
             * @interface IExecTxResult
             * @augments tendermint.abci.ExecTxResult.$Properties
             * @deprecated Use tendermint.abci.ExecTxResult.$Properties instead.
             */

            /**
             * Shape of an ExecTxResult.
             * @typedef {tendermint.abci.ExecTxResult.$Properties} tendermint.abci.ExecTxResult.$Shape
             */

            /**
             * Constructs a new ExecTxResult.
             * @memberof tendermint.abci
             * @classdesc Represents an ExecTxResult.
             * @constructor
             * @param {tendermint.abci.ExecTxResult.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ExecTxResult = function (properties) {
                this.events = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ExecTxResult code.
             * @member {number} code
             * @memberof tendermint.abci.ExecTxResult
             * @instance
             */
            ExecTxResult.prototype.code = 0;

            /**
             * ExecTxResult data.
             * @member {Uint8Array} data
             * @memberof tendermint.abci.ExecTxResult
             * @instance
             */
            ExecTxResult.prototype.data = $util.newBuffer([]);

            /**
             * ExecTxResult log.
             * @member {string} log
             * @memberof tendermint.abci.ExecTxResult
             * @instance
             */
            ExecTxResult.prototype.log = "";

            /**
             * ExecTxResult info.
             * @member {string} info
             * @memberof tendermint.abci.ExecTxResult
             * @instance
             */
            ExecTxResult.prototype.info = "";

            /**
             * ExecTxResult gasWanted.
             * @member {number} gasWanted
             * @memberof tendermint.abci.ExecTxResult
             * @instance
             */
            ExecTxResult.prototype.gasWanted = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * ExecTxResult gasUsed.
             * @member {number} gasUsed
             * @memberof tendermint.abci.ExecTxResult
             * @instance
             */
            ExecTxResult.prototype.gasUsed = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * ExecTxResult events.
             * @member {Array.<tendermint.abci.Event.$Properties>} events
             * @memberof tendermint.abci.ExecTxResult
             * @instance
             */
            ExecTxResult.prototype.events = $util.emptyArray;

            /**
             * ExecTxResult codespace.
             * @member {string} codespace
             * @memberof tendermint.abci.ExecTxResult
             * @instance
             */
            ExecTxResult.prototype.codespace = "";

            /**
             * Creates a new ExecTxResult instance using the specified properties.
             * @function create
             * @memberof tendermint.abci.ExecTxResult
             * @static
             * @param {tendermint.abci.ExecTxResult.$Properties=} [properties] Properties to set
             * @returns {tendermint.abci.ExecTxResult} ExecTxResult instance
             * @type {{
             *   (properties: tendermint.abci.ExecTxResult.$Shape): tendermint.abci.ExecTxResult & tendermint.abci.ExecTxResult.$Shape;
             *   (properties?: tendermint.abci.ExecTxResult.$Properties): tendermint.abci.ExecTxResult;
             * }}
             */
            ExecTxResult.create = function(properties) {
                return new ExecTxResult(properties);
            };

            /**
             * Encodes the specified ExecTxResult message. Does not implicitly {@link tendermint.abci.ExecTxResult.verify|verify} messages.
             * @function encode
             * @memberof tendermint.abci.ExecTxResult
             * @static
             * @param {tendermint.abci.ExecTxResult.$Properties} message ExecTxResult message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ExecTxResult.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.code != null && $Object.hasOwnProperty.call(message, "code") && message.code !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.code);
                if (message.data != null && $Object.hasOwnProperty.call(message, "data") && message.data.length)
                    writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.data);
                if (message.log != null && $Object.hasOwnProperty.call(message, "log") && message.log !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.log);
                if (message.info != null && $Object.hasOwnProperty.call(message, "info") && message.info !== "")
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.info);
                if (message.gasWanted != null && $Object.hasOwnProperty.call(message, "gasWanted") && (typeof message.gasWanted === "object" ? message.gasWanted.low || message.gasWanted.high : message.gasWanted !== 0))
                    writer.uint32(/* id 5, wireType 0 =*/40).int64(message.gasWanted);
                if (message.gasUsed != null && $Object.hasOwnProperty.call(message, "gasUsed") && (typeof message.gasUsed === "object" ? message.gasUsed.low || message.gasUsed.high : message.gasUsed !== 0))
                    writer.uint32(/* id 6, wireType 0 =*/48).int64(message.gasUsed);
                if (message.events != null && message.events.length)
                    for (let i = 0; i < message.events.length; ++i)
                        $root.tendermint.abci.Event.encode(message.events[i], writer.uint32(/* id 7, wireType 2 =*/58).fork(), _depth + 1).ldelim();
                if (message.codespace != null && $Object.hasOwnProperty.call(message, "codespace") && message.codespace !== "")
                    writer.uint32(/* id 8, wireType 2 =*/66).string(message.codespace);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an ExecTxResult message from the specified reader or buffer.
             * @function decode
             * @memberof tendermint.abci.ExecTxResult
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {tendermint.abci.ExecTxResult & tendermint.abci.ExecTxResult.$Shape} ExecTxResult
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ExecTxResult.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.tendermint.abci.ExecTxResult();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.code = value;
                            else
                                delete message.code;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.data = value;
                            else
                                delete message.data;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.log = value;
                            else
                                delete message.log;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.info = value;
                            else
                                delete message.info;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.gasWanted = value;
                            else
                                delete message.gasWanted;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.gasUsed = value;
                            else
                                delete message.gasUsed;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            if (!(message.events && message.events.length))
                                message.events = [];
                            message.events.push($root.tendermint.abci.Event.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 8: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.codespace = value;
                            else
                                delete message.codespace;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates an ExecTxResult message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof tendermint.abci.ExecTxResult
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {tendermint.abci.ExecTxResult} ExecTxResult
             */
            ExecTxResult.fromObject = function (object, _depth) {
                if (object instanceof $root.tendermint.abci.ExecTxResult)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".tendermint.abci.ExecTxResult: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.tendermint.abci.ExecTxResult();
                if (object.code != null)
                    if ($Number(object.code) !== 0)
                        message.code = object.code >>> 0;
                if (object.data != null)
                    if (object.data.length)
                        if (typeof object.data === "string")
                            $util.base64.decode(object.data, message.data = $util.newBuffer($util.base64.length(object.data)), 0);
                        else if (object.data.length >= 0)
                            message.data = object.data;
                if (object.log != null)
                    if (typeof object.log !== "string" || object.log.length)
                        message.log = $String(object.log);
                if (object.info != null)
                    if (typeof object.info !== "string" || object.info.length)
                        message.info = $String(object.info);
                if (object.gasWanted != null)
                    if (typeof object.gasWanted === "object" ? object.gasWanted.low || object.gasWanted.high : $Number(object.gasWanted) !== 0)
                        if ($util.Long)
                            message.gasWanted = $util.Long.fromValue(object.gasWanted, false);
                        else if (typeof object.gasWanted === "string")
                            message.gasWanted = $parseInt(object.gasWanted, 10);
                        else if (typeof object.gasWanted === "number")
                            message.gasWanted = object.gasWanted;
                        else if (typeof object.gasWanted === "object")
                            message.gasWanted = new $util.LongBits(object.gasWanted.low >>> 0, object.gasWanted.high >>> 0).toNumber();
                if (object.gasUsed != null)
                    if (typeof object.gasUsed === "object" ? object.gasUsed.low || object.gasUsed.high : $Number(object.gasUsed) !== 0)
                        if ($util.Long)
                            message.gasUsed = $util.Long.fromValue(object.gasUsed, false);
                        else if (typeof object.gasUsed === "string")
                            message.gasUsed = $parseInt(object.gasUsed, 10);
                        else if (typeof object.gasUsed === "number")
                            message.gasUsed = object.gasUsed;
                        else if (typeof object.gasUsed === "object")
                            message.gasUsed = new $util.LongBits(object.gasUsed.low >>> 0, object.gasUsed.high >>> 0).toNumber();
                if (object.events) {
                    if (!$Array.isArray(object.events))
                        throw $TypeError(".tendermint.abci.ExecTxResult.events: array expected");
                    message.events = $Array(object.events.length);
                    for (let i = 0; i < object.events.length; ++i) {
                        if (!$util.isObject(object.events[i]))
                            throw $TypeError(".tendermint.abci.ExecTxResult.events: object expected");
                        message.events[i] = $root.tendermint.abci.Event.fromObject(object.events[i], _depth + 1);
                    }
                }
                if (object.codespace != null)
                    if (typeof object.codespace !== "string" || object.codespace.length)
                        message.codespace = $String(object.codespace);
                return message;
            };

            /**
             * Creates a plain object from an ExecTxResult message. Also converts values to other types if specified.
             * @function toObject
             * @memberof tendermint.abci.ExecTxResult
             * @static
             * @param {tendermint.abci.ExecTxResult} message ExecTxResult
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ExecTxResult.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.events = [];
                if (options.defaults) {
                    object.code = 0;
                    if (options.bytes === $String)
                        object.data = "";
                    else {
                        object.data = [];
                        if (options.bytes !== $Array)
                            object.data = $util.newBuffer(object.data);
                    }
                    object.log = "";
                    object.info = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.gasWanted = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.gasWanted = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.gasUsed = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.gasUsed = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.codespace = "";
                }
                if (message.code != null && $Object.hasOwnProperty.call(message, "code"))
                    object.code = message.code;
                if (message.data != null && $Object.hasOwnProperty.call(message, "data"))
                    object.data = options.bytes === $String ? $util.base64.encode(message.data, 0, message.data.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.data) : message.data;
                if (message.log != null && $Object.hasOwnProperty.call(message, "log"))
                    object.log = message.log;
                if (message.info != null && $Object.hasOwnProperty.call(message, "info"))
                    object.info = message.info;
                if (message.gasWanted != null && $Object.hasOwnProperty.call(message, "gasWanted"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.gasWanted = typeof message.gasWanted === "number" ? $BigInt(message.gasWanted) : $util.Long.fromBits(message.gasWanted.low >>> 0, message.gasWanted.high >>> 0, false).toBigInt();
                    else if (typeof message.gasWanted === "number")
                        object.gasWanted = options.longs === $String ? $String(message.gasWanted) : message.gasWanted;
                    else
                        object.gasWanted = options.longs === $String ? $util.Long.prototype.toString.call(message.gasWanted) : options.longs === $Number ? new $util.LongBits(message.gasWanted.low >>> 0, message.gasWanted.high >>> 0).toNumber() : message.gasWanted;
                if (message.gasUsed != null && $Object.hasOwnProperty.call(message, "gasUsed"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.gasUsed = typeof message.gasUsed === "number" ? $BigInt(message.gasUsed) : $util.Long.fromBits(message.gasUsed.low >>> 0, message.gasUsed.high >>> 0, false).toBigInt();
                    else if (typeof message.gasUsed === "number")
                        object.gasUsed = options.longs === $String ? $String(message.gasUsed) : message.gasUsed;
                    else
                        object.gasUsed = options.longs === $String ? $util.Long.prototype.toString.call(message.gasUsed) : options.longs === $Number ? new $util.LongBits(message.gasUsed.low >>> 0, message.gasUsed.high >>> 0).toNumber() : message.gasUsed;
                if (message.events && message.events.length) {
                    object.events = $Array(message.events.length);
                    for (let j = 0; j < message.events.length; ++j)
                        object.events[j] = $root.tendermint.abci.Event.toObject(message.events[j], options, _depth + 1);
                }
                if (message.codespace != null && $Object.hasOwnProperty.call(message, "codespace"))
                    object.codespace = message.codespace;
                return object;
            };

            /**
             * Converts this ExecTxResult to JSON.
             * @function toJSON
             * @memberof tendermint.abci.ExecTxResult
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ExecTxResult.prototype.toJSON = function() {
                return ExecTxResult.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for ExecTxResult
             * @function getTypeUrl
             * @memberof tendermint.abci.ExecTxResult
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ExecTxResult.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/tendermint.abci.ExecTxResult";
            };

            return ExecTxResult;
        })();

        abci.Validator = (function() {

            /**
             * Properties of a Validator.
             * @typedef {Object} tendermint.abci.Validator.$Properties
             * @property {Uint8Array|null} [address] Validator address
             * @property {number|null} [power] Validator power
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Validator.
             * @memberof tendermint.abci
             * @interface IValidator
             * @augments tendermint.abci.Validator.$Properties
             * @deprecated Use tendermint.abci.Validator.$Properties instead.
             */

            /**
             * Shape of a Validator.
             * @typedef {tendermint.abci.Validator.$Properties} tendermint.abci.Validator.$Shape
             */

            /**
             * Constructs a new Validator.
             * @memberof tendermint.abci
             * @classdesc Represents a Validator.
             * @constructor
             * @param {tendermint.abci.Validator.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Validator = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Validator address.
             * @member {Uint8Array} address
             * @memberof tendermint.abci.Validator
             * @instance
             */
            Validator.prototype.address = $util.newBuffer([]);

            /**
             * Validator power.
             * @member {number} power
             * @memberof tendermint.abci.Validator
             * @instance
             */
            Validator.prototype.power = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Creates a new Validator instance using the specified properties.
             * @function create
             * @memberof tendermint.abci.Validator
             * @static
             * @param {tendermint.abci.Validator.$Properties=} [properties] Properties to set
             * @returns {tendermint.abci.Validator} Validator instance
             * @type {{
             *   (properties: tendermint.abci.Validator.$Shape): tendermint.abci.Validator & tendermint.abci.Validator.$Shape;
             *   (properties?: tendermint.abci.Validator.$Properties): tendermint.abci.Validator;
             * }}
             */
            Validator.create = function(properties) {
                return new Validator(properties);
            };

            /**
             * Encodes the specified Validator message. Does not implicitly {@link tendermint.abci.Validator.verify|verify} messages.
             * @function encode
             * @memberof tendermint.abci.Validator
             * @static
             * @param {tendermint.abci.Validator.$Properties} message Validator message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Validator.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.address != null && $Object.hasOwnProperty.call(message, "address") && message.address.length)
                    writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.address);
                if (message.power != null && $Object.hasOwnProperty.call(message, "power") && (typeof message.power === "object" ? message.power.low || message.power.high : message.power !== 0))
                    writer.uint32(/* id 3, wireType 0 =*/24).int64(message.power);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Validator message from the specified reader or buffer.
             * @function decode
             * @memberof tendermint.abci.Validator
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {tendermint.abci.Validator & tendermint.abci.Validator.$Shape} Validator
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Validator.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.tendermint.abci.Validator();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.address = value;
                            else
                                delete message.address;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.power = value;
                            else
                                delete message.power;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a Validator message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof tendermint.abci.Validator
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {tendermint.abci.Validator} Validator
             */
            Validator.fromObject = function (object, _depth) {
                if (object instanceof $root.tendermint.abci.Validator)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".tendermint.abci.Validator: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.tendermint.abci.Validator();
                if (object.address != null)
                    if (object.address.length)
                        if (typeof object.address === "string")
                            $util.base64.decode(object.address, message.address = $util.newBuffer($util.base64.length(object.address)), 0);
                        else if (object.address.length >= 0)
                            message.address = object.address;
                if (object.power != null)
                    if (typeof object.power === "object" ? object.power.low || object.power.high : $Number(object.power) !== 0)
                        if ($util.Long)
                            message.power = $util.Long.fromValue(object.power, false);
                        else if (typeof object.power === "string")
                            message.power = $parseInt(object.power, 10);
                        else if (typeof object.power === "number")
                            message.power = object.power;
                        else if (typeof object.power === "object")
                            message.power = new $util.LongBits(object.power.low >>> 0, object.power.high >>> 0).toNumber();
                return message;
            };

            /**
             * Creates a plain object from a Validator message. Also converts values to other types if specified.
             * @function toObject
             * @memberof tendermint.abci.Validator
             * @static
             * @param {tendermint.abci.Validator} message Validator
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Validator.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    if (options.bytes === $String)
                        object.address = "";
                    else {
                        object.address = [];
                        if (options.bytes !== $Array)
                            object.address = $util.newBuffer(object.address);
                    }
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.power = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.power = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.address != null && $Object.hasOwnProperty.call(message, "address"))
                    object.address = options.bytes === $String ? $util.base64.encode(message.address, 0, message.address.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.address) : message.address;
                if (message.power != null && $Object.hasOwnProperty.call(message, "power"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.power = typeof message.power === "number" ? $BigInt(message.power) : $util.Long.fromBits(message.power.low >>> 0, message.power.high >>> 0, false).toBigInt();
                    else if (typeof message.power === "number")
                        object.power = options.longs === $String ? $String(message.power) : message.power;
                    else
                        object.power = options.longs === $String ? $util.Long.prototype.toString.call(message.power) : options.longs === $Number ? new $util.LongBits(message.power.low >>> 0, message.power.high >>> 0).toNumber() : message.power;
                return object;
            };

            /**
             * Converts this Validator to JSON.
             * @function toJSON
             * @memberof tendermint.abci.Validator
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Validator.prototype.toJSON = function() {
                return Validator.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Validator
             * @function getTypeUrl
             * @memberof tendermint.abci.Validator
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Validator.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/tendermint.abci.Validator";
            };

            return Validator;
        })();

        abci.ValidatorUpdate = (function() {

            /**
             * Properties of a ValidatorUpdate.
             * @typedef {Object} tendermint.abci.ValidatorUpdate.$Properties
             * @property {tendermint.crypto.PublicKey.$Properties|null} [pubKey] ValidatorUpdate pubKey
             * @property {number|null} [power] ValidatorUpdate power
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ValidatorUpdate.
             * @memberof tendermint.abci
             * @interface IValidatorUpdate
             * @augments tendermint.abci.ValidatorUpdate.$Properties
             * @deprecated Use tendermint.abci.ValidatorUpdate.$Properties instead.
             */

            /**
             * Shape of a ValidatorUpdate.
             * @typedef {{
             *   pubKey?: tendermint.crypto.PublicKey.$Shape|null;
             *   power?: number|null;
             *   $unknowns?: Array.<Uint8Array>;
             * }} tendermint.abci.ValidatorUpdate.$Shape
             */

            /**
             * Constructs a new ValidatorUpdate.
             * @memberof tendermint.abci
             * @classdesc Represents a ValidatorUpdate.
             * @constructor
             * @param {tendermint.abci.ValidatorUpdate.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ValidatorUpdate = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ValidatorUpdate pubKey.
             * @member {tendermint.crypto.PublicKey.$Properties|null|undefined} pubKey
             * @memberof tendermint.abci.ValidatorUpdate
             * @instance
             */
            ValidatorUpdate.prototype.pubKey = null;

            /**
             * ValidatorUpdate power.
             * @member {number} power
             * @memberof tendermint.abci.ValidatorUpdate
             * @instance
             */
            ValidatorUpdate.prototype.power = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Creates a new ValidatorUpdate instance using the specified properties.
             * @function create
             * @memberof tendermint.abci.ValidatorUpdate
             * @static
             * @param {tendermint.abci.ValidatorUpdate.$Properties=} [properties] Properties to set
             * @returns {tendermint.abci.ValidatorUpdate} ValidatorUpdate instance
             * @type {{
             *   (properties: tendermint.abci.ValidatorUpdate.$Shape): tendermint.abci.ValidatorUpdate & tendermint.abci.ValidatorUpdate.$Shape;
             *   (properties?: tendermint.abci.ValidatorUpdate.$Properties): tendermint.abci.ValidatorUpdate;
             * }}
             */
            ValidatorUpdate.create = function(properties) {
                return new ValidatorUpdate(properties);
            };

            /**
             * Encodes the specified ValidatorUpdate message. Does not implicitly {@link tendermint.abci.ValidatorUpdate.verify|verify} messages.
             * @function encode
             * @memberof tendermint.abci.ValidatorUpdate
             * @static
             * @param {tendermint.abci.ValidatorUpdate.$Properties} message ValidatorUpdate message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ValidatorUpdate.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.pubKey != null && $Object.hasOwnProperty.call(message, "pubKey"))
                    $root.tendermint.crypto.PublicKey.encode(message.pubKey, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.power != null && $Object.hasOwnProperty.call(message, "power") && (typeof message.power === "object" ? message.power.low || message.power.high : message.power !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).int64(message.power);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a ValidatorUpdate message from the specified reader or buffer.
             * @function decode
             * @memberof tendermint.abci.ValidatorUpdate
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {tendermint.abci.ValidatorUpdate & tendermint.abci.ValidatorUpdate.$Shape} ValidatorUpdate
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ValidatorUpdate.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.tendermint.abci.ValidatorUpdate();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.pubKey = $root.tendermint.crypto.PublicKey.decode(reader, reader.size(), $undefined, _depth + 1, message.pubKey);
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.power = value;
                            else
                                delete message.power;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a ValidatorUpdate message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof tendermint.abci.ValidatorUpdate
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {tendermint.abci.ValidatorUpdate} ValidatorUpdate
             */
            ValidatorUpdate.fromObject = function (object, _depth) {
                if (object instanceof $root.tendermint.abci.ValidatorUpdate)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".tendermint.abci.ValidatorUpdate: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.tendermint.abci.ValidatorUpdate();
                if (object.pubKey != null) {
                    if (!$util.isObject(object.pubKey))
                        throw $TypeError(".tendermint.abci.ValidatorUpdate.pubKey: object expected");
                    message.pubKey = $root.tendermint.crypto.PublicKey.fromObject(object.pubKey, _depth + 1);
                }
                if (object.power != null)
                    if (typeof object.power === "object" ? object.power.low || object.power.high : $Number(object.power) !== 0)
                        if ($util.Long)
                            message.power = $util.Long.fromValue(object.power, false);
                        else if (typeof object.power === "string")
                            message.power = $parseInt(object.power, 10);
                        else if (typeof object.power === "number")
                            message.power = object.power;
                        else if (typeof object.power === "object")
                            message.power = new $util.LongBits(object.power.low >>> 0, object.power.high >>> 0).toNumber();
                return message;
            };

            /**
             * Creates a plain object from a ValidatorUpdate message. Also converts values to other types if specified.
             * @function toObject
             * @memberof tendermint.abci.ValidatorUpdate
             * @static
             * @param {tendermint.abci.ValidatorUpdate} message ValidatorUpdate
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ValidatorUpdate.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.pubKey = null;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.power = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.power = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.pubKey != null && $Object.hasOwnProperty.call(message, "pubKey"))
                    object.pubKey = $root.tendermint.crypto.PublicKey.toObject(message.pubKey, options, _depth + 1);
                if (message.power != null && $Object.hasOwnProperty.call(message, "power"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.power = typeof message.power === "number" ? $BigInt(message.power) : $util.Long.fromBits(message.power.low >>> 0, message.power.high >>> 0, false).toBigInt();
                    else if (typeof message.power === "number")
                        object.power = options.longs === $String ? $String(message.power) : message.power;
                    else
                        object.power = options.longs === $String ? $util.Long.prototype.toString.call(message.power) : options.longs === $Number ? new $util.LongBits(message.power.low >>> 0, message.power.high >>> 0).toNumber() : message.power;
                return object;
            };

            /**
             * Converts this ValidatorUpdate to JSON.
             * @function toJSON
             * @memberof tendermint.abci.ValidatorUpdate
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ValidatorUpdate.prototype.toJSON = function() {
                return ValidatorUpdate.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for ValidatorUpdate
             * @function getTypeUrl
             * @memberof tendermint.abci.ValidatorUpdate
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ValidatorUpdate.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/tendermint.abci.ValidatorUpdate";
            };

            return ValidatorUpdate;
        })();

        abci.VoteInfo = (function() {

            /**
             * Properties of a VoteInfo.
             * @typedef {Object} tendermint.abci.VoteInfo.$Properties
             * @property {tendermint.abci.Validator.$Properties|null} [validator] VoteInfo validator
             * @property {tendermint.types.BlockIDFlag|null} [blockIdFlag] VoteInfo blockIdFlag
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a VoteInfo.
             * @memberof tendermint.abci
             * @interface IVoteInfo
             * @augments tendermint.abci.VoteInfo.$Properties
             * @deprecated Use tendermint.abci.VoteInfo.$Properties instead.
             */

            /**
             * Shape of a VoteInfo.
             * @typedef {tendermint.abci.VoteInfo.$Properties} tendermint.abci.VoteInfo.$Shape
             */

            /**
             * Constructs a new VoteInfo.
             * @memberof tendermint.abci
             * @classdesc Represents a VoteInfo.
             * @constructor
             * @param {tendermint.abci.VoteInfo.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const VoteInfo = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * VoteInfo validator.
             * @member {tendermint.abci.Validator.$Properties|null|undefined} validator
             * @memberof tendermint.abci.VoteInfo
             * @instance
             */
            VoteInfo.prototype.validator = null;

            /**
             * VoteInfo blockIdFlag.
             * @member {tendermint.types.BlockIDFlag} blockIdFlag
             * @memberof tendermint.abci.VoteInfo
             * @instance
             */
            VoteInfo.prototype.blockIdFlag = 0;

            /**
             * Creates a new VoteInfo instance using the specified properties.
             * @function create
             * @memberof tendermint.abci.VoteInfo
             * @static
             * @param {tendermint.abci.VoteInfo.$Properties=} [properties] Properties to set
             * @returns {tendermint.abci.VoteInfo} VoteInfo instance
             * @type {{
             *   (properties: tendermint.abci.VoteInfo.$Shape): tendermint.abci.VoteInfo & tendermint.abci.VoteInfo.$Shape;
             *   (properties?: tendermint.abci.VoteInfo.$Properties): tendermint.abci.VoteInfo;
             * }}
             */
            VoteInfo.create = function(properties) {
                return new VoteInfo(properties);
            };

            /**
             * Encodes the specified VoteInfo message. Does not implicitly {@link tendermint.abci.VoteInfo.verify|verify} messages.
             * @function encode
             * @memberof tendermint.abci.VoteInfo
             * @static
             * @param {tendermint.abci.VoteInfo.$Properties} message VoteInfo message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            VoteInfo.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.validator != null && $Object.hasOwnProperty.call(message, "validator"))
                    $root.tendermint.abci.Validator.encode(message.validator, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.blockIdFlag != null && $Object.hasOwnProperty.call(message, "blockIdFlag") && message.blockIdFlag !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).int32(message.blockIdFlag);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a VoteInfo message from the specified reader or buffer.
             * @function decode
             * @memberof tendermint.abci.VoteInfo
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {tendermint.abci.VoteInfo & tendermint.abci.VoteInfo.$Shape} VoteInfo
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            VoteInfo.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.tendermint.abci.VoteInfo();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.validator = $root.tendermint.abci.Validator.decode(reader, reader.size(), $undefined, _depth + 1, message.validator);
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.blockIdFlag = value;
                            else
                                delete message.blockIdFlag;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a VoteInfo message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof tendermint.abci.VoteInfo
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {tendermint.abci.VoteInfo} VoteInfo
             */
            VoteInfo.fromObject = function (object, _depth) {
                if (object instanceof $root.tendermint.abci.VoteInfo)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".tendermint.abci.VoteInfo: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.tendermint.abci.VoteInfo();
                if (object.validator != null) {
                    if (!$util.isObject(object.validator))
                        throw $TypeError(".tendermint.abci.VoteInfo.validator: object expected");
                    message.validator = $root.tendermint.abci.Validator.fromObject(object.validator, _depth + 1);
                }
                if (object.blockIdFlag !== 0 && (typeof object.blockIdFlag !== "string" || $root.tendermint.types.BlockIDFlag[object.blockIdFlag] !== 0))
                    switch (object.blockIdFlag) {
                    case "BLOCK_ID_FLAG_UNKNOWN":
                    case 0:
                        message.blockIdFlag = 0;
                        break;
                    case "BLOCK_ID_FLAG_ABSENT":
                    case 1:
                        message.blockIdFlag = 1;
                        break;
                    case "BLOCK_ID_FLAG_COMMIT":
                    case 2:
                        message.blockIdFlag = 2;
                        break;
                    case "BLOCK_ID_FLAG_NIL":
                    case 3:
                        message.blockIdFlag = 3;
                        break;
                    default:
                        if (typeof object.blockIdFlag === "number" && (object.blockIdFlag | 0) === object.blockIdFlag)
                            message.blockIdFlag = object.blockIdFlag;
                    }
                return message;
            };

            /**
             * Creates a plain object from a VoteInfo message. Also converts values to other types if specified.
             * @function toObject
             * @memberof tendermint.abci.VoteInfo
             * @static
             * @param {tendermint.abci.VoteInfo} message VoteInfo
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            VoteInfo.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.validator = null;
                    object.blockIdFlag = options.enums === $String ? "BLOCK_ID_FLAG_UNKNOWN" : 0;
                }
                if (message.validator != null && $Object.hasOwnProperty.call(message, "validator"))
                    object.validator = $root.tendermint.abci.Validator.toObject(message.validator, options, _depth + 1);
                if (message.blockIdFlag != null && $Object.hasOwnProperty.call(message, "blockIdFlag"))
                    object.blockIdFlag = options.enums === $String ? $root.tendermint.types.BlockIDFlag[message.blockIdFlag] === $undefined ? message.blockIdFlag : $root.tendermint.types.BlockIDFlag[message.blockIdFlag] : message.blockIdFlag;
                return object;
            };

            /**
             * Converts this VoteInfo to JSON.
             * @function toJSON
             * @memberof tendermint.abci.VoteInfo
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            VoteInfo.prototype.toJSON = function() {
                return VoteInfo.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for VoteInfo
             * @function getTypeUrl
             * @memberof tendermint.abci.VoteInfo
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            VoteInfo.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/tendermint.abci.VoteInfo";
            };

            return VoteInfo;
        })();

        abci.ExtendedVoteInfo = (function() {

            /**
             * Properties of an ExtendedVoteInfo.
             * @typedef {Object} tendermint.abci.ExtendedVoteInfo.$Properties
             * @property {tendermint.abci.Validator.$Properties|null} [validator] ExtendedVoteInfo validator
             * @property {Uint8Array|null} [voteExtension] ExtendedVoteInfo voteExtension
             * @property {Uint8Array|null} [extensionSignature] ExtendedVoteInfo extensionSignature
             * @property {tendermint.types.BlockIDFlag|null} [blockIdFlag] ExtendedVoteInfo blockIdFlag
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an ExtendedVoteInfo.
             * @memberof tendermint.abci
             * @interface IExtendedVoteInfo
             * @augments tendermint.abci.ExtendedVoteInfo.$Properties
             * @deprecated Use tendermint.abci.ExtendedVoteInfo.$Properties instead.
             */

            /**
             * Shape of an ExtendedVoteInfo.
             * @typedef {tendermint.abci.ExtendedVoteInfo.$Properties} tendermint.abci.ExtendedVoteInfo.$Shape
             */

            /**
             * Constructs a new ExtendedVoteInfo.
             * @memberof tendermint.abci
             * @classdesc Represents an ExtendedVoteInfo.
             * @constructor
             * @param {tendermint.abci.ExtendedVoteInfo.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ExtendedVoteInfo = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ExtendedVoteInfo validator.
             * @member {tendermint.abci.Validator.$Properties|null|undefined} validator
             * @memberof tendermint.abci.ExtendedVoteInfo
             * @instance
             */
            ExtendedVoteInfo.prototype.validator = null;

            /**
             * ExtendedVoteInfo voteExtension.
             * @member {Uint8Array} voteExtension
             * @memberof tendermint.abci.ExtendedVoteInfo
             * @instance
             */
            ExtendedVoteInfo.prototype.voteExtension = $util.newBuffer([]);

            /**
             * ExtendedVoteInfo extensionSignature.
             * @member {Uint8Array} extensionSignature
             * @memberof tendermint.abci.ExtendedVoteInfo
             * @instance
             */
            ExtendedVoteInfo.prototype.extensionSignature = $util.newBuffer([]);

            /**
             * ExtendedVoteInfo blockIdFlag.
             * @member {tendermint.types.BlockIDFlag} blockIdFlag
             * @memberof tendermint.abci.ExtendedVoteInfo
             * @instance
             */
            ExtendedVoteInfo.prototype.blockIdFlag = 0;

            /**
             * Creates a new ExtendedVoteInfo instance using the specified properties.
             * @function create
             * @memberof tendermint.abci.ExtendedVoteInfo
             * @static
             * @param {tendermint.abci.ExtendedVoteInfo.$Properties=} [properties] Properties to set
             * @returns {tendermint.abci.ExtendedVoteInfo} ExtendedVoteInfo instance
             * @type {{
             *   (properties: tendermint.abci.ExtendedVoteInfo.$Shape): tendermint.abci.ExtendedVoteInfo & tendermint.abci.ExtendedVoteInfo.$Shape;
             *   (properties?: tendermint.abci.ExtendedVoteInfo.$Properties): tendermint.abci.ExtendedVoteInfo;
             * }}
             */
            ExtendedVoteInfo.create = function(properties) {
                return new ExtendedVoteInfo(properties);
            };

            /**
             * Encodes the specified ExtendedVoteInfo message. Does not implicitly {@link tendermint.abci.ExtendedVoteInfo.verify|verify} messages.
             * @function encode
             * @memberof tendermint.abci.ExtendedVoteInfo
             * @static
             * @param {tendermint.abci.ExtendedVoteInfo.$Properties} message ExtendedVoteInfo message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ExtendedVoteInfo.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.validator != null && $Object.hasOwnProperty.call(message, "validator"))
                    $root.tendermint.abci.Validator.encode(message.validator, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.voteExtension != null && $Object.hasOwnProperty.call(message, "voteExtension") && message.voteExtension.length)
                    writer.uint32(/* id 3, wireType 2 =*/26).bytes(message.voteExtension);
                if (message.extensionSignature != null && $Object.hasOwnProperty.call(message, "extensionSignature") && message.extensionSignature.length)
                    writer.uint32(/* id 4, wireType 2 =*/34).bytes(message.extensionSignature);
                if (message.blockIdFlag != null && $Object.hasOwnProperty.call(message, "blockIdFlag") && message.blockIdFlag !== 0)
                    writer.uint32(/* id 5, wireType 0 =*/40).int32(message.blockIdFlag);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an ExtendedVoteInfo message from the specified reader or buffer.
             * @function decode
             * @memberof tendermint.abci.ExtendedVoteInfo
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {tendermint.abci.ExtendedVoteInfo & tendermint.abci.ExtendedVoteInfo.$Shape} ExtendedVoteInfo
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ExtendedVoteInfo.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.tendermint.abci.ExtendedVoteInfo();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.validator = $root.tendermint.abci.Validator.decode(reader, reader.size(), $undefined, _depth + 1, message.validator);
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.voteExtension = value;
                            else
                                delete message.voteExtension;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.extensionSignature = value;
                            else
                                delete message.extensionSignature;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.blockIdFlag = value;
                            else
                                delete message.blockIdFlag;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates an ExtendedVoteInfo message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof tendermint.abci.ExtendedVoteInfo
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {tendermint.abci.ExtendedVoteInfo} ExtendedVoteInfo
             */
            ExtendedVoteInfo.fromObject = function (object, _depth) {
                if (object instanceof $root.tendermint.abci.ExtendedVoteInfo)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".tendermint.abci.ExtendedVoteInfo: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.tendermint.abci.ExtendedVoteInfo();
                if (object.validator != null) {
                    if (!$util.isObject(object.validator))
                        throw $TypeError(".tendermint.abci.ExtendedVoteInfo.validator: object expected");
                    message.validator = $root.tendermint.abci.Validator.fromObject(object.validator, _depth + 1);
                }
                if (object.voteExtension != null)
                    if (object.voteExtension.length)
                        if (typeof object.voteExtension === "string")
                            $util.base64.decode(object.voteExtension, message.voteExtension = $util.newBuffer($util.base64.length(object.voteExtension)), 0);
                        else if (object.voteExtension.length >= 0)
                            message.voteExtension = object.voteExtension;
                if (object.extensionSignature != null)
                    if (object.extensionSignature.length)
                        if (typeof object.extensionSignature === "string")
                            $util.base64.decode(object.extensionSignature, message.extensionSignature = $util.newBuffer($util.base64.length(object.extensionSignature)), 0);
                        else if (object.extensionSignature.length >= 0)
                            message.extensionSignature = object.extensionSignature;
                if (object.blockIdFlag !== 0 && (typeof object.blockIdFlag !== "string" || $root.tendermint.types.BlockIDFlag[object.blockIdFlag] !== 0))
                    switch (object.blockIdFlag) {
                    case "BLOCK_ID_FLAG_UNKNOWN":
                    case 0:
                        message.blockIdFlag = 0;
                        break;
                    case "BLOCK_ID_FLAG_ABSENT":
                    case 1:
                        message.blockIdFlag = 1;
                        break;
                    case "BLOCK_ID_FLAG_COMMIT":
                    case 2:
                        message.blockIdFlag = 2;
                        break;
                    case "BLOCK_ID_FLAG_NIL":
                    case 3:
                        message.blockIdFlag = 3;
                        break;
                    default:
                        if (typeof object.blockIdFlag === "number" && (object.blockIdFlag | 0) === object.blockIdFlag)
                            message.blockIdFlag = object.blockIdFlag;
                    }
                return message;
            };

            /**
             * Creates a plain object from an ExtendedVoteInfo message. Also converts values to other types if specified.
             * @function toObject
             * @memberof tendermint.abci.ExtendedVoteInfo
             * @static
             * @param {tendermint.abci.ExtendedVoteInfo} message ExtendedVoteInfo
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ExtendedVoteInfo.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.validator = null;
                    if (options.bytes === $String)
                        object.voteExtension = "";
                    else {
                        object.voteExtension = [];
                        if (options.bytes !== $Array)
                            object.voteExtension = $util.newBuffer(object.voteExtension);
                    }
                    if (options.bytes === $String)
                        object.extensionSignature = "";
                    else {
                        object.extensionSignature = [];
                        if (options.bytes !== $Array)
                            object.extensionSignature = $util.newBuffer(object.extensionSignature);
                    }
                    object.blockIdFlag = options.enums === $String ? "BLOCK_ID_FLAG_UNKNOWN" : 0;
                }
                if (message.validator != null && $Object.hasOwnProperty.call(message, "validator"))
                    object.validator = $root.tendermint.abci.Validator.toObject(message.validator, options, _depth + 1);
                if (message.voteExtension != null && $Object.hasOwnProperty.call(message, "voteExtension"))
                    object.voteExtension = options.bytes === $String ? $util.base64.encode(message.voteExtension, 0, message.voteExtension.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.voteExtension) : message.voteExtension;
                if (message.extensionSignature != null && $Object.hasOwnProperty.call(message, "extensionSignature"))
                    object.extensionSignature = options.bytes === $String ? $util.base64.encode(message.extensionSignature, 0, message.extensionSignature.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.extensionSignature) : message.extensionSignature;
                if (message.blockIdFlag != null && $Object.hasOwnProperty.call(message, "blockIdFlag"))
                    object.blockIdFlag = options.enums === $String ? $root.tendermint.types.BlockIDFlag[message.blockIdFlag] === $undefined ? message.blockIdFlag : $root.tendermint.types.BlockIDFlag[message.blockIdFlag] : message.blockIdFlag;
                return object;
            };

            /**
             * Converts this ExtendedVoteInfo to JSON.
             * @function toJSON
             * @memberof tendermint.abci.ExtendedVoteInfo
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ExtendedVoteInfo.prototype.toJSON = function() {
                return ExtendedVoteInfo.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for ExtendedVoteInfo
             * @function getTypeUrl
             * @memberof tendermint.abci.ExtendedVoteInfo
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ExtendedVoteInfo.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/tendermint.abci.ExtendedVoteInfo";
            };

            return ExtendedVoteInfo;
        })();

        /**
         * MisbehaviorType enum.
         * @name tendermint.abci.MisbehaviorType
         * @enum {number}
         * @property {number} UNKNOWN=0 UNKNOWN value
         * @property {number} DUPLICATE_VOTE=1 DUPLICATE_VOTE value
         * @property {number} LIGHT_CLIENT_ATTACK=2 LIGHT_CLIENT_ATTACK value
         */
        abci.MisbehaviorType = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "UNKNOWN"] = 0;
            values[valuesById[1] = "DUPLICATE_VOTE"] = 1;
            values[valuesById[2] = "LIGHT_CLIENT_ATTACK"] = 2;
            return values;
        })();

        abci.Misbehavior = (function() {

            /**
             * Properties of a Misbehavior.
             * @typedef {Object} tendermint.abci.Misbehavior.$Properties
             * @property {tendermint.abci.MisbehaviorType|null} [type] Misbehavior type
             * @property {tendermint.abci.Validator.$Properties|null} [validator] Misbehavior validator
             * @property {number|null} [height] Misbehavior height
             * @property {google.protobuf.Timestamp.$Properties|null} [time] Misbehavior time
             * @property {number|null} [totalVotingPower] Misbehavior totalVotingPower
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Misbehavior.
             * @memberof tendermint.abci
             * @interface IMisbehavior
             * @augments tendermint.abci.Misbehavior.$Properties
             * @deprecated Use tendermint.abci.Misbehavior.$Properties instead.
             */

            /**
             * Shape of a Misbehavior.
             * @typedef {tendermint.abci.Misbehavior.$Properties} tendermint.abci.Misbehavior.$Shape
             */

            /**
             * Constructs a new Misbehavior.
             * @memberof tendermint.abci
             * @classdesc Represents a Misbehavior.
             * @constructor
             * @param {tendermint.abci.Misbehavior.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Misbehavior = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Misbehavior type.
             * @member {tendermint.abci.MisbehaviorType} type
             * @memberof tendermint.abci.Misbehavior
             * @instance
             */
            Misbehavior.prototype.type = 0;

            /**
             * Misbehavior validator.
             * @member {tendermint.abci.Validator.$Properties|null|undefined} validator
             * @memberof tendermint.abci.Misbehavior
             * @instance
             */
            Misbehavior.prototype.validator = null;

            /**
             * Misbehavior height.
             * @member {number} height
             * @memberof tendermint.abci.Misbehavior
             * @instance
             */
            Misbehavior.prototype.height = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Misbehavior time.
             * @member {google.protobuf.Timestamp.$Properties|null|undefined} time
             * @memberof tendermint.abci.Misbehavior
             * @instance
             */
            Misbehavior.prototype.time = null;

            /**
             * Misbehavior totalVotingPower.
             * @member {number} totalVotingPower
             * @memberof tendermint.abci.Misbehavior
             * @instance
             */
            Misbehavior.prototype.totalVotingPower = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Creates a new Misbehavior instance using the specified properties.
             * @function create
             * @memberof tendermint.abci.Misbehavior
             * @static
             * @param {tendermint.abci.Misbehavior.$Properties=} [properties] Properties to set
             * @returns {tendermint.abci.Misbehavior} Misbehavior instance
             * @type {{
             *   (properties: tendermint.abci.Misbehavior.$Shape): tendermint.abci.Misbehavior & tendermint.abci.Misbehavior.$Shape;
             *   (properties?: tendermint.abci.Misbehavior.$Properties): tendermint.abci.Misbehavior;
             * }}
             */
            Misbehavior.create = function(properties) {
                return new Misbehavior(properties);
            };

            /**
             * Encodes the specified Misbehavior message. Does not implicitly {@link tendermint.abci.Misbehavior.verify|verify} messages.
             * @function encode
             * @memberof tendermint.abci.Misbehavior
             * @static
             * @param {tendermint.abci.Misbehavior.$Properties} message Misbehavior message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Misbehavior.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.type != null && $Object.hasOwnProperty.call(message, "type") && message.type !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).int32(message.type);
                if (message.validator != null && $Object.hasOwnProperty.call(message, "validator"))
                    $root.tendermint.abci.Validator.encode(message.validator, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.height != null && $Object.hasOwnProperty.call(message, "height") && (typeof message.height === "object" ? message.height.low || message.height.high : message.height !== 0))
                    writer.uint32(/* id 3, wireType 0 =*/24).int64(message.height);
                if (message.time != null && $Object.hasOwnProperty.call(message, "time"))
                    $root.google.protobuf.Timestamp.encode(message.time, writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                if (message.totalVotingPower != null && $Object.hasOwnProperty.call(message, "totalVotingPower") && (typeof message.totalVotingPower === "object" ? message.totalVotingPower.low || message.totalVotingPower.high : message.totalVotingPower !== 0))
                    writer.uint32(/* id 5, wireType 0 =*/40).int64(message.totalVotingPower);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Misbehavior message from the specified reader or buffer.
             * @function decode
             * @memberof tendermint.abci.Misbehavior
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {tendermint.abci.Misbehavior & tendermint.abci.Misbehavior.$Shape} Misbehavior
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Misbehavior.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.tendermint.abci.Misbehavior();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.type = value;
                            else
                                delete message.type;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.validator = $root.tendermint.abci.Validator.decode(reader, reader.size(), $undefined, _depth + 1, message.validator);
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.height = value;
                            else
                                delete message.height;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            message.time = $root.google.protobuf.Timestamp.decode(reader, reader.size(), $undefined, _depth + 1, message.time);
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.totalVotingPower = value;
                            else
                                delete message.totalVotingPower;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a Misbehavior message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof tendermint.abci.Misbehavior
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {tendermint.abci.Misbehavior} Misbehavior
             */
            Misbehavior.fromObject = function (object, _depth) {
                if (object instanceof $root.tendermint.abci.Misbehavior)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".tendermint.abci.Misbehavior: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.tendermint.abci.Misbehavior();
                if (object.type !== 0 && (typeof object.type !== "string" || $root.tendermint.abci.MisbehaviorType[object.type] !== 0))
                    switch (object.type) {
                    case "UNKNOWN":
                    case 0:
                        message.type = 0;
                        break;
                    case "DUPLICATE_VOTE":
                    case 1:
                        message.type = 1;
                        break;
                    case "LIGHT_CLIENT_ATTACK":
                    case 2:
                        message.type = 2;
                        break;
                    default:
                        if (typeof object.type === "number" && (object.type | 0) === object.type)
                            message.type = object.type;
                    }
                if (object.validator != null) {
                    if (!$util.isObject(object.validator))
                        throw $TypeError(".tendermint.abci.Misbehavior.validator: object expected");
                    message.validator = $root.tendermint.abci.Validator.fromObject(object.validator, _depth + 1);
                }
                if (object.height != null)
                    if (typeof object.height === "object" ? object.height.low || object.height.high : $Number(object.height) !== 0)
                        if ($util.Long)
                            message.height = $util.Long.fromValue(object.height, false);
                        else if (typeof object.height === "string")
                            message.height = $parseInt(object.height, 10);
                        else if (typeof object.height === "number")
                            message.height = object.height;
                        else if (typeof object.height === "object")
                            message.height = new $util.LongBits(object.height.low >>> 0, object.height.high >>> 0).toNumber();
                if (object.time != null) {
                    if (!$util.isObject(object.time))
                        throw $TypeError(".tendermint.abci.Misbehavior.time: object expected");
                    message.time = $root.google.protobuf.Timestamp.fromObject(object.time, _depth + 1);
                }
                if (object.totalVotingPower != null)
                    if (typeof object.totalVotingPower === "object" ? object.totalVotingPower.low || object.totalVotingPower.high : $Number(object.totalVotingPower) !== 0)
                        if ($util.Long)
                            message.totalVotingPower = $util.Long.fromValue(object.totalVotingPower, false);
                        else if (typeof object.totalVotingPower === "string")
                            message.totalVotingPower = $parseInt(object.totalVotingPower, 10);
                        else if (typeof object.totalVotingPower === "number")
                            message.totalVotingPower = object.totalVotingPower;
                        else if (typeof object.totalVotingPower === "object")
                            message.totalVotingPower = new $util.LongBits(object.totalVotingPower.low >>> 0, object.totalVotingPower.high >>> 0).toNumber();
                return message;
            };

            /**
             * Creates a plain object from a Misbehavior message. Also converts values to other types if specified.
             * @function toObject
             * @memberof tendermint.abci.Misbehavior
             * @static
             * @param {tendermint.abci.Misbehavior} message Misbehavior
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Misbehavior.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.type = options.enums === $String ? "UNKNOWN" : 0;
                    object.validator = null;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.height = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.height = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.time = null;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.totalVotingPower = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.totalVotingPower = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.type != null && $Object.hasOwnProperty.call(message, "type"))
                    object.type = options.enums === $String ? $root.tendermint.abci.MisbehaviorType[message.type] === $undefined ? message.type : $root.tendermint.abci.MisbehaviorType[message.type] : message.type;
                if (message.validator != null && $Object.hasOwnProperty.call(message, "validator"))
                    object.validator = $root.tendermint.abci.Validator.toObject(message.validator, options, _depth + 1);
                if (message.height != null && $Object.hasOwnProperty.call(message, "height"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.height = typeof message.height === "number" ? $BigInt(message.height) : $util.Long.fromBits(message.height.low >>> 0, message.height.high >>> 0, false).toBigInt();
                    else if (typeof message.height === "number")
                        object.height = options.longs === $String ? $String(message.height) : message.height;
                    else
                        object.height = options.longs === $String ? $util.Long.prototype.toString.call(message.height) : options.longs === $Number ? new $util.LongBits(message.height.low >>> 0, message.height.high >>> 0).toNumber() : message.height;
                if (message.time != null && $Object.hasOwnProperty.call(message, "time"))
                    object.time = $root.google.protobuf.Timestamp.toObject(message.time, options, _depth + 1);
                if (message.totalVotingPower != null && $Object.hasOwnProperty.call(message, "totalVotingPower"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.totalVotingPower = typeof message.totalVotingPower === "number" ? $BigInt(message.totalVotingPower) : $util.Long.fromBits(message.totalVotingPower.low >>> 0, message.totalVotingPower.high >>> 0, false).toBigInt();
                    else if (typeof message.totalVotingPower === "number")
                        object.totalVotingPower = options.longs === $String ? $String(message.totalVotingPower) : message.totalVotingPower;
                    else
                        object.totalVotingPower = options.longs === $String ? $util.Long.prototype.toString.call(message.totalVotingPower) : options.longs === $Number ? new $util.LongBits(message.totalVotingPower.low >>> 0, message.totalVotingPower.high >>> 0).toNumber() : message.totalVotingPower;
                return object;
            };

            /**
             * Converts this Misbehavior to JSON.
             * @function toJSON
             * @memberof tendermint.abci.Misbehavior
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Misbehavior.prototype.toJSON = function() {
                return Misbehavior.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Misbehavior
             * @function getTypeUrl
             * @memberof tendermint.abci.Misbehavior
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Misbehavior.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/tendermint.abci.Misbehavior";
            };

            return Misbehavior;
        })();

        abci.Snapshot = (function() {

            /**
             * Properties of a Snapshot.
             * @typedef {Object} tendermint.abci.Snapshot.$Properties
             * @property {number|null} [height] Snapshot height
             * @property {number|null} [format] Snapshot format
             * @property {number|null} [chunks] Snapshot chunks
             * @property {Uint8Array|null} [hash] Snapshot hash
             * @property {Uint8Array|null} [metadata] Snapshot metadata
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Snapshot.
             * @memberof tendermint.abci
             * @interface ISnapshot
             * @augments tendermint.abci.Snapshot.$Properties
             * @deprecated Use tendermint.abci.Snapshot.$Properties instead.
             */

            /**
             * Shape of a Snapshot.
             * @typedef {tendermint.abci.Snapshot.$Properties} tendermint.abci.Snapshot.$Shape
             */

            /**
             * Constructs a new Snapshot.
             * @memberof tendermint.abci
             * @classdesc Represents a Snapshot.
             * @constructor
             * @param {tendermint.abci.Snapshot.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Snapshot = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Snapshot height.
             * @member {number} height
             * @memberof tendermint.abci.Snapshot
             * @instance
             */
            Snapshot.prototype.height = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Snapshot format.
             * @member {number} format
             * @memberof tendermint.abci.Snapshot
             * @instance
             */
            Snapshot.prototype.format = 0;

            /**
             * Snapshot chunks.
             * @member {number} chunks
             * @memberof tendermint.abci.Snapshot
             * @instance
             */
            Snapshot.prototype.chunks = 0;

            /**
             * Snapshot hash.
             * @member {Uint8Array} hash
             * @memberof tendermint.abci.Snapshot
             * @instance
             */
            Snapshot.prototype.hash = $util.newBuffer([]);

            /**
             * Snapshot metadata.
             * @member {Uint8Array} metadata
             * @memberof tendermint.abci.Snapshot
             * @instance
             */
            Snapshot.prototype.metadata = $util.newBuffer([]);

            /**
             * Creates a new Snapshot instance using the specified properties.
             * @function create
             * @memberof tendermint.abci.Snapshot
             * @static
             * @param {tendermint.abci.Snapshot.$Properties=} [properties] Properties to set
             * @returns {tendermint.abci.Snapshot} Snapshot instance
             * @type {{
             *   (properties: tendermint.abci.Snapshot.$Shape): tendermint.abci.Snapshot & tendermint.abci.Snapshot.$Shape;
             *   (properties?: tendermint.abci.Snapshot.$Properties): tendermint.abci.Snapshot;
             * }}
             */
            Snapshot.create = function(properties) {
                return new Snapshot(properties);
            };

            /**
             * Encodes the specified Snapshot message. Does not implicitly {@link tendermint.abci.Snapshot.verify|verify} messages.
             * @function encode
             * @memberof tendermint.abci.Snapshot
             * @static
             * @param {tendermint.abci.Snapshot.$Properties} message Snapshot message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Snapshot.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.height != null && $Object.hasOwnProperty.call(message, "height") && (typeof message.height === "object" ? message.height.low || message.height.high : message.height !== 0))
                    writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.height);
                if (message.format != null && $Object.hasOwnProperty.call(message, "format") && message.format !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.format);
                if (message.chunks != null && $Object.hasOwnProperty.call(message, "chunks") && message.chunks !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.chunks);
                if (message.hash != null && $Object.hasOwnProperty.call(message, "hash") && message.hash.length)
                    writer.uint32(/* id 4, wireType 2 =*/34).bytes(message.hash);
                if (message.metadata != null && $Object.hasOwnProperty.call(message, "metadata") && message.metadata.length)
                    writer.uint32(/* id 5, wireType 2 =*/42).bytes(message.metadata);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Snapshot message from the specified reader or buffer.
             * @function decode
             * @memberof tendermint.abci.Snapshot
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {tendermint.abci.Snapshot & tendermint.abci.Snapshot.$Shape} Snapshot
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Snapshot.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.tendermint.abci.Snapshot();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.height = value;
                            else
                                delete message.height;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.format = value;
                            else
                                delete message.format;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.chunks = value;
                            else
                                delete message.chunks;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.hash = value;
                            else
                                delete message.hash;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.metadata = value;
                            else
                                delete message.metadata;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a Snapshot message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof tendermint.abci.Snapshot
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {tendermint.abci.Snapshot} Snapshot
             */
            Snapshot.fromObject = function (object, _depth) {
                if (object instanceof $root.tendermint.abci.Snapshot)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".tendermint.abci.Snapshot: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.tendermint.abci.Snapshot();
                if (object.height != null)
                    if (typeof object.height === "object" ? object.height.low || object.height.high : $Number(object.height) !== 0)
                        if ($util.Long)
                            message.height = $util.Long.fromValue(object.height, true);
                        else if (typeof object.height === "string")
                            message.height = $parseInt(object.height, 10);
                        else if (typeof object.height === "number")
                            message.height = object.height;
                        else if (typeof object.height === "object")
                            message.height = new $util.LongBits(object.height.low >>> 0, object.height.high >>> 0).toNumber(true);
                if (object.format != null)
                    if ($Number(object.format) !== 0)
                        message.format = object.format >>> 0;
                if (object.chunks != null)
                    if ($Number(object.chunks) !== 0)
                        message.chunks = object.chunks >>> 0;
                if (object.hash != null)
                    if (object.hash.length)
                        if (typeof object.hash === "string")
                            $util.base64.decode(object.hash, message.hash = $util.newBuffer($util.base64.length(object.hash)), 0);
                        else if (object.hash.length >= 0)
                            message.hash = object.hash;
                if (object.metadata != null)
                    if (object.metadata.length)
                        if (typeof object.metadata === "string")
                            $util.base64.decode(object.metadata, message.metadata = $util.newBuffer($util.base64.length(object.metadata)), 0);
                        else if (object.metadata.length >= 0)
                            message.metadata = object.metadata;
                return message;
            };

            /**
             * Creates a plain object from a Snapshot message. Also converts values to other types if specified.
             * @function toObject
             * @memberof tendermint.abci.Snapshot
             * @static
             * @param {tendermint.abci.Snapshot} message Snapshot
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Snapshot.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.height = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.height = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.format = 0;
                    object.chunks = 0;
                    if (options.bytes === $String)
                        object.hash = "";
                    else {
                        object.hash = [];
                        if (options.bytes !== $Array)
                            object.hash = $util.newBuffer(object.hash);
                    }
                    if (options.bytes === $String)
                        object.metadata = "";
                    else {
                        object.metadata = [];
                        if (options.bytes !== $Array)
                            object.metadata = $util.newBuffer(object.metadata);
                    }
                }
                if (message.height != null && $Object.hasOwnProperty.call(message, "height"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.height = typeof message.height === "number" ? $BigInt(message.height) : $util.Long.fromBits(message.height.low >>> 0, message.height.high >>> 0, true).toBigInt();
                    else if (typeof message.height === "number")
                        object.height = options.longs === $String ? $String(message.height) : message.height;
                    else
                        object.height = options.longs === $String ? $util.Long.prototype.toString.call(message.height) : options.longs === $Number ? new $util.LongBits(message.height.low >>> 0, message.height.high >>> 0).toNumber(true) : message.height;
                if (message.format != null && $Object.hasOwnProperty.call(message, "format"))
                    object.format = message.format;
                if (message.chunks != null && $Object.hasOwnProperty.call(message, "chunks"))
                    object.chunks = message.chunks;
                if (message.hash != null && $Object.hasOwnProperty.call(message, "hash"))
                    object.hash = options.bytes === $String ? $util.base64.encode(message.hash, 0, message.hash.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.hash) : message.hash;
                if (message.metadata != null && $Object.hasOwnProperty.call(message, "metadata"))
                    object.metadata = options.bytes === $String ? $util.base64.encode(message.metadata, 0, message.metadata.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.metadata) : message.metadata;
                return object;
            };

            /**
             * Converts this Snapshot to JSON.
             * @function toJSON
             * @memberof tendermint.abci.Snapshot
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Snapshot.prototype.toJSON = function() {
                return Snapshot.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Snapshot
             * @function getTypeUrl
             * @memberof tendermint.abci.Snapshot
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Snapshot.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/tendermint.abci.Snapshot";
            };

            return Snapshot;
        })();

        return abci;
    })();

    tendermint.crypto = (function() {

        /**
         * Namespace crypto.
         * @memberof tendermint
         * @namespace
         */
        const crypto = {};

        crypto.ProofOp = (function() {

            /**
             * Properties of a ProofOp.
             * @typedef {Object} tendermint.crypto.ProofOp.$Properties
             * @property {string|null} [type] ProofOp type
             * @property {Uint8Array|null} [key] ProofOp key
             * @property {Uint8Array|null} [data] ProofOp data
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ProofOp.
             * @memberof tendermint.crypto
             * @interface IProofOp
             * @augments tendermint.crypto.ProofOp.$Properties
             * @deprecated Use tendermint.crypto.ProofOp.$Properties instead.
             */

            /**
             * Shape of a ProofOp.
             * @typedef {tendermint.crypto.ProofOp.$Properties} tendermint.crypto.ProofOp.$Shape
             */

            /**
             * Constructs a new ProofOp.
             * @memberof tendermint.crypto
             * @classdesc Represents a ProofOp.
             * @constructor
             * @param {tendermint.crypto.ProofOp.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ProofOp = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ProofOp type.
             * @member {string} type
             * @memberof tendermint.crypto.ProofOp
             * @instance
             */
            ProofOp.prototype.type = "";

            /**
             * ProofOp key.
             * @member {Uint8Array} key
             * @memberof tendermint.crypto.ProofOp
             * @instance
             */
            ProofOp.prototype.key = $util.newBuffer([]);

            /**
             * ProofOp data.
             * @member {Uint8Array} data
             * @memberof tendermint.crypto.ProofOp
             * @instance
             */
            ProofOp.prototype.data = $util.newBuffer([]);

            /**
             * Creates a new ProofOp instance using the specified properties.
             * @function create
             * @memberof tendermint.crypto.ProofOp
             * @static
             * @param {tendermint.crypto.ProofOp.$Properties=} [properties] Properties to set
             * @returns {tendermint.crypto.ProofOp} ProofOp instance
             * @type {{
             *   (properties: tendermint.crypto.ProofOp.$Shape): tendermint.crypto.ProofOp & tendermint.crypto.ProofOp.$Shape;
             *   (properties?: tendermint.crypto.ProofOp.$Properties): tendermint.crypto.ProofOp;
             * }}
             */
            ProofOp.create = function(properties) {
                return new ProofOp(properties);
            };

            /**
             * Encodes the specified ProofOp message. Does not implicitly {@link tendermint.crypto.ProofOp.verify|verify} messages.
             * @function encode
             * @memberof tendermint.crypto.ProofOp
             * @static
             * @param {tendermint.crypto.ProofOp.$Properties} message ProofOp message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ProofOp.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.type != null && $Object.hasOwnProperty.call(message, "type") && message.type !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.type);
                if (message.key != null && $Object.hasOwnProperty.call(message, "key") && message.key.length)
                    writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.key);
                if (message.data != null && $Object.hasOwnProperty.call(message, "data") && message.data.length)
                    writer.uint32(/* id 3, wireType 2 =*/26).bytes(message.data);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a ProofOp message from the specified reader or buffer.
             * @function decode
             * @memberof tendermint.crypto.ProofOp
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {tendermint.crypto.ProofOp & tendermint.crypto.ProofOp.$Shape} ProofOp
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ProofOp.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.tendermint.crypto.ProofOp();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.type = value;
                            else
                                delete message.type;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.key = value;
                            else
                                delete message.key;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.data = value;
                            else
                                delete message.data;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a ProofOp message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof tendermint.crypto.ProofOp
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {tendermint.crypto.ProofOp} ProofOp
             */
            ProofOp.fromObject = function (object, _depth) {
                if (object instanceof $root.tendermint.crypto.ProofOp)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".tendermint.crypto.ProofOp: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.tendermint.crypto.ProofOp();
                if (object.type != null)
                    if (typeof object.type !== "string" || object.type.length)
                        message.type = $String(object.type);
                if (object.key != null)
                    if (object.key.length)
                        if (typeof object.key === "string")
                            $util.base64.decode(object.key, message.key = $util.newBuffer($util.base64.length(object.key)), 0);
                        else if (object.key.length >= 0)
                            message.key = object.key;
                if (object.data != null)
                    if (object.data.length)
                        if (typeof object.data === "string")
                            $util.base64.decode(object.data, message.data = $util.newBuffer($util.base64.length(object.data)), 0);
                        else if (object.data.length >= 0)
                            message.data = object.data;
                return message;
            };

            /**
             * Creates a plain object from a ProofOp message. Also converts values to other types if specified.
             * @function toObject
             * @memberof tendermint.crypto.ProofOp
             * @static
             * @param {tendermint.crypto.ProofOp} message ProofOp
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ProofOp.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.type = "";
                    if (options.bytes === $String)
                        object.key = "";
                    else {
                        object.key = [];
                        if (options.bytes !== $Array)
                            object.key = $util.newBuffer(object.key);
                    }
                    if (options.bytes === $String)
                        object.data = "";
                    else {
                        object.data = [];
                        if (options.bytes !== $Array)
                            object.data = $util.newBuffer(object.data);
                    }
                }
                if (message.type != null && $Object.hasOwnProperty.call(message, "type"))
                    object.type = message.type;
                if (message.key != null && $Object.hasOwnProperty.call(message, "key"))
                    object.key = options.bytes === $String ? $util.base64.encode(message.key, 0, message.key.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.key) : message.key;
                if (message.data != null && $Object.hasOwnProperty.call(message, "data"))
                    object.data = options.bytes === $String ? $util.base64.encode(message.data, 0, message.data.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.data) : message.data;
                return object;
            };

            /**
             * Converts this ProofOp to JSON.
             * @function toJSON
             * @memberof tendermint.crypto.ProofOp
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ProofOp.prototype.toJSON = function() {
                return ProofOp.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for ProofOp
             * @function getTypeUrl
             * @memberof tendermint.crypto.ProofOp
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ProofOp.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/tendermint.crypto.ProofOp";
            };

            return ProofOp;
        })();

        crypto.ProofOps = (function() {

            /**
             * Properties of a ProofOps.
             * @typedef {Object} tendermint.crypto.ProofOps.$Properties
             * @property {Array.<tendermint.crypto.ProofOp.$Properties>|null} [ops] ProofOps ops
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ProofOps.
             * @memberof tendermint.crypto
             * @interface IProofOps
             * @augments tendermint.crypto.ProofOps.$Properties
             * @deprecated Use tendermint.crypto.ProofOps.$Properties instead.
             */

            /**
             * Shape of a ProofOps.
             * @typedef {tendermint.crypto.ProofOps.$Properties} tendermint.crypto.ProofOps.$Shape
             */

            /**
             * Constructs a new ProofOps.
             * @memberof tendermint.crypto
             * @classdesc Represents a ProofOps.
             * @constructor
             * @param {tendermint.crypto.ProofOps.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ProofOps = function (properties) {
                this.ops = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ProofOps ops.
             * @member {Array.<tendermint.crypto.ProofOp.$Properties>} ops
             * @memberof tendermint.crypto.ProofOps
             * @instance
             */
            ProofOps.prototype.ops = $util.emptyArray;

            /**
             * Creates a new ProofOps instance using the specified properties.
             * @function create
             * @memberof tendermint.crypto.ProofOps
             * @static
             * @param {tendermint.crypto.ProofOps.$Properties=} [properties] Properties to set
             * @returns {tendermint.crypto.ProofOps} ProofOps instance
             * @type {{
             *   (properties: tendermint.crypto.ProofOps.$Shape): tendermint.crypto.ProofOps & tendermint.crypto.ProofOps.$Shape;
             *   (properties?: tendermint.crypto.ProofOps.$Properties): tendermint.crypto.ProofOps;
             * }}
             */
            ProofOps.create = function(properties) {
                return new ProofOps(properties);
            };

            /**
             * Encodes the specified ProofOps message. Does not implicitly {@link tendermint.crypto.ProofOps.verify|verify} messages.
             * @function encode
             * @memberof tendermint.crypto.ProofOps
             * @static
             * @param {tendermint.crypto.ProofOps.$Properties} message ProofOps message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ProofOps.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.ops != null && message.ops.length)
                    for (let i = 0; i < message.ops.length; ++i)
                        $root.tendermint.crypto.ProofOp.encode(message.ops[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a ProofOps message from the specified reader or buffer.
             * @function decode
             * @memberof tendermint.crypto.ProofOps
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {tendermint.crypto.ProofOps & tendermint.crypto.ProofOps.$Shape} ProofOps
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ProofOps.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.tendermint.crypto.ProofOps();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if (!(message.ops && message.ops.length))
                                message.ops = [];
                            message.ops.push($root.tendermint.crypto.ProofOp.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a ProofOps message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof tendermint.crypto.ProofOps
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {tendermint.crypto.ProofOps} ProofOps
             */
            ProofOps.fromObject = function (object, _depth) {
                if (object instanceof $root.tendermint.crypto.ProofOps)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".tendermint.crypto.ProofOps: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.tendermint.crypto.ProofOps();
                if (object.ops) {
                    if (!$Array.isArray(object.ops))
                        throw $TypeError(".tendermint.crypto.ProofOps.ops: array expected");
                    message.ops = $Array(object.ops.length);
                    for (let i = 0; i < object.ops.length; ++i) {
                        if (!$util.isObject(object.ops[i]))
                            throw $TypeError(".tendermint.crypto.ProofOps.ops: object expected");
                        message.ops[i] = $root.tendermint.crypto.ProofOp.fromObject(object.ops[i], _depth + 1);
                    }
                }
                return message;
            };

            /**
             * Creates a plain object from a ProofOps message. Also converts values to other types if specified.
             * @function toObject
             * @memberof tendermint.crypto.ProofOps
             * @static
             * @param {tendermint.crypto.ProofOps} message ProofOps
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ProofOps.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.ops = [];
                if (message.ops && message.ops.length) {
                    object.ops = $Array(message.ops.length);
                    for (let j = 0; j < message.ops.length; ++j)
                        object.ops[j] = $root.tendermint.crypto.ProofOp.toObject(message.ops[j], options, _depth + 1);
                }
                return object;
            };

            /**
             * Converts this ProofOps to JSON.
             * @function toJSON
             * @memberof tendermint.crypto.ProofOps
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ProofOps.prototype.toJSON = function() {
                return ProofOps.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for ProofOps
             * @function getTypeUrl
             * @memberof tendermint.crypto.ProofOps
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ProofOps.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/tendermint.crypto.ProofOps";
            };

            return ProofOps;
        })();

        crypto.PublicKey = (function() {

            /**
             * Properties of a PublicKey.
             * @typedef {Object} tendermint.crypto.PublicKey.$Properties
             * @property {Uint8Array|null} [ed25519] PublicKey ed25519
             * @property {Uint8Array|null} [secp256k1] PublicKey secp256k1
             * @property {"ed25519"|"secp256k1"} [sum] PublicKey sum
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a PublicKey.
             * @memberof tendermint.crypto
             * @interface IPublicKey
             * @augments tendermint.crypto.PublicKey.$Properties
             * @deprecated Use tendermint.crypto.PublicKey.$Properties instead.
             */

            /**
             * Narrowed shape of a PublicKey.
             * @typedef {{
             *   ed25519?: Uint8Array|null;
             *   secp256k1?: Uint8Array|null;
             *   $unknowns?: Array.<Uint8Array>;
             * } & (
             *   ({ sum?: undefined; ed25519?: null; secp256k1?: null }|{ sum?: "ed25519"; ed25519: Uint8Array; secp256k1?: null }|{ sum?: "secp256k1"; ed25519?: null; secp256k1: Uint8Array })
             * )} tendermint.crypto.PublicKey.$Shape
             */

            /**
             * Constructs a new PublicKey.
             * @memberof tendermint.crypto
             * @classdesc Represents a PublicKey.
             * @constructor
             * @param {tendermint.crypto.PublicKey.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const PublicKey = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * PublicKey ed25519.
             * @member {Uint8Array|null|undefined} ed25519
             * @memberof tendermint.crypto.PublicKey
             * @instance
             */
            PublicKey.prototype.ed25519 = null;

            /**
             * PublicKey secp256k1.
             * @member {Uint8Array|null|undefined} secp256k1
             * @memberof tendermint.crypto.PublicKey
             * @instance
             */
            PublicKey.prototype.secp256k1 = null;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            /**
             * PublicKey sum.
             * @member {"ed25519"|"secp256k1"|undefined} sum
             * @memberof tendermint.crypto.PublicKey
             * @instance
             */
            $Object.defineProperty(PublicKey.prototype, "sum", {
                get: $util.oneOfGetter($oneOfFields = ["ed25519", "secp256k1"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new PublicKey instance using the specified properties.
             * @function create
             * @memberof tendermint.crypto.PublicKey
             * @static
             * @param {tendermint.crypto.PublicKey.$Properties=} [properties] Properties to set
             * @returns {tendermint.crypto.PublicKey} PublicKey instance
             * @type {{
             *   (properties: tendermint.crypto.PublicKey.$Shape): tendermint.crypto.PublicKey & tendermint.crypto.PublicKey.$Shape;
             *   (properties?: tendermint.crypto.PublicKey.$Properties): tendermint.crypto.PublicKey;
             * }}
             */
            PublicKey.create = function(properties) {
                return new PublicKey(properties);
            };

            /**
             * Encodes the specified PublicKey message. Does not implicitly {@link tendermint.crypto.PublicKey.verify|verify} messages.
             * @function encode
             * @memberof tendermint.crypto.PublicKey
             * @static
             * @param {tendermint.crypto.PublicKey.$Properties} message PublicKey message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            PublicKey.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.ed25519 != null && $Object.hasOwnProperty.call(message, "ed25519"))
                    writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.ed25519);
                if (message.secp256k1 != null && $Object.hasOwnProperty.call(message, "secp256k1"))
                    writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.secp256k1);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a PublicKey message from the specified reader or buffer.
             * @function decode
             * @memberof tendermint.crypto.PublicKey
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {tendermint.crypto.PublicKey & tendermint.crypto.PublicKey.$Shape} PublicKey
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            PublicKey.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.tendermint.crypto.PublicKey();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.ed25519 = reader.bytes();
                            message.sum = "ed25519";
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.secp256k1 = reader.bytes();
                            message.sum = "secp256k1";
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a PublicKey message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof tendermint.crypto.PublicKey
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {tendermint.crypto.PublicKey} PublicKey
             */
            PublicKey.fromObject = function (object, _depth) {
                if (object instanceof $root.tendermint.crypto.PublicKey)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".tendermint.crypto.PublicKey: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.tendermint.crypto.PublicKey();
                if (object.ed25519 != null)
                    if (typeof object.ed25519 === "string")
                        $util.base64.decode(object.ed25519, message.ed25519 = $util.newBuffer($util.base64.length(object.ed25519)), 0);
                    else if (object.ed25519.length >= 0)
                        message.ed25519 = object.ed25519;
                if (object.secp256k1 != null)
                    if (typeof object.secp256k1 === "string")
                        $util.base64.decode(object.secp256k1, message.secp256k1 = $util.newBuffer($util.base64.length(object.secp256k1)), 0);
                    else if (object.secp256k1.length >= 0)
                        message.secp256k1 = object.secp256k1;
                return message;
            };

            /**
             * Creates a plain object from a PublicKey message. Also converts values to other types if specified.
             * @function toObject
             * @memberof tendermint.crypto.PublicKey
             * @static
             * @param {tendermint.crypto.PublicKey} message PublicKey
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            PublicKey.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (message.ed25519 != null && $Object.hasOwnProperty.call(message, "ed25519")) {
                    object.ed25519 = options.bytes === $String ? $util.base64.encode(message.ed25519, 0, message.ed25519.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.ed25519) : message.ed25519;
                    if (options.oneofs)
                        object.sum = "ed25519";
                }
                if (message.secp256k1 != null && $Object.hasOwnProperty.call(message, "secp256k1")) {
                    object.secp256k1 = options.bytes === $String ? $util.base64.encode(message.secp256k1, 0, message.secp256k1.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.secp256k1) : message.secp256k1;
                    if (options.oneofs)
                        object.sum = "secp256k1";
                }
                return object;
            };

            /**
             * Converts this PublicKey to JSON.
             * @function toJSON
             * @memberof tendermint.crypto.PublicKey
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            PublicKey.prototype.toJSON = function() {
                return PublicKey.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for PublicKey
             * @function getTypeUrl
             * @memberof tendermint.crypto.PublicKey
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            PublicKey.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/tendermint.crypto.PublicKey";
            };

            return PublicKey;
        })();

        return crypto;
    })();

    tendermint.types = (function() {

        /**
         * Namespace types.
         * @memberof tendermint
         * @namespace
         */
        const types = {};

        types.ConsensusParams = (function() {

            /**
             * Properties of a ConsensusParams.
             * @typedef {Object} tendermint.types.ConsensusParams.$Properties
             * @property {tendermint.types.BlockParams.$Properties|null} [block] ConsensusParams block
             * @property {tendermint.types.EvidenceParams.$Properties|null} [evidence] ConsensusParams evidence
             * @property {tendermint.types.ValidatorParams.$Properties|null} [validator] ConsensusParams validator
             * @property {tendermint.types.VersionParams.$Properties|null} [version] ConsensusParams version
             * @property {tendermint.types.ABCIParams.$Properties|null} [abci] ConsensusParams abci
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ConsensusParams.
             * @memberof tendermint.types
             * @interface IConsensusParams
             * @augments tendermint.types.ConsensusParams.$Properties
             * @deprecated Use tendermint.types.ConsensusParams.$Properties instead.
             */

            /**
             * Shape of a ConsensusParams.
             * @typedef {tendermint.types.ConsensusParams.$Properties} tendermint.types.ConsensusParams.$Shape
             */

            /**
             * Constructs a new ConsensusParams.
             * @memberof tendermint.types
             * @classdesc Represents a ConsensusParams.
             * @constructor
             * @param {tendermint.types.ConsensusParams.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ConsensusParams = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ConsensusParams block.
             * @member {tendermint.types.BlockParams.$Properties|null|undefined} block
             * @memberof tendermint.types.ConsensusParams
             * @instance
             */
            ConsensusParams.prototype.block = null;

            /**
             * ConsensusParams evidence.
             * @member {tendermint.types.EvidenceParams.$Properties|null|undefined} evidence
             * @memberof tendermint.types.ConsensusParams
             * @instance
             */
            ConsensusParams.prototype.evidence = null;

            /**
             * ConsensusParams validator.
             * @member {tendermint.types.ValidatorParams.$Properties|null|undefined} validator
             * @memberof tendermint.types.ConsensusParams
             * @instance
             */
            ConsensusParams.prototype.validator = null;

            /**
             * ConsensusParams version.
             * @member {tendermint.types.VersionParams.$Properties|null|undefined} version
             * @memberof tendermint.types.ConsensusParams
             * @instance
             */
            ConsensusParams.prototype.version = null;

            /**
             * ConsensusParams abci.
             * @member {tendermint.types.ABCIParams.$Properties|null|undefined} abci
             * @memberof tendermint.types.ConsensusParams
             * @instance
             */
            ConsensusParams.prototype.abci = null;

            /**
             * Creates a new ConsensusParams instance using the specified properties.
             * @function create
             * @memberof tendermint.types.ConsensusParams
             * @static
             * @param {tendermint.types.ConsensusParams.$Properties=} [properties] Properties to set
             * @returns {tendermint.types.ConsensusParams} ConsensusParams instance
             * @type {{
             *   (properties: tendermint.types.ConsensusParams.$Shape): tendermint.types.ConsensusParams & tendermint.types.ConsensusParams.$Shape;
             *   (properties?: tendermint.types.ConsensusParams.$Properties): tendermint.types.ConsensusParams;
             * }}
             */
            ConsensusParams.create = function(properties) {
                return new ConsensusParams(properties);
            };

            /**
             * Encodes the specified ConsensusParams message. Does not implicitly {@link tendermint.types.ConsensusParams.verify|verify} messages.
             * @function encode
             * @memberof tendermint.types.ConsensusParams
             * @static
             * @param {tendermint.types.ConsensusParams.$Properties} message ConsensusParams message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ConsensusParams.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.block != null && $Object.hasOwnProperty.call(message, "block"))
                    $root.tendermint.types.BlockParams.encode(message.block, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.evidence != null && $Object.hasOwnProperty.call(message, "evidence"))
                    $root.tendermint.types.EvidenceParams.encode(message.evidence, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.validator != null && $Object.hasOwnProperty.call(message, "validator"))
                    $root.tendermint.types.ValidatorParams.encode(message.validator, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.version != null && $Object.hasOwnProperty.call(message, "version"))
                    $root.tendermint.types.VersionParams.encode(message.version, writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                if (message.abci != null && $Object.hasOwnProperty.call(message, "abci"))
                    $root.tendermint.types.ABCIParams.encode(message.abci, writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a ConsensusParams message from the specified reader or buffer.
             * @function decode
             * @memberof tendermint.types.ConsensusParams
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {tendermint.types.ConsensusParams & tendermint.types.ConsensusParams.$Shape} ConsensusParams
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ConsensusParams.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.tendermint.types.ConsensusParams();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.block = $root.tendermint.types.BlockParams.decode(reader, reader.size(), $undefined, _depth + 1, message.block);
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.evidence = $root.tendermint.types.EvidenceParams.decode(reader, reader.size(), $undefined, _depth + 1, message.evidence);
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.validator = $root.tendermint.types.ValidatorParams.decode(reader, reader.size(), $undefined, _depth + 1, message.validator);
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            message.version = $root.tendermint.types.VersionParams.decode(reader, reader.size(), $undefined, _depth + 1, message.version);
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            message.abci = $root.tendermint.types.ABCIParams.decode(reader, reader.size(), $undefined, _depth + 1, message.abci);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a ConsensusParams message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof tendermint.types.ConsensusParams
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {tendermint.types.ConsensusParams} ConsensusParams
             */
            ConsensusParams.fromObject = function (object, _depth) {
                if (object instanceof $root.tendermint.types.ConsensusParams)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".tendermint.types.ConsensusParams: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.tendermint.types.ConsensusParams();
                if (object.block != null) {
                    if (!$util.isObject(object.block))
                        throw $TypeError(".tendermint.types.ConsensusParams.block: object expected");
                    message.block = $root.tendermint.types.BlockParams.fromObject(object.block, _depth + 1);
                }
                if (object.evidence != null) {
                    if (!$util.isObject(object.evidence))
                        throw $TypeError(".tendermint.types.ConsensusParams.evidence: object expected");
                    message.evidence = $root.tendermint.types.EvidenceParams.fromObject(object.evidence, _depth + 1);
                }
                if (object.validator != null) {
                    if (!$util.isObject(object.validator))
                        throw $TypeError(".tendermint.types.ConsensusParams.validator: object expected");
                    message.validator = $root.tendermint.types.ValidatorParams.fromObject(object.validator, _depth + 1);
                }
                if (object.version != null) {
                    if (!$util.isObject(object.version))
                        throw $TypeError(".tendermint.types.ConsensusParams.version: object expected");
                    message.version = $root.tendermint.types.VersionParams.fromObject(object.version, _depth + 1);
                }
                if (object.abci != null) {
                    if (!$util.isObject(object.abci))
                        throw $TypeError(".tendermint.types.ConsensusParams.abci: object expected");
                    message.abci = $root.tendermint.types.ABCIParams.fromObject(object.abci, _depth + 1);
                }
                return message;
            };

            /**
             * Creates a plain object from a ConsensusParams message. Also converts values to other types if specified.
             * @function toObject
             * @memberof tendermint.types.ConsensusParams
             * @static
             * @param {tendermint.types.ConsensusParams} message ConsensusParams
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ConsensusParams.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.block = null;
                    object.evidence = null;
                    object.validator = null;
                    object.version = null;
                    object.abci = null;
                }
                if (message.block != null && $Object.hasOwnProperty.call(message, "block"))
                    object.block = $root.tendermint.types.BlockParams.toObject(message.block, options, _depth + 1);
                if (message.evidence != null && $Object.hasOwnProperty.call(message, "evidence"))
                    object.evidence = $root.tendermint.types.EvidenceParams.toObject(message.evidence, options, _depth + 1);
                if (message.validator != null && $Object.hasOwnProperty.call(message, "validator"))
                    object.validator = $root.tendermint.types.ValidatorParams.toObject(message.validator, options, _depth + 1);
                if (message.version != null && $Object.hasOwnProperty.call(message, "version"))
                    object.version = $root.tendermint.types.VersionParams.toObject(message.version, options, _depth + 1);
                if (message.abci != null && $Object.hasOwnProperty.call(message, "abci"))
                    object.abci = $root.tendermint.types.ABCIParams.toObject(message.abci, options, _depth + 1);
                return object;
            };

            /**
             * Converts this ConsensusParams to JSON.
             * @function toJSON
             * @memberof tendermint.types.ConsensusParams
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ConsensusParams.prototype.toJSON = function() {
                return ConsensusParams.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for ConsensusParams
             * @function getTypeUrl
             * @memberof tendermint.types.ConsensusParams
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ConsensusParams.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/tendermint.types.ConsensusParams";
            };

            return ConsensusParams;
        })();

        types.BlockParams = (function() {

            /**
             * Properties of a BlockParams.
             * @typedef {Object} tendermint.types.BlockParams.$Properties
             * @property {number|null} [maxBytes] BlockParams maxBytes
             * @property {number|null} [maxGas] BlockParams maxGas
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a BlockParams.
             * @memberof tendermint.types
             * @interface IBlockParams
             * @augments tendermint.types.BlockParams.$Properties
             * @deprecated Use tendermint.types.BlockParams.$Properties instead.
             */

            /**
             * Shape of a BlockParams.
             * @typedef {tendermint.types.BlockParams.$Properties} tendermint.types.BlockParams.$Shape
             */

            /**
             * Constructs a new BlockParams.
             * @memberof tendermint.types
             * @classdesc Represents a BlockParams.
             * @constructor
             * @param {tendermint.types.BlockParams.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const BlockParams = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * BlockParams maxBytes.
             * @member {number} maxBytes
             * @memberof tendermint.types.BlockParams
             * @instance
             */
            BlockParams.prototype.maxBytes = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * BlockParams maxGas.
             * @member {number} maxGas
             * @memberof tendermint.types.BlockParams
             * @instance
             */
            BlockParams.prototype.maxGas = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Creates a new BlockParams instance using the specified properties.
             * @function create
             * @memberof tendermint.types.BlockParams
             * @static
             * @param {tendermint.types.BlockParams.$Properties=} [properties] Properties to set
             * @returns {tendermint.types.BlockParams} BlockParams instance
             * @type {{
             *   (properties: tendermint.types.BlockParams.$Shape): tendermint.types.BlockParams & tendermint.types.BlockParams.$Shape;
             *   (properties?: tendermint.types.BlockParams.$Properties): tendermint.types.BlockParams;
             * }}
             */
            BlockParams.create = function(properties) {
                return new BlockParams(properties);
            };

            /**
             * Encodes the specified BlockParams message. Does not implicitly {@link tendermint.types.BlockParams.verify|verify} messages.
             * @function encode
             * @memberof tendermint.types.BlockParams
             * @static
             * @param {tendermint.types.BlockParams.$Properties} message BlockParams message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            BlockParams.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.maxBytes != null && $Object.hasOwnProperty.call(message, "maxBytes") && (typeof message.maxBytes === "object" ? message.maxBytes.low || message.maxBytes.high : message.maxBytes !== 0))
                    writer.uint32(/* id 1, wireType 0 =*/8).int64(message.maxBytes);
                if (message.maxGas != null && $Object.hasOwnProperty.call(message, "maxGas") && (typeof message.maxGas === "object" ? message.maxGas.low || message.maxGas.high : message.maxGas !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).int64(message.maxGas);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a BlockParams message from the specified reader or buffer.
             * @function decode
             * @memberof tendermint.types.BlockParams
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {tendermint.types.BlockParams & tendermint.types.BlockParams.$Shape} BlockParams
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            BlockParams.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.tendermint.types.BlockParams();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.maxBytes = value;
                            else
                                delete message.maxBytes;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.maxGas = value;
                            else
                                delete message.maxGas;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a BlockParams message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof tendermint.types.BlockParams
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {tendermint.types.BlockParams} BlockParams
             */
            BlockParams.fromObject = function (object, _depth) {
                if (object instanceof $root.tendermint.types.BlockParams)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".tendermint.types.BlockParams: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.tendermint.types.BlockParams();
                if (object.maxBytes != null)
                    if (typeof object.maxBytes === "object" ? object.maxBytes.low || object.maxBytes.high : $Number(object.maxBytes) !== 0)
                        if ($util.Long)
                            message.maxBytes = $util.Long.fromValue(object.maxBytes, false);
                        else if (typeof object.maxBytes === "string")
                            message.maxBytes = $parseInt(object.maxBytes, 10);
                        else if (typeof object.maxBytes === "number")
                            message.maxBytes = object.maxBytes;
                        else if (typeof object.maxBytes === "object")
                            message.maxBytes = new $util.LongBits(object.maxBytes.low >>> 0, object.maxBytes.high >>> 0).toNumber();
                if (object.maxGas != null)
                    if (typeof object.maxGas === "object" ? object.maxGas.low || object.maxGas.high : $Number(object.maxGas) !== 0)
                        if ($util.Long)
                            message.maxGas = $util.Long.fromValue(object.maxGas, false);
                        else if (typeof object.maxGas === "string")
                            message.maxGas = $parseInt(object.maxGas, 10);
                        else if (typeof object.maxGas === "number")
                            message.maxGas = object.maxGas;
                        else if (typeof object.maxGas === "object")
                            message.maxGas = new $util.LongBits(object.maxGas.low >>> 0, object.maxGas.high >>> 0).toNumber();
                return message;
            };

            /**
             * Creates a plain object from a BlockParams message. Also converts values to other types if specified.
             * @function toObject
             * @memberof tendermint.types.BlockParams
             * @static
             * @param {tendermint.types.BlockParams} message BlockParams
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            BlockParams.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.maxBytes = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.maxBytes = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.maxGas = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.maxGas = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.maxBytes != null && $Object.hasOwnProperty.call(message, "maxBytes"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.maxBytes = typeof message.maxBytes === "number" ? $BigInt(message.maxBytes) : $util.Long.fromBits(message.maxBytes.low >>> 0, message.maxBytes.high >>> 0, false).toBigInt();
                    else if (typeof message.maxBytes === "number")
                        object.maxBytes = options.longs === $String ? $String(message.maxBytes) : message.maxBytes;
                    else
                        object.maxBytes = options.longs === $String ? $util.Long.prototype.toString.call(message.maxBytes) : options.longs === $Number ? new $util.LongBits(message.maxBytes.low >>> 0, message.maxBytes.high >>> 0).toNumber() : message.maxBytes;
                if (message.maxGas != null && $Object.hasOwnProperty.call(message, "maxGas"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.maxGas = typeof message.maxGas === "number" ? $BigInt(message.maxGas) : $util.Long.fromBits(message.maxGas.low >>> 0, message.maxGas.high >>> 0, false).toBigInt();
                    else if (typeof message.maxGas === "number")
                        object.maxGas = options.longs === $String ? $String(message.maxGas) : message.maxGas;
                    else
                        object.maxGas = options.longs === $String ? $util.Long.prototype.toString.call(message.maxGas) : options.longs === $Number ? new $util.LongBits(message.maxGas.low >>> 0, message.maxGas.high >>> 0).toNumber() : message.maxGas;
                return object;
            };

            /**
             * Converts this BlockParams to JSON.
             * @function toJSON
             * @memberof tendermint.types.BlockParams
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            BlockParams.prototype.toJSON = function() {
                return BlockParams.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for BlockParams
             * @function getTypeUrl
             * @memberof tendermint.types.BlockParams
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            BlockParams.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/tendermint.types.BlockParams";
            };

            return BlockParams;
        })();

        types.EvidenceParams = (function() {

            /**
             * Properties of an EvidenceParams.
             * @typedef {Object} tendermint.types.EvidenceParams.$Properties
             * @property {number|null} [maxAgeNumBlocks] EvidenceParams maxAgeNumBlocks
             * @property {google.protobuf.Duration.$Properties|null} [maxAgeDuration] EvidenceParams maxAgeDuration
             * @property {number|null} [maxBytes] EvidenceParams maxBytes
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an EvidenceParams.
             * @memberof tendermint.types
             * @interface IEvidenceParams
             * @augments tendermint.types.EvidenceParams.$Properties
             * @deprecated Use tendermint.types.EvidenceParams.$Properties instead.
             */

            /**
             * Shape of an EvidenceParams.
             * @typedef {tendermint.types.EvidenceParams.$Properties} tendermint.types.EvidenceParams.$Shape
             */

            /**
             * Constructs a new EvidenceParams.
             * @memberof tendermint.types
             * @classdesc Represents an EvidenceParams.
             * @constructor
             * @param {tendermint.types.EvidenceParams.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const EvidenceParams = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * EvidenceParams maxAgeNumBlocks.
             * @member {number} maxAgeNumBlocks
             * @memberof tendermint.types.EvidenceParams
             * @instance
             */
            EvidenceParams.prototype.maxAgeNumBlocks = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * EvidenceParams maxAgeDuration.
             * @member {google.protobuf.Duration.$Properties|null|undefined} maxAgeDuration
             * @memberof tendermint.types.EvidenceParams
             * @instance
             */
            EvidenceParams.prototype.maxAgeDuration = null;

            /**
             * EvidenceParams maxBytes.
             * @member {number} maxBytes
             * @memberof tendermint.types.EvidenceParams
             * @instance
             */
            EvidenceParams.prototype.maxBytes = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Creates a new EvidenceParams instance using the specified properties.
             * @function create
             * @memberof tendermint.types.EvidenceParams
             * @static
             * @param {tendermint.types.EvidenceParams.$Properties=} [properties] Properties to set
             * @returns {tendermint.types.EvidenceParams} EvidenceParams instance
             * @type {{
             *   (properties: tendermint.types.EvidenceParams.$Shape): tendermint.types.EvidenceParams & tendermint.types.EvidenceParams.$Shape;
             *   (properties?: tendermint.types.EvidenceParams.$Properties): tendermint.types.EvidenceParams;
             * }}
             */
            EvidenceParams.create = function(properties) {
                return new EvidenceParams(properties);
            };

            /**
             * Encodes the specified EvidenceParams message. Does not implicitly {@link tendermint.types.EvidenceParams.verify|verify} messages.
             * @function encode
             * @memberof tendermint.types.EvidenceParams
             * @static
             * @param {tendermint.types.EvidenceParams.$Properties} message EvidenceParams message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            EvidenceParams.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.maxAgeNumBlocks != null && $Object.hasOwnProperty.call(message, "maxAgeNumBlocks") && (typeof message.maxAgeNumBlocks === "object" ? message.maxAgeNumBlocks.low || message.maxAgeNumBlocks.high : message.maxAgeNumBlocks !== 0))
                    writer.uint32(/* id 1, wireType 0 =*/8).int64(message.maxAgeNumBlocks);
                if (message.maxAgeDuration != null && $Object.hasOwnProperty.call(message, "maxAgeDuration"))
                    $root.google.protobuf.Duration.encode(message.maxAgeDuration, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.maxBytes != null && $Object.hasOwnProperty.call(message, "maxBytes") && (typeof message.maxBytes === "object" ? message.maxBytes.low || message.maxBytes.high : message.maxBytes !== 0))
                    writer.uint32(/* id 3, wireType 0 =*/24).int64(message.maxBytes);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an EvidenceParams message from the specified reader or buffer.
             * @function decode
             * @memberof tendermint.types.EvidenceParams
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {tendermint.types.EvidenceParams & tendermint.types.EvidenceParams.$Shape} EvidenceParams
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            EvidenceParams.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.tendermint.types.EvidenceParams();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.maxAgeNumBlocks = value;
                            else
                                delete message.maxAgeNumBlocks;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.maxAgeDuration = $root.google.protobuf.Duration.decode(reader, reader.size(), $undefined, _depth + 1, message.maxAgeDuration);
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.maxBytes = value;
                            else
                                delete message.maxBytes;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates an EvidenceParams message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof tendermint.types.EvidenceParams
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {tendermint.types.EvidenceParams} EvidenceParams
             */
            EvidenceParams.fromObject = function (object, _depth) {
                if (object instanceof $root.tendermint.types.EvidenceParams)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".tendermint.types.EvidenceParams: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.tendermint.types.EvidenceParams();
                if (object.maxAgeNumBlocks != null)
                    if (typeof object.maxAgeNumBlocks === "object" ? object.maxAgeNumBlocks.low || object.maxAgeNumBlocks.high : $Number(object.maxAgeNumBlocks) !== 0)
                        if ($util.Long)
                            message.maxAgeNumBlocks = $util.Long.fromValue(object.maxAgeNumBlocks, false);
                        else if (typeof object.maxAgeNumBlocks === "string")
                            message.maxAgeNumBlocks = $parseInt(object.maxAgeNumBlocks, 10);
                        else if (typeof object.maxAgeNumBlocks === "number")
                            message.maxAgeNumBlocks = object.maxAgeNumBlocks;
                        else if (typeof object.maxAgeNumBlocks === "object")
                            message.maxAgeNumBlocks = new $util.LongBits(object.maxAgeNumBlocks.low >>> 0, object.maxAgeNumBlocks.high >>> 0).toNumber();
                if (object.maxAgeDuration != null) {
                    if (!$util.isObject(object.maxAgeDuration))
                        throw $TypeError(".tendermint.types.EvidenceParams.maxAgeDuration: object expected");
                    message.maxAgeDuration = $root.google.protobuf.Duration.fromObject(object.maxAgeDuration, _depth + 1);
                }
                if (object.maxBytes != null)
                    if (typeof object.maxBytes === "object" ? object.maxBytes.low || object.maxBytes.high : $Number(object.maxBytes) !== 0)
                        if ($util.Long)
                            message.maxBytes = $util.Long.fromValue(object.maxBytes, false);
                        else if (typeof object.maxBytes === "string")
                            message.maxBytes = $parseInt(object.maxBytes, 10);
                        else if (typeof object.maxBytes === "number")
                            message.maxBytes = object.maxBytes;
                        else if (typeof object.maxBytes === "object")
                            message.maxBytes = new $util.LongBits(object.maxBytes.low >>> 0, object.maxBytes.high >>> 0).toNumber();
                return message;
            };

            /**
             * Creates a plain object from an EvidenceParams message. Also converts values to other types if specified.
             * @function toObject
             * @memberof tendermint.types.EvidenceParams
             * @static
             * @param {tendermint.types.EvidenceParams} message EvidenceParams
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            EvidenceParams.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.maxAgeNumBlocks = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.maxAgeNumBlocks = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.maxAgeDuration = null;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.maxBytes = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.maxBytes = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.maxAgeNumBlocks != null && $Object.hasOwnProperty.call(message, "maxAgeNumBlocks"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.maxAgeNumBlocks = typeof message.maxAgeNumBlocks === "number" ? $BigInt(message.maxAgeNumBlocks) : $util.Long.fromBits(message.maxAgeNumBlocks.low >>> 0, message.maxAgeNumBlocks.high >>> 0, false).toBigInt();
                    else if (typeof message.maxAgeNumBlocks === "number")
                        object.maxAgeNumBlocks = options.longs === $String ? $String(message.maxAgeNumBlocks) : message.maxAgeNumBlocks;
                    else
                        object.maxAgeNumBlocks = options.longs === $String ? $util.Long.prototype.toString.call(message.maxAgeNumBlocks) : options.longs === $Number ? new $util.LongBits(message.maxAgeNumBlocks.low >>> 0, message.maxAgeNumBlocks.high >>> 0).toNumber() : message.maxAgeNumBlocks;
                if (message.maxAgeDuration != null && $Object.hasOwnProperty.call(message, "maxAgeDuration"))
                    object.maxAgeDuration = $root.google.protobuf.Duration.toObject(message.maxAgeDuration, options, _depth + 1);
                if (message.maxBytes != null && $Object.hasOwnProperty.call(message, "maxBytes"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.maxBytes = typeof message.maxBytes === "number" ? $BigInt(message.maxBytes) : $util.Long.fromBits(message.maxBytes.low >>> 0, message.maxBytes.high >>> 0, false).toBigInt();
                    else if (typeof message.maxBytes === "number")
                        object.maxBytes = options.longs === $String ? $String(message.maxBytes) : message.maxBytes;
                    else
                        object.maxBytes = options.longs === $String ? $util.Long.prototype.toString.call(message.maxBytes) : options.longs === $Number ? new $util.LongBits(message.maxBytes.low >>> 0, message.maxBytes.high >>> 0).toNumber() : message.maxBytes;
                return object;
            };

            /**
             * Converts this EvidenceParams to JSON.
             * @function toJSON
             * @memberof tendermint.types.EvidenceParams
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            EvidenceParams.prototype.toJSON = function() {
                return EvidenceParams.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for EvidenceParams
             * @function getTypeUrl
             * @memberof tendermint.types.EvidenceParams
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            EvidenceParams.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/tendermint.types.EvidenceParams";
            };

            return EvidenceParams;
        })();

        types.ValidatorParams = (function() {

            /**
             * Properties of a ValidatorParams.
             * @typedef {Object} tendermint.types.ValidatorParams.$Properties
             * @property {Array.<string>|null} [pubKeyTypes] ValidatorParams pubKeyTypes
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ValidatorParams.
             * @memberof tendermint.types
             * @interface IValidatorParams
             * @augments tendermint.types.ValidatorParams.$Properties
             * @deprecated Use tendermint.types.ValidatorParams.$Properties instead.
             */

            /**
             * Shape of a ValidatorParams.
             * @typedef {tendermint.types.ValidatorParams.$Properties} tendermint.types.ValidatorParams.$Shape
             */

            /**
             * Constructs a new ValidatorParams.
             * @memberof tendermint.types
             * @classdesc Represents a ValidatorParams.
             * @constructor
             * @param {tendermint.types.ValidatorParams.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ValidatorParams = function (properties) {
                this.pubKeyTypes = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ValidatorParams pubKeyTypes.
             * @member {Array.<string>} pubKeyTypes
             * @memberof tendermint.types.ValidatorParams
             * @instance
             */
            ValidatorParams.prototype.pubKeyTypes = $util.emptyArray;

            /**
             * Creates a new ValidatorParams instance using the specified properties.
             * @function create
             * @memberof tendermint.types.ValidatorParams
             * @static
             * @param {tendermint.types.ValidatorParams.$Properties=} [properties] Properties to set
             * @returns {tendermint.types.ValidatorParams} ValidatorParams instance
             * @type {{
             *   (properties: tendermint.types.ValidatorParams.$Shape): tendermint.types.ValidatorParams & tendermint.types.ValidatorParams.$Shape;
             *   (properties?: tendermint.types.ValidatorParams.$Properties): tendermint.types.ValidatorParams;
             * }}
             */
            ValidatorParams.create = function(properties) {
                return new ValidatorParams(properties);
            };

            /**
             * Encodes the specified ValidatorParams message. Does not implicitly {@link tendermint.types.ValidatorParams.verify|verify} messages.
             * @function encode
             * @memberof tendermint.types.ValidatorParams
             * @static
             * @param {tendermint.types.ValidatorParams.$Properties} message ValidatorParams message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ValidatorParams.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.pubKeyTypes != null && message.pubKeyTypes.length)
                    for (let i = 0; i < message.pubKeyTypes.length; ++i)
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.pubKeyTypes[i]);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a ValidatorParams message from the specified reader or buffer.
             * @function decode
             * @memberof tendermint.types.ValidatorParams
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {tendermint.types.ValidatorParams & tendermint.types.ValidatorParams.$Shape} ValidatorParams
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ValidatorParams.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.tendermint.types.ValidatorParams();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if (!(message.pubKeyTypes && message.pubKeyTypes.length))
                                message.pubKeyTypes = [];
                            message.pubKeyTypes.push(reader.stringVerify());
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a ValidatorParams message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof tendermint.types.ValidatorParams
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {tendermint.types.ValidatorParams} ValidatorParams
             */
            ValidatorParams.fromObject = function (object, _depth) {
                if (object instanceof $root.tendermint.types.ValidatorParams)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".tendermint.types.ValidatorParams: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.tendermint.types.ValidatorParams();
                if (object.pubKeyTypes) {
                    if (!$Array.isArray(object.pubKeyTypes))
                        throw $TypeError(".tendermint.types.ValidatorParams.pubKeyTypes: array expected");
                    message.pubKeyTypes = $Array(object.pubKeyTypes.length);
                    for (let i = 0; i < object.pubKeyTypes.length; ++i)
                        message.pubKeyTypes[i] = $String(object.pubKeyTypes[i]);
                }
                return message;
            };

            /**
             * Creates a plain object from a ValidatorParams message. Also converts values to other types if specified.
             * @function toObject
             * @memberof tendermint.types.ValidatorParams
             * @static
             * @param {tendermint.types.ValidatorParams} message ValidatorParams
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ValidatorParams.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.pubKeyTypes = [];
                if (message.pubKeyTypes && message.pubKeyTypes.length) {
                    object.pubKeyTypes = $Array(message.pubKeyTypes.length);
                    for (let j = 0; j < message.pubKeyTypes.length; ++j)
                        object.pubKeyTypes[j] = message.pubKeyTypes[j];
                }
                return object;
            };

            /**
             * Converts this ValidatorParams to JSON.
             * @function toJSON
             * @memberof tendermint.types.ValidatorParams
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ValidatorParams.prototype.toJSON = function() {
                return ValidatorParams.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for ValidatorParams
             * @function getTypeUrl
             * @memberof tendermint.types.ValidatorParams
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ValidatorParams.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/tendermint.types.ValidatorParams";
            };

            return ValidatorParams;
        })();

        types.VersionParams = (function() {

            /**
             * Properties of a VersionParams.
             * @typedef {Object} tendermint.types.VersionParams.$Properties
             * @property {number|null} [app] VersionParams app
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a VersionParams.
             * @memberof tendermint.types
             * @interface IVersionParams
             * @augments tendermint.types.VersionParams.$Properties
             * @deprecated Use tendermint.types.VersionParams.$Properties instead.
             */

            /**
             * Shape of a VersionParams.
             * @typedef {tendermint.types.VersionParams.$Properties} tendermint.types.VersionParams.$Shape
             */

            /**
             * Constructs a new VersionParams.
             * @memberof tendermint.types
             * @classdesc Represents a VersionParams.
             * @constructor
             * @param {tendermint.types.VersionParams.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const VersionParams = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * VersionParams app.
             * @member {number} app
             * @memberof tendermint.types.VersionParams
             * @instance
             */
            VersionParams.prototype.app = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Creates a new VersionParams instance using the specified properties.
             * @function create
             * @memberof tendermint.types.VersionParams
             * @static
             * @param {tendermint.types.VersionParams.$Properties=} [properties] Properties to set
             * @returns {tendermint.types.VersionParams} VersionParams instance
             * @type {{
             *   (properties: tendermint.types.VersionParams.$Shape): tendermint.types.VersionParams & tendermint.types.VersionParams.$Shape;
             *   (properties?: tendermint.types.VersionParams.$Properties): tendermint.types.VersionParams;
             * }}
             */
            VersionParams.create = function(properties) {
                return new VersionParams(properties);
            };

            /**
             * Encodes the specified VersionParams message. Does not implicitly {@link tendermint.types.VersionParams.verify|verify} messages.
             * @function encode
             * @memberof tendermint.types.VersionParams
             * @static
             * @param {tendermint.types.VersionParams.$Properties} message VersionParams message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            VersionParams.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.app != null && $Object.hasOwnProperty.call(message, "app") && (typeof message.app === "object" ? message.app.low || message.app.high : message.app !== 0))
                    writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.app);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a VersionParams message from the specified reader or buffer.
             * @function decode
             * @memberof tendermint.types.VersionParams
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {tendermint.types.VersionParams & tendermint.types.VersionParams.$Shape} VersionParams
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            VersionParams.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.tendermint.types.VersionParams();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.app = value;
                            else
                                delete message.app;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a VersionParams message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof tendermint.types.VersionParams
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {tendermint.types.VersionParams} VersionParams
             */
            VersionParams.fromObject = function (object, _depth) {
                if (object instanceof $root.tendermint.types.VersionParams)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".tendermint.types.VersionParams: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.tendermint.types.VersionParams();
                if (object.app != null)
                    if (typeof object.app === "object" ? object.app.low || object.app.high : $Number(object.app) !== 0)
                        if ($util.Long)
                            message.app = $util.Long.fromValue(object.app, true);
                        else if (typeof object.app === "string")
                            message.app = $parseInt(object.app, 10);
                        else if (typeof object.app === "number")
                            message.app = object.app;
                        else if (typeof object.app === "object")
                            message.app = new $util.LongBits(object.app.low >>> 0, object.app.high >>> 0).toNumber(true);
                return message;
            };

            /**
             * Creates a plain object from a VersionParams message. Also converts values to other types if specified.
             * @function toObject
             * @memberof tendermint.types.VersionParams
             * @static
             * @param {tendermint.types.VersionParams} message VersionParams
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            VersionParams.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.app = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.app = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                if (message.app != null && $Object.hasOwnProperty.call(message, "app"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.app = typeof message.app === "number" ? $BigInt(message.app) : $util.Long.fromBits(message.app.low >>> 0, message.app.high >>> 0, true).toBigInt();
                    else if (typeof message.app === "number")
                        object.app = options.longs === $String ? $String(message.app) : message.app;
                    else
                        object.app = options.longs === $String ? $util.Long.prototype.toString.call(message.app) : options.longs === $Number ? new $util.LongBits(message.app.low >>> 0, message.app.high >>> 0).toNumber(true) : message.app;
                return object;
            };

            /**
             * Converts this VersionParams to JSON.
             * @function toJSON
             * @memberof tendermint.types.VersionParams
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            VersionParams.prototype.toJSON = function() {
                return VersionParams.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for VersionParams
             * @function getTypeUrl
             * @memberof tendermint.types.VersionParams
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            VersionParams.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/tendermint.types.VersionParams";
            };

            return VersionParams;
        })();

        types.ABCIParams = (function() {

            /**
             * Properties of a ABCIParams.
             * @typedef {Object} tendermint.types.ABCIParams.$Properties
             * @property {number|null} [voteExtensionsEnableHeight] ABCIParams voteExtensionsEnableHeight
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ABCIParams.
             * @memberof tendermint.types
             * @interface IABCIParams
             * @augments tendermint.types.ABCIParams.$Properties
             * @deprecated Use tendermint.types.ABCIParams.$Properties instead.
             */

            /**
             * Shape of a ABCIParams.
             * @typedef {tendermint.types.ABCIParams.$Properties} tendermint.types.ABCIParams.$Shape
             */

            /**
             * Constructs a new ABCIParams.
             * @memberof tendermint.types
             * @classdesc Represents a ABCIParams.
             * @constructor
             * @param {tendermint.types.ABCIParams.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ABCIParams = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ABCIParams voteExtensionsEnableHeight.
             * @member {number} voteExtensionsEnableHeight
             * @memberof tendermint.types.ABCIParams
             * @instance
             */
            ABCIParams.prototype.voteExtensionsEnableHeight = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Creates a new ABCIParams instance using the specified properties.
             * @function create
             * @memberof tendermint.types.ABCIParams
             * @static
             * @param {tendermint.types.ABCIParams.$Properties=} [properties] Properties to set
             * @returns {tendermint.types.ABCIParams} ABCIParams instance
             * @type {{
             *   (properties: tendermint.types.ABCIParams.$Shape): tendermint.types.ABCIParams & tendermint.types.ABCIParams.$Shape;
             *   (properties?: tendermint.types.ABCIParams.$Properties): tendermint.types.ABCIParams;
             * }}
             */
            ABCIParams.create = function(properties) {
                return new ABCIParams(properties);
            };

            /**
             * Encodes the specified ABCIParams message. Does not implicitly {@link tendermint.types.ABCIParams.verify|verify} messages.
             * @function encode
             * @memberof tendermint.types.ABCIParams
             * @static
             * @param {tendermint.types.ABCIParams.$Properties} message ABCIParams message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ABCIParams.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.voteExtensionsEnableHeight != null && $Object.hasOwnProperty.call(message, "voteExtensionsEnableHeight") && (typeof message.voteExtensionsEnableHeight === "object" ? message.voteExtensionsEnableHeight.low || message.voteExtensionsEnableHeight.high : message.voteExtensionsEnableHeight !== 0))
                    writer.uint32(/* id 1, wireType 0 =*/8).int64(message.voteExtensionsEnableHeight);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a ABCIParams message from the specified reader or buffer.
             * @function decode
             * @memberof tendermint.types.ABCIParams
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {tendermint.types.ABCIParams & tendermint.types.ABCIParams.$Shape} ABCIParams
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ABCIParams.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.tendermint.types.ABCIParams();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.voteExtensionsEnableHeight = value;
                            else
                                delete message.voteExtensionsEnableHeight;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a ABCIParams message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof tendermint.types.ABCIParams
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {tendermint.types.ABCIParams} ABCIParams
             */
            ABCIParams.fromObject = function (object, _depth) {
                if (object instanceof $root.tendermint.types.ABCIParams)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".tendermint.types.ABCIParams: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.tendermint.types.ABCIParams();
                if (object.voteExtensionsEnableHeight != null)
                    if (typeof object.voteExtensionsEnableHeight === "object" ? object.voteExtensionsEnableHeight.low || object.voteExtensionsEnableHeight.high : $Number(object.voteExtensionsEnableHeight) !== 0)
                        if ($util.Long)
                            message.voteExtensionsEnableHeight = $util.Long.fromValue(object.voteExtensionsEnableHeight, false);
                        else if (typeof object.voteExtensionsEnableHeight === "string")
                            message.voteExtensionsEnableHeight = $parseInt(object.voteExtensionsEnableHeight, 10);
                        else if (typeof object.voteExtensionsEnableHeight === "number")
                            message.voteExtensionsEnableHeight = object.voteExtensionsEnableHeight;
                        else if (typeof object.voteExtensionsEnableHeight === "object")
                            message.voteExtensionsEnableHeight = new $util.LongBits(object.voteExtensionsEnableHeight.low >>> 0, object.voteExtensionsEnableHeight.high >>> 0).toNumber();
                return message;
            };

            /**
             * Creates a plain object from a ABCIParams message. Also converts values to other types if specified.
             * @function toObject
             * @memberof tendermint.types.ABCIParams
             * @static
             * @param {tendermint.types.ABCIParams} message ABCIParams
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ABCIParams.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.voteExtensionsEnableHeight = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.voteExtensionsEnableHeight = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                if (message.voteExtensionsEnableHeight != null && $Object.hasOwnProperty.call(message, "voteExtensionsEnableHeight"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.voteExtensionsEnableHeight = typeof message.voteExtensionsEnableHeight === "number" ? $BigInt(message.voteExtensionsEnableHeight) : $util.Long.fromBits(message.voteExtensionsEnableHeight.low >>> 0, message.voteExtensionsEnableHeight.high >>> 0, false).toBigInt();
                    else if (typeof message.voteExtensionsEnableHeight === "number")
                        object.voteExtensionsEnableHeight = options.longs === $String ? $String(message.voteExtensionsEnableHeight) : message.voteExtensionsEnableHeight;
                    else
                        object.voteExtensionsEnableHeight = options.longs === $String ? $util.Long.prototype.toString.call(message.voteExtensionsEnableHeight) : options.longs === $Number ? new $util.LongBits(message.voteExtensionsEnableHeight.low >>> 0, message.voteExtensionsEnableHeight.high >>> 0).toNumber() : message.voteExtensionsEnableHeight;
                return object;
            };

            /**
             * Converts this ABCIParams to JSON.
             * @function toJSON
             * @memberof tendermint.types.ABCIParams
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ABCIParams.prototype.toJSON = function() {
                return ABCIParams.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for ABCIParams
             * @function getTypeUrl
             * @memberof tendermint.types.ABCIParams
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ABCIParams.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/tendermint.types.ABCIParams";
            };

            return ABCIParams;
        })();

        /**
         * BlockIDFlag enum.
         * @name tendermint.types.BlockIDFlag
         * @enum {number}
         * @property {number} BLOCK_ID_FLAG_UNKNOWN=0 BLOCK_ID_FLAG_UNKNOWN value
         * @property {number} BLOCK_ID_FLAG_ABSENT=1 BLOCK_ID_FLAG_ABSENT value
         * @property {number} BLOCK_ID_FLAG_COMMIT=2 BLOCK_ID_FLAG_COMMIT value
         * @property {number} BLOCK_ID_FLAG_NIL=3 BLOCK_ID_FLAG_NIL value
         */
        types.BlockIDFlag = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "BLOCK_ID_FLAG_UNKNOWN"] = 0;
            values[valuesById[1] = "BLOCK_ID_FLAG_ABSENT"] = 1;
            values[valuesById[2] = "BLOCK_ID_FLAG_COMMIT"] = 2;
            values[valuesById[3] = "BLOCK_ID_FLAG_NIL"] = 3;
            return values;
        })();

        return types;
    })();

    return tendermint;
})();

export const google = $root.google = (() => {

    /**
     * Namespace google.
     * @exports google
     * @namespace
     */
    const google = {};

    google.protobuf = (function() {

        /**
         * Namespace protobuf.
         * @memberof google
         * @namespace
         */
        const protobuf = {};

        protobuf.Duration = (function() {

            /**
             * Properties of a Duration.
             * @typedef {Object} google.protobuf.Duration.$Properties
             * @property {number|null} [seconds] Duration seconds
             * @property {number|null} [nanos] Duration nanos
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Duration.
             * @memberof google.protobuf
             * @interface IDuration
             * @augments google.protobuf.Duration.$Properties
             * @deprecated Use google.protobuf.Duration.$Properties instead.
             */

            /**
             * Shape of a Duration.
             * @typedef {google.protobuf.Duration.$Properties} google.protobuf.Duration.$Shape
             */

            /**
             * Constructs a new Duration.
             * @memberof google.protobuf
             * @classdesc Represents a Duration.
             * @constructor
             * @param {google.protobuf.Duration.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Duration = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Duration seconds.
             * @member {number} seconds
             * @memberof google.protobuf.Duration
             * @instance
             */
            Duration.prototype.seconds = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Duration nanos.
             * @member {number} nanos
             * @memberof google.protobuf.Duration
             * @instance
             */
            Duration.prototype.nanos = 0;

            /**
             * Creates a new Duration instance using the specified properties.
             * @function create
             * @memberof google.protobuf.Duration
             * @static
             * @param {google.protobuf.Duration.$Properties=} [properties] Properties to set
             * @returns {google.protobuf.Duration} Duration instance
             * @type {{
             *   (properties: google.protobuf.Duration.$Shape): google.protobuf.Duration & google.protobuf.Duration.$Shape;
             *   (properties?: google.protobuf.Duration.$Properties): google.protobuf.Duration;
             * }}
             */
            Duration.create = function(properties) {
                return new Duration(properties);
            };

            /**
             * Encodes the specified Duration message. Does not implicitly {@link google.protobuf.Duration.verify|verify} messages.
             * @function encode
             * @memberof google.protobuf.Duration
             * @static
             * @param {google.protobuf.Duration.$Properties} message Duration message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Duration.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.seconds != null && $Object.hasOwnProperty.call(message, "seconds") && (typeof message.seconds === "object" ? message.seconds.low || message.seconds.high : message.seconds !== 0))
                    writer.uint32(/* id 1, wireType 0 =*/8).int64(message.seconds);
                if (message.nanos != null && $Object.hasOwnProperty.call(message, "nanos") && message.nanos !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).int32(message.nanos);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Duration message from the specified reader or buffer.
             * @function decode
             * @memberof google.protobuf.Duration
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {google.protobuf.Duration & google.protobuf.Duration.$Shape} Duration
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Duration.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.google.protobuf.Duration();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.seconds = value;
                            else
                                delete message.seconds;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.nanos = value;
                            else
                                delete message.nanos;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a Duration message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof google.protobuf.Duration
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {google.protobuf.Duration} Duration
             */
            Duration.fromObject = function (object, _depth) {
                if (object instanceof $root.google.protobuf.Duration)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".google.protobuf.Duration: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.google.protobuf.Duration();
                if (object.seconds != null)
                    if (typeof object.seconds === "object" ? object.seconds.low || object.seconds.high : $Number(object.seconds) !== 0)
                        if ($util.Long)
                            message.seconds = $util.Long.fromValue(object.seconds, false);
                        else if (typeof object.seconds === "string")
                            message.seconds = $parseInt(object.seconds, 10);
                        else if (typeof object.seconds === "number")
                            message.seconds = object.seconds;
                        else if (typeof object.seconds === "object")
                            message.seconds = new $util.LongBits(object.seconds.low >>> 0, object.seconds.high >>> 0).toNumber();
                if (object.nanos != null)
                    if ($Number(object.nanos) !== 0)
                        message.nanos = object.nanos | 0;
                return message;
            };

            /**
             * Creates a plain object from a Duration message. Also converts values to other types if specified.
             * @function toObject
             * @memberof google.protobuf.Duration
             * @static
             * @param {google.protobuf.Duration} message Duration
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Duration.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.seconds = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.seconds = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.nanos = 0;
                }
                if (message.seconds != null && $Object.hasOwnProperty.call(message, "seconds"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.seconds = typeof message.seconds === "number" ? $BigInt(message.seconds) : $util.Long.fromBits(message.seconds.low >>> 0, message.seconds.high >>> 0, false).toBigInt();
                    else if (typeof message.seconds === "number")
                        object.seconds = options.longs === $String ? $String(message.seconds) : message.seconds;
                    else
                        object.seconds = options.longs === $String ? $util.Long.prototype.toString.call(message.seconds) : options.longs === $Number ? new $util.LongBits(message.seconds.low >>> 0, message.seconds.high >>> 0).toNumber() : message.seconds;
                if (message.nanos != null && $Object.hasOwnProperty.call(message, "nanos"))
                    object.nanos = message.nanos;
                return object;
            };

            /**
             * Converts this Duration to JSON.
             * @function toJSON
             * @memberof google.protobuf.Duration
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Duration.prototype.toJSON = function() {
                return Duration.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Duration
             * @function getTypeUrl
             * @memberof google.protobuf.Duration
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Duration.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/google.protobuf.Duration";
            };

            return Duration;
        })();

        protobuf.Timestamp = (function() {

            /**
             * Properties of a Timestamp.
             * @typedef {Object} google.protobuf.Timestamp.$Properties
             * @property {number|null} [seconds] Timestamp seconds
             * @property {number|null} [nanos] Timestamp nanos
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Timestamp.
             * @memberof google.protobuf
             * @interface ITimestamp
             * @augments google.protobuf.Timestamp.$Properties
             * @deprecated Use google.protobuf.Timestamp.$Properties instead.
             */

            /**
             * Shape of a Timestamp.
             * @typedef {google.protobuf.Timestamp.$Properties} google.protobuf.Timestamp.$Shape
             */

            /**
             * Constructs a new Timestamp.
             * @memberof google.protobuf
             * @classdesc Represents a Timestamp.
             * @constructor
             * @param {google.protobuf.Timestamp.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Timestamp = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Timestamp seconds.
             * @member {number} seconds
             * @memberof google.protobuf.Timestamp
             * @instance
             */
            Timestamp.prototype.seconds = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Timestamp nanos.
             * @member {number} nanos
             * @memberof google.protobuf.Timestamp
             * @instance
             */
            Timestamp.prototype.nanos = 0;

            /**
             * Creates a new Timestamp instance using the specified properties.
             * @function create
             * @memberof google.protobuf.Timestamp
             * @static
             * @param {google.protobuf.Timestamp.$Properties=} [properties] Properties to set
             * @returns {google.protobuf.Timestamp} Timestamp instance
             * @type {{
             *   (properties: google.protobuf.Timestamp.$Shape): google.protobuf.Timestamp & google.protobuf.Timestamp.$Shape;
             *   (properties?: google.protobuf.Timestamp.$Properties): google.protobuf.Timestamp;
             * }}
             */
            Timestamp.create = function(properties) {
                return new Timestamp(properties);
            };

            /**
             * Encodes the specified Timestamp message. Does not implicitly {@link google.protobuf.Timestamp.verify|verify} messages.
             * @function encode
             * @memberof google.protobuf.Timestamp
             * @static
             * @param {google.protobuf.Timestamp.$Properties} message Timestamp message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Timestamp.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.seconds != null && $Object.hasOwnProperty.call(message, "seconds") && (typeof message.seconds === "object" ? message.seconds.low || message.seconds.high : message.seconds !== 0))
                    writer.uint32(/* id 1, wireType 0 =*/8).int64(message.seconds);
                if (message.nanos != null && $Object.hasOwnProperty.call(message, "nanos") && message.nanos !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).int32(message.nanos);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Timestamp message from the specified reader or buffer.
             * @function decode
             * @memberof google.protobuf.Timestamp
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {google.protobuf.Timestamp & google.protobuf.Timestamp.$Shape} Timestamp
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Timestamp.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.google.protobuf.Timestamp();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.seconds = value;
                            else
                                delete message.seconds;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.nanos = value;
                            else
                                delete message.nanos;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a Timestamp message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof google.protobuf.Timestamp
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {google.protobuf.Timestamp} Timestamp
             */
            Timestamp.fromObject = function (object, _depth) {
                if (object instanceof $root.google.protobuf.Timestamp)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".google.protobuf.Timestamp: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.google.protobuf.Timestamp();
                if (object.seconds != null)
                    if (typeof object.seconds === "object" ? object.seconds.low || object.seconds.high : $Number(object.seconds) !== 0)
                        if ($util.Long)
                            message.seconds = $util.Long.fromValue(object.seconds, false);
                        else if (typeof object.seconds === "string")
                            message.seconds = $parseInt(object.seconds, 10);
                        else if (typeof object.seconds === "number")
                            message.seconds = object.seconds;
                        else if (typeof object.seconds === "object")
                            message.seconds = new $util.LongBits(object.seconds.low >>> 0, object.seconds.high >>> 0).toNumber();
                if (object.nanos != null)
                    if ($Number(object.nanos) !== 0)
                        message.nanos = object.nanos | 0;
                return message;
            };

            /**
             * Creates a plain object from a Timestamp message. Also converts values to other types if specified.
             * @function toObject
             * @memberof google.protobuf.Timestamp
             * @static
             * @param {google.protobuf.Timestamp} message Timestamp
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Timestamp.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.seconds = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.seconds = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.nanos = 0;
                }
                if (message.seconds != null && $Object.hasOwnProperty.call(message, "seconds"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.seconds = typeof message.seconds === "number" ? $BigInt(message.seconds) : $util.Long.fromBits(message.seconds.low >>> 0, message.seconds.high >>> 0, false).toBigInt();
                    else if (typeof message.seconds === "number")
                        object.seconds = options.longs === $String ? $String(message.seconds) : message.seconds;
                    else
                        object.seconds = options.longs === $String ? $util.Long.prototype.toString.call(message.seconds) : options.longs === $Number ? new $util.LongBits(message.seconds.low >>> 0, message.seconds.high >>> 0).toNumber() : message.seconds;
                if (message.nanos != null && $Object.hasOwnProperty.call(message, "nanos"))
                    object.nanos = message.nanos;
                return object;
            };

            /**
             * Converts this Timestamp to JSON.
             * @function toJSON
             * @memberof google.protobuf.Timestamp
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Timestamp.prototype.toJSON = function() {
                return Timestamp.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Timestamp
             * @function getTypeUrl
             * @memberof google.protobuf.Timestamp
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Timestamp.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/google.protobuf.Timestamp";
            };

            return Timestamp;
        })();

        return protobuf;
    })();

    return google;
})();

export {
  $root as default
};
