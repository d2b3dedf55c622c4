/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-mixed-operators, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars, default-case, jsdoc/require-param*/
import $protobuf from "../runtime.js";

// Common aliases
const $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;
const $Object = $util.global.Object, $undefined = $util.global.undefined, $Error = $util.global.Error, $RangeError = $util.global.RangeError, $TypeError = $util.global.TypeError, $Number = $util.global.Number, $parseInt = $util.global.parseInt, $String = $util.global.String, $BigInt = $util.global.BigInt, $Array = $util.global.Array, $Boolean = $util.global.Boolean;

// Exported root namespace
const $root = $protobuf.roots["repo"] || ($protobuf.roots["repo"] = {});

export const marketchain = $root.marketchain = (() => {

    /**
     * Namespace marketchain.
     * @exports marketchain
     * @namespace
     */
    const marketchain = {};

    marketchain.repo = (function() {

        /**
         * Namespace repo.
         * @memberof marketchain
         * @namespace
         */
        const repo = {};

        repo.v1 = (function() {

            /**
             * Namespace v1.
             * @memberof marketchain.repo
             * @namespace
             */
            const v1 = {};

            v1.QueryRoundRequest = (function() {

                /**
                 * Properties of a QueryRoundRequest.
                 * @typedef {Object} marketchain.repo.v1.QueryRoundRequest.$Properties
                 * @property {number|null} [roundId] QueryRoundRequest roundId
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a QueryRoundRequest.
                 * @memberof marketchain.repo.v1
                 * @interface IQueryRoundRequest
                 * @augments marketchain.repo.v1.QueryRoundRequest.$Properties
                 * @deprecated Use marketchain.repo.v1.QueryRoundRequest.$Properties instead.
                 */

                /**
                 * Shape of a QueryRoundRequest.
                 * @typedef {marketchain.repo.v1.QueryRoundRequest.$Properties} marketchain.repo.v1.QueryRoundRequest.$Shape
                 */

                /**
                 * Constructs a new QueryRoundRequest.
                 * @memberof marketchain.repo.v1
                 * @classdesc Represents a QueryRoundRequest.
                 * @constructor
                 * @param {marketchain.repo.v1.QueryRoundRequest.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const QueryRoundRequest = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * QueryRoundRequest roundId.
                 * @member {number} roundId
                 * @memberof marketchain.repo.v1.QueryRoundRequest
                 * @instance
                 */
                QueryRoundRequest.prototype.roundId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Creates a new QueryRoundRequest instance using the specified properties.
                 * @function create
                 * @memberof marketchain.repo.v1.QueryRoundRequest
                 * @static
                 * @param {marketchain.repo.v1.QueryRoundRequest.$Properties=} [properties] Properties to set
                 * @returns {marketchain.repo.v1.QueryRoundRequest} QueryRoundRequest instance
                 * @type {{
                 *   (properties: marketchain.repo.v1.QueryRoundRequest.$Shape): marketchain.repo.v1.QueryRoundRequest & marketchain.repo.v1.QueryRoundRequest.$Shape;
                 *   (properties?: marketchain.repo.v1.QueryRoundRequest.$Properties): marketchain.repo.v1.QueryRoundRequest;
                 * }}
                 */
                QueryRoundRequest.create = function(properties) {
                    return new QueryRoundRequest(properties);
                };

                /**
                 * Encodes the specified QueryRoundRequest message. Does not implicitly {@link marketchain.repo.v1.QueryRoundRequest.verify|verify} messages.
                 * @function encode
                 * @memberof marketchain.repo.v1.QueryRoundRequest
                 * @static
                 * @param {marketchain.repo.v1.QueryRoundRequest.$Properties} message QueryRoundRequest message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                QueryRoundRequest.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.roundId != null && $Object.hasOwnProperty.call(message, "roundId") && (typeof message.roundId === "object" ? message.roundId.low || message.roundId.high : message.roundId !== 0))
                        writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.roundId);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a QueryRoundRequest message from the specified reader or buffer.
                 * @function decode
                 * @memberof marketchain.repo.v1.QueryRoundRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {marketchain.repo.v1.QueryRoundRequest & marketchain.repo.v1.QueryRoundRequest.$Shape} QueryRoundRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                QueryRoundRequest.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.marketchain.repo.v1.QueryRoundRequest();
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
                                    message.roundId = value;
                                else
                                    delete message.roundId;
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
                 * Creates a QueryRoundRequest message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof marketchain.repo.v1.QueryRoundRequest
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {marketchain.repo.v1.QueryRoundRequest} QueryRoundRequest
                 */
                QueryRoundRequest.fromObject = function (object, _depth) {
                    if (object instanceof $root.marketchain.repo.v1.QueryRoundRequest)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".marketchain.repo.v1.QueryRoundRequest: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.marketchain.repo.v1.QueryRoundRequest();
                    if (object.roundId != null)
                        if (typeof object.roundId === "object" ? object.roundId.low || object.roundId.high : $Number(object.roundId) !== 0)
                            if ($util.Long)
                                message.roundId = $util.Long.fromValue(object.roundId, true);
                            else if (typeof object.roundId === "string")
                                message.roundId = $parseInt(object.roundId, 10);
                            else if (typeof object.roundId === "number")
                                message.roundId = object.roundId;
                            else if (typeof object.roundId === "object")
                                message.roundId = new $util.LongBits(object.roundId.low >>> 0, object.roundId.high >>> 0).toNumber(true);
                    return message;
                };

                /**
                 * Creates a plain object from a QueryRoundRequest message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof marketchain.repo.v1.QueryRoundRequest
                 * @static
                 * @param {marketchain.repo.v1.QueryRoundRequest} message QueryRoundRequest
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                QueryRoundRequest.toObject = function (message, options, _depth) {
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
                            object.roundId = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.roundId = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if (message.roundId != null && $Object.hasOwnProperty.call(message, "roundId"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.roundId = typeof message.roundId === "number" ? $BigInt(message.roundId) : $util.Long.fromBits(message.roundId.low >>> 0, message.roundId.high >>> 0, true).toBigInt();
                        else if (typeof message.roundId === "number")
                            object.roundId = options.longs === $String ? $String(message.roundId) : message.roundId;
                        else
                            object.roundId = options.longs === $String ? $util.Long.prototype.toString.call(message.roundId) : options.longs === $Number ? new $util.LongBits(message.roundId.low >>> 0, message.roundId.high >>> 0).toNumber(true) : message.roundId;
                    return object;
                };

                /**
                 * Converts this QueryRoundRequest to JSON.
                 * @function toJSON
                 * @memberof marketchain.repo.v1.QueryRoundRequest
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                QueryRoundRequest.prototype.toJSON = function() {
                    return QueryRoundRequest.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for QueryRoundRequest
                 * @function getTypeUrl
                 * @memberof marketchain.repo.v1.QueryRoundRequest
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                QueryRoundRequest.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/marketchain.repo.v1.QueryRoundRequest";
                };

                return QueryRoundRequest;
            })();

            v1.QueryRoundResponse = (function() {

                /**
                 * Properties of a QueryRoundResponse.
                 * @typedef {Object} marketchain.repo.v1.QueryRoundResponse.$Properties
                 * @property {marketchain.repo.v1.Round.$Properties|null} [round] QueryRoundResponse round
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a QueryRoundResponse.
                 * @memberof marketchain.repo.v1
                 * @interface IQueryRoundResponse
                 * @augments marketchain.repo.v1.QueryRoundResponse.$Properties
                 * @deprecated Use marketchain.repo.v1.QueryRoundResponse.$Properties instead.
                 */

                /**
                 * Shape of a QueryRoundResponse.
                 * @typedef {marketchain.repo.v1.QueryRoundResponse.$Properties} marketchain.repo.v1.QueryRoundResponse.$Shape
                 */

                /**
                 * Constructs a new QueryRoundResponse.
                 * @memberof marketchain.repo.v1
                 * @classdesc Represents a QueryRoundResponse.
                 * @constructor
                 * @param {marketchain.repo.v1.QueryRoundResponse.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const QueryRoundResponse = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * QueryRoundResponse round.
                 * @member {marketchain.repo.v1.Round.$Properties|null|undefined} round
                 * @memberof marketchain.repo.v1.QueryRoundResponse
                 * @instance
                 */
                QueryRoundResponse.prototype.round = null;

                /**
                 * Creates a new QueryRoundResponse instance using the specified properties.
                 * @function create
                 * @memberof marketchain.repo.v1.QueryRoundResponse
                 * @static
                 * @param {marketchain.repo.v1.QueryRoundResponse.$Properties=} [properties] Properties to set
                 * @returns {marketchain.repo.v1.QueryRoundResponse} QueryRoundResponse instance
                 * @type {{
                 *   (properties: marketchain.repo.v1.QueryRoundResponse.$Shape): marketchain.repo.v1.QueryRoundResponse & marketchain.repo.v1.QueryRoundResponse.$Shape;
                 *   (properties?: marketchain.repo.v1.QueryRoundResponse.$Properties): marketchain.repo.v1.QueryRoundResponse;
                 * }}
                 */
                QueryRoundResponse.create = function(properties) {
                    return new QueryRoundResponse(properties);
                };

                /**
                 * Encodes the specified QueryRoundResponse message. Does not implicitly {@link marketchain.repo.v1.QueryRoundResponse.verify|verify} messages.
                 * @function encode
                 * @memberof marketchain.repo.v1.QueryRoundResponse
                 * @static
                 * @param {marketchain.repo.v1.QueryRoundResponse.$Properties} message QueryRoundResponse message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                QueryRoundResponse.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.round != null && $Object.hasOwnProperty.call(message, "round"))
                        $root.marketchain.repo.v1.Round.encode(message.round, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a QueryRoundResponse message from the specified reader or buffer.
                 * @function decode
                 * @memberof marketchain.repo.v1.QueryRoundResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {marketchain.repo.v1.QueryRoundResponse & marketchain.repo.v1.QueryRoundResponse.$Shape} QueryRoundResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                QueryRoundResponse.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.marketchain.repo.v1.QueryRoundResponse();
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
                                message.round = $root.marketchain.repo.v1.Round.decode(reader, reader.size(), $undefined, _depth + 1, message.round);
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
                 * Creates a QueryRoundResponse message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof marketchain.repo.v1.QueryRoundResponse
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {marketchain.repo.v1.QueryRoundResponse} QueryRoundResponse
                 */
                QueryRoundResponse.fromObject = function (object, _depth) {
                    if (object instanceof $root.marketchain.repo.v1.QueryRoundResponse)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".marketchain.repo.v1.QueryRoundResponse: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.marketchain.repo.v1.QueryRoundResponse();
                    if (object.round != null) {
                        if (!$util.isObject(object.round))
                            throw $TypeError(".marketchain.repo.v1.QueryRoundResponse.round: object expected");
                        message.round = $root.marketchain.repo.v1.Round.fromObject(object.round, _depth + 1);
                    }
                    return message;
                };

                /**
                 * Creates a plain object from a QueryRoundResponse message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof marketchain.repo.v1.QueryRoundResponse
                 * @static
                 * @param {marketchain.repo.v1.QueryRoundResponse} message QueryRoundResponse
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                QueryRoundResponse.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults)
                        object.round = null;
                    if (message.round != null && $Object.hasOwnProperty.call(message, "round"))
                        object.round = $root.marketchain.repo.v1.Round.toObject(message.round, options, _depth + 1);
                    return object;
                };

                /**
                 * Converts this QueryRoundResponse to JSON.
                 * @function toJSON
                 * @memberof marketchain.repo.v1.QueryRoundResponse
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                QueryRoundResponse.prototype.toJSON = function() {
                    return QueryRoundResponse.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for QueryRoundResponse
                 * @function getTypeUrl
                 * @memberof marketchain.repo.v1.QueryRoundResponse
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                QueryRoundResponse.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/marketchain.repo.v1.QueryRoundResponse";
                };

                return QueryRoundResponse;
            })();

            v1.QueryRoundsRequest = (function() {

                /**
                 * Properties of a QueryRoundsRequest.
                 * @typedef {Object} marketchain.repo.v1.QueryRoundsRequest.$Properties
                 * @property {string|null} [phase] QueryRoundsRequest phase
                 * @property {string|null} [party] QueryRoundsRequest party
                 * @property {number|null} [startAfter] QueryRoundsRequest startAfter
                 * @property {number|null} [limit] QueryRoundsRequest limit
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a QueryRoundsRequest.
                 * @memberof marketchain.repo.v1
                 * @interface IQueryRoundsRequest
                 * @augments marketchain.repo.v1.QueryRoundsRequest.$Properties
                 * @deprecated Use marketchain.repo.v1.QueryRoundsRequest.$Properties instead.
                 */

                /**
                 * Shape of a QueryRoundsRequest.
                 * @typedef {marketchain.repo.v1.QueryRoundsRequest.$Properties} marketchain.repo.v1.QueryRoundsRequest.$Shape
                 */

                /**
                 * Constructs a new QueryRoundsRequest.
                 * @memberof marketchain.repo.v1
                 * @classdesc Represents a QueryRoundsRequest.
                 * @constructor
                 * @param {marketchain.repo.v1.QueryRoundsRequest.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const QueryRoundsRequest = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * QueryRoundsRequest phase.
                 * @member {string} phase
                 * @memberof marketchain.repo.v1.QueryRoundsRequest
                 * @instance
                 */
                QueryRoundsRequest.prototype.phase = "";

                /**
                 * QueryRoundsRequest party.
                 * @member {string} party
                 * @memberof marketchain.repo.v1.QueryRoundsRequest
                 * @instance
                 */
                QueryRoundsRequest.prototype.party = "";

                /**
                 * QueryRoundsRequest startAfter.
                 * @member {number} startAfter
                 * @memberof marketchain.repo.v1.QueryRoundsRequest
                 * @instance
                 */
                QueryRoundsRequest.prototype.startAfter = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * QueryRoundsRequest limit.
                 * @member {number} limit
                 * @memberof marketchain.repo.v1.QueryRoundsRequest
                 * @instance
                 */
                QueryRoundsRequest.prototype.limit = 0;

                /**
                 * Creates a new QueryRoundsRequest instance using the specified properties.
                 * @function create
                 * @memberof marketchain.repo.v1.QueryRoundsRequest
                 * @static
                 * @param {marketchain.repo.v1.QueryRoundsRequest.$Properties=} [properties] Properties to set
                 * @returns {marketchain.repo.v1.QueryRoundsRequest} QueryRoundsRequest instance
                 * @type {{
                 *   (properties: marketchain.repo.v1.QueryRoundsRequest.$Shape): marketchain.repo.v1.QueryRoundsRequest & marketchain.repo.v1.QueryRoundsRequest.$Shape;
                 *   (properties?: marketchain.repo.v1.QueryRoundsRequest.$Properties): marketchain.repo.v1.QueryRoundsRequest;
                 * }}
                 */
                QueryRoundsRequest.create = function(properties) {
                    return new QueryRoundsRequest(properties);
                };

                /**
                 * Encodes the specified QueryRoundsRequest message. Does not implicitly {@link marketchain.repo.v1.QueryRoundsRequest.verify|verify} messages.
                 * @function encode
                 * @memberof marketchain.repo.v1.QueryRoundsRequest
                 * @static
                 * @param {marketchain.repo.v1.QueryRoundsRequest.$Properties} message QueryRoundsRequest message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                QueryRoundsRequest.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.phase != null && $Object.hasOwnProperty.call(message, "phase") && message.phase !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.phase);
                    if (message.party != null && $Object.hasOwnProperty.call(message, "party") && message.party !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.party);
                    if (message.startAfter != null && $Object.hasOwnProperty.call(message, "startAfter") && (typeof message.startAfter === "object" ? message.startAfter.low || message.startAfter.high : message.startAfter !== 0))
                        writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.startAfter);
                    if (message.limit != null && $Object.hasOwnProperty.call(message, "limit") && message.limit !== 0)
                        writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.limit);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a QueryRoundsRequest message from the specified reader or buffer.
                 * @function decode
                 * @memberof marketchain.repo.v1.QueryRoundsRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {marketchain.repo.v1.QueryRoundsRequest & marketchain.repo.v1.QueryRoundsRequest.$Shape} QueryRoundsRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                QueryRoundsRequest.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.marketchain.repo.v1.QueryRoundsRequest();
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
                                    message.phase = value;
                                else
                                    delete message.phase;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.party = value;
                                else
                                    delete message.party;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.startAfter = value;
                                else
                                    delete message.startAfter;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.limit = value;
                                else
                                    delete message.limit;
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
                 * Creates a QueryRoundsRequest message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof marketchain.repo.v1.QueryRoundsRequest
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {marketchain.repo.v1.QueryRoundsRequest} QueryRoundsRequest
                 */
                QueryRoundsRequest.fromObject = function (object, _depth) {
                    if (object instanceof $root.marketchain.repo.v1.QueryRoundsRequest)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".marketchain.repo.v1.QueryRoundsRequest: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.marketchain.repo.v1.QueryRoundsRequest();
                    if (object.phase != null)
                        if (typeof object.phase !== "string" || object.phase.length)
                            message.phase = $String(object.phase);
                    if (object.party != null)
                        if (typeof object.party !== "string" || object.party.length)
                            message.party = $String(object.party);
                    if (object.startAfter != null)
                        if (typeof object.startAfter === "object" ? object.startAfter.low || object.startAfter.high : $Number(object.startAfter) !== 0)
                            if ($util.Long)
                                message.startAfter = $util.Long.fromValue(object.startAfter, true);
                            else if (typeof object.startAfter === "string")
                                message.startAfter = $parseInt(object.startAfter, 10);
                            else if (typeof object.startAfter === "number")
                                message.startAfter = object.startAfter;
                            else if (typeof object.startAfter === "object")
                                message.startAfter = new $util.LongBits(object.startAfter.low >>> 0, object.startAfter.high >>> 0).toNumber(true);
                    if (object.limit != null)
                        if ($Number(object.limit) !== 0)
                            message.limit = object.limit >>> 0;
                    return message;
                };

                /**
                 * Creates a plain object from a QueryRoundsRequest message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof marketchain.repo.v1.QueryRoundsRequest
                 * @static
                 * @param {marketchain.repo.v1.QueryRoundsRequest} message QueryRoundsRequest
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                QueryRoundsRequest.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.phase = "";
                        object.party = "";
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.startAfter = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.startAfter = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        object.limit = 0;
                    }
                    if (message.phase != null && $Object.hasOwnProperty.call(message, "phase"))
                        object.phase = message.phase;
                    if (message.party != null && $Object.hasOwnProperty.call(message, "party"))
                        object.party = message.party;
                    if (message.startAfter != null && $Object.hasOwnProperty.call(message, "startAfter"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.startAfter = typeof message.startAfter === "number" ? $BigInt(message.startAfter) : $util.Long.fromBits(message.startAfter.low >>> 0, message.startAfter.high >>> 0, true).toBigInt();
                        else if (typeof message.startAfter === "number")
                            object.startAfter = options.longs === $String ? $String(message.startAfter) : message.startAfter;
                        else
                            object.startAfter = options.longs === $String ? $util.Long.prototype.toString.call(message.startAfter) : options.longs === $Number ? new $util.LongBits(message.startAfter.low >>> 0, message.startAfter.high >>> 0).toNumber(true) : message.startAfter;
                    if (message.limit != null && $Object.hasOwnProperty.call(message, "limit"))
                        object.limit = message.limit;
                    return object;
                };

                /**
                 * Converts this QueryRoundsRequest to JSON.
                 * @function toJSON
                 * @memberof marketchain.repo.v1.QueryRoundsRequest
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                QueryRoundsRequest.prototype.toJSON = function() {
                    return QueryRoundsRequest.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for QueryRoundsRequest
                 * @function getTypeUrl
                 * @memberof marketchain.repo.v1.QueryRoundsRequest
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                QueryRoundsRequest.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/marketchain.repo.v1.QueryRoundsRequest";
                };

                return QueryRoundsRequest;
            })();

            v1.QueryRoundsResponse = (function() {

                /**
                 * Properties of a QueryRoundsResponse.
                 * @typedef {Object} marketchain.repo.v1.QueryRoundsResponse.$Properties
                 * @property {Array.<marketchain.repo.v1.Round.$Properties>|null} [rounds] QueryRoundsResponse rounds
                 * @property {number|null} [nextStartAfter] QueryRoundsResponse nextStartAfter
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a QueryRoundsResponse.
                 * @memberof marketchain.repo.v1
                 * @interface IQueryRoundsResponse
                 * @augments marketchain.repo.v1.QueryRoundsResponse.$Properties
                 * @deprecated Use marketchain.repo.v1.QueryRoundsResponse.$Properties instead.
                 */

                /**
                 * Shape of a QueryRoundsResponse.
                 * @typedef {marketchain.repo.v1.QueryRoundsResponse.$Properties} marketchain.repo.v1.QueryRoundsResponse.$Shape
                 */

                /**
                 * Constructs a new QueryRoundsResponse.
                 * @memberof marketchain.repo.v1
                 * @classdesc Represents a QueryRoundsResponse.
                 * @constructor
                 * @param {marketchain.repo.v1.QueryRoundsResponse.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const QueryRoundsResponse = function (properties) {
                    this.rounds = [];
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * QueryRoundsResponse rounds.
                 * @member {Array.<marketchain.repo.v1.Round.$Properties>} rounds
                 * @memberof marketchain.repo.v1.QueryRoundsResponse
                 * @instance
                 */
                QueryRoundsResponse.prototype.rounds = $util.emptyArray;

                /**
                 * QueryRoundsResponse nextStartAfter.
                 * @member {number} nextStartAfter
                 * @memberof marketchain.repo.v1.QueryRoundsResponse
                 * @instance
                 */
                QueryRoundsResponse.prototype.nextStartAfter = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Creates a new QueryRoundsResponse instance using the specified properties.
                 * @function create
                 * @memberof marketchain.repo.v1.QueryRoundsResponse
                 * @static
                 * @param {marketchain.repo.v1.QueryRoundsResponse.$Properties=} [properties] Properties to set
                 * @returns {marketchain.repo.v1.QueryRoundsResponse} QueryRoundsResponse instance
                 * @type {{
                 *   (properties: marketchain.repo.v1.QueryRoundsResponse.$Shape): marketchain.repo.v1.QueryRoundsResponse & marketchain.repo.v1.QueryRoundsResponse.$Shape;
                 *   (properties?: marketchain.repo.v1.QueryRoundsResponse.$Properties): marketchain.repo.v1.QueryRoundsResponse;
                 * }}
                 */
                QueryRoundsResponse.create = function(properties) {
                    return new QueryRoundsResponse(properties);
                };

                /**
                 * Encodes the specified QueryRoundsResponse message. Does not implicitly {@link marketchain.repo.v1.QueryRoundsResponse.verify|verify} messages.
                 * @function encode
                 * @memberof marketchain.repo.v1.QueryRoundsResponse
                 * @static
                 * @param {marketchain.repo.v1.QueryRoundsResponse.$Properties} message QueryRoundsResponse message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                QueryRoundsResponse.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.rounds != null && message.rounds.length)
                        for (let i = 0; i < message.rounds.length; ++i)
                            $root.marketchain.repo.v1.Round.encode(message.rounds[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                    if (message.nextStartAfter != null && $Object.hasOwnProperty.call(message, "nextStartAfter") && (typeof message.nextStartAfter === "object" ? message.nextStartAfter.low || message.nextStartAfter.high : message.nextStartAfter !== 0))
                        writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.nextStartAfter);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a QueryRoundsResponse message from the specified reader or buffer.
                 * @function decode
                 * @memberof marketchain.repo.v1.QueryRoundsResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {marketchain.repo.v1.QueryRoundsResponse & marketchain.repo.v1.QueryRoundsResponse.$Shape} QueryRoundsResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                QueryRoundsResponse.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.marketchain.repo.v1.QueryRoundsResponse();
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
                                if (!(message.rounds && message.rounds.length))
                                    message.rounds = [];
                                message.rounds.push($root.marketchain.repo.v1.Round.decode(reader, reader.size(), $undefined, _depth + 1));
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.nextStartAfter = value;
                                else
                                    delete message.nextStartAfter;
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
                 * Creates a QueryRoundsResponse message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof marketchain.repo.v1.QueryRoundsResponse
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {marketchain.repo.v1.QueryRoundsResponse} QueryRoundsResponse
                 */
                QueryRoundsResponse.fromObject = function (object, _depth) {
                    if (object instanceof $root.marketchain.repo.v1.QueryRoundsResponse)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".marketchain.repo.v1.QueryRoundsResponse: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.marketchain.repo.v1.QueryRoundsResponse();
                    if (object.rounds) {
                        if (!$Array.isArray(object.rounds))
                            throw $TypeError(".marketchain.repo.v1.QueryRoundsResponse.rounds: array expected");
                        message.rounds = $Array(object.rounds.length);
                        for (let i = 0; i < object.rounds.length; ++i) {
                            if (!$util.isObject(object.rounds[i]))
                                throw $TypeError(".marketchain.repo.v1.QueryRoundsResponse.rounds: object expected");
                            message.rounds[i] = $root.marketchain.repo.v1.Round.fromObject(object.rounds[i], _depth + 1);
                        }
                    }
                    if (object.nextStartAfter != null)
                        if (typeof object.nextStartAfter === "object" ? object.nextStartAfter.low || object.nextStartAfter.high : $Number(object.nextStartAfter) !== 0)
                            if ($util.Long)
                                message.nextStartAfter = $util.Long.fromValue(object.nextStartAfter, true);
                            else if (typeof object.nextStartAfter === "string")
                                message.nextStartAfter = $parseInt(object.nextStartAfter, 10);
                            else if (typeof object.nextStartAfter === "number")
                                message.nextStartAfter = object.nextStartAfter;
                            else if (typeof object.nextStartAfter === "object")
                                message.nextStartAfter = new $util.LongBits(object.nextStartAfter.low >>> 0, object.nextStartAfter.high >>> 0).toNumber(true);
                    return message;
                };

                /**
                 * Creates a plain object from a QueryRoundsResponse message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof marketchain.repo.v1.QueryRoundsResponse
                 * @static
                 * @param {marketchain.repo.v1.QueryRoundsResponse} message QueryRoundsResponse
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                QueryRoundsResponse.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.arrays || options.defaults)
                        object.rounds = [];
                    if (options.defaults)
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.nextStartAfter = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.nextStartAfter = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if (message.rounds && message.rounds.length) {
                        object.rounds = $Array(message.rounds.length);
                        for (let j = 0; j < message.rounds.length; ++j)
                            object.rounds[j] = $root.marketchain.repo.v1.Round.toObject(message.rounds[j], options, _depth + 1);
                    }
                    if (message.nextStartAfter != null && $Object.hasOwnProperty.call(message, "nextStartAfter"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.nextStartAfter = typeof message.nextStartAfter === "number" ? $BigInt(message.nextStartAfter) : $util.Long.fromBits(message.nextStartAfter.low >>> 0, message.nextStartAfter.high >>> 0, true).toBigInt();
                        else if (typeof message.nextStartAfter === "number")
                            object.nextStartAfter = options.longs === $String ? $String(message.nextStartAfter) : message.nextStartAfter;
                        else
                            object.nextStartAfter = options.longs === $String ? $util.Long.prototype.toString.call(message.nextStartAfter) : options.longs === $Number ? new $util.LongBits(message.nextStartAfter.low >>> 0, message.nextStartAfter.high >>> 0).toNumber(true) : message.nextStartAfter;
                    return object;
                };

                /**
                 * Converts this QueryRoundsResponse to JSON.
                 * @function toJSON
                 * @memberof marketchain.repo.v1.QueryRoundsResponse
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                QueryRoundsResponse.prototype.toJSON = function() {
                    return QueryRoundsResponse.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for QueryRoundsResponse
                 * @function getTypeUrl
                 * @memberof marketchain.repo.v1.QueryRoundsResponse
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                QueryRoundsResponse.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/marketchain.repo.v1.QueryRoundsResponse";
                };

                return QueryRoundsResponse;
            })();

            v1.QueryParamsRequest = (function() {

                /**
                 * Properties of a QueryParamsRequest.
                 * @typedef {Object} marketchain.repo.v1.QueryParamsRequest.$Properties
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a QueryParamsRequest.
                 * @memberof marketchain.repo.v1
                 * @interface IQueryParamsRequest
                 * @augments marketchain.repo.v1.QueryParamsRequest.$Properties
                 * @deprecated Use marketchain.repo.v1.QueryParamsRequest.$Properties instead.
                 */

                /**
                 * Shape of a QueryParamsRequest.
                 * @typedef {marketchain.repo.v1.QueryParamsRequest.$Properties} marketchain.repo.v1.QueryParamsRequest.$Shape
                 */

                /**
                 * Constructs a new QueryParamsRequest.
                 * @memberof marketchain.repo.v1
                 * @classdesc Represents a QueryParamsRequest.
                 * @constructor
                 * @param {marketchain.repo.v1.QueryParamsRequest.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const QueryParamsRequest = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * Creates a new QueryParamsRequest instance using the specified properties.
                 * @function create
                 * @memberof marketchain.repo.v1.QueryParamsRequest
                 * @static
                 * @param {marketchain.repo.v1.QueryParamsRequest.$Properties=} [properties] Properties to set
                 * @returns {marketchain.repo.v1.QueryParamsRequest} QueryParamsRequest instance
                 * @type {{
                 *   (properties: marketchain.repo.v1.QueryParamsRequest.$Shape): marketchain.repo.v1.QueryParamsRequest & marketchain.repo.v1.QueryParamsRequest.$Shape;
                 *   (properties?: marketchain.repo.v1.QueryParamsRequest.$Properties): marketchain.repo.v1.QueryParamsRequest;
                 * }}
                 */
                QueryParamsRequest.create = function(properties) {
                    return new QueryParamsRequest(properties);
                };

                /**
                 * Encodes the specified QueryParamsRequest message. Does not implicitly {@link marketchain.repo.v1.QueryParamsRequest.verify|verify} messages.
                 * @function encode
                 * @memberof marketchain.repo.v1.QueryParamsRequest
                 * @static
                 * @param {marketchain.repo.v1.QueryParamsRequest.$Properties} message QueryParamsRequest message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                QueryParamsRequest.encode = function (message, writer, _depth) {
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
                 * Decodes a QueryParamsRequest message from the specified reader or buffer.
                 * @function decode
                 * @memberof marketchain.repo.v1.QueryParamsRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {marketchain.repo.v1.QueryParamsRequest & marketchain.repo.v1.QueryParamsRequest.$Shape} QueryParamsRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                QueryParamsRequest.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.marketchain.repo.v1.QueryParamsRequest();
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
                 * Creates a QueryParamsRequest message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof marketchain.repo.v1.QueryParamsRequest
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {marketchain.repo.v1.QueryParamsRequest} QueryParamsRequest
                 */
                QueryParamsRequest.fromObject = function (object, _depth) {
                    if (object instanceof $root.marketchain.repo.v1.QueryParamsRequest)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".marketchain.repo.v1.QueryParamsRequest: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    return new $root.marketchain.repo.v1.QueryParamsRequest();
                };

                /**
                 * Creates a plain object from a QueryParamsRequest message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof marketchain.repo.v1.QueryParamsRequest
                 * @static
                 * @param {marketchain.repo.v1.QueryParamsRequest} message QueryParamsRequest
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                QueryParamsRequest.toObject = function () {
                    return {};
                };

                /**
                 * Converts this QueryParamsRequest to JSON.
                 * @function toJSON
                 * @memberof marketchain.repo.v1.QueryParamsRequest
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                QueryParamsRequest.prototype.toJSON = function() {
                    return QueryParamsRequest.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for QueryParamsRequest
                 * @function getTypeUrl
                 * @memberof marketchain.repo.v1.QueryParamsRequest
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                QueryParamsRequest.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/marketchain.repo.v1.QueryParamsRequest";
                };

                return QueryParamsRequest;
            })();

            v1.QueryParamsResponse = (function() {

                /**
                 * Properties of a QueryParamsResponse.
                 * @typedef {Object} marketchain.repo.v1.QueryParamsResponse.$Properties
                 * @property {marketchain.repo.v1.Params.$Properties|null} [params] QueryParamsResponse params
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a QueryParamsResponse.
                 * @memberof marketchain.repo.v1
                 * @interface IQueryParamsResponse
                 * @augments marketchain.repo.v1.QueryParamsResponse.$Properties
                 * @deprecated Use marketchain.repo.v1.QueryParamsResponse.$Properties instead.
                 */

                /**
                 * Shape of a QueryParamsResponse.
                 * @typedef {marketchain.repo.v1.QueryParamsResponse.$Properties} marketchain.repo.v1.QueryParamsResponse.$Shape
                 */

                /**
                 * Constructs a new QueryParamsResponse.
                 * @memberof marketchain.repo.v1
                 * @classdesc Represents a QueryParamsResponse.
                 * @constructor
                 * @param {marketchain.repo.v1.QueryParamsResponse.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const QueryParamsResponse = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * QueryParamsResponse params.
                 * @member {marketchain.repo.v1.Params.$Properties|null|undefined} params
                 * @memberof marketchain.repo.v1.QueryParamsResponse
                 * @instance
                 */
                QueryParamsResponse.prototype.params = null;

                /**
                 * Creates a new QueryParamsResponse instance using the specified properties.
                 * @function create
                 * @memberof marketchain.repo.v1.QueryParamsResponse
                 * @static
                 * @param {marketchain.repo.v1.QueryParamsResponse.$Properties=} [properties] Properties to set
                 * @returns {marketchain.repo.v1.QueryParamsResponse} QueryParamsResponse instance
                 * @type {{
                 *   (properties: marketchain.repo.v1.QueryParamsResponse.$Shape): marketchain.repo.v1.QueryParamsResponse & marketchain.repo.v1.QueryParamsResponse.$Shape;
                 *   (properties?: marketchain.repo.v1.QueryParamsResponse.$Properties): marketchain.repo.v1.QueryParamsResponse;
                 * }}
                 */
                QueryParamsResponse.create = function(properties) {
                    return new QueryParamsResponse(properties);
                };

                /**
                 * Encodes the specified QueryParamsResponse message. Does not implicitly {@link marketchain.repo.v1.QueryParamsResponse.verify|verify} messages.
                 * @function encode
                 * @memberof marketchain.repo.v1.QueryParamsResponse
                 * @static
                 * @param {marketchain.repo.v1.QueryParamsResponse.$Properties} message QueryParamsResponse message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                QueryParamsResponse.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.params != null && $Object.hasOwnProperty.call(message, "params"))
                        $root.marketchain.repo.v1.Params.encode(message.params, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a QueryParamsResponse message from the specified reader or buffer.
                 * @function decode
                 * @memberof marketchain.repo.v1.QueryParamsResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {marketchain.repo.v1.QueryParamsResponse & marketchain.repo.v1.QueryParamsResponse.$Shape} QueryParamsResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                QueryParamsResponse.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.marketchain.repo.v1.QueryParamsResponse();
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
                                message.params = $root.marketchain.repo.v1.Params.decode(reader, reader.size(), $undefined, _depth + 1, message.params);
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
                 * Creates a QueryParamsResponse message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof marketchain.repo.v1.QueryParamsResponse
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {marketchain.repo.v1.QueryParamsResponse} QueryParamsResponse
                 */
                QueryParamsResponse.fromObject = function (object, _depth) {
                    if (object instanceof $root.marketchain.repo.v1.QueryParamsResponse)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".marketchain.repo.v1.QueryParamsResponse: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.marketchain.repo.v1.QueryParamsResponse();
                    if (object.params != null) {
                        if (!$util.isObject(object.params))
                            throw $TypeError(".marketchain.repo.v1.QueryParamsResponse.params: object expected");
                        message.params = $root.marketchain.repo.v1.Params.fromObject(object.params, _depth + 1);
                    }
                    return message;
                };

                /**
                 * Creates a plain object from a QueryParamsResponse message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof marketchain.repo.v1.QueryParamsResponse
                 * @static
                 * @param {marketchain.repo.v1.QueryParamsResponse} message QueryParamsResponse
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                QueryParamsResponse.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults)
                        object.params = null;
                    if (message.params != null && $Object.hasOwnProperty.call(message, "params"))
                        object.params = $root.marketchain.repo.v1.Params.toObject(message.params, options, _depth + 1);
                    return object;
                };

                /**
                 * Converts this QueryParamsResponse to JSON.
                 * @function toJSON
                 * @memberof marketchain.repo.v1.QueryParamsResponse
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                QueryParamsResponse.prototype.toJSON = function() {
                    return QueryParamsResponse.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for QueryParamsResponse
                 * @function getTypeUrl
                 * @memberof marketchain.repo.v1.QueryParamsResponse
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                QueryParamsResponse.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/marketchain.repo.v1.QueryParamsResponse";
                };

                return QueryParamsResponse;
            })();

            v1.QueryAgentRequest = (function() {

                /**
                 * Properties of a QueryAgentRequest.
                 * @typedef {Object} marketchain.repo.v1.QueryAgentRequest.$Properties
                 * @property {string|null} [address] QueryAgentRequest address
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a QueryAgentRequest.
                 * @memberof marketchain.repo.v1
                 * @interface IQueryAgentRequest
                 * @augments marketchain.repo.v1.QueryAgentRequest.$Properties
                 * @deprecated Use marketchain.repo.v1.QueryAgentRequest.$Properties instead.
                 */

                /**
                 * Shape of a QueryAgentRequest.
                 * @typedef {marketchain.repo.v1.QueryAgentRequest.$Properties} marketchain.repo.v1.QueryAgentRequest.$Shape
                 */

                /**
                 * Constructs a new QueryAgentRequest.
                 * @memberof marketchain.repo.v1
                 * @classdesc Represents a QueryAgentRequest.
                 * @constructor
                 * @param {marketchain.repo.v1.QueryAgentRequest.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const QueryAgentRequest = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * QueryAgentRequest address.
                 * @member {string} address
                 * @memberof marketchain.repo.v1.QueryAgentRequest
                 * @instance
                 */
                QueryAgentRequest.prototype.address = "";

                /**
                 * Creates a new QueryAgentRequest instance using the specified properties.
                 * @function create
                 * @memberof marketchain.repo.v1.QueryAgentRequest
                 * @static
                 * @param {marketchain.repo.v1.QueryAgentRequest.$Properties=} [properties] Properties to set
                 * @returns {marketchain.repo.v1.QueryAgentRequest} QueryAgentRequest instance
                 * @type {{
                 *   (properties: marketchain.repo.v1.QueryAgentRequest.$Shape): marketchain.repo.v1.QueryAgentRequest & marketchain.repo.v1.QueryAgentRequest.$Shape;
                 *   (properties?: marketchain.repo.v1.QueryAgentRequest.$Properties): marketchain.repo.v1.QueryAgentRequest;
                 * }}
                 */
                QueryAgentRequest.create = function(properties) {
                    return new QueryAgentRequest(properties);
                };

                /**
                 * Encodes the specified QueryAgentRequest message. Does not implicitly {@link marketchain.repo.v1.QueryAgentRequest.verify|verify} messages.
                 * @function encode
                 * @memberof marketchain.repo.v1.QueryAgentRequest
                 * @static
                 * @param {marketchain.repo.v1.QueryAgentRequest.$Properties} message QueryAgentRequest message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                QueryAgentRequest.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.address != null && $Object.hasOwnProperty.call(message, "address") && message.address !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.address);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a QueryAgentRequest message from the specified reader or buffer.
                 * @function decode
                 * @memberof marketchain.repo.v1.QueryAgentRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {marketchain.repo.v1.QueryAgentRequest & marketchain.repo.v1.QueryAgentRequest.$Shape} QueryAgentRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                QueryAgentRequest.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.marketchain.repo.v1.QueryAgentRequest();
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
                                    message.address = value;
                                else
                                    delete message.address;
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
                 * Creates a QueryAgentRequest message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof marketchain.repo.v1.QueryAgentRequest
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {marketchain.repo.v1.QueryAgentRequest} QueryAgentRequest
                 */
                QueryAgentRequest.fromObject = function (object, _depth) {
                    if (object instanceof $root.marketchain.repo.v1.QueryAgentRequest)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".marketchain.repo.v1.QueryAgentRequest: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.marketchain.repo.v1.QueryAgentRequest();
                    if (object.address != null)
                        if (typeof object.address !== "string" || object.address.length)
                            message.address = $String(object.address);
                    return message;
                };

                /**
                 * Creates a plain object from a QueryAgentRequest message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof marketchain.repo.v1.QueryAgentRequest
                 * @static
                 * @param {marketchain.repo.v1.QueryAgentRequest} message QueryAgentRequest
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                QueryAgentRequest.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults)
                        object.address = "";
                    if (message.address != null && $Object.hasOwnProperty.call(message, "address"))
                        object.address = message.address;
                    return object;
                };

                /**
                 * Converts this QueryAgentRequest to JSON.
                 * @function toJSON
                 * @memberof marketchain.repo.v1.QueryAgentRequest
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                QueryAgentRequest.prototype.toJSON = function() {
                    return QueryAgentRequest.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for QueryAgentRequest
                 * @function getTypeUrl
                 * @memberof marketchain.repo.v1.QueryAgentRequest
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                QueryAgentRequest.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/marketchain.repo.v1.QueryAgentRequest";
                };

                return QueryAgentRequest;
            })();

            v1.QueryAgentResponse = (function() {

                /**
                 * Properties of a QueryAgentResponse.
                 * @typedef {Object} marketchain.repo.v1.QueryAgentResponse.$Properties
                 * @property {marketchain.repo.v1.Agent.$Properties|null} [agent] QueryAgentResponse agent
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a QueryAgentResponse.
                 * @memberof marketchain.repo.v1
                 * @interface IQueryAgentResponse
                 * @augments marketchain.repo.v1.QueryAgentResponse.$Properties
                 * @deprecated Use marketchain.repo.v1.QueryAgentResponse.$Properties instead.
                 */

                /**
                 * Shape of a QueryAgentResponse.
                 * @typedef {marketchain.repo.v1.QueryAgentResponse.$Properties} marketchain.repo.v1.QueryAgentResponse.$Shape
                 */

                /**
                 * Constructs a new QueryAgentResponse.
                 * @memberof marketchain.repo.v1
                 * @classdesc Represents a QueryAgentResponse.
                 * @constructor
                 * @param {marketchain.repo.v1.QueryAgentResponse.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const QueryAgentResponse = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * QueryAgentResponse agent.
                 * @member {marketchain.repo.v1.Agent.$Properties|null|undefined} agent
                 * @memberof marketchain.repo.v1.QueryAgentResponse
                 * @instance
                 */
                QueryAgentResponse.prototype.agent = null;

                /**
                 * Creates a new QueryAgentResponse instance using the specified properties.
                 * @function create
                 * @memberof marketchain.repo.v1.QueryAgentResponse
                 * @static
                 * @param {marketchain.repo.v1.QueryAgentResponse.$Properties=} [properties] Properties to set
                 * @returns {marketchain.repo.v1.QueryAgentResponse} QueryAgentResponse instance
                 * @type {{
                 *   (properties: marketchain.repo.v1.QueryAgentResponse.$Shape): marketchain.repo.v1.QueryAgentResponse & marketchain.repo.v1.QueryAgentResponse.$Shape;
                 *   (properties?: marketchain.repo.v1.QueryAgentResponse.$Properties): marketchain.repo.v1.QueryAgentResponse;
                 * }}
                 */
                QueryAgentResponse.create = function(properties) {
                    return new QueryAgentResponse(properties);
                };

                /**
                 * Encodes the specified QueryAgentResponse message. Does not implicitly {@link marketchain.repo.v1.QueryAgentResponse.verify|verify} messages.
                 * @function encode
                 * @memberof marketchain.repo.v1.QueryAgentResponse
                 * @static
                 * @param {marketchain.repo.v1.QueryAgentResponse.$Properties} message QueryAgentResponse message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                QueryAgentResponse.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.agent != null && $Object.hasOwnProperty.call(message, "agent"))
                        $root.marketchain.repo.v1.Agent.encode(message.agent, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a QueryAgentResponse message from the specified reader or buffer.
                 * @function decode
                 * @memberof marketchain.repo.v1.QueryAgentResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {marketchain.repo.v1.QueryAgentResponse & marketchain.repo.v1.QueryAgentResponse.$Shape} QueryAgentResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                QueryAgentResponse.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.marketchain.repo.v1.QueryAgentResponse();
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
                                message.agent = $root.marketchain.repo.v1.Agent.decode(reader, reader.size(), $undefined, _depth + 1, message.agent);
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
                 * Creates a QueryAgentResponse message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof marketchain.repo.v1.QueryAgentResponse
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {marketchain.repo.v1.QueryAgentResponse} QueryAgentResponse
                 */
                QueryAgentResponse.fromObject = function (object, _depth) {
                    if (object instanceof $root.marketchain.repo.v1.QueryAgentResponse)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".marketchain.repo.v1.QueryAgentResponse: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.marketchain.repo.v1.QueryAgentResponse();
                    if (object.agent != null) {
                        if (!$util.isObject(object.agent))
                            throw $TypeError(".marketchain.repo.v1.QueryAgentResponse.agent: object expected");
                        message.agent = $root.marketchain.repo.v1.Agent.fromObject(object.agent, _depth + 1);
                    }
                    return message;
                };

                /**
                 * Creates a plain object from a QueryAgentResponse message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof marketchain.repo.v1.QueryAgentResponse
                 * @static
                 * @param {marketchain.repo.v1.QueryAgentResponse} message QueryAgentResponse
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                QueryAgentResponse.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults)
                        object.agent = null;
                    if (message.agent != null && $Object.hasOwnProperty.call(message, "agent"))
                        object.agent = $root.marketchain.repo.v1.Agent.toObject(message.agent, options, _depth + 1);
                    return object;
                };

                /**
                 * Converts this QueryAgentResponse to JSON.
                 * @function toJSON
                 * @memberof marketchain.repo.v1.QueryAgentResponse
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                QueryAgentResponse.prototype.toJSON = function() {
                    return QueryAgentResponse.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for QueryAgentResponse
                 * @function getTypeUrl
                 * @memberof marketchain.repo.v1.QueryAgentResponse
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                QueryAgentResponse.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/marketchain.repo.v1.QueryAgentResponse";
                };

                return QueryAgentResponse;
            })();

            v1.SchedulePoint = (function() {

                /**
                 * Properties of a SchedulePoint.
                 * @typedef {Object} marketchain.repo.v1.SchedulePoint.$Properties
                 * @property {number|null} [rateBps] SchedulePoint rateBps
                 * @property {number|null} [qty] SchedulePoint qty
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a SchedulePoint.
                 * @memberof marketchain.repo.v1
                 * @interface ISchedulePoint
                 * @augments marketchain.repo.v1.SchedulePoint.$Properties
                 * @deprecated Use marketchain.repo.v1.SchedulePoint.$Properties instead.
                 */

                /**
                 * Shape of a SchedulePoint.
                 * @typedef {marketchain.repo.v1.SchedulePoint.$Properties} marketchain.repo.v1.SchedulePoint.$Shape
                 */

                /**
                 * Constructs a new SchedulePoint.
                 * @memberof marketchain.repo.v1
                 * @classdesc Represents a SchedulePoint.
                 * @constructor
                 * @param {marketchain.repo.v1.SchedulePoint.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const SchedulePoint = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * SchedulePoint rateBps.
                 * @member {number} rateBps
                 * @memberof marketchain.repo.v1.SchedulePoint
                 * @instance
                 */
                SchedulePoint.prototype.rateBps = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * SchedulePoint qty.
                 * @member {number} qty
                 * @memberof marketchain.repo.v1.SchedulePoint
                 * @instance
                 */
                SchedulePoint.prototype.qty = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Creates a new SchedulePoint instance using the specified properties.
                 * @function create
                 * @memberof marketchain.repo.v1.SchedulePoint
                 * @static
                 * @param {marketchain.repo.v1.SchedulePoint.$Properties=} [properties] Properties to set
                 * @returns {marketchain.repo.v1.SchedulePoint} SchedulePoint instance
                 * @type {{
                 *   (properties: marketchain.repo.v1.SchedulePoint.$Shape): marketchain.repo.v1.SchedulePoint & marketchain.repo.v1.SchedulePoint.$Shape;
                 *   (properties?: marketchain.repo.v1.SchedulePoint.$Properties): marketchain.repo.v1.SchedulePoint;
                 * }}
                 */
                SchedulePoint.create = function(properties) {
                    return new SchedulePoint(properties);
                };

                /**
                 * Encodes the specified SchedulePoint message. Does not implicitly {@link marketchain.repo.v1.SchedulePoint.verify|verify} messages.
                 * @function encode
                 * @memberof marketchain.repo.v1.SchedulePoint
                 * @static
                 * @param {marketchain.repo.v1.SchedulePoint.$Properties} message SchedulePoint message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                SchedulePoint.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.rateBps != null && $Object.hasOwnProperty.call(message, "rateBps") && (typeof message.rateBps === "object" ? message.rateBps.low || message.rateBps.high : message.rateBps !== 0))
                        writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.rateBps);
                    if (message.qty != null && $Object.hasOwnProperty.call(message, "qty") && (typeof message.qty === "object" ? message.qty.low || message.qty.high : message.qty !== 0))
                        writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.qty);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a SchedulePoint message from the specified reader or buffer.
                 * @function decode
                 * @memberof marketchain.repo.v1.SchedulePoint
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {marketchain.repo.v1.SchedulePoint & marketchain.repo.v1.SchedulePoint.$Shape} SchedulePoint
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                SchedulePoint.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.marketchain.repo.v1.SchedulePoint();
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
                                    message.rateBps = value;
                                else
                                    delete message.rateBps;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.qty = value;
                                else
                                    delete message.qty;
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
                 * Creates a SchedulePoint message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof marketchain.repo.v1.SchedulePoint
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {marketchain.repo.v1.SchedulePoint} SchedulePoint
                 */
                SchedulePoint.fromObject = function (object, _depth) {
                    if (object instanceof $root.marketchain.repo.v1.SchedulePoint)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".marketchain.repo.v1.SchedulePoint: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.marketchain.repo.v1.SchedulePoint();
                    if (object.rateBps != null)
                        if (typeof object.rateBps === "object" ? object.rateBps.low || object.rateBps.high : $Number(object.rateBps) !== 0)
                            if ($util.Long)
                                message.rateBps = $util.Long.fromValue(object.rateBps, true);
                            else if (typeof object.rateBps === "string")
                                message.rateBps = $parseInt(object.rateBps, 10);
                            else if (typeof object.rateBps === "number")
                                message.rateBps = object.rateBps;
                            else if (typeof object.rateBps === "object")
                                message.rateBps = new $util.LongBits(object.rateBps.low >>> 0, object.rateBps.high >>> 0).toNumber(true);
                    if (object.qty != null)
                        if (typeof object.qty === "object" ? object.qty.low || object.qty.high : $Number(object.qty) !== 0)
                            if ($util.Long)
                                message.qty = $util.Long.fromValue(object.qty, true);
                            else if (typeof object.qty === "string")
                                message.qty = $parseInt(object.qty, 10);
                            else if (typeof object.qty === "number")
                                message.qty = object.qty;
                            else if (typeof object.qty === "object")
                                message.qty = new $util.LongBits(object.qty.low >>> 0, object.qty.high >>> 0).toNumber(true);
                    return message;
                };

                /**
                 * Creates a plain object from a SchedulePoint message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof marketchain.repo.v1.SchedulePoint
                 * @static
                 * @param {marketchain.repo.v1.SchedulePoint} message SchedulePoint
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                SchedulePoint.toObject = function (message, options, _depth) {
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
                            object.rateBps = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.rateBps = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.qty = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.qty = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    }
                    if (message.rateBps != null && $Object.hasOwnProperty.call(message, "rateBps"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.rateBps = typeof message.rateBps === "number" ? $BigInt(message.rateBps) : $util.Long.fromBits(message.rateBps.low >>> 0, message.rateBps.high >>> 0, true).toBigInt();
                        else if (typeof message.rateBps === "number")
                            object.rateBps = options.longs === $String ? $String(message.rateBps) : message.rateBps;
                        else
                            object.rateBps = options.longs === $String ? $util.Long.prototype.toString.call(message.rateBps) : options.longs === $Number ? new $util.LongBits(message.rateBps.low >>> 0, message.rateBps.high >>> 0).toNumber(true) : message.rateBps;
                    if (message.qty != null && $Object.hasOwnProperty.call(message, "qty"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.qty = typeof message.qty === "number" ? $BigInt(message.qty) : $util.Long.fromBits(message.qty.low >>> 0, message.qty.high >>> 0, true).toBigInt();
                        else if (typeof message.qty === "number")
                            object.qty = options.longs === $String ? $String(message.qty) : message.qty;
                        else
                            object.qty = options.longs === $String ? $util.Long.prototype.toString.call(message.qty) : options.longs === $Number ? new $util.LongBits(message.qty.low >>> 0, message.qty.high >>> 0).toNumber(true) : message.qty;
                    return object;
                };

                /**
                 * Converts this SchedulePoint to JSON.
                 * @function toJSON
                 * @memberof marketchain.repo.v1.SchedulePoint
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                SchedulePoint.prototype.toJSON = function() {
                    return SchedulePoint.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for SchedulePoint
                 * @function getTypeUrl
                 * @memberof marketchain.repo.v1.SchedulePoint
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                SchedulePoint.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/marketchain.repo.v1.SchedulePoint";
                };

                return SchedulePoint;
            })();

            v1.Report = (function() {

                /**
                 * Properties of a Report.
                 * @typedef {Object} marketchain.repo.v1.Report.$Properties
                 * @property {number|null} [hurdleBps] Report hurdleBps
                 * @property {Array.<marketchain.repo.v1.SchedulePoint.$Properties>|null} [points] Report points
                 * @property {Uint8Array|null} [salt] Report salt
                 * @property {number|null} [revealedHeight] Report revealedHeight
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a Report.
                 * @memberof marketchain.repo.v1
                 * @interface IReport
                 * @augments marketchain.repo.v1.Report.$Properties
                 * @deprecated Use marketchain.repo.v1.Report.$Properties instead.
                 */

                /**
                 * Shape of a Report.
                 * @typedef {marketchain.repo.v1.Report.$Properties} marketchain.repo.v1.Report.$Shape
                 */

                /**
                 * Constructs a new Report.
                 * @memberof marketchain.repo.v1
                 * @classdesc Represents a Report.
                 * @constructor
                 * @param {marketchain.repo.v1.Report.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const Report = function (properties) {
                    this.points = [];
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * Report hurdleBps.
                 * @member {number} hurdleBps
                 * @memberof marketchain.repo.v1.Report
                 * @instance
                 */
                Report.prototype.hurdleBps = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Report points.
                 * @member {Array.<marketchain.repo.v1.SchedulePoint.$Properties>} points
                 * @memberof marketchain.repo.v1.Report
                 * @instance
                 */
                Report.prototype.points = $util.emptyArray;

                /**
                 * Report salt.
                 * @member {Uint8Array} salt
                 * @memberof marketchain.repo.v1.Report
                 * @instance
                 */
                Report.prototype.salt = $util.newBuffer([]);

                /**
                 * Report revealedHeight.
                 * @member {number} revealedHeight
                 * @memberof marketchain.repo.v1.Report
                 * @instance
                 */
                Report.prototype.revealedHeight = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Creates a new Report instance using the specified properties.
                 * @function create
                 * @memberof marketchain.repo.v1.Report
                 * @static
                 * @param {marketchain.repo.v1.Report.$Properties=} [properties] Properties to set
                 * @returns {marketchain.repo.v1.Report} Report instance
                 * @type {{
                 *   (properties: marketchain.repo.v1.Report.$Shape): marketchain.repo.v1.Report & marketchain.repo.v1.Report.$Shape;
                 *   (properties?: marketchain.repo.v1.Report.$Properties): marketchain.repo.v1.Report;
                 * }}
                 */
                Report.create = function(properties) {
                    return new Report(properties);
                };

                /**
                 * Encodes the specified Report message. Does not implicitly {@link marketchain.repo.v1.Report.verify|verify} messages.
                 * @function encode
                 * @memberof marketchain.repo.v1.Report
                 * @static
                 * @param {marketchain.repo.v1.Report.$Properties} message Report message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Report.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.hurdleBps != null && $Object.hasOwnProperty.call(message, "hurdleBps") && (typeof message.hurdleBps === "object" ? message.hurdleBps.low || message.hurdleBps.high : message.hurdleBps !== 0))
                        writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.hurdleBps);
                    if (message.points != null && message.points.length)
                        for (let i = 0; i < message.points.length; ++i)
                            $root.marketchain.repo.v1.SchedulePoint.encode(message.points[i], writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                    if (message.salt != null && $Object.hasOwnProperty.call(message, "salt") && message.salt.length)
                        writer.uint32(/* id 3, wireType 2 =*/26).bytes(message.salt);
                    if (message.revealedHeight != null && $Object.hasOwnProperty.call(message, "revealedHeight") && (typeof message.revealedHeight === "object" ? message.revealedHeight.low || message.revealedHeight.high : message.revealedHeight !== 0))
                        writer.uint32(/* id 4, wireType 0 =*/32).uint64(message.revealedHeight);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a Report message from the specified reader or buffer.
                 * @function decode
                 * @memberof marketchain.repo.v1.Report
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {marketchain.repo.v1.Report & marketchain.repo.v1.Report.$Shape} Report
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Report.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.marketchain.repo.v1.Report();
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
                                    message.hurdleBps = value;
                                else
                                    delete message.hurdleBps;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.points && message.points.length))
                                    message.points = [];
                                message.points.push($root.marketchain.repo.v1.SchedulePoint.decode(reader, reader.size(), $undefined, _depth + 1));
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.bytes()).length)
                                    message.salt = value;
                                else
                                    delete message.salt;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.revealedHeight = value;
                                else
                                    delete message.revealedHeight;
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
                 * Creates a Report message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof marketchain.repo.v1.Report
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {marketchain.repo.v1.Report} Report
                 */
                Report.fromObject = function (object, _depth) {
                    if (object instanceof $root.marketchain.repo.v1.Report)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".marketchain.repo.v1.Report: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.marketchain.repo.v1.Report();
                    if (object.hurdleBps != null)
                        if (typeof object.hurdleBps === "object" ? object.hurdleBps.low || object.hurdleBps.high : $Number(object.hurdleBps) !== 0)
                            if ($util.Long)
                                message.hurdleBps = $util.Long.fromValue(object.hurdleBps, true);
                            else if (typeof object.hurdleBps === "string")
                                message.hurdleBps = $parseInt(object.hurdleBps, 10);
                            else if (typeof object.hurdleBps === "number")
                                message.hurdleBps = object.hurdleBps;
                            else if (typeof object.hurdleBps === "object")
                                message.hurdleBps = new $util.LongBits(object.hurdleBps.low >>> 0, object.hurdleBps.high >>> 0).toNumber(true);
                    if (object.points) {
                        if (!$Array.isArray(object.points))
                            throw $TypeError(".marketchain.repo.v1.Report.points: array expected");
                        message.points = $Array(object.points.length);
                        for (let i = 0; i < object.points.length; ++i) {
                            if (!$util.isObject(object.points[i]))
                                throw $TypeError(".marketchain.repo.v1.Report.points: object expected");
                            message.points[i] = $root.marketchain.repo.v1.SchedulePoint.fromObject(object.points[i], _depth + 1);
                        }
                    }
                    if (object.salt != null)
                        if (object.salt.length)
                            if (typeof object.salt === "string")
                                $util.base64.decode(object.salt, message.salt = $util.newBuffer($util.base64.length(object.salt)), 0);
                            else if (object.salt.length >= 0)
                                message.salt = object.salt;
                    if (object.revealedHeight != null)
                        if (typeof object.revealedHeight === "object" ? object.revealedHeight.low || object.revealedHeight.high : $Number(object.revealedHeight) !== 0)
                            if ($util.Long)
                                message.revealedHeight = $util.Long.fromValue(object.revealedHeight, true);
                            else if (typeof object.revealedHeight === "string")
                                message.revealedHeight = $parseInt(object.revealedHeight, 10);
                            else if (typeof object.revealedHeight === "number")
                                message.revealedHeight = object.revealedHeight;
                            else if (typeof object.revealedHeight === "object")
                                message.revealedHeight = new $util.LongBits(object.revealedHeight.low >>> 0, object.revealedHeight.high >>> 0).toNumber(true);
                    return message;
                };

                /**
                 * Creates a plain object from a Report message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof marketchain.repo.v1.Report
                 * @static
                 * @param {marketchain.repo.v1.Report} message Report
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                Report.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.arrays || options.defaults)
                        object.points = [];
                    if (options.defaults) {
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.hurdleBps = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.hurdleBps = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        if (options.bytes === $String)
                            object.salt = "";
                        else {
                            object.salt = [];
                            if (options.bytes !== $Array)
                                object.salt = $util.newBuffer(object.salt);
                        }
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.revealedHeight = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.revealedHeight = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    }
                    if (message.hurdleBps != null && $Object.hasOwnProperty.call(message, "hurdleBps"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.hurdleBps = typeof message.hurdleBps === "number" ? $BigInt(message.hurdleBps) : $util.Long.fromBits(message.hurdleBps.low >>> 0, message.hurdleBps.high >>> 0, true).toBigInt();
                        else if (typeof message.hurdleBps === "number")
                            object.hurdleBps = options.longs === $String ? $String(message.hurdleBps) : message.hurdleBps;
                        else
                            object.hurdleBps = options.longs === $String ? $util.Long.prototype.toString.call(message.hurdleBps) : options.longs === $Number ? new $util.LongBits(message.hurdleBps.low >>> 0, message.hurdleBps.high >>> 0).toNumber(true) : message.hurdleBps;
                    if (message.points && message.points.length) {
                        object.points = $Array(message.points.length);
                        for (let j = 0; j < message.points.length; ++j)
                            object.points[j] = $root.marketchain.repo.v1.SchedulePoint.toObject(message.points[j], options, _depth + 1);
                    }
                    if (message.salt != null && $Object.hasOwnProperty.call(message, "salt"))
                        object.salt = options.bytes === $String ? $util.base64.encode(message.salt, 0, message.salt.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.salt) : message.salt;
                    if (message.revealedHeight != null && $Object.hasOwnProperty.call(message, "revealedHeight"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.revealedHeight = typeof message.revealedHeight === "number" ? $BigInt(message.revealedHeight) : $util.Long.fromBits(message.revealedHeight.low >>> 0, message.revealedHeight.high >>> 0, true).toBigInt();
                        else if (typeof message.revealedHeight === "number")
                            object.revealedHeight = options.longs === $String ? $String(message.revealedHeight) : message.revealedHeight;
                        else
                            object.revealedHeight = options.longs === $String ? $util.Long.prototype.toString.call(message.revealedHeight) : options.longs === $Number ? new $util.LongBits(message.revealedHeight.low >>> 0, message.revealedHeight.high >>> 0).toNumber(true) : message.revealedHeight;
                    return object;
                };

                /**
                 * Converts this Report to JSON.
                 * @function toJSON
                 * @memberof marketchain.repo.v1.Report
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                Report.prototype.toJSON = function() {
                    return Report.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for Report
                 * @function getTypeUrl
                 * @memberof marketchain.repo.v1.Report
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                Report.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/marketchain.repo.v1.Report";
                };

                return Report;
            })();

            v1.Candidate = (function() {

                /**
                 * Properties of a Candidate.
                 * @typedef {Object} marketchain.repo.v1.Candidate.$Properties
                 * @property {number|null} [q] Candidate q
                 * @property {number|null} [rMmBps] Candidate rMmBps
                 * @property {number|null} [rRmBps] Candidate rRmBps
                 * @property {number|null} [spreadBps] Candidate spreadBps
                 * @property {string|null} [jointProfit] Candidate jointProfit
                 * @property {boolean|null} [feasible] Candidate feasible
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a Candidate.
                 * @memberof marketchain.repo.v1
                 * @interface ICandidate
                 * @augments marketchain.repo.v1.Candidate.$Properties
                 * @deprecated Use marketchain.repo.v1.Candidate.$Properties instead.
                 */

                /**
                 * Shape of a Candidate.
                 * @typedef {marketchain.repo.v1.Candidate.$Properties} marketchain.repo.v1.Candidate.$Shape
                 */

                /**
                 * Constructs a new Candidate.
                 * @memberof marketchain.repo.v1
                 * @classdesc Represents a Candidate.
                 * @constructor
                 * @param {marketchain.repo.v1.Candidate.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const Candidate = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * Candidate q.
                 * @member {number} q
                 * @memberof marketchain.repo.v1.Candidate
                 * @instance
                 */
                Candidate.prototype.q = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Candidate rMmBps.
                 * @member {number} rMmBps
                 * @memberof marketchain.repo.v1.Candidate
                 * @instance
                 */
                Candidate.prototype.rMmBps = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Candidate rRmBps.
                 * @member {number} rRmBps
                 * @memberof marketchain.repo.v1.Candidate
                 * @instance
                 */
                Candidate.prototype.rRmBps = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Candidate spreadBps.
                 * @member {number} spreadBps
                 * @memberof marketchain.repo.v1.Candidate
                 * @instance
                 */
                Candidate.prototype.spreadBps = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

                /**
                 * Candidate jointProfit.
                 * @member {string} jointProfit
                 * @memberof marketchain.repo.v1.Candidate
                 * @instance
                 */
                Candidate.prototype.jointProfit = "";

                /**
                 * Candidate feasible.
                 * @member {boolean} feasible
                 * @memberof marketchain.repo.v1.Candidate
                 * @instance
                 */
                Candidate.prototype.feasible = false;

                /**
                 * Creates a new Candidate instance using the specified properties.
                 * @function create
                 * @memberof marketchain.repo.v1.Candidate
                 * @static
                 * @param {marketchain.repo.v1.Candidate.$Properties=} [properties] Properties to set
                 * @returns {marketchain.repo.v1.Candidate} Candidate instance
                 * @type {{
                 *   (properties: marketchain.repo.v1.Candidate.$Shape): marketchain.repo.v1.Candidate & marketchain.repo.v1.Candidate.$Shape;
                 *   (properties?: marketchain.repo.v1.Candidate.$Properties): marketchain.repo.v1.Candidate;
                 * }}
                 */
                Candidate.create = function(properties) {
                    return new Candidate(properties);
                };

                /**
                 * Encodes the specified Candidate message. Does not implicitly {@link marketchain.repo.v1.Candidate.verify|verify} messages.
                 * @function encode
                 * @memberof marketchain.repo.v1.Candidate
                 * @static
                 * @param {marketchain.repo.v1.Candidate.$Properties} message Candidate message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Candidate.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.q != null && $Object.hasOwnProperty.call(message, "q") && (typeof message.q === "object" ? message.q.low || message.q.high : message.q !== 0))
                        writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.q);
                    if (message.rMmBps != null && $Object.hasOwnProperty.call(message, "rMmBps") && (typeof message.rMmBps === "object" ? message.rMmBps.low || message.rMmBps.high : message.rMmBps !== 0))
                        writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.rMmBps);
                    if (message.rRmBps != null && $Object.hasOwnProperty.call(message, "rRmBps") && (typeof message.rRmBps === "object" ? message.rRmBps.low || message.rRmBps.high : message.rRmBps !== 0))
                        writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.rRmBps);
                    if (message.spreadBps != null && $Object.hasOwnProperty.call(message, "spreadBps") && (typeof message.spreadBps === "object" ? message.spreadBps.low || message.spreadBps.high : message.spreadBps !== 0))
                        writer.uint32(/* id 4, wireType 0 =*/32).int64(message.spreadBps);
                    if (message.jointProfit != null && $Object.hasOwnProperty.call(message, "jointProfit") && message.jointProfit !== "")
                        writer.uint32(/* id 5, wireType 2 =*/42).string(message.jointProfit);
                    if (message.feasible != null && $Object.hasOwnProperty.call(message, "feasible") && message.feasible !== false)
                        writer.uint32(/* id 6, wireType 0 =*/48).bool(message.feasible);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a Candidate message from the specified reader or buffer.
                 * @function decode
                 * @memberof marketchain.repo.v1.Candidate
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {marketchain.repo.v1.Candidate & marketchain.repo.v1.Candidate.$Shape} Candidate
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Candidate.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.marketchain.repo.v1.Candidate();
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
                                    message.q = value;
                                else
                                    delete message.q;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.rMmBps = value;
                                else
                                    delete message.rMmBps;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.rRmBps = value;
                                else
                                    delete message.rRmBps;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                    message.spreadBps = value;
                                else
                                    delete message.spreadBps;
                                continue;
                            }
                        case 5: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.jointProfit = value;
                                else
                                    delete message.jointProfit;
                                continue;
                            }
                        case 6: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.bool())
                                    message.feasible = value;
                                else
                                    delete message.feasible;
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
                 * Creates a Candidate message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof marketchain.repo.v1.Candidate
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {marketchain.repo.v1.Candidate} Candidate
                 */
                Candidate.fromObject = function (object, _depth) {
                    if (object instanceof $root.marketchain.repo.v1.Candidate)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".marketchain.repo.v1.Candidate: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.marketchain.repo.v1.Candidate();
                    if (object.q != null)
                        if (typeof object.q === "object" ? object.q.low || object.q.high : $Number(object.q) !== 0)
                            if ($util.Long)
                                message.q = $util.Long.fromValue(object.q, true);
                            else if (typeof object.q === "string")
                                message.q = $parseInt(object.q, 10);
                            else if (typeof object.q === "number")
                                message.q = object.q;
                            else if (typeof object.q === "object")
                                message.q = new $util.LongBits(object.q.low >>> 0, object.q.high >>> 0).toNumber(true);
                    if (object.rMmBps != null)
                        if (typeof object.rMmBps === "object" ? object.rMmBps.low || object.rMmBps.high : $Number(object.rMmBps) !== 0)
                            if ($util.Long)
                                message.rMmBps = $util.Long.fromValue(object.rMmBps, true);
                            else if (typeof object.rMmBps === "string")
                                message.rMmBps = $parseInt(object.rMmBps, 10);
                            else if (typeof object.rMmBps === "number")
                                message.rMmBps = object.rMmBps;
                            else if (typeof object.rMmBps === "object")
                                message.rMmBps = new $util.LongBits(object.rMmBps.low >>> 0, object.rMmBps.high >>> 0).toNumber(true);
                    if (object.rRmBps != null)
                        if (typeof object.rRmBps === "object" ? object.rRmBps.low || object.rRmBps.high : $Number(object.rRmBps) !== 0)
                            if ($util.Long)
                                message.rRmBps = $util.Long.fromValue(object.rRmBps, true);
                            else if (typeof object.rRmBps === "string")
                                message.rRmBps = $parseInt(object.rRmBps, 10);
                            else if (typeof object.rRmBps === "number")
                                message.rRmBps = object.rRmBps;
                            else if (typeof object.rRmBps === "object")
                                message.rRmBps = new $util.LongBits(object.rRmBps.low >>> 0, object.rRmBps.high >>> 0).toNumber(true);
                    if (object.spreadBps != null)
                        if (typeof object.spreadBps === "object" ? object.spreadBps.low || object.spreadBps.high : $Number(object.spreadBps) !== 0)
                            if ($util.Long)
                                message.spreadBps = $util.Long.fromValue(object.spreadBps, false);
                            else if (typeof object.spreadBps === "string")
                                message.spreadBps = $parseInt(object.spreadBps, 10);
                            else if (typeof object.spreadBps === "number")
                                message.spreadBps = object.spreadBps;
                            else if (typeof object.spreadBps === "object")
                                message.spreadBps = new $util.LongBits(object.spreadBps.low >>> 0, object.spreadBps.high >>> 0).toNumber();
                    if (object.jointProfit != null)
                        if (typeof object.jointProfit !== "string" || object.jointProfit.length)
                            message.jointProfit = $String(object.jointProfit);
                    if (object.feasible != null)
                        if (object.feasible)
                            message.feasible = $Boolean(object.feasible);
                    return message;
                };

                /**
                 * Creates a plain object from a Candidate message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof marketchain.repo.v1.Candidate
                 * @static
                 * @param {marketchain.repo.v1.Candidate} message Candidate
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                Candidate.toObject = function (message, options, _depth) {
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
                            object.q = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.q = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.rMmBps = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.rMmBps = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.rRmBps = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.rRmBps = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, false);
                            object.spreadBps = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.spreadBps = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        object.jointProfit = "";
                        object.feasible = false;
                    }
                    if (message.q != null && $Object.hasOwnProperty.call(message, "q"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.q = typeof message.q === "number" ? $BigInt(message.q) : $util.Long.fromBits(message.q.low >>> 0, message.q.high >>> 0, true).toBigInt();
                        else if (typeof message.q === "number")
                            object.q = options.longs === $String ? $String(message.q) : message.q;
                        else
                            object.q = options.longs === $String ? $util.Long.prototype.toString.call(message.q) : options.longs === $Number ? new $util.LongBits(message.q.low >>> 0, message.q.high >>> 0).toNumber(true) : message.q;
                    if (message.rMmBps != null && $Object.hasOwnProperty.call(message, "rMmBps"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.rMmBps = typeof message.rMmBps === "number" ? $BigInt(message.rMmBps) : $util.Long.fromBits(message.rMmBps.low >>> 0, message.rMmBps.high >>> 0, true).toBigInt();
                        else if (typeof message.rMmBps === "number")
                            object.rMmBps = options.longs === $String ? $String(message.rMmBps) : message.rMmBps;
                        else
                            object.rMmBps = options.longs === $String ? $util.Long.prototype.toString.call(message.rMmBps) : options.longs === $Number ? new $util.LongBits(message.rMmBps.low >>> 0, message.rMmBps.high >>> 0).toNumber(true) : message.rMmBps;
                    if (message.rRmBps != null && $Object.hasOwnProperty.call(message, "rRmBps"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.rRmBps = typeof message.rRmBps === "number" ? $BigInt(message.rRmBps) : $util.Long.fromBits(message.rRmBps.low >>> 0, message.rRmBps.high >>> 0, true).toBigInt();
                        else if (typeof message.rRmBps === "number")
                            object.rRmBps = options.longs === $String ? $String(message.rRmBps) : message.rRmBps;
                        else
                            object.rRmBps = options.longs === $String ? $util.Long.prototype.toString.call(message.rRmBps) : options.longs === $Number ? new $util.LongBits(message.rRmBps.low >>> 0, message.rRmBps.high >>> 0).toNumber(true) : message.rRmBps;
                    if (message.spreadBps != null && $Object.hasOwnProperty.call(message, "spreadBps"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.spreadBps = typeof message.spreadBps === "number" ? $BigInt(message.spreadBps) : $util.Long.fromBits(message.spreadBps.low >>> 0, message.spreadBps.high >>> 0, false).toBigInt();
                        else if (typeof message.spreadBps === "number")
                            object.spreadBps = options.longs === $String ? $String(message.spreadBps) : message.spreadBps;
                        else
                            object.spreadBps = options.longs === $String ? $util.Long.prototype.toString.call(message.spreadBps) : options.longs === $Number ? new $util.LongBits(message.spreadBps.low >>> 0, message.spreadBps.high >>> 0).toNumber() : message.spreadBps;
                    if (message.jointProfit != null && $Object.hasOwnProperty.call(message, "jointProfit"))
                        object.jointProfit = message.jointProfit;
                    if (message.feasible != null && $Object.hasOwnProperty.call(message, "feasible"))
                        object.feasible = message.feasible;
                    return object;
                };

                /**
                 * Converts this Candidate to JSON.
                 * @function toJSON
                 * @memberof marketchain.repo.v1.Candidate
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                Candidate.prototype.toJSON = function() {
                    return Candidate.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for Candidate
                 * @function getTypeUrl
                 * @memberof marketchain.repo.v1.Candidate
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                Candidate.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/marketchain.repo.v1.Candidate";
                };

                return Candidate;
            })();

            v1.Selection = (function() {

                /**
                 * Properties of a Selection.
                 * @typedef {Object} marketchain.repo.v1.Selection.$Properties
                 * @property {boolean|null} [trade] Selection trade
                 * @property {number|null} [q] Selection q
                 * @property {number|null} [rMmBps] Selection rMmBps
                 * @property {number|null} [rRmBps] Selection rRmBps
                 * @property {number|null} [rBdX2] Selection rBdX2
                 * @property {number|null} [spreadBps] Selection spreadBps
                 * @property {string|null} [jointProfit] Selection jointProfit
                 * @property {number|null} [hurdleBps] Selection hurdleBps
                 * @property {Array.<marketchain.repo.v1.Candidate.$Properties>|null} [candidates] Selection candidates
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a Selection.
                 * @memberof marketchain.repo.v1
                 * @interface ISelection
                 * @augments marketchain.repo.v1.Selection.$Properties
                 * @deprecated Use marketchain.repo.v1.Selection.$Properties instead.
                 */

                /**
                 * Shape of a Selection.
                 * @typedef {marketchain.repo.v1.Selection.$Properties} marketchain.repo.v1.Selection.$Shape
                 */

                /**
                 * Constructs a new Selection.
                 * @memberof marketchain.repo.v1
                 * @classdesc Represents a Selection.
                 * @constructor
                 * @param {marketchain.repo.v1.Selection.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const Selection = function (properties) {
                    this.candidates = [];
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * Selection trade.
                 * @member {boolean} trade
                 * @memberof marketchain.repo.v1.Selection
                 * @instance
                 */
                Selection.prototype.trade = false;

                /**
                 * Selection q.
                 * @member {number} q
                 * @memberof marketchain.repo.v1.Selection
                 * @instance
                 */
                Selection.prototype.q = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Selection rMmBps.
                 * @member {number} rMmBps
                 * @memberof marketchain.repo.v1.Selection
                 * @instance
                 */
                Selection.prototype.rMmBps = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Selection rRmBps.
                 * @member {number} rRmBps
                 * @memberof marketchain.repo.v1.Selection
                 * @instance
                 */
                Selection.prototype.rRmBps = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Selection rBdX2.
                 * @member {number} rBdX2
                 * @memberof marketchain.repo.v1.Selection
                 * @instance
                 */
                Selection.prototype.rBdX2 = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Selection spreadBps.
                 * @member {number} spreadBps
                 * @memberof marketchain.repo.v1.Selection
                 * @instance
                 */
                Selection.prototype.spreadBps = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Selection jointProfit.
                 * @member {string} jointProfit
                 * @memberof marketchain.repo.v1.Selection
                 * @instance
                 */
                Selection.prototype.jointProfit = "";

                /**
                 * Selection hurdleBps.
                 * @member {number} hurdleBps
                 * @memberof marketchain.repo.v1.Selection
                 * @instance
                 */
                Selection.prototype.hurdleBps = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Selection candidates.
                 * @member {Array.<marketchain.repo.v1.Candidate.$Properties>} candidates
                 * @memberof marketchain.repo.v1.Selection
                 * @instance
                 */
                Selection.prototype.candidates = $util.emptyArray;

                /**
                 * Creates a new Selection instance using the specified properties.
                 * @function create
                 * @memberof marketchain.repo.v1.Selection
                 * @static
                 * @param {marketchain.repo.v1.Selection.$Properties=} [properties] Properties to set
                 * @returns {marketchain.repo.v1.Selection} Selection instance
                 * @type {{
                 *   (properties: marketchain.repo.v1.Selection.$Shape): marketchain.repo.v1.Selection & marketchain.repo.v1.Selection.$Shape;
                 *   (properties?: marketchain.repo.v1.Selection.$Properties): marketchain.repo.v1.Selection;
                 * }}
                 */
                Selection.create = function(properties) {
                    return new Selection(properties);
                };

                /**
                 * Encodes the specified Selection message. Does not implicitly {@link marketchain.repo.v1.Selection.verify|verify} messages.
                 * @function encode
                 * @memberof marketchain.repo.v1.Selection
                 * @static
                 * @param {marketchain.repo.v1.Selection.$Properties} message Selection message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Selection.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.trade != null && $Object.hasOwnProperty.call(message, "trade") && message.trade !== false)
                        writer.uint32(/* id 1, wireType 0 =*/8).bool(message.trade);
                    if (message.q != null && $Object.hasOwnProperty.call(message, "q") && (typeof message.q === "object" ? message.q.low || message.q.high : message.q !== 0))
                        writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.q);
                    if (message.rMmBps != null && $Object.hasOwnProperty.call(message, "rMmBps") && (typeof message.rMmBps === "object" ? message.rMmBps.low || message.rMmBps.high : message.rMmBps !== 0))
                        writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.rMmBps);
                    if (message.rRmBps != null && $Object.hasOwnProperty.call(message, "rRmBps") && (typeof message.rRmBps === "object" ? message.rRmBps.low || message.rRmBps.high : message.rRmBps !== 0))
                        writer.uint32(/* id 4, wireType 0 =*/32).uint64(message.rRmBps);
                    if (message.rBdX2 != null && $Object.hasOwnProperty.call(message, "rBdX2") && (typeof message.rBdX2 === "object" ? message.rBdX2.low || message.rBdX2.high : message.rBdX2 !== 0))
                        writer.uint32(/* id 5, wireType 0 =*/40).uint64(message.rBdX2);
                    if (message.spreadBps != null && $Object.hasOwnProperty.call(message, "spreadBps") && (typeof message.spreadBps === "object" ? message.spreadBps.low || message.spreadBps.high : message.spreadBps !== 0))
                        writer.uint32(/* id 6, wireType 0 =*/48).uint64(message.spreadBps);
                    if (message.jointProfit != null && $Object.hasOwnProperty.call(message, "jointProfit") && message.jointProfit !== "")
                        writer.uint32(/* id 7, wireType 2 =*/58).string(message.jointProfit);
                    if (message.hurdleBps != null && $Object.hasOwnProperty.call(message, "hurdleBps") && (typeof message.hurdleBps === "object" ? message.hurdleBps.low || message.hurdleBps.high : message.hurdleBps !== 0))
                        writer.uint32(/* id 8, wireType 0 =*/64).uint64(message.hurdleBps);
                    if (message.candidates != null && message.candidates.length)
                        for (let i = 0; i < message.candidates.length; ++i)
                            $root.marketchain.repo.v1.Candidate.encode(message.candidates[i], writer.uint32(/* id 9, wireType 2 =*/74).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a Selection message from the specified reader or buffer.
                 * @function decode
                 * @memberof marketchain.repo.v1.Selection
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {marketchain.repo.v1.Selection & marketchain.repo.v1.Selection.$Shape} Selection
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Selection.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.marketchain.repo.v1.Selection();
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
                                if (value = reader.bool())
                                    message.trade = value;
                                else
                                    delete message.trade;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.q = value;
                                else
                                    delete message.q;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.rMmBps = value;
                                else
                                    delete message.rMmBps;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.rRmBps = value;
                                else
                                    delete message.rRmBps;
                                continue;
                            }
                        case 5: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.rBdX2 = value;
                                else
                                    delete message.rBdX2;
                                continue;
                            }
                        case 6: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.spreadBps = value;
                                else
                                    delete message.spreadBps;
                                continue;
                            }
                        case 7: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.jointProfit = value;
                                else
                                    delete message.jointProfit;
                                continue;
                            }
                        case 8: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.hurdleBps = value;
                                else
                                    delete message.hurdleBps;
                                continue;
                            }
                        case 9: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.candidates && message.candidates.length))
                                    message.candidates = [];
                                message.candidates.push($root.marketchain.repo.v1.Candidate.decode(reader, reader.size(), $undefined, _depth + 1));
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
                 * Creates a Selection message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof marketchain.repo.v1.Selection
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {marketchain.repo.v1.Selection} Selection
                 */
                Selection.fromObject = function (object, _depth) {
                    if (object instanceof $root.marketchain.repo.v1.Selection)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".marketchain.repo.v1.Selection: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.marketchain.repo.v1.Selection();
                    if (object.trade != null)
                        if (object.trade)
                            message.trade = $Boolean(object.trade);
                    if (object.q != null)
                        if (typeof object.q === "object" ? object.q.low || object.q.high : $Number(object.q) !== 0)
                            if ($util.Long)
                                message.q = $util.Long.fromValue(object.q, true);
                            else if (typeof object.q === "string")
                                message.q = $parseInt(object.q, 10);
                            else if (typeof object.q === "number")
                                message.q = object.q;
                            else if (typeof object.q === "object")
                                message.q = new $util.LongBits(object.q.low >>> 0, object.q.high >>> 0).toNumber(true);
                    if (object.rMmBps != null)
                        if (typeof object.rMmBps === "object" ? object.rMmBps.low || object.rMmBps.high : $Number(object.rMmBps) !== 0)
                            if ($util.Long)
                                message.rMmBps = $util.Long.fromValue(object.rMmBps, true);
                            else if (typeof object.rMmBps === "string")
                                message.rMmBps = $parseInt(object.rMmBps, 10);
                            else if (typeof object.rMmBps === "number")
                                message.rMmBps = object.rMmBps;
                            else if (typeof object.rMmBps === "object")
                                message.rMmBps = new $util.LongBits(object.rMmBps.low >>> 0, object.rMmBps.high >>> 0).toNumber(true);
                    if (object.rRmBps != null)
                        if (typeof object.rRmBps === "object" ? object.rRmBps.low || object.rRmBps.high : $Number(object.rRmBps) !== 0)
                            if ($util.Long)
                                message.rRmBps = $util.Long.fromValue(object.rRmBps, true);
                            else if (typeof object.rRmBps === "string")
                                message.rRmBps = $parseInt(object.rRmBps, 10);
                            else if (typeof object.rRmBps === "number")
                                message.rRmBps = object.rRmBps;
                            else if (typeof object.rRmBps === "object")
                                message.rRmBps = new $util.LongBits(object.rRmBps.low >>> 0, object.rRmBps.high >>> 0).toNumber(true);
                    if (object.rBdX2 != null)
                        if (typeof object.rBdX2 === "object" ? object.rBdX2.low || object.rBdX2.high : $Number(object.rBdX2) !== 0)
                            if ($util.Long)
                                message.rBdX2 = $util.Long.fromValue(object.rBdX2, true);
                            else if (typeof object.rBdX2 === "string")
                                message.rBdX2 = $parseInt(object.rBdX2, 10);
                            else if (typeof object.rBdX2 === "number")
                                message.rBdX2 = object.rBdX2;
                            else if (typeof object.rBdX2 === "object")
                                message.rBdX2 = new $util.LongBits(object.rBdX2.low >>> 0, object.rBdX2.high >>> 0).toNumber(true);
                    if (object.spreadBps != null)
                        if (typeof object.spreadBps === "object" ? object.spreadBps.low || object.spreadBps.high : $Number(object.spreadBps) !== 0)
                            if ($util.Long)
                                message.spreadBps = $util.Long.fromValue(object.spreadBps, true);
                            else if (typeof object.spreadBps === "string")
                                message.spreadBps = $parseInt(object.spreadBps, 10);
                            else if (typeof object.spreadBps === "number")
                                message.spreadBps = object.spreadBps;
                            else if (typeof object.spreadBps === "object")
                                message.spreadBps = new $util.LongBits(object.spreadBps.low >>> 0, object.spreadBps.high >>> 0).toNumber(true);
                    if (object.jointProfit != null)
                        if (typeof object.jointProfit !== "string" || object.jointProfit.length)
                            message.jointProfit = $String(object.jointProfit);
                    if (object.hurdleBps != null)
                        if (typeof object.hurdleBps === "object" ? object.hurdleBps.low || object.hurdleBps.high : $Number(object.hurdleBps) !== 0)
                            if ($util.Long)
                                message.hurdleBps = $util.Long.fromValue(object.hurdleBps, true);
                            else if (typeof object.hurdleBps === "string")
                                message.hurdleBps = $parseInt(object.hurdleBps, 10);
                            else if (typeof object.hurdleBps === "number")
                                message.hurdleBps = object.hurdleBps;
                            else if (typeof object.hurdleBps === "object")
                                message.hurdleBps = new $util.LongBits(object.hurdleBps.low >>> 0, object.hurdleBps.high >>> 0).toNumber(true);
                    if (object.candidates) {
                        if (!$Array.isArray(object.candidates))
                            throw $TypeError(".marketchain.repo.v1.Selection.candidates: array expected");
                        message.candidates = $Array(object.candidates.length);
                        for (let i = 0; i < object.candidates.length; ++i) {
                            if (!$util.isObject(object.candidates[i]))
                                throw $TypeError(".marketchain.repo.v1.Selection.candidates: object expected");
                            message.candidates[i] = $root.marketchain.repo.v1.Candidate.fromObject(object.candidates[i], _depth + 1);
                        }
                    }
                    return message;
                };

                /**
                 * Creates a plain object from a Selection message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof marketchain.repo.v1.Selection
                 * @static
                 * @param {marketchain.repo.v1.Selection} message Selection
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                Selection.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.arrays || options.defaults)
                        object.candidates = [];
                    if (options.defaults) {
                        object.trade = false;
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.q = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.q = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.rMmBps = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.rMmBps = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.rRmBps = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.rRmBps = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.rBdX2 = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.rBdX2 = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.spreadBps = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.spreadBps = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        object.jointProfit = "";
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.hurdleBps = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.hurdleBps = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    }
                    if (message.trade != null && $Object.hasOwnProperty.call(message, "trade"))
                        object.trade = message.trade;
                    if (message.q != null && $Object.hasOwnProperty.call(message, "q"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.q = typeof message.q === "number" ? $BigInt(message.q) : $util.Long.fromBits(message.q.low >>> 0, message.q.high >>> 0, true).toBigInt();
                        else if (typeof message.q === "number")
                            object.q = options.longs === $String ? $String(message.q) : message.q;
                        else
                            object.q = options.longs === $String ? $util.Long.prototype.toString.call(message.q) : options.longs === $Number ? new $util.LongBits(message.q.low >>> 0, message.q.high >>> 0).toNumber(true) : message.q;
                    if (message.rMmBps != null && $Object.hasOwnProperty.call(message, "rMmBps"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.rMmBps = typeof message.rMmBps === "number" ? $BigInt(message.rMmBps) : $util.Long.fromBits(message.rMmBps.low >>> 0, message.rMmBps.high >>> 0, true).toBigInt();
                        else if (typeof message.rMmBps === "number")
                            object.rMmBps = options.longs === $String ? $String(message.rMmBps) : message.rMmBps;
                        else
                            object.rMmBps = options.longs === $String ? $util.Long.prototype.toString.call(message.rMmBps) : options.longs === $Number ? new $util.LongBits(message.rMmBps.low >>> 0, message.rMmBps.high >>> 0).toNumber(true) : message.rMmBps;
                    if (message.rRmBps != null && $Object.hasOwnProperty.call(message, "rRmBps"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.rRmBps = typeof message.rRmBps === "number" ? $BigInt(message.rRmBps) : $util.Long.fromBits(message.rRmBps.low >>> 0, message.rRmBps.high >>> 0, true).toBigInt();
                        else if (typeof message.rRmBps === "number")
                            object.rRmBps = options.longs === $String ? $String(message.rRmBps) : message.rRmBps;
                        else
                            object.rRmBps = options.longs === $String ? $util.Long.prototype.toString.call(message.rRmBps) : options.longs === $Number ? new $util.LongBits(message.rRmBps.low >>> 0, message.rRmBps.high >>> 0).toNumber(true) : message.rRmBps;
                    if (message.rBdX2 != null && $Object.hasOwnProperty.call(message, "rBdX2"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.rBdX2 = typeof message.rBdX2 === "number" ? $BigInt(message.rBdX2) : $util.Long.fromBits(message.rBdX2.low >>> 0, message.rBdX2.high >>> 0, true).toBigInt();
                        else if (typeof message.rBdX2 === "number")
                            object.rBdX2 = options.longs === $String ? $String(message.rBdX2) : message.rBdX2;
                        else
                            object.rBdX2 = options.longs === $String ? $util.Long.prototype.toString.call(message.rBdX2) : options.longs === $Number ? new $util.LongBits(message.rBdX2.low >>> 0, message.rBdX2.high >>> 0).toNumber(true) : message.rBdX2;
                    if (message.spreadBps != null && $Object.hasOwnProperty.call(message, "spreadBps"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.spreadBps = typeof message.spreadBps === "number" ? $BigInt(message.spreadBps) : $util.Long.fromBits(message.spreadBps.low >>> 0, message.spreadBps.high >>> 0, true).toBigInt();
                        else if (typeof message.spreadBps === "number")
                            object.spreadBps = options.longs === $String ? $String(message.spreadBps) : message.spreadBps;
                        else
                            object.spreadBps = options.longs === $String ? $util.Long.prototype.toString.call(message.spreadBps) : options.longs === $Number ? new $util.LongBits(message.spreadBps.low >>> 0, message.spreadBps.high >>> 0).toNumber(true) : message.spreadBps;
                    if (message.jointProfit != null && $Object.hasOwnProperty.call(message, "jointProfit"))
                        object.jointProfit = message.jointProfit;
                    if (message.hurdleBps != null && $Object.hasOwnProperty.call(message, "hurdleBps"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.hurdleBps = typeof message.hurdleBps === "number" ? $BigInt(message.hurdleBps) : $util.Long.fromBits(message.hurdleBps.low >>> 0, message.hurdleBps.high >>> 0, true).toBigInt();
                        else if (typeof message.hurdleBps === "number")
                            object.hurdleBps = options.longs === $String ? $String(message.hurdleBps) : message.hurdleBps;
                        else
                            object.hurdleBps = options.longs === $String ? $util.Long.prototype.toString.call(message.hurdleBps) : options.longs === $Number ? new $util.LongBits(message.hurdleBps.low >>> 0, message.hurdleBps.high >>> 0).toNumber(true) : message.hurdleBps;
                    if (message.candidates && message.candidates.length) {
                        object.candidates = $Array(message.candidates.length);
                        for (let j = 0; j < message.candidates.length; ++j)
                            object.candidates[j] = $root.marketchain.repo.v1.Candidate.toObject(message.candidates[j], options, _depth + 1);
                    }
                    return object;
                };

                /**
                 * Converts this Selection to JSON.
                 * @function toJSON
                 * @memberof marketchain.repo.v1.Selection
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                Selection.prototype.toJSON = function() {
                    return Selection.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for Selection
                 * @function getTypeUrl
                 * @memberof marketchain.repo.v1.Selection
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                Selection.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/marketchain.repo.v1.Selection";
                };

                return Selection;
            })();

            v1.Leg = (function() {

                /**
                 * Properties of a Leg.
                 * @typedef {Object} marketchain.repo.v1.Leg.$Properties
                 * @property {string|null} [name] Leg name
                 * @property {string|null} [cashLender] Leg cashLender
                 * @property {string|null} [cashBorrower] Leg cashBorrower
                 * @property {number|null} [qty] Leg qty
                 * @property {number|null} [rateBpsX2] Leg rateBpsX2
                 * @property {string|null} [principal] Leg principal
                 * @property {string|null} [interest] Leg interest
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a Leg.
                 * @memberof marketchain.repo.v1
                 * @interface ILeg
                 * @augments marketchain.repo.v1.Leg.$Properties
                 * @deprecated Use marketchain.repo.v1.Leg.$Properties instead.
                 */

                /**
                 * Shape of a Leg.
                 * @typedef {marketchain.repo.v1.Leg.$Properties} marketchain.repo.v1.Leg.$Shape
                 */

                /**
                 * Constructs a new Leg.
                 * @memberof marketchain.repo.v1
                 * @classdesc Represents a Leg.
                 * @constructor
                 * @param {marketchain.repo.v1.Leg.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const Leg = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * Leg name.
                 * @member {string} name
                 * @memberof marketchain.repo.v1.Leg
                 * @instance
                 */
                Leg.prototype.name = "";

                /**
                 * Leg cashLender.
                 * @member {string} cashLender
                 * @memberof marketchain.repo.v1.Leg
                 * @instance
                 */
                Leg.prototype.cashLender = "";

                /**
                 * Leg cashBorrower.
                 * @member {string} cashBorrower
                 * @memberof marketchain.repo.v1.Leg
                 * @instance
                 */
                Leg.prototype.cashBorrower = "";

                /**
                 * Leg qty.
                 * @member {number} qty
                 * @memberof marketchain.repo.v1.Leg
                 * @instance
                 */
                Leg.prototype.qty = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Leg rateBpsX2.
                 * @member {number} rateBpsX2
                 * @memberof marketchain.repo.v1.Leg
                 * @instance
                 */
                Leg.prototype.rateBpsX2 = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Leg principal.
                 * @member {string} principal
                 * @memberof marketchain.repo.v1.Leg
                 * @instance
                 */
                Leg.prototype.principal = "";

                /**
                 * Leg interest.
                 * @member {string} interest
                 * @memberof marketchain.repo.v1.Leg
                 * @instance
                 */
                Leg.prototype.interest = "";

                /**
                 * Creates a new Leg instance using the specified properties.
                 * @function create
                 * @memberof marketchain.repo.v1.Leg
                 * @static
                 * @param {marketchain.repo.v1.Leg.$Properties=} [properties] Properties to set
                 * @returns {marketchain.repo.v1.Leg} Leg instance
                 * @type {{
                 *   (properties: marketchain.repo.v1.Leg.$Shape): marketchain.repo.v1.Leg & marketchain.repo.v1.Leg.$Shape;
                 *   (properties?: marketchain.repo.v1.Leg.$Properties): marketchain.repo.v1.Leg;
                 * }}
                 */
                Leg.create = function(properties) {
                    return new Leg(properties);
                };

                /**
                 * Encodes the specified Leg message. Does not implicitly {@link marketchain.repo.v1.Leg.verify|verify} messages.
                 * @function encode
                 * @memberof marketchain.repo.v1.Leg
                 * @static
                 * @param {marketchain.repo.v1.Leg.$Properties} message Leg message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Leg.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.name);
                    if (message.cashLender != null && $Object.hasOwnProperty.call(message, "cashLender") && message.cashLender !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.cashLender);
                    if (message.cashBorrower != null && $Object.hasOwnProperty.call(message, "cashBorrower") && message.cashBorrower !== "")
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.cashBorrower);
                    if (message.qty != null && $Object.hasOwnProperty.call(message, "qty") && (typeof message.qty === "object" ? message.qty.low || message.qty.high : message.qty !== 0))
                        writer.uint32(/* id 4, wireType 0 =*/32).uint64(message.qty);
                    if (message.rateBpsX2 != null && $Object.hasOwnProperty.call(message, "rateBpsX2") && (typeof message.rateBpsX2 === "object" ? message.rateBpsX2.low || message.rateBpsX2.high : message.rateBpsX2 !== 0))
                        writer.uint32(/* id 5, wireType 0 =*/40).uint64(message.rateBpsX2);
                    if (message.principal != null && $Object.hasOwnProperty.call(message, "principal") && message.principal !== "")
                        writer.uint32(/* id 6, wireType 2 =*/50).string(message.principal);
                    if (message.interest != null && $Object.hasOwnProperty.call(message, "interest") && message.interest !== "")
                        writer.uint32(/* id 7, wireType 2 =*/58).string(message.interest);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a Leg message from the specified reader or buffer.
                 * @function decode
                 * @memberof marketchain.repo.v1.Leg
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {marketchain.repo.v1.Leg & marketchain.repo.v1.Leg.$Shape} Leg
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Leg.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.marketchain.repo.v1.Leg();
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
                                    message.name = value;
                                else
                                    delete message.name;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.cashLender = value;
                                else
                                    delete message.cashLender;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.cashBorrower = value;
                                else
                                    delete message.cashBorrower;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.qty = value;
                                else
                                    delete message.qty;
                                continue;
                            }
                        case 5: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.rateBpsX2 = value;
                                else
                                    delete message.rateBpsX2;
                                continue;
                            }
                        case 6: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.principal = value;
                                else
                                    delete message.principal;
                                continue;
                            }
                        case 7: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.interest = value;
                                else
                                    delete message.interest;
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
                 * Creates a Leg message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof marketchain.repo.v1.Leg
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {marketchain.repo.v1.Leg} Leg
                 */
                Leg.fromObject = function (object, _depth) {
                    if (object instanceof $root.marketchain.repo.v1.Leg)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".marketchain.repo.v1.Leg: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.marketchain.repo.v1.Leg();
                    if (object.name != null)
                        if (typeof object.name !== "string" || object.name.length)
                            message.name = $String(object.name);
                    if (object.cashLender != null)
                        if (typeof object.cashLender !== "string" || object.cashLender.length)
                            message.cashLender = $String(object.cashLender);
                    if (object.cashBorrower != null)
                        if (typeof object.cashBorrower !== "string" || object.cashBorrower.length)
                            message.cashBorrower = $String(object.cashBorrower);
                    if (object.qty != null)
                        if (typeof object.qty === "object" ? object.qty.low || object.qty.high : $Number(object.qty) !== 0)
                            if ($util.Long)
                                message.qty = $util.Long.fromValue(object.qty, true);
                            else if (typeof object.qty === "string")
                                message.qty = $parseInt(object.qty, 10);
                            else if (typeof object.qty === "number")
                                message.qty = object.qty;
                            else if (typeof object.qty === "object")
                                message.qty = new $util.LongBits(object.qty.low >>> 0, object.qty.high >>> 0).toNumber(true);
                    if (object.rateBpsX2 != null)
                        if (typeof object.rateBpsX2 === "object" ? object.rateBpsX2.low || object.rateBpsX2.high : $Number(object.rateBpsX2) !== 0)
                            if ($util.Long)
                                message.rateBpsX2 = $util.Long.fromValue(object.rateBpsX2, true);
                            else if (typeof object.rateBpsX2 === "string")
                                message.rateBpsX2 = $parseInt(object.rateBpsX2, 10);
                            else if (typeof object.rateBpsX2 === "number")
                                message.rateBpsX2 = object.rateBpsX2;
                            else if (typeof object.rateBpsX2 === "object")
                                message.rateBpsX2 = new $util.LongBits(object.rateBpsX2.low >>> 0, object.rateBpsX2.high >>> 0).toNumber(true);
                    if (object.principal != null)
                        if (typeof object.principal !== "string" || object.principal.length)
                            message.principal = $String(object.principal);
                    if (object.interest != null)
                        if (typeof object.interest !== "string" || object.interest.length)
                            message.interest = $String(object.interest);
                    return message;
                };

                /**
                 * Creates a plain object from a Leg message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof marketchain.repo.v1.Leg
                 * @static
                 * @param {marketchain.repo.v1.Leg} message Leg
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                Leg.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.name = "";
                        object.cashLender = "";
                        object.cashBorrower = "";
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.qty = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.qty = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.rateBpsX2 = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.rateBpsX2 = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        object.principal = "";
                        object.interest = "";
                    }
                    if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                        object.name = message.name;
                    if (message.cashLender != null && $Object.hasOwnProperty.call(message, "cashLender"))
                        object.cashLender = message.cashLender;
                    if (message.cashBorrower != null && $Object.hasOwnProperty.call(message, "cashBorrower"))
                        object.cashBorrower = message.cashBorrower;
                    if (message.qty != null && $Object.hasOwnProperty.call(message, "qty"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.qty = typeof message.qty === "number" ? $BigInt(message.qty) : $util.Long.fromBits(message.qty.low >>> 0, message.qty.high >>> 0, true).toBigInt();
                        else if (typeof message.qty === "number")
                            object.qty = options.longs === $String ? $String(message.qty) : message.qty;
                        else
                            object.qty = options.longs === $String ? $util.Long.prototype.toString.call(message.qty) : options.longs === $Number ? new $util.LongBits(message.qty.low >>> 0, message.qty.high >>> 0).toNumber(true) : message.qty;
                    if (message.rateBpsX2 != null && $Object.hasOwnProperty.call(message, "rateBpsX2"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.rateBpsX2 = typeof message.rateBpsX2 === "number" ? $BigInt(message.rateBpsX2) : $util.Long.fromBits(message.rateBpsX2.low >>> 0, message.rateBpsX2.high >>> 0, true).toBigInt();
                        else if (typeof message.rateBpsX2 === "number")
                            object.rateBpsX2 = options.longs === $String ? $String(message.rateBpsX2) : message.rateBpsX2;
                        else
                            object.rateBpsX2 = options.longs === $String ? $util.Long.prototype.toString.call(message.rateBpsX2) : options.longs === $Number ? new $util.LongBits(message.rateBpsX2.low >>> 0, message.rateBpsX2.high >>> 0).toNumber(true) : message.rateBpsX2;
                    if (message.principal != null && $Object.hasOwnProperty.call(message, "principal"))
                        object.principal = message.principal;
                    if (message.interest != null && $Object.hasOwnProperty.call(message, "interest"))
                        object.interest = message.interest;
                    return object;
                };

                /**
                 * Converts this Leg to JSON.
                 * @function toJSON
                 * @memberof marketchain.repo.v1.Leg
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                Leg.prototype.toJSON = function() {
                    return Leg.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for Leg
                 * @function getTypeUrl
                 * @memberof marketchain.repo.v1.Leg
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                Leg.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/marketchain.repo.v1.Leg";
                };

                return Leg;
            })();

            v1.Settlement = (function() {

                /**
                 * Properties of a Settlement.
                 * @typedef {Object} marketchain.repo.v1.Settlement.$Properties
                 * @property {string|null} [principal] Settlement principal
                 * @property {string|null} [interestRm] Settlement interestRm
                 * @property {string|null} [interestMm] Settlement interestMm
                 * @property {string|null} [marginBdMm] Settlement marginBdMm
                 * @property {string|null} [marginBdRm] Settlement marginBdRm
                 * @property {string|null} [interestBd] Settlement interestBd
                 * @property {number|null} [height] Settlement height
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a Settlement.
                 * @memberof marketchain.repo.v1
                 * @interface ISettlement
                 * @augments marketchain.repo.v1.Settlement.$Properties
                 * @deprecated Use marketchain.repo.v1.Settlement.$Properties instead.
                 */

                /**
                 * Shape of a Settlement.
                 * @typedef {marketchain.repo.v1.Settlement.$Properties} marketchain.repo.v1.Settlement.$Shape
                 */

                /**
                 * Constructs a new Settlement.
                 * @memberof marketchain.repo.v1
                 * @classdesc Represents a Settlement.
                 * @constructor
                 * @param {marketchain.repo.v1.Settlement.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const Settlement = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * Settlement principal.
                 * @member {string} principal
                 * @memberof marketchain.repo.v1.Settlement
                 * @instance
                 */
                Settlement.prototype.principal = "";

                /**
                 * Settlement interestRm.
                 * @member {string} interestRm
                 * @memberof marketchain.repo.v1.Settlement
                 * @instance
                 */
                Settlement.prototype.interestRm = "";

                /**
                 * Settlement interestMm.
                 * @member {string} interestMm
                 * @memberof marketchain.repo.v1.Settlement
                 * @instance
                 */
                Settlement.prototype.interestMm = "";

                /**
                 * Settlement marginBdMm.
                 * @member {string} marginBdMm
                 * @memberof marketchain.repo.v1.Settlement
                 * @instance
                 */
                Settlement.prototype.marginBdMm = "";

                /**
                 * Settlement marginBdRm.
                 * @member {string} marginBdRm
                 * @memberof marketchain.repo.v1.Settlement
                 * @instance
                 */
                Settlement.prototype.marginBdRm = "";

                /**
                 * Settlement interestBd.
                 * @member {string} interestBd
                 * @memberof marketchain.repo.v1.Settlement
                 * @instance
                 */
                Settlement.prototype.interestBd = "";

                /**
                 * Settlement height.
                 * @member {number} height
                 * @memberof marketchain.repo.v1.Settlement
                 * @instance
                 */
                Settlement.prototype.height = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Creates a new Settlement instance using the specified properties.
                 * @function create
                 * @memberof marketchain.repo.v1.Settlement
                 * @static
                 * @param {marketchain.repo.v1.Settlement.$Properties=} [properties] Properties to set
                 * @returns {marketchain.repo.v1.Settlement} Settlement instance
                 * @type {{
                 *   (properties: marketchain.repo.v1.Settlement.$Shape): marketchain.repo.v1.Settlement & marketchain.repo.v1.Settlement.$Shape;
                 *   (properties?: marketchain.repo.v1.Settlement.$Properties): marketchain.repo.v1.Settlement;
                 * }}
                 */
                Settlement.create = function(properties) {
                    return new Settlement(properties);
                };

                /**
                 * Encodes the specified Settlement message. Does not implicitly {@link marketchain.repo.v1.Settlement.verify|verify} messages.
                 * @function encode
                 * @memberof marketchain.repo.v1.Settlement
                 * @static
                 * @param {marketchain.repo.v1.Settlement.$Properties} message Settlement message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Settlement.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.principal != null && $Object.hasOwnProperty.call(message, "principal") && message.principal !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.principal);
                    if (message.interestRm != null && $Object.hasOwnProperty.call(message, "interestRm") && message.interestRm !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.interestRm);
                    if (message.interestMm != null && $Object.hasOwnProperty.call(message, "interestMm") && message.interestMm !== "")
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.interestMm);
                    if (message.marginBdMm != null && $Object.hasOwnProperty.call(message, "marginBdMm") && message.marginBdMm !== "")
                        writer.uint32(/* id 4, wireType 2 =*/34).string(message.marginBdMm);
                    if (message.marginBdRm != null && $Object.hasOwnProperty.call(message, "marginBdRm") && message.marginBdRm !== "")
                        writer.uint32(/* id 5, wireType 2 =*/42).string(message.marginBdRm);
                    if (message.interestBd != null && $Object.hasOwnProperty.call(message, "interestBd") && message.interestBd !== "")
                        writer.uint32(/* id 6, wireType 2 =*/50).string(message.interestBd);
                    if (message.height != null && $Object.hasOwnProperty.call(message, "height") && (typeof message.height === "object" ? message.height.low || message.height.high : message.height !== 0))
                        writer.uint32(/* id 7, wireType 0 =*/56).uint64(message.height);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a Settlement message from the specified reader or buffer.
                 * @function decode
                 * @memberof marketchain.repo.v1.Settlement
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {marketchain.repo.v1.Settlement & marketchain.repo.v1.Settlement.$Shape} Settlement
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Settlement.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.marketchain.repo.v1.Settlement();
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
                                    message.principal = value;
                                else
                                    delete message.principal;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.interestRm = value;
                                else
                                    delete message.interestRm;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.interestMm = value;
                                else
                                    delete message.interestMm;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.marginBdMm = value;
                                else
                                    delete message.marginBdMm;
                                continue;
                            }
                        case 5: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.marginBdRm = value;
                                else
                                    delete message.marginBdRm;
                                continue;
                            }
                        case 6: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.interestBd = value;
                                else
                                    delete message.interestBd;
                                continue;
                            }
                        case 7: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.height = value;
                                else
                                    delete message.height;
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
                 * Creates a Settlement message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof marketchain.repo.v1.Settlement
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {marketchain.repo.v1.Settlement} Settlement
                 */
                Settlement.fromObject = function (object, _depth) {
                    if (object instanceof $root.marketchain.repo.v1.Settlement)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".marketchain.repo.v1.Settlement: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.marketchain.repo.v1.Settlement();
                    if (object.principal != null)
                        if (typeof object.principal !== "string" || object.principal.length)
                            message.principal = $String(object.principal);
                    if (object.interestRm != null)
                        if (typeof object.interestRm !== "string" || object.interestRm.length)
                            message.interestRm = $String(object.interestRm);
                    if (object.interestMm != null)
                        if (typeof object.interestMm !== "string" || object.interestMm.length)
                            message.interestMm = $String(object.interestMm);
                    if (object.marginBdMm != null)
                        if (typeof object.marginBdMm !== "string" || object.marginBdMm.length)
                            message.marginBdMm = $String(object.marginBdMm);
                    if (object.marginBdRm != null)
                        if (typeof object.marginBdRm !== "string" || object.marginBdRm.length)
                            message.marginBdRm = $String(object.marginBdRm);
                    if (object.interestBd != null)
                        if (typeof object.interestBd !== "string" || object.interestBd.length)
                            message.interestBd = $String(object.interestBd);
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
                    return message;
                };

                /**
                 * Creates a plain object from a Settlement message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof marketchain.repo.v1.Settlement
                 * @static
                 * @param {marketchain.repo.v1.Settlement} message Settlement
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                Settlement.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.principal = "";
                        object.interestRm = "";
                        object.interestMm = "";
                        object.marginBdMm = "";
                        object.marginBdRm = "";
                        object.interestBd = "";
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.height = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.height = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    }
                    if (message.principal != null && $Object.hasOwnProperty.call(message, "principal"))
                        object.principal = message.principal;
                    if (message.interestRm != null && $Object.hasOwnProperty.call(message, "interestRm"))
                        object.interestRm = message.interestRm;
                    if (message.interestMm != null && $Object.hasOwnProperty.call(message, "interestMm"))
                        object.interestMm = message.interestMm;
                    if (message.marginBdMm != null && $Object.hasOwnProperty.call(message, "marginBdMm"))
                        object.marginBdMm = message.marginBdMm;
                    if (message.marginBdRm != null && $Object.hasOwnProperty.call(message, "marginBdRm"))
                        object.marginBdRm = message.marginBdRm;
                    if (message.interestBd != null && $Object.hasOwnProperty.call(message, "interestBd"))
                        object.interestBd = message.interestBd;
                    if (message.height != null && $Object.hasOwnProperty.call(message, "height"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.height = typeof message.height === "number" ? $BigInt(message.height) : $util.Long.fromBits(message.height.low >>> 0, message.height.high >>> 0, true).toBigInt();
                        else if (typeof message.height === "number")
                            object.height = options.longs === $String ? $String(message.height) : message.height;
                        else
                            object.height = options.longs === $String ? $util.Long.prototype.toString.call(message.height) : options.longs === $Number ? new $util.LongBits(message.height.low >>> 0, message.height.high >>> 0).toNumber(true) : message.height;
                    return object;
                };

                /**
                 * Converts this Settlement to JSON.
                 * @function toJSON
                 * @memberof marketchain.repo.v1.Settlement
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                Settlement.prototype.toJSON = function() {
                    return Settlement.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for Settlement
                 * @function getTypeUrl
                 * @memberof marketchain.repo.v1.Settlement
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                Settlement.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/marketchain.repo.v1.Settlement";
                };

                return Settlement;
            })();

            v1.Round = (function() {

                /**
                 * Properties of a Round.
                 * @typedef {Object} marketchain.repo.v1.Round.$Properties
                 * @property {number|null} [id] Round id
                 * @property {string|null} [phase] Round phase
                 * @property {string|null} [bdMm] Round bdMm
                 * @property {string|null} [bdRm] Round bdRm
                 * @property {string|null} [mmClient] Round mmClient
                 * @property {string|null} [rmClient] Round rmClient
                 * @property {string|null} [cashDenom] Round cashDenom
                 * @property {string|null} [collateralDenom] Round collateralDenom
                 * @property {string|null} [lotSize] Round lotSize
                 * @property {number|null} [tenorBlocks] Round tenorBlocks
                 * @property {string|null} [bond] Round bond
                 * @property {string|null} [opener] Round opener
                 * @property {number|null} [openedHeight] Round openedHeight
                 * @property {number|null} [commitDeadline] Round commitDeadline
                 * @property {number|null} [revealDeadline] Round revealDeadline
                 * @property {number|null} [acceptDeadline] Round acceptDeadline
                 * @property {Uint8Array|null} [commitmentMm] Round commitmentMm
                 * @property {Uint8Array|null} [commitmentRm] Round commitmentRm
                 * @property {marketchain.repo.v1.Report.$Properties|null} [reportMm] Round reportMm
                 * @property {marketchain.repo.v1.Report.$Properties|null} [reportRm] Round reportRm
                 * @property {marketchain.repo.v1.Selection.$Properties|null} [selection] Round selection
                 * @property {Array.<marketchain.repo.v1.Leg.$Properties>|null} [legs] Round legs
                 * @property {number|null} [startHeight] Round startHeight
                 * @property {number|null} [maturityHeight] Round maturityHeight
                 * @property {number|null} [graceDeadline] Round graceDeadline
                 * @property {marketchain.repo.v1.Settlement.$Properties|null} [settlement] Round settlement
                 * @property {string|null} [outcome] Round outcome
                 * @property {boolean|null} [bondMmHeld] Round bondMmHeld
                 * @property {boolean|null} [bondRmHeld] Round bondRmHeld
                 * @property {string|null} [cashHeld] Round cashHeld
                 * @property {string|null} [collateralHeld] Round collateralHeld
                 * @property {number|null} [closedHeight] Round closedHeight
                 * @property {number|null} [acceptBlocks] Round acceptBlocks
                 * @property {number|null} [rmAcceptDeadline] Round rmAcceptDeadline
                 * @property {number|null} [maxQty] Round maxQty
                 * @property {string|null} [requiredBond] Round requiredBond
                 * @property {number|null} [privacy] Round privacy
                 * @property {string|null} [agent] Round agent
                 * @property {string|null} [agentBond] Round agentBond
                 * @property {boolean|null} [agentBondHeld] Round agentBondHeld
                 * @property {marketchain.repo.v1.SealedReport.$Properties|null} [sealedMm] Round sealedMm
                 * @property {marketchain.repo.v1.SealedReport.$Properties|null} [sealedRm] Round sealedRm
                 * @property {Uint8Array|null} [selectProofHash] Round selectProofHash
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a Round.
                 * @memberof marketchain.repo.v1
                 * @interface IRound
                 * @augments marketchain.repo.v1.Round.$Properties
                 * @deprecated Use marketchain.repo.v1.Round.$Properties instead.
                 */

                /**
                 * Shape of a Round.
                 * @typedef {marketchain.repo.v1.Round.$Properties} marketchain.repo.v1.Round.$Shape
                 */

                /**
                 * Constructs a new Round.
                 * @memberof marketchain.repo.v1
                 * @classdesc Represents a Round.
                 * @constructor
                 * @param {marketchain.repo.v1.Round.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const Round = function (properties) {
                    this.legs = [];
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * Round id.
                 * @member {number} id
                 * @memberof marketchain.repo.v1.Round
                 * @instance
                 */
                Round.prototype.id = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Round phase.
                 * @member {string} phase
                 * @memberof marketchain.repo.v1.Round
                 * @instance
                 */
                Round.prototype.phase = "";

                /**
                 * Round bdMm.
                 * @member {string} bdMm
                 * @memberof marketchain.repo.v1.Round
                 * @instance
                 */
                Round.prototype.bdMm = "";

                /**
                 * Round bdRm.
                 * @member {string} bdRm
                 * @memberof marketchain.repo.v1.Round
                 * @instance
                 */
                Round.prototype.bdRm = "";

                /**
                 * Round mmClient.
                 * @member {string} mmClient
                 * @memberof marketchain.repo.v1.Round
                 * @instance
                 */
                Round.prototype.mmClient = "";

                /**
                 * Round rmClient.
                 * @member {string} rmClient
                 * @memberof marketchain.repo.v1.Round
                 * @instance
                 */
                Round.prototype.rmClient = "";

                /**
                 * Round cashDenom.
                 * @member {string} cashDenom
                 * @memberof marketchain.repo.v1.Round
                 * @instance
                 */
                Round.prototype.cashDenom = "";

                /**
                 * Round collateralDenom.
                 * @member {string} collateralDenom
                 * @memberof marketchain.repo.v1.Round
                 * @instance
                 */
                Round.prototype.collateralDenom = "";

                /**
                 * Round lotSize.
                 * @member {string} lotSize
                 * @memberof marketchain.repo.v1.Round
                 * @instance
                 */
                Round.prototype.lotSize = "";

                /**
                 * Round tenorBlocks.
                 * @member {number} tenorBlocks
                 * @memberof marketchain.repo.v1.Round
                 * @instance
                 */
                Round.prototype.tenorBlocks = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Round bond.
                 * @member {string} bond
                 * @memberof marketchain.repo.v1.Round
                 * @instance
                 */
                Round.prototype.bond = "";

                /**
                 * Round opener.
                 * @member {string} opener
                 * @memberof marketchain.repo.v1.Round
                 * @instance
                 */
                Round.prototype.opener = "";

                /**
                 * Round openedHeight.
                 * @member {number} openedHeight
                 * @memberof marketchain.repo.v1.Round
                 * @instance
                 */
                Round.prototype.openedHeight = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Round commitDeadline.
                 * @member {number} commitDeadline
                 * @memberof marketchain.repo.v1.Round
                 * @instance
                 */
                Round.prototype.commitDeadline = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Round revealDeadline.
                 * @member {number} revealDeadline
                 * @memberof marketchain.repo.v1.Round
                 * @instance
                 */
                Round.prototype.revealDeadline = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Round acceptDeadline.
                 * @member {number} acceptDeadline
                 * @memberof marketchain.repo.v1.Round
                 * @instance
                 */
                Round.prototype.acceptDeadline = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Round commitmentMm.
                 * @member {Uint8Array} commitmentMm
                 * @memberof marketchain.repo.v1.Round
                 * @instance
                 */
                Round.prototype.commitmentMm = $util.newBuffer([]);

                /**
                 * Round commitmentRm.
                 * @member {Uint8Array} commitmentRm
                 * @memberof marketchain.repo.v1.Round
                 * @instance
                 */
                Round.prototype.commitmentRm = $util.newBuffer([]);

                /**
                 * Round reportMm.
                 * @member {marketchain.repo.v1.Report.$Properties|null|undefined} reportMm
                 * @memberof marketchain.repo.v1.Round
                 * @instance
                 */
                Round.prototype.reportMm = null;

                /**
                 * Round reportRm.
                 * @member {marketchain.repo.v1.Report.$Properties|null|undefined} reportRm
                 * @memberof marketchain.repo.v1.Round
                 * @instance
                 */
                Round.prototype.reportRm = null;

                /**
                 * Round selection.
                 * @member {marketchain.repo.v1.Selection.$Properties|null|undefined} selection
                 * @memberof marketchain.repo.v1.Round
                 * @instance
                 */
                Round.prototype.selection = null;

                /**
                 * Round legs.
                 * @member {Array.<marketchain.repo.v1.Leg.$Properties>} legs
                 * @memberof marketchain.repo.v1.Round
                 * @instance
                 */
                Round.prototype.legs = $util.emptyArray;

                /**
                 * Round startHeight.
                 * @member {number} startHeight
                 * @memberof marketchain.repo.v1.Round
                 * @instance
                 */
                Round.prototype.startHeight = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Round maturityHeight.
                 * @member {number} maturityHeight
                 * @memberof marketchain.repo.v1.Round
                 * @instance
                 */
                Round.prototype.maturityHeight = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Round graceDeadline.
                 * @member {number} graceDeadline
                 * @memberof marketchain.repo.v1.Round
                 * @instance
                 */
                Round.prototype.graceDeadline = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Round settlement.
                 * @member {marketchain.repo.v1.Settlement.$Properties|null|undefined} settlement
                 * @memberof marketchain.repo.v1.Round
                 * @instance
                 */
                Round.prototype.settlement = null;

                /**
                 * Round outcome.
                 * @member {string} outcome
                 * @memberof marketchain.repo.v1.Round
                 * @instance
                 */
                Round.prototype.outcome = "";

                /**
                 * Round bondMmHeld.
                 * @member {boolean} bondMmHeld
                 * @memberof marketchain.repo.v1.Round
                 * @instance
                 */
                Round.prototype.bondMmHeld = false;

                /**
                 * Round bondRmHeld.
                 * @member {boolean} bondRmHeld
                 * @memberof marketchain.repo.v1.Round
                 * @instance
                 */
                Round.prototype.bondRmHeld = false;

                /**
                 * Round cashHeld.
                 * @member {string} cashHeld
                 * @memberof marketchain.repo.v1.Round
                 * @instance
                 */
                Round.prototype.cashHeld = "";

                /**
                 * Round collateralHeld.
                 * @member {string} collateralHeld
                 * @memberof marketchain.repo.v1.Round
                 * @instance
                 */
                Round.prototype.collateralHeld = "";

                /**
                 * Round closedHeight.
                 * @member {number} closedHeight
                 * @memberof marketchain.repo.v1.Round
                 * @instance
                 */
                Round.prototype.closedHeight = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Round acceptBlocks.
                 * @member {number} acceptBlocks
                 * @memberof marketchain.repo.v1.Round
                 * @instance
                 */
                Round.prototype.acceptBlocks = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Round rmAcceptDeadline.
                 * @member {number} rmAcceptDeadline
                 * @memberof marketchain.repo.v1.Round
                 * @instance
                 */
                Round.prototype.rmAcceptDeadline = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Round maxQty.
                 * @member {number} maxQty
                 * @memberof marketchain.repo.v1.Round
                 * @instance
                 */
                Round.prototype.maxQty = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Round requiredBond.
                 * @member {string} requiredBond
                 * @memberof marketchain.repo.v1.Round
                 * @instance
                 */
                Round.prototype.requiredBond = "";

                /**
                 * Round privacy.
                 * @member {number} privacy
                 * @memberof marketchain.repo.v1.Round
                 * @instance
                 */
                Round.prototype.privacy = 0;

                /**
                 * Round agent.
                 * @member {string} agent
                 * @memberof marketchain.repo.v1.Round
                 * @instance
                 */
                Round.prototype.agent = "";

                /**
                 * Round agentBond.
                 * @member {string} agentBond
                 * @memberof marketchain.repo.v1.Round
                 * @instance
                 */
                Round.prototype.agentBond = "";

                /**
                 * Round agentBondHeld.
                 * @member {boolean} agentBondHeld
                 * @memberof marketchain.repo.v1.Round
                 * @instance
                 */
                Round.prototype.agentBondHeld = false;

                /**
                 * Round sealedMm.
                 * @member {marketchain.repo.v1.SealedReport.$Properties|null|undefined} sealedMm
                 * @memberof marketchain.repo.v1.Round
                 * @instance
                 */
                Round.prototype.sealedMm = null;

                /**
                 * Round sealedRm.
                 * @member {marketchain.repo.v1.SealedReport.$Properties|null|undefined} sealedRm
                 * @memberof marketchain.repo.v1.Round
                 * @instance
                 */
                Round.prototype.sealedRm = null;

                /**
                 * Round selectProofHash.
                 * @member {Uint8Array} selectProofHash
                 * @memberof marketchain.repo.v1.Round
                 * @instance
                 */
                Round.prototype.selectProofHash = $util.newBuffer([]);

                /**
                 * Creates a new Round instance using the specified properties.
                 * @function create
                 * @memberof marketchain.repo.v1.Round
                 * @static
                 * @param {marketchain.repo.v1.Round.$Properties=} [properties] Properties to set
                 * @returns {marketchain.repo.v1.Round} Round instance
                 * @type {{
                 *   (properties: marketchain.repo.v1.Round.$Shape): marketchain.repo.v1.Round & marketchain.repo.v1.Round.$Shape;
                 *   (properties?: marketchain.repo.v1.Round.$Properties): marketchain.repo.v1.Round;
                 * }}
                 */
                Round.create = function(properties) {
                    return new Round(properties);
                };

                /**
                 * Encodes the specified Round message. Does not implicitly {@link marketchain.repo.v1.Round.verify|verify} messages.
                 * @function encode
                 * @memberof marketchain.repo.v1.Round
                 * @static
                 * @param {marketchain.repo.v1.Round.$Properties} message Round message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Round.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.id != null && $Object.hasOwnProperty.call(message, "id") && (typeof message.id === "object" ? message.id.low || message.id.high : message.id !== 0))
                        writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.id);
                    if (message.phase != null && $Object.hasOwnProperty.call(message, "phase") && message.phase !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.phase);
                    if (message.bdMm != null && $Object.hasOwnProperty.call(message, "bdMm") && message.bdMm !== "")
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.bdMm);
                    if (message.bdRm != null && $Object.hasOwnProperty.call(message, "bdRm") && message.bdRm !== "")
                        writer.uint32(/* id 4, wireType 2 =*/34).string(message.bdRm);
                    if (message.mmClient != null && $Object.hasOwnProperty.call(message, "mmClient") && message.mmClient !== "")
                        writer.uint32(/* id 5, wireType 2 =*/42).string(message.mmClient);
                    if (message.rmClient != null && $Object.hasOwnProperty.call(message, "rmClient") && message.rmClient !== "")
                        writer.uint32(/* id 6, wireType 2 =*/50).string(message.rmClient);
                    if (message.cashDenom != null && $Object.hasOwnProperty.call(message, "cashDenom") && message.cashDenom !== "")
                        writer.uint32(/* id 7, wireType 2 =*/58).string(message.cashDenom);
                    if (message.collateralDenom != null && $Object.hasOwnProperty.call(message, "collateralDenom") && message.collateralDenom !== "")
                        writer.uint32(/* id 8, wireType 2 =*/66).string(message.collateralDenom);
                    if (message.lotSize != null && $Object.hasOwnProperty.call(message, "lotSize") && message.lotSize !== "")
                        writer.uint32(/* id 9, wireType 2 =*/74).string(message.lotSize);
                    if (message.tenorBlocks != null && $Object.hasOwnProperty.call(message, "tenorBlocks") && (typeof message.tenorBlocks === "object" ? message.tenorBlocks.low || message.tenorBlocks.high : message.tenorBlocks !== 0))
                        writer.uint32(/* id 10, wireType 0 =*/80).uint64(message.tenorBlocks);
                    if (message.bond != null && $Object.hasOwnProperty.call(message, "bond") && message.bond !== "")
                        writer.uint32(/* id 11, wireType 2 =*/90).string(message.bond);
                    if (message.opener != null && $Object.hasOwnProperty.call(message, "opener") && message.opener !== "")
                        writer.uint32(/* id 12, wireType 2 =*/98).string(message.opener);
                    if (message.openedHeight != null && $Object.hasOwnProperty.call(message, "openedHeight") && (typeof message.openedHeight === "object" ? message.openedHeight.low || message.openedHeight.high : message.openedHeight !== 0))
                        writer.uint32(/* id 13, wireType 0 =*/104).uint64(message.openedHeight);
                    if (message.commitDeadline != null && $Object.hasOwnProperty.call(message, "commitDeadline") && (typeof message.commitDeadline === "object" ? message.commitDeadline.low || message.commitDeadline.high : message.commitDeadline !== 0))
                        writer.uint32(/* id 14, wireType 0 =*/112).uint64(message.commitDeadline);
                    if (message.revealDeadline != null && $Object.hasOwnProperty.call(message, "revealDeadline") && (typeof message.revealDeadline === "object" ? message.revealDeadline.low || message.revealDeadline.high : message.revealDeadline !== 0))
                        writer.uint32(/* id 15, wireType 0 =*/120).uint64(message.revealDeadline);
                    if (message.acceptDeadline != null && $Object.hasOwnProperty.call(message, "acceptDeadline") && (typeof message.acceptDeadline === "object" ? message.acceptDeadline.low || message.acceptDeadline.high : message.acceptDeadline !== 0))
                        writer.uint32(/* id 16, wireType 0 =*/128).uint64(message.acceptDeadline);
                    if (message.commitmentMm != null && $Object.hasOwnProperty.call(message, "commitmentMm") && message.commitmentMm.length)
                        writer.uint32(/* id 17, wireType 2 =*/138).bytes(message.commitmentMm);
                    if (message.commitmentRm != null && $Object.hasOwnProperty.call(message, "commitmentRm") && message.commitmentRm.length)
                        writer.uint32(/* id 18, wireType 2 =*/146).bytes(message.commitmentRm);
                    if (message.reportMm != null && $Object.hasOwnProperty.call(message, "reportMm"))
                        $root.marketchain.repo.v1.Report.encode(message.reportMm, writer.uint32(/* id 19, wireType 2 =*/154).fork(), _depth + 1).ldelim();
                    if (message.reportRm != null && $Object.hasOwnProperty.call(message, "reportRm"))
                        $root.marketchain.repo.v1.Report.encode(message.reportRm, writer.uint32(/* id 20, wireType 2 =*/162).fork(), _depth + 1).ldelim();
                    if (message.selection != null && $Object.hasOwnProperty.call(message, "selection"))
                        $root.marketchain.repo.v1.Selection.encode(message.selection, writer.uint32(/* id 21, wireType 2 =*/170).fork(), _depth + 1).ldelim();
                    if (message.legs != null && message.legs.length)
                        for (let i = 0; i < message.legs.length; ++i)
                            $root.marketchain.repo.v1.Leg.encode(message.legs[i], writer.uint32(/* id 22, wireType 2 =*/178).fork(), _depth + 1).ldelim();
                    if (message.startHeight != null && $Object.hasOwnProperty.call(message, "startHeight") && (typeof message.startHeight === "object" ? message.startHeight.low || message.startHeight.high : message.startHeight !== 0))
                        writer.uint32(/* id 23, wireType 0 =*/184).uint64(message.startHeight);
                    if (message.maturityHeight != null && $Object.hasOwnProperty.call(message, "maturityHeight") && (typeof message.maturityHeight === "object" ? message.maturityHeight.low || message.maturityHeight.high : message.maturityHeight !== 0))
                        writer.uint32(/* id 24, wireType 0 =*/192).uint64(message.maturityHeight);
                    if (message.graceDeadline != null && $Object.hasOwnProperty.call(message, "graceDeadline") && (typeof message.graceDeadline === "object" ? message.graceDeadline.low || message.graceDeadline.high : message.graceDeadline !== 0))
                        writer.uint32(/* id 25, wireType 0 =*/200).uint64(message.graceDeadline);
                    if (message.settlement != null && $Object.hasOwnProperty.call(message, "settlement"))
                        $root.marketchain.repo.v1.Settlement.encode(message.settlement, writer.uint32(/* id 26, wireType 2 =*/210).fork(), _depth + 1).ldelim();
                    if (message.outcome != null && $Object.hasOwnProperty.call(message, "outcome") && message.outcome !== "")
                        writer.uint32(/* id 27, wireType 2 =*/218).string(message.outcome);
                    if (message.bondMmHeld != null && $Object.hasOwnProperty.call(message, "bondMmHeld") && message.bondMmHeld !== false)
                        writer.uint32(/* id 28, wireType 0 =*/224).bool(message.bondMmHeld);
                    if (message.bondRmHeld != null && $Object.hasOwnProperty.call(message, "bondRmHeld") && message.bondRmHeld !== false)
                        writer.uint32(/* id 29, wireType 0 =*/232).bool(message.bondRmHeld);
                    if (message.cashHeld != null && $Object.hasOwnProperty.call(message, "cashHeld") && message.cashHeld !== "")
                        writer.uint32(/* id 30, wireType 2 =*/242).string(message.cashHeld);
                    if (message.collateralHeld != null && $Object.hasOwnProperty.call(message, "collateralHeld") && message.collateralHeld !== "")
                        writer.uint32(/* id 31, wireType 2 =*/250).string(message.collateralHeld);
                    if (message.closedHeight != null && $Object.hasOwnProperty.call(message, "closedHeight") && (typeof message.closedHeight === "object" ? message.closedHeight.low || message.closedHeight.high : message.closedHeight !== 0))
                        writer.uint32(/* id 32, wireType 0 =*/256).uint64(message.closedHeight);
                    if (message.acceptBlocks != null && $Object.hasOwnProperty.call(message, "acceptBlocks") && (typeof message.acceptBlocks === "object" ? message.acceptBlocks.low || message.acceptBlocks.high : message.acceptBlocks !== 0))
                        writer.uint32(/* id 33, wireType 0 =*/264).uint64(message.acceptBlocks);
                    if (message.rmAcceptDeadline != null && $Object.hasOwnProperty.call(message, "rmAcceptDeadline") && (typeof message.rmAcceptDeadline === "object" ? message.rmAcceptDeadline.low || message.rmAcceptDeadline.high : message.rmAcceptDeadline !== 0))
                        writer.uint32(/* id 34, wireType 0 =*/272).uint64(message.rmAcceptDeadline);
                    if (message.maxQty != null && $Object.hasOwnProperty.call(message, "maxQty") && (typeof message.maxQty === "object" ? message.maxQty.low || message.maxQty.high : message.maxQty !== 0))
                        writer.uint32(/* id 35, wireType 0 =*/280).uint64(message.maxQty);
                    if (message.requiredBond != null && $Object.hasOwnProperty.call(message, "requiredBond") && message.requiredBond !== "")
                        writer.uint32(/* id 36, wireType 2 =*/290).string(message.requiredBond);
                    if (message.privacy != null && $Object.hasOwnProperty.call(message, "privacy") && message.privacy !== 0)
                        writer.uint32(/* id 37, wireType 0 =*/296).uint32(message.privacy);
                    if (message.agent != null && $Object.hasOwnProperty.call(message, "agent") && message.agent !== "")
                        writer.uint32(/* id 38, wireType 2 =*/306).string(message.agent);
                    if (message.agentBond != null && $Object.hasOwnProperty.call(message, "agentBond") && message.agentBond !== "")
                        writer.uint32(/* id 39, wireType 2 =*/314).string(message.agentBond);
                    if (message.agentBondHeld != null && $Object.hasOwnProperty.call(message, "agentBondHeld") && message.agentBondHeld !== false)
                        writer.uint32(/* id 40, wireType 0 =*/320).bool(message.agentBondHeld);
                    if (message.sealedMm != null && $Object.hasOwnProperty.call(message, "sealedMm"))
                        $root.marketchain.repo.v1.SealedReport.encode(message.sealedMm, writer.uint32(/* id 41, wireType 2 =*/330).fork(), _depth + 1).ldelim();
                    if (message.sealedRm != null && $Object.hasOwnProperty.call(message, "sealedRm"))
                        $root.marketchain.repo.v1.SealedReport.encode(message.sealedRm, writer.uint32(/* id 42, wireType 2 =*/338).fork(), _depth + 1).ldelim();
                    if (message.selectProofHash != null && $Object.hasOwnProperty.call(message, "selectProofHash") && message.selectProofHash.length)
                        writer.uint32(/* id 43, wireType 2 =*/346).bytes(message.selectProofHash);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a Round message from the specified reader or buffer.
                 * @function decode
                 * @memberof marketchain.repo.v1.Round
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {marketchain.repo.v1.Round & marketchain.repo.v1.Round.$Shape} Round
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Round.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.marketchain.repo.v1.Round();
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
                                    message.id = value;
                                else
                                    delete message.id;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.phase = value;
                                else
                                    delete message.phase;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.bdMm = value;
                                else
                                    delete message.bdMm;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.bdRm = value;
                                else
                                    delete message.bdRm;
                                continue;
                            }
                        case 5: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.mmClient = value;
                                else
                                    delete message.mmClient;
                                continue;
                            }
                        case 6: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.rmClient = value;
                                else
                                    delete message.rmClient;
                                continue;
                            }
                        case 7: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.cashDenom = value;
                                else
                                    delete message.cashDenom;
                                continue;
                            }
                        case 8: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.collateralDenom = value;
                                else
                                    delete message.collateralDenom;
                                continue;
                            }
                        case 9: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.lotSize = value;
                                else
                                    delete message.lotSize;
                                continue;
                            }
                        case 10: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.tenorBlocks = value;
                                else
                                    delete message.tenorBlocks;
                                continue;
                            }
                        case 11: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.bond = value;
                                else
                                    delete message.bond;
                                continue;
                            }
                        case 12: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.opener = value;
                                else
                                    delete message.opener;
                                continue;
                            }
                        case 13: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.openedHeight = value;
                                else
                                    delete message.openedHeight;
                                continue;
                            }
                        case 14: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.commitDeadline = value;
                                else
                                    delete message.commitDeadline;
                                continue;
                            }
                        case 15: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.revealDeadline = value;
                                else
                                    delete message.revealDeadline;
                                continue;
                            }
                        case 16: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.acceptDeadline = value;
                                else
                                    delete message.acceptDeadline;
                                continue;
                            }
                        case 17: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.bytes()).length)
                                    message.commitmentMm = value;
                                else
                                    delete message.commitmentMm;
                                continue;
                            }
                        case 18: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.bytes()).length)
                                    message.commitmentRm = value;
                                else
                                    delete message.commitmentRm;
                                continue;
                            }
                        case 19: {
                                if (wireType !== 2)
                                    break;
                                message.reportMm = $root.marketchain.repo.v1.Report.decode(reader, reader.size(), $undefined, _depth + 1, message.reportMm);
                                continue;
                            }
                        case 20: {
                                if (wireType !== 2)
                                    break;
                                message.reportRm = $root.marketchain.repo.v1.Report.decode(reader, reader.size(), $undefined, _depth + 1, message.reportRm);
                                continue;
                            }
                        case 21: {
                                if (wireType !== 2)
                                    break;
                                message.selection = $root.marketchain.repo.v1.Selection.decode(reader, reader.size(), $undefined, _depth + 1, message.selection);
                                continue;
                            }
                        case 22: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.legs && message.legs.length))
                                    message.legs = [];
                                message.legs.push($root.marketchain.repo.v1.Leg.decode(reader, reader.size(), $undefined, _depth + 1));
                                continue;
                            }
                        case 23: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.startHeight = value;
                                else
                                    delete message.startHeight;
                                continue;
                            }
                        case 24: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.maturityHeight = value;
                                else
                                    delete message.maturityHeight;
                                continue;
                            }
                        case 25: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.graceDeadline = value;
                                else
                                    delete message.graceDeadline;
                                continue;
                            }
                        case 26: {
                                if (wireType !== 2)
                                    break;
                                message.settlement = $root.marketchain.repo.v1.Settlement.decode(reader, reader.size(), $undefined, _depth + 1, message.settlement);
                                continue;
                            }
                        case 27: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.outcome = value;
                                else
                                    delete message.outcome;
                                continue;
                            }
                        case 28: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.bool())
                                    message.bondMmHeld = value;
                                else
                                    delete message.bondMmHeld;
                                continue;
                            }
                        case 29: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.bool())
                                    message.bondRmHeld = value;
                                else
                                    delete message.bondRmHeld;
                                continue;
                            }
                        case 30: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.cashHeld = value;
                                else
                                    delete message.cashHeld;
                                continue;
                            }
                        case 31: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.collateralHeld = value;
                                else
                                    delete message.collateralHeld;
                                continue;
                            }
                        case 32: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.closedHeight = value;
                                else
                                    delete message.closedHeight;
                                continue;
                            }
                        case 33: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.acceptBlocks = value;
                                else
                                    delete message.acceptBlocks;
                                continue;
                            }
                        case 34: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.rmAcceptDeadline = value;
                                else
                                    delete message.rmAcceptDeadline;
                                continue;
                            }
                        case 35: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.maxQty = value;
                                else
                                    delete message.maxQty;
                                continue;
                            }
                        case 36: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.requiredBond = value;
                                else
                                    delete message.requiredBond;
                                continue;
                            }
                        case 37: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.privacy = value;
                                else
                                    delete message.privacy;
                                continue;
                            }
                        case 38: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.agent = value;
                                else
                                    delete message.agent;
                                continue;
                            }
                        case 39: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.agentBond = value;
                                else
                                    delete message.agentBond;
                                continue;
                            }
                        case 40: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.bool())
                                    message.agentBondHeld = value;
                                else
                                    delete message.agentBondHeld;
                                continue;
                            }
                        case 41: {
                                if (wireType !== 2)
                                    break;
                                message.sealedMm = $root.marketchain.repo.v1.SealedReport.decode(reader, reader.size(), $undefined, _depth + 1, message.sealedMm);
                                continue;
                            }
                        case 42: {
                                if (wireType !== 2)
                                    break;
                                message.sealedRm = $root.marketchain.repo.v1.SealedReport.decode(reader, reader.size(), $undefined, _depth + 1, message.sealedRm);
                                continue;
                            }
                        case 43: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.bytes()).length)
                                    message.selectProofHash = value;
                                else
                                    delete message.selectProofHash;
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
                 * Creates a Round message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof marketchain.repo.v1.Round
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {marketchain.repo.v1.Round} Round
                 */
                Round.fromObject = function (object, _depth) {
                    if (object instanceof $root.marketchain.repo.v1.Round)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".marketchain.repo.v1.Round: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.marketchain.repo.v1.Round();
                    if (object.id != null)
                        if (typeof object.id === "object" ? object.id.low || object.id.high : $Number(object.id) !== 0)
                            if ($util.Long)
                                message.id = $util.Long.fromValue(object.id, true);
                            else if (typeof object.id === "string")
                                message.id = $parseInt(object.id, 10);
                            else if (typeof object.id === "number")
                                message.id = object.id;
                            else if (typeof object.id === "object")
                                message.id = new $util.LongBits(object.id.low >>> 0, object.id.high >>> 0).toNumber(true);
                    if (object.phase != null)
                        if (typeof object.phase !== "string" || object.phase.length)
                            message.phase = $String(object.phase);
                    if (object.bdMm != null)
                        if (typeof object.bdMm !== "string" || object.bdMm.length)
                            message.bdMm = $String(object.bdMm);
                    if (object.bdRm != null)
                        if (typeof object.bdRm !== "string" || object.bdRm.length)
                            message.bdRm = $String(object.bdRm);
                    if (object.mmClient != null)
                        if (typeof object.mmClient !== "string" || object.mmClient.length)
                            message.mmClient = $String(object.mmClient);
                    if (object.rmClient != null)
                        if (typeof object.rmClient !== "string" || object.rmClient.length)
                            message.rmClient = $String(object.rmClient);
                    if (object.cashDenom != null)
                        if (typeof object.cashDenom !== "string" || object.cashDenom.length)
                            message.cashDenom = $String(object.cashDenom);
                    if (object.collateralDenom != null)
                        if (typeof object.collateralDenom !== "string" || object.collateralDenom.length)
                            message.collateralDenom = $String(object.collateralDenom);
                    if (object.lotSize != null)
                        if (typeof object.lotSize !== "string" || object.lotSize.length)
                            message.lotSize = $String(object.lotSize);
                    if (object.tenorBlocks != null)
                        if (typeof object.tenorBlocks === "object" ? object.tenorBlocks.low || object.tenorBlocks.high : $Number(object.tenorBlocks) !== 0)
                            if ($util.Long)
                                message.tenorBlocks = $util.Long.fromValue(object.tenorBlocks, true);
                            else if (typeof object.tenorBlocks === "string")
                                message.tenorBlocks = $parseInt(object.tenorBlocks, 10);
                            else if (typeof object.tenorBlocks === "number")
                                message.tenorBlocks = object.tenorBlocks;
                            else if (typeof object.tenorBlocks === "object")
                                message.tenorBlocks = new $util.LongBits(object.tenorBlocks.low >>> 0, object.tenorBlocks.high >>> 0).toNumber(true);
                    if (object.bond != null)
                        if (typeof object.bond !== "string" || object.bond.length)
                            message.bond = $String(object.bond);
                    if (object.opener != null)
                        if (typeof object.opener !== "string" || object.opener.length)
                            message.opener = $String(object.opener);
                    if (object.openedHeight != null)
                        if (typeof object.openedHeight === "object" ? object.openedHeight.low || object.openedHeight.high : $Number(object.openedHeight) !== 0)
                            if ($util.Long)
                                message.openedHeight = $util.Long.fromValue(object.openedHeight, true);
                            else if (typeof object.openedHeight === "string")
                                message.openedHeight = $parseInt(object.openedHeight, 10);
                            else if (typeof object.openedHeight === "number")
                                message.openedHeight = object.openedHeight;
                            else if (typeof object.openedHeight === "object")
                                message.openedHeight = new $util.LongBits(object.openedHeight.low >>> 0, object.openedHeight.high >>> 0).toNumber(true);
                    if (object.commitDeadline != null)
                        if (typeof object.commitDeadline === "object" ? object.commitDeadline.low || object.commitDeadline.high : $Number(object.commitDeadline) !== 0)
                            if ($util.Long)
                                message.commitDeadline = $util.Long.fromValue(object.commitDeadline, true);
                            else if (typeof object.commitDeadline === "string")
                                message.commitDeadline = $parseInt(object.commitDeadline, 10);
                            else if (typeof object.commitDeadline === "number")
                                message.commitDeadline = object.commitDeadline;
                            else if (typeof object.commitDeadline === "object")
                                message.commitDeadline = new $util.LongBits(object.commitDeadline.low >>> 0, object.commitDeadline.high >>> 0).toNumber(true);
                    if (object.revealDeadline != null)
                        if (typeof object.revealDeadline === "object" ? object.revealDeadline.low || object.revealDeadline.high : $Number(object.revealDeadline) !== 0)
                            if ($util.Long)
                                message.revealDeadline = $util.Long.fromValue(object.revealDeadline, true);
                            else if (typeof object.revealDeadline === "string")
                                message.revealDeadline = $parseInt(object.revealDeadline, 10);
                            else if (typeof object.revealDeadline === "number")
                                message.revealDeadline = object.revealDeadline;
                            else if (typeof object.revealDeadline === "object")
                                message.revealDeadline = new $util.LongBits(object.revealDeadline.low >>> 0, object.revealDeadline.high >>> 0).toNumber(true);
                    if (object.acceptDeadline != null)
                        if (typeof object.acceptDeadline === "object" ? object.acceptDeadline.low || object.acceptDeadline.high : $Number(object.acceptDeadline) !== 0)
                            if ($util.Long)
                                message.acceptDeadline = $util.Long.fromValue(object.acceptDeadline, true);
                            else if (typeof object.acceptDeadline === "string")
                                message.acceptDeadline = $parseInt(object.acceptDeadline, 10);
                            else if (typeof object.acceptDeadline === "number")
                                message.acceptDeadline = object.acceptDeadline;
                            else if (typeof object.acceptDeadline === "object")
                                message.acceptDeadline = new $util.LongBits(object.acceptDeadline.low >>> 0, object.acceptDeadline.high >>> 0).toNumber(true);
                    if (object.commitmentMm != null)
                        if (object.commitmentMm.length)
                            if (typeof object.commitmentMm === "string")
                                $util.base64.decode(object.commitmentMm, message.commitmentMm = $util.newBuffer($util.base64.length(object.commitmentMm)), 0);
                            else if (object.commitmentMm.length >= 0)
                                message.commitmentMm = object.commitmentMm;
                    if (object.commitmentRm != null)
                        if (object.commitmentRm.length)
                            if (typeof object.commitmentRm === "string")
                                $util.base64.decode(object.commitmentRm, message.commitmentRm = $util.newBuffer($util.base64.length(object.commitmentRm)), 0);
                            else if (object.commitmentRm.length >= 0)
                                message.commitmentRm = object.commitmentRm;
                    if (object.reportMm != null) {
                        if (!$util.isObject(object.reportMm))
                            throw $TypeError(".marketchain.repo.v1.Round.reportMm: object expected");
                        message.reportMm = $root.marketchain.repo.v1.Report.fromObject(object.reportMm, _depth + 1);
                    }
                    if (object.reportRm != null) {
                        if (!$util.isObject(object.reportRm))
                            throw $TypeError(".marketchain.repo.v1.Round.reportRm: object expected");
                        message.reportRm = $root.marketchain.repo.v1.Report.fromObject(object.reportRm, _depth + 1);
                    }
                    if (object.selection != null) {
                        if (!$util.isObject(object.selection))
                            throw $TypeError(".marketchain.repo.v1.Round.selection: object expected");
                        message.selection = $root.marketchain.repo.v1.Selection.fromObject(object.selection, _depth + 1);
                    }
                    if (object.legs) {
                        if (!$Array.isArray(object.legs))
                            throw $TypeError(".marketchain.repo.v1.Round.legs: array expected");
                        message.legs = $Array(object.legs.length);
                        for (let i = 0; i < object.legs.length; ++i) {
                            if (!$util.isObject(object.legs[i]))
                                throw $TypeError(".marketchain.repo.v1.Round.legs: object expected");
                            message.legs[i] = $root.marketchain.repo.v1.Leg.fromObject(object.legs[i], _depth + 1);
                        }
                    }
                    if (object.startHeight != null)
                        if (typeof object.startHeight === "object" ? object.startHeight.low || object.startHeight.high : $Number(object.startHeight) !== 0)
                            if ($util.Long)
                                message.startHeight = $util.Long.fromValue(object.startHeight, true);
                            else if (typeof object.startHeight === "string")
                                message.startHeight = $parseInt(object.startHeight, 10);
                            else if (typeof object.startHeight === "number")
                                message.startHeight = object.startHeight;
                            else if (typeof object.startHeight === "object")
                                message.startHeight = new $util.LongBits(object.startHeight.low >>> 0, object.startHeight.high >>> 0).toNumber(true);
                    if (object.maturityHeight != null)
                        if (typeof object.maturityHeight === "object" ? object.maturityHeight.low || object.maturityHeight.high : $Number(object.maturityHeight) !== 0)
                            if ($util.Long)
                                message.maturityHeight = $util.Long.fromValue(object.maturityHeight, true);
                            else if (typeof object.maturityHeight === "string")
                                message.maturityHeight = $parseInt(object.maturityHeight, 10);
                            else if (typeof object.maturityHeight === "number")
                                message.maturityHeight = object.maturityHeight;
                            else if (typeof object.maturityHeight === "object")
                                message.maturityHeight = new $util.LongBits(object.maturityHeight.low >>> 0, object.maturityHeight.high >>> 0).toNumber(true);
                    if (object.graceDeadline != null)
                        if (typeof object.graceDeadline === "object" ? object.graceDeadline.low || object.graceDeadline.high : $Number(object.graceDeadline) !== 0)
                            if ($util.Long)
                                message.graceDeadline = $util.Long.fromValue(object.graceDeadline, true);
                            else if (typeof object.graceDeadline === "string")
                                message.graceDeadline = $parseInt(object.graceDeadline, 10);
                            else if (typeof object.graceDeadline === "number")
                                message.graceDeadline = object.graceDeadline;
                            else if (typeof object.graceDeadline === "object")
                                message.graceDeadline = new $util.LongBits(object.graceDeadline.low >>> 0, object.graceDeadline.high >>> 0).toNumber(true);
                    if (object.settlement != null) {
                        if (!$util.isObject(object.settlement))
                            throw $TypeError(".marketchain.repo.v1.Round.settlement: object expected");
                        message.settlement = $root.marketchain.repo.v1.Settlement.fromObject(object.settlement, _depth + 1);
                    }
                    if (object.outcome != null)
                        if (typeof object.outcome !== "string" || object.outcome.length)
                            message.outcome = $String(object.outcome);
                    if (object.bondMmHeld != null)
                        if (object.bondMmHeld)
                            message.bondMmHeld = $Boolean(object.bondMmHeld);
                    if (object.bondRmHeld != null)
                        if (object.bondRmHeld)
                            message.bondRmHeld = $Boolean(object.bondRmHeld);
                    if (object.cashHeld != null)
                        if (typeof object.cashHeld !== "string" || object.cashHeld.length)
                            message.cashHeld = $String(object.cashHeld);
                    if (object.collateralHeld != null)
                        if (typeof object.collateralHeld !== "string" || object.collateralHeld.length)
                            message.collateralHeld = $String(object.collateralHeld);
                    if (object.closedHeight != null)
                        if (typeof object.closedHeight === "object" ? object.closedHeight.low || object.closedHeight.high : $Number(object.closedHeight) !== 0)
                            if ($util.Long)
                                message.closedHeight = $util.Long.fromValue(object.closedHeight, true);
                            else if (typeof object.closedHeight === "string")
                                message.closedHeight = $parseInt(object.closedHeight, 10);
                            else if (typeof object.closedHeight === "number")
                                message.closedHeight = object.closedHeight;
                            else if (typeof object.closedHeight === "object")
                                message.closedHeight = new $util.LongBits(object.closedHeight.low >>> 0, object.closedHeight.high >>> 0).toNumber(true);
                    if (object.acceptBlocks != null)
                        if (typeof object.acceptBlocks === "object" ? object.acceptBlocks.low || object.acceptBlocks.high : $Number(object.acceptBlocks) !== 0)
                            if ($util.Long)
                                message.acceptBlocks = $util.Long.fromValue(object.acceptBlocks, true);
                            else if (typeof object.acceptBlocks === "string")
                                message.acceptBlocks = $parseInt(object.acceptBlocks, 10);
                            else if (typeof object.acceptBlocks === "number")
                                message.acceptBlocks = object.acceptBlocks;
                            else if (typeof object.acceptBlocks === "object")
                                message.acceptBlocks = new $util.LongBits(object.acceptBlocks.low >>> 0, object.acceptBlocks.high >>> 0).toNumber(true);
                    if (object.rmAcceptDeadline != null)
                        if (typeof object.rmAcceptDeadline === "object" ? object.rmAcceptDeadline.low || object.rmAcceptDeadline.high : $Number(object.rmAcceptDeadline) !== 0)
                            if ($util.Long)
                                message.rmAcceptDeadline = $util.Long.fromValue(object.rmAcceptDeadline, true);
                            else if (typeof object.rmAcceptDeadline === "string")
                                message.rmAcceptDeadline = $parseInt(object.rmAcceptDeadline, 10);
                            else if (typeof object.rmAcceptDeadline === "number")
                                message.rmAcceptDeadline = object.rmAcceptDeadline;
                            else if (typeof object.rmAcceptDeadline === "object")
                                message.rmAcceptDeadline = new $util.LongBits(object.rmAcceptDeadline.low >>> 0, object.rmAcceptDeadline.high >>> 0).toNumber(true);
                    if (object.maxQty != null)
                        if (typeof object.maxQty === "object" ? object.maxQty.low || object.maxQty.high : $Number(object.maxQty) !== 0)
                            if ($util.Long)
                                message.maxQty = $util.Long.fromValue(object.maxQty, true);
                            else if (typeof object.maxQty === "string")
                                message.maxQty = $parseInt(object.maxQty, 10);
                            else if (typeof object.maxQty === "number")
                                message.maxQty = object.maxQty;
                            else if (typeof object.maxQty === "object")
                                message.maxQty = new $util.LongBits(object.maxQty.low >>> 0, object.maxQty.high >>> 0).toNumber(true);
                    if (object.requiredBond != null)
                        if (typeof object.requiredBond !== "string" || object.requiredBond.length)
                            message.requiredBond = $String(object.requiredBond);
                    if (object.privacy != null)
                        if ($Number(object.privacy) !== 0)
                            message.privacy = object.privacy >>> 0;
                    if (object.agent != null)
                        if (typeof object.agent !== "string" || object.agent.length)
                            message.agent = $String(object.agent);
                    if (object.agentBond != null)
                        if (typeof object.agentBond !== "string" || object.agentBond.length)
                            message.agentBond = $String(object.agentBond);
                    if (object.agentBondHeld != null)
                        if (object.agentBondHeld)
                            message.agentBondHeld = $Boolean(object.agentBondHeld);
                    if (object.sealedMm != null) {
                        if (!$util.isObject(object.sealedMm))
                            throw $TypeError(".marketchain.repo.v1.Round.sealedMm: object expected");
                        message.sealedMm = $root.marketchain.repo.v1.SealedReport.fromObject(object.sealedMm, _depth + 1);
                    }
                    if (object.sealedRm != null) {
                        if (!$util.isObject(object.sealedRm))
                            throw $TypeError(".marketchain.repo.v1.Round.sealedRm: object expected");
                        message.sealedRm = $root.marketchain.repo.v1.SealedReport.fromObject(object.sealedRm, _depth + 1);
                    }
                    if (object.selectProofHash != null)
                        if (object.selectProofHash.length)
                            if (typeof object.selectProofHash === "string")
                                $util.base64.decode(object.selectProofHash, message.selectProofHash = $util.newBuffer($util.base64.length(object.selectProofHash)), 0);
                            else if (object.selectProofHash.length >= 0)
                                message.selectProofHash = object.selectProofHash;
                    return message;
                };

                /**
                 * Creates a plain object from a Round message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof marketchain.repo.v1.Round
                 * @static
                 * @param {marketchain.repo.v1.Round} message Round
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                Round.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.arrays || options.defaults)
                        object.legs = [];
                    if (options.defaults) {
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.id = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.id = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        object.phase = "";
                        object.bdMm = "";
                        object.bdRm = "";
                        object.mmClient = "";
                        object.rmClient = "";
                        object.cashDenom = "";
                        object.collateralDenom = "";
                        object.lotSize = "";
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.tenorBlocks = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.tenorBlocks = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        object.bond = "";
                        object.opener = "";
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.openedHeight = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.openedHeight = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.commitDeadline = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.commitDeadline = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.revealDeadline = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.revealDeadline = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.acceptDeadline = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.acceptDeadline = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        if (options.bytes === $String)
                            object.commitmentMm = "";
                        else {
                            object.commitmentMm = [];
                            if (options.bytes !== $Array)
                                object.commitmentMm = $util.newBuffer(object.commitmentMm);
                        }
                        if (options.bytes === $String)
                            object.commitmentRm = "";
                        else {
                            object.commitmentRm = [];
                            if (options.bytes !== $Array)
                                object.commitmentRm = $util.newBuffer(object.commitmentRm);
                        }
                        object.reportMm = null;
                        object.reportRm = null;
                        object.selection = null;
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.startHeight = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.startHeight = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.maturityHeight = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.maturityHeight = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.graceDeadline = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.graceDeadline = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        object.settlement = null;
                        object.outcome = "";
                        object.bondMmHeld = false;
                        object.bondRmHeld = false;
                        object.cashHeld = "";
                        object.collateralHeld = "";
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.closedHeight = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.closedHeight = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.acceptBlocks = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.acceptBlocks = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.rmAcceptDeadline = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.rmAcceptDeadline = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.maxQty = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.maxQty = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        object.requiredBond = "";
                        object.privacy = 0;
                        object.agent = "";
                        object.agentBond = "";
                        object.agentBondHeld = false;
                        object.sealedMm = null;
                        object.sealedRm = null;
                        if (options.bytes === $String)
                            object.selectProofHash = "";
                        else {
                            object.selectProofHash = [];
                            if (options.bytes !== $Array)
                                object.selectProofHash = $util.newBuffer(object.selectProofHash);
                        }
                    }
                    if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.id = typeof message.id === "number" ? $BigInt(message.id) : $util.Long.fromBits(message.id.low >>> 0, message.id.high >>> 0, true).toBigInt();
                        else if (typeof message.id === "number")
                            object.id = options.longs === $String ? $String(message.id) : message.id;
                        else
                            object.id = options.longs === $String ? $util.Long.prototype.toString.call(message.id) : options.longs === $Number ? new $util.LongBits(message.id.low >>> 0, message.id.high >>> 0).toNumber(true) : message.id;
                    if (message.phase != null && $Object.hasOwnProperty.call(message, "phase"))
                        object.phase = message.phase;
                    if (message.bdMm != null && $Object.hasOwnProperty.call(message, "bdMm"))
                        object.bdMm = message.bdMm;
                    if (message.bdRm != null && $Object.hasOwnProperty.call(message, "bdRm"))
                        object.bdRm = message.bdRm;
                    if (message.mmClient != null && $Object.hasOwnProperty.call(message, "mmClient"))
                        object.mmClient = message.mmClient;
                    if (message.rmClient != null && $Object.hasOwnProperty.call(message, "rmClient"))
                        object.rmClient = message.rmClient;
                    if (message.cashDenom != null && $Object.hasOwnProperty.call(message, "cashDenom"))
                        object.cashDenom = message.cashDenom;
                    if (message.collateralDenom != null && $Object.hasOwnProperty.call(message, "collateralDenom"))
                        object.collateralDenom = message.collateralDenom;
                    if (message.lotSize != null && $Object.hasOwnProperty.call(message, "lotSize"))
                        object.lotSize = message.lotSize;
                    if (message.tenorBlocks != null && $Object.hasOwnProperty.call(message, "tenorBlocks"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.tenorBlocks = typeof message.tenorBlocks === "number" ? $BigInt(message.tenorBlocks) : $util.Long.fromBits(message.tenorBlocks.low >>> 0, message.tenorBlocks.high >>> 0, true).toBigInt();
                        else if (typeof message.tenorBlocks === "number")
                            object.tenorBlocks = options.longs === $String ? $String(message.tenorBlocks) : message.tenorBlocks;
                        else
                            object.tenorBlocks = options.longs === $String ? $util.Long.prototype.toString.call(message.tenorBlocks) : options.longs === $Number ? new $util.LongBits(message.tenorBlocks.low >>> 0, message.tenorBlocks.high >>> 0).toNumber(true) : message.tenorBlocks;
                    if (message.bond != null && $Object.hasOwnProperty.call(message, "bond"))
                        object.bond = message.bond;
                    if (message.opener != null && $Object.hasOwnProperty.call(message, "opener"))
                        object.opener = message.opener;
                    if (message.openedHeight != null && $Object.hasOwnProperty.call(message, "openedHeight"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.openedHeight = typeof message.openedHeight === "number" ? $BigInt(message.openedHeight) : $util.Long.fromBits(message.openedHeight.low >>> 0, message.openedHeight.high >>> 0, true).toBigInt();
                        else if (typeof message.openedHeight === "number")
                            object.openedHeight = options.longs === $String ? $String(message.openedHeight) : message.openedHeight;
                        else
                            object.openedHeight = options.longs === $String ? $util.Long.prototype.toString.call(message.openedHeight) : options.longs === $Number ? new $util.LongBits(message.openedHeight.low >>> 0, message.openedHeight.high >>> 0).toNumber(true) : message.openedHeight;
                    if (message.commitDeadline != null && $Object.hasOwnProperty.call(message, "commitDeadline"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.commitDeadline = typeof message.commitDeadline === "number" ? $BigInt(message.commitDeadline) : $util.Long.fromBits(message.commitDeadline.low >>> 0, message.commitDeadline.high >>> 0, true).toBigInt();
                        else if (typeof message.commitDeadline === "number")
                            object.commitDeadline = options.longs === $String ? $String(message.commitDeadline) : message.commitDeadline;
                        else
                            object.commitDeadline = options.longs === $String ? $util.Long.prototype.toString.call(message.commitDeadline) : options.longs === $Number ? new $util.LongBits(message.commitDeadline.low >>> 0, message.commitDeadline.high >>> 0).toNumber(true) : message.commitDeadline;
                    if (message.revealDeadline != null && $Object.hasOwnProperty.call(message, "revealDeadline"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.revealDeadline = typeof message.revealDeadline === "number" ? $BigInt(message.revealDeadline) : $util.Long.fromBits(message.revealDeadline.low >>> 0, message.revealDeadline.high >>> 0, true).toBigInt();
                        else if (typeof message.revealDeadline === "number")
                            object.revealDeadline = options.longs === $String ? $String(message.revealDeadline) : message.revealDeadline;
                        else
                            object.revealDeadline = options.longs === $String ? $util.Long.prototype.toString.call(message.revealDeadline) : options.longs === $Number ? new $util.LongBits(message.revealDeadline.low >>> 0, message.revealDeadline.high >>> 0).toNumber(true) : message.revealDeadline;
                    if (message.acceptDeadline != null && $Object.hasOwnProperty.call(message, "acceptDeadline"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.acceptDeadline = typeof message.acceptDeadline === "number" ? $BigInt(message.acceptDeadline) : $util.Long.fromBits(message.acceptDeadline.low >>> 0, message.acceptDeadline.high >>> 0, true).toBigInt();
                        else if (typeof message.acceptDeadline === "number")
                            object.acceptDeadline = options.longs === $String ? $String(message.acceptDeadline) : message.acceptDeadline;
                        else
                            object.acceptDeadline = options.longs === $String ? $util.Long.prototype.toString.call(message.acceptDeadline) : options.longs === $Number ? new $util.LongBits(message.acceptDeadline.low >>> 0, message.acceptDeadline.high >>> 0).toNumber(true) : message.acceptDeadline;
                    if (message.commitmentMm != null && $Object.hasOwnProperty.call(message, "commitmentMm"))
                        object.commitmentMm = options.bytes === $String ? $util.base64.encode(message.commitmentMm, 0, message.commitmentMm.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.commitmentMm) : message.commitmentMm;
                    if (message.commitmentRm != null && $Object.hasOwnProperty.call(message, "commitmentRm"))
                        object.commitmentRm = options.bytes === $String ? $util.base64.encode(message.commitmentRm, 0, message.commitmentRm.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.commitmentRm) : message.commitmentRm;
                    if (message.reportMm != null && $Object.hasOwnProperty.call(message, "reportMm"))
                        object.reportMm = $root.marketchain.repo.v1.Report.toObject(message.reportMm, options, _depth + 1);
                    if (message.reportRm != null && $Object.hasOwnProperty.call(message, "reportRm"))
                        object.reportRm = $root.marketchain.repo.v1.Report.toObject(message.reportRm, options, _depth + 1);
                    if (message.selection != null && $Object.hasOwnProperty.call(message, "selection"))
                        object.selection = $root.marketchain.repo.v1.Selection.toObject(message.selection, options, _depth + 1);
                    if (message.legs && message.legs.length) {
                        object.legs = $Array(message.legs.length);
                        for (let j = 0; j < message.legs.length; ++j)
                            object.legs[j] = $root.marketchain.repo.v1.Leg.toObject(message.legs[j], options, _depth + 1);
                    }
                    if (message.startHeight != null && $Object.hasOwnProperty.call(message, "startHeight"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.startHeight = typeof message.startHeight === "number" ? $BigInt(message.startHeight) : $util.Long.fromBits(message.startHeight.low >>> 0, message.startHeight.high >>> 0, true).toBigInt();
                        else if (typeof message.startHeight === "number")
                            object.startHeight = options.longs === $String ? $String(message.startHeight) : message.startHeight;
                        else
                            object.startHeight = options.longs === $String ? $util.Long.prototype.toString.call(message.startHeight) : options.longs === $Number ? new $util.LongBits(message.startHeight.low >>> 0, message.startHeight.high >>> 0).toNumber(true) : message.startHeight;
                    if (message.maturityHeight != null && $Object.hasOwnProperty.call(message, "maturityHeight"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.maturityHeight = typeof message.maturityHeight === "number" ? $BigInt(message.maturityHeight) : $util.Long.fromBits(message.maturityHeight.low >>> 0, message.maturityHeight.high >>> 0, true).toBigInt();
                        else if (typeof message.maturityHeight === "number")
                            object.maturityHeight = options.longs === $String ? $String(message.maturityHeight) : message.maturityHeight;
                        else
                            object.maturityHeight = options.longs === $String ? $util.Long.prototype.toString.call(message.maturityHeight) : options.longs === $Number ? new $util.LongBits(message.maturityHeight.low >>> 0, message.maturityHeight.high >>> 0).toNumber(true) : message.maturityHeight;
                    if (message.graceDeadline != null && $Object.hasOwnProperty.call(message, "graceDeadline"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.graceDeadline = typeof message.graceDeadline === "number" ? $BigInt(message.graceDeadline) : $util.Long.fromBits(message.graceDeadline.low >>> 0, message.graceDeadline.high >>> 0, true).toBigInt();
                        else if (typeof message.graceDeadline === "number")
                            object.graceDeadline = options.longs === $String ? $String(message.graceDeadline) : message.graceDeadline;
                        else
                            object.graceDeadline = options.longs === $String ? $util.Long.prototype.toString.call(message.graceDeadline) : options.longs === $Number ? new $util.LongBits(message.graceDeadline.low >>> 0, message.graceDeadline.high >>> 0).toNumber(true) : message.graceDeadline;
                    if (message.settlement != null && $Object.hasOwnProperty.call(message, "settlement"))
                        object.settlement = $root.marketchain.repo.v1.Settlement.toObject(message.settlement, options, _depth + 1);
                    if (message.outcome != null && $Object.hasOwnProperty.call(message, "outcome"))
                        object.outcome = message.outcome;
                    if (message.bondMmHeld != null && $Object.hasOwnProperty.call(message, "bondMmHeld"))
                        object.bondMmHeld = message.bondMmHeld;
                    if (message.bondRmHeld != null && $Object.hasOwnProperty.call(message, "bondRmHeld"))
                        object.bondRmHeld = message.bondRmHeld;
                    if (message.cashHeld != null && $Object.hasOwnProperty.call(message, "cashHeld"))
                        object.cashHeld = message.cashHeld;
                    if (message.collateralHeld != null && $Object.hasOwnProperty.call(message, "collateralHeld"))
                        object.collateralHeld = message.collateralHeld;
                    if (message.closedHeight != null && $Object.hasOwnProperty.call(message, "closedHeight"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.closedHeight = typeof message.closedHeight === "number" ? $BigInt(message.closedHeight) : $util.Long.fromBits(message.closedHeight.low >>> 0, message.closedHeight.high >>> 0, true).toBigInt();
                        else if (typeof message.closedHeight === "number")
                            object.closedHeight = options.longs === $String ? $String(message.closedHeight) : message.closedHeight;
                        else
                            object.closedHeight = options.longs === $String ? $util.Long.prototype.toString.call(message.closedHeight) : options.longs === $Number ? new $util.LongBits(message.closedHeight.low >>> 0, message.closedHeight.high >>> 0).toNumber(true) : message.closedHeight;
                    if (message.acceptBlocks != null && $Object.hasOwnProperty.call(message, "acceptBlocks"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.acceptBlocks = typeof message.acceptBlocks === "number" ? $BigInt(message.acceptBlocks) : $util.Long.fromBits(message.acceptBlocks.low >>> 0, message.acceptBlocks.high >>> 0, true).toBigInt();
                        else if (typeof message.acceptBlocks === "number")
                            object.acceptBlocks = options.longs === $String ? $String(message.acceptBlocks) : message.acceptBlocks;
                        else
                            object.acceptBlocks = options.longs === $String ? $util.Long.prototype.toString.call(message.acceptBlocks) : options.longs === $Number ? new $util.LongBits(message.acceptBlocks.low >>> 0, message.acceptBlocks.high >>> 0).toNumber(true) : message.acceptBlocks;
                    if (message.rmAcceptDeadline != null && $Object.hasOwnProperty.call(message, "rmAcceptDeadline"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.rmAcceptDeadline = typeof message.rmAcceptDeadline === "number" ? $BigInt(message.rmAcceptDeadline) : $util.Long.fromBits(message.rmAcceptDeadline.low >>> 0, message.rmAcceptDeadline.high >>> 0, true).toBigInt();
                        else if (typeof message.rmAcceptDeadline === "number")
                            object.rmAcceptDeadline = options.longs === $String ? $String(message.rmAcceptDeadline) : message.rmAcceptDeadline;
                        else
                            object.rmAcceptDeadline = options.longs === $String ? $util.Long.prototype.toString.call(message.rmAcceptDeadline) : options.longs === $Number ? new $util.LongBits(message.rmAcceptDeadline.low >>> 0, message.rmAcceptDeadline.high >>> 0).toNumber(true) : message.rmAcceptDeadline;
                    if (message.maxQty != null && $Object.hasOwnProperty.call(message, "maxQty"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.maxQty = typeof message.maxQty === "number" ? $BigInt(message.maxQty) : $util.Long.fromBits(message.maxQty.low >>> 0, message.maxQty.high >>> 0, true).toBigInt();
                        else if (typeof message.maxQty === "number")
                            object.maxQty = options.longs === $String ? $String(message.maxQty) : message.maxQty;
                        else
                            object.maxQty = options.longs === $String ? $util.Long.prototype.toString.call(message.maxQty) : options.longs === $Number ? new $util.LongBits(message.maxQty.low >>> 0, message.maxQty.high >>> 0).toNumber(true) : message.maxQty;
                    if (message.requiredBond != null && $Object.hasOwnProperty.call(message, "requiredBond"))
                        object.requiredBond = message.requiredBond;
                    if (message.privacy != null && $Object.hasOwnProperty.call(message, "privacy"))
                        object.privacy = message.privacy;
                    if (message.agent != null && $Object.hasOwnProperty.call(message, "agent"))
                        object.agent = message.agent;
                    if (message.agentBond != null && $Object.hasOwnProperty.call(message, "agentBond"))
                        object.agentBond = message.agentBond;
                    if (message.agentBondHeld != null && $Object.hasOwnProperty.call(message, "agentBondHeld"))
                        object.agentBondHeld = message.agentBondHeld;
                    if (message.sealedMm != null && $Object.hasOwnProperty.call(message, "sealedMm"))
                        object.sealedMm = $root.marketchain.repo.v1.SealedReport.toObject(message.sealedMm, options, _depth + 1);
                    if (message.sealedRm != null && $Object.hasOwnProperty.call(message, "sealedRm"))
                        object.sealedRm = $root.marketchain.repo.v1.SealedReport.toObject(message.sealedRm, options, _depth + 1);
                    if (message.selectProofHash != null && $Object.hasOwnProperty.call(message, "selectProofHash"))
                        object.selectProofHash = options.bytes === $String ? $util.base64.encode(message.selectProofHash, 0, message.selectProofHash.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.selectProofHash) : message.selectProofHash;
                    return object;
                };

                /**
                 * Converts this Round to JSON.
                 * @function toJSON
                 * @memberof marketchain.repo.v1.Round
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                Round.prototype.toJSON = function() {
                    return Round.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for Round
                 * @function getTypeUrl
                 * @memberof marketchain.repo.v1.Round
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                Round.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/marketchain.repo.v1.Round";
                };

                return Round;
            })();

            v1.SealedReport = (function() {

                /**
                 * Properties of a SealedReport.
                 * @typedef {Object} marketchain.repo.v1.SealedReport.$Properties
                 * @property {Uint8Array|null} [ciphertextHash] SealedReport ciphertextHash
                 * @property {Uint8Array|null} [ephPubkey] SealedReport ephPubkey
                 * @property {Uint8Array|null} [proofHash] SealedReport proofHash
                 * @property {number|null} [sealedHeight] SealedReport sealedHeight
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a SealedReport.
                 * @memberof marketchain.repo.v1
                 * @interface ISealedReport
                 * @augments marketchain.repo.v1.SealedReport.$Properties
                 * @deprecated Use marketchain.repo.v1.SealedReport.$Properties instead.
                 */

                /**
                 * Shape of a SealedReport.
                 * @typedef {marketchain.repo.v1.SealedReport.$Properties} marketchain.repo.v1.SealedReport.$Shape
                 */

                /**
                 * Constructs a new SealedReport.
                 * @memberof marketchain.repo.v1
                 * @classdesc Represents a SealedReport.
                 * @constructor
                 * @param {marketchain.repo.v1.SealedReport.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const SealedReport = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * SealedReport ciphertextHash.
                 * @member {Uint8Array} ciphertextHash
                 * @memberof marketchain.repo.v1.SealedReport
                 * @instance
                 */
                SealedReport.prototype.ciphertextHash = $util.newBuffer([]);

                /**
                 * SealedReport ephPubkey.
                 * @member {Uint8Array} ephPubkey
                 * @memberof marketchain.repo.v1.SealedReport
                 * @instance
                 */
                SealedReport.prototype.ephPubkey = $util.newBuffer([]);

                /**
                 * SealedReport proofHash.
                 * @member {Uint8Array} proofHash
                 * @memberof marketchain.repo.v1.SealedReport
                 * @instance
                 */
                SealedReport.prototype.proofHash = $util.newBuffer([]);

                /**
                 * SealedReport sealedHeight.
                 * @member {number} sealedHeight
                 * @memberof marketchain.repo.v1.SealedReport
                 * @instance
                 */
                SealedReport.prototype.sealedHeight = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Creates a new SealedReport instance using the specified properties.
                 * @function create
                 * @memberof marketchain.repo.v1.SealedReport
                 * @static
                 * @param {marketchain.repo.v1.SealedReport.$Properties=} [properties] Properties to set
                 * @returns {marketchain.repo.v1.SealedReport} SealedReport instance
                 * @type {{
                 *   (properties: marketchain.repo.v1.SealedReport.$Shape): marketchain.repo.v1.SealedReport & marketchain.repo.v1.SealedReport.$Shape;
                 *   (properties?: marketchain.repo.v1.SealedReport.$Properties): marketchain.repo.v1.SealedReport;
                 * }}
                 */
                SealedReport.create = function(properties) {
                    return new SealedReport(properties);
                };

                /**
                 * Encodes the specified SealedReport message. Does not implicitly {@link marketchain.repo.v1.SealedReport.verify|verify} messages.
                 * @function encode
                 * @memberof marketchain.repo.v1.SealedReport
                 * @static
                 * @param {marketchain.repo.v1.SealedReport.$Properties} message SealedReport message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                SealedReport.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.ciphertextHash != null && $Object.hasOwnProperty.call(message, "ciphertextHash") && message.ciphertextHash.length)
                        writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.ciphertextHash);
                    if (message.ephPubkey != null && $Object.hasOwnProperty.call(message, "ephPubkey") && message.ephPubkey.length)
                        writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.ephPubkey);
                    if (message.proofHash != null && $Object.hasOwnProperty.call(message, "proofHash") && message.proofHash.length)
                        writer.uint32(/* id 3, wireType 2 =*/26).bytes(message.proofHash);
                    if (message.sealedHeight != null && $Object.hasOwnProperty.call(message, "sealedHeight") && (typeof message.sealedHeight === "object" ? message.sealedHeight.low || message.sealedHeight.high : message.sealedHeight !== 0))
                        writer.uint32(/* id 4, wireType 0 =*/32).uint64(message.sealedHeight);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a SealedReport message from the specified reader or buffer.
                 * @function decode
                 * @memberof marketchain.repo.v1.SealedReport
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {marketchain.repo.v1.SealedReport & marketchain.repo.v1.SealedReport.$Shape} SealedReport
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                SealedReport.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.marketchain.repo.v1.SealedReport();
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
                                    message.ciphertextHash = value;
                                else
                                    delete message.ciphertextHash;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.bytes()).length)
                                    message.ephPubkey = value;
                                else
                                    delete message.ephPubkey;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.bytes()).length)
                                    message.proofHash = value;
                                else
                                    delete message.proofHash;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.sealedHeight = value;
                                else
                                    delete message.sealedHeight;
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
                 * Creates a SealedReport message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof marketchain.repo.v1.SealedReport
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {marketchain.repo.v1.SealedReport} SealedReport
                 */
                SealedReport.fromObject = function (object, _depth) {
                    if (object instanceof $root.marketchain.repo.v1.SealedReport)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".marketchain.repo.v1.SealedReport: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.marketchain.repo.v1.SealedReport();
                    if (object.ciphertextHash != null)
                        if (object.ciphertextHash.length)
                            if (typeof object.ciphertextHash === "string")
                                $util.base64.decode(object.ciphertextHash, message.ciphertextHash = $util.newBuffer($util.base64.length(object.ciphertextHash)), 0);
                            else if (object.ciphertextHash.length >= 0)
                                message.ciphertextHash = object.ciphertextHash;
                    if (object.ephPubkey != null)
                        if (object.ephPubkey.length)
                            if (typeof object.ephPubkey === "string")
                                $util.base64.decode(object.ephPubkey, message.ephPubkey = $util.newBuffer($util.base64.length(object.ephPubkey)), 0);
                            else if (object.ephPubkey.length >= 0)
                                message.ephPubkey = object.ephPubkey;
                    if (object.proofHash != null)
                        if (object.proofHash.length)
                            if (typeof object.proofHash === "string")
                                $util.base64.decode(object.proofHash, message.proofHash = $util.newBuffer($util.base64.length(object.proofHash)), 0);
                            else if (object.proofHash.length >= 0)
                                message.proofHash = object.proofHash;
                    if (object.sealedHeight != null)
                        if (typeof object.sealedHeight === "object" ? object.sealedHeight.low || object.sealedHeight.high : $Number(object.sealedHeight) !== 0)
                            if ($util.Long)
                                message.sealedHeight = $util.Long.fromValue(object.sealedHeight, true);
                            else if (typeof object.sealedHeight === "string")
                                message.sealedHeight = $parseInt(object.sealedHeight, 10);
                            else if (typeof object.sealedHeight === "number")
                                message.sealedHeight = object.sealedHeight;
                            else if (typeof object.sealedHeight === "object")
                                message.sealedHeight = new $util.LongBits(object.sealedHeight.low >>> 0, object.sealedHeight.high >>> 0).toNumber(true);
                    return message;
                };

                /**
                 * Creates a plain object from a SealedReport message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof marketchain.repo.v1.SealedReport
                 * @static
                 * @param {marketchain.repo.v1.SealedReport} message SealedReport
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                SealedReport.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        if (options.bytes === $String)
                            object.ciphertextHash = "";
                        else {
                            object.ciphertextHash = [];
                            if (options.bytes !== $Array)
                                object.ciphertextHash = $util.newBuffer(object.ciphertextHash);
                        }
                        if (options.bytes === $String)
                            object.ephPubkey = "";
                        else {
                            object.ephPubkey = [];
                            if (options.bytes !== $Array)
                                object.ephPubkey = $util.newBuffer(object.ephPubkey);
                        }
                        if (options.bytes === $String)
                            object.proofHash = "";
                        else {
                            object.proofHash = [];
                            if (options.bytes !== $Array)
                                object.proofHash = $util.newBuffer(object.proofHash);
                        }
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.sealedHeight = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.sealedHeight = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    }
                    if (message.ciphertextHash != null && $Object.hasOwnProperty.call(message, "ciphertextHash"))
                        object.ciphertextHash = options.bytes === $String ? $util.base64.encode(message.ciphertextHash, 0, message.ciphertextHash.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.ciphertextHash) : message.ciphertextHash;
                    if (message.ephPubkey != null && $Object.hasOwnProperty.call(message, "ephPubkey"))
                        object.ephPubkey = options.bytes === $String ? $util.base64.encode(message.ephPubkey, 0, message.ephPubkey.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.ephPubkey) : message.ephPubkey;
                    if (message.proofHash != null && $Object.hasOwnProperty.call(message, "proofHash"))
                        object.proofHash = options.bytes === $String ? $util.base64.encode(message.proofHash, 0, message.proofHash.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.proofHash) : message.proofHash;
                    if (message.sealedHeight != null && $Object.hasOwnProperty.call(message, "sealedHeight"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.sealedHeight = typeof message.sealedHeight === "number" ? $BigInt(message.sealedHeight) : $util.Long.fromBits(message.sealedHeight.low >>> 0, message.sealedHeight.high >>> 0, true).toBigInt();
                        else if (typeof message.sealedHeight === "number")
                            object.sealedHeight = options.longs === $String ? $String(message.sealedHeight) : message.sealedHeight;
                        else
                            object.sealedHeight = options.longs === $String ? $util.Long.prototype.toString.call(message.sealedHeight) : options.longs === $Number ? new $util.LongBits(message.sealedHeight.low >>> 0, message.sealedHeight.high >>> 0).toNumber(true) : message.sealedHeight;
                    return object;
                };

                /**
                 * Converts this SealedReport to JSON.
                 * @function toJSON
                 * @memberof marketchain.repo.v1.SealedReport
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                SealedReport.prototype.toJSON = function() {
                    return SealedReport.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for SealedReport
                 * @function getTypeUrl
                 * @memberof marketchain.repo.v1.SealedReport
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                SealedReport.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/marketchain.repo.v1.SealedReport";
                };

                return SealedReport;
            })();

            v1.Agent = (function() {

                /**
                 * Properties of an Agent.
                 * @typedef {Object} marketchain.repo.v1.Agent.$Properties
                 * @property {string|null} [address] Agent address
                 * @property {Uint8Array|null} [encPubkey] Agent encPubkey
                 * @property {string|null} [bond] Agent bond
                 * @property {string|null} [reserved] Agent reserved
                 * @property {number|null} [openRounds] Agent openRounds
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of an Agent.
                 * @memberof marketchain.repo.v1
                 * @interface IAgent
                 * @augments marketchain.repo.v1.Agent.$Properties
                 * @deprecated Use marketchain.repo.v1.Agent.$Properties instead.
                 */

                /**
                 * Shape of an Agent.
                 * @typedef {marketchain.repo.v1.Agent.$Properties} marketchain.repo.v1.Agent.$Shape
                 */

                /**
                 * Constructs a new Agent.
                 * @memberof marketchain.repo.v1
                 * @classdesc Represents an Agent.
                 * @constructor
                 * @param {marketchain.repo.v1.Agent.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const Agent = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * Agent address.
                 * @member {string} address
                 * @memberof marketchain.repo.v1.Agent
                 * @instance
                 */
                Agent.prototype.address = "";

                /**
                 * Agent encPubkey.
                 * @member {Uint8Array} encPubkey
                 * @memberof marketchain.repo.v1.Agent
                 * @instance
                 */
                Agent.prototype.encPubkey = $util.newBuffer([]);

                /**
                 * Agent bond.
                 * @member {string} bond
                 * @memberof marketchain.repo.v1.Agent
                 * @instance
                 */
                Agent.prototype.bond = "";

                /**
                 * Agent reserved.
                 * @member {string} reserved
                 * @memberof marketchain.repo.v1.Agent
                 * @instance
                 */
                Agent.prototype.reserved = "";

                /**
                 * Agent openRounds.
                 * @member {number} openRounds
                 * @memberof marketchain.repo.v1.Agent
                 * @instance
                 */
                Agent.prototype.openRounds = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Creates a new Agent instance using the specified properties.
                 * @function create
                 * @memberof marketchain.repo.v1.Agent
                 * @static
                 * @param {marketchain.repo.v1.Agent.$Properties=} [properties] Properties to set
                 * @returns {marketchain.repo.v1.Agent} Agent instance
                 * @type {{
                 *   (properties: marketchain.repo.v1.Agent.$Shape): marketchain.repo.v1.Agent & marketchain.repo.v1.Agent.$Shape;
                 *   (properties?: marketchain.repo.v1.Agent.$Properties): marketchain.repo.v1.Agent;
                 * }}
                 */
                Agent.create = function(properties) {
                    return new Agent(properties);
                };

                /**
                 * Encodes the specified Agent message. Does not implicitly {@link marketchain.repo.v1.Agent.verify|verify} messages.
                 * @function encode
                 * @memberof marketchain.repo.v1.Agent
                 * @static
                 * @param {marketchain.repo.v1.Agent.$Properties} message Agent message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Agent.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.address != null && $Object.hasOwnProperty.call(message, "address") && message.address !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.address);
                    if (message.encPubkey != null && $Object.hasOwnProperty.call(message, "encPubkey") && message.encPubkey.length)
                        writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.encPubkey);
                    if (message.bond != null && $Object.hasOwnProperty.call(message, "bond") && message.bond !== "")
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.bond);
                    if (message.reserved != null && $Object.hasOwnProperty.call(message, "reserved") && message.reserved !== "")
                        writer.uint32(/* id 4, wireType 2 =*/34).string(message.reserved);
                    if (message.openRounds != null && $Object.hasOwnProperty.call(message, "openRounds") && (typeof message.openRounds === "object" ? message.openRounds.low || message.openRounds.high : message.openRounds !== 0))
                        writer.uint32(/* id 5, wireType 0 =*/40).uint64(message.openRounds);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes an Agent message from the specified reader or buffer.
                 * @function decode
                 * @memberof marketchain.repo.v1.Agent
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {marketchain.repo.v1.Agent & marketchain.repo.v1.Agent.$Shape} Agent
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Agent.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.marketchain.repo.v1.Agent();
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
                                    message.address = value;
                                else
                                    delete message.address;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.bytes()).length)
                                    message.encPubkey = value;
                                else
                                    delete message.encPubkey;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.bond = value;
                                else
                                    delete message.bond;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.reserved = value;
                                else
                                    delete message.reserved;
                                continue;
                            }
                        case 5: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.openRounds = value;
                                else
                                    delete message.openRounds;
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
                 * Creates an Agent message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof marketchain.repo.v1.Agent
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {marketchain.repo.v1.Agent} Agent
                 */
                Agent.fromObject = function (object, _depth) {
                    if (object instanceof $root.marketchain.repo.v1.Agent)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".marketchain.repo.v1.Agent: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.marketchain.repo.v1.Agent();
                    if (object.address != null)
                        if (typeof object.address !== "string" || object.address.length)
                            message.address = $String(object.address);
                    if (object.encPubkey != null)
                        if (object.encPubkey.length)
                            if (typeof object.encPubkey === "string")
                                $util.base64.decode(object.encPubkey, message.encPubkey = $util.newBuffer($util.base64.length(object.encPubkey)), 0);
                            else if (object.encPubkey.length >= 0)
                                message.encPubkey = object.encPubkey;
                    if (object.bond != null)
                        if (typeof object.bond !== "string" || object.bond.length)
                            message.bond = $String(object.bond);
                    if (object.reserved != null)
                        if (typeof object.reserved !== "string" || object.reserved.length)
                            message.reserved = $String(object.reserved);
                    if (object.openRounds != null)
                        if (typeof object.openRounds === "object" ? object.openRounds.low || object.openRounds.high : $Number(object.openRounds) !== 0)
                            if ($util.Long)
                                message.openRounds = $util.Long.fromValue(object.openRounds, true);
                            else if (typeof object.openRounds === "string")
                                message.openRounds = $parseInt(object.openRounds, 10);
                            else if (typeof object.openRounds === "number")
                                message.openRounds = object.openRounds;
                            else if (typeof object.openRounds === "object")
                                message.openRounds = new $util.LongBits(object.openRounds.low >>> 0, object.openRounds.high >>> 0).toNumber(true);
                    return message;
                };

                /**
                 * Creates a plain object from an Agent message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof marketchain.repo.v1.Agent
                 * @static
                 * @param {marketchain.repo.v1.Agent} message Agent
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                Agent.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.address = "";
                        if (options.bytes === $String)
                            object.encPubkey = "";
                        else {
                            object.encPubkey = [];
                            if (options.bytes !== $Array)
                                object.encPubkey = $util.newBuffer(object.encPubkey);
                        }
                        object.bond = "";
                        object.reserved = "";
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.openRounds = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.openRounds = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    }
                    if (message.address != null && $Object.hasOwnProperty.call(message, "address"))
                        object.address = message.address;
                    if (message.encPubkey != null && $Object.hasOwnProperty.call(message, "encPubkey"))
                        object.encPubkey = options.bytes === $String ? $util.base64.encode(message.encPubkey, 0, message.encPubkey.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.encPubkey) : message.encPubkey;
                    if (message.bond != null && $Object.hasOwnProperty.call(message, "bond"))
                        object.bond = message.bond;
                    if (message.reserved != null && $Object.hasOwnProperty.call(message, "reserved"))
                        object.reserved = message.reserved;
                    if (message.openRounds != null && $Object.hasOwnProperty.call(message, "openRounds"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.openRounds = typeof message.openRounds === "number" ? $BigInt(message.openRounds) : $util.Long.fromBits(message.openRounds.low >>> 0, message.openRounds.high >>> 0, true).toBigInt();
                        else if (typeof message.openRounds === "number")
                            object.openRounds = options.longs === $String ? $String(message.openRounds) : message.openRounds;
                        else
                            object.openRounds = options.longs === $String ? $util.Long.prototype.toString.call(message.openRounds) : options.longs === $Number ? new $util.LongBits(message.openRounds.low >>> 0, message.openRounds.high >>> 0).toNumber(true) : message.openRounds;
                    return object;
                };

                /**
                 * Converts this Agent to JSON.
                 * @function toJSON
                 * @memberof marketchain.repo.v1.Agent
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                Agent.prototype.toJSON = function() {
                    return Agent.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for Agent
                 * @function getTypeUrl
                 * @memberof marketchain.repo.v1.Agent
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                Agent.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/marketchain.repo.v1.Agent";
                };

                return Agent;
            })();

            v1.Params = (function() {

                /**
                 * Properties of a Params.
                 * @typedef {Object} marketchain.repo.v1.Params.$Properties
                 * @property {string|null} [minBond] Params minBond
                 * @property {number|null} [maxPoints] Params maxPoints
                 * @property {number|null} [maxRateBps] Params maxRateBps
                 * @property {number|null} [maxHurdleBps] Params maxHurdleBps
                 * @property {number|null} [blocksPerYear] Params blocksPerYear
                 * @property {number|null} [graceBlocks] Params graceBlocks
                 * @property {number|null} [maxPhaseBlocks] Params maxPhaseBlocks
                 * @property {number|null} [maxTenorBlocks] Params maxTenorBlocks
                 * @property {number|null} [maxExpiriesPerBlock] Params maxExpiriesPerBlock
                 * @property {string|null} [treasury] Params treasury
                 * @property {string|null} [fixedPenalty] Params fixedPenalty
                 * @property {string|null} [agentBond] Params agentBond
                 * @property {number|null} [sealVerifyGas] Params sealVerifyGas
                 * @property {number|null} [selectVerifyGas] Params selectVerifyGas
                 * @property {string|null} [sealVkHash] Params sealVkHash
                 * @property {string|null} [selectVkHash] Params selectVkHash
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a Params.
                 * @memberof marketchain.repo.v1
                 * @interface IParams
                 * @augments marketchain.repo.v1.Params.$Properties
                 * @deprecated Use marketchain.repo.v1.Params.$Properties instead.
                 */

                /**
                 * Shape of a Params.
                 * @typedef {marketchain.repo.v1.Params.$Properties} marketchain.repo.v1.Params.$Shape
                 */

                /**
                 * Constructs a new Params.
                 * @memberof marketchain.repo.v1
                 * @classdesc Represents a Params.
                 * @constructor
                 * @param {marketchain.repo.v1.Params.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const Params = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * Params minBond.
                 * @member {string} minBond
                 * @memberof marketchain.repo.v1.Params
                 * @instance
                 */
                Params.prototype.minBond = "";

                /**
                 * Params maxPoints.
                 * @member {number} maxPoints
                 * @memberof marketchain.repo.v1.Params
                 * @instance
                 */
                Params.prototype.maxPoints = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Params maxRateBps.
                 * @member {number} maxRateBps
                 * @memberof marketchain.repo.v1.Params
                 * @instance
                 */
                Params.prototype.maxRateBps = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Params maxHurdleBps.
                 * @member {number} maxHurdleBps
                 * @memberof marketchain.repo.v1.Params
                 * @instance
                 */
                Params.prototype.maxHurdleBps = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Params blocksPerYear.
                 * @member {number} blocksPerYear
                 * @memberof marketchain.repo.v1.Params
                 * @instance
                 */
                Params.prototype.blocksPerYear = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Params graceBlocks.
                 * @member {number} graceBlocks
                 * @memberof marketchain.repo.v1.Params
                 * @instance
                 */
                Params.prototype.graceBlocks = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Params maxPhaseBlocks.
                 * @member {number} maxPhaseBlocks
                 * @memberof marketchain.repo.v1.Params
                 * @instance
                 */
                Params.prototype.maxPhaseBlocks = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Params maxTenorBlocks.
                 * @member {number} maxTenorBlocks
                 * @memberof marketchain.repo.v1.Params
                 * @instance
                 */
                Params.prototype.maxTenorBlocks = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Params maxExpiriesPerBlock.
                 * @member {number} maxExpiriesPerBlock
                 * @memberof marketchain.repo.v1.Params
                 * @instance
                 */
                Params.prototype.maxExpiriesPerBlock = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Params treasury.
                 * @member {string} treasury
                 * @memberof marketchain.repo.v1.Params
                 * @instance
                 */
                Params.prototype.treasury = "";

                /**
                 * Params fixedPenalty.
                 * @member {string} fixedPenalty
                 * @memberof marketchain.repo.v1.Params
                 * @instance
                 */
                Params.prototype.fixedPenalty = "";

                /**
                 * Params agentBond.
                 * @member {string} agentBond
                 * @memberof marketchain.repo.v1.Params
                 * @instance
                 */
                Params.prototype.agentBond = "";

                /**
                 * Params sealVerifyGas.
                 * @member {number} sealVerifyGas
                 * @memberof marketchain.repo.v1.Params
                 * @instance
                 */
                Params.prototype.sealVerifyGas = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Params selectVerifyGas.
                 * @member {number} selectVerifyGas
                 * @memberof marketchain.repo.v1.Params
                 * @instance
                 */
                Params.prototype.selectVerifyGas = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Params sealVkHash.
                 * @member {string} sealVkHash
                 * @memberof marketchain.repo.v1.Params
                 * @instance
                 */
                Params.prototype.sealVkHash = "";

                /**
                 * Params selectVkHash.
                 * @member {string} selectVkHash
                 * @memberof marketchain.repo.v1.Params
                 * @instance
                 */
                Params.prototype.selectVkHash = "";

                /**
                 * Creates a new Params instance using the specified properties.
                 * @function create
                 * @memberof marketchain.repo.v1.Params
                 * @static
                 * @param {marketchain.repo.v1.Params.$Properties=} [properties] Properties to set
                 * @returns {marketchain.repo.v1.Params} Params instance
                 * @type {{
                 *   (properties: marketchain.repo.v1.Params.$Shape): marketchain.repo.v1.Params & marketchain.repo.v1.Params.$Shape;
                 *   (properties?: marketchain.repo.v1.Params.$Properties): marketchain.repo.v1.Params;
                 * }}
                 */
                Params.create = function(properties) {
                    return new Params(properties);
                };

                /**
                 * Encodes the specified Params message. Does not implicitly {@link marketchain.repo.v1.Params.verify|verify} messages.
                 * @function encode
                 * @memberof marketchain.repo.v1.Params
                 * @static
                 * @param {marketchain.repo.v1.Params.$Properties} message Params message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Params.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.minBond != null && $Object.hasOwnProperty.call(message, "minBond") && message.minBond !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.minBond);
                    if (message.maxPoints != null && $Object.hasOwnProperty.call(message, "maxPoints") && (typeof message.maxPoints === "object" ? message.maxPoints.low || message.maxPoints.high : message.maxPoints !== 0))
                        writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.maxPoints);
                    if (message.maxRateBps != null && $Object.hasOwnProperty.call(message, "maxRateBps") && (typeof message.maxRateBps === "object" ? message.maxRateBps.low || message.maxRateBps.high : message.maxRateBps !== 0))
                        writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.maxRateBps);
                    if (message.maxHurdleBps != null && $Object.hasOwnProperty.call(message, "maxHurdleBps") && (typeof message.maxHurdleBps === "object" ? message.maxHurdleBps.low || message.maxHurdleBps.high : message.maxHurdleBps !== 0))
                        writer.uint32(/* id 4, wireType 0 =*/32).uint64(message.maxHurdleBps);
                    if (message.blocksPerYear != null && $Object.hasOwnProperty.call(message, "blocksPerYear") && (typeof message.blocksPerYear === "object" ? message.blocksPerYear.low || message.blocksPerYear.high : message.blocksPerYear !== 0))
                        writer.uint32(/* id 5, wireType 0 =*/40).uint64(message.blocksPerYear);
                    if (message.graceBlocks != null && $Object.hasOwnProperty.call(message, "graceBlocks") && (typeof message.graceBlocks === "object" ? message.graceBlocks.low || message.graceBlocks.high : message.graceBlocks !== 0))
                        writer.uint32(/* id 6, wireType 0 =*/48).uint64(message.graceBlocks);
                    if (message.maxPhaseBlocks != null && $Object.hasOwnProperty.call(message, "maxPhaseBlocks") && (typeof message.maxPhaseBlocks === "object" ? message.maxPhaseBlocks.low || message.maxPhaseBlocks.high : message.maxPhaseBlocks !== 0))
                        writer.uint32(/* id 7, wireType 0 =*/56).uint64(message.maxPhaseBlocks);
                    if (message.maxTenorBlocks != null && $Object.hasOwnProperty.call(message, "maxTenorBlocks") && (typeof message.maxTenorBlocks === "object" ? message.maxTenorBlocks.low || message.maxTenorBlocks.high : message.maxTenorBlocks !== 0))
                        writer.uint32(/* id 8, wireType 0 =*/64).uint64(message.maxTenorBlocks);
                    if (message.maxExpiriesPerBlock != null && $Object.hasOwnProperty.call(message, "maxExpiriesPerBlock") && (typeof message.maxExpiriesPerBlock === "object" ? message.maxExpiriesPerBlock.low || message.maxExpiriesPerBlock.high : message.maxExpiriesPerBlock !== 0))
                        writer.uint32(/* id 9, wireType 0 =*/72).uint64(message.maxExpiriesPerBlock);
                    if (message.treasury != null && $Object.hasOwnProperty.call(message, "treasury") && message.treasury !== "")
                        writer.uint32(/* id 10, wireType 2 =*/82).string(message.treasury);
                    if (message.fixedPenalty != null && $Object.hasOwnProperty.call(message, "fixedPenalty") && message.fixedPenalty !== "")
                        writer.uint32(/* id 11, wireType 2 =*/90).string(message.fixedPenalty);
                    if (message.agentBond != null && $Object.hasOwnProperty.call(message, "agentBond") && message.agentBond !== "")
                        writer.uint32(/* id 12, wireType 2 =*/98).string(message.agentBond);
                    if (message.sealVerifyGas != null && $Object.hasOwnProperty.call(message, "sealVerifyGas") && (typeof message.sealVerifyGas === "object" ? message.sealVerifyGas.low || message.sealVerifyGas.high : message.sealVerifyGas !== 0))
                        writer.uint32(/* id 13, wireType 0 =*/104).uint64(message.sealVerifyGas);
                    if (message.selectVerifyGas != null && $Object.hasOwnProperty.call(message, "selectVerifyGas") && (typeof message.selectVerifyGas === "object" ? message.selectVerifyGas.low || message.selectVerifyGas.high : message.selectVerifyGas !== 0))
                        writer.uint32(/* id 14, wireType 0 =*/112).uint64(message.selectVerifyGas);
                    if (message.sealVkHash != null && $Object.hasOwnProperty.call(message, "sealVkHash") && message.sealVkHash !== "")
                        writer.uint32(/* id 15, wireType 2 =*/122).string(message.sealVkHash);
                    if (message.selectVkHash != null && $Object.hasOwnProperty.call(message, "selectVkHash") && message.selectVkHash !== "")
                        writer.uint32(/* id 16, wireType 2 =*/130).string(message.selectVkHash);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a Params message from the specified reader or buffer.
                 * @function decode
                 * @memberof marketchain.repo.v1.Params
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {marketchain.repo.v1.Params & marketchain.repo.v1.Params.$Shape} Params
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Params.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.marketchain.repo.v1.Params();
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
                                    message.minBond = value;
                                else
                                    delete message.minBond;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.maxPoints = value;
                                else
                                    delete message.maxPoints;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.maxRateBps = value;
                                else
                                    delete message.maxRateBps;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.maxHurdleBps = value;
                                else
                                    delete message.maxHurdleBps;
                                continue;
                            }
                        case 5: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.blocksPerYear = value;
                                else
                                    delete message.blocksPerYear;
                                continue;
                            }
                        case 6: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.graceBlocks = value;
                                else
                                    delete message.graceBlocks;
                                continue;
                            }
                        case 7: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.maxPhaseBlocks = value;
                                else
                                    delete message.maxPhaseBlocks;
                                continue;
                            }
                        case 8: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.maxTenorBlocks = value;
                                else
                                    delete message.maxTenorBlocks;
                                continue;
                            }
                        case 9: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.maxExpiriesPerBlock = value;
                                else
                                    delete message.maxExpiriesPerBlock;
                                continue;
                            }
                        case 10: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.treasury = value;
                                else
                                    delete message.treasury;
                                continue;
                            }
                        case 11: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.fixedPenalty = value;
                                else
                                    delete message.fixedPenalty;
                                continue;
                            }
                        case 12: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.agentBond = value;
                                else
                                    delete message.agentBond;
                                continue;
                            }
                        case 13: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.sealVerifyGas = value;
                                else
                                    delete message.sealVerifyGas;
                                continue;
                            }
                        case 14: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.selectVerifyGas = value;
                                else
                                    delete message.selectVerifyGas;
                                continue;
                            }
                        case 15: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.sealVkHash = value;
                                else
                                    delete message.sealVkHash;
                                continue;
                            }
                        case 16: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.selectVkHash = value;
                                else
                                    delete message.selectVkHash;
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
                 * Creates a Params message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof marketchain.repo.v1.Params
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {marketchain.repo.v1.Params} Params
                 */
                Params.fromObject = function (object, _depth) {
                    if (object instanceof $root.marketchain.repo.v1.Params)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".marketchain.repo.v1.Params: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.marketchain.repo.v1.Params();
                    if (object.minBond != null)
                        if (typeof object.minBond !== "string" || object.minBond.length)
                            message.minBond = $String(object.minBond);
                    if (object.maxPoints != null)
                        if (typeof object.maxPoints === "object" ? object.maxPoints.low || object.maxPoints.high : $Number(object.maxPoints) !== 0)
                            if ($util.Long)
                                message.maxPoints = $util.Long.fromValue(object.maxPoints, true);
                            else if (typeof object.maxPoints === "string")
                                message.maxPoints = $parseInt(object.maxPoints, 10);
                            else if (typeof object.maxPoints === "number")
                                message.maxPoints = object.maxPoints;
                            else if (typeof object.maxPoints === "object")
                                message.maxPoints = new $util.LongBits(object.maxPoints.low >>> 0, object.maxPoints.high >>> 0).toNumber(true);
                    if (object.maxRateBps != null)
                        if (typeof object.maxRateBps === "object" ? object.maxRateBps.low || object.maxRateBps.high : $Number(object.maxRateBps) !== 0)
                            if ($util.Long)
                                message.maxRateBps = $util.Long.fromValue(object.maxRateBps, true);
                            else if (typeof object.maxRateBps === "string")
                                message.maxRateBps = $parseInt(object.maxRateBps, 10);
                            else if (typeof object.maxRateBps === "number")
                                message.maxRateBps = object.maxRateBps;
                            else if (typeof object.maxRateBps === "object")
                                message.maxRateBps = new $util.LongBits(object.maxRateBps.low >>> 0, object.maxRateBps.high >>> 0).toNumber(true);
                    if (object.maxHurdleBps != null)
                        if (typeof object.maxHurdleBps === "object" ? object.maxHurdleBps.low || object.maxHurdleBps.high : $Number(object.maxHurdleBps) !== 0)
                            if ($util.Long)
                                message.maxHurdleBps = $util.Long.fromValue(object.maxHurdleBps, true);
                            else if (typeof object.maxHurdleBps === "string")
                                message.maxHurdleBps = $parseInt(object.maxHurdleBps, 10);
                            else if (typeof object.maxHurdleBps === "number")
                                message.maxHurdleBps = object.maxHurdleBps;
                            else if (typeof object.maxHurdleBps === "object")
                                message.maxHurdleBps = new $util.LongBits(object.maxHurdleBps.low >>> 0, object.maxHurdleBps.high >>> 0).toNumber(true);
                    if (object.blocksPerYear != null)
                        if (typeof object.blocksPerYear === "object" ? object.blocksPerYear.low || object.blocksPerYear.high : $Number(object.blocksPerYear) !== 0)
                            if ($util.Long)
                                message.blocksPerYear = $util.Long.fromValue(object.blocksPerYear, true);
                            else if (typeof object.blocksPerYear === "string")
                                message.blocksPerYear = $parseInt(object.blocksPerYear, 10);
                            else if (typeof object.blocksPerYear === "number")
                                message.blocksPerYear = object.blocksPerYear;
                            else if (typeof object.blocksPerYear === "object")
                                message.blocksPerYear = new $util.LongBits(object.blocksPerYear.low >>> 0, object.blocksPerYear.high >>> 0).toNumber(true);
                    if (object.graceBlocks != null)
                        if (typeof object.graceBlocks === "object" ? object.graceBlocks.low || object.graceBlocks.high : $Number(object.graceBlocks) !== 0)
                            if ($util.Long)
                                message.graceBlocks = $util.Long.fromValue(object.graceBlocks, true);
                            else if (typeof object.graceBlocks === "string")
                                message.graceBlocks = $parseInt(object.graceBlocks, 10);
                            else if (typeof object.graceBlocks === "number")
                                message.graceBlocks = object.graceBlocks;
                            else if (typeof object.graceBlocks === "object")
                                message.graceBlocks = new $util.LongBits(object.graceBlocks.low >>> 0, object.graceBlocks.high >>> 0).toNumber(true);
                    if (object.maxPhaseBlocks != null)
                        if (typeof object.maxPhaseBlocks === "object" ? object.maxPhaseBlocks.low || object.maxPhaseBlocks.high : $Number(object.maxPhaseBlocks) !== 0)
                            if ($util.Long)
                                message.maxPhaseBlocks = $util.Long.fromValue(object.maxPhaseBlocks, true);
                            else if (typeof object.maxPhaseBlocks === "string")
                                message.maxPhaseBlocks = $parseInt(object.maxPhaseBlocks, 10);
                            else if (typeof object.maxPhaseBlocks === "number")
                                message.maxPhaseBlocks = object.maxPhaseBlocks;
                            else if (typeof object.maxPhaseBlocks === "object")
                                message.maxPhaseBlocks = new $util.LongBits(object.maxPhaseBlocks.low >>> 0, object.maxPhaseBlocks.high >>> 0).toNumber(true);
                    if (object.maxTenorBlocks != null)
                        if (typeof object.maxTenorBlocks === "object" ? object.maxTenorBlocks.low || object.maxTenorBlocks.high : $Number(object.maxTenorBlocks) !== 0)
                            if ($util.Long)
                                message.maxTenorBlocks = $util.Long.fromValue(object.maxTenorBlocks, true);
                            else if (typeof object.maxTenorBlocks === "string")
                                message.maxTenorBlocks = $parseInt(object.maxTenorBlocks, 10);
                            else if (typeof object.maxTenorBlocks === "number")
                                message.maxTenorBlocks = object.maxTenorBlocks;
                            else if (typeof object.maxTenorBlocks === "object")
                                message.maxTenorBlocks = new $util.LongBits(object.maxTenorBlocks.low >>> 0, object.maxTenorBlocks.high >>> 0).toNumber(true);
                    if (object.maxExpiriesPerBlock != null)
                        if (typeof object.maxExpiriesPerBlock === "object" ? object.maxExpiriesPerBlock.low || object.maxExpiriesPerBlock.high : $Number(object.maxExpiriesPerBlock) !== 0)
                            if ($util.Long)
                                message.maxExpiriesPerBlock = $util.Long.fromValue(object.maxExpiriesPerBlock, true);
                            else if (typeof object.maxExpiriesPerBlock === "string")
                                message.maxExpiriesPerBlock = $parseInt(object.maxExpiriesPerBlock, 10);
                            else if (typeof object.maxExpiriesPerBlock === "number")
                                message.maxExpiriesPerBlock = object.maxExpiriesPerBlock;
                            else if (typeof object.maxExpiriesPerBlock === "object")
                                message.maxExpiriesPerBlock = new $util.LongBits(object.maxExpiriesPerBlock.low >>> 0, object.maxExpiriesPerBlock.high >>> 0).toNumber(true);
                    if (object.treasury != null)
                        if (typeof object.treasury !== "string" || object.treasury.length)
                            message.treasury = $String(object.treasury);
                    if (object.fixedPenalty != null)
                        if (typeof object.fixedPenalty !== "string" || object.fixedPenalty.length)
                            message.fixedPenalty = $String(object.fixedPenalty);
                    if (object.agentBond != null)
                        if (typeof object.agentBond !== "string" || object.agentBond.length)
                            message.agentBond = $String(object.agentBond);
                    if (object.sealVerifyGas != null)
                        if (typeof object.sealVerifyGas === "object" ? object.sealVerifyGas.low || object.sealVerifyGas.high : $Number(object.sealVerifyGas) !== 0)
                            if ($util.Long)
                                message.sealVerifyGas = $util.Long.fromValue(object.sealVerifyGas, true);
                            else if (typeof object.sealVerifyGas === "string")
                                message.sealVerifyGas = $parseInt(object.sealVerifyGas, 10);
                            else if (typeof object.sealVerifyGas === "number")
                                message.sealVerifyGas = object.sealVerifyGas;
                            else if (typeof object.sealVerifyGas === "object")
                                message.sealVerifyGas = new $util.LongBits(object.sealVerifyGas.low >>> 0, object.sealVerifyGas.high >>> 0).toNumber(true);
                    if (object.selectVerifyGas != null)
                        if (typeof object.selectVerifyGas === "object" ? object.selectVerifyGas.low || object.selectVerifyGas.high : $Number(object.selectVerifyGas) !== 0)
                            if ($util.Long)
                                message.selectVerifyGas = $util.Long.fromValue(object.selectVerifyGas, true);
                            else if (typeof object.selectVerifyGas === "string")
                                message.selectVerifyGas = $parseInt(object.selectVerifyGas, 10);
                            else if (typeof object.selectVerifyGas === "number")
                                message.selectVerifyGas = object.selectVerifyGas;
                            else if (typeof object.selectVerifyGas === "object")
                                message.selectVerifyGas = new $util.LongBits(object.selectVerifyGas.low >>> 0, object.selectVerifyGas.high >>> 0).toNumber(true);
                    if (object.sealVkHash != null)
                        if (typeof object.sealVkHash !== "string" || object.sealVkHash.length)
                            message.sealVkHash = $String(object.sealVkHash);
                    if (object.selectVkHash != null)
                        if (typeof object.selectVkHash !== "string" || object.selectVkHash.length)
                            message.selectVkHash = $String(object.selectVkHash);
                    return message;
                };

                /**
                 * Creates a plain object from a Params message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof marketchain.repo.v1.Params
                 * @static
                 * @param {marketchain.repo.v1.Params} message Params
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                Params.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.minBond = "";
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.maxPoints = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.maxPoints = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.maxRateBps = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.maxRateBps = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.maxHurdleBps = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.maxHurdleBps = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.blocksPerYear = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.blocksPerYear = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.graceBlocks = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.graceBlocks = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.maxPhaseBlocks = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.maxPhaseBlocks = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.maxTenorBlocks = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.maxTenorBlocks = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.maxExpiriesPerBlock = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.maxExpiriesPerBlock = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        object.treasury = "";
                        object.fixedPenalty = "";
                        object.agentBond = "";
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.sealVerifyGas = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.sealVerifyGas = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.selectVerifyGas = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.selectVerifyGas = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        object.sealVkHash = "";
                        object.selectVkHash = "";
                    }
                    if (message.minBond != null && $Object.hasOwnProperty.call(message, "minBond"))
                        object.minBond = message.minBond;
                    if (message.maxPoints != null && $Object.hasOwnProperty.call(message, "maxPoints"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.maxPoints = typeof message.maxPoints === "number" ? $BigInt(message.maxPoints) : $util.Long.fromBits(message.maxPoints.low >>> 0, message.maxPoints.high >>> 0, true).toBigInt();
                        else if (typeof message.maxPoints === "number")
                            object.maxPoints = options.longs === $String ? $String(message.maxPoints) : message.maxPoints;
                        else
                            object.maxPoints = options.longs === $String ? $util.Long.prototype.toString.call(message.maxPoints) : options.longs === $Number ? new $util.LongBits(message.maxPoints.low >>> 0, message.maxPoints.high >>> 0).toNumber(true) : message.maxPoints;
                    if (message.maxRateBps != null && $Object.hasOwnProperty.call(message, "maxRateBps"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.maxRateBps = typeof message.maxRateBps === "number" ? $BigInt(message.maxRateBps) : $util.Long.fromBits(message.maxRateBps.low >>> 0, message.maxRateBps.high >>> 0, true).toBigInt();
                        else if (typeof message.maxRateBps === "number")
                            object.maxRateBps = options.longs === $String ? $String(message.maxRateBps) : message.maxRateBps;
                        else
                            object.maxRateBps = options.longs === $String ? $util.Long.prototype.toString.call(message.maxRateBps) : options.longs === $Number ? new $util.LongBits(message.maxRateBps.low >>> 0, message.maxRateBps.high >>> 0).toNumber(true) : message.maxRateBps;
                    if (message.maxHurdleBps != null && $Object.hasOwnProperty.call(message, "maxHurdleBps"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.maxHurdleBps = typeof message.maxHurdleBps === "number" ? $BigInt(message.maxHurdleBps) : $util.Long.fromBits(message.maxHurdleBps.low >>> 0, message.maxHurdleBps.high >>> 0, true).toBigInt();
                        else if (typeof message.maxHurdleBps === "number")
                            object.maxHurdleBps = options.longs === $String ? $String(message.maxHurdleBps) : message.maxHurdleBps;
                        else
                            object.maxHurdleBps = options.longs === $String ? $util.Long.prototype.toString.call(message.maxHurdleBps) : options.longs === $Number ? new $util.LongBits(message.maxHurdleBps.low >>> 0, message.maxHurdleBps.high >>> 0).toNumber(true) : message.maxHurdleBps;
                    if (message.blocksPerYear != null && $Object.hasOwnProperty.call(message, "blocksPerYear"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.blocksPerYear = typeof message.blocksPerYear === "number" ? $BigInt(message.blocksPerYear) : $util.Long.fromBits(message.blocksPerYear.low >>> 0, message.blocksPerYear.high >>> 0, true).toBigInt();
                        else if (typeof message.blocksPerYear === "number")
                            object.blocksPerYear = options.longs === $String ? $String(message.blocksPerYear) : message.blocksPerYear;
                        else
                            object.blocksPerYear = options.longs === $String ? $util.Long.prototype.toString.call(message.blocksPerYear) : options.longs === $Number ? new $util.LongBits(message.blocksPerYear.low >>> 0, message.blocksPerYear.high >>> 0).toNumber(true) : message.blocksPerYear;
                    if (message.graceBlocks != null && $Object.hasOwnProperty.call(message, "graceBlocks"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.graceBlocks = typeof message.graceBlocks === "number" ? $BigInt(message.graceBlocks) : $util.Long.fromBits(message.graceBlocks.low >>> 0, message.graceBlocks.high >>> 0, true).toBigInt();
                        else if (typeof message.graceBlocks === "number")
                            object.graceBlocks = options.longs === $String ? $String(message.graceBlocks) : message.graceBlocks;
                        else
                            object.graceBlocks = options.longs === $String ? $util.Long.prototype.toString.call(message.graceBlocks) : options.longs === $Number ? new $util.LongBits(message.graceBlocks.low >>> 0, message.graceBlocks.high >>> 0).toNumber(true) : message.graceBlocks;
                    if (message.maxPhaseBlocks != null && $Object.hasOwnProperty.call(message, "maxPhaseBlocks"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.maxPhaseBlocks = typeof message.maxPhaseBlocks === "number" ? $BigInt(message.maxPhaseBlocks) : $util.Long.fromBits(message.maxPhaseBlocks.low >>> 0, message.maxPhaseBlocks.high >>> 0, true).toBigInt();
                        else if (typeof message.maxPhaseBlocks === "number")
                            object.maxPhaseBlocks = options.longs === $String ? $String(message.maxPhaseBlocks) : message.maxPhaseBlocks;
                        else
                            object.maxPhaseBlocks = options.longs === $String ? $util.Long.prototype.toString.call(message.maxPhaseBlocks) : options.longs === $Number ? new $util.LongBits(message.maxPhaseBlocks.low >>> 0, message.maxPhaseBlocks.high >>> 0).toNumber(true) : message.maxPhaseBlocks;
                    if (message.maxTenorBlocks != null && $Object.hasOwnProperty.call(message, "maxTenorBlocks"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.maxTenorBlocks = typeof message.maxTenorBlocks === "number" ? $BigInt(message.maxTenorBlocks) : $util.Long.fromBits(message.maxTenorBlocks.low >>> 0, message.maxTenorBlocks.high >>> 0, true).toBigInt();
                        else if (typeof message.maxTenorBlocks === "number")
                            object.maxTenorBlocks = options.longs === $String ? $String(message.maxTenorBlocks) : message.maxTenorBlocks;
                        else
                            object.maxTenorBlocks = options.longs === $String ? $util.Long.prototype.toString.call(message.maxTenorBlocks) : options.longs === $Number ? new $util.LongBits(message.maxTenorBlocks.low >>> 0, message.maxTenorBlocks.high >>> 0).toNumber(true) : message.maxTenorBlocks;
                    if (message.maxExpiriesPerBlock != null && $Object.hasOwnProperty.call(message, "maxExpiriesPerBlock"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.maxExpiriesPerBlock = typeof message.maxExpiriesPerBlock === "number" ? $BigInt(message.maxExpiriesPerBlock) : $util.Long.fromBits(message.maxExpiriesPerBlock.low >>> 0, message.maxExpiriesPerBlock.high >>> 0, true).toBigInt();
                        else if (typeof message.maxExpiriesPerBlock === "number")
                            object.maxExpiriesPerBlock = options.longs === $String ? $String(message.maxExpiriesPerBlock) : message.maxExpiriesPerBlock;
                        else
                            object.maxExpiriesPerBlock = options.longs === $String ? $util.Long.prototype.toString.call(message.maxExpiriesPerBlock) : options.longs === $Number ? new $util.LongBits(message.maxExpiriesPerBlock.low >>> 0, message.maxExpiriesPerBlock.high >>> 0).toNumber(true) : message.maxExpiriesPerBlock;
                    if (message.treasury != null && $Object.hasOwnProperty.call(message, "treasury"))
                        object.treasury = message.treasury;
                    if (message.fixedPenalty != null && $Object.hasOwnProperty.call(message, "fixedPenalty"))
                        object.fixedPenalty = message.fixedPenalty;
                    if (message.agentBond != null && $Object.hasOwnProperty.call(message, "agentBond"))
                        object.agentBond = message.agentBond;
                    if (message.sealVerifyGas != null && $Object.hasOwnProperty.call(message, "sealVerifyGas"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.sealVerifyGas = typeof message.sealVerifyGas === "number" ? $BigInt(message.sealVerifyGas) : $util.Long.fromBits(message.sealVerifyGas.low >>> 0, message.sealVerifyGas.high >>> 0, true).toBigInt();
                        else if (typeof message.sealVerifyGas === "number")
                            object.sealVerifyGas = options.longs === $String ? $String(message.sealVerifyGas) : message.sealVerifyGas;
                        else
                            object.sealVerifyGas = options.longs === $String ? $util.Long.prototype.toString.call(message.sealVerifyGas) : options.longs === $Number ? new $util.LongBits(message.sealVerifyGas.low >>> 0, message.sealVerifyGas.high >>> 0).toNumber(true) : message.sealVerifyGas;
                    if (message.selectVerifyGas != null && $Object.hasOwnProperty.call(message, "selectVerifyGas"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.selectVerifyGas = typeof message.selectVerifyGas === "number" ? $BigInt(message.selectVerifyGas) : $util.Long.fromBits(message.selectVerifyGas.low >>> 0, message.selectVerifyGas.high >>> 0, true).toBigInt();
                        else if (typeof message.selectVerifyGas === "number")
                            object.selectVerifyGas = options.longs === $String ? $String(message.selectVerifyGas) : message.selectVerifyGas;
                        else
                            object.selectVerifyGas = options.longs === $String ? $util.Long.prototype.toString.call(message.selectVerifyGas) : options.longs === $Number ? new $util.LongBits(message.selectVerifyGas.low >>> 0, message.selectVerifyGas.high >>> 0).toNumber(true) : message.selectVerifyGas;
                    if (message.sealVkHash != null && $Object.hasOwnProperty.call(message, "sealVkHash"))
                        object.sealVkHash = message.sealVkHash;
                    if (message.selectVkHash != null && $Object.hasOwnProperty.call(message, "selectVkHash"))
                        object.selectVkHash = message.selectVkHash;
                    return object;
                };

                /**
                 * Converts this Params to JSON.
                 * @function toJSON
                 * @memberof marketchain.repo.v1.Params
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                Params.prototype.toJSON = function() {
                    return Params.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for Params
                 * @function getTypeUrl
                 * @memberof marketchain.repo.v1.Params
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                Params.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/marketchain.repo.v1.Params";
                };

                return Params;
            })();

            v1.MsgOpenRound = (function() {

                /**
                 * Properties of a MsgOpenRound.
                 * @typedef {Object} marketchain.repo.v1.MsgOpenRound.$Properties
                 * @property {string|null} [sender] MsgOpenRound sender
                 * @property {string|null} [bdMm] MsgOpenRound bdMm
                 * @property {string|null} [bdRm] MsgOpenRound bdRm
                 * @property {string|null} [mmClient] MsgOpenRound mmClient
                 * @property {string|null} [rmClient] MsgOpenRound rmClient
                 * @property {string|null} [cashDenom] MsgOpenRound cashDenom
                 * @property {string|null} [collateralDenom] MsgOpenRound collateralDenom
                 * @property {string|null} [lotSize] MsgOpenRound lotSize
                 * @property {number|null} [tenorBlocks] MsgOpenRound tenorBlocks
                 * @property {string|null} [bond] MsgOpenRound bond
                 * @property {number|null} [commitBlocks] MsgOpenRound commitBlocks
                 * @property {number|null} [revealBlocks] MsgOpenRound revealBlocks
                 * @property {number|null} [acceptBlocks] MsgOpenRound acceptBlocks
                 * @property {number|null} [maxQty] MsgOpenRound maxQty
                 * @property {number|null} [privacy] MsgOpenRound privacy
                 * @property {string|null} [agent] MsgOpenRound agent
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a MsgOpenRound.
                 * @memberof marketchain.repo.v1
                 * @interface IMsgOpenRound
                 * @augments marketchain.repo.v1.MsgOpenRound.$Properties
                 * @deprecated Use marketchain.repo.v1.MsgOpenRound.$Properties instead.
                 */

                /**
                 * Shape of a MsgOpenRound.
                 * @typedef {marketchain.repo.v1.MsgOpenRound.$Properties} marketchain.repo.v1.MsgOpenRound.$Shape
                 */

                /**
                 * Constructs a new MsgOpenRound.
                 * @memberof marketchain.repo.v1
                 * @classdesc Represents a MsgOpenRound.
                 * @constructor
                 * @param {marketchain.repo.v1.MsgOpenRound.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const MsgOpenRound = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * MsgOpenRound sender.
                 * @member {string} sender
                 * @memberof marketchain.repo.v1.MsgOpenRound
                 * @instance
                 */
                MsgOpenRound.prototype.sender = "";

                /**
                 * MsgOpenRound bdMm.
                 * @member {string} bdMm
                 * @memberof marketchain.repo.v1.MsgOpenRound
                 * @instance
                 */
                MsgOpenRound.prototype.bdMm = "";

                /**
                 * MsgOpenRound bdRm.
                 * @member {string} bdRm
                 * @memberof marketchain.repo.v1.MsgOpenRound
                 * @instance
                 */
                MsgOpenRound.prototype.bdRm = "";

                /**
                 * MsgOpenRound mmClient.
                 * @member {string} mmClient
                 * @memberof marketchain.repo.v1.MsgOpenRound
                 * @instance
                 */
                MsgOpenRound.prototype.mmClient = "";

                /**
                 * MsgOpenRound rmClient.
                 * @member {string} rmClient
                 * @memberof marketchain.repo.v1.MsgOpenRound
                 * @instance
                 */
                MsgOpenRound.prototype.rmClient = "";

                /**
                 * MsgOpenRound cashDenom.
                 * @member {string} cashDenom
                 * @memberof marketchain.repo.v1.MsgOpenRound
                 * @instance
                 */
                MsgOpenRound.prototype.cashDenom = "";

                /**
                 * MsgOpenRound collateralDenom.
                 * @member {string} collateralDenom
                 * @memberof marketchain.repo.v1.MsgOpenRound
                 * @instance
                 */
                MsgOpenRound.prototype.collateralDenom = "";

                /**
                 * MsgOpenRound lotSize.
                 * @member {string} lotSize
                 * @memberof marketchain.repo.v1.MsgOpenRound
                 * @instance
                 */
                MsgOpenRound.prototype.lotSize = "";

                /**
                 * MsgOpenRound tenorBlocks.
                 * @member {number} tenorBlocks
                 * @memberof marketchain.repo.v1.MsgOpenRound
                 * @instance
                 */
                MsgOpenRound.prototype.tenorBlocks = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * MsgOpenRound bond.
                 * @member {string} bond
                 * @memberof marketchain.repo.v1.MsgOpenRound
                 * @instance
                 */
                MsgOpenRound.prototype.bond = "";

                /**
                 * MsgOpenRound commitBlocks.
                 * @member {number} commitBlocks
                 * @memberof marketchain.repo.v1.MsgOpenRound
                 * @instance
                 */
                MsgOpenRound.prototype.commitBlocks = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * MsgOpenRound revealBlocks.
                 * @member {number} revealBlocks
                 * @memberof marketchain.repo.v1.MsgOpenRound
                 * @instance
                 */
                MsgOpenRound.prototype.revealBlocks = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * MsgOpenRound acceptBlocks.
                 * @member {number} acceptBlocks
                 * @memberof marketchain.repo.v1.MsgOpenRound
                 * @instance
                 */
                MsgOpenRound.prototype.acceptBlocks = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * MsgOpenRound maxQty.
                 * @member {number} maxQty
                 * @memberof marketchain.repo.v1.MsgOpenRound
                 * @instance
                 */
                MsgOpenRound.prototype.maxQty = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * MsgOpenRound privacy.
                 * @member {number} privacy
                 * @memberof marketchain.repo.v1.MsgOpenRound
                 * @instance
                 */
                MsgOpenRound.prototype.privacy = 0;

                /**
                 * MsgOpenRound agent.
                 * @member {string} agent
                 * @memberof marketchain.repo.v1.MsgOpenRound
                 * @instance
                 */
                MsgOpenRound.prototype.agent = "";

                /**
                 * Creates a new MsgOpenRound instance using the specified properties.
                 * @function create
                 * @memberof marketchain.repo.v1.MsgOpenRound
                 * @static
                 * @param {marketchain.repo.v1.MsgOpenRound.$Properties=} [properties] Properties to set
                 * @returns {marketchain.repo.v1.MsgOpenRound} MsgOpenRound instance
                 * @type {{
                 *   (properties: marketchain.repo.v1.MsgOpenRound.$Shape): marketchain.repo.v1.MsgOpenRound & marketchain.repo.v1.MsgOpenRound.$Shape;
                 *   (properties?: marketchain.repo.v1.MsgOpenRound.$Properties): marketchain.repo.v1.MsgOpenRound;
                 * }}
                 */
                MsgOpenRound.create = function(properties) {
                    return new MsgOpenRound(properties);
                };

                /**
                 * Encodes the specified MsgOpenRound message. Does not implicitly {@link marketchain.repo.v1.MsgOpenRound.verify|verify} messages.
                 * @function encode
                 * @memberof marketchain.repo.v1.MsgOpenRound
                 * @static
                 * @param {marketchain.repo.v1.MsgOpenRound.$Properties} message MsgOpenRound message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                MsgOpenRound.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.sender != null && $Object.hasOwnProperty.call(message, "sender") && message.sender !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.sender);
                    if (message.bdMm != null && $Object.hasOwnProperty.call(message, "bdMm") && message.bdMm !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.bdMm);
                    if (message.bdRm != null && $Object.hasOwnProperty.call(message, "bdRm") && message.bdRm !== "")
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.bdRm);
                    if (message.mmClient != null && $Object.hasOwnProperty.call(message, "mmClient") && message.mmClient !== "")
                        writer.uint32(/* id 4, wireType 2 =*/34).string(message.mmClient);
                    if (message.rmClient != null && $Object.hasOwnProperty.call(message, "rmClient") && message.rmClient !== "")
                        writer.uint32(/* id 5, wireType 2 =*/42).string(message.rmClient);
                    if (message.cashDenom != null && $Object.hasOwnProperty.call(message, "cashDenom") && message.cashDenom !== "")
                        writer.uint32(/* id 6, wireType 2 =*/50).string(message.cashDenom);
                    if (message.collateralDenom != null && $Object.hasOwnProperty.call(message, "collateralDenom") && message.collateralDenom !== "")
                        writer.uint32(/* id 7, wireType 2 =*/58).string(message.collateralDenom);
                    if (message.lotSize != null && $Object.hasOwnProperty.call(message, "lotSize") && message.lotSize !== "")
                        writer.uint32(/* id 8, wireType 2 =*/66).string(message.lotSize);
                    if (message.tenorBlocks != null && $Object.hasOwnProperty.call(message, "tenorBlocks") && (typeof message.tenorBlocks === "object" ? message.tenorBlocks.low || message.tenorBlocks.high : message.tenorBlocks !== 0))
                        writer.uint32(/* id 9, wireType 0 =*/72).uint64(message.tenorBlocks);
                    if (message.bond != null && $Object.hasOwnProperty.call(message, "bond") && message.bond !== "")
                        writer.uint32(/* id 10, wireType 2 =*/82).string(message.bond);
                    if (message.commitBlocks != null && $Object.hasOwnProperty.call(message, "commitBlocks") && (typeof message.commitBlocks === "object" ? message.commitBlocks.low || message.commitBlocks.high : message.commitBlocks !== 0))
                        writer.uint32(/* id 11, wireType 0 =*/88).uint64(message.commitBlocks);
                    if (message.revealBlocks != null && $Object.hasOwnProperty.call(message, "revealBlocks") && (typeof message.revealBlocks === "object" ? message.revealBlocks.low || message.revealBlocks.high : message.revealBlocks !== 0))
                        writer.uint32(/* id 12, wireType 0 =*/96).uint64(message.revealBlocks);
                    if (message.acceptBlocks != null && $Object.hasOwnProperty.call(message, "acceptBlocks") && (typeof message.acceptBlocks === "object" ? message.acceptBlocks.low || message.acceptBlocks.high : message.acceptBlocks !== 0))
                        writer.uint32(/* id 13, wireType 0 =*/104).uint64(message.acceptBlocks);
                    if (message.maxQty != null && $Object.hasOwnProperty.call(message, "maxQty") && (typeof message.maxQty === "object" ? message.maxQty.low || message.maxQty.high : message.maxQty !== 0))
                        writer.uint32(/* id 14, wireType 0 =*/112).uint64(message.maxQty);
                    if (message.privacy != null && $Object.hasOwnProperty.call(message, "privacy") && message.privacy !== 0)
                        writer.uint32(/* id 15, wireType 0 =*/120).uint32(message.privacy);
                    if (message.agent != null && $Object.hasOwnProperty.call(message, "agent") && message.agent !== "")
                        writer.uint32(/* id 16, wireType 2 =*/130).string(message.agent);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a MsgOpenRound message from the specified reader or buffer.
                 * @function decode
                 * @memberof marketchain.repo.v1.MsgOpenRound
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {marketchain.repo.v1.MsgOpenRound & marketchain.repo.v1.MsgOpenRound.$Shape} MsgOpenRound
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                MsgOpenRound.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.marketchain.repo.v1.MsgOpenRound();
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
                                    message.sender = value;
                                else
                                    delete message.sender;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.bdMm = value;
                                else
                                    delete message.bdMm;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.bdRm = value;
                                else
                                    delete message.bdRm;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.mmClient = value;
                                else
                                    delete message.mmClient;
                                continue;
                            }
                        case 5: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.rmClient = value;
                                else
                                    delete message.rmClient;
                                continue;
                            }
                        case 6: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.cashDenom = value;
                                else
                                    delete message.cashDenom;
                                continue;
                            }
                        case 7: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.collateralDenom = value;
                                else
                                    delete message.collateralDenom;
                                continue;
                            }
                        case 8: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.lotSize = value;
                                else
                                    delete message.lotSize;
                                continue;
                            }
                        case 9: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.tenorBlocks = value;
                                else
                                    delete message.tenorBlocks;
                                continue;
                            }
                        case 10: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.bond = value;
                                else
                                    delete message.bond;
                                continue;
                            }
                        case 11: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.commitBlocks = value;
                                else
                                    delete message.commitBlocks;
                                continue;
                            }
                        case 12: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.revealBlocks = value;
                                else
                                    delete message.revealBlocks;
                                continue;
                            }
                        case 13: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.acceptBlocks = value;
                                else
                                    delete message.acceptBlocks;
                                continue;
                            }
                        case 14: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.maxQty = value;
                                else
                                    delete message.maxQty;
                                continue;
                            }
                        case 15: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.privacy = value;
                                else
                                    delete message.privacy;
                                continue;
                            }
                        case 16: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.agent = value;
                                else
                                    delete message.agent;
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
                 * Creates a MsgOpenRound message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof marketchain.repo.v1.MsgOpenRound
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {marketchain.repo.v1.MsgOpenRound} MsgOpenRound
                 */
                MsgOpenRound.fromObject = function (object, _depth) {
                    if (object instanceof $root.marketchain.repo.v1.MsgOpenRound)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".marketchain.repo.v1.MsgOpenRound: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.marketchain.repo.v1.MsgOpenRound();
                    if (object.sender != null)
                        if (typeof object.sender !== "string" || object.sender.length)
                            message.sender = $String(object.sender);
                    if (object.bdMm != null)
                        if (typeof object.bdMm !== "string" || object.bdMm.length)
                            message.bdMm = $String(object.bdMm);
                    if (object.bdRm != null)
                        if (typeof object.bdRm !== "string" || object.bdRm.length)
                            message.bdRm = $String(object.bdRm);
                    if (object.mmClient != null)
                        if (typeof object.mmClient !== "string" || object.mmClient.length)
                            message.mmClient = $String(object.mmClient);
                    if (object.rmClient != null)
                        if (typeof object.rmClient !== "string" || object.rmClient.length)
                            message.rmClient = $String(object.rmClient);
                    if (object.cashDenom != null)
                        if (typeof object.cashDenom !== "string" || object.cashDenom.length)
                            message.cashDenom = $String(object.cashDenom);
                    if (object.collateralDenom != null)
                        if (typeof object.collateralDenom !== "string" || object.collateralDenom.length)
                            message.collateralDenom = $String(object.collateralDenom);
                    if (object.lotSize != null)
                        if (typeof object.lotSize !== "string" || object.lotSize.length)
                            message.lotSize = $String(object.lotSize);
                    if (object.tenorBlocks != null)
                        if (typeof object.tenorBlocks === "object" ? object.tenorBlocks.low || object.tenorBlocks.high : $Number(object.tenorBlocks) !== 0)
                            if ($util.Long)
                                message.tenorBlocks = $util.Long.fromValue(object.tenorBlocks, true);
                            else if (typeof object.tenorBlocks === "string")
                                message.tenorBlocks = $parseInt(object.tenorBlocks, 10);
                            else if (typeof object.tenorBlocks === "number")
                                message.tenorBlocks = object.tenorBlocks;
                            else if (typeof object.tenorBlocks === "object")
                                message.tenorBlocks = new $util.LongBits(object.tenorBlocks.low >>> 0, object.tenorBlocks.high >>> 0).toNumber(true);
                    if (object.bond != null)
                        if (typeof object.bond !== "string" || object.bond.length)
                            message.bond = $String(object.bond);
                    if (object.commitBlocks != null)
                        if (typeof object.commitBlocks === "object" ? object.commitBlocks.low || object.commitBlocks.high : $Number(object.commitBlocks) !== 0)
                            if ($util.Long)
                                message.commitBlocks = $util.Long.fromValue(object.commitBlocks, true);
                            else if (typeof object.commitBlocks === "string")
                                message.commitBlocks = $parseInt(object.commitBlocks, 10);
                            else if (typeof object.commitBlocks === "number")
                                message.commitBlocks = object.commitBlocks;
                            else if (typeof object.commitBlocks === "object")
                                message.commitBlocks = new $util.LongBits(object.commitBlocks.low >>> 0, object.commitBlocks.high >>> 0).toNumber(true);
                    if (object.revealBlocks != null)
                        if (typeof object.revealBlocks === "object" ? object.revealBlocks.low || object.revealBlocks.high : $Number(object.revealBlocks) !== 0)
                            if ($util.Long)
                                message.revealBlocks = $util.Long.fromValue(object.revealBlocks, true);
                            else if (typeof object.revealBlocks === "string")
                                message.revealBlocks = $parseInt(object.revealBlocks, 10);
                            else if (typeof object.revealBlocks === "number")
                                message.revealBlocks = object.revealBlocks;
                            else if (typeof object.revealBlocks === "object")
                                message.revealBlocks = new $util.LongBits(object.revealBlocks.low >>> 0, object.revealBlocks.high >>> 0).toNumber(true);
                    if (object.acceptBlocks != null)
                        if (typeof object.acceptBlocks === "object" ? object.acceptBlocks.low || object.acceptBlocks.high : $Number(object.acceptBlocks) !== 0)
                            if ($util.Long)
                                message.acceptBlocks = $util.Long.fromValue(object.acceptBlocks, true);
                            else if (typeof object.acceptBlocks === "string")
                                message.acceptBlocks = $parseInt(object.acceptBlocks, 10);
                            else if (typeof object.acceptBlocks === "number")
                                message.acceptBlocks = object.acceptBlocks;
                            else if (typeof object.acceptBlocks === "object")
                                message.acceptBlocks = new $util.LongBits(object.acceptBlocks.low >>> 0, object.acceptBlocks.high >>> 0).toNumber(true);
                    if (object.maxQty != null)
                        if (typeof object.maxQty === "object" ? object.maxQty.low || object.maxQty.high : $Number(object.maxQty) !== 0)
                            if ($util.Long)
                                message.maxQty = $util.Long.fromValue(object.maxQty, true);
                            else if (typeof object.maxQty === "string")
                                message.maxQty = $parseInt(object.maxQty, 10);
                            else if (typeof object.maxQty === "number")
                                message.maxQty = object.maxQty;
                            else if (typeof object.maxQty === "object")
                                message.maxQty = new $util.LongBits(object.maxQty.low >>> 0, object.maxQty.high >>> 0).toNumber(true);
                    if (object.privacy != null)
                        if ($Number(object.privacy) !== 0)
                            message.privacy = object.privacy >>> 0;
                    if (object.agent != null)
                        if (typeof object.agent !== "string" || object.agent.length)
                            message.agent = $String(object.agent);
                    return message;
                };

                /**
                 * Creates a plain object from a MsgOpenRound message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof marketchain.repo.v1.MsgOpenRound
                 * @static
                 * @param {marketchain.repo.v1.MsgOpenRound} message MsgOpenRound
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                MsgOpenRound.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.sender = "";
                        object.bdMm = "";
                        object.bdRm = "";
                        object.mmClient = "";
                        object.rmClient = "";
                        object.cashDenom = "";
                        object.collateralDenom = "";
                        object.lotSize = "";
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.tenorBlocks = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.tenorBlocks = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        object.bond = "";
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.commitBlocks = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.commitBlocks = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.revealBlocks = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.revealBlocks = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.acceptBlocks = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.acceptBlocks = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.maxQty = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.maxQty = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        object.privacy = 0;
                        object.agent = "";
                    }
                    if (message.sender != null && $Object.hasOwnProperty.call(message, "sender"))
                        object.sender = message.sender;
                    if (message.bdMm != null && $Object.hasOwnProperty.call(message, "bdMm"))
                        object.bdMm = message.bdMm;
                    if (message.bdRm != null && $Object.hasOwnProperty.call(message, "bdRm"))
                        object.bdRm = message.bdRm;
                    if (message.mmClient != null && $Object.hasOwnProperty.call(message, "mmClient"))
                        object.mmClient = message.mmClient;
                    if (message.rmClient != null && $Object.hasOwnProperty.call(message, "rmClient"))
                        object.rmClient = message.rmClient;
                    if (message.cashDenom != null && $Object.hasOwnProperty.call(message, "cashDenom"))
                        object.cashDenom = message.cashDenom;
                    if (message.collateralDenom != null && $Object.hasOwnProperty.call(message, "collateralDenom"))
                        object.collateralDenom = message.collateralDenom;
                    if (message.lotSize != null && $Object.hasOwnProperty.call(message, "lotSize"))
                        object.lotSize = message.lotSize;
                    if (message.tenorBlocks != null && $Object.hasOwnProperty.call(message, "tenorBlocks"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.tenorBlocks = typeof message.tenorBlocks === "number" ? $BigInt(message.tenorBlocks) : $util.Long.fromBits(message.tenorBlocks.low >>> 0, message.tenorBlocks.high >>> 0, true).toBigInt();
                        else if (typeof message.tenorBlocks === "number")
                            object.tenorBlocks = options.longs === $String ? $String(message.tenorBlocks) : message.tenorBlocks;
                        else
                            object.tenorBlocks = options.longs === $String ? $util.Long.prototype.toString.call(message.tenorBlocks) : options.longs === $Number ? new $util.LongBits(message.tenorBlocks.low >>> 0, message.tenorBlocks.high >>> 0).toNumber(true) : message.tenorBlocks;
                    if (message.bond != null && $Object.hasOwnProperty.call(message, "bond"))
                        object.bond = message.bond;
                    if (message.commitBlocks != null && $Object.hasOwnProperty.call(message, "commitBlocks"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.commitBlocks = typeof message.commitBlocks === "number" ? $BigInt(message.commitBlocks) : $util.Long.fromBits(message.commitBlocks.low >>> 0, message.commitBlocks.high >>> 0, true).toBigInt();
                        else if (typeof message.commitBlocks === "number")
                            object.commitBlocks = options.longs === $String ? $String(message.commitBlocks) : message.commitBlocks;
                        else
                            object.commitBlocks = options.longs === $String ? $util.Long.prototype.toString.call(message.commitBlocks) : options.longs === $Number ? new $util.LongBits(message.commitBlocks.low >>> 0, message.commitBlocks.high >>> 0).toNumber(true) : message.commitBlocks;
                    if (message.revealBlocks != null && $Object.hasOwnProperty.call(message, "revealBlocks"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.revealBlocks = typeof message.revealBlocks === "number" ? $BigInt(message.revealBlocks) : $util.Long.fromBits(message.revealBlocks.low >>> 0, message.revealBlocks.high >>> 0, true).toBigInt();
                        else if (typeof message.revealBlocks === "number")
                            object.revealBlocks = options.longs === $String ? $String(message.revealBlocks) : message.revealBlocks;
                        else
                            object.revealBlocks = options.longs === $String ? $util.Long.prototype.toString.call(message.revealBlocks) : options.longs === $Number ? new $util.LongBits(message.revealBlocks.low >>> 0, message.revealBlocks.high >>> 0).toNumber(true) : message.revealBlocks;
                    if (message.acceptBlocks != null && $Object.hasOwnProperty.call(message, "acceptBlocks"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.acceptBlocks = typeof message.acceptBlocks === "number" ? $BigInt(message.acceptBlocks) : $util.Long.fromBits(message.acceptBlocks.low >>> 0, message.acceptBlocks.high >>> 0, true).toBigInt();
                        else if (typeof message.acceptBlocks === "number")
                            object.acceptBlocks = options.longs === $String ? $String(message.acceptBlocks) : message.acceptBlocks;
                        else
                            object.acceptBlocks = options.longs === $String ? $util.Long.prototype.toString.call(message.acceptBlocks) : options.longs === $Number ? new $util.LongBits(message.acceptBlocks.low >>> 0, message.acceptBlocks.high >>> 0).toNumber(true) : message.acceptBlocks;
                    if (message.maxQty != null && $Object.hasOwnProperty.call(message, "maxQty"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.maxQty = typeof message.maxQty === "number" ? $BigInt(message.maxQty) : $util.Long.fromBits(message.maxQty.low >>> 0, message.maxQty.high >>> 0, true).toBigInt();
                        else if (typeof message.maxQty === "number")
                            object.maxQty = options.longs === $String ? $String(message.maxQty) : message.maxQty;
                        else
                            object.maxQty = options.longs === $String ? $util.Long.prototype.toString.call(message.maxQty) : options.longs === $Number ? new $util.LongBits(message.maxQty.low >>> 0, message.maxQty.high >>> 0).toNumber(true) : message.maxQty;
                    if (message.privacy != null && $Object.hasOwnProperty.call(message, "privacy"))
                        object.privacy = message.privacy;
                    if (message.agent != null && $Object.hasOwnProperty.call(message, "agent"))
                        object.agent = message.agent;
                    return object;
                };

                /**
                 * Converts this MsgOpenRound to JSON.
                 * @function toJSON
                 * @memberof marketchain.repo.v1.MsgOpenRound
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                MsgOpenRound.prototype.toJSON = function() {
                    return MsgOpenRound.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for MsgOpenRound
                 * @function getTypeUrl
                 * @memberof marketchain.repo.v1.MsgOpenRound
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                MsgOpenRound.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/marketchain.repo.v1.MsgOpenRound";
                };

                return MsgOpenRound;
            })();

            v1.MsgOpenRoundResponse = (function() {

                /**
                 * Properties of a MsgOpenRoundResponse.
                 * @typedef {Object} marketchain.repo.v1.MsgOpenRoundResponse.$Properties
                 * @property {number|null} [roundId] MsgOpenRoundResponse roundId
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a MsgOpenRoundResponse.
                 * @memberof marketchain.repo.v1
                 * @interface IMsgOpenRoundResponse
                 * @augments marketchain.repo.v1.MsgOpenRoundResponse.$Properties
                 * @deprecated Use marketchain.repo.v1.MsgOpenRoundResponse.$Properties instead.
                 */

                /**
                 * Shape of a MsgOpenRoundResponse.
                 * @typedef {marketchain.repo.v1.MsgOpenRoundResponse.$Properties} marketchain.repo.v1.MsgOpenRoundResponse.$Shape
                 */

                /**
                 * Constructs a new MsgOpenRoundResponse.
                 * @memberof marketchain.repo.v1
                 * @classdesc Represents a MsgOpenRoundResponse.
                 * @constructor
                 * @param {marketchain.repo.v1.MsgOpenRoundResponse.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const MsgOpenRoundResponse = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * MsgOpenRoundResponse roundId.
                 * @member {number} roundId
                 * @memberof marketchain.repo.v1.MsgOpenRoundResponse
                 * @instance
                 */
                MsgOpenRoundResponse.prototype.roundId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Creates a new MsgOpenRoundResponse instance using the specified properties.
                 * @function create
                 * @memberof marketchain.repo.v1.MsgOpenRoundResponse
                 * @static
                 * @param {marketchain.repo.v1.MsgOpenRoundResponse.$Properties=} [properties] Properties to set
                 * @returns {marketchain.repo.v1.MsgOpenRoundResponse} MsgOpenRoundResponse instance
                 * @type {{
                 *   (properties: marketchain.repo.v1.MsgOpenRoundResponse.$Shape): marketchain.repo.v1.MsgOpenRoundResponse & marketchain.repo.v1.MsgOpenRoundResponse.$Shape;
                 *   (properties?: marketchain.repo.v1.MsgOpenRoundResponse.$Properties): marketchain.repo.v1.MsgOpenRoundResponse;
                 * }}
                 */
                MsgOpenRoundResponse.create = function(properties) {
                    return new MsgOpenRoundResponse(properties);
                };

                /**
                 * Encodes the specified MsgOpenRoundResponse message. Does not implicitly {@link marketchain.repo.v1.MsgOpenRoundResponse.verify|verify} messages.
                 * @function encode
                 * @memberof marketchain.repo.v1.MsgOpenRoundResponse
                 * @static
                 * @param {marketchain.repo.v1.MsgOpenRoundResponse.$Properties} message MsgOpenRoundResponse message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                MsgOpenRoundResponse.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.roundId != null && $Object.hasOwnProperty.call(message, "roundId") && (typeof message.roundId === "object" ? message.roundId.low || message.roundId.high : message.roundId !== 0))
                        writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.roundId);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a MsgOpenRoundResponse message from the specified reader or buffer.
                 * @function decode
                 * @memberof marketchain.repo.v1.MsgOpenRoundResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {marketchain.repo.v1.MsgOpenRoundResponse & marketchain.repo.v1.MsgOpenRoundResponse.$Shape} MsgOpenRoundResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                MsgOpenRoundResponse.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.marketchain.repo.v1.MsgOpenRoundResponse();
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
                                    message.roundId = value;
                                else
                                    delete message.roundId;
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
                 * Creates a MsgOpenRoundResponse message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof marketchain.repo.v1.MsgOpenRoundResponse
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {marketchain.repo.v1.MsgOpenRoundResponse} MsgOpenRoundResponse
                 */
                MsgOpenRoundResponse.fromObject = function (object, _depth) {
                    if (object instanceof $root.marketchain.repo.v1.MsgOpenRoundResponse)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".marketchain.repo.v1.MsgOpenRoundResponse: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.marketchain.repo.v1.MsgOpenRoundResponse();
                    if (object.roundId != null)
                        if (typeof object.roundId === "object" ? object.roundId.low || object.roundId.high : $Number(object.roundId) !== 0)
                            if ($util.Long)
                                message.roundId = $util.Long.fromValue(object.roundId, true);
                            else if (typeof object.roundId === "string")
                                message.roundId = $parseInt(object.roundId, 10);
                            else if (typeof object.roundId === "number")
                                message.roundId = object.roundId;
                            else if (typeof object.roundId === "object")
                                message.roundId = new $util.LongBits(object.roundId.low >>> 0, object.roundId.high >>> 0).toNumber(true);
                    return message;
                };

                /**
                 * Creates a plain object from a MsgOpenRoundResponse message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof marketchain.repo.v1.MsgOpenRoundResponse
                 * @static
                 * @param {marketchain.repo.v1.MsgOpenRoundResponse} message MsgOpenRoundResponse
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                MsgOpenRoundResponse.toObject = function (message, options, _depth) {
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
                            object.roundId = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.roundId = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if (message.roundId != null && $Object.hasOwnProperty.call(message, "roundId"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.roundId = typeof message.roundId === "number" ? $BigInt(message.roundId) : $util.Long.fromBits(message.roundId.low >>> 0, message.roundId.high >>> 0, true).toBigInt();
                        else if (typeof message.roundId === "number")
                            object.roundId = options.longs === $String ? $String(message.roundId) : message.roundId;
                        else
                            object.roundId = options.longs === $String ? $util.Long.prototype.toString.call(message.roundId) : options.longs === $Number ? new $util.LongBits(message.roundId.low >>> 0, message.roundId.high >>> 0).toNumber(true) : message.roundId;
                    return object;
                };

                /**
                 * Converts this MsgOpenRoundResponse to JSON.
                 * @function toJSON
                 * @memberof marketchain.repo.v1.MsgOpenRoundResponse
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                MsgOpenRoundResponse.prototype.toJSON = function() {
                    return MsgOpenRoundResponse.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for MsgOpenRoundResponse
                 * @function getTypeUrl
                 * @memberof marketchain.repo.v1.MsgOpenRoundResponse
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                MsgOpenRoundResponse.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/marketchain.repo.v1.MsgOpenRoundResponse";
                };

                return MsgOpenRoundResponse;
            })();

            v1.MsgCommitReport = (function() {

                /**
                 * Properties of a MsgCommitReport.
                 * @typedef {Object} marketchain.repo.v1.MsgCommitReport.$Properties
                 * @property {string|null} [sender] MsgCommitReport sender
                 * @property {number|null} [roundId] MsgCommitReport roundId
                 * @property {Uint8Array|null} [commitment] MsgCommitReport commitment
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a MsgCommitReport.
                 * @memberof marketchain.repo.v1
                 * @interface IMsgCommitReport
                 * @augments marketchain.repo.v1.MsgCommitReport.$Properties
                 * @deprecated Use marketchain.repo.v1.MsgCommitReport.$Properties instead.
                 */

                /**
                 * Shape of a MsgCommitReport.
                 * @typedef {marketchain.repo.v1.MsgCommitReport.$Properties} marketchain.repo.v1.MsgCommitReport.$Shape
                 */

                /**
                 * Constructs a new MsgCommitReport.
                 * @memberof marketchain.repo.v1
                 * @classdesc Represents a MsgCommitReport.
                 * @constructor
                 * @param {marketchain.repo.v1.MsgCommitReport.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const MsgCommitReport = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * MsgCommitReport sender.
                 * @member {string} sender
                 * @memberof marketchain.repo.v1.MsgCommitReport
                 * @instance
                 */
                MsgCommitReport.prototype.sender = "";

                /**
                 * MsgCommitReport roundId.
                 * @member {number} roundId
                 * @memberof marketchain.repo.v1.MsgCommitReport
                 * @instance
                 */
                MsgCommitReport.prototype.roundId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * MsgCommitReport commitment.
                 * @member {Uint8Array} commitment
                 * @memberof marketchain.repo.v1.MsgCommitReport
                 * @instance
                 */
                MsgCommitReport.prototype.commitment = $util.newBuffer([]);

                /**
                 * Creates a new MsgCommitReport instance using the specified properties.
                 * @function create
                 * @memberof marketchain.repo.v1.MsgCommitReport
                 * @static
                 * @param {marketchain.repo.v1.MsgCommitReport.$Properties=} [properties] Properties to set
                 * @returns {marketchain.repo.v1.MsgCommitReport} MsgCommitReport instance
                 * @type {{
                 *   (properties: marketchain.repo.v1.MsgCommitReport.$Shape): marketchain.repo.v1.MsgCommitReport & marketchain.repo.v1.MsgCommitReport.$Shape;
                 *   (properties?: marketchain.repo.v1.MsgCommitReport.$Properties): marketchain.repo.v1.MsgCommitReport;
                 * }}
                 */
                MsgCommitReport.create = function(properties) {
                    return new MsgCommitReport(properties);
                };

                /**
                 * Encodes the specified MsgCommitReport message. Does not implicitly {@link marketchain.repo.v1.MsgCommitReport.verify|verify} messages.
                 * @function encode
                 * @memberof marketchain.repo.v1.MsgCommitReport
                 * @static
                 * @param {marketchain.repo.v1.MsgCommitReport.$Properties} message MsgCommitReport message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                MsgCommitReport.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.sender != null && $Object.hasOwnProperty.call(message, "sender") && message.sender !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.sender);
                    if (message.roundId != null && $Object.hasOwnProperty.call(message, "roundId") && (typeof message.roundId === "object" ? message.roundId.low || message.roundId.high : message.roundId !== 0))
                        writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.roundId);
                    if (message.commitment != null && $Object.hasOwnProperty.call(message, "commitment") && message.commitment.length)
                        writer.uint32(/* id 3, wireType 2 =*/26).bytes(message.commitment);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a MsgCommitReport message from the specified reader or buffer.
                 * @function decode
                 * @memberof marketchain.repo.v1.MsgCommitReport
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {marketchain.repo.v1.MsgCommitReport & marketchain.repo.v1.MsgCommitReport.$Shape} MsgCommitReport
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                MsgCommitReport.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.marketchain.repo.v1.MsgCommitReport();
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
                                    message.sender = value;
                                else
                                    delete message.sender;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.roundId = value;
                                else
                                    delete message.roundId;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.bytes()).length)
                                    message.commitment = value;
                                else
                                    delete message.commitment;
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
                 * Creates a MsgCommitReport message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof marketchain.repo.v1.MsgCommitReport
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {marketchain.repo.v1.MsgCommitReport} MsgCommitReport
                 */
                MsgCommitReport.fromObject = function (object, _depth) {
                    if (object instanceof $root.marketchain.repo.v1.MsgCommitReport)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".marketchain.repo.v1.MsgCommitReport: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.marketchain.repo.v1.MsgCommitReport();
                    if (object.sender != null)
                        if (typeof object.sender !== "string" || object.sender.length)
                            message.sender = $String(object.sender);
                    if (object.roundId != null)
                        if (typeof object.roundId === "object" ? object.roundId.low || object.roundId.high : $Number(object.roundId) !== 0)
                            if ($util.Long)
                                message.roundId = $util.Long.fromValue(object.roundId, true);
                            else if (typeof object.roundId === "string")
                                message.roundId = $parseInt(object.roundId, 10);
                            else if (typeof object.roundId === "number")
                                message.roundId = object.roundId;
                            else if (typeof object.roundId === "object")
                                message.roundId = new $util.LongBits(object.roundId.low >>> 0, object.roundId.high >>> 0).toNumber(true);
                    if (object.commitment != null)
                        if (object.commitment.length)
                            if (typeof object.commitment === "string")
                                $util.base64.decode(object.commitment, message.commitment = $util.newBuffer($util.base64.length(object.commitment)), 0);
                            else if (object.commitment.length >= 0)
                                message.commitment = object.commitment;
                    return message;
                };

                /**
                 * Creates a plain object from a MsgCommitReport message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof marketchain.repo.v1.MsgCommitReport
                 * @static
                 * @param {marketchain.repo.v1.MsgCommitReport} message MsgCommitReport
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                MsgCommitReport.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.sender = "";
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.roundId = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.roundId = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        if (options.bytes === $String)
                            object.commitment = "";
                        else {
                            object.commitment = [];
                            if (options.bytes !== $Array)
                                object.commitment = $util.newBuffer(object.commitment);
                        }
                    }
                    if (message.sender != null && $Object.hasOwnProperty.call(message, "sender"))
                        object.sender = message.sender;
                    if (message.roundId != null && $Object.hasOwnProperty.call(message, "roundId"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.roundId = typeof message.roundId === "number" ? $BigInt(message.roundId) : $util.Long.fromBits(message.roundId.low >>> 0, message.roundId.high >>> 0, true).toBigInt();
                        else if (typeof message.roundId === "number")
                            object.roundId = options.longs === $String ? $String(message.roundId) : message.roundId;
                        else
                            object.roundId = options.longs === $String ? $util.Long.prototype.toString.call(message.roundId) : options.longs === $Number ? new $util.LongBits(message.roundId.low >>> 0, message.roundId.high >>> 0).toNumber(true) : message.roundId;
                    if (message.commitment != null && $Object.hasOwnProperty.call(message, "commitment"))
                        object.commitment = options.bytes === $String ? $util.base64.encode(message.commitment, 0, message.commitment.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.commitment) : message.commitment;
                    return object;
                };

                /**
                 * Converts this MsgCommitReport to JSON.
                 * @function toJSON
                 * @memberof marketchain.repo.v1.MsgCommitReport
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                MsgCommitReport.prototype.toJSON = function() {
                    return MsgCommitReport.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for MsgCommitReport
                 * @function getTypeUrl
                 * @memberof marketchain.repo.v1.MsgCommitReport
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                MsgCommitReport.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/marketchain.repo.v1.MsgCommitReport";
                };

                return MsgCommitReport;
            })();

            v1.MsgCommitReportResponse = (function() {

                /**
                 * Properties of a MsgCommitReportResponse.
                 * @typedef {Object} marketchain.repo.v1.MsgCommitReportResponse.$Properties
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a MsgCommitReportResponse.
                 * @memberof marketchain.repo.v1
                 * @interface IMsgCommitReportResponse
                 * @augments marketchain.repo.v1.MsgCommitReportResponse.$Properties
                 * @deprecated Use marketchain.repo.v1.MsgCommitReportResponse.$Properties instead.
                 */

                /**
                 * Shape of a MsgCommitReportResponse.
                 * @typedef {marketchain.repo.v1.MsgCommitReportResponse.$Properties} marketchain.repo.v1.MsgCommitReportResponse.$Shape
                 */

                /**
                 * Constructs a new MsgCommitReportResponse.
                 * @memberof marketchain.repo.v1
                 * @classdesc Represents a MsgCommitReportResponse.
                 * @constructor
                 * @param {marketchain.repo.v1.MsgCommitReportResponse.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const MsgCommitReportResponse = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * Creates a new MsgCommitReportResponse instance using the specified properties.
                 * @function create
                 * @memberof marketchain.repo.v1.MsgCommitReportResponse
                 * @static
                 * @param {marketchain.repo.v1.MsgCommitReportResponse.$Properties=} [properties] Properties to set
                 * @returns {marketchain.repo.v1.MsgCommitReportResponse} MsgCommitReportResponse instance
                 * @type {{
                 *   (properties: marketchain.repo.v1.MsgCommitReportResponse.$Shape): marketchain.repo.v1.MsgCommitReportResponse & marketchain.repo.v1.MsgCommitReportResponse.$Shape;
                 *   (properties?: marketchain.repo.v1.MsgCommitReportResponse.$Properties): marketchain.repo.v1.MsgCommitReportResponse;
                 * }}
                 */
                MsgCommitReportResponse.create = function(properties) {
                    return new MsgCommitReportResponse(properties);
                };

                /**
                 * Encodes the specified MsgCommitReportResponse message. Does not implicitly {@link marketchain.repo.v1.MsgCommitReportResponse.verify|verify} messages.
                 * @function encode
                 * @memberof marketchain.repo.v1.MsgCommitReportResponse
                 * @static
                 * @param {marketchain.repo.v1.MsgCommitReportResponse.$Properties} message MsgCommitReportResponse message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                MsgCommitReportResponse.encode = function (message, writer, _depth) {
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
                 * Decodes a MsgCommitReportResponse message from the specified reader or buffer.
                 * @function decode
                 * @memberof marketchain.repo.v1.MsgCommitReportResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {marketchain.repo.v1.MsgCommitReportResponse & marketchain.repo.v1.MsgCommitReportResponse.$Shape} MsgCommitReportResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                MsgCommitReportResponse.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.marketchain.repo.v1.MsgCommitReportResponse();
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
                 * Creates a MsgCommitReportResponse message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof marketchain.repo.v1.MsgCommitReportResponse
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {marketchain.repo.v1.MsgCommitReportResponse} MsgCommitReportResponse
                 */
                MsgCommitReportResponse.fromObject = function (object, _depth) {
                    if (object instanceof $root.marketchain.repo.v1.MsgCommitReportResponse)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".marketchain.repo.v1.MsgCommitReportResponse: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    return new $root.marketchain.repo.v1.MsgCommitReportResponse();
                };

                /**
                 * Creates a plain object from a MsgCommitReportResponse message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof marketchain.repo.v1.MsgCommitReportResponse
                 * @static
                 * @param {marketchain.repo.v1.MsgCommitReportResponse} message MsgCommitReportResponse
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                MsgCommitReportResponse.toObject = function () {
                    return {};
                };

                /**
                 * Converts this MsgCommitReportResponse to JSON.
                 * @function toJSON
                 * @memberof marketchain.repo.v1.MsgCommitReportResponse
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                MsgCommitReportResponse.prototype.toJSON = function() {
                    return MsgCommitReportResponse.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for MsgCommitReportResponse
                 * @function getTypeUrl
                 * @memberof marketchain.repo.v1.MsgCommitReportResponse
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                MsgCommitReportResponse.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/marketchain.repo.v1.MsgCommitReportResponse";
                };

                return MsgCommitReportResponse;
            })();

            v1.MsgRevealReport = (function() {

                /**
                 * Properties of a MsgRevealReport.
                 * @typedef {Object} marketchain.repo.v1.MsgRevealReport.$Properties
                 * @property {string|null} [sender] MsgRevealReport sender
                 * @property {number|null} [roundId] MsgRevealReport roundId
                 * @property {number|null} [hurdleBps] MsgRevealReport hurdleBps
                 * @property {Array.<marketchain.repo.v1.SchedulePoint.$Properties>|null} [points] MsgRevealReport points
                 * @property {Uint8Array|null} [salt] MsgRevealReport salt
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a MsgRevealReport.
                 * @memberof marketchain.repo.v1
                 * @interface IMsgRevealReport
                 * @augments marketchain.repo.v1.MsgRevealReport.$Properties
                 * @deprecated Use marketchain.repo.v1.MsgRevealReport.$Properties instead.
                 */

                /**
                 * Shape of a MsgRevealReport.
                 * @typedef {marketchain.repo.v1.MsgRevealReport.$Properties} marketchain.repo.v1.MsgRevealReport.$Shape
                 */

                /**
                 * Constructs a new MsgRevealReport.
                 * @memberof marketchain.repo.v1
                 * @classdesc Represents a MsgRevealReport.
                 * @constructor
                 * @param {marketchain.repo.v1.MsgRevealReport.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const MsgRevealReport = function (properties) {
                    this.points = [];
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * MsgRevealReport sender.
                 * @member {string} sender
                 * @memberof marketchain.repo.v1.MsgRevealReport
                 * @instance
                 */
                MsgRevealReport.prototype.sender = "";

                /**
                 * MsgRevealReport roundId.
                 * @member {number} roundId
                 * @memberof marketchain.repo.v1.MsgRevealReport
                 * @instance
                 */
                MsgRevealReport.prototype.roundId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * MsgRevealReport hurdleBps.
                 * @member {number} hurdleBps
                 * @memberof marketchain.repo.v1.MsgRevealReport
                 * @instance
                 */
                MsgRevealReport.prototype.hurdleBps = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * MsgRevealReport points.
                 * @member {Array.<marketchain.repo.v1.SchedulePoint.$Properties>} points
                 * @memberof marketchain.repo.v1.MsgRevealReport
                 * @instance
                 */
                MsgRevealReport.prototype.points = $util.emptyArray;

                /**
                 * MsgRevealReport salt.
                 * @member {Uint8Array} salt
                 * @memberof marketchain.repo.v1.MsgRevealReport
                 * @instance
                 */
                MsgRevealReport.prototype.salt = $util.newBuffer([]);

                /**
                 * Creates a new MsgRevealReport instance using the specified properties.
                 * @function create
                 * @memberof marketchain.repo.v1.MsgRevealReport
                 * @static
                 * @param {marketchain.repo.v1.MsgRevealReport.$Properties=} [properties] Properties to set
                 * @returns {marketchain.repo.v1.MsgRevealReport} MsgRevealReport instance
                 * @type {{
                 *   (properties: marketchain.repo.v1.MsgRevealReport.$Shape): marketchain.repo.v1.MsgRevealReport & marketchain.repo.v1.MsgRevealReport.$Shape;
                 *   (properties?: marketchain.repo.v1.MsgRevealReport.$Properties): marketchain.repo.v1.MsgRevealReport;
                 * }}
                 */
                MsgRevealReport.create = function(properties) {
                    return new MsgRevealReport(properties);
                };

                /**
                 * Encodes the specified MsgRevealReport message. Does not implicitly {@link marketchain.repo.v1.MsgRevealReport.verify|verify} messages.
                 * @function encode
                 * @memberof marketchain.repo.v1.MsgRevealReport
                 * @static
                 * @param {marketchain.repo.v1.MsgRevealReport.$Properties} message MsgRevealReport message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                MsgRevealReport.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.sender != null && $Object.hasOwnProperty.call(message, "sender") && message.sender !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.sender);
                    if (message.roundId != null && $Object.hasOwnProperty.call(message, "roundId") && (typeof message.roundId === "object" ? message.roundId.low || message.roundId.high : message.roundId !== 0))
                        writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.roundId);
                    if (message.hurdleBps != null && $Object.hasOwnProperty.call(message, "hurdleBps") && (typeof message.hurdleBps === "object" ? message.hurdleBps.low || message.hurdleBps.high : message.hurdleBps !== 0))
                        writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.hurdleBps);
                    if (message.points != null && message.points.length)
                        for (let i = 0; i < message.points.length; ++i)
                            $root.marketchain.repo.v1.SchedulePoint.encode(message.points[i], writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                    if (message.salt != null && $Object.hasOwnProperty.call(message, "salt") && message.salt.length)
                        writer.uint32(/* id 5, wireType 2 =*/42).bytes(message.salt);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a MsgRevealReport message from the specified reader or buffer.
                 * @function decode
                 * @memberof marketchain.repo.v1.MsgRevealReport
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {marketchain.repo.v1.MsgRevealReport & marketchain.repo.v1.MsgRevealReport.$Shape} MsgRevealReport
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                MsgRevealReport.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.marketchain.repo.v1.MsgRevealReport();
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
                                    message.sender = value;
                                else
                                    delete message.sender;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.roundId = value;
                                else
                                    delete message.roundId;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.hurdleBps = value;
                                else
                                    delete message.hurdleBps;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.points && message.points.length))
                                    message.points = [];
                                message.points.push($root.marketchain.repo.v1.SchedulePoint.decode(reader, reader.size(), $undefined, _depth + 1));
                                continue;
                            }
                        case 5: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.bytes()).length)
                                    message.salt = value;
                                else
                                    delete message.salt;
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
                 * Creates a MsgRevealReport message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof marketchain.repo.v1.MsgRevealReport
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {marketchain.repo.v1.MsgRevealReport} MsgRevealReport
                 */
                MsgRevealReport.fromObject = function (object, _depth) {
                    if (object instanceof $root.marketchain.repo.v1.MsgRevealReport)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".marketchain.repo.v1.MsgRevealReport: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.marketchain.repo.v1.MsgRevealReport();
                    if (object.sender != null)
                        if (typeof object.sender !== "string" || object.sender.length)
                            message.sender = $String(object.sender);
                    if (object.roundId != null)
                        if (typeof object.roundId === "object" ? object.roundId.low || object.roundId.high : $Number(object.roundId) !== 0)
                            if ($util.Long)
                                message.roundId = $util.Long.fromValue(object.roundId, true);
                            else if (typeof object.roundId === "string")
                                message.roundId = $parseInt(object.roundId, 10);
                            else if (typeof object.roundId === "number")
                                message.roundId = object.roundId;
                            else if (typeof object.roundId === "object")
                                message.roundId = new $util.LongBits(object.roundId.low >>> 0, object.roundId.high >>> 0).toNumber(true);
                    if (object.hurdleBps != null)
                        if (typeof object.hurdleBps === "object" ? object.hurdleBps.low || object.hurdleBps.high : $Number(object.hurdleBps) !== 0)
                            if ($util.Long)
                                message.hurdleBps = $util.Long.fromValue(object.hurdleBps, true);
                            else if (typeof object.hurdleBps === "string")
                                message.hurdleBps = $parseInt(object.hurdleBps, 10);
                            else if (typeof object.hurdleBps === "number")
                                message.hurdleBps = object.hurdleBps;
                            else if (typeof object.hurdleBps === "object")
                                message.hurdleBps = new $util.LongBits(object.hurdleBps.low >>> 0, object.hurdleBps.high >>> 0).toNumber(true);
                    if (object.points) {
                        if (!$Array.isArray(object.points))
                            throw $TypeError(".marketchain.repo.v1.MsgRevealReport.points: array expected");
                        message.points = $Array(object.points.length);
                        for (let i = 0; i < object.points.length; ++i) {
                            if (!$util.isObject(object.points[i]))
                                throw $TypeError(".marketchain.repo.v1.MsgRevealReport.points: object expected");
                            message.points[i] = $root.marketchain.repo.v1.SchedulePoint.fromObject(object.points[i], _depth + 1);
                        }
                    }
                    if (object.salt != null)
                        if (object.salt.length)
                            if (typeof object.salt === "string")
                                $util.base64.decode(object.salt, message.salt = $util.newBuffer($util.base64.length(object.salt)), 0);
                            else if (object.salt.length >= 0)
                                message.salt = object.salt;
                    return message;
                };

                /**
                 * Creates a plain object from a MsgRevealReport message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof marketchain.repo.v1.MsgRevealReport
                 * @static
                 * @param {marketchain.repo.v1.MsgRevealReport} message MsgRevealReport
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                MsgRevealReport.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.arrays || options.defaults)
                        object.points = [];
                    if (options.defaults) {
                        object.sender = "";
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.roundId = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.roundId = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.hurdleBps = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.hurdleBps = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        if (options.bytes === $String)
                            object.salt = "";
                        else {
                            object.salt = [];
                            if (options.bytes !== $Array)
                                object.salt = $util.newBuffer(object.salt);
                        }
                    }
                    if (message.sender != null && $Object.hasOwnProperty.call(message, "sender"))
                        object.sender = message.sender;
                    if (message.roundId != null && $Object.hasOwnProperty.call(message, "roundId"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.roundId = typeof message.roundId === "number" ? $BigInt(message.roundId) : $util.Long.fromBits(message.roundId.low >>> 0, message.roundId.high >>> 0, true).toBigInt();
                        else if (typeof message.roundId === "number")
                            object.roundId = options.longs === $String ? $String(message.roundId) : message.roundId;
                        else
                            object.roundId = options.longs === $String ? $util.Long.prototype.toString.call(message.roundId) : options.longs === $Number ? new $util.LongBits(message.roundId.low >>> 0, message.roundId.high >>> 0).toNumber(true) : message.roundId;
                    if (message.hurdleBps != null && $Object.hasOwnProperty.call(message, "hurdleBps"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.hurdleBps = typeof message.hurdleBps === "number" ? $BigInt(message.hurdleBps) : $util.Long.fromBits(message.hurdleBps.low >>> 0, message.hurdleBps.high >>> 0, true).toBigInt();
                        else if (typeof message.hurdleBps === "number")
                            object.hurdleBps = options.longs === $String ? $String(message.hurdleBps) : message.hurdleBps;
                        else
                            object.hurdleBps = options.longs === $String ? $util.Long.prototype.toString.call(message.hurdleBps) : options.longs === $Number ? new $util.LongBits(message.hurdleBps.low >>> 0, message.hurdleBps.high >>> 0).toNumber(true) : message.hurdleBps;
                    if (message.points && message.points.length) {
                        object.points = $Array(message.points.length);
                        for (let j = 0; j < message.points.length; ++j)
                            object.points[j] = $root.marketchain.repo.v1.SchedulePoint.toObject(message.points[j], options, _depth + 1);
                    }
                    if (message.salt != null && $Object.hasOwnProperty.call(message, "salt"))
                        object.salt = options.bytes === $String ? $util.base64.encode(message.salt, 0, message.salt.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.salt) : message.salt;
                    return object;
                };

                /**
                 * Converts this MsgRevealReport to JSON.
                 * @function toJSON
                 * @memberof marketchain.repo.v1.MsgRevealReport
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                MsgRevealReport.prototype.toJSON = function() {
                    return MsgRevealReport.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for MsgRevealReport
                 * @function getTypeUrl
                 * @memberof marketchain.repo.v1.MsgRevealReport
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                MsgRevealReport.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/marketchain.repo.v1.MsgRevealReport";
                };

                return MsgRevealReport;
            })();

            v1.MsgRevealReportResponse = (function() {

                /**
                 * Properties of a MsgRevealReportResponse.
                 * @typedef {Object} marketchain.repo.v1.MsgRevealReportResponse.$Properties
                 * @property {string|null} [phase] MsgRevealReportResponse phase
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a MsgRevealReportResponse.
                 * @memberof marketchain.repo.v1
                 * @interface IMsgRevealReportResponse
                 * @augments marketchain.repo.v1.MsgRevealReportResponse.$Properties
                 * @deprecated Use marketchain.repo.v1.MsgRevealReportResponse.$Properties instead.
                 */

                /**
                 * Shape of a MsgRevealReportResponse.
                 * @typedef {marketchain.repo.v1.MsgRevealReportResponse.$Properties} marketchain.repo.v1.MsgRevealReportResponse.$Shape
                 */

                /**
                 * Constructs a new MsgRevealReportResponse.
                 * @memberof marketchain.repo.v1
                 * @classdesc Represents a MsgRevealReportResponse.
                 * @constructor
                 * @param {marketchain.repo.v1.MsgRevealReportResponse.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const MsgRevealReportResponse = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * MsgRevealReportResponse phase.
                 * @member {string} phase
                 * @memberof marketchain.repo.v1.MsgRevealReportResponse
                 * @instance
                 */
                MsgRevealReportResponse.prototype.phase = "";

                /**
                 * Creates a new MsgRevealReportResponse instance using the specified properties.
                 * @function create
                 * @memberof marketchain.repo.v1.MsgRevealReportResponse
                 * @static
                 * @param {marketchain.repo.v1.MsgRevealReportResponse.$Properties=} [properties] Properties to set
                 * @returns {marketchain.repo.v1.MsgRevealReportResponse} MsgRevealReportResponse instance
                 * @type {{
                 *   (properties: marketchain.repo.v1.MsgRevealReportResponse.$Shape): marketchain.repo.v1.MsgRevealReportResponse & marketchain.repo.v1.MsgRevealReportResponse.$Shape;
                 *   (properties?: marketchain.repo.v1.MsgRevealReportResponse.$Properties): marketchain.repo.v1.MsgRevealReportResponse;
                 * }}
                 */
                MsgRevealReportResponse.create = function(properties) {
                    return new MsgRevealReportResponse(properties);
                };

                /**
                 * Encodes the specified MsgRevealReportResponse message. Does not implicitly {@link marketchain.repo.v1.MsgRevealReportResponse.verify|verify} messages.
                 * @function encode
                 * @memberof marketchain.repo.v1.MsgRevealReportResponse
                 * @static
                 * @param {marketchain.repo.v1.MsgRevealReportResponse.$Properties} message MsgRevealReportResponse message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                MsgRevealReportResponse.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.phase != null && $Object.hasOwnProperty.call(message, "phase") && message.phase !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.phase);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a MsgRevealReportResponse message from the specified reader or buffer.
                 * @function decode
                 * @memberof marketchain.repo.v1.MsgRevealReportResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {marketchain.repo.v1.MsgRevealReportResponse & marketchain.repo.v1.MsgRevealReportResponse.$Shape} MsgRevealReportResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                MsgRevealReportResponse.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.marketchain.repo.v1.MsgRevealReportResponse();
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
                                    message.phase = value;
                                else
                                    delete message.phase;
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
                 * Creates a MsgRevealReportResponse message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof marketchain.repo.v1.MsgRevealReportResponse
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {marketchain.repo.v1.MsgRevealReportResponse} MsgRevealReportResponse
                 */
                MsgRevealReportResponse.fromObject = function (object, _depth) {
                    if (object instanceof $root.marketchain.repo.v1.MsgRevealReportResponse)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".marketchain.repo.v1.MsgRevealReportResponse: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.marketchain.repo.v1.MsgRevealReportResponse();
                    if (object.phase != null)
                        if (typeof object.phase !== "string" || object.phase.length)
                            message.phase = $String(object.phase);
                    return message;
                };

                /**
                 * Creates a plain object from a MsgRevealReportResponse message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof marketchain.repo.v1.MsgRevealReportResponse
                 * @static
                 * @param {marketchain.repo.v1.MsgRevealReportResponse} message MsgRevealReportResponse
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                MsgRevealReportResponse.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults)
                        object.phase = "";
                    if (message.phase != null && $Object.hasOwnProperty.call(message, "phase"))
                        object.phase = message.phase;
                    return object;
                };

                /**
                 * Converts this MsgRevealReportResponse to JSON.
                 * @function toJSON
                 * @memberof marketchain.repo.v1.MsgRevealReportResponse
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                MsgRevealReportResponse.prototype.toJSON = function() {
                    return MsgRevealReportResponse.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for MsgRevealReportResponse
                 * @function getTypeUrl
                 * @memberof marketchain.repo.v1.MsgRevealReportResponse
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                MsgRevealReportResponse.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/marketchain.repo.v1.MsgRevealReportResponse";
                };

                return MsgRevealReportResponse;
            })();

            v1.MsgAcceptLeg = (function() {

                /**
                 * Properties of a MsgAcceptLeg.
                 * @typedef {Object} marketchain.repo.v1.MsgAcceptLeg.$Properties
                 * @property {string|null} [sender] MsgAcceptLeg sender
                 * @property {number|null} [roundId] MsgAcceptLeg roundId
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a MsgAcceptLeg.
                 * @memberof marketchain.repo.v1
                 * @interface IMsgAcceptLeg
                 * @augments marketchain.repo.v1.MsgAcceptLeg.$Properties
                 * @deprecated Use marketchain.repo.v1.MsgAcceptLeg.$Properties instead.
                 */

                /**
                 * Shape of a MsgAcceptLeg.
                 * @typedef {marketchain.repo.v1.MsgAcceptLeg.$Properties} marketchain.repo.v1.MsgAcceptLeg.$Shape
                 */

                /**
                 * Constructs a new MsgAcceptLeg.
                 * @memberof marketchain.repo.v1
                 * @classdesc Represents a MsgAcceptLeg.
                 * @constructor
                 * @param {marketchain.repo.v1.MsgAcceptLeg.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const MsgAcceptLeg = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * MsgAcceptLeg sender.
                 * @member {string} sender
                 * @memberof marketchain.repo.v1.MsgAcceptLeg
                 * @instance
                 */
                MsgAcceptLeg.prototype.sender = "";

                /**
                 * MsgAcceptLeg roundId.
                 * @member {number} roundId
                 * @memberof marketchain.repo.v1.MsgAcceptLeg
                 * @instance
                 */
                MsgAcceptLeg.prototype.roundId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Creates a new MsgAcceptLeg instance using the specified properties.
                 * @function create
                 * @memberof marketchain.repo.v1.MsgAcceptLeg
                 * @static
                 * @param {marketchain.repo.v1.MsgAcceptLeg.$Properties=} [properties] Properties to set
                 * @returns {marketchain.repo.v1.MsgAcceptLeg} MsgAcceptLeg instance
                 * @type {{
                 *   (properties: marketchain.repo.v1.MsgAcceptLeg.$Shape): marketchain.repo.v1.MsgAcceptLeg & marketchain.repo.v1.MsgAcceptLeg.$Shape;
                 *   (properties?: marketchain.repo.v1.MsgAcceptLeg.$Properties): marketchain.repo.v1.MsgAcceptLeg;
                 * }}
                 */
                MsgAcceptLeg.create = function(properties) {
                    return new MsgAcceptLeg(properties);
                };

                /**
                 * Encodes the specified MsgAcceptLeg message. Does not implicitly {@link marketchain.repo.v1.MsgAcceptLeg.verify|verify} messages.
                 * @function encode
                 * @memberof marketchain.repo.v1.MsgAcceptLeg
                 * @static
                 * @param {marketchain.repo.v1.MsgAcceptLeg.$Properties} message MsgAcceptLeg message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                MsgAcceptLeg.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.sender != null && $Object.hasOwnProperty.call(message, "sender") && message.sender !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.sender);
                    if (message.roundId != null && $Object.hasOwnProperty.call(message, "roundId") && (typeof message.roundId === "object" ? message.roundId.low || message.roundId.high : message.roundId !== 0))
                        writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.roundId);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a MsgAcceptLeg message from the specified reader or buffer.
                 * @function decode
                 * @memberof marketchain.repo.v1.MsgAcceptLeg
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {marketchain.repo.v1.MsgAcceptLeg & marketchain.repo.v1.MsgAcceptLeg.$Shape} MsgAcceptLeg
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                MsgAcceptLeg.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.marketchain.repo.v1.MsgAcceptLeg();
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
                                    message.sender = value;
                                else
                                    delete message.sender;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.roundId = value;
                                else
                                    delete message.roundId;
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
                 * Creates a MsgAcceptLeg message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof marketchain.repo.v1.MsgAcceptLeg
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {marketchain.repo.v1.MsgAcceptLeg} MsgAcceptLeg
                 */
                MsgAcceptLeg.fromObject = function (object, _depth) {
                    if (object instanceof $root.marketchain.repo.v1.MsgAcceptLeg)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".marketchain.repo.v1.MsgAcceptLeg: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.marketchain.repo.v1.MsgAcceptLeg();
                    if (object.sender != null)
                        if (typeof object.sender !== "string" || object.sender.length)
                            message.sender = $String(object.sender);
                    if (object.roundId != null)
                        if (typeof object.roundId === "object" ? object.roundId.low || object.roundId.high : $Number(object.roundId) !== 0)
                            if ($util.Long)
                                message.roundId = $util.Long.fromValue(object.roundId, true);
                            else if (typeof object.roundId === "string")
                                message.roundId = $parseInt(object.roundId, 10);
                            else if (typeof object.roundId === "number")
                                message.roundId = object.roundId;
                            else if (typeof object.roundId === "object")
                                message.roundId = new $util.LongBits(object.roundId.low >>> 0, object.roundId.high >>> 0).toNumber(true);
                    return message;
                };

                /**
                 * Creates a plain object from a MsgAcceptLeg message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof marketchain.repo.v1.MsgAcceptLeg
                 * @static
                 * @param {marketchain.repo.v1.MsgAcceptLeg} message MsgAcceptLeg
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                MsgAcceptLeg.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.sender = "";
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.roundId = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.roundId = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    }
                    if (message.sender != null && $Object.hasOwnProperty.call(message, "sender"))
                        object.sender = message.sender;
                    if (message.roundId != null && $Object.hasOwnProperty.call(message, "roundId"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.roundId = typeof message.roundId === "number" ? $BigInt(message.roundId) : $util.Long.fromBits(message.roundId.low >>> 0, message.roundId.high >>> 0, true).toBigInt();
                        else if (typeof message.roundId === "number")
                            object.roundId = options.longs === $String ? $String(message.roundId) : message.roundId;
                        else
                            object.roundId = options.longs === $String ? $util.Long.prototype.toString.call(message.roundId) : options.longs === $Number ? new $util.LongBits(message.roundId.low >>> 0, message.roundId.high >>> 0).toNumber(true) : message.roundId;
                    return object;
                };

                /**
                 * Converts this MsgAcceptLeg to JSON.
                 * @function toJSON
                 * @memberof marketchain.repo.v1.MsgAcceptLeg
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                MsgAcceptLeg.prototype.toJSON = function() {
                    return MsgAcceptLeg.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for MsgAcceptLeg
                 * @function getTypeUrl
                 * @memberof marketchain.repo.v1.MsgAcceptLeg
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                MsgAcceptLeg.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/marketchain.repo.v1.MsgAcceptLeg";
                };

                return MsgAcceptLeg;
            })();

            v1.MsgAcceptLegResponse = (function() {

                /**
                 * Properties of a MsgAcceptLegResponse.
                 * @typedef {Object} marketchain.repo.v1.MsgAcceptLegResponse.$Properties
                 * @property {string|null} [phase] MsgAcceptLegResponse phase
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a MsgAcceptLegResponse.
                 * @memberof marketchain.repo.v1
                 * @interface IMsgAcceptLegResponse
                 * @augments marketchain.repo.v1.MsgAcceptLegResponse.$Properties
                 * @deprecated Use marketchain.repo.v1.MsgAcceptLegResponse.$Properties instead.
                 */

                /**
                 * Shape of a MsgAcceptLegResponse.
                 * @typedef {marketchain.repo.v1.MsgAcceptLegResponse.$Properties} marketchain.repo.v1.MsgAcceptLegResponse.$Shape
                 */

                /**
                 * Constructs a new MsgAcceptLegResponse.
                 * @memberof marketchain.repo.v1
                 * @classdesc Represents a MsgAcceptLegResponse.
                 * @constructor
                 * @param {marketchain.repo.v1.MsgAcceptLegResponse.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const MsgAcceptLegResponse = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * MsgAcceptLegResponse phase.
                 * @member {string} phase
                 * @memberof marketchain.repo.v1.MsgAcceptLegResponse
                 * @instance
                 */
                MsgAcceptLegResponse.prototype.phase = "";

                /**
                 * Creates a new MsgAcceptLegResponse instance using the specified properties.
                 * @function create
                 * @memberof marketchain.repo.v1.MsgAcceptLegResponse
                 * @static
                 * @param {marketchain.repo.v1.MsgAcceptLegResponse.$Properties=} [properties] Properties to set
                 * @returns {marketchain.repo.v1.MsgAcceptLegResponse} MsgAcceptLegResponse instance
                 * @type {{
                 *   (properties: marketchain.repo.v1.MsgAcceptLegResponse.$Shape): marketchain.repo.v1.MsgAcceptLegResponse & marketchain.repo.v1.MsgAcceptLegResponse.$Shape;
                 *   (properties?: marketchain.repo.v1.MsgAcceptLegResponse.$Properties): marketchain.repo.v1.MsgAcceptLegResponse;
                 * }}
                 */
                MsgAcceptLegResponse.create = function(properties) {
                    return new MsgAcceptLegResponse(properties);
                };

                /**
                 * Encodes the specified MsgAcceptLegResponse message. Does not implicitly {@link marketchain.repo.v1.MsgAcceptLegResponse.verify|verify} messages.
                 * @function encode
                 * @memberof marketchain.repo.v1.MsgAcceptLegResponse
                 * @static
                 * @param {marketchain.repo.v1.MsgAcceptLegResponse.$Properties} message MsgAcceptLegResponse message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                MsgAcceptLegResponse.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.phase != null && $Object.hasOwnProperty.call(message, "phase") && message.phase !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.phase);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a MsgAcceptLegResponse message from the specified reader or buffer.
                 * @function decode
                 * @memberof marketchain.repo.v1.MsgAcceptLegResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {marketchain.repo.v1.MsgAcceptLegResponse & marketchain.repo.v1.MsgAcceptLegResponse.$Shape} MsgAcceptLegResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                MsgAcceptLegResponse.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.marketchain.repo.v1.MsgAcceptLegResponse();
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
                                    message.phase = value;
                                else
                                    delete message.phase;
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
                 * Creates a MsgAcceptLegResponse message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof marketchain.repo.v1.MsgAcceptLegResponse
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {marketchain.repo.v1.MsgAcceptLegResponse} MsgAcceptLegResponse
                 */
                MsgAcceptLegResponse.fromObject = function (object, _depth) {
                    if (object instanceof $root.marketchain.repo.v1.MsgAcceptLegResponse)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".marketchain.repo.v1.MsgAcceptLegResponse: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.marketchain.repo.v1.MsgAcceptLegResponse();
                    if (object.phase != null)
                        if (typeof object.phase !== "string" || object.phase.length)
                            message.phase = $String(object.phase);
                    return message;
                };

                /**
                 * Creates a plain object from a MsgAcceptLegResponse message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof marketchain.repo.v1.MsgAcceptLegResponse
                 * @static
                 * @param {marketchain.repo.v1.MsgAcceptLegResponse} message MsgAcceptLegResponse
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                MsgAcceptLegResponse.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults)
                        object.phase = "";
                    if (message.phase != null && $Object.hasOwnProperty.call(message, "phase"))
                        object.phase = message.phase;
                    return object;
                };

                /**
                 * Converts this MsgAcceptLegResponse to JSON.
                 * @function toJSON
                 * @memberof marketchain.repo.v1.MsgAcceptLegResponse
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                MsgAcceptLegResponse.prototype.toJSON = function() {
                    return MsgAcceptLegResponse.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for MsgAcceptLegResponse
                 * @function getTypeUrl
                 * @memberof marketchain.repo.v1.MsgAcceptLegResponse
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                MsgAcceptLegResponse.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/marketchain.repo.v1.MsgAcceptLegResponse";
                };

                return MsgAcceptLegResponse;
            })();

            v1.MsgRepurchase = (function() {

                /**
                 * Properties of a MsgRepurchase.
                 * @typedef {Object} marketchain.repo.v1.MsgRepurchase.$Properties
                 * @property {string|null} [sender] MsgRepurchase sender
                 * @property {number|null} [roundId] MsgRepurchase roundId
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a MsgRepurchase.
                 * @memberof marketchain.repo.v1
                 * @interface IMsgRepurchase
                 * @augments marketchain.repo.v1.MsgRepurchase.$Properties
                 * @deprecated Use marketchain.repo.v1.MsgRepurchase.$Properties instead.
                 */

                /**
                 * Shape of a MsgRepurchase.
                 * @typedef {marketchain.repo.v1.MsgRepurchase.$Properties} marketchain.repo.v1.MsgRepurchase.$Shape
                 */

                /**
                 * Constructs a new MsgRepurchase.
                 * @memberof marketchain.repo.v1
                 * @classdesc Represents a MsgRepurchase.
                 * @constructor
                 * @param {marketchain.repo.v1.MsgRepurchase.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const MsgRepurchase = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * MsgRepurchase sender.
                 * @member {string} sender
                 * @memberof marketchain.repo.v1.MsgRepurchase
                 * @instance
                 */
                MsgRepurchase.prototype.sender = "";

                /**
                 * MsgRepurchase roundId.
                 * @member {number} roundId
                 * @memberof marketchain.repo.v1.MsgRepurchase
                 * @instance
                 */
                MsgRepurchase.prototype.roundId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Creates a new MsgRepurchase instance using the specified properties.
                 * @function create
                 * @memberof marketchain.repo.v1.MsgRepurchase
                 * @static
                 * @param {marketchain.repo.v1.MsgRepurchase.$Properties=} [properties] Properties to set
                 * @returns {marketchain.repo.v1.MsgRepurchase} MsgRepurchase instance
                 * @type {{
                 *   (properties: marketchain.repo.v1.MsgRepurchase.$Shape): marketchain.repo.v1.MsgRepurchase & marketchain.repo.v1.MsgRepurchase.$Shape;
                 *   (properties?: marketchain.repo.v1.MsgRepurchase.$Properties): marketchain.repo.v1.MsgRepurchase;
                 * }}
                 */
                MsgRepurchase.create = function(properties) {
                    return new MsgRepurchase(properties);
                };

                /**
                 * Encodes the specified MsgRepurchase message. Does not implicitly {@link marketchain.repo.v1.MsgRepurchase.verify|verify} messages.
                 * @function encode
                 * @memberof marketchain.repo.v1.MsgRepurchase
                 * @static
                 * @param {marketchain.repo.v1.MsgRepurchase.$Properties} message MsgRepurchase message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                MsgRepurchase.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.sender != null && $Object.hasOwnProperty.call(message, "sender") && message.sender !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.sender);
                    if (message.roundId != null && $Object.hasOwnProperty.call(message, "roundId") && (typeof message.roundId === "object" ? message.roundId.low || message.roundId.high : message.roundId !== 0))
                        writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.roundId);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a MsgRepurchase message from the specified reader or buffer.
                 * @function decode
                 * @memberof marketchain.repo.v1.MsgRepurchase
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {marketchain.repo.v1.MsgRepurchase & marketchain.repo.v1.MsgRepurchase.$Shape} MsgRepurchase
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                MsgRepurchase.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.marketchain.repo.v1.MsgRepurchase();
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
                                    message.sender = value;
                                else
                                    delete message.sender;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.roundId = value;
                                else
                                    delete message.roundId;
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
                 * Creates a MsgRepurchase message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof marketchain.repo.v1.MsgRepurchase
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {marketchain.repo.v1.MsgRepurchase} MsgRepurchase
                 */
                MsgRepurchase.fromObject = function (object, _depth) {
                    if (object instanceof $root.marketchain.repo.v1.MsgRepurchase)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".marketchain.repo.v1.MsgRepurchase: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.marketchain.repo.v1.MsgRepurchase();
                    if (object.sender != null)
                        if (typeof object.sender !== "string" || object.sender.length)
                            message.sender = $String(object.sender);
                    if (object.roundId != null)
                        if (typeof object.roundId === "object" ? object.roundId.low || object.roundId.high : $Number(object.roundId) !== 0)
                            if ($util.Long)
                                message.roundId = $util.Long.fromValue(object.roundId, true);
                            else if (typeof object.roundId === "string")
                                message.roundId = $parseInt(object.roundId, 10);
                            else if (typeof object.roundId === "number")
                                message.roundId = object.roundId;
                            else if (typeof object.roundId === "object")
                                message.roundId = new $util.LongBits(object.roundId.low >>> 0, object.roundId.high >>> 0).toNumber(true);
                    return message;
                };

                /**
                 * Creates a plain object from a MsgRepurchase message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof marketchain.repo.v1.MsgRepurchase
                 * @static
                 * @param {marketchain.repo.v1.MsgRepurchase} message MsgRepurchase
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                MsgRepurchase.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.sender = "";
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.roundId = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.roundId = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    }
                    if (message.sender != null && $Object.hasOwnProperty.call(message, "sender"))
                        object.sender = message.sender;
                    if (message.roundId != null && $Object.hasOwnProperty.call(message, "roundId"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.roundId = typeof message.roundId === "number" ? $BigInt(message.roundId) : $util.Long.fromBits(message.roundId.low >>> 0, message.roundId.high >>> 0, true).toBigInt();
                        else if (typeof message.roundId === "number")
                            object.roundId = options.longs === $String ? $String(message.roundId) : message.roundId;
                        else
                            object.roundId = options.longs === $String ? $util.Long.prototype.toString.call(message.roundId) : options.longs === $Number ? new $util.LongBits(message.roundId.low >>> 0, message.roundId.high >>> 0).toNumber(true) : message.roundId;
                    return object;
                };

                /**
                 * Converts this MsgRepurchase to JSON.
                 * @function toJSON
                 * @memberof marketchain.repo.v1.MsgRepurchase
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                MsgRepurchase.prototype.toJSON = function() {
                    return MsgRepurchase.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for MsgRepurchase
                 * @function getTypeUrl
                 * @memberof marketchain.repo.v1.MsgRepurchase
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                MsgRepurchase.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/marketchain.repo.v1.MsgRepurchase";
                };

                return MsgRepurchase;
            })();

            v1.MsgRepurchaseResponse = (function() {

                /**
                 * Properties of a MsgRepurchaseResponse.
                 * @typedef {Object} marketchain.repo.v1.MsgRepurchaseResponse.$Properties
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a MsgRepurchaseResponse.
                 * @memberof marketchain.repo.v1
                 * @interface IMsgRepurchaseResponse
                 * @augments marketchain.repo.v1.MsgRepurchaseResponse.$Properties
                 * @deprecated Use marketchain.repo.v1.MsgRepurchaseResponse.$Properties instead.
                 */

                /**
                 * Shape of a MsgRepurchaseResponse.
                 * @typedef {marketchain.repo.v1.MsgRepurchaseResponse.$Properties} marketchain.repo.v1.MsgRepurchaseResponse.$Shape
                 */

                /**
                 * Constructs a new MsgRepurchaseResponse.
                 * @memberof marketchain.repo.v1
                 * @classdesc Represents a MsgRepurchaseResponse.
                 * @constructor
                 * @param {marketchain.repo.v1.MsgRepurchaseResponse.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const MsgRepurchaseResponse = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * Creates a new MsgRepurchaseResponse instance using the specified properties.
                 * @function create
                 * @memberof marketchain.repo.v1.MsgRepurchaseResponse
                 * @static
                 * @param {marketchain.repo.v1.MsgRepurchaseResponse.$Properties=} [properties] Properties to set
                 * @returns {marketchain.repo.v1.MsgRepurchaseResponse} MsgRepurchaseResponse instance
                 * @type {{
                 *   (properties: marketchain.repo.v1.MsgRepurchaseResponse.$Shape): marketchain.repo.v1.MsgRepurchaseResponse & marketchain.repo.v1.MsgRepurchaseResponse.$Shape;
                 *   (properties?: marketchain.repo.v1.MsgRepurchaseResponse.$Properties): marketchain.repo.v1.MsgRepurchaseResponse;
                 * }}
                 */
                MsgRepurchaseResponse.create = function(properties) {
                    return new MsgRepurchaseResponse(properties);
                };

                /**
                 * Encodes the specified MsgRepurchaseResponse message. Does not implicitly {@link marketchain.repo.v1.MsgRepurchaseResponse.verify|verify} messages.
                 * @function encode
                 * @memberof marketchain.repo.v1.MsgRepurchaseResponse
                 * @static
                 * @param {marketchain.repo.v1.MsgRepurchaseResponse.$Properties} message MsgRepurchaseResponse message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                MsgRepurchaseResponse.encode = function (message, writer, _depth) {
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
                 * Decodes a MsgRepurchaseResponse message from the specified reader or buffer.
                 * @function decode
                 * @memberof marketchain.repo.v1.MsgRepurchaseResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {marketchain.repo.v1.MsgRepurchaseResponse & marketchain.repo.v1.MsgRepurchaseResponse.$Shape} MsgRepurchaseResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                MsgRepurchaseResponse.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.marketchain.repo.v1.MsgRepurchaseResponse();
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
                 * Creates a MsgRepurchaseResponse message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof marketchain.repo.v1.MsgRepurchaseResponse
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {marketchain.repo.v1.MsgRepurchaseResponse} MsgRepurchaseResponse
                 */
                MsgRepurchaseResponse.fromObject = function (object, _depth) {
                    if (object instanceof $root.marketchain.repo.v1.MsgRepurchaseResponse)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".marketchain.repo.v1.MsgRepurchaseResponse: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    return new $root.marketchain.repo.v1.MsgRepurchaseResponse();
                };

                /**
                 * Creates a plain object from a MsgRepurchaseResponse message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof marketchain.repo.v1.MsgRepurchaseResponse
                 * @static
                 * @param {marketchain.repo.v1.MsgRepurchaseResponse} message MsgRepurchaseResponse
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                MsgRepurchaseResponse.toObject = function () {
                    return {};
                };

                /**
                 * Converts this MsgRepurchaseResponse to JSON.
                 * @function toJSON
                 * @memberof marketchain.repo.v1.MsgRepurchaseResponse
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                MsgRepurchaseResponse.prototype.toJSON = function() {
                    return MsgRepurchaseResponse.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for MsgRepurchaseResponse
                 * @function getTypeUrl
                 * @memberof marketchain.repo.v1.MsgRepurchaseResponse
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                MsgRepurchaseResponse.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/marketchain.repo.v1.MsgRepurchaseResponse";
                };

                return MsgRepurchaseResponse;
            })();

            v1.MsgExpireRound = (function() {

                /**
                 * Properties of a MsgExpireRound.
                 * @typedef {Object} marketchain.repo.v1.MsgExpireRound.$Properties
                 * @property {string|null} [sender] MsgExpireRound sender
                 * @property {number|null} [roundId] MsgExpireRound roundId
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a MsgExpireRound.
                 * @memberof marketchain.repo.v1
                 * @interface IMsgExpireRound
                 * @augments marketchain.repo.v1.MsgExpireRound.$Properties
                 * @deprecated Use marketchain.repo.v1.MsgExpireRound.$Properties instead.
                 */

                /**
                 * Shape of a MsgExpireRound.
                 * @typedef {marketchain.repo.v1.MsgExpireRound.$Properties} marketchain.repo.v1.MsgExpireRound.$Shape
                 */

                /**
                 * Constructs a new MsgExpireRound.
                 * @memberof marketchain.repo.v1
                 * @classdesc Represents a MsgExpireRound.
                 * @constructor
                 * @param {marketchain.repo.v1.MsgExpireRound.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const MsgExpireRound = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * MsgExpireRound sender.
                 * @member {string} sender
                 * @memberof marketchain.repo.v1.MsgExpireRound
                 * @instance
                 */
                MsgExpireRound.prototype.sender = "";

                /**
                 * MsgExpireRound roundId.
                 * @member {number} roundId
                 * @memberof marketchain.repo.v1.MsgExpireRound
                 * @instance
                 */
                MsgExpireRound.prototype.roundId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Creates a new MsgExpireRound instance using the specified properties.
                 * @function create
                 * @memberof marketchain.repo.v1.MsgExpireRound
                 * @static
                 * @param {marketchain.repo.v1.MsgExpireRound.$Properties=} [properties] Properties to set
                 * @returns {marketchain.repo.v1.MsgExpireRound} MsgExpireRound instance
                 * @type {{
                 *   (properties: marketchain.repo.v1.MsgExpireRound.$Shape): marketchain.repo.v1.MsgExpireRound & marketchain.repo.v1.MsgExpireRound.$Shape;
                 *   (properties?: marketchain.repo.v1.MsgExpireRound.$Properties): marketchain.repo.v1.MsgExpireRound;
                 * }}
                 */
                MsgExpireRound.create = function(properties) {
                    return new MsgExpireRound(properties);
                };

                /**
                 * Encodes the specified MsgExpireRound message. Does not implicitly {@link marketchain.repo.v1.MsgExpireRound.verify|verify} messages.
                 * @function encode
                 * @memberof marketchain.repo.v1.MsgExpireRound
                 * @static
                 * @param {marketchain.repo.v1.MsgExpireRound.$Properties} message MsgExpireRound message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                MsgExpireRound.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.sender != null && $Object.hasOwnProperty.call(message, "sender") && message.sender !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.sender);
                    if (message.roundId != null && $Object.hasOwnProperty.call(message, "roundId") && (typeof message.roundId === "object" ? message.roundId.low || message.roundId.high : message.roundId !== 0))
                        writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.roundId);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a MsgExpireRound message from the specified reader or buffer.
                 * @function decode
                 * @memberof marketchain.repo.v1.MsgExpireRound
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {marketchain.repo.v1.MsgExpireRound & marketchain.repo.v1.MsgExpireRound.$Shape} MsgExpireRound
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                MsgExpireRound.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.marketchain.repo.v1.MsgExpireRound();
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
                                    message.sender = value;
                                else
                                    delete message.sender;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.roundId = value;
                                else
                                    delete message.roundId;
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
                 * Creates a MsgExpireRound message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof marketchain.repo.v1.MsgExpireRound
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {marketchain.repo.v1.MsgExpireRound} MsgExpireRound
                 */
                MsgExpireRound.fromObject = function (object, _depth) {
                    if (object instanceof $root.marketchain.repo.v1.MsgExpireRound)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".marketchain.repo.v1.MsgExpireRound: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.marketchain.repo.v1.MsgExpireRound();
                    if (object.sender != null)
                        if (typeof object.sender !== "string" || object.sender.length)
                            message.sender = $String(object.sender);
                    if (object.roundId != null)
                        if (typeof object.roundId === "object" ? object.roundId.low || object.roundId.high : $Number(object.roundId) !== 0)
                            if ($util.Long)
                                message.roundId = $util.Long.fromValue(object.roundId, true);
                            else if (typeof object.roundId === "string")
                                message.roundId = $parseInt(object.roundId, 10);
                            else if (typeof object.roundId === "number")
                                message.roundId = object.roundId;
                            else if (typeof object.roundId === "object")
                                message.roundId = new $util.LongBits(object.roundId.low >>> 0, object.roundId.high >>> 0).toNumber(true);
                    return message;
                };

                /**
                 * Creates a plain object from a MsgExpireRound message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof marketchain.repo.v1.MsgExpireRound
                 * @static
                 * @param {marketchain.repo.v1.MsgExpireRound} message MsgExpireRound
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                MsgExpireRound.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.sender = "";
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.roundId = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.roundId = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    }
                    if (message.sender != null && $Object.hasOwnProperty.call(message, "sender"))
                        object.sender = message.sender;
                    if (message.roundId != null && $Object.hasOwnProperty.call(message, "roundId"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.roundId = typeof message.roundId === "number" ? $BigInt(message.roundId) : $util.Long.fromBits(message.roundId.low >>> 0, message.roundId.high >>> 0, true).toBigInt();
                        else if (typeof message.roundId === "number")
                            object.roundId = options.longs === $String ? $String(message.roundId) : message.roundId;
                        else
                            object.roundId = options.longs === $String ? $util.Long.prototype.toString.call(message.roundId) : options.longs === $Number ? new $util.LongBits(message.roundId.low >>> 0, message.roundId.high >>> 0).toNumber(true) : message.roundId;
                    return object;
                };

                /**
                 * Converts this MsgExpireRound to JSON.
                 * @function toJSON
                 * @memberof marketchain.repo.v1.MsgExpireRound
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                MsgExpireRound.prototype.toJSON = function() {
                    return MsgExpireRound.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for MsgExpireRound
                 * @function getTypeUrl
                 * @memberof marketchain.repo.v1.MsgExpireRound
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                MsgExpireRound.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/marketchain.repo.v1.MsgExpireRound";
                };

                return MsgExpireRound;
            })();

            v1.MsgExpireRoundResponse = (function() {

                /**
                 * Properties of a MsgExpireRoundResponse.
                 * @typedef {Object} marketchain.repo.v1.MsgExpireRoundResponse.$Properties
                 * @property {string|null} [phase] MsgExpireRoundResponse phase
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a MsgExpireRoundResponse.
                 * @memberof marketchain.repo.v1
                 * @interface IMsgExpireRoundResponse
                 * @augments marketchain.repo.v1.MsgExpireRoundResponse.$Properties
                 * @deprecated Use marketchain.repo.v1.MsgExpireRoundResponse.$Properties instead.
                 */

                /**
                 * Shape of a MsgExpireRoundResponse.
                 * @typedef {marketchain.repo.v1.MsgExpireRoundResponse.$Properties} marketchain.repo.v1.MsgExpireRoundResponse.$Shape
                 */

                /**
                 * Constructs a new MsgExpireRoundResponse.
                 * @memberof marketchain.repo.v1
                 * @classdesc Represents a MsgExpireRoundResponse.
                 * @constructor
                 * @param {marketchain.repo.v1.MsgExpireRoundResponse.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const MsgExpireRoundResponse = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * MsgExpireRoundResponse phase.
                 * @member {string} phase
                 * @memberof marketchain.repo.v1.MsgExpireRoundResponse
                 * @instance
                 */
                MsgExpireRoundResponse.prototype.phase = "";

                /**
                 * Creates a new MsgExpireRoundResponse instance using the specified properties.
                 * @function create
                 * @memberof marketchain.repo.v1.MsgExpireRoundResponse
                 * @static
                 * @param {marketchain.repo.v1.MsgExpireRoundResponse.$Properties=} [properties] Properties to set
                 * @returns {marketchain.repo.v1.MsgExpireRoundResponse} MsgExpireRoundResponse instance
                 * @type {{
                 *   (properties: marketchain.repo.v1.MsgExpireRoundResponse.$Shape): marketchain.repo.v1.MsgExpireRoundResponse & marketchain.repo.v1.MsgExpireRoundResponse.$Shape;
                 *   (properties?: marketchain.repo.v1.MsgExpireRoundResponse.$Properties): marketchain.repo.v1.MsgExpireRoundResponse;
                 * }}
                 */
                MsgExpireRoundResponse.create = function(properties) {
                    return new MsgExpireRoundResponse(properties);
                };

                /**
                 * Encodes the specified MsgExpireRoundResponse message. Does not implicitly {@link marketchain.repo.v1.MsgExpireRoundResponse.verify|verify} messages.
                 * @function encode
                 * @memberof marketchain.repo.v1.MsgExpireRoundResponse
                 * @static
                 * @param {marketchain.repo.v1.MsgExpireRoundResponse.$Properties} message MsgExpireRoundResponse message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                MsgExpireRoundResponse.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.phase != null && $Object.hasOwnProperty.call(message, "phase") && message.phase !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.phase);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a MsgExpireRoundResponse message from the specified reader or buffer.
                 * @function decode
                 * @memberof marketchain.repo.v1.MsgExpireRoundResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {marketchain.repo.v1.MsgExpireRoundResponse & marketchain.repo.v1.MsgExpireRoundResponse.$Shape} MsgExpireRoundResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                MsgExpireRoundResponse.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.marketchain.repo.v1.MsgExpireRoundResponse();
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
                                    message.phase = value;
                                else
                                    delete message.phase;
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
                 * Creates a MsgExpireRoundResponse message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof marketchain.repo.v1.MsgExpireRoundResponse
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {marketchain.repo.v1.MsgExpireRoundResponse} MsgExpireRoundResponse
                 */
                MsgExpireRoundResponse.fromObject = function (object, _depth) {
                    if (object instanceof $root.marketchain.repo.v1.MsgExpireRoundResponse)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".marketchain.repo.v1.MsgExpireRoundResponse: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.marketchain.repo.v1.MsgExpireRoundResponse();
                    if (object.phase != null)
                        if (typeof object.phase !== "string" || object.phase.length)
                            message.phase = $String(object.phase);
                    return message;
                };

                /**
                 * Creates a plain object from a MsgExpireRoundResponse message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof marketchain.repo.v1.MsgExpireRoundResponse
                 * @static
                 * @param {marketchain.repo.v1.MsgExpireRoundResponse} message MsgExpireRoundResponse
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                MsgExpireRoundResponse.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults)
                        object.phase = "";
                    if (message.phase != null && $Object.hasOwnProperty.call(message, "phase"))
                        object.phase = message.phase;
                    return object;
                };

                /**
                 * Converts this MsgExpireRoundResponse to JSON.
                 * @function toJSON
                 * @memberof marketchain.repo.v1.MsgExpireRoundResponse
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                MsgExpireRoundResponse.prototype.toJSON = function() {
                    return MsgExpireRoundResponse.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for MsgExpireRoundResponse
                 * @function getTypeUrl
                 * @memberof marketchain.repo.v1.MsgExpireRoundResponse
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                MsgExpireRoundResponse.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/marketchain.repo.v1.MsgExpireRoundResponse";
                };

                return MsgExpireRoundResponse;
            })();

            v1.MsgRegisterAgent = (function() {

                /**
                 * Properties of a MsgRegisterAgent.
                 * @typedef {Object} marketchain.repo.v1.MsgRegisterAgent.$Properties
                 * @property {string|null} [sender] MsgRegisterAgent sender
                 * @property {Uint8Array|null} [encPubkey] MsgRegisterAgent encPubkey
                 * @property {string|null} [bond] MsgRegisterAgent bond
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a MsgRegisterAgent.
                 * @memberof marketchain.repo.v1
                 * @interface IMsgRegisterAgent
                 * @augments marketchain.repo.v1.MsgRegisterAgent.$Properties
                 * @deprecated Use marketchain.repo.v1.MsgRegisterAgent.$Properties instead.
                 */

                /**
                 * Shape of a MsgRegisterAgent.
                 * @typedef {marketchain.repo.v1.MsgRegisterAgent.$Properties} marketchain.repo.v1.MsgRegisterAgent.$Shape
                 */

                /**
                 * Constructs a new MsgRegisterAgent.
                 * @memberof marketchain.repo.v1
                 * @classdesc Represents a MsgRegisterAgent.
                 * @constructor
                 * @param {marketchain.repo.v1.MsgRegisterAgent.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const MsgRegisterAgent = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * MsgRegisterAgent sender.
                 * @member {string} sender
                 * @memberof marketchain.repo.v1.MsgRegisterAgent
                 * @instance
                 */
                MsgRegisterAgent.prototype.sender = "";

                /**
                 * MsgRegisterAgent encPubkey.
                 * @member {Uint8Array} encPubkey
                 * @memberof marketchain.repo.v1.MsgRegisterAgent
                 * @instance
                 */
                MsgRegisterAgent.prototype.encPubkey = $util.newBuffer([]);

                /**
                 * MsgRegisterAgent bond.
                 * @member {string} bond
                 * @memberof marketchain.repo.v1.MsgRegisterAgent
                 * @instance
                 */
                MsgRegisterAgent.prototype.bond = "";

                /**
                 * Creates a new MsgRegisterAgent instance using the specified properties.
                 * @function create
                 * @memberof marketchain.repo.v1.MsgRegisterAgent
                 * @static
                 * @param {marketchain.repo.v1.MsgRegisterAgent.$Properties=} [properties] Properties to set
                 * @returns {marketchain.repo.v1.MsgRegisterAgent} MsgRegisterAgent instance
                 * @type {{
                 *   (properties: marketchain.repo.v1.MsgRegisterAgent.$Shape): marketchain.repo.v1.MsgRegisterAgent & marketchain.repo.v1.MsgRegisterAgent.$Shape;
                 *   (properties?: marketchain.repo.v1.MsgRegisterAgent.$Properties): marketchain.repo.v1.MsgRegisterAgent;
                 * }}
                 */
                MsgRegisterAgent.create = function(properties) {
                    return new MsgRegisterAgent(properties);
                };

                /**
                 * Encodes the specified MsgRegisterAgent message. Does not implicitly {@link marketchain.repo.v1.MsgRegisterAgent.verify|verify} messages.
                 * @function encode
                 * @memberof marketchain.repo.v1.MsgRegisterAgent
                 * @static
                 * @param {marketchain.repo.v1.MsgRegisterAgent.$Properties} message MsgRegisterAgent message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                MsgRegisterAgent.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.sender != null && $Object.hasOwnProperty.call(message, "sender") && message.sender !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.sender);
                    if (message.encPubkey != null && $Object.hasOwnProperty.call(message, "encPubkey") && message.encPubkey.length)
                        writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.encPubkey);
                    if (message.bond != null && $Object.hasOwnProperty.call(message, "bond") && message.bond !== "")
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.bond);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a MsgRegisterAgent message from the specified reader or buffer.
                 * @function decode
                 * @memberof marketchain.repo.v1.MsgRegisterAgent
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {marketchain.repo.v1.MsgRegisterAgent & marketchain.repo.v1.MsgRegisterAgent.$Shape} MsgRegisterAgent
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                MsgRegisterAgent.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.marketchain.repo.v1.MsgRegisterAgent();
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
                                    message.sender = value;
                                else
                                    delete message.sender;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.bytes()).length)
                                    message.encPubkey = value;
                                else
                                    delete message.encPubkey;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.bond = value;
                                else
                                    delete message.bond;
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
                 * Creates a MsgRegisterAgent message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof marketchain.repo.v1.MsgRegisterAgent
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {marketchain.repo.v1.MsgRegisterAgent} MsgRegisterAgent
                 */
                MsgRegisterAgent.fromObject = function (object, _depth) {
                    if (object instanceof $root.marketchain.repo.v1.MsgRegisterAgent)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".marketchain.repo.v1.MsgRegisterAgent: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.marketchain.repo.v1.MsgRegisterAgent();
                    if (object.sender != null)
                        if (typeof object.sender !== "string" || object.sender.length)
                            message.sender = $String(object.sender);
                    if (object.encPubkey != null)
                        if (object.encPubkey.length)
                            if (typeof object.encPubkey === "string")
                                $util.base64.decode(object.encPubkey, message.encPubkey = $util.newBuffer($util.base64.length(object.encPubkey)), 0);
                            else if (object.encPubkey.length >= 0)
                                message.encPubkey = object.encPubkey;
                    if (object.bond != null)
                        if (typeof object.bond !== "string" || object.bond.length)
                            message.bond = $String(object.bond);
                    return message;
                };

                /**
                 * Creates a plain object from a MsgRegisterAgent message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof marketchain.repo.v1.MsgRegisterAgent
                 * @static
                 * @param {marketchain.repo.v1.MsgRegisterAgent} message MsgRegisterAgent
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                MsgRegisterAgent.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.sender = "";
                        if (options.bytes === $String)
                            object.encPubkey = "";
                        else {
                            object.encPubkey = [];
                            if (options.bytes !== $Array)
                                object.encPubkey = $util.newBuffer(object.encPubkey);
                        }
                        object.bond = "";
                    }
                    if (message.sender != null && $Object.hasOwnProperty.call(message, "sender"))
                        object.sender = message.sender;
                    if (message.encPubkey != null && $Object.hasOwnProperty.call(message, "encPubkey"))
                        object.encPubkey = options.bytes === $String ? $util.base64.encode(message.encPubkey, 0, message.encPubkey.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.encPubkey) : message.encPubkey;
                    if (message.bond != null && $Object.hasOwnProperty.call(message, "bond"))
                        object.bond = message.bond;
                    return object;
                };

                /**
                 * Converts this MsgRegisterAgent to JSON.
                 * @function toJSON
                 * @memberof marketchain.repo.v1.MsgRegisterAgent
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                MsgRegisterAgent.prototype.toJSON = function() {
                    return MsgRegisterAgent.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for MsgRegisterAgent
                 * @function getTypeUrl
                 * @memberof marketchain.repo.v1.MsgRegisterAgent
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                MsgRegisterAgent.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/marketchain.repo.v1.MsgRegisterAgent";
                };

                return MsgRegisterAgent;
            })();

            v1.MsgRegisterAgentResponse = (function() {

                /**
                 * Properties of a MsgRegisterAgentResponse.
                 * @typedef {Object} marketchain.repo.v1.MsgRegisterAgentResponse.$Properties
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a MsgRegisterAgentResponse.
                 * @memberof marketchain.repo.v1
                 * @interface IMsgRegisterAgentResponse
                 * @augments marketchain.repo.v1.MsgRegisterAgentResponse.$Properties
                 * @deprecated Use marketchain.repo.v1.MsgRegisterAgentResponse.$Properties instead.
                 */

                /**
                 * Shape of a MsgRegisterAgentResponse.
                 * @typedef {marketchain.repo.v1.MsgRegisterAgentResponse.$Properties} marketchain.repo.v1.MsgRegisterAgentResponse.$Shape
                 */

                /**
                 * Constructs a new MsgRegisterAgentResponse.
                 * @memberof marketchain.repo.v1
                 * @classdesc Represents a MsgRegisterAgentResponse.
                 * @constructor
                 * @param {marketchain.repo.v1.MsgRegisterAgentResponse.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const MsgRegisterAgentResponse = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * Creates a new MsgRegisterAgentResponse instance using the specified properties.
                 * @function create
                 * @memberof marketchain.repo.v1.MsgRegisterAgentResponse
                 * @static
                 * @param {marketchain.repo.v1.MsgRegisterAgentResponse.$Properties=} [properties] Properties to set
                 * @returns {marketchain.repo.v1.MsgRegisterAgentResponse} MsgRegisterAgentResponse instance
                 * @type {{
                 *   (properties: marketchain.repo.v1.MsgRegisterAgentResponse.$Shape): marketchain.repo.v1.MsgRegisterAgentResponse & marketchain.repo.v1.MsgRegisterAgentResponse.$Shape;
                 *   (properties?: marketchain.repo.v1.MsgRegisterAgentResponse.$Properties): marketchain.repo.v1.MsgRegisterAgentResponse;
                 * }}
                 */
                MsgRegisterAgentResponse.create = function(properties) {
                    return new MsgRegisterAgentResponse(properties);
                };

                /**
                 * Encodes the specified MsgRegisterAgentResponse message. Does not implicitly {@link marketchain.repo.v1.MsgRegisterAgentResponse.verify|verify} messages.
                 * @function encode
                 * @memberof marketchain.repo.v1.MsgRegisterAgentResponse
                 * @static
                 * @param {marketchain.repo.v1.MsgRegisterAgentResponse.$Properties} message MsgRegisterAgentResponse message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                MsgRegisterAgentResponse.encode = function (message, writer, _depth) {
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
                 * Decodes a MsgRegisterAgentResponse message from the specified reader or buffer.
                 * @function decode
                 * @memberof marketchain.repo.v1.MsgRegisterAgentResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {marketchain.repo.v1.MsgRegisterAgentResponse & marketchain.repo.v1.MsgRegisterAgentResponse.$Shape} MsgRegisterAgentResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                MsgRegisterAgentResponse.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.marketchain.repo.v1.MsgRegisterAgentResponse();
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
                 * Creates a MsgRegisterAgentResponse message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof marketchain.repo.v1.MsgRegisterAgentResponse
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {marketchain.repo.v1.MsgRegisterAgentResponse} MsgRegisterAgentResponse
                 */
                MsgRegisterAgentResponse.fromObject = function (object, _depth) {
                    if (object instanceof $root.marketchain.repo.v1.MsgRegisterAgentResponse)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".marketchain.repo.v1.MsgRegisterAgentResponse: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    return new $root.marketchain.repo.v1.MsgRegisterAgentResponse();
                };

                /**
                 * Creates a plain object from a MsgRegisterAgentResponse message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof marketchain.repo.v1.MsgRegisterAgentResponse
                 * @static
                 * @param {marketchain.repo.v1.MsgRegisterAgentResponse} message MsgRegisterAgentResponse
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                MsgRegisterAgentResponse.toObject = function () {
                    return {};
                };

                /**
                 * Converts this MsgRegisterAgentResponse to JSON.
                 * @function toJSON
                 * @memberof marketchain.repo.v1.MsgRegisterAgentResponse
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                MsgRegisterAgentResponse.prototype.toJSON = function() {
                    return MsgRegisterAgentResponse.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for MsgRegisterAgentResponse
                 * @function getTypeUrl
                 * @memberof marketchain.repo.v1.MsgRegisterAgentResponse
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                MsgRegisterAgentResponse.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/marketchain.repo.v1.MsgRegisterAgentResponse";
                };

                return MsgRegisterAgentResponse;
            })();

            v1.MsgSealReport = (function() {

                /**
                 * Properties of a MsgSealReport.
                 * @typedef {Object} marketchain.repo.v1.MsgSealReport.$Properties
                 * @property {string|null} [sender] MsgSealReport sender
                 * @property {number|null} [roundId] MsgSealReport roundId
                 * @property {Uint8Array|null} [commitment] MsgSealReport commitment
                 * @property {Uint8Array|null} [ciphertext] MsgSealReport ciphertext
                 * @property {Uint8Array|null} [ephPubkey] MsgSealReport ephPubkey
                 * @property {Uint8Array|null} [proof] MsgSealReport proof
                 * @property {Uint8Array|null} [ciphertextHash] MsgSealReport ciphertextHash
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a MsgSealReport.
                 * @memberof marketchain.repo.v1
                 * @interface IMsgSealReport
                 * @augments marketchain.repo.v1.MsgSealReport.$Properties
                 * @deprecated Use marketchain.repo.v1.MsgSealReport.$Properties instead.
                 */

                /**
                 * Shape of a MsgSealReport.
                 * @typedef {marketchain.repo.v1.MsgSealReport.$Properties} marketchain.repo.v1.MsgSealReport.$Shape
                 */

                /**
                 * Constructs a new MsgSealReport.
                 * @memberof marketchain.repo.v1
                 * @classdesc Represents a MsgSealReport.
                 * @constructor
                 * @param {marketchain.repo.v1.MsgSealReport.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const MsgSealReport = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * MsgSealReport sender.
                 * @member {string} sender
                 * @memberof marketchain.repo.v1.MsgSealReport
                 * @instance
                 */
                MsgSealReport.prototype.sender = "";

                /**
                 * MsgSealReport roundId.
                 * @member {number} roundId
                 * @memberof marketchain.repo.v1.MsgSealReport
                 * @instance
                 */
                MsgSealReport.prototype.roundId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * MsgSealReport commitment.
                 * @member {Uint8Array} commitment
                 * @memberof marketchain.repo.v1.MsgSealReport
                 * @instance
                 */
                MsgSealReport.prototype.commitment = $util.newBuffer([]);

                /**
                 * MsgSealReport ciphertext.
                 * @member {Uint8Array} ciphertext
                 * @memberof marketchain.repo.v1.MsgSealReport
                 * @instance
                 */
                MsgSealReport.prototype.ciphertext = $util.newBuffer([]);

                /**
                 * MsgSealReport ephPubkey.
                 * @member {Uint8Array} ephPubkey
                 * @memberof marketchain.repo.v1.MsgSealReport
                 * @instance
                 */
                MsgSealReport.prototype.ephPubkey = $util.newBuffer([]);

                /**
                 * MsgSealReport proof.
                 * @member {Uint8Array} proof
                 * @memberof marketchain.repo.v1.MsgSealReport
                 * @instance
                 */
                MsgSealReport.prototype.proof = $util.newBuffer([]);

                /**
                 * MsgSealReport ciphertextHash.
                 * @member {Uint8Array} ciphertextHash
                 * @memberof marketchain.repo.v1.MsgSealReport
                 * @instance
                 */
                MsgSealReport.prototype.ciphertextHash = $util.newBuffer([]);

                /**
                 * Creates a new MsgSealReport instance using the specified properties.
                 * @function create
                 * @memberof marketchain.repo.v1.MsgSealReport
                 * @static
                 * @param {marketchain.repo.v1.MsgSealReport.$Properties=} [properties] Properties to set
                 * @returns {marketchain.repo.v1.MsgSealReport} MsgSealReport instance
                 * @type {{
                 *   (properties: marketchain.repo.v1.MsgSealReport.$Shape): marketchain.repo.v1.MsgSealReport & marketchain.repo.v1.MsgSealReport.$Shape;
                 *   (properties?: marketchain.repo.v1.MsgSealReport.$Properties): marketchain.repo.v1.MsgSealReport;
                 * }}
                 */
                MsgSealReport.create = function(properties) {
                    return new MsgSealReport(properties);
                };

                /**
                 * Encodes the specified MsgSealReport message. Does not implicitly {@link marketchain.repo.v1.MsgSealReport.verify|verify} messages.
                 * @function encode
                 * @memberof marketchain.repo.v1.MsgSealReport
                 * @static
                 * @param {marketchain.repo.v1.MsgSealReport.$Properties} message MsgSealReport message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                MsgSealReport.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.sender != null && $Object.hasOwnProperty.call(message, "sender") && message.sender !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.sender);
                    if (message.roundId != null && $Object.hasOwnProperty.call(message, "roundId") && (typeof message.roundId === "object" ? message.roundId.low || message.roundId.high : message.roundId !== 0))
                        writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.roundId);
                    if (message.commitment != null && $Object.hasOwnProperty.call(message, "commitment") && message.commitment.length)
                        writer.uint32(/* id 3, wireType 2 =*/26).bytes(message.commitment);
                    if (message.ciphertext != null && $Object.hasOwnProperty.call(message, "ciphertext") && message.ciphertext.length)
                        writer.uint32(/* id 4, wireType 2 =*/34).bytes(message.ciphertext);
                    if (message.ephPubkey != null && $Object.hasOwnProperty.call(message, "ephPubkey") && message.ephPubkey.length)
                        writer.uint32(/* id 5, wireType 2 =*/42).bytes(message.ephPubkey);
                    if (message.proof != null && $Object.hasOwnProperty.call(message, "proof") && message.proof.length)
                        writer.uint32(/* id 6, wireType 2 =*/50).bytes(message.proof);
                    if (message.ciphertextHash != null && $Object.hasOwnProperty.call(message, "ciphertextHash") && message.ciphertextHash.length)
                        writer.uint32(/* id 7, wireType 2 =*/58).bytes(message.ciphertextHash);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a MsgSealReport message from the specified reader or buffer.
                 * @function decode
                 * @memberof marketchain.repo.v1.MsgSealReport
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {marketchain.repo.v1.MsgSealReport & marketchain.repo.v1.MsgSealReport.$Shape} MsgSealReport
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                MsgSealReport.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.marketchain.repo.v1.MsgSealReport();
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
                                    message.sender = value;
                                else
                                    delete message.sender;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.roundId = value;
                                else
                                    delete message.roundId;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.bytes()).length)
                                    message.commitment = value;
                                else
                                    delete message.commitment;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.bytes()).length)
                                    message.ciphertext = value;
                                else
                                    delete message.ciphertext;
                                continue;
                            }
                        case 5: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.bytes()).length)
                                    message.ephPubkey = value;
                                else
                                    delete message.ephPubkey;
                                continue;
                            }
                        case 6: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.bytes()).length)
                                    message.proof = value;
                                else
                                    delete message.proof;
                                continue;
                            }
                        case 7: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.bytes()).length)
                                    message.ciphertextHash = value;
                                else
                                    delete message.ciphertextHash;
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
                 * Creates a MsgSealReport message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof marketchain.repo.v1.MsgSealReport
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {marketchain.repo.v1.MsgSealReport} MsgSealReport
                 */
                MsgSealReport.fromObject = function (object, _depth) {
                    if (object instanceof $root.marketchain.repo.v1.MsgSealReport)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".marketchain.repo.v1.MsgSealReport: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.marketchain.repo.v1.MsgSealReport();
                    if (object.sender != null)
                        if (typeof object.sender !== "string" || object.sender.length)
                            message.sender = $String(object.sender);
                    if (object.roundId != null)
                        if (typeof object.roundId === "object" ? object.roundId.low || object.roundId.high : $Number(object.roundId) !== 0)
                            if ($util.Long)
                                message.roundId = $util.Long.fromValue(object.roundId, true);
                            else if (typeof object.roundId === "string")
                                message.roundId = $parseInt(object.roundId, 10);
                            else if (typeof object.roundId === "number")
                                message.roundId = object.roundId;
                            else if (typeof object.roundId === "object")
                                message.roundId = new $util.LongBits(object.roundId.low >>> 0, object.roundId.high >>> 0).toNumber(true);
                    if (object.commitment != null)
                        if (object.commitment.length)
                            if (typeof object.commitment === "string")
                                $util.base64.decode(object.commitment, message.commitment = $util.newBuffer($util.base64.length(object.commitment)), 0);
                            else if (object.commitment.length >= 0)
                                message.commitment = object.commitment;
                    if (object.ciphertext != null)
                        if (object.ciphertext.length)
                            if (typeof object.ciphertext === "string")
                                $util.base64.decode(object.ciphertext, message.ciphertext = $util.newBuffer($util.base64.length(object.ciphertext)), 0);
                            else if (object.ciphertext.length >= 0)
                                message.ciphertext = object.ciphertext;
                    if (object.ephPubkey != null)
                        if (object.ephPubkey.length)
                            if (typeof object.ephPubkey === "string")
                                $util.base64.decode(object.ephPubkey, message.ephPubkey = $util.newBuffer($util.base64.length(object.ephPubkey)), 0);
                            else if (object.ephPubkey.length >= 0)
                                message.ephPubkey = object.ephPubkey;
                    if (object.proof != null)
                        if (object.proof.length)
                            if (typeof object.proof === "string")
                                $util.base64.decode(object.proof, message.proof = $util.newBuffer($util.base64.length(object.proof)), 0);
                            else if (object.proof.length >= 0)
                                message.proof = object.proof;
                    if (object.ciphertextHash != null)
                        if (object.ciphertextHash.length)
                            if (typeof object.ciphertextHash === "string")
                                $util.base64.decode(object.ciphertextHash, message.ciphertextHash = $util.newBuffer($util.base64.length(object.ciphertextHash)), 0);
                            else if (object.ciphertextHash.length >= 0)
                                message.ciphertextHash = object.ciphertextHash;
                    return message;
                };

                /**
                 * Creates a plain object from a MsgSealReport message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof marketchain.repo.v1.MsgSealReport
                 * @static
                 * @param {marketchain.repo.v1.MsgSealReport} message MsgSealReport
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                MsgSealReport.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.sender = "";
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.roundId = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.roundId = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        if (options.bytes === $String)
                            object.commitment = "";
                        else {
                            object.commitment = [];
                            if (options.bytes !== $Array)
                                object.commitment = $util.newBuffer(object.commitment);
                        }
                        if (options.bytes === $String)
                            object.ciphertext = "";
                        else {
                            object.ciphertext = [];
                            if (options.bytes !== $Array)
                                object.ciphertext = $util.newBuffer(object.ciphertext);
                        }
                        if (options.bytes === $String)
                            object.ephPubkey = "";
                        else {
                            object.ephPubkey = [];
                            if (options.bytes !== $Array)
                                object.ephPubkey = $util.newBuffer(object.ephPubkey);
                        }
                        if (options.bytes === $String)
                            object.proof = "";
                        else {
                            object.proof = [];
                            if (options.bytes !== $Array)
                                object.proof = $util.newBuffer(object.proof);
                        }
                        if (options.bytes === $String)
                            object.ciphertextHash = "";
                        else {
                            object.ciphertextHash = [];
                            if (options.bytes !== $Array)
                                object.ciphertextHash = $util.newBuffer(object.ciphertextHash);
                        }
                    }
                    if (message.sender != null && $Object.hasOwnProperty.call(message, "sender"))
                        object.sender = message.sender;
                    if (message.roundId != null && $Object.hasOwnProperty.call(message, "roundId"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.roundId = typeof message.roundId === "number" ? $BigInt(message.roundId) : $util.Long.fromBits(message.roundId.low >>> 0, message.roundId.high >>> 0, true).toBigInt();
                        else if (typeof message.roundId === "number")
                            object.roundId = options.longs === $String ? $String(message.roundId) : message.roundId;
                        else
                            object.roundId = options.longs === $String ? $util.Long.prototype.toString.call(message.roundId) : options.longs === $Number ? new $util.LongBits(message.roundId.low >>> 0, message.roundId.high >>> 0).toNumber(true) : message.roundId;
                    if (message.commitment != null && $Object.hasOwnProperty.call(message, "commitment"))
                        object.commitment = options.bytes === $String ? $util.base64.encode(message.commitment, 0, message.commitment.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.commitment) : message.commitment;
                    if (message.ciphertext != null && $Object.hasOwnProperty.call(message, "ciphertext"))
                        object.ciphertext = options.bytes === $String ? $util.base64.encode(message.ciphertext, 0, message.ciphertext.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.ciphertext) : message.ciphertext;
                    if (message.ephPubkey != null && $Object.hasOwnProperty.call(message, "ephPubkey"))
                        object.ephPubkey = options.bytes === $String ? $util.base64.encode(message.ephPubkey, 0, message.ephPubkey.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.ephPubkey) : message.ephPubkey;
                    if (message.proof != null && $Object.hasOwnProperty.call(message, "proof"))
                        object.proof = options.bytes === $String ? $util.base64.encode(message.proof, 0, message.proof.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.proof) : message.proof;
                    if (message.ciphertextHash != null && $Object.hasOwnProperty.call(message, "ciphertextHash"))
                        object.ciphertextHash = options.bytes === $String ? $util.base64.encode(message.ciphertextHash, 0, message.ciphertextHash.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.ciphertextHash) : message.ciphertextHash;
                    return object;
                };

                /**
                 * Converts this MsgSealReport to JSON.
                 * @function toJSON
                 * @memberof marketchain.repo.v1.MsgSealReport
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                MsgSealReport.prototype.toJSON = function() {
                    return MsgSealReport.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for MsgSealReport
                 * @function getTypeUrl
                 * @memberof marketchain.repo.v1.MsgSealReport
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                MsgSealReport.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/marketchain.repo.v1.MsgSealReport";
                };

                return MsgSealReport;
            })();

            v1.MsgSealReportResponse = (function() {

                /**
                 * Properties of a MsgSealReportResponse.
                 * @typedef {Object} marketchain.repo.v1.MsgSealReportResponse.$Properties
                 * @property {string|null} [phase] MsgSealReportResponse phase
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a MsgSealReportResponse.
                 * @memberof marketchain.repo.v1
                 * @interface IMsgSealReportResponse
                 * @augments marketchain.repo.v1.MsgSealReportResponse.$Properties
                 * @deprecated Use marketchain.repo.v1.MsgSealReportResponse.$Properties instead.
                 */

                /**
                 * Shape of a MsgSealReportResponse.
                 * @typedef {marketchain.repo.v1.MsgSealReportResponse.$Properties} marketchain.repo.v1.MsgSealReportResponse.$Shape
                 */

                /**
                 * Constructs a new MsgSealReportResponse.
                 * @memberof marketchain.repo.v1
                 * @classdesc Represents a MsgSealReportResponse.
                 * @constructor
                 * @param {marketchain.repo.v1.MsgSealReportResponse.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const MsgSealReportResponse = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * MsgSealReportResponse phase.
                 * @member {string} phase
                 * @memberof marketchain.repo.v1.MsgSealReportResponse
                 * @instance
                 */
                MsgSealReportResponse.prototype.phase = "";

                /**
                 * Creates a new MsgSealReportResponse instance using the specified properties.
                 * @function create
                 * @memberof marketchain.repo.v1.MsgSealReportResponse
                 * @static
                 * @param {marketchain.repo.v1.MsgSealReportResponse.$Properties=} [properties] Properties to set
                 * @returns {marketchain.repo.v1.MsgSealReportResponse} MsgSealReportResponse instance
                 * @type {{
                 *   (properties: marketchain.repo.v1.MsgSealReportResponse.$Shape): marketchain.repo.v1.MsgSealReportResponse & marketchain.repo.v1.MsgSealReportResponse.$Shape;
                 *   (properties?: marketchain.repo.v1.MsgSealReportResponse.$Properties): marketchain.repo.v1.MsgSealReportResponse;
                 * }}
                 */
                MsgSealReportResponse.create = function(properties) {
                    return new MsgSealReportResponse(properties);
                };

                /**
                 * Encodes the specified MsgSealReportResponse message. Does not implicitly {@link marketchain.repo.v1.MsgSealReportResponse.verify|verify} messages.
                 * @function encode
                 * @memberof marketchain.repo.v1.MsgSealReportResponse
                 * @static
                 * @param {marketchain.repo.v1.MsgSealReportResponse.$Properties} message MsgSealReportResponse message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                MsgSealReportResponse.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.phase != null && $Object.hasOwnProperty.call(message, "phase") && message.phase !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.phase);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a MsgSealReportResponse message from the specified reader or buffer.
                 * @function decode
                 * @memberof marketchain.repo.v1.MsgSealReportResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {marketchain.repo.v1.MsgSealReportResponse & marketchain.repo.v1.MsgSealReportResponse.$Shape} MsgSealReportResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                MsgSealReportResponse.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.marketchain.repo.v1.MsgSealReportResponse();
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
                                    message.phase = value;
                                else
                                    delete message.phase;
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
                 * Creates a MsgSealReportResponse message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof marketchain.repo.v1.MsgSealReportResponse
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {marketchain.repo.v1.MsgSealReportResponse} MsgSealReportResponse
                 */
                MsgSealReportResponse.fromObject = function (object, _depth) {
                    if (object instanceof $root.marketchain.repo.v1.MsgSealReportResponse)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".marketchain.repo.v1.MsgSealReportResponse: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.marketchain.repo.v1.MsgSealReportResponse();
                    if (object.phase != null)
                        if (typeof object.phase !== "string" || object.phase.length)
                            message.phase = $String(object.phase);
                    return message;
                };

                /**
                 * Creates a plain object from a MsgSealReportResponse message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof marketchain.repo.v1.MsgSealReportResponse
                 * @static
                 * @param {marketchain.repo.v1.MsgSealReportResponse} message MsgSealReportResponse
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                MsgSealReportResponse.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults)
                        object.phase = "";
                    if (message.phase != null && $Object.hasOwnProperty.call(message, "phase"))
                        object.phase = message.phase;
                    return object;
                };

                /**
                 * Converts this MsgSealReportResponse to JSON.
                 * @function toJSON
                 * @memberof marketchain.repo.v1.MsgSealReportResponse
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                MsgSealReportResponse.prototype.toJSON = function() {
                    return MsgSealReportResponse.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for MsgSealReportResponse
                 * @function getTypeUrl
                 * @memberof marketchain.repo.v1.MsgSealReportResponse
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                MsgSealReportResponse.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/marketchain.repo.v1.MsgSealReportResponse";
                };

                return MsgSealReportResponse;
            })();

            v1.MsgSelect = (function() {

                /**
                 * Properties of a MsgSelect.
                 * @typedef {Object} marketchain.repo.v1.MsgSelect.$Properties
                 * @property {string|null} [sender] MsgSelect sender
                 * @property {number|null} [roundId] MsgSelect roundId
                 * @property {boolean|null} [traded] MsgSelect traded
                 * @property {number|null} [q] MsgSelect q
                 * @property {number|null} [rMmBps] MsgSelect rMmBps
                 * @property {number|null} [rRmBps] MsgSelect rRmBps
                 * @property {Uint8Array|null} [proof] MsgSelect proof
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a MsgSelect.
                 * @memberof marketchain.repo.v1
                 * @interface IMsgSelect
                 * @augments marketchain.repo.v1.MsgSelect.$Properties
                 * @deprecated Use marketchain.repo.v1.MsgSelect.$Properties instead.
                 */

                /**
                 * Shape of a MsgSelect.
                 * @typedef {marketchain.repo.v1.MsgSelect.$Properties} marketchain.repo.v1.MsgSelect.$Shape
                 */

                /**
                 * Constructs a new MsgSelect.
                 * @memberof marketchain.repo.v1
                 * @classdesc Represents a MsgSelect.
                 * @constructor
                 * @param {marketchain.repo.v1.MsgSelect.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const MsgSelect = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * MsgSelect sender.
                 * @member {string} sender
                 * @memberof marketchain.repo.v1.MsgSelect
                 * @instance
                 */
                MsgSelect.prototype.sender = "";

                /**
                 * MsgSelect roundId.
                 * @member {number} roundId
                 * @memberof marketchain.repo.v1.MsgSelect
                 * @instance
                 */
                MsgSelect.prototype.roundId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * MsgSelect traded.
                 * @member {boolean} traded
                 * @memberof marketchain.repo.v1.MsgSelect
                 * @instance
                 */
                MsgSelect.prototype.traded = false;

                /**
                 * MsgSelect q.
                 * @member {number} q
                 * @memberof marketchain.repo.v1.MsgSelect
                 * @instance
                 */
                MsgSelect.prototype.q = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * MsgSelect rMmBps.
                 * @member {number} rMmBps
                 * @memberof marketchain.repo.v1.MsgSelect
                 * @instance
                 */
                MsgSelect.prototype.rMmBps = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * MsgSelect rRmBps.
                 * @member {number} rRmBps
                 * @memberof marketchain.repo.v1.MsgSelect
                 * @instance
                 */
                MsgSelect.prototype.rRmBps = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * MsgSelect proof.
                 * @member {Uint8Array} proof
                 * @memberof marketchain.repo.v1.MsgSelect
                 * @instance
                 */
                MsgSelect.prototype.proof = $util.newBuffer([]);

                /**
                 * Creates a new MsgSelect instance using the specified properties.
                 * @function create
                 * @memberof marketchain.repo.v1.MsgSelect
                 * @static
                 * @param {marketchain.repo.v1.MsgSelect.$Properties=} [properties] Properties to set
                 * @returns {marketchain.repo.v1.MsgSelect} MsgSelect instance
                 * @type {{
                 *   (properties: marketchain.repo.v1.MsgSelect.$Shape): marketchain.repo.v1.MsgSelect & marketchain.repo.v1.MsgSelect.$Shape;
                 *   (properties?: marketchain.repo.v1.MsgSelect.$Properties): marketchain.repo.v1.MsgSelect;
                 * }}
                 */
                MsgSelect.create = function(properties) {
                    return new MsgSelect(properties);
                };

                /**
                 * Encodes the specified MsgSelect message. Does not implicitly {@link marketchain.repo.v1.MsgSelect.verify|verify} messages.
                 * @function encode
                 * @memberof marketchain.repo.v1.MsgSelect
                 * @static
                 * @param {marketchain.repo.v1.MsgSelect.$Properties} message MsgSelect message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                MsgSelect.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.sender != null && $Object.hasOwnProperty.call(message, "sender") && message.sender !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.sender);
                    if (message.roundId != null && $Object.hasOwnProperty.call(message, "roundId") && (typeof message.roundId === "object" ? message.roundId.low || message.roundId.high : message.roundId !== 0))
                        writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.roundId);
                    if (message.traded != null && $Object.hasOwnProperty.call(message, "traded") && message.traded !== false)
                        writer.uint32(/* id 3, wireType 0 =*/24).bool(message.traded);
                    if (message.q != null && $Object.hasOwnProperty.call(message, "q") && (typeof message.q === "object" ? message.q.low || message.q.high : message.q !== 0))
                        writer.uint32(/* id 4, wireType 0 =*/32).uint64(message.q);
                    if (message.rMmBps != null && $Object.hasOwnProperty.call(message, "rMmBps") && (typeof message.rMmBps === "object" ? message.rMmBps.low || message.rMmBps.high : message.rMmBps !== 0))
                        writer.uint32(/* id 5, wireType 0 =*/40).uint64(message.rMmBps);
                    if (message.rRmBps != null && $Object.hasOwnProperty.call(message, "rRmBps") && (typeof message.rRmBps === "object" ? message.rRmBps.low || message.rRmBps.high : message.rRmBps !== 0))
                        writer.uint32(/* id 6, wireType 0 =*/48).uint64(message.rRmBps);
                    if (message.proof != null && $Object.hasOwnProperty.call(message, "proof") && message.proof.length)
                        writer.uint32(/* id 7, wireType 2 =*/58).bytes(message.proof);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a MsgSelect message from the specified reader or buffer.
                 * @function decode
                 * @memberof marketchain.repo.v1.MsgSelect
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {marketchain.repo.v1.MsgSelect & marketchain.repo.v1.MsgSelect.$Shape} MsgSelect
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                MsgSelect.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.marketchain.repo.v1.MsgSelect();
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
                                    message.sender = value;
                                else
                                    delete message.sender;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.roundId = value;
                                else
                                    delete message.roundId;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.bool())
                                    message.traded = value;
                                else
                                    delete message.traded;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.q = value;
                                else
                                    delete message.q;
                                continue;
                            }
                        case 5: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.rMmBps = value;
                                else
                                    delete message.rMmBps;
                                continue;
                            }
                        case 6: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.rRmBps = value;
                                else
                                    delete message.rRmBps;
                                continue;
                            }
                        case 7: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.bytes()).length)
                                    message.proof = value;
                                else
                                    delete message.proof;
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
                 * Creates a MsgSelect message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof marketchain.repo.v1.MsgSelect
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {marketchain.repo.v1.MsgSelect} MsgSelect
                 */
                MsgSelect.fromObject = function (object, _depth) {
                    if (object instanceof $root.marketchain.repo.v1.MsgSelect)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".marketchain.repo.v1.MsgSelect: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.marketchain.repo.v1.MsgSelect();
                    if (object.sender != null)
                        if (typeof object.sender !== "string" || object.sender.length)
                            message.sender = $String(object.sender);
                    if (object.roundId != null)
                        if (typeof object.roundId === "object" ? object.roundId.low || object.roundId.high : $Number(object.roundId) !== 0)
                            if ($util.Long)
                                message.roundId = $util.Long.fromValue(object.roundId, true);
                            else if (typeof object.roundId === "string")
                                message.roundId = $parseInt(object.roundId, 10);
                            else if (typeof object.roundId === "number")
                                message.roundId = object.roundId;
                            else if (typeof object.roundId === "object")
                                message.roundId = new $util.LongBits(object.roundId.low >>> 0, object.roundId.high >>> 0).toNumber(true);
                    if (object.traded != null)
                        if (object.traded)
                            message.traded = $Boolean(object.traded);
                    if (object.q != null)
                        if (typeof object.q === "object" ? object.q.low || object.q.high : $Number(object.q) !== 0)
                            if ($util.Long)
                                message.q = $util.Long.fromValue(object.q, true);
                            else if (typeof object.q === "string")
                                message.q = $parseInt(object.q, 10);
                            else if (typeof object.q === "number")
                                message.q = object.q;
                            else if (typeof object.q === "object")
                                message.q = new $util.LongBits(object.q.low >>> 0, object.q.high >>> 0).toNumber(true);
                    if (object.rMmBps != null)
                        if (typeof object.rMmBps === "object" ? object.rMmBps.low || object.rMmBps.high : $Number(object.rMmBps) !== 0)
                            if ($util.Long)
                                message.rMmBps = $util.Long.fromValue(object.rMmBps, true);
                            else if (typeof object.rMmBps === "string")
                                message.rMmBps = $parseInt(object.rMmBps, 10);
                            else if (typeof object.rMmBps === "number")
                                message.rMmBps = object.rMmBps;
                            else if (typeof object.rMmBps === "object")
                                message.rMmBps = new $util.LongBits(object.rMmBps.low >>> 0, object.rMmBps.high >>> 0).toNumber(true);
                    if (object.rRmBps != null)
                        if (typeof object.rRmBps === "object" ? object.rRmBps.low || object.rRmBps.high : $Number(object.rRmBps) !== 0)
                            if ($util.Long)
                                message.rRmBps = $util.Long.fromValue(object.rRmBps, true);
                            else if (typeof object.rRmBps === "string")
                                message.rRmBps = $parseInt(object.rRmBps, 10);
                            else if (typeof object.rRmBps === "number")
                                message.rRmBps = object.rRmBps;
                            else if (typeof object.rRmBps === "object")
                                message.rRmBps = new $util.LongBits(object.rRmBps.low >>> 0, object.rRmBps.high >>> 0).toNumber(true);
                    if (object.proof != null)
                        if (object.proof.length)
                            if (typeof object.proof === "string")
                                $util.base64.decode(object.proof, message.proof = $util.newBuffer($util.base64.length(object.proof)), 0);
                            else if (object.proof.length >= 0)
                                message.proof = object.proof;
                    return message;
                };

                /**
                 * Creates a plain object from a MsgSelect message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof marketchain.repo.v1.MsgSelect
                 * @static
                 * @param {marketchain.repo.v1.MsgSelect} message MsgSelect
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                MsgSelect.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.sender = "";
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.roundId = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.roundId = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        object.traded = false;
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.q = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.q = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.rMmBps = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.rMmBps = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.rRmBps = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.rRmBps = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        if (options.bytes === $String)
                            object.proof = "";
                        else {
                            object.proof = [];
                            if (options.bytes !== $Array)
                                object.proof = $util.newBuffer(object.proof);
                        }
                    }
                    if (message.sender != null && $Object.hasOwnProperty.call(message, "sender"))
                        object.sender = message.sender;
                    if (message.roundId != null && $Object.hasOwnProperty.call(message, "roundId"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.roundId = typeof message.roundId === "number" ? $BigInt(message.roundId) : $util.Long.fromBits(message.roundId.low >>> 0, message.roundId.high >>> 0, true).toBigInt();
                        else if (typeof message.roundId === "number")
                            object.roundId = options.longs === $String ? $String(message.roundId) : message.roundId;
                        else
                            object.roundId = options.longs === $String ? $util.Long.prototype.toString.call(message.roundId) : options.longs === $Number ? new $util.LongBits(message.roundId.low >>> 0, message.roundId.high >>> 0).toNumber(true) : message.roundId;
                    if (message.traded != null && $Object.hasOwnProperty.call(message, "traded"))
                        object.traded = message.traded;
                    if (message.q != null && $Object.hasOwnProperty.call(message, "q"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.q = typeof message.q === "number" ? $BigInt(message.q) : $util.Long.fromBits(message.q.low >>> 0, message.q.high >>> 0, true).toBigInt();
                        else if (typeof message.q === "number")
                            object.q = options.longs === $String ? $String(message.q) : message.q;
                        else
                            object.q = options.longs === $String ? $util.Long.prototype.toString.call(message.q) : options.longs === $Number ? new $util.LongBits(message.q.low >>> 0, message.q.high >>> 0).toNumber(true) : message.q;
                    if (message.rMmBps != null && $Object.hasOwnProperty.call(message, "rMmBps"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.rMmBps = typeof message.rMmBps === "number" ? $BigInt(message.rMmBps) : $util.Long.fromBits(message.rMmBps.low >>> 0, message.rMmBps.high >>> 0, true).toBigInt();
                        else if (typeof message.rMmBps === "number")
                            object.rMmBps = options.longs === $String ? $String(message.rMmBps) : message.rMmBps;
                        else
                            object.rMmBps = options.longs === $String ? $util.Long.prototype.toString.call(message.rMmBps) : options.longs === $Number ? new $util.LongBits(message.rMmBps.low >>> 0, message.rMmBps.high >>> 0).toNumber(true) : message.rMmBps;
                    if (message.rRmBps != null && $Object.hasOwnProperty.call(message, "rRmBps"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.rRmBps = typeof message.rRmBps === "number" ? $BigInt(message.rRmBps) : $util.Long.fromBits(message.rRmBps.low >>> 0, message.rRmBps.high >>> 0, true).toBigInt();
                        else if (typeof message.rRmBps === "number")
                            object.rRmBps = options.longs === $String ? $String(message.rRmBps) : message.rRmBps;
                        else
                            object.rRmBps = options.longs === $String ? $util.Long.prototype.toString.call(message.rRmBps) : options.longs === $Number ? new $util.LongBits(message.rRmBps.low >>> 0, message.rRmBps.high >>> 0).toNumber(true) : message.rRmBps;
                    if (message.proof != null && $Object.hasOwnProperty.call(message, "proof"))
                        object.proof = options.bytes === $String ? $util.base64.encode(message.proof, 0, message.proof.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.proof) : message.proof;
                    return object;
                };

                /**
                 * Converts this MsgSelect to JSON.
                 * @function toJSON
                 * @memberof marketchain.repo.v1.MsgSelect
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                MsgSelect.prototype.toJSON = function() {
                    return MsgSelect.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for MsgSelect
                 * @function getTypeUrl
                 * @memberof marketchain.repo.v1.MsgSelect
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                MsgSelect.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/marketchain.repo.v1.MsgSelect";
                };

                return MsgSelect;
            })();

            v1.MsgSelectResponse = (function() {

                /**
                 * Properties of a MsgSelectResponse.
                 * @typedef {Object} marketchain.repo.v1.MsgSelectResponse.$Properties
                 * @property {string|null} [phase] MsgSelectResponse phase
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a MsgSelectResponse.
                 * @memberof marketchain.repo.v1
                 * @interface IMsgSelectResponse
                 * @augments marketchain.repo.v1.MsgSelectResponse.$Properties
                 * @deprecated Use marketchain.repo.v1.MsgSelectResponse.$Properties instead.
                 */

                /**
                 * Shape of a MsgSelectResponse.
                 * @typedef {marketchain.repo.v1.MsgSelectResponse.$Properties} marketchain.repo.v1.MsgSelectResponse.$Shape
                 */

                /**
                 * Constructs a new MsgSelectResponse.
                 * @memberof marketchain.repo.v1
                 * @classdesc Represents a MsgSelectResponse.
                 * @constructor
                 * @param {marketchain.repo.v1.MsgSelectResponse.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const MsgSelectResponse = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * MsgSelectResponse phase.
                 * @member {string} phase
                 * @memberof marketchain.repo.v1.MsgSelectResponse
                 * @instance
                 */
                MsgSelectResponse.prototype.phase = "";

                /**
                 * Creates a new MsgSelectResponse instance using the specified properties.
                 * @function create
                 * @memberof marketchain.repo.v1.MsgSelectResponse
                 * @static
                 * @param {marketchain.repo.v1.MsgSelectResponse.$Properties=} [properties] Properties to set
                 * @returns {marketchain.repo.v1.MsgSelectResponse} MsgSelectResponse instance
                 * @type {{
                 *   (properties: marketchain.repo.v1.MsgSelectResponse.$Shape): marketchain.repo.v1.MsgSelectResponse & marketchain.repo.v1.MsgSelectResponse.$Shape;
                 *   (properties?: marketchain.repo.v1.MsgSelectResponse.$Properties): marketchain.repo.v1.MsgSelectResponse;
                 * }}
                 */
                MsgSelectResponse.create = function(properties) {
                    return new MsgSelectResponse(properties);
                };

                /**
                 * Encodes the specified MsgSelectResponse message. Does not implicitly {@link marketchain.repo.v1.MsgSelectResponse.verify|verify} messages.
                 * @function encode
                 * @memberof marketchain.repo.v1.MsgSelectResponse
                 * @static
                 * @param {marketchain.repo.v1.MsgSelectResponse.$Properties} message MsgSelectResponse message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                MsgSelectResponse.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.phase != null && $Object.hasOwnProperty.call(message, "phase") && message.phase !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.phase);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a MsgSelectResponse message from the specified reader or buffer.
                 * @function decode
                 * @memberof marketchain.repo.v1.MsgSelectResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {marketchain.repo.v1.MsgSelectResponse & marketchain.repo.v1.MsgSelectResponse.$Shape} MsgSelectResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                MsgSelectResponse.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.marketchain.repo.v1.MsgSelectResponse();
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
                                    message.phase = value;
                                else
                                    delete message.phase;
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
                 * Creates a MsgSelectResponse message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof marketchain.repo.v1.MsgSelectResponse
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {marketchain.repo.v1.MsgSelectResponse} MsgSelectResponse
                 */
                MsgSelectResponse.fromObject = function (object, _depth) {
                    if (object instanceof $root.marketchain.repo.v1.MsgSelectResponse)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".marketchain.repo.v1.MsgSelectResponse: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.marketchain.repo.v1.MsgSelectResponse();
                    if (object.phase != null)
                        if (typeof object.phase !== "string" || object.phase.length)
                            message.phase = $String(object.phase);
                    return message;
                };

                /**
                 * Creates a plain object from a MsgSelectResponse message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof marketchain.repo.v1.MsgSelectResponse
                 * @static
                 * @param {marketchain.repo.v1.MsgSelectResponse} message MsgSelectResponse
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                MsgSelectResponse.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults)
                        object.phase = "";
                    if (message.phase != null && $Object.hasOwnProperty.call(message, "phase"))
                        object.phase = message.phase;
                    return object;
                };

                /**
                 * Converts this MsgSelectResponse to JSON.
                 * @function toJSON
                 * @memberof marketchain.repo.v1.MsgSelectResponse
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                MsgSelectResponse.prototype.toJSON = function() {
                    return MsgSelectResponse.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for MsgSelectResponse
                 * @function getTypeUrl
                 * @memberof marketchain.repo.v1.MsgSelectResponse
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                MsgSelectResponse.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/marketchain.repo.v1.MsgSelectResponse";
                };

                return MsgSelectResponse;
            })();

            v1.MsgWithdrawAgentBond = (function() {

                /**
                 * Properties of a MsgWithdrawAgentBond.
                 * @typedef {Object} marketchain.repo.v1.MsgWithdrawAgentBond.$Properties
                 * @property {string|null} [sender] MsgWithdrawAgentBond sender
                 * @property {string|null} [amount] MsgWithdrawAgentBond amount
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a MsgWithdrawAgentBond.
                 * @memberof marketchain.repo.v1
                 * @interface IMsgWithdrawAgentBond
                 * @augments marketchain.repo.v1.MsgWithdrawAgentBond.$Properties
                 * @deprecated Use marketchain.repo.v1.MsgWithdrawAgentBond.$Properties instead.
                 */

                /**
                 * Shape of a MsgWithdrawAgentBond.
                 * @typedef {marketchain.repo.v1.MsgWithdrawAgentBond.$Properties} marketchain.repo.v1.MsgWithdrawAgentBond.$Shape
                 */

                /**
                 * Constructs a new MsgWithdrawAgentBond.
                 * @memberof marketchain.repo.v1
                 * @classdesc Represents a MsgWithdrawAgentBond.
                 * @constructor
                 * @param {marketchain.repo.v1.MsgWithdrawAgentBond.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const MsgWithdrawAgentBond = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * MsgWithdrawAgentBond sender.
                 * @member {string} sender
                 * @memberof marketchain.repo.v1.MsgWithdrawAgentBond
                 * @instance
                 */
                MsgWithdrawAgentBond.prototype.sender = "";

                /**
                 * MsgWithdrawAgentBond amount.
                 * @member {string} amount
                 * @memberof marketchain.repo.v1.MsgWithdrawAgentBond
                 * @instance
                 */
                MsgWithdrawAgentBond.prototype.amount = "";

                /**
                 * Creates a new MsgWithdrawAgentBond instance using the specified properties.
                 * @function create
                 * @memberof marketchain.repo.v1.MsgWithdrawAgentBond
                 * @static
                 * @param {marketchain.repo.v1.MsgWithdrawAgentBond.$Properties=} [properties] Properties to set
                 * @returns {marketchain.repo.v1.MsgWithdrawAgentBond} MsgWithdrawAgentBond instance
                 * @type {{
                 *   (properties: marketchain.repo.v1.MsgWithdrawAgentBond.$Shape): marketchain.repo.v1.MsgWithdrawAgentBond & marketchain.repo.v1.MsgWithdrawAgentBond.$Shape;
                 *   (properties?: marketchain.repo.v1.MsgWithdrawAgentBond.$Properties): marketchain.repo.v1.MsgWithdrawAgentBond;
                 * }}
                 */
                MsgWithdrawAgentBond.create = function(properties) {
                    return new MsgWithdrawAgentBond(properties);
                };

                /**
                 * Encodes the specified MsgWithdrawAgentBond message. Does not implicitly {@link marketchain.repo.v1.MsgWithdrawAgentBond.verify|verify} messages.
                 * @function encode
                 * @memberof marketchain.repo.v1.MsgWithdrawAgentBond
                 * @static
                 * @param {marketchain.repo.v1.MsgWithdrawAgentBond.$Properties} message MsgWithdrawAgentBond message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                MsgWithdrawAgentBond.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.sender != null && $Object.hasOwnProperty.call(message, "sender") && message.sender !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.sender);
                    if (message.amount != null && $Object.hasOwnProperty.call(message, "amount") && message.amount !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.amount);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a MsgWithdrawAgentBond message from the specified reader or buffer.
                 * @function decode
                 * @memberof marketchain.repo.v1.MsgWithdrawAgentBond
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {marketchain.repo.v1.MsgWithdrawAgentBond & marketchain.repo.v1.MsgWithdrawAgentBond.$Shape} MsgWithdrawAgentBond
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                MsgWithdrawAgentBond.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.marketchain.repo.v1.MsgWithdrawAgentBond();
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
                                    message.sender = value;
                                else
                                    delete message.sender;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.amount = value;
                                else
                                    delete message.amount;
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
                 * Creates a MsgWithdrawAgentBond message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof marketchain.repo.v1.MsgWithdrawAgentBond
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {marketchain.repo.v1.MsgWithdrawAgentBond} MsgWithdrawAgentBond
                 */
                MsgWithdrawAgentBond.fromObject = function (object, _depth) {
                    if (object instanceof $root.marketchain.repo.v1.MsgWithdrawAgentBond)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".marketchain.repo.v1.MsgWithdrawAgentBond: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.marketchain.repo.v1.MsgWithdrawAgentBond();
                    if (object.sender != null)
                        if (typeof object.sender !== "string" || object.sender.length)
                            message.sender = $String(object.sender);
                    if (object.amount != null)
                        if (typeof object.amount !== "string" || object.amount.length)
                            message.amount = $String(object.amount);
                    return message;
                };

                /**
                 * Creates a plain object from a MsgWithdrawAgentBond message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof marketchain.repo.v1.MsgWithdrawAgentBond
                 * @static
                 * @param {marketchain.repo.v1.MsgWithdrawAgentBond} message MsgWithdrawAgentBond
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                MsgWithdrawAgentBond.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.sender = "";
                        object.amount = "";
                    }
                    if (message.sender != null && $Object.hasOwnProperty.call(message, "sender"))
                        object.sender = message.sender;
                    if (message.amount != null && $Object.hasOwnProperty.call(message, "amount"))
                        object.amount = message.amount;
                    return object;
                };

                /**
                 * Converts this MsgWithdrawAgentBond to JSON.
                 * @function toJSON
                 * @memberof marketchain.repo.v1.MsgWithdrawAgentBond
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                MsgWithdrawAgentBond.prototype.toJSON = function() {
                    return MsgWithdrawAgentBond.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for MsgWithdrawAgentBond
                 * @function getTypeUrl
                 * @memberof marketchain.repo.v1.MsgWithdrawAgentBond
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                MsgWithdrawAgentBond.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/marketchain.repo.v1.MsgWithdrawAgentBond";
                };

                return MsgWithdrawAgentBond;
            })();

            v1.MsgWithdrawAgentBondResponse = (function() {

                /**
                 * Properties of a MsgWithdrawAgentBondResponse.
                 * @typedef {Object} marketchain.repo.v1.MsgWithdrawAgentBondResponse.$Properties
                 * @property {string|null} [bond] MsgWithdrawAgentBondResponse bond
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a MsgWithdrawAgentBondResponse.
                 * @memberof marketchain.repo.v1
                 * @interface IMsgWithdrawAgentBondResponse
                 * @augments marketchain.repo.v1.MsgWithdrawAgentBondResponse.$Properties
                 * @deprecated Use marketchain.repo.v1.MsgWithdrawAgentBondResponse.$Properties instead.
                 */

                /**
                 * Shape of a MsgWithdrawAgentBondResponse.
                 * @typedef {marketchain.repo.v1.MsgWithdrawAgentBondResponse.$Properties} marketchain.repo.v1.MsgWithdrawAgentBondResponse.$Shape
                 */

                /**
                 * Constructs a new MsgWithdrawAgentBondResponse.
                 * @memberof marketchain.repo.v1
                 * @classdesc Represents a MsgWithdrawAgentBondResponse.
                 * @constructor
                 * @param {marketchain.repo.v1.MsgWithdrawAgentBondResponse.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const MsgWithdrawAgentBondResponse = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * MsgWithdrawAgentBondResponse bond.
                 * @member {string} bond
                 * @memberof marketchain.repo.v1.MsgWithdrawAgentBondResponse
                 * @instance
                 */
                MsgWithdrawAgentBondResponse.prototype.bond = "";

                /**
                 * Creates a new MsgWithdrawAgentBondResponse instance using the specified properties.
                 * @function create
                 * @memberof marketchain.repo.v1.MsgWithdrawAgentBondResponse
                 * @static
                 * @param {marketchain.repo.v1.MsgWithdrawAgentBondResponse.$Properties=} [properties] Properties to set
                 * @returns {marketchain.repo.v1.MsgWithdrawAgentBondResponse} MsgWithdrawAgentBondResponse instance
                 * @type {{
                 *   (properties: marketchain.repo.v1.MsgWithdrawAgentBondResponse.$Shape): marketchain.repo.v1.MsgWithdrawAgentBondResponse & marketchain.repo.v1.MsgWithdrawAgentBondResponse.$Shape;
                 *   (properties?: marketchain.repo.v1.MsgWithdrawAgentBondResponse.$Properties): marketchain.repo.v1.MsgWithdrawAgentBondResponse;
                 * }}
                 */
                MsgWithdrawAgentBondResponse.create = function(properties) {
                    return new MsgWithdrawAgentBondResponse(properties);
                };

                /**
                 * Encodes the specified MsgWithdrawAgentBondResponse message. Does not implicitly {@link marketchain.repo.v1.MsgWithdrawAgentBondResponse.verify|verify} messages.
                 * @function encode
                 * @memberof marketchain.repo.v1.MsgWithdrawAgentBondResponse
                 * @static
                 * @param {marketchain.repo.v1.MsgWithdrawAgentBondResponse.$Properties} message MsgWithdrawAgentBondResponse message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                MsgWithdrawAgentBondResponse.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.bond != null && $Object.hasOwnProperty.call(message, "bond") && message.bond !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.bond);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a MsgWithdrawAgentBondResponse message from the specified reader or buffer.
                 * @function decode
                 * @memberof marketchain.repo.v1.MsgWithdrawAgentBondResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {marketchain.repo.v1.MsgWithdrawAgentBondResponse & marketchain.repo.v1.MsgWithdrawAgentBondResponse.$Shape} MsgWithdrawAgentBondResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                MsgWithdrawAgentBondResponse.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.marketchain.repo.v1.MsgWithdrawAgentBondResponse();
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
                                    message.bond = value;
                                else
                                    delete message.bond;
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
                 * Creates a MsgWithdrawAgentBondResponse message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof marketchain.repo.v1.MsgWithdrawAgentBondResponse
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {marketchain.repo.v1.MsgWithdrawAgentBondResponse} MsgWithdrawAgentBondResponse
                 */
                MsgWithdrawAgentBondResponse.fromObject = function (object, _depth) {
                    if (object instanceof $root.marketchain.repo.v1.MsgWithdrawAgentBondResponse)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".marketchain.repo.v1.MsgWithdrawAgentBondResponse: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.marketchain.repo.v1.MsgWithdrawAgentBondResponse();
                    if (object.bond != null)
                        if (typeof object.bond !== "string" || object.bond.length)
                            message.bond = $String(object.bond);
                    return message;
                };

                /**
                 * Creates a plain object from a MsgWithdrawAgentBondResponse message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof marketchain.repo.v1.MsgWithdrawAgentBondResponse
                 * @static
                 * @param {marketchain.repo.v1.MsgWithdrawAgentBondResponse} message MsgWithdrawAgentBondResponse
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                MsgWithdrawAgentBondResponse.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults)
                        object.bond = "";
                    if (message.bond != null && $Object.hasOwnProperty.call(message, "bond"))
                        object.bond = message.bond;
                    return object;
                };

                /**
                 * Converts this MsgWithdrawAgentBondResponse to JSON.
                 * @function toJSON
                 * @memberof marketchain.repo.v1.MsgWithdrawAgentBondResponse
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                MsgWithdrawAgentBondResponse.prototype.toJSON = function() {
                    return MsgWithdrawAgentBondResponse.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for MsgWithdrawAgentBondResponse
                 * @function getTypeUrl
                 * @memberof marketchain.repo.v1.MsgWithdrawAgentBondResponse
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                MsgWithdrawAgentBondResponse.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/marketchain.repo.v1.MsgWithdrawAgentBondResponse";
                };

                return MsgWithdrawAgentBondResponse;
            })();

            return v1;
        })();

        return repo;
    })();

    return marketchain;
})();

export {
  $root as default
};
