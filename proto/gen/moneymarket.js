/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-mixed-operators, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars, default-case, jsdoc/require-param*/
import $protobuf from "../runtime.js";

// Common aliases
const $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;
const $Object = $util.global.Object, $undefined = $util.global.undefined, $Error = $util.global.Error, $RangeError = $util.global.RangeError, $TypeError = $util.global.TypeError, $Number = $util.global.Number, $parseInt = $util.global.parseInt, $Boolean = $util.global.Boolean, $String = $util.global.String, $BigInt = $util.global.BigInt, $Array = $util.global.Array;

// Exported root namespace
const $root = $protobuf.roots["moneymarket"] || ($protobuf.roots["moneymarket"] = {});

export const marketchain = $root.marketchain = (() => {

    /**
     * Namespace marketchain.
     * @exports marketchain
     * @namespace
     */
    const marketchain = {};

    marketchain.moneymarket = (function() {

        /**
         * Namespace moneymarket.
         * @memberof marketchain
         * @namespace
         */
        const moneymarket = {};

        moneymarket.v1 = (function() {

            /**
             * Namespace v1.
             * @memberof marketchain.moneymarket
             * @namespace
             */
            const v1 = {};

            v1.PageRequest = (function() {

                /**
                 * Properties of a PageRequest.
                 * @typedef {Object} marketchain.moneymarket.v1.PageRequest.$Properties
                 * @property {number|null} [offset] PageRequest offset
                 * @property {number|null} [limit] PageRequest limit
                 * @property {boolean|null} [reverse] PageRequest reverse
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a PageRequest.
                 * @memberof marketchain.moneymarket.v1
                 * @interface IPageRequest
                 * @augments marketchain.moneymarket.v1.PageRequest.$Properties
                 * @deprecated Use marketchain.moneymarket.v1.PageRequest.$Properties instead.
                 */

                /**
                 * Shape of a PageRequest.
                 * @typedef {marketchain.moneymarket.v1.PageRequest.$Properties} marketchain.moneymarket.v1.PageRequest.$Shape
                 */

                /**
                 * Constructs a new PageRequest.
                 * @memberof marketchain.moneymarket.v1
                 * @classdesc Represents a PageRequest.
                 * @constructor
                 * @param {marketchain.moneymarket.v1.PageRequest.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const PageRequest = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * PageRequest offset.
                 * @member {number} offset
                 * @memberof marketchain.moneymarket.v1.PageRequest
                 * @instance
                 */
                PageRequest.prototype.offset = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * PageRequest limit.
                 * @member {number} limit
                 * @memberof marketchain.moneymarket.v1.PageRequest
                 * @instance
                 */
                PageRequest.prototype.limit = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * PageRequest reverse.
                 * @member {boolean} reverse
                 * @memberof marketchain.moneymarket.v1.PageRequest
                 * @instance
                 */
                PageRequest.prototype.reverse = false;

                /**
                 * Creates a new PageRequest instance using the specified properties.
                 * @function create
                 * @memberof marketchain.moneymarket.v1.PageRequest
                 * @static
                 * @param {marketchain.moneymarket.v1.PageRequest.$Properties=} [properties] Properties to set
                 * @returns {marketchain.moneymarket.v1.PageRequest} PageRequest instance
                 * @type {{
                 *   (properties: marketchain.moneymarket.v1.PageRequest.$Shape): marketchain.moneymarket.v1.PageRequest & marketchain.moneymarket.v1.PageRequest.$Shape;
                 *   (properties?: marketchain.moneymarket.v1.PageRequest.$Properties): marketchain.moneymarket.v1.PageRequest;
                 * }}
                 */
                PageRequest.create = function(properties) {
                    return new PageRequest(properties);
                };

                /**
                 * Encodes the specified PageRequest message. Does not implicitly {@link marketchain.moneymarket.v1.PageRequest.verify|verify} messages.
                 * @function encode
                 * @memberof marketchain.moneymarket.v1.PageRequest
                 * @static
                 * @param {marketchain.moneymarket.v1.PageRequest.$Properties} message PageRequest message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                PageRequest.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.offset != null && $Object.hasOwnProperty.call(message, "offset") && (typeof message.offset === "object" ? message.offset.low || message.offset.high : message.offset !== 0))
                        writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.offset);
                    if (message.limit != null && $Object.hasOwnProperty.call(message, "limit") && (typeof message.limit === "object" ? message.limit.low || message.limit.high : message.limit !== 0))
                        writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.limit);
                    if (message.reverse != null && $Object.hasOwnProperty.call(message, "reverse") && message.reverse !== false)
                        writer.uint32(/* id 3, wireType 0 =*/24).bool(message.reverse);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a PageRequest message from the specified reader or buffer.
                 * @function decode
                 * @memberof marketchain.moneymarket.v1.PageRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {marketchain.moneymarket.v1.PageRequest & marketchain.moneymarket.v1.PageRequest.$Shape} PageRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                PageRequest.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.marketchain.moneymarket.v1.PageRequest();
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
                                    message.offset = value;
                                else
                                    delete message.offset;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.limit = value;
                                else
                                    delete message.limit;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.bool())
                                    message.reverse = value;
                                else
                                    delete message.reverse;
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
                 * Creates a PageRequest message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof marketchain.moneymarket.v1.PageRequest
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {marketchain.moneymarket.v1.PageRequest} PageRequest
                 */
                PageRequest.fromObject = function (object, _depth) {
                    if (object instanceof $root.marketchain.moneymarket.v1.PageRequest)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".marketchain.moneymarket.v1.PageRequest: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.marketchain.moneymarket.v1.PageRequest();
                    if (object.offset != null)
                        if (typeof object.offset === "object" ? object.offset.low || object.offset.high : $Number(object.offset) !== 0)
                            if ($util.Long)
                                message.offset = $util.Long.fromValue(object.offset, true);
                            else if (typeof object.offset === "string")
                                message.offset = $parseInt(object.offset, 10);
                            else if (typeof object.offset === "number")
                                message.offset = object.offset;
                            else if (typeof object.offset === "object")
                                message.offset = new $util.LongBits(object.offset.low >>> 0, object.offset.high >>> 0).toNumber(true);
                    if (object.limit != null)
                        if (typeof object.limit === "object" ? object.limit.low || object.limit.high : $Number(object.limit) !== 0)
                            if ($util.Long)
                                message.limit = $util.Long.fromValue(object.limit, true);
                            else if (typeof object.limit === "string")
                                message.limit = $parseInt(object.limit, 10);
                            else if (typeof object.limit === "number")
                                message.limit = object.limit;
                            else if (typeof object.limit === "object")
                                message.limit = new $util.LongBits(object.limit.low >>> 0, object.limit.high >>> 0).toNumber(true);
                    if (object.reverse != null)
                        if (object.reverse)
                            message.reverse = $Boolean(object.reverse);
                    return message;
                };

                /**
                 * Creates a plain object from a PageRequest message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof marketchain.moneymarket.v1.PageRequest
                 * @static
                 * @param {marketchain.moneymarket.v1.PageRequest} message PageRequest
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                PageRequest.toObject = function (message, options, _depth) {
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
                            object.offset = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.offset = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.limit = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.limit = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        object.reverse = false;
                    }
                    if (message.offset != null && $Object.hasOwnProperty.call(message, "offset"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.offset = typeof message.offset === "number" ? $BigInt(message.offset) : $util.Long.fromBits(message.offset.low >>> 0, message.offset.high >>> 0, true).toBigInt();
                        else if (typeof message.offset === "number")
                            object.offset = options.longs === $String ? $String(message.offset) : message.offset;
                        else
                            object.offset = options.longs === $String ? $util.Long.prototype.toString.call(message.offset) : options.longs === $Number ? new $util.LongBits(message.offset.low >>> 0, message.offset.high >>> 0).toNumber(true) : message.offset;
                    if (message.limit != null && $Object.hasOwnProperty.call(message, "limit"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.limit = typeof message.limit === "number" ? $BigInt(message.limit) : $util.Long.fromBits(message.limit.low >>> 0, message.limit.high >>> 0, true).toBigInt();
                        else if (typeof message.limit === "number")
                            object.limit = options.longs === $String ? $String(message.limit) : message.limit;
                        else
                            object.limit = options.longs === $String ? $util.Long.prototype.toString.call(message.limit) : options.longs === $Number ? new $util.LongBits(message.limit.low >>> 0, message.limit.high >>> 0).toNumber(true) : message.limit;
                    if (message.reverse != null && $Object.hasOwnProperty.call(message, "reverse"))
                        object.reverse = message.reverse;
                    return object;
                };

                /**
                 * Converts this PageRequest to JSON.
                 * @function toJSON
                 * @memberof marketchain.moneymarket.v1.PageRequest
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                PageRequest.prototype.toJSON = function() {
                    return PageRequest.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for PageRequest
                 * @function getTypeUrl
                 * @memberof marketchain.moneymarket.v1.PageRequest
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                PageRequest.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/marketchain.moneymarket.v1.PageRequest";
                };

                return PageRequest;
            })();

            v1.PageResponse = (function() {

                /**
                 * Properties of a PageResponse.
                 * @typedef {Object} marketchain.moneymarket.v1.PageResponse.$Properties
                 * @property {number|null} [total] PageResponse total
                 * @property {number|null} [nextOffset] PageResponse nextOffset
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a PageResponse.
                 * @memberof marketchain.moneymarket.v1
                 * @interface IPageResponse
                 * @augments marketchain.moneymarket.v1.PageResponse.$Properties
                 * @deprecated Use marketchain.moneymarket.v1.PageResponse.$Properties instead.
                 */

                /**
                 * Shape of a PageResponse.
                 * @typedef {marketchain.moneymarket.v1.PageResponse.$Properties} marketchain.moneymarket.v1.PageResponse.$Shape
                 */

                /**
                 * Constructs a new PageResponse.
                 * @memberof marketchain.moneymarket.v1
                 * @classdesc Represents a PageResponse.
                 * @constructor
                 * @param {marketchain.moneymarket.v1.PageResponse.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const PageResponse = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * PageResponse total.
                 * @member {number} total
                 * @memberof marketchain.moneymarket.v1.PageResponse
                 * @instance
                 */
                PageResponse.prototype.total = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * PageResponse nextOffset.
                 * @member {number} nextOffset
                 * @memberof marketchain.moneymarket.v1.PageResponse
                 * @instance
                 */
                PageResponse.prototype.nextOffset = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Creates a new PageResponse instance using the specified properties.
                 * @function create
                 * @memberof marketchain.moneymarket.v1.PageResponse
                 * @static
                 * @param {marketchain.moneymarket.v1.PageResponse.$Properties=} [properties] Properties to set
                 * @returns {marketchain.moneymarket.v1.PageResponse} PageResponse instance
                 * @type {{
                 *   (properties: marketchain.moneymarket.v1.PageResponse.$Shape): marketchain.moneymarket.v1.PageResponse & marketchain.moneymarket.v1.PageResponse.$Shape;
                 *   (properties?: marketchain.moneymarket.v1.PageResponse.$Properties): marketchain.moneymarket.v1.PageResponse;
                 * }}
                 */
                PageResponse.create = function(properties) {
                    return new PageResponse(properties);
                };

                /**
                 * Encodes the specified PageResponse message. Does not implicitly {@link marketchain.moneymarket.v1.PageResponse.verify|verify} messages.
                 * @function encode
                 * @memberof marketchain.moneymarket.v1.PageResponse
                 * @static
                 * @param {marketchain.moneymarket.v1.PageResponse.$Properties} message PageResponse message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                PageResponse.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.total != null && $Object.hasOwnProperty.call(message, "total") && (typeof message.total === "object" ? message.total.low || message.total.high : message.total !== 0))
                        writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.total);
                    if (message.nextOffset != null && $Object.hasOwnProperty.call(message, "nextOffset") && (typeof message.nextOffset === "object" ? message.nextOffset.low || message.nextOffset.high : message.nextOffset !== 0))
                        writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.nextOffset);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a PageResponse message from the specified reader or buffer.
                 * @function decode
                 * @memberof marketchain.moneymarket.v1.PageResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {marketchain.moneymarket.v1.PageResponse & marketchain.moneymarket.v1.PageResponse.$Shape} PageResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                PageResponse.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.marketchain.moneymarket.v1.PageResponse();
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
                                    message.total = value;
                                else
                                    delete message.total;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.nextOffset = value;
                                else
                                    delete message.nextOffset;
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
                 * Creates a PageResponse message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof marketchain.moneymarket.v1.PageResponse
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {marketchain.moneymarket.v1.PageResponse} PageResponse
                 */
                PageResponse.fromObject = function (object, _depth) {
                    if (object instanceof $root.marketchain.moneymarket.v1.PageResponse)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".marketchain.moneymarket.v1.PageResponse: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.marketchain.moneymarket.v1.PageResponse();
                    if (object.total != null)
                        if (typeof object.total === "object" ? object.total.low || object.total.high : $Number(object.total) !== 0)
                            if ($util.Long)
                                message.total = $util.Long.fromValue(object.total, true);
                            else if (typeof object.total === "string")
                                message.total = $parseInt(object.total, 10);
                            else if (typeof object.total === "number")
                                message.total = object.total;
                            else if (typeof object.total === "object")
                                message.total = new $util.LongBits(object.total.low >>> 0, object.total.high >>> 0).toNumber(true);
                    if (object.nextOffset != null)
                        if (typeof object.nextOffset === "object" ? object.nextOffset.low || object.nextOffset.high : $Number(object.nextOffset) !== 0)
                            if ($util.Long)
                                message.nextOffset = $util.Long.fromValue(object.nextOffset, true);
                            else if (typeof object.nextOffset === "string")
                                message.nextOffset = $parseInt(object.nextOffset, 10);
                            else if (typeof object.nextOffset === "number")
                                message.nextOffset = object.nextOffset;
                            else if (typeof object.nextOffset === "object")
                                message.nextOffset = new $util.LongBits(object.nextOffset.low >>> 0, object.nextOffset.high >>> 0).toNumber(true);
                    return message;
                };

                /**
                 * Creates a plain object from a PageResponse message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof marketchain.moneymarket.v1.PageResponse
                 * @static
                 * @param {marketchain.moneymarket.v1.PageResponse} message PageResponse
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                PageResponse.toObject = function (message, options, _depth) {
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
                            object.total = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.total = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.nextOffset = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.nextOffset = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    }
                    if (message.total != null && $Object.hasOwnProperty.call(message, "total"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.total = typeof message.total === "number" ? $BigInt(message.total) : $util.Long.fromBits(message.total.low >>> 0, message.total.high >>> 0, true).toBigInt();
                        else if (typeof message.total === "number")
                            object.total = options.longs === $String ? $String(message.total) : message.total;
                        else
                            object.total = options.longs === $String ? $util.Long.prototype.toString.call(message.total) : options.longs === $Number ? new $util.LongBits(message.total.low >>> 0, message.total.high >>> 0).toNumber(true) : message.total;
                    if (message.nextOffset != null && $Object.hasOwnProperty.call(message, "nextOffset"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.nextOffset = typeof message.nextOffset === "number" ? $BigInt(message.nextOffset) : $util.Long.fromBits(message.nextOffset.low >>> 0, message.nextOffset.high >>> 0, true).toBigInt();
                        else if (typeof message.nextOffset === "number")
                            object.nextOffset = options.longs === $String ? $String(message.nextOffset) : message.nextOffset;
                        else
                            object.nextOffset = options.longs === $String ? $util.Long.prototype.toString.call(message.nextOffset) : options.longs === $Number ? new $util.LongBits(message.nextOffset.low >>> 0, message.nextOffset.high >>> 0).toNumber(true) : message.nextOffset;
                    return object;
                };

                /**
                 * Converts this PageResponse to JSON.
                 * @function toJSON
                 * @memberof marketchain.moneymarket.v1.PageResponse
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                PageResponse.prototype.toJSON = function() {
                    return PageResponse.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for PageResponse
                 * @function getTypeUrl
                 * @memberof marketchain.moneymarket.v1.PageResponse
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                PageResponse.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/marketchain.moneymarket.v1.PageResponse";
                };

                return PageResponse;
            })();

            v1.QueryParamsRequest = (function() {

                /**
                 * Properties of a QueryParamsRequest.
                 * @typedef {Object} marketchain.moneymarket.v1.QueryParamsRequest.$Properties
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a QueryParamsRequest.
                 * @memberof marketchain.moneymarket.v1
                 * @interface IQueryParamsRequest
                 * @augments marketchain.moneymarket.v1.QueryParamsRequest.$Properties
                 * @deprecated Use marketchain.moneymarket.v1.QueryParamsRequest.$Properties instead.
                 */

                /**
                 * Shape of a QueryParamsRequest.
                 * @typedef {marketchain.moneymarket.v1.QueryParamsRequest.$Properties} marketchain.moneymarket.v1.QueryParamsRequest.$Shape
                 */

                /**
                 * Constructs a new QueryParamsRequest.
                 * @memberof marketchain.moneymarket.v1
                 * @classdesc Represents a QueryParamsRequest.
                 * @constructor
                 * @param {marketchain.moneymarket.v1.QueryParamsRequest.$Properties=} [properties] Properties to set
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
                 * @memberof marketchain.moneymarket.v1.QueryParamsRequest
                 * @static
                 * @param {marketchain.moneymarket.v1.QueryParamsRequest.$Properties=} [properties] Properties to set
                 * @returns {marketchain.moneymarket.v1.QueryParamsRequest} QueryParamsRequest instance
                 * @type {{
                 *   (properties: marketchain.moneymarket.v1.QueryParamsRequest.$Shape): marketchain.moneymarket.v1.QueryParamsRequest & marketchain.moneymarket.v1.QueryParamsRequest.$Shape;
                 *   (properties?: marketchain.moneymarket.v1.QueryParamsRequest.$Properties): marketchain.moneymarket.v1.QueryParamsRequest;
                 * }}
                 */
                QueryParamsRequest.create = function(properties) {
                    return new QueryParamsRequest(properties);
                };

                /**
                 * Encodes the specified QueryParamsRequest message. Does not implicitly {@link marketchain.moneymarket.v1.QueryParamsRequest.verify|verify} messages.
                 * @function encode
                 * @memberof marketchain.moneymarket.v1.QueryParamsRequest
                 * @static
                 * @param {marketchain.moneymarket.v1.QueryParamsRequest.$Properties} message QueryParamsRequest message or plain object to encode
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
                 * @memberof marketchain.moneymarket.v1.QueryParamsRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {marketchain.moneymarket.v1.QueryParamsRequest & marketchain.moneymarket.v1.QueryParamsRequest.$Shape} QueryParamsRequest
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
                    message = _target || new $root.marketchain.moneymarket.v1.QueryParamsRequest();
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
                 * @memberof marketchain.moneymarket.v1.QueryParamsRequest
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {marketchain.moneymarket.v1.QueryParamsRequest} QueryParamsRequest
                 */
                QueryParamsRequest.fromObject = function (object, _depth) {
                    if (object instanceof $root.marketchain.moneymarket.v1.QueryParamsRequest)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".marketchain.moneymarket.v1.QueryParamsRequest: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    return new $root.marketchain.moneymarket.v1.QueryParamsRequest();
                };

                /**
                 * Creates a plain object from a QueryParamsRequest message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof marketchain.moneymarket.v1.QueryParamsRequest
                 * @static
                 * @param {marketchain.moneymarket.v1.QueryParamsRequest} message QueryParamsRequest
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                QueryParamsRequest.toObject = function () {
                    return {};
                };

                /**
                 * Converts this QueryParamsRequest to JSON.
                 * @function toJSON
                 * @memberof marketchain.moneymarket.v1.QueryParamsRequest
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                QueryParamsRequest.prototype.toJSON = function() {
                    return QueryParamsRequest.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for QueryParamsRequest
                 * @function getTypeUrl
                 * @memberof marketchain.moneymarket.v1.QueryParamsRequest
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                QueryParamsRequest.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/marketchain.moneymarket.v1.QueryParamsRequest";
                };

                return QueryParamsRequest;
            })();

            v1.QueryParamsResponse = (function() {

                /**
                 * Properties of a QueryParamsResponse.
                 * @typedef {Object} marketchain.moneymarket.v1.QueryParamsResponse.$Properties
                 * @property {marketchain.moneymarket.v1.Params.$Properties|null} [params] QueryParamsResponse params
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a QueryParamsResponse.
                 * @memberof marketchain.moneymarket.v1
                 * @interface IQueryParamsResponse
                 * @augments marketchain.moneymarket.v1.QueryParamsResponse.$Properties
                 * @deprecated Use marketchain.moneymarket.v1.QueryParamsResponse.$Properties instead.
                 */

                /**
                 * Shape of a QueryParamsResponse.
                 * @typedef {marketchain.moneymarket.v1.QueryParamsResponse.$Properties} marketchain.moneymarket.v1.QueryParamsResponse.$Shape
                 */

                /**
                 * Constructs a new QueryParamsResponse.
                 * @memberof marketchain.moneymarket.v1
                 * @classdesc Represents a QueryParamsResponse.
                 * @constructor
                 * @param {marketchain.moneymarket.v1.QueryParamsResponse.$Properties=} [properties] Properties to set
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
                 * @member {marketchain.moneymarket.v1.Params.$Properties|null|undefined} params
                 * @memberof marketchain.moneymarket.v1.QueryParamsResponse
                 * @instance
                 */
                QueryParamsResponse.prototype.params = null;

                /**
                 * Creates a new QueryParamsResponse instance using the specified properties.
                 * @function create
                 * @memberof marketchain.moneymarket.v1.QueryParamsResponse
                 * @static
                 * @param {marketchain.moneymarket.v1.QueryParamsResponse.$Properties=} [properties] Properties to set
                 * @returns {marketchain.moneymarket.v1.QueryParamsResponse} QueryParamsResponse instance
                 * @type {{
                 *   (properties: marketchain.moneymarket.v1.QueryParamsResponse.$Shape): marketchain.moneymarket.v1.QueryParamsResponse & marketchain.moneymarket.v1.QueryParamsResponse.$Shape;
                 *   (properties?: marketchain.moneymarket.v1.QueryParamsResponse.$Properties): marketchain.moneymarket.v1.QueryParamsResponse;
                 * }}
                 */
                QueryParamsResponse.create = function(properties) {
                    return new QueryParamsResponse(properties);
                };

                /**
                 * Encodes the specified QueryParamsResponse message. Does not implicitly {@link marketchain.moneymarket.v1.QueryParamsResponse.verify|verify} messages.
                 * @function encode
                 * @memberof marketchain.moneymarket.v1.QueryParamsResponse
                 * @static
                 * @param {marketchain.moneymarket.v1.QueryParamsResponse.$Properties} message QueryParamsResponse message or plain object to encode
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
                        $root.marketchain.moneymarket.v1.Params.encode(message.params, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a QueryParamsResponse message from the specified reader or buffer.
                 * @function decode
                 * @memberof marketchain.moneymarket.v1.QueryParamsResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {marketchain.moneymarket.v1.QueryParamsResponse & marketchain.moneymarket.v1.QueryParamsResponse.$Shape} QueryParamsResponse
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
                    message = _target || new $root.marketchain.moneymarket.v1.QueryParamsResponse();
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
                                message.params = $root.marketchain.moneymarket.v1.Params.decode(reader, reader.size(), $undefined, _depth + 1, message.params);
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
                 * @memberof marketchain.moneymarket.v1.QueryParamsResponse
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {marketchain.moneymarket.v1.QueryParamsResponse} QueryParamsResponse
                 */
                QueryParamsResponse.fromObject = function (object, _depth) {
                    if (object instanceof $root.marketchain.moneymarket.v1.QueryParamsResponse)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".marketchain.moneymarket.v1.QueryParamsResponse: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.marketchain.moneymarket.v1.QueryParamsResponse();
                    if (object.params != null) {
                        if (!$util.isObject(object.params))
                            throw $TypeError(".marketchain.moneymarket.v1.QueryParamsResponse.params: object expected");
                        message.params = $root.marketchain.moneymarket.v1.Params.fromObject(object.params, _depth + 1);
                    }
                    return message;
                };

                /**
                 * Creates a plain object from a QueryParamsResponse message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof marketchain.moneymarket.v1.QueryParamsResponse
                 * @static
                 * @param {marketchain.moneymarket.v1.QueryParamsResponse} message QueryParamsResponse
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
                        object.params = $root.marketchain.moneymarket.v1.Params.toObject(message.params, options, _depth + 1);
                    return object;
                };

                /**
                 * Converts this QueryParamsResponse to JSON.
                 * @function toJSON
                 * @memberof marketchain.moneymarket.v1.QueryParamsResponse
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                QueryParamsResponse.prototype.toJSON = function() {
                    return QueryParamsResponse.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for QueryParamsResponse
                 * @function getTypeUrl
                 * @memberof marketchain.moneymarket.v1.QueryParamsResponse
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                QueryParamsResponse.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/marketchain.moneymarket.v1.QueryParamsResponse";
                };

                return QueryParamsResponse;
            })();

            v1.MarketView = (function() {

                /**
                 * Properties of a MarketView.
                 * @typedef {Object} marketchain.moneymarket.v1.MarketView.$Properties
                 * @property {string|null} [denom] MarketView denom
                 * @property {string|null} [status] MarketView status
                 * @property {string|null} [cash] MarketView cash
                 * @property {string|null} [totalSupply] MarketView totalSupply
                 * @property {string|null} [totalBorrows] MarketView totalBorrows
                 * @property {string|null} [equity] MarketView equity
                 * @property {string|null} [supplyIndex] MarketView supplyIndex
                 * @property {string|null} [borrowIndex] MarketView borrowIndex
                 * @property {string|null} [supplyRatePerBlock] MarketView supplyRatePerBlock
                 * @property {string|null} [borrowRatePerBlock] MarketView borrowRatePerBlock
                 * @property {string|null} [supplyRateAnnual] MarketView supplyRateAnnual
                 * @property {string|null} [borrowRateAnnual] MarketView borrowRateAnnual
                 * @property {string|null} [utilization] MarketView utilization
                 * @property {string|null} [price] MarketView price
                 * @property {number|null} [blockNumber] MarketView blockNumber
                 * @property {marketchain.moneymarket.v1.InterestRateModel.$Properties|null} [interestRateModel] MarketView interestRateModel
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a MarketView.
                 * @memberof marketchain.moneymarket.v1
                 * @interface IMarketView
                 * @augments marketchain.moneymarket.v1.MarketView.$Properties
                 * @deprecated Use marketchain.moneymarket.v1.MarketView.$Properties instead.
                 */

                /**
                 * Shape of a MarketView.
                 * @typedef {marketchain.moneymarket.v1.MarketView.$Properties} marketchain.moneymarket.v1.MarketView.$Shape
                 */

                /**
                 * Constructs a new MarketView.
                 * @memberof marketchain.moneymarket.v1
                 * @classdesc Represents a MarketView.
                 * @constructor
                 * @param {marketchain.moneymarket.v1.MarketView.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const MarketView = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * MarketView denom.
                 * @member {string} denom
                 * @memberof marketchain.moneymarket.v1.MarketView
                 * @instance
                 */
                MarketView.prototype.denom = "";

                /**
                 * MarketView status.
                 * @member {string} status
                 * @memberof marketchain.moneymarket.v1.MarketView
                 * @instance
                 */
                MarketView.prototype.status = "";

                /**
                 * MarketView cash.
                 * @member {string} cash
                 * @memberof marketchain.moneymarket.v1.MarketView
                 * @instance
                 */
                MarketView.prototype.cash = "";

                /**
                 * MarketView totalSupply.
                 * @member {string} totalSupply
                 * @memberof marketchain.moneymarket.v1.MarketView
                 * @instance
                 */
                MarketView.prototype.totalSupply = "";

                /**
                 * MarketView totalBorrows.
                 * @member {string} totalBorrows
                 * @memberof marketchain.moneymarket.v1.MarketView
                 * @instance
                 */
                MarketView.prototype.totalBorrows = "";

                /**
                 * MarketView equity.
                 * @member {string} equity
                 * @memberof marketchain.moneymarket.v1.MarketView
                 * @instance
                 */
                MarketView.prototype.equity = "";

                /**
                 * MarketView supplyIndex.
                 * @member {string} supplyIndex
                 * @memberof marketchain.moneymarket.v1.MarketView
                 * @instance
                 */
                MarketView.prototype.supplyIndex = "";

                /**
                 * MarketView borrowIndex.
                 * @member {string} borrowIndex
                 * @memberof marketchain.moneymarket.v1.MarketView
                 * @instance
                 */
                MarketView.prototype.borrowIndex = "";

                /**
                 * MarketView supplyRatePerBlock.
                 * @member {string} supplyRatePerBlock
                 * @memberof marketchain.moneymarket.v1.MarketView
                 * @instance
                 */
                MarketView.prototype.supplyRatePerBlock = "";

                /**
                 * MarketView borrowRatePerBlock.
                 * @member {string} borrowRatePerBlock
                 * @memberof marketchain.moneymarket.v1.MarketView
                 * @instance
                 */
                MarketView.prototype.borrowRatePerBlock = "";

                /**
                 * MarketView supplyRateAnnual.
                 * @member {string} supplyRateAnnual
                 * @memberof marketchain.moneymarket.v1.MarketView
                 * @instance
                 */
                MarketView.prototype.supplyRateAnnual = "";

                /**
                 * MarketView borrowRateAnnual.
                 * @member {string} borrowRateAnnual
                 * @memberof marketchain.moneymarket.v1.MarketView
                 * @instance
                 */
                MarketView.prototype.borrowRateAnnual = "";

                /**
                 * MarketView utilization.
                 * @member {string} utilization
                 * @memberof marketchain.moneymarket.v1.MarketView
                 * @instance
                 */
                MarketView.prototype.utilization = "";

                /**
                 * MarketView price.
                 * @member {string} price
                 * @memberof marketchain.moneymarket.v1.MarketView
                 * @instance
                 */
                MarketView.prototype.price = "";

                /**
                 * MarketView blockNumber.
                 * @member {number} blockNumber
                 * @memberof marketchain.moneymarket.v1.MarketView
                 * @instance
                 */
                MarketView.prototype.blockNumber = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * MarketView interestRateModel.
                 * @member {marketchain.moneymarket.v1.InterestRateModel.$Properties|null|undefined} interestRateModel
                 * @memberof marketchain.moneymarket.v1.MarketView
                 * @instance
                 */
                MarketView.prototype.interestRateModel = null;

                /**
                 * Creates a new MarketView instance using the specified properties.
                 * @function create
                 * @memberof marketchain.moneymarket.v1.MarketView
                 * @static
                 * @param {marketchain.moneymarket.v1.MarketView.$Properties=} [properties] Properties to set
                 * @returns {marketchain.moneymarket.v1.MarketView} MarketView instance
                 * @type {{
                 *   (properties: marketchain.moneymarket.v1.MarketView.$Shape): marketchain.moneymarket.v1.MarketView & marketchain.moneymarket.v1.MarketView.$Shape;
                 *   (properties?: marketchain.moneymarket.v1.MarketView.$Properties): marketchain.moneymarket.v1.MarketView;
                 * }}
                 */
                MarketView.create = function(properties) {
                    return new MarketView(properties);
                };

                /**
                 * Encodes the specified MarketView message. Does not implicitly {@link marketchain.moneymarket.v1.MarketView.verify|verify} messages.
                 * @function encode
                 * @memberof marketchain.moneymarket.v1.MarketView
                 * @static
                 * @param {marketchain.moneymarket.v1.MarketView.$Properties} message MarketView message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                MarketView.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.denom != null && $Object.hasOwnProperty.call(message, "denom") && message.denom !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.denom);
                    if (message.status != null && $Object.hasOwnProperty.call(message, "status") && message.status !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.status);
                    if (message.cash != null && $Object.hasOwnProperty.call(message, "cash") && message.cash !== "")
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.cash);
                    if (message.totalSupply != null && $Object.hasOwnProperty.call(message, "totalSupply") && message.totalSupply !== "")
                        writer.uint32(/* id 4, wireType 2 =*/34).string(message.totalSupply);
                    if (message.totalBorrows != null && $Object.hasOwnProperty.call(message, "totalBorrows") && message.totalBorrows !== "")
                        writer.uint32(/* id 5, wireType 2 =*/42).string(message.totalBorrows);
                    if (message.equity != null && $Object.hasOwnProperty.call(message, "equity") && message.equity !== "")
                        writer.uint32(/* id 6, wireType 2 =*/50).string(message.equity);
                    if (message.supplyIndex != null && $Object.hasOwnProperty.call(message, "supplyIndex") && message.supplyIndex !== "")
                        writer.uint32(/* id 7, wireType 2 =*/58).string(message.supplyIndex);
                    if (message.borrowIndex != null && $Object.hasOwnProperty.call(message, "borrowIndex") && message.borrowIndex !== "")
                        writer.uint32(/* id 8, wireType 2 =*/66).string(message.borrowIndex);
                    if (message.supplyRatePerBlock != null && $Object.hasOwnProperty.call(message, "supplyRatePerBlock") && message.supplyRatePerBlock !== "")
                        writer.uint32(/* id 9, wireType 2 =*/74).string(message.supplyRatePerBlock);
                    if (message.borrowRatePerBlock != null && $Object.hasOwnProperty.call(message, "borrowRatePerBlock") && message.borrowRatePerBlock !== "")
                        writer.uint32(/* id 10, wireType 2 =*/82).string(message.borrowRatePerBlock);
                    if (message.supplyRateAnnual != null && $Object.hasOwnProperty.call(message, "supplyRateAnnual") && message.supplyRateAnnual !== "")
                        writer.uint32(/* id 11, wireType 2 =*/90).string(message.supplyRateAnnual);
                    if (message.borrowRateAnnual != null && $Object.hasOwnProperty.call(message, "borrowRateAnnual") && message.borrowRateAnnual !== "")
                        writer.uint32(/* id 12, wireType 2 =*/98).string(message.borrowRateAnnual);
                    if (message.utilization != null && $Object.hasOwnProperty.call(message, "utilization") && message.utilization !== "")
                        writer.uint32(/* id 13, wireType 2 =*/106).string(message.utilization);
                    if (message.price != null && $Object.hasOwnProperty.call(message, "price") && message.price !== "")
                        writer.uint32(/* id 14, wireType 2 =*/114).string(message.price);
                    if (message.blockNumber != null && $Object.hasOwnProperty.call(message, "blockNumber") && (typeof message.blockNumber === "object" ? message.blockNumber.low || message.blockNumber.high : message.blockNumber !== 0))
                        writer.uint32(/* id 15, wireType 0 =*/120).uint64(message.blockNumber);
                    if (message.interestRateModel != null && $Object.hasOwnProperty.call(message, "interestRateModel"))
                        $root.marketchain.moneymarket.v1.InterestRateModel.encode(message.interestRateModel, writer.uint32(/* id 16, wireType 2 =*/130).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a MarketView message from the specified reader or buffer.
                 * @function decode
                 * @memberof marketchain.moneymarket.v1.MarketView
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {marketchain.moneymarket.v1.MarketView & marketchain.moneymarket.v1.MarketView.$Shape} MarketView
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                MarketView.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.marketchain.moneymarket.v1.MarketView();
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
                                    message.denom = value;
                                else
                                    delete message.denom;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.status = value;
                                else
                                    delete message.status;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.cash = value;
                                else
                                    delete message.cash;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.totalSupply = value;
                                else
                                    delete message.totalSupply;
                                continue;
                            }
                        case 5: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.totalBorrows = value;
                                else
                                    delete message.totalBorrows;
                                continue;
                            }
                        case 6: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.equity = value;
                                else
                                    delete message.equity;
                                continue;
                            }
                        case 7: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.supplyIndex = value;
                                else
                                    delete message.supplyIndex;
                                continue;
                            }
                        case 8: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.borrowIndex = value;
                                else
                                    delete message.borrowIndex;
                                continue;
                            }
                        case 9: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.supplyRatePerBlock = value;
                                else
                                    delete message.supplyRatePerBlock;
                                continue;
                            }
                        case 10: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.borrowRatePerBlock = value;
                                else
                                    delete message.borrowRatePerBlock;
                                continue;
                            }
                        case 11: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.supplyRateAnnual = value;
                                else
                                    delete message.supplyRateAnnual;
                                continue;
                            }
                        case 12: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.borrowRateAnnual = value;
                                else
                                    delete message.borrowRateAnnual;
                                continue;
                            }
                        case 13: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.utilization = value;
                                else
                                    delete message.utilization;
                                continue;
                            }
                        case 14: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.price = value;
                                else
                                    delete message.price;
                                continue;
                            }
                        case 15: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.blockNumber = value;
                                else
                                    delete message.blockNumber;
                                continue;
                            }
                        case 16: {
                                if (wireType !== 2)
                                    break;
                                message.interestRateModel = $root.marketchain.moneymarket.v1.InterestRateModel.decode(reader, reader.size(), $undefined, _depth + 1, message.interestRateModel);
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
                 * Creates a MarketView message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof marketchain.moneymarket.v1.MarketView
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {marketchain.moneymarket.v1.MarketView} MarketView
                 */
                MarketView.fromObject = function (object, _depth) {
                    if (object instanceof $root.marketchain.moneymarket.v1.MarketView)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".marketchain.moneymarket.v1.MarketView: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.marketchain.moneymarket.v1.MarketView();
                    if (object.denom != null)
                        if (typeof object.denom !== "string" || object.denom.length)
                            message.denom = $String(object.denom);
                    if (object.status != null)
                        if (typeof object.status !== "string" || object.status.length)
                            message.status = $String(object.status);
                    if (object.cash != null)
                        if (typeof object.cash !== "string" || object.cash.length)
                            message.cash = $String(object.cash);
                    if (object.totalSupply != null)
                        if (typeof object.totalSupply !== "string" || object.totalSupply.length)
                            message.totalSupply = $String(object.totalSupply);
                    if (object.totalBorrows != null)
                        if (typeof object.totalBorrows !== "string" || object.totalBorrows.length)
                            message.totalBorrows = $String(object.totalBorrows);
                    if (object.equity != null)
                        if (typeof object.equity !== "string" || object.equity.length)
                            message.equity = $String(object.equity);
                    if (object.supplyIndex != null)
                        if (typeof object.supplyIndex !== "string" || object.supplyIndex.length)
                            message.supplyIndex = $String(object.supplyIndex);
                    if (object.borrowIndex != null)
                        if (typeof object.borrowIndex !== "string" || object.borrowIndex.length)
                            message.borrowIndex = $String(object.borrowIndex);
                    if (object.supplyRatePerBlock != null)
                        if (typeof object.supplyRatePerBlock !== "string" || object.supplyRatePerBlock.length)
                            message.supplyRatePerBlock = $String(object.supplyRatePerBlock);
                    if (object.borrowRatePerBlock != null)
                        if (typeof object.borrowRatePerBlock !== "string" || object.borrowRatePerBlock.length)
                            message.borrowRatePerBlock = $String(object.borrowRatePerBlock);
                    if (object.supplyRateAnnual != null)
                        if (typeof object.supplyRateAnnual !== "string" || object.supplyRateAnnual.length)
                            message.supplyRateAnnual = $String(object.supplyRateAnnual);
                    if (object.borrowRateAnnual != null)
                        if (typeof object.borrowRateAnnual !== "string" || object.borrowRateAnnual.length)
                            message.borrowRateAnnual = $String(object.borrowRateAnnual);
                    if (object.utilization != null)
                        if (typeof object.utilization !== "string" || object.utilization.length)
                            message.utilization = $String(object.utilization);
                    if (object.price != null)
                        if (typeof object.price !== "string" || object.price.length)
                            message.price = $String(object.price);
                    if (object.blockNumber != null)
                        if (typeof object.blockNumber === "object" ? object.blockNumber.low || object.blockNumber.high : $Number(object.blockNumber) !== 0)
                            if ($util.Long)
                                message.blockNumber = $util.Long.fromValue(object.blockNumber, true);
                            else if (typeof object.blockNumber === "string")
                                message.blockNumber = $parseInt(object.blockNumber, 10);
                            else if (typeof object.blockNumber === "number")
                                message.blockNumber = object.blockNumber;
                            else if (typeof object.blockNumber === "object")
                                message.blockNumber = new $util.LongBits(object.blockNumber.low >>> 0, object.blockNumber.high >>> 0).toNumber(true);
                    if (object.interestRateModel != null) {
                        if (!$util.isObject(object.interestRateModel))
                            throw $TypeError(".marketchain.moneymarket.v1.MarketView.interestRateModel: object expected");
                        message.interestRateModel = $root.marketchain.moneymarket.v1.InterestRateModel.fromObject(object.interestRateModel, _depth + 1);
                    }
                    return message;
                };

                /**
                 * Creates a plain object from a MarketView message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof marketchain.moneymarket.v1.MarketView
                 * @static
                 * @param {marketchain.moneymarket.v1.MarketView} message MarketView
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                MarketView.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.denom = "";
                        object.status = "";
                        object.cash = "";
                        object.totalSupply = "";
                        object.totalBorrows = "";
                        object.equity = "";
                        object.supplyIndex = "";
                        object.borrowIndex = "";
                        object.supplyRatePerBlock = "";
                        object.borrowRatePerBlock = "";
                        object.supplyRateAnnual = "";
                        object.borrowRateAnnual = "";
                        object.utilization = "";
                        object.price = "";
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.blockNumber = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.blockNumber = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        object.interestRateModel = null;
                    }
                    if (message.denom != null && $Object.hasOwnProperty.call(message, "denom"))
                        object.denom = message.denom;
                    if (message.status != null && $Object.hasOwnProperty.call(message, "status"))
                        object.status = message.status;
                    if (message.cash != null && $Object.hasOwnProperty.call(message, "cash"))
                        object.cash = message.cash;
                    if (message.totalSupply != null && $Object.hasOwnProperty.call(message, "totalSupply"))
                        object.totalSupply = message.totalSupply;
                    if (message.totalBorrows != null && $Object.hasOwnProperty.call(message, "totalBorrows"))
                        object.totalBorrows = message.totalBorrows;
                    if (message.equity != null && $Object.hasOwnProperty.call(message, "equity"))
                        object.equity = message.equity;
                    if (message.supplyIndex != null && $Object.hasOwnProperty.call(message, "supplyIndex"))
                        object.supplyIndex = message.supplyIndex;
                    if (message.borrowIndex != null && $Object.hasOwnProperty.call(message, "borrowIndex"))
                        object.borrowIndex = message.borrowIndex;
                    if (message.supplyRatePerBlock != null && $Object.hasOwnProperty.call(message, "supplyRatePerBlock"))
                        object.supplyRatePerBlock = message.supplyRatePerBlock;
                    if (message.borrowRatePerBlock != null && $Object.hasOwnProperty.call(message, "borrowRatePerBlock"))
                        object.borrowRatePerBlock = message.borrowRatePerBlock;
                    if (message.supplyRateAnnual != null && $Object.hasOwnProperty.call(message, "supplyRateAnnual"))
                        object.supplyRateAnnual = message.supplyRateAnnual;
                    if (message.borrowRateAnnual != null && $Object.hasOwnProperty.call(message, "borrowRateAnnual"))
                        object.borrowRateAnnual = message.borrowRateAnnual;
                    if (message.utilization != null && $Object.hasOwnProperty.call(message, "utilization"))
                        object.utilization = message.utilization;
                    if (message.price != null && $Object.hasOwnProperty.call(message, "price"))
                        object.price = message.price;
                    if (message.blockNumber != null && $Object.hasOwnProperty.call(message, "blockNumber"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.blockNumber = typeof message.blockNumber === "number" ? $BigInt(message.blockNumber) : $util.Long.fromBits(message.blockNumber.low >>> 0, message.blockNumber.high >>> 0, true).toBigInt();
                        else if (typeof message.blockNumber === "number")
                            object.blockNumber = options.longs === $String ? $String(message.blockNumber) : message.blockNumber;
                        else
                            object.blockNumber = options.longs === $String ? $util.Long.prototype.toString.call(message.blockNumber) : options.longs === $Number ? new $util.LongBits(message.blockNumber.low >>> 0, message.blockNumber.high >>> 0).toNumber(true) : message.blockNumber;
                    if (message.interestRateModel != null && $Object.hasOwnProperty.call(message, "interestRateModel"))
                        object.interestRateModel = $root.marketchain.moneymarket.v1.InterestRateModel.toObject(message.interestRateModel, options, _depth + 1);
                    return object;
                };

                /**
                 * Converts this MarketView to JSON.
                 * @function toJSON
                 * @memberof marketchain.moneymarket.v1.MarketView
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                MarketView.prototype.toJSON = function() {
                    return MarketView.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for MarketView
                 * @function getTypeUrl
                 * @memberof marketchain.moneymarket.v1.MarketView
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                MarketView.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/marketchain.moneymarket.v1.MarketView";
                };

                return MarketView;
            })();

            v1.QueryMarketRequest = (function() {

                /**
                 * Properties of a QueryMarketRequest.
                 * @typedef {Object} marketchain.moneymarket.v1.QueryMarketRequest.$Properties
                 * @property {string|null} [denom] QueryMarketRequest denom
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a QueryMarketRequest.
                 * @memberof marketchain.moneymarket.v1
                 * @interface IQueryMarketRequest
                 * @augments marketchain.moneymarket.v1.QueryMarketRequest.$Properties
                 * @deprecated Use marketchain.moneymarket.v1.QueryMarketRequest.$Properties instead.
                 */

                /**
                 * Shape of a QueryMarketRequest.
                 * @typedef {marketchain.moneymarket.v1.QueryMarketRequest.$Properties} marketchain.moneymarket.v1.QueryMarketRequest.$Shape
                 */

                /**
                 * Constructs a new QueryMarketRequest.
                 * @memberof marketchain.moneymarket.v1
                 * @classdesc Represents a QueryMarketRequest.
                 * @constructor
                 * @param {marketchain.moneymarket.v1.QueryMarketRequest.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const QueryMarketRequest = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * QueryMarketRequest denom.
                 * @member {string} denom
                 * @memberof marketchain.moneymarket.v1.QueryMarketRequest
                 * @instance
                 */
                QueryMarketRequest.prototype.denom = "";

                /**
                 * Creates a new QueryMarketRequest instance using the specified properties.
                 * @function create
                 * @memberof marketchain.moneymarket.v1.QueryMarketRequest
                 * @static
                 * @param {marketchain.moneymarket.v1.QueryMarketRequest.$Properties=} [properties] Properties to set
                 * @returns {marketchain.moneymarket.v1.QueryMarketRequest} QueryMarketRequest instance
                 * @type {{
                 *   (properties: marketchain.moneymarket.v1.QueryMarketRequest.$Shape): marketchain.moneymarket.v1.QueryMarketRequest & marketchain.moneymarket.v1.QueryMarketRequest.$Shape;
                 *   (properties?: marketchain.moneymarket.v1.QueryMarketRequest.$Properties): marketchain.moneymarket.v1.QueryMarketRequest;
                 * }}
                 */
                QueryMarketRequest.create = function(properties) {
                    return new QueryMarketRequest(properties);
                };

                /**
                 * Encodes the specified QueryMarketRequest message. Does not implicitly {@link marketchain.moneymarket.v1.QueryMarketRequest.verify|verify} messages.
                 * @function encode
                 * @memberof marketchain.moneymarket.v1.QueryMarketRequest
                 * @static
                 * @param {marketchain.moneymarket.v1.QueryMarketRequest.$Properties} message QueryMarketRequest message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                QueryMarketRequest.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.denom != null && $Object.hasOwnProperty.call(message, "denom") && message.denom !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.denom);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a QueryMarketRequest message from the specified reader or buffer.
                 * @function decode
                 * @memberof marketchain.moneymarket.v1.QueryMarketRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {marketchain.moneymarket.v1.QueryMarketRequest & marketchain.moneymarket.v1.QueryMarketRequest.$Shape} QueryMarketRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                QueryMarketRequest.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.marketchain.moneymarket.v1.QueryMarketRequest();
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
                                    message.denom = value;
                                else
                                    delete message.denom;
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
                 * Creates a QueryMarketRequest message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof marketchain.moneymarket.v1.QueryMarketRequest
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {marketchain.moneymarket.v1.QueryMarketRequest} QueryMarketRequest
                 */
                QueryMarketRequest.fromObject = function (object, _depth) {
                    if (object instanceof $root.marketchain.moneymarket.v1.QueryMarketRequest)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".marketchain.moneymarket.v1.QueryMarketRequest: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.marketchain.moneymarket.v1.QueryMarketRequest();
                    if (object.denom != null)
                        if (typeof object.denom !== "string" || object.denom.length)
                            message.denom = $String(object.denom);
                    return message;
                };

                /**
                 * Creates a plain object from a QueryMarketRequest message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof marketchain.moneymarket.v1.QueryMarketRequest
                 * @static
                 * @param {marketchain.moneymarket.v1.QueryMarketRequest} message QueryMarketRequest
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                QueryMarketRequest.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults)
                        object.denom = "";
                    if (message.denom != null && $Object.hasOwnProperty.call(message, "denom"))
                        object.denom = message.denom;
                    return object;
                };

                /**
                 * Converts this QueryMarketRequest to JSON.
                 * @function toJSON
                 * @memberof marketchain.moneymarket.v1.QueryMarketRequest
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                QueryMarketRequest.prototype.toJSON = function() {
                    return QueryMarketRequest.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for QueryMarketRequest
                 * @function getTypeUrl
                 * @memberof marketchain.moneymarket.v1.QueryMarketRequest
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                QueryMarketRequest.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/marketchain.moneymarket.v1.QueryMarketRequest";
                };

                return QueryMarketRequest;
            })();

            v1.QueryMarketResponse = (function() {

                /**
                 * Properties of a QueryMarketResponse.
                 * @typedef {Object} marketchain.moneymarket.v1.QueryMarketResponse.$Properties
                 * @property {marketchain.moneymarket.v1.MarketView.$Properties|null} [market] QueryMarketResponse market
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a QueryMarketResponse.
                 * @memberof marketchain.moneymarket.v1
                 * @interface IQueryMarketResponse
                 * @augments marketchain.moneymarket.v1.QueryMarketResponse.$Properties
                 * @deprecated Use marketchain.moneymarket.v1.QueryMarketResponse.$Properties instead.
                 */

                /**
                 * Shape of a QueryMarketResponse.
                 * @typedef {marketchain.moneymarket.v1.QueryMarketResponse.$Properties} marketchain.moneymarket.v1.QueryMarketResponse.$Shape
                 */

                /**
                 * Constructs a new QueryMarketResponse.
                 * @memberof marketchain.moneymarket.v1
                 * @classdesc Represents a QueryMarketResponse.
                 * @constructor
                 * @param {marketchain.moneymarket.v1.QueryMarketResponse.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const QueryMarketResponse = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * QueryMarketResponse market.
                 * @member {marketchain.moneymarket.v1.MarketView.$Properties|null|undefined} market
                 * @memberof marketchain.moneymarket.v1.QueryMarketResponse
                 * @instance
                 */
                QueryMarketResponse.prototype.market = null;

                /**
                 * Creates a new QueryMarketResponse instance using the specified properties.
                 * @function create
                 * @memberof marketchain.moneymarket.v1.QueryMarketResponse
                 * @static
                 * @param {marketchain.moneymarket.v1.QueryMarketResponse.$Properties=} [properties] Properties to set
                 * @returns {marketchain.moneymarket.v1.QueryMarketResponse} QueryMarketResponse instance
                 * @type {{
                 *   (properties: marketchain.moneymarket.v1.QueryMarketResponse.$Shape): marketchain.moneymarket.v1.QueryMarketResponse & marketchain.moneymarket.v1.QueryMarketResponse.$Shape;
                 *   (properties?: marketchain.moneymarket.v1.QueryMarketResponse.$Properties): marketchain.moneymarket.v1.QueryMarketResponse;
                 * }}
                 */
                QueryMarketResponse.create = function(properties) {
                    return new QueryMarketResponse(properties);
                };

                /**
                 * Encodes the specified QueryMarketResponse message. Does not implicitly {@link marketchain.moneymarket.v1.QueryMarketResponse.verify|verify} messages.
                 * @function encode
                 * @memberof marketchain.moneymarket.v1.QueryMarketResponse
                 * @static
                 * @param {marketchain.moneymarket.v1.QueryMarketResponse.$Properties} message QueryMarketResponse message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                QueryMarketResponse.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.market != null && $Object.hasOwnProperty.call(message, "market"))
                        $root.marketchain.moneymarket.v1.MarketView.encode(message.market, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a QueryMarketResponse message from the specified reader or buffer.
                 * @function decode
                 * @memberof marketchain.moneymarket.v1.QueryMarketResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {marketchain.moneymarket.v1.QueryMarketResponse & marketchain.moneymarket.v1.QueryMarketResponse.$Shape} QueryMarketResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                QueryMarketResponse.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.marketchain.moneymarket.v1.QueryMarketResponse();
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
                                message.market = $root.marketchain.moneymarket.v1.MarketView.decode(reader, reader.size(), $undefined, _depth + 1, message.market);
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
                 * Creates a QueryMarketResponse message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof marketchain.moneymarket.v1.QueryMarketResponse
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {marketchain.moneymarket.v1.QueryMarketResponse} QueryMarketResponse
                 */
                QueryMarketResponse.fromObject = function (object, _depth) {
                    if (object instanceof $root.marketchain.moneymarket.v1.QueryMarketResponse)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".marketchain.moneymarket.v1.QueryMarketResponse: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.marketchain.moneymarket.v1.QueryMarketResponse();
                    if (object.market != null) {
                        if (!$util.isObject(object.market))
                            throw $TypeError(".marketchain.moneymarket.v1.QueryMarketResponse.market: object expected");
                        message.market = $root.marketchain.moneymarket.v1.MarketView.fromObject(object.market, _depth + 1);
                    }
                    return message;
                };

                /**
                 * Creates a plain object from a QueryMarketResponse message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof marketchain.moneymarket.v1.QueryMarketResponse
                 * @static
                 * @param {marketchain.moneymarket.v1.QueryMarketResponse} message QueryMarketResponse
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                QueryMarketResponse.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults)
                        object.market = null;
                    if (message.market != null && $Object.hasOwnProperty.call(message, "market"))
                        object.market = $root.marketchain.moneymarket.v1.MarketView.toObject(message.market, options, _depth + 1);
                    return object;
                };

                /**
                 * Converts this QueryMarketResponse to JSON.
                 * @function toJSON
                 * @memberof marketchain.moneymarket.v1.QueryMarketResponse
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                QueryMarketResponse.prototype.toJSON = function() {
                    return QueryMarketResponse.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for QueryMarketResponse
                 * @function getTypeUrl
                 * @memberof marketchain.moneymarket.v1.QueryMarketResponse
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                QueryMarketResponse.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/marketchain.moneymarket.v1.QueryMarketResponse";
                };

                return QueryMarketResponse;
            })();

            v1.QueryMarketsRequest = (function() {

                /**
                 * Properties of a QueryMarketsRequest.
                 * @typedef {Object} marketchain.moneymarket.v1.QueryMarketsRequest.$Properties
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a QueryMarketsRequest.
                 * @memberof marketchain.moneymarket.v1
                 * @interface IQueryMarketsRequest
                 * @augments marketchain.moneymarket.v1.QueryMarketsRequest.$Properties
                 * @deprecated Use marketchain.moneymarket.v1.QueryMarketsRequest.$Properties instead.
                 */

                /**
                 * Shape of a QueryMarketsRequest.
                 * @typedef {marketchain.moneymarket.v1.QueryMarketsRequest.$Properties} marketchain.moneymarket.v1.QueryMarketsRequest.$Shape
                 */

                /**
                 * Constructs a new QueryMarketsRequest.
                 * @memberof marketchain.moneymarket.v1
                 * @classdesc Represents a QueryMarketsRequest.
                 * @constructor
                 * @param {marketchain.moneymarket.v1.QueryMarketsRequest.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const QueryMarketsRequest = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * Creates a new QueryMarketsRequest instance using the specified properties.
                 * @function create
                 * @memberof marketchain.moneymarket.v1.QueryMarketsRequest
                 * @static
                 * @param {marketchain.moneymarket.v1.QueryMarketsRequest.$Properties=} [properties] Properties to set
                 * @returns {marketchain.moneymarket.v1.QueryMarketsRequest} QueryMarketsRequest instance
                 * @type {{
                 *   (properties: marketchain.moneymarket.v1.QueryMarketsRequest.$Shape): marketchain.moneymarket.v1.QueryMarketsRequest & marketchain.moneymarket.v1.QueryMarketsRequest.$Shape;
                 *   (properties?: marketchain.moneymarket.v1.QueryMarketsRequest.$Properties): marketchain.moneymarket.v1.QueryMarketsRequest;
                 * }}
                 */
                QueryMarketsRequest.create = function(properties) {
                    return new QueryMarketsRequest(properties);
                };

                /**
                 * Encodes the specified QueryMarketsRequest message. Does not implicitly {@link marketchain.moneymarket.v1.QueryMarketsRequest.verify|verify} messages.
                 * @function encode
                 * @memberof marketchain.moneymarket.v1.QueryMarketsRequest
                 * @static
                 * @param {marketchain.moneymarket.v1.QueryMarketsRequest.$Properties} message QueryMarketsRequest message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                QueryMarketsRequest.encode = function (message, writer, _depth) {
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
                 * Decodes a QueryMarketsRequest message from the specified reader or buffer.
                 * @function decode
                 * @memberof marketchain.moneymarket.v1.QueryMarketsRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {marketchain.moneymarket.v1.QueryMarketsRequest & marketchain.moneymarket.v1.QueryMarketsRequest.$Shape} QueryMarketsRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                QueryMarketsRequest.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.marketchain.moneymarket.v1.QueryMarketsRequest();
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
                 * Creates a QueryMarketsRequest message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof marketchain.moneymarket.v1.QueryMarketsRequest
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {marketchain.moneymarket.v1.QueryMarketsRequest} QueryMarketsRequest
                 */
                QueryMarketsRequest.fromObject = function (object, _depth) {
                    if (object instanceof $root.marketchain.moneymarket.v1.QueryMarketsRequest)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".marketchain.moneymarket.v1.QueryMarketsRequest: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    return new $root.marketchain.moneymarket.v1.QueryMarketsRequest();
                };

                /**
                 * Creates a plain object from a QueryMarketsRequest message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof marketchain.moneymarket.v1.QueryMarketsRequest
                 * @static
                 * @param {marketchain.moneymarket.v1.QueryMarketsRequest} message QueryMarketsRequest
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                QueryMarketsRequest.toObject = function () {
                    return {};
                };

                /**
                 * Converts this QueryMarketsRequest to JSON.
                 * @function toJSON
                 * @memberof marketchain.moneymarket.v1.QueryMarketsRequest
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                QueryMarketsRequest.prototype.toJSON = function() {
                    return QueryMarketsRequest.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for QueryMarketsRequest
                 * @function getTypeUrl
                 * @memberof marketchain.moneymarket.v1.QueryMarketsRequest
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                QueryMarketsRequest.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/marketchain.moneymarket.v1.QueryMarketsRequest";
                };

                return QueryMarketsRequest;
            })();

            v1.QueryMarketsResponse = (function() {

                /**
                 * Properties of a QueryMarketsResponse.
                 * @typedef {Object} marketchain.moneymarket.v1.QueryMarketsResponse.$Properties
                 * @property {Array.<marketchain.moneymarket.v1.MarketView.$Properties>|null} [markets] QueryMarketsResponse markets
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a QueryMarketsResponse.
                 * @memberof marketchain.moneymarket.v1
                 * @interface IQueryMarketsResponse
                 * @augments marketchain.moneymarket.v1.QueryMarketsResponse.$Properties
                 * @deprecated Use marketchain.moneymarket.v1.QueryMarketsResponse.$Properties instead.
                 */

                /**
                 * Shape of a QueryMarketsResponse.
                 * @typedef {marketchain.moneymarket.v1.QueryMarketsResponse.$Properties} marketchain.moneymarket.v1.QueryMarketsResponse.$Shape
                 */

                /**
                 * Constructs a new QueryMarketsResponse.
                 * @memberof marketchain.moneymarket.v1
                 * @classdesc Represents a QueryMarketsResponse.
                 * @constructor
                 * @param {marketchain.moneymarket.v1.QueryMarketsResponse.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const QueryMarketsResponse = function (properties) {
                    this.markets = [];
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * QueryMarketsResponse markets.
                 * @member {Array.<marketchain.moneymarket.v1.MarketView.$Properties>} markets
                 * @memberof marketchain.moneymarket.v1.QueryMarketsResponse
                 * @instance
                 */
                QueryMarketsResponse.prototype.markets = $util.emptyArray;

                /**
                 * Creates a new QueryMarketsResponse instance using the specified properties.
                 * @function create
                 * @memberof marketchain.moneymarket.v1.QueryMarketsResponse
                 * @static
                 * @param {marketchain.moneymarket.v1.QueryMarketsResponse.$Properties=} [properties] Properties to set
                 * @returns {marketchain.moneymarket.v1.QueryMarketsResponse} QueryMarketsResponse instance
                 * @type {{
                 *   (properties: marketchain.moneymarket.v1.QueryMarketsResponse.$Shape): marketchain.moneymarket.v1.QueryMarketsResponse & marketchain.moneymarket.v1.QueryMarketsResponse.$Shape;
                 *   (properties?: marketchain.moneymarket.v1.QueryMarketsResponse.$Properties): marketchain.moneymarket.v1.QueryMarketsResponse;
                 * }}
                 */
                QueryMarketsResponse.create = function(properties) {
                    return new QueryMarketsResponse(properties);
                };

                /**
                 * Encodes the specified QueryMarketsResponse message. Does not implicitly {@link marketchain.moneymarket.v1.QueryMarketsResponse.verify|verify} messages.
                 * @function encode
                 * @memberof marketchain.moneymarket.v1.QueryMarketsResponse
                 * @static
                 * @param {marketchain.moneymarket.v1.QueryMarketsResponse.$Properties} message QueryMarketsResponse message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                QueryMarketsResponse.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.markets != null && message.markets.length)
                        for (let i = 0; i < message.markets.length; ++i)
                            $root.marketchain.moneymarket.v1.MarketView.encode(message.markets[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a QueryMarketsResponse message from the specified reader or buffer.
                 * @function decode
                 * @memberof marketchain.moneymarket.v1.QueryMarketsResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {marketchain.moneymarket.v1.QueryMarketsResponse & marketchain.moneymarket.v1.QueryMarketsResponse.$Shape} QueryMarketsResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                QueryMarketsResponse.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.marketchain.moneymarket.v1.QueryMarketsResponse();
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
                                if (!(message.markets && message.markets.length))
                                    message.markets = [];
                                message.markets.push($root.marketchain.moneymarket.v1.MarketView.decode(reader, reader.size(), $undefined, _depth + 1));
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
                 * Creates a QueryMarketsResponse message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof marketchain.moneymarket.v1.QueryMarketsResponse
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {marketchain.moneymarket.v1.QueryMarketsResponse} QueryMarketsResponse
                 */
                QueryMarketsResponse.fromObject = function (object, _depth) {
                    if (object instanceof $root.marketchain.moneymarket.v1.QueryMarketsResponse)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".marketchain.moneymarket.v1.QueryMarketsResponse: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.marketchain.moneymarket.v1.QueryMarketsResponse();
                    if (object.markets) {
                        if (!$Array.isArray(object.markets))
                            throw $TypeError(".marketchain.moneymarket.v1.QueryMarketsResponse.markets: array expected");
                        message.markets = $Array(object.markets.length);
                        for (let i = 0; i < object.markets.length; ++i) {
                            if (!$util.isObject(object.markets[i]))
                                throw $TypeError(".marketchain.moneymarket.v1.QueryMarketsResponse.markets: object expected");
                            message.markets[i] = $root.marketchain.moneymarket.v1.MarketView.fromObject(object.markets[i], _depth + 1);
                        }
                    }
                    return message;
                };

                /**
                 * Creates a plain object from a QueryMarketsResponse message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof marketchain.moneymarket.v1.QueryMarketsResponse
                 * @static
                 * @param {marketchain.moneymarket.v1.QueryMarketsResponse} message QueryMarketsResponse
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                QueryMarketsResponse.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.arrays || options.defaults)
                        object.markets = [];
                    if (message.markets && message.markets.length) {
                        object.markets = $Array(message.markets.length);
                        for (let j = 0; j < message.markets.length; ++j)
                            object.markets[j] = $root.marketchain.moneymarket.v1.MarketView.toObject(message.markets[j], options, _depth + 1);
                    }
                    return object;
                };

                /**
                 * Converts this QueryMarketsResponse to JSON.
                 * @function toJSON
                 * @memberof marketchain.moneymarket.v1.QueryMarketsResponse
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                QueryMarketsResponse.prototype.toJSON = function() {
                    return QueryMarketsResponse.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for QueryMarketsResponse
                 * @function getTypeUrl
                 * @memberof marketchain.moneymarket.v1.QueryMarketsResponse
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                QueryMarketsResponse.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/marketchain.moneymarket.v1.QueryMarketsResponse";
                };

                return QueryMarketsResponse;
            })();

            v1.AccountPosition = (function() {

                /**
                 * Properties of an AccountPosition.
                 * @typedef {Object} marketchain.moneymarket.v1.AccountPosition.$Properties
                 * @property {string|null} [denom] AccountPosition denom
                 * @property {string|null} [supplyBalance] AccountPosition supplyBalance
                 * @property {string|null} [borrowBalance] AccountPosition borrowBalance
                 * @property {string|null} [price] AccountPosition price
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of an AccountPosition.
                 * @memberof marketchain.moneymarket.v1
                 * @interface IAccountPosition
                 * @augments marketchain.moneymarket.v1.AccountPosition.$Properties
                 * @deprecated Use marketchain.moneymarket.v1.AccountPosition.$Properties instead.
                 */

                /**
                 * Shape of an AccountPosition.
                 * @typedef {marketchain.moneymarket.v1.AccountPosition.$Properties} marketchain.moneymarket.v1.AccountPosition.$Shape
                 */

                /**
                 * Constructs a new AccountPosition.
                 * @memberof marketchain.moneymarket.v1
                 * @classdesc Represents an AccountPosition.
                 * @constructor
                 * @param {marketchain.moneymarket.v1.AccountPosition.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const AccountPosition = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * AccountPosition denom.
                 * @member {string} denom
                 * @memberof marketchain.moneymarket.v1.AccountPosition
                 * @instance
                 */
                AccountPosition.prototype.denom = "";

                /**
                 * AccountPosition supplyBalance.
                 * @member {string} supplyBalance
                 * @memberof marketchain.moneymarket.v1.AccountPosition
                 * @instance
                 */
                AccountPosition.prototype.supplyBalance = "";

                /**
                 * AccountPosition borrowBalance.
                 * @member {string} borrowBalance
                 * @memberof marketchain.moneymarket.v1.AccountPosition
                 * @instance
                 */
                AccountPosition.prototype.borrowBalance = "";

                /**
                 * AccountPosition price.
                 * @member {string} price
                 * @memberof marketchain.moneymarket.v1.AccountPosition
                 * @instance
                 */
                AccountPosition.prototype.price = "";

                /**
                 * Creates a new AccountPosition instance using the specified properties.
                 * @function create
                 * @memberof marketchain.moneymarket.v1.AccountPosition
                 * @static
                 * @param {marketchain.moneymarket.v1.AccountPosition.$Properties=} [properties] Properties to set
                 * @returns {marketchain.moneymarket.v1.AccountPosition} AccountPosition instance
                 * @type {{
                 *   (properties: marketchain.moneymarket.v1.AccountPosition.$Shape): marketchain.moneymarket.v1.AccountPosition & marketchain.moneymarket.v1.AccountPosition.$Shape;
                 *   (properties?: marketchain.moneymarket.v1.AccountPosition.$Properties): marketchain.moneymarket.v1.AccountPosition;
                 * }}
                 */
                AccountPosition.create = function(properties) {
                    return new AccountPosition(properties);
                };

                /**
                 * Encodes the specified AccountPosition message. Does not implicitly {@link marketchain.moneymarket.v1.AccountPosition.verify|verify} messages.
                 * @function encode
                 * @memberof marketchain.moneymarket.v1.AccountPosition
                 * @static
                 * @param {marketchain.moneymarket.v1.AccountPosition.$Properties} message AccountPosition message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                AccountPosition.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.denom != null && $Object.hasOwnProperty.call(message, "denom") && message.denom !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.denom);
                    if (message.supplyBalance != null && $Object.hasOwnProperty.call(message, "supplyBalance") && message.supplyBalance !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.supplyBalance);
                    if (message.borrowBalance != null && $Object.hasOwnProperty.call(message, "borrowBalance") && message.borrowBalance !== "")
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.borrowBalance);
                    if (message.price != null && $Object.hasOwnProperty.call(message, "price") && message.price !== "")
                        writer.uint32(/* id 4, wireType 2 =*/34).string(message.price);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes an AccountPosition message from the specified reader or buffer.
                 * @function decode
                 * @memberof marketchain.moneymarket.v1.AccountPosition
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {marketchain.moneymarket.v1.AccountPosition & marketchain.moneymarket.v1.AccountPosition.$Shape} AccountPosition
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                AccountPosition.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.marketchain.moneymarket.v1.AccountPosition();
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
                                    message.denom = value;
                                else
                                    delete message.denom;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.supplyBalance = value;
                                else
                                    delete message.supplyBalance;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.borrowBalance = value;
                                else
                                    delete message.borrowBalance;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.price = value;
                                else
                                    delete message.price;
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
                 * Creates an AccountPosition message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof marketchain.moneymarket.v1.AccountPosition
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {marketchain.moneymarket.v1.AccountPosition} AccountPosition
                 */
                AccountPosition.fromObject = function (object, _depth) {
                    if (object instanceof $root.marketchain.moneymarket.v1.AccountPosition)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".marketchain.moneymarket.v1.AccountPosition: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.marketchain.moneymarket.v1.AccountPosition();
                    if (object.denom != null)
                        if (typeof object.denom !== "string" || object.denom.length)
                            message.denom = $String(object.denom);
                    if (object.supplyBalance != null)
                        if (typeof object.supplyBalance !== "string" || object.supplyBalance.length)
                            message.supplyBalance = $String(object.supplyBalance);
                    if (object.borrowBalance != null)
                        if (typeof object.borrowBalance !== "string" || object.borrowBalance.length)
                            message.borrowBalance = $String(object.borrowBalance);
                    if (object.price != null)
                        if (typeof object.price !== "string" || object.price.length)
                            message.price = $String(object.price);
                    return message;
                };

                /**
                 * Creates a plain object from an AccountPosition message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof marketchain.moneymarket.v1.AccountPosition
                 * @static
                 * @param {marketchain.moneymarket.v1.AccountPosition} message AccountPosition
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                AccountPosition.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.denom = "";
                        object.supplyBalance = "";
                        object.borrowBalance = "";
                        object.price = "";
                    }
                    if (message.denom != null && $Object.hasOwnProperty.call(message, "denom"))
                        object.denom = message.denom;
                    if (message.supplyBalance != null && $Object.hasOwnProperty.call(message, "supplyBalance"))
                        object.supplyBalance = message.supplyBalance;
                    if (message.borrowBalance != null && $Object.hasOwnProperty.call(message, "borrowBalance"))
                        object.borrowBalance = message.borrowBalance;
                    if (message.price != null && $Object.hasOwnProperty.call(message, "price"))
                        object.price = message.price;
                    return object;
                };

                /**
                 * Converts this AccountPosition to JSON.
                 * @function toJSON
                 * @memberof marketchain.moneymarket.v1.AccountPosition
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                AccountPosition.prototype.toJSON = function() {
                    return AccountPosition.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for AccountPosition
                 * @function getTypeUrl
                 * @memberof marketchain.moneymarket.v1.AccountPosition
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                AccountPosition.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/marketchain.moneymarket.v1.AccountPosition";
                };

                return AccountPosition;
            })();

            v1.QueryAccountSnapshotRequest = (function() {

                /**
                 * Properties of a QueryAccountSnapshotRequest.
                 * @typedef {Object} marketchain.moneymarket.v1.QueryAccountSnapshotRequest.$Properties
                 * @property {string|null} [address] QueryAccountSnapshotRequest address
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a QueryAccountSnapshotRequest.
                 * @memberof marketchain.moneymarket.v1
                 * @interface IQueryAccountSnapshotRequest
                 * @augments marketchain.moneymarket.v1.QueryAccountSnapshotRequest.$Properties
                 * @deprecated Use marketchain.moneymarket.v1.QueryAccountSnapshotRequest.$Properties instead.
                 */

                /**
                 * Shape of a QueryAccountSnapshotRequest.
                 * @typedef {marketchain.moneymarket.v1.QueryAccountSnapshotRequest.$Properties} marketchain.moneymarket.v1.QueryAccountSnapshotRequest.$Shape
                 */

                /**
                 * Constructs a new QueryAccountSnapshotRequest.
                 * @memberof marketchain.moneymarket.v1
                 * @classdesc Represents a QueryAccountSnapshotRequest.
                 * @constructor
                 * @param {marketchain.moneymarket.v1.QueryAccountSnapshotRequest.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const QueryAccountSnapshotRequest = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * QueryAccountSnapshotRequest address.
                 * @member {string} address
                 * @memberof marketchain.moneymarket.v1.QueryAccountSnapshotRequest
                 * @instance
                 */
                QueryAccountSnapshotRequest.prototype.address = "";

                /**
                 * Creates a new QueryAccountSnapshotRequest instance using the specified properties.
                 * @function create
                 * @memberof marketchain.moneymarket.v1.QueryAccountSnapshotRequest
                 * @static
                 * @param {marketchain.moneymarket.v1.QueryAccountSnapshotRequest.$Properties=} [properties] Properties to set
                 * @returns {marketchain.moneymarket.v1.QueryAccountSnapshotRequest} QueryAccountSnapshotRequest instance
                 * @type {{
                 *   (properties: marketchain.moneymarket.v1.QueryAccountSnapshotRequest.$Shape): marketchain.moneymarket.v1.QueryAccountSnapshotRequest & marketchain.moneymarket.v1.QueryAccountSnapshotRequest.$Shape;
                 *   (properties?: marketchain.moneymarket.v1.QueryAccountSnapshotRequest.$Properties): marketchain.moneymarket.v1.QueryAccountSnapshotRequest;
                 * }}
                 */
                QueryAccountSnapshotRequest.create = function(properties) {
                    return new QueryAccountSnapshotRequest(properties);
                };

                /**
                 * Encodes the specified QueryAccountSnapshotRequest message. Does not implicitly {@link marketchain.moneymarket.v1.QueryAccountSnapshotRequest.verify|verify} messages.
                 * @function encode
                 * @memberof marketchain.moneymarket.v1.QueryAccountSnapshotRequest
                 * @static
                 * @param {marketchain.moneymarket.v1.QueryAccountSnapshotRequest.$Properties} message QueryAccountSnapshotRequest message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                QueryAccountSnapshotRequest.encode = function (message, writer, _depth) {
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
                 * Decodes a QueryAccountSnapshotRequest message from the specified reader or buffer.
                 * @function decode
                 * @memberof marketchain.moneymarket.v1.QueryAccountSnapshotRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {marketchain.moneymarket.v1.QueryAccountSnapshotRequest & marketchain.moneymarket.v1.QueryAccountSnapshotRequest.$Shape} QueryAccountSnapshotRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                QueryAccountSnapshotRequest.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.marketchain.moneymarket.v1.QueryAccountSnapshotRequest();
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
                 * Creates a QueryAccountSnapshotRequest message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof marketchain.moneymarket.v1.QueryAccountSnapshotRequest
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {marketchain.moneymarket.v1.QueryAccountSnapshotRequest} QueryAccountSnapshotRequest
                 */
                QueryAccountSnapshotRequest.fromObject = function (object, _depth) {
                    if (object instanceof $root.marketchain.moneymarket.v1.QueryAccountSnapshotRequest)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".marketchain.moneymarket.v1.QueryAccountSnapshotRequest: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.marketchain.moneymarket.v1.QueryAccountSnapshotRequest();
                    if (object.address != null)
                        if (typeof object.address !== "string" || object.address.length)
                            message.address = $String(object.address);
                    return message;
                };

                /**
                 * Creates a plain object from a QueryAccountSnapshotRequest message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof marketchain.moneymarket.v1.QueryAccountSnapshotRequest
                 * @static
                 * @param {marketchain.moneymarket.v1.QueryAccountSnapshotRequest} message QueryAccountSnapshotRequest
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                QueryAccountSnapshotRequest.toObject = function (message, options, _depth) {
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
                 * Converts this QueryAccountSnapshotRequest to JSON.
                 * @function toJSON
                 * @memberof marketchain.moneymarket.v1.QueryAccountSnapshotRequest
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                QueryAccountSnapshotRequest.prototype.toJSON = function() {
                    return QueryAccountSnapshotRequest.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for QueryAccountSnapshotRequest
                 * @function getTypeUrl
                 * @memberof marketchain.moneymarket.v1.QueryAccountSnapshotRequest
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                QueryAccountSnapshotRequest.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/marketchain.moneymarket.v1.QueryAccountSnapshotRequest";
                };

                return QueryAccountSnapshotRequest;
            })();

            v1.QueryAccountSnapshotResponse = (function() {

                /**
                 * Properties of a QueryAccountSnapshotResponse.
                 * @typedef {Object} marketchain.moneymarket.v1.QueryAccountSnapshotResponse.$Properties
                 * @property {string|null} [address] QueryAccountSnapshotResponse address
                 * @property {Array.<marketchain.moneymarket.v1.AccountPosition.$Properties>|null} [positions] QueryAccountSnapshotResponse positions
                 * @property {string|null} [supplyValue] QueryAccountSnapshotResponse supplyValue
                 * @property {string|null} [borrowValue] QueryAccountSnapshotResponse borrowValue
                 * @property {string|null} [requiredAtCollateralRatio] QueryAccountSnapshotResponse requiredAtCollateralRatio
                 * @property {string|null} [requiredAtLiquidationRatio] QueryAccountSnapshotResponse requiredAtLiquidationRatio
                 * @property {string|null} [liquidity] QueryAccountSnapshotResponse liquidity
                 * @property {string|null} [shortfall] QueryAccountSnapshotResponse shortfall
                 * @property {string|null} [liquidationShortfall] QueryAccountSnapshotResponse liquidationShortfall
                 * @property {boolean|null} [liquidatable] QueryAccountSnapshotResponse liquidatable
                 * @property {string|null} [missingPrice] QueryAccountSnapshotResponse missingPrice
                 * @property {number|null} [height] QueryAccountSnapshotResponse height
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a QueryAccountSnapshotResponse.
                 * @memberof marketchain.moneymarket.v1
                 * @interface IQueryAccountSnapshotResponse
                 * @augments marketchain.moneymarket.v1.QueryAccountSnapshotResponse.$Properties
                 * @deprecated Use marketchain.moneymarket.v1.QueryAccountSnapshotResponse.$Properties instead.
                 */

                /**
                 * Shape of a QueryAccountSnapshotResponse.
                 * @typedef {marketchain.moneymarket.v1.QueryAccountSnapshotResponse.$Properties} marketchain.moneymarket.v1.QueryAccountSnapshotResponse.$Shape
                 */

                /**
                 * Constructs a new QueryAccountSnapshotResponse.
                 * @memberof marketchain.moneymarket.v1
                 * @classdesc Represents a QueryAccountSnapshotResponse.
                 * @constructor
                 * @param {marketchain.moneymarket.v1.QueryAccountSnapshotResponse.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const QueryAccountSnapshotResponse = function (properties) {
                    this.positions = [];
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * QueryAccountSnapshotResponse address.
                 * @member {string} address
                 * @memberof marketchain.moneymarket.v1.QueryAccountSnapshotResponse
                 * @instance
                 */
                QueryAccountSnapshotResponse.prototype.address = "";

                /**
                 * QueryAccountSnapshotResponse positions.
                 * @member {Array.<marketchain.moneymarket.v1.AccountPosition.$Properties>} positions
                 * @memberof marketchain.moneymarket.v1.QueryAccountSnapshotResponse
                 * @instance
                 */
                QueryAccountSnapshotResponse.prototype.positions = $util.emptyArray;

                /**
                 * QueryAccountSnapshotResponse supplyValue.
                 * @member {string} supplyValue
                 * @memberof marketchain.moneymarket.v1.QueryAccountSnapshotResponse
                 * @instance
                 */
                QueryAccountSnapshotResponse.prototype.supplyValue = "";

                /**
                 * QueryAccountSnapshotResponse borrowValue.
                 * @member {string} borrowValue
                 * @memberof marketchain.moneymarket.v1.QueryAccountSnapshotResponse
                 * @instance
                 */
                QueryAccountSnapshotResponse.prototype.borrowValue = "";

                /**
                 * QueryAccountSnapshotResponse requiredAtCollateralRatio.
                 * @member {string} requiredAtCollateralRatio
                 * @memberof marketchain.moneymarket.v1.QueryAccountSnapshotResponse
                 * @instance
                 */
                QueryAccountSnapshotResponse.prototype.requiredAtCollateralRatio = "";

                /**
                 * QueryAccountSnapshotResponse requiredAtLiquidationRatio.
                 * @member {string} requiredAtLiquidationRatio
                 * @memberof marketchain.moneymarket.v1.QueryAccountSnapshotResponse
                 * @instance
                 */
                QueryAccountSnapshotResponse.prototype.requiredAtLiquidationRatio = "";

                /**
                 * QueryAccountSnapshotResponse liquidity.
                 * @member {string} liquidity
                 * @memberof marketchain.moneymarket.v1.QueryAccountSnapshotResponse
                 * @instance
                 */
                QueryAccountSnapshotResponse.prototype.liquidity = "";

                /**
                 * QueryAccountSnapshotResponse shortfall.
                 * @member {string} shortfall
                 * @memberof marketchain.moneymarket.v1.QueryAccountSnapshotResponse
                 * @instance
                 */
                QueryAccountSnapshotResponse.prototype.shortfall = "";

                /**
                 * QueryAccountSnapshotResponse liquidationShortfall.
                 * @member {string} liquidationShortfall
                 * @memberof marketchain.moneymarket.v1.QueryAccountSnapshotResponse
                 * @instance
                 */
                QueryAccountSnapshotResponse.prototype.liquidationShortfall = "";

                /**
                 * QueryAccountSnapshotResponse liquidatable.
                 * @member {boolean} liquidatable
                 * @memberof marketchain.moneymarket.v1.QueryAccountSnapshotResponse
                 * @instance
                 */
                QueryAccountSnapshotResponse.prototype.liquidatable = false;

                /**
                 * QueryAccountSnapshotResponse missingPrice.
                 * @member {string} missingPrice
                 * @memberof marketchain.moneymarket.v1.QueryAccountSnapshotResponse
                 * @instance
                 */
                QueryAccountSnapshotResponse.prototype.missingPrice = "";

                /**
                 * QueryAccountSnapshotResponse height.
                 * @member {number} height
                 * @memberof marketchain.moneymarket.v1.QueryAccountSnapshotResponse
                 * @instance
                 */
                QueryAccountSnapshotResponse.prototype.height = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Creates a new QueryAccountSnapshotResponse instance using the specified properties.
                 * @function create
                 * @memberof marketchain.moneymarket.v1.QueryAccountSnapshotResponse
                 * @static
                 * @param {marketchain.moneymarket.v1.QueryAccountSnapshotResponse.$Properties=} [properties] Properties to set
                 * @returns {marketchain.moneymarket.v1.QueryAccountSnapshotResponse} QueryAccountSnapshotResponse instance
                 * @type {{
                 *   (properties: marketchain.moneymarket.v1.QueryAccountSnapshotResponse.$Shape): marketchain.moneymarket.v1.QueryAccountSnapshotResponse & marketchain.moneymarket.v1.QueryAccountSnapshotResponse.$Shape;
                 *   (properties?: marketchain.moneymarket.v1.QueryAccountSnapshotResponse.$Properties): marketchain.moneymarket.v1.QueryAccountSnapshotResponse;
                 * }}
                 */
                QueryAccountSnapshotResponse.create = function(properties) {
                    return new QueryAccountSnapshotResponse(properties);
                };

                /**
                 * Encodes the specified QueryAccountSnapshotResponse message. Does not implicitly {@link marketchain.moneymarket.v1.QueryAccountSnapshotResponse.verify|verify} messages.
                 * @function encode
                 * @memberof marketchain.moneymarket.v1.QueryAccountSnapshotResponse
                 * @static
                 * @param {marketchain.moneymarket.v1.QueryAccountSnapshotResponse.$Properties} message QueryAccountSnapshotResponse message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                QueryAccountSnapshotResponse.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.address != null && $Object.hasOwnProperty.call(message, "address") && message.address !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.address);
                    if (message.positions != null && message.positions.length)
                        for (let i = 0; i < message.positions.length; ++i)
                            $root.marketchain.moneymarket.v1.AccountPosition.encode(message.positions[i], writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                    if (message.supplyValue != null && $Object.hasOwnProperty.call(message, "supplyValue") && message.supplyValue !== "")
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.supplyValue);
                    if (message.borrowValue != null && $Object.hasOwnProperty.call(message, "borrowValue") && message.borrowValue !== "")
                        writer.uint32(/* id 4, wireType 2 =*/34).string(message.borrowValue);
                    if (message.requiredAtCollateralRatio != null && $Object.hasOwnProperty.call(message, "requiredAtCollateralRatio") && message.requiredAtCollateralRatio !== "")
                        writer.uint32(/* id 5, wireType 2 =*/42).string(message.requiredAtCollateralRatio);
                    if (message.requiredAtLiquidationRatio != null && $Object.hasOwnProperty.call(message, "requiredAtLiquidationRatio") && message.requiredAtLiquidationRatio !== "")
                        writer.uint32(/* id 6, wireType 2 =*/50).string(message.requiredAtLiquidationRatio);
                    if (message.liquidity != null && $Object.hasOwnProperty.call(message, "liquidity") && message.liquidity !== "")
                        writer.uint32(/* id 7, wireType 2 =*/58).string(message.liquidity);
                    if (message.shortfall != null && $Object.hasOwnProperty.call(message, "shortfall") && message.shortfall !== "")
                        writer.uint32(/* id 8, wireType 2 =*/66).string(message.shortfall);
                    if (message.liquidationShortfall != null && $Object.hasOwnProperty.call(message, "liquidationShortfall") && message.liquidationShortfall !== "")
                        writer.uint32(/* id 9, wireType 2 =*/74).string(message.liquidationShortfall);
                    if (message.liquidatable != null && $Object.hasOwnProperty.call(message, "liquidatable") && message.liquidatable !== false)
                        writer.uint32(/* id 10, wireType 0 =*/80).bool(message.liquidatable);
                    if (message.missingPrice != null && $Object.hasOwnProperty.call(message, "missingPrice") && message.missingPrice !== "")
                        writer.uint32(/* id 11, wireType 2 =*/90).string(message.missingPrice);
                    if (message.height != null && $Object.hasOwnProperty.call(message, "height") && (typeof message.height === "object" ? message.height.low || message.height.high : message.height !== 0))
                        writer.uint32(/* id 12, wireType 0 =*/96).uint64(message.height);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a QueryAccountSnapshotResponse message from the specified reader or buffer.
                 * @function decode
                 * @memberof marketchain.moneymarket.v1.QueryAccountSnapshotResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {marketchain.moneymarket.v1.QueryAccountSnapshotResponse & marketchain.moneymarket.v1.QueryAccountSnapshotResponse.$Shape} QueryAccountSnapshotResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                QueryAccountSnapshotResponse.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.marketchain.moneymarket.v1.QueryAccountSnapshotResponse();
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
                                if (!(message.positions && message.positions.length))
                                    message.positions = [];
                                message.positions.push($root.marketchain.moneymarket.v1.AccountPosition.decode(reader, reader.size(), $undefined, _depth + 1));
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.supplyValue = value;
                                else
                                    delete message.supplyValue;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.borrowValue = value;
                                else
                                    delete message.borrowValue;
                                continue;
                            }
                        case 5: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.requiredAtCollateralRatio = value;
                                else
                                    delete message.requiredAtCollateralRatio;
                                continue;
                            }
                        case 6: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.requiredAtLiquidationRatio = value;
                                else
                                    delete message.requiredAtLiquidationRatio;
                                continue;
                            }
                        case 7: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.liquidity = value;
                                else
                                    delete message.liquidity;
                                continue;
                            }
                        case 8: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.shortfall = value;
                                else
                                    delete message.shortfall;
                                continue;
                            }
                        case 9: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.liquidationShortfall = value;
                                else
                                    delete message.liquidationShortfall;
                                continue;
                            }
                        case 10: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.bool())
                                    message.liquidatable = value;
                                else
                                    delete message.liquidatable;
                                continue;
                            }
                        case 11: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.missingPrice = value;
                                else
                                    delete message.missingPrice;
                                continue;
                            }
                        case 12: {
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
                 * Creates a QueryAccountSnapshotResponse message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof marketchain.moneymarket.v1.QueryAccountSnapshotResponse
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {marketchain.moneymarket.v1.QueryAccountSnapshotResponse} QueryAccountSnapshotResponse
                 */
                QueryAccountSnapshotResponse.fromObject = function (object, _depth) {
                    if (object instanceof $root.marketchain.moneymarket.v1.QueryAccountSnapshotResponse)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".marketchain.moneymarket.v1.QueryAccountSnapshotResponse: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.marketchain.moneymarket.v1.QueryAccountSnapshotResponse();
                    if (object.address != null)
                        if (typeof object.address !== "string" || object.address.length)
                            message.address = $String(object.address);
                    if (object.positions) {
                        if (!$Array.isArray(object.positions))
                            throw $TypeError(".marketchain.moneymarket.v1.QueryAccountSnapshotResponse.positions: array expected");
                        message.positions = $Array(object.positions.length);
                        for (let i = 0; i < object.positions.length; ++i) {
                            if (!$util.isObject(object.positions[i]))
                                throw $TypeError(".marketchain.moneymarket.v1.QueryAccountSnapshotResponse.positions: object expected");
                            message.positions[i] = $root.marketchain.moneymarket.v1.AccountPosition.fromObject(object.positions[i], _depth + 1);
                        }
                    }
                    if (object.supplyValue != null)
                        if (typeof object.supplyValue !== "string" || object.supplyValue.length)
                            message.supplyValue = $String(object.supplyValue);
                    if (object.borrowValue != null)
                        if (typeof object.borrowValue !== "string" || object.borrowValue.length)
                            message.borrowValue = $String(object.borrowValue);
                    if (object.requiredAtCollateralRatio != null)
                        if (typeof object.requiredAtCollateralRatio !== "string" || object.requiredAtCollateralRatio.length)
                            message.requiredAtCollateralRatio = $String(object.requiredAtCollateralRatio);
                    if (object.requiredAtLiquidationRatio != null)
                        if (typeof object.requiredAtLiquidationRatio !== "string" || object.requiredAtLiquidationRatio.length)
                            message.requiredAtLiquidationRatio = $String(object.requiredAtLiquidationRatio);
                    if (object.liquidity != null)
                        if (typeof object.liquidity !== "string" || object.liquidity.length)
                            message.liquidity = $String(object.liquidity);
                    if (object.shortfall != null)
                        if (typeof object.shortfall !== "string" || object.shortfall.length)
                            message.shortfall = $String(object.shortfall);
                    if (object.liquidationShortfall != null)
                        if (typeof object.liquidationShortfall !== "string" || object.liquidationShortfall.length)
                            message.liquidationShortfall = $String(object.liquidationShortfall);
                    if (object.liquidatable != null)
                        if (object.liquidatable)
                            message.liquidatable = $Boolean(object.liquidatable);
                    if (object.missingPrice != null)
                        if (typeof object.missingPrice !== "string" || object.missingPrice.length)
                            message.missingPrice = $String(object.missingPrice);
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
                 * Creates a plain object from a QueryAccountSnapshotResponse message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof marketchain.moneymarket.v1.QueryAccountSnapshotResponse
                 * @static
                 * @param {marketchain.moneymarket.v1.QueryAccountSnapshotResponse} message QueryAccountSnapshotResponse
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                QueryAccountSnapshotResponse.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.arrays || options.defaults)
                        object.positions = [];
                    if (options.defaults) {
                        object.address = "";
                        object.supplyValue = "";
                        object.borrowValue = "";
                        object.requiredAtCollateralRatio = "";
                        object.requiredAtLiquidationRatio = "";
                        object.liquidity = "";
                        object.shortfall = "";
                        object.liquidationShortfall = "";
                        object.liquidatable = false;
                        object.missingPrice = "";
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.height = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.height = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    }
                    if (message.address != null && $Object.hasOwnProperty.call(message, "address"))
                        object.address = message.address;
                    if (message.positions && message.positions.length) {
                        object.positions = $Array(message.positions.length);
                        for (let j = 0; j < message.positions.length; ++j)
                            object.positions[j] = $root.marketchain.moneymarket.v1.AccountPosition.toObject(message.positions[j], options, _depth + 1);
                    }
                    if (message.supplyValue != null && $Object.hasOwnProperty.call(message, "supplyValue"))
                        object.supplyValue = message.supplyValue;
                    if (message.borrowValue != null && $Object.hasOwnProperty.call(message, "borrowValue"))
                        object.borrowValue = message.borrowValue;
                    if (message.requiredAtCollateralRatio != null && $Object.hasOwnProperty.call(message, "requiredAtCollateralRatio"))
                        object.requiredAtCollateralRatio = message.requiredAtCollateralRatio;
                    if (message.requiredAtLiquidationRatio != null && $Object.hasOwnProperty.call(message, "requiredAtLiquidationRatio"))
                        object.requiredAtLiquidationRatio = message.requiredAtLiquidationRatio;
                    if (message.liquidity != null && $Object.hasOwnProperty.call(message, "liquidity"))
                        object.liquidity = message.liquidity;
                    if (message.shortfall != null && $Object.hasOwnProperty.call(message, "shortfall"))
                        object.shortfall = message.shortfall;
                    if (message.liquidationShortfall != null && $Object.hasOwnProperty.call(message, "liquidationShortfall"))
                        object.liquidationShortfall = message.liquidationShortfall;
                    if (message.liquidatable != null && $Object.hasOwnProperty.call(message, "liquidatable"))
                        object.liquidatable = message.liquidatable;
                    if (message.missingPrice != null && $Object.hasOwnProperty.call(message, "missingPrice"))
                        object.missingPrice = message.missingPrice;
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
                 * Converts this QueryAccountSnapshotResponse to JSON.
                 * @function toJSON
                 * @memberof marketchain.moneymarket.v1.QueryAccountSnapshotResponse
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                QueryAccountSnapshotResponse.prototype.toJSON = function() {
                    return QueryAccountSnapshotResponse.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for QueryAccountSnapshotResponse
                 * @function getTypeUrl
                 * @memberof marketchain.moneymarket.v1.QueryAccountSnapshotResponse
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                QueryAccountSnapshotResponse.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/marketchain.moneymarket.v1.QueryAccountSnapshotResponse";
                };

                return QueryAccountSnapshotResponse;
            })();

            v1.QueryLedgerRequest = (function() {

                /**
                 * Properties of a QueryLedgerRequest.
                 * @typedef {Object} marketchain.moneymarket.v1.QueryLedgerRequest.$Properties
                 * @property {string|null} [denom] QueryLedgerRequest denom
                 * @property {marketchain.moneymarket.v1.PageRequest.$Properties|null} [pagination] QueryLedgerRequest pagination
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a QueryLedgerRequest.
                 * @memberof marketchain.moneymarket.v1
                 * @interface IQueryLedgerRequest
                 * @augments marketchain.moneymarket.v1.QueryLedgerRequest.$Properties
                 * @deprecated Use marketchain.moneymarket.v1.QueryLedgerRequest.$Properties instead.
                 */

                /**
                 * Shape of a QueryLedgerRequest.
                 * @typedef {marketchain.moneymarket.v1.QueryLedgerRequest.$Properties} marketchain.moneymarket.v1.QueryLedgerRequest.$Shape
                 */

                /**
                 * Constructs a new QueryLedgerRequest.
                 * @memberof marketchain.moneymarket.v1
                 * @classdesc Represents a QueryLedgerRequest.
                 * @constructor
                 * @param {marketchain.moneymarket.v1.QueryLedgerRequest.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const QueryLedgerRequest = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * QueryLedgerRequest denom.
                 * @member {string} denom
                 * @memberof marketchain.moneymarket.v1.QueryLedgerRequest
                 * @instance
                 */
                QueryLedgerRequest.prototype.denom = "";

                /**
                 * QueryLedgerRequest pagination.
                 * @member {marketchain.moneymarket.v1.PageRequest.$Properties|null|undefined} pagination
                 * @memberof marketchain.moneymarket.v1.QueryLedgerRequest
                 * @instance
                 */
                QueryLedgerRequest.prototype.pagination = null;

                /**
                 * Creates a new QueryLedgerRequest instance using the specified properties.
                 * @function create
                 * @memberof marketchain.moneymarket.v1.QueryLedgerRequest
                 * @static
                 * @param {marketchain.moneymarket.v1.QueryLedgerRequest.$Properties=} [properties] Properties to set
                 * @returns {marketchain.moneymarket.v1.QueryLedgerRequest} QueryLedgerRequest instance
                 * @type {{
                 *   (properties: marketchain.moneymarket.v1.QueryLedgerRequest.$Shape): marketchain.moneymarket.v1.QueryLedgerRequest & marketchain.moneymarket.v1.QueryLedgerRequest.$Shape;
                 *   (properties?: marketchain.moneymarket.v1.QueryLedgerRequest.$Properties): marketchain.moneymarket.v1.QueryLedgerRequest;
                 * }}
                 */
                QueryLedgerRequest.create = function(properties) {
                    return new QueryLedgerRequest(properties);
                };

                /**
                 * Encodes the specified QueryLedgerRequest message. Does not implicitly {@link marketchain.moneymarket.v1.QueryLedgerRequest.verify|verify} messages.
                 * @function encode
                 * @memberof marketchain.moneymarket.v1.QueryLedgerRequest
                 * @static
                 * @param {marketchain.moneymarket.v1.QueryLedgerRequest.$Properties} message QueryLedgerRequest message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                QueryLedgerRequest.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.denom != null && $Object.hasOwnProperty.call(message, "denom") && message.denom !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.denom);
                    if (message.pagination != null && $Object.hasOwnProperty.call(message, "pagination"))
                        $root.marketchain.moneymarket.v1.PageRequest.encode(message.pagination, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a QueryLedgerRequest message from the specified reader or buffer.
                 * @function decode
                 * @memberof marketchain.moneymarket.v1.QueryLedgerRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {marketchain.moneymarket.v1.QueryLedgerRequest & marketchain.moneymarket.v1.QueryLedgerRequest.$Shape} QueryLedgerRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                QueryLedgerRequest.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.marketchain.moneymarket.v1.QueryLedgerRequest();
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
                                    message.denom = value;
                                else
                                    delete message.denom;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                message.pagination = $root.marketchain.moneymarket.v1.PageRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.pagination);
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
                 * Creates a QueryLedgerRequest message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof marketchain.moneymarket.v1.QueryLedgerRequest
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {marketchain.moneymarket.v1.QueryLedgerRequest} QueryLedgerRequest
                 */
                QueryLedgerRequest.fromObject = function (object, _depth) {
                    if (object instanceof $root.marketchain.moneymarket.v1.QueryLedgerRequest)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".marketchain.moneymarket.v1.QueryLedgerRequest: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.marketchain.moneymarket.v1.QueryLedgerRequest();
                    if (object.denom != null)
                        if (typeof object.denom !== "string" || object.denom.length)
                            message.denom = $String(object.denom);
                    if (object.pagination != null) {
                        if (!$util.isObject(object.pagination))
                            throw $TypeError(".marketchain.moneymarket.v1.QueryLedgerRequest.pagination: object expected");
                        message.pagination = $root.marketchain.moneymarket.v1.PageRequest.fromObject(object.pagination, _depth + 1);
                    }
                    return message;
                };

                /**
                 * Creates a plain object from a QueryLedgerRequest message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof marketchain.moneymarket.v1.QueryLedgerRequest
                 * @static
                 * @param {marketchain.moneymarket.v1.QueryLedgerRequest} message QueryLedgerRequest
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                QueryLedgerRequest.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.denom = "";
                        object.pagination = null;
                    }
                    if (message.denom != null && $Object.hasOwnProperty.call(message, "denom"))
                        object.denom = message.denom;
                    if (message.pagination != null && $Object.hasOwnProperty.call(message, "pagination"))
                        object.pagination = $root.marketchain.moneymarket.v1.PageRequest.toObject(message.pagination, options, _depth + 1);
                    return object;
                };

                /**
                 * Converts this QueryLedgerRequest to JSON.
                 * @function toJSON
                 * @memberof marketchain.moneymarket.v1.QueryLedgerRequest
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                QueryLedgerRequest.prototype.toJSON = function() {
                    return QueryLedgerRequest.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for QueryLedgerRequest
                 * @function getTypeUrl
                 * @memberof marketchain.moneymarket.v1.QueryLedgerRequest
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                QueryLedgerRequest.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/marketchain.moneymarket.v1.QueryLedgerRequest";
                };

                return QueryLedgerRequest;
            })();

            v1.QueryLedgerResponse = (function() {

                /**
                 * Properties of a QueryLedgerResponse.
                 * @typedef {Object} marketchain.moneymarket.v1.QueryLedgerResponse.$Properties
                 * @property {Array.<marketchain.moneymarket.v1.LedgerEntry.$Properties>|null} [entries] QueryLedgerResponse entries
                 * @property {marketchain.moneymarket.v1.PageResponse.$Properties|null} [pagination] QueryLedgerResponse pagination
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a QueryLedgerResponse.
                 * @memberof marketchain.moneymarket.v1
                 * @interface IQueryLedgerResponse
                 * @augments marketchain.moneymarket.v1.QueryLedgerResponse.$Properties
                 * @deprecated Use marketchain.moneymarket.v1.QueryLedgerResponse.$Properties instead.
                 */

                /**
                 * Shape of a QueryLedgerResponse.
                 * @typedef {marketchain.moneymarket.v1.QueryLedgerResponse.$Properties} marketchain.moneymarket.v1.QueryLedgerResponse.$Shape
                 */

                /**
                 * Constructs a new QueryLedgerResponse.
                 * @memberof marketchain.moneymarket.v1
                 * @classdesc Represents a QueryLedgerResponse.
                 * @constructor
                 * @param {marketchain.moneymarket.v1.QueryLedgerResponse.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const QueryLedgerResponse = function (properties) {
                    this.entries = [];
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * QueryLedgerResponse entries.
                 * @member {Array.<marketchain.moneymarket.v1.LedgerEntry.$Properties>} entries
                 * @memberof marketchain.moneymarket.v1.QueryLedgerResponse
                 * @instance
                 */
                QueryLedgerResponse.prototype.entries = $util.emptyArray;

                /**
                 * QueryLedgerResponse pagination.
                 * @member {marketchain.moneymarket.v1.PageResponse.$Properties|null|undefined} pagination
                 * @memberof marketchain.moneymarket.v1.QueryLedgerResponse
                 * @instance
                 */
                QueryLedgerResponse.prototype.pagination = null;

                /**
                 * Creates a new QueryLedgerResponse instance using the specified properties.
                 * @function create
                 * @memberof marketchain.moneymarket.v1.QueryLedgerResponse
                 * @static
                 * @param {marketchain.moneymarket.v1.QueryLedgerResponse.$Properties=} [properties] Properties to set
                 * @returns {marketchain.moneymarket.v1.QueryLedgerResponse} QueryLedgerResponse instance
                 * @type {{
                 *   (properties: marketchain.moneymarket.v1.QueryLedgerResponse.$Shape): marketchain.moneymarket.v1.QueryLedgerResponse & marketchain.moneymarket.v1.QueryLedgerResponse.$Shape;
                 *   (properties?: marketchain.moneymarket.v1.QueryLedgerResponse.$Properties): marketchain.moneymarket.v1.QueryLedgerResponse;
                 * }}
                 */
                QueryLedgerResponse.create = function(properties) {
                    return new QueryLedgerResponse(properties);
                };

                /**
                 * Encodes the specified QueryLedgerResponse message. Does not implicitly {@link marketchain.moneymarket.v1.QueryLedgerResponse.verify|verify} messages.
                 * @function encode
                 * @memberof marketchain.moneymarket.v1.QueryLedgerResponse
                 * @static
                 * @param {marketchain.moneymarket.v1.QueryLedgerResponse.$Properties} message QueryLedgerResponse message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                QueryLedgerResponse.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.entries != null && message.entries.length)
                        for (let i = 0; i < message.entries.length; ++i)
                            $root.marketchain.moneymarket.v1.LedgerEntry.encode(message.entries[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                    if (message.pagination != null && $Object.hasOwnProperty.call(message, "pagination"))
                        $root.marketchain.moneymarket.v1.PageResponse.encode(message.pagination, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a QueryLedgerResponse message from the specified reader or buffer.
                 * @function decode
                 * @memberof marketchain.moneymarket.v1.QueryLedgerResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {marketchain.moneymarket.v1.QueryLedgerResponse & marketchain.moneymarket.v1.QueryLedgerResponse.$Shape} QueryLedgerResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                QueryLedgerResponse.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.marketchain.moneymarket.v1.QueryLedgerResponse();
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
                                if (!(message.entries && message.entries.length))
                                    message.entries = [];
                                message.entries.push($root.marketchain.moneymarket.v1.LedgerEntry.decode(reader, reader.size(), $undefined, _depth + 1));
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                message.pagination = $root.marketchain.moneymarket.v1.PageResponse.decode(reader, reader.size(), $undefined, _depth + 1, message.pagination);
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
                 * Creates a QueryLedgerResponse message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof marketchain.moneymarket.v1.QueryLedgerResponse
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {marketchain.moneymarket.v1.QueryLedgerResponse} QueryLedgerResponse
                 */
                QueryLedgerResponse.fromObject = function (object, _depth) {
                    if (object instanceof $root.marketchain.moneymarket.v1.QueryLedgerResponse)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".marketchain.moneymarket.v1.QueryLedgerResponse: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.marketchain.moneymarket.v1.QueryLedgerResponse();
                    if (object.entries) {
                        if (!$Array.isArray(object.entries))
                            throw $TypeError(".marketchain.moneymarket.v1.QueryLedgerResponse.entries: array expected");
                        message.entries = $Array(object.entries.length);
                        for (let i = 0; i < object.entries.length; ++i) {
                            if (!$util.isObject(object.entries[i]))
                                throw $TypeError(".marketchain.moneymarket.v1.QueryLedgerResponse.entries: object expected");
                            message.entries[i] = $root.marketchain.moneymarket.v1.LedgerEntry.fromObject(object.entries[i], _depth + 1);
                        }
                    }
                    if (object.pagination != null) {
                        if (!$util.isObject(object.pagination))
                            throw $TypeError(".marketchain.moneymarket.v1.QueryLedgerResponse.pagination: object expected");
                        message.pagination = $root.marketchain.moneymarket.v1.PageResponse.fromObject(object.pagination, _depth + 1);
                    }
                    return message;
                };

                /**
                 * Creates a plain object from a QueryLedgerResponse message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof marketchain.moneymarket.v1.QueryLedgerResponse
                 * @static
                 * @param {marketchain.moneymarket.v1.QueryLedgerResponse} message QueryLedgerResponse
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                QueryLedgerResponse.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.arrays || options.defaults)
                        object.entries = [];
                    if (options.defaults)
                        object.pagination = null;
                    if (message.entries && message.entries.length) {
                        object.entries = $Array(message.entries.length);
                        for (let j = 0; j < message.entries.length; ++j)
                            object.entries[j] = $root.marketchain.moneymarket.v1.LedgerEntry.toObject(message.entries[j], options, _depth + 1);
                    }
                    if (message.pagination != null && $Object.hasOwnProperty.call(message, "pagination"))
                        object.pagination = $root.marketchain.moneymarket.v1.PageResponse.toObject(message.pagination, options, _depth + 1);
                    return object;
                };

                /**
                 * Converts this QueryLedgerResponse to JSON.
                 * @function toJSON
                 * @memberof marketchain.moneymarket.v1.QueryLedgerResponse
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                QueryLedgerResponse.prototype.toJSON = function() {
                    return QueryLedgerResponse.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for QueryLedgerResponse
                 * @function getTypeUrl
                 * @memberof marketchain.moneymarket.v1.QueryLedgerResponse
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                QueryLedgerResponse.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/marketchain.moneymarket.v1.QueryLedgerResponse";
                };

                return QueryLedgerResponse;
            })();

            v1.QueryRateHistoryRequest = (function() {

                /**
                 * Properties of a QueryRateHistoryRequest.
                 * @typedef {Object} marketchain.moneymarket.v1.QueryRateHistoryRequest.$Properties
                 * @property {string|null} [denom] QueryRateHistoryRequest denom
                 * @property {marketchain.moneymarket.v1.PageRequest.$Properties|null} [pagination] QueryRateHistoryRequest pagination
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a QueryRateHistoryRequest.
                 * @memberof marketchain.moneymarket.v1
                 * @interface IQueryRateHistoryRequest
                 * @augments marketchain.moneymarket.v1.QueryRateHistoryRequest.$Properties
                 * @deprecated Use marketchain.moneymarket.v1.QueryRateHistoryRequest.$Properties instead.
                 */

                /**
                 * Shape of a QueryRateHistoryRequest.
                 * @typedef {marketchain.moneymarket.v1.QueryRateHistoryRequest.$Properties} marketchain.moneymarket.v1.QueryRateHistoryRequest.$Shape
                 */

                /**
                 * Constructs a new QueryRateHistoryRequest.
                 * @memberof marketchain.moneymarket.v1
                 * @classdesc Represents a QueryRateHistoryRequest.
                 * @constructor
                 * @param {marketchain.moneymarket.v1.QueryRateHistoryRequest.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const QueryRateHistoryRequest = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * QueryRateHistoryRequest denom.
                 * @member {string} denom
                 * @memberof marketchain.moneymarket.v1.QueryRateHistoryRequest
                 * @instance
                 */
                QueryRateHistoryRequest.prototype.denom = "";

                /**
                 * QueryRateHistoryRequest pagination.
                 * @member {marketchain.moneymarket.v1.PageRequest.$Properties|null|undefined} pagination
                 * @memberof marketchain.moneymarket.v1.QueryRateHistoryRequest
                 * @instance
                 */
                QueryRateHistoryRequest.prototype.pagination = null;

                /**
                 * Creates a new QueryRateHistoryRequest instance using the specified properties.
                 * @function create
                 * @memberof marketchain.moneymarket.v1.QueryRateHistoryRequest
                 * @static
                 * @param {marketchain.moneymarket.v1.QueryRateHistoryRequest.$Properties=} [properties] Properties to set
                 * @returns {marketchain.moneymarket.v1.QueryRateHistoryRequest} QueryRateHistoryRequest instance
                 * @type {{
                 *   (properties: marketchain.moneymarket.v1.QueryRateHistoryRequest.$Shape): marketchain.moneymarket.v1.QueryRateHistoryRequest & marketchain.moneymarket.v1.QueryRateHistoryRequest.$Shape;
                 *   (properties?: marketchain.moneymarket.v1.QueryRateHistoryRequest.$Properties): marketchain.moneymarket.v1.QueryRateHistoryRequest;
                 * }}
                 */
                QueryRateHistoryRequest.create = function(properties) {
                    return new QueryRateHistoryRequest(properties);
                };

                /**
                 * Encodes the specified QueryRateHistoryRequest message. Does not implicitly {@link marketchain.moneymarket.v1.QueryRateHistoryRequest.verify|verify} messages.
                 * @function encode
                 * @memberof marketchain.moneymarket.v1.QueryRateHistoryRequest
                 * @static
                 * @param {marketchain.moneymarket.v1.QueryRateHistoryRequest.$Properties} message QueryRateHistoryRequest message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                QueryRateHistoryRequest.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.denom != null && $Object.hasOwnProperty.call(message, "denom") && message.denom !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.denom);
                    if (message.pagination != null && $Object.hasOwnProperty.call(message, "pagination"))
                        $root.marketchain.moneymarket.v1.PageRequest.encode(message.pagination, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a QueryRateHistoryRequest message from the specified reader or buffer.
                 * @function decode
                 * @memberof marketchain.moneymarket.v1.QueryRateHistoryRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {marketchain.moneymarket.v1.QueryRateHistoryRequest & marketchain.moneymarket.v1.QueryRateHistoryRequest.$Shape} QueryRateHistoryRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                QueryRateHistoryRequest.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.marketchain.moneymarket.v1.QueryRateHistoryRequest();
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
                                    message.denom = value;
                                else
                                    delete message.denom;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                message.pagination = $root.marketchain.moneymarket.v1.PageRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.pagination);
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
                 * Creates a QueryRateHistoryRequest message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof marketchain.moneymarket.v1.QueryRateHistoryRequest
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {marketchain.moneymarket.v1.QueryRateHistoryRequest} QueryRateHistoryRequest
                 */
                QueryRateHistoryRequest.fromObject = function (object, _depth) {
                    if (object instanceof $root.marketchain.moneymarket.v1.QueryRateHistoryRequest)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".marketchain.moneymarket.v1.QueryRateHistoryRequest: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.marketchain.moneymarket.v1.QueryRateHistoryRequest();
                    if (object.denom != null)
                        if (typeof object.denom !== "string" || object.denom.length)
                            message.denom = $String(object.denom);
                    if (object.pagination != null) {
                        if (!$util.isObject(object.pagination))
                            throw $TypeError(".marketchain.moneymarket.v1.QueryRateHistoryRequest.pagination: object expected");
                        message.pagination = $root.marketchain.moneymarket.v1.PageRequest.fromObject(object.pagination, _depth + 1);
                    }
                    return message;
                };

                /**
                 * Creates a plain object from a QueryRateHistoryRequest message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof marketchain.moneymarket.v1.QueryRateHistoryRequest
                 * @static
                 * @param {marketchain.moneymarket.v1.QueryRateHistoryRequest} message QueryRateHistoryRequest
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                QueryRateHistoryRequest.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.denom = "";
                        object.pagination = null;
                    }
                    if (message.denom != null && $Object.hasOwnProperty.call(message, "denom"))
                        object.denom = message.denom;
                    if (message.pagination != null && $Object.hasOwnProperty.call(message, "pagination"))
                        object.pagination = $root.marketchain.moneymarket.v1.PageRequest.toObject(message.pagination, options, _depth + 1);
                    return object;
                };

                /**
                 * Converts this QueryRateHistoryRequest to JSON.
                 * @function toJSON
                 * @memberof marketchain.moneymarket.v1.QueryRateHistoryRequest
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                QueryRateHistoryRequest.prototype.toJSON = function() {
                    return QueryRateHistoryRequest.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for QueryRateHistoryRequest
                 * @function getTypeUrl
                 * @memberof marketchain.moneymarket.v1.QueryRateHistoryRequest
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                QueryRateHistoryRequest.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/marketchain.moneymarket.v1.QueryRateHistoryRequest";
                };

                return QueryRateHistoryRequest;
            })();

            v1.QueryRateHistoryResponse = (function() {

                /**
                 * Properties of a QueryRateHistoryResponse.
                 * @typedef {Object} marketchain.moneymarket.v1.QueryRateHistoryResponse.$Properties
                 * @property {Array.<marketchain.moneymarket.v1.RateRecord.$Properties>|null} [records] QueryRateHistoryResponse records
                 * @property {marketchain.moneymarket.v1.PageResponse.$Properties|null} [pagination] QueryRateHistoryResponse pagination
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a QueryRateHistoryResponse.
                 * @memberof marketchain.moneymarket.v1
                 * @interface IQueryRateHistoryResponse
                 * @augments marketchain.moneymarket.v1.QueryRateHistoryResponse.$Properties
                 * @deprecated Use marketchain.moneymarket.v1.QueryRateHistoryResponse.$Properties instead.
                 */

                /**
                 * Shape of a QueryRateHistoryResponse.
                 * @typedef {marketchain.moneymarket.v1.QueryRateHistoryResponse.$Properties} marketchain.moneymarket.v1.QueryRateHistoryResponse.$Shape
                 */

                /**
                 * Constructs a new QueryRateHistoryResponse.
                 * @memberof marketchain.moneymarket.v1
                 * @classdesc Represents a QueryRateHistoryResponse.
                 * @constructor
                 * @param {marketchain.moneymarket.v1.QueryRateHistoryResponse.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const QueryRateHistoryResponse = function (properties) {
                    this.records = [];
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * QueryRateHistoryResponse records.
                 * @member {Array.<marketchain.moneymarket.v1.RateRecord.$Properties>} records
                 * @memberof marketchain.moneymarket.v1.QueryRateHistoryResponse
                 * @instance
                 */
                QueryRateHistoryResponse.prototype.records = $util.emptyArray;

                /**
                 * QueryRateHistoryResponse pagination.
                 * @member {marketchain.moneymarket.v1.PageResponse.$Properties|null|undefined} pagination
                 * @memberof marketchain.moneymarket.v1.QueryRateHistoryResponse
                 * @instance
                 */
                QueryRateHistoryResponse.prototype.pagination = null;

                /**
                 * Creates a new QueryRateHistoryResponse instance using the specified properties.
                 * @function create
                 * @memberof marketchain.moneymarket.v1.QueryRateHistoryResponse
                 * @static
                 * @param {marketchain.moneymarket.v1.QueryRateHistoryResponse.$Properties=} [properties] Properties to set
                 * @returns {marketchain.moneymarket.v1.QueryRateHistoryResponse} QueryRateHistoryResponse instance
                 * @type {{
                 *   (properties: marketchain.moneymarket.v1.QueryRateHistoryResponse.$Shape): marketchain.moneymarket.v1.QueryRateHistoryResponse & marketchain.moneymarket.v1.QueryRateHistoryResponse.$Shape;
                 *   (properties?: marketchain.moneymarket.v1.QueryRateHistoryResponse.$Properties): marketchain.moneymarket.v1.QueryRateHistoryResponse;
                 * }}
                 */
                QueryRateHistoryResponse.create = function(properties) {
                    return new QueryRateHistoryResponse(properties);
                };

                /**
                 * Encodes the specified QueryRateHistoryResponse message. Does not implicitly {@link marketchain.moneymarket.v1.QueryRateHistoryResponse.verify|verify} messages.
                 * @function encode
                 * @memberof marketchain.moneymarket.v1.QueryRateHistoryResponse
                 * @static
                 * @param {marketchain.moneymarket.v1.QueryRateHistoryResponse.$Properties} message QueryRateHistoryResponse message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                QueryRateHistoryResponse.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.records != null && message.records.length)
                        for (let i = 0; i < message.records.length; ++i)
                            $root.marketchain.moneymarket.v1.RateRecord.encode(message.records[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                    if (message.pagination != null && $Object.hasOwnProperty.call(message, "pagination"))
                        $root.marketchain.moneymarket.v1.PageResponse.encode(message.pagination, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a QueryRateHistoryResponse message from the specified reader or buffer.
                 * @function decode
                 * @memberof marketchain.moneymarket.v1.QueryRateHistoryResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {marketchain.moneymarket.v1.QueryRateHistoryResponse & marketchain.moneymarket.v1.QueryRateHistoryResponse.$Shape} QueryRateHistoryResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                QueryRateHistoryResponse.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.marketchain.moneymarket.v1.QueryRateHistoryResponse();
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
                                if (!(message.records && message.records.length))
                                    message.records = [];
                                message.records.push($root.marketchain.moneymarket.v1.RateRecord.decode(reader, reader.size(), $undefined, _depth + 1));
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                message.pagination = $root.marketchain.moneymarket.v1.PageResponse.decode(reader, reader.size(), $undefined, _depth + 1, message.pagination);
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
                 * Creates a QueryRateHistoryResponse message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof marketchain.moneymarket.v1.QueryRateHistoryResponse
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {marketchain.moneymarket.v1.QueryRateHistoryResponse} QueryRateHistoryResponse
                 */
                QueryRateHistoryResponse.fromObject = function (object, _depth) {
                    if (object instanceof $root.marketchain.moneymarket.v1.QueryRateHistoryResponse)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".marketchain.moneymarket.v1.QueryRateHistoryResponse: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.marketchain.moneymarket.v1.QueryRateHistoryResponse();
                    if (object.records) {
                        if (!$Array.isArray(object.records))
                            throw $TypeError(".marketchain.moneymarket.v1.QueryRateHistoryResponse.records: array expected");
                        message.records = $Array(object.records.length);
                        for (let i = 0; i < object.records.length; ++i) {
                            if (!$util.isObject(object.records[i]))
                                throw $TypeError(".marketchain.moneymarket.v1.QueryRateHistoryResponse.records: object expected");
                            message.records[i] = $root.marketchain.moneymarket.v1.RateRecord.fromObject(object.records[i], _depth + 1);
                        }
                    }
                    if (object.pagination != null) {
                        if (!$util.isObject(object.pagination))
                            throw $TypeError(".marketchain.moneymarket.v1.QueryRateHistoryResponse.pagination: object expected");
                        message.pagination = $root.marketchain.moneymarket.v1.PageResponse.fromObject(object.pagination, _depth + 1);
                    }
                    return message;
                };

                /**
                 * Creates a plain object from a QueryRateHistoryResponse message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof marketchain.moneymarket.v1.QueryRateHistoryResponse
                 * @static
                 * @param {marketchain.moneymarket.v1.QueryRateHistoryResponse} message QueryRateHistoryResponse
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                QueryRateHistoryResponse.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.arrays || options.defaults)
                        object.records = [];
                    if (options.defaults)
                        object.pagination = null;
                    if (message.records && message.records.length) {
                        object.records = $Array(message.records.length);
                        for (let j = 0; j < message.records.length; ++j)
                            object.records[j] = $root.marketchain.moneymarket.v1.RateRecord.toObject(message.records[j], options, _depth + 1);
                    }
                    if (message.pagination != null && $Object.hasOwnProperty.call(message, "pagination"))
                        object.pagination = $root.marketchain.moneymarket.v1.PageResponse.toObject(message.pagination, options, _depth + 1);
                    return object;
                };

                /**
                 * Converts this QueryRateHistoryResponse to JSON.
                 * @function toJSON
                 * @memberof marketchain.moneymarket.v1.QueryRateHistoryResponse
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                QueryRateHistoryResponse.prototype.toJSON = function() {
                    return QueryRateHistoryResponse.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for QueryRateHistoryResponse
                 * @function getTypeUrl
                 * @memberof marketchain.moneymarket.v1.QueryRateHistoryResponse
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                QueryRateHistoryResponse.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/marketchain.moneymarket.v1.QueryRateHistoryResponse";
                };

                return QueryRateHistoryResponse;
            })();

            v1.QueryBalanceSheetRequest = (function() {

                /**
                 * Properties of a QueryBalanceSheetRequest.
                 * @typedef {Object} marketchain.moneymarket.v1.QueryBalanceSheetRequest.$Properties
                 * @property {string|null} [denom] QueryBalanceSheetRequest denom
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a QueryBalanceSheetRequest.
                 * @memberof marketchain.moneymarket.v1
                 * @interface IQueryBalanceSheetRequest
                 * @augments marketchain.moneymarket.v1.QueryBalanceSheetRequest.$Properties
                 * @deprecated Use marketchain.moneymarket.v1.QueryBalanceSheetRequest.$Properties instead.
                 */

                /**
                 * Shape of a QueryBalanceSheetRequest.
                 * @typedef {marketchain.moneymarket.v1.QueryBalanceSheetRequest.$Properties} marketchain.moneymarket.v1.QueryBalanceSheetRequest.$Shape
                 */

                /**
                 * Constructs a new QueryBalanceSheetRequest.
                 * @memberof marketchain.moneymarket.v1
                 * @classdesc Represents a QueryBalanceSheetRequest.
                 * @constructor
                 * @param {marketchain.moneymarket.v1.QueryBalanceSheetRequest.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const QueryBalanceSheetRequest = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * QueryBalanceSheetRequest denom.
                 * @member {string} denom
                 * @memberof marketchain.moneymarket.v1.QueryBalanceSheetRequest
                 * @instance
                 */
                QueryBalanceSheetRequest.prototype.denom = "";

                /**
                 * Creates a new QueryBalanceSheetRequest instance using the specified properties.
                 * @function create
                 * @memberof marketchain.moneymarket.v1.QueryBalanceSheetRequest
                 * @static
                 * @param {marketchain.moneymarket.v1.QueryBalanceSheetRequest.$Properties=} [properties] Properties to set
                 * @returns {marketchain.moneymarket.v1.QueryBalanceSheetRequest} QueryBalanceSheetRequest instance
                 * @type {{
                 *   (properties: marketchain.moneymarket.v1.QueryBalanceSheetRequest.$Shape): marketchain.moneymarket.v1.QueryBalanceSheetRequest & marketchain.moneymarket.v1.QueryBalanceSheetRequest.$Shape;
                 *   (properties?: marketchain.moneymarket.v1.QueryBalanceSheetRequest.$Properties): marketchain.moneymarket.v1.QueryBalanceSheetRequest;
                 * }}
                 */
                QueryBalanceSheetRequest.create = function(properties) {
                    return new QueryBalanceSheetRequest(properties);
                };

                /**
                 * Encodes the specified QueryBalanceSheetRequest message. Does not implicitly {@link marketchain.moneymarket.v1.QueryBalanceSheetRequest.verify|verify} messages.
                 * @function encode
                 * @memberof marketchain.moneymarket.v1.QueryBalanceSheetRequest
                 * @static
                 * @param {marketchain.moneymarket.v1.QueryBalanceSheetRequest.$Properties} message QueryBalanceSheetRequest message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                QueryBalanceSheetRequest.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.denom != null && $Object.hasOwnProperty.call(message, "denom") && message.denom !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.denom);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a QueryBalanceSheetRequest message from the specified reader or buffer.
                 * @function decode
                 * @memberof marketchain.moneymarket.v1.QueryBalanceSheetRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {marketchain.moneymarket.v1.QueryBalanceSheetRequest & marketchain.moneymarket.v1.QueryBalanceSheetRequest.$Shape} QueryBalanceSheetRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                QueryBalanceSheetRequest.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.marketchain.moneymarket.v1.QueryBalanceSheetRequest();
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
                                    message.denom = value;
                                else
                                    delete message.denom;
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
                 * Creates a QueryBalanceSheetRequest message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof marketchain.moneymarket.v1.QueryBalanceSheetRequest
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {marketchain.moneymarket.v1.QueryBalanceSheetRequest} QueryBalanceSheetRequest
                 */
                QueryBalanceSheetRequest.fromObject = function (object, _depth) {
                    if (object instanceof $root.marketchain.moneymarket.v1.QueryBalanceSheetRequest)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".marketchain.moneymarket.v1.QueryBalanceSheetRequest: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.marketchain.moneymarket.v1.QueryBalanceSheetRequest();
                    if (object.denom != null)
                        if (typeof object.denom !== "string" || object.denom.length)
                            message.denom = $String(object.denom);
                    return message;
                };

                /**
                 * Creates a plain object from a QueryBalanceSheetRequest message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof marketchain.moneymarket.v1.QueryBalanceSheetRequest
                 * @static
                 * @param {marketchain.moneymarket.v1.QueryBalanceSheetRequest} message QueryBalanceSheetRequest
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                QueryBalanceSheetRequest.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults)
                        object.denom = "";
                    if (message.denom != null && $Object.hasOwnProperty.call(message, "denom"))
                        object.denom = message.denom;
                    return object;
                };

                /**
                 * Converts this QueryBalanceSheetRequest to JSON.
                 * @function toJSON
                 * @memberof marketchain.moneymarket.v1.QueryBalanceSheetRequest
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                QueryBalanceSheetRequest.prototype.toJSON = function() {
                    return QueryBalanceSheetRequest.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for QueryBalanceSheetRequest
                 * @function getTypeUrl
                 * @memberof marketchain.moneymarket.v1.QueryBalanceSheetRequest
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                QueryBalanceSheetRequest.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/marketchain.moneymarket.v1.QueryBalanceSheetRequest";
                };

                return QueryBalanceSheetRequest;
            })();

            v1.QueryBalanceSheetResponse = (function() {

                /**
                 * Properties of a QueryBalanceSheetResponse.
                 * @typedef {Object} marketchain.moneymarket.v1.QueryBalanceSheetResponse.$Properties
                 * @property {string|null} [denom] QueryBalanceSheetResponse denom
                 * @property {string|null} [cash] QueryBalanceSheetResponse cash
                 * @property {string|null} [borrows] QueryBalanceSheetResponse borrows
                 * @property {string|null} [supply] QueryBalanceSheetResponse supply
                 * @property {string|null} [equity] QueryBalanceSheetResponse equity
                 * @property {boolean|null} [balanced] QueryBalanceSheetResponse balanced
                 * @property {number|null} [blockNumber] QueryBalanceSheetResponse blockNumber
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a QueryBalanceSheetResponse.
                 * @memberof marketchain.moneymarket.v1
                 * @interface IQueryBalanceSheetResponse
                 * @augments marketchain.moneymarket.v1.QueryBalanceSheetResponse.$Properties
                 * @deprecated Use marketchain.moneymarket.v1.QueryBalanceSheetResponse.$Properties instead.
                 */

                /**
                 * Shape of a QueryBalanceSheetResponse.
                 * @typedef {marketchain.moneymarket.v1.QueryBalanceSheetResponse.$Properties} marketchain.moneymarket.v1.QueryBalanceSheetResponse.$Shape
                 */

                /**
                 * Constructs a new QueryBalanceSheetResponse.
                 * @memberof marketchain.moneymarket.v1
                 * @classdesc Represents a QueryBalanceSheetResponse.
                 * @constructor
                 * @param {marketchain.moneymarket.v1.QueryBalanceSheetResponse.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const QueryBalanceSheetResponse = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * QueryBalanceSheetResponse denom.
                 * @member {string} denom
                 * @memberof marketchain.moneymarket.v1.QueryBalanceSheetResponse
                 * @instance
                 */
                QueryBalanceSheetResponse.prototype.denom = "";

                /**
                 * QueryBalanceSheetResponse cash.
                 * @member {string} cash
                 * @memberof marketchain.moneymarket.v1.QueryBalanceSheetResponse
                 * @instance
                 */
                QueryBalanceSheetResponse.prototype.cash = "";

                /**
                 * QueryBalanceSheetResponse borrows.
                 * @member {string} borrows
                 * @memberof marketchain.moneymarket.v1.QueryBalanceSheetResponse
                 * @instance
                 */
                QueryBalanceSheetResponse.prototype.borrows = "";

                /**
                 * QueryBalanceSheetResponse supply.
                 * @member {string} supply
                 * @memberof marketchain.moneymarket.v1.QueryBalanceSheetResponse
                 * @instance
                 */
                QueryBalanceSheetResponse.prototype.supply = "";

                /**
                 * QueryBalanceSheetResponse equity.
                 * @member {string} equity
                 * @memberof marketchain.moneymarket.v1.QueryBalanceSheetResponse
                 * @instance
                 */
                QueryBalanceSheetResponse.prototype.equity = "";

                /**
                 * QueryBalanceSheetResponse balanced.
                 * @member {boolean} balanced
                 * @memberof marketchain.moneymarket.v1.QueryBalanceSheetResponse
                 * @instance
                 */
                QueryBalanceSheetResponse.prototype.balanced = false;

                /**
                 * QueryBalanceSheetResponse blockNumber.
                 * @member {number} blockNumber
                 * @memberof marketchain.moneymarket.v1.QueryBalanceSheetResponse
                 * @instance
                 */
                QueryBalanceSheetResponse.prototype.blockNumber = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Creates a new QueryBalanceSheetResponse instance using the specified properties.
                 * @function create
                 * @memberof marketchain.moneymarket.v1.QueryBalanceSheetResponse
                 * @static
                 * @param {marketchain.moneymarket.v1.QueryBalanceSheetResponse.$Properties=} [properties] Properties to set
                 * @returns {marketchain.moneymarket.v1.QueryBalanceSheetResponse} QueryBalanceSheetResponse instance
                 * @type {{
                 *   (properties: marketchain.moneymarket.v1.QueryBalanceSheetResponse.$Shape): marketchain.moneymarket.v1.QueryBalanceSheetResponse & marketchain.moneymarket.v1.QueryBalanceSheetResponse.$Shape;
                 *   (properties?: marketchain.moneymarket.v1.QueryBalanceSheetResponse.$Properties): marketchain.moneymarket.v1.QueryBalanceSheetResponse;
                 * }}
                 */
                QueryBalanceSheetResponse.create = function(properties) {
                    return new QueryBalanceSheetResponse(properties);
                };

                /**
                 * Encodes the specified QueryBalanceSheetResponse message. Does not implicitly {@link marketchain.moneymarket.v1.QueryBalanceSheetResponse.verify|verify} messages.
                 * @function encode
                 * @memberof marketchain.moneymarket.v1.QueryBalanceSheetResponse
                 * @static
                 * @param {marketchain.moneymarket.v1.QueryBalanceSheetResponse.$Properties} message QueryBalanceSheetResponse message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                QueryBalanceSheetResponse.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.denom != null && $Object.hasOwnProperty.call(message, "denom") && message.denom !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.denom);
                    if (message.cash != null && $Object.hasOwnProperty.call(message, "cash") && message.cash !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.cash);
                    if (message.borrows != null && $Object.hasOwnProperty.call(message, "borrows") && message.borrows !== "")
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.borrows);
                    if (message.supply != null && $Object.hasOwnProperty.call(message, "supply") && message.supply !== "")
                        writer.uint32(/* id 4, wireType 2 =*/34).string(message.supply);
                    if (message.equity != null && $Object.hasOwnProperty.call(message, "equity") && message.equity !== "")
                        writer.uint32(/* id 5, wireType 2 =*/42).string(message.equity);
                    if (message.balanced != null && $Object.hasOwnProperty.call(message, "balanced") && message.balanced !== false)
                        writer.uint32(/* id 6, wireType 0 =*/48).bool(message.balanced);
                    if (message.blockNumber != null && $Object.hasOwnProperty.call(message, "blockNumber") && (typeof message.blockNumber === "object" ? message.blockNumber.low || message.blockNumber.high : message.blockNumber !== 0))
                        writer.uint32(/* id 7, wireType 0 =*/56).uint64(message.blockNumber);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a QueryBalanceSheetResponse message from the specified reader or buffer.
                 * @function decode
                 * @memberof marketchain.moneymarket.v1.QueryBalanceSheetResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {marketchain.moneymarket.v1.QueryBalanceSheetResponse & marketchain.moneymarket.v1.QueryBalanceSheetResponse.$Shape} QueryBalanceSheetResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                QueryBalanceSheetResponse.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.marketchain.moneymarket.v1.QueryBalanceSheetResponse();
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
                                    message.denom = value;
                                else
                                    delete message.denom;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.cash = value;
                                else
                                    delete message.cash;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.borrows = value;
                                else
                                    delete message.borrows;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.supply = value;
                                else
                                    delete message.supply;
                                continue;
                            }
                        case 5: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.equity = value;
                                else
                                    delete message.equity;
                                continue;
                            }
                        case 6: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.bool())
                                    message.balanced = value;
                                else
                                    delete message.balanced;
                                continue;
                            }
                        case 7: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.blockNumber = value;
                                else
                                    delete message.blockNumber;
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
                 * Creates a QueryBalanceSheetResponse message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof marketchain.moneymarket.v1.QueryBalanceSheetResponse
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {marketchain.moneymarket.v1.QueryBalanceSheetResponse} QueryBalanceSheetResponse
                 */
                QueryBalanceSheetResponse.fromObject = function (object, _depth) {
                    if (object instanceof $root.marketchain.moneymarket.v1.QueryBalanceSheetResponse)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".marketchain.moneymarket.v1.QueryBalanceSheetResponse: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.marketchain.moneymarket.v1.QueryBalanceSheetResponse();
                    if (object.denom != null)
                        if (typeof object.denom !== "string" || object.denom.length)
                            message.denom = $String(object.denom);
                    if (object.cash != null)
                        if (typeof object.cash !== "string" || object.cash.length)
                            message.cash = $String(object.cash);
                    if (object.borrows != null)
                        if (typeof object.borrows !== "string" || object.borrows.length)
                            message.borrows = $String(object.borrows);
                    if (object.supply != null)
                        if (typeof object.supply !== "string" || object.supply.length)
                            message.supply = $String(object.supply);
                    if (object.equity != null)
                        if (typeof object.equity !== "string" || object.equity.length)
                            message.equity = $String(object.equity);
                    if (object.balanced != null)
                        if (object.balanced)
                            message.balanced = $Boolean(object.balanced);
                    if (object.blockNumber != null)
                        if (typeof object.blockNumber === "object" ? object.blockNumber.low || object.blockNumber.high : $Number(object.blockNumber) !== 0)
                            if ($util.Long)
                                message.blockNumber = $util.Long.fromValue(object.blockNumber, true);
                            else if (typeof object.blockNumber === "string")
                                message.blockNumber = $parseInt(object.blockNumber, 10);
                            else if (typeof object.blockNumber === "number")
                                message.blockNumber = object.blockNumber;
                            else if (typeof object.blockNumber === "object")
                                message.blockNumber = new $util.LongBits(object.blockNumber.low >>> 0, object.blockNumber.high >>> 0).toNumber(true);
                    return message;
                };

                /**
                 * Creates a plain object from a QueryBalanceSheetResponse message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof marketchain.moneymarket.v1.QueryBalanceSheetResponse
                 * @static
                 * @param {marketchain.moneymarket.v1.QueryBalanceSheetResponse} message QueryBalanceSheetResponse
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                QueryBalanceSheetResponse.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.denom = "";
                        object.cash = "";
                        object.borrows = "";
                        object.supply = "";
                        object.equity = "";
                        object.balanced = false;
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.blockNumber = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.blockNumber = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    }
                    if (message.denom != null && $Object.hasOwnProperty.call(message, "denom"))
                        object.denom = message.denom;
                    if (message.cash != null && $Object.hasOwnProperty.call(message, "cash"))
                        object.cash = message.cash;
                    if (message.borrows != null && $Object.hasOwnProperty.call(message, "borrows"))
                        object.borrows = message.borrows;
                    if (message.supply != null && $Object.hasOwnProperty.call(message, "supply"))
                        object.supply = message.supply;
                    if (message.equity != null && $Object.hasOwnProperty.call(message, "equity"))
                        object.equity = message.equity;
                    if (message.balanced != null && $Object.hasOwnProperty.call(message, "balanced"))
                        object.balanced = message.balanced;
                    if (message.blockNumber != null && $Object.hasOwnProperty.call(message, "blockNumber"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.blockNumber = typeof message.blockNumber === "number" ? $BigInt(message.blockNumber) : $util.Long.fromBits(message.blockNumber.low >>> 0, message.blockNumber.high >>> 0, true).toBigInt();
                        else if (typeof message.blockNumber === "number")
                            object.blockNumber = options.longs === $String ? $String(message.blockNumber) : message.blockNumber;
                        else
                            object.blockNumber = options.longs === $String ? $util.Long.prototype.toString.call(message.blockNumber) : options.longs === $Number ? new $util.LongBits(message.blockNumber.low >>> 0, message.blockNumber.high >>> 0).toNumber(true) : message.blockNumber;
                    return object;
                };

                /**
                 * Converts this QueryBalanceSheetResponse to JSON.
                 * @function toJSON
                 * @memberof marketchain.moneymarket.v1.QueryBalanceSheetResponse
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                QueryBalanceSheetResponse.prototype.toJSON = function() {
                    return QueryBalanceSheetResponse.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for QueryBalanceSheetResponse
                 * @function getTypeUrl
                 * @memberof marketchain.moneymarket.v1.QueryBalanceSheetResponse
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                QueryBalanceSheetResponse.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/marketchain.moneymarket.v1.QueryBalanceSheetResponse";
                };

                return QueryBalanceSheetResponse;
            })();

            v1.InterestRateModel = (function() {

                /**
                 * Properties of an InterestRateModel.
                 * @typedef {Object} marketchain.moneymarket.v1.InterestRateModel.$Properties
                 * @property {string|null} [kind] InterestRateModel kind
                 * @property {string|null} [baseRate] InterestRateModel baseRate
                 * @property {string|null} [slope] InterestRateModel slope
                 * @property {number|null} [spreadBps] InterestRateModel spreadBps
                 * @property {string|null} [fixedSupplyRate] InterestRateModel fixedSupplyRate
                 * @property {string|null} [fixedBorrowRate] InterestRateModel fixedBorrowRate
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of an InterestRateModel.
                 * @memberof marketchain.moneymarket.v1
                 * @interface IInterestRateModel
                 * @augments marketchain.moneymarket.v1.InterestRateModel.$Properties
                 * @deprecated Use marketchain.moneymarket.v1.InterestRateModel.$Properties instead.
                 */

                /**
                 * Shape of an InterestRateModel.
                 * @typedef {marketchain.moneymarket.v1.InterestRateModel.$Properties} marketchain.moneymarket.v1.InterestRateModel.$Shape
                 */

                /**
                 * Constructs a new InterestRateModel.
                 * @memberof marketchain.moneymarket.v1
                 * @classdesc Represents an InterestRateModel.
                 * @constructor
                 * @param {marketchain.moneymarket.v1.InterestRateModel.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const InterestRateModel = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * InterestRateModel kind.
                 * @member {string} kind
                 * @memberof marketchain.moneymarket.v1.InterestRateModel
                 * @instance
                 */
                InterestRateModel.prototype.kind = "";

                /**
                 * InterestRateModel baseRate.
                 * @member {string} baseRate
                 * @memberof marketchain.moneymarket.v1.InterestRateModel
                 * @instance
                 */
                InterestRateModel.prototype.baseRate = "";

                /**
                 * InterestRateModel slope.
                 * @member {string} slope
                 * @memberof marketchain.moneymarket.v1.InterestRateModel
                 * @instance
                 */
                InterestRateModel.prototype.slope = "";

                /**
                 * InterestRateModel spreadBps.
                 * @member {number} spreadBps
                 * @memberof marketchain.moneymarket.v1.InterestRateModel
                 * @instance
                 */
                InterestRateModel.prototype.spreadBps = 0;

                /**
                 * InterestRateModel fixedSupplyRate.
                 * @member {string} fixedSupplyRate
                 * @memberof marketchain.moneymarket.v1.InterestRateModel
                 * @instance
                 */
                InterestRateModel.prototype.fixedSupplyRate = "";

                /**
                 * InterestRateModel fixedBorrowRate.
                 * @member {string} fixedBorrowRate
                 * @memberof marketchain.moneymarket.v1.InterestRateModel
                 * @instance
                 */
                InterestRateModel.prototype.fixedBorrowRate = "";

                /**
                 * Creates a new InterestRateModel instance using the specified properties.
                 * @function create
                 * @memberof marketchain.moneymarket.v1.InterestRateModel
                 * @static
                 * @param {marketchain.moneymarket.v1.InterestRateModel.$Properties=} [properties] Properties to set
                 * @returns {marketchain.moneymarket.v1.InterestRateModel} InterestRateModel instance
                 * @type {{
                 *   (properties: marketchain.moneymarket.v1.InterestRateModel.$Shape): marketchain.moneymarket.v1.InterestRateModel & marketchain.moneymarket.v1.InterestRateModel.$Shape;
                 *   (properties?: marketchain.moneymarket.v1.InterestRateModel.$Properties): marketchain.moneymarket.v1.InterestRateModel;
                 * }}
                 */
                InterestRateModel.create = function(properties) {
                    return new InterestRateModel(properties);
                };

                /**
                 * Encodes the specified InterestRateModel message. Does not implicitly {@link marketchain.moneymarket.v1.InterestRateModel.verify|verify} messages.
                 * @function encode
                 * @memberof marketchain.moneymarket.v1.InterestRateModel
                 * @static
                 * @param {marketchain.moneymarket.v1.InterestRateModel.$Properties} message InterestRateModel message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                InterestRateModel.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.kind != null && $Object.hasOwnProperty.call(message, "kind") && message.kind !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.kind);
                    if (message.baseRate != null && $Object.hasOwnProperty.call(message, "baseRate") && message.baseRate !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.baseRate);
                    if (message.slope != null && $Object.hasOwnProperty.call(message, "slope") && message.slope !== "")
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.slope);
                    if (message.spreadBps != null && $Object.hasOwnProperty.call(message, "spreadBps") && message.spreadBps !== 0)
                        writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.spreadBps);
                    if (message.fixedSupplyRate != null && $Object.hasOwnProperty.call(message, "fixedSupplyRate") && message.fixedSupplyRate !== "")
                        writer.uint32(/* id 5, wireType 2 =*/42).string(message.fixedSupplyRate);
                    if (message.fixedBorrowRate != null && $Object.hasOwnProperty.call(message, "fixedBorrowRate") && message.fixedBorrowRate !== "")
                        writer.uint32(/* id 6, wireType 2 =*/50).string(message.fixedBorrowRate);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes an InterestRateModel message from the specified reader or buffer.
                 * @function decode
                 * @memberof marketchain.moneymarket.v1.InterestRateModel
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {marketchain.moneymarket.v1.InterestRateModel & marketchain.moneymarket.v1.InterestRateModel.$Shape} InterestRateModel
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                InterestRateModel.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.marketchain.moneymarket.v1.InterestRateModel();
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
                                    message.kind = value;
                                else
                                    delete message.kind;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.baseRate = value;
                                else
                                    delete message.baseRate;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.slope = value;
                                else
                                    delete message.slope;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.spreadBps = value;
                                else
                                    delete message.spreadBps;
                                continue;
                            }
                        case 5: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.fixedSupplyRate = value;
                                else
                                    delete message.fixedSupplyRate;
                                continue;
                            }
                        case 6: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.fixedBorrowRate = value;
                                else
                                    delete message.fixedBorrowRate;
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
                 * Creates an InterestRateModel message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof marketchain.moneymarket.v1.InterestRateModel
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {marketchain.moneymarket.v1.InterestRateModel} InterestRateModel
                 */
                InterestRateModel.fromObject = function (object, _depth) {
                    if (object instanceof $root.marketchain.moneymarket.v1.InterestRateModel)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".marketchain.moneymarket.v1.InterestRateModel: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.marketchain.moneymarket.v1.InterestRateModel();
                    if (object.kind != null)
                        if (typeof object.kind !== "string" || object.kind.length)
                            message.kind = $String(object.kind);
                    if (object.baseRate != null)
                        if (typeof object.baseRate !== "string" || object.baseRate.length)
                            message.baseRate = $String(object.baseRate);
                    if (object.slope != null)
                        if (typeof object.slope !== "string" || object.slope.length)
                            message.slope = $String(object.slope);
                    if (object.spreadBps != null)
                        if ($Number(object.spreadBps) !== 0)
                            message.spreadBps = object.spreadBps >>> 0;
                    if (object.fixedSupplyRate != null)
                        if (typeof object.fixedSupplyRate !== "string" || object.fixedSupplyRate.length)
                            message.fixedSupplyRate = $String(object.fixedSupplyRate);
                    if (object.fixedBorrowRate != null)
                        if (typeof object.fixedBorrowRate !== "string" || object.fixedBorrowRate.length)
                            message.fixedBorrowRate = $String(object.fixedBorrowRate);
                    return message;
                };

                /**
                 * Creates a plain object from an InterestRateModel message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof marketchain.moneymarket.v1.InterestRateModel
                 * @static
                 * @param {marketchain.moneymarket.v1.InterestRateModel} message InterestRateModel
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                InterestRateModel.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.kind = "";
                        object.baseRate = "";
                        object.slope = "";
                        object.spreadBps = 0;
                        object.fixedSupplyRate = "";
                        object.fixedBorrowRate = "";
                    }
                    if (message.kind != null && $Object.hasOwnProperty.call(message, "kind"))
                        object.kind = message.kind;
                    if (message.baseRate != null && $Object.hasOwnProperty.call(message, "baseRate"))
                        object.baseRate = message.baseRate;
                    if (message.slope != null && $Object.hasOwnProperty.call(message, "slope"))
                        object.slope = message.slope;
                    if (message.spreadBps != null && $Object.hasOwnProperty.call(message, "spreadBps"))
                        object.spreadBps = message.spreadBps;
                    if (message.fixedSupplyRate != null && $Object.hasOwnProperty.call(message, "fixedSupplyRate"))
                        object.fixedSupplyRate = message.fixedSupplyRate;
                    if (message.fixedBorrowRate != null && $Object.hasOwnProperty.call(message, "fixedBorrowRate"))
                        object.fixedBorrowRate = message.fixedBorrowRate;
                    return object;
                };

                /**
                 * Converts this InterestRateModel to JSON.
                 * @function toJSON
                 * @memberof marketchain.moneymarket.v1.InterestRateModel
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                InterestRateModel.prototype.toJSON = function() {
                    return InterestRateModel.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for InterestRateModel
                 * @function getTypeUrl
                 * @memberof marketchain.moneymarket.v1.InterestRateModel
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                InterestRateModel.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/marketchain.moneymarket.v1.InterestRateModel";
                };

                return InterestRateModel;
            })();

            v1.Params = (function() {

                /**
                 * Properties of a Params.
                 * @typedef {Object} marketchain.moneymarket.v1.Params.$Properties
                 * @property {string|null} [admin] Params admin
                 * @property {string|null} [pendingAdmin] Params pendingAdmin
                 * @property {string|null} [oracle] Params oracle
                 * @property {string|null} [collateralRatio] Params collateralRatio
                 * @property {string|null} [liquidationRatio] Params liquidationRatio
                 * @property {string|null} [liquidationDiscount] Params liquidationDiscount
                 * @property {string|null} [originationFee] Params originationFee
                 * @property {number|null} [blocksPerYear] Params blocksPerYear
                 * @property {number|null} [maxMarkets] Params maxMarkets
                 * @property {string|null} [maxPriceMove] Params maxPriceMove
                 * @property {string|null} [maxBorrowRate] Params maxBorrowRate
                 * @property {boolean|null} [paused] Params paused
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a Params.
                 * @memberof marketchain.moneymarket.v1
                 * @interface IParams
                 * @augments marketchain.moneymarket.v1.Params.$Properties
                 * @deprecated Use marketchain.moneymarket.v1.Params.$Properties instead.
                 */

                /**
                 * Shape of a Params.
                 * @typedef {marketchain.moneymarket.v1.Params.$Properties} marketchain.moneymarket.v1.Params.$Shape
                 */

                /**
                 * Constructs a new Params.
                 * @memberof marketchain.moneymarket.v1
                 * @classdesc Represents a Params.
                 * @constructor
                 * @param {marketchain.moneymarket.v1.Params.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const Params = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * Params admin.
                 * @member {string} admin
                 * @memberof marketchain.moneymarket.v1.Params
                 * @instance
                 */
                Params.prototype.admin = "";

                /**
                 * Params pendingAdmin.
                 * @member {string} pendingAdmin
                 * @memberof marketchain.moneymarket.v1.Params
                 * @instance
                 */
                Params.prototype.pendingAdmin = "";

                /**
                 * Params oracle.
                 * @member {string} oracle
                 * @memberof marketchain.moneymarket.v1.Params
                 * @instance
                 */
                Params.prototype.oracle = "";

                /**
                 * Params collateralRatio.
                 * @member {string} collateralRatio
                 * @memberof marketchain.moneymarket.v1.Params
                 * @instance
                 */
                Params.prototype.collateralRatio = "";

                /**
                 * Params liquidationRatio.
                 * @member {string} liquidationRatio
                 * @memberof marketchain.moneymarket.v1.Params
                 * @instance
                 */
                Params.prototype.liquidationRatio = "";

                /**
                 * Params liquidationDiscount.
                 * @member {string} liquidationDiscount
                 * @memberof marketchain.moneymarket.v1.Params
                 * @instance
                 */
                Params.prototype.liquidationDiscount = "";

                /**
                 * Params originationFee.
                 * @member {string} originationFee
                 * @memberof marketchain.moneymarket.v1.Params
                 * @instance
                 */
                Params.prototype.originationFee = "";

                /**
                 * Params blocksPerYear.
                 * @member {number} blocksPerYear
                 * @memberof marketchain.moneymarket.v1.Params
                 * @instance
                 */
                Params.prototype.blocksPerYear = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Params maxMarkets.
                 * @member {number} maxMarkets
                 * @memberof marketchain.moneymarket.v1.Params
                 * @instance
                 */
                Params.prototype.maxMarkets = 0;

                /**
                 * Params maxPriceMove.
                 * @member {string} maxPriceMove
                 * @memberof marketchain.moneymarket.v1.Params
                 * @instance
                 */
                Params.prototype.maxPriceMove = "";

                /**
                 * Params maxBorrowRate.
                 * @member {string} maxBorrowRate
                 * @memberof marketchain.moneymarket.v1.Params
                 * @instance
                 */
                Params.prototype.maxBorrowRate = "";

                /**
                 * Params paused.
                 * @member {boolean} paused
                 * @memberof marketchain.moneymarket.v1.Params
                 * @instance
                 */
                Params.prototype.paused = false;

                /**
                 * Creates a new Params instance using the specified properties.
                 * @function create
                 * @memberof marketchain.moneymarket.v1.Params
                 * @static
                 * @param {marketchain.moneymarket.v1.Params.$Properties=} [properties] Properties to set
                 * @returns {marketchain.moneymarket.v1.Params} Params instance
                 * @type {{
                 *   (properties: marketchain.moneymarket.v1.Params.$Shape): marketchain.moneymarket.v1.Params & marketchain.moneymarket.v1.Params.$Shape;
                 *   (properties?: marketchain.moneymarket.v1.Params.$Properties): marketchain.moneymarket.v1.Params;
                 * }}
                 */
                Params.create = function(properties) {
                    return new Params(properties);
                };

                /**
                 * Encodes the specified Params message. Does not implicitly {@link marketchain.moneymarket.v1.Params.verify|verify} messages.
                 * @function encode
                 * @memberof marketchain.moneymarket.v1.Params
                 * @static
                 * @param {marketchain.moneymarket.v1.Params.$Properties} message Params message or plain object to encode
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
                    if (message.admin != null && $Object.hasOwnProperty.call(message, "admin") && message.admin !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.admin);
                    if (message.pendingAdmin != null && $Object.hasOwnProperty.call(message, "pendingAdmin") && message.pendingAdmin !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.pendingAdmin);
                    if (message.oracle != null && $Object.hasOwnProperty.call(message, "oracle") && message.oracle !== "")
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.oracle);
                    if (message.collateralRatio != null && $Object.hasOwnProperty.call(message, "collateralRatio") && message.collateralRatio !== "")
                        writer.uint32(/* id 4, wireType 2 =*/34).string(message.collateralRatio);
                    if (message.liquidationRatio != null && $Object.hasOwnProperty.call(message, "liquidationRatio") && message.liquidationRatio !== "")
                        writer.uint32(/* id 5, wireType 2 =*/42).string(message.liquidationRatio);
                    if (message.liquidationDiscount != null && $Object.hasOwnProperty.call(message, "liquidationDiscount") && message.liquidationDiscount !== "")
                        writer.uint32(/* id 6, wireType 2 =*/50).string(message.liquidationDiscount);
                    if (message.originationFee != null && $Object.hasOwnProperty.call(message, "originationFee") && message.originationFee !== "")
                        writer.uint32(/* id 7, wireType 2 =*/58).string(message.originationFee);
                    if (message.blocksPerYear != null && $Object.hasOwnProperty.call(message, "blocksPerYear") && (typeof message.blocksPerYear === "object" ? message.blocksPerYear.low || message.blocksPerYear.high : message.blocksPerYear !== 0))
                        writer.uint32(/* id 8, wireType 0 =*/64).uint64(message.blocksPerYear);
                    if (message.maxMarkets != null && $Object.hasOwnProperty.call(message, "maxMarkets") && message.maxMarkets !== 0)
                        writer.uint32(/* id 9, wireType 0 =*/72).uint32(message.maxMarkets);
                    if (message.maxPriceMove != null && $Object.hasOwnProperty.call(message, "maxPriceMove") && message.maxPriceMove !== "")
                        writer.uint32(/* id 10, wireType 2 =*/82).string(message.maxPriceMove);
                    if (message.maxBorrowRate != null && $Object.hasOwnProperty.call(message, "maxBorrowRate") && message.maxBorrowRate !== "")
                        writer.uint32(/* id 11, wireType 2 =*/90).string(message.maxBorrowRate);
                    if (message.paused != null && $Object.hasOwnProperty.call(message, "paused") && message.paused !== false)
                        writer.uint32(/* id 12, wireType 0 =*/96).bool(message.paused);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a Params message from the specified reader or buffer.
                 * @function decode
                 * @memberof marketchain.moneymarket.v1.Params
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {marketchain.moneymarket.v1.Params & marketchain.moneymarket.v1.Params.$Shape} Params
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
                    message = _target || new $root.marketchain.moneymarket.v1.Params();
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
                                    message.admin = value;
                                else
                                    delete message.admin;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.pendingAdmin = value;
                                else
                                    delete message.pendingAdmin;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.oracle = value;
                                else
                                    delete message.oracle;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.collateralRatio = value;
                                else
                                    delete message.collateralRatio;
                                continue;
                            }
                        case 5: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.liquidationRatio = value;
                                else
                                    delete message.liquidationRatio;
                                continue;
                            }
                        case 6: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.liquidationDiscount = value;
                                else
                                    delete message.liquidationDiscount;
                                continue;
                            }
                        case 7: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.originationFee = value;
                                else
                                    delete message.originationFee;
                                continue;
                            }
                        case 8: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.blocksPerYear = value;
                                else
                                    delete message.blocksPerYear;
                                continue;
                            }
                        case 9: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.maxMarkets = value;
                                else
                                    delete message.maxMarkets;
                                continue;
                            }
                        case 10: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.maxPriceMove = value;
                                else
                                    delete message.maxPriceMove;
                                continue;
                            }
                        case 11: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.maxBorrowRate = value;
                                else
                                    delete message.maxBorrowRate;
                                continue;
                            }
                        case 12: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.bool())
                                    message.paused = value;
                                else
                                    delete message.paused;
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
                 * @memberof marketchain.moneymarket.v1.Params
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {marketchain.moneymarket.v1.Params} Params
                 */
                Params.fromObject = function (object, _depth) {
                    if (object instanceof $root.marketchain.moneymarket.v1.Params)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".marketchain.moneymarket.v1.Params: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.marketchain.moneymarket.v1.Params();
                    if (object.admin != null)
                        if (typeof object.admin !== "string" || object.admin.length)
                            message.admin = $String(object.admin);
                    if (object.pendingAdmin != null)
                        if (typeof object.pendingAdmin !== "string" || object.pendingAdmin.length)
                            message.pendingAdmin = $String(object.pendingAdmin);
                    if (object.oracle != null)
                        if (typeof object.oracle !== "string" || object.oracle.length)
                            message.oracle = $String(object.oracle);
                    if (object.collateralRatio != null)
                        if (typeof object.collateralRatio !== "string" || object.collateralRatio.length)
                            message.collateralRatio = $String(object.collateralRatio);
                    if (object.liquidationRatio != null)
                        if (typeof object.liquidationRatio !== "string" || object.liquidationRatio.length)
                            message.liquidationRatio = $String(object.liquidationRatio);
                    if (object.liquidationDiscount != null)
                        if (typeof object.liquidationDiscount !== "string" || object.liquidationDiscount.length)
                            message.liquidationDiscount = $String(object.liquidationDiscount);
                    if (object.originationFee != null)
                        if (typeof object.originationFee !== "string" || object.originationFee.length)
                            message.originationFee = $String(object.originationFee);
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
                    if (object.maxMarkets != null)
                        if ($Number(object.maxMarkets) !== 0)
                            message.maxMarkets = object.maxMarkets >>> 0;
                    if (object.maxPriceMove != null)
                        if (typeof object.maxPriceMove !== "string" || object.maxPriceMove.length)
                            message.maxPriceMove = $String(object.maxPriceMove);
                    if (object.maxBorrowRate != null)
                        if (typeof object.maxBorrowRate !== "string" || object.maxBorrowRate.length)
                            message.maxBorrowRate = $String(object.maxBorrowRate);
                    if (object.paused != null)
                        if (object.paused)
                            message.paused = $Boolean(object.paused);
                    return message;
                };

                /**
                 * Creates a plain object from a Params message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof marketchain.moneymarket.v1.Params
                 * @static
                 * @param {marketchain.moneymarket.v1.Params} message Params
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
                        object.admin = "";
                        object.pendingAdmin = "";
                        object.oracle = "";
                        object.collateralRatio = "";
                        object.liquidationRatio = "";
                        object.liquidationDiscount = "";
                        object.originationFee = "";
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.blocksPerYear = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.blocksPerYear = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        object.maxMarkets = 0;
                        object.maxPriceMove = "";
                        object.maxBorrowRate = "";
                        object.paused = false;
                    }
                    if (message.admin != null && $Object.hasOwnProperty.call(message, "admin"))
                        object.admin = message.admin;
                    if (message.pendingAdmin != null && $Object.hasOwnProperty.call(message, "pendingAdmin"))
                        object.pendingAdmin = message.pendingAdmin;
                    if (message.oracle != null && $Object.hasOwnProperty.call(message, "oracle"))
                        object.oracle = message.oracle;
                    if (message.collateralRatio != null && $Object.hasOwnProperty.call(message, "collateralRatio"))
                        object.collateralRatio = message.collateralRatio;
                    if (message.liquidationRatio != null && $Object.hasOwnProperty.call(message, "liquidationRatio"))
                        object.liquidationRatio = message.liquidationRatio;
                    if (message.liquidationDiscount != null && $Object.hasOwnProperty.call(message, "liquidationDiscount"))
                        object.liquidationDiscount = message.liquidationDiscount;
                    if (message.originationFee != null && $Object.hasOwnProperty.call(message, "originationFee"))
                        object.originationFee = message.originationFee;
                    if (message.blocksPerYear != null && $Object.hasOwnProperty.call(message, "blocksPerYear"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.blocksPerYear = typeof message.blocksPerYear === "number" ? $BigInt(message.blocksPerYear) : $util.Long.fromBits(message.blocksPerYear.low >>> 0, message.blocksPerYear.high >>> 0, true).toBigInt();
                        else if (typeof message.blocksPerYear === "number")
                            object.blocksPerYear = options.longs === $String ? $String(message.blocksPerYear) : message.blocksPerYear;
                        else
                            object.blocksPerYear = options.longs === $String ? $util.Long.prototype.toString.call(message.blocksPerYear) : options.longs === $Number ? new $util.LongBits(message.blocksPerYear.low >>> 0, message.blocksPerYear.high >>> 0).toNumber(true) : message.blocksPerYear;
                    if (message.maxMarkets != null && $Object.hasOwnProperty.call(message, "maxMarkets"))
                        object.maxMarkets = message.maxMarkets;
                    if (message.maxPriceMove != null && $Object.hasOwnProperty.call(message, "maxPriceMove"))
                        object.maxPriceMove = message.maxPriceMove;
                    if (message.maxBorrowRate != null && $Object.hasOwnProperty.call(message, "maxBorrowRate"))
                        object.maxBorrowRate = message.maxBorrowRate;
                    if (message.paused != null && $Object.hasOwnProperty.call(message, "paused"))
                        object.paused = message.paused;
                    return object;
                };

                /**
                 * Converts this Params to JSON.
                 * @function toJSON
                 * @memberof marketchain.moneymarket.v1.Params
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                Params.prototype.toJSON = function() {
                    return Params.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for Params
                 * @function getTypeUrl
                 * @memberof marketchain.moneymarket.v1.Params
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                Params.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/marketchain.moneymarket.v1.Params";
                };

                return Params;
            })();

            v1.MarketState = (function() {

                /**
                 * Properties of a MarketState.
                 * @typedef {Object} marketchain.moneymarket.v1.MarketState.$Properties
                 * @property {string|null} [denom] MarketState denom
                 * @property {string|null} [status] MarketState status
                 * @property {marketchain.moneymarket.v1.InterestRateModel.$Properties|null} [interestRateModel] MarketState interestRateModel
                 * @property {string|null} [supplyIndex] MarketState supplyIndex
                 * @property {string|null} [borrowIndex] MarketState borrowIndex
                 * @property {string|null} [supplyRate] MarketState supplyRate
                 * @property {string|null} [borrowRate] MarketState borrowRate
                 * @property {string|null} [cash] MarketState cash
                 * @property {string|null} [totalBorrows] MarketState totalBorrows
                 * @property {string|null} [totalSupply] MarketState totalSupply
                 * @property {string|null} [equity] MarketState equity
                 * @property {number|null} [blockNumber] MarketState blockNumber
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a MarketState.
                 * @memberof marketchain.moneymarket.v1
                 * @interface IMarketState
                 * @augments marketchain.moneymarket.v1.MarketState.$Properties
                 * @deprecated Use marketchain.moneymarket.v1.MarketState.$Properties instead.
                 */

                /**
                 * Shape of a MarketState.
                 * @typedef {marketchain.moneymarket.v1.MarketState.$Properties} marketchain.moneymarket.v1.MarketState.$Shape
                 */

                /**
                 * Constructs a new MarketState.
                 * @memberof marketchain.moneymarket.v1
                 * @classdesc Represents a MarketState.
                 * @constructor
                 * @param {marketchain.moneymarket.v1.MarketState.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const MarketState = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * MarketState denom.
                 * @member {string} denom
                 * @memberof marketchain.moneymarket.v1.MarketState
                 * @instance
                 */
                MarketState.prototype.denom = "";

                /**
                 * MarketState status.
                 * @member {string} status
                 * @memberof marketchain.moneymarket.v1.MarketState
                 * @instance
                 */
                MarketState.prototype.status = "";

                /**
                 * MarketState interestRateModel.
                 * @member {marketchain.moneymarket.v1.InterestRateModel.$Properties|null|undefined} interestRateModel
                 * @memberof marketchain.moneymarket.v1.MarketState
                 * @instance
                 */
                MarketState.prototype.interestRateModel = null;

                /**
                 * MarketState supplyIndex.
                 * @member {string} supplyIndex
                 * @memberof marketchain.moneymarket.v1.MarketState
                 * @instance
                 */
                MarketState.prototype.supplyIndex = "";

                /**
                 * MarketState borrowIndex.
                 * @member {string} borrowIndex
                 * @memberof marketchain.moneymarket.v1.MarketState
                 * @instance
                 */
                MarketState.prototype.borrowIndex = "";

                /**
                 * MarketState supplyRate.
                 * @member {string} supplyRate
                 * @memberof marketchain.moneymarket.v1.MarketState
                 * @instance
                 */
                MarketState.prototype.supplyRate = "";

                /**
                 * MarketState borrowRate.
                 * @member {string} borrowRate
                 * @memberof marketchain.moneymarket.v1.MarketState
                 * @instance
                 */
                MarketState.prototype.borrowRate = "";

                /**
                 * MarketState cash.
                 * @member {string} cash
                 * @memberof marketchain.moneymarket.v1.MarketState
                 * @instance
                 */
                MarketState.prototype.cash = "";

                /**
                 * MarketState totalBorrows.
                 * @member {string} totalBorrows
                 * @memberof marketchain.moneymarket.v1.MarketState
                 * @instance
                 */
                MarketState.prototype.totalBorrows = "";

                /**
                 * MarketState totalSupply.
                 * @member {string} totalSupply
                 * @memberof marketchain.moneymarket.v1.MarketState
                 * @instance
                 */
                MarketState.prototype.totalSupply = "";

                /**
                 * MarketState equity.
                 * @member {string} equity
                 * @memberof marketchain.moneymarket.v1.MarketState
                 * @instance
                 */
                MarketState.prototype.equity = "";

                /**
                 * MarketState blockNumber.
                 * @member {number} blockNumber
                 * @memberof marketchain.moneymarket.v1.MarketState
                 * @instance
                 */
                MarketState.prototype.blockNumber = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Creates a new MarketState instance using the specified properties.
                 * @function create
                 * @memberof marketchain.moneymarket.v1.MarketState
                 * @static
                 * @param {marketchain.moneymarket.v1.MarketState.$Properties=} [properties] Properties to set
                 * @returns {marketchain.moneymarket.v1.MarketState} MarketState instance
                 * @type {{
                 *   (properties: marketchain.moneymarket.v1.MarketState.$Shape): marketchain.moneymarket.v1.MarketState & marketchain.moneymarket.v1.MarketState.$Shape;
                 *   (properties?: marketchain.moneymarket.v1.MarketState.$Properties): marketchain.moneymarket.v1.MarketState;
                 * }}
                 */
                MarketState.create = function(properties) {
                    return new MarketState(properties);
                };

                /**
                 * Encodes the specified MarketState message. Does not implicitly {@link marketchain.moneymarket.v1.MarketState.verify|verify} messages.
                 * @function encode
                 * @memberof marketchain.moneymarket.v1.MarketState
                 * @static
                 * @param {marketchain.moneymarket.v1.MarketState.$Properties} message MarketState message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                MarketState.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.denom != null && $Object.hasOwnProperty.call(message, "denom") && message.denom !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.denom);
                    if (message.status != null && $Object.hasOwnProperty.call(message, "status") && message.status !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.status);
                    if (message.interestRateModel != null && $Object.hasOwnProperty.call(message, "interestRateModel"))
                        $root.marketchain.moneymarket.v1.InterestRateModel.encode(message.interestRateModel, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                    if (message.supplyIndex != null && $Object.hasOwnProperty.call(message, "supplyIndex") && message.supplyIndex !== "")
                        writer.uint32(/* id 4, wireType 2 =*/34).string(message.supplyIndex);
                    if (message.borrowIndex != null && $Object.hasOwnProperty.call(message, "borrowIndex") && message.borrowIndex !== "")
                        writer.uint32(/* id 5, wireType 2 =*/42).string(message.borrowIndex);
                    if (message.supplyRate != null && $Object.hasOwnProperty.call(message, "supplyRate") && message.supplyRate !== "")
                        writer.uint32(/* id 6, wireType 2 =*/50).string(message.supplyRate);
                    if (message.borrowRate != null && $Object.hasOwnProperty.call(message, "borrowRate") && message.borrowRate !== "")
                        writer.uint32(/* id 7, wireType 2 =*/58).string(message.borrowRate);
                    if (message.cash != null && $Object.hasOwnProperty.call(message, "cash") && message.cash !== "")
                        writer.uint32(/* id 8, wireType 2 =*/66).string(message.cash);
                    if (message.totalBorrows != null && $Object.hasOwnProperty.call(message, "totalBorrows") && message.totalBorrows !== "")
                        writer.uint32(/* id 9, wireType 2 =*/74).string(message.totalBorrows);
                    if (message.totalSupply != null && $Object.hasOwnProperty.call(message, "totalSupply") && message.totalSupply !== "")
                        writer.uint32(/* id 10, wireType 2 =*/82).string(message.totalSupply);
                    if (message.equity != null && $Object.hasOwnProperty.call(message, "equity") && message.equity !== "")
                        writer.uint32(/* id 11, wireType 2 =*/90).string(message.equity);
                    if (message.blockNumber != null && $Object.hasOwnProperty.call(message, "blockNumber") && (typeof message.blockNumber === "object" ? message.blockNumber.low || message.blockNumber.high : message.blockNumber !== 0))
                        writer.uint32(/* id 12, wireType 0 =*/96).uint64(message.blockNumber);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a MarketState message from the specified reader or buffer.
                 * @function decode
                 * @memberof marketchain.moneymarket.v1.MarketState
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {marketchain.moneymarket.v1.MarketState & marketchain.moneymarket.v1.MarketState.$Shape} MarketState
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                MarketState.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.marketchain.moneymarket.v1.MarketState();
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
                                    message.denom = value;
                                else
                                    delete message.denom;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.status = value;
                                else
                                    delete message.status;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                message.interestRateModel = $root.marketchain.moneymarket.v1.InterestRateModel.decode(reader, reader.size(), $undefined, _depth + 1, message.interestRateModel);
                                continue;
                            }
                        case 4: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.supplyIndex = value;
                                else
                                    delete message.supplyIndex;
                                continue;
                            }
                        case 5: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.borrowIndex = value;
                                else
                                    delete message.borrowIndex;
                                continue;
                            }
                        case 6: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.supplyRate = value;
                                else
                                    delete message.supplyRate;
                                continue;
                            }
                        case 7: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.borrowRate = value;
                                else
                                    delete message.borrowRate;
                                continue;
                            }
                        case 8: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.cash = value;
                                else
                                    delete message.cash;
                                continue;
                            }
                        case 9: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.totalBorrows = value;
                                else
                                    delete message.totalBorrows;
                                continue;
                            }
                        case 10: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.totalSupply = value;
                                else
                                    delete message.totalSupply;
                                continue;
                            }
                        case 11: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.equity = value;
                                else
                                    delete message.equity;
                                continue;
                            }
                        case 12: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.blockNumber = value;
                                else
                                    delete message.blockNumber;
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
                 * Creates a MarketState message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof marketchain.moneymarket.v1.MarketState
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {marketchain.moneymarket.v1.MarketState} MarketState
                 */
                MarketState.fromObject = function (object, _depth) {
                    if (object instanceof $root.marketchain.moneymarket.v1.MarketState)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".marketchain.moneymarket.v1.MarketState: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.marketchain.moneymarket.v1.MarketState();
                    if (object.denom != null)
                        if (typeof object.denom !== "string" || object.denom.length)
                            message.denom = $String(object.denom);
                    if (object.status != null)
                        if (typeof object.status !== "string" || object.status.length)
                            message.status = $String(object.status);
                    if (object.interestRateModel != null) {
                        if (!$util.isObject(object.interestRateModel))
                            throw $TypeError(".marketchain.moneymarket.v1.MarketState.interestRateModel: object expected");
                        message.interestRateModel = $root.marketchain.moneymarket.v1.InterestRateModel.fromObject(object.interestRateModel, _depth + 1);
                    }
                    if (object.supplyIndex != null)
                        if (typeof object.supplyIndex !== "string" || object.supplyIndex.length)
                            message.supplyIndex = $String(object.supplyIndex);
                    if (object.borrowIndex != null)
                        if (typeof object.borrowIndex !== "string" || object.borrowIndex.length)
                            message.borrowIndex = $String(object.borrowIndex);
                    if (object.supplyRate != null)
                        if (typeof object.supplyRate !== "string" || object.supplyRate.length)
                            message.supplyRate = $String(object.supplyRate);
                    if (object.borrowRate != null)
                        if (typeof object.borrowRate !== "string" || object.borrowRate.length)
                            message.borrowRate = $String(object.borrowRate);
                    if (object.cash != null)
                        if (typeof object.cash !== "string" || object.cash.length)
                            message.cash = $String(object.cash);
                    if (object.totalBorrows != null)
                        if (typeof object.totalBorrows !== "string" || object.totalBorrows.length)
                            message.totalBorrows = $String(object.totalBorrows);
                    if (object.totalSupply != null)
                        if (typeof object.totalSupply !== "string" || object.totalSupply.length)
                            message.totalSupply = $String(object.totalSupply);
                    if (object.equity != null)
                        if (typeof object.equity !== "string" || object.equity.length)
                            message.equity = $String(object.equity);
                    if (object.blockNumber != null)
                        if (typeof object.blockNumber === "object" ? object.blockNumber.low || object.blockNumber.high : $Number(object.blockNumber) !== 0)
                            if ($util.Long)
                                message.blockNumber = $util.Long.fromValue(object.blockNumber, true);
                            else if (typeof object.blockNumber === "string")
                                message.blockNumber = $parseInt(object.blockNumber, 10);
                            else if (typeof object.blockNumber === "number")
                                message.blockNumber = object.blockNumber;
                            else if (typeof object.blockNumber === "object")
                                message.blockNumber = new $util.LongBits(object.blockNumber.low >>> 0, object.blockNumber.high >>> 0).toNumber(true);
                    return message;
                };

                /**
                 * Creates a plain object from a MarketState message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof marketchain.moneymarket.v1.MarketState
                 * @static
                 * @param {marketchain.moneymarket.v1.MarketState} message MarketState
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                MarketState.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.denom = "";
                        object.status = "";
                        object.interestRateModel = null;
                        object.supplyIndex = "";
                        object.borrowIndex = "";
                        object.supplyRate = "";
                        object.borrowRate = "";
                        object.cash = "";
                        object.totalBorrows = "";
                        object.totalSupply = "";
                        object.equity = "";
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.blockNumber = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.blockNumber = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    }
                    if (message.denom != null && $Object.hasOwnProperty.call(message, "denom"))
                        object.denom = message.denom;
                    if (message.status != null && $Object.hasOwnProperty.call(message, "status"))
                        object.status = message.status;
                    if (message.interestRateModel != null && $Object.hasOwnProperty.call(message, "interestRateModel"))
                        object.interestRateModel = $root.marketchain.moneymarket.v1.InterestRateModel.toObject(message.interestRateModel, options, _depth + 1);
                    if (message.supplyIndex != null && $Object.hasOwnProperty.call(message, "supplyIndex"))
                        object.supplyIndex = message.supplyIndex;
                    if (message.borrowIndex != null && $Object.hasOwnProperty.call(message, "borrowIndex"))
                        object.borrowIndex = message.borrowIndex;
                    if (message.supplyRate != null && $Object.hasOwnProperty.call(message, "supplyRate"))
                        object.supplyRate = message.supplyRate;
                    if (message.borrowRate != null && $Object.hasOwnProperty.call(message, "borrowRate"))
                        object.borrowRate = message.borrowRate;
                    if (message.cash != null && $Object.hasOwnProperty.call(message, "cash"))
                        object.cash = message.cash;
                    if (message.totalBorrows != null && $Object.hasOwnProperty.call(message, "totalBorrows"))
                        object.totalBorrows = message.totalBorrows;
                    if (message.totalSupply != null && $Object.hasOwnProperty.call(message, "totalSupply"))
                        object.totalSupply = message.totalSupply;
                    if (message.equity != null && $Object.hasOwnProperty.call(message, "equity"))
                        object.equity = message.equity;
                    if (message.blockNumber != null && $Object.hasOwnProperty.call(message, "blockNumber"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.blockNumber = typeof message.blockNumber === "number" ? $BigInt(message.blockNumber) : $util.Long.fromBits(message.blockNumber.low >>> 0, message.blockNumber.high >>> 0, true).toBigInt();
                        else if (typeof message.blockNumber === "number")
                            object.blockNumber = options.longs === $String ? $String(message.blockNumber) : message.blockNumber;
                        else
                            object.blockNumber = options.longs === $String ? $util.Long.prototype.toString.call(message.blockNumber) : options.longs === $Number ? new $util.LongBits(message.blockNumber.low >>> 0, message.blockNumber.high >>> 0).toNumber(true) : message.blockNumber;
                    return object;
                };

                /**
                 * Converts this MarketState to JSON.
                 * @function toJSON
                 * @memberof marketchain.moneymarket.v1.MarketState
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                MarketState.prototype.toJSON = function() {
                    return MarketState.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for MarketState
                 * @function getTypeUrl
                 * @memberof marketchain.moneymarket.v1.MarketState
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                MarketState.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/marketchain.moneymarket.v1.MarketState";
                };

                return MarketState;
            })();

            v1.PriceEntry = (function() {

                /**
                 * Properties of a PriceEntry.
                 * @typedef {Object} marketchain.moneymarket.v1.PriceEntry.$Properties
                 * @property {string|null} [denom] PriceEntry denom
                 * @property {string|null} [price] PriceEntry price
                 * @property {number|null} [height] PriceEntry height
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a PriceEntry.
                 * @memberof marketchain.moneymarket.v1
                 * @interface IPriceEntry
                 * @augments marketchain.moneymarket.v1.PriceEntry.$Properties
                 * @deprecated Use marketchain.moneymarket.v1.PriceEntry.$Properties instead.
                 */

                /**
                 * Shape of a PriceEntry.
                 * @typedef {marketchain.moneymarket.v1.PriceEntry.$Properties} marketchain.moneymarket.v1.PriceEntry.$Shape
                 */

                /**
                 * Constructs a new PriceEntry.
                 * @memberof marketchain.moneymarket.v1
                 * @classdesc Represents a PriceEntry.
                 * @constructor
                 * @param {marketchain.moneymarket.v1.PriceEntry.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const PriceEntry = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * PriceEntry denom.
                 * @member {string} denom
                 * @memberof marketchain.moneymarket.v1.PriceEntry
                 * @instance
                 */
                PriceEntry.prototype.denom = "";

                /**
                 * PriceEntry price.
                 * @member {string} price
                 * @memberof marketchain.moneymarket.v1.PriceEntry
                 * @instance
                 */
                PriceEntry.prototype.price = "";

                /**
                 * PriceEntry height.
                 * @member {number} height
                 * @memberof marketchain.moneymarket.v1.PriceEntry
                 * @instance
                 */
                PriceEntry.prototype.height = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Creates a new PriceEntry instance using the specified properties.
                 * @function create
                 * @memberof marketchain.moneymarket.v1.PriceEntry
                 * @static
                 * @param {marketchain.moneymarket.v1.PriceEntry.$Properties=} [properties] Properties to set
                 * @returns {marketchain.moneymarket.v1.PriceEntry} PriceEntry instance
                 * @type {{
                 *   (properties: marketchain.moneymarket.v1.PriceEntry.$Shape): marketchain.moneymarket.v1.PriceEntry & marketchain.moneymarket.v1.PriceEntry.$Shape;
                 *   (properties?: marketchain.moneymarket.v1.PriceEntry.$Properties): marketchain.moneymarket.v1.PriceEntry;
                 * }}
                 */
                PriceEntry.create = function(properties) {
                    return new PriceEntry(properties);
                };

                /**
                 * Encodes the specified PriceEntry message. Does not implicitly {@link marketchain.moneymarket.v1.PriceEntry.verify|verify} messages.
                 * @function encode
                 * @memberof marketchain.moneymarket.v1.PriceEntry
                 * @static
                 * @param {marketchain.moneymarket.v1.PriceEntry.$Properties} message PriceEntry message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                PriceEntry.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.denom != null && $Object.hasOwnProperty.call(message, "denom") && message.denom !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.denom);
                    if (message.price != null && $Object.hasOwnProperty.call(message, "price") && message.price !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.price);
                    if (message.height != null && $Object.hasOwnProperty.call(message, "height") && (typeof message.height === "object" ? message.height.low || message.height.high : message.height !== 0))
                        writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.height);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a PriceEntry message from the specified reader or buffer.
                 * @function decode
                 * @memberof marketchain.moneymarket.v1.PriceEntry
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {marketchain.moneymarket.v1.PriceEntry & marketchain.moneymarket.v1.PriceEntry.$Shape} PriceEntry
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                PriceEntry.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.marketchain.moneymarket.v1.PriceEntry();
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
                                    message.denom = value;
                                else
                                    delete message.denom;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.price = value;
                                else
                                    delete message.price;
                                continue;
                            }
                        case 3: {
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
                 * Creates a PriceEntry message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof marketchain.moneymarket.v1.PriceEntry
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {marketchain.moneymarket.v1.PriceEntry} PriceEntry
                 */
                PriceEntry.fromObject = function (object, _depth) {
                    if (object instanceof $root.marketchain.moneymarket.v1.PriceEntry)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".marketchain.moneymarket.v1.PriceEntry: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.marketchain.moneymarket.v1.PriceEntry();
                    if (object.denom != null)
                        if (typeof object.denom !== "string" || object.denom.length)
                            message.denom = $String(object.denom);
                    if (object.price != null)
                        if (typeof object.price !== "string" || object.price.length)
                            message.price = $String(object.price);
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
                 * Creates a plain object from a PriceEntry message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof marketchain.moneymarket.v1.PriceEntry
                 * @static
                 * @param {marketchain.moneymarket.v1.PriceEntry} message PriceEntry
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                PriceEntry.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.denom = "";
                        object.price = "";
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.height = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.height = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    }
                    if (message.denom != null && $Object.hasOwnProperty.call(message, "denom"))
                        object.denom = message.denom;
                    if (message.price != null && $Object.hasOwnProperty.call(message, "price"))
                        object.price = message.price;
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
                 * Converts this PriceEntry to JSON.
                 * @function toJSON
                 * @memberof marketchain.moneymarket.v1.PriceEntry
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                PriceEntry.prototype.toJSON = function() {
                    return PriceEntry.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for PriceEntry
                 * @function getTypeUrl
                 * @memberof marketchain.moneymarket.v1.PriceEntry
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                PriceEntry.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/marketchain.moneymarket.v1.PriceEntry";
                };

                return PriceEntry;
            })();

            v1.Checkpoint = (function() {

                /**
                 * Properties of a Checkpoint.
                 * @typedef {Object} marketchain.moneymarket.v1.Checkpoint.$Properties
                 * @property {string|null} [principal] Checkpoint principal
                 * @property {string|null} [interestIndex] Checkpoint interestIndex
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a Checkpoint.
                 * @memberof marketchain.moneymarket.v1
                 * @interface ICheckpoint
                 * @augments marketchain.moneymarket.v1.Checkpoint.$Properties
                 * @deprecated Use marketchain.moneymarket.v1.Checkpoint.$Properties instead.
                 */

                /**
                 * Shape of a Checkpoint.
                 * @typedef {marketchain.moneymarket.v1.Checkpoint.$Properties} marketchain.moneymarket.v1.Checkpoint.$Shape
                 */

                /**
                 * Constructs a new Checkpoint.
                 * @memberof marketchain.moneymarket.v1
                 * @classdesc Represents a Checkpoint.
                 * @constructor
                 * @param {marketchain.moneymarket.v1.Checkpoint.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const Checkpoint = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * Checkpoint principal.
                 * @member {string} principal
                 * @memberof marketchain.moneymarket.v1.Checkpoint
                 * @instance
                 */
                Checkpoint.prototype.principal = "";

                /**
                 * Checkpoint interestIndex.
                 * @member {string} interestIndex
                 * @memberof marketchain.moneymarket.v1.Checkpoint
                 * @instance
                 */
                Checkpoint.prototype.interestIndex = "";

                /**
                 * Creates a new Checkpoint instance using the specified properties.
                 * @function create
                 * @memberof marketchain.moneymarket.v1.Checkpoint
                 * @static
                 * @param {marketchain.moneymarket.v1.Checkpoint.$Properties=} [properties] Properties to set
                 * @returns {marketchain.moneymarket.v1.Checkpoint} Checkpoint instance
                 * @type {{
                 *   (properties: marketchain.moneymarket.v1.Checkpoint.$Shape): marketchain.moneymarket.v1.Checkpoint & marketchain.moneymarket.v1.Checkpoint.$Shape;
                 *   (properties?: marketchain.moneymarket.v1.Checkpoint.$Properties): marketchain.moneymarket.v1.Checkpoint;
                 * }}
                 */
                Checkpoint.create = function(properties) {
                    return new Checkpoint(properties);
                };

                /**
                 * Encodes the specified Checkpoint message. Does not implicitly {@link marketchain.moneymarket.v1.Checkpoint.verify|verify} messages.
                 * @function encode
                 * @memberof marketchain.moneymarket.v1.Checkpoint
                 * @static
                 * @param {marketchain.moneymarket.v1.Checkpoint.$Properties} message Checkpoint message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Checkpoint.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.principal != null && $Object.hasOwnProperty.call(message, "principal") && message.principal !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.principal);
                    if (message.interestIndex != null && $Object.hasOwnProperty.call(message, "interestIndex") && message.interestIndex !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.interestIndex);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a Checkpoint message from the specified reader or buffer.
                 * @function decode
                 * @memberof marketchain.moneymarket.v1.Checkpoint
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {marketchain.moneymarket.v1.Checkpoint & marketchain.moneymarket.v1.Checkpoint.$Shape} Checkpoint
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Checkpoint.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.marketchain.moneymarket.v1.Checkpoint();
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
                                    message.interestIndex = value;
                                else
                                    delete message.interestIndex;
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
                 * Creates a Checkpoint message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof marketchain.moneymarket.v1.Checkpoint
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {marketchain.moneymarket.v1.Checkpoint} Checkpoint
                 */
                Checkpoint.fromObject = function (object, _depth) {
                    if (object instanceof $root.marketchain.moneymarket.v1.Checkpoint)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".marketchain.moneymarket.v1.Checkpoint: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.marketchain.moneymarket.v1.Checkpoint();
                    if (object.principal != null)
                        if (typeof object.principal !== "string" || object.principal.length)
                            message.principal = $String(object.principal);
                    if (object.interestIndex != null)
                        if (typeof object.interestIndex !== "string" || object.interestIndex.length)
                            message.interestIndex = $String(object.interestIndex);
                    return message;
                };

                /**
                 * Creates a plain object from a Checkpoint message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof marketchain.moneymarket.v1.Checkpoint
                 * @static
                 * @param {marketchain.moneymarket.v1.Checkpoint} message Checkpoint
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                Checkpoint.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.principal = "";
                        object.interestIndex = "";
                    }
                    if (message.principal != null && $Object.hasOwnProperty.call(message, "principal"))
                        object.principal = message.principal;
                    if (message.interestIndex != null && $Object.hasOwnProperty.call(message, "interestIndex"))
                        object.interestIndex = message.interestIndex;
                    return object;
                };

                /**
                 * Converts this Checkpoint to JSON.
                 * @function toJSON
                 * @memberof marketchain.moneymarket.v1.Checkpoint
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                Checkpoint.prototype.toJSON = function() {
                    return Checkpoint.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for Checkpoint
                 * @function getTypeUrl
                 * @memberof marketchain.moneymarket.v1.Checkpoint
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                Checkpoint.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/marketchain.moneymarket.v1.Checkpoint";
                };

                return Checkpoint;
            })();

            v1.AccountCheckpoint = (function() {

                /**
                 * Properties of an AccountCheckpoint.
                 * @typedef {Object} marketchain.moneymarket.v1.AccountCheckpoint.$Properties
                 * @property {string|null} [address] AccountCheckpoint address
                 * @property {string|null} [denom] AccountCheckpoint denom
                 * @property {string|null} [principal] AccountCheckpoint principal
                 * @property {string|null} [interestIndex] AccountCheckpoint interestIndex
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of an AccountCheckpoint.
                 * @memberof marketchain.moneymarket.v1
                 * @interface IAccountCheckpoint
                 * @augments marketchain.moneymarket.v1.AccountCheckpoint.$Properties
                 * @deprecated Use marketchain.moneymarket.v1.AccountCheckpoint.$Properties instead.
                 */

                /**
                 * Shape of an AccountCheckpoint.
                 * @typedef {marketchain.moneymarket.v1.AccountCheckpoint.$Properties} marketchain.moneymarket.v1.AccountCheckpoint.$Shape
                 */

                /**
                 * Constructs a new AccountCheckpoint.
                 * @memberof marketchain.moneymarket.v1
                 * @classdesc Represents an AccountCheckpoint.
                 * @constructor
                 * @param {marketchain.moneymarket.v1.AccountCheckpoint.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const AccountCheckpoint = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * AccountCheckpoint address.
                 * @member {string} address
                 * @memberof marketchain.moneymarket.v1.AccountCheckpoint
                 * @instance
                 */
                AccountCheckpoint.prototype.address = "";

                /**
                 * AccountCheckpoint denom.
                 * @member {string} denom
                 * @memberof marketchain.moneymarket.v1.AccountCheckpoint
                 * @instance
                 */
                AccountCheckpoint.prototype.denom = "";

                /**
                 * AccountCheckpoint principal.
                 * @member {string} principal
                 * @memberof marketchain.moneymarket.v1.AccountCheckpoint
                 * @instance
                 */
                AccountCheckpoint.prototype.principal = "";

                /**
                 * AccountCheckpoint interestIndex.
                 * @member {string} interestIndex
                 * @memberof marketchain.moneymarket.v1.AccountCheckpoint
                 * @instance
                 */
                AccountCheckpoint.prototype.interestIndex = "";

                /**
                 * Creates a new AccountCheckpoint instance using the specified properties.
                 * @function create
                 * @memberof marketchain.moneymarket.v1.AccountCheckpoint
                 * @static
                 * @param {marketchain.moneymarket.v1.AccountCheckpoint.$Properties=} [properties] Properties to set
                 * @returns {marketchain.moneymarket.v1.AccountCheckpoint} AccountCheckpoint instance
                 * @type {{
                 *   (properties: marketchain.moneymarket.v1.AccountCheckpoint.$Shape): marketchain.moneymarket.v1.AccountCheckpoint & marketchain.moneymarket.v1.AccountCheckpoint.$Shape;
                 *   (properties?: marketchain.moneymarket.v1.AccountCheckpoint.$Properties): marketchain.moneymarket.v1.AccountCheckpoint;
                 * }}
                 */
                AccountCheckpoint.create = function(properties) {
                    return new AccountCheckpoint(properties);
                };

                /**
                 * Encodes the specified AccountCheckpoint message. Does not implicitly {@link marketchain.moneymarket.v1.AccountCheckpoint.verify|verify} messages.
                 * @function encode
                 * @memberof marketchain.moneymarket.v1.AccountCheckpoint
                 * @static
                 * @param {marketchain.moneymarket.v1.AccountCheckpoint.$Properties} message AccountCheckpoint message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                AccountCheckpoint.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.address != null && $Object.hasOwnProperty.call(message, "address") && message.address !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.address);
                    if (message.denom != null && $Object.hasOwnProperty.call(message, "denom") && message.denom !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.denom);
                    if (message.principal != null && $Object.hasOwnProperty.call(message, "principal") && message.principal !== "")
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.principal);
                    if (message.interestIndex != null && $Object.hasOwnProperty.call(message, "interestIndex") && message.interestIndex !== "")
                        writer.uint32(/* id 4, wireType 2 =*/34).string(message.interestIndex);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes an AccountCheckpoint message from the specified reader or buffer.
                 * @function decode
                 * @memberof marketchain.moneymarket.v1.AccountCheckpoint
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {marketchain.moneymarket.v1.AccountCheckpoint & marketchain.moneymarket.v1.AccountCheckpoint.$Shape} AccountCheckpoint
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                AccountCheckpoint.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.marketchain.moneymarket.v1.AccountCheckpoint();
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
                                if ((value = reader.stringVerify()).length)
                                    message.denom = value;
                                else
                                    delete message.denom;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.principal = value;
                                else
                                    delete message.principal;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.interestIndex = value;
                                else
                                    delete message.interestIndex;
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
                 * Creates an AccountCheckpoint message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof marketchain.moneymarket.v1.AccountCheckpoint
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {marketchain.moneymarket.v1.AccountCheckpoint} AccountCheckpoint
                 */
                AccountCheckpoint.fromObject = function (object, _depth) {
                    if (object instanceof $root.marketchain.moneymarket.v1.AccountCheckpoint)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".marketchain.moneymarket.v1.AccountCheckpoint: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.marketchain.moneymarket.v1.AccountCheckpoint();
                    if (object.address != null)
                        if (typeof object.address !== "string" || object.address.length)
                            message.address = $String(object.address);
                    if (object.denom != null)
                        if (typeof object.denom !== "string" || object.denom.length)
                            message.denom = $String(object.denom);
                    if (object.principal != null)
                        if (typeof object.principal !== "string" || object.principal.length)
                            message.principal = $String(object.principal);
                    if (object.interestIndex != null)
                        if (typeof object.interestIndex !== "string" || object.interestIndex.length)
                            message.interestIndex = $String(object.interestIndex);
                    return message;
                };

                /**
                 * Creates a plain object from an AccountCheckpoint message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof marketchain.moneymarket.v1.AccountCheckpoint
                 * @static
                 * @param {marketchain.moneymarket.v1.AccountCheckpoint} message AccountCheckpoint
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                AccountCheckpoint.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.address = "";
                        object.denom = "";
                        object.principal = "";
                        object.interestIndex = "";
                    }
                    if (message.address != null && $Object.hasOwnProperty.call(message, "address"))
                        object.address = message.address;
                    if (message.denom != null && $Object.hasOwnProperty.call(message, "denom"))
                        object.denom = message.denom;
                    if (message.principal != null && $Object.hasOwnProperty.call(message, "principal"))
                        object.principal = message.principal;
                    if (message.interestIndex != null && $Object.hasOwnProperty.call(message, "interestIndex"))
                        object.interestIndex = message.interestIndex;
                    return object;
                };

                /**
                 * Converts this AccountCheckpoint to JSON.
                 * @function toJSON
                 * @memberof marketchain.moneymarket.v1.AccountCheckpoint
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                AccountCheckpoint.prototype.toJSON = function() {
                    return AccountCheckpoint.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for AccountCheckpoint
                 * @function getTypeUrl
                 * @memberof marketchain.moneymarket.v1.AccountCheckpoint
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                AccountCheckpoint.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/marketchain.moneymarket.v1.AccountCheckpoint";
                };

                return AccountCheckpoint;
            })();

            v1.LedgerEntry = (function() {

                /**
                 * Properties of a LedgerEntry.
                 * @typedef {Object} marketchain.moneymarket.v1.LedgerEntry.$Properties
                 * @property {number|null} [seq] LedgerEntry seq
                 * @property {number|null} [height] LedgerEntry height
                 * @property {string|null} [txHash] LedgerEntry txHash
                 * @property {string|null} [event] LedgerEntry event
                 * @property {string|null} [debit] LedgerEntry debit
                 * @property {string|null} [credit] LedgerEntry credit
                 * @property {string|null} [amount] LedgerEntry amount
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a LedgerEntry.
                 * @memberof marketchain.moneymarket.v1
                 * @interface ILedgerEntry
                 * @augments marketchain.moneymarket.v1.LedgerEntry.$Properties
                 * @deprecated Use marketchain.moneymarket.v1.LedgerEntry.$Properties instead.
                 */

                /**
                 * Shape of a LedgerEntry.
                 * @typedef {marketchain.moneymarket.v1.LedgerEntry.$Properties} marketchain.moneymarket.v1.LedgerEntry.$Shape
                 */

                /**
                 * Constructs a new LedgerEntry.
                 * @memberof marketchain.moneymarket.v1
                 * @classdesc Represents a LedgerEntry.
                 * @constructor
                 * @param {marketchain.moneymarket.v1.LedgerEntry.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const LedgerEntry = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * LedgerEntry seq.
                 * @member {number} seq
                 * @memberof marketchain.moneymarket.v1.LedgerEntry
                 * @instance
                 */
                LedgerEntry.prototype.seq = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * LedgerEntry height.
                 * @member {number} height
                 * @memberof marketchain.moneymarket.v1.LedgerEntry
                 * @instance
                 */
                LedgerEntry.prototype.height = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * LedgerEntry txHash.
                 * @member {string} txHash
                 * @memberof marketchain.moneymarket.v1.LedgerEntry
                 * @instance
                 */
                LedgerEntry.prototype.txHash = "";

                /**
                 * LedgerEntry event.
                 * @member {string} event
                 * @memberof marketchain.moneymarket.v1.LedgerEntry
                 * @instance
                 */
                LedgerEntry.prototype.event = "";

                /**
                 * LedgerEntry debit.
                 * @member {string} debit
                 * @memberof marketchain.moneymarket.v1.LedgerEntry
                 * @instance
                 */
                LedgerEntry.prototype.debit = "";

                /**
                 * LedgerEntry credit.
                 * @member {string} credit
                 * @memberof marketchain.moneymarket.v1.LedgerEntry
                 * @instance
                 */
                LedgerEntry.prototype.credit = "";

                /**
                 * LedgerEntry amount.
                 * @member {string} amount
                 * @memberof marketchain.moneymarket.v1.LedgerEntry
                 * @instance
                 */
                LedgerEntry.prototype.amount = "";

                /**
                 * Creates a new LedgerEntry instance using the specified properties.
                 * @function create
                 * @memberof marketchain.moneymarket.v1.LedgerEntry
                 * @static
                 * @param {marketchain.moneymarket.v1.LedgerEntry.$Properties=} [properties] Properties to set
                 * @returns {marketchain.moneymarket.v1.LedgerEntry} LedgerEntry instance
                 * @type {{
                 *   (properties: marketchain.moneymarket.v1.LedgerEntry.$Shape): marketchain.moneymarket.v1.LedgerEntry & marketchain.moneymarket.v1.LedgerEntry.$Shape;
                 *   (properties?: marketchain.moneymarket.v1.LedgerEntry.$Properties): marketchain.moneymarket.v1.LedgerEntry;
                 * }}
                 */
                LedgerEntry.create = function(properties) {
                    return new LedgerEntry(properties);
                };

                /**
                 * Encodes the specified LedgerEntry message. Does not implicitly {@link marketchain.moneymarket.v1.LedgerEntry.verify|verify} messages.
                 * @function encode
                 * @memberof marketchain.moneymarket.v1.LedgerEntry
                 * @static
                 * @param {marketchain.moneymarket.v1.LedgerEntry.$Properties} message LedgerEntry message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                LedgerEntry.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.seq != null && $Object.hasOwnProperty.call(message, "seq") && (typeof message.seq === "object" ? message.seq.low || message.seq.high : message.seq !== 0))
                        writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.seq);
                    if (message.height != null && $Object.hasOwnProperty.call(message, "height") && (typeof message.height === "object" ? message.height.low || message.height.high : message.height !== 0))
                        writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.height);
                    if (message.txHash != null && $Object.hasOwnProperty.call(message, "txHash") && message.txHash !== "")
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.txHash);
                    if (message.event != null && $Object.hasOwnProperty.call(message, "event") && message.event !== "")
                        writer.uint32(/* id 4, wireType 2 =*/34).string(message.event);
                    if (message.debit != null && $Object.hasOwnProperty.call(message, "debit") && message.debit !== "")
                        writer.uint32(/* id 5, wireType 2 =*/42).string(message.debit);
                    if (message.credit != null && $Object.hasOwnProperty.call(message, "credit") && message.credit !== "")
                        writer.uint32(/* id 6, wireType 2 =*/50).string(message.credit);
                    if (message.amount != null && $Object.hasOwnProperty.call(message, "amount") && message.amount !== "")
                        writer.uint32(/* id 7, wireType 2 =*/58).string(message.amount);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a LedgerEntry message from the specified reader or buffer.
                 * @function decode
                 * @memberof marketchain.moneymarket.v1.LedgerEntry
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {marketchain.moneymarket.v1.LedgerEntry & marketchain.moneymarket.v1.LedgerEntry.$Shape} LedgerEntry
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                LedgerEntry.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.marketchain.moneymarket.v1.LedgerEntry();
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
                                    message.seq = value;
                                else
                                    delete message.seq;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.height = value;
                                else
                                    delete message.height;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.txHash = value;
                                else
                                    delete message.txHash;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.event = value;
                                else
                                    delete message.event;
                                continue;
                            }
                        case 5: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.debit = value;
                                else
                                    delete message.debit;
                                continue;
                            }
                        case 6: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.credit = value;
                                else
                                    delete message.credit;
                                continue;
                            }
                        case 7: {
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
                 * Creates a LedgerEntry message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof marketchain.moneymarket.v1.LedgerEntry
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {marketchain.moneymarket.v1.LedgerEntry} LedgerEntry
                 */
                LedgerEntry.fromObject = function (object, _depth) {
                    if (object instanceof $root.marketchain.moneymarket.v1.LedgerEntry)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".marketchain.moneymarket.v1.LedgerEntry: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.marketchain.moneymarket.v1.LedgerEntry();
                    if (object.seq != null)
                        if (typeof object.seq === "object" ? object.seq.low || object.seq.high : $Number(object.seq) !== 0)
                            if ($util.Long)
                                message.seq = $util.Long.fromValue(object.seq, true);
                            else if (typeof object.seq === "string")
                                message.seq = $parseInt(object.seq, 10);
                            else if (typeof object.seq === "number")
                                message.seq = object.seq;
                            else if (typeof object.seq === "object")
                                message.seq = new $util.LongBits(object.seq.low >>> 0, object.seq.high >>> 0).toNumber(true);
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
                    if (object.txHash != null)
                        if (typeof object.txHash !== "string" || object.txHash.length)
                            message.txHash = $String(object.txHash);
                    if (object.event != null)
                        if (typeof object.event !== "string" || object.event.length)
                            message.event = $String(object.event);
                    if (object.debit != null)
                        if (typeof object.debit !== "string" || object.debit.length)
                            message.debit = $String(object.debit);
                    if (object.credit != null)
                        if (typeof object.credit !== "string" || object.credit.length)
                            message.credit = $String(object.credit);
                    if (object.amount != null)
                        if (typeof object.amount !== "string" || object.amount.length)
                            message.amount = $String(object.amount);
                    return message;
                };

                /**
                 * Creates a plain object from a LedgerEntry message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof marketchain.moneymarket.v1.LedgerEntry
                 * @static
                 * @param {marketchain.moneymarket.v1.LedgerEntry} message LedgerEntry
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                LedgerEntry.toObject = function (message, options, _depth) {
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
                            object.seq = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.seq = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.height = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.height = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        object.txHash = "";
                        object.event = "";
                        object.debit = "";
                        object.credit = "";
                        object.amount = "";
                    }
                    if (message.seq != null && $Object.hasOwnProperty.call(message, "seq"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.seq = typeof message.seq === "number" ? $BigInt(message.seq) : $util.Long.fromBits(message.seq.low >>> 0, message.seq.high >>> 0, true).toBigInt();
                        else if (typeof message.seq === "number")
                            object.seq = options.longs === $String ? $String(message.seq) : message.seq;
                        else
                            object.seq = options.longs === $String ? $util.Long.prototype.toString.call(message.seq) : options.longs === $Number ? new $util.LongBits(message.seq.low >>> 0, message.seq.high >>> 0).toNumber(true) : message.seq;
                    if (message.height != null && $Object.hasOwnProperty.call(message, "height"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.height = typeof message.height === "number" ? $BigInt(message.height) : $util.Long.fromBits(message.height.low >>> 0, message.height.high >>> 0, true).toBigInt();
                        else if (typeof message.height === "number")
                            object.height = options.longs === $String ? $String(message.height) : message.height;
                        else
                            object.height = options.longs === $String ? $util.Long.prototype.toString.call(message.height) : options.longs === $Number ? new $util.LongBits(message.height.low >>> 0, message.height.high >>> 0).toNumber(true) : message.height;
                    if (message.txHash != null && $Object.hasOwnProperty.call(message, "txHash"))
                        object.txHash = message.txHash;
                    if (message.event != null && $Object.hasOwnProperty.call(message, "event"))
                        object.event = message.event;
                    if (message.debit != null && $Object.hasOwnProperty.call(message, "debit"))
                        object.debit = message.debit;
                    if (message.credit != null && $Object.hasOwnProperty.call(message, "credit"))
                        object.credit = message.credit;
                    if (message.amount != null && $Object.hasOwnProperty.call(message, "amount"))
                        object.amount = message.amount;
                    return object;
                };

                /**
                 * Converts this LedgerEntry to JSON.
                 * @function toJSON
                 * @memberof marketchain.moneymarket.v1.LedgerEntry
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                LedgerEntry.prototype.toJSON = function() {
                    return LedgerEntry.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for LedgerEntry
                 * @function getTypeUrl
                 * @memberof marketchain.moneymarket.v1.LedgerEntry
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                LedgerEntry.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/marketchain.moneymarket.v1.LedgerEntry";
                };

                return LedgerEntry;
            })();

            v1.RateRecord = (function() {

                /**
                 * Properties of a RateRecord.
                 * @typedef {Object} marketchain.moneymarket.v1.RateRecord.$Properties
                 * @property {number|null} [seq] RateRecord seq
                 * @property {number|null} [height] RateRecord height
                 * @property {string|null} [txHash] RateRecord txHash
                 * @property {string|null} [borrowRate] RateRecord borrowRate
                 * @property {string|null} [supplyRate] RateRecord supplyRate
                 * @property {string|null} [supplyIndex] RateRecord supplyIndex
                 * @property {string|null} [borrowIndex] RateRecord borrowIndex
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a RateRecord.
                 * @memberof marketchain.moneymarket.v1
                 * @interface IRateRecord
                 * @augments marketchain.moneymarket.v1.RateRecord.$Properties
                 * @deprecated Use marketchain.moneymarket.v1.RateRecord.$Properties instead.
                 */

                /**
                 * Shape of a RateRecord.
                 * @typedef {marketchain.moneymarket.v1.RateRecord.$Properties} marketchain.moneymarket.v1.RateRecord.$Shape
                 */

                /**
                 * Constructs a new RateRecord.
                 * @memberof marketchain.moneymarket.v1
                 * @classdesc Represents a RateRecord.
                 * @constructor
                 * @param {marketchain.moneymarket.v1.RateRecord.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const RateRecord = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * RateRecord seq.
                 * @member {number} seq
                 * @memberof marketchain.moneymarket.v1.RateRecord
                 * @instance
                 */
                RateRecord.prototype.seq = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * RateRecord height.
                 * @member {number} height
                 * @memberof marketchain.moneymarket.v1.RateRecord
                 * @instance
                 */
                RateRecord.prototype.height = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * RateRecord txHash.
                 * @member {string} txHash
                 * @memberof marketchain.moneymarket.v1.RateRecord
                 * @instance
                 */
                RateRecord.prototype.txHash = "";

                /**
                 * RateRecord borrowRate.
                 * @member {string} borrowRate
                 * @memberof marketchain.moneymarket.v1.RateRecord
                 * @instance
                 */
                RateRecord.prototype.borrowRate = "";

                /**
                 * RateRecord supplyRate.
                 * @member {string} supplyRate
                 * @memberof marketchain.moneymarket.v1.RateRecord
                 * @instance
                 */
                RateRecord.prototype.supplyRate = "";

                /**
                 * RateRecord supplyIndex.
                 * @member {string} supplyIndex
                 * @memberof marketchain.moneymarket.v1.RateRecord
                 * @instance
                 */
                RateRecord.prototype.supplyIndex = "";

                /**
                 * RateRecord borrowIndex.
                 * @member {string} borrowIndex
                 * @memberof marketchain.moneymarket.v1.RateRecord
                 * @instance
                 */
                RateRecord.prototype.borrowIndex = "";

                /**
                 * Creates a new RateRecord instance using the specified properties.
                 * @function create
                 * @memberof marketchain.moneymarket.v1.RateRecord
                 * @static
                 * @param {marketchain.moneymarket.v1.RateRecord.$Properties=} [properties] Properties to set
                 * @returns {marketchain.moneymarket.v1.RateRecord} RateRecord instance
                 * @type {{
                 *   (properties: marketchain.moneymarket.v1.RateRecord.$Shape): marketchain.moneymarket.v1.RateRecord & marketchain.moneymarket.v1.RateRecord.$Shape;
                 *   (properties?: marketchain.moneymarket.v1.RateRecord.$Properties): marketchain.moneymarket.v1.RateRecord;
                 * }}
                 */
                RateRecord.create = function(properties) {
                    return new RateRecord(properties);
                };

                /**
                 * Encodes the specified RateRecord message. Does not implicitly {@link marketchain.moneymarket.v1.RateRecord.verify|verify} messages.
                 * @function encode
                 * @memberof marketchain.moneymarket.v1.RateRecord
                 * @static
                 * @param {marketchain.moneymarket.v1.RateRecord.$Properties} message RateRecord message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                RateRecord.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.seq != null && $Object.hasOwnProperty.call(message, "seq") && (typeof message.seq === "object" ? message.seq.low || message.seq.high : message.seq !== 0))
                        writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.seq);
                    if (message.height != null && $Object.hasOwnProperty.call(message, "height") && (typeof message.height === "object" ? message.height.low || message.height.high : message.height !== 0))
                        writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.height);
                    if (message.txHash != null && $Object.hasOwnProperty.call(message, "txHash") && message.txHash !== "")
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.txHash);
                    if (message.borrowRate != null && $Object.hasOwnProperty.call(message, "borrowRate") && message.borrowRate !== "")
                        writer.uint32(/* id 4, wireType 2 =*/34).string(message.borrowRate);
                    if (message.supplyRate != null && $Object.hasOwnProperty.call(message, "supplyRate") && message.supplyRate !== "")
                        writer.uint32(/* id 5, wireType 2 =*/42).string(message.supplyRate);
                    if (message.supplyIndex != null && $Object.hasOwnProperty.call(message, "supplyIndex") && message.supplyIndex !== "")
                        writer.uint32(/* id 6, wireType 2 =*/50).string(message.supplyIndex);
                    if (message.borrowIndex != null && $Object.hasOwnProperty.call(message, "borrowIndex") && message.borrowIndex !== "")
                        writer.uint32(/* id 7, wireType 2 =*/58).string(message.borrowIndex);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a RateRecord message from the specified reader or buffer.
                 * @function decode
                 * @memberof marketchain.moneymarket.v1.RateRecord
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {marketchain.moneymarket.v1.RateRecord & marketchain.moneymarket.v1.RateRecord.$Shape} RateRecord
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                RateRecord.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.marketchain.moneymarket.v1.RateRecord();
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
                                    message.seq = value;
                                else
                                    delete message.seq;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.height = value;
                                else
                                    delete message.height;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.txHash = value;
                                else
                                    delete message.txHash;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.borrowRate = value;
                                else
                                    delete message.borrowRate;
                                continue;
                            }
                        case 5: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.supplyRate = value;
                                else
                                    delete message.supplyRate;
                                continue;
                            }
                        case 6: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.supplyIndex = value;
                                else
                                    delete message.supplyIndex;
                                continue;
                            }
                        case 7: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.borrowIndex = value;
                                else
                                    delete message.borrowIndex;
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
                 * Creates a RateRecord message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof marketchain.moneymarket.v1.RateRecord
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {marketchain.moneymarket.v1.RateRecord} RateRecord
                 */
                RateRecord.fromObject = function (object, _depth) {
                    if (object instanceof $root.marketchain.moneymarket.v1.RateRecord)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".marketchain.moneymarket.v1.RateRecord: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.marketchain.moneymarket.v1.RateRecord();
                    if (object.seq != null)
                        if (typeof object.seq === "object" ? object.seq.low || object.seq.high : $Number(object.seq) !== 0)
                            if ($util.Long)
                                message.seq = $util.Long.fromValue(object.seq, true);
                            else if (typeof object.seq === "string")
                                message.seq = $parseInt(object.seq, 10);
                            else if (typeof object.seq === "number")
                                message.seq = object.seq;
                            else if (typeof object.seq === "object")
                                message.seq = new $util.LongBits(object.seq.low >>> 0, object.seq.high >>> 0).toNumber(true);
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
                    if (object.txHash != null)
                        if (typeof object.txHash !== "string" || object.txHash.length)
                            message.txHash = $String(object.txHash);
                    if (object.borrowRate != null)
                        if (typeof object.borrowRate !== "string" || object.borrowRate.length)
                            message.borrowRate = $String(object.borrowRate);
                    if (object.supplyRate != null)
                        if (typeof object.supplyRate !== "string" || object.supplyRate.length)
                            message.supplyRate = $String(object.supplyRate);
                    if (object.supplyIndex != null)
                        if (typeof object.supplyIndex !== "string" || object.supplyIndex.length)
                            message.supplyIndex = $String(object.supplyIndex);
                    if (object.borrowIndex != null)
                        if (typeof object.borrowIndex !== "string" || object.borrowIndex.length)
                            message.borrowIndex = $String(object.borrowIndex);
                    return message;
                };

                /**
                 * Creates a plain object from a RateRecord message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof marketchain.moneymarket.v1.RateRecord
                 * @static
                 * @param {marketchain.moneymarket.v1.RateRecord} message RateRecord
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                RateRecord.toObject = function (message, options, _depth) {
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
                            object.seq = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.seq = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.height = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.height = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        object.txHash = "";
                        object.borrowRate = "";
                        object.supplyRate = "";
                        object.supplyIndex = "";
                        object.borrowIndex = "";
                    }
                    if (message.seq != null && $Object.hasOwnProperty.call(message, "seq"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.seq = typeof message.seq === "number" ? $BigInt(message.seq) : $util.Long.fromBits(message.seq.low >>> 0, message.seq.high >>> 0, true).toBigInt();
                        else if (typeof message.seq === "number")
                            object.seq = options.longs === $String ? $String(message.seq) : message.seq;
                        else
                            object.seq = options.longs === $String ? $util.Long.prototype.toString.call(message.seq) : options.longs === $Number ? new $util.LongBits(message.seq.low >>> 0, message.seq.high >>> 0).toNumber(true) : message.seq;
                    if (message.height != null && $Object.hasOwnProperty.call(message, "height"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.height = typeof message.height === "number" ? $BigInt(message.height) : $util.Long.fromBits(message.height.low >>> 0, message.height.high >>> 0, true).toBigInt();
                        else if (typeof message.height === "number")
                            object.height = options.longs === $String ? $String(message.height) : message.height;
                        else
                            object.height = options.longs === $String ? $util.Long.prototype.toString.call(message.height) : options.longs === $Number ? new $util.LongBits(message.height.low >>> 0, message.height.high >>> 0).toNumber(true) : message.height;
                    if (message.txHash != null && $Object.hasOwnProperty.call(message, "txHash"))
                        object.txHash = message.txHash;
                    if (message.borrowRate != null && $Object.hasOwnProperty.call(message, "borrowRate"))
                        object.borrowRate = message.borrowRate;
                    if (message.supplyRate != null && $Object.hasOwnProperty.call(message, "supplyRate"))
                        object.supplyRate = message.supplyRate;
                    if (message.supplyIndex != null && $Object.hasOwnProperty.call(message, "supplyIndex"))
                        object.supplyIndex = message.supplyIndex;
                    if (message.borrowIndex != null && $Object.hasOwnProperty.call(message, "borrowIndex"))
                        object.borrowIndex = message.borrowIndex;
                    return object;
                };

                /**
                 * Converts this RateRecord to JSON.
                 * @function toJSON
                 * @memberof marketchain.moneymarket.v1.RateRecord
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                RateRecord.prototype.toJSON = function() {
                    return RateRecord.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for RateRecord
                 * @function getTypeUrl
                 * @memberof marketchain.moneymarket.v1.RateRecord
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                RateRecord.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/marketchain.moneymarket.v1.RateRecord";
                };

                return RateRecord;
            })();

            v1.MsgSupply = (function() {

                /**
                 * Properties of a MsgSupply.
                 * @typedef {Object} marketchain.moneymarket.v1.MsgSupply.$Properties
                 * @property {string|null} [sender] MsgSupply sender
                 * @property {string|null} [denom] MsgSupply denom
                 * @property {string|null} [amount] MsgSupply amount
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a MsgSupply.
                 * @memberof marketchain.moneymarket.v1
                 * @interface IMsgSupply
                 * @augments marketchain.moneymarket.v1.MsgSupply.$Properties
                 * @deprecated Use marketchain.moneymarket.v1.MsgSupply.$Properties instead.
                 */

                /**
                 * Shape of a MsgSupply.
                 * @typedef {marketchain.moneymarket.v1.MsgSupply.$Properties} marketchain.moneymarket.v1.MsgSupply.$Shape
                 */

                /**
                 * Constructs a new MsgSupply.
                 * @memberof marketchain.moneymarket.v1
                 * @classdesc Represents a MsgSupply.
                 * @constructor
                 * @param {marketchain.moneymarket.v1.MsgSupply.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const MsgSupply = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * MsgSupply sender.
                 * @member {string} sender
                 * @memberof marketchain.moneymarket.v1.MsgSupply
                 * @instance
                 */
                MsgSupply.prototype.sender = "";

                /**
                 * MsgSupply denom.
                 * @member {string} denom
                 * @memberof marketchain.moneymarket.v1.MsgSupply
                 * @instance
                 */
                MsgSupply.prototype.denom = "";

                /**
                 * MsgSupply amount.
                 * @member {string} amount
                 * @memberof marketchain.moneymarket.v1.MsgSupply
                 * @instance
                 */
                MsgSupply.prototype.amount = "";

                /**
                 * Creates a new MsgSupply instance using the specified properties.
                 * @function create
                 * @memberof marketchain.moneymarket.v1.MsgSupply
                 * @static
                 * @param {marketchain.moneymarket.v1.MsgSupply.$Properties=} [properties] Properties to set
                 * @returns {marketchain.moneymarket.v1.MsgSupply} MsgSupply instance
                 * @type {{
                 *   (properties: marketchain.moneymarket.v1.MsgSupply.$Shape): marketchain.moneymarket.v1.MsgSupply & marketchain.moneymarket.v1.MsgSupply.$Shape;
                 *   (properties?: marketchain.moneymarket.v1.MsgSupply.$Properties): marketchain.moneymarket.v1.MsgSupply;
                 * }}
                 */
                MsgSupply.create = function(properties) {
                    return new MsgSupply(properties);
                };

                /**
                 * Encodes the specified MsgSupply message. Does not implicitly {@link marketchain.moneymarket.v1.MsgSupply.verify|verify} messages.
                 * @function encode
                 * @memberof marketchain.moneymarket.v1.MsgSupply
                 * @static
                 * @param {marketchain.moneymarket.v1.MsgSupply.$Properties} message MsgSupply message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                MsgSupply.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.sender != null && $Object.hasOwnProperty.call(message, "sender") && message.sender !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.sender);
                    if (message.denom != null && $Object.hasOwnProperty.call(message, "denom") && message.denom !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.denom);
                    if (message.amount != null && $Object.hasOwnProperty.call(message, "amount") && message.amount !== "")
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.amount);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a MsgSupply message from the specified reader or buffer.
                 * @function decode
                 * @memberof marketchain.moneymarket.v1.MsgSupply
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {marketchain.moneymarket.v1.MsgSupply & marketchain.moneymarket.v1.MsgSupply.$Shape} MsgSupply
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                MsgSupply.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.marketchain.moneymarket.v1.MsgSupply();
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
                                    message.denom = value;
                                else
                                    delete message.denom;
                                continue;
                            }
                        case 3: {
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
                 * Creates a MsgSupply message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof marketchain.moneymarket.v1.MsgSupply
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {marketchain.moneymarket.v1.MsgSupply} MsgSupply
                 */
                MsgSupply.fromObject = function (object, _depth) {
                    if (object instanceof $root.marketchain.moneymarket.v1.MsgSupply)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".marketchain.moneymarket.v1.MsgSupply: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.marketchain.moneymarket.v1.MsgSupply();
                    if (object.sender != null)
                        if (typeof object.sender !== "string" || object.sender.length)
                            message.sender = $String(object.sender);
                    if (object.denom != null)
                        if (typeof object.denom !== "string" || object.denom.length)
                            message.denom = $String(object.denom);
                    if (object.amount != null)
                        if (typeof object.amount !== "string" || object.amount.length)
                            message.amount = $String(object.amount);
                    return message;
                };

                /**
                 * Creates a plain object from a MsgSupply message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof marketchain.moneymarket.v1.MsgSupply
                 * @static
                 * @param {marketchain.moneymarket.v1.MsgSupply} message MsgSupply
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                MsgSupply.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.sender = "";
                        object.denom = "";
                        object.amount = "";
                    }
                    if (message.sender != null && $Object.hasOwnProperty.call(message, "sender"))
                        object.sender = message.sender;
                    if (message.denom != null && $Object.hasOwnProperty.call(message, "denom"))
                        object.denom = message.denom;
                    if (message.amount != null && $Object.hasOwnProperty.call(message, "amount"))
                        object.amount = message.amount;
                    return object;
                };

                /**
                 * Converts this MsgSupply to JSON.
                 * @function toJSON
                 * @memberof marketchain.moneymarket.v1.MsgSupply
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                MsgSupply.prototype.toJSON = function() {
                    return MsgSupply.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for MsgSupply
                 * @function getTypeUrl
                 * @memberof marketchain.moneymarket.v1.MsgSupply
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                MsgSupply.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/marketchain.moneymarket.v1.MsgSupply";
                };

                return MsgSupply;
            })();

            v1.MsgSupplyResponse = (function() {

                /**
                 * Properties of a MsgSupplyResponse.
                 * @typedef {Object} marketchain.moneymarket.v1.MsgSupplyResponse.$Properties
                 * @property {string|null} [amount] MsgSupplyResponse amount
                 * @property {string|null} [newBalance] MsgSupplyResponse newBalance
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a MsgSupplyResponse.
                 * @memberof marketchain.moneymarket.v1
                 * @interface IMsgSupplyResponse
                 * @augments marketchain.moneymarket.v1.MsgSupplyResponse.$Properties
                 * @deprecated Use marketchain.moneymarket.v1.MsgSupplyResponse.$Properties instead.
                 */

                /**
                 * Shape of a MsgSupplyResponse.
                 * @typedef {marketchain.moneymarket.v1.MsgSupplyResponse.$Properties} marketchain.moneymarket.v1.MsgSupplyResponse.$Shape
                 */

                /**
                 * Constructs a new MsgSupplyResponse.
                 * @memberof marketchain.moneymarket.v1
                 * @classdesc Represents a MsgSupplyResponse.
                 * @constructor
                 * @param {marketchain.moneymarket.v1.MsgSupplyResponse.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const MsgSupplyResponse = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * MsgSupplyResponse amount.
                 * @member {string} amount
                 * @memberof marketchain.moneymarket.v1.MsgSupplyResponse
                 * @instance
                 */
                MsgSupplyResponse.prototype.amount = "";

                /**
                 * MsgSupplyResponse newBalance.
                 * @member {string} newBalance
                 * @memberof marketchain.moneymarket.v1.MsgSupplyResponse
                 * @instance
                 */
                MsgSupplyResponse.prototype.newBalance = "";

                /**
                 * Creates a new MsgSupplyResponse instance using the specified properties.
                 * @function create
                 * @memberof marketchain.moneymarket.v1.MsgSupplyResponse
                 * @static
                 * @param {marketchain.moneymarket.v1.MsgSupplyResponse.$Properties=} [properties] Properties to set
                 * @returns {marketchain.moneymarket.v1.MsgSupplyResponse} MsgSupplyResponse instance
                 * @type {{
                 *   (properties: marketchain.moneymarket.v1.MsgSupplyResponse.$Shape): marketchain.moneymarket.v1.MsgSupplyResponse & marketchain.moneymarket.v1.MsgSupplyResponse.$Shape;
                 *   (properties?: marketchain.moneymarket.v1.MsgSupplyResponse.$Properties): marketchain.moneymarket.v1.MsgSupplyResponse;
                 * }}
                 */
                MsgSupplyResponse.create = function(properties) {
                    return new MsgSupplyResponse(properties);
                };

                /**
                 * Encodes the specified MsgSupplyResponse message. Does not implicitly {@link marketchain.moneymarket.v1.MsgSupplyResponse.verify|verify} messages.
                 * @function encode
                 * @memberof marketchain.moneymarket.v1.MsgSupplyResponse
                 * @static
                 * @param {marketchain.moneymarket.v1.MsgSupplyResponse.$Properties} message MsgSupplyResponse message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                MsgSupplyResponse.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.amount != null && $Object.hasOwnProperty.call(message, "amount") && message.amount !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.amount);
                    if (message.newBalance != null && $Object.hasOwnProperty.call(message, "newBalance") && message.newBalance !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.newBalance);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a MsgSupplyResponse message from the specified reader or buffer.
                 * @function decode
                 * @memberof marketchain.moneymarket.v1.MsgSupplyResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {marketchain.moneymarket.v1.MsgSupplyResponse & marketchain.moneymarket.v1.MsgSupplyResponse.$Shape} MsgSupplyResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                MsgSupplyResponse.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.marketchain.moneymarket.v1.MsgSupplyResponse();
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
                                    message.amount = value;
                                else
                                    delete message.amount;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.newBalance = value;
                                else
                                    delete message.newBalance;
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
                 * Creates a MsgSupplyResponse message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof marketchain.moneymarket.v1.MsgSupplyResponse
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {marketchain.moneymarket.v1.MsgSupplyResponse} MsgSupplyResponse
                 */
                MsgSupplyResponse.fromObject = function (object, _depth) {
                    if (object instanceof $root.marketchain.moneymarket.v1.MsgSupplyResponse)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".marketchain.moneymarket.v1.MsgSupplyResponse: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.marketchain.moneymarket.v1.MsgSupplyResponse();
                    if (object.amount != null)
                        if (typeof object.amount !== "string" || object.amount.length)
                            message.amount = $String(object.amount);
                    if (object.newBalance != null)
                        if (typeof object.newBalance !== "string" || object.newBalance.length)
                            message.newBalance = $String(object.newBalance);
                    return message;
                };

                /**
                 * Creates a plain object from a MsgSupplyResponse message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof marketchain.moneymarket.v1.MsgSupplyResponse
                 * @static
                 * @param {marketchain.moneymarket.v1.MsgSupplyResponse} message MsgSupplyResponse
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                MsgSupplyResponse.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.amount = "";
                        object.newBalance = "";
                    }
                    if (message.amount != null && $Object.hasOwnProperty.call(message, "amount"))
                        object.amount = message.amount;
                    if (message.newBalance != null && $Object.hasOwnProperty.call(message, "newBalance"))
                        object.newBalance = message.newBalance;
                    return object;
                };

                /**
                 * Converts this MsgSupplyResponse to JSON.
                 * @function toJSON
                 * @memberof marketchain.moneymarket.v1.MsgSupplyResponse
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                MsgSupplyResponse.prototype.toJSON = function() {
                    return MsgSupplyResponse.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for MsgSupplyResponse
                 * @function getTypeUrl
                 * @memberof marketchain.moneymarket.v1.MsgSupplyResponse
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                MsgSupplyResponse.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/marketchain.moneymarket.v1.MsgSupplyResponse";
                };

                return MsgSupplyResponse;
            })();

            v1.MsgWithdraw = (function() {

                /**
                 * Properties of a MsgWithdraw.
                 * @typedef {Object} marketchain.moneymarket.v1.MsgWithdraw.$Properties
                 * @property {string|null} [sender] MsgWithdraw sender
                 * @property {string|null} [denom] MsgWithdraw denom
                 * @property {string|null} [amount] MsgWithdraw amount
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a MsgWithdraw.
                 * @memberof marketchain.moneymarket.v1
                 * @interface IMsgWithdraw
                 * @augments marketchain.moneymarket.v1.MsgWithdraw.$Properties
                 * @deprecated Use marketchain.moneymarket.v1.MsgWithdraw.$Properties instead.
                 */

                /**
                 * Shape of a MsgWithdraw.
                 * @typedef {marketchain.moneymarket.v1.MsgWithdraw.$Properties} marketchain.moneymarket.v1.MsgWithdraw.$Shape
                 */

                /**
                 * Constructs a new MsgWithdraw.
                 * @memberof marketchain.moneymarket.v1
                 * @classdesc Represents a MsgWithdraw.
                 * @constructor
                 * @param {marketchain.moneymarket.v1.MsgWithdraw.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const MsgWithdraw = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * MsgWithdraw sender.
                 * @member {string} sender
                 * @memberof marketchain.moneymarket.v1.MsgWithdraw
                 * @instance
                 */
                MsgWithdraw.prototype.sender = "";

                /**
                 * MsgWithdraw denom.
                 * @member {string} denom
                 * @memberof marketchain.moneymarket.v1.MsgWithdraw
                 * @instance
                 */
                MsgWithdraw.prototype.denom = "";

                /**
                 * MsgWithdraw amount.
                 * @member {string} amount
                 * @memberof marketchain.moneymarket.v1.MsgWithdraw
                 * @instance
                 */
                MsgWithdraw.prototype.amount = "";

                /**
                 * Creates a new MsgWithdraw instance using the specified properties.
                 * @function create
                 * @memberof marketchain.moneymarket.v1.MsgWithdraw
                 * @static
                 * @param {marketchain.moneymarket.v1.MsgWithdraw.$Properties=} [properties] Properties to set
                 * @returns {marketchain.moneymarket.v1.MsgWithdraw} MsgWithdraw instance
                 * @type {{
                 *   (properties: marketchain.moneymarket.v1.MsgWithdraw.$Shape): marketchain.moneymarket.v1.MsgWithdraw & marketchain.moneymarket.v1.MsgWithdraw.$Shape;
                 *   (properties?: marketchain.moneymarket.v1.MsgWithdraw.$Properties): marketchain.moneymarket.v1.MsgWithdraw;
                 * }}
                 */
                MsgWithdraw.create = function(properties) {
                    return new MsgWithdraw(properties);
                };

                /**
                 * Encodes the specified MsgWithdraw message. Does not implicitly {@link marketchain.moneymarket.v1.MsgWithdraw.verify|verify} messages.
                 * @function encode
                 * @memberof marketchain.moneymarket.v1.MsgWithdraw
                 * @static
                 * @param {marketchain.moneymarket.v1.MsgWithdraw.$Properties} message MsgWithdraw message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                MsgWithdraw.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.sender != null && $Object.hasOwnProperty.call(message, "sender") && message.sender !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.sender);
                    if (message.denom != null && $Object.hasOwnProperty.call(message, "denom") && message.denom !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.denom);
                    if (message.amount != null && $Object.hasOwnProperty.call(message, "amount") && message.amount !== "")
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.amount);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a MsgWithdraw message from the specified reader or buffer.
                 * @function decode
                 * @memberof marketchain.moneymarket.v1.MsgWithdraw
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {marketchain.moneymarket.v1.MsgWithdraw & marketchain.moneymarket.v1.MsgWithdraw.$Shape} MsgWithdraw
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                MsgWithdraw.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.marketchain.moneymarket.v1.MsgWithdraw();
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
                                    message.denom = value;
                                else
                                    delete message.denom;
                                continue;
                            }
                        case 3: {
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
                 * Creates a MsgWithdraw message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof marketchain.moneymarket.v1.MsgWithdraw
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {marketchain.moneymarket.v1.MsgWithdraw} MsgWithdraw
                 */
                MsgWithdraw.fromObject = function (object, _depth) {
                    if (object instanceof $root.marketchain.moneymarket.v1.MsgWithdraw)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".marketchain.moneymarket.v1.MsgWithdraw: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.marketchain.moneymarket.v1.MsgWithdraw();
                    if (object.sender != null)
                        if (typeof object.sender !== "string" || object.sender.length)
                            message.sender = $String(object.sender);
                    if (object.denom != null)
                        if (typeof object.denom !== "string" || object.denom.length)
                            message.denom = $String(object.denom);
                    if (object.amount != null)
                        if (typeof object.amount !== "string" || object.amount.length)
                            message.amount = $String(object.amount);
                    return message;
                };

                /**
                 * Creates a plain object from a MsgWithdraw message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof marketchain.moneymarket.v1.MsgWithdraw
                 * @static
                 * @param {marketchain.moneymarket.v1.MsgWithdraw} message MsgWithdraw
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                MsgWithdraw.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.sender = "";
                        object.denom = "";
                        object.amount = "";
                    }
                    if (message.sender != null && $Object.hasOwnProperty.call(message, "sender"))
                        object.sender = message.sender;
                    if (message.denom != null && $Object.hasOwnProperty.call(message, "denom"))
                        object.denom = message.denom;
                    if (message.amount != null && $Object.hasOwnProperty.call(message, "amount"))
                        object.amount = message.amount;
                    return object;
                };

                /**
                 * Converts this MsgWithdraw to JSON.
                 * @function toJSON
                 * @memberof marketchain.moneymarket.v1.MsgWithdraw
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                MsgWithdraw.prototype.toJSON = function() {
                    return MsgWithdraw.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for MsgWithdraw
                 * @function getTypeUrl
                 * @memberof marketchain.moneymarket.v1.MsgWithdraw
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                MsgWithdraw.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/marketchain.moneymarket.v1.MsgWithdraw";
                };

                return MsgWithdraw;
            })();

            v1.MsgWithdrawResponse = (function() {

                /**
                 * Properties of a MsgWithdrawResponse.
                 * @typedef {Object} marketchain.moneymarket.v1.MsgWithdrawResponse.$Properties
                 * @property {string|null} [amount] MsgWithdrawResponse amount
                 * @property {string|null} [newBalance] MsgWithdrawResponse newBalance
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a MsgWithdrawResponse.
                 * @memberof marketchain.moneymarket.v1
                 * @interface IMsgWithdrawResponse
                 * @augments marketchain.moneymarket.v1.MsgWithdrawResponse.$Properties
                 * @deprecated Use marketchain.moneymarket.v1.MsgWithdrawResponse.$Properties instead.
                 */

                /**
                 * Shape of a MsgWithdrawResponse.
                 * @typedef {marketchain.moneymarket.v1.MsgWithdrawResponse.$Properties} marketchain.moneymarket.v1.MsgWithdrawResponse.$Shape
                 */

                /**
                 * Constructs a new MsgWithdrawResponse.
                 * @memberof marketchain.moneymarket.v1
                 * @classdesc Represents a MsgWithdrawResponse.
                 * @constructor
                 * @param {marketchain.moneymarket.v1.MsgWithdrawResponse.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const MsgWithdrawResponse = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * MsgWithdrawResponse amount.
                 * @member {string} amount
                 * @memberof marketchain.moneymarket.v1.MsgWithdrawResponse
                 * @instance
                 */
                MsgWithdrawResponse.prototype.amount = "";

                /**
                 * MsgWithdrawResponse newBalance.
                 * @member {string} newBalance
                 * @memberof marketchain.moneymarket.v1.MsgWithdrawResponse
                 * @instance
                 */
                MsgWithdrawResponse.prototype.newBalance = "";

                /**
                 * Creates a new MsgWithdrawResponse instance using the specified properties.
                 * @function create
                 * @memberof marketchain.moneymarket.v1.MsgWithdrawResponse
                 * @static
                 * @param {marketchain.moneymarket.v1.MsgWithdrawResponse.$Properties=} [properties] Properties to set
                 * @returns {marketchain.moneymarket.v1.MsgWithdrawResponse} MsgWithdrawResponse instance
                 * @type {{
                 *   (properties: marketchain.moneymarket.v1.MsgWithdrawResponse.$Shape): marketchain.moneymarket.v1.MsgWithdrawResponse & marketchain.moneymarket.v1.MsgWithdrawResponse.$Shape;
                 *   (properties?: marketchain.moneymarket.v1.MsgWithdrawResponse.$Properties): marketchain.moneymarket.v1.MsgWithdrawResponse;
                 * }}
                 */
                MsgWithdrawResponse.create = function(properties) {
                    return new MsgWithdrawResponse(properties);
                };

                /**
                 * Encodes the specified MsgWithdrawResponse message. Does not implicitly {@link marketchain.moneymarket.v1.MsgWithdrawResponse.verify|verify} messages.
                 * @function encode
                 * @memberof marketchain.moneymarket.v1.MsgWithdrawResponse
                 * @static
                 * @param {marketchain.moneymarket.v1.MsgWithdrawResponse.$Properties} message MsgWithdrawResponse message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                MsgWithdrawResponse.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.amount != null && $Object.hasOwnProperty.call(message, "amount") && message.amount !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.amount);
                    if (message.newBalance != null && $Object.hasOwnProperty.call(message, "newBalance") && message.newBalance !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.newBalance);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a MsgWithdrawResponse message from the specified reader or buffer.
                 * @function decode
                 * @memberof marketchain.moneymarket.v1.MsgWithdrawResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {marketchain.moneymarket.v1.MsgWithdrawResponse & marketchain.moneymarket.v1.MsgWithdrawResponse.$Shape} MsgWithdrawResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                MsgWithdrawResponse.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.marketchain.moneymarket.v1.MsgWithdrawResponse();
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
                                    message.amount = value;
                                else
                                    delete message.amount;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.newBalance = value;
                                else
                                    delete message.newBalance;
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
                 * Creates a MsgWithdrawResponse message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof marketchain.moneymarket.v1.MsgWithdrawResponse
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {marketchain.moneymarket.v1.MsgWithdrawResponse} MsgWithdrawResponse
                 */
                MsgWithdrawResponse.fromObject = function (object, _depth) {
                    if (object instanceof $root.marketchain.moneymarket.v1.MsgWithdrawResponse)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".marketchain.moneymarket.v1.MsgWithdrawResponse: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.marketchain.moneymarket.v1.MsgWithdrawResponse();
                    if (object.amount != null)
                        if (typeof object.amount !== "string" || object.amount.length)
                            message.amount = $String(object.amount);
                    if (object.newBalance != null)
                        if (typeof object.newBalance !== "string" || object.newBalance.length)
                            message.newBalance = $String(object.newBalance);
                    return message;
                };

                /**
                 * Creates a plain object from a MsgWithdrawResponse message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof marketchain.moneymarket.v1.MsgWithdrawResponse
                 * @static
                 * @param {marketchain.moneymarket.v1.MsgWithdrawResponse} message MsgWithdrawResponse
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                MsgWithdrawResponse.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.amount = "";
                        object.newBalance = "";
                    }
                    if (message.amount != null && $Object.hasOwnProperty.call(message, "amount"))
                        object.amount = message.amount;
                    if (message.newBalance != null && $Object.hasOwnProperty.call(message, "newBalance"))
                        object.newBalance = message.newBalance;
                    return object;
                };

                /**
                 * Converts this MsgWithdrawResponse to JSON.
                 * @function toJSON
                 * @memberof marketchain.moneymarket.v1.MsgWithdrawResponse
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                MsgWithdrawResponse.prototype.toJSON = function() {
                    return MsgWithdrawResponse.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for MsgWithdrawResponse
                 * @function getTypeUrl
                 * @memberof marketchain.moneymarket.v1.MsgWithdrawResponse
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                MsgWithdrawResponse.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/marketchain.moneymarket.v1.MsgWithdrawResponse";
                };

                return MsgWithdrawResponse;
            })();

            v1.MsgBorrow = (function() {

                /**
                 * Properties of a MsgBorrow.
                 * @typedef {Object} marketchain.moneymarket.v1.MsgBorrow.$Properties
                 * @property {string|null} [sender] MsgBorrow sender
                 * @property {string|null} [denom] MsgBorrow denom
                 * @property {string|null} [amount] MsgBorrow amount
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a MsgBorrow.
                 * @memberof marketchain.moneymarket.v1
                 * @interface IMsgBorrow
                 * @augments marketchain.moneymarket.v1.MsgBorrow.$Properties
                 * @deprecated Use marketchain.moneymarket.v1.MsgBorrow.$Properties instead.
                 */

                /**
                 * Shape of a MsgBorrow.
                 * @typedef {marketchain.moneymarket.v1.MsgBorrow.$Properties} marketchain.moneymarket.v1.MsgBorrow.$Shape
                 */

                /**
                 * Constructs a new MsgBorrow.
                 * @memberof marketchain.moneymarket.v1
                 * @classdesc Represents a MsgBorrow.
                 * @constructor
                 * @param {marketchain.moneymarket.v1.MsgBorrow.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const MsgBorrow = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * MsgBorrow sender.
                 * @member {string} sender
                 * @memberof marketchain.moneymarket.v1.MsgBorrow
                 * @instance
                 */
                MsgBorrow.prototype.sender = "";

                /**
                 * MsgBorrow denom.
                 * @member {string} denom
                 * @memberof marketchain.moneymarket.v1.MsgBorrow
                 * @instance
                 */
                MsgBorrow.prototype.denom = "";

                /**
                 * MsgBorrow amount.
                 * @member {string} amount
                 * @memberof marketchain.moneymarket.v1.MsgBorrow
                 * @instance
                 */
                MsgBorrow.prototype.amount = "";

                /**
                 * Creates a new MsgBorrow instance using the specified properties.
                 * @function create
                 * @memberof marketchain.moneymarket.v1.MsgBorrow
                 * @static
                 * @param {marketchain.moneymarket.v1.MsgBorrow.$Properties=} [properties] Properties to set
                 * @returns {marketchain.moneymarket.v1.MsgBorrow} MsgBorrow instance
                 * @type {{
                 *   (properties: marketchain.moneymarket.v1.MsgBorrow.$Shape): marketchain.moneymarket.v1.MsgBorrow & marketchain.moneymarket.v1.MsgBorrow.$Shape;
                 *   (properties?: marketchain.moneymarket.v1.MsgBorrow.$Properties): marketchain.moneymarket.v1.MsgBorrow;
                 * }}
                 */
                MsgBorrow.create = function(properties) {
                    return new MsgBorrow(properties);
                };

                /**
                 * Encodes the specified MsgBorrow message. Does not implicitly {@link marketchain.moneymarket.v1.MsgBorrow.verify|verify} messages.
                 * @function encode
                 * @memberof marketchain.moneymarket.v1.MsgBorrow
                 * @static
                 * @param {marketchain.moneymarket.v1.MsgBorrow.$Properties} message MsgBorrow message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                MsgBorrow.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.sender != null && $Object.hasOwnProperty.call(message, "sender") && message.sender !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.sender);
                    if (message.denom != null && $Object.hasOwnProperty.call(message, "denom") && message.denom !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.denom);
                    if (message.amount != null && $Object.hasOwnProperty.call(message, "amount") && message.amount !== "")
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.amount);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a MsgBorrow message from the specified reader or buffer.
                 * @function decode
                 * @memberof marketchain.moneymarket.v1.MsgBorrow
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {marketchain.moneymarket.v1.MsgBorrow & marketchain.moneymarket.v1.MsgBorrow.$Shape} MsgBorrow
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                MsgBorrow.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.marketchain.moneymarket.v1.MsgBorrow();
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
                                    message.denom = value;
                                else
                                    delete message.denom;
                                continue;
                            }
                        case 3: {
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
                 * Creates a MsgBorrow message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof marketchain.moneymarket.v1.MsgBorrow
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {marketchain.moneymarket.v1.MsgBorrow} MsgBorrow
                 */
                MsgBorrow.fromObject = function (object, _depth) {
                    if (object instanceof $root.marketchain.moneymarket.v1.MsgBorrow)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".marketchain.moneymarket.v1.MsgBorrow: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.marketchain.moneymarket.v1.MsgBorrow();
                    if (object.sender != null)
                        if (typeof object.sender !== "string" || object.sender.length)
                            message.sender = $String(object.sender);
                    if (object.denom != null)
                        if (typeof object.denom !== "string" || object.denom.length)
                            message.denom = $String(object.denom);
                    if (object.amount != null)
                        if (typeof object.amount !== "string" || object.amount.length)
                            message.amount = $String(object.amount);
                    return message;
                };

                /**
                 * Creates a plain object from a MsgBorrow message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof marketchain.moneymarket.v1.MsgBorrow
                 * @static
                 * @param {marketchain.moneymarket.v1.MsgBorrow} message MsgBorrow
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                MsgBorrow.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.sender = "";
                        object.denom = "";
                        object.amount = "";
                    }
                    if (message.sender != null && $Object.hasOwnProperty.call(message, "sender"))
                        object.sender = message.sender;
                    if (message.denom != null && $Object.hasOwnProperty.call(message, "denom"))
                        object.denom = message.denom;
                    if (message.amount != null && $Object.hasOwnProperty.call(message, "amount"))
                        object.amount = message.amount;
                    return object;
                };

                /**
                 * Converts this MsgBorrow to JSON.
                 * @function toJSON
                 * @memberof marketchain.moneymarket.v1.MsgBorrow
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                MsgBorrow.prototype.toJSON = function() {
                    return MsgBorrow.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for MsgBorrow
                 * @function getTypeUrl
                 * @memberof marketchain.moneymarket.v1.MsgBorrow
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                MsgBorrow.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/marketchain.moneymarket.v1.MsgBorrow";
                };

                return MsgBorrow;
            })();

            v1.MsgBorrowResponse = (function() {

                /**
                 * Properties of a MsgBorrowResponse.
                 * @typedef {Object} marketchain.moneymarket.v1.MsgBorrowResponse.$Properties
                 * @property {string|null} [amount] MsgBorrowResponse amount
                 * @property {string|null} [amountWithFee] MsgBorrowResponse amountWithFee
                 * @property {string|null} [newBalance] MsgBorrowResponse newBalance
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a MsgBorrowResponse.
                 * @memberof marketchain.moneymarket.v1
                 * @interface IMsgBorrowResponse
                 * @augments marketchain.moneymarket.v1.MsgBorrowResponse.$Properties
                 * @deprecated Use marketchain.moneymarket.v1.MsgBorrowResponse.$Properties instead.
                 */

                /**
                 * Shape of a MsgBorrowResponse.
                 * @typedef {marketchain.moneymarket.v1.MsgBorrowResponse.$Properties} marketchain.moneymarket.v1.MsgBorrowResponse.$Shape
                 */

                /**
                 * Constructs a new MsgBorrowResponse.
                 * @memberof marketchain.moneymarket.v1
                 * @classdesc Represents a MsgBorrowResponse.
                 * @constructor
                 * @param {marketchain.moneymarket.v1.MsgBorrowResponse.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const MsgBorrowResponse = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * MsgBorrowResponse amount.
                 * @member {string} amount
                 * @memberof marketchain.moneymarket.v1.MsgBorrowResponse
                 * @instance
                 */
                MsgBorrowResponse.prototype.amount = "";

                /**
                 * MsgBorrowResponse amountWithFee.
                 * @member {string} amountWithFee
                 * @memberof marketchain.moneymarket.v1.MsgBorrowResponse
                 * @instance
                 */
                MsgBorrowResponse.prototype.amountWithFee = "";

                /**
                 * MsgBorrowResponse newBalance.
                 * @member {string} newBalance
                 * @memberof marketchain.moneymarket.v1.MsgBorrowResponse
                 * @instance
                 */
                MsgBorrowResponse.prototype.newBalance = "";

                /**
                 * Creates a new MsgBorrowResponse instance using the specified properties.
                 * @function create
                 * @memberof marketchain.moneymarket.v1.MsgBorrowResponse
                 * @static
                 * @param {marketchain.moneymarket.v1.MsgBorrowResponse.$Properties=} [properties] Properties to set
                 * @returns {marketchain.moneymarket.v1.MsgBorrowResponse} MsgBorrowResponse instance
                 * @type {{
                 *   (properties: marketchain.moneymarket.v1.MsgBorrowResponse.$Shape): marketchain.moneymarket.v1.MsgBorrowResponse & marketchain.moneymarket.v1.MsgBorrowResponse.$Shape;
                 *   (properties?: marketchain.moneymarket.v1.MsgBorrowResponse.$Properties): marketchain.moneymarket.v1.MsgBorrowResponse;
                 * }}
                 */
                MsgBorrowResponse.create = function(properties) {
                    return new MsgBorrowResponse(properties);
                };

                /**
                 * Encodes the specified MsgBorrowResponse message. Does not implicitly {@link marketchain.moneymarket.v1.MsgBorrowResponse.verify|verify} messages.
                 * @function encode
                 * @memberof marketchain.moneymarket.v1.MsgBorrowResponse
                 * @static
                 * @param {marketchain.moneymarket.v1.MsgBorrowResponse.$Properties} message MsgBorrowResponse message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                MsgBorrowResponse.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.amount != null && $Object.hasOwnProperty.call(message, "amount") && message.amount !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.amount);
                    if (message.amountWithFee != null && $Object.hasOwnProperty.call(message, "amountWithFee") && message.amountWithFee !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.amountWithFee);
                    if (message.newBalance != null && $Object.hasOwnProperty.call(message, "newBalance") && message.newBalance !== "")
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.newBalance);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a MsgBorrowResponse message from the specified reader or buffer.
                 * @function decode
                 * @memberof marketchain.moneymarket.v1.MsgBorrowResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {marketchain.moneymarket.v1.MsgBorrowResponse & marketchain.moneymarket.v1.MsgBorrowResponse.$Shape} MsgBorrowResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                MsgBorrowResponse.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.marketchain.moneymarket.v1.MsgBorrowResponse();
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
                                    message.amount = value;
                                else
                                    delete message.amount;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.amountWithFee = value;
                                else
                                    delete message.amountWithFee;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.newBalance = value;
                                else
                                    delete message.newBalance;
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
                 * Creates a MsgBorrowResponse message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof marketchain.moneymarket.v1.MsgBorrowResponse
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {marketchain.moneymarket.v1.MsgBorrowResponse} MsgBorrowResponse
                 */
                MsgBorrowResponse.fromObject = function (object, _depth) {
                    if (object instanceof $root.marketchain.moneymarket.v1.MsgBorrowResponse)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".marketchain.moneymarket.v1.MsgBorrowResponse: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.marketchain.moneymarket.v1.MsgBorrowResponse();
                    if (object.amount != null)
                        if (typeof object.amount !== "string" || object.amount.length)
                            message.amount = $String(object.amount);
                    if (object.amountWithFee != null)
                        if (typeof object.amountWithFee !== "string" || object.amountWithFee.length)
                            message.amountWithFee = $String(object.amountWithFee);
                    if (object.newBalance != null)
                        if (typeof object.newBalance !== "string" || object.newBalance.length)
                            message.newBalance = $String(object.newBalance);
                    return message;
                };

                /**
                 * Creates a plain object from a MsgBorrowResponse message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof marketchain.moneymarket.v1.MsgBorrowResponse
                 * @static
                 * @param {marketchain.moneymarket.v1.MsgBorrowResponse} message MsgBorrowResponse
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                MsgBorrowResponse.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.amount = "";
                        object.amountWithFee = "";
                        object.newBalance = "";
                    }
                    if (message.amount != null && $Object.hasOwnProperty.call(message, "amount"))
                        object.amount = message.amount;
                    if (message.amountWithFee != null && $Object.hasOwnProperty.call(message, "amountWithFee"))
                        object.amountWithFee = message.amountWithFee;
                    if (message.newBalance != null && $Object.hasOwnProperty.call(message, "newBalance"))
                        object.newBalance = message.newBalance;
                    return object;
                };

                /**
                 * Converts this MsgBorrowResponse to JSON.
                 * @function toJSON
                 * @memberof marketchain.moneymarket.v1.MsgBorrowResponse
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                MsgBorrowResponse.prototype.toJSON = function() {
                    return MsgBorrowResponse.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for MsgBorrowResponse
                 * @function getTypeUrl
                 * @memberof marketchain.moneymarket.v1.MsgBorrowResponse
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                MsgBorrowResponse.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/marketchain.moneymarket.v1.MsgBorrowResponse";
                };

                return MsgBorrowResponse;
            })();

            v1.MsgRepay = (function() {

                /**
                 * Properties of a MsgRepay.
                 * @typedef {Object} marketchain.moneymarket.v1.MsgRepay.$Properties
                 * @property {string|null} [sender] MsgRepay sender
                 * @property {string|null} [denom] MsgRepay denom
                 * @property {string|null} [amount] MsgRepay amount
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a MsgRepay.
                 * @memberof marketchain.moneymarket.v1
                 * @interface IMsgRepay
                 * @augments marketchain.moneymarket.v1.MsgRepay.$Properties
                 * @deprecated Use marketchain.moneymarket.v1.MsgRepay.$Properties instead.
                 */

                /**
                 * Shape of a MsgRepay.
                 * @typedef {marketchain.moneymarket.v1.MsgRepay.$Properties} marketchain.moneymarket.v1.MsgRepay.$Shape
                 */

                /**
                 * Constructs a new MsgRepay.
                 * @memberof marketchain.moneymarket.v1
                 * @classdesc Represents a MsgRepay.
                 * @constructor
                 * @param {marketchain.moneymarket.v1.MsgRepay.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const MsgRepay = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * MsgRepay sender.
                 * @member {string} sender
                 * @memberof marketchain.moneymarket.v1.MsgRepay
                 * @instance
                 */
                MsgRepay.prototype.sender = "";

                /**
                 * MsgRepay denom.
                 * @member {string} denom
                 * @memberof marketchain.moneymarket.v1.MsgRepay
                 * @instance
                 */
                MsgRepay.prototype.denom = "";

                /**
                 * MsgRepay amount.
                 * @member {string} amount
                 * @memberof marketchain.moneymarket.v1.MsgRepay
                 * @instance
                 */
                MsgRepay.prototype.amount = "";

                /**
                 * Creates a new MsgRepay instance using the specified properties.
                 * @function create
                 * @memberof marketchain.moneymarket.v1.MsgRepay
                 * @static
                 * @param {marketchain.moneymarket.v1.MsgRepay.$Properties=} [properties] Properties to set
                 * @returns {marketchain.moneymarket.v1.MsgRepay} MsgRepay instance
                 * @type {{
                 *   (properties: marketchain.moneymarket.v1.MsgRepay.$Shape): marketchain.moneymarket.v1.MsgRepay & marketchain.moneymarket.v1.MsgRepay.$Shape;
                 *   (properties?: marketchain.moneymarket.v1.MsgRepay.$Properties): marketchain.moneymarket.v1.MsgRepay;
                 * }}
                 */
                MsgRepay.create = function(properties) {
                    return new MsgRepay(properties);
                };

                /**
                 * Encodes the specified MsgRepay message. Does not implicitly {@link marketchain.moneymarket.v1.MsgRepay.verify|verify} messages.
                 * @function encode
                 * @memberof marketchain.moneymarket.v1.MsgRepay
                 * @static
                 * @param {marketchain.moneymarket.v1.MsgRepay.$Properties} message MsgRepay message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                MsgRepay.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.sender != null && $Object.hasOwnProperty.call(message, "sender") && message.sender !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.sender);
                    if (message.denom != null && $Object.hasOwnProperty.call(message, "denom") && message.denom !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.denom);
                    if (message.amount != null && $Object.hasOwnProperty.call(message, "amount") && message.amount !== "")
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.amount);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a MsgRepay message from the specified reader or buffer.
                 * @function decode
                 * @memberof marketchain.moneymarket.v1.MsgRepay
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {marketchain.moneymarket.v1.MsgRepay & marketchain.moneymarket.v1.MsgRepay.$Shape} MsgRepay
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                MsgRepay.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.marketchain.moneymarket.v1.MsgRepay();
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
                                    message.denom = value;
                                else
                                    delete message.denom;
                                continue;
                            }
                        case 3: {
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
                 * Creates a MsgRepay message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof marketchain.moneymarket.v1.MsgRepay
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {marketchain.moneymarket.v1.MsgRepay} MsgRepay
                 */
                MsgRepay.fromObject = function (object, _depth) {
                    if (object instanceof $root.marketchain.moneymarket.v1.MsgRepay)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".marketchain.moneymarket.v1.MsgRepay: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.marketchain.moneymarket.v1.MsgRepay();
                    if (object.sender != null)
                        if (typeof object.sender !== "string" || object.sender.length)
                            message.sender = $String(object.sender);
                    if (object.denom != null)
                        if (typeof object.denom !== "string" || object.denom.length)
                            message.denom = $String(object.denom);
                    if (object.amount != null)
                        if (typeof object.amount !== "string" || object.amount.length)
                            message.amount = $String(object.amount);
                    return message;
                };

                /**
                 * Creates a plain object from a MsgRepay message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof marketchain.moneymarket.v1.MsgRepay
                 * @static
                 * @param {marketchain.moneymarket.v1.MsgRepay} message MsgRepay
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                MsgRepay.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.sender = "";
                        object.denom = "";
                        object.amount = "";
                    }
                    if (message.sender != null && $Object.hasOwnProperty.call(message, "sender"))
                        object.sender = message.sender;
                    if (message.denom != null && $Object.hasOwnProperty.call(message, "denom"))
                        object.denom = message.denom;
                    if (message.amount != null && $Object.hasOwnProperty.call(message, "amount"))
                        object.amount = message.amount;
                    return object;
                };

                /**
                 * Converts this MsgRepay to JSON.
                 * @function toJSON
                 * @memberof marketchain.moneymarket.v1.MsgRepay
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                MsgRepay.prototype.toJSON = function() {
                    return MsgRepay.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for MsgRepay
                 * @function getTypeUrl
                 * @memberof marketchain.moneymarket.v1.MsgRepay
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                MsgRepay.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/marketchain.moneymarket.v1.MsgRepay";
                };

                return MsgRepay;
            })();

            v1.MsgRepayResponse = (function() {

                /**
                 * Properties of a MsgRepayResponse.
                 * @typedef {Object} marketchain.moneymarket.v1.MsgRepayResponse.$Properties
                 * @property {string|null} [amount] MsgRepayResponse amount
                 * @property {string|null} [newBalance] MsgRepayResponse newBalance
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a MsgRepayResponse.
                 * @memberof marketchain.moneymarket.v1
                 * @interface IMsgRepayResponse
                 * @augments marketchain.moneymarket.v1.MsgRepayResponse.$Properties
                 * @deprecated Use marketchain.moneymarket.v1.MsgRepayResponse.$Properties instead.
                 */

                /**
                 * Shape of a MsgRepayResponse.
                 * @typedef {marketchain.moneymarket.v1.MsgRepayResponse.$Properties} marketchain.moneymarket.v1.MsgRepayResponse.$Shape
                 */

                /**
                 * Constructs a new MsgRepayResponse.
                 * @memberof marketchain.moneymarket.v1
                 * @classdesc Represents a MsgRepayResponse.
                 * @constructor
                 * @param {marketchain.moneymarket.v1.MsgRepayResponse.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const MsgRepayResponse = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * MsgRepayResponse amount.
                 * @member {string} amount
                 * @memberof marketchain.moneymarket.v1.MsgRepayResponse
                 * @instance
                 */
                MsgRepayResponse.prototype.amount = "";

                /**
                 * MsgRepayResponse newBalance.
                 * @member {string} newBalance
                 * @memberof marketchain.moneymarket.v1.MsgRepayResponse
                 * @instance
                 */
                MsgRepayResponse.prototype.newBalance = "";

                /**
                 * Creates a new MsgRepayResponse instance using the specified properties.
                 * @function create
                 * @memberof marketchain.moneymarket.v1.MsgRepayResponse
                 * @static
                 * @param {marketchain.moneymarket.v1.MsgRepayResponse.$Properties=} [properties] Properties to set
                 * @returns {marketchain.moneymarket.v1.MsgRepayResponse} MsgRepayResponse instance
                 * @type {{
                 *   (properties: marketchain.moneymarket.v1.MsgRepayResponse.$Shape): marketchain.moneymarket.v1.MsgRepayResponse & marketchain.moneymarket.v1.MsgRepayResponse.$Shape;
                 *   (properties?: marketchain.moneymarket.v1.MsgRepayResponse.$Properties): marketchain.moneymarket.v1.MsgRepayResponse;
                 * }}
                 */
                MsgRepayResponse.create = function(properties) {
                    return new MsgRepayResponse(properties);
                };

                /**
                 * Encodes the specified MsgRepayResponse message. Does not implicitly {@link marketchain.moneymarket.v1.MsgRepayResponse.verify|verify} messages.
                 * @function encode
                 * @memberof marketchain.moneymarket.v1.MsgRepayResponse
                 * @static
                 * @param {marketchain.moneymarket.v1.MsgRepayResponse.$Properties} message MsgRepayResponse message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                MsgRepayResponse.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.amount != null && $Object.hasOwnProperty.call(message, "amount") && message.amount !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.amount);
                    if (message.newBalance != null && $Object.hasOwnProperty.call(message, "newBalance") && message.newBalance !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.newBalance);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a MsgRepayResponse message from the specified reader or buffer.
                 * @function decode
                 * @memberof marketchain.moneymarket.v1.MsgRepayResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {marketchain.moneymarket.v1.MsgRepayResponse & marketchain.moneymarket.v1.MsgRepayResponse.$Shape} MsgRepayResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                MsgRepayResponse.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.marketchain.moneymarket.v1.MsgRepayResponse();
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
                                    message.amount = value;
                                else
                                    delete message.amount;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.newBalance = value;
                                else
                                    delete message.newBalance;
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
                 * Creates a MsgRepayResponse message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof marketchain.moneymarket.v1.MsgRepayResponse
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {marketchain.moneymarket.v1.MsgRepayResponse} MsgRepayResponse
                 */
                MsgRepayResponse.fromObject = function (object, _depth) {
                    if (object instanceof $root.marketchain.moneymarket.v1.MsgRepayResponse)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".marketchain.moneymarket.v1.MsgRepayResponse: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.marketchain.moneymarket.v1.MsgRepayResponse();
                    if (object.amount != null)
                        if (typeof object.amount !== "string" || object.amount.length)
                            message.amount = $String(object.amount);
                    if (object.newBalance != null)
                        if (typeof object.newBalance !== "string" || object.newBalance.length)
                            message.newBalance = $String(object.newBalance);
                    return message;
                };

                /**
                 * Creates a plain object from a MsgRepayResponse message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof marketchain.moneymarket.v1.MsgRepayResponse
                 * @static
                 * @param {marketchain.moneymarket.v1.MsgRepayResponse} message MsgRepayResponse
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                MsgRepayResponse.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.amount = "";
                        object.newBalance = "";
                    }
                    if (message.amount != null && $Object.hasOwnProperty.call(message, "amount"))
                        object.amount = message.amount;
                    if (message.newBalance != null && $Object.hasOwnProperty.call(message, "newBalance"))
                        object.newBalance = message.newBalance;
                    return object;
                };

                /**
                 * Converts this MsgRepayResponse to JSON.
                 * @function toJSON
                 * @memberof marketchain.moneymarket.v1.MsgRepayResponse
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                MsgRepayResponse.prototype.toJSON = function() {
                    return MsgRepayResponse.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for MsgRepayResponse
                 * @function getTypeUrl
                 * @memberof marketchain.moneymarket.v1.MsgRepayResponse
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                MsgRepayResponse.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/marketchain.moneymarket.v1.MsgRepayResponse";
                };

                return MsgRepayResponse;
            })();

            v1.MsgLiquidate = (function() {

                /**
                 * Properties of a MsgLiquidate.
                 * @typedef {Object} marketchain.moneymarket.v1.MsgLiquidate.$Properties
                 * @property {string|null} [sender] MsgLiquidate sender
                 * @property {string|null} [borrower] MsgLiquidate borrower
                 * @property {string|null} [borrowDenom] MsgLiquidate borrowDenom
                 * @property {string|null} [collateralDenom] MsgLiquidate collateralDenom
                 * @property {string|null} [amount] MsgLiquidate amount
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a MsgLiquidate.
                 * @memberof marketchain.moneymarket.v1
                 * @interface IMsgLiquidate
                 * @augments marketchain.moneymarket.v1.MsgLiquidate.$Properties
                 * @deprecated Use marketchain.moneymarket.v1.MsgLiquidate.$Properties instead.
                 */

                /**
                 * Shape of a MsgLiquidate.
                 * @typedef {marketchain.moneymarket.v1.MsgLiquidate.$Properties} marketchain.moneymarket.v1.MsgLiquidate.$Shape
                 */

                /**
                 * Constructs a new MsgLiquidate.
                 * @memberof marketchain.moneymarket.v1
                 * @classdesc Represents a MsgLiquidate.
                 * @constructor
                 * @param {marketchain.moneymarket.v1.MsgLiquidate.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const MsgLiquidate = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * MsgLiquidate sender.
                 * @member {string} sender
                 * @memberof marketchain.moneymarket.v1.MsgLiquidate
                 * @instance
                 */
                MsgLiquidate.prototype.sender = "";

                /**
                 * MsgLiquidate borrower.
                 * @member {string} borrower
                 * @memberof marketchain.moneymarket.v1.MsgLiquidate
                 * @instance
                 */
                MsgLiquidate.prototype.borrower = "";

                /**
                 * MsgLiquidate borrowDenom.
                 * @member {string} borrowDenom
                 * @memberof marketchain.moneymarket.v1.MsgLiquidate
                 * @instance
                 */
                MsgLiquidate.prototype.borrowDenom = "";

                /**
                 * MsgLiquidate collateralDenom.
                 * @member {string} collateralDenom
                 * @memberof marketchain.moneymarket.v1.MsgLiquidate
                 * @instance
                 */
                MsgLiquidate.prototype.collateralDenom = "";

                /**
                 * MsgLiquidate amount.
                 * @member {string} amount
                 * @memberof marketchain.moneymarket.v1.MsgLiquidate
                 * @instance
                 */
                MsgLiquidate.prototype.amount = "";

                /**
                 * Creates a new MsgLiquidate instance using the specified properties.
                 * @function create
                 * @memberof marketchain.moneymarket.v1.MsgLiquidate
                 * @static
                 * @param {marketchain.moneymarket.v1.MsgLiquidate.$Properties=} [properties] Properties to set
                 * @returns {marketchain.moneymarket.v1.MsgLiquidate} MsgLiquidate instance
                 * @type {{
                 *   (properties: marketchain.moneymarket.v1.MsgLiquidate.$Shape): marketchain.moneymarket.v1.MsgLiquidate & marketchain.moneymarket.v1.MsgLiquidate.$Shape;
                 *   (properties?: marketchain.moneymarket.v1.MsgLiquidate.$Properties): marketchain.moneymarket.v1.MsgLiquidate;
                 * }}
                 */
                MsgLiquidate.create = function(properties) {
                    return new MsgLiquidate(properties);
                };

                /**
                 * Encodes the specified MsgLiquidate message. Does not implicitly {@link marketchain.moneymarket.v1.MsgLiquidate.verify|verify} messages.
                 * @function encode
                 * @memberof marketchain.moneymarket.v1.MsgLiquidate
                 * @static
                 * @param {marketchain.moneymarket.v1.MsgLiquidate.$Properties} message MsgLiquidate message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                MsgLiquidate.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.sender != null && $Object.hasOwnProperty.call(message, "sender") && message.sender !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.sender);
                    if (message.borrower != null && $Object.hasOwnProperty.call(message, "borrower") && message.borrower !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.borrower);
                    if (message.borrowDenom != null && $Object.hasOwnProperty.call(message, "borrowDenom") && message.borrowDenom !== "")
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.borrowDenom);
                    if (message.collateralDenom != null && $Object.hasOwnProperty.call(message, "collateralDenom") && message.collateralDenom !== "")
                        writer.uint32(/* id 4, wireType 2 =*/34).string(message.collateralDenom);
                    if (message.amount != null && $Object.hasOwnProperty.call(message, "amount") && message.amount !== "")
                        writer.uint32(/* id 5, wireType 2 =*/42).string(message.amount);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a MsgLiquidate message from the specified reader or buffer.
                 * @function decode
                 * @memberof marketchain.moneymarket.v1.MsgLiquidate
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {marketchain.moneymarket.v1.MsgLiquidate & marketchain.moneymarket.v1.MsgLiquidate.$Shape} MsgLiquidate
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                MsgLiquidate.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.marketchain.moneymarket.v1.MsgLiquidate();
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
                                    message.borrower = value;
                                else
                                    delete message.borrower;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.borrowDenom = value;
                                else
                                    delete message.borrowDenom;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.collateralDenom = value;
                                else
                                    delete message.collateralDenom;
                                continue;
                            }
                        case 5: {
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
                 * Creates a MsgLiquidate message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof marketchain.moneymarket.v1.MsgLiquidate
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {marketchain.moneymarket.v1.MsgLiquidate} MsgLiquidate
                 */
                MsgLiquidate.fromObject = function (object, _depth) {
                    if (object instanceof $root.marketchain.moneymarket.v1.MsgLiquidate)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".marketchain.moneymarket.v1.MsgLiquidate: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.marketchain.moneymarket.v1.MsgLiquidate();
                    if (object.sender != null)
                        if (typeof object.sender !== "string" || object.sender.length)
                            message.sender = $String(object.sender);
                    if (object.borrower != null)
                        if (typeof object.borrower !== "string" || object.borrower.length)
                            message.borrower = $String(object.borrower);
                    if (object.borrowDenom != null)
                        if (typeof object.borrowDenom !== "string" || object.borrowDenom.length)
                            message.borrowDenom = $String(object.borrowDenom);
                    if (object.collateralDenom != null)
                        if (typeof object.collateralDenom !== "string" || object.collateralDenom.length)
                            message.collateralDenom = $String(object.collateralDenom);
                    if (object.amount != null)
                        if (typeof object.amount !== "string" || object.amount.length)
                            message.amount = $String(object.amount);
                    return message;
                };

                /**
                 * Creates a plain object from a MsgLiquidate message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof marketchain.moneymarket.v1.MsgLiquidate
                 * @static
                 * @param {marketchain.moneymarket.v1.MsgLiquidate} message MsgLiquidate
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                MsgLiquidate.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.sender = "";
                        object.borrower = "";
                        object.borrowDenom = "";
                        object.collateralDenom = "";
                        object.amount = "";
                    }
                    if (message.sender != null && $Object.hasOwnProperty.call(message, "sender"))
                        object.sender = message.sender;
                    if (message.borrower != null && $Object.hasOwnProperty.call(message, "borrower"))
                        object.borrower = message.borrower;
                    if (message.borrowDenom != null && $Object.hasOwnProperty.call(message, "borrowDenom"))
                        object.borrowDenom = message.borrowDenom;
                    if (message.collateralDenom != null && $Object.hasOwnProperty.call(message, "collateralDenom"))
                        object.collateralDenom = message.collateralDenom;
                    if (message.amount != null && $Object.hasOwnProperty.call(message, "amount"))
                        object.amount = message.amount;
                    return object;
                };

                /**
                 * Converts this MsgLiquidate to JSON.
                 * @function toJSON
                 * @memberof marketchain.moneymarket.v1.MsgLiquidate
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                MsgLiquidate.prototype.toJSON = function() {
                    return MsgLiquidate.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for MsgLiquidate
                 * @function getTypeUrl
                 * @memberof marketchain.moneymarket.v1.MsgLiquidate
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                MsgLiquidate.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/marketchain.moneymarket.v1.MsgLiquidate";
                };

                return MsgLiquidate;
            })();

            v1.MsgLiquidateResponse = (function() {

                /**
                 * Properties of a MsgLiquidateResponse.
                 * @typedef {Object} marketchain.moneymarket.v1.MsgLiquidateResponse.$Properties
                 * @property {string|null} [amountRepaid] MsgLiquidateResponse amountRepaid
                 * @property {string|null} [amountSeized] MsgLiquidateResponse amountSeized
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a MsgLiquidateResponse.
                 * @memberof marketchain.moneymarket.v1
                 * @interface IMsgLiquidateResponse
                 * @augments marketchain.moneymarket.v1.MsgLiquidateResponse.$Properties
                 * @deprecated Use marketchain.moneymarket.v1.MsgLiquidateResponse.$Properties instead.
                 */

                /**
                 * Shape of a MsgLiquidateResponse.
                 * @typedef {marketchain.moneymarket.v1.MsgLiquidateResponse.$Properties} marketchain.moneymarket.v1.MsgLiquidateResponse.$Shape
                 */

                /**
                 * Constructs a new MsgLiquidateResponse.
                 * @memberof marketchain.moneymarket.v1
                 * @classdesc Represents a MsgLiquidateResponse.
                 * @constructor
                 * @param {marketchain.moneymarket.v1.MsgLiquidateResponse.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const MsgLiquidateResponse = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * MsgLiquidateResponse amountRepaid.
                 * @member {string} amountRepaid
                 * @memberof marketchain.moneymarket.v1.MsgLiquidateResponse
                 * @instance
                 */
                MsgLiquidateResponse.prototype.amountRepaid = "";

                /**
                 * MsgLiquidateResponse amountSeized.
                 * @member {string} amountSeized
                 * @memberof marketchain.moneymarket.v1.MsgLiquidateResponse
                 * @instance
                 */
                MsgLiquidateResponse.prototype.amountSeized = "";

                /**
                 * Creates a new MsgLiquidateResponse instance using the specified properties.
                 * @function create
                 * @memberof marketchain.moneymarket.v1.MsgLiquidateResponse
                 * @static
                 * @param {marketchain.moneymarket.v1.MsgLiquidateResponse.$Properties=} [properties] Properties to set
                 * @returns {marketchain.moneymarket.v1.MsgLiquidateResponse} MsgLiquidateResponse instance
                 * @type {{
                 *   (properties: marketchain.moneymarket.v1.MsgLiquidateResponse.$Shape): marketchain.moneymarket.v1.MsgLiquidateResponse & marketchain.moneymarket.v1.MsgLiquidateResponse.$Shape;
                 *   (properties?: marketchain.moneymarket.v1.MsgLiquidateResponse.$Properties): marketchain.moneymarket.v1.MsgLiquidateResponse;
                 * }}
                 */
                MsgLiquidateResponse.create = function(properties) {
                    return new MsgLiquidateResponse(properties);
                };

                /**
                 * Encodes the specified MsgLiquidateResponse message. Does not implicitly {@link marketchain.moneymarket.v1.MsgLiquidateResponse.verify|verify} messages.
                 * @function encode
                 * @memberof marketchain.moneymarket.v1.MsgLiquidateResponse
                 * @static
                 * @param {marketchain.moneymarket.v1.MsgLiquidateResponse.$Properties} message MsgLiquidateResponse message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                MsgLiquidateResponse.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.amountRepaid != null && $Object.hasOwnProperty.call(message, "amountRepaid") && message.amountRepaid !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.amountRepaid);
                    if (message.amountSeized != null && $Object.hasOwnProperty.call(message, "amountSeized") && message.amountSeized !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.amountSeized);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a MsgLiquidateResponse message from the specified reader or buffer.
                 * @function decode
                 * @memberof marketchain.moneymarket.v1.MsgLiquidateResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {marketchain.moneymarket.v1.MsgLiquidateResponse & marketchain.moneymarket.v1.MsgLiquidateResponse.$Shape} MsgLiquidateResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                MsgLiquidateResponse.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.marketchain.moneymarket.v1.MsgLiquidateResponse();
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
                                    message.amountRepaid = value;
                                else
                                    delete message.amountRepaid;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.amountSeized = value;
                                else
                                    delete message.amountSeized;
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
                 * Creates a MsgLiquidateResponse message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof marketchain.moneymarket.v1.MsgLiquidateResponse
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {marketchain.moneymarket.v1.MsgLiquidateResponse} MsgLiquidateResponse
                 */
                MsgLiquidateResponse.fromObject = function (object, _depth) {
                    if (object instanceof $root.marketchain.moneymarket.v1.MsgLiquidateResponse)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".marketchain.moneymarket.v1.MsgLiquidateResponse: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.marketchain.moneymarket.v1.MsgLiquidateResponse();
                    if (object.amountRepaid != null)
                        if (typeof object.amountRepaid !== "string" || object.amountRepaid.length)
                            message.amountRepaid = $String(object.amountRepaid);
                    if (object.amountSeized != null)
                        if (typeof object.amountSeized !== "string" || object.amountSeized.length)
                            message.amountSeized = $String(object.amountSeized);
                    return message;
                };

                /**
                 * Creates a plain object from a MsgLiquidateResponse message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof marketchain.moneymarket.v1.MsgLiquidateResponse
                 * @static
                 * @param {marketchain.moneymarket.v1.MsgLiquidateResponse} message MsgLiquidateResponse
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                MsgLiquidateResponse.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.amountRepaid = "";
                        object.amountSeized = "";
                    }
                    if (message.amountRepaid != null && $Object.hasOwnProperty.call(message, "amountRepaid"))
                        object.amountRepaid = message.amountRepaid;
                    if (message.amountSeized != null && $Object.hasOwnProperty.call(message, "amountSeized"))
                        object.amountSeized = message.amountSeized;
                    return object;
                };

                /**
                 * Converts this MsgLiquidateResponse to JSON.
                 * @function toJSON
                 * @memberof marketchain.moneymarket.v1.MsgLiquidateResponse
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                MsgLiquidateResponse.prototype.toJSON = function() {
                    return MsgLiquidateResponse.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for MsgLiquidateResponse
                 * @function getTypeUrl
                 * @memberof marketchain.moneymarket.v1.MsgLiquidateResponse
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                MsgLiquidateResponse.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/marketchain.moneymarket.v1.MsgLiquidateResponse";
                };

                return MsgLiquidateResponse;
            })();

            v1.MsgSetAssetPrice = (function() {

                /**
                 * Properties of a MsgSetAssetPrice.
                 * @typedef {Object} marketchain.moneymarket.v1.MsgSetAssetPrice.$Properties
                 * @property {string|null} [sender] MsgSetAssetPrice sender
                 * @property {string|null} [denom] MsgSetAssetPrice denom
                 * @property {string|null} [price] MsgSetAssetPrice price
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a MsgSetAssetPrice.
                 * @memberof marketchain.moneymarket.v1
                 * @interface IMsgSetAssetPrice
                 * @augments marketchain.moneymarket.v1.MsgSetAssetPrice.$Properties
                 * @deprecated Use marketchain.moneymarket.v1.MsgSetAssetPrice.$Properties instead.
                 */

                /**
                 * Shape of a MsgSetAssetPrice.
                 * @typedef {marketchain.moneymarket.v1.MsgSetAssetPrice.$Properties} marketchain.moneymarket.v1.MsgSetAssetPrice.$Shape
                 */

                /**
                 * Constructs a new MsgSetAssetPrice.
                 * @memberof marketchain.moneymarket.v1
                 * @classdesc Represents a MsgSetAssetPrice.
                 * @constructor
                 * @param {marketchain.moneymarket.v1.MsgSetAssetPrice.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const MsgSetAssetPrice = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * MsgSetAssetPrice sender.
                 * @member {string} sender
                 * @memberof marketchain.moneymarket.v1.MsgSetAssetPrice
                 * @instance
                 */
                MsgSetAssetPrice.prototype.sender = "";

                /**
                 * MsgSetAssetPrice denom.
                 * @member {string} denom
                 * @memberof marketchain.moneymarket.v1.MsgSetAssetPrice
                 * @instance
                 */
                MsgSetAssetPrice.prototype.denom = "";

                /**
                 * MsgSetAssetPrice price.
                 * @member {string} price
                 * @memberof marketchain.moneymarket.v1.MsgSetAssetPrice
                 * @instance
                 */
                MsgSetAssetPrice.prototype.price = "";

                /**
                 * Creates a new MsgSetAssetPrice instance using the specified properties.
                 * @function create
                 * @memberof marketchain.moneymarket.v1.MsgSetAssetPrice
                 * @static
                 * @param {marketchain.moneymarket.v1.MsgSetAssetPrice.$Properties=} [properties] Properties to set
                 * @returns {marketchain.moneymarket.v1.MsgSetAssetPrice} MsgSetAssetPrice instance
                 * @type {{
                 *   (properties: marketchain.moneymarket.v1.MsgSetAssetPrice.$Shape): marketchain.moneymarket.v1.MsgSetAssetPrice & marketchain.moneymarket.v1.MsgSetAssetPrice.$Shape;
                 *   (properties?: marketchain.moneymarket.v1.MsgSetAssetPrice.$Properties): marketchain.moneymarket.v1.MsgSetAssetPrice;
                 * }}
                 */
                MsgSetAssetPrice.create = function(properties) {
                    return new MsgSetAssetPrice(properties);
                };

                /**
                 * Encodes the specified MsgSetAssetPrice message. Does not implicitly {@link marketchain.moneymarket.v1.MsgSetAssetPrice.verify|verify} messages.
                 * @function encode
                 * @memberof marketchain.moneymarket.v1.MsgSetAssetPrice
                 * @static
                 * @param {marketchain.moneymarket.v1.MsgSetAssetPrice.$Properties} message MsgSetAssetPrice message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                MsgSetAssetPrice.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.sender != null && $Object.hasOwnProperty.call(message, "sender") && message.sender !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.sender);
                    if (message.denom != null && $Object.hasOwnProperty.call(message, "denom") && message.denom !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.denom);
                    if (message.price != null && $Object.hasOwnProperty.call(message, "price") && message.price !== "")
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.price);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a MsgSetAssetPrice message from the specified reader or buffer.
                 * @function decode
                 * @memberof marketchain.moneymarket.v1.MsgSetAssetPrice
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {marketchain.moneymarket.v1.MsgSetAssetPrice & marketchain.moneymarket.v1.MsgSetAssetPrice.$Shape} MsgSetAssetPrice
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                MsgSetAssetPrice.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.marketchain.moneymarket.v1.MsgSetAssetPrice();
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
                                    message.denom = value;
                                else
                                    delete message.denom;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.price = value;
                                else
                                    delete message.price;
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
                 * Creates a MsgSetAssetPrice message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof marketchain.moneymarket.v1.MsgSetAssetPrice
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {marketchain.moneymarket.v1.MsgSetAssetPrice} MsgSetAssetPrice
                 */
                MsgSetAssetPrice.fromObject = function (object, _depth) {
                    if (object instanceof $root.marketchain.moneymarket.v1.MsgSetAssetPrice)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".marketchain.moneymarket.v1.MsgSetAssetPrice: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.marketchain.moneymarket.v1.MsgSetAssetPrice();
                    if (object.sender != null)
                        if (typeof object.sender !== "string" || object.sender.length)
                            message.sender = $String(object.sender);
                    if (object.denom != null)
                        if (typeof object.denom !== "string" || object.denom.length)
                            message.denom = $String(object.denom);
                    if (object.price != null)
                        if (typeof object.price !== "string" || object.price.length)
                            message.price = $String(object.price);
                    return message;
                };

                /**
                 * Creates a plain object from a MsgSetAssetPrice message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof marketchain.moneymarket.v1.MsgSetAssetPrice
                 * @static
                 * @param {marketchain.moneymarket.v1.MsgSetAssetPrice} message MsgSetAssetPrice
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                MsgSetAssetPrice.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.sender = "";
                        object.denom = "";
                        object.price = "";
                    }
                    if (message.sender != null && $Object.hasOwnProperty.call(message, "sender"))
                        object.sender = message.sender;
                    if (message.denom != null && $Object.hasOwnProperty.call(message, "denom"))
                        object.denom = message.denom;
                    if (message.price != null && $Object.hasOwnProperty.call(message, "price"))
                        object.price = message.price;
                    return object;
                };

                /**
                 * Converts this MsgSetAssetPrice to JSON.
                 * @function toJSON
                 * @memberof marketchain.moneymarket.v1.MsgSetAssetPrice
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                MsgSetAssetPrice.prototype.toJSON = function() {
                    return MsgSetAssetPrice.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for MsgSetAssetPrice
                 * @function getTypeUrl
                 * @memberof marketchain.moneymarket.v1.MsgSetAssetPrice
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                MsgSetAssetPrice.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/marketchain.moneymarket.v1.MsgSetAssetPrice";
                };

                return MsgSetAssetPrice;
            })();

            v1.MsgSetAssetPriceResponse = (function() {

                /**
                 * Properties of a MsgSetAssetPriceResponse.
                 * @typedef {Object} marketchain.moneymarket.v1.MsgSetAssetPriceResponse.$Properties
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a MsgSetAssetPriceResponse.
                 * @memberof marketchain.moneymarket.v1
                 * @interface IMsgSetAssetPriceResponse
                 * @augments marketchain.moneymarket.v1.MsgSetAssetPriceResponse.$Properties
                 * @deprecated Use marketchain.moneymarket.v1.MsgSetAssetPriceResponse.$Properties instead.
                 */

                /**
                 * Shape of a MsgSetAssetPriceResponse.
                 * @typedef {marketchain.moneymarket.v1.MsgSetAssetPriceResponse.$Properties} marketchain.moneymarket.v1.MsgSetAssetPriceResponse.$Shape
                 */

                /**
                 * Constructs a new MsgSetAssetPriceResponse.
                 * @memberof marketchain.moneymarket.v1
                 * @classdesc Represents a MsgSetAssetPriceResponse.
                 * @constructor
                 * @param {marketchain.moneymarket.v1.MsgSetAssetPriceResponse.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const MsgSetAssetPriceResponse = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * Creates a new MsgSetAssetPriceResponse instance using the specified properties.
                 * @function create
                 * @memberof marketchain.moneymarket.v1.MsgSetAssetPriceResponse
                 * @static
                 * @param {marketchain.moneymarket.v1.MsgSetAssetPriceResponse.$Properties=} [properties] Properties to set
                 * @returns {marketchain.moneymarket.v1.MsgSetAssetPriceResponse} MsgSetAssetPriceResponse instance
                 * @type {{
                 *   (properties: marketchain.moneymarket.v1.MsgSetAssetPriceResponse.$Shape): marketchain.moneymarket.v1.MsgSetAssetPriceResponse & marketchain.moneymarket.v1.MsgSetAssetPriceResponse.$Shape;
                 *   (properties?: marketchain.moneymarket.v1.MsgSetAssetPriceResponse.$Properties): marketchain.moneymarket.v1.MsgSetAssetPriceResponse;
                 * }}
                 */
                MsgSetAssetPriceResponse.create = function(properties) {
                    return new MsgSetAssetPriceResponse(properties);
                };

                /**
                 * Encodes the specified MsgSetAssetPriceResponse message. Does not implicitly {@link marketchain.moneymarket.v1.MsgSetAssetPriceResponse.verify|verify} messages.
                 * @function encode
                 * @memberof marketchain.moneymarket.v1.MsgSetAssetPriceResponse
                 * @static
                 * @param {marketchain.moneymarket.v1.MsgSetAssetPriceResponse.$Properties} message MsgSetAssetPriceResponse message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                MsgSetAssetPriceResponse.encode = function (message, writer, _depth) {
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
                 * Decodes a MsgSetAssetPriceResponse message from the specified reader or buffer.
                 * @function decode
                 * @memberof marketchain.moneymarket.v1.MsgSetAssetPriceResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {marketchain.moneymarket.v1.MsgSetAssetPriceResponse & marketchain.moneymarket.v1.MsgSetAssetPriceResponse.$Shape} MsgSetAssetPriceResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                MsgSetAssetPriceResponse.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.marketchain.moneymarket.v1.MsgSetAssetPriceResponse();
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
                 * Creates a MsgSetAssetPriceResponse message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof marketchain.moneymarket.v1.MsgSetAssetPriceResponse
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {marketchain.moneymarket.v1.MsgSetAssetPriceResponse} MsgSetAssetPriceResponse
                 */
                MsgSetAssetPriceResponse.fromObject = function (object, _depth) {
                    if (object instanceof $root.marketchain.moneymarket.v1.MsgSetAssetPriceResponse)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".marketchain.moneymarket.v1.MsgSetAssetPriceResponse: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    return new $root.marketchain.moneymarket.v1.MsgSetAssetPriceResponse();
                };

                /**
                 * Creates a plain object from a MsgSetAssetPriceResponse message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof marketchain.moneymarket.v1.MsgSetAssetPriceResponse
                 * @static
                 * @param {marketchain.moneymarket.v1.MsgSetAssetPriceResponse} message MsgSetAssetPriceResponse
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                MsgSetAssetPriceResponse.toObject = function () {
                    return {};
                };

                /**
                 * Converts this MsgSetAssetPriceResponse to JSON.
                 * @function toJSON
                 * @memberof marketchain.moneymarket.v1.MsgSetAssetPriceResponse
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                MsgSetAssetPriceResponse.prototype.toJSON = function() {
                    return MsgSetAssetPriceResponse.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for MsgSetAssetPriceResponse
                 * @function getTypeUrl
                 * @memberof marketchain.moneymarket.v1.MsgSetAssetPriceResponse
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                MsgSetAssetPriceResponse.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/marketchain.moneymarket.v1.MsgSetAssetPriceResponse";
                };

                return MsgSetAssetPriceResponse;
            })();

            v1.MsgSupportMarket = (function() {

                /**
                 * Properties of a MsgSupportMarket.
                 * @typedef {Object} marketchain.moneymarket.v1.MsgSupportMarket.$Properties
                 * @property {string|null} [sender] MsgSupportMarket sender
                 * @property {string|null} [denom] MsgSupportMarket denom
                 * @property {marketchain.moneymarket.v1.InterestRateModel.$Properties|null} [interestRateModel] MsgSupportMarket interestRateModel
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a MsgSupportMarket.
                 * @memberof marketchain.moneymarket.v1
                 * @interface IMsgSupportMarket
                 * @augments marketchain.moneymarket.v1.MsgSupportMarket.$Properties
                 * @deprecated Use marketchain.moneymarket.v1.MsgSupportMarket.$Properties instead.
                 */

                /**
                 * Shape of a MsgSupportMarket.
                 * @typedef {marketchain.moneymarket.v1.MsgSupportMarket.$Properties} marketchain.moneymarket.v1.MsgSupportMarket.$Shape
                 */

                /**
                 * Constructs a new MsgSupportMarket.
                 * @memberof marketchain.moneymarket.v1
                 * @classdesc Represents a MsgSupportMarket.
                 * @constructor
                 * @param {marketchain.moneymarket.v1.MsgSupportMarket.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const MsgSupportMarket = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * MsgSupportMarket sender.
                 * @member {string} sender
                 * @memberof marketchain.moneymarket.v1.MsgSupportMarket
                 * @instance
                 */
                MsgSupportMarket.prototype.sender = "";

                /**
                 * MsgSupportMarket denom.
                 * @member {string} denom
                 * @memberof marketchain.moneymarket.v1.MsgSupportMarket
                 * @instance
                 */
                MsgSupportMarket.prototype.denom = "";

                /**
                 * MsgSupportMarket interestRateModel.
                 * @member {marketchain.moneymarket.v1.InterestRateModel.$Properties|null|undefined} interestRateModel
                 * @memberof marketchain.moneymarket.v1.MsgSupportMarket
                 * @instance
                 */
                MsgSupportMarket.prototype.interestRateModel = null;

                /**
                 * Creates a new MsgSupportMarket instance using the specified properties.
                 * @function create
                 * @memberof marketchain.moneymarket.v1.MsgSupportMarket
                 * @static
                 * @param {marketchain.moneymarket.v1.MsgSupportMarket.$Properties=} [properties] Properties to set
                 * @returns {marketchain.moneymarket.v1.MsgSupportMarket} MsgSupportMarket instance
                 * @type {{
                 *   (properties: marketchain.moneymarket.v1.MsgSupportMarket.$Shape): marketchain.moneymarket.v1.MsgSupportMarket & marketchain.moneymarket.v1.MsgSupportMarket.$Shape;
                 *   (properties?: marketchain.moneymarket.v1.MsgSupportMarket.$Properties): marketchain.moneymarket.v1.MsgSupportMarket;
                 * }}
                 */
                MsgSupportMarket.create = function(properties) {
                    return new MsgSupportMarket(properties);
                };

                /**
                 * Encodes the specified MsgSupportMarket message. Does not implicitly {@link marketchain.moneymarket.v1.MsgSupportMarket.verify|verify} messages.
                 * @function encode
                 * @memberof marketchain.moneymarket.v1.MsgSupportMarket
                 * @static
                 * @param {marketchain.moneymarket.v1.MsgSupportMarket.$Properties} message MsgSupportMarket message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                MsgSupportMarket.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.sender != null && $Object.hasOwnProperty.call(message, "sender") && message.sender !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.sender);
                    if (message.denom != null && $Object.hasOwnProperty.call(message, "denom") && message.denom !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.denom);
                    if (message.interestRateModel != null && $Object.hasOwnProperty.call(message, "interestRateModel"))
                        $root.marketchain.moneymarket.v1.InterestRateModel.encode(message.interestRateModel, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a MsgSupportMarket message from the specified reader or buffer.
                 * @function decode
                 * @memberof marketchain.moneymarket.v1.MsgSupportMarket
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {marketchain.moneymarket.v1.MsgSupportMarket & marketchain.moneymarket.v1.MsgSupportMarket.$Shape} MsgSupportMarket
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                MsgSupportMarket.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.marketchain.moneymarket.v1.MsgSupportMarket();
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
                                    message.denom = value;
                                else
                                    delete message.denom;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                message.interestRateModel = $root.marketchain.moneymarket.v1.InterestRateModel.decode(reader, reader.size(), $undefined, _depth + 1, message.interestRateModel);
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
                 * Creates a MsgSupportMarket message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof marketchain.moneymarket.v1.MsgSupportMarket
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {marketchain.moneymarket.v1.MsgSupportMarket} MsgSupportMarket
                 */
                MsgSupportMarket.fromObject = function (object, _depth) {
                    if (object instanceof $root.marketchain.moneymarket.v1.MsgSupportMarket)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".marketchain.moneymarket.v1.MsgSupportMarket: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.marketchain.moneymarket.v1.MsgSupportMarket();
                    if (object.sender != null)
                        if (typeof object.sender !== "string" || object.sender.length)
                            message.sender = $String(object.sender);
                    if (object.denom != null)
                        if (typeof object.denom !== "string" || object.denom.length)
                            message.denom = $String(object.denom);
                    if (object.interestRateModel != null) {
                        if (!$util.isObject(object.interestRateModel))
                            throw $TypeError(".marketchain.moneymarket.v1.MsgSupportMarket.interestRateModel: object expected");
                        message.interestRateModel = $root.marketchain.moneymarket.v1.InterestRateModel.fromObject(object.interestRateModel, _depth + 1);
                    }
                    return message;
                };

                /**
                 * Creates a plain object from a MsgSupportMarket message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof marketchain.moneymarket.v1.MsgSupportMarket
                 * @static
                 * @param {marketchain.moneymarket.v1.MsgSupportMarket} message MsgSupportMarket
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                MsgSupportMarket.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.sender = "";
                        object.denom = "";
                        object.interestRateModel = null;
                    }
                    if (message.sender != null && $Object.hasOwnProperty.call(message, "sender"))
                        object.sender = message.sender;
                    if (message.denom != null && $Object.hasOwnProperty.call(message, "denom"))
                        object.denom = message.denom;
                    if (message.interestRateModel != null && $Object.hasOwnProperty.call(message, "interestRateModel"))
                        object.interestRateModel = $root.marketchain.moneymarket.v1.InterestRateModel.toObject(message.interestRateModel, options, _depth + 1);
                    return object;
                };

                /**
                 * Converts this MsgSupportMarket to JSON.
                 * @function toJSON
                 * @memberof marketchain.moneymarket.v1.MsgSupportMarket
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                MsgSupportMarket.prototype.toJSON = function() {
                    return MsgSupportMarket.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for MsgSupportMarket
                 * @function getTypeUrl
                 * @memberof marketchain.moneymarket.v1.MsgSupportMarket
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                MsgSupportMarket.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/marketchain.moneymarket.v1.MsgSupportMarket";
                };

                return MsgSupportMarket;
            })();

            v1.MsgSupportMarketResponse = (function() {

                /**
                 * Properties of a MsgSupportMarketResponse.
                 * @typedef {Object} marketchain.moneymarket.v1.MsgSupportMarketResponse.$Properties
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a MsgSupportMarketResponse.
                 * @memberof marketchain.moneymarket.v1
                 * @interface IMsgSupportMarketResponse
                 * @augments marketchain.moneymarket.v1.MsgSupportMarketResponse.$Properties
                 * @deprecated Use marketchain.moneymarket.v1.MsgSupportMarketResponse.$Properties instead.
                 */

                /**
                 * Shape of a MsgSupportMarketResponse.
                 * @typedef {marketchain.moneymarket.v1.MsgSupportMarketResponse.$Properties} marketchain.moneymarket.v1.MsgSupportMarketResponse.$Shape
                 */

                /**
                 * Constructs a new MsgSupportMarketResponse.
                 * @memberof marketchain.moneymarket.v1
                 * @classdesc Represents a MsgSupportMarketResponse.
                 * @constructor
                 * @param {marketchain.moneymarket.v1.MsgSupportMarketResponse.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const MsgSupportMarketResponse = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * Creates a new MsgSupportMarketResponse instance using the specified properties.
                 * @function create
                 * @memberof marketchain.moneymarket.v1.MsgSupportMarketResponse
                 * @static
                 * @param {marketchain.moneymarket.v1.MsgSupportMarketResponse.$Properties=} [properties] Properties to set
                 * @returns {marketchain.moneymarket.v1.MsgSupportMarketResponse} MsgSupportMarketResponse instance
                 * @type {{
                 *   (properties: marketchain.moneymarket.v1.MsgSupportMarketResponse.$Shape): marketchain.moneymarket.v1.MsgSupportMarketResponse & marketchain.moneymarket.v1.MsgSupportMarketResponse.$Shape;
                 *   (properties?: marketchain.moneymarket.v1.MsgSupportMarketResponse.$Properties): marketchain.moneymarket.v1.MsgSupportMarketResponse;
                 * }}
                 */
                MsgSupportMarketResponse.create = function(properties) {
                    return new MsgSupportMarketResponse(properties);
                };

                /**
                 * Encodes the specified MsgSupportMarketResponse message. Does not implicitly {@link marketchain.moneymarket.v1.MsgSupportMarketResponse.verify|verify} messages.
                 * @function encode
                 * @memberof marketchain.moneymarket.v1.MsgSupportMarketResponse
                 * @static
                 * @param {marketchain.moneymarket.v1.MsgSupportMarketResponse.$Properties} message MsgSupportMarketResponse message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                MsgSupportMarketResponse.encode = function (message, writer, _depth) {
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
                 * Decodes a MsgSupportMarketResponse message from the specified reader or buffer.
                 * @function decode
                 * @memberof marketchain.moneymarket.v1.MsgSupportMarketResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {marketchain.moneymarket.v1.MsgSupportMarketResponse & marketchain.moneymarket.v1.MsgSupportMarketResponse.$Shape} MsgSupportMarketResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                MsgSupportMarketResponse.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.marketchain.moneymarket.v1.MsgSupportMarketResponse();
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
                 * Creates a MsgSupportMarketResponse message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof marketchain.moneymarket.v1.MsgSupportMarketResponse
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {marketchain.moneymarket.v1.MsgSupportMarketResponse} MsgSupportMarketResponse
                 */
                MsgSupportMarketResponse.fromObject = function (object, _depth) {
                    if (object instanceof $root.marketchain.moneymarket.v1.MsgSupportMarketResponse)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".marketchain.moneymarket.v1.MsgSupportMarketResponse: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    return new $root.marketchain.moneymarket.v1.MsgSupportMarketResponse();
                };

                /**
                 * Creates a plain object from a MsgSupportMarketResponse message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof marketchain.moneymarket.v1.MsgSupportMarketResponse
                 * @static
                 * @param {marketchain.moneymarket.v1.MsgSupportMarketResponse} message MsgSupportMarketResponse
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                MsgSupportMarketResponse.toObject = function () {
                    return {};
                };

                /**
                 * Converts this MsgSupportMarketResponse to JSON.
                 * @function toJSON
                 * @memberof marketchain.moneymarket.v1.MsgSupportMarketResponse
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                MsgSupportMarketResponse.prototype.toJSON = function() {
                    return MsgSupportMarketResponse.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for MsgSupportMarketResponse
                 * @function getTypeUrl
                 * @memberof marketchain.moneymarket.v1.MsgSupportMarketResponse
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                MsgSupportMarketResponse.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/marketchain.moneymarket.v1.MsgSupportMarketResponse";
                };

                return MsgSupportMarketResponse;
            })();

            v1.MsgSuspendMarket = (function() {

                /**
                 * Properties of a MsgSuspendMarket.
                 * @typedef {Object} marketchain.moneymarket.v1.MsgSuspendMarket.$Properties
                 * @property {string|null} [sender] MsgSuspendMarket sender
                 * @property {string|null} [denom] MsgSuspendMarket denom
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a MsgSuspendMarket.
                 * @memberof marketchain.moneymarket.v1
                 * @interface IMsgSuspendMarket
                 * @augments marketchain.moneymarket.v1.MsgSuspendMarket.$Properties
                 * @deprecated Use marketchain.moneymarket.v1.MsgSuspendMarket.$Properties instead.
                 */

                /**
                 * Shape of a MsgSuspendMarket.
                 * @typedef {marketchain.moneymarket.v1.MsgSuspendMarket.$Properties} marketchain.moneymarket.v1.MsgSuspendMarket.$Shape
                 */

                /**
                 * Constructs a new MsgSuspendMarket.
                 * @memberof marketchain.moneymarket.v1
                 * @classdesc Represents a MsgSuspendMarket.
                 * @constructor
                 * @param {marketchain.moneymarket.v1.MsgSuspendMarket.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const MsgSuspendMarket = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * MsgSuspendMarket sender.
                 * @member {string} sender
                 * @memberof marketchain.moneymarket.v1.MsgSuspendMarket
                 * @instance
                 */
                MsgSuspendMarket.prototype.sender = "";

                /**
                 * MsgSuspendMarket denom.
                 * @member {string} denom
                 * @memberof marketchain.moneymarket.v1.MsgSuspendMarket
                 * @instance
                 */
                MsgSuspendMarket.prototype.denom = "";

                /**
                 * Creates a new MsgSuspendMarket instance using the specified properties.
                 * @function create
                 * @memberof marketchain.moneymarket.v1.MsgSuspendMarket
                 * @static
                 * @param {marketchain.moneymarket.v1.MsgSuspendMarket.$Properties=} [properties] Properties to set
                 * @returns {marketchain.moneymarket.v1.MsgSuspendMarket} MsgSuspendMarket instance
                 * @type {{
                 *   (properties: marketchain.moneymarket.v1.MsgSuspendMarket.$Shape): marketchain.moneymarket.v1.MsgSuspendMarket & marketchain.moneymarket.v1.MsgSuspendMarket.$Shape;
                 *   (properties?: marketchain.moneymarket.v1.MsgSuspendMarket.$Properties): marketchain.moneymarket.v1.MsgSuspendMarket;
                 * }}
                 */
                MsgSuspendMarket.create = function(properties) {
                    return new MsgSuspendMarket(properties);
                };

                /**
                 * Encodes the specified MsgSuspendMarket message. Does not implicitly {@link marketchain.moneymarket.v1.MsgSuspendMarket.verify|verify} messages.
                 * @function encode
                 * @memberof marketchain.moneymarket.v1.MsgSuspendMarket
                 * @static
                 * @param {marketchain.moneymarket.v1.MsgSuspendMarket.$Properties} message MsgSuspendMarket message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                MsgSuspendMarket.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.sender != null && $Object.hasOwnProperty.call(message, "sender") && message.sender !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.sender);
                    if (message.denom != null && $Object.hasOwnProperty.call(message, "denom") && message.denom !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.denom);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a MsgSuspendMarket message from the specified reader or buffer.
                 * @function decode
                 * @memberof marketchain.moneymarket.v1.MsgSuspendMarket
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {marketchain.moneymarket.v1.MsgSuspendMarket & marketchain.moneymarket.v1.MsgSuspendMarket.$Shape} MsgSuspendMarket
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                MsgSuspendMarket.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.marketchain.moneymarket.v1.MsgSuspendMarket();
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
                                    message.denom = value;
                                else
                                    delete message.denom;
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
                 * Creates a MsgSuspendMarket message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof marketchain.moneymarket.v1.MsgSuspendMarket
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {marketchain.moneymarket.v1.MsgSuspendMarket} MsgSuspendMarket
                 */
                MsgSuspendMarket.fromObject = function (object, _depth) {
                    if (object instanceof $root.marketchain.moneymarket.v1.MsgSuspendMarket)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".marketchain.moneymarket.v1.MsgSuspendMarket: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.marketchain.moneymarket.v1.MsgSuspendMarket();
                    if (object.sender != null)
                        if (typeof object.sender !== "string" || object.sender.length)
                            message.sender = $String(object.sender);
                    if (object.denom != null)
                        if (typeof object.denom !== "string" || object.denom.length)
                            message.denom = $String(object.denom);
                    return message;
                };

                /**
                 * Creates a plain object from a MsgSuspendMarket message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof marketchain.moneymarket.v1.MsgSuspendMarket
                 * @static
                 * @param {marketchain.moneymarket.v1.MsgSuspendMarket} message MsgSuspendMarket
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                MsgSuspendMarket.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.sender = "";
                        object.denom = "";
                    }
                    if (message.sender != null && $Object.hasOwnProperty.call(message, "sender"))
                        object.sender = message.sender;
                    if (message.denom != null && $Object.hasOwnProperty.call(message, "denom"))
                        object.denom = message.denom;
                    return object;
                };

                /**
                 * Converts this MsgSuspendMarket to JSON.
                 * @function toJSON
                 * @memberof marketchain.moneymarket.v1.MsgSuspendMarket
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                MsgSuspendMarket.prototype.toJSON = function() {
                    return MsgSuspendMarket.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for MsgSuspendMarket
                 * @function getTypeUrl
                 * @memberof marketchain.moneymarket.v1.MsgSuspendMarket
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                MsgSuspendMarket.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/marketchain.moneymarket.v1.MsgSuspendMarket";
                };

                return MsgSuspendMarket;
            })();

            v1.MsgSuspendMarketResponse = (function() {

                /**
                 * Properties of a MsgSuspendMarketResponse.
                 * @typedef {Object} marketchain.moneymarket.v1.MsgSuspendMarketResponse.$Properties
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a MsgSuspendMarketResponse.
                 * @memberof marketchain.moneymarket.v1
                 * @interface IMsgSuspendMarketResponse
                 * @augments marketchain.moneymarket.v1.MsgSuspendMarketResponse.$Properties
                 * @deprecated Use marketchain.moneymarket.v1.MsgSuspendMarketResponse.$Properties instead.
                 */

                /**
                 * Shape of a MsgSuspendMarketResponse.
                 * @typedef {marketchain.moneymarket.v1.MsgSuspendMarketResponse.$Properties} marketchain.moneymarket.v1.MsgSuspendMarketResponse.$Shape
                 */

                /**
                 * Constructs a new MsgSuspendMarketResponse.
                 * @memberof marketchain.moneymarket.v1
                 * @classdesc Represents a MsgSuspendMarketResponse.
                 * @constructor
                 * @param {marketchain.moneymarket.v1.MsgSuspendMarketResponse.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const MsgSuspendMarketResponse = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * Creates a new MsgSuspendMarketResponse instance using the specified properties.
                 * @function create
                 * @memberof marketchain.moneymarket.v1.MsgSuspendMarketResponse
                 * @static
                 * @param {marketchain.moneymarket.v1.MsgSuspendMarketResponse.$Properties=} [properties] Properties to set
                 * @returns {marketchain.moneymarket.v1.MsgSuspendMarketResponse} MsgSuspendMarketResponse instance
                 * @type {{
                 *   (properties: marketchain.moneymarket.v1.MsgSuspendMarketResponse.$Shape): marketchain.moneymarket.v1.MsgSuspendMarketResponse & marketchain.moneymarket.v1.MsgSuspendMarketResponse.$Shape;
                 *   (properties?: marketchain.moneymarket.v1.MsgSuspendMarketResponse.$Properties): marketchain.moneymarket.v1.MsgSuspendMarketResponse;
                 * }}
                 */
                MsgSuspendMarketResponse.create = function(properties) {
                    return new MsgSuspendMarketResponse(properties);
                };

                /**
                 * Encodes the specified MsgSuspendMarketResponse message. Does not implicitly {@link marketchain.moneymarket.v1.MsgSuspendMarketResponse.verify|verify} messages.
                 * @function encode
                 * @memberof marketchain.moneymarket.v1.MsgSuspendMarketResponse
                 * @static
                 * @param {marketchain.moneymarket.v1.MsgSuspendMarketResponse.$Properties} message MsgSuspendMarketResponse message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                MsgSuspendMarketResponse.encode = function (message, writer, _depth) {
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
                 * Decodes a MsgSuspendMarketResponse message from the specified reader or buffer.
                 * @function decode
                 * @memberof marketchain.moneymarket.v1.MsgSuspendMarketResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {marketchain.moneymarket.v1.MsgSuspendMarketResponse & marketchain.moneymarket.v1.MsgSuspendMarketResponse.$Shape} MsgSuspendMarketResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                MsgSuspendMarketResponse.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.marketchain.moneymarket.v1.MsgSuspendMarketResponse();
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
                 * Creates a MsgSuspendMarketResponse message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof marketchain.moneymarket.v1.MsgSuspendMarketResponse
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {marketchain.moneymarket.v1.MsgSuspendMarketResponse} MsgSuspendMarketResponse
                 */
                MsgSuspendMarketResponse.fromObject = function (object, _depth) {
                    if (object instanceof $root.marketchain.moneymarket.v1.MsgSuspendMarketResponse)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".marketchain.moneymarket.v1.MsgSuspendMarketResponse: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    return new $root.marketchain.moneymarket.v1.MsgSuspendMarketResponse();
                };

                /**
                 * Creates a plain object from a MsgSuspendMarketResponse message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof marketchain.moneymarket.v1.MsgSuspendMarketResponse
                 * @static
                 * @param {marketchain.moneymarket.v1.MsgSuspendMarketResponse} message MsgSuspendMarketResponse
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                MsgSuspendMarketResponse.toObject = function () {
                    return {};
                };

                /**
                 * Converts this MsgSuspendMarketResponse to JSON.
                 * @function toJSON
                 * @memberof marketchain.moneymarket.v1.MsgSuspendMarketResponse
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                MsgSuspendMarketResponse.prototype.toJSON = function() {
                    return MsgSuspendMarketResponse.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for MsgSuspendMarketResponse
                 * @function getTypeUrl
                 * @memberof marketchain.moneymarket.v1.MsgSuspendMarketResponse
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                MsgSuspendMarketResponse.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/marketchain.moneymarket.v1.MsgSuspendMarketResponse";
                };

                return MsgSuspendMarketResponse;
            })();

            v1.MsgSetInterestRateModel = (function() {

                /**
                 * Properties of a MsgSetInterestRateModel.
                 * @typedef {Object} marketchain.moneymarket.v1.MsgSetInterestRateModel.$Properties
                 * @property {string|null} [sender] MsgSetInterestRateModel sender
                 * @property {string|null} [denom] MsgSetInterestRateModel denom
                 * @property {marketchain.moneymarket.v1.InterestRateModel.$Properties|null} [interestRateModel] MsgSetInterestRateModel interestRateModel
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a MsgSetInterestRateModel.
                 * @memberof marketchain.moneymarket.v1
                 * @interface IMsgSetInterestRateModel
                 * @augments marketchain.moneymarket.v1.MsgSetInterestRateModel.$Properties
                 * @deprecated Use marketchain.moneymarket.v1.MsgSetInterestRateModel.$Properties instead.
                 */

                /**
                 * Shape of a MsgSetInterestRateModel.
                 * @typedef {marketchain.moneymarket.v1.MsgSetInterestRateModel.$Properties} marketchain.moneymarket.v1.MsgSetInterestRateModel.$Shape
                 */

                /**
                 * Constructs a new MsgSetInterestRateModel.
                 * @memberof marketchain.moneymarket.v1
                 * @classdesc Represents a MsgSetInterestRateModel.
                 * @constructor
                 * @param {marketchain.moneymarket.v1.MsgSetInterestRateModel.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const MsgSetInterestRateModel = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * MsgSetInterestRateModel sender.
                 * @member {string} sender
                 * @memberof marketchain.moneymarket.v1.MsgSetInterestRateModel
                 * @instance
                 */
                MsgSetInterestRateModel.prototype.sender = "";

                /**
                 * MsgSetInterestRateModel denom.
                 * @member {string} denom
                 * @memberof marketchain.moneymarket.v1.MsgSetInterestRateModel
                 * @instance
                 */
                MsgSetInterestRateModel.prototype.denom = "";

                /**
                 * MsgSetInterestRateModel interestRateModel.
                 * @member {marketchain.moneymarket.v1.InterestRateModel.$Properties|null|undefined} interestRateModel
                 * @memberof marketchain.moneymarket.v1.MsgSetInterestRateModel
                 * @instance
                 */
                MsgSetInterestRateModel.prototype.interestRateModel = null;

                /**
                 * Creates a new MsgSetInterestRateModel instance using the specified properties.
                 * @function create
                 * @memberof marketchain.moneymarket.v1.MsgSetInterestRateModel
                 * @static
                 * @param {marketchain.moneymarket.v1.MsgSetInterestRateModel.$Properties=} [properties] Properties to set
                 * @returns {marketchain.moneymarket.v1.MsgSetInterestRateModel} MsgSetInterestRateModel instance
                 * @type {{
                 *   (properties: marketchain.moneymarket.v1.MsgSetInterestRateModel.$Shape): marketchain.moneymarket.v1.MsgSetInterestRateModel & marketchain.moneymarket.v1.MsgSetInterestRateModel.$Shape;
                 *   (properties?: marketchain.moneymarket.v1.MsgSetInterestRateModel.$Properties): marketchain.moneymarket.v1.MsgSetInterestRateModel;
                 * }}
                 */
                MsgSetInterestRateModel.create = function(properties) {
                    return new MsgSetInterestRateModel(properties);
                };

                /**
                 * Encodes the specified MsgSetInterestRateModel message. Does not implicitly {@link marketchain.moneymarket.v1.MsgSetInterestRateModel.verify|verify} messages.
                 * @function encode
                 * @memberof marketchain.moneymarket.v1.MsgSetInterestRateModel
                 * @static
                 * @param {marketchain.moneymarket.v1.MsgSetInterestRateModel.$Properties} message MsgSetInterestRateModel message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                MsgSetInterestRateModel.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.sender != null && $Object.hasOwnProperty.call(message, "sender") && message.sender !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.sender);
                    if (message.denom != null && $Object.hasOwnProperty.call(message, "denom") && message.denom !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.denom);
                    if (message.interestRateModel != null && $Object.hasOwnProperty.call(message, "interestRateModel"))
                        $root.marketchain.moneymarket.v1.InterestRateModel.encode(message.interestRateModel, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a MsgSetInterestRateModel message from the specified reader or buffer.
                 * @function decode
                 * @memberof marketchain.moneymarket.v1.MsgSetInterestRateModel
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {marketchain.moneymarket.v1.MsgSetInterestRateModel & marketchain.moneymarket.v1.MsgSetInterestRateModel.$Shape} MsgSetInterestRateModel
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                MsgSetInterestRateModel.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.marketchain.moneymarket.v1.MsgSetInterestRateModel();
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
                                    message.denom = value;
                                else
                                    delete message.denom;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                message.interestRateModel = $root.marketchain.moneymarket.v1.InterestRateModel.decode(reader, reader.size(), $undefined, _depth + 1, message.interestRateModel);
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
                 * Creates a MsgSetInterestRateModel message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof marketchain.moneymarket.v1.MsgSetInterestRateModel
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {marketchain.moneymarket.v1.MsgSetInterestRateModel} MsgSetInterestRateModel
                 */
                MsgSetInterestRateModel.fromObject = function (object, _depth) {
                    if (object instanceof $root.marketchain.moneymarket.v1.MsgSetInterestRateModel)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".marketchain.moneymarket.v1.MsgSetInterestRateModel: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.marketchain.moneymarket.v1.MsgSetInterestRateModel();
                    if (object.sender != null)
                        if (typeof object.sender !== "string" || object.sender.length)
                            message.sender = $String(object.sender);
                    if (object.denom != null)
                        if (typeof object.denom !== "string" || object.denom.length)
                            message.denom = $String(object.denom);
                    if (object.interestRateModel != null) {
                        if (!$util.isObject(object.interestRateModel))
                            throw $TypeError(".marketchain.moneymarket.v1.MsgSetInterestRateModel.interestRateModel: object expected");
                        message.interestRateModel = $root.marketchain.moneymarket.v1.InterestRateModel.fromObject(object.interestRateModel, _depth + 1);
                    }
                    return message;
                };

                /**
                 * Creates a plain object from a MsgSetInterestRateModel message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof marketchain.moneymarket.v1.MsgSetInterestRateModel
                 * @static
                 * @param {marketchain.moneymarket.v1.MsgSetInterestRateModel} message MsgSetInterestRateModel
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                MsgSetInterestRateModel.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.sender = "";
                        object.denom = "";
                        object.interestRateModel = null;
                    }
                    if (message.sender != null && $Object.hasOwnProperty.call(message, "sender"))
                        object.sender = message.sender;
                    if (message.denom != null && $Object.hasOwnProperty.call(message, "denom"))
                        object.denom = message.denom;
                    if (message.interestRateModel != null && $Object.hasOwnProperty.call(message, "interestRateModel"))
                        object.interestRateModel = $root.marketchain.moneymarket.v1.InterestRateModel.toObject(message.interestRateModel, options, _depth + 1);
                    return object;
                };

                /**
                 * Converts this MsgSetInterestRateModel to JSON.
                 * @function toJSON
                 * @memberof marketchain.moneymarket.v1.MsgSetInterestRateModel
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                MsgSetInterestRateModel.prototype.toJSON = function() {
                    return MsgSetInterestRateModel.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for MsgSetInterestRateModel
                 * @function getTypeUrl
                 * @memberof marketchain.moneymarket.v1.MsgSetInterestRateModel
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                MsgSetInterestRateModel.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/marketchain.moneymarket.v1.MsgSetInterestRateModel";
                };

                return MsgSetInterestRateModel;
            })();

            v1.MsgSetInterestRateModelResponse = (function() {

                /**
                 * Properties of a MsgSetInterestRateModelResponse.
                 * @typedef {Object} marketchain.moneymarket.v1.MsgSetInterestRateModelResponse.$Properties
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a MsgSetInterestRateModelResponse.
                 * @memberof marketchain.moneymarket.v1
                 * @interface IMsgSetInterestRateModelResponse
                 * @augments marketchain.moneymarket.v1.MsgSetInterestRateModelResponse.$Properties
                 * @deprecated Use marketchain.moneymarket.v1.MsgSetInterestRateModelResponse.$Properties instead.
                 */

                /**
                 * Shape of a MsgSetInterestRateModelResponse.
                 * @typedef {marketchain.moneymarket.v1.MsgSetInterestRateModelResponse.$Properties} marketchain.moneymarket.v1.MsgSetInterestRateModelResponse.$Shape
                 */

                /**
                 * Constructs a new MsgSetInterestRateModelResponse.
                 * @memberof marketchain.moneymarket.v1
                 * @classdesc Represents a MsgSetInterestRateModelResponse.
                 * @constructor
                 * @param {marketchain.moneymarket.v1.MsgSetInterestRateModelResponse.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const MsgSetInterestRateModelResponse = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * Creates a new MsgSetInterestRateModelResponse instance using the specified properties.
                 * @function create
                 * @memberof marketchain.moneymarket.v1.MsgSetInterestRateModelResponse
                 * @static
                 * @param {marketchain.moneymarket.v1.MsgSetInterestRateModelResponse.$Properties=} [properties] Properties to set
                 * @returns {marketchain.moneymarket.v1.MsgSetInterestRateModelResponse} MsgSetInterestRateModelResponse instance
                 * @type {{
                 *   (properties: marketchain.moneymarket.v1.MsgSetInterestRateModelResponse.$Shape): marketchain.moneymarket.v1.MsgSetInterestRateModelResponse & marketchain.moneymarket.v1.MsgSetInterestRateModelResponse.$Shape;
                 *   (properties?: marketchain.moneymarket.v1.MsgSetInterestRateModelResponse.$Properties): marketchain.moneymarket.v1.MsgSetInterestRateModelResponse;
                 * }}
                 */
                MsgSetInterestRateModelResponse.create = function(properties) {
                    return new MsgSetInterestRateModelResponse(properties);
                };

                /**
                 * Encodes the specified MsgSetInterestRateModelResponse message. Does not implicitly {@link marketchain.moneymarket.v1.MsgSetInterestRateModelResponse.verify|verify} messages.
                 * @function encode
                 * @memberof marketchain.moneymarket.v1.MsgSetInterestRateModelResponse
                 * @static
                 * @param {marketchain.moneymarket.v1.MsgSetInterestRateModelResponse.$Properties} message MsgSetInterestRateModelResponse message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                MsgSetInterestRateModelResponse.encode = function (message, writer, _depth) {
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
                 * Decodes a MsgSetInterestRateModelResponse message from the specified reader or buffer.
                 * @function decode
                 * @memberof marketchain.moneymarket.v1.MsgSetInterestRateModelResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {marketchain.moneymarket.v1.MsgSetInterestRateModelResponse & marketchain.moneymarket.v1.MsgSetInterestRateModelResponse.$Shape} MsgSetInterestRateModelResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                MsgSetInterestRateModelResponse.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.marketchain.moneymarket.v1.MsgSetInterestRateModelResponse();
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
                 * Creates a MsgSetInterestRateModelResponse message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof marketchain.moneymarket.v1.MsgSetInterestRateModelResponse
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {marketchain.moneymarket.v1.MsgSetInterestRateModelResponse} MsgSetInterestRateModelResponse
                 */
                MsgSetInterestRateModelResponse.fromObject = function (object, _depth) {
                    if (object instanceof $root.marketchain.moneymarket.v1.MsgSetInterestRateModelResponse)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".marketchain.moneymarket.v1.MsgSetInterestRateModelResponse: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    return new $root.marketchain.moneymarket.v1.MsgSetInterestRateModelResponse();
                };

                /**
                 * Creates a plain object from a MsgSetInterestRateModelResponse message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof marketchain.moneymarket.v1.MsgSetInterestRateModelResponse
                 * @static
                 * @param {marketchain.moneymarket.v1.MsgSetInterestRateModelResponse} message MsgSetInterestRateModelResponse
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                MsgSetInterestRateModelResponse.toObject = function () {
                    return {};
                };

                /**
                 * Converts this MsgSetInterestRateModelResponse to JSON.
                 * @function toJSON
                 * @memberof marketchain.moneymarket.v1.MsgSetInterestRateModelResponse
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                MsgSetInterestRateModelResponse.prototype.toJSON = function() {
                    return MsgSetInterestRateModelResponse.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for MsgSetInterestRateModelResponse
                 * @function getTypeUrl
                 * @memberof marketchain.moneymarket.v1.MsgSetInterestRateModelResponse
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                MsgSetInterestRateModelResponse.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/marketchain.moneymarket.v1.MsgSetInterestRateModelResponse";
                };

                return MsgSetInterestRateModelResponse;
            })();

            v1.MsgSetRiskParameters = (function() {

                /**
                 * Properties of a MsgSetRiskParameters.
                 * @typedef {Object} marketchain.moneymarket.v1.MsgSetRiskParameters.$Properties
                 * @property {string|null} [sender] MsgSetRiskParameters sender
                 * @property {string|null} [collateralRatio] MsgSetRiskParameters collateralRatio
                 * @property {string|null} [liquidationRatio] MsgSetRiskParameters liquidationRatio
                 * @property {string|null} [liquidationDiscount] MsgSetRiskParameters liquidationDiscount
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a MsgSetRiskParameters.
                 * @memberof marketchain.moneymarket.v1
                 * @interface IMsgSetRiskParameters
                 * @augments marketchain.moneymarket.v1.MsgSetRiskParameters.$Properties
                 * @deprecated Use marketchain.moneymarket.v1.MsgSetRiskParameters.$Properties instead.
                 */

                /**
                 * Shape of a MsgSetRiskParameters.
                 * @typedef {marketchain.moneymarket.v1.MsgSetRiskParameters.$Properties} marketchain.moneymarket.v1.MsgSetRiskParameters.$Shape
                 */

                /**
                 * Constructs a new MsgSetRiskParameters.
                 * @memberof marketchain.moneymarket.v1
                 * @classdesc Represents a MsgSetRiskParameters.
                 * @constructor
                 * @param {marketchain.moneymarket.v1.MsgSetRiskParameters.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const MsgSetRiskParameters = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * MsgSetRiskParameters sender.
                 * @member {string} sender
                 * @memberof marketchain.moneymarket.v1.MsgSetRiskParameters
                 * @instance
                 */
                MsgSetRiskParameters.prototype.sender = "";

                /**
                 * MsgSetRiskParameters collateralRatio.
                 * @member {string} collateralRatio
                 * @memberof marketchain.moneymarket.v1.MsgSetRiskParameters
                 * @instance
                 */
                MsgSetRiskParameters.prototype.collateralRatio = "";

                /**
                 * MsgSetRiskParameters liquidationRatio.
                 * @member {string} liquidationRatio
                 * @memberof marketchain.moneymarket.v1.MsgSetRiskParameters
                 * @instance
                 */
                MsgSetRiskParameters.prototype.liquidationRatio = "";

                /**
                 * MsgSetRiskParameters liquidationDiscount.
                 * @member {string} liquidationDiscount
                 * @memberof marketchain.moneymarket.v1.MsgSetRiskParameters
                 * @instance
                 */
                MsgSetRiskParameters.prototype.liquidationDiscount = "";

                /**
                 * Creates a new MsgSetRiskParameters instance using the specified properties.
                 * @function create
                 * @memberof marketchain.moneymarket.v1.MsgSetRiskParameters
                 * @static
                 * @param {marketchain.moneymarket.v1.MsgSetRiskParameters.$Properties=} [properties] Properties to set
                 * @returns {marketchain.moneymarket.v1.MsgSetRiskParameters} MsgSetRiskParameters instance
                 * @type {{
                 *   (properties: marketchain.moneymarket.v1.MsgSetRiskParameters.$Shape): marketchain.moneymarket.v1.MsgSetRiskParameters & marketchain.moneymarket.v1.MsgSetRiskParameters.$Shape;
                 *   (properties?: marketchain.moneymarket.v1.MsgSetRiskParameters.$Properties): marketchain.moneymarket.v1.MsgSetRiskParameters;
                 * }}
                 */
                MsgSetRiskParameters.create = function(properties) {
                    return new MsgSetRiskParameters(properties);
                };

                /**
                 * Encodes the specified MsgSetRiskParameters message. Does not implicitly {@link marketchain.moneymarket.v1.MsgSetRiskParameters.verify|verify} messages.
                 * @function encode
                 * @memberof marketchain.moneymarket.v1.MsgSetRiskParameters
                 * @static
                 * @param {marketchain.moneymarket.v1.MsgSetRiskParameters.$Properties} message MsgSetRiskParameters message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                MsgSetRiskParameters.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.sender != null && $Object.hasOwnProperty.call(message, "sender") && message.sender !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.sender);
                    if (message.collateralRatio != null && $Object.hasOwnProperty.call(message, "collateralRatio") && message.collateralRatio !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.collateralRatio);
                    if (message.liquidationRatio != null && $Object.hasOwnProperty.call(message, "liquidationRatio") && message.liquidationRatio !== "")
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.liquidationRatio);
                    if (message.liquidationDiscount != null && $Object.hasOwnProperty.call(message, "liquidationDiscount") && message.liquidationDiscount !== "")
                        writer.uint32(/* id 4, wireType 2 =*/34).string(message.liquidationDiscount);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a MsgSetRiskParameters message from the specified reader or buffer.
                 * @function decode
                 * @memberof marketchain.moneymarket.v1.MsgSetRiskParameters
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {marketchain.moneymarket.v1.MsgSetRiskParameters & marketchain.moneymarket.v1.MsgSetRiskParameters.$Shape} MsgSetRiskParameters
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                MsgSetRiskParameters.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.marketchain.moneymarket.v1.MsgSetRiskParameters();
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
                                    message.collateralRatio = value;
                                else
                                    delete message.collateralRatio;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.liquidationRatio = value;
                                else
                                    delete message.liquidationRatio;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.liquidationDiscount = value;
                                else
                                    delete message.liquidationDiscount;
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
                 * Creates a MsgSetRiskParameters message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof marketchain.moneymarket.v1.MsgSetRiskParameters
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {marketchain.moneymarket.v1.MsgSetRiskParameters} MsgSetRiskParameters
                 */
                MsgSetRiskParameters.fromObject = function (object, _depth) {
                    if (object instanceof $root.marketchain.moneymarket.v1.MsgSetRiskParameters)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".marketchain.moneymarket.v1.MsgSetRiskParameters: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.marketchain.moneymarket.v1.MsgSetRiskParameters();
                    if (object.sender != null)
                        if (typeof object.sender !== "string" || object.sender.length)
                            message.sender = $String(object.sender);
                    if (object.collateralRatio != null)
                        if (typeof object.collateralRatio !== "string" || object.collateralRatio.length)
                            message.collateralRatio = $String(object.collateralRatio);
                    if (object.liquidationRatio != null)
                        if (typeof object.liquidationRatio !== "string" || object.liquidationRatio.length)
                            message.liquidationRatio = $String(object.liquidationRatio);
                    if (object.liquidationDiscount != null)
                        if (typeof object.liquidationDiscount !== "string" || object.liquidationDiscount.length)
                            message.liquidationDiscount = $String(object.liquidationDiscount);
                    return message;
                };

                /**
                 * Creates a plain object from a MsgSetRiskParameters message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof marketchain.moneymarket.v1.MsgSetRiskParameters
                 * @static
                 * @param {marketchain.moneymarket.v1.MsgSetRiskParameters} message MsgSetRiskParameters
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                MsgSetRiskParameters.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.sender = "";
                        object.collateralRatio = "";
                        object.liquidationRatio = "";
                        object.liquidationDiscount = "";
                    }
                    if (message.sender != null && $Object.hasOwnProperty.call(message, "sender"))
                        object.sender = message.sender;
                    if (message.collateralRatio != null && $Object.hasOwnProperty.call(message, "collateralRatio"))
                        object.collateralRatio = message.collateralRatio;
                    if (message.liquidationRatio != null && $Object.hasOwnProperty.call(message, "liquidationRatio"))
                        object.liquidationRatio = message.liquidationRatio;
                    if (message.liquidationDiscount != null && $Object.hasOwnProperty.call(message, "liquidationDiscount"))
                        object.liquidationDiscount = message.liquidationDiscount;
                    return object;
                };

                /**
                 * Converts this MsgSetRiskParameters to JSON.
                 * @function toJSON
                 * @memberof marketchain.moneymarket.v1.MsgSetRiskParameters
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                MsgSetRiskParameters.prototype.toJSON = function() {
                    return MsgSetRiskParameters.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for MsgSetRiskParameters
                 * @function getTypeUrl
                 * @memberof marketchain.moneymarket.v1.MsgSetRiskParameters
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                MsgSetRiskParameters.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/marketchain.moneymarket.v1.MsgSetRiskParameters";
                };

                return MsgSetRiskParameters;
            })();

            v1.MsgSetRiskParametersResponse = (function() {

                /**
                 * Properties of a MsgSetRiskParametersResponse.
                 * @typedef {Object} marketchain.moneymarket.v1.MsgSetRiskParametersResponse.$Properties
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a MsgSetRiskParametersResponse.
                 * @memberof marketchain.moneymarket.v1
                 * @interface IMsgSetRiskParametersResponse
                 * @augments marketchain.moneymarket.v1.MsgSetRiskParametersResponse.$Properties
                 * @deprecated Use marketchain.moneymarket.v1.MsgSetRiskParametersResponse.$Properties instead.
                 */

                /**
                 * Shape of a MsgSetRiskParametersResponse.
                 * @typedef {marketchain.moneymarket.v1.MsgSetRiskParametersResponse.$Properties} marketchain.moneymarket.v1.MsgSetRiskParametersResponse.$Shape
                 */

                /**
                 * Constructs a new MsgSetRiskParametersResponse.
                 * @memberof marketchain.moneymarket.v1
                 * @classdesc Represents a MsgSetRiskParametersResponse.
                 * @constructor
                 * @param {marketchain.moneymarket.v1.MsgSetRiskParametersResponse.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const MsgSetRiskParametersResponse = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * Creates a new MsgSetRiskParametersResponse instance using the specified properties.
                 * @function create
                 * @memberof marketchain.moneymarket.v1.MsgSetRiskParametersResponse
                 * @static
                 * @param {marketchain.moneymarket.v1.MsgSetRiskParametersResponse.$Properties=} [properties] Properties to set
                 * @returns {marketchain.moneymarket.v1.MsgSetRiskParametersResponse} MsgSetRiskParametersResponse instance
                 * @type {{
                 *   (properties: marketchain.moneymarket.v1.MsgSetRiskParametersResponse.$Shape): marketchain.moneymarket.v1.MsgSetRiskParametersResponse & marketchain.moneymarket.v1.MsgSetRiskParametersResponse.$Shape;
                 *   (properties?: marketchain.moneymarket.v1.MsgSetRiskParametersResponse.$Properties): marketchain.moneymarket.v1.MsgSetRiskParametersResponse;
                 * }}
                 */
                MsgSetRiskParametersResponse.create = function(properties) {
                    return new MsgSetRiskParametersResponse(properties);
                };

                /**
                 * Encodes the specified MsgSetRiskParametersResponse message. Does not implicitly {@link marketchain.moneymarket.v1.MsgSetRiskParametersResponse.verify|verify} messages.
                 * @function encode
                 * @memberof marketchain.moneymarket.v1.MsgSetRiskParametersResponse
                 * @static
                 * @param {marketchain.moneymarket.v1.MsgSetRiskParametersResponse.$Properties} message MsgSetRiskParametersResponse message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                MsgSetRiskParametersResponse.encode = function (message, writer, _depth) {
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
                 * Decodes a MsgSetRiskParametersResponse message from the specified reader or buffer.
                 * @function decode
                 * @memberof marketchain.moneymarket.v1.MsgSetRiskParametersResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {marketchain.moneymarket.v1.MsgSetRiskParametersResponse & marketchain.moneymarket.v1.MsgSetRiskParametersResponse.$Shape} MsgSetRiskParametersResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                MsgSetRiskParametersResponse.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.marketchain.moneymarket.v1.MsgSetRiskParametersResponse();
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
                 * Creates a MsgSetRiskParametersResponse message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof marketchain.moneymarket.v1.MsgSetRiskParametersResponse
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {marketchain.moneymarket.v1.MsgSetRiskParametersResponse} MsgSetRiskParametersResponse
                 */
                MsgSetRiskParametersResponse.fromObject = function (object, _depth) {
                    if (object instanceof $root.marketchain.moneymarket.v1.MsgSetRiskParametersResponse)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".marketchain.moneymarket.v1.MsgSetRiskParametersResponse: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    return new $root.marketchain.moneymarket.v1.MsgSetRiskParametersResponse();
                };

                /**
                 * Creates a plain object from a MsgSetRiskParametersResponse message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof marketchain.moneymarket.v1.MsgSetRiskParametersResponse
                 * @static
                 * @param {marketchain.moneymarket.v1.MsgSetRiskParametersResponse} message MsgSetRiskParametersResponse
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                MsgSetRiskParametersResponse.toObject = function () {
                    return {};
                };

                /**
                 * Converts this MsgSetRiskParametersResponse to JSON.
                 * @function toJSON
                 * @memberof marketchain.moneymarket.v1.MsgSetRiskParametersResponse
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                MsgSetRiskParametersResponse.prototype.toJSON = function() {
                    return MsgSetRiskParametersResponse.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for MsgSetRiskParametersResponse
                 * @function getTypeUrl
                 * @memberof marketchain.moneymarket.v1.MsgSetRiskParametersResponse
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                MsgSetRiskParametersResponse.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/marketchain.moneymarket.v1.MsgSetRiskParametersResponse";
                };

                return MsgSetRiskParametersResponse;
            })();

            v1.MsgSetOriginationFee = (function() {

                /**
                 * Properties of a MsgSetOriginationFee.
                 * @typedef {Object} marketchain.moneymarket.v1.MsgSetOriginationFee.$Properties
                 * @property {string|null} [sender] MsgSetOriginationFee sender
                 * @property {string|null} [originationFee] MsgSetOriginationFee originationFee
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a MsgSetOriginationFee.
                 * @memberof marketchain.moneymarket.v1
                 * @interface IMsgSetOriginationFee
                 * @augments marketchain.moneymarket.v1.MsgSetOriginationFee.$Properties
                 * @deprecated Use marketchain.moneymarket.v1.MsgSetOriginationFee.$Properties instead.
                 */

                /**
                 * Shape of a MsgSetOriginationFee.
                 * @typedef {marketchain.moneymarket.v1.MsgSetOriginationFee.$Properties} marketchain.moneymarket.v1.MsgSetOriginationFee.$Shape
                 */

                /**
                 * Constructs a new MsgSetOriginationFee.
                 * @memberof marketchain.moneymarket.v1
                 * @classdesc Represents a MsgSetOriginationFee.
                 * @constructor
                 * @param {marketchain.moneymarket.v1.MsgSetOriginationFee.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const MsgSetOriginationFee = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * MsgSetOriginationFee sender.
                 * @member {string} sender
                 * @memberof marketchain.moneymarket.v1.MsgSetOriginationFee
                 * @instance
                 */
                MsgSetOriginationFee.prototype.sender = "";

                /**
                 * MsgSetOriginationFee originationFee.
                 * @member {string} originationFee
                 * @memberof marketchain.moneymarket.v1.MsgSetOriginationFee
                 * @instance
                 */
                MsgSetOriginationFee.prototype.originationFee = "";

                /**
                 * Creates a new MsgSetOriginationFee instance using the specified properties.
                 * @function create
                 * @memberof marketchain.moneymarket.v1.MsgSetOriginationFee
                 * @static
                 * @param {marketchain.moneymarket.v1.MsgSetOriginationFee.$Properties=} [properties] Properties to set
                 * @returns {marketchain.moneymarket.v1.MsgSetOriginationFee} MsgSetOriginationFee instance
                 * @type {{
                 *   (properties: marketchain.moneymarket.v1.MsgSetOriginationFee.$Shape): marketchain.moneymarket.v1.MsgSetOriginationFee & marketchain.moneymarket.v1.MsgSetOriginationFee.$Shape;
                 *   (properties?: marketchain.moneymarket.v1.MsgSetOriginationFee.$Properties): marketchain.moneymarket.v1.MsgSetOriginationFee;
                 * }}
                 */
                MsgSetOriginationFee.create = function(properties) {
                    return new MsgSetOriginationFee(properties);
                };

                /**
                 * Encodes the specified MsgSetOriginationFee message. Does not implicitly {@link marketchain.moneymarket.v1.MsgSetOriginationFee.verify|verify} messages.
                 * @function encode
                 * @memberof marketchain.moneymarket.v1.MsgSetOriginationFee
                 * @static
                 * @param {marketchain.moneymarket.v1.MsgSetOriginationFee.$Properties} message MsgSetOriginationFee message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                MsgSetOriginationFee.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.sender != null && $Object.hasOwnProperty.call(message, "sender") && message.sender !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.sender);
                    if (message.originationFee != null && $Object.hasOwnProperty.call(message, "originationFee") && message.originationFee !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.originationFee);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a MsgSetOriginationFee message from the specified reader or buffer.
                 * @function decode
                 * @memberof marketchain.moneymarket.v1.MsgSetOriginationFee
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {marketchain.moneymarket.v1.MsgSetOriginationFee & marketchain.moneymarket.v1.MsgSetOriginationFee.$Shape} MsgSetOriginationFee
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                MsgSetOriginationFee.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.marketchain.moneymarket.v1.MsgSetOriginationFee();
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
                                    message.originationFee = value;
                                else
                                    delete message.originationFee;
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
                 * Creates a MsgSetOriginationFee message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof marketchain.moneymarket.v1.MsgSetOriginationFee
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {marketchain.moneymarket.v1.MsgSetOriginationFee} MsgSetOriginationFee
                 */
                MsgSetOriginationFee.fromObject = function (object, _depth) {
                    if (object instanceof $root.marketchain.moneymarket.v1.MsgSetOriginationFee)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".marketchain.moneymarket.v1.MsgSetOriginationFee: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.marketchain.moneymarket.v1.MsgSetOriginationFee();
                    if (object.sender != null)
                        if (typeof object.sender !== "string" || object.sender.length)
                            message.sender = $String(object.sender);
                    if (object.originationFee != null)
                        if (typeof object.originationFee !== "string" || object.originationFee.length)
                            message.originationFee = $String(object.originationFee);
                    return message;
                };

                /**
                 * Creates a plain object from a MsgSetOriginationFee message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof marketchain.moneymarket.v1.MsgSetOriginationFee
                 * @static
                 * @param {marketchain.moneymarket.v1.MsgSetOriginationFee} message MsgSetOriginationFee
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                MsgSetOriginationFee.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.sender = "";
                        object.originationFee = "";
                    }
                    if (message.sender != null && $Object.hasOwnProperty.call(message, "sender"))
                        object.sender = message.sender;
                    if (message.originationFee != null && $Object.hasOwnProperty.call(message, "originationFee"))
                        object.originationFee = message.originationFee;
                    return object;
                };

                /**
                 * Converts this MsgSetOriginationFee to JSON.
                 * @function toJSON
                 * @memberof marketchain.moneymarket.v1.MsgSetOriginationFee
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                MsgSetOriginationFee.prototype.toJSON = function() {
                    return MsgSetOriginationFee.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for MsgSetOriginationFee
                 * @function getTypeUrl
                 * @memberof marketchain.moneymarket.v1.MsgSetOriginationFee
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                MsgSetOriginationFee.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/marketchain.moneymarket.v1.MsgSetOriginationFee";
                };

                return MsgSetOriginationFee;
            })();

            v1.MsgSetOriginationFeeResponse = (function() {

                /**
                 * Properties of a MsgSetOriginationFeeResponse.
                 * @typedef {Object} marketchain.moneymarket.v1.MsgSetOriginationFeeResponse.$Properties
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a MsgSetOriginationFeeResponse.
                 * @memberof marketchain.moneymarket.v1
                 * @interface IMsgSetOriginationFeeResponse
                 * @augments marketchain.moneymarket.v1.MsgSetOriginationFeeResponse.$Properties
                 * @deprecated Use marketchain.moneymarket.v1.MsgSetOriginationFeeResponse.$Properties instead.
                 */

                /**
                 * Shape of a MsgSetOriginationFeeResponse.
                 * @typedef {marketchain.moneymarket.v1.MsgSetOriginationFeeResponse.$Properties} marketchain.moneymarket.v1.MsgSetOriginationFeeResponse.$Shape
                 */

                /**
                 * Constructs a new MsgSetOriginationFeeResponse.
                 * @memberof marketchain.moneymarket.v1
                 * @classdesc Represents a MsgSetOriginationFeeResponse.
                 * @constructor
                 * @param {marketchain.moneymarket.v1.MsgSetOriginationFeeResponse.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const MsgSetOriginationFeeResponse = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * Creates a new MsgSetOriginationFeeResponse instance using the specified properties.
                 * @function create
                 * @memberof marketchain.moneymarket.v1.MsgSetOriginationFeeResponse
                 * @static
                 * @param {marketchain.moneymarket.v1.MsgSetOriginationFeeResponse.$Properties=} [properties] Properties to set
                 * @returns {marketchain.moneymarket.v1.MsgSetOriginationFeeResponse} MsgSetOriginationFeeResponse instance
                 * @type {{
                 *   (properties: marketchain.moneymarket.v1.MsgSetOriginationFeeResponse.$Shape): marketchain.moneymarket.v1.MsgSetOriginationFeeResponse & marketchain.moneymarket.v1.MsgSetOriginationFeeResponse.$Shape;
                 *   (properties?: marketchain.moneymarket.v1.MsgSetOriginationFeeResponse.$Properties): marketchain.moneymarket.v1.MsgSetOriginationFeeResponse;
                 * }}
                 */
                MsgSetOriginationFeeResponse.create = function(properties) {
                    return new MsgSetOriginationFeeResponse(properties);
                };

                /**
                 * Encodes the specified MsgSetOriginationFeeResponse message. Does not implicitly {@link marketchain.moneymarket.v1.MsgSetOriginationFeeResponse.verify|verify} messages.
                 * @function encode
                 * @memberof marketchain.moneymarket.v1.MsgSetOriginationFeeResponse
                 * @static
                 * @param {marketchain.moneymarket.v1.MsgSetOriginationFeeResponse.$Properties} message MsgSetOriginationFeeResponse message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                MsgSetOriginationFeeResponse.encode = function (message, writer, _depth) {
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
                 * Decodes a MsgSetOriginationFeeResponse message from the specified reader or buffer.
                 * @function decode
                 * @memberof marketchain.moneymarket.v1.MsgSetOriginationFeeResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {marketchain.moneymarket.v1.MsgSetOriginationFeeResponse & marketchain.moneymarket.v1.MsgSetOriginationFeeResponse.$Shape} MsgSetOriginationFeeResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                MsgSetOriginationFeeResponse.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.marketchain.moneymarket.v1.MsgSetOriginationFeeResponse();
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
                 * Creates a MsgSetOriginationFeeResponse message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof marketchain.moneymarket.v1.MsgSetOriginationFeeResponse
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {marketchain.moneymarket.v1.MsgSetOriginationFeeResponse} MsgSetOriginationFeeResponse
                 */
                MsgSetOriginationFeeResponse.fromObject = function (object, _depth) {
                    if (object instanceof $root.marketchain.moneymarket.v1.MsgSetOriginationFeeResponse)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".marketchain.moneymarket.v1.MsgSetOriginationFeeResponse: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    return new $root.marketchain.moneymarket.v1.MsgSetOriginationFeeResponse();
                };

                /**
                 * Creates a plain object from a MsgSetOriginationFeeResponse message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof marketchain.moneymarket.v1.MsgSetOriginationFeeResponse
                 * @static
                 * @param {marketchain.moneymarket.v1.MsgSetOriginationFeeResponse} message MsgSetOriginationFeeResponse
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                MsgSetOriginationFeeResponse.toObject = function () {
                    return {};
                };

                /**
                 * Converts this MsgSetOriginationFeeResponse to JSON.
                 * @function toJSON
                 * @memberof marketchain.moneymarket.v1.MsgSetOriginationFeeResponse
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                MsgSetOriginationFeeResponse.prototype.toJSON = function() {
                    return MsgSetOriginationFeeResponse.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for MsgSetOriginationFeeResponse
                 * @function getTypeUrl
                 * @memberof marketchain.moneymarket.v1.MsgSetOriginationFeeResponse
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                MsgSetOriginationFeeResponse.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/marketchain.moneymarket.v1.MsgSetOriginationFeeResponse";
                };

                return MsgSetOriginationFeeResponse;
            })();

            v1.MsgSetOracle = (function() {

                /**
                 * Properties of a MsgSetOracle.
                 * @typedef {Object} marketchain.moneymarket.v1.MsgSetOracle.$Properties
                 * @property {string|null} [sender] MsgSetOracle sender
                 * @property {string|null} [oracle] MsgSetOracle oracle
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a MsgSetOracle.
                 * @memberof marketchain.moneymarket.v1
                 * @interface IMsgSetOracle
                 * @augments marketchain.moneymarket.v1.MsgSetOracle.$Properties
                 * @deprecated Use marketchain.moneymarket.v1.MsgSetOracle.$Properties instead.
                 */

                /**
                 * Shape of a MsgSetOracle.
                 * @typedef {marketchain.moneymarket.v1.MsgSetOracle.$Properties} marketchain.moneymarket.v1.MsgSetOracle.$Shape
                 */

                /**
                 * Constructs a new MsgSetOracle.
                 * @memberof marketchain.moneymarket.v1
                 * @classdesc Represents a MsgSetOracle.
                 * @constructor
                 * @param {marketchain.moneymarket.v1.MsgSetOracle.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const MsgSetOracle = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * MsgSetOracle sender.
                 * @member {string} sender
                 * @memberof marketchain.moneymarket.v1.MsgSetOracle
                 * @instance
                 */
                MsgSetOracle.prototype.sender = "";

                /**
                 * MsgSetOracle oracle.
                 * @member {string} oracle
                 * @memberof marketchain.moneymarket.v1.MsgSetOracle
                 * @instance
                 */
                MsgSetOracle.prototype.oracle = "";

                /**
                 * Creates a new MsgSetOracle instance using the specified properties.
                 * @function create
                 * @memberof marketchain.moneymarket.v1.MsgSetOracle
                 * @static
                 * @param {marketchain.moneymarket.v1.MsgSetOracle.$Properties=} [properties] Properties to set
                 * @returns {marketchain.moneymarket.v1.MsgSetOracle} MsgSetOracle instance
                 * @type {{
                 *   (properties: marketchain.moneymarket.v1.MsgSetOracle.$Shape): marketchain.moneymarket.v1.MsgSetOracle & marketchain.moneymarket.v1.MsgSetOracle.$Shape;
                 *   (properties?: marketchain.moneymarket.v1.MsgSetOracle.$Properties): marketchain.moneymarket.v1.MsgSetOracle;
                 * }}
                 */
                MsgSetOracle.create = function(properties) {
                    return new MsgSetOracle(properties);
                };

                /**
                 * Encodes the specified MsgSetOracle message. Does not implicitly {@link marketchain.moneymarket.v1.MsgSetOracle.verify|verify} messages.
                 * @function encode
                 * @memberof marketchain.moneymarket.v1.MsgSetOracle
                 * @static
                 * @param {marketchain.moneymarket.v1.MsgSetOracle.$Properties} message MsgSetOracle message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                MsgSetOracle.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.sender != null && $Object.hasOwnProperty.call(message, "sender") && message.sender !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.sender);
                    if (message.oracle != null && $Object.hasOwnProperty.call(message, "oracle") && message.oracle !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.oracle);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a MsgSetOracle message from the specified reader or buffer.
                 * @function decode
                 * @memberof marketchain.moneymarket.v1.MsgSetOracle
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {marketchain.moneymarket.v1.MsgSetOracle & marketchain.moneymarket.v1.MsgSetOracle.$Shape} MsgSetOracle
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                MsgSetOracle.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.marketchain.moneymarket.v1.MsgSetOracle();
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
                                    message.oracle = value;
                                else
                                    delete message.oracle;
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
                 * Creates a MsgSetOracle message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof marketchain.moneymarket.v1.MsgSetOracle
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {marketchain.moneymarket.v1.MsgSetOracle} MsgSetOracle
                 */
                MsgSetOracle.fromObject = function (object, _depth) {
                    if (object instanceof $root.marketchain.moneymarket.v1.MsgSetOracle)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".marketchain.moneymarket.v1.MsgSetOracle: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.marketchain.moneymarket.v1.MsgSetOracle();
                    if (object.sender != null)
                        if (typeof object.sender !== "string" || object.sender.length)
                            message.sender = $String(object.sender);
                    if (object.oracle != null)
                        if (typeof object.oracle !== "string" || object.oracle.length)
                            message.oracle = $String(object.oracle);
                    return message;
                };

                /**
                 * Creates a plain object from a MsgSetOracle message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof marketchain.moneymarket.v1.MsgSetOracle
                 * @static
                 * @param {marketchain.moneymarket.v1.MsgSetOracle} message MsgSetOracle
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                MsgSetOracle.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.sender = "";
                        object.oracle = "";
                    }
                    if (message.sender != null && $Object.hasOwnProperty.call(message, "sender"))
                        object.sender = message.sender;
                    if (message.oracle != null && $Object.hasOwnProperty.call(message, "oracle"))
                        object.oracle = message.oracle;
                    return object;
                };

                /**
                 * Converts this MsgSetOracle to JSON.
                 * @function toJSON
                 * @memberof marketchain.moneymarket.v1.MsgSetOracle
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                MsgSetOracle.prototype.toJSON = function() {
                    return MsgSetOracle.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for MsgSetOracle
                 * @function getTypeUrl
                 * @memberof marketchain.moneymarket.v1.MsgSetOracle
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                MsgSetOracle.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/marketchain.moneymarket.v1.MsgSetOracle";
                };

                return MsgSetOracle;
            })();

            v1.MsgSetOracleResponse = (function() {

                /**
                 * Properties of a MsgSetOracleResponse.
                 * @typedef {Object} marketchain.moneymarket.v1.MsgSetOracleResponse.$Properties
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a MsgSetOracleResponse.
                 * @memberof marketchain.moneymarket.v1
                 * @interface IMsgSetOracleResponse
                 * @augments marketchain.moneymarket.v1.MsgSetOracleResponse.$Properties
                 * @deprecated Use marketchain.moneymarket.v1.MsgSetOracleResponse.$Properties instead.
                 */

                /**
                 * Shape of a MsgSetOracleResponse.
                 * @typedef {marketchain.moneymarket.v1.MsgSetOracleResponse.$Properties} marketchain.moneymarket.v1.MsgSetOracleResponse.$Shape
                 */

                /**
                 * Constructs a new MsgSetOracleResponse.
                 * @memberof marketchain.moneymarket.v1
                 * @classdesc Represents a MsgSetOracleResponse.
                 * @constructor
                 * @param {marketchain.moneymarket.v1.MsgSetOracleResponse.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const MsgSetOracleResponse = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * Creates a new MsgSetOracleResponse instance using the specified properties.
                 * @function create
                 * @memberof marketchain.moneymarket.v1.MsgSetOracleResponse
                 * @static
                 * @param {marketchain.moneymarket.v1.MsgSetOracleResponse.$Properties=} [properties] Properties to set
                 * @returns {marketchain.moneymarket.v1.MsgSetOracleResponse} MsgSetOracleResponse instance
                 * @type {{
                 *   (properties: marketchain.moneymarket.v1.MsgSetOracleResponse.$Shape): marketchain.moneymarket.v1.MsgSetOracleResponse & marketchain.moneymarket.v1.MsgSetOracleResponse.$Shape;
                 *   (properties?: marketchain.moneymarket.v1.MsgSetOracleResponse.$Properties): marketchain.moneymarket.v1.MsgSetOracleResponse;
                 * }}
                 */
                MsgSetOracleResponse.create = function(properties) {
                    return new MsgSetOracleResponse(properties);
                };

                /**
                 * Encodes the specified MsgSetOracleResponse message. Does not implicitly {@link marketchain.moneymarket.v1.MsgSetOracleResponse.verify|verify} messages.
                 * @function encode
                 * @memberof marketchain.moneymarket.v1.MsgSetOracleResponse
                 * @static
                 * @param {marketchain.moneymarket.v1.MsgSetOracleResponse.$Properties} message MsgSetOracleResponse message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                MsgSetOracleResponse.encode = function (message, writer, _depth) {
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
                 * Decodes a MsgSetOracleResponse message from the specified reader or buffer.
                 * @function decode
                 * @memberof marketchain.moneymarket.v1.MsgSetOracleResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {marketchain.moneymarket.v1.MsgSetOracleResponse & marketchain.moneymarket.v1.MsgSetOracleResponse.$Shape} MsgSetOracleResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                MsgSetOracleResponse.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.marketchain.moneymarket.v1.MsgSetOracleResponse();
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
                 * Creates a MsgSetOracleResponse message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof marketchain.moneymarket.v1.MsgSetOracleResponse
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {marketchain.moneymarket.v1.MsgSetOracleResponse} MsgSetOracleResponse
                 */
                MsgSetOracleResponse.fromObject = function (object, _depth) {
                    if (object instanceof $root.marketchain.moneymarket.v1.MsgSetOracleResponse)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".marketchain.moneymarket.v1.MsgSetOracleResponse: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    return new $root.marketchain.moneymarket.v1.MsgSetOracleResponse();
                };

                /**
                 * Creates a plain object from a MsgSetOracleResponse message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof marketchain.moneymarket.v1.MsgSetOracleResponse
                 * @static
                 * @param {marketchain.moneymarket.v1.MsgSetOracleResponse} message MsgSetOracleResponse
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                MsgSetOracleResponse.toObject = function () {
                    return {};
                };

                /**
                 * Converts this MsgSetOracleResponse to JSON.
                 * @function toJSON
                 * @memberof marketchain.moneymarket.v1.MsgSetOracleResponse
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                MsgSetOracleResponse.prototype.toJSON = function() {
                    return MsgSetOracleResponse.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for MsgSetOracleResponse
                 * @function getTypeUrl
                 * @memberof marketchain.moneymarket.v1.MsgSetOracleResponse
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                MsgSetOracleResponse.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/marketchain.moneymarket.v1.MsgSetOracleResponse";
                };

                return MsgSetOracleResponse;
            })();

            v1.MsgSetPendingAdmin = (function() {

                /**
                 * Properties of a MsgSetPendingAdmin.
                 * @typedef {Object} marketchain.moneymarket.v1.MsgSetPendingAdmin.$Properties
                 * @property {string|null} [sender] MsgSetPendingAdmin sender
                 * @property {string|null} [pendingAdmin] MsgSetPendingAdmin pendingAdmin
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a MsgSetPendingAdmin.
                 * @memberof marketchain.moneymarket.v1
                 * @interface IMsgSetPendingAdmin
                 * @augments marketchain.moneymarket.v1.MsgSetPendingAdmin.$Properties
                 * @deprecated Use marketchain.moneymarket.v1.MsgSetPendingAdmin.$Properties instead.
                 */

                /**
                 * Shape of a MsgSetPendingAdmin.
                 * @typedef {marketchain.moneymarket.v1.MsgSetPendingAdmin.$Properties} marketchain.moneymarket.v1.MsgSetPendingAdmin.$Shape
                 */

                /**
                 * Constructs a new MsgSetPendingAdmin.
                 * @memberof marketchain.moneymarket.v1
                 * @classdesc Represents a MsgSetPendingAdmin.
                 * @constructor
                 * @param {marketchain.moneymarket.v1.MsgSetPendingAdmin.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const MsgSetPendingAdmin = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * MsgSetPendingAdmin sender.
                 * @member {string} sender
                 * @memberof marketchain.moneymarket.v1.MsgSetPendingAdmin
                 * @instance
                 */
                MsgSetPendingAdmin.prototype.sender = "";

                /**
                 * MsgSetPendingAdmin pendingAdmin.
                 * @member {string} pendingAdmin
                 * @memberof marketchain.moneymarket.v1.MsgSetPendingAdmin
                 * @instance
                 */
                MsgSetPendingAdmin.prototype.pendingAdmin = "";

                /**
                 * Creates a new MsgSetPendingAdmin instance using the specified properties.
                 * @function create
                 * @memberof marketchain.moneymarket.v1.MsgSetPendingAdmin
                 * @static
                 * @param {marketchain.moneymarket.v1.MsgSetPendingAdmin.$Properties=} [properties] Properties to set
                 * @returns {marketchain.moneymarket.v1.MsgSetPendingAdmin} MsgSetPendingAdmin instance
                 * @type {{
                 *   (properties: marketchain.moneymarket.v1.MsgSetPendingAdmin.$Shape): marketchain.moneymarket.v1.MsgSetPendingAdmin & marketchain.moneymarket.v1.MsgSetPendingAdmin.$Shape;
                 *   (properties?: marketchain.moneymarket.v1.MsgSetPendingAdmin.$Properties): marketchain.moneymarket.v1.MsgSetPendingAdmin;
                 * }}
                 */
                MsgSetPendingAdmin.create = function(properties) {
                    return new MsgSetPendingAdmin(properties);
                };

                /**
                 * Encodes the specified MsgSetPendingAdmin message. Does not implicitly {@link marketchain.moneymarket.v1.MsgSetPendingAdmin.verify|verify} messages.
                 * @function encode
                 * @memberof marketchain.moneymarket.v1.MsgSetPendingAdmin
                 * @static
                 * @param {marketchain.moneymarket.v1.MsgSetPendingAdmin.$Properties} message MsgSetPendingAdmin message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                MsgSetPendingAdmin.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.sender != null && $Object.hasOwnProperty.call(message, "sender") && message.sender !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.sender);
                    if (message.pendingAdmin != null && $Object.hasOwnProperty.call(message, "pendingAdmin") && message.pendingAdmin !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.pendingAdmin);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a MsgSetPendingAdmin message from the specified reader or buffer.
                 * @function decode
                 * @memberof marketchain.moneymarket.v1.MsgSetPendingAdmin
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {marketchain.moneymarket.v1.MsgSetPendingAdmin & marketchain.moneymarket.v1.MsgSetPendingAdmin.$Shape} MsgSetPendingAdmin
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                MsgSetPendingAdmin.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.marketchain.moneymarket.v1.MsgSetPendingAdmin();
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
                                    message.pendingAdmin = value;
                                else
                                    delete message.pendingAdmin;
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
                 * Creates a MsgSetPendingAdmin message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof marketchain.moneymarket.v1.MsgSetPendingAdmin
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {marketchain.moneymarket.v1.MsgSetPendingAdmin} MsgSetPendingAdmin
                 */
                MsgSetPendingAdmin.fromObject = function (object, _depth) {
                    if (object instanceof $root.marketchain.moneymarket.v1.MsgSetPendingAdmin)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".marketchain.moneymarket.v1.MsgSetPendingAdmin: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.marketchain.moneymarket.v1.MsgSetPendingAdmin();
                    if (object.sender != null)
                        if (typeof object.sender !== "string" || object.sender.length)
                            message.sender = $String(object.sender);
                    if (object.pendingAdmin != null)
                        if (typeof object.pendingAdmin !== "string" || object.pendingAdmin.length)
                            message.pendingAdmin = $String(object.pendingAdmin);
                    return message;
                };

                /**
                 * Creates a plain object from a MsgSetPendingAdmin message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof marketchain.moneymarket.v1.MsgSetPendingAdmin
                 * @static
                 * @param {marketchain.moneymarket.v1.MsgSetPendingAdmin} message MsgSetPendingAdmin
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                MsgSetPendingAdmin.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.sender = "";
                        object.pendingAdmin = "";
                    }
                    if (message.sender != null && $Object.hasOwnProperty.call(message, "sender"))
                        object.sender = message.sender;
                    if (message.pendingAdmin != null && $Object.hasOwnProperty.call(message, "pendingAdmin"))
                        object.pendingAdmin = message.pendingAdmin;
                    return object;
                };

                /**
                 * Converts this MsgSetPendingAdmin to JSON.
                 * @function toJSON
                 * @memberof marketchain.moneymarket.v1.MsgSetPendingAdmin
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                MsgSetPendingAdmin.prototype.toJSON = function() {
                    return MsgSetPendingAdmin.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for MsgSetPendingAdmin
                 * @function getTypeUrl
                 * @memberof marketchain.moneymarket.v1.MsgSetPendingAdmin
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                MsgSetPendingAdmin.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/marketchain.moneymarket.v1.MsgSetPendingAdmin";
                };

                return MsgSetPendingAdmin;
            })();

            v1.MsgSetPendingAdminResponse = (function() {

                /**
                 * Properties of a MsgSetPendingAdminResponse.
                 * @typedef {Object} marketchain.moneymarket.v1.MsgSetPendingAdminResponse.$Properties
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a MsgSetPendingAdminResponse.
                 * @memberof marketchain.moneymarket.v1
                 * @interface IMsgSetPendingAdminResponse
                 * @augments marketchain.moneymarket.v1.MsgSetPendingAdminResponse.$Properties
                 * @deprecated Use marketchain.moneymarket.v1.MsgSetPendingAdminResponse.$Properties instead.
                 */

                /**
                 * Shape of a MsgSetPendingAdminResponse.
                 * @typedef {marketchain.moneymarket.v1.MsgSetPendingAdminResponse.$Properties} marketchain.moneymarket.v1.MsgSetPendingAdminResponse.$Shape
                 */

                /**
                 * Constructs a new MsgSetPendingAdminResponse.
                 * @memberof marketchain.moneymarket.v1
                 * @classdesc Represents a MsgSetPendingAdminResponse.
                 * @constructor
                 * @param {marketchain.moneymarket.v1.MsgSetPendingAdminResponse.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const MsgSetPendingAdminResponse = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * Creates a new MsgSetPendingAdminResponse instance using the specified properties.
                 * @function create
                 * @memberof marketchain.moneymarket.v1.MsgSetPendingAdminResponse
                 * @static
                 * @param {marketchain.moneymarket.v1.MsgSetPendingAdminResponse.$Properties=} [properties] Properties to set
                 * @returns {marketchain.moneymarket.v1.MsgSetPendingAdminResponse} MsgSetPendingAdminResponse instance
                 * @type {{
                 *   (properties: marketchain.moneymarket.v1.MsgSetPendingAdminResponse.$Shape): marketchain.moneymarket.v1.MsgSetPendingAdminResponse & marketchain.moneymarket.v1.MsgSetPendingAdminResponse.$Shape;
                 *   (properties?: marketchain.moneymarket.v1.MsgSetPendingAdminResponse.$Properties): marketchain.moneymarket.v1.MsgSetPendingAdminResponse;
                 * }}
                 */
                MsgSetPendingAdminResponse.create = function(properties) {
                    return new MsgSetPendingAdminResponse(properties);
                };

                /**
                 * Encodes the specified MsgSetPendingAdminResponse message. Does not implicitly {@link marketchain.moneymarket.v1.MsgSetPendingAdminResponse.verify|verify} messages.
                 * @function encode
                 * @memberof marketchain.moneymarket.v1.MsgSetPendingAdminResponse
                 * @static
                 * @param {marketchain.moneymarket.v1.MsgSetPendingAdminResponse.$Properties} message MsgSetPendingAdminResponse message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                MsgSetPendingAdminResponse.encode = function (message, writer, _depth) {
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
                 * Decodes a MsgSetPendingAdminResponse message from the specified reader or buffer.
                 * @function decode
                 * @memberof marketchain.moneymarket.v1.MsgSetPendingAdminResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {marketchain.moneymarket.v1.MsgSetPendingAdminResponse & marketchain.moneymarket.v1.MsgSetPendingAdminResponse.$Shape} MsgSetPendingAdminResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                MsgSetPendingAdminResponse.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.marketchain.moneymarket.v1.MsgSetPendingAdminResponse();
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
                 * Creates a MsgSetPendingAdminResponse message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof marketchain.moneymarket.v1.MsgSetPendingAdminResponse
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {marketchain.moneymarket.v1.MsgSetPendingAdminResponse} MsgSetPendingAdminResponse
                 */
                MsgSetPendingAdminResponse.fromObject = function (object, _depth) {
                    if (object instanceof $root.marketchain.moneymarket.v1.MsgSetPendingAdminResponse)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".marketchain.moneymarket.v1.MsgSetPendingAdminResponse: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    return new $root.marketchain.moneymarket.v1.MsgSetPendingAdminResponse();
                };

                /**
                 * Creates a plain object from a MsgSetPendingAdminResponse message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof marketchain.moneymarket.v1.MsgSetPendingAdminResponse
                 * @static
                 * @param {marketchain.moneymarket.v1.MsgSetPendingAdminResponse} message MsgSetPendingAdminResponse
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                MsgSetPendingAdminResponse.toObject = function () {
                    return {};
                };

                /**
                 * Converts this MsgSetPendingAdminResponse to JSON.
                 * @function toJSON
                 * @memberof marketchain.moneymarket.v1.MsgSetPendingAdminResponse
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                MsgSetPendingAdminResponse.prototype.toJSON = function() {
                    return MsgSetPendingAdminResponse.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for MsgSetPendingAdminResponse
                 * @function getTypeUrl
                 * @memberof marketchain.moneymarket.v1.MsgSetPendingAdminResponse
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                MsgSetPendingAdminResponse.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/marketchain.moneymarket.v1.MsgSetPendingAdminResponse";
                };

                return MsgSetPendingAdminResponse;
            })();

            v1.MsgAcceptAdmin = (function() {

                /**
                 * Properties of a MsgAcceptAdmin.
                 * @typedef {Object} marketchain.moneymarket.v1.MsgAcceptAdmin.$Properties
                 * @property {string|null} [sender] MsgAcceptAdmin sender
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a MsgAcceptAdmin.
                 * @memberof marketchain.moneymarket.v1
                 * @interface IMsgAcceptAdmin
                 * @augments marketchain.moneymarket.v1.MsgAcceptAdmin.$Properties
                 * @deprecated Use marketchain.moneymarket.v1.MsgAcceptAdmin.$Properties instead.
                 */

                /**
                 * Shape of a MsgAcceptAdmin.
                 * @typedef {marketchain.moneymarket.v1.MsgAcceptAdmin.$Properties} marketchain.moneymarket.v1.MsgAcceptAdmin.$Shape
                 */

                /**
                 * Constructs a new MsgAcceptAdmin.
                 * @memberof marketchain.moneymarket.v1
                 * @classdesc Represents a MsgAcceptAdmin.
                 * @constructor
                 * @param {marketchain.moneymarket.v1.MsgAcceptAdmin.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const MsgAcceptAdmin = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * MsgAcceptAdmin sender.
                 * @member {string} sender
                 * @memberof marketchain.moneymarket.v1.MsgAcceptAdmin
                 * @instance
                 */
                MsgAcceptAdmin.prototype.sender = "";

                /**
                 * Creates a new MsgAcceptAdmin instance using the specified properties.
                 * @function create
                 * @memberof marketchain.moneymarket.v1.MsgAcceptAdmin
                 * @static
                 * @param {marketchain.moneymarket.v1.MsgAcceptAdmin.$Properties=} [properties] Properties to set
                 * @returns {marketchain.moneymarket.v1.MsgAcceptAdmin} MsgAcceptAdmin instance
                 * @type {{
                 *   (properties: marketchain.moneymarket.v1.MsgAcceptAdmin.$Shape): marketchain.moneymarket.v1.MsgAcceptAdmin & marketchain.moneymarket.v1.MsgAcceptAdmin.$Shape;
                 *   (properties?: marketchain.moneymarket.v1.MsgAcceptAdmin.$Properties): marketchain.moneymarket.v1.MsgAcceptAdmin;
                 * }}
                 */
                MsgAcceptAdmin.create = function(properties) {
                    return new MsgAcceptAdmin(properties);
                };

                /**
                 * Encodes the specified MsgAcceptAdmin message. Does not implicitly {@link marketchain.moneymarket.v1.MsgAcceptAdmin.verify|verify} messages.
                 * @function encode
                 * @memberof marketchain.moneymarket.v1.MsgAcceptAdmin
                 * @static
                 * @param {marketchain.moneymarket.v1.MsgAcceptAdmin.$Properties} message MsgAcceptAdmin message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                MsgAcceptAdmin.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.sender != null && $Object.hasOwnProperty.call(message, "sender") && message.sender !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.sender);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a MsgAcceptAdmin message from the specified reader or buffer.
                 * @function decode
                 * @memberof marketchain.moneymarket.v1.MsgAcceptAdmin
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {marketchain.moneymarket.v1.MsgAcceptAdmin & marketchain.moneymarket.v1.MsgAcceptAdmin.$Shape} MsgAcceptAdmin
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                MsgAcceptAdmin.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.marketchain.moneymarket.v1.MsgAcceptAdmin();
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
                 * Creates a MsgAcceptAdmin message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof marketchain.moneymarket.v1.MsgAcceptAdmin
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {marketchain.moneymarket.v1.MsgAcceptAdmin} MsgAcceptAdmin
                 */
                MsgAcceptAdmin.fromObject = function (object, _depth) {
                    if (object instanceof $root.marketchain.moneymarket.v1.MsgAcceptAdmin)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".marketchain.moneymarket.v1.MsgAcceptAdmin: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.marketchain.moneymarket.v1.MsgAcceptAdmin();
                    if (object.sender != null)
                        if (typeof object.sender !== "string" || object.sender.length)
                            message.sender = $String(object.sender);
                    return message;
                };

                /**
                 * Creates a plain object from a MsgAcceptAdmin message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof marketchain.moneymarket.v1.MsgAcceptAdmin
                 * @static
                 * @param {marketchain.moneymarket.v1.MsgAcceptAdmin} message MsgAcceptAdmin
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                MsgAcceptAdmin.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults)
                        object.sender = "";
                    if (message.sender != null && $Object.hasOwnProperty.call(message, "sender"))
                        object.sender = message.sender;
                    return object;
                };

                /**
                 * Converts this MsgAcceptAdmin to JSON.
                 * @function toJSON
                 * @memberof marketchain.moneymarket.v1.MsgAcceptAdmin
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                MsgAcceptAdmin.prototype.toJSON = function() {
                    return MsgAcceptAdmin.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for MsgAcceptAdmin
                 * @function getTypeUrl
                 * @memberof marketchain.moneymarket.v1.MsgAcceptAdmin
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                MsgAcceptAdmin.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/marketchain.moneymarket.v1.MsgAcceptAdmin";
                };

                return MsgAcceptAdmin;
            })();

            v1.MsgAcceptAdminResponse = (function() {

                /**
                 * Properties of a MsgAcceptAdminResponse.
                 * @typedef {Object} marketchain.moneymarket.v1.MsgAcceptAdminResponse.$Properties
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a MsgAcceptAdminResponse.
                 * @memberof marketchain.moneymarket.v1
                 * @interface IMsgAcceptAdminResponse
                 * @augments marketchain.moneymarket.v1.MsgAcceptAdminResponse.$Properties
                 * @deprecated Use marketchain.moneymarket.v1.MsgAcceptAdminResponse.$Properties instead.
                 */

                /**
                 * Shape of a MsgAcceptAdminResponse.
                 * @typedef {marketchain.moneymarket.v1.MsgAcceptAdminResponse.$Properties} marketchain.moneymarket.v1.MsgAcceptAdminResponse.$Shape
                 */

                /**
                 * Constructs a new MsgAcceptAdminResponse.
                 * @memberof marketchain.moneymarket.v1
                 * @classdesc Represents a MsgAcceptAdminResponse.
                 * @constructor
                 * @param {marketchain.moneymarket.v1.MsgAcceptAdminResponse.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const MsgAcceptAdminResponse = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * Creates a new MsgAcceptAdminResponse instance using the specified properties.
                 * @function create
                 * @memberof marketchain.moneymarket.v1.MsgAcceptAdminResponse
                 * @static
                 * @param {marketchain.moneymarket.v1.MsgAcceptAdminResponse.$Properties=} [properties] Properties to set
                 * @returns {marketchain.moneymarket.v1.MsgAcceptAdminResponse} MsgAcceptAdminResponse instance
                 * @type {{
                 *   (properties: marketchain.moneymarket.v1.MsgAcceptAdminResponse.$Shape): marketchain.moneymarket.v1.MsgAcceptAdminResponse & marketchain.moneymarket.v1.MsgAcceptAdminResponse.$Shape;
                 *   (properties?: marketchain.moneymarket.v1.MsgAcceptAdminResponse.$Properties): marketchain.moneymarket.v1.MsgAcceptAdminResponse;
                 * }}
                 */
                MsgAcceptAdminResponse.create = function(properties) {
                    return new MsgAcceptAdminResponse(properties);
                };

                /**
                 * Encodes the specified MsgAcceptAdminResponse message. Does not implicitly {@link marketchain.moneymarket.v1.MsgAcceptAdminResponse.verify|verify} messages.
                 * @function encode
                 * @memberof marketchain.moneymarket.v1.MsgAcceptAdminResponse
                 * @static
                 * @param {marketchain.moneymarket.v1.MsgAcceptAdminResponse.$Properties} message MsgAcceptAdminResponse message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                MsgAcceptAdminResponse.encode = function (message, writer, _depth) {
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
                 * Decodes a MsgAcceptAdminResponse message from the specified reader or buffer.
                 * @function decode
                 * @memberof marketchain.moneymarket.v1.MsgAcceptAdminResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {marketchain.moneymarket.v1.MsgAcceptAdminResponse & marketchain.moneymarket.v1.MsgAcceptAdminResponse.$Shape} MsgAcceptAdminResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                MsgAcceptAdminResponse.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.marketchain.moneymarket.v1.MsgAcceptAdminResponse();
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
                 * Creates a MsgAcceptAdminResponse message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof marketchain.moneymarket.v1.MsgAcceptAdminResponse
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {marketchain.moneymarket.v1.MsgAcceptAdminResponse} MsgAcceptAdminResponse
                 */
                MsgAcceptAdminResponse.fromObject = function (object, _depth) {
                    if (object instanceof $root.marketchain.moneymarket.v1.MsgAcceptAdminResponse)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".marketchain.moneymarket.v1.MsgAcceptAdminResponse: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    return new $root.marketchain.moneymarket.v1.MsgAcceptAdminResponse();
                };

                /**
                 * Creates a plain object from a MsgAcceptAdminResponse message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof marketchain.moneymarket.v1.MsgAcceptAdminResponse
                 * @static
                 * @param {marketchain.moneymarket.v1.MsgAcceptAdminResponse} message MsgAcceptAdminResponse
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                MsgAcceptAdminResponse.toObject = function () {
                    return {};
                };

                /**
                 * Converts this MsgAcceptAdminResponse to JSON.
                 * @function toJSON
                 * @memberof marketchain.moneymarket.v1.MsgAcceptAdminResponse
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                MsgAcceptAdminResponse.prototype.toJSON = function() {
                    return MsgAcceptAdminResponse.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for MsgAcceptAdminResponse
                 * @function getTypeUrl
                 * @memberof marketchain.moneymarket.v1.MsgAcceptAdminResponse
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                MsgAcceptAdminResponse.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/marketchain.moneymarket.v1.MsgAcceptAdminResponse";
                };

                return MsgAcceptAdminResponse;
            })();

            v1.MsgWithdrawEquity = (function() {

                /**
                 * Properties of a MsgWithdrawEquity.
                 * @typedef {Object} marketchain.moneymarket.v1.MsgWithdrawEquity.$Properties
                 * @property {string|null} [sender] MsgWithdrawEquity sender
                 * @property {string|null} [denom] MsgWithdrawEquity denom
                 * @property {string|null} [amount] MsgWithdrawEquity amount
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a MsgWithdrawEquity.
                 * @memberof marketchain.moneymarket.v1
                 * @interface IMsgWithdrawEquity
                 * @augments marketchain.moneymarket.v1.MsgWithdrawEquity.$Properties
                 * @deprecated Use marketchain.moneymarket.v1.MsgWithdrawEquity.$Properties instead.
                 */

                /**
                 * Shape of a MsgWithdrawEquity.
                 * @typedef {marketchain.moneymarket.v1.MsgWithdrawEquity.$Properties} marketchain.moneymarket.v1.MsgWithdrawEquity.$Shape
                 */

                /**
                 * Constructs a new MsgWithdrawEquity.
                 * @memberof marketchain.moneymarket.v1
                 * @classdesc Represents a MsgWithdrawEquity.
                 * @constructor
                 * @param {marketchain.moneymarket.v1.MsgWithdrawEquity.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const MsgWithdrawEquity = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * MsgWithdrawEquity sender.
                 * @member {string} sender
                 * @memberof marketchain.moneymarket.v1.MsgWithdrawEquity
                 * @instance
                 */
                MsgWithdrawEquity.prototype.sender = "";

                /**
                 * MsgWithdrawEquity denom.
                 * @member {string} denom
                 * @memberof marketchain.moneymarket.v1.MsgWithdrawEquity
                 * @instance
                 */
                MsgWithdrawEquity.prototype.denom = "";

                /**
                 * MsgWithdrawEquity amount.
                 * @member {string} amount
                 * @memberof marketchain.moneymarket.v1.MsgWithdrawEquity
                 * @instance
                 */
                MsgWithdrawEquity.prototype.amount = "";

                /**
                 * Creates a new MsgWithdrawEquity instance using the specified properties.
                 * @function create
                 * @memberof marketchain.moneymarket.v1.MsgWithdrawEquity
                 * @static
                 * @param {marketchain.moneymarket.v1.MsgWithdrawEquity.$Properties=} [properties] Properties to set
                 * @returns {marketchain.moneymarket.v1.MsgWithdrawEquity} MsgWithdrawEquity instance
                 * @type {{
                 *   (properties: marketchain.moneymarket.v1.MsgWithdrawEquity.$Shape): marketchain.moneymarket.v1.MsgWithdrawEquity & marketchain.moneymarket.v1.MsgWithdrawEquity.$Shape;
                 *   (properties?: marketchain.moneymarket.v1.MsgWithdrawEquity.$Properties): marketchain.moneymarket.v1.MsgWithdrawEquity;
                 * }}
                 */
                MsgWithdrawEquity.create = function(properties) {
                    return new MsgWithdrawEquity(properties);
                };

                /**
                 * Encodes the specified MsgWithdrawEquity message. Does not implicitly {@link marketchain.moneymarket.v1.MsgWithdrawEquity.verify|verify} messages.
                 * @function encode
                 * @memberof marketchain.moneymarket.v1.MsgWithdrawEquity
                 * @static
                 * @param {marketchain.moneymarket.v1.MsgWithdrawEquity.$Properties} message MsgWithdrawEquity message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                MsgWithdrawEquity.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.sender != null && $Object.hasOwnProperty.call(message, "sender") && message.sender !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.sender);
                    if (message.denom != null && $Object.hasOwnProperty.call(message, "denom") && message.denom !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.denom);
                    if (message.amount != null && $Object.hasOwnProperty.call(message, "amount") && message.amount !== "")
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.amount);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a MsgWithdrawEquity message from the specified reader or buffer.
                 * @function decode
                 * @memberof marketchain.moneymarket.v1.MsgWithdrawEquity
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {marketchain.moneymarket.v1.MsgWithdrawEquity & marketchain.moneymarket.v1.MsgWithdrawEquity.$Shape} MsgWithdrawEquity
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                MsgWithdrawEquity.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.marketchain.moneymarket.v1.MsgWithdrawEquity();
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
                                    message.denom = value;
                                else
                                    delete message.denom;
                                continue;
                            }
                        case 3: {
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
                 * Creates a MsgWithdrawEquity message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof marketchain.moneymarket.v1.MsgWithdrawEquity
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {marketchain.moneymarket.v1.MsgWithdrawEquity} MsgWithdrawEquity
                 */
                MsgWithdrawEquity.fromObject = function (object, _depth) {
                    if (object instanceof $root.marketchain.moneymarket.v1.MsgWithdrawEquity)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".marketchain.moneymarket.v1.MsgWithdrawEquity: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.marketchain.moneymarket.v1.MsgWithdrawEquity();
                    if (object.sender != null)
                        if (typeof object.sender !== "string" || object.sender.length)
                            message.sender = $String(object.sender);
                    if (object.denom != null)
                        if (typeof object.denom !== "string" || object.denom.length)
                            message.denom = $String(object.denom);
                    if (object.amount != null)
                        if (typeof object.amount !== "string" || object.amount.length)
                            message.amount = $String(object.amount);
                    return message;
                };

                /**
                 * Creates a plain object from a MsgWithdrawEquity message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof marketchain.moneymarket.v1.MsgWithdrawEquity
                 * @static
                 * @param {marketchain.moneymarket.v1.MsgWithdrawEquity} message MsgWithdrawEquity
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                MsgWithdrawEquity.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.sender = "";
                        object.denom = "";
                        object.amount = "";
                    }
                    if (message.sender != null && $Object.hasOwnProperty.call(message, "sender"))
                        object.sender = message.sender;
                    if (message.denom != null && $Object.hasOwnProperty.call(message, "denom"))
                        object.denom = message.denom;
                    if (message.amount != null && $Object.hasOwnProperty.call(message, "amount"))
                        object.amount = message.amount;
                    return object;
                };

                /**
                 * Converts this MsgWithdrawEquity to JSON.
                 * @function toJSON
                 * @memberof marketchain.moneymarket.v1.MsgWithdrawEquity
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                MsgWithdrawEquity.prototype.toJSON = function() {
                    return MsgWithdrawEquity.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for MsgWithdrawEquity
                 * @function getTypeUrl
                 * @memberof marketchain.moneymarket.v1.MsgWithdrawEquity
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                MsgWithdrawEquity.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/marketchain.moneymarket.v1.MsgWithdrawEquity";
                };

                return MsgWithdrawEquity;
            })();

            v1.MsgWithdrawEquityResponse = (function() {

                /**
                 * Properties of a MsgWithdrawEquityResponse.
                 * @typedef {Object} marketchain.moneymarket.v1.MsgWithdrawEquityResponse.$Properties
                 * @property {string|null} [amount] MsgWithdrawEquityResponse amount
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a MsgWithdrawEquityResponse.
                 * @memberof marketchain.moneymarket.v1
                 * @interface IMsgWithdrawEquityResponse
                 * @augments marketchain.moneymarket.v1.MsgWithdrawEquityResponse.$Properties
                 * @deprecated Use marketchain.moneymarket.v1.MsgWithdrawEquityResponse.$Properties instead.
                 */

                /**
                 * Shape of a MsgWithdrawEquityResponse.
                 * @typedef {marketchain.moneymarket.v1.MsgWithdrawEquityResponse.$Properties} marketchain.moneymarket.v1.MsgWithdrawEquityResponse.$Shape
                 */

                /**
                 * Constructs a new MsgWithdrawEquityResponse.
                 * @memberof marketchain.moneymarket.v1
                 * @classdesc Represents a MsgWithdrawEquityResponse.
                 * @constructor
                 * @param {marketchain.moneymarket.v1.MsgWithdrawEquityResponse.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const MsgWithdrawEquityResponse = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * MsgWithdrawEquityResponse amount.
                 * @member {string} amount
                 * @memberof marketchain.moneymarket.v1.MsgWithdrawEquityResponse
                 * @instance
                 */
                MsgWithdrawEquityResponse.prototype.amount = "";

                /**
                 * Creates a new MsgWithdrawEquityResponse instance using the specified properties.
                 * @function create
                 * @memberof marketchain.moneymarket.v1.MsgWithdrawEquityResponse
                 * @static
                 * @param {marketchain.moneymarket.v1.MsgWithdrawEquityResponse.$Properties=} [properties] Properties to set
                 * @returns {marketchain.moneymarket.v1.MsgWithdrawEquityResponse} MsgWithdrawEquityResponse instance
                 * @type {{
                 *   (properties: marketchain.moneymarket.v1.MsgWithdrawEquityResponse.$Shape): marketchain.moneymarket.v1.MsgWithdrawEquityResponse & marketchain.moneymarket.v1.MsgWithdrawEquityResponse.$Shape;
                 *   (properties?: marketchain.moneymarket.v1.MsgWithdrawEquityResponse.$Properties): marketchain.moneymarket.v1.MsgWithdrawEquityResponse;
                 * }}
                 */
                MsgWithdrawEquityResponse.create = function(properties) {
                    return new MsgWithdrawEquityResponse(properties);
                };

                /**
                 * Encodes the specified MsgWithdrawEquityResponse message. Does not implicitly {@link marketchain.moneymarket.v1.MsgWithdrawEquityResponse.verify|verify} messages.
                 * @function encode
                 * @memberof marketchain.moneymarket.v1.MsgWithdrawEquityResponse
                 * @static
                 * @param {marketchain.moneymarket.v1.MsgWithdrawEquityResponse.$Properties} message MsgWithdrawEquityResponse message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                MsgWithdrawEquityResponse.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.amount != null && $Object.hasOwnProperty.call(message, "amount") && message.amount !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.amount);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a MsgWithdrawEquityResponse message from the specified reader or buffer.
                 * @function decode
                 * @memberof marketchain.moneymarket.v1.MsgWithdrawEquityResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {marketchain.moneymarket.v1.MsgWithdrawEquityResponse & marketchain.moneymarket.v1.MsgWithdrawEquityResponse.$Shape} MsgWithdrawEquityResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                MsgWithdrawEquityResponse.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.marketchain.moneymarket.v1.MsgWithdrawEquityResponse();
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
                 * Creates a MsgWithdrawEquityResponse message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof marketchain.moneymarket.v1.MsgWithdrawEquityResponse
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {marketchain.moneymarket.v1.MsgWithdrawEquityResponse} MsgWithdrawEquityResponse
                 */
                MsgWithdrawEquityResponse.fromObject = function (object, _depth) {
                    if (object instanceof $root.marketchain.moneymarket.v1.MsgWithdrawEquityResponse)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".marketchain.moneymarket.v1.MsgWithdrawEquityResponse: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.marketchain.moneymarket.v1.MsgWithdrawEquityResponse();
                    if (object.amount != null)
                        if (typeof object.amount !== "string" || object.amount.length)
                            message.amount = $String(object.amount);
                    return message;
                };

                /**
                 * Creates a plain object from a MsgWithdrawEquityResponse message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof marketchain.moneymarket.v1.MsgWithdrawEquityResponse
                 * @static
                 * @param {marketchain.moneymarket.v1.MsgWithdrawEquityResponse} message MsgWithdrawEquityResponse
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                MsgWithdrawEquityResponse.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults)
                        object.amount = "";
                    if (message.amount != null && $Object.hasOwnProperty.call(message, "amount"))
                        object.amount = message.amount;
                    return object;
                };

                /**
                 * Converts this MsgWithdrawEquityResponse to JSON.
                 * @function toJSON
                 * @memberof marketchain.moneymarket.v1.MsgWithdrawEquityResponse
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                MsgWithdrawEquityResponse.prototype.toJSON = function() {
                    return MsgWithdrawEquityResponse.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for MsgWithdrawEquityResponse
                 * @function getTypeUrl
                 * @memberof marketchain.moneymarket.v1.MsgWithdrawEquityResponse
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                MsgWithdrawEquityResponse.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/marketchain.moneymarket.v1.MsgWithdrawEquityResponse";
                };

                return MsgWithdrawEquityResponse;
            })();

            v1.MsgSetPaused = (function() {

                /**
                 * Properties of a MsgSetPaused.
                 * @typedef {Object} marketchain.moneymarket.v1.MsgSetPaused.$Properties
                 * @property {string|null} [sender] MsgSetPaused sender
                 * @property {boolean|null} [paused] MsgSetPaused paused
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a MsgSetPaused.
                 * @memberof marketchain.moneymarket.v1
                 * @interface IMsgSetPaused
                 * @augments marketchain.moneymarket.v1.MsgSetPaused.$Properties
                 * @deprecated Use marketchain.moneymarket.v1.MsgSetPaused.$Properties instead.
                 */

                /**
                 * Shape of a MsgSetPaused.
                 * @typedef {marketchain.moneymarket.v1.MsgSetPaused.$Properties} marketchain.moneymarket.v1.MsgSetPaused.$Shape
                 */

                /**
                 * Constructs a new MsgSetPaused.
                 * @memberof marketchain.moneymarket.v1
                 * @classdesc Represents a MsgSetPaused.
                 * @constructor
                 * @param {marketchain.moneymarket.v1.MsgSetPaused.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const MsgSetPaused = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * MsgSetPaused sender.
                 * @member {string} sender
                 * @memberof marketchain.moneymarket.v1.MsgSetPaused
                 * @instance
                 */
                MsgSetPaused.prototype.sender = "";

                /**
                 * MsgSetPaused paused.
                 * @member {boolean} paused
                 * @memberof marketchain.moneymarket.v1.MsgSetPaused
                 * @instance
                 */
                MsgSetPaused.prototype.paused = false;

                /**
                 * Creates a new MsgSetPaused instance using the specified properties.
                 * @function create
                 * @memberof marketchain.moneymarket.v1.MsgSetPaused
                 * @static
                 * @param {marketchain.moneymarket.v1.MsgSetPaused.$Properties=} [properties] Properties to set
                 * @returns {marketchain.moneymarket.v1.MsgSetPaused} MsgSetPaused instance
                 * @type {{
                 *   (properties: marketchain.moneymarket.v1.MsgSetPaused.$Shape): marketchain.moneymarket.v1.MsgSetPaused & marketchain.moneymarket.v1.MsgSetPaused.$Shape;
                 *   (properties?: marketchain.moneymarket.v1.MsgSetPaused.$Properties): marketchain.moneymarket.v1.MsgSetPaused;
                 * }}
                 */
                MsgSetPaused.create = function(properties) {
                    return new MsgSetPaused(properties);
                };

                /**
                 * Encodes the specified MsgSetPaused message. Does not implicitly {@link marketchain.moneymarket.v1.MsgSetPaused.verify|verify} messages.
                 * @function encode
                 * @memberof marketchain.moneymarket.v1.MsgSetPaused
                 * @static
                 * @param {marketchain.moneymarket.v1.MsgSetPaused.$Properties} message MsgSetPaused message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                MsgSetPaused.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.sender != null && $Object.hasOwnProperty.call(message, "sender") && message.sender !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.sender);
                    if (message.paused != null && $Object.hasOwnProperty.call(message, "paused") && message.paused !== false)
                        writer.uint32(/* id 2, wireType 0 =*/16).bool(message.paused);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a MsgSetPaused message from the specified reader or buffer.
                 * @function decode
                 * @memberof marketchain.moneymarket.v1.MsgSetPaused
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {marketchain.moneymarket.v1.MsgSetPaused & marketchain.moneymarket.v1.MsgSetPaused.$Shape} MsgSetPaused
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                MsgSetPaused.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.marketchain.moneymarket.v1.MsgSetPaused();
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
                                if (value = reader.bool())
                                    message.paused = value;
                                else
                                    delete message.paused;
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
                 * Creates a MsgSetPaused message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof marketchain.moneymarket.v1.MsgSetPaused
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {marketchain.moneymarket.v1.MsgSetPaused} MsgSetPaused
                 */
                MsgSetPaused.fromObject = function (object, _depth) {
                    if (object instanceof $root.marketchain.moneymarket.v1.MsgSetPaused)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".marketchain.moneymarket.v1.MsgSetPaused: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.marketchain.moneymarket.v1.MsgSetPaused();
                    if (object.sender != null)
                        if (typeof object.sender !== "string" || object.sender.length)
                            message.sender = $String(object.sender);
                    if (object.paused != null)
                        if (object.paused)
                            message.paused = $Boolean(object.paused);
                    return message;
                };

                /**
                 * Creates a plain object from a MsgSetPaused message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof marketchain.moneymarket.v1.MsgSetPaused
                 * @static
                 * @param {marketchain.moneymarket.v1.MsgSetPaused} message MsgSetPaused
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                MsgSetPaused.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.sender = "";
                        object.paused = false;
                    }
                    if (message.sender != null && $Object.hasOwnProperty.call(message, "sender"))
                        object.sender = message.sender;
                    if (message.paused != null && $Object.hasOwnProperty.call(message, "paused"))
                        object.paused = message.paused;
                    return object;
                };

                /**
                 * Converts this MsgSetPaused to JSON.
                 * @function toJSON
                 * @memberof marketchain.moneymarket.v1.MsgSetPaused
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                MsgSetPaused.prototype.toJSON = function() {
                    return MsgSetPaused.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for MsgSetPaused
                 * @function getTypeUrl
                 * @memberof marketchain.moneymarket.v1.MsgSetPaused
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                MsgSetPaused.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/marketchain.moneymarket.v1.MsgSetPaused";
                };

                return MsgSetPaused;
            })();

            v1.MsgSetPausedResponse = (function() {

                /**
                 * Properties of a MsgSetPausedResponse.
                 * @typedef {Object} marketchain.moneymarket.v1.MsgSetPausedResponse.$Properties
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a MsgSetPausedResponse.
                 * @memberof marketchain.moneymarket.v1
                 * @interface IMsgSetPausedResponse
                 * @augments marketchain.moneymarket.v1.MsgSetPausedResponse.$Properties
                 * @deprecated Use marketchain.moneymarket.v1.MsgSetPausedResponse.$Properties instead.
                 */

                /**
                 * Shape of a MsgSetPausedResponse.
                 * @typedef {marketchain.moneymarket.v1.MsgSetPausedResponse.$Properties} marketchain.moneymarket.v1.MsgSetPausedResponse.$Shape
                 */

                /**
                 * Constructs a new MsgSetPausedResponse.
                 * @memberof marketchain.moneymarket.v1
                 * @classdesc Represents a MsgSetPausedResponse.
                 * @constructor
                 * @param {marketchain.moneymarket.v1.MsgSetPausedResponse.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const MsgSetPausedResponse = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * Creates a new MsgSetPausedResponse instance using the specified properties.
                 * @function create
                 * @memberof marketchain.moneymarket.v1.MsgSetPausedResponse
                 * @static
                 * @param {marketchain.moneymarket.v1.MsgSetPausedResponse.$Properties=} [properties] Properties to set
                 * @returns {marketchain.moneymarket.v1.MsgSetPausedResponse} MsgSetPausedResponse instance
                 * @type {{
                 *   (properties: marketchain.moneymarket.v1.MsgSetPausedResponse.$Shape): marketchain.moneymarket.v1.MsgSetPausedResponse & marketchain.moneymarket.v1.MsgSetPausedResponse.$Shape;
                 *   (properties?: marketchain.moneymarket.v1.MsgSetPausedResponse.$Properties): marketchain.moneymarket.v1.MsgSetPausedResponse;
                 * }}
                 */
                MsgSetPausedResponse.create = function(properties) {
                    return new MsgSetPausedResponse(properties);
                };

                /**
                 * Encodes the specified MsgSetPausedResponse message. Does not implicitly {@link marketchain.moneymarket.v1.MsgSetPausedResponse.verify|verify} messages.
                 * @function encode
                 * @memberof marketchain.moneymarket.v1.MsgSetPausedResponse
                 * @static
                 * @param {marketchain.moneymarket.v1.MsgSetPausedResponse.$Properties} message MsgSetPausedResponse message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                MsgSetPausedResponse.encode = function (message, writer, _depth) {
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
                 * Decodes a MsgSetPausedResponse message from the specified reader or buffer.
                 * @function decode
                 * @memberof marketchain.moneymarket.v1.MsgSetPausedResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {marketchain.moneymarket.v1.MsgSetPausedResponse & marketchain.moneymarket.v1.MsgSetPausedResponse.$Shape} MsgSetPausedResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                MsgSetPausedResponse.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.marketchain.moneymarket.v1.MsgSetPausedResponse();
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
                 * Creates a MsgSetPausedResponse message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof marketchain.moneymarket.v1.MsgSetPausedResponse
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {marketchain.moneymarket.v1.MsgSetPausedResponse} MsgSetPausedResponse
                 */
                MsgSetPausedResponse.fromObject = function (object, _depth) {
                    if (object instanceof $root.marketchain.moneymarket.v1.MsgSetPausedResponse)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".marketchain.moneymarket.v1.MsgSetPausedResponse: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    return new $root.marketchain.moneymarket.v1.MsgSetPausedResponse();
                };

                /**
                 * Creates a plain object from a MsgSetPausedResponse message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof marketchain.moneymarket.v1.MsgSetPausedResponse
                 * @static
                 * @param {marketchain.moneymarket.v1.MsgSetPausedResponse} message MsgSetPausedResponse
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                MsgSetPausedResponse.toObject = function () {
                    return {};
                };

                /**
                 * Converts this MsgSetPausedResponse to JSON.
                 * @function toJSON
                 * @memberof marketchain.moneymarket.v1.MsgSetPausedResponse
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                MsgSetPausedResponse.prototype.toJSON = function() {
                    return MsgSetPausedResponse.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for MsgSetPausedResponse
                 * @function getTypeUrl
                 * @memberof marketchain.moneymarket.v1.MsgSetPausedResponse
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                MsgSetPausedResponse.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/marketchain.moneymarket.v1.MsgSetPausedResponse";
                };

                return MsgSetPausedResponse;
            })();

            v1.MsgAddReserves = (function() {

                /**
                 * Properties of a MsgAddReserves.
                 * @typedef {Object} marketchain.moneymarket.v1.MsgAddReserves.$Properties
                 * @property {string|null} [sender] MsgAddReserves sender
                 * @property {string|null} [denom] MsgAddReserves denom
                 * @property {string|null} [amount] MsgAddReserves amount
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a MsgAddReserves.
                 * @memberof marketchain.moneymarket.v1
                 * @interface IMsgAddReserves
                 * @augments marketchain.moneymarket.v1.MsgAddReserves.$Properties
                 * @deprecated Use marketchain.moneymarket.v1.MsgAddReserves.$Properties instead.
                 */

                /**
                 * Shape of a MsgAddReserves.
                 * @typedef {marketchain.moneymarket.v1.MsgAddReserves.$Properties} marketchain.moneymarket.v1.MsgAddReserves.$Shape
                 */

                /**
                 * Constructs a new MsgAddReserves.
                 * @memberof marketchain.moneymarket.v1
                 * @classdesc Represents a MsgAddReserves.
                 * @constructor
                 * @param {marketchain.moneymarket.v1.MsgAddReserves.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const MsgAddReserves = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * MsgAddReserves sender.
                 * @member {string} sender
                 * @memberof marketchain.moneymarket.v1.MsgAddReserves
                 * @instance
                 */
                MsgAddReserves.prototype.sender = "";

                /**
                 * MsgAddReserves denom.
                 * @member {string} denom
                 * @memberof marketchain.moneymarket.v1.MsgAddReserves
                 * @instance
                 */
                MsgAddReserves.prototype.denom = "";

                /**
                 * MsgAddReserves amount.
                 * @member {string} amount
                 * @memberof marketchain.moneymarket.v1.MsgAddReserves
                 * @instance
                 */
                MsgAddReserves.prototype.amount = "";

                /**
                 * Creates a new MsgAddReserves instance using the specified properties.
                 * @function create
                 * @memberof marketchain.moneymarket.v1.MsgAddReserves
                 * @static
                 * @param {marketchain.moneymarket.v1.MsgAddReserves.$Properties=} [properties] Properties to set
                 * @returns {marketchain.moneymarket.v1.MsgAddReserves} MsgAddReserves instance
                 * @type {{
                 *   (properties: marketchain.moneymarket.v1.MsgAddReserves.$Shape): marketchain.moneymarket.v1.MsgAddReserves & marketchain.moneymarket.v1.MsgAddReserves.$Shape;
                 *   (properties?: marketchain.moneymarket.v1.MsgAddReserves.$Properties): marketchain.moneymarket.v1.MsgAddReserves;
                 * }}
                 */
                MsgAddReserves.create = function(properties) {
                    return new MsgAddReserves(properties);
                };

                /**
                 * Encodes the specified MsgAddReserves message. Does not implicitly {@link marketchain.moneymarket.v1.MsgAddReserves.verify|verify} messages.
                 * @function encode
                 * @memberof marketchain.moneymarket.v1.MsgAddReserves
                 * @static
                 * @param {marketchain.moneymarket.v1.MsgAddReserves.$Properties} message MsgAddReserves message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                MsgAddReserves.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.sender != null && $Object.hasOwnProperty.call(message, "sender") && message.sender !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.sender);
                    if (message.denom != null && $Object.hasOwnProperty.call(message, "denom") && message.denom !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.denom);
                    if (message.amount != null && $Object.hasOwnProperty.call(message, "amount") && message.amount !== "")
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.amount);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a MsgAddReserves message from the specified reader or buffer.
                 * @function decode
                 * @memberof marketchain.moneymarket.v1.MsgAddReserves
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {marketchain.moneymarket.v1.MsgAddReserves & marketchain.moneymarket.v1.MsgAddReserves.$Shape} MsgAddReserves
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                MsgAddReserves.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.marketchain.moneymarket.v1.MsgAddReserves();
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
                                    message.denom = value;
                                else
                                    delete message.denom;
                                continue;
                            }
                        case 3: {
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
                 * Creates a MsgAddReserves message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof marketchain.moneymarket.v1.MsgAddReserves
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {marketchain.moneymarket.v1.MsgAddReserves} MsgAddReserves
                 */
                MsgAddReserves.fromObject = function (object, _depth) {
                    if (object instanceof $root.marketchain.moneymarket.v1.MsgAddReserves)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".marketchain.moneymarket.v1.MsgAddReserves: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.marketchain.moneymarket.v1.MsgAddReserves();
                    if (object.sender != null)
                        if (typeof object.sender !== "string" || object.sender.length)
                            message.sender = $String(object.sender);
                    if (object.denom != null)
                        if (typeof object.denom !== "string" || object.denom.length)
                            message.denom = $String(object.denom);
                    if (object.amount != null)
                        if (typeof object.amount !== "string" || object.amount.length)
                            message.amount = $String(object.amount);
                    return message;
                };

                /**
                 * Creates a plain object from a MsgAddReserves message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof marketchain.moneymarket.v1.MsgAddReserves
                 * @static
                 * @param {marketchain.moneymarket.v1.MsgAddReserves} message MsgAddReserves
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                MsgAddReserves.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.sender = "";
                        object.denom = "";
                        object.amount = "";
                    }
                    if (message.sender != null && $Object.hasOwnProperty.call(message, "sender"))
                        object.sender = message.sender;
                    if (message.denom != null && $Object.hasOwnProperty.call(message, "denom"))
                        object.denom = message.denom;
                    if (message.amount != null && $Object.hasOwnProperty.call(message, "amount"))
                        object.amount = message.amount;
                    return object;
                };

                /**
                 * Converts this MsgAddReserves to JSON.
                 * @function toJSON
                 * @memberof marketchain.moneymarket.v1.MsgAddReserves
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                MsgAddReserves.prototype.toJSON = function() {
                    return MsgAddReserves.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for MsgAddReserves
                 * @function getTypeUrl
                 * @memberof marketchain.moneymarket.v1.MsgAddReserves
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                MsgAddReserves.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/marketchain.moneymarket.v1.MsgAddReserves";
                };

                return MsgAddReserves;
            })();

            v1.MsgAddReservesResponse = (function() {

                /**
                 * Properties of a MsgAddReservesResponse.
                 * @typedef {Object} marketchain.moneymarket.v1.MsgAddReservesResponse.$Properties
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a MsgAddReservesResponse.
                 * @memberof marketchain.moneymarket.v1
                 * @interface IMsgAddReservesResponse
                 * @augments marketchain.moneymarket.v1.MsgAddReservesResponse.$Properties
                 * @deprecated Use marketchain.moneymarket.v1.MsgAddReservesResponse.$Properties instead.
                 */

                /**
                 * Shape of a MsgAddReservesResponse.
                 * @typedef {marketchain.moneymarket.v1.MsgAddReservesResponse.$Properties} marketchain.moneymarket.v1.MsgAddReservesResponse.$Shape
                 */

                /**
                 * Constructs a new MsgAddReservesResponse.
                 * @memberof marketchain.moneymarket.v1
                 * @classdesc Represents a MsgAddReservesResponse.
                 * @constructor
                 * @param {marketchain.moneymarket.v1.MsgAddReservesResponse.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const MsgAddReservesResponse = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * Creates a new MsgAddReservesResponse instance using the specified properties.
                 * @function create
                 * @memberof marketchain.moneymarket.v1.MsgAddReservesResponse
                 * @static
                 * @param {marketchain.moneymarket.v1.MsgAddReservesResponse.$Properties=} [properties] Properties to set
                 * @returns {marketchain.moneymarket.v1.MsgAddReservesResponse} MsgAddReservesResponse instance
                 * @type {{
                 *   (properties: marketchain.moneymarket.v1.MsgAddReservesResponse.$Shape): marketchain.moneymarket.v1.MsgAddReservesResponse & marketchain.moneymarket.v1.MsgAddReservesResponse.$Shape;
                 *   (properties?: marketchain.moneymarket.v1.MsgAddReservesResponse.$Properties): marketchain.moneymarket.v1.MsgAddReservesResponse;
                 * }}
                 */
                MsgAddReservesResponse.create = function(properties) {
                    return new MsgAddReservesResponse(properties);
                };

                /**
                 * Encodes the specified MsgAddReservesResponse message. Does not implicitly {@link marketchain.moneymarket.v1.MsgAddReservesResponse.verify|verify} messages.
                 * @function encode
                 * @memberof marketchain.moneymarket.v1.MsgAddReservesResponse
                 * @static
                 * @param {marketchain.moneymarket.v1.MsgAddReservesResponse.$Properties} message MsgAddReservesResponse message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                MsgAddReservesResponse.encode = function (message, writer, _depth) {
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
                 * Decodes a MsgAddReservesResponse message from the specified reader or buffer.
                 * @function decode
                 * @memberof marketchain.moneymarket.v1.MsgAddReservesResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {marketchain.moneymarket.v1.MsgAddReservesResponse & marketchain.moneymarket.v1.MsgAddReservesResponse.$Shape} MsgAddReservesResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                MsgAddReservesResponse.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.marketchain.moneymarket.v1.MsgAddReservesResponse();
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
                 * Creates a MsgAddReservesResponse message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof marketchain.moneymarket.v1.MsgAddReservesResponse
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {marketchain.moneymarket.v1.MsgAddReservesResponse} MsgAddReservesResponse
                 */
                MsgAddReservesResponse.fromObject = function (object, _depth) {
                    if (object instanceof $root.marketchain.moneymarket.v1.MsgAddReservesResponse)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".marketchain.moneymarket.v1.MsgAddReservesResponse: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    return new $root.marketchain.moneymarket.v1.MsgAddReservesResponse();
                };

                /**
                 * Creates a plain object from a MsgAddReservesResponse message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof marketchain.moneymarket.v1.MsgAddReservesResponse
                 * @static
                 * @param {marketchain.moneymarket.v1.MsgAddReservesResponse} message MsgAddReservesResponse
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                MsgAddReservesResponse.toObject = function () {
                    return {};
                };

                /**
                 * Converts this MsgAddReservesResponse to JSON.
                 * @function toJSON
                 * @memberof marketchain.moneymarket.v1.MsgAddReservesResponse
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                MsgAddReservesResponse.prototype.toJSON = function() {
                    return MsgAddReservesResponse.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for MsgAddReservesResponse
                 * @function getTypeUrl
                 * @memberof marketchain.moneymarket.v1.MsgAddReservesResponse
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                MsgAddReservesResponse.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/marketchain.moneymarket.v1.MsgAddReservesResponse";
                };

                return MsgAddReservesResponse;
            })();

            return v1;
        })();

        return moneymarket;
    })();

    return marketchain;
})();

export {
  $root as default
};
