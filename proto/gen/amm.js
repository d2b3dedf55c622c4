/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-mixed-operators, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars, default-case, jsdoc/require-param*/
import $protobuf from "../runtime.js";

// Common aliases
const $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;
const $Object = $util.global.Object, $undefined = $util.global.undefined, $Error = $util.global.Error, $RangeError = $util.global.RangeError, $TypeError = $util.global.TypeError, $String = $util.global.String, $Number = $util.global.Number, $parseInt = $util.global.parseInt, $BigInt = $util.global.BigInt, $Array = $util.global.Array, $Boolean = $util.global.Boolean;

// Exported root namespace
const $root = $protobuf.roots["amm"] || ($protobuf.roots["amm"] = {});

export const marketchain = $root.marketchain = (() => {

    /**
     * Namespace marketchain.
     * @exports marketchain
     * @namespace
     */
    const marketchain = {};

    marketchain.amm = (function() {

        /**
         * Namespace amm.
         * @memberof marketchain
         * @namespace
         */
        const amm = {};

        amm.v1 = (function() {

            /**
             * Namespace v1.
             * @memberof marketchain.amm
             * @namespace
             */
            const v1 = {};

            v1.Params = (function() {

                /**
                 * Properties of a Params.
                 * @typedef {Object} marketchain.amm.v1.Params.$Properties
                 * @property {string|null} [authority] Params authority
                 * @property {string|null} [treasury] Params treasury
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a Params.
                 * @memberof marketchain.amm.v1
                 * @interface IParams
                 * @augments marketchain.amm.v1.Params.$Properties
                 * @deprecated Use marketchain.amm.v1.Params.$Properties instead.
                 */

                /**
                 * Shape of a Params.
                 * @typedef {marketchain.amm.v1.Params.$Properties} marketchain.amm.v1.Params.$Shape
                 */

                /**
                 * Constructs a new Params.
                 * @memberof marketchain.amm.v1
                 * @classdesc Represents a Params.
                 * @constructor
                 * @param {marketchain.amm.v1.Params.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const Params = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * Params authority.
                 * @member {string} authority
                 * @memberof marketchain.amm.v1.Params
                 * @instance
                 */
                Params.prototype.authority = "";

                /**
                 * Params treasury.
                 * @member {string} treasury
                 * @memberof marketchain.amm.v1.Params
                 * @instance
                 */
                Params.prototype.treasury = "";

                /**
                 * Creates a new Params instance using the specified properties.
                 * @function create
                 * @memberof marketchain.amm.v1.Params
                 * @static
                 * @param {marketchain.amm.v1.Params.$Properties=} [properties] Properties to set
                 * @returns {marketchain.amm.v1.Params} Params instance
                 * @type {{
                 *   (properties: marketchain.amm.v1.Params.$Shape): marketchain.amm.v1.Params & marketchain.amm.v1.Params.$Shape;
                 *   (properties?: marketchain.amm.v1.Params.$Properties): marketchain.amm.v1.Params;
                 * }}
                 */
                Params.create = function(properties) {
                    return new Params(properties);
                };

                /**
                 * Encodes the specified Params message. Does not implicitly {@link marketchain.amm.v1.Params.verify|verify} messages.
                 * @function encode
                 * @memberof marketchain.amm.v1.Params
                 * @static
                 * @param {marketchain.amm.v1.Params.$Properties} message Params message or plain object to encode
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
                    if (message.authority != null && $Object.hasOwnProperty.call(message, "authority") && message.authority !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.authority);
                    if (message.treasury != null && $Object.hasOwnProperty.call(message, "treasury") && message.treasury !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.treasury);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a Params message from the specified reader or buffer.
                 * @function decode
                 * @memberof marketchain.amm.v1.Params
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {marketchain.amm.v1.Params & marketchain.amm.v1.Params.$Shape} Params
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
                    message = _target || new $root.marketchain.amm.v1.Params();
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
                                    message.authority = value;
                                else
                                    delete message.authority;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.treasury = value;
                                else
                                    delete message.treasury;
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
                 * @memberof marketchain.amm.v1.Params
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {marketchain.amm.v1.Params} Params
                 */
                Params.fromObject = function (object, _depth) {
                    if (object instanceof $root.marketchain.amm.v1.Params)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".marketchain.amm.v1.Params: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.marketchain.amm.v1.Params();
                    if (object.authority != null)
                        if (typeof object.authority !== "string" || object.authority.length)
                            message.authority = $String(object.authority);
                    if (object.treasury != null)
                        if (typeof object.treasury !== "string" || object.treasury.length)
                            message.treasury = $String(object.treasury);
                    return message;
                };

                /**
                 * Creates a plain object from a Params message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof marketchain.amm.v1.Params
                 * @static
                 * @param {marketchain.amm.v1.Params} message Params
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
                        object.authority = "";
                        object.treasury = "";
                    }
                    if (message.authority != null && $Object.hasOwnProperty.call(message, "authority"))
                        object.authority = message.authority;
                    if (message.treasury != null && $Object.hasOwnProperty.call(message, "treasury"))
                        object.treasury = message.treasury;
                    return object;
                };

                /**
                 * Converts this Params to JSON.
                 * @function toJSON
                 * @memberof marketchain.amm.v1.Params
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                Params.prototype.toJSON = function() {
                    return Params.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for Params
                 * @function getTypeUrl
                 * @memberof marketchain.amm.v1.Params
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                Params.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/marketchain.amm.v1.Params";
                };

                return Params;
            })();

            v1.Pool = (function() {

                /**
                 * Properties of a Pool.
                 * @typedef {Object} marketchain.amm.v1.Pool.$Properties
                 * @property {number|null} [id] Pool id
                 * @property {string|null} [denom0] Pool denom0
                 * @property {string|null} [denom1] Pool denom1
                 * @property {string|null} [sqrtPriceX96] Pool sqrtPriceX96
                 * @property {string|null} [sqrtLowerX96] Pool sqrtLowerX96
                 * @property {string|null} [sqrtUpperX96] Pool sqrtUpperX96
                 * @property {number|null} [feePips] Pool feePips
                 * @property {number|null} [betaPpm] Pool betaPpm
                 * @property {string|null} [liquidityLong] Pool liquidityLong
                 * @property {string|null} [liquidityShort] Pool liquidityShort
                 * @property {string|null} [reserve0] Pool reserve0
                 * @property {string|null} [reserve1] Pool reserve1
                 * @property {string|null} [feeVault0] Pool feeVault0
                 * @property {string|null} [feeVault1] Pool feeVault1
                 * @property {string|null} [feeGrowthLong0X128] Pool feeGrowthLong0X128
                 * @property {string|null} [feeGrowthLong1X128] Pool feeGrowthLong1X128
                 * @property {string|null} [feeGrowthShort0X128] Pool feeGrowthShort0X128
                 * @property {string|null} [feeGrowthShort1X128] Pool feeGrowthShort1X128
                 * @property {string|null} [orphanFees0] Pool orphanFees0
                 * @property {string|null} [orphanFees1] Pool orphanFees1
                 * @property {number|null} [minLongCommitmentBlocks] Pool minLongCommitmentBlocks
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a Pool.
                 * @memberof marketchain.amm.v1
                 * @interface IPool
                 * @augments marketchain.amm.v1.Pool.$Properties
                 * @deprecated Use marketchain.amm.v1.Pool.$Properties instead.
                 */

                /**
                 * Shape of a Pool.
                 * @typedef {marketchain.amm.v1.Pool.$Properties} marketchain.amm.v1.Pool.$Shape
                 */

                /**
                 * Constructs a new Pool.
                 * @memberof marketchain.amm.v1
                 * @classdesc Represents a Pool.
                 * @constructor
                 * @param {marketchain.amm.v1.Pool.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const Pool = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * Pool id.
                 * @member {number} id
                 * @memberof marketchain.amm.v1.Pool
                 * @instance
                 */
                Pool.prototype.id = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Pool denom0.
                 * @member {string} denom0
                 * @memberof marketchain.amm.v1.Pool
                 * @instance
                 */
                Pool.prototype.denom0 = "";

                /**
                 * Pool denom1.
                 * @member {string} denom1
                 * @memberof marketchain.amm.v1.Pool
                 * @instance
                 */
                Pool.prototype.denom1 = "";

                /**
                 * Pool sqrtPriceX96.
                 * @member {string} sqrtPriceX96
                 * @memberof marketchain.amm.v1.Pool
                 * @instance
                 */
                Pool.prototype.sqrtPriceX96 = "";

                /**
                 * Pool sqrtLowerX96.
                 * @member {string} sqrtLowerX96
                 * @memberof marketchain.amm.v1.Pool
                 * @instance
                 */
                Pool.prototype.sqrtLowerX96 = "";

                /**
                 * Pool sqrtUpperX96.
                 * @member {string} sqrtUpperX96
                 * @memberof marketchain.amm.v1.Pool
                 * @instance
                 */
                Pool.prototype.sqrtUpperX96 = "";

                /**
                 * Pool feePips.
                 * @member {number} feePips
                 * @memberof marketchain.amm.v1.Pool
                 * @instance
                 */
                Pool.prototype.feePips = 0;

                /**
                 * Pool betaPpm.
                 * @member {number} betaPpm
                 * @memberof marketchain.amm.v1.Pool
                 * @instance
                 */
                Pool.prototype.betaPpm = 0;

                /**
                 * Pool liquidityLong.
                 * @member {string} liquidityLong
                 * @memberof marketchain.amm.v1.Pool
                 * @instance
                 */
                Pool.prototype.liquidityLong = "";

                /**
                 * Pool liquidityShort.
                 * @member {string} liquidityShort
                 * @memberof marketchain.amm.v1.Pool
                 * @instance
                 */
                Pool.prototype.liquidityShort = "";

                /**
                 * Pool reserve0.
                 * @member {string} reserve0
                 * @memberof marketchain.amm.v1.Pool
                 * @instance
                 */
                Pool.prototype.reserve0 = "";

                /**
                 * Pool reserve1.
                 * @member {string} reserve1
                 * @memberof marketchain.amm.v1.Pool
                 * @instance
                 */
                Pool.prototype.reserve1 = "";

                /**
                 * Pool feeVault0.
                 * @member {string} feeVault0
                 * @memberof marketchain.amm.v1.Pool
                 * @instance
                 */
                Pool.prototype.feeVault0 = "";

                /**
                 * Pool feeVault1.
                 * @member {string} feeVault1
                 * @memberof marketchain.amm.v1.Pool
                 * @instance
                 */
                Pool.prototype.feeVault1 = "";

                /**
                 * Pool feeGrowthLong0X128.
                 * @member {string} feeGrowthLong0X128
                 * @memberof marketchain.amm.v1.Pool
                 * @instance
                 */
                Pool.prototype.feeGrowthLong0X128 = "";

                /**
                 * Pool feeGrowthLong1X128.
                 * @member {string} feeGrowthLong1X128
                 * @memberof marketchain.amm.v1.Pool
                 * @instance
                 */
                Pool.prototype.feeGrowthLong1X128 = "";

                /**
                 * Pool feeGrowthShort0X128.
                 * @member {string} feeGrowthShort0X128
                 * @memberof marketchain.amm.v1.Pool
                 * @instance
                 */
                Pool.prototype.feeGrowthShort0X128 = "";

                /**
                 * Pool feeGrowthShort1X128.
                 * @member {string} feeGrowthShort1X128
                 * @memberof marketchain.amm.v1.Pool
                 * @instance
                 */
                Pool.prototype.feeGrowthShort1X128 = "";

                /**
                 * Pool orphanFees0.
                 * @member {string} orphanFees0
                 * @memberof marketchain.amm.v1.Pool
                 * @instance
                 */
                Pool.prototype.orphanFees0 = "";

                /**
                 * Pool orphanFees1.
                 * @member {string} orphanFees1
                 * @memberof marketchain.amm.v1.Pool
                 * @instance
                 */
                Pool.prototype.orphanFees1 = "";

                /**
                 * Pool minLongCommitmentBlocks.
                 * @member {number} minLongCommitmentBlocks
                 * @memberof marketchain.amm.v1.Pool
                 * @instance
                 */
                Pool.prototype.minLongCommitmentBlocks = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Creates a new Pool instance using the specified properties.
                 * @function create
                 * @memberof marketchain.amm.v1.Pool
                 * @static
                 * @param {marketchain.amm.v1.Pool.$Properties=} [properties] Properties to set
                 * @returns {marketchain.amm.v1.Pool} Pool instance
                 * @type {{
                 *   (properties: marketchain.amm.v1.Pool.$Shape): marketchain.amm.v1.Pool & marketchain.amm.v1.Pool.$Shape;
                 *   (properties?: marketchain.amm.v1.Pool.$Properties): marketchain.amm.v1.Pool;
                 * }}
                 */
                Pool.create = function(properties) {
                    return new Pool(properties);
                };

                /**
                 * Encodes the specified Pool message. Does not implicitly {@link marketchain.amm.v1.Pool.verify|verify} messages.
                 * @function encode
                 * @memberof marketchain.amm.v1.Pool
                 * @static
                 * @param {marketchain.amm.v1.Pool.$Properties} message Pool message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Pool.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.id != null && $Object.hasOwnProperty.call(message, "id") && (typeof message.id === "object" ? message.id.low || message.id.high : message.id !== 0))
                        writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.id);
                    if (message.denom0 != null && $Object.hasOwnProperty.call(message, "denom0") && message.denom0 !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.denom0);
                    if (message.denom1 != null && $Object.hasOwnProperty.call(message, "denom1") && message.denom1 !== "")
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.denom1);
                    if (message.sqrtPriceX96 != null && $Object.hasOwnProperty.call(message, "sqrtPriceX96") && message.sqrtPriceX96 !== "")
                        writer.uint32(/* id 4, wireType 2 =*/34).string(message.sqrtPriceX96);
                    if (message.sqrtLowerX96 != null && $Object.hasOwnProperty.call(message, "sqrtLowerX96") && message.sqrtLowerX96 !== "")
                        writer.uint32(/* id 5, wireType 2 =*/42).string(message.sqrtLowerX96);
                    if (message.sqrtUpperX96 != null && $Object.hasOwnProperty.call(message, "sqrtUpperX96") && message.sqrtUpperX96 !== "")
                        writer.uint32(/* id 6, wireType 2 =*/50).string(message.sqrtUpperX96);
                    if (message.feePips != null && $Object.hasOwnProperty.call(message, "feePips") && message.feePips !== 0)
                        writer.uint32(/* id 7, wireType 0 =*/56).uint32(message.feePips);
                    if (message.betaPpm != null && $Object.hasOwnProperty.call(message, "betaPpm") && message.betaPpm !== 0)
                        writer.uint32(/* id 8, wireType 0 =*/64).uint32(message.betaPpm);
                    if (message.liquidityLong != null && $Object.hasOwnProperty.call(message, "liquidityLong") && message.liquidityLong !== "")
                        writer.uint32(/* id 9, wireType 2 =*/74).string(message.liquidityLong);
                    if (message.liquidityShort != null && $Object.hasOwnProperty.call(message, "liquidityShort") && message.liquidityShort !== "")
                        writer.uint32(/* id 10, wireType 2 =*/82).string(message.liquidityShort);
                    if (message.reserve0 != null && $Object.hasOwnProperty.call(message, "reserve0") && message.reserve0 !== "")
                        writer.uint32(/* id 11, wireType 2 =*/90).string(message.reserve0);
                    if (message.reserve1 != null && $Object.hasOwnProperty.call(message, "reserve1") && message.reserve1 !== "")
                        writer.uint32(/* id 12, wireType 2 =*/98).string(message.reserve1);
                    if (message.feeVault0 != null && $Object.hasOwnProperty.call(message, "feeVault0") && message.feeVault0 !== "")
                        writer.uint32(/* id 13, wireType 2 =*/106).string(message.feeVault0);
                    if (message.feeVault1 != null && $Object.hasOwnProperty.call(message, "feeVault1") && message.feeVault1 !== "")
                        writer.uint32(/* id 14, wireType 2 =*/114).string(message.feeVault1);
                    if (message.feeGrowthLong0X128 != null && $Object.hasOwnProperty.call(message, "feeGrowthLong0X128") && message.feeGrowthLong0X128 !== "")
                        writer.uint32(/* id 15, wireType 2 =*/122).string(message.feeGrowthLong0X128);
                    if (message.feeGrowthLong1X128 != null && $Object.hasOwnProperty.call(message, "feeGrowthLong1X128") && message.feeGrowthLong1X128 !== "")
                        writer.uint32(/* id 16, wireType 2 =*/130).string(message.feeGrowthLong1X128);
                    if (message.feeGrowthShort0X128 != null && $Object.hasOwnProperty.call(message, "feeGrowthShort0X128") && message.feeGrowthShort0X128 !== "")
                        writer.uint32(/* id 17, wireType 2 =*/138).string(message.feeGrowthShort0X128);
                    if (message.feeGrowthShort1X128 != null && $Object.hasOwnProperty.call(message, "feeGrowthShort1X128") && message.feeGrowthShort1X128 !== "")
                        writer.uint32(/* id 18, wireType 2 =*/146).string(message.feeGrowthShort1X128);
                    if (message.orphanFees0 != null && $Object.hasOwnProperty.call(message, "orphanFees0") && message.orphanFees0 !== "")
                        writer.uint32(/* id 19, wireType 2 =*/154).string(message.orphanFees0);
                    if (message.orphanFees1 != null && $Object.hasOwnProperty.call(message, "orphanFees1") && message.orphanFees1 !== "")
                        writer.uint32(/* id 20, wireType 2 =*/162).string(message.orphanFees1);
                    if (message.minLongCommitmentBlocks != null && $Object.hasOwnProperty.call(message, "minLongCommitmentBlocks") && (typeof message.minLongCommitmentBlocks === "object" ? message.minLongCommitmentBlocks.low || message.minLongCommitmentBlocks.high : message.minLongCommitmentBlocks !== 0))
                        writer.uint32(/* id 21, wireType 0 =*/168).uint64(message.minLongCommitmentBlocks);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a Pool message from the specified reader or buffer.
                 * @function decode
                 * @memberof marketchain.amm.v1.Pool
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {marketchain.amm.v1.Pool & marketchain.amm.v1.Pool.$Shape} Pool
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Pool.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.marketchain.amm.v1.Pool();
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
                                    message.denom0 = value;
                                else
                                    delete message.denom0;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.denom1 = value;
                                else
                                    delete message.denom1;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.sqrtPriceX96 = value;
                                else
                                    delete message.sqrtPriceX96;
                                continue;
                            }
                        case 5: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.sqrtLowerX96 = value;
                                else
                                    delete message.sqrtLowerX96;
                                continue;
                            }
                        case 6: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.sqrtUpperX96 = value;
                                else
                                    delete message.sqrtUpperX96;
                                continue;
                            }
                        case 7: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.feePips = value;
                                else
                                    delete message.feePips;
                                continue;
                            }
                        case 8: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.betaPpm = value;
                                else
                                    delete message.betaPpm;
                                continue;
                            }
                        case 9: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.liquidityLong = value;
                                else
                                    delete message.liquidityLong;
                                continue;
                            }
                        case 10: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.liquidityShort = value;
                                else
                                    delete message.liquidityShort;
                                continue;
                            }
                        case 11: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.reserve0 = value;
                                else
                                    delete message.reserve0;
                                continue;
                            }
                        case 12: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.reserve1 = value;
                                else
                                    delete message.reserve1;
                                continue;
                            }
                        case 13: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.feeVault0 = value;
                                else
                                    delete message.feeVault0;
                                continue;
                            }
                        case 14: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.feeVault1 = value;
                                else
                                    delete message.feeVault1;
                                continue;
                            }
                        case 15: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.feeGrowthLong0X128 = value;
                                else
                                    delete message.feeGrowthLong0X128;
                                continue;
                            }
                        case 16: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.feeGrowthLong1X128 = value;
                                else
                                    delete message.feeGrowthLong1X128;
                                continue;
                            }
                        case 17: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.feeGrowthShort0X128 = value;
                                else
                                    delete message.feeGrowthShort0X128;
                                continue;
                            }
                        case 18: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.feeGrowthShort1X128 = value;
                                else
                                    delete message.feeGrowthShort1X128;
                                continue;
                            }
                        case 19: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.orphanFees0 = value;
                                else
                                    delete message.orphanFees0;
                                continue;
                            }
                        case 20: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.orphanFees1 = value;
                                else
                                    delete message.orphanFees1;
                                continue;
                            }
                        case 21: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.minLongCommitmentBlocks = value;
                                else
                                    delete message.minLongCommitmentBlocks;
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
                 * Creates a Pool message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof marketchain.amm.v1.Pool
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {marketchain.amm.v1.Pool} Pool
                 */
                Pool.fromObject = function (object, _depth) {
                    if (object instanceof $root.marketchain.amm.v1.Pool)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".marketchain.amm.v1.Pool: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.marketchain.amm.v1.Pool();
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
                    if (object.denom0 != null)
                        if (typeof object.denom0 !== "string" || object.denom0.length)
                            message.denom0 = $String(object.denom0);
                    if (object.denom1 != null)
                        if (typeof object.denom1 !== "string" || object.denom1.length)
                            message.denom1 = $String(object.denom1);
                    if (object.sqrtPriceX96 != null)
                        if (typeof object.sqrtPriceX96 !== "string" || object.sqrtPriceX96.length)
                            message.sqrtPriceX96 = $String(object.sqrtPriceX96);
                    if (object.sqrtLowerX96 != null)
                        if (typeof object.sqrtLowerX96 !== "string" || object.sqrtLowerX96.length)
                            message.sqrtLowerX96 = $String(object.sqrtLowerX96);
                    if (object.sqrtUpperX96 != null)
                        if (typeof object.sqrtUpperX96 !== "string" || object.sqrtUpperX96.length)
                            message.sqrtUpperX96 = $String(object.sqrtUpperX96);
                    if (object.feePips != null)
                        if ($Number(object.feePips) !== 0)
                            message.feePips = object.feePips >>> 0;
                    if (object.betaPpm != null)
                        if ($Number(object.betaPpm) !== 0)
                            message.betaPpm = object.betaPpm >>> 0;
                    if (object.liquidityLong != null)
                        if (typeof object.liquidityLong !== "string" || object.liquidityLong.length)
                            message.liquidityLong = $String(object.liquidityLong);
                    if (object.liquidityShort != null)
                        if (typeof object.liquidityShort !== "string" || object.liquidityShort.length)
                            message.liquidityShort = $String(object.liquidityShort);
                    if (object.reserve0 != null)
                        if (typeof object.reserve0 !== "string" || object.reserve0.length)
                            message.reserve0 = $String(object.reserve0);
                    if (object.reserve1 != null)
                        if (typeof object.reserve1 !== "string" || object.reserve1.length)
                            message.reserve1 = $String(object.reserve1);
                    if (object.feeVault0 != null)
                        if (typeof object.feeVault0 !== "string" || object.feeVault0.length)
                            message.feeVault0 = $String(object.feeVault0);
                    if (object.feeVault1 != null)
                        if (typeof object.feeVault1 !== "string" || object.feeVault1.length)
                            message.feeVault1 = $String(object.feeVault1);
                    if (object.feeGrowthLong0X128 != null)
                        if (typeof object.feeGrowthLong0X128 !== "string" || object.feeGrowthLong0X128.length)
                            message.feeGrowthLong0X128 = $String(object.feeGrowthLong0X128);
                    if (object.feeGrowthLong1X128 != null)
                        if (typeof object.feeGrowthLong1X128 !== "string" || object.feeGrowthLong1X128.length)
                            message.feeGrowthLong1X128 = $String(object.feeGrowthLong1X128);
                    if (object.feeGrowthShort0X128 != null)
                        if (typeof object.feeGrowthShort0X128 !== "string" || object.feeGrowthShort0X128.length)
                            message.feeGrowthShort0X128 = $String(object.feeGrowthShort0X128);
                    if (object.feeGrowthShort1X128 != null)
                        if (typeof object.feeGrowthShort1X128 !== "string" || object.feeGrowthShort1X128.length)
                            message.feeGrowthShort1X128 = $String(object.feeGrowthShort1X128);
                    if (object.orphanFees0 != null)
                        if (typeof object.orphanFees0 !== "string" || object.orphanFees0.length)
                            message.orphanFees0 = $String(object.orphanFees0);
                    if (object.orphanFees1 != null)
                        if (typeof object.orphanFees1 !== "string" || object.orphanFees1.length)
                            message.orphanFees1 = $String(object.orphanFees1);
                    if (object.minLongCommitmentBlocks != null)
                        if (typeof object.minLongCommitmentBlocks === "object" ? object.minLongCommitmentBlocks.low || object.minLongCommitmentBlocks.high : $Number(object.minLongCommitmentBlocks) !== 0)
                            if ($util.Long)
                                message.minLongCommitmentBlocks = $util.Long.fromValue(object.minLongCommitmentBlocks, true);
                            else if (typeof object.minLongCommitmentBlocks === "string")
                                message.minLongCommitmentBlocks = $parseInt(object.minLongCommitmentBlocks, 10);
                            else if (typeof object.minLongCommitmentBlocks === "number")
                                message.minLongCommitmentBlocks = object.minLongCommitmentBlocks;
                            else if (typeof object.minLongCommitmentBlocks === "object")
                                message.minLongCommitmentBlocks = new $util.LongBits(object.minLongCommitmentBlocks.low >>> 0, object.minLongCommitmentBlocks.high >>> 0).toNumber(true);
                    return message;
                };

                /**
                 * Creates a plain object from a Pool message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof marketchain.amm.v1.Pool
                 * @static
                 * @param {marketchain.amm.v1.Pool} message Pool
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                Pool.toObject = function (message, options, _depth) {
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
                            object.id = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.id = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        object.denom0 = "";
                        object.denom1 = "";
                        object.sqrtPriceX96 = "";
                        object.sqrtLowerX96 = "";
                        object.sqrtUpperX96 = "";
                        object.feePips = 0;
                        object.betaPpm = 0;
                        object.liquidityLong = "";
                        object.liquidityShort = "";
                        object.reserve0 = "";
                        object.reserve1 = "";
                        object.feeVault0 = "";
                        object.feeVault1 = "";
                        object.feeGrowthLong0X128 = "";
                        object.feeGrowthLong1X128 = "";
                        object.feeGrowthShort0X128 = "";
                        object.feeGrowthShort1X128 = "";
                        object.orphanFees0 = "";
                        object.orphanFees1 = "";
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.minLongCommitmentBlocks = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.minLongCommitmentBlocks = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    }
                    if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.id = typeof message.id === "number" ? $BigInt(message.id) : $util.Long.fromBits(message.id.low >>> 0, message.id.high >>> 0, true).toBigInt();
                        else if (typeof message.id === "number")
                            object.id = options.longs === $String ? $String(message.id) : message.id;
                        else
                            object.id = options.longs === $String ? $util.Long.prototype.toString.call(message.id) : options.longs === $Number ? new $util.LongBits(message.id.low >>> 0, message.id.high >>> 0).toNumber(true) : message.id;
                    if (message.denom0 != null && $Object.hasOwnProperty.call(message, "denom0"))
                        object.denom0 = message.denom0;
                    if (message.denom1 != null && $Object.hasOwnProperty.call(message, "denom1"))
                        object.denom1 = message.denom1;
                    if (message.sqrtPriceX96 != null && $Object.hasOwnProperty.call(message, "sqrtPriceX96"))
                        object.sqrtPriceX96 = message.sqrtPriceX96;
                    if (message.sqrtLowerX96 != null && $Object.hasOwnProperty.call(message, "sqrtLowerX96"))
                        object.sqrtLowerX96 = message.sqrtLowerX96;
                    if (message.sqrtUpperX96 != null && $Object.hasOwnProperty.call(message, "sqrtUpperX96"))
                        object.sqrtUpperX96 = message.sqrtUpperX96;
                    if (message.feePips != null && $Object.hasOwnProperty.call(message, "feePips"))
                        object.feePips = message.feePips;
                    if (message.betaPpm != null && $Object.hasOwnProperty.call(message, "betaPpm"))
                        object.betaPpm = message.betaPpm;
                    if (message.liquidityLong != null && $Object.hasOwnProperty.call(message, "liquidityLong"))
                        object.liquidityLong = message.liquidityLong;
                    if (message.liquidityShort != null && $Object.hasOwnProperty.call(message, "liquidityShort"))
                        object.liquidityShort = message.liquidityShort;
                    if (message.reserve0 != null && $Object.hasOwnProperty.call(message, "reserve0"))
                        object.reserve0 = message.reserve0;
                    if (message.reserve1 != null && $Object.hasOwnProperty.call(message, "reserve1"))
                        object.reserve1 = message.reserve1;
                    if (message.feeVault0 != null && $Object.hasOwnProperty.call(message, "feeVault0"))
                        object.feeVault0 = message.feeVault0;
                    if (message.feeVault1 != null && $Object.hasOwnProperty.call(message, "feeVault1"))
                        object.feeVault1 = message.feeVault1;
                    if (message.feeGrowthLong0X128 != null && $Object.hasOwnProperty.call(message, "feeGrowthLong0X128"))
                        object.feeGrowthLong0X128 = message.feeGrowthLong0X128;
                    if (message.feeGrowthLong1X128 != null && $Object.hasOwnProperty.call(message, "feeGrowthLong1X128"))
                        object.feeGrowthLong1X128 = message.feeGrowthLong1X128;
                    if (message.feeGrowthShort0X128 != null && $Object.hasOwnProperty.call(message, "feeGrowthShort0X128"))
                        object.feeGrowthShort0X128 = message.feeGrowthShort0X128;
                    if (message.feeGrowthShort1X128 != null && $Object.hasOwnProperty.call(message, "feeGrowthShort1X128"))
                        object.feeGrowthShort1X128 = message.feeGrowthShort1X128;
                    if (message.orphanFees0 != null && $Object.hasOwnProperty.call(message, "orphanFees0"))
                        object.orphanFees0 = message.orphanFees0;
                    if (message.orphanFees1 != null && $Object.hasOwnProperty.call(message, "orphanFees1"))
                        object.orphanFees1 = message.orphanFees1;
                    if (message.minLongCommitmentBlocks != null && $Object.hasOwnProperty.call(message, "minLongCommitmentBlocks"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.minLongCommitmentBlocks = typeof message.minLongCommitmentBlocks === "number" ? $BigInt(message.minLongCommitmentBlocks) : $util.Long.fromBits(message.minLongCommitmentBlocks.low >>> 0, message.minLongCommitmentBlocks.high >>> 0, true).toBigInt();
                        else if (typeof message.minLongCommitmentBlocks === "number")
                            object.minLongCommitmentBlocks = options.longs === $String ? $String(message.minLongCommitmentBlocks) : message.minLongCommitmentBlocks;
                        else
                            object.minLongCommitmentBlocks = options.longs === $String ? $util.Long.prototype.toString.call(message.minLongCommitmentBlocks) : options.longs === $Number ? new $util.LongBits(message.minLongCommitmentBlocks.low >>> 0, message.minLongCommitmentBlocks.high >>> 0).toNumber(true) : message.minLongCommitmentBlocks;
                    return object;
                };

                /**
                 * Converts this Pool to JSON.
                 * @function toJSON
                 * @memberof marketchain.amm.v1.Pool
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                Pool.prototype.toJSON = function() {
                    return Pool.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for Pool
                 * @function getTypeUrl
                 * @memberof marketchain.amm.v1.Pool
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                Pool.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/marketchain.amm.v1.Pool";
                };

                return Pool;
            })();

            v1.Position = (function() {

                /**
                 * Properties of a Position.
                 * @typedef {Object} marketchain.amm.v1.Position.$Properties
                 * @property {string|null} [id] Position id
                 * @property {string|null} [owner] Position owner
                 * @property {number|null} [poolId] Position poolId
                 * @property {string|null} [liquidity] Position liquidity
                 * @property {number|null} [commitmentBlocks] Position commitmentBlocks
                 * @property {number|null} [mintHeight] Position mintHeight
                 * @property {number|null} [unlockHeight] Position unlockHeight
                 * @property {string|null} [feeGrowthLast0X128] Position feeGrowthLast0X128
                 * @property {string|null} [feeGrowthLast1X128] Position feeGrowthLast1X128
                 * @property {string|null} [amount0] Position amount0
                 * @property {string|null} [amount1] Position amount1
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a Position.
                 * @memberof marketchain.amm.v1
                 * @interface IPosition
                 * @augments marketchain.amm.v1.Position.$Properties
                 * @deprecated Use marketchain.amm.v1.Position.$Properties instead.
                 */

                /**
                 * Shape of a Position.
                 * @typedef {marketchain.amm.v1.Position.$Properties} marketchain.amm.v1.Position.$Shape
                 */

                /**
                 * Constructs a new Position.
                 * @memberof marketchain.amm.v1
                 * @classdesc Represents a Position.
                 * @constructor
                 * @param {marketchain.amm.v1.Position.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const Position = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * Position id.
                 * @member {string} id
                 * @memberof marketchain.amm.v1.Position
                 * @instance
                 */
                Position.prototype.id = "";

                /**
                 * Position owner.
                 * @member {string} owner
                 * @memberof marketchain.amm.v1.Position
                 * @instance
                 */
                Position.prototype.owner = "";

                /**
                 * Position poolId.
                 * @member {number} poolId
                 * @memberof marketchain.amm.v1.Position
                 * @instance
                 */
                Position.prototype.poolId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Position liquidity.
                 * @member {string} liquidity
                 * @memberof marketchain.amm.v1.Position
                 * @instance
                 */
                Position.prototype.liquidity = "";

                /**
                 * Position commitmentBlocks.
                 * @member {number} commitmentBlocks
                 * @memberof marketchain.amm.v1.Position
                 * @instance
                 */
                Position.prototype.commitmentBlocks = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Position mintHeight.
                 * @member {number} mintHeight
                 * @memberof marketchain.amm.v1.Position
                 * @instance
                 */
                Position.prototype.mintHeight = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Position unlockHeight.
                 * @member {number} unlockHeight
                 * @memberof marketchain.amm.v1.Position
                 * @instance
                 */
                Position.prototype.unlockHeight = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Position feeGrowthLast0X128.
                 * @member {string} feeGrowthLast0X128
                 * @memberof marketchain.amm.v1.Position
                 * @instance
                 */
                Position.prototype.feeGrowthLast0X128 = "";

                /**
                 * Position feeGrowthLast1X128.
                 * @member {string} feeGrowthLast1X128
                 * @memberof marketchain.amm.v1.Position
                 * @instance
                 */
                Position.prototype.feeGrowthLast1X128 = "";

                /**
                 * Position amount0.
                 * @member {string} amount0
                 * @memberof marketchain.amm.v1.Position
                 * @instance
                 */
                Position.prototype.amount0 = "";

                /**
                 * Position amount1.
                 * @member {string} amount1
                 * @memberof marketchain.amm.v1.Position
                 * @instance
                 */
                Position.prototype.amount1 = "";

                /**
                 * Creates a new Position instance using the specified properties.
                 * @function create
                 * @memberof marketchain.amm.v1.Position
                 * @static
                 * @param {marketchain.amm.v1.Position.$Properties=} [properties] Properties to set
                 * @returns {marketchain.amm.v1.Position} Position instance
                 * @type {{
                 *   (properties: marketchain.amm.v1.Position.$Shape): marketchain.amm.v1.Position & marketchain.amm.v1.Position.$Shape;
                 *   (properties?: marketchain.amm.v1.Position.$Properties): marketchain.amm.v1.Position;
                 * }}
                 */
                Position.create = function(properties) {
                    return new Position(properties);
                };

                /**
                 * Encodes the specified Position message. Does not implicitly {@link marketchain.amm.v1.Position.verify|verify} messages.
                 * @function encode
                 * @memberof marketchain.amm.v1.Position
                 * @static
                 * @param {marketchain.amm.v1.Position.$Properties} message Position message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Position.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.id != null && $Object.hasOwnProperty.call(message, "id") && message.id !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.id);
                    if (message.owner != null && $Object.hasOwnProperty.call(message, "owner") && message.owner !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.owner);
                    if (message.poolId != null && $Object.hasOwnProperty.call(message, "poolId") && (typeof message.poolId === "object" ? message.poolId.low || message.poolId.high : message.poolId !== 0))
                        writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.poolId);
                    if (message.liquidity != null && $Object.hasOwnProperty.call(message, "liquidity") && message.liquidity !== "")
                        writer.uint32(/* id 4, wireType 2 =*/34).string(message.liquidity);
                    if (message.commitmentBlocks != null && $Object.hasOwnProperty.call(message, "commitmentBlocks") && (typeof message.commitmentBlocks === "object" ? message.commitmentBlocks.low || message.commitmentBlocks.high : message.commitmentBlocks !== 0))
                        writer.uint32(/* id 5, wireType 0 =*/40).uint64(message.commitmentBlocks);
                    if (message.mintHeight != null && $Object.hasOwnProperty.call(message, "mintHeight") && (typeof message.mintHeight === "object" ? message.mintHeight.low || message.mintHeight.high : message.mintHeight !== 0))
                        writer.uint32(/* id 6, wireType 0 =*/48).uint64(message.mintHeight);
                    if (message.unlockHeight != null && $Object.hasOwnProperty.call(message, "unlockHeight") && (typeof message.unlockHeight === "object" ? message.unlockHeight.low || message.unlockHeight.high : message.unlockHeight !== 0))
                        writer.uint32(/* id 7, wireType 0 =*/56).uint64(message.unlockHeight);
                    if (message.feeGrowthLast0X128 != null && $Object.hasOwnProperty.call(message, "feeGrowthLast0X128") && message.feeGrowthLast0X128 !== "")
                        writer.uint32(/* id 8, wireType 2 =*/66).string(message.feeGrowthLast0X128);
                    if (message.feeGrowthLast1X128 != null && $Object.hasOwnProperty.call(message, "feeGrowthLast1X128") && message.feeGrowthLast1X128 !== "")
                        writer.uint32(/* id 9, wireType 2 =*/74).string(message.feeGrowthLast1X128);
                    if (message.amount0 != null && $Object.hasOwnProperty.call(message, "amount0") && message.amount0 !== "")
                        writer.uint32(/* id 10, wireType 2 =*/82).string(message.amount0);
                    if (message.amount1 != null && $Object.hasOwnProperty.call(message, "amount1") && message.amount1 !== "")
                        writer.uint32(/* id 11, wireType 2 =*/90).string(message.amount1);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a Position message from the specified reader or buffer.
                 * @function decode
                 * @memberof marketchain.amm.v1.Position
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {marketchain.amm.v1.Position & marketchain.amm.v1.Position.$Shape} Position
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Position.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.marketchain.amm.v1.Position();
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
                                    message.id = value;
                                else
                                    delete message.id;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.owner = value;
                                else
                                    delete message.owner;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.poolId = value;
                                else
                                    delete message.poolId;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.liquidity = value;
                                else
                                    delete message.liquidity;
                                continue;
                            }
                        case 5: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.commitmentBlocks = value;
                                else
                                    delete message.commitmentBlocks;
                                continue;
                            }
                        case 6: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.mintHeight = value;
                                else
                                    delete message.mintHeight;
                                continue;
                            }
                        case 7: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.unlockHeight = value;
                                else
                                    delete message.unlockHeight;
                                continue;
                            }
                        case 8: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.feeGrowthLast0X128 = value;
                                else
                                    delete message.feeGrowthLast0X128;
                                continue;
                            }
                        case 9: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.feeGrowthLast1X128 = value;
                                else
                                    delete message.feeGrowthLast1X128;
                                continue;
                            }
                        case 10: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.amount0 = value;
                                else
                                    delete message.amount0;
                                continue;
                            }
                        case 11: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.amount1 = value;
                                else
                                    delete message.amount1;
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
                 * Creates a Position message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof marketchain.amm.v1.Position
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {marketchain.amm.v1.Position} Position
                 */
                Position.fromObject = function (object, _depth) {
                    if (object instanceof $root.marketchain.amm.v1.Position)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".marketchain.amm.v1.Position: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.marketchain.amm.v1.Position();
                    if (object.id != null)
                        if (typeof object.id !== "string" || object.id.length)
                            message.id = $String(object.id);
                    if (object.owner != null)
                        if (typeof object.owner !== "string" || object.owner.length)
                            message.owner = $String(object.owner);
                    if (object.poolId != null)
                        if (typeof object.poolId === "object" ? object.poolId.low || object.poolId.high : $Number(object.poolId) !== 0)
                            if ($util.Long)
                                message.poolId = $util.Long.fromValue(object.poolId, true);
                            else if (typeof object.poolId === "string")
                                message.poolId = $parseInt(object.poolId, 10);
                            else if (typeof object.poolId === "number")
                                message.poolId = object.poolId;
                            else if (typeof object.poolId === "object")
                                message.poolId = new $util.LongBits(object.poolId.low >>> 0, object.poolId.high >>> 0).toNumber(true);
                    if (object.liquidity != null)
                        if (typeof object.liquidity !== "string" || object.liquidity.length)
                            message.liquidity = $String(object.liquidity);
                    if (object.commitmentBlocks != null)
                        if (typeof object.commitmentBlocks === "object" ? object.commitmentBlocks.low || object.commitmentBlocks.high : $Number(object.commitmentBlocks) !== 0)
                            if ($util.Long)
                                message.commitmentBlocks = $util.Long.fromValue(object.commitmentBlocks, true);
                            else if (typeof object.commitmentBlocks === "string")
                                message.commitmentBlocks = $parseInt(object.commitmentBlocks, 10);
                            else if (typeof object.commitmentBlocks === "number")
                                message.commitmentBlocks = object.commitmentBlocks;
                            else if (typeof object.commitmentBlocks === "object")
                                message.commitmentBlocks = new $util.LongBits(object.commitmentBlocks.low >>> 0, object.commitmentBlocks.high >>> 0).toNumber(true);
                    if (object.mintHeight != null)
                        if (typeof object.mintHeight === "object" ? object.mintHeight.low || object.mintHeight.high : $Number(object.mintHeight) !== 0)
                            if ($util.Long)
                                message.mintHeight = $util.Long.fromValue(object.mintHeight, true);
                            else if (typeof object.mintHeight === "string")
                                message.mintHeight = $parseInt(object.mintHeight, 10);
                            else if (typeof object.mintHeight === "number")
                                message.mintHeight = object.mintHeight;
                            else if (typeof object.mintHeight === "object")
                                message.mintHeight = new $util.LongBits(object.mintHeight.low >>> 0, object.mintHeight.high >>> 0).toNumber(true);
                    if (object.unlockHeight != null)
                        if (typeof object.unlockHeight === "object" ? object.unlockHeight.low || object.unlockHeight.high : $Number(object.unlockHeight) !== 0)
                            if ($util.Long)
                                message.unlockHeight = $util.Long.fromValue(object.unlockHeight, true);
                            else if (typeof object.unlockHeight === "string")
                                message.unlockHeight = $parseInt(object.unlockHeight, 10);
                            else if (typeof object.unlockHeight === "number")
                                message.unlockHeight = object.unlockHeight;
                            else if (typeof object.unlockHeight === "object")
                                message.unlockHeight = new $util.LongBits(object.unlockHeight.low >>> 0, object.unlockHeight.high >>> 0).toNumber(true);
                    if (object.feeGrowthLast0X128 != null)
                        if (typeof object.feeGrowthLast0X128 !== "string" || object.feeGrowthLast0X128.length)
                            message.feeGrowthLast0X128 = $String(object.feeGrowthLast0X128);
                    if (object.feeGrowthLast1X128 != null)
                        if (typeof object.feeGrowthLast1X128 !== "string" || object.feeGrowthLast1X128.length)
                            message.feeGrowthLast1X128 = $String(object.feeGrowthLast1X128);
                    if (object.amount0 != null)
                        if (typeof object.amount0 !== "string" || object.amount0.length)
                            message.amount0 = $String(object.amount0);
                    if (object.amount1 != null)
                        if (typeof object.amount1 !== "string" || object.amount1.length)
                            message.amount1 = $String(object.amount1);
                    return message;
                };

                /**
                 * Creates a plain object from a Position message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof marketchain.amm.v1.Position
                 * @static
                 * @param {marketchain.amm.v1.Position} message Position
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                Position.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.id = "";
                        object.owner = "";
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.poolId = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.poolId = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        object.liquidity = "";
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.commitmentBlocks = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.commitmentBlocks = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.mintHeight = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.mintHeight = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.unlockHeight = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.unlockHeight = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        object.feeGrowthLast0X128 = "";
                        object.feeGrowthLast1X128 = "";
                        object.amount0 = "";
                        object.amount1 = "";
                    }
                    if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                        object.id = message.id;
                    if (message.owner != null && $Object.hasOwnProperty.call(message, "owner"))
                        object.owner = message.owner;
                    if (message.poolId != null && $Object.hasOwnProperty.call(message, "poolId"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.poolId = typeof message.poolId === "number" ? $BigInt(message.poolId) : $util.Long.fromBits(message.poolId.low >>> 0, message.poolId.high >>> 0, true).toBigInt();
                        else if (typeof message.poolId === "number")
                            object.poolId = options.longs === $String ? $String(message.poolId) : message.poolId;
                        else
                            object.poolId = options.longs === $String ? $util.Long.prototype.toString.call(message.poolId) : options.longs === $Number ? new $util.LongBits(message.poolId.low >>> 0, message.poolId.high >>> 0).toNumber(true) : message.poolId;
                    if (message.liquidity != null && $Object.hasOwnProperty.call(message, "liquidity"))
                        object.liquidity = message.liquidity;
                    if (message.commitmentBlocks != null && $Object.hasOwnProperty.call(message, "commitmentBlocks"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.commitmentBlocks = typeof message.commitmentBlocks === "number" ? $BigInt(message.commitmentBlocks) : $util.Long.fromBits(message.commitmentBlocks.low >>> 0, message.commitmentBlocks.high >>> 0, true).toBigInt();
                        else if (typeof message.commitmentBlocks === "number")
                            object.commitmentBlocks = options.longs === $String ? $String(message.commitmentBlocks) : message.commitmentBlocks;
                        else
                            object.commitmentBlocks = options.longs === $String ? $util.Long.prototype.toString.call(message.commitmentBlocks) : options.longs === $Number ? new $util.LongBits(message.commitmentBlocks.low >>> 0, message.commitmentBlocks.high >>> 0).toNumber(true) : message.commitmentBlocks;
                    if (message.mintHeight != null && $Object.hasOwnProperty.call(message, "mintHeight"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.mintHeight = typeof message.mintHeight === "number" ? $BigInt(message.mintHeight) : $util.Long.fromBits(message.mintHeight.low >>> 0, message.mintHeight.high >>> 0, true).toBigInt();
                        else if (typeof message.mintHeight === "number")
                            object.mintHeight = options.longs === $String ? $String(message.mintHeight) : message.mintHeight;
                        else
                            object.mintHeight = options.longs === $String ? $util.Long.prototype.toString.call(message.mintHeight) : options.longs === $Number ? new $util.LongBits(message.mintHeight.low >>> 0, message.mintHeight.high >>> 0).toNumber(true) : message.mintHeight;
                    if (message.unlockHeight != null && $Object.hasOwnProperty.call(message, "unlockHeight"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.unlockHeight = typeof message.unlockHeight === "number" ? $BigInt(message.unlockHeight) : $util.Long.fromBits(message.unlockHeight.low >>> 0, message.unlockHeight.high >>> 0, true).toBigInt();
                        else if (typeof message.unlockHeight === "number")
                            object.unlockHeight = options.longs === $String ? $String(message.unlockHeight) : message.unlockHeight;
                        else
                            object.unlockHeight = options.longs === $String ? $util.Long.prototype.toString.call(message.unlockHeight) : options.longs === $Number ? new $util.LongBits(message.unlockHeight.low >>> 0, message.unlockHeight.high >>> 0).toNumber(true) : message.unlockHeight;
                    if (message.feeGrowthLast0X128 != null && $Object.hasOwnProperty.call(message, "feeGrowthLast0X128"))
                        object.feeGrowthLast0X128 = message.feeGrowthLast0X128;
                    if (message.feeGrowthLast1X128 != null && $Object.hasOwnProperty.call(message, "feeGrowthLast1X128"))
                        object.feeGrowthLast1X128 = message.feeGrowthLast1X128;
                    if (message.amount0 != null && $Object.hasOwnProperty.call(message, "amount0"))
                        object.amount0 = message.amount0;
                    if (message.amount1 != null && $Object.hasOwnProperty.call(message, "amount1"))
                        object.amount1 = message.amount1;
                    return object;
                };

                /**
                 * Converts this Position to JSON.
                 * @function toJSON
                 * @memberof marketchain.amm.v1.Position
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                Position.prototype.toJSON = function() {
                    return Position.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for Position
                 * @function getTypeUrl
                 * @memberof marketchain.amm.v1.Position
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                Position.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/marketchain.amm.v1.Position";
                };

                return Position;
            })();

            v1.QueryParamsRequest = (function() {

                /**
                 * Properties of a QueryParamsRequest.
                 * @typedef {Object} marketchain.amm.v1.QueryParamsRequest.$Properties
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a QueryParamsRequest.
                 * @memberof marketchain.amm.v1
                 * @interface IQueryParamsRequest
                 * @augments marketchain.amm.v1.QueryParamsRequest.$Properties
                 * @deprecated Use marketchain.amm.v1.QueryParamsRequest.$Properties instead.
                 */

                /**
                 * Shape of a QueryParamsRequest.
                 * @typedef {marketchain.amm.v1.QueryParamsRequest.$Properties} marketchain.amm.v1.QueryParamsRequest.$Shape
                 */

                /**
                 * Constructs a new QueryParamsRequest.
                 * @memberof marketchain.amm.v1
                 * @classdesc Represents a QueryParamsRequest.
                 * @constructor
                 * @param {marketchain.amm.v1.QueryParamsRequest.$Properties=} [properties] Properties to set
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
                 * @memberof marketchain.amm.v1.QueryParamsRequest
                 * @static
                 * @param {marketchain.amm.v1.QueryParamsRequest.$Properties=} [properties] Properties to set
                 * @returns {marketchain.amm.v1.QueryParamsRequest} QueryParamsRequest instance
                 * @type {{
                 *   (properties: marketchain.amm.v1.QueryParamsRequest.$Shape): marketchain.amm.v1.QueryParamsRequest & marketchain.amm.v1.QueryParamsRequest.$Shape;
                 *   (properties?: marketchain.amm.v1.QueryParamsRequest.$Properties): marketchain.amm.v1.QueryParamsRequest;
                 * }}
                 */
                QueryParamsRequest.create = function(properties) {
                    return new QueryParamsRequest(properties);
                };

                /**
                 * Encodes the specified QueryParamsRequest message. Does not implicitly {@link marketchain.amm.v1.QueryParamsRequest.verify|verify} messages.
                 * @function encode
                 * @memberof marketchain.amm.v1.QueryParamsRequest
                 * @static
                 * @param {marketchain.amm.v1.QueryParamsRequest.$Properties} message QueryParamsRequest message or plain object to encode
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
                 * @memberof marketchain.amm.v1.QueryParamsRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {marketchain.amm.v1.QueryParamsRequest & marketchain.amm.v1.QueryParamsRequest.$Shape} QueryParamsRequest
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
                    message = _target || new $root.marketchain.amm.v1.QueryParamsRequest();
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
                 * @memberof marketchain.amm.v1.QueryParamsRequest
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {marketchain.amm.v1.QueryParamsRequest} QueryParamsRequest
                 */
                QueryParamsRequest.fromObject = function (object, _depth) {
                    if (object instanceof $root.marketchain.amm.v1.QueryParamsRequest)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".marketchain.amm.v1.QueryParamsRequest: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    return new $root.marketchain.amm.v1.QueryParamsRequest();
                };

                /**
                 * Creates a plain object from a QueryParamsRequest message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof marketchain.amm.v1.QueryParamsRequest
                 * @static
                 * @param {marketchain.amm.v1.QueryParamsRequest} message QueryParamsRequest
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                QueryParamsRequest.toObject = function () {
                    return {};
                };

                /**
                 * Converts this QueryParamsRequest to JSON.
                 * @function toJSON
                 * @memberof marketchain.amm.v1.QueryParamsRequest
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                QueryParamsRequest.prototype.toJSON = function() {
                    return QueryParamsRequest.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for QueryParamsRequest
                 * @function getTypeUrl
                 * @memberof marketchain.amm.v1.QueryParamsRequest
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                QueryParamsRequest.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/marketchain.amm.v1.QueryParamsRequest";
                };

                return QueryParamsRequest;
            })();

            v1.QueryParamsResponse = (function() {

                /**
                 * Properties of a QueryParamsResponse.
                 * @typedef {Object} marketchain.amm.v1.QueryParamsResponse.$Properties
                 * @property {marketchain.amm.v1.Params.$Properties|null} [params] QueryParamsResponse params
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a QueryParamsResponse.
                 * @memberof marketchain.amm.v1
                 * @interface IQueryParamsResponse
                 * @augments marketchain.amm.v1.QueryParamsResponse.$Properties
                 * @deprecated Use marketchain.amm.v1.QueryParamsResponse.$Properties instead.
                 */

                /**
                 * Shape of a QueryParamsResponse.
                 * @typedef {marketchain.amm.v1.QueryParamsResponse.$Properties} marketchain.amm.v1.QueryParamsResponse.$Shape
                 */

                /**
                 * Constructs a new QueryParamsResponse.
                 * @memberof marketchain.amm.v1
                 * @classdesc Represents a QueryParamsResponse.
                 * @constructor
                 * @param {marketchain.amm.v1.QueryParamsResponse.$Properties=} [properties] Properties to set
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
                 * @member {marketchain.amm.v1.Params.$Properties|null|undefined} params
                 * @memberof marketchain.amm.v1.QueryParamsResponse
                 * @instance
                 */
                QueryParamsResponse.prototype.params = null;

                /**
                 * Creates a new QueryParamsResponse instance using the specified properties.
                 * @function create
                 * @memberof marketchain.amm.v1.QueryParamsResponse
                 * @static
                 * @param {marketchain.amm.v1.QueryParamsResponse.$Properties=} [properties] Properties to set
                 * @returns {marketchain.amm.v1.QueryParamsResponse} QueryParamsResponse instance
                 * @type {{
                 *   (properties: marketchain.amm.v1.QueryParamsResponse.$Shape): marketchain.amm.v1.QueryParamsResponse & marketchain.amm.v1.QueryParamsResponse.$Shape;
                 *   (properties?: marketchain.amm.v1.QueryParamsResponse.$Properties): marketchain.amm.v1.QueryParamsResponse;
                 * }}
                 */
                QueryParamsResponse.create = function(properties) {
                    return new QueryParamsResponse(properties);
                };

                /**
                 * Encodes the specified QueryParamsResponse message. Does not implicitly {@link marketchain.amm.v1.QueryParamsResponse.verify|verify} messages.
                 * @function encode
                 * @memberof marketchain.amm.v1.QueryParamsResponse
                 * @static
                 * @param {marketchain.amm.v1.QueryParamsResponse.$Properties} message QueryParamsResponse message or plain object to encode
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
                        $root.marketchain.amm.v1.Params.encode(message.params, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a QueryParamsResponse message from the specified reader or buffer.
                 * @function decode
                 * @memberof marketchain.amm.v1.QueryParamsResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {marketchain.amm.v1.QueryParamsResponse & marketchain.amm.v1.QueryParamsResponse.$Shape} QueryParamsResponse
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
                    message = _target || new $root.marketchain.amm.v1.QueryParamsResponse();
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
                                message.params = $root.marketchain.amm.v1.Params.decode(reader, reader.size(), $undefined, _depth + 1, message.params);
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
                 * @memberof marketchain.amm.v1.QueryParamsResponse
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {marketchain.amm.v1.QueryParamsResponse} QueryParamsResponse
                 */
                QueryParamsResponse.fromObject = function (object, _depth) {
                    if (object instanceof $root.marketchain.amm.v1.QueryParamsResponse)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".marketchain.amm.v1.QueryParamsResponse: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.marketchain.amm.v1.QueryParamsResponse();
                    if (object.params != null) {
                        if (!$util.isObject(object.params))
                            throw $TypeError(".marketchain.amm.v1.QueryParamsResponse.params: object expected");
                        message.params = $root.marketchain.amm.v1.Params.fromObject(object.params, _depth + 1);
                    }
                    return message;
                };

                /**
                 * Creates a plain object from a QueryParamsResponse message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof marketchain.amm.v1.QueryParamsResponse
                 * @static
                 * @param {marketchain.amm.v1.QueryParamsResponse} message QueryParamsResponse
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
                        object.params = $root.marketchain.amm.v1.Params.toObject(message.params, options, _depth + 1);
                    return object;
                };

                /**
                 * Converts this QueryParamsResponse to JSON.
                 * @function toJSON
                 * @memberof marketchain.amm.v1.QueryParamsResponse
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                QueryParamsResponse.prototype.toJSON = function() {
                    return QueryParamsResponse.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for QueryParamsResponse
                 * @function getTypeUrl
                 * @memberof marketchain.amm.v1.QueryParamsResponse
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                QueryParamsResponse.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/marketchain.amm.v1.QueryParamsResponse";
                };

                return QueryParamsResponse;
            })();

            v1.PoolView = (function() {

                /**
                 * Properties of a PoolView.
                 * @typedef {Object} marketchain.amm.v1.PoolView.$Properties
                 * @property {marketchain.amm.v1.Pool.$Properties|null} [pool] PoolView pool
                 * @property {string|null} [price] PoolView price
                 * @property {string|null} [priceLower] PoolView priceLower
                 * @property {string|null} [priceUpper] PoolView priceUpper
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a PoolView.
                 * @memberof marketchain.amm.v1
                 * @interface IPoolView
                 * @augments marketchain.amm.v1.PoolView.$Properties
                 * @deprecated Use marketchain.amm.v1.PoolView.$Properties instead.
                 */

                /**
                 * Shape of a PoolView.
                 * @typedef {marketchain.amm.v1.PoolView.$Properties} marketchain.amm.v1.PoolView.$Shape
                 */

                /**
                 * Constructs a new PoolView.
                 * @memberof marketchain.amm.v1
                 * @classdesc Represents a PoolView.
                 * @constructor
                 * @param {marketchain.amm.v1.PoolView.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const PoolView = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * PoolView pool.
                 * @member {marketchain.amm.v1.Pool.$Properties|null|undefined} pool
                 * @memberof marketchain.amm.v1.PoolView
                 * @instance
                 */
                PoolView.prototype.pool = null;

                /**
                 * PoolView price.
                 * @member {string} price
                 * @memberof marketchain.amm.v1.PoolView
                 * @instance
                 */
                PoolView.prototype.price = "";

                /**
                 * PoolView priceLower.
                 * @member {string} priceLower
                 * @memberof marketchain.amm.v1.PoolView
                 * @instance
                 */
                PoolView.prototype.priceLower = "";

                /**
                 * PoolView priceUpper.
                 * @member {string} priceUpper
                 * @memberof marketchain.amm.v1.PoolView
                 * @instance
                 */
                PoolView.prototype.priceUpper = "";

                /**
                 * Creates a new PoolView instance using the specified properties.
                 * @function create
                 * @memberof marketchain.amm.v1.PoolView
                 * @static
                 * @param {marketchain.amm.v1.PoolView.$Properties=} [properties] Properties to set
                 * @returns {marketchain.amm.v1.PoolView} PoolView instance
                 * @type {{
                 *   (properties: marketchain.amm.v1.PoolView.$Shape): marketchain.amm.v1.PoolView & marketchain.amm.v1.PoolView.$Shape;
                 *   (properties?: marketchain.amm.v1.PoolView.$Properties): marketchain.amm.v1.PoolView;
                 * }}
                 */
                PoolView.create = function(properties) {
                    return new PoolView(properties);
                };

                /**
                 * Encodes the specified PoolView message. Does not implicitly {@link marketchain.amm.v1.PoolView.verify|verify} messages.
                 * @function encode
                 * @memberof marketchain.amm.v1.PoolView
                 * @static
                 * @param {marketchain.amm.v1.PoolView.$Properties} message PoolView message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                PoolView.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.pool != null && $Object.hasOwnProperty.call(message, "pool"))
                        $root.marketchain.amm.v1.Pool.encode(message.pool, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                    if (message.price != null && $Object.hasOwnProperty.call(message, "price") && message.price !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.price);
                    if (message.priceLower != null && $Object.hasOwnProperty.call(message, "priceLower") && message.priceLower !== "")
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.priceLower);
                    if (message.priceUpper != null && $Object.hasOwnProperty.call(message, "priceUpper") && message.priceUpper !== "")
                        writer.uint32(/* id 4, wireType 2 =*/34).string(message.priceUpper);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a PoolView message from the specified reader or buffer.
                 * @function decode
                 * @memberof marketchain.amm.v1.PoolView
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {marketchain.amm.v1.PoolView & marketchain.amm.v1.PoolView.$Shape} PoolView
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                PoolView.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.marketchain.amm.v1.PoolView();
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
                                message.pool = $root.marketchain.amm.v1.Pool.decode(reader, reader.size(), $undefined, _depth + 1, message.pool);
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
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.priceLower = value;
                                else
                                    delete message.priceLower;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.priceUpper = value;
                                else
                                    delete message.priceUpper;
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
                 * Creates a PoolView message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof marketchain.amm.v1.PoolView
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {marketchain.amm.v1.PoolView} PoolView
                 */
                PoolView.fromObject = function (object, _depth) {
                    if (object instanceof $root.marketchain.amm.v1.PoolView)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".marketchain.amm.v1.PoolView: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.marketchain.amm.v1.PoolView();
                    if (object.pool != null) {
                        if (!$util.isObject(object.pool))
                            throw $TypeError(".marketchain.amm.v1.PoolView.pool: object expected");
                        message.pool = $root.marketchain.amm.v1.Pool.fromObject(object.pool, _depth + 1);
                    }
                    if (object.price != null)
                        if (typeof object.price !== "string" || object.price.length)
                            message.price = $String(object.price);
                    if (object.priceLower != null)
                        if (typeof object.priceLower !== "string" || object.priceLower.length)
                            message.priceLower = $String(object.priceLower);
                    if (object.priceUpper != null)
                        if (typeof object.priceUpper !== "string" || object.priceUpper.length)
                            message.priceUpper = $String(object.priceUpper);
                    return message;
                };

                /**
                 * Creates a plain object from a PoolView message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof marketchain.amm.v1.PoolView
                 * @static
                 * @param {marketchain.amm.v1.PoolView} message PoolView
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                PoolView.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.pool = null;
                        object.price = "";
                        object.priceLower = "";
                        object.priceUpper = "";
                    }
                    if (message.pool != null && $Object.hasOwnProperty.call(message, "pool"))
                        object.pool = $root.marketchain.amm.v1.Pool.toObject(message.pool, options, _depth + 1);
                    if (message.price != null && $Object.hasOwnProperty.call(message, "price"))
                        object.price = message.price;
                    if (message.priceLower != null && $Object.hasOwnProperty.call(message, "priceLower"))
                        object.priceLower = message.priceLower;
                    if (message.priceUpper != null && $Object.hasOwnProperty.call(message, "priceUpper"))
                        object.priceUpper = message.priceUpper;
                    return object;
                };

                /**
                 * Converts this PoolView to JSON.
                 * @function toJSON
                 * @memberof marketchain.amm.v1.PoolView
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                PoolView.prototype.toJSON = function() {
                    return PoolView.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for PoolView
                 * @function getTypeUrl
                 * @memberof marketchain.amm.v1.PoolView
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                PoolView.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/marketchain.amm.v1.PoolView";
                };

                return PoolView;
            })();

            v1.QueryPoolRequest = (function() {

                /**
                 * Properties of a QueryPoolRequest.
                 * @typedef {Object} marketchain.amm.v1.QueryPoolRequest.$Properties
                 * @property {number|null} [poolId] QueryPoolRequest poolId
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a QueryPoolRequest.
                 * @memberof marketchain.amm.v1
                 * @interface IQueryPoolRequest
                 * @augments marketchain.amm.v1.QueryPoolRequest.$Properties
                 * @deprecated Use marketchain.amm.v1.QueryPoolRequest.$Properties instead.
                 */

                /**
                 * Shape of a QueryPoolRequest.
                 * @typedef {marketchain.amm.v1.QueryPoolRequest.$Properties} marketchain.amm.v1.QueryPoolRequest.$Shape
                 */

                /**
                 * Constructs a new QueryPoolRequest.
                 * @memberof marketchain.amm.v1
                 * @classdesc Represents a QueryPoolRequest.
                 * @constructor
                 * @param {marketchain.amm.v1.QueryPoolRequest.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const QueryPoolRequest = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * QueryPoolRequest poolId.
                 * @member {number} poolId
                 * @memberof marketchain.amm.v1.QueryPoolRequest
                 * @instance
                 */
                QueryPoolRequest.prototype.poolId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Creates a new QueryPoolRequest instance using the specified properties.
                 * @function create
                 * @memberof marketchain.amm.v1.QueryPoolRequest
                 * @static
                 * @param {marketchain.amm.v1.QueryPoolRequest.$Properties=} [properties] Properties to set
                 * @returns {marketchain.amm.v1.QueryPoolRequest} QueryPoolRequest instance
                 * @type {{
                 *   (properties: marketchain.amm.v1.QueryPoolRequest.$Shape): marketchain.amm.v1.QueryPoolRequest & marketchain.amm.v1.QueryPoolRequest.$Shape;
                 *   (properties?: marketchain.amm.v1.QueryPoolRequest.$Properties): marketchain.amm.v1.QueryPoolRequest;
                 * }}
                 */
                QueryPoolRequest.create = function(properties) {
                    return new QueryPoolRequest(properties);
                };

                /**
                 * Encodes the specified QueryPoolRequest message. Does not implicitly {@link marketchain.amm.v1.QueryPoolRequest.verify|verify} messages.
                 * @function encode
                 * @memberof marketchain.amm.v1.QueryPoolRequest
                 * @static
                 * @param {marketchain.amm.v1.QueryPoolRequest.$Properties} message QueryPoolRequest message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                QueryPoolRequest.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.poolId != null && $Object.hasOwnProperty.call(message, "poolId") && (typeof message.poolId === "object" ? message.poolId.low || message.poolId.high : message.poolId !== 0))
                        writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.poolId);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a QueryPoolRequest message from the specified reader or buffer.
                 * @function decode
                 * @memberof marketchain.amm.v1.QueryPoolRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {marketchain.amm.v1.QueryPoolRequest & marketchain.amm.v1.QueryPoolRequest.$Shape} QueryPoolRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                QueryPoolRequest.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.marketchain.amm.v1.QueryPoolRequest();
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
                                    message.poolId = value;
                                else
                                    delete message.poolId;
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
                 * Creates a QueryPoolRequest message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof marketchain.amm.v1.QueryPoolRequest
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {marketchain.amm.v1.QueryPoolRequest} QueryPoolRequest
                 */
                QueryPoolRequest.fromObject = function (object, _depth) {
                    if (object instanceof $root.marketchain.amm.v1.QueryPoolRequest)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".marketchain.amm.v1.QueryPoolRequest: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.marketchain.amm.v1.QueryPoolRequest();
                    if (object.poolId != null)
                        if (typeof object.poolId === "object" ? object.poolId.low || object.poolId.high : $Number(object.poolId) !== 0)
                            if ($util.Long)
                                message.poolId = $util.Long.fromValue(object.poolId, true);
                            else if (typeof object.poolId === "string")
                                message.poolId = $parseInt(object.poolId, 10);
                            else if (typeof object.poolId === "number")
                                message.poolId = object.poolId;
                            else if (typeof object.poolId === "object")
                                message.poolId = new $util.LongBits(object.poolId.low >>> 0, object.poolId.high >>> 0).toNumber(true);
                    return message;
                };

                /**
                 * Creates a plain object from a QueryPoolRequest message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof marketchain.amm.v1.QueryPoolRequest
                 * @static
                 * @param {marketchain.amm.v1.QueryPoolRequest} message QueryPoolRequest
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                QueryPoolRequest.toObject = function (message, options, _depth) {
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
                            object.poolId = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.poolId = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if (message.poolId != null && $Object.hasOwnProperty.call(message, "poolId"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.poolId = typeof message.poolId === "number" ? $BigInt(message.poolId) : $util.Long.fromBits(message.poolId.low >>> 0, message.poolId.high >>> 0, true).toBigInt();
                        else if (typeof message.poolId === "number")
                            object.poolId = options.longs === $String ? $String(message.poolId) : message.poolId;
                        else
                            object.poolId = options.longs === $String ? $util.Long.prototype.toString.call(message.poolId) : options.longs === $Number ? new $util.LongBits(message.poolId.low >>> 0, message.poolId.high >>> 0).toNumber(true) : message.poolId;
                    return object;
                };

                /**
                 * Converts this QueryPoolRequest to JSON.
                 * @function toJSON
                 * @memberof marketchain.amm.v1.QueryPoolRequest
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                QueryPoolRequest.prototype.toJSON = function() {
                    return QueryPoolRequest.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for QueryPoolRequest
                 * @function getTypeUrl
                 * @memberof marketchain.amm.v1.QueryPoolRequest
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                QueryPoolRequest.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/marketchain.amm.v1.QueryPoolRequest";
                };

                return QueryPoolRequest;
            })();

            v1.QueryPoolResponse = (function() {

                /**
                 * Properties of a QueryPoolResponse.
                 * @typedef {Object} marketchain.amm.v1.QueryPoolResponse.$Properties
                 * @property {marketchain.amm.v1.PoolView.$Properties|null} [pool] QueryPoolResponse pool
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a QueryPoolResponse.
                 * @memberof marketchain.amm.v1
                 * @interface IQueryPoolResponse
                 * @augments marketchain.amm.v1.QueryPoolResponse.$Properties
                 * @deprecated Use marketchain.amm.v1.QueryPoolResponse.$Properties instead.
                 */

                /**
                 * Shape of a QueryPoolResponse.
                 * @typedef {marketchain.amm.v1.QueryPoolResponse.$Properties} marketchain.amm.v1.QueryPoolResponse.$Shape
                 */

                /**
                 * Constructs a new QueryPoolResponse.
                 * @memberof marketchain.amm.v1
                 * @classdesc Represents a QueryPoolResponse.
                 * @constructor
                 * @param {marketchain.amm.v1.QueryPoolResponse.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const QueryPoolResponse = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * QueryPoolResponse pool.
                 * @member {marketchain.amm.v1.PoolView.$Properties|null|undefined} pool
                 * @memberof marketchain.amm.v1.QueryPoolResponse
                 * @instance
                 */
                QueryPoolResponse.prototype.pool = null;

                /**
                 * Creates a new QueryPoolResponse instance using the specified properties.
                 * @function create
                 * @memberof marketchain.amm.v1.QueryPoolResponse
                 * @static
                 * @param {marketchain.amm.v1.QueryPoolResponse.$Properties=} [properties] Properties to set
                 * @returns {marketchain.amm.v1.QueryPoolResponse} QueryPoolResponse instance
                 * @type {{
                 *   (properties: marketchain.amm.v1.QueryPoolResponse.$Shape): marketchain.amm.v1.QueryPoolResponse & marketchain.amm.v1.QueryPoolResponse.$Shape;
                 *   (properties?: marketchain.amm.v1.QueryPoolResponse.$Properties): marketchain.amm.v1.QueryPoolResponse;
                 * }}
                 */
                QueryPoolResponse.create = function(properties) {
                    return new QueryPoolResponse(properties);
                };

                /**
                 * Encodes the specified QueryPoolResponse message. Does not implicitly {@link marketchain.amm.v1.QueryPoolResponse.verify|verify} messages.
                 * @function encode
                 * @memberof marketchain.amm.v1.QueryPoolResponse
                 * @static
                 * @param {marketchain.amm.v1.QueryPoolResponse.$Properties} message QueryPoolResponse message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                QueryPoolResponse.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.pool != null && $Object.hasOwnProperty.call(message, "pool"))
                        $root.marketchain.amm.v1.PoolView.encode(message.pool, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a QueryPoolResponse message from the specified reader or buffer.
                 * @function decode
                 * @memberof marketchain.amm.v1.QueryPoolResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {marketchain.amm.v1.QueryPoolResponse & marketchain.amm.v1.QueryPoolResponse.$Shape} QueryPoolResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                QueryPoolResponse.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.marketchain.amm.v1.QueryPoolResponse();
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
                                message.pool = $root.marketchain.amm.v1.PoolView.decode(reader, reader.size(), $undefined, _depth + 1, message.pool);
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
                 * Creates a QueryPoolResponse message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof marketchain.amm.v1.QueryPoolResponse
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {marketchain.amm.v1.QueryPoolResponse} QueryPoolResponse
                 */
                QueryPoolResponse.fromObject = function (object, _depth) {
                    if (object instanceof $root.marketchain.amm.v1.QueryPoolResponse)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".marketchain.amm.v1.QueryPoolResponse: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.marketchain.amm.v1.QueryPoolResponse();
                    if (object.pool != null) {
                        if (!$util.isObject(object.pool))
                            throw $TypeError(".marketchain.amm.v1.QueryPoolResponse.pool: object expected");
                        message.pool = $root.marketchain.amm.v1.PoolView.fromObject(object.pool, _depth + 1);
                    }
                    return message;
                };

                /**
                 * Creates a plain object from a QueryPoolResponse message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof marketchain.amm.v1.QueryPoolResponse
                 * @static
                 * @param {marketchain.amm.v1.QueryPoolResponse} message QueryPoolResponse
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                QueryPoolResponse.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults)
                        object.pool = null;
                    if (message.pool != null && $Object.hasOwnProperty.call(message, "pool"))
                        object.pool = $root.marketchain.amm.v1.PoolView.toObject(message.pool, options, _depth + 1);
                    return object;
                };

                /**
                 * Converts this QueryPoolResponse to JSON.
                 * @function toJSON
                 * @memberof marketchain.amm.v1.QueryPoolResponse
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                QueryPoolResponse.prototype.toJSON = function() {
                    return QueryPoolResponse.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for QueryPoolResponse
                 * @function getTypeUrl
                 * @memberof marketchain.amm.v1.QueryPoolResponse
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                QueryPoolResponse.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/marketchain.amm.v1.QueryPoolResponse";
                };

                return QueryPoolResponse;
            })();

            v1.QueryPoolsRequest = (function() {

                /**
                 * Properties of a QueryPoolsRequest.
                 * @typedef {Object} marketchain.amm.v1.QueryPoolsRequest.$Properties
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a QueryPoolsRequest.
                 * @memberof marketchain.amm.v1
                 * @interface IQueryPoolsRequest
                 * @augments marketchain.amm.v1.QueryPoolsRequest.$Properties
                 * @deprecated Use marketchain.amm.v1.QueryPoolsRequest.$Properties instead.
                 */

                /**
                 * Shape of a QueryPoolsRequest.
                 * @typedef {marketchain.amm.v1.QueryPoolsRequest.$Properties} marketchain.amm.v1.QueryPoolsRequest.$Shape
                 */

                /**
                 * Constructs a new QueryPoolsRequest.
                 * @memberof marketchain.amm.v1
                 * @classdesc Represents a QueryPoolsRequest.
                 * @constructor
                 * @param {marketchain.amm.v1.QueryPoolsRequest.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const QueryPoolsRequest = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * Creates a new QueryPoolsRequest instance using the specified properties.
                 * @function create
                 * @memberof marketchain.amm.v1.QueryPoolsRequest
                 * @static
                 * @param {marketchain.amm.v1.QueryPoolsRequest.$Properties=} [properties] Properties to set
                 * @returns {marketchain.amm.v1.QueryPoolsRequest} QueryPoolsRequest instance
                 * @type {{
                 *   (properties: marketchain.amm.v1.QueryPoolsRequest.$Shape): marketchain.amm.v1.QueryPoolsRequest & marketchain.amm.v1.QueryPoolsRequest.$Shape;
                 *   (properties?: marketchain.amm.v1.QueryPoolsRequest.$Properties): marketchain.amm.v1.QueryPoolsRequest;
                 * }}
                 */
                QueryPoolsRequest.create = function(properties) {
                    return new QueryPoolsRequest(properties);
                };

                /**
                 * Encodes the specified QueryPoolsRequest message. Does not implicitly {@link marketchain.amm.v1.QueryPoolsRequest.verify|verify} messages.
                 * @function encode
                 * @memberof marketchain.amm.v1.QueryPoolsRequest
                 * @static
                 * @param {marketchain.amm.v1.QueryPoolsRequest.$Properties} message QueryPoolsRequest message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                QueryPoolsRequest.encode = function (message, writer, _depth) {
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
                 * Decodes a QueryPoolsRequest message from the specified reader or buffer.
                 * @function decode
                 * @memberof marketchain.amm.v1.QueryPoolsRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {marketchain.amm.v1.QueryPoolsRequest & marketchain.amm.v1.QueryPoolsRequest.$Shape} QueryPoolsRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                QueryPoolsRequest.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.marketchain.amm.v1.QueryPoolsRequest();
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
                 * Creates a QueryPoolsRequest message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof marketchain.amm.v1.QueryPoolsRequest
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {marketchain.amm.v1.QueryPoolsRequest} QueryPoolsRequest
                 */
                QueryPoolsRequest.fromObject = function (object, _depth) {
                    if (object instanceof $root.marketchain.amm.v1.QueryPoolsRequest)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".marketchain.amm.v1.QueryPoolsRequest: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    return new $root.marketchain.amm.v1.QueryPoolsRequest();
                };

                /**
                 * Creates a plain object from a QueryPoolsRequest message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof marketchain.amm.v1.QueryPoolsRequest
                 * @static
                 * @param {marketchain.amm.v1.QueryPoolsRequest} message QueryPoolsRequest
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                QueryPoolsRequest.toObject = function () {
                    return {};
                };

                /**
                 * Converts this QueryPoolsRequest to JSON.
                 * @function toJSON
                 * @memberof marketchain.amm.v1.QueryPoolsRequest
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                QueryPoolsRequest.prototype.toJSON = function() {
                    return QueryPoolsRequest.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for QueryPoolsRequest
                 * @function getTypeUrl
                 * @memberof marketchain.amm.v1.QueryPoolsRequest
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                QueryPoolsRequest.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/marketchain.amm.v1.QueryPoolsRequest";
                };

                return QueryPoolsRequest;
            })();

            v1.QueryPoolsResponse = (function() {

                /**
                 * Properties of a QueryPoolsResponse.
                 * @typedef {Object} marketchain.amm.v1.QueryPoolsResponse.$Properties
                 * @property {Array.<marketchain.amm.v1.PoolView.$Properties>|null} [pools] QueryPoolsResponse pools
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a QueryPoolsResponse.
                 * @memberof marketchain.amm.v1
                 * @interface IQueryPoolsResponse
                 * @augments marketchain.amm.v1.QueryPoolsResponse.$Properties
                 * @deprecated Use marketchain.amm.v1.QueryPoolsResponse.$Properties instead.
                 */

                /**
                 * Shape of a QueryPoolsResponse.
                 * @typedef {marketchain.amm.v1.QueryPoolsResponse.$Properties} marketchain.amm.v1.QueryPoolsResponse.$Shape
                 */

                /**
                 * Constructs a new QueryPoolsResponse.
                 * @memberof marketchain.amm.v1
                 * @classdesc Represents a QueryPoolsResponse.
                 * @constructor
                 * @param {marketchain.amm.v1.QueryPoolsResponse.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const QueryPoolsResponse = function (properties) {
                    this.pools = [];
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * QueryPoolsResponse pools.
                 * @member {Array.<marketchain.amm.v1.PoolView.$Properties>} pools
                 * @memberof marketchain.amm.v1.QueryPoolsResponse
                 * @instance
                 */
                QueryPoolsResponse.prototype.pools = $util.emptyArray;

                /**
                 * Creates a new QueryPoolsResponse instance using the specified properties.
                 * @function create
                 * @memberof marketchain.amm.v1.QueryPoolsResponse
                 * @static
                 * @param {marketchain.amm.v1.QueryPoolsResponse.$Properties=} [properties] Properties to set
                 * @returns {marketchain.amm.v1.QueryPoolsResponse} QueryPoolsResponse instance
                 * @type {{
                 *   (properties: marketchain.amm.v1.QueryPoolsResponse.$Shape): marketchain.amm.v1.QueryPoolsResponse & marketchain.amm.v1.QueryPoolsResponse.$Shape;
                 *   (properties?: marketchain.amm.v1.QueryPoolsResponse.$Properties): marketchain.amm.v1.QueryPoolsResponse;
                 * }}
                 */
                QueryPoolsResponse.create = function(properties) {
                    return new QueryPoolsResponse(properties);
                };

                /**
                 * Encodes the specified QueryPoolsResponse message. Does not implicitly {@link marketchain.amm.v1.QueryPoolsResponse.verify|verify} messages.
                 * @function encode
                 * @memberof marketchain.amm.v1.QueryPoolsResponse
                 * @static
                 * @param {marketchain.amm.v1.QueryPoolsResponse.$Properties} message QueryPoolsResponse message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                QueryPoolsResponse.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.pools != null && message.pools.length)
                        for (let i = 0; i < message.pools.length; ++i)
                            $root.marketchain.amm.v1.PoolView.encode(message.pools[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a QueryPoolsResponse message from the specified reader or buffer.
                 * @function decode
                 * @memberof marketchain.amm.v1.QueryPoolsResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {marketchain.amm.v1.QueryPoolsResponse & marketchain.amm.v1.QueryPoolsResponse.$Shape} QueryPoolsResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                QueryPoolsResponse.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.marketchain.amm.v1.QueryPoolsResponse();
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
                                if (!(message.pools && message.pools.length))
                                    message.pools = [];
                                message.pools.push($root.marketchain.amm.v1.PoolView.decode(reader, reader.size(), $undefined, _depth + 1));
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
                 * Creates a QueryPoolsResponse message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof marketchain.amm.v1.QueryPoolsResponse
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {marketchain.amm.v1.QueryPoolsResponse} QueryPoolsResponse
                 */
                QueryPoolsResponse.fromObject = function (object, _depth) {
                    if (object instanceof $root.marketchain.amm.v1.QueryPoolsResponse)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".marketchain.amm.v1.QueryPoolsResponse: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.marketchain.amm.v1.QueryPoolsResponse();
                    if (object.pools) {
                        if (!$Array.isArray(object.pools))
                            throw $TypeError(".marketchain.amm.v1.QueryPoolsResponse.pools: array expected");
                        message.pools = $Array(object.pools.length);
                        for (let i = 0; i < object.pools.length; ++i) {
                            if (!$util.isObject(object.pools[i]))
                                throw $TypeError(".marketchain.amm.v1.QueryPoolsResponse.pools: object expected");
                            message.pools[i] = $root.marketchain.amm.v1.PoolView.fromObject(object.pools[i], _depth + 1);
                        }
                    }
                    return message;
                };

                /**
                 * Creates a plain object from a QueryPoolsResponse message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof marketchain.amm.v1.QueryPoolsResponse
                 * @static
                 * @param {marketchain.amm.v1.QueryPoolsResponse} message QueryPoolsResponse
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                QueryPoolsResponse.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.arrays || options.defaults)
                        object.pools = [];
                    if (message.pools && message.pools.length) {
                        object.pools = $Array(message.pools.length);
                        for (let j = 0; j < message.pools.length; ++j)
                            object.pools[j] = $root.marketchain.amm.v1.PoolView.toObject(message.pools[j], options, _depth + 1);
                    }
                    return object;
                };

                /**
                 * Converts this QueryPoolsResponse to JSON.
                 * @function toJSON
                 * @memberof marketchain.amm.v1.QueryPoolsResponse
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                QueryPoolsResponse.prototype.toJSON = function() {
                    return QueryPoolsResponse.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for QueryPoolsResponse
                 * @function getTypeUrl
                 * @memberof marketchain.amm.v1.QueryPoolsResponse
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                QueryPoolsResponse.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/marketchain.amm.v1.QueryPoolsResponse";
                };

                return QueryPoolsResponse;
            })();

            v1.QueryPositionRequest = (function() {

                /**
                 * Properties of a QueryPositionRequest.
                 * @typedef {Object} marketchain.amm.v1.QueryPositionRequest.$Properties
                 * @property {string|null} [positionId] QueryPositionRequest positionId
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a QueryPositionRequest.
                 * @memberof marketchain.amm.v1
                 * @interface IQueryPositionRequest
                 * @augments marketchain.amm.v1.QueryPositionRequest.$Properties
                 * @deprecated Use marketchain.amm.v1.QueryPositionRequest.$Properties instead.
                 */

                /**
                 * Shape of a QueryPositionRequest.
                 * @typedef {marketchain.amm.v1.QueryPositionRequest.$Properties} marketchain.amm.v1.QueryPositionRequest.$Shape
                 */

                /**
                 * Constructs a new QueryPositionRequest.
                 * @memberof marketchain.amm.v1
                 * @classdesc Represents a QueryPositionRequest.
                 * @constructor
                 * @param {marketchain.amm.v1.QueryPositionRequest.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const QueryPositionRequest = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * QueryPositionRequest positionId.
                 * @member {string} positionId
                 * @memberof marketchain.amm.v1.QueryPositionRequest
                 * @instance
                 */
                QueryPositionRequest.prototype.positionId = "";

                /**
                 * Creates a new QueryPositionRequest instance using the specified properties.
                 * @function create
                 * @memberof marketchain.amm.v1.QueryPositionRequest
                 * @static
                 * @param {marketchain.amm.v1.QueryPositionRequest.$Properties=} [properties] Properties to set
                 * @returns {marketchain.amm.v1.QueryPositionRequest} QueryPositionRequest instance
                 * @type {{
                 *   (properties: marketchain.amm.v1.QueryPositionRequest.$Shape): marketchain.amm.v1.QueryPositionRequest & marketchain.amm.v1.QueryPositionRequest.$Shape;
                 *   (properties?: marketchain.amm.v1.QueryPositionRequest.$Properties): marketchain.amm.v1.QueryPositionRequest;
                 * }}
                 */
                QueryPositionRequest.create = function(properties) {
                    return new QueryPositionRequest(properties);
                };

                /**
                 * Encodes the specified QueryPositionRequest message. Does not implicitly {@link marketchain.amm.v1.QueryPositionRequest.verify|verify} messages.
                 * @function encode
                 * @memberof marketchain.amm.v1.QueryPositionRequest
                 * @static
                 * @param {marketchain.amm.v1.QueryPositionRequest.$Properties} message QueryPositionRequest message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                QueryPositionRequest.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.positionId != null && $Object.hasOwnProperty.call(message, "positionId") && message.positionId !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.positionId);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a QueryPositionRequest message from the specified reader or buffer.
                 * @function decode
                 * @memberof marketchain.amm.v1.QueryPositionRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {marketchain.amm.v1.QueryPositionRequest & marketchain.amm.v1.QueryPositionRequest.$Shape} QueryPositionRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                QueryPositionRequest.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.marketchain.amm.v1.QueryPositionRequest();
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
                                    message.positionId = value;
                                else
                                    delete message.positionId;
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
                 * Creates a QueryPositionRequest message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof marketchain.amm.v1.QueryPositionRequest
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {marketchain.amm.v1.QueryPositionRequest} QueryPositionRequest
                 */
                QueryPositionRequest.fromObject = function (object, _depth) {
                    if (object instanceof $root.marketchain.amm.v1.QueryPositionRequest)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".marketchain.amm.v1.QueryPositionRequest: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.marketchain.amm.v1.QueryPositionRequest();
                    if (object.positionId != null)
                        if (typeof object.positionId !== "string" || object.positionId.length)
                            message.positionId = $String(object.positionId);
                    return message;
                };

                /**
                 * Creates a plain object from a QueryPositionRequest message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof marketchain.amm.v1.QueryPositionRequest
                 * @static
                 * @param {marketchain.amm.v1.QueryPositionRequest} message QueryPositionRequest
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                QueryPositionRequest.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults)
                        object.positionId = "";
                    if (message.positionId != null && $Object.hasOwnProperty.call(message, "positionId"))
                        object.positionId = message.positionId;
                    return object;
                };

                /**
                 * Converts this QueryPositionRequest to JSON.
                 * @function toJSON
                 * @memberof marketchain.amm.v1.QueryPositionRequest
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                QueryPositionRequest.prototype.toJSON = function() {
                    return QueryPositionRequest.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for QueryPositionRequest
                 * @function getTypeUrl
                 * @memberof marketchain.amm.v1.QueryPositionRequest
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                QueryPositionRequest.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/marketchain.amm.v1.QueryPositionRequest";
                };

                return QueryPositionRequest;
            })();

            v1.QueryPositionResponse = (function() {

                /**
                 * Properties of a QueryPositionResponse.
                 * @typedef {Object} marketchain.amm.v1.QueryPositionResponse.$Properties
                 * @property {marketchain.amm.v1.Position.$Properties|null} [position] QueryPositionResponse position
                 * @property {string|null} [amount0] QueryPositionResponse amount0
                 * @property {string|null} [amount1] QueryPositionResponse amount1
                 * @property {string|null} [fees0] QueryPositionResponse fees0
                 * @property {string|null} [fees1] QueryPositionResponse fees1
                 * @property {boolean|null} [longTerm] QueryPositionResponse longTerm
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a QueryPositionResponse.
                 * @memberof marketchain.amm.v1
                 * @interface IQueryPositionResponse
                 * @augments marketchain.amm.v1.QueryPositionResponse.$Properties
                 * @deprecated Use marketchain.amm.v1.QueryPositionResponse.$Properties instead.
                 */

                /**
                 * Shape of a QueryPositionResponse.
                 * @typedef {marketchain.amm.v1.QueryPositionResponse.$Properties} marketchain.amm.v1.QueryPositionResponse.$Shape
                 */

                /**
                 * Constructs a new QueryPositionResponse.
                 * @memberof marketchain.amm.v1
                 * @classdesc Represents a QueryPositionResponse.
                 * @constructor
                 * @param {marketchain.amm.v1.QueryPositionResponse.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const QueryPositionResponse = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * QueryPositionResponse position.
                 * @member {marketchain.amm.v1.Position.$Properties|null|undefined} position
                 * @memberof marketchain.amm.v1.QueryPositionResponse
                 * @instance
                 */
                QueryPositionResponse.prototype.position = null;

                /**
                 * QueryPositionResponse amount0.
                 * @member {string} amount0
                 * @memberof marketchain.amm.v1.QueryPositionResponse
                 * @instance
                 */
                QueryPositionResponse.prototype.amount0 = "";

                /**
                 * QueryPositionResponse amount1.
                 * @member {string} amount1
                 * @memberof marketchain.amm.v1.QueryPositionResponse
                 * @instance
                 */
                QueryPositionResponse.prototype.amount1 = "";

                /**
                 * QueryPositionResponse fees0.
                 * @member {string} fees0
                 * @memberof marketchain.amm.v1.QueryPositionResponse
                 * @instance
                 */
                QueryPositionResponse.prototype.fees0 = "";

                /**
                 * QueryPositionResponse fees1.
                 * @member {string} fees1
                 * @memberof marketchain.amm.v1.QueryPositionResponse
                 * @instance
                 */
                QueryPositionResponse.prototype.fees1 = "";

                /**
                 * QueryPositionResponse longTerm.
                 * @member {boolean} longTerm
                 * @memberof marketchain.amm.v1.QueryPositionResponse
                 * @instance
                 */
                QueryPositionResponse.prototype.longTerm = false;

                /**
                 * Creates a new QueryPositionResponse instance using the specified properties.
                 * @function create
                 * @memberof marketchain.amm.v1.QueryPositionResponse
                 * @static
                 * @param {marketchain.amm.v1.QueryPositionResponse.$Properties=} [properties] Properties to set
                 * @returns {marketchain.amm.v1.QueryPositionResponse} QueryPositionResponse instance
                 * @type {{
                 *   (properties: marketchain.amm.v1.QueryPositionResponse.$Shape): marketchain.amm.v1.QueryPositionResponse & marketchain.amm.v1.QueryPositionResponse.$Shape;
                 *   (properties?: marketchain.amm.v1.QueryPositionResponse.$Properties): marketchain.amm.v1.QueryPositionResponse;
                 * }}
                 */
                QueryPositionResponse.create = function(properties) {
                    return new QueryPositionResponse(properties);
                };

                /**
                 * Encodes the specified QueryPositionResponse message. Does not implicitly {@link marketchain.amm.v1.QueryPositionResponse.verify|verify} messages.
                 * @function encode
                 * @memberof marketchain.amm.v1.QueryPositionResponse
                 * @static
                 * @param {marketchain.amm.v1.QueryPositionResponse.$Properties} message QueryPositionResponse message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                QueryPositionResponse.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.position != null && $Object.hasOwnProperty.call(message, "position"))
                        $root.marketchain.amm.v1.Position.encode(message.position, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                    if (message.amount0 != null && $Object.hasOwnProperty.call(message, "amount0") && message.amount0 !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.amount0);
                    if (message.amount1 != null && $Object.hasOwnProperty.call(message, "amount1") && message.amount1 !== "")
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.amount1);
                    if (message.fees0 != null && $Object.hasOwnProperty.call(message, "fees0") && message.fees0 !== "")
                        writer.uint32(/* id 4, wireType 2 =*/34).string(message.fees0);
                    if (message.fees1 != null && $Object.hasOwnProperty.call(message, "fees1") && message.fees1 !== "")
                        writer.uint32(/* id 5, wireType 2 =*/42).string(message.fees1);
                    if (message.longTerm != null && $Object.hasOwnProperty.call(message, "longTerm") && message.longTerm !== false)
                        writer.uint32(/* id 6, wireType 0 =*/48).bool(message.longTerm);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a QueryPositionResponse message from the specified reader or buffer.
                 * @function decode
                 * @memberof marketchain.amm.v1.QueryPositionResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {marketchain.amm.v1.QueryPositionResponse & marketchain.amm.v1.QueryPositionResponse.$Shape} QueryPositionResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                QueryPositionResponse.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.marketchain.amm.v1.QueryPositionResponse();
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
                                message.position = $root.marketchain.amm.v1.Position.decode(reader, reader.size(), $undefined, _depth + 1, message.position);
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.amount0 = value;
                                else
                                    delete message.amount0;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.amount1 = value;
                                else
                                    delete message.amount1;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.fees0 = value;
                                else
                                    delete message.fees0;
                                continue;
                            }
                        case 5: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.fees1 = value;
                                else
                                    delete message.fees1;
                                continue;
                            }
                        case 6: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.bool())
                                    message.longTerm = value;
                                else
                                    delete message.longTerm;
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
                 * Creates a QueryPositionResponse message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof marketchain.amm.v1.QueryPositionResponse
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {marketchain.amm.v1.QueryPositionResponse} QueryPositionResponse
                 */
                QueryPositionResponse.fromObject = function (object, _depth) {
                    if (object instanceof $root.marketchain.amm.v1.QueryPositionResponse)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".marketchain.amm.v1.QueryPositionResponse: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.marketchain.amm.v1.QueryPositionResponse();
                    if (object.position != null) {
                        if (!$util.isObject(object.position))
                            throw $TypeError(".marketchain.amm.v1.QueryPositionResponse.position: object expected");
                        message.position = $root.marketchain.amm.v1.Position.fromObject(object.position, _depth + 1);
                    }
                    if (object.amount0 != null)
                        if (typeof object.amount0 !== "string" || object.amount0.length)
                            message.amount0 = $String(object.amount0);
                    if (object.amount1 != null)
                        if (typeof object.amount1 !== "string" || object.amount1.length)
                            message.amount1 = $String(object.amount1);
                    if (object.fees0 != null)
                        if (typeof object.fees0 !== "string" || object.fees0.length)
                            message.fees0 = $String(object.fees0);
                    if (object.fees1 != null)
                        if (typeof object.fees1 !== "string" || object.fees1.length)
                            message.fees1 = $String(object.fees1);
                    if (object.longTerm != null)
                        if (object.longTerm)
                            message.longTerm = $Boolean(object.longTerm);
                    return message;
                };

                /**
                 * Creates a plain object from a QueryPositionResponse message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof marketchain.amm.v1.QueryPositionResponse
                 * @static
                 * @param {marketchain.amm.v1.QueryPositionResponse} message QueryPositionResponse
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                QueryPositionResponse.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.position = null;
                        object.amount0 = "";
                        object.amount1 = "";
                        object.fees0 = "";
                        object.fees1 = "";
                        object.longTerm = false;
                    }
                    if (message.position != null && $Object.hasOwnProperty.call(message, "position"))
                        object.position = $root.marketchain.amm.v1.Position.toObject(message.position, options, _depth + 1);
                    if (message.amount0 != null && $Object.hasOwnProperty.call(message, "amount0"))
                        object.amount0 = message.amount0;
                    if (message.amount1 != null && $Object.hasOwnProperty.call(message, "amount1"))
                        object.amount1 = message.amount1;
                    if (message.fees0 != null && $Object.hasOwnProperty.call(message, "fees0"))
                        object.fees0 = message.fees0;
                    if (message.fees1 != null && $Object.hasOwnProperty.call(message, "fees1"))
                        object.fees1 = message.fees1;
                    if (message.longTerm != null && $Object.hasOwnProperty.call(message, "longTerm"))
                        object.longTerm = message.longTerm;
                    return object;
                };

                /**
                 * Converts this QueryPositionResponse to JSON.
                 * @function toJSON
                 * @memberof marketchain.amm.v1.QueryPositionResponse
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                QueryPositionResponse.prototype.toJSON = function() {
                    return QueryPositionResponse.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for QueryPositionResponse
                 * @function getTypeUrl
                 * @memberof marketchain.amm.v1.QueryPositionResponse
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                QueryPositionResponse.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/marketchain.amm.v1.QueryPositionResponse";
                };

                return QueryPositionResponse;
            })();

            v1.QueryPositionsByOwnerRequest = (function() {

                /**
                 * Properties of a QueryPositionsByOwnerRequest.
                 * @typedef {Object} marketchain.amm.v1.QueryPositionsByOwnerRequest.$Properties
                 * @property {string|null} [owner] QueryPositionsByOwnerRequest owner
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a QueryPositionsByOwnerRequest.
                 * @memberof marketchain.amm.v1
                 * @interface IQueryPositionsByOwnerRequest
                 * @augments marketchain.amm.v1.QueryPositionsByOwnerRequest.$Properties
                 * @deprecated Use marketchain.amm.v1.QueryPositionsByOwnerRequest.$Properties instead.
                 */

                /**
                 * Shape of a QueryPositionsByOwnerRequest.
                 * @typedef {marketchain.amm.v1.QueryPositionsByOwnerRequest.$Properties} marketchain.amm.v1.QueryPositionsByOwnerRequest.$Shape
                 */

                /**
                 * Constructs a new QueryPositionsByOwnerRequest.
                 * @memberof marketchain.amm.v1
                 * @classdesc Represents a QueryPositionsByOwnerRequest.
                 * @constructor
                 * @param {marketchain.amm.v1.QueryPositionsByOwnerRequest.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const QueryPositionsByOwnerRequest = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * QueryPositionsByOwnerRequest owner.
                 * @member {string} owner
                 * @memberof marketchain.amm.v1.QueryPositionsByOwnerRequest
                 * @instance
                 */
                QueryPositionsByOwnerRequest.prototype.owner = "";

                /**
                 * Creates a new QueryPositionsByOwnerRequest instance using the specified properties.
                 * @function create
                 * @memberof marketchain.amm.v1.QueryPositionsByOwnerRequest
                 * @static
                 * @param {marketchain.amm.v1.QueryPositionsByOwnerRequest.$Properties=} [properties] Properties to set
                 * @returns {marketchain.amm.v1.QueryPositionsByOwnerRequest} QueryPositionsByOwnerRequest instance
                 * @type {{
                 *   (properties: marketchain.amm.v1.QueryPositionsByOwnerRequest.$Shape): marketchain.amm.v1.QueryPositionsByOwnerRequest & marketchain.amm.v1.QueryPositionsByOwnerRequest.$Shape;
                 *   (properties?: marketchain.amm.v1.QueryPositionsByOwnerRequest.$Properties): marketchain.amm.v1.QueryPositionsByOwnerRequest;
                 * }}
                 */
                QueryPositionsByOwnerRequest.create = function(properties) {
                    return new QueryPositionsByOwnerRequest(properties);
                };

                /**
                 * Encodes the specified QueryPositionsByOwnerRequest message. Does not implicitly {@link marketchain.amm.v1.QueryPositionsByOwnerRequest.verify|verify} messages.
                 * @function encode
                 * @memberof marketchain.amm.v1.QueryPositionsByOwnerRequest
                 * @static
                 * @param {marketchain.amm.v1.QueryPositionsByOwnerRequest.$Properties} message QueryPositionsByOwnerRequest message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                QueryPositionsByOwnerRequest.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.owner != null && $Object.hasOwnProperty.call(message, "owner") && message.owner !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.owner);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a QueryPositionsByOwnerRequest message from the specified reader or buffer.
                 * @function decode
                 * @memberof marketchain.amm.v1.QueryPositionsByOwnerRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {marketchain.amm.v1.QueryPositionsByOwnerRequest & marketchain.amm.v1.QueryPositionsByOwnerRequest.$Shape} QueryPositionsByOwnerRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                QueryPositionsByOwnerRequest.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.marketchain.amm.v1.QueryPositionsByOwnerRequest();
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
                                    message.owner = value;
                                else
                                    delete message.owner;
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
                 * Creates a QueryPositionsByOwnerRequest message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof marketchain.amm.v1.QueryPositionsByOwnerRequest
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {marketchain.amm.v1.QueryPositionsByOwnerRequest} QueryPositionsByOwnerRequest
                 */
                QueryPositionsByOwnerRequest.fromObject = function (object, _depth) {
                    if (object instanceof $root.marketchain.amm.v1.QueryPositionsByOwnerRequest)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".marketchain.amm.v1.QueryPositionsByOwnerRequest: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.marketchain.amm.v1.QueryPositionsByOwnerRequest();
                    if (object.owner != null)
                        if (typeof object.owner !== "string" || object.owner.length)
                            message.owner = $String(object.owner);
                    return message;
                };

                /**
                 * Creates a plain object from a QueryPositionsByOwnerRequest message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof marketchain.amm.v1.QueryPositionsByOwnerRequest
                 * @static
                 * @param {marketchain.amm.v1.QueryPositionsByOwnerRequest} message QueryPositionsByOwnerRequest
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                QueryPositionsByOwnerRequest.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults)
                        object.owner = "";
                    if (message.owner != null && $Object.hasOwnProperty.call(message, "owner"))
                        object.owner = message.owner;
                    return object;
                };

                /**
                 * Converts this QueryPositionsByOwnerRequest to JSON.
                 * @function toJSON
                 * @memberof marketchain.amm.v1.QueryPositionsByOwnerRequest
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                QueryPositionsByOwnerRequest.prototype.toJSON = function() {
                    return QueryPositionsByOwnerRequest.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for QueryPositionsByOwnerRequest
                 * @function getTypeUrl
                 * @memberof marketchain.amm.v1.QueryPositionsByOwnerRequest
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                QueryPositionsByOwnerRequest.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/marketchain.amm.v1.QueryPositionsByOwnerRequest";
                };

                return QueryPositionsByOwnerRequest;
            })();

            v1.QueryPositionsByOwnerResponse = (function() {

                /**
                 * Properties of a QueryPositionsByOwnerResponse.
                 * @typedef {Object} marketchain.amm.v1.QueryPositionsByOwnerResponse.$Properties
                 * @property {Array.<marketchain.amm.v1.Position.$Properties>|null} [positions] QueryPositionsByOwnerResponse positions
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a QueryPositionsByOwnerResponse.
                 * @memberof marketchain.amm.v1
                 * @interface IQueryPositionsByOwnerResponse
                 * @augments marketchain.amm.v1.QueryPositionsByOwnerResponse.$Properties
                 * @deprecated Use marketchain.amm.v1.QueryPositionsByOwnerResponse.$Properties instead.
                 */

                /**
                 * Shape of a QueryPositionsByOwnerResponse.
                 * @typedef {marketchain.amm.v1.QueryPositionsByOwnerResponse.$Properties} marketchain.amm.v1.QueryPositionsByOwnerResponse.$Shape
                 */

                /**
                 * Constructs a new QueryPositionsByOwnerResponse.
                 * @memberof marketchain.amm.v1
                 * @classdesc Represents a QueryPositionsByOwnerResponse.
                 * @constructor
                 * @param {marketchain.amm.v1.QueryPositionsByOwnerResponse.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const QueryPositionsByOwnerResponse = function (properties) {
                    this.positions = [];
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * QueryPositionsByOwnerResponse positions.
                 * @member {Array.<marketchain.amm.v1.Position.$Properties>} positions
                 * @memberof marketchain.amm.v1.QueryPositionsByOwnerResponse
                 * @instance
                 */
                QueryPositionsByOwnerResponse.prototype.positions = $util.emptyArray;

                /**
                 * Creates a new QueryPositionsByOwnerResponse instance using the specified properties.
                 * @function create
                 * @memberof marketchain.amm.v1.QueryPositionsByOwnerResponse
                 * @static
                 * @param {marketchain.amm.v1.QueryPositionsByOwnerResponse.$Properties=} [properties] Properties to set
                 * @returns {marketchain.amm.v1.QueryPositionsByOwnerResponse} QueryPositionsByOwnerResponse instance
                 * @type {{
                 *   (properties: marketchain.amm.v1.QueryPositionsByOwnerResponse.$Shape): marketchain.amm.v1.QueryPositionsByOwnerResponse & marketchain.amm.v1.QueryPositionsByOwnerResponse.$Shape;
                 *   (properties?: marketchain.amm.v1.QueryPositionsByOwnerResponse.$Properties): marketchain.amm.v1.QueryPositionsByOwnerResponse;
                 * }}
                 */
                QueryPositionsByOwnerResponse.create = function(properties) {
                    return new QueryPositionsByOwnerResponse(properties);
                };

                /**
                 * Encodes the specified QueryPositionsByOwnerResponse message. Does not implicitly {@link marketchain.amm.v1.QueryPositionsByOwnerResponse.verify|verify} messages.
                 * @function encode
                 * @memberof marketchain.amm.v1.QueryPositionsByOwnerResponse
                 * @static
                 * @param {marketchain.amm.v1.QueryPositionsByOwnerResponse.$Properties} message QueryPositionsByOwnerResponse message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                QueryPositionsByOwnerResponse.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.positions != null && message.positions.length)
                        for (let i = 0; i < message.positions.length; ++i)
                            $root.marketchain.amm.v1.Position.encode(message.positions[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a QueryPositionsByOwnerResponse message from the specified reader or buffer.
                 * @function decode
                 * @memberof marketchain.amm.v1.QueryPositionsByOwnerResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {marketchain.amm.v1.QueryPositionsByOwnerResponse & marketchain.amm.v1.QueryPositionsByOwnerResponse.$Shape} QueryPositionsByOwnerResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                QueryPositionsByOwnerResponse.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.marketchain.amm.v1.QueryPositionsByOwnerResponse();
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
                                if (!(message.positions && message.positions.length))
                                    message.positions = [];
                                message.positions.push($root.marketchain.amm.v1.Position.decode(reader, reader.size(), $undefined, _depth + 1));
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
                 * Creates a QueryPositionsByOwnerResponse message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof marketchain.amm.v1.QueryPositionsByOwnerResponse
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {marketchain.amm.v1.QueryPositionsByOwnerResponse} QueryPositionsByOwnerResponse
                 */
                QueryPositionsByOwnerResponse.fromObject = function (object, _depth) {
                    if (object instanceof $root.marketchain.amm.v1.QueryPositionsByOwnerResponse)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".marketchain.amm.v1.QueryPositionsByOwnerResponse: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.marketchain.amm.v1.QueryPositionsByOwnerResponse();
                    if (object.positions) {
                        if (!$Array.isArray(object.positions))
                            throw $TypeError(".marketchain.amm.v1.QueryPositionsByOwnerResponse.positions: array expected");
                        message.positions = $Array(object.positions.length);
                        for (let i = 0; i < object.positions.length; ++i) {
                            if (!$util.isObject(object.positions[i]))
                                throw $TypeError(".marketchain.amm.v1.QueryPositionsByOwnerResponse.positions: object expected");
                            message.positions[i] = $root.marketchain.amm.v1.Position.fromObject(object.positions[i], _depth + 1);
                        }
                    }
                    return message;
                };

                /**
                 * Creates a plain object from a QueryPositionsByOwnerResponse message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof marketchain.amm.v1.QueryPositionsByOwnerResponse
                 * @static
                 * @param {marketchain.amm.v1.QueryPositionsByOwnerResponse} message QueryPositionsByOwnerResponse
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                QueryPositionsByOwnerResponse.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.arrays || options.defaults)
                        object.positions = [];
                    if (message.positions && message.positions.length) {
                        object.positions = $Array(message.positions.length);
                        for (let j = 0; j < message.positions.length; ++j)
                            object.positions[j] = $root.marketchain.amm.v1.Position.toObject(message.positions[j], options, _depth + 1);
                    }
                    return object;
                };

                /**
                 * Converts this QueryPositionsByOwnerResponse to JSON.
                 * @function toJSON
                 * @memberof marketchain.amm.v1.QueryPositionsByOwnerResponse
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                QueryPositionsByOwnerResponse.prototype.toJSON = function() {
                    return QueryPositionsByOwnerResponse.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for QueryPositionsByOwnerResponse
                 * @function getTypeUrl
                 * @memberof marketchain.amm.v1.QueryPositionsByOwnerResponse
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                QueryPositionsByOwnerResponse.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/marketchain.amm.v1.QueryPositionsByOwnerResponse";
                };

                return QueryPositionsByOwnerResponse;
            })();

            v1.QuerySimulateSwapRequest = (function() {

                /**
                 * Properties of a QuerySimulateSwapRequest.
                 * @typedef {Object} marketchain.amm.v1.QuerySimulateSwapRequest.$Properties
                 * @property {number|null} [poolId] QuerySimulateSwapRequest poolId
                 * @property {string|null} [denomIn] QuerySimulateSwapRequest denomIn
                 * @property {string|null} [amount] QuerySimulateSwapRequest amount
                 * @property {boolean|null} [exactOut] QuerySimulateSwapRequest exactOut
                 * @property {string|null} [sqrtPriceLimitX96] QuerySimulateSwapRequest sqrtPriceLimitX96
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a QuerySimulateSwapRequest.
                 * @memberof marketchain.amm.v1
                 * @interface IQuerySimulateSwapRequest
                 * @augments marketchain.amm.v1.QuerySimulateSwapRequest.$Properties
                 * @deprecated Use marketchain.amm.v1.QuerySimulateSwapRequest.$Properties instead.
                 */

                /**
                 * Shape of a QuerySimulateSwapRequest.
                 * @typedef {marketchain.amm.v1.QuerySimulateSwapRequest.$Properties} marketchain.amm.v1.QuerySimulateSwapRequest.$Shape
                 */

                /**
                 * Constructs a new QuerySimulateSwapRequest.
                 * @memberof marketchain.amm.v1
                 * @classdesc Represents a QuerySimulateSwapRequest.
                 * @constructor
                 * @param {marketchain.amm.v1.QuerySimulateSwapRequest.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const QuerySimulateSwapRequest = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * QuerySimulateSwapRequest poolId.
                 * @member {number} poolId
                 * @memberof marketchain.amm.v1.QuerySimulateSwapRequest
                 * @instance
                 */
                QuerySimulateSwapRequest.prototype.poolId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * QuerySimulateSwapRequest denomIn.
                 * @member {string} denomIn
                 * @memberof marketchain.amm.v1.QuerySimulateSwapRequest
                 * @instance
                 */
                QuerySimulateSwapRequest.prototype.denomIn = "";

                /**
                 * QuerySimulateSwapRequest amount.
                 * @member {string} amount
                 * @memberof marketchain.amm.v1.QuerySimulateSwapRequest
                 * @instance
                 */
                QuerySimulateSwapRequest.prototype.amount = "";

                /**
                 * QuerySimulateSwapRequest exactOut.
                 * @member {boolean} exactOut
                 * @memberof marketchain.amm.v1.QuerySimulateSwapRequest
                 * @instance
                 */
                QuerySimulateSwapRequest.prototype.exactOut = false;

                /**
                 * QuerySimulateSwapRequest sqrtPriceLimitX96.
                 * @member {string} sqrtPriceLimitX96
                 * @memberof marketchain.amm.v1.QuerySimulateSwapRequest
                 * @instance
                 */
                QuerySimulateSwapRequest.prototype.sqrtPriceLimitX96 = "";

                /**
                 * Creates a new QuerySimulateSwapRequest instance using the specified properties.
                 * @function create
                 * @memberof marketchain.amm.v1.QuerySimulateSwapRequest
                 * @static
                 * @param {marketchain.amm.v1.QuerySimulateSwapRequest.$Properties=} [properties] Properties to set
                 * @returns {marketchain.amm.v1.QuerySimulateSwapRequest} QuerySimulateSwapRequest instance
                 * @type {{
                 *   (properties: marketchain.amm.v1.QuerySimulateSwapRequest.$Shape): marketchain.amm.v1.QuerySimulateSwapRequest & marketchain.amm.v1.QuerySimulateSwapRequest.$Shape;
                 *   (properties?: marketchain.amm.v1.QuerySimulateSwapRequest.$Properties): marketchain.amm.v1.QuerySimulateSwapRequest;
                 * }}
                 */
                QuerySimulateSwapRequest.create = function(properties) {
                    return new QuerySimulateSwapRequest(properties);
                };

                /**
                 * Encodes the specified QuerySimulateSwapRequest message. Does not implicitly {@link marketchain.amm.v1.QuerySimulateSwapRequest.verify|verify} messages.
                 * @function encode
                 * @memberof marketchain.amm.v1.QuerySimulateSwapRequest
                 * @static
                 * @param {marketchain.amm.v1.QuerySimulateSwapRequest.$Properties} message QuerySimulateSwapRequest message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                QuerySimulateSwapRequest.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.poolId != null && $Object.hasOwnProperty.call(message, "poolId") && (typeof message.poolId === "object" ? message.poolId.low || message.poolId.high : message.poolId !== 0))
                        writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.poolId);
                    if (message.denomIn != null && $Object.hasOwnProperty.call(message, "denomIn") && message.denomIn !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.denomIn);
                    if (message.amount != null && $Object.hasOwnProperty.call(message, "amount") && message.amount !== "")
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.amount);
                    if (message.exactOut != null && $Object.hasOwnProperty.call(message, "exactOut") && message.exactOut !== false)
                        writer.uint32(/* id 4, wireType 0 =*/32).bool(message.exactOut);
                    if (message.sqrtPriceLimitX96 != null && $Object.hasOwnProperty.call(message, "sqrtPriceLimitX96") && message.sqrtPriceLimitX96 !== "")
                        writer.uint32(/* id 5, wireType 2 =*/42).string(message.sqrtPriceLimitX96);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a QuerySimulateSwapRequest message from the specified reader or buffer.
                 * @function decode
                 * @memberof marketchain.amm.v1.QuerySimulateSwapRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {marketchain.amm.v1.QuerySimulateSwapRequest & marketchain.amm.v1.QuerySimulateSwapRequest.$Shape} QuerySimulateSwapRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                QuerySimulateSwapRequest.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.marketchain.amm.v1.QuerySimulateSwapRequest();
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
                                    message.poolId = value;
                                else
                                    delete message.poolId;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.denomIn = value;
                                else
                                    delete message.denomIn;
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
                        case 4: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.bool())
                                    message.exactOut = value;
                                else
                                    delete message.exactOut;
                                continue;
                            }
                        case 5: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.sqrtPriceLimitX96 = value;
                                else
                                    delete message.sqrtPriceLimitX96;
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
                 * Creates a QuerySimulateSwapRequest message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof marketchain.amm.v1.QuerySimulateSwapRequest
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {marketchain.amm.v1.QuerySimulateSwapRequest} QuerySimulateSwapRequest
                 */
                QuerySimulateSwapRequest.fromObject = function (object, _depth) {
                    if (object instanceof $root.marketchain.amm.v1.QuerySimulateSwapRequest)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".marketchain.amm.v1.QuerySimulateSwapRequest: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.marketchain.amm.v1.QuerySimulateSwapRequest();
                    if (object.poolId != null)
                        if (typeof object.poolId === "object" ? object.poolId.low || object.poolId.high : $Number(object.poolId) !== 0)
                            if ($util.Long)
                                message.poolId = $util.Long.fromValue(object.poolId, true);
                            else if (typeof object.poolId === "string")
                                message.poolId = $parseInt(object.poolId, 10);
                            else if (typeof object.poolId === "number")
                                message.poolId = object.poolId;
                            else if (typeof object.poolId === "object")
                                message.poolId = new $util.LongBits(object.poolId.low >>> 0, object.poolId.high >>> 0).toNumber(true);
                    if (object.denomIn != null)
                        if (typeof object.denomIn !== "string" || object.denomIn.length)
                            message.denomIn = $String(object.denomIn);
                    if (object.amount != null)
                        if (typeof object.amount !== "string" || object.amount.length)
                            message.amount = $String(object.amount);
                    if (object.exactOut != null)
                        if (object.exactOut)
                            message.exactOut = $Boolean(object.exactOut);
                    if (object.sqrtPriceLimitX96 != null)
                        if (typeof object.sqrtPriceLimitX96 !== "string" || object.sqrtPriceLimitX96.length)
                            message.sqrtPriceLimitX96 = $String(object.sqrtPriceLimitX96);
                    return message;
                };

                /**
                 * Creates a plain object from a QuerySimulateSwapRequest message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof marketchain.amm.v1.QuerySimulateSwapRequest
                 * @static
                 * @param {marketchain.amm.v1.QuerySimulateSwapRequest} message QuerySimulateSwapRequest
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                QuerySimulateSwapRequest.toObject = function (message, options, _depth) {
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
                            object.poolId = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.poolId = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        object.denomIn = "";
                        object.amount = "";
                        object.exactOut = false;
                        object.sqrtPriceLimitX96 = "";
                    }
                    if (message.poolId != null && $Object.hasOwnProperty.call(message, "poolId"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.poolId = typeof message.poolId === "number" ? $BigInt(message.poolId) : $util.Long.fromBits(message.poolId.low >>> 0, message.poolId.high >>> 0, true).toBigInt();
                        else if (typeof message.poolId === "number")
                            object.poolId = options.longs === $String ? $String(message.poolId) : message.poolId;
                        else
                            object.poolId = options.longs === $String ? $util.Long.prototype.toString.call(message.poolId) : options.longs === $Number ? new $util.LongBits(message.poolId.low >>> 0, message.poolId.high >>> 0).toNumber(true) : message.poolId;
                    if (message.denomIn != null && $Object.hasOwnProperty.call(message, "denomIn"))
                        object.denomIn = message.denomIn;
                    if (message.amount != null && $Object.hasOwnProperty.call(message, "amount"))
                        object.amount = message.amount;
                    if (message.exactOut != null && $Object.hasOwnProperty.call(message, "exactOut"))
                        object.exactOut = message.exactOut;
                    if (message.sqrtPriceLimitX96 != null && $Object.hasOwnProperty.call(message, "sqrtPriceLimitX96"))
                        object.sqrtPriceLimitX96 = message.sqrtPriceLimitX96;
                    return object;
                };

                /**
                 * Converts this QuerySimulateSwapRequest to JSON.
                 * @function toJSON
                 * @memberof marketchain.amm.v1.QuerySimulateSwapRequest
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                QuerySimulateSwapRequest.prototype.toJSON = function() {
                    return QuerySimulateSwapRequest.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for QuerySimulateSwapRequest
                 * @function getTypeUrl
                 * @memberof marketchain.amm.v1.QuerySimulateSwapRequest
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                QuerySimulateSwapRequest.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/marketchain.amm.v1.QuerySimulateSwapRequest";
                };

                return QuerySimulateSwapRequest;
            })();

            v1.QuerySimulateSwapResponse = (function() {

                /**
                 * Properties of a QuerySimulateSwapResponse.
                 * @typedef {Object} marketchain.amm.v1.QuerySimulateSwapResponse.$Properties
                 * @property {string|null} [amountIn] QuerySimulateSwapResponse amountIn
                 * @property {string|null} [amountOut] QuerySimulateSwapResponse amountOut
                 * @property {string|null} [fee] QuerySimulateSwapResponse fee
                 * @property {string|null} [executionPrice] QuerySimulateSwapResponse executionPrice
                 * @property {string|null} [priceBefore] QuerySimulateSwapResponse priceBefore
                 * @property {string|null} [priceAfter] QuerySimulateSwapResponse priceAfter
                 * @property {string|null} [priceImpact] QuerySimulateSwapResponse priceImpact
                 * @property {string|null} [sqrtPriceAfterX96] QuerySimulateSwapResponse sqrtPriceAfterX96
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a QuerySimulateSwapResponse.
                 * @memberof marketchain.amm.v1
                 * @interface IQuerySimulateSwapResponse
                 * @augments marketchain.amm.v1.QuerySimulateSwapResponse.$Properties
                 * @deprecated Use marketchain.amm.v1.QuerySimulateSwapResponse.$Properties instead.
                 */

                /**
                 * Shape of a QuerySimulateSwapResponse.
                 * @typedef {marketchain.amm.v1.QuerySimulateSwapResponse.$Properties} marketchain.amm.v1.QuerySimulateSwapResponse.$Shape
                 */

                /**
                 * Constructs a new QuerySimulateSwapResponse.
                 * @memberof marketchain.amm.v1
                 * @classdesc Represents a QuerySimulateSwapResponse.
                 * @constructor
                 * @param {marketchain.amm.v1.QuerySimulateSwapResponse.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const QuerySimulateSwapResponse = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * QuerySimulateSwapResponse amountIn.
                 * @member {string} amountIn
                 * @memberof marketchain.amm.v1.QuerySimulateSwapResponse
                 * @instance
                 */
                QuerySimulateSwapResponse.prototype.amountIn = "";

                /**
                 * QuerySimulateSwapResponse amountOut.
                 * @member {string} amountOut
                 * @memberof marketchain.amm.v1.QuerySimulateSwapResponse
                 * @instance
                 */
                QuerySimulateSwapResponse.prototype.amountOut = "";

                /**
                 * QuerySimulateSwapResponse fee.
                 * @member {string} fee
                 * @memberof marketchain.amm.v1.QuerySimulateSwapResponse
                 * @instance
                 */
                QuerySimulateSwapResponse.prototype.fee = "";

                /**
                 * QuerySimulateSwapResponse executionPrice.
                 * @member {string} executionPrice
                 * @memberof marketchain.amm.v1.QuerySimulateSwapResponse
                 * @instance
                 */
                QuerySimulateSwapResponse.prototype.executionPrice = "";

                /**
                 * QuerySimulateSwapResponse priceBefore.
                 * @member {string} priceBefore
                 * @memberof marketchain.amm.v1.QuerySimulateSwapResponse
                 * @instance
                 */
                QuerySimulateSwapResponse.prototype.priceBefore = "";

                /**
                 * QuerySimulateSwapResponse priceAfter.
                 * @member {string} priceAfter
                 * @memberof marketchain.amm.v1.QuerySimulateSwapResponse
                 * @instance
                 */
                QuerySimulateSwapResponse.prototype.priceAfter = "";

                /**
                 * QuerySimulateSwapResponse priceImpact.
                 * @member {string} priceImpact
                 * @memberof marketchain.amm.v1.QuerySimulateSwapResponse
                 * @instance
                 */
                QuerySimulateSwapResponse.prototype.priceImpact = "";

                /**
                 * QuerySimulateSwapResponse sqrtPriceAfterX96.
                 * @member {string} sqrtPriceAfterX96
                 * @memberof marketchain.amm.v1.QuerySimulateSwapResponse
                 * @instance
                 */
                QuerySimulateSwapResponse.prototype.sqrtPriceAfterX96 = "";

                /**
                 * Creates a new QuerySimulateSwapResponse instance using the specified properties.
                 * @function create
                 * @memberof marketchain.amm.v1.QuerySimulateSwapResponse
                 * @static
                 * @param {marketchain.amm.v1.QuerySimulateSwapResponse.$Properties=} [properties] Properties to set
                 * @returns {marketchain.amm.v1.QuerySimulateSwapResponse} QuerySimulateSwapResponse instance
                 * @type {{
                 *   (properties: marketchain.amm.v1.QuerySimulateSwapResponse.$Shape): marketchain.amm.v1.QuerySimulateSwapResponse & marketchain.amm.v1.QuerySimulateSwapResponse.$Shape;
                 *   (properties?: marketchain.amm.v1.QuerySimulateSwapResponse.$Properties): marketchain.amm.v1.QuerySimulateSwapResponse;
                 * }}
                 */
                QuerySimulateSwapResponse.create = function(properties) {
                    return new QuerySimulateSwapResponse(properties);
                };

                /**
                 * Encodes the specified QuerySimulateSwapResponse message. Does not implicitly {@link marketchain.amm.v1.QuerySimulateSwapResponse.verify|verify} messages.
                 * @function encode
                 * @memberof marketchain.amm.v1.QuerySimulateSwapResponse
                 * @static
                 * @param {marketchain.amm.v1.QuerySimulateSwapResponse.$Properties} message QuerySimulateSwapResponse message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                QuerySimulateSwapResponse.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.amountIn != null && $Object.hasOwnProperty.call(message, "amountIn") && message.amountIn !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.amountIn);
                    if (message.amountOut != null && $Object.hasOwnProperty.call(message, "amountOut") && message.amountOut !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.amountOut);
                    if (message.fee != null && $Object.hasOwnProperty.call(message, "fee") && message.fee !== "")
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.fee);
                    if (message.executionPrice != null && $Object.hasOwnProperty.call(message, "executionPrice") && message.executionPrice !== "")
                        writer.uint32(/* id 4, wireType 2 =*/34).string(message.executionPrice);
                    if (message.priceBefore != null && $Object.hasOwnProperty.call(message, "priceBefore") && message.priceBefore !== "")
                        writer.uint32(/* id 5, wireType 2 =*/42).string(message.priceBefore);
                    if (message.priceAfter != null && $Object.hasOwnProperty.call(message, "priceAfter") && message.priceAfter !== "")
                        writer.uint32(/* id 6, wireType 2 =*/50).string(message.priceAfter);
                    if (message.priceImpact != null && $Object.hasOwnProperty.call(message, "priceImpact") && message.priceImpact !== "")
                        writer.uint32(/* id 7, wireType 2 =*/58).string(message.priceImpact);
                    if (message.sqrtPriceAfterX96 != null && $Object.hasOwnProperty.call(message, "sqrtPriceAfterX96") && message.sqrtPriceAfterX96 !== "")
                        writer.uint32(/* id 8, wireType 2 =*/66).string(message.sqrtPriceAfterX96);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a QuerySimulateSwapResponse message from the specified reader or buffer.
                 * @function decode
                 * @memberof marketchain.amm.v1.QuerySimulateSwapResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {marketchain.amm.v1.QuerySimulateSwapResponse & marketchain.amm.v1.QuerySimulateSwapResponse.$Shape} QuerySimulateSwapResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                QuerySimulateSwapResponse.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.marketchain.amm.v1.QuerySimulateSwapResponse();
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
                                    message.amountIn = value;
                                else
                                    delete message.amountIn;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.amountOut = value;
                                else
                                    delete message.amountOut;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.fee = value;
                                else
                                    delete message.fee;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.executionPrice = value;
                                else
                                    delete message.executionPrice;
                                continue;
                            }
                        case 5: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.priceBefore = value;
                                else
                                    delete message.priceBefore;
                                continue;
                            }
                        case 6: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.priceAfter = value;
                                else
                                    delete message.priceAfter;
                                continue;
                            }
                        case 7: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.priceImpact = value;
                                else
                                    delete message.priceImpact;
                                continue;
                            }
                        case 8: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.sqrtPriceAfterX96 = value;
                                else
                                    delete message.sqrtPriceAfterX96;
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
                 * Creates a QuerySimulateSwapResponse message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof marketchain.amm.v1.QuerySimulateSwapResponse
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {marketchain.amm.v1.QuerySimulateSwapResponse} QuerySimulateSwapResponse
                 */
                QuerySimulateSwapResponse.fromObject = function (object, _depth) {
                    if (object instanceof $root.marketchain.amm.v1.QuerySimulateSwapResponse)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".marketchain.amm.v1.QuerySimulateSwapResponse: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.marketchain.amm.v1.QuerySimulateSwapResponse();
                    if (object.amountIn != null)
                        if (typeof object.amountIn !== "string" || object.amountIn.length)
                            message.amountIn = $String(object.amountIn);
                    if (object.amountOut != null)
                        if (typeof object.amountOut !== "string" || object.amountOut.length)
                            message.amountOut = $String(object.amountOut);
                    if (object.fee != null)
                        if (typeof object.fee !== "string" || object.fee.length)
                            message.fee = $String(object.fee);
                    if (object.executionPrice != null)
                        if (typeof object.executionPrice !== "string" || object.executionPrice.length)
                            message.executionPrice = $String(object.executionPrice);
                    if (object.priceBefore != null)
                        if (typeof object.priceBefore !== "string" || object.priceBefore.length)
                            message.priceBefore = $String(object.priceBefore);
                    if (object.priceAfter != null)
                        if (typeof object.priceAfter !== "string" || object.priceAfter.length)
                            message.priceAfter = $String(object.priceAfter);
                    if (object.priceImpact != null)
                        if (typeof object.priceImpact !== "string" || object.priceImpact.length)
                            message.priceImpact = $String(object.priceImpact);
                    if (object.sqrtPriceAfterX96 != null)
                        if (typeof object.sqrtPriceAfterX96 !== "string" || object.sqrtPriceAfterX96.length)
                            message.sqrtPriceAfterX96 = $String(object.sqrtPriceAfterX96);
                    return message;
                };

                /**
                 * Creates a plain object from a QuerySimulateSwapResponse message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof marketchain.amm.v1.QuerySimulateSwapResponse
                 * @static
                 * @param {marketchain.amm.v1.QuerySimulateSwapResponse} message QuerySimulateSwapResponse
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                QuerySimulateSwapResponse.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.amountIn = "";
                        object.amountOut = "";
                        object.fee = "";
                        object.executionPrice = "";
                        object.priceBefore = "";
                        object.priceAfter = "";
                        object.priceImpact = "";
                        object.sqrtPriceAfterX96 = "";
                    }
                    if (message.amountIn != null && $Object.hasOwnProperty.call(message, "amountIn"))
                        object.amountIn = message.amountIn;
                    if (message.amountOut != null && $Object.hasOwnProperty.call(message, "amountOut"))
                        object.amountOut = message.amountOut;
                    if (message.fee != null && $Object.hasOwnProperty.call(message, "fee"))
                        object.fee = message.fee;
                    if (message.executionPrice != null && $Object.hasOwnProperty.call(message, "executionPrice"))
                        object.executionPrice = message.executionPrice;
                    if (message.priceBefore != null && $Object.hasOwnProperty.call(message, "priceBefore"))
                        object.priceBefore = message.priceBefore;
                    if (message.priceAfter != null && $Object.hasOwnProperty.call(message, "priceAfter"))
                        object.priceAfter = message.priceAfter;
                    if (message.priceImpact != null && $Object.hasOwnProperty.call(message, "priceImpact"))
                        object.priceImpact = message.priceImpact;
                    if (message.sqrtPriceAfterX96 != null && $Object.hasOwnProperty.call(message, "sqrtPriceAfterX96"))
                        object.sqrtPriceAfterX96 = message.sqrtPriceAfterX96;
                    return object;
                };

                /**
                 * Converts this QuerySimulateSwapResponse to JSON.
                 * @function toJSON
                 * @memberof marketchain.amm.v1.QuerySimulateSwapResponse
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                QuerySimulateSwapResponse.prototype.toJSON = function() {
                    return QuerySimulateSwapResponse.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for QuerySimulateSwapResponse
                 * @function getTypeUrl
                 * @memberof marketchain.amm.v1.QuerySimulateSwapResponse
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                QuerySimulateSwapResponse.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/marketchain.amm.v1.QuerySimulateSwapResponse";
                };

                return QuerySimulateSwapResponse;
            })();

            v1.MsgCreatePool = (function() {

                /**
                 * Properties of a MsgCreatePool.
                 * @typedef {Object} marketchain.amm.v1.MsgCreatePool.$Properties
                 * @property {string|null} [sender] MsgCreatePool sender
                 * @property {string|null} [denom0] MsgCreatePool denom0
                 * @property {string|null} [denom1] MsgCreatePool denom1
                 * @property {string|null} [price] MsgCreatePool price
                 * @property {string|null} [priceLower] MsgCreatePool priceLower
                 * @property {string|null} [priceUpper] MsgCreatePool priceUpper
                 * @property {number|null} [feePips] MsgCreatePool feePips
                 * @property {number|null} [betaPpm] MsgCreatePool betaPpm
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a MsgCreatePool.
                 * @memberof marketchain.amm.v1
                 * @interface IMsgCreatePool
                 * @augments marketchain.amm.v1.MsgCreatePool.$Properties
                 * @deprecated Use marketchain.amm.v1.MsgCreatePool.$Properties instead.
                 */

                /**
                 * Shape of a MsgCreatePool.
                 * @typedef {marketchain.amm.v1.MsgCreatePool.$Properties} marketchain.amm.v1.MsgCreatePool.$Shape
                 */

                /**
                 * Constructs a new MsgCreatePool.
                 * @memberof marketchain.amm.v1
                 * @classdesc Represents a MsgCreatePool.
                 * @constructor
                 * @param {marketchain.amm.v1.MsgCreatePool.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const MsgCreatePool = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * MsgCreatePool sender.
                 * @member {string} sender
                 * @memberof marketchain.amm.v1.MsgCreatePool
                 * @instance
                 */
                MsgCreatePool.prototype.sender = "";

                /**
                 * MsgCreatePool denom0.
                 * @member {string} denom0
                 * @memberof marketchain.amm.v1.MsgCreatePool
                 * @instance
                 */
                MsgCreatePool.prototype.denom0 = "";

                /**
                 * MsgCreatePool denom1.
                 * @member {string} denom1
                 * @memberof marketchain.amm.v1.MsgCreatePool
                 * @instance
                 */
                MsgCreatePool.prototype.denom1 = "";

                /**
                 * MsgCreatePool price.
                 * @member {string} price
                 * @memberof marketchain.amm.v1.MsgCreatePool
                 * @instance
                 */
                MsgCreatePool.prototype.price = "";

                /**
                 * MsgCreatePool priceLower.
                 * @member {string} priceLower
                 * @memberof marketchain.amm.v1.MsgCreatePool
                 * @instance
                 */
                MsgCreatePool.prototype.priceLower = "";

                /**
                 * MsgCreatePool priceUpper.
                 * @member {string} priceUpper
                 * @memberof marketchain.amm.v1.MsgCreatePool
                 * @instance
                 */
                MsgCreatePool.prototype.priceUpper = "";

                /**
                 * MsgCreatePool feePips.
                 * @member {number} feePips
                 * @memberof marketchain.amm.v1.MsgCreatePool
                 * @instance
                 */
                MsgCreatePool.prototype.feePips = 0;

                /**
                 * MsgCreatePool betaPpm.
                 * @member {number} betaPpm
                 * @memberof marketchain.amm.v1.MsgCreatePool
                 * @instance
                 */
                MsgCreatePool.prototype.betaPpm = 0;

                /**
                 * Creates a new MsgCreatePool instance using the specified properties.
                 * @function create
                 * @memberof marketchain.amm.v1.MsgCreatePool
                 * @static
                 * @param {marketchain.amm.v1.MsgCreatePool.$Properties=} [properties] Properties to set
                 * @returns {marketchain.amm.v1.MsgCreatePool} MsgCreatePool instance
                 * @type {{
                 *   (properties: marketchain.amm.v1.MsgCreatePool.$Shape): marketchain.amm.v1.MsgCreatePool & marketchain.amm.v1.MsgCreatePool.$Shape;
                 *   (properties?: marketchain.amm.v1.MsgCreatePool.$Properties): marketchain.amm.v1.MsgCreatePool;
                 * }}
                 */
                MsgCreatePool.create = function(properties) {
                    return new MsgCreatePool(properties);
                };

                /**
                 * Encodes the specified MsgCreatePool message. Does not implicitly {@link marketchain.amm.v1.MsgCreatePool.verify|verify} messages.
                 * @function encode
                 * @memberof marketchain.amm.v1.MsgCreatePool
                 * @static
                 * @param {marketchain.amm.v1.MsgCreatePool.$Properties} message MsgCreatePool message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                MsgCreatePool.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.sender != null && $Object.hasOwnProperty.call(message, "sender") && message.sender !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.sender);
                    if (message.denom0 != null && $Object.hasOwnProperty.call(message, "denom0") && message.denom0 !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.denom0);
                    if (message.denom1 != null && $Object.hasOwnProperty.call(message, "denom1") && message.denom1 !== "")
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.denom1);
                    if (message.price != null && $Object.hasOwnProperty.call(message, "price") && message.price !== "")
                        writer.uint32(/* id 4, wireType 2 =*/34).string(message.price);
                    if (message.priceLower != null && $Object.hasOwnProperty.call(message, "priceLower") && message.priceLower !== "")
                        writer.uint32(/* id 5, wireType 2 =*/42).string(message.priceLower);
                    if (message.priceUpper != null && $Object.hasOwnProperty.call(message, "priceUpper") && message.priceUpper !== "")
                        writer.uint32(/* id 6, wireType 2 =*/50).string(message.priceUpper);
                    if (message.feePips != null && $Object.hasOwnProperty.call(message, "feePips") && message.feePips !== 0)
                        writer.uint32(/* id 7, wireType 0 =*/56).uint32(message.feePips);
                    if (message.betaPpm != null && $Object.hasOwnProperty.call(message, "betaPpm") && message.betaPpm !== 0)
                        writer.uint32(/* id 8, wireType 0 =*/64).uint32(message.betaPpm);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a MsgCreatePool message from the specified reader or buffer.
                 * @function decode
                 * @memberof marketchain.amm.v1.MsgCreatePool
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {marketchain.amm.v1.MsgCreatePool & marketchain.amm.v1.MsgCreatePool.$Shape} MsgCreatePool
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                MsgCreatePool.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.marketchain.amm.v1.MsgCreatePool();
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
                                    message.denom0 = value;
                                else
                                    delete message.denom0;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.denom1 = value;
                                else
                                    delete message.denom1;
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
                        case 5: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.priceLower = value;
                                else
                                    delete message.priceLower;
                                continue;
                            }
                        case 6: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.priceUpper = value;
                                else
                                    delete message.priceUpper;
                                continue;
                            }
                        case 7: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.feePips = value;
                                else
                                    delete message.feePips;
                                continue;
                            }
                        case 8: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.betaPpm = value;
                                else
                                    delete message.betaPpm;
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
                 * Creates a MsgCreatePool message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof marketchain.amm.v1.MsgCreatePool
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {marketchain.amm.v1.MsgCreatePool} MsgCreatePool
                 */
                MsgCreatePool.fromObject = function (object, _depth) {
                    if (object instanceof $root.marketchain.amm.v1.MsgCreatePool)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".marketchain.amm.v1.MsgCreatePool: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.marketchain.amm.v1.MsgCreatePool();
                    if (object.sender != null)
                        if (typeof object.sender !== "string" || object.sender.length)
                            message.sender = $String(object.sender);
                    if (object.denom0 != null)
                        if (typeof object.denom0 !== "string" || object.denom0.length)
                            message.denom0 = $String(object.denom0);
                    if (object.denom1 != null)
                        if (typeof object.denom1 !== "string" || object.denom1.length)
                            message.denom1 = $String(object.denom1);
                    if (object.price != null)
                        if (typeof object.price !== "string" || object.price.length)
                            message.price = $String(object.price);
                    if (object.priceLower != null)
                        if (typeof object.priceLower !== "string" || object.priceLower.length)
                            message.priceLower = $String(object.priceLower);
                    if (object.priceUpper != null)
                        if (typeof object.priceUpper !== "string" || object.priceUpper.length)
                            message.priceUpper = $String(object.priceUpper);
                    if (object.feePips != null)
                        if ($Number(object.feePips) !== 0)
                            message.feePips = object.feePips >>> 0;
                    if (object.betaPpm != null)
                        if ($Number(object.betaPpm) !== 0)
                            message.betaPpm = object.betaPpm >>> 0;
                    return message;
                };

                /**
                 * Creates a plain object from a MsgCreatePool message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof marketchain.amm.v1.MsgCreatePool
                 * @static
                 * @param {marketchain.amm.v1.MsgCreatePool} message MsgCreatePool
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                MsgCreatePool.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.sender = "";
                        object.denom0 = "";
                        object.denom1 = "";
                        object.price = "";
                        object.priceLower = "";
                        object.priceUpper = "";
                        object.feePips = 0;
                        object.betaPpm = 0;
                    }
                    if (message.sender != null && $Object.hasOwnProperty.call(message, "sender"))
                        object.sender = message.sender;
                    if (message.denom0 != null && $Object.hasOwnProperty.call(message, "denom0"))
                        object.denom0 = message.denom0;
                    if (message.denom1 != null && $Object.hasOwnProperty.call(message, "denom1"))
                        object.denom1 = message.denom1;
                    if (message.price != null && $Object.hasOwnProperty.call(message, "price"))
                        object.price = message.price;
                    if (message.priceLower != null && $Object.hasOwnProperty.call(message, "priceLower"))
                        object.priceLower = message.priceLower;
                    if (message.priceUpper != null && $Object.hasOwnProperty.call(message, "priceUpper"))
                        object.priceUpper = message.priceUpper;
                    if (message.feePips != null && $Object.hasOwnProperty.call(message, "feePips"))
                        object.feePips = message.feePips;
                    if (message.betaPpm != null && $Object.hasOwnProperty.call(message, "betaPpm"))
                        object.betaPpm = message.betaPpm;
                    return object;
                };

                /**
                 * Converts this MsgCreatePool to JSON.
                 * @function toJSON
                 * @memberof marketchain.amm.v1.MsgCreatePool
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                MsgCreatePool.prototype.toJSON = function() {
                    return MsgCreatePool.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for MsgCreatePool
                 * @function getTypeUrl
                 * @memberof marketchain.amm.v1.MsgCreatePool
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                MsgCreatePool.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/marketchain.amm.v1.MsgCreatePool";
                };

                return MsgCreatePool;
            })();

            v1.MsgCreatePoolResponse = (function() {

                /**
                 * Properties of a MsgCreatePoolResponse.
                 * @typedef {Object} marketchain.amm.v1.MsgCreatePoolResponse.$Properties
                 * @property {number|null} [poolId] MsgCreatePoolResponse poolId
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a MsgCreatePoolResponse.
                 * @memberof marketchain.amm.v1
                 * @interface IMsgCreatePoolResponse
                 * @augments marketchain.amm.v1.MsgCreatePoolResponse.$Properties
                 * @deprecated Use marketchain.amm.v1.MsgCreatePoolResponse.$Properties instead.
                 */

                /**
                 * Shape of a MsgCreatePoolResponse.
                 * @typedef {marketchain.amm.v1.MsgCreatePoolResponse.$Properties} marketchain.amm.v1.MsgCreatePoolResponse.$Shape
                 */

                /**
                 * Constructs a new MsgCreatePoolResponse.
                 * @memberof marketchain.amm.v1
                 * @classdesc Represents a MsgCreatePoolResponse.
                 * @constructor
                 * @param {marketchain.amm.v1.MsgCreatePoolResponse.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const MsgCreatePoolResponse = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * MsgCreatePoolResponse poolId.
                 * @member {number} poolId
                 * @memberof marketchain.amm.v1.MsgCreatePoolResponse
                 * @instance
                 */
                MsgCreatePoolResponse.prototype.poolId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Creates a new MsgCreatePoolResponse instance using the specified properties.
                 * @function create
                 * @memberof marketchain.amm.v1.MsgCreatePoolResponse
                 * @static
                 * @param {marketchain.amm.v1.MsgCreatePoolResponse.$Properties=} [properties] Properties to set
                 * @returns {marketchain.amm.v1.MsgCreatePoolResponse} MsgCreatePoolResponse instance
                 * @type {{
                 *   (properties: marketchain.amm.v1.MsgCreatePoolResponse.$Shape): marketchain.amm.v1.MsgCreatePoolResponse & marketchain.amm.v1.MsgCreatePoolResponse.$Shape;
                 *   (properties?: marketchain.amm.v1.MsgCreatePoolResponse.$Properties): marketchain.amm.v1.MsgCreatePoolResponse;
                 * }}
                 */
                MsgCreatePoolResponse.create = function(properties) {
                    return new MsgCreatePoolResponse(properties);
                };

                /**
                 * Encodes the specified MsgCreatePoolResponse message. Does not implicitly {@link marketchain.amm.v1.MsgCreatePoolResponse.verify|verify} messages.
                 * @function encode
                 * @memberof marketchain.amm.v1.MsgCreatePoolResponse
                 * @static
                 * @param {marketchain.amm.v1.MsgCreatePoolResponse.$Properties} message MsgCreatePoolResponse message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                MsgCreatePoolResponse.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.poolId != null && $Object.hasOwnProperty.call(message, "poolId") && (typeof message.poolId === "object" ? message.poolId.low || message.poolId.high : message.poolId !== 0))
                        writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.poolId);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a MsgCreatePoolResponse message from the specified reader or buffer.
                 * @function decode
                 * @memberof marketchain.amm.v1.MsgCreatePoolResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {marketchain.amm.v1.MsgCreatePoolResponse & marketchain.amm.v1.MsgCreatePoolResponse.$Shape} MsgCreatePoolResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                MsgCreatePoolResponse.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.marketchain.amm.v1.MsgCreatePoolResponse();
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
                                    message.poolId = value;
                                else
                                    delete message.poolId;
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
                 * Creates a MsgCreatePoolResponse message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof marketchain.amm.v1.MsgCreatePoolResponse
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {marketchain.amm.v1.MsgCreatePoolResponse} MsgCreatePoolResponse
                 */
                MsgCreatePoolResponse.fromObject = function (object, _depth) {
                    if (object instanceof $root.marketchain.amm.v1.MsgCreatePoolResponse)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".marketchain.amm.v1.MsgCreatePoolResponse: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.marketchain.amm.v1.MsgCreatePoolResponse();
                    if (object.poolId != null)
                        if (typeof object.poolId === "object" ? object.poolId.low || object.poolId.high : $Number(object.poolId) !== 0)
                            if ($util.Long)
                                message.poolId = $util.Long.fromValue(object.poolId, true);
                            else if (typeof object.poolId === "string")
                                message.poolId = $parseInt(object.poolId, 10);
                            else if (typeof object.poolId === "number")
                                message.poolId = object.poolId;
                            else if (typeof object.poolId === "object")
                                message.poolId = new $util.LongBits(object.poolId.low >>> 0, object.poolId.high >>> 0).toNumber(true);
                    return message;
                };

                /**
                 * Creates a plain object from a MsgCreatePoolResponse message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof marketchain.amm.v1.MsgCreatePoolResponse
                 * @static
                 * @param {marketchain.amm.v1.MsgCreatePoolResponse} message MsgCreatePoolResponse
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                MsgCreatePoolResponse.toObject = function (message, options, _depth) {
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
                            object.poolId = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.poolId = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if (message.poolId != null && $Object.hasOwnProperty.call(message, "poolId"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.poolId = typeof message.poolId === "number" ? $BigInt(message.poolId) : $util.Long.fromBits(message.poolId.low >>> 0, message.poolId.high >>> 0, true).toBigInt();
                        else if (typeof message.poolId === "number")
                            object.poolId = options.longs === $String ? $String(message.poolId) : message.poolId;
                        else
                            object.poolId = options.longs === $String ? $util.Long.prototype.toString.call(message.poolId) : options.longs === $Number ? new $util.LongBits(message.poolId.low >>> 0, message.poolId.high >>> 0).toNumber(true) : message.poolId;
                    return object;
                };

                /**
                 * Converts this MsgCreatePoolResponse to JSON.
                 * @function toJSON
                 * @memberof marketchain.amm.v1.MsgCreatePoolResponse
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                MsgCreatePoolResponse.prototype.toJSON = function() {
                    return MsgCreatePoolResponse.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for MsgCreatePoolResponse
                 * @function getTypeUrl
                 * @memberof marketchain.amm.v1.MsgCreatePoolResponse
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                MsgCreatePoolResponse.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/marketchain.amm.v1.MsgCreatePoolResponse";
                };

                return MsgCreatePoolResponse;
            })();

            v1.MsgSetPoolParams = (function() {

                /**
                 * Properties of a MsgSetPoolParams.
                 * @typedef {Object} marketchain.amm.v1.MsgSetPoolParams.$Properties
                 * @property {string|null} [sender] MsgSetPoolParams sender
                 * @property {number|null} [poolId] MsgSetPoolParams poolId
                 * @property {number|null} [feePips] MsgSetPoolParams feePips
                 * @property {number|null} [betaPpm] MsgSetPoolParams betaPpm
                 * @property {number|null} [minLongCommitmentBlocks] MsgSetPoolParams minLongCommitmentBlocks
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a MsgSetPoolParams.
                 * @memberof marketchain.amm.v1
                 * @interface IMsgSetPoolParams
                 * @augments marketchain.amm.v1.MsgSetPoolParams.$Properties
                 * @deprecated Use marketchain.amm.v1.MsgSetPoolParams.$Properties instead.
                 */

                /**
                 * Shape of a MsgSetPoolParams.
                 * @typedef {marketchain.amm.v1.MsgSetPoolParams.$Properties} marketchain.amm.v1.MsgSetPoolParams.$Shape
                 */

                /**
                 * Constructs a new MsgSetPoolParams.
                 * @memberof marketchain.amm.v1
                 * @classdesc Represents a MsgSetPoolParams.
                 * @constructor
                 * @param {marketchain.amm.v1.MsgSetPoolParams.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const MsgSetPoolParams = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * MsgSetPoolParams sender.
                 * @member {string} sender
                 * @memberof marketchain.amm.v1.MsgSetPoolParams
                 * @instance
                 */
                MsgSetPoolParams.prototype.sender = "";

                /**
                 * MsgSetPoolParams poolId.
                 * @member {number} poolId
                 * @memberof marketchain.amm.v1.MsgSetPoolParams
                 * @instance
                 */
                MsgSetPoolParams.prototype.poolId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * MsgSetPoolParams feePips.
                 * @member {number} feePips
                 * @memberof marketchain.amm.v1.MsgSetPoolParams
                 * @instance
                 */
                MsgSetPoolParams.prototype.feePips = 0;

                /**
                 * MsgSetPoolParams betaPpm.
                 * @member {number} betaPpm
                 * @memberof marketchain.amm.v1.MsgSetPoolParams
                 * @instance
                 */
                MsgSetPoolParams.prototype.betaPpm = 0;

                /**
                 * MsgSetPoolParams minLongCommitmentBlocks.
                 * @member {number} minLongCommitmentBlocks
                 * @memberof marketchain.amm.v1.MsgSetPoolParams
                 * @instance
                 */
                MsgSetPoolParams.prototype.minLongCommitmentBlocks = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Creates a new MsgSetPoolParams instance using the specified properties.
                 * @function create
                 * @memberof marketchain.amm.v1.MsgSetPoolParams
                 * @static
                 * @param {marketchain.amm.v1.MsgSetPoolParams.$Properties=} [properties] Properties to set
                 * @returns {marketchain.amm.v1.MsgSetPoolParams} MsgSetPoolParams instance
                 * @type {{
                 *   (properties: marketchain.amm.v1.MsgSetPoolParams.$Shape): marketchain.amm.v1.MsgSetPoolParams & marketchain.amm.v1.MsgSetPoolParams.$Shape;
                 *   (properties?: marketchain.amm.v1.MsgSetPoolParams.$Properties): marketchain.amm.v1.MsgSetPoolParams;
                 * }}
                 */
                MsgSetPoolParams.create = function(properties) {
                    return new MsgSetPoolParams(properties);
                };

                /**
                 * Encodes the specified MsgSetPoolParams message. Does not implicitly {@link marketchain.amm.v1.MsgSetPoolParams.verify|verify} messages.
                 * @function encode
                 * @memberof marketchain.amm.v1.MsgSetPoolParams
                 * @static
                 * @param {marketchain.amm.v1.MsgSetPoolParams.$Properties} message MsgSetPoolParams message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                MsgSetPoolParams.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.sender != null && $Object.hasOwnProperty.call(message, "sender") && message.sender !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.sender);
                    if (message.poolId != null && $Object.hasOwnProperty.call(message, "poolId") && (typeof message.poolId === "object" ? message.poolId.low || message.poolId.high : message.poolId !== 0))
                        writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.poolId);
                    if (message.feePips != null && $Object.hasOwnProperty.call(message, "feePips") && message.feePips !== 0)
                        writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.feePips);
                    if (message.betaPpm != null && $Object.hasOwnProperty.call(message, "betaPpm") && message.betaPpm !== 0)
                        writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.betaPpm);
                    if (message.minLongCommitmentBlocks != null && $Object.hasOwnProperty.call(message, "minLongCommitmentBlocks") && (typeof message.minLongCommitmentBlocks === "object" ? message.minLongCommitmentBlocks.low || message.minLongCommitmentBlocks.high : message.minLongCommitmentBlocks !== 0))
                        writer.uint32(/* id 5, wireType 0 =*/40).uint64(message.minLongCommitmentBlocks);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a MsgSetPoolParams message from the specified reader or buffer.
                 * @function decode
                 * @memberof marketchain.amm.v1.MsgSetPoolParams
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {marketchain.amm.v1.MsgSetPoolParams & marketchain.amm.v1.MsgSetPoolParams.$Shape} MsgSetPoolParams
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                MsgSetPoolParams.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.marketchain.amm.v1.MsgSetPoolParams();
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
                                    message.poolId = value;
                                else
                                    delete message.poolId;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.feePips = value;
                                else
                                    delete message.feePips;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.betaPpm = value;
                                else
                                    delete message.betaPpm;
                                continue;
                            }
                        case 5: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.minLongCommitmentBlocks = value;
                                else
                                    delete message.minLongCommitmentBlocks;
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
                 * Creates a MsgSetPoolParams message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof marketchain.amm.v1.MsgSetPoolParams
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {marketchain.amm.v1.MsgSetPoolParams} MsgSetPoolParams
                 */
                MsgSetPoolParams.fromObject = function (object, _depth) {
                    if (object instanceof $root.marketchain.amm.v1.MsgSetPoolParams)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".marketchain.amm.v1.MsgSetPoolParams: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.marketchain.amm.v1.MsgSetPoolParams();
                    if (object.sender != null)
                        if (typeof object.sender !== "string" || object.sender.length)
                            message.sender = $String(object.sender);
                    if (object.poolId != null)
                        if (typeof object.poolId === "object" ? object.poolId.low || object.poolId.high : $Number(object.poolId) !== 0)
                            if ($util.Long)
                                message.poolId = $util.Long.fromValue(object.poolId, true);
                            else if (typeof object.poolId === "string")
                                message.poolId = $parseInt(object.poolId, 10);
                            else if (typeof object.poolId === "number")
                                message.poolId = object.poolId;
                            else if (typeof object.poolId === "object")
                                message.poolId = new $util.LongBits(object.poolId.low >>> 0, object.poolId.high >>> 0).toNumber(true);
                    if (object.feePips != null)
                        if ($Number(object.feePips) !== 0)
                            message.feePips = object.feePips >>> 0;
                    if (object.betaPpm != null)
                        if ($Number(object.betaPpm) !== 0)
                            message.betaPpm = object.betaPpm >>> 0;
                    if (object.minLongCommitmentBlocks != null)
                        if (typeof object.minLongCommitmentBlocks === "object" ? object.minLongCommitmentBlocks.low || object.minLongCommitmentBlocks.high : $Number(object.minLongCommitmentBlocks) !== 0)
                            if ($util.Long)
                                message.minLongCommitmentBlocks = $util.Long.fromValue(object.minLongCommitmentBlocks, true);
                            else if (typeof object.minLongCommitmentBlocks === "string")
                                message.minLongCommitmentBlocks = $parseInt(object.minLongCommitmentBlocks, 10);
                            else if (typeof object.minLongCommitmentBlocks === "number")
                                message.minLongCommitmentBlocks = object.minLongCommitmentBlocks;
                            else if (typeof object.minLongCommitmentBlocks === "object")
                                message.minLongCommitmentBlocks = new $util.LongBits(object.minLongCommitmentBlocks.low >>> 0, object.minLongCommitmentBlocks.high >>> 0).toNumber(true);
                    return message;
                };

                /**
                 * Creates a plain object from a MsgSetPoolParams message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof marketchain.amm.v1.MsgSetPoolParams
                 * @static
                 * @param {marketchain.amm.v1.MsgSetPoolParams} message MsgSetPoolParams
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                MsgSetPoolParams.toObject = function (message, options, _depth) {
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
                            object.poolId = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.poolId = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        object.feePips = 0;
                        object.betaPpm = 0;
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.minLongCommitmentBlocks = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.minLongCommitmentBlocks = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    }
                    if (message.sender != null && $Object.hasOwnProperty.call(message, "sender"))
                        object.sender = message.sender;
                    if (message.poolId != null && $Object.hasOwnProperty.call(message, "poolId"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.poolId = typeof message.poolId === "number" ? $BigInt(message.poolId) : $util.Long.fromBits(message.poolId.low >>> 0, message.poolId.high >>> 0, true).toBigInt();
                        else if (typeof message.poolId === "number")
                            object.poolId = options.longs === $String ? $String(message.poolId) : message.poolId;
                        else
                            object.poolId = options.longs === $String ? $util.Long.prototype.toString.call(message.poolId) : options.longs === $Number ? new $util.LongBits(message.poolId.low >>> 0, message.poolId.high >>> 0).toNumber(true) : message.poolId;
                    if (message.feePips != null && $Object.hasOwnProperty.call(message, "feePips"))
                        object.feePips = message.feePips;
                    if (message.betaPpm != null && $Object.hasOwnProperty.call(message, "betaPpm"))
                        object.betaPpm = message.betaPpm;
                    if (message.minLongCommitmentBlocks != null && $Object.hasOwnProperty.call(message, "minLongCommitmentBlocks"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.minLongCommitmentBlocks = typeof message.minLongCommitmentBlocks === "number" ? $BigInt(message.minLongCommitmentBlocks) : $util.Long.fromBits(message.minLongCommitmentBlocks.low >>> 0, message.minLongCommitmentBlocks.high >>> 0, true).toBigInt();
                        else if (typeof message.minLongCommitmentBlocks === "number")
                            object.minLongCommitmentBlocks = options.longs === $String ? $String(message.minLongCommitmentBlocks) : message.minLongCommitmentBlocks;
                        else
                            object.minLongCommitmentBlocks = options.longs === $String ? $util.Long.prototype.toString.call(message.minLongCommitmentBlocks) : options.longs === $Number ? new $util.LongBits(message.minLongCommitmentBlocks.low >>> 0, message.minLongCommitmentBlocks.high >>> 0).toNumber(true) : message.minLongCommitmentBlocks;
                    return object;
                };

                /**
                 * Converts this MsgSetPoolParams to JSON.
                 * @function toJSON
                 * @memberof marketchain.amm.v1.MsgSetPoolParams
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                MsgSetPoolParams.prototype.toJSON = function() {
                    return MsgSetPoolParams.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for MsgSetPoolParams
                 * @function getTypeUrl
                 * @memberof marketchain.amm.v1.MsgSetPoolParams
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                MsgSetPoolParams.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/marketchain.amm.v1.MsgSetPoolParams";
                };

                return MsgSetPoolParams;
            })();

            v1.MsgSetPoolParamsResponse = (function() {

                /**
                 * Properties of a MsgSetPoolParamsResponse.
                 * @typedef {Object} marketchain.amm.v1.MsgSetPoolParamsResponse.$Properties
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a MsgSetPoolParamsResponse.
                 * @memberof marketchain.amm.v1
                 * @interface IMsgSetPoolParamsResponse
                 * @augments marketchain.amm.v1.MsgSetPoolParamsResponse.$Properties
                 * @deprecated Use marketchain.amm.v1.MsgSetPoolParamsResponse.$Properties instead.
                 */

                /**
                 * Shape of a MsgSetPoolParamsResponse.
                 * @typedef {marketchain.amm.v1.MsgSetPoolParamsResponse.$Properties} marketchain.amm.v1.MsgSetPoolParamsResponse.$Shape
                 */

                /**
                 * Constructs a new MsgSetPoolParamsResponse.
                 * @memberof marketchain.amm.v1
                 * @classdesc Represents a MsgSetPoolParamsResponse.
                 * @constructor
                 * @param {marketchain.amm.v1.MsgSetPoolParamsResponse.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const MsgSetPoolParamsResponse = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * Creates a new MsgSetPoolParamsResponse instance using the specified properties.
                 * @function create
                 * @memberof marketchain.amm.v1.MsgSetPoolParamsResponse
                 * @static
                 * @param {marketchain.amm.v1.MsgSetPoolParamsResponse.$Properties=} [properties] Properties to set
                 * @returns {marketchain.amm.v1.MsgSetPoolParamsResponse} MsgSetPoolParamsResponse instance
                 * @type {{
                 *   (properties: marketchain.amm.v1.MsgSetPoolParamsResponse.$Shape): marketchain.amm.v1.MsgSetPoolParamsResponse & marketchain.amm.v1.MsgSetPoolParamsResponse.$Shape;
                 *   (properties?: marketchain.amm.v1.MsgSetPoolParamsResponse.$Properties): marketchain.amm.v1.MsgSetPoolParamsResponse;
                 * }}
                 */
                MsgSetPoolParamsResponse.create = function(properties) {
                    return new MsgSetPoolParamsResponse(properties);
                };

                /**
                 * Encodes the specified MsgSetPoolParamsResponse message. Does not implicitly {@link marketchain.amm.v1.MsgSetPoolParamsResponse.verify|verify} messages.
                 * @function encode
                 * @memberof marketchain.amm.v1.MsgSetPoolParamsResponse
                 * @static
                 * @param {marketchain.amm.v1.MsgSetPoolParamsResponse.$Properties} message MsgSetPoolParamsResponse message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                MsgSetPoolParamsResponse.encode = function (message, writer, _depth) {
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
                 * Decodes a MsgSetPoolParamsResponse message from the specified reader or buffer.
                 * @function decode
                 * @memberof marketchain.amm.v1.MsgSetPoolParamsResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {marketchain.amm.v1.MsgSetPoolParamsResponse & marketchain.amm.v1.MsgSetPoolParamsResponse.$Shape} MsgSetPoolParamsResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                MsgSetPoolParamsResponse.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.marketchain.amm.v1.MsgSetPoolParamsResponse();
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
                 * Creates a MsgSetPoolParamsResponse message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof marketchain.amm.v1.MsgSetPoolParamsResponse
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {marketchain.amm.v1.MsgSetPoolParamsResponse} MsgSetPoolParamsResponse
                 */
                MsgSetPoolParamsResponse.fromObject = function (object, _depth) {
                    if (object instanceof $root.marketchain.amm.v1.MsgSetPoolParamsResponse)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".marketchain.amm.v1.MsgSetPoolParamsResponse: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    return new $root.marketchain.amm.v1.MsgSetPoolParamsResponse();
                };

                /**
                 * Creates a plain object from a MsgSetPoolParamsResponse message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof marketchain.amm.v1.MsgSetPoolParamsResponse
                 * @static
                 * @param {marketchain.amm.v1.MsgSetPoolParamsResponse} message MsgSetPoolParamsResponse
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                MsgSetPoolParamsResponse.toObject = function () {
                    return {};
                };

                /**
                 * Converts this MsgSetPoolParamsResponse to JSON.
                 * @function toJSON
                 * @memberof marketchain.amm.v1.MsgSetPoolParamsResponse
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                MsgSetPoolParamsResponse.prototype.toJSON = function() {
                    return MsgSetPoolParamsResponse.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for MsgSetPoolParamsResponse
                 * @function getTypeUrl
                 * @memberof marketchain.amm.v1.MsgSetPoolParamsResponse
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                MsgSetPoolParamsResponse.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/marketchain.amm.v1.MsgSetPoolParamsResponse";
                };

                return MsgSetPoolParamsResponse;
            })();

            v1.MsgAddLiquidity = (function() {

                /**
                 * Properties of a MsgAddLiquidity.
                 * @typedef {Object} marketchain.amm.v1.MsgAddLiquidity.$Properties
                 * @property {string|null} [sender] MsgAddLiquidity sender
                 * @property {number|null} [poolId] MsgAddLiquidity poolId
                 * @property {string|null} [amount0Max] MsgAddLiquidity amount0Max
                 * @property {string|null} [amount1Max] MsgAddLiquidity amount1Max
                 * @property {number|null} [commitmentBlocks] MsgAddLiquidity commitmentBlocks
                 * @property {string|null} [amount0Min] MsgAddLiquidity amount0Min
                 * @property {string|null} [amount1Min] MsgAddLiquidity amount1Min
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a MsgAddLiquidity.
                 * @memberof marketchain.amm.v1
                 * @interface IMsgAddLiquidity
                 * @augments marketchain.amm.v1.MsgAddLiquidity.$Properties
                 * @deprecated Use marketchain.amm.v1.MsgAddLiquidity.$Properties instead.
                 */

                /**
                 * Shape of a MsgAddLiquidity.
                 * @typedef {marketchain.amm.v1.MsgAddLiquidity.$Properties} marketchain.amm.v1.MsgAddLiquidity.$Shape
                 */

                /**
                 * Constructs a new MsgAddLiquidity.
                 * @memberof marketchain.amm.v1
                 * @classdesc Represents a MsgAddLiquidity.
                 * @constructor
                 * @param {marketchain.amm.v1.MsgAddLiquidity.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const MsgAddLiquidity = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * MsgAddLiquidity sender.
                 * @member {string} sender
                 * @memberof marketchain.amm.v1.MsgAddLiquidity
                 * @instance
                 */
                MsgAddLiquidity.prototype.sender = "";

                /**
                 * MsgAddLiquidity poolId.
                 * @member {number} poolId
                 * @memberof marketchain.amm.v1.MsgAddLiquidity
                 * @instance
                 */
                MsgAddLiquidity.prototype.poolId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * MsgAddLiquidity amount0Max.
                 * @member {string} amount0Max
                 * @memberof marketchain.amm.v1.MsgAddLiquidity
                 * @instance
                 */
                MsgAddLiquidity.prototype.amount0Max = "";

                /**
                 * MsgAddLiquidity amount1Max.
                 * @member {string} amount1Max
                 * @memberof marketchain.amm.v1.MsgAddLiquidity
                 * @instance
                 */
                MsgAddLiquidity.prototype.amount1Max = "";

                /**
                 * MsgAddLiquidity commitmentBlocks.
                 * @member {number} commitmentBlocks
                 * @memberof marketchain.amm.v1.MsgAddLiquidity
                 * @instance
                 */
                MsgAddLiquidity.prototype.commitmentBlocks = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * MsgAddLiquidity amount0Min.
                 * @member {string} amount0Min
                 * @memberof marketchain.amm.v1.MsgAddLiquidity
                 * @instance
                 */
                MsgAddLiquidity.prototype.amount0Min = "";

                /**
                 * MsgAddLiquidity amount1Min.
                 * @member {string} amount1Min
                 * @memberof marketchain.amm.v1.MsgAddLiquidity
                 * @instance
                 */
                MsgAddLiquidity.prototype.amount1Min = "";

                /**
                 * Creates a new MsgAddLiquidity instance using the specified properties.
                 * @function create
                 * @memberof marketchain.amm.v1.MsgAddLiquidity
                 * @static
                 * @param {marketchain.amm.v1.MsgAddLiquidity.$Properties=} [properties] Properties to set
                 * @returns {marketchain.amm.v1.MsgAddLiquidity} MsgAddLiquidity instance
                 * @type {{
                 *   (properties: marketchain.amm.v1.MsgAddLiquidity.$Shape): marketchain.amm.v1.MsgAddLiquidity & marketchain.amm.v1.MsgAddLiquidity.$Shape;
                 *   (properties?: marketchain.amm.v1.MsgAddLiquidity.$Properties): marketchain.amm.v1.MsgAddLiquidity;
                 * }}
                 */
                MsgAddLiquidity.create = function(properties) {
                    return new MsgAddLiquidity(properties);
                };

                /**
                 * Encodes the specified MsgAddLiquidity message. Does not implicitly {@link marketchain.amm.v1.MsgAddLiquidity.verify|verify} messages.
                 * @function encode
                 * @memberof marketchain.amm.v1.MsgAddLiquidity
                 * @static
                 * @param {marketchain.amm.v1.MsgAddLiquidity.$Properties} message MsgAddLiquidity message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                MsgAddLiquidity.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.sender != null && $Object.hasOwnProperty.call(message, "sender") && message.sender !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.sender);
                    if (message.poolId != null && $Object.hasOwnProperty.call(message, "poolId") && (typeof message.poolId === "object" ? message.poolId.low || message.poolId.high : message.poolId !== 0))
                        writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.poolId);
                    if (message.amount0Max != null && $Object.hasOwnProperty.call(message, "amount0Max") && message.amount0Max !== "")
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.amount0Max);
                    if (message.amount1Max != null && $Object.hasOwnProperty.call(message, "amount1Max") && message.amount1Max !== "")
                        writer.uint32(/* id 4, wireType 2 =*/34).string(message.amount1Max);
                    if (message.commitmentBlocks != null && $Object.hasOwnProperty.call(message, "commitmentBlocks") && (typeof message.commitmentBlocks === "object" ? message.commitmentBlocks.low || message.commitmentBlocks.high : message.commitmentBlocks !== 0))
                        writer.uint32(/* id 5, wireType 0 =*/40).uint64(message.commitmentBlocks);
                    if (message.amount0Min != null && $Object.hasOwnProperty.call(message, "amount0Min") && message.amount0Min !== "")
                        writer.uint32(/* id 6, wireType 2 =*/50).string(message.amount0Min);
                    if (message.amount1Min != null && $Object.hasOwnProperty.call(message, "amount1Min") && message.amount1Min !== "")
                        writer.uint32(/* id 7, wireType 2 =*/58).string(message.amount1Min);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a MsgAddLiquidity message from the specified reader or buffer.
                 * @function decode
                 * @memberof marketchain.amm.v1.MsgAddLiquidity
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {marketchain.amm.v1.MsgAddLiquidity & marketchain.amm.v1.MsgAddLiquidity.$Shape} MsgAddLiquidity
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                MsgAddLiquidity.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.marketchain.amm.v1.MsgAddLiquidity();
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
                                    message.poolId = value;
                                else
                                    delete message.poolId;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.amount0Max = value;
                                else
                                    delete message.amount0Max;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.amount1Max = value;
                                else
                                    delete message.amount1Max;
                                continue;
                            }
                        case 5: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.commitmentBlocks = value;
                                else
                                    delete message.commitmentBlocks;
                                continue;
                            }
                        case 6: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.amount0Min = value;
                                else
                                    delete message.amount0Min;
                                continue;
                            }
                        case 7: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.amount1Min = value;
                                else
                                    delete message.amount1Min;
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
                 * Creates a MsgAddLiquidity message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof marketchain.amm.v1.MsgAddLiquidity
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {marketchain.amm.v1.MsgAddLiquidity} MsgAddLiquidity
                 */
                MsgAddLiquidity.fromObject = function (object, _depth) {
                    if (object instanceof $root.marketchain.amm.v1.MsgAddLiquidity)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".marketchain.amm.v1.MsgAddLiquidity: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.marketchain.amm.v1.MsgAddLiquidity();
                    if (object.sender != null)
                        if (typeof object.sender !== "string" || object.sender.length)
                            message.sender = $String(object.sender);
                    if (object.poolId != null)
                        if (typeof object.poolId === "object" ? object.poolId.low || object.poolId.high : $Number(object.poolId) !== 0)
                            if ($util.Long)
                                message.poolId = $util.Long.fromValue(object.poolId, true);
                            else if (typeof object.poolId === "string")
                                message.poolId = $parseInt(object.poolId, 10);
                            else if (typeof object.poolId === "number")
                                message.poolId = object.poolId;
                            else if (typeof object.poolId === "object")
                                message.poolId = new $util.LongBits(object.poolId.low >>> 0, object.poolId.high >>> 0).toNumber(true);
                    if (object.amount0Max != null)
                        if (typeof object.amount0Max !== "string" || object.amount0Max.length)
                            message.amount0Max = $String(object.amount0Max);
                    if (object.amount1Max != null)
                        if (typeof object.amount1Max !== "string" || object.amount1Max.length)
                            message.amount1Max = $String(object.amount1Max);
                    if (object.commitmentBlocks != null)
                        if (typeof object.commitmentBlocks === "object" ? object.commitmentBlocks.low || object.commitmentBlocks.high : $Number(object.commitmentBlocks) !== 0)
                            if ($util.Long)
                                message.commitmentBlocks = $util.Long.fromValue(object.commitmentBlocks, true);
                            else if (typeof object.commitmentBlocks === "string")
                                message.commitmentBlocks = $parseInt(object.commitmentBlocks, 10);
                            else if (typeof object.commitmentBlocks === "number")
                                message.commitmentBlocks = object.commitmentBlocks;
                            else if (typeof object.commitmentBlocks === "object")
                                message.commitmentBlocks = new $util.LongBits(object.commitmentBlocks.low >>> 0, object.commitmentBlocks.high >>> 0).toNumber(true);
                    if (object.amount0Min != null)
                        if (typeof object.amount0Min !== "string" || object.amount0Min.length)
                            message.amount0Min = $String(object.amount0Min);
                    if (object.amount1Min != null)
                        if (typeof object.amount1Min !== "string" || object.amount1Min.length)
                            message.amount1Min = $String(object.amount1Min);
                    return message;
                };

                /**
                 * Creates a plain object from a MsgAddLiquidity message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof marketchain.amm.v1.MsgAddLiquidity
                 * @static
                 * @param {marketchain.amm.v1.MsgAddLiquidity} message MsgAddLiquidity
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                MsgAddLiquidity.toObject = function (message, options, _depth) {
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
                            object.poolId = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.poolId = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        object.amount0Max = "";
                        object.amount1Max = "";
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.commitmentBlocks = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.commitmentBlocks = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        object.amount0Min = "";
                        object.amount1Min = "";
                    }
                    if (message.sender != null && $Object.hasOwnProperty.call(message, "sender"))
                        object.sender = message.sender;
                    if (message.poolId != null && $Object.hasOwnProperty.call(message, "poolId"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.poolId = typeof message.poolId === "number" ? $BigInt(message.poolId) : $util.Long.fromBits(message.poolId.low >>> 0, message.poolId.high >>> 0, true).toBigInt();
                        else if (typeof message.poolId === "number")
                            object.poolId = options.longs === $String ? $String(message.poolId) : message.poolId;
                        else
                            object.poolId = options.longs === $String ? $util.Long.prototype.toString.call(message.poolId) : options.longs === $Number ? new $util.LongBits(message.poolId.low >>> 0, message.poolId.high >>> 0).toNumber(true) : message.poolId;
                    if (message.amount0Max != null && $Object.hasOwnProperty.call(message, "amount0Max"))
                        object.amount0Max = message.amount0Max;
                    if (message.amount1Max != null && $Object.hasOwnProperty.call(message, "amount1Max"))
                        object.amount1Max = message.amount1Max;
                    if (message.commitmentBlocks != null && $Object.hasOwnProperty.call(message, "commitmentBlocks"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.commitmentBlocks = typeof message.commitmentBlocks === "number" ? $BigInt(message.commitmentBlocks) : $util.Long.fromBits(message.commitmentBlocks.low >>> 0, message.commitmentBlocks.high >>> 0, true).toBigInt();
                        else if (typeof message.commitmentBlocks === "number")
                            object.commitmentBlocks = options.longs === $String ? $String(message.commitmentBlocks) : message.commitmentBlocks;
                        else
                            object.commitmentBlocks = options.longs === $String ? $util.Long.prototype.toString.call(message.commitmentBlocks) : options.longs === $Number ? new $util.LongBits(message.commitmentBlocks.low >>> 0, message.commitmentBlocks.high >>> 0).toNumber(true) : message.commitmentBlocks;
                    if (message.amount0Min != null && $Object.hasOwnProperty.call(message, "amount0Min"))
                        object.amount0Min = message.amount0Min;
                    if (message.amount1Min != null && $Object.hasOwnProperty.call(message, "amount1Min"))
                        object.amount1Min = message.amount1Min;
                    return object;
                };

                /**
                 * Converts this MsgAddLiquidity to JSON.
                 * @function toJSON
                 * @memberof marketchain.amm.v1.MsgAddLiquidity
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                MsgAddLiquidity.prototype.toJSON = function() {
                    return MsgAddLiquidity.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for MsgAddLiquidity
                 * @function getTypeUrl
                 * @memberof marketchain.amm.v1.MsgAddLiquidity
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                MsgAddLiquidity.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/marketchain.amm.v1.MsgAddLiquidity";
                };

                return MsgAddLiquidity;
            })();

            v1.MsgAddLiquidityResponse = (function() {

                /**
                 * Properties of a MsgAddLiquidityResponse.
                 * @typedef {Object} marketchain.amm.v1.MsgAddLiquidityResponse.$Properties
                 * @property {string|null} [positionId] MsgAddLiquidityResponse positionId
                 * @property {string|null} [liquidity] MsgAddLiquidityResponse liquidity
                 * @property {string|null} [amount0] MsgAddLiquidityResponse amount0
                 * @property {string|null} [amount1] MsgAddLiquidityResponse amount1
                 * @property {number|null} [unlockHeight] MsgAddLiquidityResponse unlockHeight
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a MsgAddLiquidityResponse.
                 * @memberof marketchain.amm.v1
                 * @interface IMsgAddLiquidityResponse
                 * @augments marketchain.amm.v1.MsgAddLiquidityResponse.$Properties
                 * @deprecated Use marketchain.amm.v1.MsgAddLiquidityResponse.$Properties instead.
                 */

                /**
                 * Shape of a MsgAddLiquidityResponse.
                 * @typedef {marketchain.amm.v1.MsgAddLiquidityResponse.$Properties} marketchain.amm.v1.MsgAddLiquidityResponse.$Shape
                 */

                /**
                 * Constructs a new MsgAddLiquidityResponse.
                 * @memberof marketchain.amm.v1
                 * @classdesc Represents a MsgAddLiquidityResponse.
                 * @constructor
                 * @param {marketchain.amm.v1.MsgAddLiquidityResponse.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const MsgAddLiquidityResponse = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * MsgAddLiquidityResponse positionId.
                 * @member {string} positionId
                 * @memberof marketchain.amm.v1.MsgAddLiquidityResponse
                 * @instance
                 */
                MsgAddLiquidityResponse.prototype.positionId = "";

                /**
                 * MsgAddLiquidityResponse liquidity.
                 * @member {string} liquidity
                 * @memberof marketchain.amm.v1.MsgAddLiquidityResponse
                 * @instance
                 */
                MsgAddLiquidityResponse.prototype.liquidity = "";

                /**
                 * MsgAddLiquidityResponse amount0.
                 * @member {string} amount0
                 * @memberof marketchain.amm.v1.MsgAddLiquidityResponse
                 * @instance
                 */
                MsgAddLiquidityResponse.prototype.amount0 = "";

                /**
                 * MsgAddLiquidityResponse amount1.
                 * @member {string} amount1
                 * @memberof marketchain.amm.v1.MsgAddLiquidityResponse
                 * @instance
                 */
                MsgAddLiquidityResponse.prototype.amount1 = "";

                /**
                 * MsgAddLiquidityResponse unlockHeight.
                 * @member {number} unlockHeight
                 * @memberof marketchain.amm.v1.MsgAddLiquidityResponse
                 * @instance
                 */
                MsgAddLiquidityResponse.prototype.unlockHeight = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Creates a new MsgAddLiquidityResponse instance using the specified properties.
                 * @function create
                 * @memberof marketchain.amm.v1.MsgAddLiquidityResponse
                 * @static
                 * @param {marketchain.amm.v1.MsgAddLiquidityResponse.$Properties=} [properties] Properties to set
                 * @returns {marketchain.amm.v1.MsgAddLiquidityResponse} MsgAddLiquidityResponse instance
                 * @type {{
                 *   (properties: marketchain.amm.v1.MsgAddLiquidityResponse.$Shape): marketchain.amm.v1.MsgAddLiquidityResponse & marketchain.amm.v1.MsgAddLiquidityResponse.$Shape;
                 *   (properties?: marketchain.amm.v1.MsgAddLiquidityResponse.$Properties): marketchain.amm.v1.MsgAddLiquidityResponse;
                 * }}
                 */
                MsgAddLiquidityResponse.create = function(properties) {
                    return new MsgAddLiquidityResponse(properties);
                };

                /**
                 * Encodes the specified MsgAddLiquidityResponse message. Does not implicitly {@link marketchain.amm.v1.MsgAddLiquidityResponse.verify|verify} messages.
                 * @function encode
                 * @memberof marketchain.amm.v1.MsgAddLiquidityResponse
                 * @static
                 * @param {marketchain.amm.v1.MsgAddLiquidityResponse.$Properties} message MsgAddLiquidityResponse message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                MsgAddLiquidityResponse.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.positionId != null && $Object.hasOwnProperty.call(message, "positionId") && message.positionId !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.positionId);
                    if (message.liquidity != null && $Object.hasOwnProperty.call(message, "liquidity") && message.liquidity !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.liquidity);
                    if (message.amount0 != null && $Object.hasOwnProperty.call(message, "amount0") && message.amount0 !== "")
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.amount0);
                    if (message.amount1 != null && $Object.hasOwnProperty.call(message, "amount1") && message.amount1 !== "")
                        writer.uint32(/* id 4, wireType 2 =*/34).string(message.amount1);
                    if (message.unlockHeight != null && $Object.hasOwnProperty.call(message, "unlockHeight") && (typeof message.unlockHeight === "object" ? message.unlockHeight.low || message.unlockHeight.high : message.unlockHeight !== 0))
                        writer.uint32(/* id 5, wireType 0 =*/40).uint64(message.unlockHeight);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a MsgAddLiquidityResponse message from the specified reader or buffer.
                 * @function decode
                 * @memberof marketchain.amm.v1.MsgAddLiquidityResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {marketchain.amm.v1.MsgAddLiquidityResponse & marketchain.amm.v1.MsgAddLiquidityResponse.$Shape} MsgAddLiquidityResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                MsgAddLiquidityResponse.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.marketchain.amm.v1.MsgAddLiquidityResponse();
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
                                    message.positionId = value;
                                else
                                    delete message.positionId;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.liquidity = value;
                                else
                                    delete message.liquidity;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.amount0 = value;
                                else
                                    delete message.amount0;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.amount1 = value;
                                else
                                    delete message.amount1;
                                continue;
                            }
                        case 5: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.unlockHeight = value;
                                else
                                    delete message.unlockHeight;
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
                 * Creates a MsgAddLiquidityResponse message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof marketchain.amm.v1.MsgAddLiquidityResponse
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {marketchain.amm.v1.MsgAddLiquidityResponse} MsgAddLiquidityResponse
                 */
                MsgAddLiquidityResponse.fromObject = function (object, _depth) {
                    if (object instanceof $root.marketchain.amm.v1.MsgAddLiquidityResponse)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".marketchain.amm.v1.MsgAddLiquidityResponse: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.marketchain.amm.v1.MsgAddLiquidityResponse();
                    if (object.positionId != null)
                        if (typeof object.positionId !== "string" || object.positionId.length)
                            message.positionId = $String(object.positionId);
                    if (object.liquidity != null)
                        if (typeof object.liquidity !== "string" || object.liquidity.length)
                            message.liquidity = $String(object.liquidity);
                    if (object.amount0 != null)
                        if (typeof object.amount0 !== "string" || object.amount0.length)
                            message.amount0 = $String(object.amount0);
                    if (object.amount1 != null)
                        if (typeof object.amount1 !== "string" || object.amount1.length)
                            message.amount1 = $String(object.amount1);
                    if (object.unlockHeight != null)
                        if (typeof object.unlockHeight === "object" ? object.unlockHeight.low || object.unlockHeight.high : $Number(object.unlockHeight) !== 0)
                            if ($util.Long)
                                message.unlockHeight = $util.Long.fromValue(object.unlockHeight, true);
                            else if (typeof object.unlockHeight === "string")
                                message.unlockHeight = $parseInt(object.unlockHeight, 10);
                            else if (typeof object.unlockHeight === "number")
                                message.unlockHeight = object.unlockHeight;
                            else if (typeof object.unlockHeight === "object")
                                message.unlockHeight = new $util.LongBits(object.unlockHeight.low >>> 0, object.unlockHeight.high >>> 0).toNumber(true);
                    return message;
                };

                /**
                 * Creates a plain object from a MsgAddLiquidityResponse message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof marketchain.amm.v1.MsgAddLiquidityResponse
                 * @static
                 * @param {marketchain.amm.v1.MsgAddLiquidityResponse} message MsgAddLiquidityResponse
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                MsgAddLiquidityResponse.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.positionId = "";
                        object.liquidity = "";
                        object.amount0 = "";
                        object.amount1 = "";
                        if ($util.Long) {
                            let long = new $util.Long(0, 0, true);
                            object.unlockHeight = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.unlockHeight = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    }
                    if (message.positionId != null && $Object.hasOwnProperty.call(message, "positionId"))
                        object.positionId = message.positionId;
                    if (message.liquidity != null && $Object.hasOwnProperty.call(message, "liquidity"))
                        object.liquidity = message.liquidity;
                    if (message.amount0 != null && $Object.hasOwnProperty.call(message, "amount0"))
                        object.amount0 = message.amount0;
                    if (message.amount1 != null && $Object.hasOwnProperty.call(message, "amount1"))
                        object.amount1 = message.amount1;
                    if (message.unlockHeight != null && $Object.hasOwnProperty.call(message, "unlockHeight"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.unlockHeight = typeof message.unlockHeight === "number" ? $BigInt(message.unlockHeight) : $util.Long.fromBits(message.unlockHeight.low >>> 0, message.unlockHeight.high >>> 0, true).toBigInt();
                        else if (typeof message.unlockHeight === "number")
                            object.unlockHeight = options.longs === $String ? $String(message.unlockHeight) : message.unlockHeight;
                        else
                            object.unlockHeight = options.longs === $String ? $util.Long.prototype.toString.call(message.unlockHeight) : options.longs === $Number ? new $util.LongBits(message.unlockHeight.low >>> 0, message.unlockHeight.high >>> 0).toNumber(true) : message.unlockHeight;
                    return object;
                };

                /**
                 * Converts this MsgAddLiquidityResponse to JSON.
                 * @function toJSON
                 * @memberof marketchain.amm.v1.MsgAddLiquidityResponse
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                MsgAddLiquidityResponse.prototype.toJSON = function() {
                    return MsgAddLiquidityResponse.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for MsgAddLiquidityResponse
                 * @function getTypeUrl
                 * @memberof marketchain.amm.v1.MsgAddLiquidityResponse
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                MsgAddLiquidityResponse.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/marketchain.amm.v1.MsgAddLiquidityResponse";
                };

                return MsgAddLiquidityResponse;
            })();

            v1.MsgRemoveLiquidity = (function() {

                /**
                 * Properties of a MsgRemoveLiquidity.
                 * @typedef {Object} marketchain.amm.v1.MsgRemoveLiquidity.$Properties
                 * @property {string|null} [sender] MsgRemoveLiquidity sender
                 * @property {string|null} [positionId] MsgRemoveLiquidity positionId
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a MsgRemoveLiquidity.
                 * @memberof marketchain.amm.v1
                 * @interface IMsgRemoveLiquidity
                 * @augments marketchain.amm.v1.MsgRemoveLiquidity.$Properties
                 * @deprecated Use marketchain.amm.v1.MsgRemoveLiquidity.$Properties instead.
                 */

                /**
                 * Shape of a MsgRemoveLiquidity.
                 * @typedef {marketchain.amm.v1.MsgRemoveLiquidity.$Properties} marketchain.amm.v1.MsgRemoveLiquidity.$Shape
                 */

                /**
                 * Constructs a new MsgRemoveLiquidity.
                 * @memberof marketchain.amm.v1
                 * @classdesc Represents a MsgRemoveLiquidity.
                 * @constructor
                 * @param {marketchain.amm.v1.MsgRemoveLiquidity.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const MsgRemoveLiquidity = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * MsgRemoveLiquidity sender.
                 * @member {string} sender
                 * @memberof marketchain.amm.v1.MsgRemoveLiquidity
                 * @instance
                 */
                MsgRemoveLiquidity.prototype.sender = "";

                /**
                 * MsgRemoveLiquidity positionId.
                 * @member {string} positionId
                 * @memberof marketchain.amm.v1.MsgRemoveLiquidity
                 * @instance
                 */
                MsgRemoveLiquidity.prototype.positionId = "";

                /**
                 * Creates a new MsgRemoveLiquidity instance using the specified properties.
                 * @function create
                 * @memberof marketchain.amm.v1.MsgRemoveLiquidity
                 * @static
                 * @param {marketchain.amm.v1.MsgRemoveLiquidity.$Properties=} [properties] Properties to set
                 * @returns {marketchain.amm.v1.MsgRemoveLiquidity} MsgRemoveLiquidity instance
                 * @type {{
                 *   (properties: marketchain.amm.v1.MsgRemoveLiquidity.$Shape): marketchain.amm.v1.MsgRemoveLiquidity & marketchain.amm.v1.MsgRemoveLiquidity.$Shape;
                 *   (properties?: marketchain.amm.v1.MsgRemoveLiquidity.$Properties): marketchain.amm.v1.MsgRemoveLiquidity;
                 * }}
                 */
                MsgRemoveLiquidity.create = function(properties) {
                    return new MsgRemoveLiquidity(properties);
                };

                /**
                 * Encodes the specified MsgRemoveLiquidity message. Does not implicitly {@link marketchain.amm.v1.MsgRemoveLiquidity.verify|verify} messages.
                 * @function encode
                 * @memberof marketchain.amm.v1.MsgRemoveLiquidity
                 * @static
                 * @param {marketchain.amm.v1.MsgRemoveLiquidity.$Properties} message MsgRemoveLiquidity message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                MsgRemoveLiquidity.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.sender != null && $Object.hasOwnProperty.call(message, "sender") && message.sender !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.sender);
                    if (message.positionId != null && $Object.hasOwnProperty.call(message, "positionId") && message.positionId !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.positionId);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a MsgRemoveLiquidity message from the specified reader or buffer.
                 * @function decode
                 * @memberof marketchain.amm.v1.MsgRemoveLiquidity
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {marketchain.amm.v1.MsgRemoveLiquidity & marketchain.amm.v1.MsgRemoveLiquidity.$Shape} MsgRemoveLiquidity
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                MsgRemoveLiquidity.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.marketchain.amm.v1.MsgRemoveLiquidity();
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
                                    message.positionId = value;
                                else
                                    delete message.positionId;
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
                 * Creates a MsgRemoveLiquidity message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof marketchain.amm.v1.MsgRemoveLiquidity
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {marketchain.amm.v1.MsgRemoveLiquidity} MsgRemoveLiquidity
                 */
                MsgRemoveLiquidity.fromObject = function (object, _depth) {
                    if (object instanceof $root.marketchain.amm.v1.MsgRemoveLiquidity)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".marketchain.amm.v1.MsgRemoveLiquidity: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.marketchain.amm.v1.MsgRemoveLiquidity();
                    if (object.sender != null)
                        if (typeof object.sender !== "string" || object.sender.length)
                            message.sender = $String(object.sender);
                    if (object.positionId != null)
                        if (typeof object.positionId !== "string" || object.positionId.length)
                            message.positionId = $String(object.positionId);
                    return message;
                };

                /**
                 * Creates a plain object from a MsgRemoveLiquidity message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof marketchain.amm.v1.MsgRemoveLiquidity
                 * @static
                 * @param {marketchain.amm.v1.MsgRemoveLiquidity} message MsgRemoveLiquidity
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                MsgRemoveLiquidity.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.sender = "";
                        object.positionId = "";
                    }
                    if (message.sender != null && $Object.hasOwnProperty.call(message, "sender"))
                        object.sender = message.sender;
                    if (message.positionId != null && $Object.hasOwnProperty.call(message, "positionId"))
                        object.positionId = message.positionId;
                    return object;
                };

                /**
                 * Converts this MsgRemoveLiquidity to JSON.
                 * @function toJSON
                 * @memberof marketchain.amm.v1.MsgRemoveLiquidity
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                MsgRemoveLiquidity.prototype.toJSON = function() {
                    return MsgRemoveLiquidity.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for MsgRemoveLiquidity
                 * @function getTypeUrl
                 * @memberof marketchain.amm.v1.MsgRemoveLiquidity
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                MsgRemoveLiquidity.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/marketchain.amm.v1.MsgRemoveLiquidity";
                };

                return MsgRemoveLiquidity;
            })();

            v1.MsgRemoveLiquidityResponse = (function() {

                /**
                 * Properties of a MsgRemoveLiquidityResponse.
                 * @typedef {Object} marketchain.amm.v1.MsgRemoveLiquidityResponse.$Properties
                 * @property {string|null} [amount0] MsgRemoveLiquidityResponse amount0
                 * @property {string|null} [amount1] MsgRemoveLiquidityResponse amount1
                 * @property {string|null} [fees0] MsgRemoveLiquidityResponse fees0
                 * @property {string|null} [fees1] MsgRemoveLiquidityResponse fees1
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a MsgRemoveLiquidityResponse.
                 * @memberof marketchain.amm.v1
                 * @interface IMsgRemoveLiquidityResponse
                 * @augments marketchain.amm.v1.MsgRemoveLiquidityResponse.$Properties
                 * @deprecated Use marketchain.amm.v1.MsgRemoveLiquidityResponse.$Properties instead.
                 */

                /**
                 * Shape of a MsgRemoveLiquidityResponse.
                 * @typedef {marketchain.amm.v1.MsgRemoveLiquidityResponse.$Properties} marketchain.amm.v1.MsgRemoveLiquidityResponse.$Shape
                 */

                /**
                 * Constructs a new MsgRemoveLiquidityResponse.
                 * @memberof marketchain.amm.v1
                 * @classdesc Represents a MsgRemoveLiquidityResponse.
                 * @constructor
                 * @param {marketchain.amm.v1.MsgRemoveLiquidityResponse.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const MsgRemoveLiquidityResponse = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * MsgRemoveLiquidityResponse amount0.
                 * @member {string} amount0
                 * @memberof marketchain.amm.v1.MsgRemoveLiquidityResponse
                 * @instance
                 */
                MsgRemoveLiquidityResponse.prototype.amount0 = "";

                /**
                 * MsgRemoveLiquidityResponse amount1.
                 * @member {string} amount1
                 * @memberof marketchain.amm.v1.MsgRemoveLiquidityResponse
                 * @instance
                 */
                MsgRemoveLiquidityResponse.prototype.amount1 = "";

                /**
                 * MsgRemoveLiquidityResponse fees0.
                 * @member {string} fees0
                 * @memberof marketchain.amm.v1.MsgRemoveLiquidityResponse
                 * @instance
                 */
                MsgRemoveLiquidityResponse.prototype.fees0 = "";

                /**
                 * MsgRemoveLiquidityResponse fees1.
                 * @member {string} fees1
                 * @memberof marketchain.amm.v1.MsgRemoveLiquidityResponse
                 * @instance
                 */
                MsgRemoveLiquidityResponse.prototype.fees1 = "";

                /**
                 * Creates a new MsgRemoveLiquidityResponse instance using the specified properties.
                 * @function create
                 * @memberof marketchain.amm.v1.MsgRemoveLiquidityResponse
                 * @static
                 * @param {marketchain.amm.v1.MsgRemoveLiquidityResponse.$Properties=} [properties] Properties to set
                 * @returns {marketchain.amm.v1.MsgRemoveLiquidityResponse} MsgRemoveLiquidityResponse instance
                 * @type {{
                 *   (properties: marketchain.amm.v1.MsgRemoveLiquidityResponse.$Shape): marketchain.amm.v1.MsgRemoveLiquidityResponse & marketchain.amm.v1.MsgRemoveLiquidityResponse.$Shape;
                 *   (properties?: marketchain.amm.v1.MsgRemoveLiquidityResponse.$Properties): marketchain.amm.v1.MsgRemoveLiquidityResponse;
                 * }}
                 */
                MsgRemoveLiquidityResponse.create = function(properties) {
                    return new MsgRemoveLiquidityResponse(properties);
                };

                /**
                 * Encodes the specified MsgRemoveLiquidityResponse message. Does not implicitly {@link marketchain.amm.v1.MsgRemoveLiquidityResponse.verify|verify} messages.
                 * @function encode
                 * @memberof marketchain.amm.v1.MsgRemoveLiquidityResponse
                 * @static
                 * @param {marketchain.amm.v1.MsgRemoveLiquidityResponse.$Properties} message MsgRemoveLiquidityResponse message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                MsgRemoveLiquidityResponse.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.amount0 != null && $Object.hasOwnProperty.call(message, "amount0") && message.amount0 !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.amount0);
                    if (message.amount1 != null && $Object.hasOwnProperty.call(message, "amount1") && message.amount1 !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.amount1);
                    if (message.fees0 != null && $Object.hasOwnProperty.call(message, "fees0") && message.fees0 !== "")
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.fees0);
                    if (message.fees1 != null && $Object.hasOwnProperty.call(message, "fees1") && message.fees1 !== "")
                        writer.uint32(/* id 4, wireType 2 =*/34).string(message.fees1);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a MsgRemoveLiquidityResponse message from the specified reader or buffer.
                 * @function decode
                 * @memberof marketchain.amm.v1.MsgRemoveLiquidityResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {marketchain.amm.v1.MsgRemoveLiquidityResponse & marketchain.amm.v1.MsgRemoveLiquidityResponse.$Shape} MsgRemoveLiquidityResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                MsgRemoveLiquidityResponse.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.marketchain.amm.v1.MsgRemoveLiquidityResponse();
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
                                    message.amount0 = value;
                                else
                                    delete message.amount0;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.amount1 = value;
                                else
                                    delete message.amount1;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.fees0 = value;
                                else
                                    delete message.fees0;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.fees1 = value;
                                else
                                    delete message.fees1;
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
                 * Creates a MsgRemoveLiquidityResponse message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof marketchain.amm.v1.MsgRemoveLiquidityResponse
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {marketchain.amm.v1.MsgRemoveLiquidityResponse} MsgRemoveLiquidityResponse
                 */
                MsgRemoveLiquidityResponse.fromObject = function (object, _depth) {
                    if (object instanceof $root.marketchain.amm.v1.MsgRemoveLiquidityResponse)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".marketchain.amm.v1.MsgRemoveLiquidityResponse: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.marketchain.amm.v1.MsgRemoveLiquidityResponse();
                    if (object.amount0 != null)
                        if (typeof object.amount0 !== "string" || object.amount0.length)
                            message.amount0 = $String(object.amount0);
                    if (object.amount1 != null)
                        if (typeof object.amount1 !== "string" || object.amount1.length)
                            message.amount1 = $String(object.amount1);
                    if (object.fees0 != null)
                        if (typeof object.fees0 !== "string" || object.fees0.length)
                            message.fees0 = $String(object.fees0);
                    if (object.fees1 != null)
                        if (typeof object.fees1 !== "string" || object.fees1.length)
                            message.fees1 = $String(object.fees1);
                    return message;
                };

                /**
                 * Creates a plain object from a MsgRemoveLiquidityResponse message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof marketchain.amm.v1.MsgRemoveLiquidityResponse
                 * @static
                 * @param {marketchain.amm.v1.MsgRemoveLiquidityResponse} message MsgRemoveLiquidityResponse
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                MsgRemoveLiquidityResponse.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.amount0 = "";
                        object.amount1 = "";
                        object.fees0 = "";
                        object.fees1 = "";
                    }
                    if (message.amount0 != null && $Object.hasOwnProperty.call(message, "amount0"))
                        object.amount0 = message.amount0;
                    if (message.amount1 != null && $Object.hasOwnProperty.call(message, "amount1"))
                        object.amount1 = message.amount1;
                    if (message.fees0 != null && $Object.hasOwnProperty.call(message, "fees0"))
                        object.fees0 = message.fees0;
                    if (message.fees1 != null && $Object.hasOwnProperty.call(message, "fees1"))
                        object.fees1 = message.fees1;
                    return object;
                };

                /**
                 * Converts this MsgRemoveLiquidityResponse to JSON.
                 * @function toJSON
                 * @memberof marketchain.amm.v1.MsgRemoveLiquidityResponse
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                MsgRemoveLiquidityResponse.prototype.toJSON = function() {
                    return MsgRemoveLiquidityResponse.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for MsgRemoveLiquidityResponse
                 * @function getTypeUrl
                 * @memberof marketchain.amm.v1.MsgRemoveLiquidityResponse
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                MsgRemoveLiquidityResponse.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/marketchain.amm.v1.MsgRemoveLiquidityResponse";
                };

                return MsgRemoveLiquidityResponse;
            })();

            v1.MsgSwapExactIn = (function() {

                /**
                 * Properties of a MsgSwapExactIn.
                 * @typedef {Object} marketchain.amm.v1.MsgSwapExactIn.$Properties
                 * @property {string|null} [sender] MsgSwapExactIn sender
                 * @property {number|null} [poolId] MsgSwapExactIn poolId
                 * @property {string|null} [denomIn] MsgSwapExactIn denomIn
                 * @property {string|null} [amountIn] MsgSwapExactIn amountIn
                 * @property {string|null} [minAmountOut] MsgSwapExactIn minAmountOut
                 * @property {string|null} [sqrtPriceLimitX96] MsgSwapExactIn sqrtPriceLimitX96
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a MsgSwapExactIn.
                 * @memberof marketchain.amm.v1
                 * @interface IMsgSwapExactIn
                 * @augments marketchain.amm.v1.MsgSwapExactIn.$Properties
                 * @deprecated Use marketchain.amm.v1.MsgSwapExactIn.$Properties instead.
                 */

                /**
                 * Shape of a MsgSwapExactIn.
                 * @typedef {marketchain.amm.v1.MsgSwapExactIn.$Properties} marketchain.amm.v1.MsgSwapExactIn.$Shape
                 */

                /**
                 * Constructs a new MsgSwapExactIn.
                 * @memberof marketchain.amm.v1
                 * @classdesc Represents a MsgSwapExactIn.
                 * @constructor
                 * @param {marketchain.amm.v1.MsgSwapExactIn.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const MsgSwapExactIn = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * MsgSwapExactIn sender.
                 * @member {string} sender
                 * @memberof marketchain.amm.v1.MsgSwapExactIn
                 * @instance
                 */
                MsgSwapExactIn.prototype.sender = "";

                /**
                 * MsgSwapExactIn poolId.
                 * @member {number} poolId
                 * @memberof marketchain.amm.v1.MsgSwapExactIn
                 * @instance
                 */
                MsgSwapExactIn.prototype.poolId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * MsgSwapExactIn denomIn.
                 * @member {string} denomIn
                 * @memberof marketchain.amm.v1.MsgSwapExactIn
                 * @instance
                 */
                MsgSwapExactIn.prototype.denomIn = "";

                /**
                 * MsgSwapExactIn amountIn.
                 * @member {string} amountIn
                 * @memberof marketchain.amm.v1.MsgSwapExactIn
                 * @instance
                 */
                MsgSwapExactIn.prototype.amountIn = "";

                /**
                 * MsgSwapExactIn minAmountOut.
                 * @member {string} minAmountOut
                 * @memberof marketchain.amm.v1.MsgSwapExactIn
                 * @instance
                 */
                MsgSwapExactIn.prototype.minAmountOut = "";

                /**
                 * MsgSwapExactIn sqrtPriceLimitX96.
                 * @member {string} sqrtPriceLimitX96
                 * @memberof marketchain.amm.v1.MsgSwapExactIn
                 * @instance
                 */
                MsgSwapExactIn.prototype.sqrtPriceLimitX96 = "";

                /**
                 * Creates a new MsgSwapExactIn instance using the specified properties.
                 * @function create
                 * @memberof marketchain.amm.v1.MsgSwapExactIn
                 * @static
                 * @param {marketchain.amm.v1.MsgSwapExactIn.$Properties=} [properties] Properties to set
                 * @returns {marketchain.amm.v1.MsgSwapExactIn} MsgSwapExactIn instance
                 * @type {{
                 *   (properties: marketchain.amm.v1.MsgSwapExactIn.$Shape): marketchain.amm.v1.MsgSwapExactIn & marketchain.amm.v1.MsgSwapExactIn.$Shape;
                 *   (properties?: marketchain.amm.v1.MsgSwapExactIn.$Properties): marketchain.amm.v1.MsgSwapExactIn;
                 * }}
                 */
                MsgSwapExactIn.create = function(properties) {
                    return new MsgSwapExactIn(properties);
                };

                /**
                 * Encodes the specified MsgSwapExactIn message. Does not implicitly {@link marketchain.amm.v1.MsgSwapExactIn.verify|verify} messages.
                 * @function encode
                 * @memberof marketchain.amm.v1.MsgSwapExactIn
                 * @static
                 * @param {marketchain.amm.v1.MsgSwapExactIn.$Properties} message MsgSwapExactIn message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                MsgSwapExactIn.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.sender != null && $Object.hasOwnProperty.call(message, "sender") && message.sender !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.sender);
                    if (message.poolId != null && $Object.hasOwnProperty.call(message, "poolId") && (typeof message.poolId === "object" ? message.poolId.low || message.poolId.high : message.poolId !== 0))
                        writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.poolId);
                    if (message.denomIn != null && $Object.hasOwnProperty.call(message, "denomIn") && message.denomIn !== "")
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.denomIn);
                    if (message.amountIn != null && $Object.hasOwnProperty.call(message, "amountIn") && message.amountIn !== "")
                        writer.uint32(/* id 4, wireType 2 =*/34).string(message.amountIn);
                    if (message.minAmountOut != null && $Object.hasOwnProperty.call(message, "minAmountOut") && message.minAmountOut !== "")
                        writer.uint32(/* id 5, wireType 2 =*/42).string(message.minAmountOut);
                    if (message.sqrtPriceLimitX96 != null && $Object.hasOwnProperty.call(message, "sqrtPriceLimitX96") && message.sqrtPriceLimitX96 !== "")
                        writer.uint32(/* id 6, wireType 2 =*/50).string(message.sqrtPriceLimitX96);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a MsgSwapExactIn message from the specified reader or buffer.
                 * @function decode
                 * @memberof marketchain.amm.v1.MsgSwapExactIn
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {marketchain.amm.v1.MsgSwapExactIn & marketchain.amm.v1.MsgSwapExactIn.$Shape} MsgSwapExactIn
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                MsgSwapExactIn.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.marketchain.amm.v1.MsgSwapExactIn();
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
                                    message.poolId = value;
                                else
                                    delete message.poolId;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.denomIn = value;
                                else
                                    delete message.denomIn;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.amountIn = value;
                                else
                                    delete message.amountIn;
                                continue;
                            }
                        case 5: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.minAmountOut = value;
                                else
                                    delete message.minAmountOut;
                                continue;
                            }
                        case 6: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.sqrtPriceLimitX96 = value;
                                else
                                    delete message.sqrtPriceLimitX96;
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
                 * Creates a MsgSwapExactIn message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof marketchain.amm.v1.MsgSwapExactIn
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {marketchain.amm.v1.MsgSwapExactIn} MsgSwapExactIn
                 */
                MsgSwapExactIn.fromObject = function (object, _depth) {
                    if (object instanceof $root.marketchain.amm.v1.MsgSwapExactIn)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".marketchain.amm.v1.MsgSwapExactIn: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.marketchain.amm.v1.MsgSwapExactIn();
                    if (object.sender != null)
                        if (typeof object.sender !== "string" || object.sender.length)
                            message.sender = $String(object.sender);
                    if (object.poolId != null)
                        if (typeof object.poolId === "object" ? object.poolId.low || object.poolId.high : $Number(object.poolId) !== 0)
                            if ($util.Long)
                                message.poolId = $util.Long.fromValue(object.poolId, true);
                            else if (typeof object.poolId === "string")
                                message.poolId = $parseInt(object.poolId, 10);
                            else if (typeof object.poolId === "number")
                                message.poolId = object.poolId;
                            else if (typeof object.poolId === "object")
                                message.poolId = new $util.LongBits(object.poolId.low >>> 0, object.poolId.high >>> 0).toNumber(true);
                    if (object.denomIn != null)
                        if (typeof object.denomIn !== "string" || object.denomIn.length)
                            message.denomIn = $String(object.denomIn);
                    if (object.amountIn != null)
                        if (typeof object.amountIn !== "string" || object.amountIn.length)
                            message.amountIn = $String(object.amountIn);
                    if (object.minAmountOut != null)
                        if (typeof object.minAmountOut !== "string" || object.minAmountOut.length)
                            message.minAmountOut = $String(object.minAmountOut);
                    if (object.sqrtPriceLimitX96 != null)
                        if (typeof object.sqrtPriceLimitX96 !== "string" || object.sqrtPriceLimitX96.length)
                            message.sqrtPriceLimitX96 = $String(object.sqrtPriceLimitX96);
                    return message;
                };

                /**
                 * Creates a plain object from a MsgSwapExactIn message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof marketchain.amm.v1.MsgSwapExactIn
                 * @static
                 * @param {marketchain.amm.v1.MsgSwapExactIn} message MsgSwapExactIn
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                MsgSwapExactIn.toObject = function (message, options, _depth) {
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
                            object.poolId = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.poolId = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        object.denomIn = "";
                        object.amountIn = "";
                        object.minAmountOut = "";
                        object.sqrtPriceLimitX96 = "";
                    }
                    if (message.sender != null && $Object.hasOwnProperty.call(message, "sender"))
                        object.sender = message.sender;
                    if (message.poolId != null && $Object.hasOwnProperty.call(message, "poolId"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.poolId = typeof message.poolId === "number" ? $BigInt(message.poolId) : $util.Long.fromBits(message.poolId.low >>> 0, message.poolId.high >>> 0, true).toBigInt();
                        else if (typeof message.poolId === "number")
                            object.poolId = options.longs === $String ? $String(message.poolId) : message.poolId;
                        else
                            object.poolId = options.longs === $String ? $util.Long.prototype.toString.call(message.poolId) : options.longs === $Number ? new $util.LongBits(message.poolId.low >>> 0, message.poolId.high >>> 0).toNumber(true) : message.poolId;
                    if (message.denomIn != null && $Object.hasOwnProperty.call(message, "denomIn"))
                        object.denomIn = message.denomIn;
                    if (message.amountIn != null && $Object.hasOwnProperty.call(message, "amountIn"))
                        object.amountIn = message.amountIn;
                    if (message.minAmountOut != null && $Object.hasOwnProperty.call(message, "minAmountOut"))
                        object.minAmountOut = message.minAmountOut;
                    if (message.sqrtPriceLimitX96 != null && $Object.hasOwnProperty.call(message, "sqrtPriceLimitX96"))
                        object.sqrtPriceLimitX96 = message.sqrtPriceLimitX96;
                    return object;
                };

                /**
                 * Converts this MsgSwapExactIn to JSON.
                 * @function toJSON
                 * @memberof marketchain.amm.v1.MsgSwapExactIn
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                MsgSwapExactIn.prototype.toJSON = function() {
                    return MsgSwapExactIn.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for MsgSwapExactIn
                 * @function getTypeUrl
                 * @memberof marketchain.amm.v1.MsgSwapExactIn
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                MsgSwapExactIn.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/marketchain.amm.v1.MsgSwapExactIn";
                };

                return MsgSwapExactIn;
            })();

            v1.MsgSwapExactInResponse = (function() {

                /**
                 * Properties of a MsgSwapExactInResponse.
                 * @typedef {Object} marketchain.amm.v1.MsgSwapExactInResponse.$Properties
                 * @property {string|null} [amountOut] MsgSwapExactInResponse amountOut
                 * @property {string|null} [fee] MsgSwapExactInResponse fee
                 * @property {string|null} [amountIn] MsgSwapExactInResponse amountIn
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a MsgSwapExactInResponse.
                 * @memberof marketchain.amm.v1
                 * @interface IMsgSwapExactInResponse
                 * @augments marketchain.amm.v1.MsgSwapExactInResponse.$Properties
                 * @deprecated Use marketchain.amm.v1.MsgSwapExactInResponse.$Properties instead.
                 */

                /**
                 * Shape of a MsgSwapExactInResponse.
                 * @typedef {marketchain.amm.v1.MsgSwapExactInResponse.$Properties} marketchain.amm.v1.MsgSwapExactInResponse.$Shape
                 */

                /**
                 * Constructs a new MsgSwapExactInResponse.
                 * @memberof marketchain.amm.v1
                 * @classdesc Represents a MsgSwapExactInResponse.
                 * @constructor
                 * @param {marketchain.amm.v1.MsgSwapExactInResponse.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const MsgSwapExactInResponse = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * MsgSwapExactInResponse amountOut.
                 * @member {string} amountOut
                 * @memberof marketchain.amm.v1.MsgSwapExactInResponse
                 * @instance
                 */
                MsgSwapExactInResponse.prototype.amountOut = "";

                /**
                 * MsgSwapExactInResponse fee.
                 * @member {string} fee
                 * @memberof marketchain.amm.v1.MsgSwapExactInResponse
                 * @instance
                 */
                MsgSwapExactInResponse.prototype.fee = "";

                /**
                 * MsgSwapExactInResponse amountIn.
                 * @member {string} amountIn
                 * @memberof marketchain.amm.v1.MsgSwapExactInResponse
                 * @instance
                 */
                MsgSwapExactInResponse.prototype.amountIn = "";

                /**
                 * Creates a new MsgSwapExactInResponse instance using the specified properties.
                 * @function create
                 * @memberof marketchain.amm.v1.MsgSwapExactInResponse
                 * @static
                 * @param {marketchain.amm.v1.MsgSwapExactInResponse.$Properties=} [properties] Properties to set
                 * @returns {marketchain.amm.v1.MsgSwapExactInResponse} MsgSwapExactInResponse instance
                 * @type {{
                 *   (properties: marketchain.amm.v1.MsgSwapExactInResponse.$Shape): marketchain.amm.v1.MsgSwapExactInResponse & marketchain.amm.v1.MsgSwapExactInResponse.$Shape;
                 *   (properties?: marketchain.amm.v1.MsgSwapExactInResponse.$Properties): marketchain.amm.v1.MsgSwapExactInResponse;
                 * }}
                 */
                MsgSwapExactInResponse.create = function(properties) {
                    return new MsgSwapExactInResponse(properties);
                };

                /**
                 * Encodes the specified MsgSwapExactInResponse message. Does not implicitly {@link marketchain.amm.v1.MsgSwapExactInResponse.verify|verify} messages.
                 * @function encode
                 * @memberof marketchain.amm.v1.MsgSwapExactInResponse
                 * @static
                 * @param {marketchain.amm.v1.MsgSwapExactInResponse.$Properties} message MsgSwapExactInResponse message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                MsgSwapExactInResponse.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.amountOut != null && $Object.hasOwnProperty.call(message, "amountOut") && message.amountOut !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.amountOut);
                    if (message.fee != null && $Object.hasOwnProperty.call(message, "fee") && message.fee !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.fee);
                    if (message.amountIn != null && $Object.hasOwnProperty.call(message, "amountIn") && message.amountIn !== "")
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.amountIn);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a MsgSwapExactInResponse message from the specified reader or buffer.
                 * @function decode
                 * @memberof marketchain.amm.v1.MsgSwapExactInResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {marketchain.amm.v1.MsgSwapExactInResponse & marketchain.amm.v1.MsgSwapExactInResponse.$Shape} MsgSwapExactInResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                MsgSwapExactInResponse.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.marketchain.amm.v1.MsgSwapExactInResponse();
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
                                    message.amountOut = value;
                                else
                                    delete message.amountOut;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.fee = value;
                                else
                                    delete message.fee;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.amountIn = value;
                                else
                                    delete message.amountIn;
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
                 * Creates a MsgSwapExactInResponse message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof marketchain.amm.v1.MsgSwapExactInResponse
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {marketchain.amm.v1.MsgSwapExactInResponse} MsgSwapExactInResponse
                 */
                MsgSwapExactInResponse.fromObject = function (object, _depth) {
                    if (object instanceof $root.marketchain.amm.v1.MsgSwapExactInResponse)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".marketchain.amm.v1.MsgSwapExactInResponse: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.marketchain.amm.v1.MsgSwapExactInResponse();
                    if (object.amountOut != null)
                        if (typeof object.amountOut !== "string" || object.amountOut.length)
                            message.amountOut = $String(object.amountOut);
                    if (object.fee != null)
                        if (typeof object.fee !== "string" || object.fee.length)
                            message.fee = $String(object.fee);
                    if (object.amountIn != null)
                        if (typeof object.amountIn !== "string" || object.amountIn.length)
                            message.amountIn = $String(object.amountIn);
                    return message;
                };

                /**
                 * Creates a plain object from a MsgSwapExactInResponse message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof marketchain.amm.v1.MsgSwapExactInResponse
                 * @static
                 * @param {marketchain.amm.v1.MsgSwapExactInResponse} message MsgSwapExactInResponse
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                MsgSwapExactInResponse.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.amountOut = "";
                        object.fee = "";
                        object.amountIn = "";
                    }
                    if (message.amountOut != null && $Object.hasOwnProperty.call(message, "amountOut"))
                        object.amountOut = message.amountOut;
                    if (message.fee != null && $Object.hasOwnProperty.call(message, "fee"))
                        object.fee = message.fee;
                    if (message.amountIn != null && $Object.hasOwnProperty.call(message, "amountIn"))
                        object.amountIn = message.amountIn;
                    return object;
                };

                /**
                 * Converts this MsgSwapExactInResponse to JSON.
                 * @function toJSON
                 * @memberof marketchain.amm.v1.MsgSwapExactInResponse
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                MsgSwapExactInResponse.prototype.toJSON = function() {
                    return MsgSwapExactInResponse.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for MsgSwapExactInResponse
                 * @function getTypeUrl
                 * @memberof marketchain.amm.v1.MsgSwapExactInResponse
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                MsgSwapExactInResponse.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/marketchain.amm.v1.MsgSwapExactInResponse";
                };

                return MsgSwapExactInResponse;
            })();

            v1.MsgSwapExactOut = (function() {

                /**
                 * Properties of a MsgSwapExactOut.
                 * @typedef {Object} marketchain.amm.v1.MsgSwapExactOut.$Properties
                 * @property {string|null} [sender] MsgSwapExactOut sender
                 * @property {number|null} [poolId] MsgSwapExactOut poolId
                 * @property {string|null} [denomIn] MsgSwapExactOut denomIn
                 * @property {string|null} [amountOut] MsgSwapExactOut amountOut
                 * @property {string|null} [maxAmountIn] MsgSwapExactOut maxAmountIn
                 * @property {string|null} [sqrtPriceLimitX96] MsgSwapExactOut sqrtPriceLimitX96
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a MsgSwapExactOut.
                 * @memberof marketchain.amm.v1
                 * @interface IMsgSwapExactOut
                 * @augments marketchain.amm.v1.MsgSwapExactOut.$Properties
                 * @deprecated Use marketchain.amm.v1.MsgSwapExactOut.$Properties instead.
                 */

                /**
                 * Shape of a MsgSwapExactOut.
                 * @typedef {marketchain.amm.v1.MsgSwapExactOut.$Properties} marketchain.amm.v1.MsgSwapExactOut.$Shape
                 */

                /**
                 * Constructs a new MsgSwapExactOut.
                 * @memberof marketchain.amm.v1
                 * @classdesc Represents a MsgSwapExactOut.
                 * @constructor
                 * @param {marketchain.amm.v1.MsgSwapExactOut.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const MsgSwapExactOut = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * MsgSwapExactOut sender.
                 * @member {string} sender
                 * @memberof marketchain.amm.v1.MsgSwapExactOut
                 * @instance
                 */
                MsgSwapExactOut.prototype.sender = "";

                /**
                 * MsgSwapExactOut poolId.
                 * @member {number} poolId
                 * @memberof marketchain.amm.v1.MsgSwapExactOut
                 * @instance
                 */
                MsgSwapExactOut.prototype.poolId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * MsgSwapExactOut denomIn.
                 * @member {string} denomIn
                 * @memberof marketchain.amm.v1.MsgSwapExactOut
                 * @instance
                 */
                MsgSwapExactOut.prototype.denomIn = "";

                /**
                 * MsgSwapExactOut amountOut.
                 * @member {string} amountOut
                 * @memberof marketchain.amm.v1.MsgSwapExactOut
                 * @instance
                 */
                MsgSwapExactOut.prototype.amountOut = "";

                /**
                 * MsgSwapExactOut maxAmountIn.
                 * @member {string} maxAmountIn
                 * @memberof marketchain.amm.v1.MsgSwapExactOut
                 * @instance
                 */
                MsgSwapExactOut.prototype.maxAmountIn = "";

                /**
                 * MsgSwapExactOut sqrtPriceLimitX96.
                 * @member {string} sqrtPriceLimitX96
                 * @memberof marketchain.amm.v1.MsgSwapExactOut
                 * @instance
                 */
                MsgSwapExactOut.prototype.sqrtPriceLimitX96 = "";

                /**
                 * Creates a new MsgSwapExactOut instance using the specified properties.
                 * @function create
                 * @memberof marketchain.amm.v1.MsgSwapExactOut
                 * @static
                 * @param {marketchain.amm.v1.MsgSwapExactOut.$Properties=} [properties] Properties to set
                 * @returns {marketchain.amm.v1.MsgSwapExactOut} MsgSwapExactOut instance
                 * @type {{
                 *   (properties: marketchain.amm.v1.MsgSwapExactOut.$Shape): marketchain.amm.v1.MsgSwapExactOut & marketchain.amm.v1.MsgSwapExactOut.$Shape;
                 *   (properties?: marketchain.amm.v1.MsgSwapExactOut.$Properties): marketchain.amm.v1.MsgSwapExactOut;
                 * }}
                 */
                MsgSwapExactOut.create = function(properties) {
                    return new MsgSwapExactOut(properties);
                };

                /**
                 * Encodes the specified MsgSwapExactOut message. Does not implicitly {@link marketchain.amm.v1.MsgSwapExactOut.verify|verify} messages.
                 * @function encode
                 * @memberof marketchain.amm.v1.MsgSwapExactOut
                 * @static
                 * @param {marketchain.amm.v1.MsgSwapExactOut.$Properties} message MsgSwapExactOut message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                MsgSwapExactOut.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.sender != null && $Object.hasOwnProperty.call(message, "sender") && message.sender !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.sender);
                    if (message.poolId != null && $Object.hasOwnProperty.call(message, "poolId") && (typeof message.poolId === "object" ? message.poolId.low || message.poolId.high : message.poolId !== 0))
                        writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.poolId);
                    if (message.denomIn != null && $Object.hasOwnProperty.call(message, "denomIn") && message.denomIn !== "")
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.denomIn);
                    if (message.amountOut != null && $Object.hasOwnProperty.call(message, "amountOut") && message.amountOut !== "")
                        writer.uint32(/* id 4, wireType 2 =*/34).string(message.amountOut);
                    if (message.maxAmountIn != null && $Object.hasOwnProperty.call(message, "maxAmountIn") && message.maxAmountIn !== "")
                        writer.uint32(/* id 5, wireType 2 =*/42).string(message.maxAmountIn);
                    if (message.sqrtPriceLimitX96 != null && $Object.hasOwnProperty.call(message, "sqrtPriceLimitX96") && message.sqrtPriceLimitX96 !== "")
                        writer.uint32(/* id 6, wireType 2 =*/50).string(message.sqrtPriceLimitX96);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a MsgSwapExactOut message from the specified reader or buffer.
                 * @function decode
                 * @memberof marketchain.amm.v1.MsgSwapExactOut
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {marketchain.amm.v1.MsgSwapExactOut & marketchain.amm.v1.MsgSwapExactOut.$Shape} MsgSwapExactOut
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                MsgSwapExactOut.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.marketchain.amm.v1.MsgSwapExactOut();
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
                                    message.poolId = value;
                                else
                                    delete message.poolId;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.denomIn = value;
                                else
                                    delete message.denomIn;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.amountOut = value;
                                else
                                    delete message.amountOut;
                                continue;
                            }
                        case 5: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.maxAmountIn = value;
                                else
                                    delete message.maxAmountIn;
                                continue;
                            }
                        case 6: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.sqrtPriceLimitX96 = value;
                                else
                                    delete message.sqrtPriceLimitX96;
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
                 * Creates a MsgSwapExactOut message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof marketchain.amm.v1.MsgSwapExactOut
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {marketchain.amm.v1.MsgSwapExactOut} MsgSwapExactOut
                 */
                MsgSwapExactOut.fromObject = function (object, _depth) {
                    if (object instanceof $root.marketchain.amm.v1.MsgSwapExactOut)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".marketchain.amm.v1.MsgSwapExactOut: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.marketchain.amm.v1.MsgSwapExactOut();
                    if (object.sender != null)
                        if (typeof object.sender !== "string" || object.sender.length)
                            message.sender = $String(object.sender);
                    if (object.poolId != null)
                        if (typeof object.poolId === "object" ? object.poolId.low || object.poolId.high : $Number(object.poolId) !== 0)
                            if ($util.Long)
                                message.poolId = $util.Long.fromValue(object.poolId, true);
                            else if (typeof object.poolId === "string")
                                message.poolId = $parseInt(object.poolId, 10);
                            else if (typeof object.poolId === "number")
                                message.poolId = object.poolId;
                            else if (typeof object.poolId === "object")
                                message.poolId = new $util.LongBits(object.poolId.low >>> 0, object.poolId.high >>> 0).toNumber(true);
                    if (object.denomIn != null)
                        if (typeof object.denomIn !== "string" || object.denomIn.length)
                            message.denomIn = $String(object.denomIn);
                    if (object.amountOut != null)
                        if (typeof object.amountOut !== "string" || object.amountOut.length)
                            message.amountOut = $String(object.amountOut);
                    if (object.maxAmountIn != null)
                        if (typeof object.maxAmountIn !== "string" || object.maxAmountIn.length)
                            message.maxAmountIn = $String(object.maxAmountIn);
                    if (object.sqrtPriceLimitX96 != null)
                        if (typeof object.sqrtPriceLimitX96 !== "string" || object.sqrtPriceLimitX96.length)
                            message.sqrtPriceLimitX96 = $String(object.sqrtPriceLimitX96);
                    return message;
                };

                /**
                 * Creates a plain object from a MsgSwapExactOut message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof marketchain.amm.v1.MsgSwapExactOut
                 * @static
                 * @param {marketchain.amm.v1.MsgSwapExactOut} message MsgSwapExactOut
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                MsgSwapExactOut.toObject = function (message, options, _depth) {
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
                            object.poolId = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                        } else
                            object.poolId = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        object.denomIn = "";
                        object.amountOut = "";
                        object.maxAmountIn = "";
                        object.sqrtPriceLimitX96 = "";
                    }
                    if (message.sender != null && $Object.hasOwnProperty.call(message, "sender"))
                        object.sender = message.sender;
                    if (message.poolId != null && $Object.hasOwnProperty.call(message, "poolId"))
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.poolId = typeof message.poolId === "number" ? $BigInt(message.poolId) : $util.Long.fromBits(message.poolId.low >>> 0, message.poolId.high >>> 0, true).toBigInt();
                        else if (typeof message.poolId === "number")
                            object.poolId = options.longs === $String ? $String(message.poolId) : message.poolId;
                        else
                            object.poolId = options.longs === $String ? $util.Long.prototype.toString.call(message.poolId) : options.longs === $Number ? new $util.LongBits(message.poolId.low >>> 0, message.poolId.high >>> 0).toNumber(true) : message.poolId;
                    if (message.denomIn != null && $Object.hasOwnProperty.call(message, "denomIn"))
                        object.denomIn = message.denomIn;
                    if (message.amountOut != null && $Object.hasOwnProperty.call(message, "amountOut"))
                        object.amountOut = message.amountOut;
                    if (message.maxAmountIn != null && $Object.hasOwnProperty.call(message, "maxAmountIn"))
                        object.maxAmountIn = message.maxAmountIn;
                    if (message.sqrtPriceLimitX96 != null && $Object.hasOwnProperty.call(message, "sqrtPriceLimitX96"))
                        object.sqrtPriceLimitX96 = message.sqrtPriceLimitX96;
                    return object;
                };

                /**
                 * Converts this MsgSwapExactOut to JSON.
                 * @function toJSON
                 * @memberof marketchain.amm.v1.MsgSwapExactOut
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                MsgSwapExactOut.prototype.toJSON = function() {
                    return MsgSwapExactOut.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for MsgSwapExactOut
                 * @function getTypeUrl
                 * @memberof marketchain.amm.v1.MsgSwapExactOut
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                MsgSwapExactOut.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/marketchain.amm.v1.MsgSwapExactOut";
                };

                return MsgSwapExactOut;
            })();

            v1.MsgSwapExactOutResponse = (function() {

                /**
                 * Properties of a MsgSwapExactOutResponse.
                 * @typedef {Object} marketchain.amm.v1.MsgSwapExactOutResponse.$Properties
                 * @property {string|null} [amountIn] MsgSwapExactOutResponse amountIn
                 * @property {string|null} [fee] MsgSwapExactOutResponse fee
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a MsgSwapExactOutResponse.
                 * @memberof marketchain.amm.v1
                 * @interface IMsgSwapExactOutResponse
                 * @augments marketchain.amm.v1.MsgSwapExactOutResponse.$Properties
                 * @deprecated Use marketchain.amm.v1.MsgSwapExactOutResponse.$Properties instead.
                 */

                /**
                 * Shape of a MsgSwapExactOutResponse.
                 * @typedef {marketchain.amm.v1.MsgSwapExactOutResponse.$Properties} marketchain.amm.v1.MsgSwapExactOutResponse.$Shape
                 */

                /**
                 * Constructs a new MsgSwapExactOutResponse.
                 * @memberof marketchain.amm.v1
                 * @classdesc Represents a MsgSwapExactOutResponse.
                 * @constructor
                 * @param {marketchain.amm.v1.MsgSwapExactOutResponse.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const MsgSwapExactOutResponse = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * MsgSwapExactOutResponse amountIn.
                 * @member {string} amountIn
                 * @memberof marketchain.amm.v1.MsgSwapExactOutResponse
                 * @instance
                 */
                MsgSwapExactOutResponse.prototype.amountIn = "";

                /**
                 * MsgSwapExactOutResponse fee.
                 * @member {string} fee
                 * @memberof marketchain.amm.v1.MsgSwapExactOutResponse
                 * @instance
                 */
                MsgSwapExactOutResponse.prototype.fee = "";

                /**
                 * Creates a new MsgSwapExactOutResponse instance using the specified properties.
                 * @function create
                 * @memberof marketchain.amm.v1.MsgSwapExactOutResponse
                 * @static
                 * @param {marketchain.amm.v1.MsgSwapExactOutResponse.$Properties=} [properties] Properties to set
                 * @returns {marketchain.amm.v1.MsgSwapExactOutResponse} MsgSwapExactOutResponse instance
                 * @type {{
                 *   (properties: marketchain.amm.v1.MsgSwapExactOutResponse.$Shape): marketchain.amm.v1.MsgSwapExactOutResponse & marketchain.amm.v1.MsgSwapExactOutResponse.$Shape;
                 *   (properties?: marketchain.amm.v1.MsgSwapExactOutResponse.$Properties): marketchain.amm.v1.MsgSwapExactOutResponse;
                 * }}
                 */
                MsgSwapExactOutResponse.create = function(properties) {
                    return new MsgSwapExactOutResponse(properties);
                };

                /**
                 * Encodes the specified MsgSwapExactOutResponse message. Does not implicitly {@link marketchain.amm.v1.MsgSwapExactOutResponse.verify|verify} messages.
                 * @function encode
                 * @memberof marketchain.amm.v1.MsgSwapExactOutResponse
                 * @static
                 * @param {marketchain.amm.v1.MsgSwapExactOutResponse.$Properties} message MsgSwapExactOutResponse message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                MsgSwapExactOutResponse.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.amountIn != null && $Object.hasOwnProperty.call(message, "amountIn") && message.amountIn !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.amountIn);
                    if (message.fee != null && $Object.hasOwnProperty.call(message, "fee") && message.fee !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.fee);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a MsgSwapExactOutResponse message from the specified reader or buffer.
                 * @function decode
                 * @memberof marketchain.amm.v1.MsgSwapExactOutResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {marketchain.amm.v1.MsgSwapExactOutResponse & marketchain.amm.v1.MsgSwapExactOutResponse.$Shape} MsgSwapExactOutResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                MsgSwapExactOutResponse.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.marketchain.amm.v1.MsgSwapExactOutResponse();
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
                                    message.amountIn = value;
                                else
                                    delete message.amountIn;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.fee = value;
                                else
                                    delete message.fee;
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
                 * Creates a MsgSwapExactOutResponse message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof marketchain.amm.v1.MsgSwapExactOutResponse
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {marketchain.amm.v1.MsgSwapExactOutResponse} MsgSwapExactOutResponse
                 */
                MsgSwapExactOutResponse.fromObject = function (object, _depth) {
                    if (object instanceof $root.marketchain.amm.v1.MsgSwapExactOutResponse)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".marketchain.amm.v1.MsgSwapExactOutResponse: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.marketchain.amm.v1.MsgSwapExactOutResponse();
                    if (object.amountIn != null)
                        if (typeof object.amountIn !== "string" || object.amountIn.length)
                            message.amountIn = $String(object.amountIn);
                    if (object.fee != null)
                        if (typeof object.fee !== "string" || object.fee.length)
                            message.fee = $String(object.fee);
                    return message;
                };

                /**
                 * Creates a plain object from a MsgSwapExactOutResponse message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof marketchain.amm.v1.MsgSwapExactOutResponse
                 * @static
                 * @param {marketchain.amm.v1.MsgSwapExactOutResponse} message MsgSwapExactOutResponse
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                MsgSwapExactOutResponse.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.amountIn = "";
                        object.fee = "";
                    }
                    if (message.amountIn != null && $Object.hasOwnProperty.call(message, "amountIn"))
                        object.amountIn = message.amountIn;
                    if (message.fee != null && $Object.hasOwnProperty.call(message, "fee"))
                        object.fee = message.fee;
                    return object;
                };

                /**
                 * Converts this MsgSwapExactOutResponse to JSON.
                 * @function toJSON
                 * @memberof marketchain.amm.v1.MsgSwapExactOutResponse
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                MsgSwapExactOutResponse.prototype.toJSON = function() {
                    return MsgSwapExactOutResponse.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for MsgSwapExactOutResponse
                 * @function getTypeUrl
                 * @memberof marketchain.amm.v1.MsgSwapExactOutResponse
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                MsgSwapExactOutResponse.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/marketchain.amm.v1.MsgSwapExactOutResponse";
                };

                return MsgSwapExactOutResponse;
            })();

            v1.MsgBundle = (function() {

                /**
                 * Properties of a MsgBundle.
                 * @typedef {Object} marketchain.amm.v1.MsgBundle.$Properties
                 * @property {string|null} [sender] MsgBundle sender
                 * @property {Array.<Uint8Array>|null} [txs] MsgBundle txs
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a MsgBundle.
                 * @memberof marketchain.amm.v1
                 * @interface IMsgBundle
                 * @augments marketchain.amm.v1.MsgBundle.$Properties
                 * @deprecated Use marketchain.amm.v1.MsgBundle.$Properties instead.
                 */

                /**
                 * Shape of a MsgBundle.
                 * @typedef {marketchain.amm.v1.MsgBundle.$Properties} marketchain.amm.v1.MsgBundle.$Shape
                 */

                /**
                 * Constructs a new MsgBundle.
                 * @memberof marketchain.amm.v1
                 * @classdesc Represents a MsgBundle.
                 * @constructor
                 * @param {marketchain.amm.v1.MsgBundle.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const MsgBundle = function (properties) {
                    this.txs = [];
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * MsgBundle sender.
                 * @member {string} sender
                 * @memberof marketchain.amm.v1.MsgBundle
                 * @instance
                 */
                MsgBundle.prototype.sender = "";

                /**
                 * MsgBundle txs.
                 * @member {Array.<Uint8Array>} txs
                 * @memberof marketchain.amm.v1.MsgBundle
                 * @instance
                 */
                MsgBundle.prototype.txs = $util.emptyArray;

                /**
                 * Creates a new MsgBundle instance using the specified properties.
                 * @function create
                 * @memberof marketchain.amm.v1.MsgBundle
                 * @static
                 * @param {marketchain.amm.v1.MsgBundle.$Properties=} [properties] Properties to set
                 * @returns {marketchain.amm.v1.MsgBundle} MsgBundle instance
                 * @type {{
                 *   (properties: marketchain.amm.v1.MsgBundle.$Shape): marketchain.amm.v1.MsgBundle & marketchain.amm.v1.MsgBundle.$Shape;
                 *   (properties?: marketchain.amm.v1.MsgBundle.$Properties): marketchain.amm.v1.MsgBundle;
                 * }}
                 */
                MsgBundle.create = function(properties) {
                    return new MsgBundle(properties);
                };

                /**
                 * Encodes the specified MsgBundle message. Does not implicitly {@link marketchain.amm.v1.MsgBundle.verify|verify} messages.
                 * @function encode
                 * @memberof marketchain.amm.v1.MsgBundle
                 * @static
                 * @param {marketchain.amm.v1.MsgBundle.$Properties} message MsgBundle message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                MsgBundle.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.sender != null && $Object.hasOwnProperty.call(message, "sender") && message.sender !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.sender);
                    if (message.txs != null && message.txs.length)
                        for (let i = 0; i < message.txs.length; ++i)
                            writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.txs[i]);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a MsgBundle message from the specified reader or buffer.
                 * @function decode
                 * @memberof marketchain.amm.v1.MsgBundle
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {marketchain.amm.v1.MsgBundle & marketchain.amm.v1.MsgBundle.$Shape} MsgBundle
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                MsgBundle.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.marketchain.amm.v1.MsgBundle();
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
                 * Creates a MsgBundle message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof marketchain.amm.v1.MsgBundle
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {marketchain.amm.v1.MsgBundle} MsgBundle
                 */
                MsgBundle.fromObject = function (object, _depth) {
                    if (object instanceof $root.marketchain.amm.v1.MsgBundle)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".marketchain.amm.v1.MsgBundle: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.marketchain.amm.v1.MsgBundle();
                    if (object.sender != null)
                        if (typeof object.sender !== "string" || object.sender.length)
                            message.sender = $String(object.sender);
                    if (object.txs) {
                        if (!$Array.isArray(object.txs))
                            throw $TypeError(".marketchain.amm.v1.MsgBundle.txs: array expected");
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
                 * Creates a plain object from a MsgBundle message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof marketchain.amm.v1.MsgBundle
                 * @static
                 * @param {marketchain.amm.v1.MsgBundle} message MsgBundle
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                MsgBundle.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.arrays || options.defaults)
                        object.txs = [];
                    if (options.defaults)
                        object.sender = "";
                    if (message.sender != null && $Object.hasOwnProperty.call(message, "sender"))
                        object.sender = message.sender;
                    if (message.txs && message.txs.length) {
                        object.txs = $Array(message.txs.length);
                        for (let j = 0; j < message.txs.length; ++j)
                            object.txs[j] = options.bytes === $String ? $util.base64.encode(message.txs[j], 0, message.txs[j].length) : options.bytes === $Array ? $Array.prototype.slice.call(message.txs[j]) : message.txs[j];
                    }
                    return object;
                };

                /**
                 * Converts this MsgBundle to JSON.
                 * @function toJSON
                 * @memberof marketchain.amm.v1.MsgBundle
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                MsgBundle.prototype.toJSON = function() {
                    return MsgBundle.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for MsgBundle
                 * @function getTypeUrl
                 * @memberof marketchain.amm.v1.MsgBundle
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                MsgBundle.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/marketchain.amm.v1.MsgBundle";
                };

                return MsgBundle;
            })();

            v1.MsgBundleResponse = (function() {

                /**
                 * Properties of a MsgBundleResponse.
                 * @typedef {Object} marketchain.amm.v1.MsgBundleResponse.$Properties
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a MsgBundleResponse.
                 * @memberof marketchain.amm.v1
                 * @interface IMsgBundleResponse
                 * @augments marketchain.amm.v1.MsgBundleResponse.$Properties
                 * @deprecated Use marketchain.amm.v1.MsgBundleResponse.$Properties instead.
                 */

                /**
                 * Shape of a MsgBundleResponse.
                 * @typedef {marketchain.amm.v1.MsgBundleResponse.$Properties} marketchain.amm.v1.MsgBundleResponse.$Shape
                 */

                /**
                 * Constructs a new MsgBundleResponse.
                 * @memberof marketchain.amm.v1
                 * @classdesc Represents a MsgBundleResponse.
                 * @constructor
                 * @param {marketchain.amm.v1.MsgBundleResponse.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const MsgBundleResponse = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * Creates a new MsgBundleResponse instance using the specified properties.
                 * @function create
                 * @memberof marketchain.amm.v1.MsgBundleResponse
                 * @static
                 * @param {marketchain.amm.v1.MsgBundleResponse.$Properties=} [properties] Properties to set
                 * @returns {marketchain.amm.v1.MsgBundleResponse} MsgBundleResponse instance
                 * @type {{
                 *   (properties: marketchain.amm.v1.MsgBundleResponse.$Shape): marketchain.amm.v1.MsgBundleResponse & marketchain.amm.v1.MsgBundleResponse.$Shape;
                 *   (properties?: marketchain.amm.v1.MsgBundleResponse.$Properties): marketchain.amm.v1.MsgBundleResponse;
                 * }}
                 */
                MsgBundleResponse.create = function(properties) {
                    return new MsgBundleResponse(properties);
                };

                /**
                 * Encodes the specified MsgBundleResponse message. Does not implicitly {@link marketchain.amm.v1.MsgBundleResponse.verify|verify} messages.
                 * @function encode
                 * @memberof marketchain.amm.v1.MsgBundleResponse
                 * @static
                 * @param {marketchain.amm.v1.MsgBundleResponse.$Properties} message MsgBundleResponse message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                MsgBundleResponse.encode = function (message, writer, _depth) {
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
                 * Decodes a MsgBundleResponse message from the specified reader or buffer.
                 * @function decode
                 * @memberof marketchain.amm.v1.MsgBundleResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {marketchain.amm.v1.MsgBundleResponse & marketchain.amm.v1.MsgBundleResponse.$Shape} MsgBundleResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                MsgBundleResponse.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.marketchain.amm.v1.MsgBundleResponse();
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
                 * Creates a MsgBundleResponse message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof marketchain.amm.v1.MsgBundleResponse
                 * @static
                 * @param {Object.<string,*>} object Plain object
                 * @returns {marketchain.amm.v1.MsgBundleResponse} MsgBundleResponse
                 */
                MsgBundleResponse.fromObject = function (object, _depth) {
                    if (object instanceof $root.marketchain.amm.v1.MsgBundleResponse)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".marketchain.amm.v1.MsgBundleResponse: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    return new $root.marketchain.amm.v1.MsgBundleResponse();
                };

                /**
                 * Creates a plain object from a MsgBundleResponse message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof marketchain.amm.v1.MsgBundleResponse
                 * @static
                 * @param {marketchain.amm.v1.MsgBundleResponse} message MsgBundleResponse
                 * @param {$protobuf.IConversionOptions} [options] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                MsgBundleResponse.toObject = function () {
                    return {};
                };

                /**
                 * Converts this MsgBundleResponse to JSON.
                 * @function toJSON
                 * @memberof marketchain.amm.v1.MsgBundleResponse
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                MsgBundleResponse.prototype.toJSON = function() {
                    return MsgBundleResponse.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for MsgBundleResponse
                 * @function getTypeUrl
                 * @memberof marketchain.amm.v1.MsgBundleResponse
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                MsgBundleResponse.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/marketchain.amm.v1.MsgBundleResponse";
                };

                return MsgBundleResponse;
            })();

            return v1;
        })();

        return amm;
    })();

    return marketchain;
})();

export {
  $root as default
};
