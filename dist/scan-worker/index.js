import { fileURLToPath as __soc2FileUrlToPath } from 'node:url';
import { dirname as __soc2Dirname } from 'node:path';
const __filename = __soc2FileUrlToPath(import.meta.url);
const __dirname = __soc2Dirname(__filename);
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 1943:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs/promises");

/***/ }),

/***/ 6928:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 7349:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var resolveBlockMap = __nccwpck_require__(7103);
var resolveBlockSeq = __nccwpck_require__(334);
var resolveFlowCollection = __nccwpck_require__(3142);

function resolveCollection(CN, ctx, token, onError, tagName, tag) {
    const coll = token.type === 'block-map'
        ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag)
        : token.type === 'block-seq'
            ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag)
            : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
    const Coll = coll.constructor;
    // If we got a tagName matching the class, or the tag name is '!',
    // then use the tagName from the node class used to create it.
    if (tagName === '!' || tagName === Coll.tagName) {
        coll.tag = Coll.tagName;
        return coll;
    }
    if (tagName)
        coll.tag = tagName;
    return coll;
}
function composeCollection(CN, ctx, token, props, onError) {
    const tagToken = props.tag;
    const tagName = !tagToken
        ? null
        : ctx.directives.tagName(tagToken.source, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg));
    if (token.type === 'block-seq') {
        const { anchor, newlineAfterProp: nl } = props;
        const lastProp = anchor && tagToken
            ? anchor.offset > tagToken.offset
                ? anchor
                : tagToken
            : (anchor ?? tagToken);
        if (lastProp && (!nl || nl.offset < lastProp.offset)) {
            const message = 'Missing newline after block sequence props';
            onError(lastProp, 'MISSING_CHAR', message);
        }
    }
    const expType = token.type === 'block-map'
        ? 'map'
        : token.type === 'block-seq'
            ? 'seq'
            : token.start.source === '{'
                ? 'map'
                : 'seq';
    // shortcut: check if it's a generic YAMLMap or YAMLSeq
    // before jumping into the custom tag logic.
    if (!tagToken ||
        !tagName ||
        tagName === '!' ||
        (tagName === YAMLMap.YAMLMap.tagName && expType === 'map') ||
        (tagName === YAMLSeq.YAMLSeq.tagName && expType === 'seq')) {
        return resolveCollection(CN, ctx, token, onError, tagName);
    }
    let tag = ctx.schema.tags.find(t => t.tag === tagName && t.collection === expType);
    if (!tag) {
        const kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType) {
            ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
            tag = kt;
        }
        else {
            if (kt) {
                onError(tagToken, 'BAD_COLLECTION_TYPE', `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? 'scalar'}`, true);
            }
            else {
                onError(tagToken, 'TAG_RESOLVE_FAILED', `Unresolved tag: ${tagName}`, true);
            }
            return resolveCollection(CN, ctx, token, onError, tagName);
        }
    }
    const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
    const res = tag.resolve?.(coll, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg), ctx.options) ?? coll;
    const node = identity.isNode(res)
        ? res
        : new Scalar.Scalar(res);
    node.range = coll.range;
    node.tag = tagName;
    if (tag?.format)
        node.format = tag.format;
    return node;
}

exports.composeCollection = composeCollection;


/***/ }),

/***/ 3683:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Document = __nccwpck_require__(3021);
var composeNode = __nccwpck_require__(5937);
var resolveEnd = __nccwpck_require__(7788);
var resolveProps = __nccwpck_require__(4631);

function composeDoc(options, directives, { offset, start, value, end }, onError) {
    const opts = Object.assign({ _directives: directives }, options);
    const doc = new Document.Document(undefined, opts);
    const ctx = {
        atKey: false,
        atRoot: true,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
    };
    const props = resolveProps.resolveProps(start, {
        indicator: 'doc-start',
        next: value ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: true
    });
    if (props.found) {
        doc.directives.docStart = true;
        if (value &&
            (value.type === 'block-map' || value.type === 'block-seq') &&
            !props.hasNewline)
            onError(props.end, 'MISSING_CHAR', 'Block collection cannot start on same line with directives-end marker');
    }
    // @ts-expect-error If Contents is set, let's trust the user
    doc.contents = value
        ? composeNode.composeNode(ctx, value, props, onError)
        : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
    const contentEnd = doc.contents.range[2];
    const re = resolveEnd.resolveEnd(end, contentEnd, false, onError);
    if (re.comment)
        doc.comment = re.comment;
    doc.range = [offset, contentEnd, re.offset];
    return doc;
}

exports.composeDoc = composeDoc;


/***/ }),

/***/ 5937:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var composeCollection = __nccwpck_require__(7349);
var composeScalar = __nccwpck_require__(5413);
var resolveEnd = __nccwpck_require__(7788);
var utilEmptyScalarPosition = __nccwpck_require__(2599);

const CN = { composeNode, composeEmptyNode };
function composeNode(ctx, token, props, onError) {
    const atKey = ctx.atKey;
    const { spaceBefore, comment, anchor, tag } = props;
    let node;
    let isSrcToken = true;
    switch (token.type) {
        case 'alias':
            node = composeAlias(ctx, token, onError);
            if (anchor || tag)
                onError(token, 'ALIAS_PROPS', 'An alias node must not specify any properties');
            break;
        case 'scalar':
        case 'single-quoted-scalar':
        case 'double-quoted-scalar':
        case 'block-scalar':
            node = composeScalar.composeScalar(ctx, token, tag, onError);
            if (anchor)
                node.anchor = anchor.source.substring(1);
            break;
        case 'block-map':
        case 'block-seq':
        case 'flow-collection':
            try {
                node = composeCollection.composeCollection(CN, ctx, token, props, onError);
                if (anchor)
                    node.anchor = anchor.source.substring(1);
            }
            catch (error) {
                // Almost certainly here due to a stack overflow
                const message = error instanceof Error ? error.message : String(error);
                onError(token, 'RESOURCE_EXHAUSTION', message);
            }
            break;
        default: {
            const message = token.type === 'error'
                ? token.message
                : `Unsupported token (type: ${token.type})`;
            onError(token, 'UNEXPECTED_TOKEN', message);
            isSrcToken = false;
        }
    }
    node ?? (node = composeEmptyNode(ctx, token.offset, undefined, null, props, onError));
    if (anchor && node.anchor === '')
        onError(anchor, 'BAD_ALIAS', 'Anchor cannot be an empty string');
    if (atKey &&
        ctx.options.stringKeys &&
        (!identity.isScalar(node) ||
            typeof node.value !== 'string' ||
            (node.tag && node.tag !== 'tag:yaml.org,2002:str'))) {
        const msg = 'With stringKeys, all keys must be strings';
        onError(tag ?? token, 'NON_STRING_KEY', msg);
    }
    if (spaceBefore)
        node.spaceBefore = true;
    if (comment) {
        if (token.type === 'scalar' && token.source === '')
            node.comment = comment;
        else
            node.commentBefore = comment;
    }
    // @ts-expect-error Type checking misses meaning of isSrcToken
    if (ctx.options.keepSourceTokens && isSrcToken)
        node.srcToken = token;
    return node;
}
function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
    const token = {
        type: 'scalar',
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
        indent: -1,
        source: ''
    };
    const node = composeScalar.composeScalar(ctx, token, tag, onError);
    if (anchor) {
        node.anchor = anchor.source.substring(1);
        if (node.anchor === '')
            onError(anchor, 'BAD_ALIAS', 'Anchor cannot be an empty string');
    }
    if (spaceBefore)
        node.spaceBefore = true;
    if (comment) {
        node.comment = comment;
        node.range[2] = end;
    }
    return node;
}
function composeAlias({ options }, { offset, source, end }, onError) {
    const alias = new Alias.Alias(source.substring(1));
    if (alias.source === '')
        onError(offset, 'BAD_ALIAS', 'Alias cannot be an empty string');
    if (alias.source.endsWith(':'))
        onError(offset + source.length - 1, 'BAD_ALIAS', 'Alias ending in : is ambiguous', true);
    const valueEnd = offset + source.length;
    const re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
    alias.range = [offset, valueEnd, re.offset];
    if (re.comment)
        alias.comment = re.comment;
    return alias;
}

exports.composeEmptyNode = composeEmptyNode;
exports.composeNode = composeNode;


/***/ }),

/***/ 5413:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var resolveBlockScalar = __nccwpck_require__(8913);
var resolveFlowScalar = __nccwpck_require__(6842);

function composeScalar(ctx, token, tagToken, onError) {
    const { value, type, comment, range } = token.type === 'block-scalar'
        ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError)
        : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
    const tagName = tagToken
        ? ctx.directives.tagName(tagToken.source, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg))
        : null;
    let tag;
    if (ctx.options.stringKeys && ctx.atKey) {
        tag = ctx.schema[identity.SCALAR];
    }
    else if (tagName)
        tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
    else if (token.type === 'scalar')
        tag = findScalarTagByTest(ctx, value, token, onError);
    else
        tag = ctx.schema[identity.SCALAR];
    let scalar;
    try {
        const res = tag.resolve(value, msg => onError(tagToken ?? token, 'TAG_RESOLVE_FAILED', msg), ctx.options);
        scalar = identity.isScalar(res) ? res : new Scalar.Scalar(res);
    }
    catch (error) {
        const msg = error instanceof Error ? error.message : String(error);
        onError(tagToken ?? token, 'TAG_RESOLVE_FAILED', msg);
        scalar = new Scalar.Scalar(value);
    }
    scalar.range = range;
    scalar.source = value;
    if (type)
        scalar.type = type;
    if (tagName)
        scalar.tag = tagName;
    if (tag.format)
        scalar.format = tag.format;
    if (comment)
        scalar.comment = comment;
    return scalar;
}
function findScalarTagByName(schema, value, tagName, tagToken, onError) {
    if (tagName === '!')
        return schema[identity.SCALAR]; // non-specific tag
    const matchWithTest = [];
    for (const tag of schema.tags) {
        if (!tag.collection && tag.tag === tagName) {
            if (tag.default && tag.test)
                matchWithTest.push(tag);
            else
                return tag;
        }
    }
    for (const tag of matchWithTest)
        if (tag.test?.test(value))
            return tag;
    const kt = schema.knownTags[tagName];
    if (kt && !kt.collection) {
        // Ensure that the known tag is available for stringifying,
        // but does not get used by default.
        schema.tags.push(Object.assign({}, kt, { default: false, test: undefined }));
        return kt;
    }
    onError(tagToken, 'TAG_RESOLVE_FAILED', `Unresolved tag: ${tagName}`, tagName !== 'tag:yaml.org,2002:str');
    return schema[identity.SCALAR];
}
function findScalarTagByTest({ atKey, directives, schema }, value, token, onError) {
    const tag = schema.tags.find(tag => (tag.default === true || (atKey && tag.default === 'key')) &&
        tag.test?.test(value)) || schema[identity.SCALAR];
    if (schema.compat) {
        const compat = schema.compat.find(tag => tag.default && tag.test?.test(value)) ??
            schema[identity.SCALAR];
        if (tag.tag !== compat.tag) {
            const ts = directives.tagString(tag.tag);
            const cs = directives.tagString(compat.tag);
            const msg = `Value may be parsed as either ${ts} or ${cs}`;
            onError(token, 'TAG_RESOLVE_FAILED', msg, true);
        }
    }
    return tag;
}

exports.composeScalar = composeScalar;


/***/ }),

/***/ 9984:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);
var directives = __nccwpck_require__(1342);
var Document = __nccwpck_require__(3021);
var errors = __nccwpck_require__(1464);
var identity = __nccwpck_require__(1127);
var composeDoc = __nccwpck_require__(3683);
var resolveEnd = __nccwpck_require__(7788);

function getErrorPos(src) {
    if (typeof src === 'number')
        return [src, src + 1];
    if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
    const { offset, source } = src;
    return [offset, offset + (typeof source === 'string' ? source.length : 1)];
}
function parsePrelude(prelude) {
    let comment = '';
    let atComment = false;
    let afterEmptyLine = false;
    for (let i = 0; i < prelude.length; ++i) {
        const source = prelude[i];
        switch (source[0]) {
            case '#':
                comment +=
                    (comment === '' ? '' : afterEmptyLine ? '\n\n' : '\n') +
                        (source.substring(1) || ' ');
                atComment = true;
                afterEmptyLine = false;
                break;
            case '%':
                if (prelude[i + 1]?.[0] !== '#')
                    i += 1;
                atComment = false;
                break;
            default:
                // This may be wrong after doc-end, but in that case it doesn't matter
                if (!atComment)
                    afterEmptyLine = true;
                atComment = false;
        }
    }
    return { comment, afterEmptyLine };
}
/**
 * Compose a stream of CST nodes into a stream of YAML Documents.
 *
 * ```ts
 * import { Composer, Parser } from 'yaml'
 *
 * const src: string = ...
 * const tokens = new Parser().parse(src)
 * const docs = new Composer().compose(tokens)
 * ```
 */
class Composer {
    constructor(options = {}) {
        this.doc = null;
        this.atDirectives = false;
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
        this.onError = (source, code, message, warning) => {
            const pos = getErrorPos(source);
            if (warning)
                this.warnings.push(new errors.YAMLWarning(pos, code, message));
            else
                this.errors.push(new errors.YAMLParseError(pos, code, message));
        };
        // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
        this.directives = new directives.Directives({ version: options.version || '1.2' });
        this.options = options;
    }
    decorate(doc, afterDoc) {
        const { comment, afterEmptyLine } = parsePrelude(this.prelude);
        //console.log({ dc: doc.comment, prelude, comment })
        if (comment) {
            const dc = doc.contents;
            if (afterDoc) {
                doc.comment = doc.comment ? `${doc.comment}\n${comment}` : comment;
            }
            else if (afterEmptyLine || doc.directives.docStart || !dc) {
                doc.commentBefore = comment;
            }
            else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
                let it = dc.items[0];
                if (identity.isPair(it))
                    it = it.key;
                const cb = it.commentBefore;
                it.commentBefore = cb ? `${comment}\n${cb}` : comment;
            }
            else {
                const cb = dc.commentBefore;
                dc.commentBefore = cb ? `${comment}\n${cb}` : comment;
            }
        }
        if (afterDoc) {
            for (let i = 0; i < this.errors.length; ++i)
                doc.errors.push(this.errors[i]);
            for (let i = 0; i < this.warnings.length; ++i)
                doc.warnings.push(this.warnings[i]);
        }
        else {
            doc.errors = this.errors;
            doc.warnings = this.warnings;
        }
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
    }
    /**
     * Current stream status information.
     *
     * Mostly useful at the end of input for an empty stream.
     */
    streamInfo() {
        return {
            comment: parsePrelude(this.prelude).comment,
            directives: this.directives,
            errors: this.errors,
            warnings: this.warnings
        };
    }
    /**
     * Compose tokens into documents.
     *
     * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
     * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
     */
    *compose(tokens, forceDoc = false, endOffset = -1) {
        for (const token of tokens)
            yield* this.next(token);
        yield* this.end(forceDoc, endOffset);
    }
    /** Advance the composer by one CST token. */
    *next(token) {
        if (node_process.env.LOG_STREAM)
            console.dir(token, { depth: null });
        switch (token.type) {
            case 'directive':
                this.directives.add(token.source, (offset, message, warning) => {
                    const pos = getErrorPos(token);
                    pos[0] += offset;
                    this.onError(pos, 'BAD_DIRECTIVE', message, warning);
                });
                this.prelude.push(token.source);
                this.atDirectives = true;
                break;
            case 'document': {
                const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
                if (this.atDirectives && !doc.directives.docStart)
                    this.onError(token, 'MISSING_CHAR', 'Missing directives-end/doc-start indicator line');
                this.decorate(doc, false);
                if (this.doc)
                    yield this.doc;
                this.doc = doc;
                this.atDirectives = false;
                break;
            }
            case 'byte-order-mark':
            case 'space':
                break;
            case 'comment':
            case 'newline':
                this.prelude.push(token.source);
                break;
            case 'error': {
                const msg = token.source
                    ? `${token.message}: ${JSON.stringify(token.source)}`
                    : token.message;
                const error = new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', msg);
                if (this.atDirectives || !this.doc)
                    this.errors.push(error);
                else
                    this.doc.errors.push(error);
                break;
            }
            case 'doc-end': {
                if (!this.doc) {
                    const msg = 'Unexpected doc-end without preceding document';
                    this.errors.push(new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', msg));
                    break;
                }
                this.doc.directives.docEnd = true;
                const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
                this.decorate(this.doc, true);
                if (end.comment) {
                    const dc = this.doc.comment;
                    this.doc.comment = dc ? `${dc}\n${end.comment}` : end.comment;
                }
                this.doc.range[2] = end.offset;
                break;
            }
            default:
                this.errors.push(new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', `Unsupported token ${token.type}`));
        }
    }
    /**
     * Call at end of input to yield any remaining document.
     *
     * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
     * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
     */
    *end(forceDoc = false, endOffset = -1) {
        if (this.doc) {
            this.decorate(this.doc, true);
            yield this.doc;
            this.doc = null;
        }
        else if (forceDoc) {
            const opts = Object.assign({ _directives: this.directives }, this.options);
            const doc = new Document.Document(undefined, opts);
            if (this.atDirectives)
                this.onError(endOffset, 'MISSING_CHAR', 'Missing directives-end indicator line');
            doc.range = [0, endOffset, endOffset];
            this.decorate(doc, false);
            yield doc;
        }
    }
}

exports.Composer = Composer;


/***/ }),

/***/ 7103:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);
var resolveProps = __nccwpck_require__(4631);
var utilContainsNewline = __nccwpck_require__(9499);
var utilFlowIndentCheck = __nccwpck_require__(4051);
var utilMapIncludes = __nccwpck_require__(1187);

const startColMsg = 'All mapping items must start at the same column';
function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
    const NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap;
    const map = new NodeClass(ctx.schema);
    if (ctx.atRoot)
        ctx.atRoot = false;
    let offset = bm.offset;
    let commentEnd = null;
    for (const collItem of bm.items) {
        const { start, key, sep, value } = collItem;
        // key properties
        const keyProps = resolveProps.resolveProps(start, {
            indicator: 'explicit-key-ind',
            next: key ?? sep?.[0],
            offset,
            onError,
            parentIndent: bm.indent,
            startOnNewline: true
        });
        const implicitKey = !keyProps.found;
        if (implicitKey) {
            if (key) {
                if (key.type === 'block-seq')
                    onError(offset, 'BLOCK_AS_IMPLICIT_KEY', 'A block sequence may not be used as an implicit map key');
                else if ('indent' in key && key.indent !== bm.indent)
                    onError(offset, 'BAD_INDENT', startColMsg);
            }
            if (!keyProps.anchor && !keyProps.tag && !sep) {
                commentEnd = keyProps.end;
                if (keyProps.comment) {
                    if (map.comment)
                        map.comment += '\n' + keyProps.comment;
                    else
                        map.comment = keyProps.comment;
                }
                continue;
            }
            if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) {
                onError(key ?? start[start.length - 1], 'MULTILINE_IMPLICIT_KEY', 'Implicit keys need to be on a single line');
            }
        }
        else if (keyProps.found?.indent !== bm.indent) {
            onError(offset, 'BAD_INDENT', startColMsg);
        }
        // key value
        ctx.atKey = true;
        const keyStart = keyProps.end;
        const keyNode = key
            ? composeNode(ctx, key, keyProps, onError)
            : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
        if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError);
        ctx.atKey = false;
        if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
            onError(keyStart, 'DUPLICATE_KEY', 'Map keys must be unique');
        // value properties
        const valueProps = resolveProps.resolveProps(sep ?? [], {
            indicator: 'map-value-ind',
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: bm.indent,
            startOnNewline: !key || key.type === 'block-scalar'
        });
        offset = valueProps.end;
        if (valueProps.found) {
            if (implicitKey) {
                if (value?.type === 'block-map' && !valueProps.hasNewline)
                    onError(offset, 'BLOCK_AS_IMPLICIT_KEY', 'Nested mappings are not allowed in compact mappings');
                if (ctx.options.strict &&
                    keyProps.start < valueProps.found.offset - 1024)
                    onError(keyNode.range, 'KEY_OVER_1024_CHARS', 'The : indicator must be at most 1024 chars after the start of an implicit block mapping key');
            }
            // value value
            const valueNode = value
                ? composeNode(ctx, value, valueProps, onError)
                : composeEmptyNode(ctx, offset, sep, null, valueProps, onError);
            if (ctx.schema.compat)
                utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
            offset = valueNode.range[2];
            const pair = new Pair.Pair(keyNode, valueNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            map.items.push(pair);
        }
        else {
            // key with no value
            if (implicitKey)
                onError(keyNode.range, 'MISSING_CHAR', 'Implicit map keys need to be followed by map values');
            if (valueProps.comment) {
                if (keyNode.comment)
                    keyNode.comment += '\n' + valueProps.comment;
                else
                    keyNode.comment = valueProps.comment;
            }
            const pair = new Pair.Pair(keyNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            map.items.push(pair);
        }
    }
    if (commentEnd && commentEnd < offset)
        onError(commentEnd, 'IMPOSSIBLE', 'Map comment with trailing content');
    map.range = [bm.offset, offset, commentEnd ?? offset];
    return map;
}

exports.resolveBlockMap = resolveBlockMap;


/***/ }),

/***/ 8913:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

function resolveBlockScalar(ctx, scalar, onError) {
    const start = scalar.offset;
    const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
    if (!header)
        return { value: '', type: null, comment: '', range: [start, start, start] };
    const type = header.mode === '>' ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL;
    const lines = scalar.source ? splitLines(scalar.source) : [];
    // determine the end of content & start of chomping
    let chompStart = lines.length;
    for (let i = lines.length - 1; i >= 0; --i) {
        const content = lines[i][1];
        if (content === '' || content === '\r')
            chompStart = i;
        else
            break;
    }
    // shortcut for empty contents
    if (chompStart === 0) {
        const value = header.chomp === '+' && lines.length > 0
            ? '\n'.repeat(Math.max(1, lines.length - 1))
            : '';
        let end = start + header.length;
        if (scalar.source)
            end += scalar.source.length;
        return { value, type, comment: header.comment, range: [start, end, end] };
    }
    // find the indentation level to trim from start
    let trimIndent = scalar.indent + header.indent;
    let offset = scalar.offset + header.length;
    let contentStart = 0;
    for (let i = 0; i < chompStart; ++i) {
        const [indent, content] = lines[i];
        if (content === '' || content === '\r') {
            if (header.indent === 0 && indent.length > trimIndent)
                trimIndent = indent.length;
        }
        else {
            if (indent.length < trimIndent) {
                const message = 'Block scalars with more-indented leading empty lines must use an explicit indentation indicator';
                onError(offset + indent.length, 'MISSING_CHAR', message);
            }
            if (header.indent === 0)
                trimIndent = indent.length;
            contentStart = i;
            if (trimIndent === 0 && !ctx.atRoot) {
                const message = 'Block scalar values in collections must be indented';
                onError(offset, 'BAD_INDENT', message);
            }
            break;
        }
        offset += indent.length + content.length + 1;
    }
    // include trailing more-indented empty lines in content
    for (let i = lines.length - 1; i >= chompStart; --i) {
        if (lines[i][0].length > trimIndent)
            chompStart = i + 1;
    }
    let value = '';
    let sep = '';
    let prevMoreIndented = false;
    // leading whitespace is kept intact
    for (let i = 0; i < contentStart; ++i)
        value += lines[i][0].slice(trimIndent) + '\n';
    for (let i = contentStart; i < chompStart; ++i) {
        let [indent, content] = lines[i];
        offset += indent.length + content.length + 1;
        const crlf = content[content.length - 1] === '\r';
        if (crlf)
            content = content.slice(0, -1);
        /* istanbul ignore if already caught in lexer */
        if (content && indent.length < trimIndent) {
            const src = header.indent
                ? 'explicit indentation indicator'
                : 'first line';
            const message = `Block scalar lines must not be less indented than their ${src}`;
            onError(offset - content.length - (crlf ? 2 : 1), 'BAD_INDENT', message);
            indent = '';
        }
        if (type === Scalar.Scalar.BLOCK_LITERAL) {
            value += sep + indent.slice(trimIndent) + content;
            sep = '\n';
        }
        else if (indent.length > trimIndent || content[0] === '\t') {
            // more-indented content within a folded block
            if (sep === ' ')
                sep = '\n';
            else if (!prevMoreIndented && sep === '\n')
                sep = '\n\n';
            value += sep + indent.slice(trimIndent) + content;
            sep = '\n';
            prevMoreIndented = true;
        }
        else if (content === '') {
            // empty line
            if (sep === '\n')
                value += '\n';
            else
                sep = '\n';
        }
        else {
            value += sep + content;
            sep = ' ';
            prevMoreIndented = false;
        }
    }
    switch (header.chomp) {
        case '-':
            break;
        case '+':
            for (let i = chompStart; i < lines.length; ++i)
                value += '\n' + lines[i][0].slice(trimIndent);
            if (value[value.length - 1] !== '\n')
                value += '\n';
            break;
        default:
            value += '\n';
    }
    const end = start + header.length + scalar.source.length;
    return { value, type, comment: header.comment, range: [start, end, end] };
}
function parseBlockScalarHeader({ offset, props }, strict, onError) {
    /* istanbul ignore if should not happen */
    if (props[0].type !== 'block-scalar-header') {
        onError(props[0], 'IMPOSSIBLE', 'Block scalar header not found');
        return null;
    }
    const { source } = props[0];
    const mode = source[0];
    let indent = 0;
    let chomp = '';
    let error = -1;
    for (let i = 1; i < source.length; ++i) {
        const ch = source[i];
        if (!chomp && (ch === '-' || ch === '+'))
            chomp = ch;
        else {
            const n = Number(ch);
            if (!indent && n)
                indent = n;
            else if (error === -1)
                error = offset + i;
        }
    }
    if (error !== -1)
        onError(error, 'UNEXPECTED_TOKEN', `Block scalar header includes extra characters: ${source}`);
    let hasSpace = false;
    let comment = '';
    let length = source.length;
    for (let i = 1; i < props.length; ++i) {
        const token = props[i];
        switch (token.type) {
            case 'space':
                hasSpace = true;
            // fallthrough
            case 'newline':
                length += token.source.length;
                break;
            case 'comment':
                if (strict && !hasSpace) {
                    const message = 'Comments must be separated from other tokens by white space characters';
                    onError(token, 'MISSING_CHAR', message);
                }
                length += token.source.length;
                comment = token.source.substring(1);
                break;
            case 'error':
                onError(token, 'UNEXPECTED_TOKEN', token.message);
                length += token.source.length;
                break;
            /* istanbul ignore next should not happen */
            default: {
                const message = `Unexpected token in block scalar header: ${token.type}`;
                onError(token, 'UNEXPECTED_TOKEN', message);
                const ts = token.source;
                if (ts && typeof ts === 'string')
                    length += ts.length;
            }
        }
    }
    return { mode, indent, chomp, comment, length };
}
/** @returns Array of lines split up as `[indent, content]` */
function splitLines(source) {
    const split = source.split(/\n( *)/);
    const first = split[0];
    const m = first.match(/^( *)/);
    const line0 = m?.[1]
        ? [m[1], first.slice(m[1].length)]
        : ['', first];
    const lines = [line0];
    for (let i = 1; i < split.length; i += 2)
        lines.push([split[i], split[i + 1]]);
    return lines;
}

exports.resolveBlockScalar = resolveBlockScalar;


/***/ }),

/***/ 334:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var YAMLSeq = __nccwpck_require__(2223);
var resolveProps = __nccwpck_require__(4631);
var utilFlowIndentCheck = __nccwpck_require__(4051);

function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
    const NodeClass = tag?.nodeClass ?? YAMLSeq.YAMLSeq;
    const seq = new NodeClass(ctx.schema);
    if (ctx.atRoot)
        ctx.atRoot = false;
    if (ctx.atKey)
        ctx.atKey = false;
    let offset = bs.offset;
    let commentEnd = null;
    for (const { start, value } of bs.items) {
        const props = resolveProps.resolveProps(start, {
            indicator: 'seq-item-ind',
            next: value,
            offset,
            onError,
            parentIndent: bs.indent,
            startOnNewline: true
        });
        if (!props.found) {
            if (props.anchor || props.tag || value) {
                if (value?.type === 'block-seq')
                    onError(props.end, 'BAD_INDENT', 'All sequence items must start at the same column');
                else
                    onError(offset, 'MISSING_CHAR', 'Sequence item without - indicator');
            }
            else {
                commentEnd = props.end;
                if (props.comment)
                    seq.comment = props.comment;
                continue;
            }
        }
        const node = value
            ? composeNode(ctx, value, props, onError)
            : composeEmptyNode(ctx, props.end, start, null, props, onError);
        if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
        offset = node.range[2];
        seq.items.push(node);
    }
    seq.range = [bs.offset, offset, commentEnd ?? offset];
    return seq;
}

exports.resolveBlockSeq = resolveBlockSeq;


/***/ }),

/***/ 7788:
/***/ ((__unused_webpack_module, exports) => {



function resolveEnd(end, offset, reqSpace, onError) {
    let comment = '';
    if (end) {
        let hasSpace = false;
        let sep = '';
        for (const token of end) {
            const { source, type } = token;
            switch (type) {
                case 'space':
                    hasSpace = true;
                    break;
                case 'comment': {
                    if (reqSpace && !hasSpace)
                        onError(token, 'MISSING_CHAR', 'Comments must be separated from other tokens by white space characters');
                    const cb = source.substring(1) || ' ';
                    if (!comment)
                        comment = cb;
                    else
                        comment += sep + cb;
                    sep = '';
                    break;
                }
                case 'newline':
                    if (comment)
                        sep += source;
                    hasSpace = true;
                    break;
                default:
                    onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${type} at node end`);
            }
            offset += source.length;
        }
    }
    return { comment, offset };
}

exports.resolveEnd = resolveEnd;


/***/ }),

/***/ 3142:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var resolveEnd = __nccwpck_require__(7788);
var resolveProps = __nccwpck_require__(4631);
var utilContainsNewline = __nccwpck_require__(9499);
var utilMapIncludes = __nccwpck_require__(1187);

const blockMsg = 'Block collections are not allowed within flow collections';
const isBlock = (token) => token && (token.type === 'block-map' || token.type === 'block-seq');
function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
    const isMap = fc.start.source === '{';
    const fcName = isMap ? 'flow map' : 'flow sequence';
    const NodeClass = (tag?.nodeClass ?? (isMap ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq));
    const coll = new NodeClass(ctx.schema);
    coll.flow = true;
    const atRoot = ctx.atRoot;
    if (atRoot)
        ctx.atRoot = false;
    if (ctx.atKey)
        ctx.atKey = false;
    let offset = fc.offset + fc.start.source.length;
    for (let i = 0; i < fc.items.length; ++i) {
        const collItem = fc.items[i];
        const { start, key, sep, value } = collItem;
        const props = resolveProps.resolveProps(start, {
            flow: fcName,
            indicator: 'explicit-key-ind',
            next: key ?? sep?.[0],
            offset,
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
        });
        if (!props.found) {
            if (!props.anchor && !props.tag && !sep && !value) {
                if (i === 0 && props.comma)
                    onError(props.comma, 'UNEXPECTED_TOKEN', `Unexpected , in ${fcName}`);
                else if (i < fc.items.length - 1)
                    onError(props.start, 'UNEXPECTED_TOKEN', `Unexpected empty item in ${fcName}`);
                if (props.comment) {
                    if (coll.comment)
                        coll.comment += '\n' + props.comment;
                    else
                        coll.comment = props.comment;
                }
                offset = props.end;
                continue;
            }
            if (!isMap && ctx.options.strict && utilContainsNewline.containsNewline(key))
                onError(key, // checked by containsNewline()
                'MULTILINE_IMPLICIT_KEY', 'Implicit keys of flow sequence pairs need to be on a single line');
        }
        if (i === 0) {
            if (props.comma)
                onError(props.comma, 'UNEXPECTED_TOKEN', `Unexpected , in ${fcName}`);
        }
        else {
            if (!props.comma)
                onError(props.start, 'MISSING_CHAR', `Missing , between ${fcName} items`);
            if (props.comment) {
                let prevItemComment = '';
                loop: for (const st of start) {
                    switch (st.type) {
                        case 'comma':
                        case 'space':
                            break;
                        case 'comment':
                            prevItemComment = st.source.substring(1);
                            break loop;
                        default:
                            break loop;
                    }
                }
                if (prevItemComment) {
                    let prev = coll.items[coll.items.length - 1];
                    if (identity.isPair(prev))
                        prev = prev.value ?? prev.key;
                    if (prev.comment)
                        prev.comment += '\n' + prevItemComment;
                    else
                        prev.comment = prevItemComment;
                    props.comment = props.comment.substring(prevItemComment.length + 1);
                }
            }
        }
        if (!isMap && !sep && !props.found) {
            // item is a value in a seq
            // → key & sep are empty, start does not include ? or :
            const valueNode = value
                ? composeNode(ctx, value, props, onError)
                : composeEmptyNode(ctx, props.end, sep, null, props, onError);
            coll.items.push(valueNode);
            offset = valueNode.range[2];
            if (isBlock(value))
                onError(valueNode.range, 'BLOCK_IN_FLOW', blockMsg);
        }
        else {
            // item is a key+value pair
            // key value
            ctx.atKey = true;
            const keyStart = props.end;
            const keyNode = key
                ? composeNode(ctx, key, props, onError)
                : composeEmptyNode(ctx, keyStart, start, null, props, onError);
            if (isBlock(key))
                onError(keyNode.range, 'BLOCK_IN_FLOW', blockMsg);
            ctx.atKey = false;
            // value properties
            const valueProps = resolveProps.resolveProps(sep ?? [], {
                flow: fcName,
                indicator: 'map-value-ind',
                next: value,
                offset: keyNode.range[2],
                onError,
                parentIndent: fc.indent,
                startOnNewline: false
            });
            if (valueProps.found) {
                if (!isMap && !props.found && ctx.options.strict) {
                    if (sep)
                        for (const st of sep) {
                            if (st === valueProps.found)
                                break;
                            if (st.type === 'newline') {
                                onError(st, 'MULTILINE_IMPLICIT_KEY', 'Implicit keys of flow sequence pairs need to be on a single line');
                                break;
                            }
                        }
                    if (props.start < valueProps.found.offset - 1024)
                        onError(valueProps.found, 'KEY_OVER_1024_CHARS', 'The : indicator must be at most 1024 chars after the start of an implicit flow sequence key');
                }
            }
            else if (value) {
                if ('source' in value && value.source?.[0] === ':')
                    onError(value, 'MISSING_CHAR', `Missing space after : in ${fcName}`);
                else
                    onError(valueProps.start, 'MISSING_CHAR', `Missing , or : between ${fcName} items`);
            }
            // value value
            const valueNode = value
                ? composeNode(ctx, value, valueProps, onError)
                : valueProps.found
                    ? composeEmptyNode(ctx, valueProps.end, sep, null, valueProps, onError)
                    : null;
            if (valueNode) {
                if (isBlock(value))
                    onError(valueNode.range, 'BLOCK_IN_FLOW', blockMsg);
            }
            else if (valueProps.comment) {
                if (keyNode.comment)
                    keyNode.comment += '\n' + valueProps.comment;
                else
                    keyNode.comment = valueProps.comment;
            }
            const pair = new Pair.Pair(keyNode, valueNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            if (isMap) {
                const map = coll;
                if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
                    onError(keyStart, 'DUPLICATE_KEY', 'Map keys must be unique');
                map.items.push(pair);
            }
            else {
                const map = new YAMLMap.YAMLMap(ctx.schema);
                map.flow = true;
                map.items.push(pair);
                const endRange = (valueNode ?? keyNode).range;
                map.range = [keyNode.range[0], endRange[1], endRange[2]];
                coll.items.push(map);
            }
            offset = valueNode ? valueNode.range[2] : valueProps.end;
        }
    }
    const expectedEnd = isMap ? '}' : ']';
    const [ce, ...ee] = fc.end;
    let cePos = offset;
    if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
    else {
        const name = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot
            ? `${name} must end with a ${expectedEnd}`
            : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? 'MISSING_CHAR' : 'BAD_INDENT', msg);
        if (ce && ce.source.length !== 1)
            ee.unshift(ce);
    }
    if (ee.length > 0) {
        const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
        if (end.comment) {
            if (coll.comment)
                coll.comment += '\n' + end.comment;
            else
                coll.comment = end.comment;
        }
        coll.range = [fc.offset, cePos, end.offset];
    }
    else {
        coll.range = [fc.offset, cePos, cePos];
    }
    return coll;
}

exports.resolveFlowCollection = resolveFlowCollection;


/***/ }),

/***/ 6842:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var resolveEnd = __nccwpck_require__(7788);

function resolveFlowScalar(scalar, strict, onError) {
    const { offset, type, source, end } = scalar;
    let _type;
    let value;
    const _onError = (rel, code, msg) => onError(offset + rel, code, msg);
    switch (type) {
        case 'scalar':
            _type = Scalar.Scalar.PLAIN;
            value = plainValue(source, _onError);
            break;
        case 'single-quoted-scalar':
            _type = Scalar.Scalar.QUOTE_SINGLE;
            value = singleQuotedValue(source, _onError);
            break;
        case 'double-quoted-scalar':
            _type = Scalar.Scalar.QUOTE_DOUBLE;
            value = doubleQuotedValue(source, _onError);
            break;
        /* istanbul ignore next should not happen */
        default:
            onError(scalar, 'UNEXPECTED_TOKEN', `Expected a flow scalar value, but found: ${type}`);
            return {
                value: '',
                type: null,
                comment: '',
                range: [offset, offset + source.length, offset + source.length]
            };
    }
    const valueEnd = offset + source.length;
    const re = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
    return {
        value,
        type: _type,
        comment: re.comment,
        range: [offset, valueEnd, re.offset]
    };
}
function plainValue(source, onError) {
    let badChar = '';
    switch (source[0]) {
        /* istanbul ignore next should not happen */
        case '\t':
            badChar = 'a tab character';
            break;
        case ',':
            badChar = 'flow indicator character ,';
            break;
        case '%':
            badChar = 'directive indicator character %';
            break;
        case '|':
        case '>': {
            badChar = `block scalar indicator ${source[0]}`;
            break;
        }
        case '@':
        case '`': {
            badChar = `reserved character ${source[0]}`;
            break;
        }
    }
    if (badChar)
        onError(0, 'BAD_SCALAR_START', `Plain value cannot start with ${badChar}`);
    return unfoldLines(source);
}
function singleQuotedValue(source, onError) {
    if (source[source.length - 1] !== "'" || source.length === 1)
        onError(source.length, 'MISSING_CHAR', "Missing closing 'quote");
    return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
}
function unfoldLines(source) {
    const line = /(.*?)\r?\n/sy;
    let match = line.exec(source);
    if (!match)
        return source;
    /**
     * The negative lookbehinds in these RegExps are to
     * prevent causing a polynomial search time in certain cases.
     *
     * The try-catch is for Safari < 16.4 and other old browsers:
     * https://caniuse.com/js-regexp-lookbehind
     */
    let trimEnd, trimBoth;
    try {
        trimEnd = new RegExp('(?<![ \t])[ \t]+$');
        trimBoth = new RegExp('^[ \t]+|(?<![ \t])[ \t]+$', 'g');
    }
    catch {
        trimEnd = /[ \t]+$/;
        trimBoth = /^[ \t]+|[ \t]+$/g;
    }
    let res = match[1].replace(trimEnd, '');
    let sep = ' ';
    let pos = line.lastIndex;
    while ((match = line.exec(source))) {
        const lm = match[1].replace(trimBoth, '');
        if (lm === '') {
            if (sep === '\n')
                res += sep;
            else
                sep = '\n';
        }
        else {
            res += sep + lm;
            sep = ' ';
        }
        pos = line.lastIndex;
    }
    const last = /[ \t]*(.*)/sy;
    last.lastIndex = pos;
    match = last.exec(source);
    return res + sep + (match?.[1] ?? '');
}
function doubleQuotedValue(source, onError) {
    let res = '';
    for (let i = 1; i < source.length - 1; ++i) {
        const ch = source[i];
        if (ch === '\r' && source[i + 1] === '\n')
            continue;
        if (ch === '\n') {
            const { fold, offset } = foldNewline(source, i);
            res += fold;
            i = offset;
        }
        else if (ch === '\\') {
            let next = source[++i];
            const cc = escapeCodes[next];
            if (cc)
                res += cc;
            else if (next === '\n') {
                // skip escaped newlines, but still trim the following line
                next = source[i + 1];
                while (next === ' ' || next === '\t')
                    next = source[++i + 1];
            }
            else if (next === '\r' && source[i + 1] === '\n') {
                // skip escaped CRLF newlines, but still trim the following line
                next = source[++i + 1];
                while (next === ' ' || next === '\t')
                    next = source[++i + 1];
            }
            else if (next === 'x' || next === 'u' || next === 'U') {
                const length = next === 'x' ? 2 : next === 'u' ? 4 : 8;
                res += parseCharCode(source, i + 1, length, onError);
                i += length;
            }
            else {
                const raw = source.substr(i - 1, 2);
                onError(i - 1, 'BAD_DQ_ESCAPE', `Invalid escape sequence ${raw}`);
                res += raw;
            }
        }
        else if (ch === ' ' || ch === '\t') {
            // trim trailing whitespace
            const wsStart = i;
            let next = source[i + 1];
            while (next === ' ' || next === '\t')
                next = source[++i + 1];
            if (next !== '\n' && !(next === '\r' && source[i + 2] === '\n'))
                res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
        }
        else {
            res += ch;
        }
    }
    if (source[source.length - 1] !== '"' || source.length === 1)
        onError(source.length, 'MISSING_CHAR', 'Missing closing "quote');
    return res;
}
/**
 * Fold a single newline into a space, multiple newlines to N - 1 newlines.
 * Presumes `source[offset] === '\n'`
 */
function foldNewline(source, offset) {
    let fold = '';
    let ch = source[offset + 1];
    while (ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r') {
        if (ch === '\r' && source[offset + 2] !== '\n')
            break;
        if (ch === '\n')
            fold += '\n';
        offset += 1;
        ch = source[offset + 1];
    }
    if (!fold)
        fold = ' ';
    return { fold, offset };
}
const escapeCodes = {
    '0': '\0', // null character
    a: '\x07', // bell character
    b: '\b', // backspace
    e: '\x1b', // escape character
    f: '\f', // form feed
    n: '\n', // line feed
    r: '\r', // carriage return
    t: '\t', // horizontal tab
    v: '\v', // vertical tab
    N: '\u0085', // Unicode next line
    _: '\u00a0', // Unicode non-breaking space
    L: '\u2028', // Unicode line separator
    P: '\u2029', // Unicode paragraph separator
    ' ': ' ',
    '"': '"',
    '/': '/',
    '\\': '\\',
    '\t': '\t'
};
function parseCharCode(source, offset, length, onError) {
    const cc = source.substr(offset, length);
    const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
    const code = ok ? parseInt(cc, 16) : NaN;
    try {
        return String.fromCodePoint(code);
    }
    catch {
        const raw = source.substr(offset - 2, length + 2);
        onError(offset - 2, 'BAD_DQ_ESCAPE', `Invalid escape sequence ${raw}`);
        return raw;
    }
}

exports.resolveFlowScalar = resolveFlowScalar;


/***/ }),

/***/ 4631:
/***/ ((__unused_webpack_module, exports) => {



function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
    let spaceBefore = false;
    let atNewline = startOnNewline;
    let hasSpace = startOnNewline;
    let comment = '';
    let commentSep = '';
    let hasNewline = false;
    let reqSpace = false;
    let tab = null;
    let anchor = null;
    let tag = null;
    let newlineAfterProp = null;
    let comma = null;
    let found = null;
    let start = null;
    for (const token of tokens) {
        if (reqSpace) {
            if (token.type !== 'space' &&
                token.type !== 'newline' &&
                token.type !== 'comma')
                onError(token.offset, 'MISSING_CHAR', 'Tags and anchors must be separated from the next token by white space');
            reqSpace = false;
        }
        if (tab) {
            if (atNewline && token.type !== 'comment' && token.type !== 'newline') {
                onError(tab, 'TAB_AS_INDENT', 'Tabs are not allowed as indentation');
            }
            tab = null;
        }
        switch (token.type) {
            case 'space':
                // At the doc level, tabs at line start may be parsed
                // as leading white space rather than indentation.
                // In a flow collection, only the parser handles indent.
                if (!flow &&
                    (indicator !== 'doc-start' || next?.type !== 'flow-collection') &&
                    token.source.includes('\t')) {
                    tab = token;
                }
                hasSpace = true;
                break;
            case 'comment': {
                if (!hasSpace)
                    onError(token, 'MISSING_CHAR', 'Comments must be separated from other tokens by white space characters');
                const cb = token.source.substring(1) || ' ';
                if (!comment)
                    comment = cb;
                else
                    comment += commentSep + cb;
                commentSep = '';
                atNewline = false;
                break;
            }
            case 'newline':
                if (atNewline) {
                    if (comment)
                        comment += token.source;
                    else if (!found || indicator !== 'seq-item-ind')
                        spaceBefore = true;
                }
                else
                    commentSep += token.source;
                atNewline = true;
                hasNewline = true;
                if (anchor || tag)
                    newlineAfterProp = token;
                hasSpace = true;
                break;
            case 'anchor':
                if (anchor)
                    onError(token, 'MULTIPLE_ANCHORS', 'A node can have at most one anchor');
                if (token.source.endsWith(':'))
                    onError(token.offset + token.source.length - 1, 'BAD_ALIAS', 'Anchor ending in : is ambiguous', true);
                anchor = token;
                start ?? (start = token.offset);
                atNewline = false;
                hasSpace = false;
                reqSpace = true;
                break;
            case 'tag': {
                if (tag)
                    onError(token, 'MULTIPLE_TAGS', 'A node can have at most one tag');
                tag = token;
                start ?? (start = token.offset);
                atNewline = false;
                hasSpace = false;
                reqSpace = true;
                break;
            }
            case indicator:
                // Could here handle preceding comments differently
                if (anchor || tag)
                    onError(token, 'BAD_PROP_ORDER', `Anchors and tags must be after the ${token.source} indicator`);
                if (found)
                    onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${token.source} in ${flow ?? 'collection'}`);
                found = token;
                atNewline =
                    indicator === 'seq-item-ind' || indicator === 'explicit-key-ind';
                hasSpace = false;
                break;
            case 'comma':
                if (flow) {
                    if (comma)
                        onError(token, 'UNEXPECTED_TOKEN', `Unexpected , in ${flow}`);
                    comma = token;
                    atNewline = false;
                    hasSpace = false;
                    break;
                }
            // else fallthrough
            default:
                onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${token.type} token`);
                atNewline = false;
                hasSpace = false;
        }
    }
    const last = tokens[tokens.length - 1];
    const end = last ? last.offset + last.source.length : offset;
    if (reqSpace &&
        next &&
        next.type !== 'space' &&
        next.type !== 'newline' &&
        next.type !== 'comma' &&
        (next.type !== 'scalar' || next.source !== '')) {
        onError(next.offset, 'MISSING_CHAR', 'Tags and anchors must be separated from the next token by white space');
    }
    if (tab &&
        ((atNewline && tab.indent <= parentIndent) ||
            next?.type === 'block-map' ||
            next?.type === 'block-seq'))
        onError(tab, 'TAB_AS_INDENT', 'Tabs are not allowed as indentation');
    return {
        comma,
        found,
        spaceBefore,
        comment,
        hasNewline,
        anchor,
        tag,
        newlineAfterProp,
        end,
        start: start ?? end
    };
}

exports.resolveProps = resolveProps;


/***/ }),

/***/ 9499:
/***/ ((__unused_webpack_module, exports) => {



function containsNewline(key) {
    if (!key)
        return null;
    switch (key.type) {
        case 'alias':
        case 'scalar':
        case 'double-quoted-scalar':
        case 'single-quoted-scalar':
            if (key.source.includes('\n'))
                return true;
            if (key.end)
                for (const st of key.end)
                    if (st.type === 'newline')
                        return true;
            return false;
        case 'flow-collection':
            for (const it of key.items) {
                for (const st of it.start)
                    if (st.type === 'newline')
                        return true;
                if (it.sep)
                    for (const st of it.sep)
                        if (st.type === 'newline')
                            return true;
                if (containsNewline(it.key) || containsNewline(it.value))
                    return true;
            }
            return false;
        default:
            return true;
    }
}

exports.containsNewline = containsNewline;


/***/ }),

/***/ 2599:
/***/ ((__unused_webpack_module, exports) => {



function emptyScalarPosition(offset, before, pos) {
    if (before) {
        pos ?? (pos = before.length);
        for (let i = pos - 1; i >= 0; --i) {
            let st = before[i];
            switch (st.type) {
                case 'space':
                case 'comment':
                case 'newline':
                    offset -= st.source.length;
                    continue;
            }
            // Technically, an empty scalar is immediately after the last non-empty
            // node, but it's more useful to place it after any whitespace.
            st = before[++i];
            while (st?.type === 'space') {
                offset += st.source.length;
                st = before[++i];
            }
            break;
        }
    }
    return offset;
}

exports.emptyScalarPosition = emptyScalarPosition;


/***/ }),

/***/ 4051:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var utilContainsNewline = __nccwpck_require__(9499);

function flowIndentCheck(indent, fc, onError) {
    if (fc?.type === 'flow-collection') {
        const end = fc.end[0];
        if (end.indent === indent &&
            (end.source === ']' || end.source === '}') &&
            utilContainsNewline.containsNewline(fc)) {
            const msg = 'Flow end indicator should be more indented than parent';
            onError(end, 'BAD_INDENT', msg, true);
        }
    }
}

exports.flowIndentCheck = flowIndentCheck;


/***/ }),

/***/ 1187:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

function mapIncludes(ctx, items, search) {
    const { uniqueKeys } = ctx.options;
    if (uniqueKeys === false)
        return false;
    const isEqual = typeof uniqueKeys === 'function'
        ? uniqueKeys
        : (a, b) => a === b || (identity.isScalar(a) && identity.isScalar(b) && a.value === b.value);
    return items.some(pair => isEqual(pair.key, search));
}

exports.mapIncludes = mapIncludes;


/***/ }),

/***/ 3021:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var toJS = __nccwpck_require__(4043);
var Schema = __nccwpck_require__(5840);
var stringifyDocument = __nccwpck_require__(6829);
var anchors = __nccwpck_require__(1596);
var applyReviver = __nccwpck_require__(3661);
var createNode = __nccwpck_require__(2404);
var directives = __nccwpck_require__(1342);

class Document {
    constructor(value, replacer, options) {
        /** A comment before this Document */
        this.commentBefore = null;
        /** A comment immediately after this Document */
        this.comment = null;
        /** Errors encountered during parsing. */
        this.errors = [];
        /** Warnings encountered during parsing. */
        this.warnings = [];
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
        let _replacer = null;
        if (typeof replacer === 'function' || Array.isArray(replacer)) {
            _replacer = replacer;
        }
        else if (options === undefined && replacer) {
            options = replacer;
            replacer = undefined;
        }
        const opt = Object.assign({
            intAsBigInt: false,
            keepSourceTokens: false,
            logLevel: 'warn',
            prettyErrors: true,
            strict: true,
            stringKeys: false,
            uniqueKeys: true,
            version: '1.2'
        }, options);
        this.options = opt;
        let { version } = opt;
        if (options?._directives) {
            this.directives = options._directives.atDocument();
            if (this.directives.yaml.explicit)
                version = this.directives.yaml.version;
        }
        else
            this.directives = new directives.Directives({ version });
        this.setSchema(version, options);
        // @ts-expect-error We can't really know that this matches Contents.
        this.contents =
            value === undefined ? null : this.createNode(value, _replacer, options);
    }
    /**
     * Create a deep copy of this Document and its contents.
     *
     * Custom Node values that inherit from `Object` still refer to their original instances.
     */
    clone() {
        const copy = Object.create(Document.prototype, {
            [identity.NODE_TYPE]: { value: identity.DOC }
        });
        copy.commentBefore = this.commentBefore;
        copy.comment = this.comment;
        copy.errors = this.errors.slice();
        copy.warnings = this.warnings.slice();
        copy.options = Object.assign({}, this.options);
        if (this.directives)
            copy.directives = this.directives.clone();
        copy.schema = this.schema.clone();
        // @ts-expect-error We can't really know that this matches Contents.
        copy.contents = identity.isNode(this.contents)
            ? this.contents.clone(copy.schema)
            : this.contents;
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /** Adds a value to the document. */
    add(value) {
        if (assertCollection(this.contents))
            this.contents.add(value);
    }
    /** Adds a value to the document. */
    addIn(path, value) {
        if (assertCollection(this.contents))
            this.contents.addIn(path, value);
    }
    /**
     * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
     *
     * If `node` already has an anchor, `name` is ignored.
     * Otherwise, the `node.anchor` value will be set to `name`,
     * or if an anchor with that name is already present in the document,
     * `name` will be used as a prefix for a new unique anchor.
     * If `name` is undefined, the generated anchor will use 'a' as a prefix.
     */
    createAlias(node, name) {
        if (!node.anchor) {
            const prev = anchors.anchorNames(this);
            node.anchor =
                // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
                !name || prev.has(name) ? anchors.findNewAnchor(name || 'a', prev) : name;
        }
        return new Alias.Alias(node.anchor);
    }
    createNode(value, replacer, options) {
        let _replacer = undefined;
        if (typeof replacer === 'function') {
            value = replacer.call({ '': value }, '', value);
            _replacer = replacer;
        }
        else if (Array.isArray(replacer)) {
            const keyToStr = (v) => typeof v === 'number' || v instanceof String || v instanceof Number;
            const asStr = replacer.filter(keyToStr).map(String);
            if (asStr.length > 0)
                replacer = replacer.concat(asStr);
            _replacer = replacer;
        }
        else if (options === undefined && replacer) {
            options = replacer;
            replacer = undefined;
        }
        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(this, 
        // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
        anchorPrefix || 'a');
        const ctx = {
            aliasDuplicateObjects: aliasDuplicateObjects ?? true,
            keepUndefined: keepUndefined ?? false,
            onAnchor,
            onTagObj,
            replacer: _replacer,
            schema: this.schema,
            sourceObjects
        };
        const node = createNode.createNode(value, tag, ctx);
        if (flow && identity.isCollection(node))
            node.flow = true;
        setAnchors();
        return node;
    }
    /**
     * Convert a key and a value into a `Pair` using the current schema,
     * recursively wrapping all values as `Scalar` or `Collection` nodes.
     */
    createPair(key, value, options = {}) {
        const k = this.createNode(key, null, options);
        const v = this.createNode(value, null, options);
        return new Pair.Pair(k, v);
    }
    /**
     * Removes a value from the document.
     * @returns `true` if the item was found and removed.
     */
    delete(key) {
        return assertCollection(this.contents) ? this.contents.delete(key) : false;
    }
    /**
     * Removes a value from the document.
     * @returns `true` if the item was found and removed.
     */
    deleteIn(path) {
        if (Collection.isEmptyPath(path)) {
            if (this.contents == null)
                return false;
            // @ts-expect-error Presumed impossible if Strict extends false
            this.contents = null;
            return true;
        }
        return assertCollection(this.contents)
            ? this.contents.deleteIn(path)
            : false;
    }
    /**
     * Returns item at `key`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    get(key, keepScalar) {
        return identity.isCollection(this.contents)
            ? this.contents.get(key, keepScalar)
            : undefined;
    }
    /**
     * Returns item at `path`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    getIn(path, keepScalar) {
        if (Collection.isEmptyPath(path))
            return !keepScalar && identity.isScalar(this.contents)
                ? this.contents.value
                : this.contents;
        return identity.isCollection(this.contents)
            ? this.contents.getIn(path, keepScalar)
            : undefined;
    }
    /**
     * Checks if the document includes a value with the key `key`.
     */
    has(key) {
        return identity.isCollection(this.contents) ? this.contents.has(key) : false;
    }
    /**
     * Checks if the document includes a value at `path`.
     */
    hasIn(path) {
        if (Collection.isEmptyPath(path))
            return this.contents !== undefined;
        return identity.isCollection(this.contents) ? this.contents.hasIn(path) : false;
    }
    /**
     * Sets a value in this document. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    set(key, value) {
        if (this.contents == null) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = Collection.collectionFromPath(this.schema, [key], value);
        }
        else if (assertCollection(this.contents)) {
            this.contents.set(key, value);
        }
    }
    /**
     * Sets a value in this document. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    setIn(path, value) {
        if (Collection.isEmptyPath(path)) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = value;
        }
        else if (this.contents == null) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = Collection.collectionFromPath(this.schema, Array.from(path), value);
        }
        else if (assertCollection(this.contents)) {
            this.contents.setIn(path, value);
        }
    }
    /**
     * Change the YAML version and schema used by the document.
     * A `null` version disables support for directives, explicit tags, anchors, and aliases.
     * It also requires the `schema` option to be given as a `Schema` instance value.
     *
     * Overrides all previously set schema options.
     */
    setSchema(version, options = {}) {
        if (typeof version === 'number')
            version = String(version);
        let opt;
        switch (version) {
            case '1.1':
                if (this.directives)
                    this.directives.yaml.version = '1.1';
                else
                    this.directives = new directives.Directives({ version: '1.1' });
                opt = { resolveKnownTags: false, schema: 'yaml-1.1' };
                break;
            case '1.2':
            case 'next':
                if (this.directives)
                    this.directives.yaml.version = version;
                else
                    this.directives = new directives.Directives({ version });
                opt = { resolveKnownTags: true, schema: 'core' };
                break;
            case null:
                if (this.directives)
                    delete this.directives;
                opt = null;
                break;
            default: {
                const sv = JSON.stringify(version);
                throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
            }
        }
        // Not using `instanceof Schema` to allow for duck typing
        if (options.schema instanceof Object)
            this.schema = options.schema;
        else if (opt)
            this.schema = new Schema.Schema(Object.assign(opt, options));
        else
            throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
    }
    // json & jsonArg are only used from toJSON()
    toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        const ctx = {
            anchors: new Map(),
            doc: this,
            keep: !json,
            mapAsMap: mapAsMap === true,
            mapKeyWarned: false,
            maxAliasCount: typeof maxAliasCount === 'number' ? maxAliasCount : 100
        };
        const res = toJS.toJS(this.contents, jsonArg ?? '', ctx);
        if (typeof onAnchor === 'function')
            for (const { count, res } of ctx.anchors.values())
                onAnchor(res, count);
        return typeof reviver === 'function'
            ? applyReviver.applyReviver(reviver, { '': res }, '', res)
            : res;
    }
    /**
     * A JSON representation of the document `contents`.
     *
     * @param jsonArg Used by `JSON.stringify` to indicate the array index or
     *   property name.
     */
    toJSON(jsonArg, onAnchor) {
        return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
    }
    /** A YAML representation of the document. */
    toString(options = {}) {
        if (this.errors.length > 0)
            throw new Error('Document with errors cannot be stringified');
        if ('indent' in options &&
            (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
            const s = JSON.stringify(options.indent);
            throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument.stringifyDocument(this, options);
    }
}
function assertCollection(contents) {
    if (identity.isCollection(contents))
        return true;
    throw new Error('Expected a YAML collection as document contents');
}

exports.Document = Document;


/***/ }),

/***/ 1596:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var visit = __nccwpck_require__(204);

/**
 * Verify that the input string is a valid anchor.
 *
 * Will throw on errors.
 */
function anchorIsValid(anchor) {
    if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        const sa = JSON.stringify(anchor);
        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
        throw new Error(msg);
    }
    return true;
}
function anchorNames(root) {
    const anchors = new Set();
    visit.visit(root, {
        Value(_key, node) {
            if (node.anchor)
                anchors.add(node.anchor);
        }
    });
    return anchors;
}
/** Find a new anchor name with the given `prefix` and a one-indexed suffix. */
function findNewAnchor(prefix, exclude) {
    for (let i = 1; true; ++i) {
        const name = `${prefix}${i}`;
        if (!exclude.has(name))
            return name;
    }
}
function createNodeAnchors(doc, prefix) {
    const aliasObjects = [];
    const sourceObjects = new Map();
    let prevAnchors = null;
    return {
        onAnchor: (source) => {
            aliasObjects.push(source);
            prevAnchors ?? (prevAnchors = anchorNames(doc));
            const anchor = findNewAnchor(prefix, prevAnchors);
            prevAnchors.add(anchor);
            return anchor;
        },
        /**
         * With circular references, the source node is only resolved after all
         * of its child nodes are. This is why anchors are set only after all of
         * the nodes have been created.
         */
        setAnchors: () => {
            for (const source of aliasObjects) {
                const ref = sourceObjects.get(source);
                if (typeof ref === 'object' &&
                    ref.anchor &&
                    (identity.isScalar(ref.node) || identity.isCollection(ref.node))) {
                    ref.node.anchor = ref.anchor;
                }
                else {
                    const error = new Error('Failed to resolve repeated object (this should not happen)');
                    error.source = source;
                    throw error;
                }
            }
        },
        sourceObjects
    };
}

exports.anchorIsValid = anchorIsValid;
exports.anchorNames = anchorNames;
exports.createNodeAnchors = createNodeAnchors;
exports.findNewAnchor = findNewAnchor;


/***/ }),

/***/ 3661:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Applies the JSON.parse reviver algorithm as defined in the ECMA-262 spec,
 * in section 24.5.1.1 "Runtime Semantics: InternalizeJSONProperty" of the
 * 2021 edition: https://tc39.es/ecma262/#sec-json.parse
 *
 * Includes extensions for handling Map and Set objects.
 */
function applyReviver(reviver, obj, key, val) {
    if (val && typeof val === 'object') {
        if (Array.isArray(val)) {
            for (let i = 0, len = val.length; i < len; ++i) {
                const v0 = val[i];
                const v1 = applyReviver(reviver, val, String(i), v0);
                // eslint-disable-next-line @typescript-eslint/no-array-delete
                if (v1 === undefined)
                    delete val[i];
                else if (v1 !== v0)
                    val[i] = v1;
            }
        }
        else if (val instanceof Map) {
            for (const k of Array.from(val.keys())) {
                const v0 = val.get(k);
                const v1 = applyReviver(reviver, val, k, v0);
                if (v1 === undefined)
                    val.delete(k);
                else if (v1 !== v0)
                    val.set(k, v1);
            }
        }
        else if (val instanceof Set) {
            for (const v0 of Array.from(val)) {
                const v1 = applyReviver(reviver, val, v0, v0);
                if (v1 === undefined)
                    val.delete(v0);
                else if (v1 !== v0) {
                    val.delete(v0);
                    val.add(v1);
                }
            }
        }
        else {
            for (const [k, v0] of Object.entries(val)) {
                const v1 = applyReviver(reviver, val, k, v0);
                if (v1 === undefined)
                    delete val[k];
                else if (v1 !== v0)
                    val[k] = v1;
            }
        }
    }
    return reviver.call(obj, key, val);
}

exports.applyReviver = applyReviver;


/***/ }),

/***/ 2404:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);

const defaultTagPrefix = 'tag:yaml.org,2002:';
function findTagObject(value, tagName, tags) {
    if (tagName) {
        const match = tags.filter(t => t.tag === tagName);
        const tagObj = match.find(t => !t.format) ?? match[0];
        if (!tagObj)
            throw new Error(`Tag ${tagName} not found`);
        return tagObj;
    }
    return tags.find(t => t.identify?.(value) && !t.format);
}
function createNode(value, tagName, ctx) {
    if (identity.isDocument(value))
        value = value.contents;
    if (identity.isNode(value))
        return value;
    if (identity.isPair(value)) {
        const map = ctx.schema[identity.MAP].createNode?.(ctx.schema, null, ctx);
        map.items.push(value);
        return map;
    }
    if (value instanceof String ||
        value instanceof Number ||
        value instanceof Boolean ||
        (typeof BigInt !== 'undefined' && value instanceof BigInt) // not supported everywhere
    ) {
        // https://tc39.es/ecma262/#sec-serializejsonproperty
        value = value.valueOf();
    }
    const { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx;
    // Detect duplicate references to the same object & use Alias nodes for all
    // after first. The `ref` wrapper allows for circular references to resolve.
    let ref = undefined;
    if (aliasDuplicateObjects && value && typeof value === 'object') {
        ref = sourceObjects.get(value);
        if (ref) {
            ref.anchor ?? (ref.anchor = onAnchor(value));
            return new Alias.Alias(ref.anchor);
        }
        else {
            ref = { anchor: null, node: null };
            sourceObjects.set(value, ref);
        }
    }
    if (tagName?.startsWith('!!'))
        tagName = defaultTagPrefix + tagName.slice(2);
    let tagObj = findTagObject(value, tagName, schema.tags);
    if (!tagObj) {
        if (value && typeof value.toJSON === 'function') {
            // eslint-disable-next-line @typescript-eslint/no-unsafe-call
            value = value.toJSON();
        }
        if (!value || typeof value !== 'object') {
            const node = new Scalar.Scalar(value);
            if (ref)
                ref.node = node;
            return node;
        }
        tagObj =
            value instanceof Map
                ? schema[identity.MAP]
                : Symbol.iterator in Object(value)
                    ? schema[identity.SEQ]
                    : schema[identity.MAP];
    }
    if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
    }
    const node = tagObj?.createNode
        ? tagObj.createNode(ctx.schema, value, ctx)
        : typeof tagObj?.nodeClass?.from === 'function'
            ? tagObj.nodeClass.from(ctx.schema, value, ctx)
            : new Scalar.Scalar(value);
    if (tagName)
        node.tag = tagName;
    else if (!tagObj.default)
        node.tag = tagObj.tag;
    if (ref)
        ref.node = node;
    return node;
}

exports.createNode = createNode;


/***/ }),

/***/ 1342:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var visit = __nccwpck_require__(204);

const escapeChars = {
    '!': '%21',
    ',': '%2C',
    '[': '%5B',
    ']': '%5D',
    '{': '%7B',
    '}': '%7D'
};
const escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, ch => escapeChars[ch]);
class Directives {
    constructor(yaml, tags) {
        /**
         * The directives-end/doc-start marker `---`. If `null`, a marker may still be
         * included in the document's stringified representation.
         */
        this.docStart = null;
        /** The doc-end marker `...`.  */
        this.docEnd = false;
        this.yaml = Object.assign({}, Directives.defaultYaml, yaml);
        this.tags = Object.assign({}, Directives.defaultTags, tags);
    }
    clone() {
        const copy = new Directives(this.yaml, this.tags);
        copy.docStart = this.docStart;
        return copy;
    }
    /**
     * During parsing, get a Directives instance for the current document and
     * update the stream state according to the current version's spec.
     */
    atDocument() {
        const res = new Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
            case '1.1':
                this.atNextDocument = true;
                break;
            case '1.2':
                this.atNextDocument = false;
                this.yaml = {
                    explicit: Directives.defaultYaml.explicit,
                    version: '1.2'
                };
                this.tags = Object.assign({}, Directives.defaultTags);
                break;
        }
        return res;
    }
    /**
     * @param onError - May be called even if the action was successful
     * @returns `true` on success
     */
    add(line, onError) {
        if (this.atNextDocument) {
            this.yaml = { explicit: Directives.defaultYaml.explicit, version: '1.1' };
            this.tags = Object.assign({}, Directives.defaultTags);
            this.atNextDocument = false;
        }
        const parts = line.trim().split(/[ \t]+/);
        const name = parts.shift();
        switch (name) {
            case '%TAG': {
                if (parts.length !== 2) {
                    onError(0, '%TAG directive should contain exactly two parts');
                    if (parts.length < 2)
                        return false;
                }
                const [handle, prefix] = parts;
                this.tags[handle] = prefix;
                return true;
            }
            case '%YAML': {
                this.yaml.explicit = true;
                if (parts.length !== 1) {
                    onError(0, '%YAML directive should contain exactly one part');
                    return false;
                }
                const [version] = parts;
                if (version === '1.1' || version === '1.2') {
                    this.yaml.version = version;
                    return true;
                }
                else {
                    const isValid = /^\d+\.\d+$/.test(version);
                    onError(6, `Unsupported YAML version ${version}`, isValid);
                    return false;
                }
            }
            default:
                onError(0, `Unknown directive ${name}`, true);
                return false;
        }
    }
    /**
     * Resolves a tag, matching handles to those defined in %TAG directives.
     *
     * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
     *   `'!local'` tag, or `null` if unresolvable.
     */
    tagName(source, onError) {
        if (source === '!')
            return '!'; // non-specific tag
        if (source[0] !== '!') {
            onError(`Not a valid tag: ${source}`);
            return null;
        }
        if (source[1] === '<') {
            const verbatim = source.slice(2, -1);
            if (verbatim === '!' || verbatim === '!!') {
                onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
                return null;
            }
            if (source[source.length - 1] !== '>')
                onError('Verbatim tags must end with a >');
            return verbatim;
        }
        const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
        if (!suffix)
            onError(`The ${source} tag has no suffix`);
        const prefix = this.tags[handle];
        if (prefix) {
            try {
                return prefix + decodeURIComponent(suffix);
            }
            catch (error) {
                onError(String(error));
                return null;
            }
        }
        if (handle === '!')
            return source; // local tag
        onError(`Could not resolve tag: ${source}`);
        return null;
    }
    /**
     * Given a fully resolved tag, returns its printable string form,
     * taking into account current tag prefixes and defaults.
     */
    tagString(tag) {
        for (const [handle, prefix] of Object.entries(this.tags)) {
            if (tag.startsWith(prefix))
                return handle + escapeTagName(tag.substring(prefix.length));
        }
        return tag[0] === '!' ? tag : `!<${tag}>`;
    }
    toString(doc) {
        const lines = this.yaml.explicit
            ? [`%YAML ${this.yaml.version || '1.2'}`]
            : [];
        const tagEntries = Object.entries(this.tags);
        let tagNames;
        if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
            const tags = {};
            visit.visit(doc.contents, (_key, node) => {
                if (identity.isNode(node) && node.tag)
                    tags[node.tag] = true;
            });
            tagNames = Object.keys(tags);
        }
        else
            tagNames = [];
        for (const [handle, prefix] of tagEntries) {
            if (handle === '!!' && prefix === 'tag:yaml.org,2002:')
                continue;
            if (!doc || tagNames.some(tn => tn.startsWith(prefix)))
                lines.push(`%TAG ${handle} ${prefix}`);
        }
        return lines.join('\n');
    }
}
Directives.defaultYaml = { explicit: false, version: '1.2' };
Directives.defaultTags = { '!!': 'tag:yaml.org,2002:' };

exports.Directives = Directives;


/***/ }),

/***/ 1464:
/***/ ((__unused_webpack_module, exports) => {



class YAMLError extends Error {
    constructor(name, pos, code, message) {
        super();
        this.name = name;
        this.code = code;
        this.message = message;
        this.pos = pos;
    }
}
class YAMLParseError extends YAMLError {
    constructor(pos, code, message) {
        super('YAMLParseError', pos, code, message);
    }
}
class YAMLWarning extends YAMLError {
    constructor(pos, code, message) {
        super('YAMLWarning', pos, code, message);
    }
}
const prettifyError = (src, lc) => (error) => {
    if (error.pos[0] === -1)
        return;
    error.linePos = error.pos.map(pos => lc.linePos(pos));
    const { line, col } = error.linePos[0];
    error.message += ` at line ${line}, column ${col}`;
    let ci = col - 1;
    let lineStr = src
        .substring(lc.lineStarts[line - 1], lc.lineStarts[line])
        .replace(/[\n\r]+$/, '');
    // Trim to max 80 chars, keeping col position near the middle
    if (ci >= 60 && lineStr.length > 80) {
        const trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = '…' + lineStr.substring(trimStart);
        ci -= trimStart - 1;
    }
    if (lineStr.length > 80)
        lineStr = lineStr.substring(0, 79) + '…';
    // Include previous line in context if pointing at line start
    if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        // Regexp won't match if start is trimmed
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        if (prev.length > 80)
            prev = prev.substring(0, 79) + '…\n';
        lineStr = prev + lineStr;
    }
    if (/[^ ]/.test(lineStr)) {
        let count = 1;
        const end = error.linePos[1];
        if (end?.line === line && end.col > col) {
            count = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer = ' '.repeat(ci) + '^'.repeat(count);
        error.message += `:\n\n${lineStr}\n${pointer}\n`;
    }
};

exports.YAMLError = YAMLError;
exports.YAMLParseError = YAMLParseError;
exports.YAMLWarning = YAMLWarning;
exports.prettifyError = prettifyError;


/***/ }),

/***/ 8815:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

var __webpack_unused_export__;


var composer = __nccwpck_require__(9984);
var Document = __nccwpck_require__(3021);
var Schema = __nccwpck_require__(5840);
var errors = __nccwpck_require__(1464);
var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var cst = __nccwpck_require__(3461);
var lexer = __nccwpck_require__(361);
var lineCounter = __nccwpck_require__(6628);
var parser = __nccwpck_require__(3456);
var publicApi = __nccwpck_require__(4047);
var visit = __nccwpck_require__(204);



__webpack_unused_export__ = composer.Composer;
__webpack_unused_export__ = Document.Document;
__webpack_unused_export__ = Schema.Schema;
__webpack_unused_export__ = errors.YAMLError;
__webpack_unused_export__ = errors.YAMLParseError;
__webpack_unused_export__ = errors.YAMLWarning;
__webpack_unused_export__ = Alias.Alias;
__webpack_unused_export__ = identity.isAlias;
__webpack_unused_export__ = identity.isCollection;
__webpack_unused_export__ = identity.isDocument;
exports.jh = identity.isMap;
__webpack_unused_export__ = identity.isNode;
__webpack_unused_export__ = identity.isPair;
exports.jn = identity.isScalar;
exports.oP = identity.isSeq;
__webpack_unused_export__ = Pair.Pair;
__webpack_unused_export__ = Scalar.Scalar;
__webpack_unused_export__ = YAMLMap.YAMLMap;
exports.Rw = YAMLSeq.YAMLSeq;
__webpack_unused_export__ = cst;
__webpack_unused_export__ = lexer.Lexer;
exports.HN = lineCounter.LineCounter;
__webpack_unused_export__ = parser.Parser;
__webpack_unused_export__ = publicApi.parse;
__webpack_unused_export__ = publicApi.parseAllDocuments;
exports.Tp = publicApi.parseDocument;
__webpack_unused_export__ = publicApi.stringify;
__webpack_unused_export__ = visit.visit;
__webpack_unused_export__ = visit.visitAsync;


/***/ }),

/***/ 7249:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);

function debug(logLevel, ...messages) {
    if (logLevel === 'debug')
        console.log(...messages);
}
function warn(logLevel, warning) {
    if (logLevel === 'debug' || logLevel === 'warn') {
        if (typeof node_process.emitWarning === 'function')
            node_process.emitWarning(warning);
        else
            console.warn(warning);
    }
}

exports.debug = debug;
exports.warn = warn;


/***/ }),

/***/ 4065:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var anchors = __nccwpck_require__(1596);
var visit = __nccwpck_require__(204);
var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);
var toJS = __nccwpck_require__(4043);

class Alias extends Node.NodeBase {
    constructor(source) {
        super(identity.ALIAS);
        this.source = source;
        Object.defineProperty(this, 'tag', {
            set() {
                throw new Error('Alias nodes cannot have tags');
            }
        });
    }
    /**
     * Resolve the value of this alias within `doc`, finding the last
     * instance of the `source` anchor before this node.
     */
    resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
            throw new ReferenceError('Alias resolution is disabled');
        let nodes;
        if (ctx?.aliasResolveCache) {
            nodes = ctx.aliasResolveCache;
        }
        else {
            nodes = [];
            visit.visit(doc, {
                Node: (_key, node) => {
                    if (identity.isAlias(node) || identity.hasAnchor(node))
                        nodes.push(node);
                }
            });
            if (ctx)
                ctx.aliasResolveCache = nodes;
        }
        let found = undefined;
        for (const node of nodes) {
            if (node === this)
                break;
            if (node.anchor === this.source)
                found = node;
        }
        if (found && ctx) {
            const { anchors, doc, maxAliasCount } = ctx;
            let data = anchors.get(found);
            if (!data) {
                // Resolve anchors for Node.prototype.toJS()
                toJS.toJS(found, null, ctx);
                data = anchors.get(found);
            }
            /* istanbul ignore if */
            if (data?.res === undefined) {
                const msg = 'This should not happen: Alias anchor was not resolved?';
                throw new ReferenceError(msg);
            }
            if (maxAliasCount >= 0) {
                data.count += 1;
                if (data.aliasCount === 0)
                    data.aliasCount = getAliasCount(doc, found, anchors);
                if (data.count * data.aliasCount > maxAliasCount) {
                    const msg = 'Excessive alias count indicates a resource exhaustion attack';
                    throw new ReferenceError(msg);
                }
            }
        }
        return found;
    }
    toJSON(_arg, ctx) {
        if (!ctx)
            return { source: this.source };
        const source = this.resolve(ctx.doc, ctx);
        if (!source) {
            const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
            throw new ReferenceError(msg);
        }
        return ctx.anchors.get(source).res;
    }
    toString(ctx, _onComment, _onChompKeep) {
        const src = `*${this.source}`;
        if (ctx) {
            anchors.anchorIsValid(this.source);
            if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
                const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
                throw new Error(msg);
            }
            if (ctx.implicitKey)
                return `${src} `;
        }
        return src;
    }
}
function getAliasCount(doc, node, anchors) {
    if (identity.isAlias(node)) {
        const source = node.resolve(doc);
        const anchor = anchors && source && anchors.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
    }
    else if (identity.isCollection(node)) {
        let count = 0;
        for (const item of node.items) {
            const c = getAliasCount(doc, item, anchors);
            if (c > count)
                count = c;
        }
        return count;
    }
    else if (identity.isPair(node)) {
        const kc = getAliasCount(doc, node.key, anchors);
        const vc = getAliasCount(doc, node.value, anchors);
        return Math.max(kc, vc);
    }
    return 1;
}

exports.Alias = Alias;


/***/ }),

/***/ 101:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);

function collectionFromPath(schema, path, value) {
    let v = value;
    for (let i = path.length - 1; i >= 0; --i) {
        const k = path[i];
        if (typeof k === 'number' && Number.isInteger(k) && k >= 0) {
            const a = [];
            a[k] = v;
            v = a;
        }
        else {
            v = new Map([[k, v]]);
        }
    }
    return createNode.createNode(v, undefined, {
        aliasDuplicateObjects: false,
        keepUndefined: false,
        onAnchor: () => {
            throw new Error('This should not happen, please report a bug.');
        },
        schema,
        sourceObjects: new Map()
    });
}
// Type guard is intentionally a little wrong so as to be more useful,
// as it does not cover untypable empty non-string iterables (e.g. []).
const isEmptyPath = (path) => path == null ||
    (typeof path === 'object' && !!path[Symbol.iterator]().next().done);
class Collection extends Node.NodeBase {
    constructor(type, schema) {
        super(type);
        Object.defineProperty(this, 'schema', {
            value: schema,
            configurable: true,
            enumerable: false,
            writable: true
        });
    }
    /**
     * Create a copy of this collection.
     *
     * @param schema - If defined, overwrites the original's schema
     */
    clone(schema) {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (schema)
            copy.schema = schema;
        copy.items = copy.items.map(it => identity.isNode(it) || identity.isPair(it) ? it.clone(schema) : it);
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /**
     * Adds a value to the collection. For `!!map` and `!!omap` the value must
     * be a Pair instance or a `{ key, value }` object, which may not have a key
     * that already exists in the map.
     */
    addIn(path, value) {
        if (isEmptyPath(path))
            this.add(value);
        else {
            const [key, ...rest] = path;
            const node = this.get(key, true);
            if (identity.isCollection(node))
                node.addIn(rest, value);
            else if (node === undefined && this.schema)
                this.set(key, collectionFromPath(this.schema, rest, value));
            else
                throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
    }
    /**
     * Removes a value from the collection.
     * @returns `true` if the item was found and removed.
     */
    deleteIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
            return this.delete(key);
        const node = this.get(key, true);
        if (identity.isCollection(node))
            return node.deleteIn(rest);
        else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
    }
    /**
     * Returns item at `key`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    getIn(path, keepScalar) {
        const [key, ...rest] = path;
        const node = this.get(key, true);
        if (rest.length === 0)
            return !keepScalar && identity.isScalar(node) ? node.value : node;
        else
            return identity.isCollection(node) ? node.getIn(rest, keepScalar) : undefined;
    }
    hasAllNullValues(allowScalar) {
        return this.items.every(node => {
            if (!identity.isPair(node))
                return false;
            const n = node.value;
            return (n == null ||
                (allowScalar &&
                    identity.isScalar(n) &&
                    n.value == null &&
                    !n.commentBefore &&
                    !n.comment &&
                    !n.tag));
        });
    }
    /**
     * Checks if the collection includes a value with the key `key`.
     */
    hasIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
            return this.has(key);
        const node = this.get(key, true);
        return identity.isCollection(node) ? node.hasIn(rest) : false;
    }
    /**
     * Sets a value in this collection. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    setIn(path, value) {
        const [key, ...rest] = path;
        if (rest.length === 0) {
            this.set(key, value);
        }
        else {
            const node = this.get(key, true);
            if (identity.isCollection(node))
                node.setIn(rest, value);
            else if (node === undefined && this.schema)
                this.set(key, collectionFromPath(this.schema, rest, value));
            else
                throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
    }
}

exports.Collection = Collection;
exports.collectionFromPath = collectionFromPath;
exports.isEmptyPath = isEmptyPath;


/***/ }),

/***/ 6673:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var applyReviver = __nccwpck_require__(3661);
var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);

class NodeBase {
    constructor(type) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: type });
    }
    /** Create a copy of this node.  */
    clone() {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /** A plain JavaScript representation of this node. */
    toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        if (!identity.isDocument(doc))
            throw new TypeError('A document argument is required');
        const ctx = {
            anchors: new Map(),
            doc,
            keep: true,
            mapAsMap: mapAsMap === true,
            mapKeyWarned: false,
            maxAliasCount: typeof maxAliasCount === 'number' ? maxAliasCount : 100
        };
        const res = toJS.toJS(this, '', ctx);
        if (typeof onAnchor === 'function')
            for (const { count, res } of ctx.anchors.values())
                onAnchor(res, count);
        return typeof reviver === 'function'
            ? applyReviver.applyReviver(reviver, { '': res }, '', res)
            : res;
    }
}

exports.NodeBase = NodeBase;


/***/ }),

/***/ 7165:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var stringifyPair = __nccwpck_require__(9748);
var addPairToJSMap = __nccwpck_require__(7104);
var identity = __nccwpck_require__(1127);

function createPair(key, value, ctx) {
    const k = createNode.createNode(key, undefined, ctx);
    const v = createNode.createNode(value, undefined, ctx);
    return new Pair(k, v);
}
class Pair {
    constructor(key, value = null) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR });
        this.key = key;
        this.value = value;
    }
    clone(schema) {
        let { key, value } = this;
        if (identity.isNode(key))
            key = key.clone(schema);
        if (identity.isNode(value))
            value = value.clone(schema);
        return new Pair(key, value);
    }
    toJSON(_, ctx) {
        const pair = ctx?.mapAsMap ? new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair, this);
    }
    toString(ctx, onComment, onChompKeep) {
        return ctx?.doc
            ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep)
            : JSON.stringify(this);
    }
}

exports.Pair = Pair;
exports.createPair = createPair;


/***/ }),

/***/ 3301:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);
var toJS = __nccwpck_require__(4043);

const isScalarValue = (value) => !value || (typeof value !== 'function' && typeof value !== 'object');
class Scalar extends Node.NodeBase {
    constructor(value) {
        super(identity.SCALAR);
        this.value = value;
    }
    toJSON(arg, ctx) {
        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
    }
    toString() {
        return String(this.value);
    }
}
Scalar.BLOCK_FOLDED = 'BLOCK_FOLDED';
Scalar.BLOCK_LITERAL = 'BLOCK_LITERAL';
Scalar.PLAIN = 'PLAIN';
Scalar.QUOTE_DOUBLE = 'QUOTE_DOUBLE';
Scalar.QUOTE_SINGLE = 'QUOTE_SINGLE';

exports.Scalar = Scalar;
exports.isScalarValue = isScalarValue;


/***/ }),

/***/ 4454:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyCollection = __nccwpck_require__(1212);
var addPairToJSMap = __nccwpck_require__(7104);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);

function findPair(items, key) {
    const k = identity.isScalar(key) ? key.value : key;
    for (const it of items) {
        if (identity.isPair(it)) {
            if (it.key === key || it.key === k)
                return it;
            if (identity.isScalar(it.key) && it.key.value === k)
                return it;
        }
    }
    return undefined;
}
class YAMLMap extends Collection.Collection {
    static get tagName() {
        return 'tag:yaml.org,2002:map';
    }
    constructor(schema) {
        super(identity.MAP, schema);
        this.items = [];
    }
    /**
     * A generic collection parsing method that can be extended
     * to other node classes that inherit from YAMLMap
     */
    static from(schema, obj, ctx) {
        const { keepUndefined, replacer } = ctx;
        const map = new this(schema);
        const add = (key, value) => {
            if (typeof replacer === 'function')
                value = replacer.call(obj, key, value);
            else if (Array.isArray(replacer) && !replacer.includes(key))
                return;
            if (value !== undefined || keepUndefined)
                map.items.push(Pair.createPair(key, value, ctx));
        };
        if (obj instanceof Map) {
            for (const [key, value] of obj)
                add(key, value);
        }
        else if (obj && typeof obj === 'object') {
            for (const key of Object.keys(obj))
                add(key, obj[key]);
        }
        if (typeof schema.sortMapEntries === 'function') {
            map.items.sort(schema.sortMapEntries);
        }
        return map;
    }
    /**
     * Adds a value to the collection.
     *
     * @param overwrite - If not set `true`, using a key that is already in the
     *   collection will throw. Otherwise, overwrites the previous value.
     */
    add(pair, overwrite) {
        let _pair;
        if (identity.isPair(pair))
            _pair = pair;
        else if (!pair || typeof pair !== 'object' || !('key' in pair)) {
            // In TypeScript, this never happens.
            _pair = new Pair.Pair(pair, pair?.value);
        }
        else
            _pair = new Pair.Pair(pair.key, pair.value);
        const prev = findPair(this.items, _pair.key);
        const sortEntries = this.schema?.sortMapEntries;
        if (prev) {
            if (!overwrite)
                throw new Error(`Key ${_pair.key} already set`);
            // For scalars, keep the old node & its comments and anchors
            if (identity.isScalar(prev.value) && Scalar.isScalarValue(_pair.value))
                prev.value.value = _pair.value;
            else
                prev.value = _pair.value;
        }
        else if (sortEntries) {
            const i = this.items.findIndex(item => sortEntries(_pair, item) < 0);
            if (i === -1)
                this.items.push(_pair);
            else
                this.items.splice(i, 0, _pair);
        }
        else {
            this.items.push(_pair);
        }
    }
    delete(key) {
        const it = findPair(this.items, key);
        if (!it)
            return false;
        const del = this.items.splice(this.items.indexOf(it), 1);
        return del.length > 0;
    }
    get(key, keepScalar) {
        const it = findPair(this.items, key);
        const node = it?.value;
        return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? undefined;
    }
    has(key) {
        return !!findPair(this.items, key);
    }
    set(key, value) {
        this.add(new Pair.Pair(key, value), true);
    }
    /**
     * @param ctx - Conversion context, originally set in Document#toJS()
     * @param {Class} Type - If set, forces the returned collection type
     * @returns Instance of Type, Map, or Object
     */
    toJSON(_, ctx, Type) {
        const map = Type ? new Type() : ctx?.mapAsMap ? new Map() : {};
        if (ctx?.onCreate)
            ctx.onCreate(map);
        for (const item of this.items)
            addPairToJSMap.addPairToJSMap(ctx, map, item);
        return map;
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        for (const item of this.items) {
            if (!identity.isPair(item))
                throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
        }
        if (!ctx.allNullValues && this.hasAllNullValues(false))
            ctx = Object.assign({}, ctx, { allNullValues: true });
        return stringifyCollection.stringifyCollection(this, ctx, {
            blockItemPrefix: '',
            flowChars: { start: '{', end: '}' },
            itemIndent: ctx.indent || '',
            onChompKeep,
            onComment
        });
    }
}

exports.YAMLMap = YAMLMap;
exports.findPair = findPair;


/***/ }),

/***/ 2223:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var stringifyCollection = __nccwpck_require__(1212);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var toJS = __nccwpck_require__(4043);

class YAMLSeq extends Collection.Collection {
    static get tagName() {
        return 'tag:yaml.org,2002:seq';
    }
    constructor(schema) {
        super(identity.SEQ, schema);
        this.items = [];
    }
    add(value) {
        this.items.push(value);
    }
    /**
     * Removes a value from the collection.
     *
     * `key` must contain a representation of an integer for this to succeed.
     * It may be wrapped in a `Scalar`.
     *
     * @returns `true` if the item was found and removed.
     */
    delete(key) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
    }
    get(key, keepScalar) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            return undefined;
        const it = this.items[idx];
        return !keepScalar && identity.isScalar(it) ? it.value : it;
    }
    /**
     * Checks if the collection includes a value with the key `key`.
     *
     * `key` must contain a representation of an integer for this to succeed.
     * It may be wrapped in a `Scalar`.
     */
    has(key) {
        const idx = asItemIndex(key);
        return typeof idx === 'number' && idx < this.items.length;
    }
    /**
     * Sets a value in this collection. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     *
     * If `key` does not contain a representation of an integer, this will throw.
     * It may be wrapped in a `Scalar`.
     */
    set(key, value) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            throw new Error(`Expected a valid index, not ${key}.`);
        const prev = this.items[idx];
        if (identity.isScalar(prev) && Scalar.isScalarValue(value))
            prev.value = value;
        else
            this.items[idx] = value;
    }
    toJSON(_, ctx) {
        const seq = [];
        if (ctx?.onCreate)
            ctx.onCreate(seq);
        let i = 0;
        for (const item of this.items)
            seq.push(toJS.toJS(item, String(i++), ctx));
        return seq;
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        return stringifyCollection.stringifyCollection(this, ctx, {
            blockItemPrefix: '- ',
            flowChars: { start: '[', end: ']' },
            itemIndent: (ctx.indent || '') + '  ',
            onChompKeep,
            onComment
        });
    }
    static from(schema, obj, ctx) {
        const { replacer } = ctx;
        const seq = new this(schema);
        if (obj && Symbol.iterator in Object(obj)) {
            let i = 0;
            for (let it of obj) {
                if (typeof replacer === 'function') {
                    const key = obj instanceof Set ? it : String(i++);
                    it = replacer.call(obj, key, it);
                }
                seq.items.push(createNode.createNode(it, undefined, ctx));
            }
        }
        return seq;
    }
}
function asItemIndex(key) {
    let idx = identity.isScalar(key) ? key.value : key;
    if (idx && typeof idx === 'string')
        idx = Number(idx);
    return typeof idx === 'number' && Number.isInteger(idx) && idx >= 0
        ? idx
        : null;
}

exports.YAMLSeq = YAMLSeq;


/***/ }),

/***/ 7104:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var log = __nccwpck_require__(7249);
var merge = __nccwpck_require__(452);
var stringify = __nccwpck_require__(2148);
var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);

function addPairToJSMap(ctx, map, { key, value }) {
    if (identity.isNode(key) && key.addToJSMap)
        key.addToJSMap(ctx, map, value);
    // TODO: Should drop this special case for bare << handling
    else if (merge.isMergeKey(ctx, key))
        merge.addMergeToJSMap(ctx, map, value);
    else {
        const jsKey = toJS.toJS(key, '', ctx);
        if (map instanceof Map) {
            map.set(jsKey, toJS.toJS(value, jsKey, ctx));
        }
        else if (map instanceof Set) {
            map.add(jsKey);
        }
        else {
            const stringKey = stringifyKey(key, jsKey, ctx);
            const jsValue = toJS.toJS(value, stringKey, ctx);
            if (stringKey in map)
                Object.defineProperty(map, stringKey, {
                    value: jsValue,
                    writable: true,
                    enumerable: true,
                    configurable: true
                });
            else
                map[stringKey] = jsValue;
        }
    }
    return map;
}
function stringifyKey(key, jsKey, ctx) {
    if (jsKey === null)
        return '';
    // eslint-disable-next-line @typescript-eslint/no-base-to-string
    if (typeof jsKey !== 'object')
        return String(jsKey);
    if (identity.isNode(key) && ctx?.doc) {
        const strCtx = stringify.createStringifyContext(ctx.doc, {});
        strCtx.anchors = new Set();
        for (const node of ctx.anchors.keys())
            strCtx.anchors.add(node.anchor);
        strCtx.inFlow = true;
        strCtx.inStringifyKey = true;
        const strKey = key.toString(strCtx);
        if (!ctx.mapKeyWarned) {
            let jsonStr = JSON.stringify(strKey);
            if (jsonStr.length > 40)
                jsonStr = jsonStr.substring(0, 36) + '..."';
            log.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
            ctx.mapKeyWarned = true;
        }
        return strKey;
    }
    return JSON.stringify(jsKey);
}

exports.addPairToJSMap = addPairToJSMap;


/***/ }),

/***/ 1127:
/***/ ((__unused_webpack_module, exports) => {



const ALIAS = Symbol.for('yaml.alias');
const DOC = Symbol.for('yaml.document');
const MAP = Symbol.for('yaml.map');
const PAIR = Symbol.for('yaml.pair');
const SCALAR = Symbol.for('yaml.scalar');
const SEQ = Symbol.for('yaml.seq');
const NODE_TYPE = Symbol.for('yaml.node.type');
const isAlias = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === ALIAS;
const isDocument = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === DOC;
const isMap = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === MAP;
const isPair = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === PAIR;
const isScalar = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === SCALAR;
const isSeq = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === SEQ;
function isCollection(node) {
    if (node && typeof node === 'object')
        switch (node[NODE_TYPE]) {
            case MAP:
            case SEQ:
                return true;
        }
    return false;
}
function isNode(node) {
    if (node && typeof node === 'object')
        switch (node[NODE_TYPE]) {
            case ALIAS:
            case MAP:
            case SCALAR:
            case SEQ:
                return true;
        }
    return false;
}
const hasAnchor = (node) => (isScalar(node) || isCollection(node)) && !!node.anchor;

exports.ALIAS = ALIAS;
exports.DOC = DOC;
exports.MAP = MAP;
exports.NODE_TYPE = NODE_TYPE;
exports.PAIR = PAIR;
exports.SCALAR = SCALAR;
exports.SEQ = SEQ;
exports.hasAnchor = hasAnchor;
exports.isAlias = isAlias;
exports.isCollection = isCollection;
exports.isDocument = isDocument;
exports.isMap = isMap;
exports.isNode = isNode;
exports.isPair = isPair;
exports.isScalar = isScalar;
exports.isSeq = isSeq;


/***/ }),

/***/ 4043:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

/**
 * Recursively convert any node or its contents to native JavaScript
 *
 * @param value - The input value
 * @param arg - If `value` defines a `toJSON()` method, use this
 *   as its first argument
 * @param ctx - Conversion context, originally set in Document#toJS(). If
 *   `{ keep: true }` is not set, output should be suitable for JSON
 *   stringification.
 */
function toJS(value, arg, ctx) {
    // eslint-disable-next-line @typescript-eslint/no-unsafe-return
    if (Array.isArray(value))
        return value.map((v, i) => toJS(v, String(i), ctx));
    if (value && typeof value.toJSON === 'function') {
        // eslint-disable-next-line @typescript-eslint/no-unsafe-call
        if (!ctx || !identity.hasAnchor(value))
            return value.toJSON(arg, ctx);
        const data = { aliasCount: 0, count: 1, res: undefined };
        ctx.anchors.set(value, data);
        ctx.onCreate = res => {
            data.res = res;
            delete ctx.onCreate;
        };
        const res = value.toJSON(arg, ctx);
        if (ctx.onCreate)
            ctx.onCreate(res);
        return res;
    }
    if (typeof value === 'bigint' && !ctx?.keep)
        return Number(value);
    return value;
}

exports.toJS = toJS;


/***/ }),

/***/ 110:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var resolveBlockScalar = __nccwpck_require__(8913);
var resolveFlowScalar = __nccwpck_require__(6842);
var errors = __nccwpck_require__(1464);
var stringifyString = __nccwpck_require__(3069);

function resolveAsScalar(token, strict = true, onError) {
    if (token) {
        const _onError = (pos, code, message) => {
            const offset = typeof pos === 'number' ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
            if (onError)
                onError(offset, code, message);
            else
                throw new errors.YAMLParseError([offset, offset + 1], code, message);
        };
        switch (token.type) {
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
            case 'block-scalar':
                return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
        }
    }
    return null;
}
/**
 * Create a new scalar token with `value`
 *
 * Values that represent an actual string but may be parsed as a different type should use a `type` other than `'PLAIN'`,
 * as this function does not support any schema operations and won't check for such conflicts.
 *
 * @param value The string representation of the value, which will have its content properly indented.
 * @param context.end Comments and whitespace after the end of the value, or after the block scalar header. If undefined, a newline will be added.
 * @param context.implicitKey Being within an implicit key may affect the resolved type of the token's value.
 * @param context.indent The indent level of the token.
 * @param context.inFlow Is this scalar within a flow collection? This may affect the resolved type of the token's value.
 * @param context.offset The offset position of the token.
 * @param context.type The preferred type of the scalar token. If undefined, the previous type of the `token` will be used, defaulting to `'PLAIN'`.
 */
function createScalarToken(value, context) {
    const { implicitKey = false, indent, inFlow = false, offset = -1, type = 'PLAIN' } = context;
    const source = stringifyString.stringifyString({ type, value }, {
        implicitKey,
        indent: indent > 0 ? ' '.repeat(indent) : '',
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
    });
    const end = context.end ?? [
        { type: 'newline', offset: -1, indent, source: '\n' }
    ];
    switch (source[0]) {
        case '|':
        case '>': {
            const he = source.indexOf('\n');
            const head = source.substring(0, he);
            const body = source.substring(he + 1) + '\n';
            const props = [
                { type: 'block-scalar-header', offset, indent, source: head }
            ];
            if (!addEndtoBlockProps(props, end))
                props.push({ type: 'newline', offset: -1, indent, source: '\n' });
            return { type: 'block-scalar', offset, indent, props, source: body };
        }
        case '"':
            return { type: 'double-quoted-scalar', offset, indent, source, end };
        case "'":
            return { type: 'single-quoted-scalar', offset, indent, source, end };
        default:
            return { type: 'scalar', offset, indent, source, end };
    }
}
/**
 * Set the value of `token` to the given string `value`, overwriting any previous contents and type that it may have.
 *
 * Best efforts are made to retain any comments previously associated with the `token`,
 * though all contents within a collection's `items` will be overwritten.
 *
 * Values that represent an actual string but may be parsed as a different type should use a `type` other than `'PLAIN'`,
 * as this function does not support any schema operations and won't check for such conflicts.
 *
 * @param token Any token. If it does not include an `indent` value, the value will be stringified as if it were an implicit key.
 * @param value The string representation of the value, which will have its content properly indented.
 * @param context.afterKey In most cases, values after a key should have an additional level of indentation.
 * @param context.implicitKey Being within an implicit key may affect the resolved type of the token's value.
 * @param context.inFlow Being within a flow collection may affect the resolved type of the token's value.
 * @param context.type The preferred type of the scalar token. If undefined, the previous type of the `token` will be used, defaulting to `'PLAIN'`.
 */
function setScalarValue(token, value, context = {}) {
    let { afterKey = false, implicitKey = false, inFlow = false, type } = context;
    let indent = 'indent' in token ? token.indent : null;
    if (afterKey && typeof indent === 'number')
        indent += 2;
    if (!type)
        switch (token.type) {
            case 'single-quoted-scalar':
                type = 'QUOTE_SINGLE';
                break;
            case 'double-quoted-scalar':
                type = 'QUOTE_DOUBLE';
                break;
            case 'block-scalar': {
                const header = token.props[0];
                if (header.type !== 'block-scalar-header')
                    throw new Error('Invalid block scalar header');
                type = header.source[0] === '>' ? 'BLOCK_FOLDED' : 'BLOCK_LITERAL';
                break;
            }
            default:
                type = 'PLAIN';
        }
    const source = stringifyString.stringifyString({ type, value }, {
        implicitKey: implicitKey || indent === null,
        indent: indent !== null && indent > 0 ? ' '.repeat(indent) : '',
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
    });
    switch (source[0]) {
        case '|':
        case '>':
            setBlockScalarValue(token, source);
            break;
        case '"':
            setFlowScalarValue(token, source, 'double-quoted-scalar');
            break;
        case "'":
            setFlowScalarValue(token, source, 'single-quoted-scalar');
            break;
        default:
            setFlowScalarValue(token, source, 'scalar');
    }
}
function setBlockScalarValue(token, source) {
    const he = source.indexOf('\n');
    const head = source.substring(0, he);
    const body = source.substring(he + 1) + '\n';
    if (token.type === 'block-scalar') {
        const header = token.props[0];
        if (header.type !== 'block-scalar-header')
            throw new Error('Invalid block scalar header');
        header.source = head;
        token.source = body;
    }
    else {
        const { offset } = token;
        const indent = 'indent' in token ? token.indent : -1;
        const props = [
            { type: 'block-scalar-header', offset, indent, source: head }
        ];
        if (!addEndtoBlockProps(props, 'end' in token ? token.end : undefined))
            props.push({ type: 'newline', offset: -1, indent, source: '\n' });
        for (const key of Object.keys(token))
            if (key !== 'type' && key !== 'offset')
                delete token[key];
        Object.assign(token, { type: 'block-scalar', indent, props, source: body });
    }
}
/** @returns `true` if last token is a newline */
function addEndtoBlockProps(props, end) {
    if (end)
        for (const st of end)
            switch (st.type) {
                case 'space':
                case 'comment':
                    props.push(st);
                    break;
                case 'newline':
                    props.push(st);
                    return true;
            }
    return false;
}
function setFlowScalarValue(token, source, type) {
    switch (token.type) {
        case 'scalar':
        case 'double-quoted-scalar':
        case 'single-quoted-scalar':
            token.type = type;
            token.source = source;
            break;
        case 'block-scalar': {
            const end = token.props.slice(1);
            let oa = source.length;
            if (token.props[0].type === 'block-scalar-header')
                oa -= token.props[0].source.length;
            for (const tok of end)
                tok.offset += oa;
            delete token.props;
            Object.assign(token, { type, source, end });
            break;
        }
        case 'block-map':
        case 'block-seq': {
            const offset = token.offset + source.length;
            const nl = { type: 'newline', offset, indent: token.indent, source: '\n' };
            delete token.items;
            Object.assign(token, { type, source, end: [nl] });
            break;
        }
        default: {
            const indent = 'indent' in token ? token.indent : -1;
            const end = 'end' in token && Array.isArray(token.end)
                ? token.end.filter(st => st.type === 'space' ||
                    st.type === 'comment' ||
                    st.type === 'newline')
                : [];
            for (const key of Object.keys(token))
                if (key !== 'type' && key !== 'offset')
                    delete token[key];
            Object.assign(token, { type, indent, source, end });
        }
    }
}

exports.createScalarToken = createScalarToken;
exports.resolveAsScalar = resolveAsScalar;
exports.setScalarValue = setScalarValue;


/***/ }),

/***/ 1733:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Stringify a CST document, token, or collection item
 *
 * Fair warning: This applies no validation whatsoever, and
 * simply concatenates the sources in their logical order.
 */
const stringify = (cst) => 'type' in cst ? stringifyToken(cst) : stringifyItem(cst);
function stringifyToken(token) {
    switch (token.type) {
        case 'block-scalar': {
            let res = '';
            for (const tok of token.props)
                res += stringifyToken(tok);
            return res + token.source;
        }
        case 'block-map':
        case 'block-seq': {
            let res = '';
            for (const item of token.items)
                res += stringifyItem(item);
            return res;
        }
        case 'flow-collection': {
            let res = token.start.source;
            for (const item of token.items)
                res += stringifyItem(item);
            for (const st of token.end)
                res += st.source;
            return res;
        }
        case 'document': {
            let res = stringifyItem(token);
            if (token.end)
                for (const st of token.end)
                    res += st.source;
            return res;
        }
        default: {
            let res = token.source;
            if ('end' in token && token.end)
                for (const st of token.end)
                    res += st.source;
            return res;
        }
    }
}
function stringifyItem({ start, key, sep, value }) {
    let res = '';
    for (const st of start)
        res += st.source;
    if (key)
        res += stringifyToken(key);
    if (sep)
        for (const st of sep)
            res += st.source;
    if (value)
        res += stringifyToken(value);
    return res;
}

exports.stringify = stringify;


/***/ }),

/***/ 7715:
/***/ ((__unused_webpack_module, exports) => {



const BREAK = Symbol('break visit');
const SKIP = Symbol('skip children');
const REMOVE = Symbol('remove item');
/**
 * Apply a visitor to a CST document or item.
 *
 * Walks through the tree (depth-first) starting from the root, calling a
 * `visitor` function with two arguments when entering each item:
 *   - `item`: The current item, which included the following members:
 *     - `start: SourceToken[]` – Source tokens before the key or value,
 *       possibly including its anchor or tag.
 *     - `key?: Token | null` – Set for pair values. May then be `null`, if
 *       the key before the `:` separator is empty.
 *     - `sep?: SourceToken[]` – Source tokens between the key and the value,
 *       which should include the `:` map value indicator if `value` is set.
 *     - `value?: Token` – The value of a sequence item, or of a map pair.
 *   - `path`: The steps from the root to the current node, as an array of
 *     `['key' | 'value', number]` tuples.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this token, continue with
 *      next sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current item, then continue with the next one
 *   - `number`: Set the index of the next step. This is useful especially if
 *     the index of the current token has changed.
 *   - `function`: Define the next visitor for this item. After the original
 *     visitor is called on item entry, next visitors are called after handling
 *     a non-empty `key` and when exiting the item.
 */
function visit(cst, visitor) {
    if ('type' in cst && cst.type === 'document')
        cst = { start: cst.start, value: cst.value };
    _visit(Object.freeze([]), cst, visitor);
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visit.BREAK = BREAK;
/** Do not visit the children of the current item */
visit.SKIP = SKIP;
/** Remove the current item */
visit.REMOVE = REMOVE;
/** Find the item at `path` from `cst` as the root */
visit.itemAtPath = (cst, path) => {
    let item = cst;
    for (const [field, index] of path) {
        const tok = item?.[field];
        if (tok && 'items' in tok) {
            item = tok.items[index];
        }
        else
            return undefined;
    }
    return item;
};
/**
 * Get the immediate parent collection of the item at `path` from `cst` as the root.
 *
 * Throws an error if the collection is not found, which should never happen if the item itself exists.
 */
visit.parentCollection = (cst, path) => {
    const parent = visit.itemAtPath(cst, path.slice(0, -1));
    const field = path[path.length - 1][0];
    const coll = parent?.[field];
    if (coll && 'items' in coll)
        return coll;
    throw new Error('Parent collection not found');
};
function _visit(path, item, visitor) {
    let ctrl = visitor(item, path);
    if (typeof ctrl === 'symbol')
        return ctrl;
    for (const field of ['key', 'value']) {
        const token = item[field];
        if (token && 'items' in token) {
            for (let i = 0; i < token.items.length; ++i) {
                const ci = _visit(Object.freeze(path.concat([[field, i]])), token.items[i], visitor);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    token.items.splice(i, 1);
                    i -= 1;
                }
            }
            if (typeof ctrl === 'function' && field === 'key')
                ctrl = ctrl(item, path);
        }
    }
    return typeof ctrl === 'function' ? ctrl(item, path) : ctrl;
}

exports.visit = visit;


/***/ }),

/***/ 3461:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var cstScalar = __nccwpck_require__(110);
var cstStringify = __nccwpck_require__(1733);
var cstVisit = __nccwpck_require__(7715);

/** The byte order mark */
const BOM = '\u{FEFF}';
/** Start of doc-mode */
const DOCUMENT = '\x02'; // C0: Start of Text
/** Unexpected end of flow-mode */
const FLOW_END = '\x18'; // C0: Cancel
/** Next token is a scalar value */
const SCALAR = '\x1f'; // C0: Unit Separator
/** @returns `true` if `token` is a flow or block collection */
const isCollection = (token) => !!token && 'items' in token;
/** @returns `true` if `token` is a flow or block scalar; not an alias */
const isScalar = (token) => !!token &&
    (token.type === 'scalar' ||
        token.type === 'single-quoted-scalar' ||
        token.type === 'double-quoted-scalar' ||
        token.type === 'block-scalar');
/* istanbul ignore next */
/** Get a printable representation of a lexer token */
function prettyToken(token) {
    switch (token) {
        case BOM:
            return '<BOM>';
        case DOCUMENT:
            return '<DOC>';
        case FLOW_END:
            return '<FLOW_END>';
        case SCALAR:
            return '<SCALAR>';
        default:
            return JSON.stringify(token);
    }
}
/** Identify the type of a lexer token. May return `null` for unknown tokens. */
function tokenType(source) {
    switch (source) {
        case BOM:
            return 'byte-order-mark';
        case DOCUMENT:
            return 'doc-mode';
        case FLOW_END:
            return 'flow-error-end';
        case SCALAR:
            return 'scalar';
        case '---':
            return 'doc-start';
        case '...':
            return 'doc-end';
        case '':
        case '\n':
        case '\r\n':
            return 'newline';
        case '-':
            return 'seq-item-ind';
        case '?':
            return 'explicit-key-ind';
        case ':':
            return 'map-value-ind';
        case '{':
            return 'flow-map-start';
        case '}':
            return 'flow-map-end';
        case '[':
            return 'flow-seq-start';
        case ']':
            return 'flow-seq-end';
        case ',':
            return 'comma';
    }
    switch (source[0]) {
        case ' ':
        case '\t':
            return 'space';
        case '#':
            return 'comment';
        case '%':
            return 'directive-line';
        case '*':
            return 'alias';
        case '&':
            return 'anchor';
        case '!':
            return 'tag';
        case "'":
            return 'single-quoted-scalar';
        case '"':
            return 'double-quoted-scalar';
        case '|':
        case '>':
            return 'block-scalar-header';
    }
    return null;
}

exports.createScalarToken = cstScalar.createScalarToken;
exports.resolveAsScalar = cstScalar.resolveAsScalar;
exports.setScalarValue = cstScalar.setScalarValue;
exports.stringify = cstStringify.stringify;
exports.visit = cstVisit.visit;
exports.BOM = BOM;
exports.DOCUMENT = DOCUMENT;
exports.FLOW_END = FLOW_END;
exports.SCALAR = SCALAR;
exports.isCollection = isCollection;
exports.isScalar = isScalar;
exports.prettyToken = prettyToken;
exports.tokenType = tokenType;


/***/ }),

/***/ 361:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var cst = __nccwpck_require__(3461);

/*
START -> stream

stream
  directive -> line-end -> stream
  indent + line-end -> stream
  [else] -> line-start

line-end
  comment -> line-end
  newline -> .
  input-end -> END

line-start
  doc-start -> doc
  doc-end -> stream
  [else] -> indent -> block-start

block-start
  seq-item-start -> block-start
  explicit-key-start -> block-start
  map-value-start -> block-start
  [else] -> doc

doc
  line-end -> line-start
  spaces -> doc
  anchor -> doc
  tag -> doc
  flow-start -> flow -> doc
  flow-end -> error -> doc
  seq-item-start -> error -> doc
  explicit-key-start -> error -> doc
  map-value-start -> doc
  alias -> doc
  quote-start -> quoted-scalar -> doc
  block-scalar-header -> line-end -> block-scalar(min) -> line-start
  [else] -> plain-scalar(false, min) -> doc

flow
  line-end -> flow
  spaces -> flow
  anchor -> flow
  tag -> flow
  flow-start -> flow -> flow
  flow-end -> .
  seq-item-start -> error -> flow
  explicit-key-start -> flow
  map-value-start -> flow
  alias -> flow
  quote-start -> quoted-scalar -> flow
  comma -> flow
  [else] -> plain-scalar(true, 0) -> flow

quoted-scalar
  quote-end -> .
  [else] -> quoted-scalar

block-scalar(min)
  newline + peek(indent < min) -> .
  [else] -> block-scalar(min)

plain-scalar(is-flow, min)
  scalar-end(is-flow) -> .
  peek(newline + (indent < min)) -> .
  [else] -> plain-scalar(min)
*/
function isEmpty(ch) {
    switch (ch) {
        case undefined:
        case ' ':
        case '\n':
        case '\r':
        case '\t':
            return true;
        default:
            return false;
    }
}
const hexDigits = new Set('0123456789ABCDEFabcdef');
const tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
const flowIndicatorChars = new Set(',[]{}');
const invalidAnchorChars = new Set(' ,[]{}\n\r\t');
const isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
/**
 * Splits an input string into lexical tokens, i.e. smaller strings that are
 * easily identifiable by `tokens.tokenType()`.
 *
 * Lexing starts always in a "stream" context. Incomplete input may be buffered
 * until a complete token can be emitted.
 *
 * In addition to slices of the original input, the following control characters
 * may also be emitted:
 *
 * - `\x02` (Start of Text): A document starts with the next token
 * - `\x18` (Cancel): Unexpected end of flow-mode (indicates an error)
 * - `\x1f` (Unit Separator): Next token is a scalar value
 * - `\u{FEFF}` (Byte order mark): Emitted separately outside documents
 */
class Lexer {
    constructor() {
        /**
         * Flag indicating whether the end of the current buffer marks the end of
         * all input
         */
        this.atEnd = false;
        /**
         * Explicit indent set in block scalar header, as an offset from the current
         * minimum indent, so e.g. set to 1 from a header `|2+`. Set to -1 if not
         * explicitly set.
         */
        this.blockScalarIndent = -1;
        /**
         * Block scalars that include a + (keep) chomping indicator in their header
         * include trailing empty lines, which are otherwise excluded from the
         * scalar's contents.
         */
        this.blockScalarKeep = false;
        /** Current input */
        this.buffer = '';
        /**
         * Flag noting whether the map value indicator : can immediately follow this
         * node within a flow context.
         */
        this.flowKey = false;
        /** Count of surrounding flow collection levels. */
        this.flowLevel = 0;
        /**
         * Minimum level of indentation required for next lines to be parsed as a
         * part of the current scalar value.
         */
        this.indentNext = 0;
        /** Indentation level of the current line. */
        this.indentValue = 0;
        /** Position of the next \n character. */
        this.lineEndPos = null;
        /** Stores the state of the lexer if reaching the end of incpomplete input */
        this.next = null;
        /** A pointer to `buffer`; the current position of the lexer. */
        this.pos = 0;
    }
    /**
     * Generate YAML tokens from the `source` string. If `incomplete`,
     * a part of the last line may be left as a buffer for the next call.
     *
     * @returns A generator of lexical tokens
     */
    *lex(source, incomplete = false) {
        if (source) {
            if (typeof source !== 'string')
                throw TypeError('source is not a string');
            this.buffer = this.buffer ? this.buffer + source : source;
            this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? 'stream';
        while (next && (incomplete || this.hasChars(1)))
            next = yield* this.parseNext(next);
    }
    atLineEnd() {
        let i = this.pos;
        let ch = this.buffer[i];
        while (ch === ' ' || ch === '\t')
            ch = this.buffer[++i];
        if (!ch || ch === '#' || ch === '\n')
            return true;
        if (ch === '\r')
            return this.buffer[i + 1] === '\n';
        return false;
    }
    charAt(n) {
        return this.buffer[this.pos + n];
    }
    continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
            let indent = 0;
            while (ch === ' ')
                ch = this.buffer[++indent + offset];
            if (ch === '\r') {
                const next = this.buffer[indent + offset + 1];
                if (next === '\n' || (!next && !this.atEnd))
                    return offset + indent + 1;
            }
            return ch === '\n' || indent >= this.indentNext || (!ch && !this.atEnd)
                ? offset + indent
                : -1;
        }
        if (ch === '-' || ch === '.') {
            const dt = this.buffer.substr(offset, 3);
            if ((dt === '---' || dt === '...') && isEmpty(this.buffer[offset + 3]))
                return -1;
        }
        return offset;
    }
    getLine() {
        let end = this.lineEndPos;
        if (typeof end !== 'number' || (end !== -1 && end < this.pos)) {
            end = this.buffer.indexOf('\n', this.pos);
            this.lineEndPos = end;
        }
        if (end === -1)
            return this.atEnd ? this.buffer.substring(this.pos) : null;
        if (this.buffer[end - 1] === '\r')
            end -= 1;
        return this.buffer.substring(this.pos, end);
    }
    hasChars(n) {
        return this.pos + n <= this.buffer.length;
    }
    setNext(state) {
        this.buffer = this.buffer.substring(this.pos);
        this.pos = 0;
        this.lineEndPos = null;
        this.next = state;
        return null;
    }
    peek(n) {
        return this.buffer.substr(this.pos, n);
    }
    *parseNext(next) {
        switch (next) {
            case 'stream':
                return yield* this.parseStream();
            case 'line-start':
                return yield* this.parseLineStart();
            case 'block-start':
                return yield* this.parseBlockStart();
            case 'doc':
                return yield* this.parseDocument();
            case 'flow':
                return yield* this.parseFlowCollection();
            case 'quoted-scalar':
                return yield* this.parseQuotedScalar();
            case 'block-scalar':
                return yield* this.parseBlockScalar();
            case 'plain-scalar':
                return yield* this.parsePlainScalar();
        }
    }
    *parseStream() {
        let line = this.getLine();
        if (line === null)
            return this.setNext('stream');
        if (line[0] === cst.BOM) {
            yield* this.pushCount(1);
            line = line.substring(1);
        }
        if (line[0] === '%') {
            let dirEnd = line.length;
            let cs = line.indexOf('#');
            while (cs !== -1) {
                const ch = line[cs - 1];
                if (ch === ' ' || ch === '\t') {
                    dirEnd = cs - 1;
                    break;
                }
                else {
                    cs = line.indexOf('#', cs + 1);
                }
            }
            while (true) {
                const ch = line[dirEnd - 1];
                if (ch === ' ' || ch === '\t')
                    dirEnd -= 1;
                else
                    break;
            }
            const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
            yield* this.pushCount(line.length - n); // possible comment
            this.pushNewline();
            return 'stream';
        }
        if (this.atLineEnd()) {
            const sp = yield* this.pushSpaces(true);
            yield* this.pushCount(line.length - sp);
            yield* this.pushNewline();
            return 'stream';
        }
        yield cst.DOCUMENT;
        return yield* this.parseLineStart();
    }
    *parseLineStart() {
        const ch = this.charAt(0);
        if (!ch && !this.atEnd)
            return this.setNext('line-start');
        if (ch === '-' || ch === '.') {
            if (!this.atEnd && !this.hasChars(4))
                return this.setNext('line-start');
            const s = this.peek(3);
            if ((s === '---' || s === '...') && isEmpty(this.charAt(3))) {
                yield* this.pushCount(3);
                this.indentValue = 0;
                this.indentNext = 0;
                return s === '---' ? 'doc' : 'stream';
            }
        }
        this.indentValue = yield* this.pushSpaces(false);
        if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1)))
            this.indentNext = this.indentValue;
        return yield* this.parseBlockStart();
    }
    *parseBlockStart() {
        const [ch0, ch1] = this.peek(2);
        if (!ch1 && !this.atEnd)
            return this.setNext('block-start');
        if ((ch0 === '-' || ch0 === '?' || ch0 === ':') && isEmpty(ch1)) {
            const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
            this.indentNext = this.indentValue + 1;
            this.indentValue += n;
            return 'block-start';
        }
        return 'doc';
    }
    *parseDocument() {
        yield* this.pushSpaces(true);
        const line = this.getLine();
        if (line === null)
            return this.setNext('doc');
        let n = yield* this.pushIndicators();
        switch (line[n]) {
            case '#':
                yield* this.pushCount(line.length - n);
            // fallthrough
            case undefined:
                yield* this.pushNewline();
                return yield* this.parseLineStart();
            case '{':
            case '[':
                yield* this.pushCount(1);
                this.flowKey = false;
                this.flowLevel = 1;
                return 'flow';
            case '}':
            case ']':
                // this is an error
                yield* this.pushCount(1);
                return 'doc';
            case '*':
                yield* this.pushUntil(isNotAnchorChar);
                return 'doc';
            case '"':
            case "'":
                return yield* this.parseQuotedScalar();
            case '|':
            case '>':
                n += yield* this.parseBlockScalarHeader();
                n += yield* this.pushSpaces(true);
                yield* this.pushCount(line.length - n);
                yield* this.pushNewline();
                return yield* this.parseBlockScalar();
            default:
                return yield* this.parsePlainScalar();
        }
    }
    *parseFlowCollection() {
        let nl, sp;
        let indent = -1;
        do {
            nl = yield* this.pushNewline();
            if (nl > 0) {
                sp = yield* this.pushSpaces(false);
                this.indentValue = indent = sp;
            }
            else {
                sp = 0;
            }
            sp += yield* this.pushSpaces(true);
        } while (nl + sp > 0);
        const line = this.getLine();
        if (line === null)
            return this.setNext('flow');
        if ((indent !== -1 && indent < this.indentNext && line[0] !== '#') ||
            (indent === 0 &&
                (line.startsWith('---') || line.startsWith('...')) &&
                isEmpty(line[3]))) {
            // Allowing for the terminal ] or } at the same (rather than greater)
            // indent level as the initial [ or { is technically invalid, but
            // failing here would be surprising to users.
            const atFlowEndMarker = indent === this.indentNext - 1 &&
                this.flowLevel === 1 &&
                (line[0] === ']' || line[0] === '}');
            if (!atFlowEndMarker) {
                // this is an error
                this.flowLevel = 0;
                yield cst.FLOW_END;
                return yield* this.parseLineStart();
            }
        }
        let n = 0;
        while (line[n] === ',') {
            n += yield* this.pushCount(1);
            n += yield* this.pushSpaces(true);
            this.flowKey = false;
        }
        n += yield* this.pushIndicators();
        switch (line[n]) {
            case undefined:
                return 'flow';
            case '#':
                yield* this.pushCount(line.length - n);
                return 'flow';
            case '{':
            case '[':
                yield* this.pushCount(1);
                this.flowKey = false;
                this.flowLevel += 1;
                return 'flow';
            case '}':
            case ']':
                yield* this.pushCount(1);
                this.flowKey = true;
                this.flowLevel -= 1;
                return this.flowLevel ? 'flow' : 'doc';
            case '*':
                yield* this.pushUntil(isNotAnchorChar);
                return 'flow';
            case '"':
            case "'":
                this.flowKey = true;
                return yield* this.parseQuotedScalar();
            case ':': {
                const next = this.charAt(1);
                if (this.flowKey || isEmpty(next) || next === ',') {
                    this.flowKey = false;
                    yield* this.pushCount(1);
                    yield* this.pushSpaces(true);
                    return 'flow';
                }
            }
            // fallthrough
            default:
                this.flowKey = false;
                return yield* this.parsePlainScalar();
        }
    }
    *parseQuotedScalar() {
        const quote = this.charAt(0);
        let end = this.buffer.indexOf(quote, this.pos + 1);
        if (quote === "'") {
            while (end !== -1 && this.buffer[end + 1] === "'")
                end = this.buffer.indexOf("'", end + 2);
        }
        else {
            // double-quote
            while (end !== -1) {
                let n = 0;
                while (this.buffer[end - 1 - n] === '\\')
                    n += 1;
                if (n % 2 === 0)
                    break;
                end = this.buffer.indexOf('"', end + 1);
            }
        }
        // Only looking for newlines within the quotes
        const qb = this.buffer.substring(0, end);
        let nl = qb.indexOf('\n', this.pos);
        if (nl !== -1) {
            while (nl !== -1) {
                const cs = this.continueScalar(nl + 1);
                if (cs === -1)
                    break;
                nl = qb.indexOf('\n', cs);
            }
            if (nl !== -1) {
                // this is an error caused by an unexpected unindent
                end = nl - (qb[nl - 1] === '\r' ? 2 : 1);
            }
        }
        if (end === -1) {
            if (!this.atEnd)
                return this.setNext('quoted-scalar');
            end = this.buffer.length;
        }
        yield* this.pushToIndex(end + 1, false);
        return this.flowLevel ? 'flow' : 'doc';
    }
    *parseBlockScalarHeader() {
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        let i = this.pos;
        while (true) {
            const ch = this.buffer[++i];
            if (ch === '+')
                this.blockScalarKeep = true;
            else if (ch > '0' && ch <= '9')
                this.blockScalarIndent = Number(ch) - 1;
            else if (ch !== '-')
                break;
        }
        return yield* this.pushUntil(ch => isEmpty(ch) || ch === '#');
    }
    *parseBlockScalar() {
        let nl = this.pos - 1; // may be -1 if this.pos === 0
        let indent = 0;
        let ch;
        loop: for (let i = this.pos; (ch = this.buffer[i]); ++i) {
            switch (ch) {
                case ' ':
                    indent += 1;
                    break;
                case '\n':
                    nl = i;
                    indent = 0;
                    break;
                case '\r': {
                    const next = this.buffer[i + 1];
                    if (!next && !this.atEnd)
                        return this.setNext('block-scalar');
                    if (next === '\n')
                        break;
                } // fallthrough
                default:
                    break loop;
            }
        }
        if (!ch && !this.atEnd)
            return this.setNext('block-scalar');
        if (indent >= this.indentNext) {
            if (this.blockScalarIndent === -1)
                this.indentNext = indent;
            else {
                this.indentNext =
                    this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
            }
            do {
                const cs = this.continueScalar(nl + 1);
                if (cs === -1)
                    break;
                nl = this.buffer.indexOf('\n', cs);
            } while (nl !== -1);
            if (nl === -1) {
                if (!this.atEnd)
                    return this.setNext('block-scalar');
                nl = this.buffer.length;
            }
        }
        // Trailing insufficiently indented tabs are invalid.
        // To catch that during parsing, we include them in the block scalar value.
        let i = nl + 1;
        ch = this.buffer[i];
        while (ch === ' ')
            ch = this.buffer[++i];
        if (ch === '\t') {
            while (ch === '\t' || ch === ' ' || ch === '\r' || ch === '\n')
                ch = this.buffer[++i];
            nl = i - 1;
        }
        else if (!this.blockScalarKeep) {
            do {
                let i = nl - 1;
                let ch = this.buffer[i];
                if (ch === '\r')
                    ch = this.buffer[--i];
                const lastChar = i; // Drop the line if last char not more indented
                while (ch === ' ')
                    ch = this.buffer[--i];
                if (ch === '\n' && i >= this.pos && i + 1 + indent > lastChar)
                    nl = i;
                else
                    break;
            } while (true);
        }
        yield cst.SCALAR;
        yield* this.pushToIndex(nl + 1, true);
        return yield* this.parseLineStart();
    }
    *parsePlainScalar() {
        const inFlow = this.flowLevel > 0;
        let end = this.pos - 1;
        let i = this.pos - 1;
        let ch;
        while ((ch = this.buffer[++i])) {
            if (ch === ':') {
                const next = this.buffer[i + 1];
                if (isEmpty(next) || (inFlow && flowIndicatorChars.has(next)))
                    break;
                end = i;
            }
            else if (isEmpty(ch)) {
                let next = this.buffer[i + 1];
                if (ch === '\r') {
                    if (next === '\n') {
                        i += 1;
                        ch = '\n';
                        next = this.buffer[i + 1];
                    }
                    else
                        end = i;
                }
                if (next === '#' || (inFlow && flowIndicatorChars.has(next)))
                    break;
                if (ch === '\n') {
                    const cs = this.continueScalar(i + 1);
                    if (cs === -1)
                        break;
                    i = Math.max(i, cs - 2); // to advance, but still account for ' #'
                }
            }
            else {
                if (inFlow && flowIndicatorChars.has(ch))
                    break;
                end = i;
            }
        }
        if (!ch && !this.atEnd)
            return this.setNext('plain-scalar');
        yield cst.SCALAR;
        yield* this.pushToIndex(end + 1, true);
        return inFlow ? 'flow' : 'doc';
    }
    *pushCount(n) {
        if (n > 0) {
            yield this.buffer.substr(this.pos, n);
            this.pos += n;
            return n;
        }
        return 0;
    }
    *pushToIndex(i, allowEmpty) {
        const s = this.buffer.slice(this.pos, i);
        if (s) {
            yield s;
            this.pos += s.length;
            return s.length;
        }
        else if (allowEmpty)
            yield '';
        return 0;
    }
    *pushIndicators() {
        let n = 0;
        loop: while (true) {
            switch (this.charAt(0)) {
                case '!':
                    n += yield* this.pushTag();
                    n += yield* this.pushSpaces(true);
                    continue loop;
                case '&':
                    n += yield* this.pushUntil(isNotAnchorChar);
                    n += yield* this.pushSpaces(true);
                    continue loop;
                case '-': // this is an error
                case '?': // this is an error outside flow collections
                case ':': {
                    const inFlow = this.flowLevel > 0;
                    const ch1 = this.charAt(1);
                    if (isEmpty(ch1) || (inFlow && flowIndicatorChars.has(ch1))) {
                        if (!inFlow)
                            this.indentNext = this.indentValue + 1;
                        else if (this.flowKey)
                            this.flowKey = false;
                        n += yield* this.pushCount(1);
                        n += yield* this.pushSpaces(true);
                        continue loop;
                    }
                }
            }
            break loop;
        }
        return n;
    }
    *pushTag() {
        if (this.charAt(1) === '<') {
            let i = this.pos + 2;
            let ch = this.buffer[i];
            while (!isEmpty(ch) && ch !== '>')
                ch = this.buffer[++i];
            return yield* this.pushToIndex(ch === '>' ? i + 1 : i, false);
        }
        else {
            let i = this.pos + 1;
            let ch = this.buffer[i];
            while (ch) {
                if (tagChars.has(ch))
                    ch = this.buffer[++i];
                else if (ch === '%' &&
                    hexDigits.has(this.buffer[i + 1]) &&
                    hexDigits.has(this.buffer[i + 2])) {
                    ch = this.buffer[(i += 3)];
                }
                else
                    break;
            }
            return yield* this.pushToIndex(i, false);
        }
    }
    *pushNewline() {
        const ch = this.buffer[this.pos];
        if (ch === '\n')
            return yield* this.pushCount(1);
        else if (ch === '\r' && this.charAt(1) === '\n')
            return yield* this.pushCount(2);
        else
            return 0;
    }
    *pushSpaces(allowTabs) {
        let i = this.pos - 1;
        let ch;
        do {
            ch = this.buffer[++i];
        } while (ch === ' ' || (allowTabs && ch === '\t'));
        const n = i - this.pos;
        if (n > 0) {
            yield this.buffer.substr(this.pos, n);
            this.pos = i;
        }
        return n;
    }
    *pushUntil(test) {
        let i = this.pos;
        let ch = this.buffer[i];
        while (!test(ch))
            ch = this.buffer[++i];
        return yield* this.pushToIndex(i, false);
    }
}

exports.Lexer = Lexer;


/***/ }),

/***/ 6628:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Tracks newlines during parsing in order to provide an efficient API for
 * determining the one-indexed `{ line, col }` position for any offset
 * within the input.
 */
class LineCounter {
    constructor() {
        this.lineStarts = [];
        /**
         * Should be called in ascending order. Otherwise, call
         * `lineCounter.lineStarts.sort()` before calling `linePos()`.
         */
        this.addNewLine = (offset) => this.lineStarts.push(offset);
        /**
         * Performs a binary search and returns the 1-indexed { line, col }
         * position of `offset`. If `line === 0`, `addNewLine` has never been
         * called or `offset` is before the first known newline.
         */
        this.linePos = (offset) => {
            let low = 0;
            let high = this.lineStarts.length;
            while (low < high) {
                const mid = (low + high) >> 1; // Math.floor((low + high) / 2)
                if (this.lineStarts[mid] < offset)
                    low = mid + 1;
                else
                    high = mid;
            }
            if (this.lineStarts[low] === offset)
                return { line: low + 1, col: 1 };
            if (low === 0)
                return { line: 0, col: offset };
            const start = this.lineStarts[low - 1];
            return { line: low, col: offset - start + 1 };
        };
    }
}

exports.LineCounter = LineCounter;


/***/ }),

/***/ 3456:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);
var cst = __nccwpck_require__(3461);
var lexer = __nccwpck_require__(361);

function includesToken(list, type) {
    for (let i = 0; i < list.length; ++i)
        if (list[i].type === type)
            return true;
    return false;
}
function findNonEmptyIndex(list) {
    for (let i = 0; i < list.length; ++i) {
        switch (list[i].type) {
            case 'space':
            case 'comment':
            case 'newline':
                break;
            default:
                return i;
        }
    }
    return -1;
}
function isFlowToken(token) {
    switch (token?.type) {
        case 'alias':
        case 'scalar':
        case 'single-quoted-scalar':
        case 'double-quoted-scalar':
        case 'flow-collection':
            return true;
        default:
            return false;
    }
}
function getPrevProps(parent) {
    switch (parent.type) {
        case 'document':
            return parent.start;
        case 'block-map': {
            const it = parent.items[parent.items.length - 1];
            return it.sep ?? it.start;
        }
        case 'block-seq':
            return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
            return [];
    }
}
/** Note: May modify input array */
function getFirstKeyStartProps(prev) {
    if (prev.length === 0)
        return [];
    let i = prev.length;
    loop: while (--i >= 0) {
        switch (prev[i].type) {
            case 'doc-start':
            case 'explicit-key-ind':
            case 'map-value-ind':
            case 'seq-item-ind':
            case 'newline':
                break loop;
        }
    }
    while (prev[++i]?.type === 'space') {
        /* loop */
    }
    return prev.splice(i, prev.length);
}
function arrayPushArray(target, source) {
    // May exhaust call stack with large `source` array
    if (source.length < 1e5)
        Array.prototype.push.apply(target, source);
    else
        for (let i = 0; i < source.length; ++i)
            target.push(source[i]);
}
function fixFlowSeqItems(fc) {
    if (fc.start.type === 'flow-seq-start') {
        for (const it of fc.items) {
            if (it.sep &&
                !it.value &&
                !includesToken(it.start, 'explicit-key-ind') &&
                !includesToken(it.sep, 'map-value-ind')) {
                if (it.key)
                    it.value = it.key;
                delete it.key;
                if (isFlowToken(it.value)) {
                    if (it.value.end)
                        arrayPushArray(it.value.end, it.sep);
                    else
                        it.value.end = it.sep;
                }
                else
                    arrayPushArray(it.start, it.sep);
                delete it.sep;
            }
        }
    }
}
/**
 * A YAML concrete syntax tree (CST) parser
 *
 * ```ts
 * const src: string = ...
 * for (const token of new Parser().parse(src)) {
 *   // token: Token
 * }
 * ```
 *
 * To use the parser with a user-provided lexer:
 *
 * ```ts
 * function* parse(source: string, lexer: Lexer) {
 *   const parser = new Parser()
 *   for (const lexeme of lexer.lex(source))
 *     yield* parser.next(lexeme)
 *   yield* parser.end()
 * }
 *
 * const src: string = ...
 * const lexer = new Lexer()
 * for (const token of parse(src, lexer)) {
 *   // token: Token
 * }
 * ```
 */
class Parser {
    /**
     * @param onNewLine - If defined, called separately with the start position of
     *   each new line (in `parse()`, including the start of input).
     */
    constructor(onNewLine) {
        /** If true, space and sequence indicators count as indentation */
        this.atNewLine = true;
        /** If true, next token is a scalar value */
        this.atScalar = false;
        /** Current indentation level */
        this.indent = 0;
        /** Current offset since the start of parsing */
        this.offset = 0;
        /** On the same line with a block map key */
        this.onKeyLine = false;
        /** Top indicates the node that's currently being built */
        this.stack = [];
        /** The source of the current token, set in parse() */
        this.source = '';
        /** The type of the current token, set in parse() */
        this.type = '';
        // Must be defined after `next()`
        this.lexer = new lexer.Lexer();
        this.onNewLine = onNewLine;
    }
    /**
     * Parse `source` as a YAML stream.
     * If `incomplete`, a part of the last line may be left as a buffer for the next call.
     *
     * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
     *
     * @returns A generator of tokens representing each directive, document, and other structure.
     */
    *parse(source, incomplete = false) {
        if (this.onNewLine && this.offset === 0)
            this.onNewLine(0);
        for (const lexeme of this.lexer.lex(source, incomplete))
            yield* this.next(lexeme);
        if (!incomplete)
            yield* this.end();
    }
    /**
     * Advance the parser by the `source` of one lexical token.
     */
    *next(source) {
        this.source = source;
        if (node_process.env.LOG_TOKENS)
            console.log('|', cst.prettyToken(source));
        if (this.atScalar) {
            this.atScalar = false;
            yield* this.step();
            this.offset += source.length;
            return;
        }
        const type = cst.tokenType(source);
        if (!type) {
            const message = `Not a YAML token: ${source}`;
            yield* this.pop({ type: 'error', offset: this.offset, message, source });
            this.offset += source.length;
        }
        else if (type === 'scalar') {
            this.atNewLine = false;
            this.atScalar = true;
            this.type = 'scalar';
        }
        else {
            this.type = type;
            yield* this.step();
            switch (type) {
                case 'newline':
                    this.atNewLine = true;
                    this.indent = 0;
                    if (this.onNewLine)
                        this.onNewLine(this.offset + source.length);
                    break;
                case 'space':
                    if (this.atNewLine && source[0] === ' ')
                        this.indent += source.length;
                    break;
                case 'explicit-key-ind':
                case 'map-value-ind':
                case 'seq-item-ind':
                    if (this.atNewLine)
                        this.indent += source.length;
                    break;
                case 'doc-mode':
                case 'flow-error-end':
                    return;
                default:
                    this.atNewLine = false;
            }
            this.offset += source.length;
        }
    }
    /** Call at end of input to push out any remaining constructions */
    *end() {
        while (this.stack.length > 0)
            yield* this.pop();
    }
    get sourceToken() {
        const st = {
            type: this.type,
            offset: this.offset,
            indent: this.indent,
            source: this.source
        };
        return st;
    }
    *step() {
        const top = this.peek(1);
        if (this.type === 'doc-end' && top?.type !== 'doc-end') {
            while (this.stack.length > 0)
                yield* this.pop();
            this.stack.push({
                type: 'doc-end',
                offset: this.offset,
                source: this.source
            });
            return;
        }
        if (!top)
            return yield* this.stream();
        switch (top.type) {
            case 'document':
                return yield* this.document(top);
            case 'alias':
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return yield* this.scalar(top);
            case 'block-scalar':
                return yield* this.blockScalar(top);
            case 'block-map':
                return yield* this.blockMap(top);
            case 'block-seq':
                return yield* this.blockSequence(top);
            case 'flow-collection':
                return yield* this.flowCollection(top);
            case 'doc-end':
                return yield* this.documentEnd(top);
        }
        /* istanbul ignore next should not happen */
        yield* this.pop();
    }
    peek(n) {
        return this.stack[this.stack.length - n];
    }
    *pop(error) {
        const token = error ?? this.stack.pop();
        /* istanbul ignore if should not happen */
        if (!token) {
            const message = 'Tried to pop an empty stack';
            yield { type: 'error', offset: this.offset, source: '', message };
        }
        else if (this.stack.length === 0) {
            yield token;
        }
        else {
            const top = this.peek(1);
            if (token.type === 'block-scalar') {
                // Block scalars use their parent rather than header indent
                token.indent = 'indent' in top ? top.indent : 0;
            }
            else if (token.type === 'flow-collection' && top.type === 'document') {
                // Ignore all indent for top-level flow collections
                token.indent = 0;
            }
            if (token.type === 'flow-collection')
                fixFlowSeqItems(token);
            switch (top.type) {
                case 'document':
                    top.value = token;
                    break;
                case 'block-scalar':
                    top.props.push(token); // error
                    break;
                case 'block-map': {
                    const it = top.items[top.items.length - 1];
                    if (it.value) {
                        top.items.push({ start: [], key: token, sep: [] });
                        this.onKeyLine = true;
                        return;
                    }
                    else if (it.sep) {
                        it.value = token;
                    }
                    else {
                        Object.assign(it, { key: token, sep: [] });
                        this.onKeyLine = !it.explicitKey;
                        return;
                    }
                    break;
                }
                case 'block-seq': {
                    const it = top.items[top.items.length - 1];
                    if (it.value)
                        top.items.push({ start: [], value: token });
                    else
                        it.value = token;
                    break;
                }
                case 'flow-collection': {
                    const it = top.items[top.items.length - 1];
                    if (!it || it.value)
                        top.items.push({ start: [], key: token, sep: [] });
                    else if (it.sep)
                        it.value = token;
                    else
                        Object.assign(it, { key: token, sep: [] });
                    return;
                }
                /* istanbul ignore next should not happen */
                default:
                    yield* this.pop();
                    yield* this.pop(token);
            }
            if ((top.type === 'document' ||
                top.type === 'block-map' ||
                top.type === 'block-seq') &&
                (token.type === 'block-map' || token.type === 'block-seq')) {
                const last = token.items[token.items.length - 1];
                if (last &&
                    !last.sep &&
                    !last.value &&
                    last.start.length > 0 &&
                    findNonEmptyIndex(last.start) === -1 &&
                    (token.indent === 0 ||
                        last.start.every(st => st.type !== 'comment' || st.indent < token.indent))) {
                    if (top.type === 'document')
                        top.end = last.start;
                    else
                        top.items.push({ start: last.start });
                    token.items.splice(-1, 1);
                }
            }
        }
    }
    *stream() {
        switch (this.type) {
            case 'directive-line':
                yield { type: 'directive', offset: this.offset, source: this.source };
                return;
            case 'byte-order-mark':
            case 'space':
            case 'comment':
            case 'newline':
                yield this.sourceToken;
                return;
            case 'doc-mode':
            case 'doc-start': {
                const doc = {
                    type: 'document',
                    offset: this.offset,
                    start: []
                };
                if (this.type === 'doc-start')
                    doc.start.push(this.sourceToken);
                this.stack.push(doc);
                return;
            }
        }
        yield {
            type: 'error',
            offset: this.offset,
            message: `Unexpected ${this.type} token in YAML stream`,
            source: this.source
        };
    }
    *document(doc) {
        if (doc.value)
            return yield* this.lineEnd(doc);
        switch (this.type) {
            case 'doc-start': {
                if (findNonEmptyIndex(doc.start) !== -1) {
                    yield* this.pop();
                    yield* this.step();
                }
                else
                    doc.start.push(this.sourceToken);
                return;
            }
            case 'anchor':
            case 'tag':
            case 'space':
            case 'comment':
            case 'newline':
                doc.start.push(this.sourceToken);
                return;
        }
        const bv = this.startBlockValue(doc);
        if (bv)
            this.stack.push(bv);
        else {
            yield {
                type: 'error',
                offset: this.offset,
                message: `Unexpected ${this.type} token in YAML document`,
                source: this.source
            };
        }
    }
    *scalar(scalar) {
        if (this.type === 'map-value-ind') {
            const prev = getPrevProps(this.peek(2));
            const start = getFirstKeyStartProps(prev);
            let sep;
            if (scalar.end) {
                sep = scalar.end;
                sep.push(this.sourceToken);
                delete scalar.end;
            }
            else
                sep = [this.sourceToken];
            const map = {
                type: 'block-map',
                offset: scalar.offset,
                indent: scalar.indent,
                items: [{ start, key: scalar, sep }]
            };
            this.onKeyLine = true;
            this.stack[this.stack.length - 1] = map;
        }
        else
            yield* this.lineEnd(scalar);
    }
    *blockScalar(scalar) {
        switch (this.type) {
            case 'space':
            case 'comment':
            case 'newline':
                scalar.props.push(this.sourceToken);
                return;
            case 'scalar':
                scalar.source = this.source;
                // block-scalar source includes trailing newline
                this.atNewLine = true;
                this.indent = 0;
                if (this.onNewLine) {
                    let nl = this.source.indexOf('\n') + 1;
                    while (nl !== 0) {
                        this.onNewLine(this.offset + nl);
                        nl = this.source.indexOf('\n', nl) + 1;
                    }
                }
                yield* this.pop();
                break;
            /* istanbul ignore next should not happen */
            default:
                yield* this.pop();
                yield* this.step();
        }
    }
    *blockMap(map) {
        const it = map.items[map.items.length - 1];
        // it.sep is true-ish if pair already has key or : separator
        switch (this.type) {
            case 'newline':
                this.onKeyLine = false;
                if (it.value) {
                    const end = 'end' in it.value ? it.value.end : undefined;
                    const last = Array.isArray(end) ? end[end.length - 1] : undefined;
                    if (last?.type === 'comment')
                        end?.push(this.sourceToken);
                    else
                        map.items.push({ start: [this.sourceToken] });
                }
                else if (it.sep) {
                    it.sep.push(this.sourceToken);
                }
                else {
                    it.start.push(this.sourceToken);
                }
                return;
            case 'space':
            case 'comment':
                if (it.value) {
                    map.items.push({ start: [this.sourceToken] });
                }
                else if (it.sep) {
                    it.sep.push(this.sourceToken);
                }
                else {
                    if (this.atIndentedComment(it.start, map.indent)) {
                        const prev = map.items[map.items.length - 2];
                        const end = prev?.value?.end;
                        if (Array.isArray(end)) {
                            arrayPushArray(end, it.start);
                            end.push(this.sourceToken);
                            map.items.pop();
                            return;
                        }
                    }
                    it.start.push(this.sourceToken);
                }
                return;
        }
        if (this.indent >= map.indent) {
            const atMapIndent = !this.onKeyLine && this.indent === map.indent;
            const atNextItem = atMapIndent &&
                (it.sep || it.explicitKey) &&
                this.type !== 'seq-item-ind';
            // For empty nodes, assign newline-separated not indented empty tokens to following node
            let start = [];
            if (atNextItem && it.sep && !it.value) {
                const nl = [];
                for (let i = 0; i < it.sep.length; ++i) {
                    const st = it.sep[i];
                    switch (st.type) {
                        case 'newline':
                            nl.push(i);
                            break;
                        case 'space':
                            break;
                        case 'comment':
                            if (st.indent > map.indent)
                                nl.length = 0;
                            break;
                        default:
                            nl.length = 0;
                    }
                }
                if (nl.length >= 2)
                    start = it.sep.splice(nl[1]);
            }
            switch (this.type) {
                case 'anchor':
                case 'tag':
                    if (atNextItem || it.value) {
                        start.push(this.sourceToken);
                        map.items.push({ start });
                        this.onKeyLine = true;
                    }
                    else if (it.sep) {
                        it.sep.push(this.sourceToken);
                    }
                    else {
                        it.start.push(this.sourceToken);
                    }
                    return;
                case 'explicit-key-ind':
                    if (!it.sep && !it.explicitKey) {
                        it.start.push(this.sourceToken);
                        it.explicitKey = true;
                    }
                    else if (atNextItem || it.value) {
                        start.push(this.sourceToken);
                        map.items.push({ start, explicitKey: true });
                    }
                    else {
                        this.stack.push({
                            type: 'block-map',
                            offset: this.offset,
                            indent: this.indent,
                            items: [{ start: [this.sourceToken], explicitKey: true }]
                        });
                    }
                    this.onKeyLine = true;
                    return;
                case 'map-value-ind':
                    if (it.explicitKey) {
                        if (!it.sep) {
                            if (includesToken(it.start, 'newline')) {
                                Object.assign(it, { key: null, sep: [this.sourceToken] });
                            }
                            else {
                                const start = getFirstKeyStartProps(it.start);
                                this.stack.push({
                                    type: 'block-map',
                                    offset: this.offset,
                                    indent: this.indent,
                                    items: [{ start, key: null, sep: [this.sourceToken] }]
                                });
                            }
                        }
                        else if (it.value) {
                            map.items.push({ start: [], key: null, sep: [this.sourceToken] });
                        }
                        else if (includesToken(it.sep, 'map-value-ind')) {
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start, key: null, sep: [this.sourceToken] }]
                            });
                        }
                        else if (isFlowToken(it.key) &&
                            !includesToken(it.sep, 'newline')) {
                            const start = getFirstKeyStartProps(it.start);
                            const key = it.key;
                            const sep = it.sep;
                            sep.push(this.sourceToken);
                            // @ts-expect-error type guard is wrong here
                            delete it.key;
                            // @ts-expect-error type guard is wrong here
                            delete it.sep;
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start, key, sep }]
                            });
                        }
                        else if (start.length > 0) {
                            // Not actually at next item
                            it.sep = it.sep.concat(start, this.sourceToken);
                        }
                        else {
                            it.sep.push(this.sourceToken);
                        }
                    }
                    else {
                        if (!it.sep) {
                            Object.assign(it, { key: null, sep: [this.sourceToken] });
                        }
                        else if (it.value || atNextItem) {
                            map.items.push({ start, key: null, sep: [this.sourceToken] });
                        }
                        else if (includesToken(it.sep, 'map-value-ind')) {
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start: [], key: null, sep: [this.sourceToken] }]
                            });
                        }
                        else {
                            it.sep.push(this.sourceToken);
                        }
                    }
                    this.onKeyLine = true;
                    return;
                case 'alias':
                case 'scalar':
                case 'single-quoted-scalar':
                case 'double-quoted-scalar': {
                    const fs = this.flowScalar(this.type);
                    if (atNextItem || it.value) {
                        map.items.push({ start, key: fs, sep: [] });
                        this.onKeyLine = true;
                    }
                    else if (it.sep) {
                        this.stack.push(fs);
                    }
                    else {
                        Object.assign(it, { key: fs, sep: [] });
                        this.onKeyLine = true;
                    }
                    return;
                }
                default: {
                    const bv = this.startBlockValue(map);
                    if (bv) {
                        if (bv.type === 'block-seq') {
                            if (!it.explicitKey &&
                                it.sep &&
                                !includesToken(it.sep, 'newline')) {
                                yield* this.pop({
                                    type: 'error',
                                    offset: this.offset,
                                    message: 'Unexpected block-seq-ind on same line with key',
                                    source: this.source
                                });
                                return;
                            }
                        }
                        else if (atMapIndent) {
                            map.items.push({ start });
                        }
                        this.stack.push(bv);
                        return;
                    }
                }
            }
        }
        yield* this.pop();
        yield* this.step();
    }
    *blockSequence(seq) {
        const it = seq.items[seq.items.length - 1];
        switch (this.type) {
            case 'newline':
                if (it.value) {
                    const end = 'end' in it.value ? it.value.end : undefined;
                    const last = Array.isArray(end) ? end[end.length - 1] : undefined;
                    if (last?.type === 'comment')
                        end?.push(this.sourceToken);
                    else
                        seq.items.push({ start: [this.sourceToken] });
                }
                else
                    it.start.push(this.sourceToken);
                return;
            case 'space':
            case 'comment':
                if (it.value)
                    seq.items.push({ start: [this.sourceToken] });
                else {
                    if (this.atIndentedComment(it.start, seq.indent)) {
                        const prev = seq.items[seq.items.length - 2];
                        const end = prev?.value?.end;
                        if (Array.isArray(end)) {
                            arrayPushArray(end, it.start);
                            end.push(this.sourceToken);
                            seq.items.pop();
                            return;
                        }
                    }
                    it.start.push(this.sourceToken);
                }
                return;
            case 'anchor':
            case 'tag':
                if (it.value || this.indent <= seq.indent)
                    break;
                it.start.push(this.sourceToken);
                return;
            case 'seq-item-ind':
                if (this.indent !== seq.indent)
                    break;
                if (it.value || includesToken(it.start, 'seq-item-ind'))
                    seq.items.push({ start: [this.sourceToken] });
                else
                    it.start.push(this.sourceToken);
                return;
        }
        if (this.indent > seq.indent) {
            const bv = this.startBlockValue(seq);
            if (bv) {
                this.stack.push(bv);
                return;
            }
        }
        yield* this.pop();
        yield* this.step();
    }
    *flowCollection(fc) {
        const it = fc.items[fc.items.length - 1];
        if (this.type === 'flow-error-end') {
            let top;
            do {
                yield* this.pop();
                top = this.peek(1);
            } while (top?.type === 'flow-collection');
        }
        else if (fc.end.length === 0) {
            switch (this.type) {
                case 'comma':
                case 'explicit-key-ind':
                    if (!it || it.sep)
                        fc.items.push({ start: [this.sourceToken] });
                    else
                        it.start.push(this.sourceToken);
                    return;
                case 'map-value-ind':
                    if (!it || it.value)
                        fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
                    else if (it.sep)
                        it.sep.push(this.sourceToken);
                    else
                        Object.assign(it, { key: null, sep: [this.sourceToken] });
                    return;
                case 'space':
                case 'comment':
                case 'newline':
                case 'anchor':
                case 'tag':
                    if (!it || it.value)
                        fc.items.push({ start: [this.sourceToken] });
                    else if (it.sep)
                        it.sep.push(this.sourceToken);
                    else
                        it.start.push(this.sourceToken);
                    return;
                case 'alias':
                case 'scalar':
                case 'single-quoted-scalar':
                case 'double-quoted-scalar': {
                    const fs = this.flowScalar(this.type);
                    if (!it || it.value)
                        fc.items.push({ start: [], key: fs, sep: [] });
                    else if (it.sep)
                        this.stack.push(fs);
                    else
                        Object.assign(it, { key: fs, sep: [] });
                    return;
                }
                case 'flow-map-end':
                case 'flow-seq-end':
                    fc.end.push(this.sourceToken);
                    return;
            }
            const bv = this.startBlockValue(fc);
            /* istanbul ignore else should not happen */
            if (bv)
                this.stack.push(bv);
            else {
                yield* this.pop();
                yield* this.step();
            }
        }
        else {
            const parent = this.peek(2);
            if (parent.type === 'block-map' &&
                ((this.type === 'map-value-ind' && parent.indent === fc.indent) ||
                    (this.type === 'newline' &&
                        !parent.items[parent.items.length - 1].sep))) {
                yield* this.pop();
                yield* this.step();
            }
            else if (this.type === 'map-value-ind' &&
                parent.type !== 'flow-collection') {
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                fixFlowSeqItems(fc);
                const sep = fc.end.splice(1, fc.end.length);
                sep.push(this.sourceToken);
                const map = {
                    type: 'block-map',
                    offset: fc.offset,
                    indent: fc.indent,
                    items: [{ start, key: fc, sep }]
                };
                this.onKeyLine = true;
                this.stack[this.stack.length - 1] = map;
            }
            else {
                yield* this.lineEnd(fc);
            }
        }
    }
    flowScalar(type) {
        if (this.onNewLine) {
            let nl = this.source.indexOf('\n') + 1;
            while (nl !== 0) {
                this.onNewLine(this.offset + nl);
                nl = this.source.indexOf('\n', nl) + 1;
            }
        }
        return {
            type,
            offset: this.offset,
            indent: this.indent,
            source: this.source
        };
    }
    startBlockValue(parent) {
        switch (this.type) {
            case 'alias':
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return this.flowScalar(this.type);
            case 'block-scalar-header':
                return {
                    type: 'block-scalar',
                    offset: this.offset,
                    indent: this.indent,
                    props: [this.sourceToken],
                    source: ''
                };
            case 'flow-map-start':
            case 'flow-seq-start':
                return {
                    type: 'flow-collection',
                    offset: this.offset,
                    indent: this.indent,
                    start: this.sourceToken,
                    items: [],
                    end: []
                };
            case 'seq-item-ind':
                return {
                    type: 'block-seq',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [this.sourceToken] }]
                };
            case 'explicit-key-ind': {
                this.onKeyLine = true;
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                start.push(this.sourceToken);
                return {
                    type: 'block-map',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, explicitKey: true }]
                };
            }
            case 'map-value-ind': {
                this.onKeyLine = true;
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                return {
                    type: 'block-map',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, key: null, sep: [this.sourceToken] }]
                };
            }
        }
        return null;
    }
    atIndentedComment(start, indent) {
        if (this.type !== 'comment')
            return false;
        if (this.indent <= indent)
            return false;
        return start.every(st => st.type === 'newline' || st.type === 'space');
    }
    *documentEnd(docEnd) {
        if (this.type !== 'doc-mode') {
            if (docEnd.end)
                docEnd.end.push(this.sourceToken);
            else
                docEnd.end = [this.sourceToken];
            if (this.type === 'newline')
                yield* this.pop();
        }
    }
    *lineEnd(token) {
        switch (this.type) {
            case 'comma':
            case 'doc-start':
            case 'doc-end':
            case 'flow-seq-end':
            case 'flow-map-end':
            case 'map-value-ind':
                yield* this.pop();
                yield* this.step();
                break;
            case 'newline':
                this.onKeyLine = false;
            // fallthrough
            case 'space':
            case 'comment':
            default:
                // all other values are errors
                if (token.end)
                    token.end.push(this.sourceToken);
                else
                    token.end = [this.sourceToken];
                if (this.type === 'newline')
                    yield* this.pop();
        }
    }
}

exports.Parser = Parser;


/***/ }),

/***/ 4047:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var composer = __nccwpck_require__(9984);
var Document = __nccwpck_require__(3021);
var errors = __nccwpck_require__(1464);
var log = __nccwpck_require__(7249);
var identity = __nccwpck_require__(1127);
var lineCounter = __nccwpck_require__(6628);
var parser = __nccwpck_require__(3456);

function parseOptions(options) {
    const prettyErrors = options.prettyErrors !== false;
    const lineCounter$1 = options.lineCounter || (prettyErrors && new lineCounter.LineCounter()) || null;
    return { lineCounter: lineCounter$1, prettyErrors };
}
/**
 * Parse the input as a stream of YAML documents.
 *
 * Documents should be separated from each other by `...` or `---` marker lines.
 *
 * @returns If an empty `docs` array is returned, it will be of type
 *   EmptyStream and contain additional stream information. In
 *   TypeScript, you should use `'empty' in docs` as a type guard for it.
 */
function parseAllDocuments(source, options = {}) {
    const { lineCounter, prettyErrors } = parseOptions(options);
    const parser$1 = new parser.Parser(lineCounter?.addNewLine);
    const composer$1 = new composer.Composer(options);
    const docs = Array.from(composer$1.compose(parser$1.parse(source)));
    if (prettyErrors && lineCounter)
        for (const doc of docs) {
            doc.errors.forEach(errors.prettifyError(source, lineCounter));
            doc.warnings.forEach(errors.prettifyError(source, lineCounter));
        }
    if (docs.length > 0)
        return docs;
    return Object.assign([], { empty: true }, composer$1.streamInfo());
}
/** Parse an input string into a single YAML.Document */
function parseDocument(source, options = {}) {
    const { lineCounter, prettyErrors } = parseOptions(options);
    const parser$1 = new parser.Parser(lineCounter?.addNewLine);
    const composer$1 = new composer.Composer(options);
    // `doc` is always set by compose.end(true) at the very latest
    let doc = null;
    for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {
        if (!doc)
            doc = _doc;
        else if (doc.options.logLevel !== 'silent') {
            doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), 'MULTIPLE_DOCS', 'Source contains multiple documents; please use YAML.parseAllDocuments()'));
            break;
        }
    }
    if (prettyErrors && lineCounter) {
        doc.errors.forEach(errors.prettifyError(source, lineCounter));
        doc.warnings.forEach(errors.prettifyError(source, lineCounter));
    }
    return doc;
}
function parse(src, reviver, options) {
    let _reviver = undefined;
    if (typeof reviver === 'function') {
        _reviver = reviver;
    }
    else if (options === undefined && reviver && typeof reviver === 'object') {
        options = reviver;
    }
    const doc = parseDocument(src, options);
    if (!doc)
        return null;
    doc.warnings.forEach(warning => log.warn(doc.options.logLevel, warning));
    if (doc.errors.length > 0) {
        if (doc.options.logLevel !== 'silent')
            throw doc.errors[0];
        else
            doc.errors = [];
    }
    return doc.toJS(Object.assign({ reviver: _reviver }, options));
}
function stringify(value, replacer, options) {
    let _replacer = null;
    if (typeof replacer === 'function' || Array.isArray(replacer)) {
        _replacer = replacer;
    }
    else if (options === undefined && replacer) {
        options = replacer;
    }
    if (typeof options === 'string')
        options = options.length;
    if (typeof options === 'number') {
        const indent = Math.round(options);
        options = indent < 1 ? undefined : indent > 8 ? { indent: 8 } : { indent };
    }
    if (value === undefined) {
        const { keepUndefined } = options ?? replacer ?? {};
        if (!keepUndefined)
            return undefined;
    }
    if (identity.isDocument(value) && !_replacer)
        return value.toString(options);
    return new Document.Document(value, _replacer, options).toString(options);
}

exports.parse = parse;
exports.parseAllDocuments = parseAllDocuments;
exports.parseDocument = parseDocument;
exports.stringify = stringify;


/***/ }),

/***/ 5840:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var map = __nccwpck_require__(7451);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var tags = __nccwpck_require__(18);

const sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
class Schema {
    constructor({ compat, customTags, merge, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat)
            ? tags.getTags(compat, 'compat')
            : compat
                ? tags.getTags(null, compat)
                : null;
        this.name = (typeof schema === 'string' && schema) || 'core';
        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
        this.tags = tags.getTags(customTags, this.name, merge);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, identity.MAP, { value: map.map });
        Object.defineProperty(this, identity.SCALAR, { value: string.string });
        Object.defineProperty(this, identity.SEQ, { value: seq.seq });
        // Used by createMap()
        this.sortMapEntries =
            typeof sortMapEntries === 'function'
                ? sortMapEntries
                : sortMapEntries === true
                    ? sortMapEntriesByKey
                    : null;
    }
    clone() {
        const copy = Object.create(Schema.prototype, Object.getOwnPropertyDescriptors(this));
        copy.tags = this.tags.slice();
        return copy;
    }
}

exports.Schema = Schema;


/***/ }),

/***/ 7451:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var YAMLMap = __nccwpck_require__(4454);

const map = {
    collection: 'map',
    default: true,
    nodeClass: YAMLMap.YAMLMap,
    tag: 'tag:yaml.org,2002:map',
    resolve(map, onError) {
        if (!identity.isMap(map))
            onError('Expected a mapping for this tag');
        return map;
    },
    createNode: (schema, obj, ctx) => YAMLMap.YAMLMap.from(schema, obj, ctx)
};

exports.map = map;


/***/ }),

/***/ 3632:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

const nullTag = {
    identify: value => value == null,
    createNode: () => new Scalar.Scalar(null),
    default: true,
    tag: 'tag:yaml.org,2002:null',
    test: /^(?:~|[Nn]ull|NULL)?$/,
    resolve: () => new Scalar.Scalar(null),
    stringify: ({ source }, ctx) => typeof source === 'string' && nullTag.test.test(source)
        ? source
        : ctx.options.nullStr
};

exports.nullTag = nullTag;


/***/ }),

/***/ 1706:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var YAMLSeq = __nccwpck_require__(2223);

const seq = {
    collection: 'seq',
    default: true,
    nodeClass: YAMLSeq.YAMLSeq,
    tag: 'tag:yaml.org,2002:seq',
    resolve(seq, onError) {
        if (!identity.isSeq(seq))
            onError('Expected a sequence for this tag');
        return seq;
    },
    createNode: (schema, obj, ctx) => YAMLSeq.YAMLSeq.from(schema, obj, ctx)
};

exports.seq = seq;


/***/ }),

/***/ 6464:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyString = __nccwpck_require__(3069);

const string = {
    identify: value => typeof value === 'string',
    default: true,
    tag: 'tag:yaml.org,2002:str',
    resolve: str => str,
    stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
    }
};

exports.string = string;


/***/ }),

/***/ 3959:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

const boolTag = {
    identify: value => typeof value === 'boolean',
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
    resolve: str => new Scalar.Scalar(str[0] === 't' || str[0] === 'T'),
    stringify({ source, value }, ctx) {
        if (source && boolTag.test.test(source)) {
            const sv = source[0] === 't' || source[0] === 'T';
            if (value === sv)
                return source;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
    }
};

exports.boolTag = boolTag;


/***/ }),

/***/ 8405:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var stringifyNumber = __nccwpck_require__(8689);

const floatNaN = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
    resolve: str => str.slice(-3).toLowerCase() === 'nan'
        ? NaN
        : str[0] === '-'
            ? Number.NEGATIVE_INFINITY
            : Number.POSITIVE_INFINITY,
    stringify: stringifyNumber.stringifyNumber
};
const floatExp = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'EXP',
    test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
    resolve: str => parseFloat(str),
    stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
    }
};
const float = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
    resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str));
        const dot = str.indexOf('.');
        if (dot !== -1 && str[str.length - 1] === '0')
            node.minFractionDigits = str.length - dot - 1;
        return node;
    },
    stringify: stringifyNumber.stringifyNumber
};

exports.float = float;
exports.floatExp = floatExp;
exports.floatNaN = floatNaN;


/***/ }),

/***/ 9874:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

const intIdentify = (value) => typeof value === 'bigint' || Number.isInteger(value);
const intResolve = (str, offset, radix, { intAsBigInt }) => (intAsBigInt ? BigInt(str) : parseInt(str.substring(offset), radix));
function intStringify(node, radix, prefix) {
    const { value } = node;
    if (intIdentify(value) && value >= 0)
        return prefix + value.toString(radix);
    return stringifyNumber.stringifyNumber(node);
}
const intOct = {
    identify: value => intIdentify(value) && value >= 0,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'OCT',
    test: /^0o[0-7]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 8, opt),
    stringify: node => intStringify(node, 8, '0o')
};
const int = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    test: /^[-+]?[0-9]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
    stringify: stringifyNumber.stringifyNumber
};
const intHex = {
    identify: value => intIdentify(value) && value >= 0,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'HEX',
    test: /^0x[0-9a-fA-F]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
    stringify: node => intStringify(node, 16, '0x')
};

exports.int = int;
exports.intHex = intHex;
exports.intOct = intOct;


/***/ }),

/***/ 896:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var bool = __nccwpck_require__(3959);
var float = __nccwpck_require__(8405);
var int = __nccwpck_require__(9874);

const schema = [
    map.map,
    seq.seq,
    string.string,
    _null.nullTag,
    bool.boolTag,
    int.intOct,
    int.int,
    int.intHex,
    float.floatNaN,
    float.floatExp,
    float.float
];

exports.schema = schema;


/***/ }),

/***/ 3559:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var map = __nccwpck_require__(7451);
var seq = __nccwpck_require__(1706);

function intIdentify(value) {
    return typeof value === 'bigint' || Number.isInteger(value);
}
const stringifyJSON = ({ value }) => JSON.stringify(value);
const jsonScalars = [
    {
        identify: value => typeof value === 'string',
        default: true,
        tag: 'tag:yaml.org,2002:str',
        resolve: str => str,
        stringify: stringifyJSON
    },
    {
        identify: value => value == null,
        createNode: () => new Scalar.Scalar(null),
        default: true,
        tag: 'tag:yaml.org,2002:null',
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
    },
    {
        identify: value => typeof value === 'boolean',
        default: true,
        tag: 'tag:yaml.org,2002:bool',
        test: /^true$|^false$/,
        resolve: str => str === 'true',
        stringify: stringifyJSON
    },
    {
        identify: intIdentify,
        default: true,
        tag: 'tag:yaml.org,2002:int',
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
    },
    {
        identify: value => typeof value === 'number',
        default: true,
        tag: 'tag:yaml.org,2002:float',
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: str => parseFloat(str),
        stringify: stringifyJSON
    }
];
const jsonError = {
    default: true,
    tag: '',
    test: /^/,
    resolve(str, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str)}`);
        return str;
    }
};
const schema = [map.map, seq.seq].concat(jsonScalars, jsonError);

exports.schema = schema;


/***/ }),

/***/ 18:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var bool = __nccwpck_require__(3959);
var float = __nccwpck_require__(8405);
var int = __nccwpck_require__(9874);
var schema = __nccwpck_require__(896);
var schema$1 = __nccwpck_require__(3559);
var binary = __nccwpck_require__(6083);
var merge = __nccwpck_require__(452);
var omap = __nccwpck_require__(303);
var pairs = __nccwpck_require__(8385);
var schema$2 = __nccwpck_require__(5913);
var set = __nccwpck_require__(1528);
var timestamp = __nccwpck_require__(6752);

const schemas = new Map([
    ['core', schema.schema],
    ['failsafe', [map.map, seq.seq, string.string]],
    ['json', schema$1.schema],
    ['yaml11', schema$2.schema],
    ['yaml-1.1', schema$2.schema]
]);
const tagsByName = {
    binary: binary.binary,
    bool: bool.boolTag,
    float: float.float,
    floatExp: float.floatExp,
    floatNaN: float.floatNaN,
    floatTime: timestamp.floatTime,
    int: int.int,
    intHex: int.intHex,
    intOct: int.intOct,
    intTime: timestamp.intTime,
    map: map.map,
    merge: merge.merge,
    null: _null.nullTag,
    omap: omap.omap,
    pairs: pairs.pairs,
    seq: seq.seq,
    set: set.set,
    timestamp: timestamp.timestamp
};
const coreKnownTags = {
    'tag:yaml.org,2002:binary': binary.binary,
    'tag:yaml.org,2002:merge': merge.merge,
    'tag:yaml.org,2002:omap': omap.omap,
    'tag:yaml.org,2002:pairs': pairs.pairs,
    'tag:yaml.org,2002:set': set.set,
    'tag:yaml.org,2002:timestamp': timestamp.timestamp
};
function getTags(customTags, schemaName, addMergeTag) {
    const schemaTags = schemas.get(schemaName);
    if (schemaTags && !customTags) {
        return addMergeTag && !schemaTags.includes(merge.merge)
            ? schemaTags.concat(merge.merge)
            : schemaTags.slice();
    }
    let tags = schemaTags;
    if (!tags) {
        if (Array.isArray(customTags))
            tags = [];
        else {
            const keys = Array.from(schemas.keys())
                .filter(key => key !== 'yaml11')
                .map(key => JSON.stringify(key))
                .join(', ');
            throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
    }
    if (Array.isArray(customTags)) {
        for (const tag of customTags)
            tags = tags.concat(tag);
    }
    else if (typeof customTags === 'function') {
        tags = customTags(tags.slice());
    }
    if (addMergeTag)
        tags = tags.concat(merge.merge);
    return tags.reduce((tags, tag) => {
        const tagObj = typeof tag === 'string' ? tagsByName[tag] : tag;
        if (!tagObj) {
            const tagName = JSON.stringify(tag);
            const keys = Object.keys(tagsByName)
                .map(key => JSON.stringify(key))
                .join(', ');
            throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
        }
        if (!tags.includes(tagObj))
            tags.push(tagObj);
        return tags;
    }, []);
}

exports.coreKnownTags = coreKnownTags;
exports.getTags = getTags;


/***/ }),

/***/ 6083:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_buffer = __nccwpck_require__(181);
var Scalar = __nccwpck_require__(3301);
var stringifyString = __nccwpck_require__(3069);

const binary = {
    identify: value => value instanceof Uint8Array, // Buffer inherits from Uint8Array
    default: false,
    tag: 'tag:yaml.org,2002:binary',
    /**
     * Returns a Buffer in node and an Uint8Array in browsers
     *
     * To use the resulting buffer as an image, you'll want to do something like:
     *
     *   const blob = new Blob([buffer], { type: 'image/jpeg' })
     *   document.querySelector('#photo').src = URL.createObjectURL(blob)
     */
    resolve(src, onError) {
        if (typeof node_buffer.Buffer === 'function') {
            return node_buffer.Buffer.from(src, 'base64');
        }
        else if (typeof atob === 'function') {
            // On IE 11, atob() can't handle newlines
            const str = atob(src.replace(/[\n\r]/g, ''));
            const buffer = new Uint8Array(str.length);
            for (let i = 0; i < str.length; ++i)
                buffer[i] = str.charCodeAt(i);
            return buffer;
        }
        else {
            onError('This environment does not support reading binary tags; either Buffer or atob is required');
            return src;
        }
    },
    stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
        if (!value)
            return '';
        const buf = value; // checked earlier by binary.identify()
        let str;
        if (typeof node_buffer.Buffer === 'function') {
            str =
                buf instanceof node_buffer.Buffer
                    ? buf.toString('base64')
                    : node_buffer.Buffer.from(buf.buffer).toString('base64');
        }
        else if (typeof btoa === 'function') {
            let s = '';
            for (let i = 0; i < buf.length; ++i)
                s += String.fromCharCode(buf[i]);
            str = btoa(s);
        }
        else {
            throw new Error('This environment does not support writing binary tags; either Buffer or btoa is required');
        }
        type ?? (type = Scalar.Scalar.BLOCK_LITERAL);
        if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
            const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
            const n = Math.ceil(str.length / lineWidth);
            const lines = new Array(n);
            for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
                lines[i] = str.substr(o, lineWidth);
            }
            str = lines.join(type === Scalar.Scalar.BLOCK_LITERAL ? '\n' : ' ');
        }
        return stringifyString.stringifyString({ comment, type, value: str }, ctx, onComment, onChompKeep);
    }
};

exports.binary = binary;


/***/ }),

/***/ 8398:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

function boolStringify({ value, source }, ctx) {
    const boolObj = value ? trueTag : falseTag;
    if (source && boolObj.test.test(source))
        return source;
    return value ? ctx.options.trueStr : ctx.options.falseStr;
}
const trueTag = {
    identify: value => value === true,
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
    resolve: () => new Scalar.Scalar(true),
    stringify: boolStringify
};
const falseTag = {
    identify: value => value === false,
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
    resolve: () => new Scalar.Scalar(false),
    stringify: boolStringify
};

exports.falseTag = falseTag;
exports.trueTag = trueTag;


/***/ }),

/***/ 5782:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var stringifyNumber = __nccwpck_require__(8689);

const floatNaN = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
    resolve: (str) => str.slice(-3).toLowerCase() === 'nan'
        ? NaN
        : str[0] === '-'
            ? Number.NEGATIVE_INFINITY
            : Number.POSITIVE_INFINITY,
    stringify: stringifyNumber.stringifyNumber
};
const floatExp = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'EXP',
    test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
    resolve: (str) => parseFloat(str.replace(/_/g, '')),
    stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
    }
};
const float = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
    resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str.replace(/_/g, '')));
        const dot = str.indexOf('.');
        if (dot !== -1) {
            const f = str.substring(dot + 1).replace(/_/g, '');
            if (f[f.length - 1] === '0')
                node.minFractionDigits = f.length;
        }
        return node;
    },
    stringify: stringifyNumber.stringifyNumber
};

exports.float = float;
exports.floatExp = floatExp;
exports.floatNaN = floatNaN;


/***/ }),

/***/ 873:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

const intIdentify = (value) => typeof value === 'bigint' || Number.isInteger(value);
function intResolve(str, offset, radix, { intAsBigInt }) {
    const sign = str[0];
    if (sign === '-' || sign === '+')
        offset += 1;
    str = str.substring(offset).replace(/_/g, '');
    if (intAsBigInt) {
        switch (radix) {
            case 2:
                str = `0b${str}`;
                break;
            case 8:
                str = `0o${str}`;
                break;
            case 16:
                str = `0x${str}`;
                break;
        }
        const n = BigInt(str);
        return sign === '-' ? BigInt(-1) * n : n;
    }
    const n = parseInt(str, radix);
    return sign === '-' ? -1 * n : n;
}
function intStringify(node, radix, prefix) {
    const { value } = node;
    if (intIdentify(value)) {
        const str = value.toString(radix);
        return value < 0 ? '-' + prefix + str.substr(1) : prefix + str;
    }
    return stringifyNumber.stringifyNumber(node);
}
const intBin = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'BIN',
    test: /^[-+]?0b[0-1_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 2, opt),
    stringify: node => intStringify(node, 2, '0b')
};
const intOct = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'OCT',
    test: /^[-+]?0[0-7_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 1, 8, opt),
    stringify: node => intStringify(node, 8, '0')
};
const int = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    test: /^[-+]?[0-9][0-9_]*$/,
    resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
    stringify: stringifyNumber.stringifyNumber
};
const intHex = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'HEX',
    test: /^[-+]?0x[0-9a-fA-F_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
    stringify: node => intStringify(node, 16, '0x')
};

exports.int = int;
exports.intBin = intBin;
exports.intHex = intHex;
exports.intOct = intOct;


/***/ }),

/***/ 452:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);

// If the value associated with a merge key is a single mapping node, each of
// its key/value pairs is inserted into the current mapping, unless the key
// already exists in it. If the value associated with the merge key is a
// sequence, then this sequence is expected to contain mapping nodes and each
// of these nodes is merged in turn according to its order in the sequence.
// Keys in mapping nodes earlier in the sequence override keys specified in
// later mapping nodes. -- http://yaml.org/type/merge.html
const MERGE_KEY = '<<';
const merge = {
    identify: value => value === MERGE_KEY ||
        (typeof value === 'symbol' && value.description === MERGE_KEY),
    default: 'key',
    tag: 'tag:yaml.org,2002:merge',
    test: /^<<$/,
    resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
    }),
    stringify: () => MERGE_KEY
};
const isMergeKey = (ctx, key) => (merge.identify(key) ||
    (identity.isScalar(key) &&
        (!key.type || key.type === Scalar.Scalar.PLAIN) &&
        merge.identify(key.value))) &&
    ctx?.doc.schema.tags.some(tag => tag.tag === merge.tag && tag.default);
function addMergeToJSMap(ctx, map, value) {
    const source = resolveAliasValue(ctx, value);
    if (identity.isSeq(source))
        for (const it of source.items)
            mergeValue(ctx, map, it);
    else if (Array.isArray(source))
        for (const it of source)
            mergeValue(ctx, map, it);
    else
        mergeValue(ctx, map, source);
}
function mergeValue(ctx, map, value) {
    const source = resolveAliasValue(ctx, value);
    if (!identity.isMap(source))
        throw new Error('Merge sources must be maps or map aliases');
    const srcMap = source.toJSON(null, ctx, Map);
    for (const [key, value] of srcMap) {
        if (map instanceof Map) {
            if (!map.has(key))
                map.set(key, value);
        }
        else if (map instanceof Set) {
            map.add(key);
        }
        else if (!Object.prototype.hasOwnProperty.call(map, key)) {
            Object.defineProperty(map, key, {
                value,
                writable: true,
                enumerable: true,
                configurable: true
            });
        }
    }
    return map;
}
function resolveAliasValue(ctx, value) {
    return ctx && identity.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
}

exports.addMergeToJSMap = addMergeToJSMap;
exports.isMergeKey = isMergeKey;
exports.merge = merge;


/***/ }),

/***/ 303:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var pairs = __nccwpck_require__(8385);

class YAMLOMap extends YAMLSeq.YAMLSeq {
    constructor() {
        super();
        this.add = YAMLMap.YAMLMap.prototype.add.bind(this);
        this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this);
        this.get = YAMLMap.YAMLMap.prototype.get.bind(this);
        this.has = YAMLMap.YAMLMap.prototype.has.bind(this);
        this.set = YAMLMap.YAMLMap.prototype.set.bind(this);
        this.tag = YAMLOMap.tag;
    }
    /**
     * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
     * but TypeScript won't allow widening the signature of a child method.
     */
    toJSON(_, ctx) {
        if (!ctx)
            return super.toJSON(_);
        const map = new Map();
        if (ctx?.onCreate)
            ctx.onCreate(map);
        for (const pair of this.items) {
            let key, value;
            if (identity.isPair(pair)) {
                key = toJS.toJS(pair.key, '', ctx);
                value = toJS.toJS(pair.value, key, ctx);
            }
            else {
                key = toJS.toJS(pair, '', ctx);
            }
            if (map.has(key))
                throw new Error('Ordered maps must not include duplicate keys');
            map.set(key, value);
        }
        return map;
    }
    static from(schema, iterable, ctx) {
        const pairs$1 = pairs.createPairs(schema, iterable, ctx);
        const omap = new this();
        omap.items = pairs$1.items;
        return omap;
    }
}
YAMLOMap.tag = 'tag:yaml.org,2002:omap';
const omap = {
    collection: 'seq',
    identify: value => value instanceof Map,
    nodeClass: YAMLOMap,
    default: false,
    tag: 'tag:yaml.org,2002:omap',
    resolve(seq, onError) {
        const pairs$1 = pairs.resolvePairs(seq, onError);
        const seenKeys = [];
        for (const { key } of pairs$1.items) {
            if (identity.isScalar(key)) {
                if (seenKeys.includes(key.value)) {
                    onError(`Ordered maps must not include duplicate keys: ${key.value}`);
                }
                else {
                    seenKeys.push(key.value);
                }
            }
        }
        return Object.assign(new YAMLOMap(), pairs$1);
    },
    createNode: (schema, iterable, ctx) => YAMLOMap.from(schema, iterable, ctx)
};

exports.YAMLOMap = YAMLOMap;
exports.omap = omap;


/***/ }),

/***/ 8385:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);
var YAMLSeq = __nccwpck_require__(2223);

function resolvePairs(seq, onError) {
    if (identity.isSeq(seq)) {
        for (let i = 0; i < seq.items.length; ++i) {
            let item = seq.items[i];
            if (identity.isPair(item))
                continue;
            else if (identity.isMap(item)) {
                if (item.items.length > 1)
                    onError('Each pair must have its own sequence indicator');
                const pair = item.items[0] || new Pair.Pair(new Scalar.Scalar(null));
                if (item.commentBefore)
                    pair.key.commentBefore = pair.key.commentBefore
                        ? `${item.commentBefore}\n${pair.key.commentBefore}`
                        : item.commentBefore;
                if (item.comment) {
                    const cn = pair.value ?? pair.key;
                    cn.comment = cn.comment
                        ? `${item.comment}\n${cn.comment}`
                        : item.comment;
                }
                item = pair;
            }
            seq.items[i] = identity.isPair(item) ? item : new Pair.Pair(item);
        }
    }
    else
        onError('Expected a sequence for this tag');
    return seq;
}
function createPairs(schema, iterable, ctx) {
    const { replacer } = ctx;
    const pairs = new YAMLSeq.YAMLSeq(schema);
    pairs.tag = 'tag:yaml.org,2002:pairs';
    let i = 0;
    if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
            if (typeof replacer === 'function')
                it = replacer.call(iterable, String(i++), it);
            let key, value;
            if (Array.isArray(it)) {
                if (it.length === 2) {
                    key = it[0];
                    value = it[1];
                }
                else
                    throw new TypeError(`Expected [key, value] tuple: ${it}`);
            }
            else if (it && it instanceof Object) {
                const keys = Object.keys(it);
                if (keys.length === 1) {
                    key = keys[0];
                    value = it[key];
                }
                else {
                    throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
                }
            }
            else {
                key = it;
            }
            pairs.items.push(Pair.createPair(key, value, ctx));
        }
    return pairs;
}
const pairs = {
    collection: 'seq',
    default: false,
    tag: 'tag:yaml.org,2002:pairs',
    resolve: resolvePairs,
    createNode: createPairs
};

exports.createPairs = createPairs;
exports.pairs = pairs;
exports.resolvePairs = resolvePairs;


/***/ }),

/***/ 5913:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var binary = __nccwpck_require__(6083);
var bool = __nccwpck_require__(8398);
var float = __nccwpck_require__(5782);
var int = __nccwpck_require__(873);
var merge = __nccwpck_require__(452);
var omap = __nccwpck_require__(303);
var pairs = __nccwpck_require__(8385);
var set = __nccwpck_require__(1528);
var timestamp = __nccwpck_require__(6752);

const schema = [
    map.map,
    seq.seq,
    string.string,
    _null.nullTag,
    bool.trueTag,
    bool.falseTag,
    int.intBin,
    int.intOct,
    int.int,
    int.intHex,
    float.floatNaN,
    float.floatExp,
    float.float,
    binary.binary,
    merge.merge,
    omap.omap,
    pairs.pairs,
    set.set,
    timestamp.intTime,
    timestamp.floatTime,
    timestamp.timestamp
];

exports.schema = schema;


/***/ }),

/***/ 1528:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);

class YAMLSet extends YAMLMap.YAMLMap {
    constructor(schema) {
        super(schema);
        this.tag = YAMLSet.tag;
    }
    add(key) {
        let pair;
        if (identity.isPair(key))
            pair = key;
        else if (key &&
            typeof key === 'object' &&
            'key' in key &&
            'value' in key &&
            key.value === null)
            pair = new Pair.Pair(key.key, null);
        else
            pair = new Pair.Pair(key, null);
        const prev = YAMLMap.findPair(this.items, pair.key);
        if (!prev)
            this.items.push(pair);
    }
    /**
     * If `keepPair` is `true`, returns the Pair matching `key`.
     * Otherwise, returns the value of that Pair's key.
     */
    get(key, keepPair) {
        const pair = YAMLMap.findPair(this.items, key);
        return !keepPair && identity.isPair(pair)
            ? identity.isScalar(pair.key)
                ? pair.key.value
                : pair.key
            : pair;
    }
    set(key, value) {
        if (typeof value !== 'boolean')
            throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        const prev = YAMLMap.findPair(this.items, key);
        if (prev && !value) {
            this.items.splice(this.items.indexOf(prev), 1);
        }
        else if (!prev && value) {
            this.items.push(new Pair.Pair(key));
        }
    }
    toJSON(_, ctx) {
        return super.toJSON(_, ctx, Set);
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        if (this.hasAllNullValues(true))
            return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
        else
            throw new Error('Set items must all have null values');
    }
    static from(schema, iterable, ctx) {
        const { replacer } = ctx;
        const set = new this(schema);
        if (iterable && Symbol.iterator in Object(iterable))
            for (let value of iterable) {
                if (typeof replacer === 'function')
                    value = replacer.call(iterable, value, value);
                set.items.push(Pair.createPair(value, null, ctx));
            }
        return set;
    }
}
YAMLSet.tag = 'tag:yaml.org,2002:set';
const set = {
    collection: 'map',
    identify: value => value instanceof Set,
    nodeClass: YAMLSet,
    default: false,
    tag: 'tag:yaml.org,2002:set',
    createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
    resolve(map, onError) {
        if (identity.isMap(map)) {
            if (map.hasAllNullValues(true))
                return Object.assign(new YAMLSet(), map);
            else
                onError('Set items must all have null values');
        }
        else
            onError('Expected a mapping for this tag');
        return map;
    }
};

exports.YAMLSet = YAMLSet;
exports.set = set;


/***/ }),

/***/ 6752:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

/** Internal types handle bigint as number, because TS can't figure it out. */
function parseSexagesimal(str, asBigInt) {
    const sign = str[0];
    const parts = sign === '-' || sign === '+' ? str.substring(1) : str;
    const num = (n) => asBigInt ? BigInt(n) : Number(n);
    const res = parts
        .replace(/_/g, '')
        .split(':')
        .reduce((res, p) => res * num(60) + num(p), num(0));
    return (sign === '-' ? num(-1) * res : res);
}
/**
 * hhhh:mm:ss.sss
 *
 * Internal types handle bigint as number, because TS can't figure it out.
 */
function stringifySexagesimal(node) {
    let { value } = node;
    let num = (n) => n;
    if (typeof value === 'bigint')
        num = n => BigInt(n);
    else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node);
    let sign = '';
    if (value < 0) {
        sign = '-';
        value *= num(-1);
    }
    const _60 = num(60);
    const parts = [value % _60]; // seconds, including ms
    if (value < 60) {
        parts.unshift(0); // at least one : is required
    }
    else {
        value = (value - parts[0]) / _60;
        parts.unshift(value % _60); // minutes
        if (value >= 60) {
            value = (value - parts[0]) / _60;
            parts.unshift(value); // hours
        }
    }
    return (sign +
        parts
            .map(n => String(n).padStart(2, '0'))
            .join(':')
            .replace(/000000\d*$/, '') // % 60 may introduce error
    );
}
const intTime = {
    identify: value => typeof value === 'bigint' || Number.isInteger(value),
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'TIME',
    test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
    resolve: (str, _onError, { intAsBigInt }) => parseSexagesimal(str, intAsBigInt),
    stringify: stringifySexagesimal
};
const floatTime = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'TIME',
    test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
    resolve: str => parseSexagesimal(str, false),
    stringify: stringifySexagesimal
};
const timestamp = {
    identify: value => value instanceof Date,
    default: true,
    tag: 'tag:yaml.org,2002:timestamp',
    // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
    // may be omitted altogether, resulting in a date format. In such a case, the time part is
    // assumed to be 00:00:00Z (start of day, UTC).
    test: RegExp('^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})' + // YYYY-Mm-Dd
        '(?:' + // time is optional
        '(?:t|T|[ \\t]+)' + // t | T | whitespace
        '([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)' + // Hh:Mm:Ss(.ss)?
        '(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?' + // Z | +5 | -03:30
        ')?$'),
    resolve(str) {
        const match = str.match(timestamp.test);
        if (!match)
            throw new Error('!!timestamp expects a date, starting with yyyy-mm-dd');
        const [, year, month, day, hour, minute, second] = match.map(Number);
        const millisec = match[7] ? Number((match[7] + '00').substr(1, 3)) : 0;
        let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
        const tz = match[8];
        if (tz && tz !== 'Z') {
            let d = parseSexagesimal(tz, false);
            if (Math.abs(d) < 30)
                d *= 60;
            date -= 60000 * d;
        }
        return new Date(date);
    },
    stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, '') ?? ''
};

exports.floatTime = floatTime;
exports.intTime = intTime;
exports.timestamp = timestamp;


/***/ }),

/***/ 4475:
/***/ ((__unused_webpack_module, exports) => {



const FOLD_FLOW = 'flow';
const FOLD_BLOCK = 'block';
const FOLD_QUOTED = 'quoted';
/**
 * Tries to keep input at up to `lineWidth` characters, splitting only on spaces
 * not followed by newlines or spaces unless `mode` is `'quoted'`. Lines are
 * terminated with `\n` and started with `indent`.
 */
function foldFlowLines(text, indent, mode = 'flow', { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
    if (!lineWidth || lineWidth < 0)
        return text;
    if (lineWidth < minContentWidth)
        minContentWidth = 0;
    const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
    if (text.length <= endStep)
        return text;
    const folds = [];
    const escapedFolds = {};
    let end = lineWidth - indent.length;
    if (typeof indentAtStart === 'number') {
        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
            folds.push(0);
        else
            end = lineWidth - indentAtStart;
    }
    let split = undefined;
    let prev = undefined;
    let overflow = false;
    let i = -1;
    let escStart = -1;
    let escEnd = -1;
    if (mode === FOLD_BLOCK) {
        i = consumeMoreIndentedLines(text, i, indent.length);
        if (i !== -1)
            end = i + endStep;
    }
    for (let ch; (ch = text[(i += 1)]);) {
        if (mode === FOLD_QUOTED && ch === '\\') {
            escStart = i;
            switch (text[i + 1]) {
                case 'x':
                    i += 3;
                    break;
                case 'u':
                    i += 5;
                    break;
                case 'U':
                    i += 9;
                    break;
                default:
                    i += 1;
            }
            escEnd = i;
        }
        if (ch === '\n') {
            if (mode === FOLD_BLOCK)
                i = consumeMoreIndentedLines(text, i, indent.length);
            end = i + indent.length + endStep;
            split = undefined;
        }
        else {
            if (ch === ' ' &&
                prev &&
                prev !== ' ' &&
                prev !== '\n' &&
                prev !== '\t') {
                // space surrounded by non-space can be replaced with newline + indent
                const next = text[i + 1];
                if (next && next !== ' ' && next !== '\n' && next !== '\t')
                    split = i;
            }
            if (i >= end) {
                if (split) {
                    folds.push(split);
                    end = split + endStep;
                    split = undefined;
                }
                else if (mode === FOLD_QUOTED) {
                    // white-space collected at end may stretch past lineWidth
                    while (prev === ' ' || prev === '\t') {
                        prev = ch;
                        ch = text[(i += 1)];
                        overflow = true;
                    }
                    // Account for newline escape, but don't break preceding escape
                    const j = i > escEnd + 1 ? i - 2 : escStart - 1;
                    // Bail out if lineWidth & minContentWidth are shorter than an escape string
                    if (escapedFolds[j])
                        return text;
                    folds.push(j);
                    escapedFolds[j] = true;
                    end = j + endStep;
                    split = undefined;
                }
                else {
                    overflow = true;
                }
            }
        }
        prev = ch;
    }
    if (overflow && onOverflow)
        onOverflow();
    if (folds.length === 0)
        return text;
    if (onFold)
        onFold();
    let res = text.slice(0, folds[0]);
    for (let i = 0; i < folds.length; ++i) {
        const fold = folds[i];
        const end = folds[i + 1] || text.length;
        if (fold === 0)
            res = `\n${indent}${text.slice(0, end)}`;
        else {
            if (mode === FOLD_QUOTED && escapedFolds[fold])
                res += `${text[fold]}\\`;
            res += `\n${indent}${text.slice(fold + 1, end)}`;
        }
    }
    return res;
}
/**
 * Presumes `i + 1` is at the start of a line
 * @returns index of last newline in more-indented block
 */
function consumeMoreIndentedLines(text, i, indent) {
    let end = i;
    let start = i + 1;
    let ch = text[start];
    while (ch === ' ' || ch === '\t') {
        if (i < start + indent) {
            ch = text[++i];
        }
        else {
            do {
                ch = text[++i];
            } while (ch && ch !== '\n');
            end = i;
            start = i + 1;
            ch = text[start];
        }
    }
    return end;
}

exports.FOLD_BLOCK = FOLD_BLOCK;
exports.FOLD_FLOW = FOLD_FLOW;
exports.FOLD_QUOTED = FOLD_QUOTED;
exports.foldFlowLines = foldFlowLines;


/***/ }),

/***/ 2148:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var anchors = __nccwpck_require__(1596);
var identity = __nccwpck_require__(1127);
var stringifyComment = __nccwpck_require__(9799);
var stringifyString = __nccwpck_require__(3069);

function createStringifyContext(doc, options) {
    const opt = Object.assign({
        blockQuote: true,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: 'PLAIN',
        directives: null,
        doubleQuotedAsJSON: false,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: 'false',
        flowCollectionPadding: true,
        indentSeq: true,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: 'null',
        simpleKeys: false,
        singleQuote: null,
        trailingComma: false,
        trueStr: 'true',
        verifyAliasOrder: true
    }, doc.schema.toStringOptions, options);
    let inFlow;
    switch (opt.collectionStyle) {
        case 'block':
            inFlow = false;
            break;
        case 'flow':
            inFlow = true;
            break;
        default:
            inFlow = null;
    }
    return {
        anchors: new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? ' ' : '',
        indent: '',
        indentStep: typeof opt.indent === 'number' ? ' '.repeat(opt.indent) : '  ',
        inFlow,
        options: opt
    };
}
function getTagObject(tags, item) {
    if (item.tag) {
        const match = tags.filter(t => t.tag === item.tag);
        if (match.length > 0)
            return match.find(t => t.format === item.format) ?? match[0];
    }
    let tagObj = undefined;
    let obj;
    if (identity.isScalar(item)) {
        obj = item.value;
        let match = tags.filter(t => t.identify?.(obj));
        if (match.length > 1) {
            const testMatch = match.filter(t => t.test);
            if (testMatch.length > 0)
                match = testMatch;
        }
        tagObj =
            match.find(t => t.format === item.format) ?? match.find(t => !t.format);
    }
    else {
        obj = item;
        tagObj = tags.find(t => t.nodeClass && obj instanceof t.nodeClass);
    }
    if (!tagObj) {
        const name = obj?.constructor?.name ?? (obj === null ? 'null' : typeof obj);
        throw new Error(`Tag not resolved for ${name} value`);
    }
    return tagObj;
}
// needs to be called before value stringifier to allow for circular anchor refs
function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
    if (!doc.directives)
        return '';
    const props = [];
    const anchor = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
    if (anchor && anchors.anchorIsValid(anchor)) {
        anchors$1.add(anchor);
        props.push(`&${anchor}`);
    }
    const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
    if (tag)
        props.push(doc.directives.tagString(tag));
    return props.join(' ');
}
function stringify(item, ctx, onComment, onChompKeep) {
    if (identity.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
    if (identity.isAlias(item)) {
        if (ctx.doc.directives)
            return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item)) {
            throw new TypeError(`Cannot stringify circular structure without alias nodes`);
        }
        else {
            if (ctx.resolvedAliases)
                ctx.resolvedAliases.add(item);
            else
                ctx.resolvedAliases = new Set([item]);
            item = item.resolve(ctx.doc);
        }
    }
    let tagObj = undefined;
    const node = identity.isNode(item)
        ? item
        : ctx.doc.createNode(item, { onTagObj: o => (tagObj = o) });
    tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
    const props = stringifyProps(node, tagObj, ctx);
    if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
    const str = typeof tagObj.stringify === 'function'
        ? tagObj.stringify(node, ctx, onComment, onChompKeep)
        : identity.isScalar(node)
            ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep)
            : node.toString(ctx, onComment, onChompKeep);
    if (!props)
        return str;
    return identity.isScalar(node) || str[0] === '{' || str[0] === '['
        ? `${props} ${str}`
        : `${props}\n${ctx.indent}${str}`;
}

exports.createStringifyContext = createStringifyContext;
exports.stringify = stringify;


/***/ }),

/***/ 1212:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyCollection(collection, ctx, options) {
    const flow = ctx.inFlow ?? collection.flow;
    const stringify = flow ? stringifyFlowCollection : stringifyBlockCollection;
    return stringify(collection, ctx, options);
}
function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
    const { indent, options: { commentString } } = ctx;
    const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
    let chompKeep = false; // flag for the preceding node's status
    const lines = [];
    for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
            if (!chompKeep && item.spaceBefore)
                lines.push('');
            addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
            if (item.comment)
                comment = item.comment;
        }
        else if (identity.isPair(item)) {
            const ik = identity.isNode(item.key) ? item.key : null;
            if (ik) {
                if (!chompKeep && ik.spaceBefore)
                    lines.push('');
                addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
            }
        }
        chompKeep = false;
        let str = stringify.stringify(item, itemCtx, () => (comment = null), () => (chompKeep = true));
        if (comment)
            str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        if (chompKeep && comment)
            chompKeep = false;
        lines.push(blockItemPrefix + str);
    }
    let str;
    if (lines.length === 0) {
        str = flowChars.start + flowChars.end;
    }
    else {
        str = lines[0];
        for (let i = 1; i < lines.length; ++i) {
            const line = lines[i];
            str += line ? `\n${indent}${line}` : '\n';
        }
    }
    if (comment) {
        str += '\n' + stringifyComment.indentComment(commentString(comment), indent);
        if (onComment)
            onComment();
    }
    else if (chompKeep && onChompKeep)
        onChompKeep();
    return str;
}
function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
    const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
    itemIndent += indentStep;
    const itemCtx = Object.assign({}, ctx, {
        indent: itemIndent,
        inFlow: true,
        type: null
    });
    let reqNewline = false;
    let linesAtValue = 0;
    const lines = [];
    for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
            if (item.spaceBefore)
                lines.push('');
            addCommentBefore(ctx, lines, item.commentBefore, false);
            if (item.comment)
                comment = item.comment;
        }
        else if (identity.isPair(item)) {
            const ik = identity.isNode(item.key) ? item.key : null;
            if (ik) {
                if (ik.spaceBefore)
                    lines.push('');
                addCommentBefore(ctx, lines, ik.commentBefore, false);
                if (ik.comment)
                    reqNewline = true;
            }
            const iv = identity.isNode(item.value) ? item.value : null;
            if (iv) {
                if (iv.comment)
                    comment = iv.comment;
                if (iv.commentBefore)
                    reqNewline = true;
            }
            else if (item.value == null && ik?.comment) {
                comment = ik.comment;
            }
        }
        if (comment)
            reqNewline = true;
        let str = stringify.stringify(item, itemCtx, () => (comment = null));
        reqNewline || (reqNewline = lines.length > linesAtValue || str.includes('\n'));
        if (i < items.length - 1) {
            str += ',';
        }
        else if (ctx.options.trailingComma) {
            if (ctx.options.lineWidth > 0) {
                reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) +
                    (str.length + 2) >
                    ctx.options.lineWidth);
            }
            if (reqNewline) {
                str += ',';
            }
        }
        if (comment)
            str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        lines.push(str);
        linesAtValue = lines.length;
    }
    const { start, end } = flowChars;
    if (lines.length === 0) {
        return start + end;
    }
    else {
        if (!reqNewline) {
            const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
            reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
        }
        if (reqNewline) {
            let str = start;
            for (const line of lines)
                str += line ? `\n${indentStep}${indent}${line}` : '\n';
            return `${str}\n${indent}${end}`;
        }
        else {
            return `${start}${fcPadding}${lines.join(' ')}${fcPadding}${end}`;
        }
    }
}
function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
    if (comment && chompKeep)
        comment = comment.replace(/^\n+/, '');
    if (comment) {
        const ic = stringifyComment.indentComment(commentString(comment), indent);
        lines.push(ic.trimStart()); // Avoid double indent on first line
    }
}

exports.stringifyCollection = stringifyCollection;


/***/ }),

/***/ 9799:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Stringifies a comment.
 *
 * Empty comment lines are left empty,
 * lines consisting of a single space are replaced by `#`,
 * and all other lines are prefixed with a `#`.
 */
const stringifyComment = (str) => str.replace(/^(?!$)(?: $)?/gm, '#');
function indentComment(comment, indent) {
    if (/^\n+$/.test(comment))
        return comment.substring(1);
    return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
}
const lineComment = (str, indent, comment) => str.endsWith('\n')
    ? indentComment(comment, indent)
    : comment.includes('\n')
        ? '\n' + indentComment(comment, indent)
        : (str.endsWith(' ') ? '' : ' ') + comment;

exports.indentComment = indentComment;
exports.lineComment = lineComment;
exports.stringifyComment = stringifyComment;


/***/ }),

/***/ 6829:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyDocument(doc, options) {
    const lines = [];
    let hasDirectives = options.directives === true;
    if (options.directives !== false && doc.directives) {
        const dir = doc.directives.toString(doc);
        if (dir) {
            lines.push(dir);
            hasDirectives = true;
        }
        else if (doc.directives.docStart)
            hasDirectives = true;
    }
    if (hasDirectives)
        lines.push('---');
    const ctx = stringify.createStringifyContext(doc, options);
    const { commentString } = ctx.options;
    if (doc.commentBefore) {
        if (lines.length !== 1)
            lines.unshift('');
        const cs = commentString(doc.commentBefore);
        lines.unshift(stringifyComment.indentComment(cs, ''));
    }
    let chompKeep = false;
    let contentComment = null;
    if (doc.contents) {
        if (identity.isNode(doc.contents)) {
            if (doc.contents.spaceBefore && hasDirectives)
                lines.push('');
            if (doc.contents.commentBefore) {
                const cs = commentString(doc.contents.commentBefore);
                lines.push(stringifyComment.indentComment(cs, ''));
            }
            // top-level block scalars need to be indented if followed by a comment
            ctx.forceBlockIndent = !!doc.comment;
            contentComment = doc.contents.comment;
        }
        const onChompKeep = contentComment ? undefined : () => (chompKeep = true);
        let body = stringify.stringify(doc.contents, ctx, () => (contentComment = null), onChompKeep);
        if (contentComment)
            body += stringifyComment.lineComment(body, '', commentString(contentComment));
        if ((body[0] === '|' || body[0] === '>') &&
            lines[lines.length - 1] === '---') {
            // Top-level block scalars with a preceding doc marker ought to use the
            // same line for their header.
            lines[lines.length - 1] = `--- ${body}`;
        }
        else
            lines.push(body);
    }
    else {
        lines.push(stringify.stringify(doc.contents, ctx));
    }
    if (doc.directives?.docEnd) {
        if (doc.comment) {
            const cs = commentString(doc.comment);
            if (cs.includes('\n')) {
                lines.push('...');
                lines.push(stringifyComment.indentComment(cs, ''));
            }
            else {
                lines.push(`... ${cs}`);
            }
        }
        else {
            lines.push('...');
        }
    }
    else {
        let dc = doc.comment;
        if (dc && chompKeep)
            dc = dc.replace(/^\n+/, '');
        if (dc) {
            if ((!chompKeep || contentComment) && lines[lines.length - 1] !== '')
                lines.push('');
            lines.push(stringifyComment.indentComment(commentString(dc), ''));
        }
    }
    return lines.join('\n') + '\n';
}

exports.stringifyDocument = stringifyDocument;


/***/ }),

/***/ 8689:
/***/ ((__unused_webpack_module, exports) => {



function stringifyNumber({ format, minFractionDigits, tag, value }) {
    if (typeof value === 'bigint')
        return String(value);
    const num = typeof value === 'number' ? value : Number(value);
    if (!isFinite(num))
        return isNaN(num) ? '.nan' : num < 0 ? '-.inf' : '.inf';
    let n = Object.is(value, -0) ? '-0' : JSON.stringify(value);
    if (!format &&
        minFractionDigits &&
        (!tag || tag === 'tag:yaml.org,2002:float') &&
        /^-?\d/.test(n) &&
        !n.includes('e')) {
        let i = n.indexOf('.');
        if (i < 0) {
            i = n.length;
            n += '.';
        }
        let d = minFractionDigits - (n.length - i - 1);
        while (d-- > 0)
            n += '0';
    }
    return n;
}

exports.stringifyNumber = stringifyNumber;


/***/ }),

/***/ 9748:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
    const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
    let keyComment = (identity.isNode(key) && key.comment) || null;
    if (simpleKeys) {
        if (keyComment) {
            throw new Error('With simple keys, key nodes cannot have comments');
        }
        if (identity.isCollection(key) || (!identity.isNode(key) && typeof key === 'object')) {
            const msg = 'With simple keys, collection cannot be used as a key value';
            throw new Error(msg);
        }
    }
    let explicitKey = !simpleKeys &&
        (!key ||
            (keyComment && value == null && !ctx.inFlow) ||
            identity.isCollection(key) ||
            (identity.isScalar(key)
                ? key.type === Scalar.Scalar.BLOCK_FOLDED || key.type === Scalar.Scalar.BLOCK_LITERAL
                : typeof key === 'object'));
    ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
    });
    let keyCommentDone = false;
    let chompKeep = false;
    let str = stringify.stringify(key, ctx, () => (keyCommentDone = true), () => (chompKeep = true));
    if (!explicitKey && !ctx.inFlow && str.length > 1024) {
        if (simpleKeys)
            throw new Error('With simple keys, single line scalar must not span more than 1024 characters');
        explicitKey = true;
    }
    if (ctx.inFlow) {
        if (allNullValues || value == null) {
            if (keyCommentDone && onComment)
                onComment();
            return str === '' ? '?' : explicitKey ? `? ${str}` : str;
        }
    }
    else if ((allNullValues && !simpleKeys) || (value == null && explicitKey)) {
        str = `? ${str}`;
        if (keyComment && !keyCommentDone) {
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        }
        else if (chompKeep && onChompKeep)
            onChompKeep();
        return str;
    }
    if (keyCommentDone)
        keyComment = null;
    if (explicitKey) {
        if (keyComment)
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        str = `? ${str}\n${indent}:`;
    }
    else {
        str = `${str}:`;
        if (keyComment)
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
    }
    let vsb, vcb, valueComment;
    if (identity.isNode(value)) {
        vsb = !!value.spaceBefore;
        vcb = value.commentBefore;
        valueComment = value.comment;
    }
    else {
        vsb = false;
        vcb = null;
        valueComment = null;
        if (value && typeof value === 'object')
            value = doc.createNode(value);
    }
    ctx.implicitKey = false;
    if (!explicitKey && !keyComment && identity.isScalar(value))
        ctx.indentAtStart = str.length + 1;
    chompKeep = false;
    if (!indentSeq &&
        indentStep.length >= 2 &&
        !ctx.inFlow &&
        !explicitKey &&
        identity.isSeq(value) &&
        !value.flow &&
        !value.tag &&
        !value.anchor) {
        // If indentSeq === false, consider '- ' as part of indentation where possible
        ctx.indent = ctx.indent.substring(2);
    }
    let valueCommentDone = false;
    const valueStr = stringify.stringify(value, ctx, () => (valueCommentDone = true), () => (chompKeep = true));
    let ws = ' ';
    if (keyComment || vsb || vcb) {
        ws = vsb ? '\n' : '';
        if (vcb) {
            const cs = commentString(vcb);
            ws += `\n${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        if (valueStr === '' && !ctx.inFlow) {
            if (ws === '\n' && valueComment)
                ws = '\n\n';
        }
        else {
            ws += `\n${ctx.indent}`;
        }
    }
    else if (!explicitKey && identity.isCollection(value)) {
        const vs0 = valueStr[0];
        const nl0 = valueStr.indexOf('\n');
        const hasNewline = nl0 !== -1;
        const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
        if (hasNewline || !flow) {
            let hasPropsLine = false;
            if (hasNewline && (vs0 === '&' || vs0 === '!')) {
                let sp0 = valueStr.indexOf(' ');
                if (vs0 === '&' &&
                    sp0 !== -1 &&
                    sp0 < nl0 &&
                    valueStr[sp0 + 1] === '!') {
                    sp0 = valueStr.indexOf(' ', sp0 + 1);
                }
                if (sp0 === -1 || nl0 < sp0)
                    hasPropsLine = true;
            }
            if (!hasPropsLine)
                ws = `\n${ctx.indent}`;
        }
    }
    else if (valueStr === '' || valueStr[0] === '\n') {
        ws = '';
    }
    str += ws + valueStr;
    if (ctx.inFlow) {
        if (valueCommentDone && onComment)
            onComment();
    }
    else if (valueComment && !valueCommentDone) {
        str += stringifyComment.lineComment(str, ctx.indent, commentString(valueComment));
    }
    else if (chompKeep && onChompKeep) {
        onChompKeep();
    }
    return str;
}

exports.stringifyPair = stringifyPair;


/***/ }),

/***/ 3069:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var foldFlowLines = __nccwpck_require__(4475);

const getFoldOptions = (ctx, isBlock) => ({
    indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
    lineWidth: ctx.options.lineWidth,
    minContentWidth: ctx.options.minContentWidth
});
// Also checks for lines starting with %, as parsing the output as YAML 1.1 will
// presume that's starting a new document.
const containsDocumentMarker = (str) => /^(%|---|\.\.\.)/m.test(str);
function lineLengthOverLimit(str, lineWidth, indentLength) {
    if (!lineWidth || lineWidth < 0)
        return false;
    const limit = lineWidth - indentLength;
    const strLen = str.length;
    if (strLen <= limit)
        return false;
    for (let i = 0, start = 0; i < strLen; ++i) {
        if (str[i] === '\n') {
            if (i - start > limit)
                return true;
            start = i + 1;
            if (strLen - start <= limit)
                return false;
        }
    }
    return true;
}
function doubleQuotedString(value, ctx) {
    const json = JSON.stringify(value);
    if (ctx.options.doubleQuotedAsJSON)
        return json;
    const { implicitKey } = ctx;
    const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
    const indent = ctx.indent || (containsDocumentMarker(value) ? '  ' : '');
    let str = '';
    let start = 0;
    for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
        if (ch === ' ' && json[i + 1] === '\\' && json[i + 2] === 'n') {
            // space before newline needs to be escaped to not be folded
            str += json.slice(start, i) + '\\ ';
            i += 1;
            start = i;
            ch = '\\';
        }
        if (ch === '\\')
            switch (json[i + 1]) {
                case 'u':
                    {
                        str += json.slice(start, i);
                        const code = json.substr(i + 2, 4);
                        switch (code) {
                            case '0000':
                                str += '\\0';
                                break;
                            case '0007':
                                str += '\\a';
                                break;
                            case '000b':
                                str += '\\v';
                                break;
                            case '001b':
                                str += '\\e';
                                break;
                            case '0085':
                                str += '\\N';
                                break;
                            case '00a0':
                                str += '\\_';
                                break;
                            case '2028':
                                str += '\\L';
                                break;
                            case '2029':
                                str += '\\P';
                                break;
                            default:
                                if (code.substr(0, 2) === '00')
                                    str += '\\x' + code.substr(2);
                                else
                                    str += json.substr(i, 6);
                        }
                        i += 5;
                        start = i + 1;
                    }
                    break;
                case 'n':
                    if (implicitKey ||
                        json[i + 2] === '"' ||
                        json.length < minMultiLineLength) {
                        i += 1;
                    }
                    else {
                        // folding will eat first newline
                        str += json.slice(start, i) + '\n\n';
                        while (json[i + 2] === '\\' &&
                            json[i + 3] === 'n' &&
                            json[i + 4] !== '"') {
                            str += '\n';
                            i += 2;
                        }
                        str += indent;
                        // space after newline needs to be escaped to not be folded
                        if (json[i + 2] === ' ')
                            str += '\\';
                        i += 1;
                        start = i + 1;
                    }
                    break;
                default:
                    i += 1;
            }
    }
    str = start ? str + json.slice(start) : json;
    return implicitKey
        ? str
        : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
}
function singleQuotedString(value, ctx) {
    if (ctx.options.singleQuote === false ||
        (ctx.implicitKey && value.includes('\n')) ||
        /[ \t]\n|\n[ \t]/.test(value) // single quoted string can't have leading or trailing whitespace around newline
    )
        return doubleQuotedString(value, ctx);
    const indent = ctx.indent || (containsDocumentMarker(value) ? '  ' : '');
    const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&\n${indent}`) + "'";
    return ctx.implicitKey
        ? res
        : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
}
function quotedString(value, ctx) {
    const { singleQuote } = ctx.options;
    let qs;
    if (singleQuote === false)
        qs = doubleQuotedString;
    else {
        const hasDouble = value.includes('"');
        const hasSingle = value.includes("'");
        if (hasDouble && !hasSingle)
            qs = singleQuotedString;
        else if (hasSingle && !hasDouble)
            qs = doubleQuotedString;
        else
            qs = singleQuote ? singleQuotedString : doubleQuotedString;
    }
    return qs(value, ctx);
}
// The negative lookbehind avoids a polynomial search,
// but isn't supported yet on Safari: https://caniuse.com/js-regexp-lookbehind
let blockEndNewlines;
try {
    blockEndNewlines = new RegExp('(^|(?<!\n))\n+(?!\n|$)', 'g');
}
catch {
    blockEndNewlines = /\n+(?!\n|$)/g;
}
function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
    const { blockQuote, commentString, lineWidth } = ctx.options;
    // 1. Block can't end in whitespace unless the last line is non-empty.
    // 2. Strings consisting of only whitespace are best rendered explicitly.
    if (!blockQuote || /\n[\t ]+$/.test(value)) {
        return quotedString(value, ctx);
    }
    const indent = ctx.indent ||
        (ctx.forceBlockIndent || containsDocumentMarker(value) ? '  ' : '');
    const literal = blockQuote === 'literal'
        ? true
        : blockQuote === 'folded' || type === Scalar.Scalar.BLOCK_FOLDED
            ? false
            : type === Scalar.Scalar.BLOCK_LITERAL
                ? true
                : !lineLengthOverLimit(value, lineWidth, indent.length);
    if (!value)
        return literal ? '|\n' : '>\n';
    // determine chomping from whitespace at value end
    let chomp;
    let endStart;
    for (endStart = value.length; endStart > 0; --endStart) {
        const ch = value[endStart - 1];
        if (ch !== '\n' && ch !== '\t' && ch !== ' ')
            break;
    }
    let end = value.substring(endStart);
    const endNlPos = end.indexOf('\n');
    if (endNlPos === -1) {
        chomp = '-'; // strip
    }
    else if (value === end || endNlPos !== end.length - 1) {
        chomp = '+'; // keep
        if (onChompKeep)
            onChompKeep();
    }
    else {
        chomp = ''; // clip
    }
    if (end) {
        value = value.slice(0, -end.length);
        if (end[end.length - 1] === '\n')
            end = end.slice(0, -1);
        end = end.replace(blockEndNewlines, `$&${indent}`);
    }
    // determine indent indicator from whitespace at value start
    let startWithSpace = false;
    let startEnd;
    let startNlPos = -1;
    for (startEnd = 0; startEnd < value.length; ++startEnd) {
        const ch = value[startEnd];
        if (ch === ' ')
            startWithSpace = true;
        else if (ch === '\n')
            startNlPos = startEnd;
        else
            break;
    }
    let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
    if (start) {
        value = value.substring(start.length);
        start = start.replace(/\n+/g, `$&${indent}`);
    }
    const indentSize = indent ? '2' : '1'; // root is at -1
    // Leading | or > is added later
    let header = (startWithSpace ? indentSize : '') + chomp;
    if (comment) {
        header += ' ' + commentString(comment.replace(/ ?[\r\n]+/g, ' '));
        if (onComment)
            onComment();
    }
    if (!literal) {
        const foldedValue = value
            .replace(/\n+/g, '\n$&')
            .replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, '$1$2') // more-indented lines aren't folded
            //                ^ more-ind. ^ empty     ^ capture next empty lines only at end of indent
            .replace(/\n+/g, `$&${indent}`);
        let literalFallback = false;
        const foldOptions = getFoldOptions(ctx, true);
        if (blockQuote !== 'folded' && type !== Scalar.Scalar.BLOCK_FOLDED) {
            foldOptions.onOverflow = () => {
                literalFallback = true;
            };
        }
        const body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
            return `>${header}\n${indent}${body}`;
    }
    value = value.replace(/\n+/g, `$&${indent}`);
    return `|${header}\n${indent}${start}${value}${end}`;
}
function plainString(item, ctx, onComment, onChompKeep) {
    const { type, value } = item;
    const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
    if ((implicitKey && value.includes('\n')) ||
        (inFlow && /[[\]{},]/.test(value))) {
        return quotedString(value, ctx);
    }
    if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
        // not allowed:
        // - '-' or '?'
        // - start with an indicator character (except [?:-]) or /[?-] /
        // - '\n ', ': ' or ' \n' anywhere
        // - '#' not preceded by a non-space char
        // - end with ' ' or ':'
        return implicitKey || inFlow || !value.includes('\n')
            ? quotedString(value, ctx)
            : blockString(item, ctx, onComment, onChompKeep);
    }
    if (!implicitKey &&
        !inFlow &&
        type !== Scalar.Scalar.PLAIN &&
        value.includes('\n')) {
        // Where allowed & type not set explicitly, prefer block style for multiline strings
        return blockString(item, ctx, onComment, onChompKeep);
    }
    if (containsDocumentMarker(value)) {
        if (indent === '') {
            ctx.forceBlockIndent = true;
            return blockString(item, ctx, onComment, onChompKeep);
        }
        else if (implicitKey && indent === indentStep) {
            return quotedString(value, ctx);
        }
    }
    const str = value.replace(/\n+/g, `$&\n${indent}`);
    // Verify that output will be parsed as a string, as e.g. plain numbers and
    // booleans get parsed with those types in v1.2 (e.g. '42', 'true' & '0.9e-3'),
    // and others in v1.1.
    if (actualString) {
        const test = (tag) => tag.default && tag.tag !== 'tag:yaml.org,2002:str' && tag.test?.test(str);
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
            return quotedString(value, ctx);
    }
    return implicitKey
        ? str
        : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
}
function stringifyString(item, ctx, onComment, onChompKeep) {
    const { implicitKey, inFlow } = ctx;
    const ss = typeof item.value === 'string'
        ? item
        : Object.assign({}, item, { value: String(item.value) });
    let { type } = item;
    if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
        // force double quotes on control characters & unpaired surrogates
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
            type = Scalar.Scalar.QUOTE_DOUBLE;
    }
    const _stringify = (_type) => {
        switch (_type) {
            case Scalar.Scalar.BLOCK_FOLDED:
            case Scalar.Scalar.BLOCK_LITERAL:
                return implicitKey || inFlow
                    ? quotedString(ss.value, ctx) // blocks are not valid inside flow containers
                    : blockString(ss, ctx, onComment, onChompKeep);
            case Scalar.Scalar.QUOTE_DOUBLE:
                return doubleQuotedString(ss.value, ctx);
            case Scalar.Scalar.QUOTE_SINGLE:
                return singleQuotedString(ss.value, ctx);
            case Scalar.Scalar.PLAIN:
                return plainString(ss, ctx, onComment, onChompKeep);
            default:
                return null;
        }
    };
    let res = _stringify(type);
    if (res === null) {
        const { defaultKeyType, defaultStringType } = ctx.options;
        const t = (implicitKey && defaultKeyType) || defaultStringType;
        res = _stringify(t);
        if (res === null)
            throw new Error(`Unsupported default string type ${t}`);
    }
    return res;
}

exports.stringifyString = stringifyString;


/***/ }),

/***/ 204:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

const BREAK = Symbol('break visit');
const SKIP = Symbol('skip children');
const REMOVE = Symbol('remove node');
/**
 * Apply a visitor to an AST node or document.
 *
 * Walks through the tree (depth-first) starting from `node`, calling a
 * `visitor` function with three arguments:
 *   - `key`: For sequence values and map `Pair`, the node's index in the
 *     collection. Within a `Pair`, `'key'` or `'value'`, correspondingly.
 *     `null` for the root node.
 *   - `node`: The current node.
 *   - `path`: The ancestry of the current node.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this node, continue with next
 *     sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current node, then continue with the next one
 *   - `Node`: Replace the current node, then continue by visiting it
 *   - `number`: While iterating the items of a sequence or map, set the index
 *     of the next step. This is useful especially if the index of the current
 *     node has changed.
 *
 * If `visitor` is a single function, it will be called with all values
 * encountered in the tree, including e.g. `null` values. Alternatively,
 * separate visitor functions may be defined for each `Map`, `Pair`, `Seq`,
 * `Alias` and `Scalar` node. To define the same visitor function for more than
 * one node type, use the `Collection` (map and seq), `Value` (map, seq & scalar)
 * and `Node` (alias, map, seq & scalar) targets. Of all these, only the most
 * specific defined one will be used for each node.
 */
function visit(node, visitor) {
    const visitor_ = initVisitor(visitor);
    if (identity.isDocument(node)) {
        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
            node.contents = null;
    }
    else
        visit_(null, node, visitor_, Object.freeze([]));
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visit.BREAK = BREAK;
/** Do not visit the children of the current node */
visit.SKIP = SKIP;
/** Remove the current node */
visit.REMOVE = REMOVE;
function visit_(key, node, visitor, path) {
    const ctrl = callVisitor(key, node, visitor, path);
    if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visit_(key, ctrl, visitor, path);
    }
    if (typeof ctrl !== 'symbol') {
        if (identity.isCollection(node)) {
            path = Object.freeze(path.concat(node));
            for (let i = 0; i < node.items.length; ++i) {
                const ci = visit_(i, node.items[i], visitor, path);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    node.items.splice(i, 1);
                    i -= 1;
                }
            }
        }
        else if (identity.isPair(node)) {
            path = Object.freeze(path.concat(node));
            const ck = visit_('key', node.key, visitor, path);
            if (ck === BREAK)
                return BREAK;
            else if (ck === REMOVE)
                node.key = null;
            const cv = visit_('value', node.value, visitor, path);
            if (cv === BREAK)
                return BREAK;
            else if (cv === REMOVE)
                node.value = null;
        }
    }
    return ctrl;
}
/**
 * Apply an async visitor to an AST node or document.
 *
 * Walks through the tree (depth-first) starting from `node`, calling a
 * `visitor` function with three arguments:
 *   - `key`: For sequence values and map `Pair`, the node's index in the
 *     collection. Within a `Pair`, `'key'` or `'value'`, correspondingly.
 *     `null` for the root node.
 *   - `node`: The current node.
 *   - `path`: The ancestry of the current node.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `Promise`: Must resolve to one of the following values
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this node, continue with next
 *     sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current node, then continue with the next one
 *   - `Node`: Replace the current node, then continue by visiting it
 *   - `number`: While iterating the items of a sequence or map, set the index
 *     of the next step. This is useful especially if the index of the current
 *     node has changed.
 *
 * If `visitor` is a single function, it will be called with all values
 * encountered in the tree, including e.g. `null` values. Alternatively,
 * separate visitor functions may be defined for each `Map`, `Pair`, `Seq`,
 * `Alias` and `Scalar` node. To define the same visitor function for more than
 * one node type, use the `Collection` (map and seq), `Value` (map, seq & scalar)
 * and `Node` (alias, map, seq & scalar) targets. Of all these, only the most
 * specific defined one will be used for each node.
 */
async function visitAsync(node, visitor) {
    const visitor_ = initVisitor(visitor);
    if (identity.isDocument(node)) {
        const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
            node.contents = null;
    }
    else
        await visitAsync_(null, node, visitor_, Object.freeze([]));
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visitAsync.BREAK = BREAK;
/** Do not visit the children of the current node */
visitAsync.SKIP = SKIP;
/** Remove the current node */
visitAsync.REMOVE = REMOVE;
async function visitAsync_(key, node, visitor, path) {
    const ctrl = await callVisitor(key, node, visitor, path);
    if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visitAsync_(key, ctrl, visitor, path);
    }
    if (typeof ctrl !== 'symbol') {
        if (identity.isCollection(node)) {
            path = Object.freeze(path.concat(node));
            for (let i = 0; i < node.items.length; ++i) {
                const ci = await visitAsync_(i, node.items[i], visitor, path);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    node.items.splice(i, 1);
                    i -= 1;
                }
            }
        }
        else if (identity.isPair(node)) {
            path = Object.freeze(path.concat(node));
            const ck = await visitAsync_('key', node.key, visitor, path);
            if (ck === BREAK)
                return BREAK;
            else if (ck === REMOVE)
                node.key = null;
            const cv = await visitAsync_('value', node.value, visitor, path);
            if (cv === BREAK)
                return BREAK;
            else if (cv === REMOVE)
                node.value = null;
        }
    }
    return ctrl;
}
function initVisitor(visitor) {
    if (typeof visitor === 'object' &&
        (visitor.Collection || visitor.Node || visitor.Value)) {
        return Object.assign({
            Alias: visitor.Node,
            Map: visitor.Node,
            Scalar: visitor.Node,
            Seq: visitor.Node
        }, visitor.Value && {
            Map: visitor.Value,
            Scalar: visitor.Value,
            Seq: visitor.Value
        }, visitor.Collection && {
            Map: visitor.Collection,
            Seq: visitor.Collection
        }, visitor);
    }
    return visitor;
}
function callVisitor(key, node, visitor, path) {
    if (typeof visitor === 'function')
        return visitor(key, node, path);
    if (identity.isMap(node))
        return visitor.Map?.(key, node, path);
    if (identity.isSeq(node))
        return visitor.Seq?.(key, node, path);
    if (identity.isPair(node))
        return visitor.Pair?.(key, node, path);
    if (identity.isScalar(node))
        return visitor.Scalar?.(key, node, path);
    if (identity.isAlias(node))
        return visitor.Alias?.(key, node, path);
    return undefined;
}
function replaceNode(key, path, node) {
    const parent = path[path.length - 1];
    if (identity.isCollection(parent)) {
        parent.items[key] = node;
    }
    else if (identity.isPair(parent)) {
        if (key === 'key')
            parent.key = node;
        else
            parent.value = node;
    }
    else if (identity.isDocument(parent)) {
        parent.contents = node;
    }
    else {
        const pt = identity.isAlias(parent) ? 'alias' : 'scalar';
        throw new Error(`Cannot replace node with ${pt} parent`);
    }
}

exports.visit = visit;
exports.visitAsync = visitAsync;


/***/ }),

/***/ 3778:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {


var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __name = (target, value) => __defProp(target, "name", { value, configurable: true });
var __commonJS = (cb, mod) => function __require() {
  return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
};
var __export = (target, all) => {
  for (var name2 in all)
    __defProp(target, name2, { get: all[name2], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);

// lib/tree-sitter.cjs
var require_tree_sitter = __commonJS({
  "lib/tree-sitter.cjs"(exports, module) {
    "use strict";
    var Module = (() => {
      var _scriptName = typeof document != "undefined" ? document.currentScript?.src : void 0;
      if (typeof __filename != "undefined") _scriptName = _scriptName || __filename;
      return async function(moduleArg = {}) {
        var moduleRtn;
        var Module = moduleArg;
        var readyPromiseResolve, readyPromiseReject;
        var readyPromise = new Promise((resolve, reject) => {
          readyPromiseResolve = resolve;
          readyPromiseReject = reject;
        });
        var ENVIRONMENT_IS_WEB = typeof window == "object";
        var ENVIRONMENT_IS_WORKER = typeof WorkerGlobalScope != "undefined";
        var ENVIRONMENT_IS_NODE = typeof process == "object" && typeof process.versions == "object" && typeof process.versions.node == "string" && process.type != "renderer";
        var ENVIRONMENT_IS_SHELL = !ENVIRONMENT_IS_WEB && !ENVIRONMENT_IS_NODE && !ENVIRONMENT_IS_WORKER;
        if (ENVIRONMENT_IS_NODE) {
        }
        Module.currentQueryProgressCallback = null;
        Module.currentProgressCallback = null;
        Module.currentLogCallback = null;
        Module.currentParseCallback = null;
        var moduleOverrides = Object.assign({}, Module);
        var arguments_ = [];
        var thisProgram = "./this.program";
        var quit_ = /* @__PURE__ */ __name((status, toThrow) => {
          throw toThrow;
        }, "quit_");
        var scriptDirectory = "";
        function locateFile(path) {
          if (Module["locateFile"]) {
            return Module["locateFile"](path, scriptDirectory);
          }
          return scriptDirectory + path;
        }
        __name(locateFile, "locateFile");
        var readAsync, readBinary;
        if (ENVIRONMENT_IS_NODE) {
          var fs = __nccwpck_require__(9896);
          var nodePath = __nccwpck_require__(6928);
          scriptDirectory = __dirname + "/";
          readBinary = /* @__PURE__ */ __name((filename) => {
            filename = isFileURI(filename) ? new URL(filename) : filename;
            var ret = fs.readFileSync(filename);
            return ret;
          }, "readBinary");
          readAsync = /* @__PURE__ */ __name(async (filename, binary2 = true) => {
            filename = isFileURI(filename) ? new URL(filename) : filename;
            var ret = fs.readFileSync(filename, binary2 ? void 0 : "utf8");
            return ret;
          }, "readAsync");
          if (!Module["thisProgram"] && process.argv.length > 1) {
            thisProgram = process.argv[1].replace(/\\/g, "/");
          }
          arguments_ = process.argv.slice(2);
          quit_ = /* @__PURE__ */ __name((status, toThrow) => {
            process.exitCode = status;
            throw toThrow;
          }, "quit_");
        } else if (ENVIRONMENT_IS_WEB || ENVIRONMENT_IS_WORKER) {
          if (ENVIRONMENT_IS_WORKER) {
            scriptDirectory = self.location.href;
          } else if (typeof document != "undefined" && document.currentScript) {
            scriptDirectory = document.currentScript.src;
          }
          if (_scriptName) {
            scriptDirectory = _scriptName;
          }
          if (scriptDirectory.startsWith("blob:")) {
            scriptDirectory = "";
          } else {
            scriptDirectory = scriptDirectory.slice(0, scriptDirectory.replace(/[?#].*/, "").lastIndexOf("/") + 1);
          }
          {
            if (ENVIRONMENT_IS_WORKER) {
              readBinary = /* @__PURE__ */ __name((url) => {
                var xhr = new XMLHttpRequest();
                xhr.open("GET", url, false);
                xhr.responseType = "arraybuffer";
                xhr.send(null);
                return new Uint8Array(
                  /** @type{!ArrayBuffer} */
                  xhr.response
                );
              }, "readBinary");
            }
            readAsync = /* @__PURE__ */ __name(async (url) => {
              if (isFileURI(url)) {
                return new Promise((resolve, reject) => {
                  var xhr = new XMLHttpRequest();
                  xhr.open("GET", url, true);
                  xhr.responseType = "arraybuffer";
                  xhr.onload = () => {
                    if (xhr.status == 200 || xhr.status == 0 && xhr.response) {
                      resolve(xhr.response);
                      return;
                    }
                    reject(xhr.status);
                  };
                  xhr.onerror = reject;
                  xhr.send(null);
                });
              }
              var response = await fetch(url, {
                credentials: "same-origin"
              });
              if (response.ok) {
                return response.arrayBuffer();
              }
              throw new Error(response.status + " : " + response.url);
            }, "readAsync");
          }
        } else {
        }
        var out = Module["print"] || console.log.bind(console);
        var err = Module["printErr"] || console.error.bind(console);
        Object.assign(Module, moduleOverrides);
        moduleOverrides = null;
        if (Module["arguments"]) arguments_ = Module["arguments"];
        if (Module["thisProgram"]) thisProgram = Module["thisProgram"];
        var dynamicLibraries = Module["dynamicLibraries"] || [];
        var wasmBinary = Module["wasmBinary"];
        var wasmMemory;
        var ABORT = false;
        var EXITSTATUS;
        function assert(condition, text) {
          if (!condition) {
            abort(text);
          }
        }
        __name(assert, "assert");
        var HEAP, HEAP8, HEAPU8, HEAP16, HEAPU16, HEAP32, HEAPU32, HEAPF32, HEAP64, HEAPU64, HEAPF64;
        var HEAP_DATA_VIEW;
        var runtimeInitialized = false;
        var isFileURI = /* @__PURE__ */ __name((filename) => filename.startsWith("file://"), "isFileURI");
        function updateMemoryViews() {
          var b = wasmMemory.buffer;
          Module["HEAP_DATA_VIEW"] = HEAP_DATA_VIEW = new DataView(b);
          Module["HEAP8"] = HEAP8 = new Int8Array(b);
          Module["HEAP16"] = HEAP16 = new Int16Array(b);
          Module["HEAPU8"] = HEAPU8 = new Uint8Array(b);
          Module["HEAPU16"] = HEAPU16 = new Uint16Array(b);
          Module["HEAP32"] = HEAP32 = new Int32Array(b);
          Module["HEAPU32"] = HEAPU32 = new Uint32Array(b);
          Module["HEAPF32"] = HEAPF32 = new Float32Array(b);
          Module["HEAPF64"] = HEAPF64 = new Float64Array(b);
          Module["HEAP64"] = HEAP64 = new BigInt64Array(b);
          Module["HEAPU64"] = HEAPU64 = new BigUint64Array(b);
        }
        __name(updateMemoryViews, "updateMemoryViews");
        if (Module["wasmMemory"]) {
          wasmMemory = Module["wasmMemory"];
        } else {
          var INITIAL_MEMORY = Module["INITIAL_MEMORY"] || 33554432;
          wasmMemory = new WebAssembly.Memory({
            "initial": INITIAL_MEMORY / 65536,
            // In theory we should not need to emit the maximum if we want "unlimited"
            // or 4GB of memory, but VMs error on that atm, see
            // https://github.com/emscripten-core/emscripten/issues/14130
            // And in the pthreads case we definitely need to emit a maximum. So
            // always emit one.
            "maximum": 32768
          });
        }
        updateMemoryViews();
        var __RELOC_FUNCS__ = [];
        function preRun() {
          if (Module["preRun"]) {
            if (typeof Module["preRun"] == "function") Module["preRun"] = [Module["preRun"]];
            while (Module["preRun"].length) {
              addOnPreRun(Module["preRun"].shift());
            }
          }
          callRuntimeCallbacks(onPreRuns);
        }
        __name(preRun, "preRun");
        function initRuntime() {
          runtimeInitialized = true;
          callRuntimeCallbacks(__RELOC_FUNCS__);
          wasmExports["__wasm_call_ctors"]();
          callRuntimeCallbacks(onPostCtors);
        }
        __name(initRuntime, "initRuntime");
        function preMain() {
        }
        __name(preMain, "preMain");
        function postRun() {
          if (Module["postRun"]) {
            if (typeof Module["postRun"] == "function") Module["postRun"] = [Module["postRun"]];
            while (Module["postRun"].length) {
              addOnPostRun(Module["postRun"].shift());
            }
          }
          callRuntimeCallbacks(onPostRuns);
        }
        __name(postRun, "postRun");
        var runDependencies = 0;
        var dependenciesFulfilled = null;
        function getUniqueRunDependency(id) {
          return id;
        }
        __name(getUniqueRunDependency, "getUniqueRunDependency");
        function addRunDependency(id) {
          runDependencies++;
          Module["monitorRunDependencies"]?.(runDependencies);
        }
        __name(addRunDependency, "addRunDependency");
        function removeRunDependency(id) {
          runDependencies--;
          Module["monitorRunDependencies"]?.(runDependencies);
          if (runDependencies == 0) {
            if (dependenciesFulfilled) {
              var callback = dependenciesFulfilled;
              dependenciesFulfilled = null;
              callback();
            }
          }
        }
        __name(removeRunDependency, "removeRunDependency");
        function abort(what) {
          Module["onAbort"]?.(what);
          what = "Aborted(" + what + ")";
          err(what);
          ABORT = true;
          what += ". Build with -sASSERTIONS for more info.";
          var e = new WebAssembly.RuntimeError(what);
          readyPromiseReject(e);
          throw e;
        }
        __name(abort, "abort");
        var wasmBinaryFile;
        function findWasmBinary() {
          return locateFile("tree-sitter.wasm");
        }
        __name(findWasmBinary, "findWasmBinary");
        function getBinarySync(file) {
          if (file == wasmBinaryFile && wasmBinary) {
            return new Uint8Array(wasmBinary);
          }
          if (readBinary) {
            return readBinary(file);
          }
          throw "both async and sync fetching of the wasm failed";
        }
        __name(getBinarySync, "getBinarySync");
        async function getWasmBinary(binaryFile) {
          if (!wasmBinary) {
            try {
              var response = await readAsync(binaryFile);
              return new Uint8Array(response);
            } catch {
            }
          }
          return getBinarySync(binaryFile);
        }
        __name(getWasmBinary, "getWasmBinary");
        async function instantiateArrayBuffer(binaryFile, imports) {
          try {
            var binary2 = await getWasmBinary(binaryFile);
            var instance2 = await WebAssembly.instantiate(binary2, imports);
            return instance2;
          } catch (reason) {
            err(`failed to asynchronously prepare wasm: ${reason}`);
            abort(reason);
          }
        }
        __name(instantiateArrayBuffer, "instantiateArrayBuffer");
        async function instantiateAsync(binary2, binaryFile, imports) {
          if (!binary2 && typeof WebAssembly.instantiateStreaming == "function" && !isFileURI(binaryFile) && !ENVIRONMENT_IS_NODE) {
            try {
              var response = fetch(binaryFile, {
                credentials: "same-origin"
              });
              var instantiationResult = await WebAssembly.instantiateStreaming(response, imports);
              return instantiationResult;
            } catch (reason) {
              err(`wasm streaming compile failed: ${reason}`);
              err("falling back to ArrayBuffer instantiation");
            }
          }
          return instantiateArrayBuffer(binaryFile, imports);
        }
        __name(instantiateAsync, "instantiateAsync");
        function getWasmImports() {
          return {
            "env": wasmImports,
            "wasi_snapshot_preview1": wasmImports,
            "GOT.mem": new Proxy(wasmImports, GOTHandler),
            "GOT.func": new Proxy(wasmImports, GOTHandler)
          };
        }
        __name(getWasmImports, "getWasmImports");
        async function createWasm() {
          function receiveInstance(instance2, module2) {
            wasmExports = instance2.exports;
            wasmExports = relocateExports(wasmExports, 1024);
            var metadata2 = getDylinkMetadata(module2);
            if (metadata2.neededDynlibs) {
              dynamicLibraries = metadata2.neededDynlibs.concat(dynamicLibraries);
            }
            mergeLibSymbols(wasmExports, "main");
            LDSO.init();
            loadDylibs();
            __RELOC_FUNCS__.push(wasmExports["__wasm_apply_data_relocs"]);
            removeRunDependency("wasm-instantiate");
            return wasmExports;
          }
          __name(receiveInstance, "receiveInstance");
          addRunDependency("wasm-instantiate");
          function receiveInstantiationResult(result2) {
            return receiveInstance(result2["instance"], result2["module"]);
          }
          __name(receiveInstantiationResult, "receiveInstantiationResult");
          var info2 = getWasmImports();
          if (Module["instantiateWasm"]) {
            return new Promise((resolve, reject) => {
              Module["instantiateWasm"](info2, (mod, inst) => {
                receiveInstance(mod, inst);
                resolve(mod.exports);
              });
            });
          }
          wasmBinaryFile ??= findWasmBinary();
          try {
            var result = await instantiateAsync(wasmBinary, wasmBinaryFile, info2);
            var exports2 = receiveInstantiationResult(result);
            return exports2;
          } catch (e) {
            readyPromiseReject(e);
            return Promise.reject(e);
          }
        }
        __name(createWasm, "createWasm");
        var ASM_CONSTS = {};
        class ExitStatus {
          static {
            __name(this, "ExitStatus");
          }
          name = "ExitStatus";
          constructor(status) {
            this.message = `Program terminated with exit(${status})`;
            this.status = status;
          }
        }
        var GOT = {};
        var currentModuleWeakSymbols = /* @__PURE__ */ new Set([]);
        var GOTHandler = {
          get(obj, symName) {
            var rtn = GOT[symName];
            if (!rtn) {
              rtn = GOT[symName] = new WebAssembly.Global({
                "value": "i32",
                "mutable": true
              });
            }
            if (!currentModuleWeakSymbols.has(symName)) {
              rtn.required = true;
            }
            return rtn;
          }
        };
        var LE_HEAP_LOAD_F32 = /* @__PURE__ */ __name((byteOffset) => HEAP_DATA_VIEW.getFloat32(byteOffset, true), "LE_HEAP_LOAD_F32");
        var LE_HEAP_LOAD_F64 = /* @__PURE__ */ __name((byteOffset) => HEAP_DATA_VIEW.getFloat64(byteOffset, true), "LE_HEAP_LOAD_F64");
        var LE_HEAP_LOAD_I16 = /* @__PURE__ */ __name((byteOffset) => HEAP_DATA_VIEW.getInt16(byteOffset, true), "LE_HEAP_LOAD_I16");
        var LE_HEAP_LOAD_I32 = /* @__PURE__ */ __name((byteOffset) => HEAP_DATA_VIEW.getInt32(byteOffset, true), "LE_HEAP_LOAD_I32");
        var LE_HEAP_LOAD_U16 = /* @__PURE__ */ __name((byteOffset) => HEAP_DATA_VIEW.getUint16(byteOffset, true), "LE_HEAP_LOAD_U16");
        var LE_HEAP_LOAD_U32 = /* @__PURE__ */ __name((byteOffset) => HEAP_DATA_VIEW.getUint32(byteOffset, true), "LE_HEAP_LOAD_U32");
        var LE_HEAP_STORE_F32 = /* @__PURE__ */ __name((byteOffset, value) => HEAP_DATA_VIEW.setFloat32(byteOffset, value, true), "LE_HEAP_STORE_F32");
        var LE_HEAP_STORE_F64 = /* @__PURE__ */ __name((byteOffset, value) => HEAP_DATA_VIEW.setFloat64(byteOffset, value, true), "LE_HEAP_STORE_F64");
        var LE_HEAP_STORE_I16 = /* @__PURE__ */ __name((byteOffset, value) => HEAP_DATA_VIEW.setInt16(byteOffset, value, true), "LE_HEAP_STORE_I16");
        var LE_HEAP_STORE_I32 = /* @__PURE__ */ __name((byteOffset, value) => HEAP_DATA_VIEW.setInt32(byteOffset, value, true), "LE_HEAP_STORE_I32");
        var LE_HEAP_STORE_U16 = /* @__PURE__ */ __name((byteOffset, value) => HEAP_DATA_VIEW.setUint16(byteOffset, value, true), "LE_HEAP_STORE_U16");
        var LE_HEAP_STORE_U32 = /* @__PURE__ */ __name((byteOffset, value) => HEAP_DATA_VIEW.setUint32(byteOffset, value, true), "LE_HEAP_STORE_U32");
        var callRuntimeCallbacks = /* @__PURE__ */ __name((callbacks) => {
          while (callbacks.length > 0) {
            callbacks.shift()(Module);
          }
        }, "callRuntimeCallbacks");
        var onPostRuns = [];
        var addOnPostRun = /* @__PURE__ */ __name((cb) => onPostRuns.unshift(cb), "addOnPostRun");
        var onPreRuns = [];
        var addOnPreRun = /* @__PURE__ */ __name((cb) => onPreRuns.unshift(cb), "addOnPreRun");
        var UTF8Decoder = typeof TextDecoder != "undefined" ? new TextDecoder() : void 0;
        var UTF8ArrayToString = /* @__PURE__ */ __name((heapOrArray, idx = 0, maxBytesToRead = NaN) => {
          var endIdx = idx + maxBytesToRead;
          var endPtr = idx;
          while (heapOrArray[endPtr] && !(endPtr >= endIdx)) ++endPtr;
          if (endPtr - idx > 16 && heapOrArray.buffer && UTF8Decoder) {
            return UTF8Decoder.decode(heapOrArray.subarray(idx, endPtr));
          }
          var str = "";
          while (idx < endPtr) {
            var u0 = heapOrArray[idx++];
            if (!(u0 & 128)) {
              str += String.fromCharCode(u0);
              continue;
            }
            var u1 = heapOrArray[idx++] & 63;
            if ((u0 & 224) == 192) {
              str += String.fromCharCode((u0 & 31) << 6 | u1);
              continue;
            }
            var u2 = heapOrArray[idx++] & 63;
            if ((u0 & 240) == 224) {
              u0 = (u0 & 15) << 12 | u1 << 6 | u2;
            } else {
              u0 = (u0 & 7) << 18 | u1 << 12 | u2 << 6 | heapOrArray[idx++] & 63;
            }
            if (u0 < 65536) {
              str += String.fromCharCode(u0);
            } else {
              var ch = u0 - 65536;
              str += String.fromCharCode(55296 | ch >> 10, 56320 | ch & 1023);
            }
          }
          return str;
        }, "UTF8ArrayToString");
        var getDylinkMetadata = /* @__PURE__ */ __name((binary2) => {
          var offset = 0;
          var end = 0;
          function getU8() {
            return binary2[offset++];
          }
          __name(getU8, "getU8");
          function getLEB() {
            var ret = 0;
            var mul = 1;
            while (1) {
              var byte = binary2[offset++];
              ret += (byte & 127) * mul;
              mul *= 128;
              if (!(byte & 128)) break;
            }
            return ret;
          }
          __name(getLEB, "getLEB");
          function getString() {
            var len = getLEB();
            offset += len;
            return UTF8ArrayToString(binary2, offset - len, len);
          }
          __name(getString, "getString");
          function failIf(condition, message) {
            if (condition) throw new Error(message);
          }
          __name(failIf, "failIf");
          var name2 = "dylink.0";
          if (binary2 instanceof WebAssembly.Module) {
            var dylinkSection = WebAssembly.Module.customSections(binary2, name2);
            if (dylinkSection.length === 0) {
              name2 = "dylink";
              dylinkSection = WebAssembly.Module.customSections(binary2, name2);
            }
            failIf(dylinkSection.length === 0, "need dylink section");
            binary2 = new Uint8Array(dylinkSection[0]);
            end = binary2.length;
          } else {
            var int32View = new Uint32Array(new Uint8Array(binary2.subarray(0, 24)).buffer);
            var magicNumberFound = int32View[0] == 1836278016 || int32View[0] == 6386541;
            failIf(!magicNumberFound, "need to see wasm magic number");
            failIf(binary2[8] !== 0, "need the dylink section to be first");
            offset = 9;
            var section_size = getLEB();
            end = offset + section_size;
            name2 = getString();
          }
          var customSection = {
            neededDynlibs: [],
            tlsExports: /* @__PURE__ */ new Set(),
            weakImports: /* @__PURE__ */ new Set()
          };
          if (name2 == "dylink") {
            customSection.memorySize = getLEB();
            customSection.memoryAlign = getLEB();
            customSection.tableSize = getLEB();
            customSection.tableAlign = getLEB();
            var neededDynlibsCount = getLEB();
            for (var i2 = 0; i2 < neededDynlibsCount; ++i2) {
              var libname = getString();
              customSection.neededDynlibs.push(libname);
            }
          } else {
            failIf(name2 !== "dylink.0");
            var WASM_DYLINK_MEM_INFO = 1;
            var WASM_DYLINK_NEEDED = 2;
            var WASM_DYLINK_EXPORT_INFO = 3;
            var WASM_DYLINK_IMPORT_INFO = 4;
            var WASM_SYMBOL_TLS = 256;
            var WASM_SYMBOL_BINDING_MASK = 3;
            var WASM_SYMBOL_BINDING_WEAK = 1;
            while (offset < end) {
              var subsectionType = getU8();
              var subsectionSize = getLEB();
              if (subsectionType === WASM_DYLINK_MEM_INFO) {
                customSection.memorySize = getLEB();
                customSection.memoryAlign = getLEB();
                customSection.tableSize = getLEB();
                customSection.tableAlign = getLEB();
              } else if (subsectionType === WASM_DYLINK_NEEDED) {
                var neededDynlibsCount = getLEB();
                for (var i2 = 0; i2 < neededDynlibsCount; ++i2) {
                  libname = getString();
                  customSection.neededDynlibs.push(libname);
                }
              } else if (subsectionType === WASM_DYLINK_EXPORT_INFO) {
                var count = getLEB();
                while (count--) {
                  var symname = getString();
                  var flags2 = getLEB();
                  if (flags2 & WASM_SYMBOL_TLS) {
                    customSection.tlsExports.add(symname);
                  }
                }
              } else if (subsectionType === WASM_DYLINK_IMPORT_INFO) {
                var count = getLEB();
                while (count--) {
                  var modname = getString();
                  var symname = getString();
                  var flags2 = getLEB();
                  if ((flags2 & WASM_SYMBOL_BINDING_MASK) == WASM_SYMBOL_BINDING_WEAK) {
                    customSection.weakImports.add(symname);
                  }
                }
              } else {
                offset += subsectionSize;
              }
            }
          }
          return customSection;
        }, "getDylinkMetadata");
        function getValue(ptr, type = "i8") {
          if (type.endsWith("*")) type = "*";
          switch (type) {
            case "i1":
              return HEAP8[ptr];
            case "i8":
              return HEAP8[ptr];
            case "i16":
              return LE_HEAP_LOAD_I16((ptr >> 1) * 2);
            case "i32":
              return LE_HEAP_LOAD_I32((ptr >> 2) * 4);
            case "i64":
              return HEAP64[ptr >> 3];
            case "float":
              return LE_HEAP_LOAD_F32((ptr >> 2) * 4);
            case "double":
              return LE_HEAP_LOAD_F64((ptr >> 3) * 8);
            case "*":
              return LE_HEAP_LOAD_U32((ptr >> 2) * 4);
            default:
              abort(`invalid type for getValue: ${type}`);
          }
        }
        __name(getValue, "getValue");
        var newDSO = /* @__PURE__ */ __name((name2, handle2, syms) => {
          var dso = {
            refcount: Infinity,
            name: name2,
            exports: syms,
            global: true
          };
          LDSO.loadedLibsByName[name2] = dso;
          if (handle2 != void 0) {
            LDSO.loadedLibsByHandle[handle2] = dso;
          }
          return dso;
        }, "newDSO");
        var LDSO = {
          loadedLibsByName: {},
          loadedLibsByHandle: {},
          init() {
            newDSO("__main__", 0, wasmImports);
          }
        };
        var ___heap_base = 78224;
        var alignMemory = /* @__PURE__ */ __name((size, alignment) => Math.ceil(size / alignment) * alignment, "alignMemory");
        var getMemory = /* @__PURE__ */ __name((size) => {
          if (runtimeInitialized) {
            return _calloc(size, 1);
          }
          var ret = ___heap_base;
          var end = ret + alignMemory(size, 16);
          ___heap_base = end;
          GOT["__heap_base"].value = end;
          return ret;
        }, "getMemory");
        var isInternalSym = /* @__PURE__ */ __name((symName) => ["__cpp_exception", "__c_longjmp", "__wasm_apply_data_relocs", "__dso_handle", "__tls_size", "__tls_align", "__set_stack_limits", "_emscripten_tls_init", "__wasm_init_tls", "__wasm_call_ctors", "__start_em_asm", "__stop_em_asm", "__start_em_js", "__stop_em_js"].includes(symName) || symName.startsWith("__em_js__"), "isInternalSym");
        var uleb128Encode = /* @__PURE__ */ __name((n, target) => {
          if (n < 128) {
            target.push(n);
          } else {
            target.push(n % 128 | 128, n >> 7);
          }
        }, "uleb128Encode");
        var sigToWasmTypes = /* @__PURE__ */ __name((sig) => {
          var typeNames = {
            "i": "i32",
            "j": "i64",
            "f": "f32",
            "d": "f64",
            "e": "externref",
            "p": "i32"
          };
          var type = {
            parameters: [],
            results: sig[0] == "v" ? [] : [typeNames[sig[0]]]
          };
          for (var i2 = 1; i2 < sig.length; ++i2) {
            type.parameters.push(typeNames[sig[i2]]);
          }
          return type;
        }, "sigToWasmTypes");
        var generateFuncType = /* @__PURE__ */ __name((sig, target) => {
          var sigRet = sig.slice(0, 1);
          var sigParam = sig.slice(1);
          var typeCodes = {
            "i": 127,
            // i32
            "p": 127,
            // i32
            "j": 126,
            // i64
            "f": 125,
            // f32
            "d": 124,
            // f64
            "e": 111
          };
          target.push(96);
          uleb128Encode(sigParam.length, target);
          for (var i2 = 0; i2 < sigParam.length; ++i2) {
            target.push(typeCodes[sigParam[i2]]);
          }
          if (sigRet == "v") {
            target.push(0);
          } else {
            target.push(1, typeCodes[sigRet]);
          }
        }, "generateFuncType");
        var convertJsFunctionToWasm = /* @__PURE__ */ __name((func2, sig) => {
          if (typeof WebAssembly.Function == "function") {
            return new WebAssembly.Function(sigToWasmTypes(sig), func2);
          }
          var typeSectionBody = [1];
          generateFuncType(sig, typeSectionBody);
          var bytes = [
            0,
            97,
            115,
            109,
            // magic ("\0asm")
            1,
            0,
            0,
            0,
            // version: 1
            1
          ];
          uleb128Encode(typeSectionBody.length, bytes);
          bytes.push(...typeSectionBody);
          bytes.push(
            2,
            7,
            // import section
            // (import "e" "f" (func 0 (type 0)))
            1,
            1,
            101,
            1,
            102,
            0,
            0,
            7,
            5,
            // export section
            // (export "f" (func 0 (type 0)))
            1,
            1,
            102,
            0,
            0
          );
          var module2 = new WebAssembly.Module(new Uint8Array(bytes));
          var instance2 = new WebAssembly.Instance(module2, {
            "e": {
              "f": func2
            }
          });
          var wrappedFunc = instance2.exports["f"];
          return wrappedFunc;
        }, "convertJsFunctionToWasm");
        var wasmTableMirror = [];
        var wasmTable = new WebAssembly.Table({
          "initial": 31,
          "element": "anyfunc"
        });
        var getWasmTableEntry = /* @__PURE__ */ __name((funcPtr) => {
          var func2 = wasmTableMirror[funcPtr];
          if (!func2) {
            if (funcPtr >= wasmTableMirror.length) wasmTableMirror.length = funcPtr + 1;
            wasmTableMirror[funcPtr] = func2 = wasmTable.get(funcPtr);
          }
          return func2;
        }, "getWasmTableEntry");
        var updateTableMap = /* @__PURE__ */ __name((offset, count) => {
          if (functionsInTableMap) {
            for (var i2 = offset; i2 < offset + count; i2++) {
              var item = getWasmTableEntry(i2);
              if (item) {
                functionsInTableMap.set(item, i2);
              }
            }
          }
        }, "updateTableMap");
        var functionsInTableMap;
        var getFunctionAddress = /* @__PURE__ */ __name((func2) => {
          if (!functionsInTableMap) {
            functionsInTableMap = /* @__PURE__ */ new WeakMap();
            updateTableMap(0, wasmTable.length);
          }
          return functionsInTableMap.get(func2) || 0;
        }, "getFunctionAddress");
        var freeTableIndexes = [];
        var getEmptyTableSlot = /* @__PURE__ */ __name(() => {
          if (freeTableIndexes.length) {
            return freeTableIndexes.pop();
          }
          try {
            wasmTable.grow(1);
          } catch (err2) {
            if (!(err2 instanceof RangeError)) {
              throw err2;
            }
            throw "Unable to grow wasm table. Set ALLOW_TABLE_GROWTH.";
          }
          return wasmTable.length - 1;
        }, "getEmptyTableSlot");
        var setWasmTableEntry = /* @__PURE__ */ __name((idx, func2) => {
          wasmTable.set(idx, func2);
          wasmTableMirror[idx] = wasmTable.get(idx);
        }, "setWasmTableEntry");
        var addFunction = /* @__PURE__ */ __name((func2, sig) => {
          var rtn = getFunctionAddress(func2);
          if (rtn) {
            return rtn;
          }
          var ret = getEmptyTableSlot();
          try {
            setWasmTableEntry(ret, func2);
          } catch (err2) {
            if (!(err2 instanceof TypeError)) {
              throw err2;
            }
            var wrapped = convertJsFunctionToWasm(func2, sig);
            setWasmTableEntry(ret, wrapped);
          }
          functionsInTableMap.set(func2, ret);
          return ret;
        }, "addFunction");
        var updateGOT = /* @__PURE__ */ __name((exports2, replace) => {
          for (var symName in exports2) {
            if (isInternalSym(symName)) {
              continue;
            }
            var value = exports2[symName];
            GOT[symName] ||= new WebAssembly.Global({
              "value": "i32",
              "mutable": true
            });
            if (replace || GOT[symName].value == 0) {
              if (typeof value == "function") {
                GOT[symName].value = addFunction(value);
              } else if (typeof value == "number") {
                GOT[symName].value = value;
              } else {
                err(`unhandled export type for '${symName}': ${typeof value}`);
              }
            }
          }
        }, "updateGOT");
        var relocateExports = /* @__PURE__ */ __name((exports2, memoryBase2, replace) => {
          var relocated = {};
          for (var e in exports2) {
            var value = exports2[e];
            if (typeof value == "object") {
              value = value.value;
            }
            if (typeof value == "number") {
              value += memoryBase2;
            }
            relocated[e] = value;
          }
          updateGOT(relocated, replace);
          return relocated;
        }, "relocateExports");
        var isSymbolDefined = /* @__PURE__ */ __name((symName) => {
          var existing = wasmImports[symName];
          if (!existing || existing.stub) {
            return false;
          }
          return true;
        }, "isSymbolDefined");
        var dynCall = /* @__PURE__ */ __name((sig, ptr, args2 = []) => {
          var rtn = getWasmTableEntry(ptr)(...args2);
          return rtn;
        }, "dynCall");
        var stackSave = /* @__PURE__ */ __name(() => _emscripten_stack_get_current(), "stackSave");
        var stackRestore = /* @__PURE__ */ __name((val) => __emscripten_stack_restore(val), "stackRestore");
        var createInvokeFunction = /* @__PURE__ */ __name((sig) => (ptr, ...args2) => {
          var sp = stackSave();
          try {
            return dynCall(sig, ptr, args2);
          } catch (e) {
            stackRestore(sp);
            if (e !== e + 0) throw e;
            _setThrew(1, 0);
            if (sig[0] == "j") return 0n;
          }
        }, "createInvokeFunction");
        var resolveGlobalSymbol = /* @__PURE__ */ __name((symName, direct = false) => {
          var sym;
          if (isSymbolDefined(symName)) {
            sym = wasmImports[symName];
          } else if (symName.startsWith("invoke_")) {
            sym = wasmImports[symName] = createInvokeFunction(symName.split("_")[1]);
          }
          return {
            sym,
            name: symName
          };
        }, "resolveGlobalSymbol");
        var onPostCtors = [];
        var addOnPostCtor = /* @__PURE__ */ __name((cb) => onPostCtors.unshift(cb), "addOnPostCtor");
        var UTF8ToString = /* @__PURE__ */ __name((ptr, maxBytesToRead) => ptr ? UTF8ArrayToString(HEAPU8, ptr, maxBytesToRead) : "", "UTF8ToString");
        var loadWebAssemblyModule = /* @__PURE__ */ __name((binary, flags, libName, localScope, handle) => {
          var metadata = getDylinkMetadata(binary);
          currentModuleWeakSymbols = metadata.weakImports;
          function loadModule() {
            var memAlign = Math.pow(2, metadata.memoryAlign);
            var memoryBase = metadata.memorySize ? alignMemory(getMemory(metadata.memorySize + memAlign), memAlign) : 0;
            var tableBase = metadata.tableSize ? wasmTable.length : 0;
            if (handle) {
              HEAP8[handle + 8] = 1;
              LE_HEAP_STORE_U32((handle + 12 >> 2) * 4, memoryBase);
              LE_HEAP_STORE_I32((handle + 16 >> 2) * 4, metadata.memorySize);
              LE_HEAP_STORE_U32((handle + 20 >> 2) * 4, tableBase);
              LE_HEAP_STORE_I32((handle + 24 >> 2) * 4, metadata.tableSize);
            }
            if (metadata.tableSize) {
              wasmTable.grow(metadata.tableSize);
            }
            var moduleExports;
            function resolveSymbol(sym) {
              var resolved = resolveGlobalSymbol(sym).sym;
              if (!resolved && localScope) {
                resolved = localScope[sym];
              }
              if (!resolved) {
                resolved = moduleExports[sym];
              }
              return resolved;
            }
            __name(resolveSymbol, "resolveSymbol");
            var proxyHandler = {
              get(stubs, prop) {
                switch (prop) {
                  case "__memory_base":
                    return memoryBase;
                  case "__table_base":
                    return tableBase;
                }
                if (prop in wasmImports && !wasmImports[prop].stub) {
                  var res = wasmImports[prop];
                  return res;
                }
                if (!(prop in stubs)) {
                  var resolved;
                  stubs[prop] = (...args2) => {
                    resolved ||= resolveSymbol(prop);
                    return resolved(...args2);
                  };
                }
                return stubs[prop];
              }
            };
            var proxy = new Proxy({}, proxyHandler);
            var info = {
              "GOT.mem": new Proxy({}, GOTHandler),
              "GOT.func": new Proxy({}, GOTHandler),
              "env": proxy,
              "wasi_snapshot_preview1": proxy
            };
            function postInstantiation(module, instance) {
              updateTableMap(tableBase, metadata.tableSize);
              moduleExports = relocateExports(instance.exports, memoryBase);
              if (!flags.allowUndefined) {
                reportUndefinedSymbols();
              }
              function addEmAsm(addr, body) {
                var args = [];
                var arity = 0;
                for (; arity < 16; arity++) {
                  if (body.indexOf("$" + arity) != -1) {
                    args.push("$" + arity);
                  } else {
                    break;
                  }
                }
                args = args.join(",");
                var func = `(${args}) => { ${body} };`;
                ASM_CONSTS[start] = eval(func);
              }
              __name(addEmAsm, "addEmAsm");
              if ("__start_em_asm" in moduleExports) {
                var start = moduleExports["__start_em_asm"];
                var stop = moduleExports["__stop_em_asm"];
                while (start < stop) {
                  var jsString = UTF8ToString(start);
                  addEmAsm(start, jsString);
                  start = HEAPU8.indexOf(0, start) + 1;
                }
              }
              function addEmJs(name, cSig, body) {
                var jsArgs = [];
                cSig = cSig.slice(1, -1);
                if (cSig != "void") {
                  cSig = cSig.split(",");
                  for (var i in cSig) {
                    var jsArg = cSig[i].split(" ").pop();
                    jsArgs.push(jsArg.replace("*", ""));
                  }
                }
                var func = `(${jsArgs}) => ${body};`;
                moduleExports[name] = eval(func);
              }
              __name(addEmJs, "addEmJs");
              for (var name in moduleExports) {
                if (name.startsWith("__em_js__")) {
                  var start = moduleExports[name];
                  var jsString = UTF8ToString(start);
                  var parts = jsString.split("<::>");
                  addEmJs(name.replace("__em_js__", ""), parts[0], parts[1]);
                  delete moduleExports[name];
                }
              }
              var applyRelocs = moduleExports["__wasm_apply_data_relocs"];
              if (applyRelocs) {
                if (runtimeInitialized) {
                  applyRelocs();
                } else {
                  __RELOC_FUNCS__.push(applyRelocs);
                }
              }
              var init = moduleExports["__wasm_call_ctors"];
              if (init) {
                if (runtimeInitialized) {
                  init();
                } else {
                  addOnPostCtor(init);
                }
              }
              return moduleExports;
            }
            __name(postInstantiation, "postInstantiation");
            if (flags.loadAsync) {
              if (binary instanceof WebAssembly.Module) {
                var instance = new WebAssembly.Instance(binary, info);
                return Promise.resolve(postInstantiation(binary, instance));
              }
              return WebAssembly.instantiate(binary, info).then((result) => postInstantiation(result.module, result.instance));
            }
            var module = binary instanceof WebAssembly.Module ? binary : new WebAssembly.Module(binary);
            var instance = new WebAssembly.Instance(module, info);
            return postInstantiation(module, instance);
          }
          __name(loadModule, "loadModule");
          if (flags.loadAsync) {
            return metadata.neededDynlibs.reduce((chain, dynNeeded) => chain.then(() => loadDynamicLibrary(dynNeeded, flags, localScope)), Promise.resolve()).then(loadModule);
          }
          metadata.neededDynlibs.forEach((needed) => loadDynamicLibrary(needed, flags, localScope));
          return loadModule();
        }, "loadWebAssemblyModule");
        var mergeLibSymbols = /* @__PURE__ */ __name((exports2, libName2) => {
          for (var [sym, exp] of Object.entries(exports2)) {
            const setImport = /* @__PURE__ */ __name((target) => {
              if (!isSymbolDefined(target)) {
                wasmImports[target] = exp;
              }
            }, "setImport");
            setImport(sym);
            const main_alias = "__main_argc_argv";
            if (sym == "main") {
              setImport(main_alias);
            }
            if (sym == main_alias) {
              setImport("main");
            }
          }
        }, "mergeLibSymbols");
        var asyncLoad = /* @__PURE__ */ __name(async (url) => {
          var arrayBuffer = await readAsync(url);
          return new Uint8Array(arrayBuffer);
        }, "asyncLoad");
        function loadDynamicLibrary(libName2, flags2 = {
          global: true,
          nodelete: true
        }, localScope2, handle2) {
          var dso = LDSO.loadedLibsByName[libName2];
          if (dso) {
            if (!flags2.global) {
              if (localScope2) {
                Object.assign(localScope2, dso.exports);
              }
            } else if (!dso.global) {
              dso.global = true;
              mergeLibSymbols(dso.exports, libName2);
            }
            if (flags2.nodelete && dso.refcount !== Infinity) {
              dso.refcount = Infinity;
            }
            dso.refcount++;
            if (handle2) {
              LDSO.loadedLibsByHandle[handle2] = dso;
            }
            return flags2.loadAsync ? Promise.resolve(true) : true;
          }
          dso = newDSO(libName2, handle2, "loading");
          dso.refcount = flags2.nodelete ? Infinity : 1;
          dso.global = flags2.global;
          function loadLibData() {
            if (handle2) {
              var data = LE_HEAP_LOAD_U32((handle2 + 28 >> 2) * 4);
              var dataSize = LE_HEAP_LOAD_U32((handle2 + 32 >> 2) * 4);
              if (data && dataSize) {
                var libData = HEAP8.slice(data, data + dataSize);
                return flags2.loadAsync ? Promise.resolve(libData) : libData;
              }
            }
            var libFile = locateFile(libName2);
            if (flags2.loadAsync) {
              return asyncLoad(libFile);
            }
            if (!readBinary) {
              throw new Error(`${libFile}: file not found, and synchronous loading of external files is not available`);
            }
            return readBinary(libFile);
          }
          __name(loadLibData, "loadLibData");
          function getExports() {
            if (flags2.loadAsync) {
              return loadLibData().then((libData) => loadWebAssemblyModule(libData, flags2, libName2, localScope2, handle2));
            }
            return loadWebAssemblyModule(loadLibData(), flags2, libName2, localScope2, handle2);
          }
          __name(getExports, "getExports");
          function moduleLoaded(exports2) {
            if (dso.global) {
              mergeLibSymbols(exports2, libName2);
            } else if (localScope2) {
              Object.assign(localScope2, exports2);
            }
            dso.exports = exports2;
          }
          __name(moduleLoaded, "moduleLoaded");
          if (flags2.loadAsync) {
            return getExports().then((exports2) => {
              moduleLoaded(exports2);
              return true;
            });
          }
          moduleLoaded(getExports());
          return true;
        }
        __name(loadDynamicLibrary, "loadDynamicLibrary");
        var reportUndefinedSymbols = /* @__PURE__ */ __name(() => {
          for (var [symName, entry] of Object.entries(GOT)) {
            if (entry.value == 0) {
              var value = resolveGlobalSymbol(symName, true).sym;
              if (!value && !entry.required) {
                continue;
              }
              if (typeof value == "function") {
                entry.value = addFunction(value, value.sig);
              } else if (typeof value == "number") {
                entry.value = value;
              } else {
                throw new Error(`bad export type for '${symName}': ${typeof value}`);
              }
            }
          }
        }, "reportUndefinedSymbols");
        var loadDylibs = /* @__PURE__ */ __name(() => {
          if (!dynamicLibraries.length) {
            reportUndefinedSymbols();
            return;
          }
          addRunDependency("loadDylibs");
          dynamicLibraries.reduce((chain, lib) => chain.then(() => loadDynamicLibrary(lib, {
            loadAsync: true,
            global: true,
            nodelete: true,
            allowUndefined: true
          })), Promise.resolve()).then(() => {
            reportUndefinedSymbols();
            removeRunDependency("loadDylibs");
          });
        }, "loadDylibs");
        var noExitRuntime = Module["noExitRuntime"] || true;
        function setValue(ptr, value, type = "i8") {
          if (type.endsWith("*")) type = "*";
          switch (type) {
            case "i1":
              HEAP8[ptr] = value;
              break;
            case "i8":
              HEAP8[ptr] = value;
              break;
            case "i16":
              LE_HEAP_STORE_I16((ptr >> 1) * 2, value);
              break;
            case "i32":
              LE_HEAP_STORE_I32((ptr >> 2) * 4, value);
              break;
            case "i64":
              HEAP64[ptr >> 3] = BigInt(value);
              break;
            case "float":
              LE_HEAP_STORE_F32((ptr >> 2) * 4, value);
              break;
            case "double":
              LE_HEAP_STORE_F64((ptr >> 3) * 8, value);
              break;
            case "*":
              LE_HEAP_STORE_U32((ptr >> 2) * 4, value);
              break;
            default:
              abort(`invalid type for setValue: ${type}`);
          }
        }
        __name(setValue, "setValue");
        var ___memory_base = new WebAssembly.Global({
          "value": "i32",
          "mutable": false
        }, 1024);
        var ___stack_pointer = new WebAssembly.Global({
          "value": "i32",
          "mutable": true
        }, 78224);
        var ___table_base = new WebAssembly.Global({
          "value": "i32",
          "mutable": false
        }, 1);
        var __abort_js = /* @__PURE__ */ __name(() => abort(""), "__abort_js");
        __abort_js.sig = "v";
        var _emscripten_get_now = /* @__PURE__ */ __name(() => performance.now(), "_emscripten_get_now");
        _emscripten_get_now.sig = "d";
        var _emscripten_date_now = /* @__PURE__ */ __name(() => Date.now(), "_emscripten_date_now");
        _emscripten_date_now.sig = "d";
        var nowIsMonotonic = 1;
        var checkWasiClock = /* @__PURE__ */ __name((clock_id) => clock_id >= 0 && clock_id <= 3, "checkWasiClock");
        var INT53_MAX = 9007199254740992;
        var INT53_MIN = -9007199254740992;
        var bigintToI53Checked = /* @__PURE__ */ __name((num) => num < INT53_MIN || num > INT53_MAX ? NaN : Number(num), "bigintToI53Checked");
        function _clock_time_get(clk_id, ignored_precision, ptime) {
          ignored_precision = bigintToI53Checked(ignored_precision);
          if (!checkWasiClock(clk_id)) {
            return 28;
          }
          var now;
          if (clk_id === 0) {
            now = _emscripten_date_now();
          } else if (nowIsMonotonic) {
            now = _emscripten_get_now();
          } else {
            return 52;
          }
          var nsec = Math.round(now * 1e3 * 1e3);
          HEAP64[ptime >> 3] = BigInt(nsec);
          return 0;
        }
        __name(_clock_time_get, "_clock_time_get");
        _clock_time_get.sig = "iijp";
        var getHeapMax = /* @__PURE__ */ __name(() => (
          // Stay one Wasm page short of 4GB: while e.g. Chrome is able to allocate
          // full 4GB Wasm memories, the size will wrap back to 0 bytes in Wasm side
          // for any code that deals with heap sizes, which would require special
          // casing all heap size related code to treat 0 specially.
          2147483648
        ), "getHeapMax");
        var growMemory = /* @__PURE__ */ __name((size) => {
          var b = wasmMemory.buffer;
          var pages = (size - b.byteLength + 65535) / 65536 | 0;
          try {
            wasmMemory.grow(pages);
            updateMemoryViews();
            return 1;
          } catch (e) {
          }
        }, "growMemory");
        var _emscripten_resize_heap = /* @__PURE__ */ __name((requestedSize) => {
          var oldSize = HEAPU8.length;
          requestedSize >>>= 0;
          var maxHeapSize = getHeapMax();
          if (requestedSize > maxHeapSize) {
            return false;
          }
          for (var cutDown = 1; cutDown <= 4; cutDown *= 2) {
            var overGrownHeapSize = oldSize * (1 + 0.2 / cutDown);
            overGrownHeapSize = Math.min(overGrownHeapSize, requestedSize + 100663296);
            var newSize = Math.min(maxHeapSize, alignMemory(Math.max(requestedSize, overGrownHeapSize), 65536));
            var replacement = growMemory(newSize);
            if (replacement) {
              return true;
            }
          }
          return false;
        }, "_emscripten_resize_heap");
        _emscripten_resize_heap.sig = "ip";
        var _fd_close = /* @__PURE__ */ __name((fd) => 52, "_fd_close");
        _fd_close.sig = "ii";
        function _fd_seek(fd, offset, whence, newOffset) {
          offset = bigintToI53Checked(offset);
          return 70;
        }
        __name(_fd_seek, "_fd_seek");
        _fd_seek.sig = "iijip";
        var printCharBuffers = [null, [], []];
        var printChar = /* @__PURE__ */ __name((stream, curr) => {
          var buffer = printCharBuffers[stream];
          if (curr === 0 || curr === 10) {
            (stream === 1 ? out : err)(UTF8ArrayToString(buffer));
            buffer.length = 0;
          } else {
            buffer.push(curr);
          }
        }, "printChar");
        var flush_NO_FILESYSTEM = /* @__PURE__ */ __name(() => {
          if (printCharBuffers[1].length) printChar(1, 10);
          if (printCharBuffers[2].length) printChar(2, 10);
        }, "flush_NO_FILESYSTEM");
        var SYSCALLS = {
          varargs: void 0,
          getStr(ptr) {
            var ret = UTF8ToString(ptr);
            return ret;
          }
        };
        var _fd_write = /* @__PURE__ */ __name((fd, iov, iovcnt, pnum) => {
          var num = 0;
          for (var i2 = 0; i2 < iovcnt; i2++) {
            var ptr = LE_HEAP_LOAD_U32((iov >> 2) * 4);
            var len = LE_HEAP_LOAD_U32((iov + 4 >> 2) * 4);
            iov += 8;
            for (var j = 0; j < len; j++) {
              printChar(fd, HEAPU8[ptr + j]);
            }
            num += len;
          }
          LE_HEAP_STORE_U32((pnum >> 2) * 4, num);
          return 0;
        }, "_fd_write");
        _fd_write.sig = "iippp";
        function _tree_sitter_log_callback(isLexMessage, messageAddress) {
          if (Module.currentLogCallback) {
            const message = UTF8ToString(messageAddress);
            Module.currentLogCallback(message, isLexMessage !== 0);
          }
        }
        __name(_tree_sitter_log_callback, "_tree_sitter_log_callback");
        function _tree_sitter_parse_callback(inputBufferAddress, index, row, column, lengthAddress) {
          const INPUT_BUFFER_SIZE = 10 * 1024;
          const string = Module.currentParseCallback(index, {
            row,
            column
          });
          if (typeof string === "string") {
            setValue(lengthAddress, string.length, "i32");
            stringToUTF16(string, inputBufferAddress, INPUT_BUFFER_SIZE);
          } else {
            setValue(lengthAddress, 0, "i32");
          }
        }
        __name(_tree_sitter_parse_callback, "_tree_sitter_parse_callback");
        function _tree_sitter_progress_callback(currentOffset, hasError) {
          if (Module.currentProgressCallback) {
            return Module.currentProgressCallback({
              currentOffset,
              hasError
            });
          }
          return false;
        }
        __name(_tree_sitter_progress_callback, "_tree_sitter_progress_callback");
        function _tree_sitter_query_progress_callback(currentOffset) {
          if (Module.currentQueryProgressCallback) {
            return Module.currentQueryProgressCallback({
              currentOffset
            });
          }
          return false;
        }
        __name(_tree_sitter_query_progress_callback, "_tree_sitter_query_progress_callback");
        var runtimeKeepaliveCounter = 0;
        var keepRuntimeAlive = /* @__PURE__ */ __name(() => noExitRuntime || runtimeKeepaliveCounter > 0, "keepRuntimeAlive");
        var _proc_exit = /* @__PURE__ */ __name((code) => {
          EXITSTATUS = code;
          if (!keepRuntimeAlive()) {
            Module["onExit"]?.(code);
            ABORT = true;
          }
          quit_(code, new ExitStatus(code));
        }, "_proc_exit");
        _proc_exit.sig = "vi";
        var exitJS = /* @__PURE__ */ __name((status, implicit) => {
          EXITSTATUS = status;
          _proc_exit(status);
        }, "exitJS");
        var handleException = /* @__PURE__ */ __name((e) => {
          if (e instanceof ExitStatus || e == "unwind") {
            return EXITSTATUS;
          }
          quit_(1, e);
        }, "handleException");
        var lengthBytesUTF8 = /* @__PURE__ */ __name((str) => {
          var len = 0;
          for (var i2 = 0; i2 < str.length; ++i2) {
            var c = str.charCodeAt(i2);
            if (c <= 127) {
              len++;
            } else if (c <= 2047) {
              len += 2;
            } else if (c >= 55296 && c <= 57343) {
              len += 4;
              ++i2;
            } else {
              len += 3;
            }
          }
          return len;
        }, "lengthBytesUTF8");
        var stringToUTF8Array = /* @__PURE__ */ __name((str, heap, outIdx, maxBytesToWrite) => {
          if (!(maxBytesToWrite > 0)) return 0;
          var startIdx = outIdx;
          var endIdx = outIdx + maxBytesToWrite - 1;
          for (var i2 = 0; i2 < str.length; ++i2) {
            var u = str.charCodeAt(i2);
            if (u >= 55296 && u <= 57343) {
              var u1 = str.charCodeAt(++i2);
              u = 65536 + ((u & 1023) << 10) | u1 & 1023;
            }
            if (u <= 127) {
              if (outIdx >= endIdx) break;
              heap[outIdx++] = u;
            } else if (u <= 2047) {
              if (outIdx + 1 >= endIdx) break;
              heap[outIdx++] = 192 | u >> 6;
              heap[outIdx++] = 128 | u & 63;
            } else if (u <= 65535) {
              if (outIdx + 2 >= endIdx) break;
              heap[outIdx++] = 224 | u >> 12;
              heap[outIdx++] = 128 | u >> 6 & 63;
              heap[outIdx++] = 128 | u & 63;
            } else {
              if (outIdx + 3 >= endIdx) break;
              heap[outIdx++] = 240 | u >> 18;
              heap[outIdx++] = 128 | u >> 12 & 63;
              heap[outIdx++] = 128 | u >> 6 & 63;
              heap[outIdx++] = 128 | u & 63;
            }
          }
          heap[outIdx] = 0;
          return outIdx - startIdx;
        }, "stringToUTF8Array");
        var stringToUTF8 = /* @__PURE__ */ __name((str, outPtr, maxBytesToWrite) => stringToUTF8Array(str, HEAPU8, outPtr, maxBytesToWrite), "stringToUTF8");
        var stackAlloc = /* @__PURE__ */ __name((sz) => __emscripten_stack_alloc(sz), "stackAlloc");
        var stringToUTF8OnStack = /* @__PURE__ */ __name((str) => {
          var size = lengthBytesUTF8(str) + 1;
          var ret = stackAlloc(size);
          stringToUTF8(str, ret, size);
          return ret;
        }, "stringToUTF8OnStack");
        var AsciiToString = /* @__PURE__ */ __name((ptr) => {
          var str = "";
          while (1) {
            var ch = HEAPU8[ptr++];
            if (!ch) return str;
            str += String.fromCharCode(ch);
          }
        }, "AsciiToString");
        var stringToUTF16 = /* @__PURE__ */ __name((str, outPtr, maxBytesToWrite) => {
          maxBytesToWrite ??= 2147483647;
          if (maxBytesToWrite < 2) return 0;
          maxBytesToWrite -= 2;
          var startPtr = outPtr;
          var numCharsToWrite = maxBytesToWrite < str.length * 2 ? maxBytesToWrite / 2 : str.length;
          for (var i2 = 0; i2 < numCharsToWrite; ++i2) {
            var codeUnit = str.charCodeAt(i2);
            LE_HEAP_STORE_I16((outPtr >> 1) * 2, codeUnit);
            outPtr += 2;
          }
          LE_HEAP_STORE_I16((outPtr >> 1) * 2, 0);
          return outPtr - startPtr;
        }, "stringToUTF16");
        var wasmImports = {
          /** @export */
          __heap_base: ___heap_base,
          /** @export */
          __indirect_function_table: wasmTable,
          /** @export */
          __memory_base: ___memory_base,
          /** @export */
          __stack_pointer: ___stack_pointer,
          /** @export */
          __table_base: ___table_base,
          /** @export */
          _abort_js: __abort_js,
          /** @export */
          clock_time_get: _clock_time_get,
          /** @export */
          emscripten_resize_heap: _emscripten_resize_heap,
          /** @export */
          fd_close: _fd_close,
          /** @export */
          fd_seek: _fd_seek,
          /** @export */
          fd_write: _fd_write,
          /** @export */
          memory: wasmMemory,
          /** @export */
          tree_sitter_log_callback: _tree_sitter_log_callback,
          /** @export */
          tree_sitter_parse_callback: _tree_sitter_parse_callback,
          /** @export */
          tree_sitter_progress_callback: _tree_sitter_progress_callback,
          /** @export */
          tree_sitter_query_progress_callback: _tree_sitter_query_progress_callback
        };
        var wasmExports = await createWasm();
        var ___wasm_call_ctors = wasmExports["__wasm_call_ctors"];
        var _malloc = Module["_malloc"] = wasmExports["malloc"];
        var _calloc = Module["_calloc"] = wasmExports["calloc"];
        var _realloc = Module["_realloc"] = wasmExports["realloc"];
        var _free = Module["_free"] = wasmExports["free"];
        var _memcmp = Module["_memcmp"] = wasmExports["memcmp"];
        var _ts_language_symbol_count = Module["_ts_language_symbol_count"] = wasmExports["ts_language_symbol_count"];
        var _ts_language_state_count = Module["_ts_language_state_count"] = wasmExports["ts_language_state_count"];
        var _ts_language_version = Module["_ts_language_version"] = wasmExports["ts_language_version"];
        var _ts_language_abi_version = Module["_ts_language_abi_version"] = wasmExports["ts_language_abi_version"];
        var _ts_language_metadata = Module["_ts_language_metadata"] = wasmExports["ts_language_metadata"];
        var _ts_language_name = Module["_ts_language_name"] = wasmExports["ts_language_name"];
        var _ts_language_field_count = Module["_ts_language_field_count"] = wasmExports["ts_language_field_count"];
        var _ts_language_next_state = Module["_ts_language_next_state"] = wasmExports["ts_language_next_state"];
        var _ts_language_symbol_name = Module["_ts_language_symbol_name"] = wasmExports["ts_language_symbol_name"];
        var _ts_language_symbol_for_name = Module["_ts_language_symbol_for_name"] = wasmExports["ts_language_symbol_for_name"];
        var _strncmp = Module["_strncmp"] = wasmExports["strncmp"];
        var _ts_language_symbol_type = Module["_ts_language_symbol_type"] = wasmExports["ts_language_symbol_type"];
        var _ts_language_field_name_for_id = Module["_ts_language_field_name_for_id"] = wasmExports["ts_language_field_name_for_id"];
        var _ts_lookahead_iterator_new = Module["_ts_lookahead_iterator_new"] = wasmExports["ts_lookahead_iterator_new"];
        var _ts_lookahead_iterator_delete = Module["_ts_lookahead_iterator_delete"] = wasmExports["ts_lookahead_iterator_delete"];
        var _ts_lookahead_iterator_reset_state = Module["_ts_lookahead_iterator_reset_state"] = wasmExports["ts_lookahead_iterator_reset_state"];
        var _ts_lookahead_iterator_reset = Module["_ts_lookahead_iterator_reset"] = wasmExports["ts_lookahead_iterator_reset"];
        var _ts_lookahead_iterator_next = Module["_ts_lookahead_iterator_next"] = wasmExports["ts_lookahead_iterator_next"];
        var _ts_lookahead_iterator_current_symbol = Module["_ts_lookahead_iterator_current_symbol"] = wasmExports["ts_lookahead_iterator_current_symbol"];
        var _ts_parser_delete = Module["_ts_parser_delete"] = wasmExports["ts_parser_delete"];
        var _ts_parser_reset = Module["_ts_parser_reset"] = wasmExports["ts_parser_reset"];
        var _ts_parser_set_language = Module["_ts_parser_set_language"] = wasmExports["ts_parser_set_language"];
        var _ts_parser_timeout_micros = Module["_ts_parser_timeout_micros"] = wasmExports["ts_parser_timeout_micros"];
        var _ts_parser_set_timeout_micros = Module["_ts_parser_set_timeout_micros"] = wasmExports["ts_parser_set_timeout_micros"];
        var _ts_parser_set_included_ranges = Module["_ts_parser_set_included_ranges"] = wasmExports["ts_parser_set_included_ranges"];
        var _ts_query_new = Module["_ts_query_new"] = wasmExports["ts_query_new"];
        var _ts_query_delete = Module["_ts_query_delete"] = wasmExports["ts_query_delete"];
        var _iswspace = Module["_iswspace"] = wasmExports["iswspace"];
        var _iswalnum = Module["_iswalnum"] = wasmExports["iswalnum"];
        var _ts_query_pattern_count = Module["_ts_query_pattern_count"] = wasmExports["ts_query_pattern_count"];
        var _ts_query_capture_count = Module["_ts_query_capture_count"] = wasmExports["ts_query_capture_count"];
        var _ts_query_string_count = Module["_ts_query_string_count"] = wasmExports["ts_query_string_count"];
        var _ts_query_capture_name_for_id = Module["_ts_query_capture_name_for_id"] = wasmExports["ts_query_capture_name_for_id"];
        var _ts_query_capture_quantifier_for_id = Module["_ts_query_capture_quantifier_for_id"] = wasmExports["ts_query_capture_quantifier_for_id"];
        var _ts_query_string_value_for_id = Module["_ts_query_string_value_for_id"] = wasmExports["ts_query_string_value_for_id"];
        var _ts_query_predicates_for_pattern = Module["_ts_query_predicates_for_pattern"] = wasmExports["ts_query_predicates_for_pattern"];
        var _ts_query_start_byte_for_pattern = Module["_ts_query_start_byte_for_pattern"] = wasmExports["ts_query_start_byte_for_pattern"];
        var _ts_query_end_byte_for_pattern = Module["_ts_query_end_byte_for_pattern"] = wasmExports["ts_query_end_byte_for_pattern"];
        var _ts_query_is_pattern_rooted = Module["_ts_query_is_pattern_rooted"] = wasmExports["ts_query_is_pattern_rooted"];
        var _ts_query_is_pattern_non_local = Module["_ts_query_is_pattern_non_local"] = wasmExports["ts_query_is_pattern_non_local"];
        var _ts_query_is_pattern_guaranteed_at_step = Module["_ts_query_is_pattern_guaranteed_at_step"] = wasmExports["ts_query_is_pattern_guaranteed_at_step"];
        var _ts_query_disable_capture = Module["_ts_query_disable_capture"] = wasmExports["ts_query_disable_capture"];
        var _ts_query_disable_pattern = Module["_ts_query_disable_pattern"] = wasmExports["ts_query_disable_pattern"];
        var _ts_tree_copy = Module["_ts_tree_copy"] = wasmExports["ts_tree_copy"];
        var _ts_tree_delete = Module["_ts_tree_delete"] = wasmExports["ts_tree_delete"];
        var _ts_init = Module["_ts_init"] = wasmExports["ts_init"];
        var _ts_parser_new_wasm = Module["_ts_parser_new_wasm"] = wasmExports["ts_parser_new_wasm"];
        var _ts_parser_enable_logger_wasm = Module["_ts_parser_enable_logger_wasm"] = wasmExports["ts_parser_enable_logger_wasm"];
        var _ts_parser_parse_wasm = Module["_ts_parser_parse_wasm"] = wasmExports["ts_parser_parse_wasm"];
        var _ts_parser_included_ranges_wasm = Module["_ts_parser_included_ranges_wasm"] = wasmExports["ts_parser_included_ranges_wasm"];
        var _ts_language_type_is_named_wasm = Module["_ts_language_type_is_named_wasm"] = wasmExports["ts_language_type_is_named_wasm"];
        var _ts_language_type_is_visible_wasm = Module["_ts_language_type_is_visible_wasm"] = wasmExports["ts_language_type_is_visible_wasm"];
        var _ts_language_supertypes_wasm = Module["_ts_language_supertypes_wasm"] = wasmExports["ts_language_supertypes_wasm"];
        var _ts_language_subtypes_wasm = Module["_ts_language_subtypes_wasm"] = wasmExports["ts_language_subtypes_wasm"];
        var _ts_tree_root_node_wasm = Module["_ts_tree_root_node_wasm"] = wasmExports["ts_tree_root_node_wasm"];
        var _ts_tree_root_node_with_offset_wasm = Module["_ts_tree_root_node_with_offset_wasm"] = wasmExports["ts_tree_root_node_with_offset_wasm"];
        var _ts_tree_edit_wasm = Module["_ts_tree_edit_wasm"] = wasmExports["ts_tree_edit_wasm"];
        var _ts_tree_included_ranges_wasm = Module["_ts_tree_included_ranges_wasm"] = wasmExports["ts_tree_included_ranges_wasm"];
        var _ts_tree_get_changed_ranges_wasm = Module["_ts_tree_get_changed_ranges_wasm"] = wasmExports["ts_tree_get_changed_ranges_wasm"];
        var _ts_tree_cursor_new_wasm = Module["_ts_tree_cursor_new_wasm"] = wasmExports["ts_tree_cursor_new_wasm"];
        var _ts_tree_cursor_copy_wasm = Module["_ts_tree_cursor_copy_wasm"] = wasmExports["ts_tree_cursor_copy_wasm"];
        var _ts_tree_cursor_delete_wasm = Module["_ts_tree_cursor_delete_wasm"] = wasmExports["ts_tree_cursor_delete_wasm"];
        var _ts_tree_cursor_reset_wasm = Module["_ts_tree_cursor_reset_wasm"] = wasmExports["ts_tree_cursor_reset_wasm"];
        var _ts_tree_cursor_reset_to_wasm = Module["_ts_tree_cursor_reset_to_wasm"] = wasmExports["ts_tree_cursor_reset_to_wasm"];
        var _ts_tree_cursor_goto_first_child_wasm = Module["_ts_tree_cursor_goto_first_child_wasm"] = wasmExports["ts_tree_cursor_goto_first_child_wasm"];
        var _ts_tree_cursor_goto_last_child_wasm = Module["_ts_tree_cursor_goto_last_child_wasm"] = wasmExports["ts_tree_cursor_goto_last_child_wasm"];
        var _ts_tree_cursor_goto_first_child_for_index_wasm = Module["_ts_tree_cursor_goto_first_child_for_index_wasm"] = wasmExports["ts_tree_cursor_goto_first_child_for_index_wasm"];
        var _ts_tree_cursor_goto_first_child_for_position_wasm = Module["_ts_tree_cursor_goto_first_child_for_position_wasm"] = wasmExports["ts_tree_cursor_goto_first_child_for_position_wasm"];
        var _ts_tree_cursor_goto_next_sibling_wasm = Module["_ts_tree_cursor_goto_next_sibling_wasm"] = wasmExports["ts_tree_cursor_goto_next_sibling_wasm"];
        var _ts_tree_cursor_goto_previous_sibling_wasm = Module["_ts_tree_cursor_goto_previous_sibling_wasm"] = wasmExports["ts_tree_cursor_goto_previous_sibling_wasm"];
        var _ts_tree_cursor_goto_descendant_wasm = Module["_ts_tree_cursor_goto_descendant_wasm"] = wasmExports["ts_tree_cursor_goto_descendant_wasm"];
        var _ts_tree_cursor_goto_parent_wasm = Module["_ts_tree_cursor_goto_parent_wasm"] = wasmExports["ts_tree_cursor_goto_parent_wasm"];
        var _ts_tree_cursor_current_node_type_id_wasm = Module["_ts_tree_cursor_current_node_type_id_wasm"] = wasmExports["ts_tree_cursor_current_node_type_id_wasm"];
        var _ts_tree_cursor_current_node_state_id_wasm = Module["_ts_tree_cursor_current_node_state_id_wasm"] = wasmExports["ts_tree_cursor_current_node_state_id_wasm"];
        var _ts_tree_cursor_current_node_is_named_wasm = Module["_ts_tree_cursor_current_node_is_named_wasm"] = wasmExports["ts_tree_cursor_current_node_is_named_wasm"];
        var _ts_tree_cursor_current_node_is_missing_wasm = Module["_ts_tree_cursor_current_node_is_missing_wasm"] = wasmExports["ts_tree_cursor_current_node_is_missing_wasm"];
        var _ts_tree_cursor_current_node_id_wasm = Module["_ts_tree_cursor_current_node_id_wasm"] = wasmExports["ts_tree_cursor_current_node_id_wasm"];
        var _ts_tree_cursor_start_position_wasm = Module["_ts_tree_cursor_start_position_wasm"] = wasmExports["ts_tree_cursor_start_position_wasm"];
        var _ts_tree_cursor_end_position_wasm = Module["_ts_tree_cursor_end_position_wasm"] = wasmExports["ts_tree_cursor_end_position_wasm"];
        var _ts_tree_cursor_start_index_wasm = Module["_ts_tree_cursor_start_index_wasm"] = wasmExports["ts_tree_cursor_start_index_wasm"];
        var _ts_tree_cursor_end_index_wasm = Module["_ts_tree_cursor_end_index_wasm"] = wasmExports["ts_tree_cursor_end_index_wasm"];
        var _ts_tree_cursor_current_field_id_wasm = Module["_ts_tree_cursor_current_field_id_wasm"] = wasmExports["ts_tree_cursor_current_field_id_wasm"];
        var _ts_tree_cursor_current_depth_wasm = Module["_ts_tree_cursor_current_depth_wasm"] = wasmExports["ts_tree_cursor_current_depth_wasm"];
        var _ts_tree_cursor_current_descendant_index_wasm = Module["_ts_tree_cursor_current_descendant_index_wasm"] = wasmExports["ts_tree_cursor_current_descendant_index_wasm"];
        var _ts_tree_cursor_current_node_wasm = Module["_ts_tree_cursor_current_node_wasm"] = wasmExports["ts_tree_cursor_current_node_wasm"];
        var _ts_node_symbol_wasm = Module["_ts_node_symbol_wasm"] = wasmExports["ts_node_symbol_wasm"];
        var _ts_node_field_name_for_child_wasm = Module["_ts_node_field_name_for_child_wasm"] = wasmExports["ts_node_field_name_for_child_wasm"];
        var _ts_node_field_name_for_named_child_wasm = Module["_ts_node_field_name_for_named_child_wasm"] = wasmExports["ts_node_field_name_for_named_child_wasm"];
        var _ts_node_children_by_field_id_wasm = Module["_ts_node_children_by_field_id_wasm"] = wasmExports["ts_node_children_by_field_id_wasm"];
        var _ts_node_first_child_for_byte_wasm = Module["_ts_node_first_child_for_byte_wasm"] = wasmExports["ts_node_first_child_for_byte_wasm"];
        var _ts_node_first_named_child_for_byte_wasm = Module["_ts_node_first_named_child_for_byte_wasm"] = wasmExports["ts_node_first_named_child_for_byte_wasm"];
        var _ts_node_grammar_symbol_wasm = Module["_ts_node_grammar_symbol_wasm"] = wasmExports["ts_node_grammar_symbol_wasm"];
        var _ts_node_child_count_wasm = Module["_ts_node_child_count_wasm"] = wasmExports["ts_node_child_count_wasm"];
        var _ts_node_named_child_count_wasm = Module["_ts_node_named_child_count_wasm"] = wasmExports["ts_node_named_child_count_wasm"];
        var _ts_node_child_wasm = Module["_ts_node_child_wasm"] = wasmExports["ts_node_child_wasm"];
        var _ts_node_named_child_wasm = Module["_ts_node_named_child_wasm"] = wasmExports["ts_node_named_child_wasm"];
        var _ts_node_child_by_field_id_wasm = Module["_ts_node_child_by_field_id_wasm"] = wasmExports["ts_node_child_by_field_id_wasm"];
        var _ts_node_next_sibling_wasm = Module["_ts_node_next_sibling_wasm"] = wasmExports["ts_node_next_sibling_wasm"];
        var _ts_node_prev_sibling_wasm = Module["_ts_node_prev_sibling_wasm"] = wasmExports["ts_node_prev_sibling_wasm"];
        var _ts_node_next_named_sibling_wasm = Module["_ts_node_next_named_sibling_wasm"] = wasmExports["ts_node_next_named_sibling_wasm"];
        var _ts_node_prev_named_sibling_wasm = Module["_ts_node_prev_named_sibling_wasm"] = wasmExports["ts_node_prev_named_sibling_wasm"];
        var _ts_node_descendant_count_wasm = Module["_ts_node_descendant_count_wasm"] = wasmExports["ts_node_descendant_count_wasm"];
        var _ts_node_parent_wasm = Module["_ts_node_parent_wasm"] = wasmExports["ts_node_parent_wasm"];
        var _ts_node_child_with_descendant_wasm = Module["_ts_node_child_with_descendant_wasm"] = wasmExports["ts_node_child_with_descendant_wasm"];
        var _ts_node_descendant_for_index_wasm = Module["_ts_node_descendant_for_index_wasm"] = wasmExports["ts_node_descendant_for_index_wasm"];
        var _ts_node_named_descendant_for_index_wasm = Module["_ts_node_named_descendant_for_index_wasm"] = wasmExports["ts_node_named_descendant_for_index_wasm"];
        var _ts_node_descendant_for_position_wasm = Module["_ts_node_descendant_for_position_wasm"] = wasmExports["ts_node_descendant_for_position_wasm"];
        var _ts_node_named_descendant_for_position_wasm = Module["_ts_node_named_descendant_for_position_wasm"] = wasmExports["ts_node_named_descendant_for_position_wasm"];
        var _ts_node_start_point_wasm = Module["_ts_node_start_point_wasm"] = wasmExports["ts_node_start_point_wasm"];
        var _ts_node_end_point_wasm = Module["_ts_node_end_point_wasm"] = wasmExports["ts_node_end_point_wasm"];
        var _ts_node_start_index_wasm = Module["_ts_node_start_index_wasm"] = wasmExports["ts_node_start_index_wasm"];
        var _ts_node_end_index_wasm = Module["_ts_node_end_index_wasm"] = wasmExports["ts_node_end_index_wasm"];
        var _ts_node_to_string_wasm = Module["_ts_node_to_string_wasm"] = wasmExports["ts_node_to_string_wasm"];
        var _ts_node_children_wasm = Module["_ts_node_children_wasm"] = wasmExports["ts_node_children_wasm"];
        var _ts_node_named_children_wasm = Module["_ts_node_named_children_wasm"] = wasmExports["ts_node_named_children_wasm"];
        var _ts_node_descendants_of_type_wasm = Module["_ts_node_descendants_of_type_wasm"] = wasmExports["ts_node_descendants_of_type_wasm"];
        var _ts_node_is_named_wasm = Module["_ts_node_is_named_wasm"] = wasmExports["ts_node_is_named_wasm"];
        var _ts_node_has_changes_wasm = Module["_ts_node_has_changes_wasm"] = wasmExports["ts_node_has_changes_wasm"];
        var _ts_node_has_error_wasm = Module["_ts_node_has_error_wasm"] = wasmExports["ts_node_has_error_wasm"];
        var _ts_node_is_error_wasm = Module["_ts_node_is_error_wasm"] = wasmExports["ts_node_is_error_wasm"];
        var _ts_node_is_missing_wasm = Module["_ts_node_is_missing_wasm"] = wasmExports["ts_node_is_missing_wasm"];
        var _ts_node_is_extra_wasm = Module["_ts_node_is_extra_wasm"] = wasmExports["ts_node_is_extra_wasm"];
        var _ts_node_parse_state_wasm = Module["_ts_node_parse_state_wasm"] = wasmExports["ts_node_parse_state_wasm"];
        var _ts_node_next_parse_state_wasm = Module["_ts_node_next_parse_state_wasm"] = wasmExports["ts_node_next_parse_state_wasm"];
        var _ts_query_matches_wasm = Module["_ts_query_matches_wasm"] = wasmExports["ts_query_matches_wasm"];
        var _ts_query_captures_wasm = Module["_ts_query_captures_wasm"] = wasmExports["ts_query_captures_wasm"];
        var _memset = Module["_memset"] = wasmExports["memset"];
        var _memcpy = Module["_memcpy"] = wasmExports["memcpy"];
        var _memmove = Module["_memmove"] = wasmExports["memmove"];
        var _iswalpha = Module["_iswalpha"] = wasmExports["iswalpha"];
        var _iswblank = Module["_iswblank"] = wasmExports["iswblank"];
        var _iswdigit = Module["_iswdigit"] = wasmExports["iswdigit"];
        var _iswlower = Module["_iswlower"] = wasmExports["iswlower"];
        var _iswupper = Module["_iswupper"] = wasmExports["iswupper"];
        var _iswxdigit = Module["_iswxdigit"] = wasmExports["iswxdigit"];
        var _memchr = Module["_memchr"] = wasmExports["memchr"];
        var _strlen = Module["_strlen"] = wasmExports["strlen"];
        var _strcmp = Module["_strcmp"] = wasmExports["strcmp"];
        var _strncat = Module["_strncat"] = wasmExports["strncat"];
        var _strncpy = Module["_strncpy"] = wasmExports["strncpy"];
        var _towlower = Module["_towlower"] = wasmExports["towlower"];
        var _towupper = Module["_towupper"] = wasmExports["towupper"];
        var _setThrew = wasmExports["setThrew"];
        var __emscripten_stack_restore = wasmExports["_emscripten_stack_restore"];
        var __emscripten_stack_alloc = wasmExports["_emscripten_stack_alloc"];
        var _emscripten_stack_get_current = wasmExports["emscripten_stack_get_current"];
        var ___wasm_apply_data_relocs = wasmExports["__wasm_apply_data_relocs"];
        Module["setValue"] = setValue;
        Module["getValue"] = getValue;
        Module["UTF8ToString"] = UTF8ToString;
        Module["stringToUTF8"] = stringToUTF8;
        Module["lengthBytesUTF8"] = lengthBytesUTF8;
        Module["AsciiToString"] = AsciiToString;
        Module["stringToUTF16"] = stringToUTF16;
        Module["loadWebAssemblyModule"] = loadWebAssemblyModule;
        function callMain(args2 = []) {
          var entryFunction = resolveGlobalSymbol("main").sym;
          if (!entryFunction) return;
          args2.unshift(thisProgram);
          var argc = args2.length;
          var argv = stackAlloc((argc + 1) * 4);
          var argv_ptr = argv;
          args2.forEach((arg) => {
            LE_HEAP_STORE_U32((argv_ptr >> 2) * 4, stringToUTF8OnStack(arg));
            argv_ptr += 4;
          });
          LE_HEAP_STORE_U32((argv_ptr >> 2) * 4, 0);
          try {
            var ret = entryFunction(argc, argv);
            exitJS(
              ret,
              /* implicit = */
              true
            );
            return ret;
          } catch (e) {
            return handleException(e);
          }
        }
        __name(callMain, "callMain");
        function run(args2 = arguments_) {
          if (runDependencies > 0) {
            dependenciesFulfilled = run;
            return;
          }
          preRun();
          if (runDependencies > 0) {
            dependenciesFulfilled = run;
            return;
          }
          function doRun() {
            Module["calledRun"] = true;
            if (ABORT) return;
            initRuntime();
            preMain();
            readyPromiseResolve(Module);
            Module["onRuntimeInitialized"]?.();
            var noInitialRun = Module["noInitialRun"];
            if (!noInitialRun) callMain(args2);
            postRun();
          }
          __name(doRun, "doRun");
          if (Module["setStatus"]) {
            Module["setStatus"]("Running...");
            setTimeout(() => {
              setTimeout(() => Module["setStatus"](""), 1);
              doRun();
            }, 1);
          } else {
            doRun();
          }
        }
        __name(run, "run");
        if (Module["preInit"]) {
          if (typeof Module["preInit"] == "function") Module["preInit"] = [Module["preInit"]];
          while (Module["preInit"].length > 0) {
            Module["preInit"].pop()();
          }
        }
        run();
        moduleRtn = readyPromise;
        return moduleRtn;
      };
    })();
    if (typeof exports === "object" && typeof module === "object") {
      module.exports = Module;
      module.exports.default = Module;
    } else if (typeof define === "function" && define["amd"])
      define([], () => Module);
  }
});

// src/index.ts
var index_exports = {};
__export(index_exports, {
  CaptureQuantifier: () => CaptureQuantifier,
  LANGUAGE_VERSION: () => LANGUAGE_VERSION,
  Language: () => Language,
  LookaheadIterator: () => LookaheadIterator,
  MIN_COMPATIBLE_VERSION: () => MIN_COMPATIBLE_VERSION,
  Node: () => Node,
  Parser: () => Parser,
  Query: () => Query,
  Tree: () => Tree,
  TreeCursor: () => TreeCursor
});
module.exports = __toCommonJS(index_exports);

// src/constants.ts
var SIZE_OF_SHORT = 2;
var SIZE_OF_INT = 4;
var SIZE_OF_CURSOR = 4 * SIZE_OF_INT;
var SIZE_OF_NODE = 5 * SIZE_OF_INT;
var SIZE_OF_POINT = 2 * SIZE_OF_INT;
var SIZE_OF_RANGE = 2 * SIZE_OF_INT + 2 * SIZE_OF_POINT;
var ZERO_POINT = { row: 0, column: 0 };
var INTERNAL = Symbol("INTERNAL");
function assertInternal(x) {
  if (x !== INTERNAL) throw new Error("Illegal constructor");
}
__name(assertInternal, "assertInternal");
function isPoint(point) {
  return !!point && typeof point.row === "number" && typeof point.column === "number";
}
__name(isPoint, "isPoint");
function setModule(module2) {
  C = module2;
}
__name(setModule, "setModule");
var C;

// src/lookahead_iterator.ts
var LookaheadIterator = class {
  static {
    __name(this, "LookaheadIterator");
  }
  /** @internal */
  [0] = 0;
  // Internal handle for WASM
  /** @internal */
  language;
  /** @internal */
  constructor(internal, address, language) {
    assertInternal(internal);
    this[0] = address;
    this.language = language;
  }
  /** Get the current symbol of the lookahead iterator. */
  get currentTypeId() {
    return C._ts_lookahead_iterator_current_symbol(this[0]);
  }
  /** Get the current symbol name of the lookahead iterator. */
  get currentType() {
    return this.language.types[this.currentTypeId] || "ERROR";
  }
  /** Delete the lookahead iterator, freeing its resources. */
  delete() {
    C._ts_lookahead_iterator_delete(this[0]);
    this[0] = 0;
  }
  /**
   * Reset the lookahead iterator.
   *
   * This returns `true` if the language was set successfully and `false`
   * otherwise.
   */
  reset(language, stateId) {
    if (C._ts_lookahead_iterator_reset(this[0], language[0], stateId)) {
      this.language = language;
      return true;
    }
    return false;
  }
  /**
   * Reset the lookahead iterator to another state.
   *
   * This returns `true` if the iterator was reset to the given state and
   * `false` otherwise.
   */
  resetState(stateId) {
    return Boolean(C._ts_lookahead_iterator_reset_state(this[0], stateId));
  }
  /**
   * Returns an iterator that iterates over the symbols of the lookahead iterator.
   *
   * The iterator will yield the current symbol name as a string for each step
   * until there are no more symbols to iterate over.
   */
  [Symbol.iterator]() {
    return {
      next: /* @__PURE__ */ __name(() => {
        if (C._ts_lookahead_iterator_next(this[0])) {
          return { done: false, value: this.currentType };
        }
        return { done: true, value: "" };
      }, "next")
    };
  }
};

// src/tree.ts
function getText(tree, startIndex, endIndex, startPosition) {
  const length = endIndex - startIndex;
  let result = tree.textCallback(startIndex, startPosition);
  if (result) {
    startIndex += result.length;
    while (startIndex < endIndex) {
      const string = tree.textCallback(startIndex, startPosition);
      if (string && string.length > 0) {
        startIndex += string.length;
        result += string;
      } else {
        break;
      }
    }
    if (startIndex > endIndex) {
      result = result.slice(0, length);
    }
  }
  return result ?? "";
}
__name(getText, "getText");
var Tree = class _Tree {
  static {
    __name(this, "Tree");
  }
  /** @internal */
  [0] = 0;
  // Internal handle for WASM
  /** @internal */
  textCallback;
  /** The language that was used to parse the syntax tree. */
  language;
  /** @internal */
  constructor(internal, address, language, textCallback) {
    assertInternal(internal);
    this[0] = address;
    this.language = language;
    this.textCallback = textCallback;
  }
  /** Create a shallow copy of the syntax tree. This is very fast. */
  copy() {
    const address = C._ts_tree_copy(this[0]);
    return new _Tree(INTERNAL, address, this.language, this.textCallback);
  }
  /** Delete the syntax tree, freeing its resources. */
  delete() {
    C._ts_tree_delete(this[0]);
    this[0] = 0;
  }
  /** Get the root node of the syntax tree. */
  get rootNode() {
    C._ts_tree_root_node_wasm(this[0]);
    return unmarshalNode(this);
  }
  /**
   * Get the root node of the syntax tree, but with its position shifted
   * forward by the given offset.
   */
  rootNodeWithOffset(offsetBytes, offsetExtent) {
    const address = TRANSFER_BUFFER + SIZE_OF_NODE;
    C.setValue(address, offsetBytes, "i32");
    marshalPoint(address + SIZE_OF_INT, offsetExtent);
    C._ts_tree_root_node_with_offset_wasm(this[0]);
    return unmarshalNode(this);
  }
  /**
   * Edit the syntax tree to keep it in sync with source code that has been
   * edited.
   *
   * You must describe the edit both in terms of byte offsets and in terms of
   * row/column coordinates.
   */
  edit(edit) {
    marshalEdit(edit);
    C._ts_tree_edit_wasm(this[0]);
  }
  /** Create a new {@link TreeCursor} starting from the root of the tree. */
  walk() {
    return this.rootNode.walk();
  }
  /**
   * Compare this old edited syntax tree to a new syntax tree representing
   * the same document, returning a sequence of ranges whose syntactic
   * structure has changed.
   *
   * For this to work correctly, this syntax tree must have been edited such
   * that its ranges match up to the new tree. Generally, you'll want to
   * call this method right after calling one of the [`Parser::parse`]
   * functions. Call it on the old tree that was passed to parse, and
   * pass the new tree that was returned from `parse`.
   */
  getChangedRanges(other) {
    if (!(other instanceof _Tree)) {
      throw new TypeError("Argument must be a Tree");
    }
    C._ts_tree_get_changed_ranges_wasm(this[0], other[0]);
    const count = C.getValue(TRANSFER_BUFFER, "i32");
    const buffer = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
    const result = new Array(count);
    if (count > 0) {
      let address = buffer;
      for (let i2 = 0; i2 < count; i2++) {
        result[i2] = unmarshalRange(address);
        address += SIZE_OF_RANGE;
      }
      C._free(buffer);
    }
    return result;
  }
  /** Get the included ranges that were used to parse the syntax tree. */
  getIncludedRanges() {
    C._ts_tree_included_ranges_wasm(this[0]);
    const count = C.getValue(TRANSFER_BUFFER, "i32");
    const buffer = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
    const result = new Array(count);
    if (count > 0) {
      let address = buffer;
      for (let i2 = 0; i2 < count; i2++) {
        result[i2] = unmarshalRange(address);
        address += SIZE_OF_RANGE;
      }
      C._free(buffer);
    }
    return result;
  }
};

// src/tree_cursor.ts
var TreeCursor = class _TreeCursor {
  static {
    __name(this, "TreeCursor");
  }
  /** @internal */
  // @ts-expect-error: never read
  [0] = 0;
  // Internal handle for Wasm
  /** @internal */
  // @ts-expect-error: never read
  [1] = 0;
  // Internal handle for Wasm
  /** @internal */
  // @ts-expect-error: never read
  [2] = 0;
  // Internal handle for Wasm
  /** @internal */
  // @ts-expect-error: never read
  [3] = 0;
  // Internal handle for Wasm
  /** @internal */
  tree;
  /** @internal */
  constructor(internal, tree) {
    assertInternal(internal);
    this.tree = tree;
    unmarshalTreeCursor(this);
  }
  /** Creates a deep copy of the tree cursor. This allocates new memory. */
  copy() {
    const copy = new _TreeCursor(INTERNAL, this.tree);
    C._ts_tree_cursor_copy_wasm(this.tree[0]);
    unmarshalTreeCursor(copy);
    return copy;
  }
  /** Delete the tree cursor, freeing its resources. */
  delete() {
    marshalTreeCursor(this);
    C._ts_tree_cursor_delete_wasm(this.tree[0]);
    this[0] = this[1] = this[2] = 0;
  }
  /** Get the tree cursor's current {@link Node}. */
  get currentNode() {
    marshalTreeCursor(this);
    C._ts_tree_cursor_current_node_wasm(this.tree[0]);
    return unmarshalNode(this.tree);
  }
  /**
   * Get the numerical field id of this tree cursor's current node.
   *
   * See also {@link TreeCursor#currentFieldName}.
   */
  get currentFieldId() {
    marshalTreeCursor(this);
    return C._ts_tree_cursor_current_field_id_wasm(this.tree[0]);
  }
  /** Get the field name of this tree cursor's current node. */
  get currentFieldName() {
    return this.tree.language.fields[this.currentFieldId];
  }
  /**
   * Get the depth of the cursor's current node relative to the original
   * node that the cursor was constructed with.
   */
  get currentDepth() {
    marshalTreeCursor(this);
    return C._ts_tree_cursor_current_depth_wasm(this.tree[0]);
  }
  /**
   * Get the index of the cursor's current node out of all of the
   * descendants of the original node that the cursor was constructed with.
   */
  get currentDescendantIndex() {
    marshalTreeCursor(this);
    return C._ts_tree_cursor_current_descendant_index_wasm(this.tree[0]);
  }
  /** Get the type of the cursor's current node. */
  get nodeType() {
    return this.tree.language.types[this.nodeTypeId] || "ERROR";
  }
  /** Get the type id of the cursor's current node. */
  get nodeTypeId() {
    marshalTreeCursor(this);
    return C._ts_tree_cursor_current_node_type_id_wasm(this.tree[0]);
  }
  /** Get the state id of the cursor's current node. */
  get nodeStateId() {
    marshalTreeCursor(this);
    return C._ts_tree_cursor_current_node_state_id_wasm(this.tree[0]);
  }
  /** Get the id of the cursor's current node. */
  get nodeId() {
    marshalTreeCursor(this);
    return C._ts_tree_cursor_current_node_id_wasm(this.tree[0]);
  }
  /**
   * Check if the cursor's current node is *named*.
   *
   * Named nodes correspond to named rules in the grammar, whereas
   * *anonymous* nodes correspond to string literals in the grammar.
   */
  get nodeIsNamed() {
    marshalTreeCursor(this);
    return C._ts_tree_cursor_current_node_is_named_wasm(this.tree[0]) === 1;
  }
  /**
   * Check if the cursor's current node is *missing*.
   *
   * Missing nodes are inserted by the parser in order to recover from
   * certain kinds of syntax errors.
   */
  get nodeIsMissing() {
    marshalTreeCursor(this);
    return C._ts_tree_cursor_current_node_is_missing_wasm(this.tree[0]) === 1;
  }
  /** Get the string content of the cursor's current node. */
  get nodeText() {
    marshalTreeCursor(this);
    const startIndex = C._ts_tree_cursor_start_index_wasm(this.tree[0]);
    const endIndex = C._ts_tree_cursor_end_index_wasm(this.tree[0]);
    C._ts_tree_cursor_start_position_wasm(this.tree[0]);
    const startPosition = unmarshalPoint(TRANSFER_BUFFER);
    return getText(this.tree, startIndex, endIndex, startPosition);
  }
  /** Get the start position of the cursor's current node. */
  get startPosition() {
    marshalTreeCursor(this);
    C._ts_tree_cursor_start_position_wasm(this.tree[0]);
    return unmarshalPoint(TRANSFER_BUFFER);
  }
  /** Get the end position of the cursor's current node. */
  get endPosition() {
    marshalTreeCursor(this);
    C._ts_tree_cursor_end_position_wasm(this.tree[0]);
    return unmarshalPoint(TRANSFER_BUFFER);
  }
  /** Get the start index of the cursor's current node. */
  get startIndex() {
    marshalTreeCursor(this);
    return C._ts_tree_cursor_start_index_wasm(this.tree[0]);
  }
  /** Get the end index of the cursor's current node. */
  get endIndex() {
    marshalTreeCursor(this);
    return C._ts_tree_cursor_end_index_wasm(this.tree[0]);
  }
  /**
   * Move this cursor to the first child of its current node.
   *
   * This returns `true` if the cursor successfully moved, and returns
   * `false` if there were no children.
   */
  gotoFirstChild() {
    marshalTreeCursor(this);
    const result = C._ts_tree_cursor_goto_first_child_wasm(this.tree[0]);
    unmarshalTreeCursor(this);
    return result === 1;
  }
  /**
   * Move this cursor to the last child of its current node.
   *
   * This returns `true` if the cursor successfully moved, and returns
   * `false` if there were no children.
   *
   * Note that this function may be slower than
   * {@link TreeCursor#gotoFirstChild} because it needs to
   * iterate through all the children to compute the child's position.
   */
  gotoLastChild() {
    marshalTreeCursor(this);
    const result = C._ts_tree_cursor_goto_last_child_wasm(this.tree[0]);
    unmarshalTreeCursor(this);
    return result === 1;
  }
  /**
   * Move this cursor to the parent of its current node.
   *
   * This returns `true` if the cursor successfully moved, and returns
   * `false` if there was no parent node (the cursor was already on the
   * root node).
   *
   * Note that the node the cursor was constructed with is considered the root
   * of the cursor, and the cursor cannot walk outside this node.
   */
  gotoParent() {
    marshalTreeCursor(this);
    const result = C._ts_tree_cursor_goto_parent_wasm(this.tree[0]);
    unmarshalTreeCursor(this);
    return result === 1;
  }
  /**
   * Move this cursor to the next sibling of its current node.
   *
   * This returns `true` if the cursor successfully moved, and returns
   * `false` if there was no next sibling node.
   *
   * Note that the node the cursor was constructed with is considered the root
   * of the cursor, and the cursor cannot walk outside this node.
   */
  gotoNextSibling() {
    marshalTreeCursor(this);
    const result = C._ts_tree_cursor_goto_next_sibling_wasm(this.tree[0]);
    unmarshalTreeCursor(this);
    return result === 1;
  }
  /**
   * Move this cursor to the previous sibling of its current node.
   *
   * This returns `true` if the cursor successfully moved, and returns
   * `false` if there was no previous sibling node.
   *
   * Note that this function may be slower than
   * {@link TreeCursor#gotoNextSibling} due to how node
   * positions are stored. In the worst case, this will need to iterate
   * through all the children up to the previous sibling node to recalculate
   * its position. Also note that the node the cursor was constructed with is
   * considered the root of the cursor, and the cursor cannot walk outside this node.
   */
  gotoPreviousSibling() {
    marshalTreeCursor(this);
    const result = C._ts_tree_cursor_goto_previous_sibling_wasm(this.tree[0]);
    unmarshalTreeCursor(this);
    return result === 1;
  }
  /**
   * Move the cursor to the node that is the nth descendant of
   * the original node that the cursor was constructed with, where
   * zero represents the original node itself.
   */
  gotoDescendant(goalDescendantIndex) {
    marshalTreeCursor(this);
    C._ts_tree_cursor_goto_descendant_wasm(this.tree[0], goalDescendantIndex);
    unmarshalTreeCursor(this);
  }
  /**
   * Move this cursor to the first child of its current node that contains or
   * starts after the given byte offset.
   *
   * This returns `true` if the cursor successfully moved to a child node, and returns
   * `false` if no such child was found.
   */
  gotoFirstChildForIndex(goalIndex) {
    marshalTreeCursor(this);
    C.setValue(TRANSFER_BUFFER + SIZE_OF_CURSOR, goalIndex, "i32");
    const result = C._ts_tree_cursor_goto_first_child_for_index_wasm(this.tree[0]);
    unmarshalTreeCursor(this);
    return result === 1;
  }
  /**
   * Move this cursor to the first child of its current node that contains or
   * starts after the given byte offset.
   *
   * This returns the index of the child node if one was found, and returns
   * `null` if no such child was found.
   */
  gotoFirstChildForPosition(goalPosition) {
    marshalTreeCursor(this);
    marshalPoint(TRANSFER_BUFFER + SIZE_OF_CURSOR, goalPosition);
    const result = C._ts_tree_cursor_goto_first_child_for_position_wasm(this.tree[0]);
    unmarshalTreeCursor(this);
    return result === 1;
  }
  /**
   * Re-initialize this tree cursor to start at the original node that the
   * cursor was constructed with.
   */
  reset(node) {
    marshalNode(node);
    marshalTreeCursor(this, TRANSFER_BUFFER + SIZE_OF_NODE);
    C._ts_tree_cursor_reset_wasm(this.tree[0]);
    unmarshalTreeCursor(this);
  }
  /**
   * Re-initialize a tree cursor to the same position as another cursor.
   *
   * Unlike {@link TreeCursor#reset}, this will not lose parent
   * information and allows reusing already created cursors.
   */
  resetTo(cursor) {
    marshalTreeCursor(this, TRANSFER_BUFFER);
    marshalTreeCursor(cursor, TRANSFER_BUFFER + SIZE_OF_CURSOR);
    C._ts_tree_cursor_reset_to_wasm(this.tree[0], cursor.tree[0]);
    unmarshalTreeCursor(this);
  }
};

// src/node.ts
var Node = class {
  static {
    __name(this, "Node");
  }
  /** @internal */
  // @ts-expect-error: never read
  [0] = 0;
  // Internal handle for Wasm
  /** @internal */
  _children;
  /** @internal */
  _namedChildren;
  /** @internal */
  constructor(internal, {
    id,
    tree,
    startIndex,
    startPosition,
    other
  }) {
    assertInternal(internal);
    this[0] = other;
    this.id = id;
    this.tree = tree;
    this.startIndex = startIndex;
    this.startPosition = startPosition;
  }
  /**
   * The numeric id for this node that is unique.
   *
   * Within a given syntax tree, no two nodes have the same id. However:
   *
   * * If a new tree is created based on an older tree, and a node from the old tree is reused in
   *   the process, then that node will have the same id in both trees.
   *
   * * A node not marked as having changes does not guarantee it was reused.
   *
   * * If a node is marked as having changed in the old tree, it will not be reused.
   */
  id;
  /** The byte index where this node starts. */
  startIndex;
  /** The position where this node starts. */
  startPosition;
  /** The tree that this node belongs to. */
  tree;
  /** Get this node's type as a numerical id. */
  get typeId() {
    marshalNode(this);
    return C._ts_node_symbol_wasm(this.tree[0]);
  }
  /**
   * Get the node's type as a numerical id as it appears in the grammar,
   * ignoring aliases.
   */
  get grammarId() {
    marshalNode(this);
    return C._ts_node_grammar_symbol_wasm(this.tree[0]);
  }
  /** Get this node's type as a string. */
  get type() {
    return this.tree.language.types[this.typeId] || "ERROR";
  }
  /**
   * Get this node's symbol name as it appears in the grammar, ignoring
   * aliases as a string.
   */
  get grammarType() {
    return this.tree.language.types[this.grammarId] || "ERROR";
  }
  /**
   * Check if this node is *named*.
   *
   * Named nodes correspond to named rules in the grammar, whereas
   * *anonymous* nodes correspond to string literals in the grammar.
   */
  get isNamed() {
    marshalNode(this);
    return C._ts_node_is_named_wasm(this.tree[0]) === 1;
  }
  /**
   * Check if this node is *extra*.
   *
   * Extra nodes represent things like comments, which are not required
   * by the grammar, but can appear anywhere.
   */
  get isExtra() {
    marshalNode(this);
    return C._ts_node_is_extra_wasm(this.tree[0]) === 1;
  }
  /**
   * Check if this node represents a syntax error.
   *
   * Syntax errors represent parts of the code that could not be incorporated
   * into a valid syntax tree.
   */
  get isError() {
    marshalNode(this);
    return C._ts_node_is_error_wasm(this.tree[0]) === 1;
  }
  /**
   * Check if this node is *missing*.
   *
   * Missing nodes are inserted by the parser in order to recover from
   * certain kinds of syntax errors.
   */
  get isMissing() {
    marshalNode(this);
    return C._ts_node_is_missing_wasm(this.tree[0]) === 1;
  }
  /** Check if this node has been edited. */
  get hasChanges() {
    marshalNode(this);
    return C._ts_node_has_changes_wasm(this.tree[0]) === 1;
  }
  /**
   * Check if this node represents a syntax error or contains any syntax
   * errors anywhere within it.
   */
  get hasError() {
    marshalNode(this);
    return C._ts_node_has_error_wasm(this.tree[0]) === 1;
  }
  /** Get the byte index where this node ends. */
  get endIndex() {
    marshalNode(this);
    return C._ts_node_end_index_wasm(this.tree[0]);
  }
  /** Get the position where this node ends. */
  get endPosition() {
    marshalNode(this);
    C._ts_node_end_point_wasm(this.tree[0]);
    return unmarshalPoint(TRANSFER_BUFFER);
  }
  /** Get the string content of this node. */
  get text() {
    return getText(this.tree, this.startIndex, this.endIndex, this.startPosition);
  }
  /** Get this node's parse state. */
  get parseState() {
    marshalNode(this);
    return C._ts_node_parse_state_wasm(this.tree[0]);
  }
  /** Get the parse state after this node. */
  get nextParseState() {
    marshalNode(this);
    return C._ts_node_next_parse_state_wasm(this.tree[0]);
  }
  /** Check if this node is equal to another node. */
  equals(other) {
    return this.tree === other.tree && this.id === other.id;
  }
  /**
   * Get the node's child at the given index, where zero represents the first child.
   *
   * This method is fairly fast, but its cost is technically log(n), so if
   * you might be iterating over a long list of children, you should use
   * {@link Node#children} instead.
   */
  child(index) {
    marshalNode(this);
    C._ts_node_child_wasm(this.tree[0], index);
    return unmarshalNode(this.tree);
  }
  /**
   * Get this node's *named* child at the given index.
   *
   * See also {@link Node#isNamed}.
   * This method is fairly fast, but its cost is technically log(n), so if
   * you might be iterating over a long list of children, you should use
   * {@link Node#namedChildren} instead.
   */
  namedChild(index) {
    marshalNode(this);
    C._ts_node_named_child_wasm(this.tree[0], index);
    return unmarshalNode(this.tree);
  }
  /**
   * Get this node's child with the given numerical field id.
   *
   * See also {@link Node#childForFieldName}. You can
   * convert a field name to an id using {@link Language#fieldIdForName}.
   */
  childForFieldId(fieldId) {
    marshalNode(this);
    C._ts_node_child_by_field_id_wasm(this.tree[0], fieldId);
    return unmarshalNode(this.tree);
  }
  /**
   * Get the first child with the given field name.
   *
   * If multiple children may have the same field name, access them using
   * {@link Node#childrenForFieldName}.
   */
  childForFieldName(fieldName) {
    const fieldId = this.tree.language.fields.indexOf(fieldName);
    if (fieldId !== -1) return this.childForFieldId(fieldId);
    return null;
  }
  /** Get the field name of this node's child at the given index. */
  fieldNameForChild(index) {
    marshalNode(this);
    const address = C._ts_node_field_name_for_child_wasm(this.tree[0], index);
    if (!address) return null;
    return C.AsciiToString(address);
  }
  /** Get the field name of this node's named child at the given index. */
  fieldNameForNamedChild(index) {
    marshalNode(this);
    const address = C._ts_node_field_name_for_named_child_wasm(this.tree[0], index);
    if (!address) return null;
    return C.AsciiToString(address);
  }
  /**
   * Get an array of this node's children with a given field name.
   *
   * See also {@link Node#children}.
   */
  childrenForFieldName(fieldName) {
    const fieldId = this.tree.language.fields.indexOf(fieldName);
    if (fieldId !== -1 && fieldId !== 0) return this.childrenForFieldId(fieldId);
    return [];
  }
  /**
    * Get an array of this node's children with a given field id.
    *
    * See also {@link Node#childrenForFieldName}.
    */
  childrenForFieldId(fieldId) {
    marshalNode(this);
    C._ts_node_children_by_field_id_wasm(this.tree[0], fieldId);
    const count = C.getValue(TRANSFER_BUFFER, "i32");
    const buffer = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
    const result = new Array(count);
    if (count > 0) {
      let address = buffer;
      for (let i2 = 0; i2 < count; i2++) {
        result[i2] = unmarshalNode(this.tree, address);
        address += SIZE_OF_NODE;
      }
      C._free(buffer);
    }
    return result;
  }
  /** Get the node's first child that contains or starts after the given byte offset. */
  firstChildForIndex(index) {
    marshalNode(this);
    const address = TRANSFER_BUFFER + SIZE_OF_NODE;
    C.setValue(address, index, "i32");
    C._ts_node_first_child_for_byte_wasm(this.tree[0]);
    return unmarshalNode(this.tree);
  }
  /** Get the node's first named child that contains or starts after the given byte offset. */
  firstNamedChildForIndex(index) {
    marshalNode(this);
    const address = TRANSFER_BUFFER + SIZE_OF_NODE;
    C.setValue(address, index, "i32");
    C._ts_node_first_named_child_for_byte_wasm(this.tree[0]);
    return unmarshalNode(this.tree);
  }
  /** Get this node's number of children. */
  get childCount() {
    marshalNode(this);
    return C._ts_node_child_count_wasm(this.tree[0]);
  }
  /**
   * Get this node's number of *named* children.
   *
   * See also {@link Node#isNamed}.
   */
  get namedChildCount() {
    marshalNode(this);
    return C._ts_node_named_child_count_wasm(this.tree[0]);
  }
  /** Get this node's first child. */
  get firstChild() {
    return this.child(0);
  }
  /**
   * Get this node's first named child.
   *
   * See also {@link Node#isNamed}.
   */
  get firstNamedChild() {
    return this.namedChild(0);
  }
  /** Get this node's last child. */
  get lastChild() {
    return this.child(this.childCount - 1);
  }
  /**
   * Get this node's last named child.
   *
   * See also {@link Node#isNamed}.
   */
  get lastNamedChild() {
    return this.namedChild(this.namedChildCount - 1);
  }
  /**
   * Iterate over this node's children.
   *
   * If you're walking the tree recursively, you may want to use the
   * {@link TreeCursor} APIs directly instead.
   */
  get children() {
    if (!this._children) {
      marshalNode(this);
      C._ts_node_children_wasm(this.tree[0]);
      const count = C.getValue(TRANSFER_BUFFER, "i32");
      const buffer = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
      this._children = new Array(count);
      if (count > 0) {
        let address = buffer;
        for (let i2 = 0; i2 < count; i2++) {
          this._children[i2] = unmarshalNode(this.tree, address);
          address += SIZE_OF_NODE;
        }
        C._free(buffer);
      }
    }
    return this._children;
  }
  /**
   * Iterate over this node's named children.
   *
   * See also {@link Node#children}.
   */
  get namedChildren() {
    if (!this._namedChildren) {
      marshalNode(this);
      C._ts_node_named_children_wasm(this.tree[0]);
      const count = C.getValue(TRANSFER_BUFFER, "i32");
      const buffer = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
      this._namedChildren = new Array(count);
      if (count > 0) {
        let address = buffer;
        for (let i2 = 0; i2 < count; i2++) {
          this._namedChildren[i2] = unmarshalNode(this.tree, address);
          address += SIZE_OF_NODE;
        }
        C._free(buffer);
      }
    }
    return this._namedChildren;
  }
  /**
   * Get the descendants of this node that are the given type, or in the given types array.
   *
   * The types array should contain node type strings, which can be retrieved from {@link Language#types}.
   *
   * Additionally, a `startPosition` and `endPosition` can be passed in to restrict the search to a byte range.
   */
  descendantsOfType(types, startPosition = ZERO_POINT, endPosition = ZERO_POINT) {
    if (!Array.isArray(types)) types = [types];
    const symbols = [];
    const typesBySymbol = this.tree.language.types;
    for (const node_type of types) {
      if (node_type == "ERROR") {
        symbols.push(65535);
      }
    }
    for (let i2 = 0, n = typesBySymbol.length; i2 < n; i2++) {
      if (types.includes(typesBySymbol[i2])) {
        symbols.push(i2);
      }
    }
    const symbolsAddress = C._malloc(SIZE_OF_INT * symbols.length);
    for (let i2 = 0, n = symbols.length; i2 < n; i2++) {
      C.setValue(symbolsAddress + i2 * SIZE_OF_INT, symbols[i2], "i32");
    }
    marshalNode(this);
    C._ts_node_descendants_of_type_wasm(
      this.tree[0],
      symbolsAddress,
      symbols.length,
      startPosition.row,
      startPosition.column,
      endPosition.row,
      endPosition.column
    );
    const descendantCount = C.getValue(TRANSFER_BUFFER, "i32");
    const descendantAddress = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
    const result = new Array(descendantCount);
    if (descendantCount > 0) {
      let address = descendantAddress;
      for (let i2 = 0; i2 < descendantCount; i2++) {
        result[i2] = unmarshalNode(this.tree, address);
        address += SIZE_OF_NODE;
      }
    }
    C._free(descendantAddress);
    C._free(symbolsAddress);
    return result;
  }
  /** Get this node's next sibling. */
  get nextSibling() {
    marshalNode(this);
    C._ts_node_next_sibling_wasm(this.tree[0]);
    return unmarshalNode(this.tree);
  }
  /** Get this node's previous sibling. */
  get previousSibling() {
    marshalNode(this);
    C._ts_node_prev_sibling_wasm(this.tree[0]);
    return unmarshalNode(this.tree);
  }
  /**
   * Get this node's next *named* sibling.
   *
   * See also {@link Node#isNamed}.
   */
  get nextNamedSibling() {
    marshalNode(this);
    C._ts_node_next_named_sibling_wasm(this.tree[0]);
    return unmarshalNode(this.tree);
  }
  /**
   * Get this node's previous *named* sibling.
   *
   * See also {@link Node#isNamed}.
   */
  get previousNamedSibling() {
    marshalNode(this);
    C._ts_node_prev_named_sibling_wasm(this.tree[0]);
    return unmarshalNode(this.tree);
  }
  /** Get the node's number of descendants, including one for the node itself. */
  get descendantCount() {
    marshalNode(this);
    return C._ts_node_descendant_count_wasm(this.tree[0]);
  }
  /**
   * Get this node's immediate parent.
   * Prefer {@link Node#childWithDescendant} for iterating over this node's ancestors.
   */
  get parent() {
    marshalNode(this);
    C._ts_node_parent_wasm(this.tree[0]);
    return unmarshalNode(this.tree);
  }
  /**
   * Get the node that contains `descendant`.
   *
   * Note that this can return `descendant` itself.
   */
  childWithDescendant(descendant) {
    marshalNode(this);
    marshalNode(descendant, 1);
    C._ts_node_child_with_descendant_wasm(this.tree[0]);
    return unmarshalNode(this.tree);
  }
  /** Get the smallest node within this node that spans the given byte range. */
  descendantForIndex(start2, end = start2) {
    if (typeof start2 !== "number" || typeof end !== "number") {
      throw new Error("Arguments must be numbers");
    }
    marshalNode(this);
    const address = TRANSFER_BUFFER + SIZE_OF_NODE;
    C.setValue(address, start2, "i32");
    C.setValue(address + SIZE_OF_INT, end, "i32");
    C._ts_node_descendant_for_index_wasm(this.tree[0]);
    return unmarshalNode(this.tree);
  }
  /** Get the smallest named node within this node that spans the given byte range. */
  namedDescendantForIndex(start2, end = start2) {
    if (typeof start2 !== "number" || typeof end !== "number") {
      throw new Error("Arguments must be numbers");
    }
    marshalNode(this);
    const address = TRANSFER_BUFFER + SIZE_OF_NODE;
    C.setValue(address, start2, "i32");
    C.setValue(address + SIZE_OF_INT, end, "i32");
    C._ts_node_named_descendant_for_index_wasm(this.tree[0]);
    return unmarshalNode(this.tree);
  }
  /** Get the smallest node within this node that spans the given point range. */
  descendantForPosition(start2, end = start2) {
    if (!isPoint(start2) || !isPoint(end)) {
      throw new Error("Arguments must be {row, column} objects");
    }
    marshalNode(this);
    const address = TRANSFER_BUFFER + SIZE_OF_NODE;
    marshalPoint(address, start2);
    marshalPoint(address + SIZE_OF_POINT, end);
    C._ts_node_descendant_for_position_wasm(this.tree[0]);
    return unmarshalNode(this.tree);
  }
  /** Get the smallest named node within this node that spans the given point range. */
  namedDescendantForPosition(start2, end = start2) {
    if (!isPoint(start2) || !isPoint(end)) {
      throw new Error("Arguments must be {row, column} objects");
    }
    marshalNode(this);
    const address = TRANSFER_BUFFER + SIZE_OF_NODE;
    marshalPoint(address, start2);
    marshalPoint(address + SIZE_OF_POINT, end);
    C._ts_node_named_descendant_for_position_wasm(this.tree[0]);
    return unmarshalNode(this.tree);
  }
  /**
   * Create a new {@link TreeCursor} starting from this node.
   *
   * Note that the given node is considered the root of the cursor,
   * and the cursor cannot walk outside this node.
   */
  walk() {
    marshalNode(this);
    C._ts_tree_cursor_new_wasm(this.tree[0]);
    return new TreeCursor(INTERNAL, this.tree);
  }
  /**
   * Edit this node to keep it in-sync with source code that has been edited.
   *
   * This function is only rarely needed. When you edit a syntax tree with
   * the {@link Tree#edit} method, all of the nodes that you retrieve from
   * the tree afterward will already reflect the edit. You only need to
   * use {@link Node#edit} when you have a specific {@link Node} instance that
   * you want to keep and continue to use after an edit.
   */
  edit(edit) {
    if (this.startIndex >= edit.oldEndIndex) {
      this.startIndex = edit.newEndIndex + (this.startIndex - edit.oldEndIndex);
      let subbedPointRow;
      let subbedPointColumn;
      if (this.startPosition.row > edit.oldEndPosition.row) {
        subbedPointRow = this.startPosition.row - edit.oldEndPosition.row;
        subbedPointColumn = this.startPosition.column;
      } else {
        subbedPointRow = 0;
        subbedPointColumn = this.startPosition.column;
        if (this.startPosition.column >= edit.oldEndPosition.column) {
          subbedPointColumn = this.startPosition.column - edit.oldEndPosition.column;
        }
      }
      if (subbedPointRow > 0) {
        this.startPosition.row += subbedPointRow;
        this.startPosition.column = subbedPointColumn;
      } else {
        this.startPosition.column += subbedPointColumn;
      }
    } else if (this.startIndex > edit.startIndex) {
      this.startIndex = edit.newEndIndex;
      this.startPosition.row = edit.newEndPosition.row;
      this.startPosition.column = edit.newEndPosition.column;
    }
  }
  /** Get the S-expression representation of this node. */
  toString() {
    marshalNode(this);
    const address = C._ts_node_to_string_wasm(this.tree[0]);
    const result = C.AsciiToString(address);
    C._free(address);
    return result;
  }
};

// src/marshal.ts
function unmarshalCaptures(query, tree, address, patternIndex, result) {
  for (let i2 = 0, n = result.length; i2 < n; i2++) {
    const captureIndex = C.getValue(address, "i32");
    address += SIZE_OF_INT;
    const node = unmarshalNode(tree, address);
    address += SIZE_OF_NODE;
    result[i2] = { patternIndex, name: query.captureNames[captureIndex], node };
  }
  return address;
}
__name(unmarshalCaptures, "unmarshalCaptures");
function marshalNode(node, index = 0) {
  let address = TRANSFER_BUFFER + index * SIZE_OF_NODE;
  C.setValue(address, node.id, "i32");
  address += SIZE_OF_INT;
  C.setValue(address, node.startIndex, "i32");
  address += SIZE_OF_INT;
  C.setValue(address, node.startPosition.row, "i32");
  address += SIZE_OF_INT;
  C.setValue(address, node.startPosition.column, "i32");
  address += SIZE_OF_INT;
  C.setValue(address, node[0], "i32");
}
__name(marshalNode, "marshalNode");
function unmarshalNode(tree, address = TRANSFER_BUFFER) {
  const id = C.getValue(address, "i32");
  address += SIZE_OF_INT;
  if (id === 0) return null;
  const index = C.getValue(address, "i32");
  address += SIZE_OF_INT;
  const row = C.getValue(address, "i32");
  address += SIZE_OF_INT;
  const column = C.getValue(address, "i32");
  address += SIZE_OF_INT;
  const other = C.getValue(address, "i32");
  const result = new Node(INTERNAL, {
    id,
    tree,
    startIndex: index,
    startPosition: { row, column },
    other
  });
  return result;
}
__name(unmarshalNode, "unmarshalNode");
function marshalTreeCursor(cursor, address = TRANSFER_BUFFER) {
  C.setValue(address + 0 * SIZE_OF_INT, cursor[0], "i32");
  C.setValue(address + 1 * SIZE_OF_INT, cursor[1], "i32");
  C.setValue(address + 2 * SIZE_OF_INT, cursor[2], "i32");
  C.setValue(address + 3 * SIZE_OF_INT, cursor[3], "i32");
}
__name(marshalTreeCursor, "marshalTreeCursor");
function unmarshalTreeCursor(cursor) {
  cursor[0] = C.getValue(TRANSFER_BUFFER + 0 * SIZE_OF_INT, "i32");
  cursor[1] = C.getValue(TRANSFER_BUFFER + 1 * SIZE_OF_INT, "i32");
  cursor[2] = C.getValue(TRANSFER_BUFFER + 2 * SIZE_OF_INT, "i32");
  cursor[3] = C.getValue(TRANSFER_BUFFER + 3 * SIZE_OF_INT, "i32");
}
__name(unmarshalTreeCursor, "unmarshalTreeCursor");
function marshalPoint(address, point) {
  C.setValue(address, point.row, "i32");
  C.setValue(address + SIZE_OF_INT, point.column, "i32");
}
__name(marshalPoint, "marshalPoint");
function unmarshalPoint(address) {
  const result = {
    row: C.getValue(address, "i32") >>> 0,
    column: C.getValue(address + SIZE_OF_INT, "i32") >>> 0
  };
  return result;
}
__name(unmarshalPoint, "unmarshalPoint");
function marshalRange(address, range) {
  marshalPoint(address, range.startPosition);
  address += SIZE_OF_POINT;
  marshalPoint(address, range.endPosition);
  address += SIZE_OF_POINT;
  C.setValue(address, range.startIndex, "i32");
  address += SIZE_OF_INT;
  C.setValue(address, range.endIndex, "i32");
  address += SIZE_OF_INT;
}
__name(marshalRange, "marshalRange");
function unmarshalRange(address) {
  const result = {};
  result.startPosition = unmarshalPoint(address);
  address += SIZE_OF_POINT;
  result.endPosition = unmarshalPoint(address);
  address += SIZE_OF_POINT;
  result.startIndex = C.getValue(address, "i32") >>> 0;
  address += SIZE_OF_INT;
  result.endIndex = C.getValue(address, "i32") >>> 0;
  return result;
}
__name(unmarshalRange, "unmarshalRange");
function marshalEdit(edit, address = TRANSFER_BUFFER) {
  marshalPoint(address, edit.startPosition);
  address += SIZE_OF_POINT;
  marshalPoint(address, edit.oldEndPosition);
  address += SIZE_OF_POINT;
  marshalPoint(address, edit.newEndPosition);
  address += SIZE_OF_POINT;
  C.setValue(address, edit.startIndex, "i32");
  address += SIZE_OF_INT;
  C.setValue(address, edit.oldEndIndex, "i32");
  address += SIZE_OF_INT;
  C.setValue(address, edit.newEndIndex, "i32");
  address += SIZE_OF_INT;
}
__name(marshalEdit, "marshalEdit");
function unmarshalLanguageMetadata(address) {
  const major_version = C.getValue(address, "i32");
  const minor_version = C.getValue(address += SIZE_OF_INT, "i32");
  const patch_version = C.getValue(address += SIZE_OF_INT, "i32");
  return { major_version, minor_version, patch_version };
}
__name(unmarshalLanguageMetadata, "unmarshalLanguageMetadata");

// src/query.ts
var PREDICATE_STEP_TYPE_CAPTURE = 1;
var PREDICATE_STEP_TYPE_STRING = 2;
var QUERY_WORD_REGEX = /[\w-]+/g;
var CaptureQuantifier = {
  Zero: 0,
  ZeroOrOne: 1,
  ZeroOrMore: 2,
  One: 3,
  OneOrMore: 4
};
var isCaptureStep = /* @__PURE__ */ __name((step) => step.type === "capture", "isCaptureStep");
var isStringStep = /* @__PURE__ */ __name((step) => step.type === "string", "isStringStep");
var QueryErrorKind = {
  Syntax: 1,
  NodeName: 2,
  FieldName: 3,
  CaptureName: 4,
  PatternStructure: 5
};
var QueryError = class _QueryError extends Error {
  constructor(kind, info2, index, length) {
    super(_QueryError.formatMessage(kind, info2));
    this.kind = kind;
    this.info = info2;
    this.index = index;
    this.length = length;
    this.name = "QueryError";
  }
  static {
    __name(this, "QueryError");
  }
  /** Formats an error message based on the error kind and info */
  static formatMessage(kind, info2) {
    switch (kind) {
      case QueryErrorKind.NodeName:
        return `Bad node name '${info2.word}'`;
      case QueryErrorKind.FieldName:
        return `Bad field name '${info2.word}'`;
      case QueryErrorKind.CaptureName:
        return `Bad capture name @${info2.word}`;
      case QueryErrorKind.PatternStructure:
        return `Bad pattern structure at offset ${info2.suffix}`;
      case QueryErrorKind.Syntax:
        return `Bad syntax at offset ${info2.suffix}`;
    }
  }
};
function parseAnyPredicate(steps, index, operator, textPredicates) {
  if (steps.length !== 3) {
    throw new Error(
      `Wrong number of arguments to \`#${operator}\` predicate. Expected 2, got ${steps.length - 1}`
    );
  }
  if (!isCaptureStep(steps[1])) {
    throw new Error(
      `First argument of \`#${operator}\` predicate must be a capture. Got "${steps[1].value}"`
    );
  }
  const isPositive = operator === "eq?" || operator === "any-eq?";
  const matchAll = !operator.startsWith("any-");
  if (isCaptureStep(steps[2])) {
    const captureName1 = steps[1].name;
    const captureName2 = steps[2].name;
    textPredicates[index].push((captures) => {
      const nodes1 = [];
      const nodes2 = [];
      for (const c of captures) {
        if (c.name === captureName1) nodes1.push(c.node);
        if (c.name === captureName2) nodes2.push(c.node);
      }
      const compare = /* @__PURE__ */ __name((n1, n2, positive) => {
        return positive ? n1.text === n2.text : n1.text !== n2.text;
      }, "compare");
      return matchAll ? nodes1.every((n1) => nodes2.some((n2) => compare(n1, n2, isPositive))) : nodes1.some((n1) => nodes2.some((n2) => compare(n1, n2, isPositive)));
    });
  } else {
    const captureName = steps[1].name;
    const stringValue = steps[2].value;
    const matches = /* @__PURE__ */ __name((n) => n.text === stringValue, "matches");
    const doesNotMatch = /* @__PURE__ */ __name((n) => n.text !== stringValue, "doesNotMatch");
    textPredicates[index].push((captures) => {
      const nodes = [];
      for (const c of captures) {
        if (c.name === captureName) nodes.push(c.node);
      }
      const test = isPositive ? matches : doesNotMatch;
      return matchAll ? nodes.every(test) : nodes.some(test);
    });
  }
}
__name(parseAnyPredicate, "parseAnyPredicate");
function parseMatchPredicate(steps, index, operator, textPredicates) {
  if (steps.length !== 3) {
    throw new Error(
      `Wrong number of arguments to \`#${operator}\` predicate. Expected 2, got ${steps.length - 1}.`
    );
  }
  if (steps[1].type !== "capture") {
    throw new Error(
      `First argument of \`#${operator}\` predicate must be a capture. Got "${steps[1].value}".`
    );
  }
  if (steps[2].type !== "string") {
    throw new Error(
      `Second argument of \`#${operator}\` predicate must be a string. Got @${steps[2].name}.`
    );
  }
  const isPositive = operator === "match?" || operator === "any-match?";
  const matchAll = !operator.startsWith("any-");
  const captureName = steps[1].name;
  const regex = new RegExp(steps[2].value);
  textPredicates[index].push((captures) => {
    const nodes = [];
    for (const c of captures) {
      if (c.name === captureName) nodes.push(c.node.text);
    }
    const test = /* @__PURE__ */ __name((text, positive) => {
      return positive ? regex.test(text) : !regex.test(text);
    }, "test");
    if (nodes.length === 0) return !isPositive;
    return matchAll ? nodes.every((text) => test(text, isPositive)) : nodes.some((text) => test(text, isPositive));
  });
}
__name(parseMatchPredicate, "parseMatchPredicate");
function parseAnyOfPredicate(steps, index, operator, textPredicates) {
  if (steps.length < 2) {
    throw new Error(
      `Wrong number of arguments to \`#${operator}\` predicate. Expected at least 1. Got ${steps.length - 1}.`
    );
  }
  if (steps[1].type !== "capture") {
    throw new Error(
      `First argument of \`#${operator}\` predicate must be a capture. Got "${steps[1].value}".`
    );
  }
  const isPositive = operator === "any-of?";
  const captureName = steps[1].name;
  const stringSteps = steps.slice(2);
  if (!stringSteps.every(isStringStep)) {
    throw new Error(
      `Arguments to \`#${operator}\` predicate must be strings.".`
    );
  }
  const values = stringSteps.map((s) => s.value);
  textPredicates[index].push((captures) => {
    const nodes = [];
    for (const c of captures) {
      if (c.name === captureName) nodes.push(c.node.text);
    }
    if (nodes.length === 0) return !isPositive;
    return nodes.every((text) => values.includes(text)) === isPositive;
  });
}
__name(parseAnyOfPredicate, "parseAnyOfPredicate");
function parseIsPredicate(steps, index, operator, assertedProperties, refutedProperties) {
  if (steps.length < 2 || steps.length > 3) {
    throw new Error(
      `Wrong number of arguments to \`#${operator}\` predicate. Expected 1 or 2. Got ${steps.length - 1}.`
    );
  }
  if (!steps.every(isStringStep)) {
    throw new Error(
      `Arguments to \`#${operator}\` predicate must be strings.".`
    );
  }
  const properties = operator === "is?" ? assertedProperties : refutedProperties;
  if (!properties[index]) properties[index] = {};
  properties[index][steps[1].value] = steps[2]?.value ?? null;
}
__name(parseIsPredicate, "parseIsPredicate");
function parseSetDirective(steps, index, setProperties) {
  if (steps.length < 2 || steps.length > 3) {
    throw new Error(`Wrong number of arguments to \`#set!\` predicate. Expected 1 or 2. Got ${steps.length - 1}.`);
  }
  if (!steps.every(isStringStep)) {
    throw new Error(`Arguments to \`#set!\` predicate must be strings.".`);
  }
  if (!setProperties[index]) setProperties[index] = {};
  setProperties[index][steps[1].value] = steps[2]?.value ?? null;
}
__name(parseSetDirective, "parseSetDirective");
function parsePattern(index, stepType, stepValueId, captureNames, stringValues, steps, textPredicates, predicates, setProperties, assertedProperties, refutedProperties) {
  if (stepType === PREDICATE_STEP_TYPE_CAPTURE) {
    const name2 = captureNames[stepValueId];
    steps.push({ type: "capture", name: name2 });
  } else if (stepType === PREDICATE_STEP_TYPE_STRING) {
    steps.push({ type: "string", value: stringValues[stepValueId] });
  } else if (steps.length > 0) {
    if (steps[0].type !== "string") {
      throw new Error("Predicates must begin with a literal value");
    }
    const operator = steps[0].value;
    switch (operator) {
      case "any-not-eq?":
      case "not-eq?":
      case "any-eq?":
      case "eq?":
        parseAnyPredicate(steps, index, operator, textPredicates);
        break;
      case "any-not-match?":
      case "not-match?":
      case "any-match?":
      case "match?":
        parseMatchPredicate(steps, index, operator, textPredicates);
        break;
      case "not-any-of?":
      case "any-of?":
        parseAnyOfPredicate(steps, index, operator, textPredicates);
        break;
      case "is?":
      case "is-not?":
        parseIsPredicate(steps, index, operator, assertedProperties, refutedProperties);
        break;
      case "set!":
        parseSetDirective(steps, index, setProperties);
        break;
      default:
        predicates[index].push({ operator, operands: steps.slice(1) });
    }
    steps.length = 0;
  }
}
__name(parsePattern, "parsePattern");
var Query = class {
  static {
    __name(this, "Query");
  }
  /** @internal */
  [0] = 0;
  // Internal handle for WASM
  /** @internal */
  exceededMatchLimit;
  /** @internal */
  textPredicates;
  /** The names of the captures used in the query. */
  captureNames;
  /** The quantifiers of the captures used in the query. */
  captureQuantifiers;
  /**
   * The other user-defined predicates associated with the given index.
   *
   * This includes predicates with operators other than:
   * - `match?`
   * - `eq?` and `not-eq?`
   * - `any-of?` and `not-any-of?`
   * - `is?` and `is-not?`
   * - `set!`
   */
  predicates;
  /** The properties for predicates with the operator `set!`. */
  setProperties;
  /** The properties for predicates with the operator `is?`. */
  assertedProperties;
  /** The properties for predicates with the operator `is-not?`. */
  refutedProperties;
  /** The maximum number of in-progress matches for this cursor. */
  matchLimit;
  /**
   * Create a new query from a string containing one or more S-expression
   * patterns.
   *
   * The query is associated with a particular language, and can only be run
   * on syntax nodes parsed with that language. References to Queries can be
   * shared between multiple threads.
   *
   * @link {@see https://tree-sitter.github.io/tree-sitter/using-parsers/queries}
   */
  constructor(language, source) {
    const sourceLength = C.lengthBytesUTF8(source);
    const sourceAddress = C._malloc(sourceLength + 1);
    C.stringToUTF8(source, sourceAddress, sourceLength + 1);
    const address = C._ts_query_new(
      language[0],
      sourceAddress,
      sourceLength,
      TRANSFER_BUFFER,
      TRANSFER_BUFFER + SIZE_OF_INT
    );
    if (!address) {
      const errorId = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
      const errorByte = C.getValue(TRANSFER_BUFFER, "i32");
      const errorIndex = C.UTF8ToString(sourceAddress, errorByte).length;
      const suffix = source.slice(errorIndex, errorIndex + 100).split("\n")[0];
      const word = suffix.match(QUERY_WORD_REGEX)?.[0] ?? "";
      C._free(sourceAddress);
      switch (errorId) {
        case QueryErrorKind.Syntax:
          throw new QueryError(QueryErrorKind.Syntax, { suffix: `${errorIndex}: '${suffix}'...` }, errorIndex, 0);
        case QueryErrorKind.NodeName:
          throw new QueryError(errorId, { word }, errorIndex, word.length);
        case QueryErrorKind.FieldName:
          throw new QueryError(errorId, { word }, errorIndex, word.length);
        case QueryErrorKind.CaptureName:
          throw new QueryError(errorId, { word }, errorIndex, word.length);
        case QueryErrorKind.PatternStructure:
          throw new QueryError(errorId, { suffix: `${errorIndex}: '${suffix}'...` }, errorIndex, 0);
      }
    }
    const stringCount = C._ts_query_string_count(address);
    const captureCount = C._ts_query_capture_count(address);
    const patternCount = C._ts_query_pattern_count(address);
    const captureNames = new Array(captureCount);
    const captureQuantifiers = new Array(patternCount);
    const stringValues = new Array(stringCount);
    for (let i2 = 0; i2 < captureCount; i2++) {
      const nameAddress = C._ts_query_capture_name_for_id(
        address,
        i2,
        TRANSFER_BUFFER
      );
      const nameLength = C.getValue(TRANSFER_BUFFER, "i32");
      captureNames[i2] = C.UTF8ToString(nameAddress, nameLength);
    }
    for (let i2 = 0; i2 < patternCount; i2++) {
      const captureQuantifiersArray = new Array(captureCount);
      for (let j = 0; j < captureCount; j++) {
        const quantifier = C._ts_query_capture_quantifier_for_id(address, i2, j);
        captureQuantifiersArray[j] = quantifier;
      }
      captureQuantifiers[i2] = captureQuantifiersArray;
    }
    for (let i2 = 0; i2 < stringCount; i2++) {
      const valueAddress = C._ts_query_string_value_for_id(
        address,
        i2,
        TRANSFER_BUFFER
      );
      const nameLength = C.getValue(TRANSFER_BUFFER, "i32");
      stringValues[i2] = C.UTF8ToString(valueAddress, nameLength);
    }
    const setProperties = new Array(patternCount);
    const assertedProperties = new Array(patternCount);
    const refutedProperties = new Array(patternCount);
    const predicates = new Array(patternCount);
    const textPredicates = new Array(patternCount);
    for (let i2 = 0; i2 < patternCount; i2++) {
      const predicatesAddress = C._ts_query_predicates_for_pattern(address, i2, TRANSFER_BUFFER);
      const stepCount = C.getValue(TRANSFER_BUFFER, "i32");
      predicates[i2] = [];
      textPredicates[i2] = [];
      const steps = new Array();
      let stepAddress = predicatesAddress;
      for (let j = 0; j < stepCount; j++) {
        const stepType = C.getValue(stepAddress, "i32");
        stepAddress += SIZE_OF_INT;
        const stepValueId = C.getValue(stepAddress, "i32");
        stepAddress += SIZE_OF_INT;
        parsePattern(
          i2,
          stepType,
          stepValueId,
          captureNames,
          stringValues,
          steps,
          textPredicates,
          predicates,
          setProperties,
          assertedProperties,
          refutedProperties
        );
      }
      Object.freeze(textPredicates[i2]);
      Object.freeze(predicates[i2]);
      Object.freeze(setProperties[i2]);
      Object.freeze(assertedProperties[i2]);
      Object.freeze(refutedProperties[i2]);
    }
    C._free(sourceAddress);
    this[0] = address;
    this.captureNames = captureNames;
    this.captureQuantifiers = captureQuantifiers;
    this.textPredicates = textPredicates;
    this.predicates = predicates;
    this.setProperties = setProperties;
    this.assertedProperties = assertedProperties;
    this.refutedProperties = refutedProperties;
    this.exceededMatchLimit = false;
  }
  /** Delete the query, freeing its resources. */
  delete() {
    C._ts_query_delete(this[0]);
    this[0] = 0;
  }
  /**
   * Iterate over all of the matches in the order that they were found.
   *
   * Each match contains the index of the pattern that matched, and a list of
   * captures. Because multiple patterns can match the same set of nodes,
   * one match may contain captures that appear *before* some of the
   * captures from a previous match.
   *
   * @param {Node} node - The node to execute the query on.
   *
   * @param {QueryOptions} options - Options for query execution.
   */
  matches(node, options = {}) {
    const startPosition = options.startPosition ?? ZERO_POINT;
    const endPosition = options.endPosition ?? ZERO_POINT;
    const startIndex = options.startIndex ?? 0;
    const endIndex = options.endIndex ?? 0;
    const matchLimit = options.matchLimit ?? 4294967295;
    const maxStartDepth = options.maxStartDepth ?? 4294967295;
    const timeoutMicros = options.timeoutMicros ?? 0;
    const progressCallback = options.progressCallback;
    if (typeof matchLimit !== "number") {
      throw new Error("Arguments must be numbers");
    }
    this.matchLimit = matchLimit;
    if (endIndex !== 0 && startIndex > endIndex) {
      throw new Error("`startIndex` cannot be greater than `endIndex`");
    }
    if (endPosition !== ZERO_POINT && (startPosition.row > endPosition.row || startPosition.row === endPosition.row && startPosition.column > endPosition.column)) {
      throw new Error("`startPosition` cannot be greater than `endPosition`");
    }
    if (progressCallback) {
      C.currentQueryProgressCallback = progressCallback;
    }
    marshalNode(node);
    C._ts_query_matches_wasm(
      this[0],
      node.tree[0],
      startPosition.row,
      startPosition.column,
      endPosition.row,
      endPosition.column,
      startIndex,
      endIndex,
      matchLimit,
      maxStartDepth,
      timeoutMicros
    );
    const rawCount = C.getValue(TRANSFER_BUFFER, "i32");
    const startAddress = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
    const didExceedMatchLimit = C.getValue(TRANSFER_BUFFER + 2 * SIZE_OF_INT, "i32");
    const result = new Array(rawCount);
    this.exceededMatchLimit = Boolean(didExceedMatchLimit);
    let filteredCount = 0;
    let address = startAddress;
    for (let i2 = 0; i2 < rawCount; i2++) {
      const patternIndex = C.getValue(address, "i32");
      address += SIZE_OF_INT;
      const captureCount = C.getValue(address, "i32");
      address += SIZE_OF_INT;
      const captures = new Array(captureCount);
      address = unmarshalCaptures(this, node.tree, address, patternIndex, captures);
      if (this.textPredicates[patternIndex].every((p) => p(captures))) {
        result[filteredCount] = { pattern: patternIndex, patternIndex, captures };
        const setProperties = this.setProperties[patternIndex];
        result[filteredCount].setProperties = setProperties;
        const assertedProperties = this.assertedProperties[patternIndex];
        result[filteredCount].assertedProperties = assertedProperties;
        const refutedProperties = this.refutedProperties[patternIndex];
        result[filteredCount].refutedProperties = refutedProperties;
        filteredCount++;
      }
    }
    result.length = filteredCount;
    C._free(startAddress);
    C.currentQueryProgressCallback = null;
    return result;
  }
  /**
   * Iterate over all of the individual captures in the order that they
   * appear.
   *
   * This is useful if you don't care about which pattern matched, and just
   * want a single, ordered sequence of captures.
   *
   * @param {Node} node - The node to execute the query on.
   *
   * @param {QueryOptions} options - Options for query execution.
   */
  captures(node, options = {}) {
    const startPosition = options.startPosition ?? ZERO_POINT;
    const endPosition = options.endPosition ?? ZERO_POINT;
    const startIndex = options.startIndex ?? 0;
    const endIndex = options.endIndex ?? 0;
    const matchLimit = options.matchLimit ?? 4294967295;
    const maxStartDepth = options.maxStartDepth ?? 4294967295;
    const timeoutMicros = options.timeoutMicros ?? 0;
    const progressCallback = options.progressCallback;
    if (typeof matchLimit !== "number") {
      throw new Error("Arguments must be numbers");
    }
    this.matchLimit = matchLimit;
    if (endIndex !== 0 && startIndex > endIndex) {
      throw new Error("`startIndex` cannot be greater than `endIndex`");
    }
    if (endPosition !== ZERO_POINT && (startPosition.row > endPosition.row || startPosition.row === endPosition.row && startPosition.column > endPosition.column)) {
      throw new Error("`startPosition` cannot be greater than `endPosition`");
    }
    if (progressCallback) {
      C.currentQueryProgressCallback = progressCallback;
    }
    marshalNode(node);
    C._ts_query_captures_wasm(
      this[0],
      node.tree[0],
      startPosition.row,
      startPosition.column,
      endPosition.row,
      endPosition.column,
      startIndex,
      endIndex,
      matchLimit,
      maxStartDepth,
      timeoutMicros
    );
    const count = C.getValue(TRANSFER_BUFFER, "i32");
    const startAddress = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
    const didExceedMatchLimit = C.getValue(TRANSFER_BUFFER + 2 * SIZE_OF_INT, "i32");
    const result = new Array();
    this.exceededMatchLimit = Boolean(didExceedMatchLimit);
    const captures = new Array();
    let address = startAddress;
    for (let i2 = 0; i2 < count; i2++) {
      const patternIndex = C.getValue(address, "i32");
      address += SIZE_OF_INT;
      const captureCount = C.getValue(address, "i32");
      address += SIZE_OF_INT;
      const captureIndex = C.getValue(address, "i32");
      address += SIZE_OF_INT;
      captures.length = captureCount;
      address = unmarshalCaptures(this, node.tree, address, patternIndex, captures);
      if (this.textPredicates[patternIndex].every((p) => p(captures))) {
        const capture = captures[captureIndex];
        const setProperties = this.setProperties[patternIndex];
        capture.setProperties = setProperties;
        const assertedProperties = this.assertedProperties[patternIndex];
        capture.assertedProperties = assertedProperties;
        const refutedProperties = this.refutedProperties[patternIndex];
        capture.refutedProperties = refutedProperties;
        result.push(capture);
      }
    }
    C._free(startAddress);
    C.currentQueryProgressCallback = null;
    return result;
  }
  /** Get the predicates for a given pattern. */
  predicatesForPattern(patternIndex) {
    return this.predicates[patternIndex];
  }
  /**
   * Disable a certain capture within a query.
   *
   * This prevents the capture from being returned in matches, and also
   * avoids any resource usage associated with recording the capture.
   */
  disableCapture(captureName) {
    const captureNameLength = C.lengthBytesUTF8(captureName);
    const captureNameAddress = C._malloc(captureNameLength + 1);
    C.stringToUTF8(captureName, captureNameAddress, captureNameLength + 1);
    C._ts_query_disable_capture(this[0], captureNameAddress, captureNameLength);
    C._free(captureNameAddress);
  }
  /**
   * Disable a certain pattern within a query.
   *
   * This prevents the pattern from matching, and also avoids any resource
   * usage associated with the pattern. This throws an error if the pattern
   * index is out of bounds.
   */
  disablePattern(patternIndex) {
    if (patternIndex >= this.predicates.length) {
      throw new Error(
        `Pattern index is ${patternIndex} but the pattern count is ${this.predicates.length}`
      );
    }
    C._ts_query_disable_pattern(this[0], patternIndex);
  }
  /**
   * Check if, on its last execution, this cursor exceeded its maximum number
   * of in-progress matches.
   */
  didExceedMatchLimit() {
    return this.exceededMatchLimit;
  }
  /** Get the byte offset where the given pattern starts in the query's source. */
  startIndexForPattern(patternIndex) {
    if (patternIndex >= this.predicates.length) {
      throw new Error(
        `Pattern index is ${patternIndex} but the pattern count is ${this.predicates.length}`
      );
    }
    return C._ts_query_start_byte_for_pattern(this[0], patternIndex);
  }
  /** Get the byte offset where the given pattern ends in the query's source. */
  endIndexForPattern(patternIndex) {
    if (patternIndex >= this.predicates.length) {
      throw new Error(
        `Pattern index is ${patternIndex} but the pattern count is ${this.predicates.length}`
      );
    }
    return C._ts_query_end_byte_for_pattern(this[0], patternIndex);
  }
  /** Get the number of patterns in the query. */
  patternCount() {
    return C._ts_query_pattern_count(this[0]);
  }
  /** Get the index for a given capture name. */
  captureIndexForName(captureName) {
    return this.captureNames.indexOf(captureName);
  }
  /** Check if a given pattern within a query has a single root node. */
  isPatternRooted(patternIndex) {
    return C._ts_query_is_pattern_rooted(this[0], patternIndex) === 1;
  }
  /** Check if a given pattern within a query has a single root node. */
  isPatternNonLocal(patternIndex) {
    return C._ts_query_is_pattern_non_local(this[0], patternIndex) === 1;
  }
  /**
   * Check if a given step in a query is 'definite'.
   *
   * A query step is 'definite' if its parent pattern will be guaranteed to
   * match successfully once it reaches the step.
   */
  isPatternGuaranteedAtStep(byteIndex) {
    return C._ts_query_is_pattern_guaranteed_at_step(this[0], byteIndex) === 1;
  }
};

// src/language.ts
var LANGUAGE_FUNCTION_REGEX = /^tree_sitter_\w+$/;
var Language = class _Language {
  static {
    __name(this, "Language");
  }
  /** @internal */
  [0] = 0;
  // Internal handle for WASM
  /**
   * A list of all node types in the language. The index of each type in this
   * array is its node type id.
   */
  types;
  /**
   * A list of all field names in the language. The index of each field name in
   * this array is its field id.
   */
  fields;
  /** @internal */
  constructor(internal, address) {
    assertInternal(internal);
    this[0] = address;
    this.types = new Array(C._ts_language_symbol_count(this[0]));
    for (let i2 = 0, n = this.types.length; i2 < n; i2++) {
      if (C._ts_language_symbol_type(this[0], i2) < 2) {
        this.types[i2] = C.UTF8ToString(C._ts_language_symbol_name(this[0], i2));
      }
    }
    this.fields = new Array(C._ts_language_field_count(this[0]) + 1);
    for (let i2 = 0, n = this.fields.length; i2 < n; i2++) {
      const fieldName = C._ts_language_field_name_for_id(this[0], i2);
      if (fieldName !== 0) {
        this.fields[i2] = C.UTF8ToString(fieldName);
      } else {
        this.fields[i2] = null;
      }
    }
  }
  /**
   * Gets the name of the language.
   */
  get name() {
    const ptr = C._ts_language_name(this[0]);
    if (ptr === 0) return null;
    return C.UTF8ToString(ptr);
  }
  /**
   * @deprecated since version 0.25.0, use {@link Language#abiVersion} instead
   * Gets the version of the language.
   */
  get version() {
    return C._ts_language_version(this[0]);
  }
  /**
   * Gets the ABI version of the language.
   */
  get abiVersion() {
    return C._ts_language_abi_version(this[0]);
  }
  /**
  * Get the metadata for this language. This information is generated by the
  * CLI, and relies on the language author providing the correct metadata in
  * the language's `tree-sitter.json` file.
  */
  get metadata() {
    C._ts_language_metadata(this[0]);
    const length = C.getValue(TRANSFER_BUFFER, "i32");
    const address = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
    if (length === 0) return null;
    return unmarshalLanguageMetadata(address);
  }
  /**
   * Gets the number of fields in the language.
   */
  get fieldCount() {
    return this.fields.length - 1;
  }
  /**
   * Gets the number of states in the language.
   */
  get stateCount() {
    return C._ts_language_state_count(this[0]);
  }
  /**
   * Get the field id for a field name.
   */
  fieldIdForName(fieldName) {
    const result = this.fields.indexOf(fieldName);
    return result !== -1 ? result : null;
  }
  /**
   * Get the field name for a field id.
   */
  fieldNameForId(fieldId) {
    return this.fields[fieldId] ?? null;
  }
  /**
   * Get the node type id for a node type name.
   */
  idForNodeType(type, named) {
    const typeLength = C.lengthBytesUTF8(type);
    const typeAddress = C._malloc(typeLength + 1);
    C.stringToUTF8(type, typeAddress, typeLength + 1);
    const result = C._ts_language_symbol_for_name(this[0], typeAddress, typeLength, named ? 1 : 0);
    C._free(typeAddress);
    return result || null;
  }
  /**
   * Gets the number of node types in the language.
   */
  get nodeTypeCount() {
    return C._ts_language_symbol_count(this[0]);
  }
  /**
   * Get the node type name for a node type id.
   */
  nodeTypeForId(typeId) {
    const name2 = C._ts_language_symbol_name(this[0], typeId);
    return name2 ? C.UTF8ToString(name2) : null;
  }
  /**
   * Check if a node type is named.
   *
   * @see {@link https://tree-sitter.github.io/tree-sitter/using-parsers/2-basic-parsing.html#named-vs-anonymous-nodes}
   */
  nodeTypeIsNamed(typeId) {
    return C._ts_language_type_is_named_wasm(this[0], typeId) ? true : false;
  }
  /**
   * Check if a node type is visible.
   */
  nodeTypeIsVisible(typeId) {
    return C._ts_language_type_is_visible_wasm(this[0], typeId) ? true : false;
  }
  /**
   * Get the supertypes ids of this language.
   *
   * @see {@link https://tree-sitter.github.io/tree-sitter/using-parsers/6-static-node-types.html?highlight=supertype#supertype-nodes}
   */
  get supertypes() {
    C._ts_language_supertypes_wasm(this[0]);
    const count = C.getValue(TRANSFER_BUFFER, "i32");
    const buffer = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
    const result = new Array(count);
    if (count > 0) {
      let address = buffer;
      for (let i2 = 0; i2 < count; i2++) {
        result[i2] = C.getValue(address, "i16");
        address += SIZE_OF_SHORT;
      }
    }
    return result;
  }
  /**
   * Get the subtype ids for a given supertype node id.
   */
  subtypes(supertype) {
    C._ts_language_subtypes_wasm(this[0], supertype);
    const count = C.getValue(TRANSFER_BUFFER, "i32");
    const buffer = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
    const result = new Array(count);
    if (count > 0) {
      let address = buffer;
      for (let i2 = 0; i2 < count; i2++) {
        result[i2] = C.getValue(address, "i16");
        address += SIZE_OF_SHORT;
      }
    }
    return result;
  }
  /**
   * Get the next state id for a given state id and node type id.
   */
  nextState(stateId, typeId) {
    return C._ts_language_next_state(this[0], stateId, typeId);
  }
  /**
   * Create a new lookahead iterator for this language and parse state.
   *
   * This returns `null` if state is invalid for this language.
   *
   * Iterating {@link LookaheadIterator} will yield valid symbols in the given
   * parse state. Newly created lookahead iterators will return the `ERROR`
   * symbol from {@link LookaheadIterator#currentType}.
   *
   * Lookahead iterators can be useful for generating suggestions and improving
   * syntax error diagnostics. To get symbols valid in an `ERROR` node, use the
   * lookahead iterator on its first leaf node state. For `MISSING` nodes, a
   * lookahead iterator created on the previous non-extra leaf node may be
   * appropriate.
   */
  lookaheadIterator(stateId) {
    const address = C._ts_lookahead_iterator_new(this[0], stateId);
    if (address) return new LookaheadIterator(INTERNAL, address, this);
    return null;
  }
  /**
   * @deprecated since version 0.25.0, call `new` on a {@link Query} instead
   *
   * Create a new query from a string containing one or more S-expression
   * patterns.
   *
   * The query is associated with a particular language, and can only be run
   * on syntax nodes parsed with that language. References to Queries can be
   * shared between multiple threads.
   *
   * @link {@see https://tree-sitter.github.io/tree-sitter/using-parsers/queries}
   */
  query(source) {
    console.warn("Language.query is deprecated. Use new Query(language, source) instead.");
    return new Query(this, source);
  }
  /**
   * Load a language from a WebAssembly module.
   * The module can be provided as a path to a file or as a buffer.
   */
  static async load(input) {
    let bytes;
    if (input instanceof Uint8Array) {
      bytes = Promise.resolve(input);
    } else {
      if (globalThis.process?.versions.node) {
        const fs2 = await Promise.resolve(/* import() */).then(__nccwpck_require__.t.bind(__nccwpck_require__, 1943, 23));
        bytes = fs2.readFile(input);
      } else {
        bytes = fetch(input).then((response) => response.arrayBuffer().then((buffer) => {
          if (response.ok) {
            return new Uint8Array(buffer);
          } else {
            const body2 = new TextDecoder("utf-8").decode(buffer);
            throw new Error(`Language.load failed with status ${response.status}.

${body2}`);
          }
        }));
      }
    }
    const mod = await C.loadWebAssemblyModule(await bytes, { loadAsync: true });
    const symbolNames = Object.keys(mod);
    const functionName = symbolNames.find((key) => LANGUAGE_FUNCTION_REGEX.test(key) && !key.includes("external_scanner_"));
    if (!functionName) {
      console.log(`Couldn't find language function in WASM file. Symbols:
${JSON.stringify(symbolNames, null, 2)}`);
      throw new Error("Language.load failed: no language function found in WASM file");
    }
    const languageAddress = mod[functionName]();
    return new _Language(INTERNAL, languageAddress);
  }
};

// src/bindings.ts
var import_tree_sitter = __toESM(require_tree_sitter(), 1);
var Module2 = null;
async function initializeBinding(moduleOptions) {
  if (!Module2) {
    Module2 = await (0, import_tree_sitter.default)(moduleOptions);
  }
  return Module2;
}
__name(initializeBinding, "initializeBinding");
function checkModule() {
  return !!Module2;
}
__name(checkModule, "checkModule");

// src/parser.ts
var TRANSFER_BUFFER;
var LANGUAGE_VERSION;
var MIN_COMPATIBLE_VERSION;
var Parser = class {
  static {
    __name(this, "Parser");
  }
  /** @internal */
  [0] = 0;
  // Internal handle for WASM
  /** @internal */
  [1] = 0;
  // Internal handle for WASM
  /** @internal */
  logCallback = null;
  /** The parser's current language. */
  language = null;
  /**
   * This must always be called before creating a Parser.
   *
   * You can optionally pass in options to configure the WASM module, the most common
   * one being `locateFile` to help the module find the `.wasm` file.
   */
  static async init(moduleOptions) {
    setModule(await initializeBinding(moduleOptions));
    TRANSFER_BUFFER = C._ts_init();
    LANGUAGE_VERSION = C.getValue(TRANSFER_BUFFER, "i32");
    MIN_COMPATIBLE_VERSION = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
  }
  /**
   * Create a new parser.
   */
  constructor() {
    this.initialize();
  }
  /** @internal */
  initialize() {
    if (!checkModule()) {
      throw new Error("cannot construct a Parser before calling `init()`");
    }
    C._ts_parser_new_wasm();
    this[0] = C.getValue(TRANSFER_BUFFER, "i32");
    this[1] = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
  }
  /** Delete the parser, freeing its resources. */
  delete() {
    C._ts_parser_delete(this[0]);
    C._free(this[1]);
    this[0] = 0;
    this[1] = 0;
  }
  /**
   * Set the language that the parser should use for parsing.
   *
   * If the language was not successfully assigned, an error will be thrown.
   * This happens if the language was generated with an incompatible
   * version of the Tree-sitter CLI. Check the language's version using
   * {@link Language#version} and compare it to this library's
   * {@link LANGUAGE_VERSION} and {@link MIN_COMPATIBLE_VERSION} constants.
   */
  setLanguage(language) {
    let address;
    if (!language) {
      address = 0;
      this.language = null;
    } else if (language.constructor === Language) {
      address = language[0];
      const version = C._ts_language_version(address);
      if (version < MIN_COMPATIBLE_VERSION || LANGUAGE_VERSION < version) {
        throw new Error(
          `Incompatible language version ${version}. Compatibility range ${MIN_COMPATIBLE_VERSION} through ${LANGUAGE_VERSION}.`
        );
      }
      this.language = language;
    } else {
      throw new Error("Argument must be a Language");
    }
    C._ts_parser_set_language(this[0], address);
    return this;
  }
  /**
   * Parse a slice of UTF8 text.
   *
   * @param {string | ParseCallback} callback - The UTF8-encoded text to parse or a callback function.
   *
   * @param {Tree | null} [oldTree] - A previous syntax tree parsed from the same document. If the text of the
   *   document has changed since `oldTree` was created, then you must edit `oldTree` to match
   *   the new text using {@link Tree#edit}.
   *
   * @param {ParseOptions} [options] - Options for parsing the text.
   *  This can be used to set the included ranges, or a progress callback.
   *
   * @returns {Tree | null} A {@link Tree} if parsing succeeded, or `null` if:
   *  - The parser has not yet had a language assigned with {@link Parser#setLanguage}.
   *  - The progress callback returned true.
   */
  parse(callback, oldTree, options) {
    if (typeof callback === "string") {
      C.currentParseCallback = (index) => callback.slice(index);
    } else if (typeof callback === "function") {
      C.currentParseCallback = callback;
    } else {
      throw new Error("Argument must be a string or a function");
    }
    if (options?.progressCallback) {
      C.currentProgressCallback = options.progressCallback;
    } else {
      C.currentProgressCallback = null;
    }
    if (this.logCallback) {
      C.currentLogCallback = this.logCallback;
      C._ts_parser_enable_logger_wasm(this[0], 1);
    } else {
      C.currentLogCallback = null;
      C._ts_parser_enable_logger_wasm(this[0], 0);
    }
    let rangeCount = 0;
    let rangeAddress = 0;
    if (options?.includedRanges) {
      rangeCount = options.includedRanges.length;
      rangeAddress = C._calloc(rangeCount, SIZE_OF_RANGE);
      let address = rangeAddress;
      for (let i2 = 0; i2 < rangeCount; i2++) {
        marshalRange(address, options.includedRanges[i2]);
        address += SIZE_OF_RANGE;
      }
    }
    const treeAddress = C._ts_parser_parse_wasm(
      this[0],
      this[1],
      oldTree ? oldTree[0] : 0,
      rangeAddress,
      rangeCount
    );
    if (!treeAddress) {
      C.currentParseCallback = null;
      C.currentLogCallback = null;
      C.currentProgressCallback = null;
      return null;
    }
    if (!this.language) {
      throw new Error("Parser must have a language to parse");
    }
    const result = new Tree(INTERNAL, treeAddress, this.language, C.currentParseCallback);
    C.currentParseCallback = null;
    C.currentLogCallback = null;
    C.currentProgressCallback = null;
    return result;
  }
  /**
   * Instruct the parser to start the next parse from the beginning.
   *
   * If the parser previously failed because of a timeout, cancellation,
   * or callback, then by default, it will resume where it left off on the
   * next call to {@link Parser#parse} or other parsing functions.
   * If you don't want to resume, and instead intend to use this parser to
   * parse some other document, you must call `reset` first.
   */
  reset() {
    C._ts_parser_reset(this[0]);
  }
  /** Get the ranges of text that the parser will include when parsing. */
  getIncludedRanges() {
    C._ts_parser_included_ranges_wasm(this[0]);
    const count = C.getValue(TRANSFER_BUFFER, "i32");
    const buffer = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
    const result = new Array(count);
    if (count > 0) {
      let address = buffer;
      for (let i2 = 0; i2 < count; i2++) {
        result[i2] = unmarshalRange(address);
        address += SIZE_OF_RANGE;
      }
      C._free(buffer);
    }
    return result;
  }
  /**
   * @deprecated since version 0.25.0, prefer passing a progress callback to {@link Parser#parse}
   *
   * Get the duration in microseconds that parsing is allowed to take.
   *
   * This is set via {@link Parser#setTimeoutMicros}.
   */
  getTimeoutMicros() {
    return C._ts_parser_timeout_micros(this[0]);
  }
  /**
   * @deprecated since version 0.25.0, prefer passing a progress callback to {@link Parser#parse}
   *
   * Set the maximum duration in microseconds that parsing should be allowed
   * to take before halting.
   *
   * If parsing takes longer than this, it will halt early, returning `null`.
   * See {@link Parser#parse} for more information.
   */
  setTimeoutMicros(timeout) {
    C._ts_parser_set_timeout_micros(this[0], 0, timeout);
  }
  /** Set the logging callback that a parser should use during parsing. */
  setLogger(callback) {
    if (!callback) {
      this.logCallback = null;
    } else if (typeof callback !== "function") {
      throw new Error("Logger callback must be a function");
    } else {
      this.logCallback = callback;
    }
    return this;
  }
  /** Get the parser's current logger. */
  getLogger() {
    return this.logCallback;
  }
};
// Annotate the CommonJS export names for ESM import in node:
0 && (0);
//# sourceMappingURL=tree-sitter.cjs.map


/***/ }),

/***/ 9519:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

// The CJS build is loaded on purpose: ncc's ESM bundling of web-tree-sitter fails at runtime
// ("createRequire is not a function"). A plain object is re-exported so that both ncc and
// Node's ESM loader see it as the default export (the original sets __esModule).
const treeSitter = __nccwpck_require__(3778);
module.exports = { Parser: treeSitter.Parser, Language: treeSitter.Language, Query: treeSitter.Query };


/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/************************************************************************/
var __webpack_exports__ = {};

;// CONCATENATED MODULE: external "node:crypto"
const external_node_crypto_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");
;// CONCATENATED MODULE: external "node:fs/promises"
const promises_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");
;// CONCATENATED MODULE: external "node:worker_threads"
const external_node_worker_threads_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");
;// CONCATENATED MODULE: external "node:path"
const external_node_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_namespaceObject);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __nccwpck_require__(8815);
;// CONCATENATED MODULE: ./src/model/actor.ts
const SYSTEM_ACTOR = { login: 'soc2-scan', id: null, type: 'system' };

;// CONCATENATED MODULE: ./src/model/errors.ts
/** The user's configuration or input is wrong: exit 2, a clear message, no stack trace. */
class errors_ConfigError extends Error {
    file;
    line;
    field;
    constructor(message, where = {}) {
        super(errors_ConfigError.describe(message, where));
        this.name = 'ConfigError';
        this.file = where.file;
        this.line = where.line;
        this.field = where.field;
    }
    static describe(message, { file, line, field }) {
        // Callers may name the field fully ("input 'fail-on'"); a bare key is quoted as a field.
        const fieldLabel = field && (field.includes("'") ? field : `field '${field}'`);
        const place = [file && (line ? `${file}:${line}` : file), fieldLabel].filter(Boolean);
        return place.length > 0 ? `${place.join(', ')}: ${message}` : message;
    }
}
/** The scan could not be completed as asked: exit 3, fail closed. */
class ScanIncompleteError extends Error {
    constructor(message, options) {
        super(message, options);
        this.name = 'ScanIncompleteError';
    }
}
const EXIT_CODES = { passed: 0, blocked: 1, configError: 2, scanIncomplete: 3 };

;// CONCATENATED MODULE: ./src/model/fingerprint.ts

function normaliseWhitespace(text) {
    return text.replace(/\s+/g, ' ').trim();
}
/**
 * A finding's identity for baselines, lifecycle, tickets and SARIF partialFingerprints. It uses no
 * line numbers, so inserting lines above a finding does not change it.
 */
function fingerprintFinding({ ruleId, path, matchedText, occurrence }) {
    return (0,external_node_crypto_namespaceObject.createHash)('sha256')
        .update(['soc2-scan/v1', ruleId, path, normaliseWhitespace(matchedText), String(occurrence)].join('\0'))
        .digest('hex');
}
/** Assigns occurrence indexes in file order, so equal matches in one file get distinct fingerprints. */
class OccurrenceCounter {
    seen = new Map();
    next(ruleId, path, matchedText) {
        const key = [ruleId, path, normaliseWhitespace(matchedText)].join('\0');
        const count = this.seen.get(key) ?? 0;
        this.seen.set(key, count + 1);
        return count;
    }
}

;// CONCATENATED MODULE: ./src/model/index.ts










;// CONCATENATED MODULE: external "node:fs"
const external_node_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");
;// CONCATENATED MODULE: ./src/engine/languages/grammars.json
const grammars_namespaceObject = /*#__PURE__*/JSON.parse('{"python":"tree-sitter-python/tree-sitter-python.wasm","javascript":"tree-sitter-javascript/tree-sitter-javascript.wasm","typescript":"tree-sitter-typescript/tree-sitter-typescript.wasm","tsx":"tree-sitter-typescript/tree-sitter-tsx.wasm","java":"tree-sitter-java/tree-sitter-java.wasm","go":"tree-sitter-go/tree-sitter-go.wasm","ruby":"tree-sitter-ruby/tree-sitter-ruby.wasm","php":"tree-sitter-php/tree-sitter-php.wasm","csharp":"tree-sitter-c-sharp/tree-sitter-c_sharp.wasm","kotlin":"@tree-sitter-grammars/tree-sitter-kotlin/tree-sitter-kotlin.wasm","rust":"tree-sitter-rust/tree-sitter-rust.wasm","c":"tree-sitter-c/tree-sitter-c.wasm","bash":"tree-sitter-bash/tree-sitter-bash.wasm","yaml":"@tree-sitter-grammars/tree-sitter-yaml/tree-sitter-yaml.wasm","json":"tree-sitter-json/tree-sitter-json.wasm","terraform":"@tree-sitter-grammars/tree-sitter-hcl/tree-sitter-terraform.wasm"}');
;// CONCATENATED MODULE: external "node:module"
const external_node_module_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:module");
;// CONCATENATED MODULE: external "node:url"
const external_node_url_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");
;// CONCATENATED MODULE: ./src/engine/languages/asset-locator.ts




// From source this is src/engine/languages; in the ncc bundle it is dist/ (action) or dist/cli/ (CLI),
// where scripts/build.mjs puts wasm/ and rules/ in dist/.
const here = external_node_path_default().dirname((0,external_node_url_namespaceObject.fileURLToPath)(import.meta.url));
const bundleDirs = [here, external_node_path_default().dirname(here)];
/**
 * The one place that knows where run-time assets live: beside the bundle when bundled, else in
 * node_modules (WASM) or src/rules (rule pack) when running from source.
 */
function locateWasm(specifier) {
    const name = external_node_path_default().basename(specifier);
    for (const dir of bundleDirs) {
        const candidate = external_node_path_default().join(dir, 'wasm', name);
        if ((0,external_node_fs_namespaceObject.existsSync)(candidate))
            return candidate;
    }
    return (0,external_node_module_namespaceObject.createRequire)(import.meta.url).resolve(specifier);
}
/** The bundled rule pack: `dist/rules` in the bundle, `src/rules` from source. */
function bundledRulesDir() {
    for (const dir of bundleDirs) {
        const candidate = path.join(dir, 'rules');
        if (existsSync(candidate))
            return candidate;
    }
    return path.resolve(here, '..', '..', 'rules');
}

;// CONCATENATED MODULE: ./src/engine/languages/wasm-tree-memory.ts
let heap;
/**
 * Called once the runtime is initialised, with the options object given to `Parser.init`: the
 * Emscripten module adopts that object and keeps its heap views on it (replaced when memory grows).
 */
function adoptWasmRuntime(module) {
    const candidate = module;
    if (candidate.HEAPU8 instanceof Uint8Array && candidate.HEAPU32 instanceof Uint32Array)
        heap = candidate;
}
/** Undefined when the runtime did not expose its memory (an unsupported web-tree-sitter version). */
function treeMemory(tree) {
    if (!heap)
        return undefined;
    // web-tree-sitter keeps the TSTree's address as the tree object's first field.
    const address = tree[0];
    // Re-read on every call: the views are replaced whenever the memory grows.
    return { u8: heap.HEAPU8, u16: heap.HEAPU16, u32: heap.HEAPU32, tree: address };
}

// EXTERNAL MODULE: ./src/engine/languages/web-tree-sitter-cjs.cjs
var web_tree_sitter_cjs = __nccwpck_require__(9519);
var web_tree_sitter_cjs_default = /*#__PURE__*/__nccwpck_require__.n(web_tree_sitter_cjs);
;// CONCATENATED MODULE: ./src/engine/languages/tree-sitter-runtime.ts

const { Parser, Language, Query } = (web_tree_sitter_cjs_default());

;// CONCATENATED MODULE: ./src/engine/languages/language-ids.ts
/** Languages the engine parses into trees, one tree-sitter grammar each (see grammars.json). */
const TARGET_LANGUAGES = (/* unused pure expression or super */ null && ([
    'javascript',
    'typescript',
    'tsx',
    'python',
    'java',
    'go',
    'ruby',
    'php',
    'csharp',
    'kotlin',
    'rust',
    'c',
    'bash',
    'yaml',
    'json',
    'terraform',
]));
/** Rule `languages` values as Semgrep spells them, mapped to our canonical ids. */
const RULE_LANGUAGE_ALIASES = {
    javascript: 'javascript',
    js: 'javascript',
    typescript: 'typescript',
    ts: 'typescript',
    python: 'python',
    py: 'python',
    python2: 'python',
    python3: 'python',
    java: 'java',
    go: 'go',
    golang: 'go',
    ruby: 'ruby',
    rb: 'ruby',
    php: 'php',
    csharp: 'csharp',
    'c#': 'csharp',
    cs: 'csharp',
    kotlin: 'kotlin',
    kt: 'kotlin',
    rust: 'rust',
    rs: 'rust',
    c: 'c',
    bash: 'bash',
    sh: 'bash',
    yaml: 'yaml',
    yml: 'yaml',
    json: 'json',
    terraform: 'terraform',
    tf: 'terraform',
    hcl: 'terraform',
    regex: 'regex',
    none: 'regex',
    generic: 'generic',
};
const SUPPORTED_LANGUAGES = Object.freeze(Object.keys(RULE_LANGUAGE_ALIASES));
function canonicalRuleLanguage(name) {
    return Object.hasOwn(RULE_LANGUAGE_ALIASES, name.toLowerCase())
        ? RULE_LANGUAGE_ALIASES[name.toLowerCase()]
        : undefined;
}
/**
 * The target languages a rule language runs on, its own grammar first (patterns must parse there).
 * Like Semgrep, javascript rules also run on TS/TSX (TypeScript is a superset), and typescript rules
 * cover .tsx. regex/generic rules run on text, not trees: none.
 */
function targetLanguagesOf(language) {
    switch (language) {
        case 'javascript':
            return ['javascript', 'typescript', 'tsx'];
        case 'typescript':
            return ['typescript', 'tsx'];
        case 'regex':
        case 'generic':
            return [];
        default:
            return [language];
    }
}

;// CONCATENATED MODULE: ./src/engine/languages/detect-language.ts

const EXTENSIONS = {
    '.js': 'javascript',
    '.mjs': 'javascript',
    '.cjs': 'javascript',
    '.jsx': 'javascript',
    '.ts': 'typescript',
    '.mts': 'typescript',
    '.cts': 'typescript',
    '.tsx': 'tsx',
    '.py': 'python',
    '.pyi': 'python',
    '.java': 'java',
    '.go': 'go',
    '.rb': 'ruby',
    '.rake': 'ruby',
    '.gemspec': 'ruby',
    '.php': 'php',
    '.phtml': 'php',
    '.cs': 'csharp',
    '.kt': 'kotlin',
    '.kts': 'kotlin',
    '.rs': 'rust',
    '.c': 'c',
    '.h': 'c',
    '.sh': 'bash',
    '.bash': 'bash',
    '.yaml': 'yaml',
    '.yml': 'yaml',
    '.json': 'json',
    '.tf': 'terraform',
    '.tfvars': 'terraform',
    '.hcl': 'terraform',
};
/** Extension-less files whose name alone says the language. */
const FILE_NAMES = {
    Rakefile: 'ruby',
    Gemfile: 'ruby',
    Vagrantfile: 'ruby',
    Podfile: 'ruby',
    '.bashrc': 'bash',
    '.bash_profile': 'bash',
    '.profile': 'bash',
};
/** `#!` interpreters, matched on the interpreter's name (`/bin/sh`, `/usr/bin/env -S python3 -u`, …). */
const SHEBANGS = [
    [/\bpython[0-9.]*\b/, 'python'],
    [/\b(?:node|nodejs|deno|bun)\b/, 'javascript'],
    [/\b(?:ts-node|tsx)\b/, 'typescript'],
    [/\bruby[0-9.]*\b/, 'ruby'],
    [/\bphp[0-9.]*\b/, 'php'],
    [/(?:\/|\s)(?:ba|da|k|z)?sh\b/, 'bash'],
];
/**
 * A file's parsed language from its extension, its name, or a `#!` line. Anything else (Dockerfile,
 * Makefile, .txt, …) has no grammar: only `generic` and `regex` rules run on it.
 */
function detectLanguage(filePath, firstLine) {
    const byExtension = EXTENSIONS[external_node_path_default().extname(filePath).toLowerCase()];
    if (byExtension)
        return byExtension;
    const byName = FILE_NAMES[external_node_path_default().basename(filePath)];
    if (byName)
        return byName;
    if (!firstLine.startsWith('#!'))
        return undefined;
    return SHEBANGS.find(([interpreter]) => interpreter.test(firstLine))?.[1];
}

;// CONCATENATED MODULE: ./src/engine/languages/language-registry.ts







let runtimeReady;
const languages = new Map();
const parsers = new Map();
function initRuntime() {
    if (!runtimeReady) {
        const moduleOptions = {
            locateFile: (name) => name === 'tree-sitter.wasm' ? locateWasm('web-tree-sitter/tree-sitter.wasm') : name,
        };
        runtimeReady = Parser.init(moduleOptions).then(() => adoptWasmRuntime(moduleOptions));
    }
    return runtimeReady;
}
async function loadLanguage(language) {
    await initRuntime();
    const specifier = grammars_namespaceObject[language];
    // Loading from bytes keeps web-tree-sitter from guessing how to fetch a path.
    return Language.load((0,external_node_fs_namespaceObject.readFileSync)(locateWasm(specifier)));
}
/** The parser for `language` if `parserFor` already created it in this process (for synchronous callers). */
function parserForLoaded(language) {
    return parsers.get(language);
}
/** A parser for `language`, created once per process (web-tree-sitter parsers are reusable). */
async function parserFor(language) {
    const existing = parsers.get(language);
    if (existing)
        return existing;
    let loading = languages.get(language);
    if (!loading) {
        loading = loadLanguage(language);
        languages.set(language, loading);
    }
    const grammar = await loading;
    const ready = parsers.get(language);
    if (ready)
        return ready;
    const parser = new Parser();
    parser.setLanguage(grammar);
    parsers.set(language, parser);
    return parser;
}

;// CONCATENATED MODULE: ./src/engine/generic/generic-pattern.ts
const DEFAULT_ELLIPSIS_MAX_SPAN = 10;
const TOKEN = /[A-Za-z0-9_]+|\S/gu;
function tokenize(text) {
    const tokens = [];
    let line = 0;
    let scanned = 0;
    for (const match of text.matchAll(TOKEN)) {
        const start = match.index;
        for (let i = text.indexOf('\n', scanned); i >= 0 && i < start; i = text.indexOf('\n', i + 1))
            line += 1;
        scanned = start;
        const word = /^[A-Za-z0-9_]/.test(match[0]);
        tokens.push({ text: match[0], start, end: start + match[0].length, line, word });
    }
    return tokens;
}
/** Compiles a generic pattern; throws when it has nothing to match. */
function compileGenericPattern(source, maxSpanLines = DEFAULT_ELLIPSIS_MAX_SPAN) {
    const elements = [];
    const element = /\$\.\.\.([A-Z_][A-Z0-9_]*)|\.\.\.|\$([A-Z_][A-Z0-9_]*)|[A-Za-z0-9_]+|\S/gu;
    for (const match of source.matchAll(element)) {
        if (match[1])
            elements.push({ kind: 'ellipsis', name: `$...${match[1]}` });
        else if (match[0] === '...')
            elements.push({ kind: 'ellipsis' });
        else if (match[2])
            elements.push({ kind: 'metavariable', name: `$${match[2]}` });
        else
            elements.push({ kind: 'literal', text: match[0] });
    }
    // Adjacent ellipses mean the same as one.
    const merged = elements.filter((e, i) => !(e.kind === 'ellipsis' && !e.name && elements[i - 1]?.kind === 'ellipsis'));
    if (!merged.some((e) => e.kind !== 'ellipsis'))
        throw new Error('a generic pattern needs at least one token');
    return { elements: merged, maxSpanLines };
}

;// CONCATENATED MODULE: ./src/engine/patterns/ruby-pattern-shapes.ts
const BLOCKS = new Set(['block', 'do_block']);
const BLOCK_BODIES = new Set(['block_body', 'body_statement']);
/**
 * Ruby pattern trees the grammar shapes differently from how Semgrep reads them:
 * - `$M ... { ... }` parses the brace block onto the `...` (a call of its own); Semgrep reads it as
 *   the block of `$M ...`, as `$M ... do ... end` already parses;
 * - a block whose body is only `...` is any block, the empty `foo 1 { }` included.
 */
function rubyPatternShape(node) {
    if (BLOCKS.has(node.type)) {
        const children = node.children.map((child) => child.kind === 'node' && BLOCK_BODIES.has(child.type) && child.children.every(isEllipsis)
            ? { kind: 'ellipsis' }
            : child);
        return { ...node, children, hasEllipsis: node.hasEllipsis || children.some(isEllipsis) };
    }
    if (node.type !== 'call' || node.children.length !== 2)
        return node;
    const [callee, args] = node.children;
    if (args.kind !== 'node' || args.type !== 'argument_list')
        return node;
    const last = args.children[args.children.length - 1];
    if (last?.kind !== 'node' || last.type !== 'call' || last.children.length !== 2)
        return node;
    const [dots, block] = last.children;
    if (dots.kind !== 'ellipsis' || block.kind !== 'node' || block.type !== 'block')
        return node;
    const hoisted = { ...args, children: [...args.children.slice(0, -1), dots], hasEllipsis: true };
    return { ...node, children: [callee, hoisted, block] };
}
function isEllipsis(node) {
    return node.kind === 'ellipsis';
}

;// CONCATENATED MODULE: ./src/engine/patterns/bash-normal-form.ts
/**
 * Bash trees reshaped as Semgrep's Bash frontend reads them, for patterns and targets alike:
 * - `cmd &` is one node, `background_command`: `... &` matches only commands run in the background,
 *   while `cmd` still matches the command inside;
 * - the `VAR=value` prefixes of a command (`LANG=C sort f`) are left out: Semgrep reads the command
 *   only, so `sort $F` matches and `$X=...` does not. A command made only of assignments keeps them.
 */
function bashNormalForm(root) {
    const stack = [root];
    while (stack.length > 0) {
        const node = stack.pop();
        if (node.children.length === 0)
            continue;
        let children = node.children;
        if (node.type === 'command' && children.some((c) => c.type === 'command_name'))
            children = children.filter((c) => c.type !== 'variable_assignment');
        if (node.type !== BACKGROUND_COMMAND && children.some((c) => c.type === '&'))
            children = wrapBackgrounded(children);
        if (children !== node.children)
            node.children = children;
        stack.push(...children);
    }
    return root;
}
const BACKGROUND_COMMAND = 'background_command';
function wrapBackgrounded(children) {
    const out = [];
    for (const child of children) {
        const previous = out.at(-1);
        if (child.type === '&' && !child.named && previous?.named && previous.type !== 'comment') {
            out[out.length - 1] = {
                type: BACKGROUND_COMMAND,
                named: true,
                start: previous.start,
                end: child.end,
                children: [previous, child],
            };
        }
        else
            out.push(child);
    }
    return out;
}

;// CONCATENATED MODULE: ./src/engine/patterns/plain-tree.ts


function toPlainTree(tree) {
    const root = copyTree(tree);
    if (tree.language.name !== 'bash')
        return root;
    // Bash is read in Semgrep's normal form (background commands, command prefixes), patterns and targets
    // alike; it adds and drops nodes, so the list of named nodes is made again.
    forgetNamedOrder(root);
    return bashNormalForm(root);
}
/**
 * Copies a tree's visible nodes (what web-tree-sitter's cursor visits, in the same order, with the same
 * types and ranges) by reading tree-sitter's structures in WASM memory: one pass, no call into WASM.
 * Layouts, from tree-sitter's subtree.h and parser.h (wasm32, little-endian):
 * - a Subtree is 8 bytes: an inline leaf (bit 0 set) or a pointer to SubtreeHeapData, whose children
 *   (Subtrees) sit right before it;
 * - inline leaf: byte 0 flags (1 visible, 3 extra), byte 1 symbol, byte 6 padding, byte 7 size;
 * - heap data: padding bytes @4, size bytes @16, child_count @36, symbol u16 @40, flags @44 (0 visible,
 *   2 extra), visible_child_count @48, production_id u16 @66;
 * - TSTree: root Subtree @0, language @8; TSLanguage: max_alias_sequence_length u16 @36,
 *   public_symbol_map @76, alias_sequences @84.
 * As in the cursor, a hidden node's children take its place, a non-extra child's alias (by its
 * parent's production) makes it visible under the alias's name, and offsets are UTF-16 bytes.
 */
function copyTree(tree) {
    // The runtime's own view of the root, asked for before the memory views are taken (no call into WASM
    // after that may grow the memory under them): a layout this code misreads must fail, not give a wrong tree.
    const { type: rootType, startIndex: rootStartIndex, endIndex: rootEndIndex } = tree.rootNode;
    const memory = treeMemory(tree);
    if (!memory)
        throw new Error('web-tree-sitter does not expose its memory: the runtime version is not supported');
    const { u8, u16, u32 } = memory;
    const kinds = nodeKindsOf(tree.language);
    const language = u32[(memory.tree + 8) >> 2];
    const maxAliasLength = u16[(language + 36) >> 1];
    const publicSymbols = u32[(language + 76) >> 2] >> 1;
    const aliasSequences = u32[(language + 84) >> 2];
    const publicSymbol = (symbol) => symbol === ERROR_SYMBOL ? symbol : u16[publicSymbols + symbol];
    if (u8[memory.tree] & 1)
        throw new Error('unexpected tree layout: the root is a leaf');
    const rootData = u32[memory.tree >> 2];
    const rootStart = u32[(rootData + 4) >> 2];
    const root = {
        type: kinds.typeOf(publicSymbol(u16[(rootData + 40) >> 1])),
        named: true,
        start: rootStart >> 1,
        end: (rootStart + u32[(rootData + 16) >> 2]) >> 1,
        children: [],
    };
    if (rootType !== root.type || rootStartIndex !== root.start || rootEndIndex !== root.end)
        throw new Error("unexpected tree layout: the root read from memory differs from the runtime's");
    const named = [root];
    namedInOrder.set(root, named);
    // Children are collected on one shared stack and each visible node's list is cut from it when the
    // node is left: arrays of exactly their length.
    const pending = [];
    let pendingTop = 0;
    // One frame per node being read (hidden nodes too), in parallel stacks indexed by depth: no object
    // per frame. Iterative: deep trees (long else-if chains, minified code) must not overflow the call stack.
    const data = [];
    const counts = [];
    const next = [];
    const position = [];
    const structural = [];
    const aliasBase = [];
    const owner = [];
    const childrenFrom = [];
    let depth = 0;
    const enter = (address, start, visibleOwner, opens) => {
        const production = u16[(address + 66) >> 1];
        data[depth] = address;
        counts[depth] = u32[(address + 36) >> 2];
        next[depth] = 0;
        position[depth] = start;
        structural[depth] = 0;
        aliasBase[depth] = production === 0 ? -1 : (aliasSequences >> 1) + production * maxAliasLength;
        owner[depth] = visibleOwner;
        childrenFrom[depth] = opens ? pendingTop : -1;
        depth += 1;
    };
    enter(rootData, rootStart, root, true);
    frames: while (depth > 0) {
        const top = depth - 1;
        const address = data[top];
        const count = counts[top];
        const aliases = aliasBase[top];
        const parent = owner[top];
        let index = next[top];
        let at = position[top];
        let structuralIndex = structural[top];
        while (index < count) {
            const child = address - (count - index) * 8;
            let visible;
            let extra;
            let symbol;
            let size;
            let childData = 0;
            if (u8[child] & 1) {
                const flags = u8[child];
                visible = flags & 2;
                extra = flags & 8;
                symbol = u8[child + 1];
                if (index > 0)
                    at += u8[child + 6];
                size = u8[child + 7];
            }
            else {
                childData = u32[child >> 2];
                const flags = u8[childData + 44];
                visible = flags & 1;
                extra = flags & 4;
                symbol = u16[(childData + 40) >> 1];
                if (index > 0)
                    at += u32[(childData + 4) >> 2];
                size = u32[(childData + 16) >> 2];
            }
            index += 1;
            const start = at;
            at = start + size;
            let alias = 0;
            if (!extra) {
                if (aliases >= 0)
                    alias = u16[aliases + structuralIndex];
                structuralIndex += 1;
            }
            const shown = visible !== 0 || alias !== 0;
            // Whose children list this child's own children join: its node, or (hidden) its visible parent's.
            let childrenOwner;
            if (shown) {
                const typeId = publicSymbol(alias || symbol);
                const type = kinds.typeOf(typeId);
                const node = {
                    type,
                    named: kinds.isNamed(typeId) || isReceiverKeyword(type, parent.type),
                    start: start >> 1,
                    end: at >> 1,
                    children: NO_CHILDREN,
                };
                pending[pendingTop++] = node;
                if (node.named)
                    named.push(node);
                if (childData !== 0 && u32[(childData + 36) >> 2] > 0)
                    childrenOwner = node;
            }
            else if (childData !== 0 && u32[(childData + 36) >> 2] > 0 && u32[(childData + 48) >> 2] > 0) {
                // A hidden node with visible descendants: its children take its place.
                childrenOwner = parent;
            }
            if (childrenOwner === undefined)
                continue;
            next[top] = index;
            position[top] = at;
            structural[top] = structuralIndex;
            enter(childData, start, childrenOwner, shown);
            continue frames;
        }
        const from = childrenFrom[top];
        if (from >= 0) {
            parent.children =
                from === pendingTop && parent !== root ? NO_CHILDREN : pending.slice(from, pendingTop);
            pendingTop = from;
        }
        depth -= 1;
    }
    return root;
}
/** tree-sitter's ts_builtin_sym_error, which has no entry in the public symbol map. */
const ERROR_SYMBOL = 0xffff;
/** Shared by every leaf (most nodes): one array less to allocate and collect per token. Frozen: trees are read-only. */
const NO_CHILDREN = Object.freeze([]);
/** A grammar's node type names and namedness by type id, read from WASM once per language. */
class NodeKinds {
    language;
    names;
    /**
     * By type id: 0 not yet asked, 1 anonymous, 2 named. A typed array, because ERROR's id is 65535: a
     * plain array given that index turns into a slow dictionary for every later lookup.
     */
    named = new Uint8Array(0x10000);
    constructor(language) {
        this.language = language;
        this.names = language.types;
    }
    typeOf(typeId) {
        return typeId < this.names.length ? this.names[typeId] || 'ERROR' : 'ERROR';
    }
    isNamed(typeId) {
        let named = this.named[typeId];
        if (named === 0) {
            named = this.language.nodeTypeIsNamed(typeId) ? 2 : 1;
            this.named[typeId] = named;
        }
        return named === 2;
    }
}
const kindsByLanguage = new WeakMap();
function nodeKindsOf(language) {
    let kinds = kindsByLanguage.get(language);
    if (!kinds) {
        kinds = new NodeKinds(language);
        kindsByLanguage.set(language, kinds);
    }
    return kinds;
}
/** C#'s `this.x` / `base.x` receivers are anonymous tokens; they are operands like any other, so named. */
function isReceiverKeyword(type, parentType) {
    return (type === 'this' || type === 'base') && parentType === 'member_access_expression';
}
/** Comments are extras: they may sit anywhere between siblings, so matching ignores them. */
function isComment(node) {
    return node.type === 'comment' || node.type === 'html_comment' || SPLIT_COMMENTS.has(node.type);
}
/** Java, Kotlin and Rust name their two comment forms apart. */
const SPLIT_COMMENTS = new Set(['line_comment', 'block_comment']);
/** The named nodes of each copied tree, in source order: the walk every file's analyses start with, done once. */
const namedInOrder = new WeakMap();
/** For code that adds nodes to a copied tree. */
function forgetNamedOrder(root) {
    namedInOrder.delete(root);
}
/** Every named node, parents before children (an array: cheaper to build and walk than a generator). */
function namedDescendants(root) {
    const known = namedInOrder.get(root);
    if (known)
        return known;
    const found = [];
    const stack = [root];
    while (stack.length > 0) {
        const node = stack.pop();
        if (node.named)
            found.push(node);
        for (let i = node.children.length - 1; i >= 0; i -= 1)
            stack.push(node.children[i]);
    }
    return found;
}
/** Share of the source covered by outermost ERROR nodes: tells a usable tree with small errors from garbage. */
function errorCoverage(root) {
    if (root.end === root.start)
        return 0;
    let covered = 0;
    const stack = [root];
    while (stack.length > 0) {
        const node = stack.pop();
        if (node.type === 'ERROR')
            covered += node.end - node.start;
        else
            stack.push(...node.children);
    }
    return covered / (root.end - root.start);
}

;// CONCATENATED MODULE: ./src/engine/patterns/jvm-go-node-kinds.ts
/**
 * Node types of the Java, C#, Kotlin and Go grammars that the matcher's shared tables need.
 *
 * Declarations are matched loosely, as Semgrep does:
 * a pattern that leaves out a class's `extends`, a method's `throws` or its modifiers still matches
 * declarations that have them, and modifiers/annotations are a set, not a sequence.
 */
/** Parts of a declaration a pattern may leave out (see structural-matcher's OPTIONAL_CHILDREN). */
const OPTIONAL_DECLARATION_PARTS = [
    // Java
    'modifiers',
    'superclass',
    'super_interfaces',
    'extends_interfaces',
    'throws',
    // C#
    'attribute_list',
    'modifier',
    'type_parameter_list',
    'base_list',
    'type_parameter_constraints_clause',
    // Kotlin
    'delegation_specifiers',
    'type_constraints',
    'user_type', // a declaration's type: `fun f()` matches `fun f(): Int`, `val x = 1` matches `val x: Int = 1`
    'nullable_type',
];
/** Modifier nodes that sit directly among a declaration's children (C#): matched as a subset. */
const MODIFIER_SIBLINGS = new Set(['modifier', 'attribute_list']);
/**
 * Children matched as a subset: a declaration's modifiers and annotations (Java, Kotlin), the
 * interfaces it implements (`implements C` matches `implements B, C`; Kotlin `: C` matches `: B(), C`).
 */
const MODIFIER_LISTS = ['modifiers', 'type_list', 'delegation_specifiers'];
/** Children are statements or member declarations, so `...` spans them (see STATEMENT_LISTS). */
const STATEMENT_LIST_TYPES = [
    'statement_list', // Go: inside every block
    'source_file', // Go, Kotlin: top level
    'compilation_unit', // C#: top level
    'declaration_list', // C#: class, struct, interface, namespace body
    'interface_body', // Java
    'annotation_type_body', // Java
    'constructor_body', // Java
    'enum_body_declarations', // Java
    'enum_class_body', // Kotlin: `class $X { ... }` parses as an enum body
];
/** Target node types a pattern node type also matches (see TYPE_EQUIVALENTS). */
const EQUIVALENT_TYPES = {
    // C#: a method pattern parses on its own as a local function.
    local_function_statement: ['method_declaration'],
    enum_class_body: ['class_body'],
    // Java: statements written in a pattern also match the same declarations as class fields.
    local_variable_declaration: ['field_declaration'],
    // Java: an annotation's element is an abstract method (see structural-matcher's matchAnnotationElement).
    method_declaration: ['annotation_type_element_declaration'],
    // Java: `$M(...) { ... }`, written without a return type, parses as a constructor; it is any method too.
    constructor_declaration: ['method_declaration'],
    constructor_body: ['block'],
    // Go: a `var` pattern also matches a `const` (a variable whose value cannot change).
    var_declaration: ['const_declaration'],
    var_spec: ['const_spec'],
    // Go: `$X = v` also matches `var x = v` and `x := v`.
    assignment_statement: ['var_spec', 'short_var_declaration'],
    // Kotlin: `$X = v` also matches `val x = v` and `var x: T = v`, as Semgrep reads a definition as an assignment.
    assignment: ['property_declaration'],
};
/** Operator tokens that mean the same to a pattern (Go's `:=` declares and assigns). */
const TOKEN_SYNONYMS = { ':=': '=' };
/** String literals compared by value (see STRING_TYPES); interpolated ones have `interpolation` children. */
const STRING_LITERAL_TYPES = [
    'string_literal', // Java, C#, Kotlin
    'interpreted_string_literal', // Go
    'raw_string_literal', // Go, C#
    'verbatim_string_literal', // C#
    'interpolated_string_expression', // C#
    'multiline_string_literal', // Kotlin
];
/** Number literals compared by value. */
const NUMBER_LITERAL_TYPES = [
    'decimal_integer_literal', // Java
    'hex_integer_literal',
    'octal_integer_literal',
    'binary_integer_literal',
    'decimal_floating_point_literal',
    'int_literal', // Go
    'float_literal', // Go, Kotlin
    'integer_literal', // C#
    'real_literal', // C#
    'number_literal', // Kotlin
];
/** Identifier node types that name the same thing wherever they occur (Go selectors, packages). */
const IDENTIFIER_TYPES = ['field_identifier', 'package_identifier'];
/** Nodes that only wrap one expression (when they have no other token); a metavariable binds the expression. */
const SINGLE_CHILD_WRAPPERS = new Set(['expression_list', 'argument', 'value_argument']);
/** Declarations that bind a name to a value, for constant propagation (Go, Kotlin). */
const ASSIGNMENT_TYPES = [
    'var_spec',
    'const_spec',
    'short_var_declaration',
    'assignment_statement',
    'property_declaration',
];
/** One side of an assignment: Go's one-element `expression_list`, Kotlin's `variable_declaration` name. */
function assignedSide(node) {
    const inner = node.children.filter((c) => c.named && c.type !== 'comment');
    if (node.type === 'expression_list' && inner.length === 1)
        return inner[0];
    if (node.type === 'variable_declaration' && inner[0]?.type === 'identifier')
        return inner[0];
    return node;
}
/** Member accesses `a.b` (`a. ... .b` chains start at these). */
const MEMBER_ACCESS_TYPES = [
    'field_access', // Java
    'selector_expression', // Go
    'navigation_expression', // Kotlin
    'member_access_expression', // C#
];
/** Calls whose first child is the callee. */
const CALL_TYPES = [
    'method_invocation', // Java: object, name and arguments in one node
    'invocation_expression', // C#
];
/** Links of a method chain, walked from the outside in through their first child. */
const CHAIN_LINK_TYPES = [...MEMBER_ACCESS_TYPES, ...CALL_TYPES];
/** Kotlin statements are bare expressions: a call statement also matches inside `val x = call()`. */
const BARE_EXPRESSION_STATEMENTS = new Set(['call_expression']);
/**
 * The name a Go package is known by in code, guessed from its import path as Go tooling does:
 * the last element, skipping a major-version element (`/v3`) and a `go-` prefix or `-go` suffix.
 */
function goPackageName(path) {
    const parts = path.split('/').filter((p) => p && !/^v\d+$/.test(p));
    const last = parts[parts.length - 1];
    return last?.replace(/^go-|-go$/, '').replace(/[^\w]/g, '_');
}

;// CONCATENATED MODULE: ./src/engine/patterns/grammar-node-types.ts

/**
 * Node types of the PHP, Ruby, Rust, C, Bash and Terraform grammars that play a role the matcher
 * knows by name for the other grammars (statement lists, call chains, argument wrappers). Kept
 * apart so the matcher's rules stay general and each grammar's spelling lives in one place. The
 * tables both this file and jvm-go-node-kinds fill are exported here once, with the Java, C#,
 * Kotlin and Go entries included, so the matcher reads one list per role.
 */
/** Nodes whose children are statements (function and class bodies, blocks). */
const grammar_node_types_STATEMENT_LIST_TYPES = [
    // PHP (class bodies are `declaration_list`, like Rust's `impl` and `mod` bodies)
    'compound_statement',
    'declaration_list',
    'colon_block',
    // Ruby
    'body_statement',
    'block_body',
    'then',
    'else',
    'ensure',
    'do',
    // Rust, C
    'source_file',
    'translation_unit',
    // Bash
    'do_group',
    // Terraform: a file, block or object body
    'body',
    ...STATEMENT_LIST_TYPES,
];
/** Links of a call chain `a.b().c[0]`: member accesses, calls, subscripts. */
const grammar_node_types_CHAIN_LINK_TYPES = [
    // PHP
    'member_call_expression',
    'member_access_expression',
    'nullsafe_member_call_expression',
    'nullsafe_member_access_expression',
    'scoped_call_expression',
    // Ruby (`a.b` and `a.b(c)` are both `call`), Rust, C
    'field_expression',
    'element_reference',
    'index_expression',
    ...CHAIN_LINK_TYPES,
];
/** Nodes that only wrap one expression: a metavariable bound through them binds the expression. */
const TRANSPARENT_WRAPPERS = new Set([
    // PHP call arguments, and untyped parameters without a default
    'argument',
    'simple_parameter',
    // Bash `$X` and `${X}` both stand for the variable
    'simple_expansion',
    'expansion',
    // Bash: a command's name is its first word (`... $X ...` may bind it)
    'command_name',
    // Terraform: every expression and variable reference is wrapped once
    'expression',
    'variable_expr',
    // YAML: `- x` and `[x]` hold the same node
    'block_sequence_item',
    'flow_node',
    'block_node',
]);
/** Nodes that are markup around the code, never an expression a metavariable could stand for. */
const NOT_CODE = new Set([
    // PHP `<?php`
    'php_tag',
    // Terraform braces
    'block_start',
    'block_end',
    'object_start',
    'object_end',
    'tuple_start',
    'tuple_end',
]);
/** Children matched as a set (YAML mappings: key order carries no meaning). */
const UNORDERED_TYPES = ['block_mapping', 'flow_mapping'];
/** YAML block and flow collections are the same value: `[a, b]` matches `- a` / `- b`. */
const COLLECTION_EQUIVALENTS = {
    flow_sequence: ['block_sequence'],
    block_sequence: ['flow_sequence'],
    flow_mapping: ['block_mapping'],
    block_mapping: ['flow_mapping'],
    flow_pair: ['block_mapping_pair'],
    block_mapping_pair: ['flow_pair'],
    // A tagged value (`!t 42`, `!t` above a block) is a node of the tag and the value, either way written.
    flow_node: ['block_node'],
    block_node: ['flow_node'],
};
/** String literals compared by value, whatever their quoting (YAML scalars: `a`, `"a"` and `'a'`). */
const grammar_node_types_STRING_LITERAL_TYPES = [
    'double_quote_scalar',
    'single_quote_scalar',
    'plain_scalar',
    'block_scalar',
    // Terraform
    'string_lit',
    // PHP double-quoted
    'encapsed_string',
    // Rust, C
    'string_literal',
    'raw_string_literal',
    ...STRING_LITERAL_TYPES,
];
/** Number literals compared by value (`8`, `010`, `0x8`). */
const grammar_node_types_NUMBER_LITERAL_TYPES = [
    // C
    'number_literal',
    // Rust
    'integer_literal',
    'float_literal',
    ...NUMBER_LITERAL_TYPES,
];
/** Argument lists whose brackets belong to the call: `f($X)` is a list holding `$X`, not `$X` itself. */
const BRACKETLESS_LISTS = new Set(['function_arguments', 'argument_list']);
/** Calls besides `call` / `call_expression`, for `<... e ...>` (spelled as a call) in their grammars. */
const grammar_node_types_CALL_TYPES = [
    'function_call',
    'function_call_expression',
    ...CALL_TYPES,
];
/** Pieces of a string literal that are code (`${x}`, `#{x}`, `$(cmd)`, Bash `$x`), not text. */
function isInterpolation(type) {
    return /interpolation|substitution/.test(type) || INTERPOLATED_CODE.has(type);
}
const INTERPOLATED_CODE = new Set([
    // Bash `$x`, `${x}`
    'simple_expansion',
    'expansion',
    // PHP `"$x"`, `"{$o->p}"`, `"$a[0]"`
    'variable_name',
    'member_access_expression',
    'subscript_expression',
    'dynamic_variable_name',
]);
/** Braced statement blocks (PHP, C): a lone statement pattern matches the block holding only it. */
const BLOCK_TYPES = ['compound_statement'];
/**
 * Lists a pattern may name only part of, in any order: PHP `extends A, B` / `implements C, D`, and
 * C#'s `: Base(x), IFoo` (a primary constructor's base call is the name and its arguments, side by side).
 */
const SUBSET_TYPES = {
    base_clause: 0,
    class_interface_clause: 0,
    base_list: 0,
};
/** Leaves whose spelling case carries no meaning (PHP `false`, `FALSE`, `null`, `NULL`). */
const CASE_INSENSITIVE_LEAVES = new Set(['boolean', 'null']);

;// CONCATENATED MODULE: ./src/engine/patterns/yaml-scalars.ts
/**
 * A YAML block scalar's text (`|` or `>` with optional indicators, then indented lines) and the string
 * it denotes: what Semgrep compares and what `"=~/.../"` sees, not its indentation in the file.
 */
const BLOCK_SCALAR = /^([|>])([-+]?)[1-9]?([-+]?)[ \t]*(?:#[^\n]*)?(?:\r?\n|$)/;
/** The block scalar's value, or undefined when `text` is not a block scalar. */
function blockScalarValue(text) {
    const header = BLOCK_SCALAR.exec(text);
    if (!header)
        return undefined;
    const lines = text.slice(header[0].length).split(/\r?\n/);
    const indent = Math.min(...lines.filter((line) => line.trim() !== '').map((line) => /^[ \t]*/.exec(line)?.[0].length ?? 0));
    const body = lines.map((line) => line.slice(Number.isFinite(indent) ? indent : 0));
    while (body.length > 0 && body[body.length - 1].trim() === '')
        body.pop();
    const content = header[1] === '|' ? body.join('\n') : fold(body);
    const chomping = header[2] || header[3];
    return content === '' || chomping === '-' ? content : `${content}\n`;
}
/** `>`: lines of one paragraph join with a space; an empty line is a line break; indented lines stay apart. */
function fold(lines) {
    let out = '';
    for (let i = 0; i < lines.length; i += 1) {
        const line = lines[i];
        if (i === 0)
            out = line;
        else if (line === '' || lines[i - 1] === '' || /^\s/.test(line) || /^\s/.test(lines[i - 1]))
            out += line === '' ? '\n' : lines[i - 1] === '' ? line : `\n${line}`;
        else
            out += ` ${line}`;
    }
    return out;
}

;// CONCATENATED MODULE: ./src/engine/patterns/pattern-node.ts


/** String literal node types whose quoting style does not matter when comparing. */
const STRING_TYPES = new Set([
    'string',
    'template_string',
    'concatenated_string',
    ...grammar_node_types_STRING_LITERAL_TYPES,
]);
/** Punctuation carries no meaning once the tree shape is known; keywords and operators do. */
const PUNCTUATION = new Set([',', ';', '(', ')', '[', ']', '{', '}', ':', '.', '?.']);
/** `'a'`, `"a"`, `r"a"`, `'''a'''` and `` `a` `` all compare by their content. */
function stringContent(text) {
    // YAML `|` / `>` block scalars: no quotes, and the indentation is not part of the value.
    const block = blockScalarValue(text);
    if (block !== undefined)
        return `\0${block}`;
    // C#: `@"..."` is verbatim (raw), `$"..."` interpolated.
    const match = /^([A-Za-z@$]*)('''|"""|['"`])([\s\S]*)\2$/.exec(text);
    if (!match)
        return text;
    const prefix = match[1].toLowerCase().replace(/[ubrf@$]/g, '');
    return prefix + '\0' + pattern_node_unescape(match[3], /[r@]/i.test(match[1]));
}
/** The string's value, so `"\x41"`, `'A'` and `"A"` compare equal; raw strings keep their backslashes. */
function pattern_node_unescape(body, raw) {
    if (raw || !body.includes('\\'))
        return body;
    return body.replace(/\\(x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|["'`\\nrt0])/g, (_, esc) => {
        if (esc[0] === 'x' || esc[0] === 'u')
            return String.fromCharCode(parseInt(esc.slice(1), 16));
        return esc === 'n' ? '\n' : esc === 'r' ? '\r' : esc === 't' ? '\t' : esc === '0' ? '\0' : esc;
    });
}
/** The value of a string literal without its quotes and prefix (for `"$X"` and `"=~/re/"`). */
function stringValue(text) {
    const content = stringContent(text);
    const at = content.indexOf('\0');
    return at >= 0 ? content.slice(at + 1) : content;
}

;// CONCATENATED MODULE: ./src/engine/patterns/pcre-syntax.ts
/**
 * Rewrites PCRE syntax (what Semgrep rules are written in) into an equivalent JavaScript RegExp body.
 *
 * JavaScript (Node 20) lacks inline option changes in the middle of an expression (`a(?i)b`,
 * `(?i:…)`, `(?s)`, `(?m)`, `(?x)`), `\A` / `\Z` / `\z`, `(?P<name>…)`, `\Q…\E`, POSIX classes,
 * possessive quantifiers and atomic groups. Scoped options are emulated atom by atom: a letter under
 * `(?i)` becomes `[aA]`, a dot under `(?s)` becomes `[\s\S]`, an anchor under a different `m` state
 * than the RegExp's becomes a lookaround. Possessive quantifiers and atomic groups become their
 * backtracking forms, which can only find more matches where the possessive form would fail.
 */
/** Thrown for PCRE constructs that have no JavaScript equivalent (recursion, conditionals…). */
class UnsupportedPcreError extends SyntaxError {
}
const POSIX_CLASSES = {
    alpha: 'a-zA-Z',
    digit: '0-9',
    alnum: 'a-zA-Z0-9',
    upper: 'A-Z',
    lower: 'a-z',
    space: '\\s',
    xdigit: '0-9A-Fa-f',
    word: '\\w',
    punct: '!-\\/:-@\\[-`{-~',
    blank: ' \\t',
    cntrl: '\\x00-\\x1f\\x7f',
    print: ' -~',
    graph: '!-~',
};
const END_OF_INPUT = '(?![\\s\\S])';
const START_OF_INPUT = '(?<![\\s\\S])';
/**
 * `baseFlags` are the JavaScript flags the caller wants (`g`, `m`, `y`, and possibly `i`/`s`); the
 * result's flags are those minus any option the translation emulated in the body.
 */
function translatePcre(source, baseFlags) {
    const initial = {
        i: baseFlags.includes('i'),
        s: baseFlags.includes('s'),
        m: baseFlags.includes('m'),
        x: false,
    };
    const probe = new Translator(source, initial, { caseInsensitiveFlag: false, multiline: initial.m });
    probe.run();
    // Case-insensitivity everywhere (or nowhere) is the RegExp flag; only a partial scope needs [aA].
    const uniform = probe.caseSensitiveAtoms === 0 && probe.caseInsensitiveAtoms > 0;
    const translator = uniform
        ? new Translator(source, initial, { caseInsensitiveFlag: true, multiline: initial.m })
        : probe;
    if (uniform)
        translator.run();
    const flags = [...new Set(baseFlags)].filter((f) => f !== 'i' && f !== 's');
    if (uniform)
        flags.push('i');
    return { body: translator.output, flags: flags.join('') };
}
class Translator {
    source;
    mode;
    output = '';
    caseSensitiveAtoms = 0;
    caseInsensitiveAtoms = 0;
    position = 0;
    options;
    saved = [];
    constructor(source, initial, mode) {
        this.source = source;
        this.mode = mode;
        this.options = { ...initial };
    }
    run() {
        const src = this.source;
        while (this.position < src.length) {
            const c = src[this.position];
            if (c === '\\')
                this.escape();
            else if (c === '[')
                this.characterClass();
            else if (c === '(')
                this.openGroup();
            else if (c === ')') {
                this.options = this.saved.pop() ?? this.options;
                this.emit(')', 1);
            }
            else if (c === '.')
                this.emit(this.options.s ? '[\\s\\S]' : '.', 1);
            else if (c === '^')
                this.emit(this.startAnchor(), 1);
            else if (c === '$')
                this.emit(this.endAnchor(), 1);
            else if (this.options.x && /\s/.test(c))
                this.position++;
            else if (this.options.x && c === '#')
                this.skipComment();
            else if ('*+?'.includes(c))
                this.quantifier(c.length);
            else if (c === '{' && /^\{\d+(,\d*)?\}/.test(src.slice(this.position))) {
                this.quantifier(/^\{\d+(,\d*)?\}/.exec(src.slice(this.position))[0].length);
            }
            else
                this.emit(this.literal(c), 1);
        }
    }
    emit(text, consumed) {
        this.output += text;
        this.position += consumed;
    }
    /** A possessive quantifier (`*+`, `{2}+`) backtracks like the greedy one in JavaScript. */
    quantifier(length) {
        this.emit(this.source.slice(this.position, this.position + length), length);
        if (this.source[this.position] === '+')
            this.position++;
        else if (this.source[this.position] === '?')
            this.emit('?', 1);
    }
    skipComment() {
        const end = this.source.indexOf('\n', this.position);
        this.position = end < 0 ? this.source.length : end + 1;
    }
    startAnchor() {
        if (this.options.m === this.mode.multiline)
            return '^';
        return this.options.m ? '(?<![^\\n])' : START_OF_INPUT;
    }
    endAnchor() {
        if (this.options.m === this.mode.multiline)
            return '$';
        // PCRE's non-multiline `$` also matches before a final newline.
        return this.options.m ? '(?![^\\n])' : '(?=\\n?(?![\\s\\S]))';
    }
    /** A literal character, spelled as a two-case class when only part of the expression ignores case. */
    literal(c) {
        const other = swapCase(c);
        if (other === c)
            return c;
        if (!this.options.i) {
            this.caseSensitiveAtoms++;
            return c;
        }
        this.caseInsensitiveAtoms++;
        return this.mode.caseInsensitiveFlag ? c : `[${c}${other}]`;
    }
    escape() {
        const src = this.source;
        const next = src[this.position + 1];
        const rest = src.slice(this.position);
        if (next === undefined)
            throw new SyntaxError('\\ at end of pattern');
        const fixed = /^\\(?:x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|c[a-zA-Z]|k<\w+>|[pP]\{\w+\}|0[0-7]{0,2})/.exec(rest);
        if (next === 'A')
            this.emit(START_OF_INPUT, 2);
        else if (next === 'z')
            this.emit(END_OF_INPUT, 2);
        else if (next === 'Z')
            this.emit('(?=\\n?(?![\\s\\S]))', 2);
        else if (next === 'h')
            this.emit('[ \\t]', 2);
        else if (next === 'Q')
            this.quoted();
        else if (next === 'E')
            this.position += 2;
        else if (next === 'x' && src[this.position + 2] === '{') {
            const braced = /^\\x\{([0-9a-fA-F]+)\}/.exec(rest);
            if (!braced)
                throw new SyntaxError('invalid \\x{…} escape');
            this.emit(codePointEscape(parseInt(braced[1], 16)), braced[0].length);
        }
        else if (fixed)
            this.emit(fixed[0], fixed[0].length);
        else if (/[1-9]/.test(next)) {
            // A back-reference repeats text that may differ in case only under the RegExp i flag.
            if (this.options.i)
                this.caseInsensitiveAtoms++;
            else
                this.caseSensitiveAtoms++;
            this.emit(/^\\\d+/.exec(rest)[0], /^\\\d+/.exec(rest)[0].length);
        }
        else
            this.emit(src.slice(this.position, this.position + 2), 2);
    }
    /** `\Q…\E`: everything in between is literal. */
    quoted() {
        const end = this.source.indexOf('\\E', this.position + 2);
        const stop = end < 0 ? this.source.length : end;
        for (const c of this.source.slice(this.position + 2, stop)) {
            this.output += /[\\^$.|?*+()[\]{}/]/.test(c) ? `\\${c}` : this.literal(c);
        }
        this.position = end < 0 ? stop : stop + 2;
    }
    characterClass() {
        const src = this.source;
        let i = this.position + 1;
        let head = '[';
        if (src[i] === '^')
            head += src[i++];
        let text = '';
        // A `]` right after `[` or `[^` is a literal in PCRE; so is a leading `-`.
        if (src[i] === ']' || src[i] === '-')
            text += `\\${src[i++]}`;
        const extra = [];
        // The previous atom when it was one plain character, the possible start of a range.
        let previous;
        while (i < src.length && src[i] !== ']') {
            const posix = /^\[:(\^?)(\w+):\]/.exec(src.slice(i));
            if (posix) {
                const expansion = POSIX_CLASSES[posix[2]];
                if (!expansion || posix[1])
                    throw new UnsupportedPcreError(`unsupported class [:${posix[2]}:]`);
                text += expansion;
                i += posix[0].length;
                previous = undefined;
                continue;
            }
            if (src[i] === '\\') {
                const escape = /^\\(?:x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|c[a-zA-Z]|[pP]\{\w+\}|x\{[0-9a-fA-F]+\}|.)/s.exec(src.slice(i))[0];
                if (escape === '\\h')
                    text += ' \\t';
                else if (escape.startsWith('\\x{'))
                    text += codePointEscape(parseInt(escape.slice(3, -1), 16));
                else
                    text += escape;
                i += escape.length;
                previous = undefined;
                continue;
            }
            const c = src[i];
            if (c === '-' && previous !== undefined && src[i + 1] !== ']' && src[i + 1] !== undefined) {
                // A range: its end is the next atom, copied as it is.
                text += '-';
                i++;
                if (src[i] !== '\\') {
                    const end = src[i++];
                    text += end;
                    const range = swapCaseRange(previous, end);
                    if (range)
                        extra.push(range);
                    this.countCase(range !== undefined);
                }
                previous = undefined;
                continue;
            }
            text += c === '[' ? '\\[' : c;
            const other = swapCase(c);
            // The letter is counted here; when it starts a range the range decides its other case.
            if (other !== c && src[i + 1] !== '-') {
                extra.push(other);
                this.countCase(true);
            }
            else if (other !== c && (src[i + 2] === ']' || src[i + 2] === undefined)) {
                extra.push(other);
                this.countCase(true);
            }
            previous = c;
            i++;
        }
        if (i >= src.length)
            throw new SyntaxError('missing terminating ] for character class');
        // The other cases go first so they can never join a range with the class's own text.
        const expanded = this.options.i && !this.mode.caseInsensitiveFlag ? extra.join('') : '';
        this.output += `${head}${expanded}${text}]`;
        this.position = i + 1;
    }
    countCase(hasLetters) {
        if (!hasLetters)
            return;
        if (this.options.i)
            this.caseInsensitiveAtoms++;
        else
            this.caseSensitiveAtoms++;
    }
    openGroup() {
        const rest = this.source.slice(this.position);
        if (!rest.startsWith('(?')) {
            this.saved.push({ ...this.options });
            this.emit('(', 1);
            return;
        }
        const setting = /^\(\?([imsxJU]*)(?:-([imsxJU]*))?(\)|:)/.exec(rest);
        if (setting && (setting[1] || setting[2] !== undefined)) {
            const changed = applyOptions(this.options, setting[1], setting[2] ?? '');
            if (setting[3] === ')') {
                // `(?i)`: applies up to the end of the enclosing group, across later alternatives too.
                this.options = changed;
                this.position += setting[0].length;
            }
            else {
                this.saved.push({ ...this.options });
                this.options = changed;
                this.emit('(?:', setting[0].length);
            }
            return;
        }
        const comment = /^\(\?#[^)]*\)/.exec(rest);
        if (comment) {
            this.position += comment[0].length;
            return;
        }
        const named = /^\(\?P?<([A-Za-z_]\w*)>/.exec(rest);
        const backReference = /^\(\?P=(\w+)\)/.exec(rest);
        if (backReference) {
            if (this.options.i)
                this.caseInsensitiveAtoms++;
            else
                this.caseSensitiveAtoms++;
            this.emit(`\\k<${backReference[1]}>`, backReference[0].length);
            return;
        }
        this.saved.push({ ...this.options });
        if (named)
            this.emit(`(?<${named[1]}>`, named[0].length);
        else if (rest.startsWith('(?>'))
            this.emit('(?:', 3);
        else if (/^\(\?(?::|=|!|<=|<!)/.test(rest)) {
            const opener = /^\(\?(?::|=|!|<=|<!)/.exec(rest)[0];
            this.emit(opener, opener.length);
        }
        else
            throw new UnsupportedPcreError(`unsupported group syntax '${rest.slice(0, 4)}'`);
    }
}
function applyOptions(options, on, off) {
    const next = { ...options };
    for (const flag of on)
        if (flag in next)
            next[flag] = true;
    for (const flag of off)
        if (flag in next)
            next[flag] = false;
    return next;
}
function swapCase(c) {
    const upper = c.toUpperCase();
    if (upper !== c && upper.length === 1)
        return upper;
    const lower = c.toLowerCase();
    return lower.length === 1 ? lower : c;
}
/** `a-f` → `A-F` when the range stays within one case of ASCII letters. */
function swapCaseRange(start, end) {
    if (/[a-z]/.test(start) && /[a-z]/.test(end))
        return `${start.toUpperCase()}-${end.toUpperCase()}`;
    if (/[A-Z]/.test(start) && /[A-Z]/.test(end))
        return `${start.toLowerCase()}-${end.toLowerCase()}`;
    return undefined;
}
function codePointEscape(code) {
    if (code > 0xffff)
        throw new UnsupportedPcreError('code points above U+FFFF are not supported');
    return `\\u${code.toString(16).padStart(4, '0')}`;
}

;// CONCATENATED MODULE: ./src/engine/patterns/regex.ts

/**
 * Compiles a Semgrep (PCRE) regex for JavaScript: inline options anywhere (`a(?i)b`, `(?s:…)`), `\A`,
 * `\Z`, `(?P<name>…)` and friends are translated first (see pcre-syntax.ts). Throws SyntaxError for an
 * invalid or untranslatable expression.
 */
function compileRegex(source, extraFlags = '') {
    const { body, flags } = translatePcre(source, extraFlags);
    return new RegExp(body, flags);
}

;// CONCATENATED MODULE: ./src/engine/languages/placeholder-forms.ts
/** The made-up second half of a declaration form; no pattern can contain it, so `$X = $X` stays an assignment. */
const DECLARED = '__soc2decl__';
/**
 * Where a declaration is expected (a Java class body, a parameter list, a catch clause), grammars
 * reject a bare identifier, so `...` and `$...X` placeholders cannot stand there as written. These
 * are the declaration-shaped spellings of a placeholder `P` that each grammar accepts instead: a
 * field or parameter `P D`, an annotation element `P=D`, a Kotlin parameter `P: D` (D = DECLARED). The pattern
 * compiler reads any of them back as the placeholder itself (see compile-pattern's PLACEHOLDER).
 */
const FORMS = {
    java: [(p) => `${p} ${DECLARED}`, (p) => `${p}=${DECLARED}`],
    csharp: [(p) => `${p} ${DECLARED}`],
    kotlin: [(p) => `${p}: ${DECLARED}`],
    // Go: `...` among imports is an import path.
    go: [(p) => `"${p}"`],
};
/**
 * A declaration header written without its body (`class $A`, `void foo(...)`) means "with any body":
 * the grammar needs one, so a `{ ... }` body is tried after it.
 */
const BODY_COMPLETIONS = {
    java: ' {\n__soc2ellipsis__;\n}',
    csharp: ' {\n__soc2ellipsis__;\n}',
    kotlin: ' {\n__soc2ellipsis__\n}',
};
/**
 * Placeholders that may stand for declarations: `...`, `$...X`, `$S;` (C# has no bare-name
 * statement, so a statement metavariable must be spelled as a declaration there), and `$X` in a
 * list (`$F(..., $P, ...)`: a parameter, whatever its type).
 */
const DECLARATION_PLACEHOLDER = /__soc2ellipsis__|__soc2mvs_\w+|__soc2mv_\w+(?=\s*;)|(?<=[(,]\s*)__soc2mv_\w+(?=\s*[,)])/g;
/** More placeholders than this are tried with at most MAX_REWRITES_OF_MANY of them rewritten (the variants grow exponentially). */
const MAX_REWRITTEN = 5;
/** Enough for a class member and a method's parameters (`class $C { ... $M(...) { ... } }`). */
const MAX_REWRITES_OF_MANY = 2;
/**
 * Spellings of `source` completed with a body where it has none, and with some declaration
 * placeholders rewritten into their declaration
 * forms, fewest rewrites first, so a pattern that parses as written is never reinterpreted.
 * Excludes `source` itself.
 */
function declarationVariants(source, language) {
    const body = BODY_COMPLETIONS[language];
    const completed = body && !/[}]\s*$/.test(source) ? [source + body] : [];
    return [
        ...completed,
        ...placeholderVariants(source, language),
        ...completed.flatMap((text) => placeholderVariants(text, language)),
    ];
}
function placeholderVariants(source, language) {
    const forms = FORMS[language];
    if (!forms)
        return [];
    const occurrences = [...source.matchAll(DECLARATION_PLACEHOLDER)];
    if (occurrences.length === 0)
        return [];
    const many = occurrences.length > MAX_REWRITTEN;
    const assignments = formAssignments(occurrences.length, forms.length, many ? MAX_REWRITES_OF_MANY : Infinity);
    const spelled = assignments.map((digits) => {
        let out = '';
        let at = 0;
        occurrences.forEach((occurrence, i) => {
            const index = occurrence.index;
            out +=
                source.slice(at, index) + (digits[i] === 0 ? occurrence[0] : forms[digits[i] - 1](occurrence[0]));
            at = index + occurrence[0].length;
        });
        return out + source.slice(at);
    });
    // Many placeholders may all be declarations (a class body of `...` lines and methods): each form for all at once.
    if (many)
        spelled.push(...forms.map((form) => source.replace(DECLARATION_PLACEHOLDER, (p) => form(p))));
    return spelled;
}
/**
 * For each of `count` placeholders a digit: 0 as written, k the k-th form; every assignment with
 * 1..`maxRewrites` non-zero digits, fewest rewrites first, then earlier placeholders' forms first.
 */
function formAssignments(count, formCount, maxRewrites) {
    const found = [];
    const extend = (digits, rewrites) => {
        if (digits.length === count) {
            // The first placeholder is the lowest digit, as when counting through every assignment.
            const code = digits.reduceRight((sum, digit) => sum * (formCount + 1) + digit, 0);
            if (rewrites > 0)
                found.push({ digits, rewrites, code });
            return;
        }
        extend([...digits, 0], rewrites);
        if (rewrites < maxRewrites)
            for (let form = 1; form <= formCount; form += 1)
                extend([...digits, form], rewrites + 1);
    };
    extend([], 0);
    return found.sort((a, b) => a.rewrites - b.rewrites || a.code - b.code).map(({ digits }) => digits);
}

;// CONCATENATED MODULE: ./src/engine/languages/go-pattern.ts
/**
 * Go patterns write `case ...` (no colon, no body) among the cases of a `switch` or `select` for "any
 * other cases", as `...` stands for statements. Go has no case without a colon, so it is spelled as a
 * case of a made-up name, which the compiler reads back as the `...` itself (see ANY_CASES).
 */
const ANY_CASES = '__soc2cases__';
function spellGoCaseEllipses(source, ellipsis) {
    return source.replace(new RegExp(`^([ \\t]*case[ \\t]+)${ellipsis}[ \\t]*$`, 'gm'), `$1${ANY_CASES}:`);
}
/** Whether a case clause's text is the spelling of `case ...` above. */
function isAnyCasesClause(text) {
    return text.replace(/\s+/g, '') === `case${ANY_CASES}:`;
}

;// CONCATENATED MODULE: ./src/engine/languages/csharp-null-conditional.ts
/**
 * C# 14 assigns through `?.` (`order?.Total = 0`: assign when `order` is not null), which the C#
 * grammar only knows in reads; such a file parses as one ERROR. Before parsing, each `?.` on the left
 * of an assignment is spelled ` .` (same length, so every position holds), and afterwards the plain
 * member access it became is turned back into the conditional access a read of it parses as.
 */
const ASSIGNED_THROUGH = /\?\.(?=\s*[A-Za-z_@]\w*(?:\s*\??\.\s*[A-Za-z_@]\w*|\s*\[[^\]\n]*\])*\s*(?:[-+*/%&|^]|<<|>>|\?\?)?=(?![=>]))/g;
/** `source` with each `?.` that begins an assignment target spelled ` .`. */
function spellNullConditionalAssignments(source) {
    return source.includes('?.') ? source.replace(ASSIGNED_THROUGH, ' .') : source;
}
/** Rewrites the member accesses spelled above (found by the `?` in `source`) into conditional accesses. */
function restoreNullConditionalAccess(root, source) {
    if (!source.includes('?.'))
        return;
    const stack = [root];
    while (stack.length > 0) {
        const node = stack.pop();
        for (const child of node.children)
            if (child.children.length > 0)
                stack.push(child);
        if (node.type !== 'member_access_expression' || node.children.length !== 3)
            continue;
        const [object, dot, name] = node.children;
        if (dot.type !== '.' || source[dot.start - 1] !== '?')
            continue;
        const question = {
            type: '?',
            named: false,
            start: dot.start - 1,
            end: dot.start,
            children: [],
        };
        const binding = {
            type: 'member_binding_expression',
            named: true,
            start: dot.start,
            end: name.end,
            children: [dot, name],
        };
        node.type = 'conditional_access_expression';
        node.children = [object, question, binding];
    }
}

;// CONCATENATED MODULE: ./src/engine/patterns/csharp-leading-ellipsis.ts
/**
 * C# `... $Y.Send($X);` on a line of a statement pattern: Semgrep reads it as `...` followed by the
 * statement `$Y.Send($X);`, which the grammar cannot parse as written. The `...` is put on a line of
 * its own; an ellipsis followed by `.`, `)`, `,` or `;` (a chain or an argument) is left alone.
 */
function splitLeadingEllipses(pattern) {
    return pattern.replace(/^([ \t]*)\.\.\.[ \t]+(?=[A-Za-z_$@(])/gm, (_, indent) => `${indent}...\n${indent}`);
}

;// CONCATENATED MODULE: ./src/engine/languages/reserved-words.ts
/**
 * Keywords that tree-sitter's error recovery sometimes accepts as names: Java reads `try { ... }` as a
 * record constructor named `try` and `for (...) { ... }` as a constructor named `for`. A pattern
 * parse that names something with a reserved word is a misreading, so the next attempt is tried.
 */
const RESERVED = {
    java: new Set([
        'try',
        'catch',
        'finally',
        'for',
        'while',
        'do',
        'if',
        'else',
        'switch',
        'case',
        'return',
        'throw',
        'new',
        'super',
        'this',
        'synchronized',
        'class',
        'interface',
        'enum',
        'import',
        'package',
    ]),
    csharp: new Set([
        'try',
        'catch',
        'finally',
        'for',
        'foreach',
        'while',
        'do',
        'if',
        'else',
        'switch',
        'case',
        'return',
        'throw',
        'new',
        'base',
        'this',
        'lock',
        'using',
        'class',
        'interface',
        'struct',
        'namespace',
    ]),
};
/**
 * Go reads `OK: $X` in a function body as a labeled statement; in a pattern it is a composite
 * literal's field, which a later attempt parses.
 */
const MISREAD_TYPES = { go: 'labeled_statement' };
/** Node types that never stand alone at the top of a pattern (a call's arguments without the call). */
const NEVER_ALONE = new Set(['argument_list', 'super']);
/** Whether the nodes a pattern parse selected include one that cannot be a pattern on its own. */
function strayPatternNode(nodes) {
    return nodes.length > 1 && nodes.some((node) => NEVER_ALONE.has(node.type));
}
/** Whether a parse of a pattern in `language` is a misreading (see RESERVED). */
function misreadPattern(root, source, language) {
    const reserved = RESERVED[language];
    const misread = MISREAD_TYPES[language];
    if (!reserved && !misread)
        return false;
    const stack = [root];
    while (stack.length > 0) {
        const node = stack.pop();
        if (node.type === misread)
            return true;
        // `new Foo() { ... }` in a class body reads as a method `Foo` returning the type `new`.
        if ((node.type === 'identifier' || node.type === 'type_identifier') &&
            reserved?.has(source.slice(node.start, node.end)))
            return true;
        stack.push(...node.children);
    }
    return false;
}

;// CONCATENATED MODULE: ./src/engine/languages/yaml-pattern.ts
/**
 * YAML patterns use `...` on a line of its own for "any other entries" of the mapping or sequence
 * it sits in. A bare scalar there is not valid YAML next to `key: value` lines, so the placeholder
 * is spelled as the entry its siblings are: `__e__: __e__` among pairs, `- __e__` among items.
 * (The compiler then reads an entry made only of placeholders as the `...` itself.)
 */
function spellYamlEllipses(source, ellipsis) {
    const lines = source.split('\n');
    // `- ...` too: the `...` may be the first entry of a mapping inside the item.
    const alone = new RegExp(`^(\\s*(?:-\\s+)*)${ellipsis}\\s*$`);
    const indentOf = (line) => /^\s*/.exec(line)?.[0].length ?? 0;
    return lines
        .map((line, index) => {
        const match = alone.exec(line);
        if (!match)
            return line;
        const indent = match[1].length;
        const sibling = siblingLine(lines, index, indent, alone, indentOf);
        if (sibling === undefined)
            return line;
        const entry = /^\s*-(\s|$)/.test(sibling) ? `- ${ellipsis}` : `${ellipsis}: ${ellipsis}`;
        return match[1] + entry;
    })
        .join('\n');
}
/** The nearest other line at the same indentation, before any line indented less (a parent). */
function siblingLine(lines, index, indent, alone, indentOf) {
    for (const step of [1, -1]) {
        for (let i = index + step; i >= 0 && i < lines.length; i += step) {
            const line = lines[i];
            if (line.trim() === '' || line.trim().startsWith('#'))
                continue;
            const at = indentOf(line);
            // `- name: x` then `  ...`: the item's first entry starts after its dash, at the ellipsis's column.
            if (at < indent) {
                if (step === -1)
                    return itemEntryAt(line, indent);
                break;
            }
            if (at === indent && !alone.test(line))
                return line;
        }
    }
    return undefined;
}
/** The entry a sequence item line (`- key: value`) starts at `column` with, if it does. */
function itemEntryAt(line, column) {
    const dashes = /^\s*(?:-\s+)+/.exec(line);
    return dashes && dashes[0].length === column ? line.slice(column) : undefined;
}

;// CONCATENATED MODULE: ./src/engine/languages/hcl-pattern.ts
/**
 * Terraform (HCL) patterns use `...` on a line of its own for "any other attributes or blocks" of a
 * body or object. HCL has no bare-expression statements, so there the placeholder is spelled as an
 * attribute, `__e__ = __e__`, which the compiler reads back as the `...` itself. A `...` inside
 * `[ ]` or `( )` is an ordinary list or argument placeholder and stays as it is.
 */
function spellHclEllipses(source, ellipsis) {
    const alone = new RegExp(`^[ \\t]*${ellipsis}[ \\t]*$`);
    const open = [];
    const lines = source
        .replace(new RegExp(`\\{[ \\t]*${ellipsis}[ \\t]*\\}`, 'g'), `{\n${ellipsis}\n}`)
        .split('\n');
    return lines
        .map((line) => {
        const inBody = open.length === 0 || open[open.length - 1] === '{';
        const spelled = inBody && alone.test(line) ? line.replace(ellipsis, `${ellipsis} = ${ellipsis}`) : line;
        trackBrackets(line, open);
        return spelled;
    })
        .join('\n');
}
/** Updates the stack of open brackets with one line, skipping string literals and comments. */
function trackBrackets(line, open) {
    let quoted = false;
    for (let i = 0; i < line.length; i += 1) {
        const char = line[i];
        if (quoted) {
            if (char === '\\')
                i += 1;
            else if (char === '"')
                quoted = false;
        }
        else if (char === '"')
            quoted = true;
        else if (char === '#' || (char === '/' && line[i + 1] === '/'))
            return;
        else if (char === '{' || char === '[' || char === '(')
            open.push(char);
        else if (char === '}' || char === ']' || char === ')')
            open.pop();
    }
}

;// CONCATENATED MODULE: ./src/engine/languages/pattern-wrappers.ts



const inBody = (prefix, suffix) => [
    { prefix, suffix },
    { prefix, suffix: `;${suffix}` },
];
const CONTEXTS = {
    java: [
        ...inBody('class __soc2W { void __soc2w() {\n', '\n} }'),
        { prefix: 'class __soc2W {\n', suffix: '\n}' },
        { prefix: 'class __soc2W { Object __soc2w = ', suffix: '; }' },
        // `super(...)` / `this(...)` are statements only in a constructor.
        { prefix: 'class __soc2W { __soc2W() {\n', suffix: ';\n} }', terminates: true },
        // An annotation on its own (`@Attr(...)`): the pattern is the annotation, wherever it is applied.
        { prefix: '', suffix: '\nclass __soc2W {}' },
        // A clause on its own (`finally { ... }`, `catch (...) { ... }`) after the `try` it needs.
        { prefix: 'class __soc2W { void __soc2w() {\ntry {}\n', suffix: '\n} }' },
        // `try { ... }` without its clauses: it matches a `try` whatever its catch and finally clauses.
        { prefix: 'class __soc2W { void __soc2w() {\n', suffix: '\n} }', clause: ' finally {}' },
    ],
    csharp: [
        ...inBody('class __soc2W { void __soc2w() {\n', '\n} }'),
        { prefix: 'class __soc2W {\n', suffix: '\n}' },
        { prefix: 'class __soc2W { object __soc2w = ', suffix: '; }' },
    ],
    kotlin: [
        { prefix: 'fun __soc2w() {\n', suffix: '\n}' },
        { prefix: 'class __soc2W {\n', suffix: '\n}' },
    ],
    go: [
        { prefix: 'package __soc2w\n', suffix: '' },
        { prefix: 'package __soc2w\nfunc __soc2w() {\n', suffix: '\n}\n' },
        { prefix: 'package __soc2w\nvar __soc2w = ', suffix: '\n' },
        // A top-level declaration needs its terminating newline, or the tree has a MISSING node.
        { prefix: 'package __soc2w\ntype __soc2W struct {\n', suffix: '\n}\n' },
        // A method of an interface (`$F(...) bool`), a composite literal's body or one of its fields.
        { prefix: 'package __soc2w\ntype __soc2W interface {\n', suffix: '\n}\n' },
        { prefix: 'package __soc2w\nvar __soc2w = __soc2T', suffix: '\n' },
        { prefix: 'package __soc2w\nvar __soc2w = __soc2T{', suffix: '}\n' },
    ],
    rust: [
        ...inBody('fn __soc2w() {\n', '\n}'),
        { prefix: 'fn __soc2w() {\n', suffix: '\n;}' },
        { prefix: 'impl __soc2W {\n', suffix: '\n}' },
    ],
    c: [...inBody('void __soc2w() {\n', '\n}'), { prefix: 'void *__soc2w = ', suffix: ';' }],
    // `class $X`, `def $F(...)`, `foo do |x|`: a header whose body and `end` the pattern left out.
    ruby: [{ prefix: '', suffix: '', body: '\n__soc2ellipsis__\nend' }],
    php: [
        { prefix: '<?php\n', suffix: '' },
        { prefix: '<?php\n', suffix: ';' },
        { prefix: '<?php\nclass __soc2W {\n', suffix: '\n}' },
        { prefix: '<?php\n$__soc2w = ', suffix: ';' },
    ],
    // A body's one block or attribute is the pattern (see WRAPPERS), else an expression.
    terraform: [
        { prefix: '', suffix: '\n' },
        { prefix: '__soc2w = ', suffix: '\n' },
    ],
    yaml: [{ prefix: '', suffix: '' }],
    // JSON patterns parse as JavaScript (see PATTERN_GRAMMAR): a value, or fields of an object.
    json: [
        { prefix: '(', suffix: ')' },
        { prefix: '({', suffix: '})' },
    ],
};
/**
 * Languages whose patterns are parsed with another grammar. Semgrep reads JSON patterns as JavaScript
 * object expressions, so `$X` stays unquoted and `...` may stand for fields; the JavaScript node
 * types (`object`, `pair`, `array`, `string`, `number`) are also tree-sitter-json's.
 */
const PATTERN_GRAMMAR = { json: 'javascript' };
/** The grammar `language`'s patterns are parsed with. */
function patternGrammar(language) {
    return PATTERN_GRAMMAR[language] ?? language;
}
// PHP names that cannot be variables: `function $F`, `class $C extends $B implements $I, $J`, `#[$A]`.
const PHP_NAME_POSITION = /(?:\b(?:function|fn|class|interface|trait|enum|const|namespace|insteadof|goto)\s+|#\[\s*|\\|\b(?:extends|implements)\s+[^{;()]*)$/i;
/**
 * The sigil a placeholder needs where a pattern has `$X` or `...`, given the pattern text before it.
 * In PHP `$X` is both a variable and a metavariable, so the placeholder stays a variable (`$__soc2mv_X`
 * parses wherever an expression, a parameter or a `->` member may stand) except where PHP wants a name.
 */
function placeholderSigil(language, before) {
    if (language === 'ruby')
        return RUBY_CONSTANT_POSITION.test(before) ? 'C' : '';
    if (language !== 'php')
        return '';
    return PHP_NAME_POSITION.test(before) ? '' : '$';
}
// Ruby wants a constant (capitalised) after `class`, `module`, `<` (a superclass) and `::`; the
// placeholder is then spelled `C__soc2mv_X`.
const RUBY_CONSTANT_POSITION = /(?:\b(?:class|module)\s+|<\s*|::)$/;
// PHP's superglobals look like metavariables but are always the variables themselves.
const PHP_SUPERGLOBALS = /^\$(?:_GET|_POST|_COOKIE|_REQUEST|_SERVER|_FILES|_ENV|_SESSION|GLOBALS)(?![A-Za-z0-9_])/;
/** Whether `$NAME...` at the start of `text` is code of `language`, not a metavariable. */
function isLiteralDollarName(language, text) {
    return language === 'php' && PHP_SUPERGLOBALS.test(text);
}
/** Languages whose grammar rejects (or misreads) a pattern written without its context. */
const NEEDS_CONTEXT = new Set(['php', 'yaml', 'json', 'terraform']);
/**
 * Nodes that only wrap a pattern's one real node (a YAML document around a one-key mapping): the
 * pattern is that inner node, so it matches wherever such a node is nested, not only at the top.
 */
const WRAPPERS = {
    yaml: new Set(['document', 'block_node', 'block_mapping', 'flow_node', 'flow_mapping', 'block_sequence']),
    java: new Set(['modifiers']),
    terraform: new Set(['body', 'expression']),
};
/** The wrapper node types to look through for `language` (see WRAPPERS). */
function patternWrapperTypes(language) {
    return WRAPPERS[language];
}
/** Languages where a lone `...` line stands for statements and so must be a statement itself. */
const SEMICOLON_STATEMENTS = new Set(['java', 'csharp', 'c', 'php', 'rust']);
/** Whether a pattern may be parsed as written (PHP outside `<?php` is just text, which always "parses"). */
function parsesBare(language) {
    return !NEEDS_CONTEXT.has(language);
}
/** The contexts to try, in order, after the bare pattern. */
function patternContexts(language) {
    return CONTEXTS[language] ?? [];
}
/**
 * `...` on a line of its own, or alone in `{ ... }`, becomes `...;` where statements need a terminator
 * (not after `=`, `(` or `,`: there `{...}` is an array initializer).
 */
function terminateStatementEllipses(source, language, bareEllipsis) {
    if (language === 'yaml')
        return spellYamlEllipses(source, bareEllipsis);
    if (language === 'terraform')
        return spellHclEllipses(source, bareEllipsis);
    if (language === 'go')
        return spellGoCaseEllipses(source, bareEllipsis);
    if (!SEMICOLON_STATEMENTS.has(language))
        return source;
    const ellipsis = new RegExp(`\\$?${bareEllipsis}`, 'g');
    let out = '';
    let at = 0;
    for (const match of source.matchAll(ellipsis)) {
        const end = match.index + match[0].length;
        out += source.slice(at, end);
        at = end;
        if (standsForStatements(source, match.index, end))
            out += ';';
    }
    return out + source.slice(at);
}
/**
 * Whether the `...` at [start, end) is a statement: it begins a line or follows a `;`, `{` or `}`, the
 * next statement (or the block's end) follows it, and it is not inside parentheses or an array
 * initializer (`byte[] $X = { ... };`, `new int[] { ... }`), where it stands for elements.
 */
function standsForStatements(source, start, end) {
    const before = source.slice(0, start).replace(/[ \t]+$/, '');
    if (before !== '' && !/[\n;{}]$/.test(before))
        return false;
    const after = source.slice(end).replace(/^[ \t]+/, '');
    if (!(after === '' || /^[\n}]/.test(after) || (/[;}]$/.test(before) && /^[A-Za-z_@]/.test(after))))
        return false;
    const open = innermostOpenBracket(before);
    if (open < 0)
        return true;
    return source[open] === '{' && !/[=(,\]]\s*$/.test(source.slice(0, open));
}
/** The index of the innermost bracket left open at the end of `text` (strings skipped), or -1. */
function innermostOpenBracket(text) {
    const open = [];
    for (let i = 0; i < text.length; i += 1) {
        const char = text[i];
        // A `'` without its closing quote on the line is a Rust lifetime, not a character literal.
        const close = char === '"' || char === "'" ? closingQuoteOnLine(text, i) : -1;
        if (close > 0)
            i = close;
        else if ('({['.includes(char))
            open.push(i);
        else if (')}]'.includes(char))
            open.pop();
    }
    return open.at(-1) ?? -1;
}
function closingQuoteOnLine(text, open) {
    let i = open + 1;
    while (i < text.length && text[i] !== text[open] && text[i] !== '\n')
        i += text[i] === '\\' ? 2 : 1;
    return text[i] === text[open] ? i : -1;
}
/** The outermost nodes lying entirely within [start, end): the pattern's own nodes, not the context's. */
function nodesWithin(root, start, end, wrappers) {
    const found = [];
    const visit = (node) => {
        if (node.end <= start || node.start >= end || node.end === node.start)
            return;
        if (node.start >= start && node.end <= end)
            found.push(node);
        else
            node.children.forEach(visit);
    };
    root.children.forEach(visit);
    const named = found.filter((node) => node.named);
    let nodes = named;
    while (nodes.length === 1 && wrappers?.has(nodes[0].type)) {
        const inner = nodes[0].children.filter((child) => child.named);
        if (inner.length !== 1)
            break;
        nodes = inner;
    }
    return nodes === named ? found : nodes;
}

;// CONCATENATED MODULE: ./src/engine/patterns/js-pattern-text.ts
/**
 * Semgrep's JavaScript pattern parser accepts a few placeholders where the language wants other
 * syntax: a bare `...` or `$X` as a JSX attribute value (`<a href=$X>`), a metavariable as an
 * import source (`import x from $M`), and `for (...)` for any loop header. Each is rewritten into
 * the nearest valid JavaScript, which the compiler reads back as the placeholder.
 */
const PLACEHOLDER = String.raw `(?:__soc2ellipsis__|__soc2mvs?_\w+)`;
const JSX_ATTRIBUTE_VALUE = new RegExp(String.raw `(\s[A-Za-z_][\w:.-]*)=(${PLACEHOLDER})(?=[\s/>])`, 'g');
const IMPORT_SOURCE = /\bfrom(\s+)__soc2mv_(\w+)/g;
/** `for (...)`: becomes a C-style header the compiler recognises as "any loop header" (FOR_ANY_HEADER). */
const ANY_LOOP_HEADER = /\bfor\s*\(\s*__soc2ellipsis__\s*\)/g;
const FOR_ANY_HEADER = '__soc2ellipsis__;;';
/**
 * `...` alone on a line before one starting with `(`, `[` or a backquote (comments between): JavaScript reads
 * the two lines as one call (`...(x)`), so the `...` statement gets its semicolon.
 */
const ELLIPSIS_BEFORE_CONTINUATION = /^([ \t]*__soc2ellipsis__)[ \t]*(?=\n(?:[ \t]*\/\/[^\n]*\n)*\s*[([`])/gm;
/**
 * `{ ... foo(); ... }`: a statement `...` followed on its line by another statement. TypeScript's grammar
 * would recover by reading `... foo` as one broken member chain, so the `...` gets its semicolon.
 */
const ELLIPSIS_BEFORE_STATEMENT = /((?:^|[{;])[ \t]*__soc2ellipsis__)(?=[ \t]+[A-Za-z_$])/gm;
function terminateEllipsisLines(source) {
    return source.replace(ELLIPSIS_BEFORE_CONTINUATION, '$1;').replace(ELLIPSIS_BEFORE_STATEMENT, '$1;');
}
function rewriteJsPattern(source) {
    let text = source.replace(IMPORT_SOURCE, (_, space, name) => `from${space}"$${name}"`);
    text = rewriteAnyLoopHeaders(text);
    if (text.includes('<'))
        text = text.replace(JSX_ATTRIBUTE_VALUE, '$1={$2}');
    return text;
}
/** `for (...)` in any language with C's `for (init; cond; step)`: Java, C#, C and PHP read it as JavaScript does. */
function rewriteAnyLoopHeaders(source) {
    return source.replace(ANY_LOOP_HEADER, `for (${FOR_ANY_HEADER})`);
}

;// CONCATENATED MODULE: ./src/engine/patterns/pattern-attempts.ts



const ELLIPSIS = '__soc2ellipsis__';
/** Languages whose patterns are written in JavaScript syntax (comments, ASI, JSX). */
const JS_LIKE = new Set(['javascript', 'typescript', 'tsx']);
/** Languages whose `for (...)` (any loop header) is spelled as an empty C-style header to parse. */
const C_STYLE_LOOPS = new Set(['java', 'csharp', 'c', 'php']);
/** `{...}` alone: Semgrep reads a JavaScript pattern as an expression first, so it is any object literal, not a block. */
const LONE_ELLIPSIS_BRACES = new RegExp(`^\\{\\s*${ELLIPSIS}\\s*\\}$`);
function parseAttempts(pattern, language) {
    if (JS_LIKE.has(language) && LONE_ELLIPSIS_BRACES.test(pattern))
        return [{ text: `(${pattern})`, select: { start: 1, maxEnd: pattern.length + 1 } }];
    const written = JS_LIKE.has(language) ? terminateEllipsisLines(pattern) : pattern;
    const attempts = [{ text: written, select: 'program' }];
    const source = JS_LIKE.has(language)
        ? rewriteJsPattern(written)
        : C_STYLE_LOOPS.has(language)
            ? rewriteAnyLoopHeaders(written)
            : written;
    if (source !== written)
        attempts.push({ text: source, select: 'program' });
    const wrap = (prefix, suffix = '', body = '') => {
        const text = prefix + source + body + suffix;
        attempts.push({
            text,
            select: { start: prefix.length, maxEnd: prefix.length + source.length + body.length },
        });
    };
    const wrapMembers = (prefix, suffix = '', body = '') => {
        const within = [prefix.length, prefix.length + source.length + body.length];
        attempts.push({ text: prefix + source + body + suffix, select: { within } });
    };
    if (JS_LIKE.has(language)) {
        const bare = source.replace(/;\s*$/, '');
        if (bare !== source)
            attempts.push({ text: bare, select: 'program' });
        wrap('(', ')');
        wrap('', '', ` { ${ELLIPSIS} }`);
        wrap('', '', ` ${ELLIPSIS};`);
        wrap('try {} ');
        wrap('switch (__soc2) { ', ' }');
        // Members: TypeScript puts a method's decorators before it, as siblings, so take every node.
        wrapMembers('class __soc2 { ', ' }');
        wrapMembers('class __soc2 { ', ' }', ` { ${ELLIPSIS} }`);
        wrapMembers('class __soc2 { ', ' }', ';');
        wrap('', '\nfunction __soc2() {}');
        wrap('', '\nclass __soc2 {}');
        if (source.startsWith('<'))
            wrap('<__soc2>', '</__soc2>');
        // Last: `key: value` as an object field (it would otherwise read `catch (e) {}` as a method).
        wrap('({', '})');
    }
    else if (language === 'python') {
        const dict = source.replace(/(?<=[{,]\s*)__soc2ellipsis__(?=\s*[,}])/g, `**${ELLIPSIS}`);
        if (dict !== source)
            attempts.push({ text: dict, select: 'program' });
        wrap('', '', `\n    ${ELLIPSIS}`);
        wrap('', '', `:\n    ${ELLIPSIS}`);
        wrap('try:\n    pass\n', '', `\n    ${ELLIPSIS}`);
        wrap('try:\n    pass\n');
        wrap('', `\ndef __soc2():\n    pass`);
        wrap('', `\nclass __soc2:\n    pass`);
        wrap('(', ')');
    }
    else {
        // Other languages: the contexts (function body, class, `<?php`) come from languages/pattern-wrappers.
        const text = terminateStatementEllipses(terminateStatementEllipses(source, language, ELLIPSIS), language, '__soc2mvs_\\w+');
        if (!parsesBare(language))
            attempts.length = 0;
        else if (text !== source)
            attempts.unshift({ text, select: 'program' });
        // Ruby: `{..., k: v}` is a hash only with the `...` spelled as a `**` splat.
        const hash = text.replace(/(?<=[{,]\s*)__soc2ellipsis__(?=\s*[,}])/g, `**${ELLIPSIS}`);
        if (language === 'ruby' && hash !== text)
            attempts.push({ text: hash, select: 'program' });
        const inContexts = (variant) => {
            for (const { prefix, suffix, terminates, body, clause } of patternContexts(language)) {
                if (clause !== undefined) {
                    const patternEnd = prefix.length + variant.length;
                    const select = { start: prefix.length, maxEnd: patternEnd + clause.length, patternEnd };
                    attempts.push({ text: prefix + variant + clause + suffix, select });
                    continue;
                }
                // A header completed with a body (`class $X` + `end`) is tried for the pattern as written.
                if (body !== undefined) {
                    if (variant === text)
                        wrap(prefix, suffix, body);
                    continue;
                }
                attempts.push({
                    text: prefix + variant + suffix,
                    select: {
                        within: [prefix.length, prefix.length + variant.length + (terminates ? 1 : 0)],
                        wrappers: patternWrapperTypes(language),
                    },
                });
            }
        };
        inContexts(text);
        // `...` where a declaration is expected (class bodies, parameters): only once the plain spelling failed.
        const variants = declarationVariants(text, language);
        // Unterminated, `...\nfoo();` would read as a C# local function `... foo();`: try it last.
        if (variants.length > 0 && text !== source && attempts[1]?.text === source)
            attempts.splice(1, 1);
        for (const variant of variants) {
            if (parsesBare(language))
                attempts.push({ text: variant, select: 'program' });
            inContexts(variant);
        }
        if (variants.length > 0 && text !== source && parsesBare(language))
            attempts.push({ text: source, select: 'program' });
    }
    return attempts;
}

;// CONCATENATED MODULE: ./src/engine/patterns/bash-pattern-shapes.ts
/** Type of the leaf a literal Bash word compiles to; the matcher compares it by value (see bashLiteral). */
const BASH_WORD = 'word';
/** `${$X}`: the expansion of any variable, `$X` bound to the variable's name. */
const BASH_EXPANSION = 'bash_variable_expansion';
/** A double-quoted string of parts (`"a $B"`), matched only by a target string that has substitutions. */
const BASH_QUOTED = 'bash_quoted_string';
/**
 * Bash pattern forms Semgrep's Bash frontend reads differently from the tree-sitter tree:
 * - `'foo'` and `"foo"` are the word `foo` (quotes only group), so they match `foo`, `'foo'` and `"foo"`;
 * - a double-quoted string with substitutions (`"$X"`, `"a ${B} ..."`) stays a string of parts, where
 *   `...` spans any parts and `$...X` binds them;
 * - `${$X}` is the expansion of any variable (`$X` alone is any word);
 * - `declare -r $X=...` / `local $X=...` are the assignment: options and the keyword are dropped;
 * - `$(__deep__ e)`, how `<... e ...>` is spelled in Bash, is the deep expression `e`.
 * Undefined: not such a form, compile as usual.
 */
function compileBashNode(node, c) {
    const named = node.children.filter((child) => child.named && child.type !== 'comment');
    switch (node.type) {
        // `777` is a word like any other (tree-sitter reads it as a number).
        case 'number':
            return { kind: 'leaf', type: BASH_WORD, text: c.text(node) };
        case 'raw_string':
            return { kind: 'leaf', type: BASH_WORD, text: c.text(node).slice(1, -1) };
        case 'string': {
            const literal = literalContent(node, c.text);
            if (literal !== undefined && literal !== '...')
                return { kind: 'leaf', type: BASH_WORD, text: literal };
            const parts = named.flatMap((part) => compileStringPart(part, c));
            return { kind: 'node', type: BASH_QUOTED, children: parts, tokens: [], hasEllipsis: true };
        }
        case 'expansion': {
            const inner = named.length === 1 ? c.compile(named[0]) : undefined;
            if (inner?.kind !== 'metavariable')
                return undefined;
            return { kind: 'node', type: BASH_EXPANSION, children: [inner], tokens: [], hasEllipsis: false };
        }
        case 'declaration_command': {
            const assignments = named.filter((child) => child.type === 'variable_assignment');
            return assignments.length === 1 ? c.compile(assignments[0]) : undefined;
        }
        case 'command_substitution': {
            const [command] = named;
            const [marker, ...inner] = command?.type === 'command' ? command.children.filter((child) => child.named) : [];
            if (named.length !== 1 || !marker || c.text(marker) !== c.deepMarker || inner.length === 0) {
                // `$(cmd)` and `` `cmd` `` are the same substitution.
                const children = named.map((child) => c.compile(child));
                return { kind: 'node', type: node.type, children, tokens: [], hasEllipsis: children.some(isDots) };
            }
            if (inner.length === 1)
                return { kind: 'deep', inner: c.compile(inner[0]) };
            const children = inner.map((child) => c.compile(child));
            return {
                kind: 'deep',
                inner: { kind: 'node', type: 'command', children, tokens: [], hasEllipsis: children.some(isDots) },
            };
        }
        default:
            return undefined;
    }
}
/** The value of a word or quoted string that holds no substitution, as Semgrep compares them; else undefined. */
function bashLiteral(node, text) {
    if (node.type === BASH_WORD || node.type === 'number')
        return text(node);
    if (node.type === 'raw_string')
        return text(node).slice(1, -1);
    if (node.type === 'string')
        return literalContent(node, text);
    return undefined;
}
function literalContent(node, text) {
    const parts = node.children.filter((child) => child.named);
    if (parts.length === 0)
        return '';
    return parts.length === 1 && parts[0].type === 'string_content' ? text(parts[0]) : undefined;
}
function compileStringPart(part, c) {
    if (part.type === 'string_content') {
        // `"${A}...${B}"`: each `...` in the text spans any parts.
        return c
            .text(part)
            .split('...')
            .flatMap((piece, i) => [
            ...(i > 0 ? [{ kind: 'ellipsis' }] : []),
            ...(piece ? [{ kind: 'leaf', type: 'string_fragment', text: piece }] : []),
        ]);
    }
    const [inner] = part.children.filter((child) => child.named);
    if (!inner)
        return [{ kind: 'leaf', type: part.type, text: c.text(part) }];
    const name = c.text(inner);
    if (part.type === 'simple_expansion' && name.startsWith(c.spanPrefix))
        return [{ kind: 'fragment-metavariable', name: `$...${name.slice(c.spanPrefix.length)}`, span: true }];
    return [c.compile(inner)];
}
function isDots(pattern) {
    return pattern.kind === 'ellipsis' || pattern.kind === 'ellipsis-metavariable';
}

;// CONCATENATED MODULE: ./src/engine/patterns/compile-pattern.ts
















// Placeholders are identifiers in every supported language (Python has no `$` in names, and in JS
// `...` is spread syntax), so the pattern parses with the target's own grammar.
const METAVARIABLE_PREFIX = '__soc2mv_';
const ELLIPSIS_METAVARIABLE_PREFIX = '__soc2mvs_';
const TYPED_PREFIX = '__soc2mvt_';
const compile_pattern_ELLIPSIS = '__soc2ellipsis__';
const DEEP = '__soc2deep__';
// A placeholder may also be spelled as a declaration (`P D`, `P=D`, `P: D`, `"P"`; see languages/placeholder-forms),
// with a `$` prefix (PHP keeps `$X` a variable) or `C` (a Ruby constant; see placeholderSigil).
const compile_pattern_PLACEHOLDER = new RegExp(`^"?(?:\\$|C)?(?:${METAVARIABLE_PREFIX}(\\w+)|${ELLIPSIS_METAVARIABLE_PREFIX}(\\w+)|${TYPED_PREFIX}(\\d+)|(${compile_pattern_ELLIPSIS}))` +
    `"?(?:(?:\\s+|\\s*[:=]\\s*)${DECLARED})?(?:\\s*[;,])?$`);
/** Parameter declarations whose `$X __soc2decl__` spelling stands for any parameter named `$X`. */
const PARAMETERS = new Set(['formal_parameter', 'parameter']);
const RUBY_SYMBOL_PLACEHOLDER = new RegExp(`^:${METAVARIABLE_PREFIX}(\\w+)$`);
// YAML `!$TAG`: a tag whose name is the metavariable.
const YAML_TAG_PLACEHOLDER = new RegExp(`^!${METAVARIABLE_PREFIX}(\\w+)$`);
const MEMBER_TYPES = new Set([
    'attribute',
    'member_expression',
    'field_expression',
    'selector_expression',
    ...MEMBER_ACCESS_TYPES,
]);
// PHP `$o->...` and Ruby `o. ...`: a chain link whose name is `...`.
const OTHER_MEMBER_TYPES = new Set(['member_access_expression', 'call']);
const compile_pattern_CALL_TYPES = new Set(['call', 'call_expression', ...grammar_node_types_CALL_TYPES]);
const compile_pattern_WRAPPERS = new Set(['lambda_parameters', 'as_pattern_target']);
/** Languages whose declaration spellings quote a placeholder (see languages/placeholder-forms). */
const QUOTED_PLACEHOLDER_LANGUAGES = new Set(['go']);
class PatternSyntaxError extends Error {
}
/** `($X: T)` everywhere; `(T $X)` only in languages that write the type first. */
const TYPE_FIRST_LANGUAGES = new Set(['java', 'csharp', 'c', 'cpp']);
/** Languages whose typed metavariables may be pointers (`(char *$X)`) or have a type metavariable (`($T $X)`). */
const POINTER_TYPE_LANGUAGES = new Set(['c', 'cpp']);
/** Text ending in a name (not a keyword like `return`) right before `(`: a declaration's parameters or a call. */
const DECLARED_NAME_BEFORE = /(?<!\b(?:return|throw|case|yield|assert|await|else|in|is|new))(?<=[\w$])\s*$/;
function substituteTypedMetavariables(pattern, language, typed) {
    const mark = (name, type) => {
        typed.push({ name: `$${name}`, type: type.trim() });
        return TYPED_PREFIX + (typed.length - 1);
    };
    let out = pattern.replace(/(?:(?<![\w$]\s*)|(?<=\breturn\s*))\(\s*\$([A-Z_][A-Z0-9_]*)\s*:\s*([^()=]+?)\s*\)(?!\s*(?:=>|\{|:))/g, (_, name, type) => mark(name, type));
    // Python also writes `foo($X: int)`: a typed argument directly inside call parentheses.
    if (language === 'python')
        out = out.replace(/\$([A-Z_][A-Z0-9_]*)\s*:\s*([A-Za-z_][\w.]*)(?=\s*[,)])/g, (whole, name, type, at) => (isCallArgument(out, at) ? mark(name, type) : whole));
    // C `(char *$X)`, `($T *$X)`, `($T $X)`: a pointer type, or a type metavariable, before the name.
    // `(a * $X)`, spaced on both sides, stays a product.
    if (POINTER_TYPE_LANGUAGES.has(language)) {
        out = out.replace(/\(\s*(\$[A-Z_][A-Z0-9_]*|[A-Za-z_]\w*(?:\s+[A-Za-z_]\w*)*)(\s*\*+\s*|\s+)\$([A-Z_][A-Z0-9_]*)\s*\)/g, (whole, base, between, name, offset) => {
            const stars = between.includes('*');
            if (stars && /^\s+\*+\s+$/.test(between))
                return whole;
            const typed = stars || base.startsWith('$') || /\s/.test(base);
            if (!typed || DECLARED_NAME_BEFORE.test(out.slice(0, offset)))
                return whole;
            return mark(name, base + between);
        });
    }
    if (TYPE_FIRST_LANGUAGES.has(language)) {
        out = out.replace(
        // The type may hold metavariables (`($T $X)`, `($P.Client $X)`); a lambda's `(T x) ->` is no typed metavariable.
        /\(\s*([A-Za-z_$][\w.$]*(?:<[^()]*>)?(?:\[\])*)\s+\$([A-Z_][A-Z0-9_]*)\s*\)(?!\s*(?:->|=>))/g, (whole, type, name, offset) => 
        // `void $F(String $X)` declares a parameter; only an expression position holds a typed metavariable.
        DECLARED_NAME_BEFORE.test(out.slice(0, offset)) ? whole : mark(name, type));
    }
    return out;
}
/** Is `at` directly inside the parentheses of a call (not a `def`/`class` header, dict or subscript)? */
function isCallArgument(text, at) {
    const open = [];
    for (let i = 0; i < at; i += 1) {
        const char = text[i];
        if (char === '"' || char === "'")
            i = findClosingQuote(text, i) - 1;
        else if ('([{'.includes(char))
            open.push(i);
        else if (')]}'.includes(char))
            open.pop();
    }
    const paren = open.at(-1);
    if (paren === undefined || text[paren] !== '(')
        return false;
    const before = text.slice(0, paren);
    if (!/[\w)\]]\s*$/.test(before))
        return false;
    // The previous argument must end right before: `f(a, $X: int)` but not `f(lambda $X: int)`.
    const prefix = text.slice(paren + 1, at);
    const lastArgument = prefix.slice(prefix.lastIndexOf(',') + 1);
    return (lastArgument.trim() === '' &&
        !/\blambda\b[^()]*$/.test(prefix) &&
        !/\b(def|class)\s+[\w$]+\s*$/.test(before));
}
/** Languages where `T...` / `xs...` right after a name is varargs or a spread, not Semgrep's `...`. */
const LITERAL_VARARGS = new Set(['java', 'go']);
/**
 * Replaces `$X`, `$_`, `$...X`, `...` and `<... e ...>` outside string literals with placeholder identifiers.
 * In JavaScript-like languages `//` and `/* *\/` start comments (left as written: prose there may hold
 * quotes or `...`).
 */
function substitutePlaceholders(pattern, language = '') {
    const slashComments = JS_LIKE.has(language);
    let out = '';
    let i = 0;
    let deepOpen = 0;
    while (i < pattern.length) {
        const char = pattern[i];
        const comment = slashComments ? commentEnd(pattern, i) : i;
        if (comment > i) {
            out += pattern.slice(i, comment);
            i = comment;
        }
        else if (char === '"' || char === "'" || char === '`') {
            const close = findClosingQuote(pattern, i);
            const interpolated = char === '`' ||
                /[fF]$/.test(pattern.slice(0, i)) ||
                (char === '"' && INTERPOLATING_QUOTES.has(language));
            let literal = interpolated
                ? substituteInInterpolations(pattern.slice(i, close))
                : pattern.slice(i, close);
            if (char === '"' && language === 'bash')
                literal = substituteInBashString(literal);
            // Bash backquotes run a command: a pattern again.
            if (char === '`' && language === 'bash' && literal.length >= 2 && literal.endsWith('`'))
                literal = `\`${substitutePlaceholders(literal.slice(1, -1), language)}\``;
            out += literal;
            i = close;
        }
        else if (pattern.startsWith('<...', i) && !/^<\.\.\.\s*[>,]/.test(pattern.slice(i))) {
            // Bash has no call syntax: `<... e ...>` is spelled as a command substitution there.
            out += language === 'bash' ? `$(${DEEP} ` : `${DEEP}(`;
            deepOpen += 1;
            i += 4;
        }
        else if (pattern.startsWith('...>', i) && deepOpen > 0) {
            // Otherwise `>` closes type arguments (`Foo<...>`, `Map<K, ...>`).
            out += ')';
            deepOpen -= 1;
            i += 4;
        }
        else if (pattern.startsWith('...', i) &&
            LITERAL_VARARGS.has(language) &&
            /[\w\]>]/.test(pattern[i - 1] ?? '')) {
            out += '...';
            i += 3;
        }
        else if (pattern.startsWith('...', i) &&
            slashComments &&
            /^\.\.\.\$?[A-Za-z_]/.test(pattern.slice(i))) {
            // JavaScript spread (`{...$PROPS}`, `f(...args)`): glued to its operand, unlike Semgrep's `...`.
            out += '...';
            i += 3;
        }
        else if (pattern.startsWith('...', i)) {
            out += placeholderSigil(language, out) + compile_pattern_ELLIPSIS;
            i += 3;
        }
        else if (char === '$') {
            const meta = /^\$(\.\.\.)?([A-Z_][A-Z0-9_]*)/.exec(pattern.slice(i));
            if (meta && !isLiteralDollarName(language, pattern.slice(i))) {
                out += placeholderSigil(language, out);
                // Bash `$X.tar.gz`, `a$X`: spelled as an expansion, the metavariable is one part of a concatenation.
                if (language === 'bash' && !meta[1] && gluedInBashWord(pattern, i, i + meta[0].length))
                    out += '$';
                out += (meta[1] ? ELLIPSIS_METAVARIABLE_PREFIX : METAVARIABLE_PREFIX) + meta[2];
                i += meta[0].length;
            }
            else {
                out += char;
                i += 1;
            }
        }
        else {
            out += char;
            i += 1;
        }
    }
    return out;
}
/**
 * Bash `"$X"` and `"$...X"` are the expansion of a metavariable and any run of the string's parts;
 * `"$(cmd ...)"` holds a command, a pattern again.
 */
function substituteInBashString(literal) {
    let out = '';
    let i = 0;
    while (i < literal.length) {
        const close = literal.startsWith('$(', i) && !literal.startsWith('$((', i) ? closingParen(literal, i + 1) : -1;
        const meta = /^\$(\.\.\.)?([A-Z_][A-Z0-9_]*)(?!\w)/.exec(literal.slice(i));
        if (close > 0) {
            out += `$(${substitutePlaceholders(literal.slice(i + 2, close), 'bash')})`;
            i = close + 1;
        }
        else if (meta) {
            out += `$${meta[1] ? ELLIPSIS_METAVARIABLE_PREFIX : METAVARIABLE_PREFIX}${meta[2]}`;
            i += meta[0].length;
        }
        else {
            out += literal[i];
            i += 1;
        }
    }
    return out;
}
/** Whether the word `text[start, end)` continues into its neighbours (not `$X=`, `$X...` nor `${$X}`). */
function gluedInBashWord(text, start, end) {
    const before = text[start - 1] ?? ' ';
    const after = text[end] ?? ' ';
    const gluedAfter = !/[\s;|&()<>`=}\w]/.test(after) && !text.startsWith('...', end);
    // After `=`: `a=$X` stays an assignment either way, and `--opt=$X` needs the concatenation.
    return gluedAfter || !/[\s;|&()<>`{$]/.test(before);
}
/** The `)` closing the `(` at `open`, or -1. */
function closingParen(text, open) {
    let depth = 0;
    for (let i = open; i < text.length; i += 1) {
        if (text[i] === '(')
            depth += 1;
        else if (text[i] === ')' && --depth === 0)
            return i;
    }
    return -1;
}
/** Languages whose double-quoted strings interpolate `#{...}` (Ruby) or `${...}` (Bash, Kotlin). */
const INTERPOLATING_QUOTES = new Set(['ruby', 'bash', 'kotlin']);
/** Inside `${...}` / f-string `{...}`, metavariables and `...` are code again. */
function substituteInInterpolations(literal) {
    return literal.replace(/(\$?\{)([^{}]*)\}/g, (_, open, inner) => `${open}${substitutePlaceholders(inner)}}`);
}
/** Where a `//` or `/* *\/` comment starting at `at` ends; `at` itself when none starts there. */
function commentEnd(text, at) {
    // After code such as `/\/\//` (a regex literal), `//` does not start a comment.
    if (at > 0 && !/[\s;,{}()]/.test(text[at - 1]))
        return at;
    if (text.startsWith('//', at)) {
        const end = text.indexOf('\n', at);
        return end < 0 ? text.length : end;
    }
    if (text.startsWith('/*', at)) {
        const end = text.indexOf('*/', at + 2);
        return end < 0 ? text.length : end + 2;
    }
    return at;
}
function findClosingQuote(text, open) {
    const quote = text[open];
    let i = open + 1;
    while (i < text.length && text[i] !== quote)
        i += text[i] === '\\' ? 2 : 1;
    return Math.min(i + 1, text.length);
}
/**
 * Semgrep parses JavaScript with a parser that also accepts type annotations and decorators (TSX's grammar),
 * and TypeScript patterns with one that also accepts JSX (`<$EL href={$X} />`), which .ts files never hold.
 */
function grammarsFor(language) {
    if (language === 'javascript')
        return ['javascript', 'tsx'];
    if (language === 'typescript')
        return ['typescript', 'tsx'];
    return [language];
}
/** Parses `pattern` with `language`'s grammar and compiles it; throws PatternSyntaxError when it does not parse. */
async function compilePattern(pattern, language) {
    // An empty pattern is an empty run of statements: it matches nothing, as in Semgrep.
    if (pattern.trim() === '')
        return { kind: 'sequence', nodes: [] };
    const typed = [];
    const text = language === 'csharp' ? splitLeadingEllipses(pattern.trim()) : pattern.trim();
    const source = substitutePlaceholders(substituteTypedMetavariables(text, language, typed), language);
    // Semgrep reads a lone `...` as an expression ellipsis: any one expression, as an anonymous `$_` would.
    if (source === compile_pattern_ELLIPSIS)
        return { kind: 'single', node: { kind: 'metavariable', name: '$_' } };
    // Second round: a `...` where the grammar wants something else (a class member) may be an error.
    for (const tolerant of [false, true]) {
        for (const grammar of grammarsFor(patternGrammar(language))) {
            const parser = await parserFor(grammar);
            // JSON patterns parse with JavaScript's grammar but keep JSON's attempts.
            const attempts = parseAttempts(source, grammar === patternGrammar(language) ? language : grammar);
            for (const attempt of attempts) {
                const csharp = grammar === 'csharp';
                const tree = parser.parse(csharp ? spellNullConditionalAssignments(attempt.text) : attempt.text);
                if (!tree)
                    continue;
                try {
                    if (tree.rootNode.hasError && !(tolerant && errorsOnlyAtEllipses(tree.rootNode, attempt.text)))
                        continue;
                    const root = toPlainTree(tree);
                    // `$O?.$F = $V`: parsed as `$O .$F = $V`, read back as a conditional access, as targets are.
                    if (csharp)
                        restoreNullConditionalAccess(root, attempt.text);
                    if (misreadPattern(root, attempt.text, language))
                        continue;
                    const compiled = compileTree(root, attempt, new Compiler(attempt.text, typed, language));
                    if (compiled)
                        return compiled;
                }
                finally {
                    tree.delete();
                }
            }
        }
    }
    throw new PatternSyntaxError(`pattern is not valid ${language}: ${pattern.trim()}`);
}
// `... = ...` / `...: ...`: how YAML and Terraform patterns spell a `...` entry (see languages/*-pattern.ts).
const ELLIPSIS_ENTRY = new RegExp(`^${compile_pattern_ELLIPSIS}\\s*[:=]\\s*${compile_pattern_ELLIPSIS}\\s*[,;]?$`);
// Go `case ...`: any other cases of a switch or select (see languages/go-pattern).
const GO_CASE_CLAUSES = new Set(['expression_case', 'type_case', 'communication_case']);
const ELLIPSIS_ONLY = new RegExp(`^\\$?${compile_pattern_ELLIPSIS}\\s*[;,]?$`);
/** Whether every syntax error (or missing token) lies inside a node that is only a `...` placeholder. */
function errorsOnlyAtEllipses(node, text) {
    if (!node.hasError && !node.isMissing)
        return true;
    if (ELLIPSIS_ONLY.test(text.slice(node.startIndex, node.endIndex).trim()))
        return true;
    if (node.isMissing || node.type === 'ERROR')
        return false;
    return node.children.every((child) => child !== null && errorsOnlyAtEllipses(child, text));
}
function compileTree(root, attempt, compiler) {
    if (attempt.select === 'program') {
        const statements = significantChildren(root).map((s) => s.type === 'global_statement' && significantChildren(s).length === 1 ? significantChildren(s)[0] : s);
        if (statements.length === 0 || strayPatternNode(statements))
            return undefined;
        // `key: {...}` is an object field in a Semgrep pattern, not a statement label (`outer: for` is one).
        if (statements.length === 1 && isFieldLikeLabel(statements[0]))
            return undefined;
        if (statements.length > 1)
            return { kind: 'sequence', nodes: statements.map((s) => compiler.compile(s)) };
        return { kind: 'single', node: compiler.compile(unwrapStatement(statements[0], attempt.text)) };
    }
    if ('within' in attempt.select) {
        const nodes = nodesWithin(root, ...attempt.select.within, attempt.select.wrappers).filter((n) => n.named && !isComment(n));
        if (nodes.length === 0 || strayPatternNode(nodes) || isLiteralTypedField(nodes))
            return undefined;
        if (nodes.length > 1)
            return { kind: 'sequence', nodes: nodes.map((s) => compiler.compile(s)) };
        return { kind: 'single', node: compiler.compile(unwrapStatement(nodes[0], attempt.text)) };
    }
    const { start, maxEnd } = attempt.select;
    let chosen;
    const stack = [...root.children];
    while (stack.length > 0 && !chosen) {
        const node = stack.shift();
        if (node.named && node.start === start && node.end <= maxEnd && !isComment(node))
            chosen = node;
        else if (node.start <= start && start < node.end)
            stack.unshift(...node.children);
    }
    if (!chosen || isFieldLikeLabel(chosen) || typedByWrapping(root, start))
        return undefined;
    const { patternEnd } = attempt.select;
    // The clause an attempt added to complete the statement is not part of the pattern.
    if (patternEnd !== undefined) {
        const children = chosen.children.filter((c) => c.start < patternEnd);
        chosen = { ...chosen, children, end: children.at(-1)?.end ?? chosen.start };
    }
    return { kind: 'single', node: compiler.compile(unwrapStatement(chosen, attempt.text)) };
}
/**
 * `{ ...; }` where `...;` is not a statement (a Rust `mod` body) leaves a stray `;` behind; in a Java
 * `enum E { ...; }` it reads as an empty list of member declarations.
 */
function isStrayTerminator(node) {
    if (node.type === 'empty_statement')
        return true;
    return node.type === 'enum_body_declarations' && significantChildren(node).length === 0;
}
/**
 * TypeScript reads `(key: 'v')` (a field pattern wrapped in parentheses to parse) as a parenthesized name
 * with a type, which would leave the pattern as the bare `key`.
 */
function typedByWrapping(root, start) {
    const stack = [...root.children];
    while (stack.length > 0) {
        const node = stack.pop();
        if (node.start >= start)
            continue;
        if (node.type === 'parenthesized_expression' && node.children.some((c) => c.type === 'type_annotation'))
            return true;
        stack.push(...node.children);
    }
    return false;
}
/** TypeScript: `key: 'v'` read as a class field typed by a literal is an object field in a pattern. */
function isLiteralTypedField(nodes) {
    if (nodes.length !== 1 || nodes[0].type !== 'public_field_definition')
        return false;
    const type = nodes[0].children.find((c) => c.type === 'type_annotation');
    return type !== undefined && significantChildren(type).some((c) => c.type === 'literal_type');
}
function isFieldLikeLabel(node) {
    if (node.type !== 'labeled_statement')
        return false;
    const body = significantChildren(node).at(-1);
    return body?.type === 'expression_statement' || body?.type === 'statement_block';
}
// `eval($X)` parses as a statement wrapping the call; the call is what should match, anywhere.
function unwrapStatement(node, source) {
    // C# top-level statements: the statement inside is what occurs in method bodies.
    if (node.type === 'global_statement' && significantChildren(node).length === 1)
        return unwrapStatement(significantChildren(node)[0], source);
    // Bash: a lone word or string (`"$X"`) parses as a command; it is the word, wherever it appears.
    // With `;` or `&` after it, it is a command.
    const alone = source.slice(node.end).trim() === '';
    if (alone &&
        node.type === 'command' &&
        node.children.length === 1 &&
        node.children[0].type === 'command_name') {
        const word = significantChildren(node.children[0]);
        const written = source.slice(node.start, node.end).trim();
        // `$X` alone is a metavariable; `"$X"` is a quoted word.
        if (word.length === 1 && (written.startsWith('"') || !compile_pattern_PLACEHOLDER.test(written)))
            return word[0];
    }
    if (node.type !== 'expression_statement')
        return node;
    const inner = significantChildren(node);
    // Python `1, 2` as a statement is a tuple without parentheses.
    if (inner.length > 1 && inner.every((c) => !/statement|assignment/.test(c.type)))
        return { ...node, type: 'tuple' };
    if (inner.length !== 1 || compile_pattern_PLACEHOLDER.test(source.slice(node.start, node.end).trim()))
        return node;
    return inner[0];
}
function significantChildren(node) {
    return node.children.filter((child) => child.named && !isComment(child));
}
class Compiler {
    source;
    typed;
    language;
    constructor(source, typed, language) {
        this.source = source;
        this.typed = typed;
        this.language = language;
    }
    compile(node) {
        const text = this.source.slice(node.start, node.end);
        const trimmed = text.trim();
        // A quoted placeholder is only the Go import-path spelling; elsewhere `"$X"` is a string (bash, PHP).
        const quoted = trimmed.startsWith('"') && !QUOTED_PLACEHOLDER_LANGUAGES.has(this.language);
        const placeholder = quoted || compile_pattern_WRAPPERS.has(node.type) || BRACKETLESS_LISTS.has(node.type)
            ? null
            : compile_pattern_PLACEHOLDER.exec(trimmed);
        if (placeholder) {
            // `$F(..., $P, ...)`: `$P` is any parameter, whatever its type, and binds the parameter's name.
            if (placeholder[1] && PARAMETERS.has(node.type) && trimmed.includes(DECLARED))
                return {
                    kind: 'node',
                    type: node.type,
                    children: [{ kind: 'ellipsis' }, { kind: 'metavariable', name: `$${placeholder[1]}` }],
                    tokens: [],
                    hasEllipsis: true,
                };
            if (placeholder[1])
                return { kind: 'metavariable', name: `$${placeholder[1]}` };
            if (placeholder[2])
                return { kind: 'ellipsis-metavariable', name: `$...${placeholder[2]}` };
            if (placeholder[3])
                return { kind: 'typed-metavariable', ...this.typed[Number(placeholder[3])], language: this.language };
            return { kind: 'ellipsis' };
        }
        if (ELLIPSIS_ENTRY.test(text.trim()))
            return { kind: 'ellipsis' };
        if (this.language === 'bash') {
            const bash = compileBashNode(node, {
                text: (n) => this.source.slice(n.start, n.end),
                compile: (n) => this.compile(n),
                deepMarker: DEEP,
                spanPrefix: ELLIPSIS_METAVARIABLE_PREFIX,
            });
            if (bash)
                return bash;
        }
        if (GO_CASE_CLAUSES.has(node.type) && isAnyCasesClause(text))
            return { kind: 'ellipsis' };
        const symbol = node.type === 'simple_symbol'
            ? RUBY_SYMBOL_PLACEHOLDER.exec(trimmed)
            : node.type === 'tag'
                ? YAML_TAG_PLACEHOLDER.exec(trimmed)
                : null;
        if (symbol)
            return { kind: 'symbol-metavariable', name: `$${symbol[1]}` };
        const children = significantChildren(node);
        // `**...` / `*...` / spread `...` inside a dict or call: the placeholder is the ellipsis itself.
        if (children.length === 1 && /splat|spread/.test(node.type)) {
            const inner = this.compile(children[0]);
            if (inner.kind === 'ellipsis' || inner.kind === 'ellipsis-metavariable')
                return inner;
        }
        if ((node.type === 'parenthesized_expression' || TRANSPARENT_WRAPPERS.has(node.type)) &&
            children.length === 1)
            return this.compile(children[0]);
        // `<a href={$X}>` is how `<a href=$X>` parses: the value is the placeholder, string or expression alike.
        if (node.type === 'jsx_expression' && children.length === 1) {
            const inner = this.compile(children[0]);
            if (inner.kind !== 'node' && inner.kind !== 'leaf')
                return inner;
        }
        // `r => e` has the parameter list `(r)`, so it compares with `function (r) {...}` and `(r) => e`.
        if (node.type === 'arrow_function' && children.length === 2 && children[0].type === 'identifier') {
            const parameter = this.compile(children[0]);
            const parameters = {
                kind: 'node',
                type: 'formal_parameters',
                children: [parameter],
                tokens: [],
                hasEllipsis: parameter.kind === 'ellipsis' || parameter.kind === 'ellipsis-metavariable',
            };
            const body = this.compile(children[1]);
            return {
                kind: 'node',
                type: node.type,
                children: [parameters, body],
                tokens: ['=>'],
                hasEllipsis: false,
            };
        }
        if (node.type === 'for_statement' && this.isAnyLoopHeader(node)) {
            const body = this.compile(children[children.length - 1]);
            return {
                kind: 'node',
                type: node.type,
                children: [{ kind: 'ellipsis' }, body],
                tokens: [],
                hasEllipsis: true,
            };
        }
        if (compile_pattern_CALL_TYPES.has(node.type) &&
            children.length === 2 &&
            this.source.slice(children[0].start, children[0].end) === DEEP) {
            const args = significantChildren(children[1]);
            const [arg] = args;
            const inner = SINGLE_CHILD_WRAPPERS.has(arg?.type) && arg.children.length === 1 ? arg.children[0] : arg;
            if (args.length === 1)
                return { kind: 'deep', inner: this.compile(inner) };
        }
        if ((MEMBER_TYPES.has(node.type) || OTHER_MEMBER_TYPES.has(node.type)) && children.length === 2) {
            const property = this.source.slice(children[1].start, children[1].end).trim().replace(/^\$/, '');
            if (property === compile_pattern_ELLIPSIS)
                return { kind: 'chain', base: this.compile(children[0]) };
        }
        // Ruby and PHP backticks run a command: `` `...` `` is any command, interpolated or not, so its parts always match as parts.
        const command = (node.type === 'subshell' && this.language === 'ruby') ||
            (node.type === 'shell_command_expression' && this.language === 'php');
        if (node.type === 'concatenated_string' && this.language === 'python')
            return this.compileConcatenation(node);
        if (STRING_TYPES.has(node.type) || command) {
            // PHP `"$X"` interpolates to the grammar, but in a pattern it is a string metavariable.
            if (!command && (!children.some((c) => isInterpolation(c.type)) || /^"\$[A-Z_][A-Z0-9_]*"$/.test(text)))
                return this.compileString(node.type, text);
            const template = node.type === 'template_string';
            // Kotlin `"${...}"` is one interpolation, whatever it holds, as in a template literal.
            const oneSubstitution = template || this.language === 'kotlin' || this.language === 'python';
            const parts = stringParts(node).map((part) => {
                const partText = this.source.slice(part.start, part.end);
                if (!isInterpolation(part.type)) {
                    // A Python f-string's literal text may be a metavariable too (`f"$SQL{...}"`), as a template's is.
                    const meta = template || this.language === 'python' ? /^\$(\.\.\.)?([A-Z_][A-Z0-9_]*)$/.exec(partText) : null;
                    if (meta)
                        return { kind: 'fragment-metavariable', name: partText, span: !!meta[1] };
                    return partText === '...'
                        ? { kind: 'ellipsis' }
                        : { kind: 'leaf', type: 'string_fragment', text: partText };
                }
                const [inner] = significantChildren(part);
                const compiled = inner ? this.compile(inner) : { kind: 'ellipsis' };
                // `${...}` (a template literal, an f-string's `{...}`) is one substitution, whatever it holds.
                return oneSubstitution && compiled.kind === 'ellipsis'
                    ? { kind: 'metavariable', name: '$_' }
                    : compiled;
            });
            return { kind: 'node', type: node.type, children: parts, tokens: [], hasEllipsis: true };
        }
        // `if $C:` with nothing below: tree-sitter recovers an empty block, which stands for any body.
        if (node.children.length === 0 && text.trim() === '' && /block/.test(node.type))
            return {
                kind: 'node',
                type: node.type,
                children: [{ kind: 'ellipsis' }],
                tokens: [],
                hasEllipsis: true,
            };
        if (node.children.length === 0)
            return { kind: 'leaf', type: node.type, text };
        // `{ ...; }` where `...;` is not a statement (a Rust `mod` body) leaves a stray `;` behind.
        const compiled = children.filter((c) => !isStrayTerminator(c)).map((child) => this.compile(child));
        const shaped = {
            kind: 'node',
            type: node.type,
            children: compiled,
            tokens: significantTokens(node),
            hasEllipsis: compiled.some((c) => c.kind === 'ellipsis' || c.kind === 'ellipsis-metavariable'),
        };
        return this.language === 'ruby' ? rubyPatternShape(shaped) : shaped;
    }
    /** `for (...)`, rewritten to `for (...;;)` to parse (see js-pattern-text). */
    isAnyLoopHeader(node) {
        const open = node.children.find((c) => c.type === '(');
        const close = node.children.find((c) => c.type === ')');
        return (!!open && !!close && this.source.slice(open.end, close.start).replace(/\s/g, '') === FOR_ANY_HEADER);
    }
    /**
     * Python `"a" "b"`: its strings in order, as Semgrep compares implicit concatenations part by part; a
     * plain `"..."` part stands for any run of parts (none included), so `"..." "..."` is any concatenation.
     */
    compileConcatenation(node) {
        const parts = stringParts(node).map((part) => {
            const text = this.source.slice(part.start, part.end);
            return stringValue(text) === '...' && !/^[a-eg-z]*f/i.test(text)
                ? { kind: 'ellipsis' }
                : this.compile(part);
        });
        return { kind: 'node', type: node.type, children: parts, tokens: [], hasEllipsis: true };
    }
    compileString(type, text) {
        const value = stringValue(text);
        // `f"..."` is any f-string (substitutions included), as `` `...` `` is any template literal.
        if (value === '...')
            return { kind: 'any-string', template: type === 'template_string' || /^[a-eg-z]*f/i.test(text) };
        const regex = /^=~\/(.*)\/([a-z]*)$/s.exec(value);
        if (regex) {
            try {
                return { kind: 'regex-string', regex: compileRegex(regex[1], regex[2].replace(/[gy]/g, '')) };
            }
            catch (error) {
                throw new PatternSyntaxError(`invalid regex in pattern string: ${error.message}`);
            }
        }
        const metavariable = /^\$([A-Z_][A-Z0-9_]*)$/.exec(value);
        if (metavariable)
            return { kind: 'string-metavariable', name: `$${metavariable[1]}` };
        return { kind: 'string', value: stringContent(text) };
    }
}
/** The literal pieces and `{...}` substitutions of an f-string or template literal, in order. */
function stringParts(node) {
    return node.children.filter((c) => c.named && c.type !== 'string_start' && c.type !== 'string_end' && !isComment(c));
}
/** Keywords and operators (`const`, `+`, `not in`) that distinguish nodes of the same type. */
function significantTokens(node) {
    return node.children.filter((c) => !c.named && !PUNCTUATION.has(c.type)).map((c) => c.type);
}

;// CONCATENATED MODULE: ./src/engine/patterns/metavariable-comparison.ts

class ComparisonSyntaxError extends Error {
}
const metavariable_comparison_TOKEN = /\s*(?:(0[xX][\da-fA-F_]+|0[oO][0-7_]+|0[bB][01_]+|\d+\.\d*|\d*\.\d+|\d+)|("(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*')|(\$(?:\.\.\.)?[A-Z_][A-Z0-9_]*)|([A-Za-z_][\w.]*)|(\/\/|==|!=|<=|>=|[-+*/%<>(),[\]]))/y;
const CALLS = new Set(['int', 'float', 'str', 'len', 're.match', 'bool']);
const COMPARISONS = new Set(['<', '<=', '>', '>=', '==', '!=', 'in', 'not in']);
function metavariable_comparison_tokenize(source) {
    const tokens = [];
    metavariable_comparison_TOKEN.lastIndex = 0;
    while (metavariable_comparison_TOKEN.lastIndex < source.length) {
        if (/^\s*$/.test(source.slice(metavariable_comparison_TOKEN.lastIndex)))
            break;
        const at = metavariable_comparison_TOKEN.lastIndex;
        const match = metavariable_comparison_TOKEN.exec(source);
        if (!match)
            throw new ComparisonSyntaxError(`unexpected '${source.slice(at).trim()[0]}' in comparison`);
        const kinds = ['number', 'string', 'metavariable', 'name', 'operator'];
        const index = [1, 2, 3, 4, 5].find((group) => match[group] !== undefined);
        tokens.push({ kind: kinds[index - 1], text: match[index] });
    }
    return tokens;
}
/** Parses a comparison; throws ComparisonSyntaxError naming what it did not understand. */
function parseComparison(source) {
    const tokens = metavariable_comparison_tokenize(source);
    let at = 0;
    const peek = () => tokens[at];
    const isName = (text) => peek()?.kind === 'name' && peek()?.text === text;
    const isOperator = (text) => peek()?.kind === 'operator' && peek()?.text === text;
    const expect = (text) => {
        if (!isOperator(text))
            throw new ComparisonSyntaxError(`expected '${text}' in comparison`);
        at += 1;
    };
    const or = () => {
        let left = and();
        while (isName('or')) {
            at += 1;
            left = { kind: 'binary', operator: 'or', left, right: and() };
        }
        return left;
    };
    const and = () => {
        let left = not();
        while (isName('and')) {
            at += 1;
            left = { kind: 'binary', operator: 'and', left, right: not() };
        }
        return left;
    };
    const not = () => {
        if (isName('not')) {
            at += 1;
            return { kind: 'unary', operator: 'not', operand: not() };
        }
        return comparison();
    };
    const comparison = () => {
        let left = sum();
        for (;;) {
            let operator;
            if (peek()?.kind === 'operator' && COMPARISONS.has(peek().text))
                operator = peek().text;
            else if (isName('in'))
                operator = 'in';
            else if (isName('not') && tokens[at + 1]?.text === 'in')
                operator = 'not in';
            if (!operator)
                return left;
            at += operator === 'not in' ? 2 : 1;
            left = { kind: 'binary', operator, left, right: sum() };
        }
    };
    const sum = () => {
        let left = product();
        while (isOperator('+') || isOperator('-')) {
            const operator = tokens[at++].text;
            left = { kind: 'binary', operator, left, right: product() };
        }
        return left;
    };
    const product = () => {
        let left = unary();
        while (isOperator('*') || isOperator('/') || isOperator('//') || isOperator('%')) {
            const operator = tokens[at++].text;
            left = { kind: 'binary', operator, left, right: unary() };
        }
        return left;
    };
    const unary = () => {
        if (isOperator('-')) {
            at += 1;
            return { kind: 'unary', operator: '-', operand: unary() };
        }
        return primary();
    };
    const primary = () => {
        const token = tokens[at++];
        if (!token)
            throw new ComparisonSyntaxError('comparison ends too early');
        // Python spellings: 0o644, 0x1F, 0b101 (JavaScript's Number reads them too).
        if (token.kind === 'number')
            return { kind: 'literal', value: Number(token.text.replace(/_/g, '')) };
        if (token.kind === 'string')
            return { kind: 'literal', value: stringValue(token.text) };
        if (token.kind === 'metavariable')
            return { kind: 'metavariable', name: token.text };
        if (token.kind === 'operator' && token.text === '(') {
            const inner = or();
            expect(')');
            return inner;
        }
        if (token.kind === 'operator' && token.text === '[') {
            const items = [];
            while (!isOperator(']')) {
                items.push(or());
                if (!isOperator(']'))
                    expect(',');
            }
            at += 1;
            return { kind: 'list', items };
        }
        if (token.kind === 'name') {
            if (token.text === 'True' || token.text === 'False')
                return { kind: 'literal', value: token.text === 'True' };
            if (token.text === 'None')
                return { kind: 'literal', value: null };
            if (CALLS.has(token.text) && isOperator('(')) {
                at += 1;
                const args = [];
                while (!isOperator(')')) {
                    args.push(or());
                    if (!isOperator(')'))
                        expect(',');
                }
                at += 1;
                return { kind: 'call', callee: token.text, args };
            }
        }
        throw new ComparisonSyntaxError(`unsupported '${token.text}' in comparison`);
    };
    const expression = or();
    if (at < tokens.length)
        throw new ComparisonSyntaxError(`unexpected '${tokens[at].text}' in comparison`);
    return expression;
}
/** Evaluates against one match's bindings; an unbound metavariable or a type error makes it false. */
function evaluateComparison(expression, bindings, reading) {
    try {
        return truthy(evaluate(expression, bindings, reading));
    }
    catch {
        return false;
    }
}
/**
 * A bound value: a number when the code is a number literal, a boolean for a boolean literal (Python's
 * `True`/`False`, the C-family `true`/`false`), a string's content, else the code text.
 */
function boundValue(text) {
    const trimmed = text.trim();
    if (BOOLEAN_LITERALS.has(trimmed))
        return BOOLEAN_LITERALS.get(trimmed);
    const number = Number(trimmed.replace(/_/g, ''));
    if (trimmed !== '' && !Number.isNaN(number))
        return number;
    if (/^[A-Za-z]*(["'`]).*\1$/s.test(trimmed))
        return stringValue(trimmed);
    return trimmed;
}
const BOOLEAN_LITERALS = new Map([
    ['True', true],
    ['False', false],
    ['true', true],
    ['false', false],
]);
/** A bound text read as `strip:` / `base:` say; an integer that does not parse in the base fails the comparison. */
function readBound(text, reading) {
    let trimmed = text.trim();
    if (reading.strip && /^[A-Za-z]*(["'`]).*\1$/s.test(trimmed))
        trimmed = String(stringValue(trimmed)).trim();
    if (reading.base === undefined)
        return boundValue(trimmed);
    return integerInBase(trimmed, reading.base);
}
const BASE_PREFIXES = { 2: /^0[bB]_?/, 8: /^0[oO]_?/, 16: /^0[xX]_?/ };
function integerInBase(text, base) {
    const negative = text.startsWith('-');
    let digits = text.replace(/^[-+]/, '');
    digits = digits.replace(BASE_PREFIXES[base] ?? /^$/, '').replace(/_/g, '');
    const valid = digits !== '' &&
        [...digits.toLowerCase()].every((digit) => {
            const value = parseInt(digit, 36);
            return !Number.isNaN(value) && value < base;
        });
    if (!valid)
        throw new Error(`not an integer in base ${base}`);
    const value = parseInt(digits, base);
    return negative ? -value : value;
}
function evaluate(expression, bindings, reading) {
    switch (expression.kind) {
        case 'literal':
            return expression.value;
        case 'metavariable': {
            const name = expression.name;
            const bound = bindings[name];
            if (!bound)
                throw new Error(`unbound ${expression.name}`);
            return reading?.metavariable === name ? readBound(bound.text, reading) : boundValue(bound.text);
        }
        case 'unary': {
            const operand = evaluate(expression.operand, bindings, reading);
            return expression.operator === 'not' ? !truthy(operand) : -toNumber(operand);
        }
        case 'list':
            return expression.items.map((item) => evaluate(item, bindings, reading));
        case 'call':
            return call(expression.callee, expression.args.map((arg) => evaluate(arg, bindings, reading)));
        case 'binary':
            return binary(expression, bindings, reading);
    }
}
function binary(expression, bindings, reading) {
    const left = evaluate(expression.left, bindings, reading);
    if (expression.operator === 'and')
        return truthy(left) ? evaluate(expression.right, bindings, reading) : left;
    if (expression.operator === 'or')
        return truthy(left) ? left : evaluate(expression.right, bindings, reading);
    const right = evaluate(expression.right, bindings, reading);
    switch (expression.operator) {
        case '==':
            return left === right;
        case '!=':
            return left !== right;
        case 'in':
            return contains(right, left);
        case 'not in':
            return !contains(right, left);
        case '<':
        case '<=':
        case '>':
        case '>=':
            return compare(expression.operator, left, right);
        case '+':
            return typeof left === 'string' && typeof right === 'string'
                ? left + right
                : toNumber(left) + toNumber(right);
        case '-':
            return toNumber(left) - toNumber(right);
        case '*':
            return toNumber(left) * toNumber(right);
        case '/':
            return toNumber(left) / toNumber(right);
        case '//':
            return Math.floor(toNumber(left) / toNumber(right));
        case '%':
            return toNumber(left) % toNumber(right);
        default:
            throw new Error(`unknown operator ${expression.operator}`);
    }
}
/** Python's `in`: an element of a list, or a substring of a string. */
function contains(container, item) {
    if (Array.isArray(container))
        return container.some((element) => element === item);
    return String(container).includes(String(item));
}
function compare(operator, left, right) {
    if (typeof left !== typeof right || (typeof left !== 'number' && typeof left !== 'string'))
        throw new Error('incomparable values');
    const a = left;
    const b = right;
    return operator === '<' ? a < b : operator === '<=' ? a <= b : operator === '>' ? a > b : a >= b;
}
function call(callee, args) {
    const [first, second] = args;
    switch (callee) {
        case 'int': {
            const value = typeof first === 'string' ? Number(first.trim().replace(/_/g, '')) : toNumber(first);
            if (!Number.isFinite(value))
                throw new Error('not an integer');
            return Math.trunc(value);
        }
        case 'float':
            return toNumber(typeof first === 'string' ? Number(first) : first);
        case 'str':
            return first === null ? 'None' : String(first);
        case 'bool':
            return truthy(first);
        case 'len':
            return Array.isArray(first) ? first.length : String(first).length;
        case 're.match':
            // Python's re.match anchors at the start of the string only.
            return new RegExp(`^(?:${String(first)})`).test(String(second));
        default:
            throw new Error(`unknown function ${callee}`);
    }
}
function toNumber(value) {
    if (typeof value === 'number')
        return value;
    if (typeof value === 'boolean')
        return value ? 1 : 0;
    throw new Error('not a number');
}
function truthy(value) {
    return value !== null && value !== false && value !== 0 && value !== '';
}

;// CONCATENATED MODULE: ./src/engine/rule-files/yaml-source.ts


/** A parsed YAML file that can say on which line any of its nodes sits. */
class YamlSource {
    file;
    lines = new dist/* LineCounter */.HN();
    root;
    constructor(file, text) {
        this.file = file;
        const document = (0,dist/* parseDocument */.Tp)(text, { lineCounter: this.lines, prettyErrors: false, uniqueKeys: true });
        const [error] = document.errors;
        if (error) {
            const line = error.linePos?.[0]?.line ?? this.lines.linePos(error.pos[0]).line;
            throw new errors_ConfigError(`invalid YAML: ${error.message.split('\n')[0]}`, { file, line });
        }
        this.root = document.contents;
    }
    lineOf(node) {
        const range = node?.range;
        return range ? this.lines.linePos(range[0]).line : undefined;
    }
    fail(message, node, field) {
        throw new errors_ConfigError(message, { file: this.file, line: this.lineOf(node), field });
    }
    /** The map's entries as [key, key node, value node], failing on non-string keys. */
    entries(map) {
        return map.items.map((pair) => {
            const key = (0,dist/* isScalar */.jn)(pair.key) ? pair.key.value : undefined;
            if (typeof key !== 'string')
                this.fail('keys must be strings', pair.key ?? map);
            return [key, pair.key, pair.value];
        });
    }
    string(node, field, where) {
        if (!(0,dist/* isScalar */.jn)(node) || typeof node.value !== 'string' || node.value.trim() === '') {
            this.fail(`'${field}' must be a non-empty string`, node ?? where, field);
        }
        return node.value;
    }
    map(node, field, where) {
        if (!(0,dist/* isMap */.jh)(node))
            this.fail(`'${field}' must be a mapping`, node ?? where, field);
        return node;
    }
    list(node, field, where) {
        if (!(0,dist/* isSeq */.oP)(node))
            this.fail(`'${field}' must be a list`, node ?? where, field);
        return node.items;
    }
}
function toPlain(node) {
    return node?.toJSON?.() ?? ((0,dist/* isScalar */.jn)(node) ? node.value : node);
}

;// CONCATENATED MODULE: ./src/engine/rule-files/parse-formula.ts







const TOP_LEVEL_OPERATORS = ['pattern', 'patterns', 'pattern-either', 'pattern-regex'];
const CONJUNCTION_OPERATORS = [
    'pattern',
    'patterns',
    'pattern-either',
    'pattern-regex',
    'pattern-inside',
    'pattern-not',
    'pattern-not-inside',
    'pattern-not-regex',
    'metavariable-regex',
    'metavariable-pattern',
    'metavariable-comparison',
    'metavariable-analysis',
    'metavariable-type',
    'focus-metavariable',
];
const METAVARIABLE_PATTERN_OPERATORS = ['pattern', 'patterns', 'pattern-either', 'pattern-regex'];
const EITHER_OPERATORS = ['pattern', 'patterns', 'pattern-either', 'pattern-regex', 'pattern-inside'];
const NOT_YET_SUPPORTED = new Set(['pattern-where-python']);
const ANALYZERS = ['entropy', 'redos'];
function emptyConjunction() {
    return {
        kind: 'all',
        positives: [],
        insides: [],
        notInsides: [],
        nots: [],
        notRegexes: [],
        conditions: [],
    };
}
/** A formula whose ranges all come from pattern-inside: Semgrep's "inside" ranges. */
function isInsideOnly(formula) {
    if (formula.kind === 'all')
        return formula.positives.length === 0 && formula.insides.length > 0;
    return formula.kind === 'either' && formula.branches.every(isInsideOnly);
}
/** Turns one operator (`pattern-either: […]`, …) into a Formula, compiling patterns and regexes. */
class FormulaParser {
    yaml;
    languages;
    /** Implied languages where some pattern did not parse: the rule must not run there at all. */
    droppedLanguages = new Set();
    /** Above zero while parsing a metavariable-pattern's formula, where the bound code is the implicit positive. */
    metavariablePatternDepth = 0;
    constructor(yaml, languages) {
        this.yaml = yaml;
        this.languages = languages;
    }
    async operator(key, value, keyNode) {
        switch (key) {
            case 'pattern':
                return this.pattern(value, key, keyNode);
            case 'pattern-inside':
            case 'pattern-not':
            case 'pattern-not-inside':
                // Semgrep also takes a nested operator here: `pattern-not: {patterns: […]}`.
                if ((0,dist/* isMap */.jh)(value))
                    return this.item(value, EITHER_OPERATORS, key);
                return this.pattern(value, key, keyNode);
            case 'pattern-regex':
            case 'pattern-not-regex':
                return this.regex(value, key, keyNode);
            case 'pattern-either': {
                const items = this.yaml.list(value, key, keyNode);
                if (items.length === 0)
                    this.yaml.fail(`'${key}' needs at least one pattern`, value, key);
                const branches = [];
                for (const item of items) {
                    const branch = await this.item(item, EITHER_OPERATORS, key);
                    // Kept recognisable as an inside-range, which a surrounding `patterns` treats as such.
                    const inside = (0,dist/* isMap */.jh)(item) && this.yaml.entries(item)[0]?.[0] === 'pattern-inside';
                    branches.push(inside ? { ...emptyConjunction(), insides: [branch] } : branch);
                }
                return { kind: 'either', branches };
            }
            case 'patterns':
                return this.conjunction(value, keyNode);
            default:
                return this.yaml.fail(`unknown operator '${key}'`, keyNode, key);
        }
    }
    async item(item, allowed, parent) {
        const [key, keyNode, value] = this.singleKey(item, parent);
        if (!allowed.includes(key))
            this.rejectOperator(key, keyNode, allowed, parent);
        return this.operator(key, value, keyNode);
    }
    singleKey(item, parent) {
        if (!(0,dist/* isMap */.jh)(item))
            this.yaml.fail(`each entry of '${parent}' must be a mapping with one operator`, item, parent);
        const entries = this.yaml.entries(item);
        if (entries.length !== 1)
            this.yaml.fail(`each entry of '${parent}' must have exactly one operator`, item, parent);
        return entries[0];
    }
    rejectOperator(key, keyNode, allowed, parent) {
        if (NOT_YET_SUPPORTED.has(key))
            this.yaml.fail(`operator '${key}' is not supported yet`, keyNode, key);
        if (CONJUNCTION_OPERATORS.includes(key)) {
            this.yaml.fail(`operator '${key}' is not allowed inside '${parent}'`, keyNode, key);
        }
        return this.yaml.fail(`unknown operator '${key}' (expected one of: ${allowed.join(', ')})`, keyNode, key);
    }
    async conjunction(value, keyNode) {
        const items = this.yaml.list(value, 'patterns', keyNode);
        let formula = emptyConjunction();
        for (const item of items) {
            const [key, itemKeyNode, itemValue] = this.singleKey(item, 'patterns');
            if (!CONJUNCTION_OPERATORS.includes(key))
                this.rejectOperator(key, itemKeyNode, CONJUNCTION_OPERATORS, 'patterns');
            if (key === 'metavariable-regex') {
                formula.conditions.push(this.metavariableRegex(itemValue, itemKeyNode));
                continue;
            }
            if (key === 'metavariable-pattern') {
                formula.conditions.push(await this.metavariablePattern(itemValue, itemKeyNode));
                continue;
            }
            if (key === 'metavariable-comparison') {
                formula.conditions.push(this.metavariableComparison(itemValue, itemKeyNode));
                continue;
            }
            if (key === 'metavariable-analysis') {
                formula.conditions.push(this.metavariableAnalysis(itemValue, itemKeyNode));
                continue;
            }
            if (key === 'metavariable-type') {
                formula.conditions.push(this.metavariableType(itemValue, itemKeyNode));
                continue;
            }
            if (key === 'focus-metavariable') {
                const names = (0,dist/* isSeq */.oP)(itemValue) ? itemValue.items : [itemValue];
                formula.focus = [
                    ...(formula.focus ?? []),
                    ...names.map((n) => this.metavariableName(n, key, itemKeyNode)),
                ];
                continue;
            }
            const operand = await this.operator(key, itemValue, itemKeyNode);
            // Semgrep's ranges keep their kind: what only pattern-insides produced (directly, or through
            // pattern-either/patterns) is intersected as an inside, and a negation of it removes what it contains.
            if (key === 'pattern-inside' || (key !== 'pattern-not' && isInsideOnly(operand)))
                formula.insides.push(operand);
            else if (key === 'pattern-not' && !isInsideOnly(operand))
                formula.nots.push(operand);
            else if (key === 'pattern-not')
                formula.notInsides.push(operand);
            else if (key === 'pattern-not-inside')
                formula.notInsides.push(operand);
            else if (key === 'pattern-not-regex')
                formula.notRegexes.push(operand);
            else {
                // A pattern after `focus-metavariable` is matched against the focused code, as in Semgrep: what
                // came before (focus included) becomes the first positive of the rest. A focus written before any
                // pattern has nothing to focus yet: it applies to the whole conjunction, wherever it is written.
                const focusable = formula.positives.length > 0 || formula.insides.length > 0;
                if (formula.focus?.length && focusable)
                    formula = { ...emptyConjunction(), positives: [formula] };
                formula.positives.push(operand);
            }
        }
        if (formula.positives.length === 0 &&
            formula.insides.length === 0 &&
            this.metavariablePatternDepth === 0) {
            this.yaml.fail("'patterns' needs at least one positive pattern (pattern, pattern-either, pattern-inside…)", keyNode, 'patterns');
        }
        return formula;
    }
    metavariableRegex(value, keyNode) {
        const map = this.yaml.map(value, 'metavariable-regex', keyNode);
        let metavariable;
        let regex;
        for (const [key, node, child] of this.yaml.entries(map)) {
            if (key === 'metavariable') {
                metavariable = this.metavariableName(child, key, node);
            }
            else if (key === 'regex') {
                regex = this.compile(this.yaml.string(child, key, node), child, key, 'y');
            }
            else if (key !== 'constant-propagation') {
                this.yaml.fail(`unknown key '${key}' in metavariable-regex`, node, key);
            }
        }
        if (!metavariable)
            this.yaml.fail("metavariable-regex needs 'metavariable'", keyNode, 'metavariable-regex');
        if (!regex)
            this.yaml.fail("metavariable-regex needs 'regex'", keyNode, 'metavariable-regex');
        return { kind: 'regex', metavariable, regex };
    }
    metavariableName(node, field, where) {
        const name = this.yaml.string(node, field, where);
        if (!/^\$(?:\.\.\.)?[A-Z_][A-Z0-9_]*$/.test(name))
            this.yaml.fail(`'${name}' is not a metavariable ($NAME)`, node, field);
        // `$...X` names its own binding, apart from `$X`, as in Semgrep.
        return name;
    }
    /** `metavariable-pattern`: `metavariable`, optional `language`, and one pattern operator (nested freely). */
    async metavariablePattern(value, keyNode) {
        const field = 'metavariable-pattern';
        const map = this.yaml.map(value, field, keyNode);
        let metavariable;
        let languageName;
        let operator;
        for (const entry of this.yaml.entries(map)) {
            const [key, node, child] = entry;
            if (key === 'metavariable')
                metavariable = this.metavariableName(child, key, node);
            else if (key === 'language')
                languageName = this.yaml.string(child, key, node);
            else if (METAVARIABLE_PATTERN_OPERATORS.includes(key)) {
                if (operator)
                    this.yaml.fail(`${field} takes one of ${METAVARIABLE_PATTERN_OPERATORS.join(', ')}`, node, key);
                operator = entry;
            }
            else
                this.yaml.fail(`unknown key '${key}' in ${field}`, node, key);
        }
        if (!metavariable)
            this.yaml.fail(`${field} needs 'metavariable'`, keyNode, field);
        if (!operator)
            this.yaml.fail(`${field} needs one of ${METAVARIABLE_PATTERN_OPERATORS.join(', ')}`, keyNode, field);
        let parser;
        let language;
        let textOnly = false;
        if (languageName) {
            const canonical = canonicalRuleLanguage(languageName);
            if (!canonical)
                this.yaml.fail(`unknown or unsupported language '${languageName}'`, map, 'language');
            textOnly = canonical === 'regex' || canonical === 'generic';
            language = textOnly ? undefined : targetLanguagesOf(canonical)[0];
            parser = new FormulaParser(this.yaml, {
                required: language ? [language] : [],
                implied: [],
                textOnly,
                generic: canonical === 'generic',
                constantPropagation: this.languages.constantPropagation,
                symbolicPropagation: this.languages.symbolicPropagation,
            });
            // Parsed on demand at match time, so the grammar must be ready before evaluation (which is synchronous).
            if (language)
                await parserFor(language);
        }
        const inner = parser ?? this;
        inner.metavariablePatternDepth++;
        const formula = await inner.operator(operator[0], operator[2], operator[1]);
        inner.metavariablePatternDepth--;
        return { kind: 'pattern', metavariable, formula, language, textOnly };
    }
    metavariableComparison(value, keyNode) {
        const field = 'metavariable-comparison';
        const map = this.yaml.map(value, field, keyNode);
        let source;
        let comparisonNode;
        let metavariable;
        let strip = false;
        let base;
        for (const [key, node, child] of this.yaml.entries(map)) {
            if (key === 'comparison') {
                source = this.yaml.string(child, key, node);
                comparisonNode = child;
            }
            else if (key === 'metavariable')
                metavariable = this.metavariableName(child, key, node);
            else if (key === 'strip') {
                const flag = toPlain(child);
                if (flag !== true && flag !== false && flag !== 'true' && flag !== 'false')
                    this.yaml.fail(`'strip' must be true or false`, child ?? node, key);
                strip = flag === true || flag === 'true';
            }
            else if (key === 'base') {
                const radix = Number(toPlain(child));
                if (!Number.isInteger(radix) || radix < 2 || radix > 36)
                    this.yaml.fail(`'base' must be an integer from 2 to 36`, child ?? node, key);
                base = radix;
            }
            else
                this.yaml.fail(`unknown key '${key}' in ${field} (expected comparison, metavariable, strip, base)`, node, key);
        }
        if (!source)
            this.yaml.fail(`${field} needs 'comparison'`, keyNode, field);
        try {
            const expression = parseComparison(source);
            const reading = metavariable && (strip || base) ? { metavariable, strip, base } : undefined;
            return { kind: 'comparison', source, expression, ...(reading ? { reading } : {}) };
        }
        catch (error) {
            return this.yaml.fail(`invalid comparison: ${error.message}`, comparisonNode, 'comparison');
        }
    }
    metavariableAnalysis(value, keyNode) {
        const field = 'metavariable-analysis';
        const map = this.yaml.map(value, field, keyNode);
        let metavariable;
        let analyzer;
        for (const [key, node, child] of this.yaml.entries(map)) {
            if (key === 'metavariable')
                metavariable = this.metavariableName(child, key, node);
            else if (key === 'analyzer') {
                analyzer = this.yaml.string(child, key, node);
                if (!ANALYZERS.includes(analyzer)) {
                    // entropy_v2 needs Semgrep's proprietary plugin; a rule must not silently match nothing.
                    this.yaml.fail(`analyzer '${analyzer}' is not supported (expected ${ANALYZERS.join(' or ')})`, child, key);
                }
            }
            else
                this.yaml.fail(`unknown key '${key}' in ${field} (expected metavariable, analyzer)`, node, key);
        }
        if (!metavariable)
            this.yaml.fail(`${field} needs 'metavariable'`, keyNode, field);
        if (!analyzer)
            this.yaml.fail(`${field} needs 'analyzer'`, keyNode, field);
        return { kind: 'analysis', metavariable, analyzer: analyzer };
    }
    metavariableType(value, keyNode) {
        const field = 'metavariable-type';
        const map = this.yaml.map(value, field, keyNode);
        let metavariable;
        const types = [];
        for (const [key, node, child] of this.yaml.entries(map)) {
            if (key === 'metavariable')
                metavariable = this.metavariableName(child, key, node);
            else if (key === 'type')
                types.push(this.yaml.string(child, key, node));
            else if (key === 'types')
                for (const item of this.yaml.list(child, key, node))
                    types.push(this.yaml.string(item, key, node));
            // `language` names the language the types are written in: the rule's own, here.
            else if (key !== 'language')
                this.yaml.fail(`unknown key '${key}' in ${field} (expected metavariable, type, types)`, node, key);
        }
        if (!metavariable)
            this.yaml.fail(`${field} needs 'metavariable'`, keyNode, field);
        if (types.length === 0)
            this.yaml.fail(`${field} needs 'type' or 'types'`, keyNode, field);
        return { kind: 'type', metavariable, types };
    }
    async pattern(value, field, keyNode) {
        // languages: [regex]: Semgrep reads every pattern operator's text as a regex (`pattern-not-inside: ws://localhost`).
        if (this.languages.textOnly && !this.languages.generic)
            return this.regex(value, field, keyNode);
        // Semgrep takes `pattern: ''`: no statements, so it matches nothing (compilePattern says so).
        const empty = field === 'pattern' &&
            !this.languages.generic &&
            (0,dist/* isScalar */.jn)(value) &&
            typeof value.value === 'string' &&
            value.value.trim() === '';
        const source = empty ? '' : this.yaml.string(value, field, keyNode);
        if (this.languages.generic) {
            // languages: [generic]: matched on text by src/engine/generic, never parsed by a grammar.
            try {
                return { kind: 'pattern', source, compiled: {}, generic: compileGenericPattern(source) };
            }
            catch (error) {
                this.yaml.fail(error.message, value, field);
            }
        }
        const compiled = {};
        for (const language of this.languages.required) {
            try {
                compiled[language] = await compilePattern(source, language);
            }
            catch (error) {
                if (error instanceof PatternSyntaxError)
                    this.yaml.fail(error.message, value, field);
                throw error;
            }
        }
        for (const language of this.languages.implied) {
            // e.g. a javascript pattern that is not valid TypeScript: the rule just does not run on that language.
            const result = await compilePattern(source, language).catch(() => undefined);
            if (result)
                compiled[language] = result;
            else
                this.droppedLanguages.add(language);
        }
        return {
            kind: 'pattern',
            source,
            compiled,
            constantPropagation: this.languages.constantPropagation,
            symbolicPropagation: this.languages.symbolicPropagation,
        };
    }
    regex(value, field, keyNode) {
        const source = (0,dist/* isScalar */.jn)(value) && typeof value.value === 'number'
            ? String(value.value)
            : this.yaml.string(value, field, keyNode);
        return { kind: 'regex', source, regex: this.compile(source, value, field, 'gm') };
    }
    compile(source, node, field, flags) {
        try {
            return compileRegex(source, flags);
        }
        catch (error) {
            return this.yaml.fail(`invalid regex: ${error.message}`, node, field);
        }
    }
}

;// CONCATENATED MODULE: ./src/engine/rule-files/parse-taint.ts


/** Rule keys that only a `mode: taint` rule may have. */
const TAINT_RULE_KEYS = [
    'pattern-sources',
    'pattern-sinks',
    'pattern-sanitizers',
    'pattern-propagators',
];
// Options Semgrep accepts per role; anything else is an error naming the key, never silently ignored.
const OPTIONS = {
    source: ['by-side-effect', 'exact', 'label', 'requires'],
    sink: ['exact', 'requires'],
    // `not_conflicting` is the spelling of the `pattern-sanitizers` syntax, `not-conflicting` of the newer one.
    sanitizer: ['by-side-effect', 'exact', 'not-conflicting', 'not_conflicting'],
    propagator: ['from', 'to', 'by-side-effect', 'label', 'requires', 'replace-labels'],
};
const UNSUPPORTED_OPTIONS = new Set(['control', 'at-exit']);
/** Reads `mode` (search or taint); anything else is a configuration error. */
function ruleMode(yaml, field) {
    if (!field)
        return 'search';
    const mode = yaml.string(field.value, 'mode', field.keyNode);
    if (mode !== 'search' && mode !== 'taint')
        yaml.fail(`mode '${mode}' is not supported (expected search or taint)`, field.value, 'mode');
    return mode;
}
/** The rule's taint spec when it is `mode: taint`, undefined for search rules; rejects keys of the other mode. */
async function parseTaintRule(yaml, parser, fields, ruleNode) {
    const mode = ruleMode(yaml, fields.get('mode'));
    const misplaced = (mode === 'taint' ? TOP_LEVEL_OPERATORS : TAINT_RULE_KEYS).find((key) => fields.has(key));
    if (misplaced) {
        const hint = mode === 'taint' ? 'a taint rule uses pattern-sources and pattern-sinks' : "it needs 'mode: taint'";
        yaml.fail(`'${misplaced}' is not allowed here: ${hint}`, fields.get(misplaced)?.keyNode, misplaced);
    }
    return mode === 'taint' ? parseTaintSpec(yaml, parser, fields, ruleNode) : undefined;
}
/** Parses a taint rule's four lists, compiling each entry with the same FormulaParser as search rules. */
async function parseTaintSpec(yaml, parser, fields, ruleNode) {
    const list = async (key, role, required) => {
        const field = fields.get(key);
        if (!field) {
            if (required)
                yaml.fail(`taint rule is missing '${key}'`, ruleNode, key);
            return [];
        }
        const items = yaml.list(field.value, key, field.keyNode);
        if (required && items.length === 0)
            yaml.fail(`'${key}' needs at least one entry`, field.value, key);
        const parsed = [];
        for (const item of items)
            parsed.push(await parseItem(yaml, parser, item, key, role));
        return parsed;
    };
    const spec = {
        sources: await list('pattern-sources', 'source', true),
        sinks: await list('pattern-sinks', 'sink', true),
        sanitizers: await list('pattern-sanitizers', 'sanitizer', false),
        propagators: (await list('pattern-propagators', 'propagator', false)),
    };
    return spec;
}
/** For prefiltering and tree needs, a taint rule looks like "any of its sources": no source, no finding. */
function sourcesFormula(spec) {
    return { kind: 'either', branches: spec.sources.map((source) => source.formula) };
}
async function parseItem(yaml, parser, item, list, role) {
    if (!(0,dist/* isMap */.jh)(item))
        yaml.fail(`each entry of '${list}' must be a mapping with one pattern operator`, item, list);
    let operator;
    const result = {
        formula: { kind: 'either', branches: [] },
        focus: [],
        exact: role === 'sink',
        bySideEffect: role === 'propagator',
    };
    for (const [key, keyNode, value] of yaml.entries(item)) {
        if (TOP_LEVEL_OPERATORS.includes(key)) {
            if (operator)
                yaml.fail(`an entry of '${list}' has more than one pattern operator`, keyNode, key);
            operator = [key, keyNode, value];
        }
        else if (OPTIONS[role].includes(key)) {
            readOption(yaml, result, key, keyNode, value);
        }
        else if (UNSUPPORTED_OPTIONS.has(key)) {
            yaml.fail(`taint option '${key}' is not supported`, keyNode, key);
        }
        else {
            yaml.fail(`unknown key '${key}' in '${list}' (expected a pattern operator or ${OPTIONS[role].join(', ')})`, keyNode, key);
        }
    }
    if (!operator)
        yaml.fail(`an entry of '${list}' needs one of: ${TOP_LEVEL_OPERATORS.join(', ')}`, item, list);
    const [key, keyNode, value] = operator;
    const { operand, focus } = key === 'patterns' ? withoutFocus(yaml, value, keyNode) : { operand: value, focus: [] };
    result.formula = await parser.operator(key, operand, keyNode);
    result.focus = focus;
    if (role === 'propagator' && (!result.from || !result.to))
        yaml.fail(`a propagator needs both 'from' and 'to'`, item, list);
    return result;
}
function readOption(yaml, into, key, keyNode, value) {
    const scalar = (0,dist/* isScalar */.jn)(value) ? value.value : undefined;
    switch (key) {
        case 'exact':
            if (typeof scalar !== 'boolean')
                yaml.fail(`'exact' must be true or false`, value ?? keyNode, key);
            into.exact = scalar;
            return;
        case 'by-side-effect':
            if (typeof scalar !== 'boolean' && scalar !== 'only')
                yaml.fail(`'by-side-effect' must be true, false or only`, value ?? keyNode, key);
            into.bySideEffect = scalar;
            return;
        case 'from':
        case 'to':
            into[key] = metavariable(yaml, value, key, keyNode);
            return;
        case 'label':
            into.label = yaml.string(value, key, keyNode);
            return;
        case 'requires':
            into.requires = yaml.string(value, key, keyNode);
            return;
        case 'not-conflicting':
        case 'not_conflicting':
            if (typeof scalar !== 'boolean')
                yaml.fail(`'${key}' must be true or false`, value ?? keyNode, key);
            into.notConflicting = scalar;
            return;
        default:
            // replace-labels: accepted, no effect on this engine's analysis.
            return;
    }
}
function metavariable(yaml, value, field, keyNode) {
    const name = yaml.string(value, field, keyNode);
    if (!/^\$(?:\.\.\.)?[A-Z_][A-Z0-9_]*$/.test(name))
        yaml.fail(`'${name}' is not a metavariable ($NAME)`, value, field);
    // `$...X` names its own binding, apart from `$X`, as in Semgrep.
    return name;
}
/**
 * `focus-metavariable` in an entry's top-level `patterns` says which binding the role applies to. It is
 * taken out here (the rest is an ordinary conjunction) and applied by the taint analysis.
 */
function withoutFocus(yaml, value, keyNode) {
    if (!(0,dist/* isSeq */.oP)(value))
        return { operand: value, focus: [] };
    const focus = [];
    const kept = new dist/* YAMLSeq */.Rw();
    kept.range = value.range;
    for (const entry of value.items) {
        const pair = (0,dist/* isMap */.jh)(entry) && entry.items.length === 1 ? entry.items[0] : undefined;
        const key = pair && (0,dist/* isScalar */.jn)(pair.key) ? pair.key.value : undefined;
        if (key !== 'focus-metavariable' || !pair) {
            kept.items.push(entry);
            continue;
        }
        const names = (0,dist/* isSeq */.oP)(pair.value) ? pair.value.items : [pair.value];
        for (const name of names)
            focus.push(metavariable(yaml, name, 'focus-metavariable', pair.key ?? keyNode));
    }
    return { operand: kept, focus };
}

;// CONCATENATED MODULE: ./src/engine/rule-files/rule-metadata.ts
const SEVERITY_MAP = {
    CRITICAL: 'critical',
    ERROR: 'high',
    HIGH: 'high',
    WARNING: 'medium',
    MEDIUM: 'medium',
    INFO: 'low',
    LOW: 'low',
    INVENTORY: 'info',
    EXPERIMENT: 'info',
};
const SEVERITY_NAMES = Object.keys(SEVERITY_MAP);
/** Semgrep's severities (and the newer CRITICAL/HIGH/MEDIUM/LOW) onto ours. */
function severityOf(name) {
    return SEVERITY_MAP[name.toUpperCase()];
}
/** `metadata.category` only changes the finding category for the non-SAST kinds; `security` etc. stay sast. */
function categoryOf(metadata) {
    const category = typeof metadata.category === 'string' ? metadata.category.toLowerCase() : '';
    return category === 'secrets' || category === 'supply-chain' || category === 'iac' ? category : 'sast';
}
function confidenceOf(metadata) {
    const confidence = typeof metadata.confidence === 'string' ? metadata.confidence.toLowerCase() : '';
    return confidence === 'high' || confidence === 'low' || confidence === 'medium' ? confidence : 'medium';
}
/** `cwe: 'CWE-79: …'` or a list of them, as a list. */
function stringList(value) {
    if (typeof value === 'string')
        return [value];
    if (Array.isArray(value))
        return value.filter((item) => typeof item === 'string');
    return [];
}

;// CONCATENATED MODULE: ./src/engine/rule-files/load-rules.ts










const RULE_KEYS = new Set([
    'id',
    'message',
    'severity',
    'languages',
    'metadata',
    'paths',
    'fix',
    'fix-regex',
    'options',
    'min-version',
    'max-version',
    'title',
    ...TOP_LEVEL_OPERATORS,
]);
const TAINT_KEYS = new Set(['mode', ...TAINT_RULE_KEYS]);
const RULE_FILE = /\.ya?ml$/i;
/** Loads rule files and directories (recursing into *.yaml / *.yml). Throws ConfigError naming file, line and field. */
async function loadRules(sources, inline = []) {
    const files = [];
    for (const source of sources)
        files.push(...(await ruleFilesOf(source)));
    // The recorded hash is of the bytes as stored, so an auditor can hash the rule file and compare.
    const texts = [];
    for (const file of new Set(files))
        texts.push({ name: file, bytes: await readFile(file) });
    for (const { name, text } of inline)
        texts.push({ name, bytes: Buffer.from(text, 'utf8') });
    const loaded = {
        rules: [],
        rulesets: [],
        inlineTexts: Object.fromEntries(inline.map(({ name, text }) => [name, text])),
    };
    // All files at once: a file waiting for its grammar to compile lets the others ask for theirs, so the
    // WASM compiles overlap. Errors are still reported in file order.
    const parsed = await Promise.allSettled(texts.map(({ name, bytes }) => parseRuleFile(name, bytes.toString('utf8'))));
    const definedIn = new Map();
    for (const [index, { name: file, bytes }] of texts.entries()) {
        const outcome = parsed[index];
        if (outcome.status === 'rejected')
            throw outcome.reason;
        const rules = outcome.value;
        for (const rule of rules) {
            const earlier = definedIn.get(rule.id);
            if (earlier) {
                throw new ConfigError(`rule id '${rule.id}' is already defined in ${earlier}`, {
                    file,
                    line: rule.line,
                    field: 'id',
                });
            }
            definedIn.set(rule.id, file);
        }
        loaded.rules.push(...rules);
        loaded.rulesets.push({
            path: file,
            sha256: createHash('sha256').update(bytes).digest('hex'),
            ruleCount: rules.length,
        });
    }
    return loaded;
}
async function ruleFilesOf(source) {
    const absolute = path.resolve(source);
    const info = await stat(absolute).catch(() => undefined);
    if (!info)
        throw new ConfigError('rule file or directory does not exist', { file: source });
    if (info.isFile())
        return [absolute];
    const found = [];
    const entries = await readdir(absolute, { withFileTypes: true });
    for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
        if (entry.name === 'node_modules' || entry.name.startsWith('.'))
            continue;
        const child = path.join(absolute, entry.name);
        if (entry.isDirectory())
            found.push(...(await ruleFilesOf(child)));
        else if (entry.isFile() && RULE_FILE.test(entry.name))
            found.push(child);
    }
    return found;
}
/** Parses and validates one rule file's text. Exported for tests and for `-e`-style inline rules. */
async function parseRuleFile(file, text) {
    const yaml = new YamlSource(file, text);
    const root = yaml.map(yaml.root, 'rules', yaml.root);
    const rulesEntry = yaml.entries(root).find(([key]) => key === 'rules');
    if (!rulesEntry)
        yaml.fail("a rule file needs a top-level 'rules' list", root, 'rules');
    const rules = [];
    for (const node of yaml.list(rulesEntry[2], 'rules', rulesEntry[1]))
        rules.push(await parseRule(yaml, node));
    return rules;
}
async function parseRule(yaml, node) {
    if (!(0,dist/* isMap */.jh)(node))
        yaml.fail('each rule must be a mapping', node, 'rules');
    const fields = new Map();
    for (const [key, keyNode, value] of yaml.entries(node)) {
        if (!RULE_KEYS.has(key) && !TAINT_KEYS.has(key))
            yaml.fail(`unknown rule key '${key}'${suggestion(key)}`, keyNode, key);
        fields.set(key, { keyNode, value });
    }
    const required = (key) => {
        const field = fields.get(key);
        if (!field)
            yaml.fail(`rule is missing '${key}'`, node, key);
        return field;
    };
    const id = yaml.string(required('id').value, 'id', node);
    const message = yaml.string(required('message').value, 'message', node);
    const severityField = required('severity');
    const ruleSeverity = yaml.string(severityField.value, 'severity', severityField.keyNode).toUpperCase();
    const severity = severityOf(ruleSeverity);
    if (!severity)
        yaml.fail(`severity must be one of ${SEVERITY_NAMES.join(', ')}`, severityField.value, 'severity');
    const languagesField = required('languages');
    const languageNodes = yaml.list(languagesField.value, 'languages', languagesField.keyNode);
    if (languageNodes.length === 0)
        yaml.fail("'languages' must name at least one language", languagesField.value, 'languages');
    const languages = languageNodes.map((languageNode) => {
        const name = yaml.string(languageNode, 'languages', languagesField.keyNode);
        const language = canonicalRuleLanguage(name);
        if (!language)
            yaml.fail(`unknown or unsupported language '${name}'`, languageNode, 'languages');
        return language;
    });
    const textOnly = languages.every((language) => language === 'regex' || language === 'generic');
    const required_ = [
        ...new Set(languages.flatMap((l) => (l === 'regex' || l === 'generic' ? [] : [primaryOf(l)]))),
    ];
    const implied = [...new Set(languages.flatMap(targetLanguagesOf))].filter((l) => !required_.includes(l));
    const { assumeSafeBooleans, assumeSafeNumbers, ...matching } = parseOptions(yaml, fields.get('options'));
    const parser = new FormulaParser(yaml, {
        required: required_,
        implied,
        textOnly,
        generic: textOnly && languages.includes('generic'),
        ...matching,
    });
    // Taint rules take their patterns from pattern-sources/-sinks/…; see parse-taint.ts.
    const taint = await parseTaintRule(yaml, parser, fields, node);
    if (taint && assumeSafeBooleans !== undefined)
        taint.assumeSafeBooleans = assumeSafeBooleans;
    if (taint && assumeSafeNumbers !== undefined)
        taint.assumeSafeNumbers = assumeSafeNumbers;
    let formula;
    if (taint)
        formula = sourcesFormula(taint);
    else {
        const formulas = TOP_LEVEL_OPERATORS.filter((key) => fields.has(key));
        if (formulas.length === 0)
            yaml.fail(`rule is missing a pattern (one of: ${TOP_LEVEL_OPERATORS.join(', ')})`, node, 'pattern');
        if (formulas.length > 1)
            yaml.fail(`rule has more than one top-level pattern operator: ${formulas.join(', ')}`, fields.get(formulas[1])?.keyNode, formulas[1]);
        const top = fields.get(formulas[0]);
        formula = await parser.operator(formulas[0], top?.value, top?.keyNode);
    }
    const metadataField = fields.get('metadata');
    const metadata = metadataField
        ? toPlain(yaml.map(metadataField.value, 'metadata', metadataField.keyNode))
        : {};
    const fixField = fields.get('fix');
    return {
        id,
        message,
        ruleSeverity,
        severity,
        category: categoryOf(metadata),
        confidence: confidenceOf(metadata),
        languages,
        targetLanguages: [...required_, ...implied].filter((l) => !parser.droppedLanguages.has(l)),
        textOnly,
        formula,
        taint,
        metadata,
        paths: parsePaths(yaml, fields.get('paths')),
        // A `fix: |` block ends in the newline YAML keeps; Semgrep drops that one newline, or every fix would break its line.
        fix: fixField ? yaml.string(fixField.value, 'fix', fixField.keyNode).replace(/\r?\n$/, '') : undefined,
        file: yaml.file,
        line: yaml.lineOf(node) ?? 1,
    };
}
// The grammar a rule language's own files use; patterns must parse in it.
function primaryOf(language) {
    return targetLanguagesOf(language)[0];
}
/**
 * `options`: `constant_propagation` and `symbolic_propagation` change matching; the others listed are
 * Semgrep options whose default behaviour is what this engine does, accepted so registry rules load. Anything else is a
 * configuration error naming the key (a silently ignored option would change results unnoticed).
 */
const ACCEPTED_OPTIONS = new Set([
    'constant_propagation',
    'symbolic_propagation',
    'ac_matching',
    'commutative_boolop',
    'vardef_assign',
    'attr_expr',
    'arrow_is_function',
    'let_is_var',
    'go_deeper_expr',
    'go_deeper_stmt',
    'implicit_return',
    'decorators_order_matters',
    'generic_ellipsis_max_span',
    'generic_comment_style',
    'interfile',
    'taint_assume_safe_functions',
    'taint_assume_safe_indexes',
    'taint_assume_safe_comparisons',
    'taint_assume_safe_booleans',
    'taint_assume_safe_numbers',
    'taint_unify_mvars',
]);
/** The options that change what this engine does, by the rule field each one sets. */
const FLAG_OPTIONS = {
    constant_propagation: 'constantPropagation',
    symbolic_propagation: 'symbolicPropagation',
    taint_assume_safe_booleans: 'assumeSafeBooleans',
    taint_assume_safe_numbers: 'assumeSafeNumbers',
};
function parseOptions(yaml, field) {
    if (!field)
        return {};
    const map = yaml.map(field.value, 'options', field.keyNode);
    const options = {};
    for (const [key, keyNode, value] of yaml.entries(map)) {
        if (!ACCEPTED_OPTIONS.has(key))
            yaml.fail(`unknown or unsupported option '${key}'`, keyNode, `options.${key}`);
        const property = FLAG_OPTIONS[key];
        if (!property)
            continue;
        const flag = toPlain(value);
        if (typeof flag !== 'boolean')
            yaml.fail(`'options.${key}' must be true or false`, value, `options.${key}`);
        options[property] = flag;
    }
    return options;
}
function parsePaths(yaml, field) {
    if (!field)
        return undefined;
    const map = yaml.map(field.value, 'paths', field.keyNode);
    const paths = {};
    for (const [key, keyNode, value] of yaml.entries(map)) {
        if (key !== 'include' && key !== 'exclude')
            yaml.fail(`unknown key '${key}' in paths (expected include, exclude)`, keyNode, `paths.${key}`);
        paths[key] = yaml
            .list(value, `paths.${key}`, keyNode)
            .map((item) => yaml.string(item, `paths.${key}`, keyNode));
    }
    return paths;
}
function suggestion(key) {
    const known = [
        ...RULE_KEYS,
        'pattern-not',
        'pattern-inside',
        'pattern-not-inside',
        'pattern-not-regex',
        'metavariable-regex',
    ];
    const close = known.find((candidate) => editDistance(candidate, key) <= 2);
    if (!close)
        return '';
    return RULE_KEYS.has(close)
        ? ` (did you mean '${close}'?)`
        : ` (did you mean '${close}'? it belongs inside 'patterns')`;
}
function editDistance(a, b) {
    const row = Array.from({ length: b.length + 1 }, (_, i) => i);
    for (let i = 1; i <= a.length; i += 1) {
        let previous = row[0];
        row[0] = i;
        for (let j = 1; j <= b.length; j += 1) {
            const current = row[j];
            row[j] = Math.min(row[j] + 1, row[j - 1] + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
            previous = current;
        }
    }
    return row[b.length];
}

;// CONCATENATED MODULE: external "node:os"
const external_node_os_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");
;// CONCATENATED MODULE: ./src/engine/scan/scan-pool.ts





/** Takes the next file index for the calling thread (atomically: threads never take the same file). */
function takeNextFile(next) {
    return Atomics.add(next, 0, 1);
}
/** Below this many files a pool costs more to start (a bundle and WASM per worker) than it saves. */
const MIN_FILES_FOR_WORKERS = 64;
const scan_pool_here = external_node_path_default().dirname((0,external_node_url_namespaceObject.fileURLToPath)(import.meta.url));
/**
 * The worker bundle scripts/build.mjs writes beside the CLI and action bundles (dist/scan-worker/).
 * From TypeScript sources (jest) there is none, and files are scanned in-process.
 */
function scanWorkerScript() {
    for (const dir of [scan_pool_here, path.dirname(scan_pool_here)]) {
        const candidate = path.join(dir, 'scan-worker', 'index.js');
        if (existsSync(candidate))
            return candidate;
    }
    return undefined;
}
const CLONED_EXACTLY = new Set([
    Object.prototype,
    Array.prototype,
    RegExp.prototype,
    Map.prototype,
    Set.prototype,
]);
/** Whether `value` survives structured clone unchanged: no functions, no class instances (their methods would be lost). */
function isPlainData(value, seen = new Set()) {
    if (typeof value === 'function' || typeof value === 'symbol')
        return false;
    if (value === null || typeof value !== 'object')
        return true;
    if (seen.has(value))
        return true;
    seen.add(value);
    if (!CLONED_EXACTLY.has(Object.getPrototypeOf(value)))
        return false;
    if (value instanceof Map)
        return [...value].every(([k, v]) => isPlainData(k, seen) && isPlainData(v, seen));
    if (value instanceof Set)
        return [...value].every((v) => isPlainData(v, seen));
    if (value instanceof RegExp)
        return true;
    return Object.values(value).every((v) => isPlainData(v, seen));
}
/**
 * Worker threads for `files` files: one per core beside the one this thread scans on, none for small
 * scans; SOC2_SCAN_WORKERS overrides (0: in-process only).
 */
function workerCount(files) {
    const configured = process.env.SOC2_SCAN_WORKERS;
    if (configured !== undefined && /^\d+$/.test(configured.trim()))
        return Math.min(Number(configured), files);
    if (files < MIN_FILES_FOR_WORKERS)
        return 0;
    const cores = os.availableParallelism();
    return cores < 2 ? 0 : cores - 1;
}
/**
 * Scans `files` in `count` worker threads and, when `scanHere` is given, on this thread too. Each
 * thread takes the next file from a counter in shared memory, so no thread waits for another to hand
 * it work: this thread, which already loaded the rules and grammars, scans while the workers start.
 * Outcomes are returned by file index, so the caller merges them in the same order as a sequential
 * scan. A file left without an outcome (a worker could not load the rules, or died while scanning
 * it) is undefined: the caller scans it in-process.
 */
async function scanInWorkers(script, setup, files, count, scanHere) {
    const outcomes = new Array(files.length).fill(undefined);
    const next = new Int32Array(new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT));
    const runHere = async (scan) => {
        for (let index = takeNextFile(next); index < files.length; index = takeNextFile(next)) {
            outcomes[index] = await scan(files[index]);
            // Between files, take in the workers' outcomes, so they do not pile up in the message queue.
            await new Promise((resolve) => setImmediate(resolve));
        }
    };
    const runWorker = () => new Promise((resolve) => {
        const worker = new Worker(script, { workerData: { ...setup, files, next } });
        let finished = false;
        const finish = () => {
            if (finished)
                return;
            finished = true;
            void worker.terminate();
            resolve();
        };
        worker.on('message', (reply) => {
            if (reply.type === 'done')
                outcomes[reply.index] = reply.outcome;
            else
                finish();
        });
        // A worker that fails leaves the file it was scanning without an outcome; the caller rescans it in-process.
        worker.on('error', finish);
        worker.on('exit', finish);
    });
    await Promise.all([...Array.from({ length: count }, runWorker), ...(scanHere ? [runHere(scanHere)] : [])]);
    return outcomes;
}

;// CONCATENATED MODULE: ./src/engine/patterns/word-occurrences.ts
/**
 * Where a pattern's required words (called and member names, see prefilter/required-words.ts) occur in
 * one file, so a pattern is only tried on nodes that span an occurrence of each. A node that matches
 * `$X.readFile(...)` contains the token `readFile`: metavariables, `...` and deep expressions only
 * ever look inside the node. The one equivalence that changes a name's spelling is an import alias
 * (`from os import system as s` makes `s(...)` a `os.system(...)`), so a local name bound to an
 * import whose qualified name holds the word counts as an occurrence too.
 */
class WordOccurrences {
    source;
    aliases;
    tokens;
    found = new Map();
    /** Each import alias with the words of what it stands for, read from the aliases once per file. */
    aliasWords;
    /** `tokens`: the file's one-pass index of the rules' words (prefilter/token-index.ts), when it was made. */
    constructor(source, aliases, tokens) {
        this.source = source;
        this.aliases = aliases;
        this.tokens = tokens;
    }
    /** Whether `node` spans an occurrence of every word. */
    spansAll(node, words) {
        for (const word of words)
            if (!spansOne(this.of(word), node))
                return false;
        return true;
    }
    /** Whether any occurrence of `word` (or of a name aliasing it) is in the file. */
    occurs(word) {
        return this.of(word).starts.length > 0;
    }
    /** Occurrences sorted by start: the word as a whole token, and every local alias of it. */
    of(word) {
        const known = this.found.get(word);
        if (known)
            return known;
        const starts = this.startsOf(word);
        // Qualified names are spelled in the file's imports: a word absent from the text has no alias either.
        const aliasing = [];
        if (starts.length > 0) {
            this.aliasWords ??= [...this.aliases()].map(([local, qualified]) => ({
                local,
                words: wordsOf(qualified),
            }));
            for (const { local, words } of this.aliasWords)
                if (local !== word && words.includes(word))
                    aliasing.push(local);
        }
        let found = { starts, ends: word.length };
        if (aliasing.length > 0) {
            const spans = [word, ...aliasing]
                .flatMap((name) => this.startsOf(name).map((start) => ({ start, end: start + name.length })))
                .sort((a, b) => a.start - b.start);
            found = { starts: spans.map((span) => span.start), ends: spans.map((span) => span.end) };
        }
        this.found.set(word, found);
        return found;
    }
    startsOf(word) {
        return this.tokens?.startsOf(word) ?? tokenStarts(this.source, word);
    }
}
/** The identifier-like tokens of a text (letters, digits, `_`): what a required word is compared with. */
function wordsOf(text) {
    return text.match(WORD) ?? [];
}
/** The distinct tokens of a text, without first listing every occurrence (a file's, for the prefilter). */
function wordSet(text) {
    const words = new Set();
    const word = new RegExp(WORD);
    for (let found = word.exec(text); found; found = word.exec(text))
        words.add(found[0]);
    return words;
}
const WORD = /[A-Za-z0-9_]+/g;
const WORD_CHAR = /[A-Za-z0-9_]/;
function tokenStarts(source, word) {
    const starts = [];
    if (word.length === 0)
        return starts;
    for (let at = source.indexOf(word); at >= 0; at = source.indexOf(word, at + 1)) {
        const end = at + word.length;
        if ((at > 0 && WORD_CHAR.test(source[at - 1])) || (end < source.length && WORD_CHAR.test(source[end])))
            continue;
        starts.push(at);
    }
    return starts;
}
function spansOne({ starts, ends }, node) {
    let low = 0;
    let high = starts.length;
    while (low < high) {
        const mid = (low + high) >> 1;
        if (starts[mid] < node.start)
            low = mid + 1;
        else
            high = mid;
    }
    if (typeof ends === 'number')
        return low < starts.length && starts[low] + ends <= node.end;
    // Spans of different lengths (a word and its aliases): a later one may still end inside the node.
    for (let i = low; i < starts.length && starts[i] < node.end; i += 1) {
        if (ends[i] <= node.end)
            return true;
    }
    return false;
}

;// CONCATENATED MODULE: ./src/engine/prefilter/token-index.ts
/**
 * Where the words some rule cares about (a vocabulary: the names rules require or patterns spell) occur in
 * one file, as whole tokens of letters, digits and `_`. One pass over the text serves both the prefilter
 * and the matcher's word index (patterns/word-occurrences.ts). Tokens are hashed as they are read and only
 * a vocabulary word's hash is ever compared, so the file's other tokens (nearly all of them) cost no string.
 */
class Vocabulary {
    words;
    numbers = new Map();
    /** Open addressing: slot → word number + 1 (0 is empty), with each slot's full hash beside it. */
    slots;
    hashes;
    mask;
    constructor(words) {
        this.words = [...new Set(words)].filter((word) => word.length > 0 && ONLY_WORD_CHARS.test(word));
        let size = 64;
        while (size < this.words.length * 4)
            size *= 2;
        this.mask = size - 1;
        this.slots = new Int32Array(size);
        this.hashes = new Int32Array(size);
        this.words.forEach((word, number) => {
            this.numbers.set(word, number);
            const hash = hashOf(word, 0, word.length);
            let slot = hash & this.mask;
            while (this.slots[slot] !== 0)
                slot = (slot + 1) & this.mask;
            this.slots[slot] = number + 1;
            this.hashes[slot] = hash;
        });
    }
    /** The number of `word`, or undefined when the vocabulary does not hold it. */
    numberOf(word) {
        return this.numbers.get(word);
    }
    /** Reads `source` once and lists, for each vocabulary word, where it starts as a whole token. */
    index(source) {
        const starts = new Array(this.words.length);
        const length = source.length;
        let start = -1;
        let hash = 0;
        for (let at = 0; at <= length; at += 1) {
            const code = at < length ? source.charCodeAt(at) : 0;
            if (code < 128 && IS_WORD_CHAR[code] === 1) {
                if (start < 0) {
                    start = at;
                    hash = 0;
                }
                hash = (Math.imul(hash, 31) + code) | 0;
                continue;
            }
            if (start < 0)
                continue;
            const number = this.find(source, start, at - start, hash);
            if (number >= 0)
                (starts[number] ??= []).push(start);
            start = -1;
        }
        return new TokenIndex(this, starts);
    }
    find(source, start, length, hash) {
        for (let slot = hash & this.mask; this.slots[slot] !== 0; slot = (slot + 1) & this.mask) {
            if (this.hashes[slot] !== hash)
                continue;
            const number = this.slots[slot] - 1;
            const word = this.words[number];
            if (word.length === length && source.startsWith(word, start))
                return number;
        }
        return -1;
    }
}
/** One file's occurrences of a vocabulary's words. */
class TokenIndex {
    vocabulary;
    starts;
    constructor(vocabulary, starts) {
        this.vocabulary = vocabulary;
        this.starts = starts;
    }
    /** Where `word` starts as a whole token, in order; undefined when the word is not in the vocabulary (not looked for). */
    startsOf(word) {
        const number = this.vocabulary.numberOf(word);
        return number === undefined ? undefined : (this.starts[number] ?? NONE);
    }
}
const NONE = Object.freeze([]);
const ONLY_WORD_CHARS = /^[A-Za-z0-9_]+$/;
const IS_WORD_CHAR = new Uint8Array(128);
for (let code = 0; code < 128; code += 1) {
    if (/[A-Za-z0-9_]/.test(String.fromCharCode(code)))
        IS_WORD_CHAR[code] = 1;
}
function hashOf(text, start, end) {
    let hash = 0;
    for (let at = start; at < end; at += 1)
        hash = (Math.imul(hash, 31) + text.charCodeAt(at)) | 0;
    return hash;
}

;// CONCATENATED MODULE: ./src/engine/prefilter/required-words.ts


/** Beyond this many alternatives a conjunction keeps one side only (still a valid requirement). */
const MAX_ALTERNATIVES = 64;
const cache = new WeakMap();
function requiredWords(rule) {
    let entry = cache.get(rule);
    if (!entry) {
        // A taint finding needs a source and a sink in the file.
        entry = {
            requirement: rule.taint
                ? and(ofItems(rule.taint.sources), ofItems(rule.taint.sinks))
                : ofFormula(rule.formula),
        };
        cache.set(rule, entry);
    }
    return entry.requirement;
}
/**
 * One target file's text, tokenised once for every rule's word test. With the rules' vocabulary the words
 * are found in one pass that also gives the matcher their places (`tokens`); a word outside it (or no
 * vocabulary) falls back to the set of all the file's tokens.
 */
class FileText {
    source;
    allTokens;
    tokens;
    constructor(source, vocabulary) {
        this.source = source;
        this.tokens = vocabulary?.index(source);
    }
    hasWord(word) {
        const starts = this.tokens?.startsOf(word);
        if (starts)
            return starts.length > 0;
        this.allTokens ??= wordSet(this.source);
        return this.allTokens.has(word);
    }
    matches(regex) {
        regex.lastIndex = 0;
        const found = regex.test(this.source);
        regex.lastIndex = 0;
        return found;
    }
}
/** Whether `file` may hold a match of `rule` (false only when it certainly cannot). */
function mayMatch(rule, file) {
    const requirement = requiredWords(rule);
    if (!requirement)
        return true;
    const text = typeof file === 'string' ? new FileText(file) : file;
    return requirement.some((atoms) => atoms.every((atom) => (typeof atom === 'string' ? text.hasWord(atom) : text.matches(atom))));
}
/** Every word the rules' prefilters and patterns look for: what a file's one token pass indexes. */
function vocabularyOf(rules) {
    const words = new Set();
    const addFormula = (formula) => {
        switch (formula.kind) {
            case 'pattern':
                for (const word of patternWords(formula))
                    words.add(word);
                return;
            case 'regex':
                return;
            case 'either':
                formula.branches.forEach(addFormula);
                return;
            case 'all':
                [...formula.positives, ...formula.insides, ...formula.notInsides, ...formula.nots].forEach(addFormula);
                for (const condition of formula.conditions)
                    if (condition.kind === 'pattern')
                        addFormula(condition.formula);
        }
    };
    for (const rule of rules) {
        for (const atoms of requiredWords(rule) ?? [])
            for (const atom of atoms)
                if (typeof atom === 'string')
                    words.add(atom);
        addFormula(rule.formula);
        const { sources = [], sinks = [], sanitizers = [], propagators = [] } = rule.taint ?? {};
        for (const item of [...sources, ...sinks, ...sanitizers, ...propagators])
            addFormula(item.formula);
    }
    return new Vocabulary(words);
}
const leafWords = new WeakMap();
/** The words every match of this one pattern spans (see patterns/word-occurrences.ts). */
function patternWords(leaf) {
    let words = leafWords.get(leaf);
    if (!words) {
        words = leaf.generic ? [] : wordsOfPattern(leaf.source);
        leafWords.set(leaf, words);
    }
    return words;
}
function ofItems(items) {
    return items.length === 0 ? undefined : or(items.map((item) => ofFormula(item.formula)));
}
function or(requirements) {
    return requirements.some((r) => r === undefined) ? undefined : requirements.flat();
}
function and(a, b) {
    if (!a)
        return b;
    if (!b)
        return a;
    if (a.length * b.length > MAX_ALTERNATIVES)
        return a.length <= b.length ? a : b;
    return a.flatMap((left) => b.map((right) => [...left, ...right]));
}
function ofFormula(formula) {
    switch (formula.kind) {
        case 'pattern': {
            const words = wordsOfPattern(formula.source);
            return words.length > 0 ? [words] : undefined;
        }
        case 'regex':
            return [[new RegExp(formula.regex.source, formula.regex.flags.replace(/[gy]/g, ''))]];
        case 'either':
            return or(formula.branches.map(ofFormula));
        case 'all':
            // Every positive and every inside must match, so all their requirements hold together.
            return [...formula.positives, ...formula.insides].map(ofFormula).reduce(and, undefined);
        default:
            return undefined;
    }
}
/**
 * Keywords look called (`if (`, `catch (`) but Semgrep matches some of them across spellings (`elif`,
 * `else if`), and a pattern may match a node that leaves them out (a partial `if ($X)` matching the
 * condition): never required.
 */
const KEYWORDS = new Set([
    'if elif elsif else unless then for foreach while until do loop switch case when try catch',
    'except finally rescue with return yield await async function func fn def lambda class new',
    'typeof sizeof instanceof in is not and or import from require include using use throw',
    'raise assert del go defer isset empty list array super this self begin end',
]
    .join(' ')
    .split(' ')
    .concat(['__soc2mv']));
const METAVARIABLE = '__soc2mv';
/** Called names and last member names in a pattern, outside strings, comments and metavariables. */
function wordsOfPattern(pattern) {
    const code = pattern
        .replace(/"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'|`(?:[^`\\]|\\.)*`/g, ' ')
        .replace(/\/\/[^\n]*|#[^\n]*/g, ' ')
        // A metavariable stands for a name, so `function $F(` does not call `function`.
        .replace(/\$(?:\.\.\.)?[A-Z_][A-Z0-9_]*/g, ' __soc2mv ');
    const words = new Set();
    // A member access is one `.`: `... then` and `...args` are an ellipsis and a spread, not members.
    for (const match of code.matchAll(/((?<!\.)\.\s*)?(?<![$\w])([A-Za-z_][A-Za-z0-9_]*)/g)) {
        const name = match[2];
        const member = match[1] !== undefined;
        // After a `.` a keyword is a member name like any other (`res.end(...)`, `Foo.new`).
        if (name === METAVARIABLE || (KEYWORDS.has(name) && !member))
            continue;
        const rest = code.slice((match.index ?? 0) + match[0].length);
        const before = code.slice(0, match.index ?? 0);
        // A keyword argument (`verify=False`) is spelled in every call it matches.
        const keywordArgument = /[(,]\s*$/.test(before) && /^\s*=(?!=)/.test(rest);
        const called = /^\s*\(/.test(rest) || keywordArgument;
        // A qualifier (`b` in `a.b.c`) can be spelled away by an import (`from a.b import *`, Java's
        // `import a.b.*`), so only the last name of a dotted path is required.
        const qualifier = /^\s*\./.test(rest);
        if ((member || called) && !qualifier)
            words.add(name);
    }
    return [...words];
}

;// CONCATENATED MODULE: ./src/secrets/redaction.ts
/** Long enough to be a credential: shorter tokens (keywords, names) stay readable. */
const SECRET_LIKE_TOKEN = /[A-Za-z0-9+/=_-]{8,}/g;
const KEPT_PREFIX = 4;
/**
 * Masks credential-like tokens, keeping a short prefix so a person can tell which key it was (as
 * secretlint and gitleaks do). Applied when a secret finding is created, so no later output can leak it.
 */
function redactSecretText(text) {
    return text.replace(SECRET_LIKE_TOKEN, (token) => `${token.slice(0, KEPT_PREFIX)}${'*'.repeat(8)}[REDACTED]`);
}

;// CONCATENATED MODULE: ./src/engine/scan/source-positions.ts
/**
 * Converts string indexes into 1-based line/column and UTF-8 byte offsets (Semgrep reports bytes).
 * `byteBias` counts file bytes that precede the text (a BOM the decoder removed); columns do not count them.
 */
class SourcePositions {
    source;
    byteBias;
    lineStarts = [0];
    ascii;
    constructor(source, byteBias = 0) {
        this.source = source;
        this.byteBias = byteBias;
        for (let i = source.indexOf('\n'); i >= 0; i = source.indexOf('\n', i + 1))
            this.lineStarts.push(i + 1);
        this.ascii = /^[\x00-\x7f]*$/.test(source);
    }
    /** 0-based line index containing `index`. */
    lineIndex(index) {
        let low = 0;
        let high = this.lineStarts.length - 1;
        while (low < high) {
            const mid = (low + high + 1) >> 1;
            if (this.lineStarts[mid] <= index)
                low = mid;
            else
                high = mid - 1;
        }
        return low;
    }
    position(index) {
        const line = this.lineIndex(index);
        return { line: line + 1, column: index - this.lineStarts[line] + 1, offset: this.byteOffset(index) };
    }
    byteOffset(index) {
        return this.byteBias + (this.ascii ? index : Buffer.byteLength(this.source.slice(0, index), 'utf8'));
    }
}

;// CONCATENATED MODULE: ./src/engine/scan/build-findings.ts




const SNIPPET_MAX_LINES = 10;
/** Turns raw matches into Findings: deduplicated per rule and range, sorted, fingerprinted in file order. */
function buildFindings(files, toolVersion) {
    return sortFindings(files.flatMap((file) => buildFileFindings(file, toolVersion)));
}
/**
 * One file's findings. Occurrences are counted per path, so files can be turned into findings one at a
 * time (and their source dropped) with the same fingerprints as all together.
 */
function buildFileFindings({ path, source, matches, byteOffsetBias }, toolVersion) {
    const findings = [];
    const occurrences = new OccurrenceCounter();
    const positions = new SourcePositions(source, byteOffsetBias);
    const seen = new Set();
    const ordered = [...matches].sort((a, b) => a.start - b.start || a.end - b.end || compareText(a.rule.id, b.rule.id));
    for (const match of ordered) {
        const key = `${match.rule.id}\0${match.start}\0${match.end}`;
        if (seen.has(key))
            continue;
        seen.add(key);
        const matchedText = source.slice(match.start, match.end);
        const start = positions.position(match.start);
        const end = positions.position(match.end);
        const { rule } = match;
        // Secret values are masked here, where the finding is born, so no output format can leak them.
        const shown = rule.category === 'secrets' ? redactSecretText : (text) => text;
        findings.push({
            ruleId: rule.id,
            category: rule.category,
            severity: rule.severity,
            message: interpolate(rule.message, match.bindings, shown).trim(),
            location: {
                path,
                startLine: start.line,
                startColumn: start.column,
                endLine: end.line,
                endColumn: end.column,
                startOffset: start.offset,
                endOffset: end.offset,
            },
            snippet: shown(matchedText.split('\n').slice(0, SNIPPET_MAX_LINES).join('\n')),
            ...(rule.fix !== undefined ? { fix: interpolate(rule.fix, match.bindings, shown) } : {}),
            fingerprint: fingerprintFinding({
                ruleId: rule.id,
                path,
                matchedText,
                occurrence: occurrences.next(rule.id, path, matchedText),
            }),
            cwe: stringList(rule.metadata.cwe),
            owasp: stringList(rule.metadata.owasp),
            confidence: rule.confidence,
            metadata: rule.metadata,
            source: { tool: 'soc2-scan', version: toolVersion },
        });
    }
    return findings;
}
/** The report order: by path, position and rule; ties keep each file's own order (the sort is stable). */
function sortFindings(findings) {
    return findings.sort((a, b) => compareText(a.location.path, b.location.path) ||
        a.location.startLine - b.location.startLine ||
        a.location.startColumn - b.location.startColumn ||
        compareText(a.ruleId, b.ruleId));
}
function compareText(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
/** `$X` (and `$...X`) in a message or fix becomes the code it matched; unknown names stay as written (as in Semgrep). */
function interpolate(message, bindings, shown) {
    return message.replace(/\$(?:\.\.\.)?[A-Z_][A-Z0-9_]*/g, (name) => {
        const bound = bindings[name]?.text;
        return bound === undefined ? name : shown(bound);
    });
}

;// CONCATENATED MODULE: ./src/engine/scan/ignore-file.ts
class IgnoreList {
    rules;
    source;
    constructor(rules, 
    /** Where the rules came from, as shown in a skip reason (`.gitignore`, `src/.gitignore`, …). */
    source) {
        this.rules = rules;
        this.source = source;
    }
    static fromText(text, source = '.gitignore') {
        const rules = [];
        for (const raw of text.split(/\r?\n/)) {
            let line = raw.replace(/(?<!\\)\s+$/, '');
            if (line === '' || line.startsWith('#') || line.startsWith(':include'))
                continue;
            const negated = line.startsWith('!');
            if (negated)
                line = line.slice(1);
            const directoryOnly = line.endsWith('/');
            if (directoryOnly)
                line = line.slice(0, -1);
            const anchored = line.includes('/');
            if (line.startsWith('/'))
                line = line.slice(1);
            const body = globToRegex(line);
            rules.push({ regex: new RegExp(anchored ? `^${body}$` : `^(?:.*/)?${body}$`), negated, directoryOnly });
        }
        return new IgnoreList(rules, source);
    }
    /**
     * The verdict of the last rule matching `relativePath` (relative to this file's directory, with `/`):
     * true ignored, false re-included, undefined when no rule speaks about it.
     */
    verdict(relativePath, isDirectory) {
        let verdict;
        for (const rule of this.rules) {
            if (rule.directoryOnly && !isDirectory)
                continue;
            if (rule.regex.test(relativePath))
                verdict = !rule.negated;
        }
        return verdict;
    }
    /** `relativePath` uses `/` and is relative to the file's directory. */
    ignores(relativePath, isDirectory) {
        return this.verdict(relativePath, isDirectory) ?? false;
    }
}
function globToRegex(glob) {
    let out = '';
    for (let i = 0; i < glob.length; i += 1) {
        const char = glob[i];
        if (char === '*' && glob[i + 1] === '*') {
            const slash = glob[i + 2] === '/';
            out += slash ? '(?:.*/)?' : '.*';
            i += slash ? 2 : 1;
        }
        else if (char === '*')
            out += '[^/]*';
        else if (char === '?')
            out += '[^/]';
        else if (char === '[') {
            const close = glob.indexOf(']', i + 1);
            if (close < 0)
                out += '\\[';
            else {
                out += `[${glob
                    .slice(i + 1, close)
                    .replace(/^!/, '^')
                    .replace(/\\/g, '\\\\')}]`;
                i = close;
            }
        }
        else if (char === '\\' && i + 1 < glob.length) {
            out += ignore_file_escape(glob[i + 1]);
            i += 1;
        }
        else
            out += ignore_file_escape(char);
    }
    return out;
}
function ignore_file_escape(char) {
    return /[.*+?^${}()|[\]\\/]/.test(char) ? `\\${char}` : char;
}
/** Simple glob match for rule `paths.include/exclude` (Semgrep matches these against any path suffix). */
function matchesPathGlob(relativePath, glob) {
    const trimmed = glob.replace(/^\.\//, '').replace(/\/$/, '');
    const body = globToRegex(trimmed.replace(/^\//, ''));
    const regex = trimmed.startsWith('/')
        ? new RegExp(`^${body}(?:/.*)?$`)
        : new RegExp(`(?:^|/)${body}(?:/.*)?$`);
    return regex.test(relativePath);
}

;// CONCATENATED MODULE: ./src/engine/scan/read-target.ts

const BINARY_SNIFF_BYTES = 8 * 1024;
const MINIFIED_AVERAGE_LINE = 500;
const MINIFIED_LONGEST_LINE = 10_000;
/**
 * Reads a file as UTF-8 text, or says why it is not scanned (too large, binary, not UTF-8, unreadable).
 * Synchronous on purpose: a scan reads one file right before parsing it, and the four thread-pool round
 * trips per file of the promise API (stat, open, read, close) left the scanning thread idle.
 */
function readTargetSync(absolutePath, maxFileBytes) {
    try {
        const size = (0,external_node_fs_namespaceObject.statSync)(absolutePath).size;
        if (size > maxFileBytes)
            return tooLarge(size, maxFileBytes);
        return decodeTarget((0,external_node_fs_namespaceObject.readFileSync)(absolutePath), maxFileBytes);
    }
    catch (error) {
        return unreadable(error);
    }
}
/** Stateless between calls (no `stream`): one decoder serves every file. */
const strictUtf8 = new TextDecoder('utf-8', { fatal: true });
function decodeTarget(bytes, maxFileBytes) {
    if (bytes.length > maxFileBytes)
        return tooLarge(bytes.length, maxFileBytes);
    if (bytes.subarray(0, BINARY_SNIFF_BYTES).includes(0))
        return { ok: false, reason: 'binary', detail: 'NUL byte' };
    let source;
    try {
        source = strictUtf8.decode(bytes);
    }
    catch {
        return { ok: false, reason: 'not-utf8', detail: 'not valid UTF-8' };
    }
    // TextDecoder drops a leading BOM; offsets reported to users count file bytes, so remember it.
    const bomBytes = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
    return { ok: true, source, bytes: bytes.length, bomBytes };
}
function tooLarge(size, maxFileBytes) {
    return { ok: false, reason: 'too-large', detail: `${size} bytes > limit ${maxFileBytes}` };
}
function unreadable(error) {
    return { ok: false, reason: 'unreadable', detail: error.code ?? String(error) };
}
/** Bundled/minified JS is generated, not reviewed code, and slow to match: Semgrep skips it too. */
function minifiedReason(source) {
    let lines = 0;
    let longest = 0;
    let start = 0;
    while (start <= source.length) {
        const newline = source.indexOf('\n', start);
        const end = newline < 0 ? source.length : newline;
        longest = Math.max(longest, end - start);
        lines += 1;
        if (newline < 0)
            break;
        start = newline + 1;
    }
    if (longest > MINIFIED_LONGEST_LINE)
        return `a line of ${longest} characters`;
    const average = source.length / lines;
    if (average > MINIFIED_AVERAGE_LINE)
        return `average line length ${Math.round(average)}`;
    return undefined;
}

;// CONCATENATED MODULE: ./src/engine/languages/bash-line-ends.ts
/** Each round fixes at least one line end; a file needing more is parsed as it is. */
const MAX_ROUNDS = 8;
/**
 * tree-sitter-bash 0.25 sometimes reads the newline after a pipeline as a space, so the next lines'
 * words become arguments of the pipeline's last command, with no error in the tree
 * (tree-sitter/tree-sitter-bash#347, #316). Such a newline is written `;` (same length: offsets and
 * the source the matcher reads stay as they are) and the file parsed again.
 */
function parseBash(parser, source) {
    let text = source;
    for (let round = 0; round < MAX_ROUNDS; round += 1) {
        const tree = parser.parse(text);
        if (!tree)
            return null;
        const swallowed = swallowedLineEnds(tree.rootNode, text);
        if (swallowed.length === 0)
            return tree;
        tree.delete();
        for (const at of swallowed)
            text = `${text.slice(0, at)};${text.slice(at + 1)}`;
    }
    return parser.parse(text);
}
/** The first unescaped newline between two words of each command (never one that ends a comment). */
function swallowedLineEnds(root, text) {
    const found = [];
    for (const command of root.descendantsOfType('command')) {
        if (!command)
            continue;
        const children = command.children.filter((child) => child !== null);
        for (let i = 1; i < children.length; i += 1) {
            const previous = children[i - 1];
            if (previous.type === 'comment')
                continue;
            const gap = text.slice(previous.endIndex, children[i].startIndex);
            const newline = gap.search(/(?<!\\)\n/);
            if (newline >= 0) {
                found.push(previous.endIndex + newline);
                break;
            }
        }
    }
    return found;
}

;// CONCATENATED MODULE: ./src/engine/languages/parse-target.ts



/**
 * Parses a file of `language`. JavaScript files that do not parse are tried again with the TSX
 * grammar, as Semgrep's JavaScript parser accepts type annotations, `implements` and decorators
 * with types (Flow, or TypeScript kept in `.js` files); the cleaner tree wins. The tree's positions are
 * always `source`'s.
 */
async function parseTarget(source, language) {
    if (language === 'bash')
        return parseBash(await parserFor(language), source);
    // C# `a?.b = c`: parsed as `a .b = c`, read back as a conditional access (see csharp-null-conditional).
    const text = language === 'csharp' ? spellNullConditionalAssignments(source) : source;
    const tree = (await parserFor(language)).parse(text);
    if (language !== 'javascript' || !tree?.rootNode.hasError)
        return tree;
    const typed = (await parserFor('tsx')).parse(source);
    if (!typed || typed.rootNode.hasError) {
        typed?.delete();
        return tree;
    }
    tree.delete();
    return typed;
}

;// CONCATENATED MODULE: ./src/engine/scan/deadline.ts
/**
 * A per-file time limit for synchronous matching. The scanner arms a deadline before evaluating a
 * rule on a file; the matcher calls `checkDeadline()` in its loops, which costs a counter increment
 * and, every CHECK_EVERY calls, one clock read. Past the deadline it throws DeadlineExceeded, which
 * the scanner reports as a 'timeout' problem for that rule and file. Matching is single-threaded, so
 * one module-level deadline is enough.
 */
class DeadlineExceeded extends Error {
    limitMs;
    constructor(limitMs) {
        super(`exceeded the per-file time limit of ${limitMs} ms`);
        this.limitMs = limitMs;
    }
}
const CHECK_EVERY = 256;
let deadline = Number.POSITIVE_INFINITY;
let limit = 0;
let calls = 0;
/** Arms the deadline `ms` from now (Infinity: none) and returns how to disarm it. */
function armDeadline(ms) {
    limit = ms;
    deadline = Number.isFinite(ms) ? performance.now() + ms : Number.POSITIVE_INFINITY;
    calls = 0;
    return () => {
        deadline = Number.POSITIVE_INFINITY;
    };
}
/** Called by hot matching loops; throws DeadlineExceeded once the armed deadline has passed. */
function checkDeadline() {
    calls += 1;
    if (calls % CHECK_EVERY === 0 && performance.now() > deadline)
        throw new DeadlineExceeded(limit);
}
/** Whether the armed deadline has passed (for loops that stop quietly rather than throw). */
function deadlinePassed() {
    return performance.now() > deadline;
}

;// CONCATENATED MODULE: ./src/engine/patterns/kotlin-templates.ts

/**
 * Kotlin's grammar reads the template `"hi $name"` as the texts `hi `, `$` and `name` rather than an
 * interpolation, while `"hi ${name}"` has one. Semgrep treats both alike, so the short form is rewritten
 * into an `interpolation` holding an `identifier`, as the braced form has.
 */
function interpolateKotlinTemplates(root, source) {
    if (!source.includes('$'))
        return;
    // New nodes: the tree's cached list of named nodes no longer covers them all.
    forgetNamedOrder(root);
    const stack = [root];
    while (stack.length > 0) {
        const node = stack.pop();
        if (node.type === 'string_literal' || node.type === 'multiline_string_literal')
            rewrite(node, source);
        for (const child of node.children)
            if (child.children.length > 0)
                stack.push(child);
    }
}
function rewrite(literal, source) {
    const parts = literal.children;
    const dollar = parts.findIndex((c, i) => isDollar(c, source) && parts[i + 1]?.type === 'string_content');
    if (dollar < 0)
        return;
    const out = [];
    for (let i = 0; i < parts.length; i += 1) {
        const part = parts[i];
        const after = parts[i + 1];
        const name = after && isDollar(part, source) && after.type === 'string_content' ? leadingName(after, source) : 0;
        if (!name) {
            out.push(part);
            continue;
        }
        const end = after.start + name;
        const identifier = { type: 'identifier', named: true, start: after.start, end, children: [] };
        const sigil = { type: '$', named: false, start: part.start, end: part.end, children: [] };
        out.push({ type: 'interpolation', named: true, start: part.start, end, children: [sigil, identifier] });
        if (end < after.end)
            out.push({ ...after, start: end });
        i += 1;
    }
    literal.children = out;
}
function isDollar(node, source) {
    return node.type === 'string_content' && node.end - node.start === 1 && source[node.start] === '$';
}
/** The length of the identifier a text starts with (`name` in `name is`), 0 when none. */
function leadingName(node, source) {
    const match = /^[A-Za-z_][A-Za-z0-9_]*/.exec(source.slice(node.start, node.end));
    return match ? match[0].length : 0;
}

;// CONCATENATED MODULE: ./src/engine/patterns/yaml-aliases.ts
/**
 * Semgrep reads a YAML alias (`*name`) as the value its anchor (`&name`) marks, and the anchor itself as
 * no part of the value: `route: *defaults` matches what `route:` followed by the anchored mapping would.
 * The tree is rewritten to that reading: an anchored node loses its `anchor` child, and a node that is
 * only an alias becomes (shares) the anchored node, so its positions are the anchor's.
 *
 * An alias shares the node rather than copying it, but walking the tree still visits it once per use;
 * `a: &a [x, x]`, `b: &b [*a, *a]`, ... doubles at each level, so expansion stops at a node budget.
 */
function expandYamlAliases(root, source) {
    if (!source.includes('&') || !source.includes('*'))
        return;
    const anchored = new Map();
    const sizes = new WeakMap();
    let budget = Math.max(MIN_EXPANSION_BUDGET, source.length);
    // Post-order over the original tree, children in source order: an anchor is known before its aliases.
    const stack = [{ node: root, next: 0 }];
    while (stack.length > 0) {
        const frame = stack[stack.length - 1];
        const { node } = frame;
        if (frame.next < node.children.length) {
            const child = node.children[frame.next];
            const alias = aliasName(child, source);
            const value = alias === undefined ? undefined : anchored.get(alias);
            if (value !== undefined && (sizes.get(value) ?? 1) <= budget) {
                budget -= sizes.get(value) ?? 1;
                replaceChild(node, frame.next, value);
                frame.next += 1;
            }
            else if (alias === undefined && child.children.length > 0) {
                stack.push({ node: child, next: 0 });
            }
            else {
                frame.next += 1;
            }
            continue;
        }
        stack.pop();
        sizes.set(node, 1 + node.children.reduce((sum, c) => sum + (sizes.get(c) ?? 1), 0));
        const parent = stack[stack.length - 1];
        if (!parent)
            continue;
        const anchor = node.children.find((c) => c.type === 'anchor');
        if (anchor) {
            const value = { ...node, children: node.children.filter((c) => c !== anchor) };
            sizes.set(value, sizes.get(node) ?? 1);
            replaceChild(parent.node, parent.next, value);
            const name = anchor.children.find((c) => c.type === 'anchor_name');
            if (name)
                anchored.set(source.slice(name.start, name.end), value);
        }
        parent.next += 1;
    }
}
/** Below this, any file's aliases are expanded: budgets only matter for alias bombs. */
const MIN_EXPANSION_BUDGET = 100_000;
/** `*name` as a whole node (`flow_node` holding only the alias): the anchor's name. */
function aliasName(node, source) {
    const inner = node.children.filter((c) => c.named);
    if (node.type !== 'flow_node' || inner.length !== 1 || inner[0].type !== 'alias')
        return undefined;
    const name = inner[0].children.find((c) => c.type === 'alias_name');
    return name ? source.slice(name.start, name.end) : undefined;
}
function replaceChild(parent, index, child) {
    // Leaves share one frozen empty array, and trees are otherwise read-only: copy before writing.
    const children = [...parent.children];
    children[index] = child;
    parent.children = children;
}

;// CONCATENATED MODULE: ./src/engine/patterns/php-includes.ts
const PHP_INCLUDES = new Set([
    'include_expression',
    'include_once_expression',
    'require_expression',
    'require_once_expression',
]);
function phpIncludeCall(node) {
    if (!PHP_INCLUDES.has(node.type))
        return undefined;
    const keyword = node.children.find((c) => !c.named);
    let argument = node.children.find((c) => c.named);
    // `include($f)`: the parentheses are the call's, not a parenthesized argument.
    if (argument?.type === 'parenthesized_expression') {
        const inner = argument.children.filter((c) => c.named);
        if (inner.length === 1)
            argument = inner[0];
    }
    return keyword && argument ? { keyword, argument } : undefined;
}
/** A pattern's call arguments without PHP's `argument` wrappers, to compare with a bare expression. */
function unwrappedArguments(args) {
    if (args.kind !== 'node' || args.type !== 'arguments')
        return undefined;
    return args.children.map((c) => c.kind === 'node' && c.type === 'argument' && c.children.length === 1 ? c.children[0] : c);
}

;// CONCATENATED MODULE: ./src/engine/patterns/python-constant-flow.ts

const NESTED_SCOPES = new Set([
    'lambda',
    'list_comprehension',
    'set_comprehension',
    'dictionary_comprehension',
    'generator_expression',
    'function_definition',
    'class_definition',
    'decorated_definition',
    'block',
]);
const PATTERN_TARGETS = new Set(['pattern_list', 'tuple_pattern', 'list_pattern', 'tuple', 'list']);
const JUMPS = new Set(['return_statement', 'raise_statement', 'break_statement', 'continue_statement']);
const MAY_RAISE = new Set(['call', 'raise_statement', 'assert_statement', 'await']);
const TARGET_HOLDERS = new Set(['as_pattern_target', 'global_statement', 'nonlocal_statement']);
class PythonConstantFlow {
    text;
    evaluate;
    values = new Map();
    /** Function bodies not analysed yet: each scope starts afresh, so one is only worked out when a read in it is asked for. */
    pendingBodies = [];
    constructor(text, evaluate) {
        this.text = text;
        this.evaluate = evaluate;
    }
    analyzeModule(root) {
        this.block(named(root), new Map(), new Set(assignedNames(root, this.text, false)));
    }
    /** The value of a read of a name (null: no constant; undefined: left to the file-wide facts). */
    valueOf(node) {
        for (;;) {
            if (this.values.has(node))
                return this.values.get(node);
            const at = this.pendingBodies.findIndex((body) => body.start <= node.start && node.end <= body.end);
            if (at < 0)
                return undefined;
            const [body] = this.pendingBodies.splice(at, 1);
            body.analyse();
        }
    }
    /** `locals`: names this scope assigns; a read of one before its assignment is no constant. */
    block(statements, start, locals) {
        let env = start;
        let falls = true;
        for (const statement of statements) {
            const flow = this.statement(statement, env, locals);
            env = flow.env;
            if (!flow.falls)
                falls = false;
        }
        return { env, falls };
    }
    statement(node, env, locals) {
        const children = named(node);
        switch (node.type) {
            case 'expression_statement':
                for (const child of children)
                    this.expression(child, env, locals);
                return { env, falls: true };
            case 'if_statement':
                return this.branches(node, env, locals);
            case 'for_statement':
            case 'while_statement':
                return this.loop(node, env, locals);
            case 'try_statement':
                return this.tryStatement(children, env, locals);
            case 'with_statement': {
                for (const child of children.slice(0, -1))
                    this.reads(child, env, locals);
                for (const name of assignedNames(node, this.text, false))
                    env.set(name, null);
                const body = children.at(-1);
                return body?.type === 'block' ? this.block(named(body), env, locals) : { env, falls: true };
            }
            case 'decorated_definition':
            case 'function_definition':
            case 'class_definition':
                this.definition(node, env, locals);
                return { env, falls: true };
            default:
                if (!/import|global|nonlocal/.test(node.type))
                    this.reads(node, env, locals);
                for (const name of assignedNames(node, this.text, false))
                    env.set(name, null);
                return { env, falls: !JUMPS.has(node.type) };
        }
    }
    expression(node, env, locals) {
        if (node.type !== 'assignment' && node.type !== 'augmented_assignment') {
            this.reads(node, env, locals);
            for (const name of assignedNames(node, this.text, false))
                env.set(name, null);
            return null;
        }
        const parts = named(node);
        const target = parts[0];
        const value = parts.length > 1 ? parts[parts.length - 1] : undefined;
        if (!target)
            return null;
        if (node.type === 'augmented_assignment')
            this.reads(target, env, locals);
        else
            this.reads(target, env, locals, true);
        let constant = null;
        if (value?.type === 'assignment')
            constant = this.expression(value, env, locals);
        else if (value) {
            this.reads(value, env, locals);
            constant = this.evaluate(value) ?? null;
        }
        if (node.type === 'augmented_assignment')
            constant = null;
        if (target.type === 'identifier')
            env.set(this.text(target), value ? constant : (env.get(this.text(target)) ?? null));
        else if (PATTERN_TARGETS.has(target.type))
            for (const name of assignedNames(target, this.text, true))
                env.set(name, null);
        return constant;
    }
    branches(node, env, locals) {
        const [condition, consequence, ...alternatives] = named(node);
        if (condition)
            this.reads(condition, env, locals);
        const outs = [];
        if (consequence)
            outs.push(this.block(named(consequence), new Map(env), locals));
        let hasElse = false;
        for (const clause of alternatives) {
            const parts = named(clause);
            if (clause.type === 'elif_clause' && parts[0])
                this.reads(parts[0], env, locals);
            if (clause.type === 'else_clause')
                hasElse = true;
            const body = parts.find((p) => p.type === 'block');
            if (body)
                outs.push(this.block(named(body), new Map(env), locals));
        }
        if (!hasElse)
            outs.push({ env, falls: true });
        return join(outs, env);
    }
    loop(node, env, locals) {
        const children = named(node);
        const body = children.find((c) => c.type === 'block');
        // What the loop assigns may come from an earlier iteration: none of it is a constant.
        for (const name of assignedNames(node, this.text, false))
            env.set(name, null);
        for (const child of children)
            if (child !== body && child.type !== 'else_clause')
                this.reads(child, env, locals);
        if (body)
            this.block(named(body), new Map(env), locals);
        const otherwise = children.find((c) => c.type === 'else_clause');
        const elseBody = otherwise && named(otherwise).find((c) => c.type === 'block');
        if (elseBody)
            return { env: this.block(named(elseBody), env, locals).env, falls: true };
        return { env, falls: true };
    }
    tryStatement(children, env, locals) {
        const [body, ...clauses] = children;
        if (body?.type !== 'block')
            return { env, falls: true };
        const statements = named(body);
        const mayRaise = statements.some((s) => python_constant_flow_contains(s, MAY_RAISE));
        const alwaysRaises = statements.some((s) => s.type === 'raise_statement');
        const done = this.block(statements, new Map(env), locals);
        // An exception may leave the body anywhere: a handler starts from what holds at every point.
        const handlerEntry = alwaysRaises ? done.env : join([{ env, falls: true }, done], env).env;
        const outs = [];
        for (const clause of clauses.filter((c) => /^except/.test(c.type))) {
            if (!mayRaise)
                continue;
            const entry = new Map(handlerEntry);
            const parts = named(clause);
            for (const part of parts)
                if (part.type !== 'block')
                    this.reads(part, entry, locals);
            for (const name of assignedNames(clause, this.text, false))
                entry.set(name, null);
            const block = parts.find((p) => p.type === 'block');
            outs.push(block ? this.block(named(block), entry, locals) : { env: entry, falls: true });
        }
        if (!alwaysRaises && done.falls) {
            const otherwise = clauses.find((c) => c.type === 'else_clause');
            const block = otherwise && named(otherwise).find((c) => c.type === 'block');
            outs.push(block ? this.block(named(block), done.env, locals) : done);
        }
        let result = join(outs, handlerEntry);
        const final = clauses.find((c) => c.type === 'finally_clause');
        const finalBlock = final && named(final).find((c) => c.type === 'block');
        if (finalBlock) {
            const after = this.block(named(finalBlock), result.env, locals);
            result = { env: after.env, falls: result.falls && after.falls };
        }
        return result;
    }
    definition(node, env, locals) {
        if (node.type === 'decorated_definition') {
            for (const child of named(node)) {
                if (child.type === 'decorator')
                    this.reads(child, env, locals);
                else
                    this.definition(child, env, locals);
            }
            return;
        }
        const children = named(node);
        const [name] = children;
        if (name?.type === 'identifier') {
            env.set(this.text(name), null);
            this.values.set(name, null);
        }
        const body = children.find((c) => c.type === 'block');
        const parameters = children.find((c) => c.type === 'parameters');
        for (const child of children) {
            if (child === name || child === body)
                continue;
            if (child === parameters)
                this.parameters(child, env, locals);
            else
                this.reads(child, env, locals);
        }
        if (!body)
            return;
        const scopeLocals = new Set(assignedNames(body, this.text, false));
        const scope = new Map();
        if (parameters)
            for (const parameter of parameterNames(parameters, this.text)) {
                scopeLocals.add(parameter);
                scope.set(parameter, null);
            }
        this.pendingBodies.push({
            start: body.start,
            end: body.end,
            analyse: () => void this.block(named(body), scope, scopeLocals),
        });
    }
    /** Parameter names are bindings, not reads; default values are read where the `def` runs. */
    parameters(node, env, locals) {
        for (const parameter of named(node)) {
            if (parameter.type === 'identifier')
                this.values.set(parameter, null);
            else {
                const [name, ...rest] = named(parameter);
                if (name?.type === 'identifier')
                    this.values.set(name, null);
                for (const part of name?.type === 'identifier' ? rest : named(parameter))
                    this.reads(part, env, locals);
            }
        }
    }
    /** Records the value of every name read in `node`; `target`: `node` is assigned to, not read. */
    reads(node, env, locals, target = false) {
        if (node.type === 'identifier') {
            this.values.set(node, target ? null : this.lookup(this.text(node), env, locals));
            return;
        }
        if (NESTED_SCOPES.has(node.type))
            return;
        const children = named(node);
        children.forEach((child, i) => {
            const bindsName = (node.type === 'attribute' && i === 1) ||
                (node.type === 'keyword_argument' && i === 0) ||
                (node.type === 'named_expression' && i === 0) ||
                TARGET_HOLDERS.has(node.type) ||
                (target && PATTERN_TARGETS.has(node.type));
            if (child.type === 'identifier' && bindsName)
                this.values.set(child, null);
            else
                this.reads(child, env, locals, target && PATTERN_TARGETS.has(node.type));
        });
    }
    lookup(name, env, locals) {
        if (env.has(name))
            return env.get(name) ?? null;
        // A local read before it is assigned has no value yet; anything else is a global.
        return locals.has(name) ? null : undefined;
    }
}
/** Joins the states of the paths that reach the same point: a name keeps a value all paths agree on. */
function join(flows, fallback) {
    const live = flows.filter((f) => f.falls);
    if (live.length === 0)
        return { env: flows[0]?.env ?? fallback, falls: false };
    const [first, ...rest] = live;
    const env = new Map();
    const names = new Set(live.flatMap((f) => [...f.env.keys()]));
    for (const name of names) {
        let value = first.env.get(name) ?? null;
        for (const other of rest)
            value = meet(value, other.env.get(name) ?? null);
        env.set(name, value);
    }
    return { env, falls: true };
}
function meet(a, b) {
    if (!a || !b || a.kind !== b.kind)
        return null;
    if (a.value === b.value)
        return a;
    return a.kind === 'string' ? { kind: 'string' } : null;
}
/** Names `node` binds: assignment targets, loop and `with ... as` targets, walrus, imports, `def`s. */
function assignedNames(node, text, all) {
    const names = [];
    // Called for every statement and again for every enclosing body: no arrays or closures per node.
    const visit = (current, binding) => {
        const type = current.type;
        if (type === 'identifier') {
            if (binding || all)
                names.push(text(current));
            return;
        }
        if (!all && (type === 'function_definition' || type === 'class_definition')) {
            const name = firstNamed(current);
            if (name?.type === 'identifier')
                names.push(text(name));
            return;
        }
        if (!all && (type === 'lambda' || /comprehension|generator_expression/.test(type)))
            return;
        const firstBinds = FIRST_CHILD_BINDERS.has(type);
        const everyChildBinds = TARGET_HOLDERS.has(type) ||
            (binding && (PATTERN_TARGETS.has(type) || /splat_pattern|parenthesized/.test(type)));
        const importing = /^import/.test(type);
        const accessed = type === 'attribute' || type === 'subscript';
        const { children } = current;
        let index = 0;
        for (let i = 0; i < children.length; i += 1) {
            const child = children[i];
            if (!child.named || isComment(child))
                continue;
            const at = index++;
            if (importing && child.type === 'dotted_name') {
                const head = firstNamed(child);
                if (head)
                    names.push(text(head));
                continue;
            }
            if (accessed) {
                if (!all)
                    visit(child, false);
                continue;
            }
            visit(child, (at === 0 && firstBinds) || everyChildBinds || (type === 'aliased_import' && at === 1));
        }
    };
    visit(node, false);
    return names;
}
/** Statements and clauses whose first named child is what they bind. */
const FIRST_CHILD_BINDERS = new Set([
    'assignment',
    'augmented_assignment',
    'named_expression',
    'for_statement',
    'for_in_clause',
]);
function firstNamed(node) {
    for (const child of node.children)
        if (child.named && !isComment(child))
            return child;
    return undefined;
}
function parameterNames(parameters, text) {
    return named(parameters).flatMap((parameter) => {
        const name = parameter.type === 'identifier' ? parameter : named(parameter)[0];
        return name?.type === 'identifier' ? [text(name)] : [];
    });
}
function python_constant_flow_contains(node, types) {
    const stack = [node];
    while (stack.length > 0) {
        const current = stack.pop();
        if (types.has(current.type))
            return true;
        for (const child of current.children)
            if (child.named)
                stack.push(child);
    }
    return false;
}
function named(node) {
    return node.children.filter((c) => c.named && !isComment(c));
}

;// CONCATENATED MODULE: ./src/engine/patterns/js-straight-line-constants.ts

const FUNCTIONS = new Set([
    'function_declaration',
    'function_expression',
    'function',
    'arrow_function',
    'method_definition',
    'generator_function',
    'generator_function_declaration',
]);
const LOOPS = new Set(['for_statement', 'for_in_statement', 'while_statement', 'do_statement']);
const LISTS = new Set(['program', 'statement_block', 'switch_case', 'switch_default']);
const DECLARATIONS = new Set(['lexical_declaration', 'variable_declaration']);
const PATTERNS = /pattern$/;
const js_straight_line_constants_PARAMETERS = /parameters?$/;
const BINDERS = new Set(['arrow_function', 'catch_clause', 'for_in_statement']);
class JsStraightLineConstants {
    keyOf;
    writes = new Map();
    reads = new Map();
    constructor(root, keyOf) {
        this.keyOf = keyOf;
        this.walk(root, [root]);
    }
    /** The constant `read` holds there, or undefined when straight-line reasoning cannot tell. */
    valueOf(read, evaluate) {
        const at = this.reads.get(read);
        const writes = this.writes.get(this.keyOf(read));
        if (!at || !writes || !writes.some((w) => w.declares))
            return undefined;
        // A closure may run between any two statements: a name written in another function has no flow here.
        if (writes.some((w) => w.fn !== at.fn))
            return undefined;
        let last;
        for (const write of writes)
            if (write.node.end <= read.start && (!last || write.node.end > last.node.end))
                last = write;
        if (!last?.value || !last.list || read.start < last.list.start || last.list.end < read.end)
            return undefined;
        const written = last;
        const looping = at.loops.some((loop) => !(loop.start <= written.node.start && written.node.end <= loop.end) &&
            writes.some((w) => loop.start <= w.node.start && w.node.end <= loop.end));
        return looping ? undefined : evaluate(last.value);
    }
    walk(node, ancestors) {
        for (const child of node.children) {
            if (!child.named || isComment(child))
                continue;
            if (child.type === 'identifier' || child.type === 'shorthand_property_identifier_pattern')
                this.record(child, node, ancestors);
            if (child.children.length > 0) {
                ancestors.push(child);
                this.walk(child, ancestors);
                ancestors.pop();
            }
        }
    }
    record(name, parent, ancestors) {
        let at = ancestors.length - 1;
        while (at > 0 && !FUNCTIONS.has(ancestors[at].type))
            at -= 1;
        const fn = ancestors[at];
        const within = ancestors.slice(at);
        const named = parent.children.filter((c) => c.named && !isComment(c));
        const first = named[0] === name;
        const write = (value, statement, declares = false) => {
            const holder = statement && ancestors[ancestors.indexOf(statement) - 1];
            const list = holder && LISTS.has(holder.type) ? holder : undefined;
            const key = this.keyOf(name);
            const entry = { node: parent, value, list, fn, declares };
            this.writes.set(key, [...(this.writes.get(key) ?? []), entry]);
        };
        const up = (n) => ancestors[ancestors.length - n];
        if (parent.type === 'variable_declarator' && first) {
            const declaration = up(2);
            if (!declaration || !DECLARATIONS.has(declaration.type))
                return;
            const single = declaration.children.filter((c) => c.type === 'variable_declarator').length === 1;
            return write(named[1], single ? declaration : undefined, true);
        }
        if (parent.type === 'assignment_expression' && first) {
            const statement = up(2);
            return write(named[1], statement?.type === 'expression_statement' ? statement : undefined);
        }
        // Parameters (`x => …`, `catch (e)`) and names bound by destructuring or loops get unknown values.
        if (js_straight_line_constants_PARAMETERS.test(parent.type) || (first && BINDERS.has(parent.type)))
            return write(undefined, undefined);
        const updates = parent.type === 'update_expression' || parent.type === 'augmented_assignment_expression';
        if ((updates && first) || PATTERNS.test(parent.type) || name.type !== 'identifier')
            return write(undefined, undefined);
        this.reads.set(name, { fn, loops: within.filter((a) => LOOPS.has(a.type)) });
    }
}

;// CONCATENATED MODULE: ./src/engine/patterns/js-scopes.ts


/** Function-like nodes that open a JavaScript (or Java, C#) scope for local declarations and parameters. */
const js_scopes_FUNCTIONS = new Set([
    'function_declaration',
    'function_expression',
    'function',
    'generator_function_declaration',
    'generator_function',
    'arrow_function',
    'method_definition',
    // Java and C#: a method's locals are its own, whatever other methods call theirs.
    'method_declaration',
    'constructor_declaration',
    'lambda_expression',
    // Go closures (Go's function_declaration and method_declaration are named as above).
    'func_literal',
]);
const js_scopes_DECLARATIONS = new Set(['lexical_declaration', 'variable_declaration', 'local_variable_declaration']);
/** Go declarations of local names: `x := v`, `var x = v`, `const x = v`, `for k, v := range m`. */
const GO_DECLARATIONS = new Set(['short_var_declaration', 'var_spec', 'const_spec', 'range_clause']);
/** A Go parameter (`a, b int`, `xs ...T`): its identifiers are the names, the rest is its type. */
const GO_PARAMETERS = new Set(['parameter_declaration', 'variadic_parameter_declaration']);
/** A lambda's parameters: a bare name (`x ->`, `x =>`) or, in Java, `(x, y) ->`. */
const BARE_PARAMETER_FUNCTIONS = new Set(['arrow_function', 'lambda_expression']);
const PARAMETER_LISTS = new Set(['formal_parameters', 'inferred_parameters']);
/** Python functions: their parameters and the names they assign (unless declared global) are their own. */
const PYTHON_FUNCTIONS = new Set(['function_definition', 'lambda']);
/**
 * Which declaration a JavaScript (Java, C#) name refers to, so constant propagation keeps `x` in one function
 * apart from a different `x` declared in another (or a parameter shadowing it). Names declared in no
 * function (and every name in languages without these declarations) share one file-wide key, as before.
 * Block scopes are folded into their function: a simplification that only merges, never invents, facts.
 */
class NameScopes {
    text;
    /** Function scopes in source order (parents before the functions nested in them). */
    scopes = [];
    global;
    fieldNames = new WeakSet();
    constructor(root, text) {
        this.text = text;
        this.global = { id: 0, start: root.start, end: root.end, declared: new Set() };
        const python = root.type === 'module';
        const stack = [[root, this.global]];
        while (stack.length > 0) {
            const [node, outer] = stack.pop();
            let scope = outer;
            if (python && (node.type === 'attribute' || node.type === 'keyword_argument')) {
                // `o.name` and `f(name=v)`: the name is a field or a parameter of another function, in no scope here.
                const names = node.children.filter((c) => c.type === 'identifier');
                const name = node.type === 'attribute' ? names.at(-1) : names[0];
                if (name && name !== node.children[0])
                    this.fieldNames.add(name);
            }
            if (python ? PYTHON_FUNCTIONS.has(node.type) : js_scopes_FUNCTIONS.has(node.type)) {
                scope = {
                    id: this.scopes.length + 1,
                    parent: outer,
                    start: node.start,
                    end: node.end,
                    declared: new Set(),
                };
                this.scopes.push(scope);
                if (python)
                    this.declarePythonLocals(node, scope);
                else
                    this.declareParameters(node, scope);
            }
            if (js_scopes_DECLARATIONS.has(node.type) && scope !== this.global)
                this.declareVariables(node, scope);
            if (GO_DECLARATIONS.has(node.type) && scope !== this.global)
                this.declareGoNames(node, scope);
            for (let i = node.children.length - 1; i >= 0; i -= 1) {
                const child = node.children[i];
                if (child.named && child.children.length > 0 && !isComment(child))
                    stack.push([child, scope]);
            }
        }
    }
    /** Whether `identifier` names a field or keyword rather than a variable, so scopes do not tell it apart. */
    isFieldName(identifier) {
        return this.fieldNames.has(identifier);
    }
    /** The key of the declaration `identifier` refers to. */
    keyOf(identifier) {
        const name = this.text(identifier);
        let scope = this.innermostAt(identifier.start);
        while (scope && scope.id !== 0 && !scope.declared.has(name))
            scope = scope.parent;
        return `${scope?.id ?? 0}:${name}`;
    }
    /** The innermost function whose node holds `position` (the global scope when none does). */
    innermostAt(position) {
        let low = 0;
        let high = this.scopes.length;
        while (low < high) {
            const mid = (low + high) >> 1;
            if (this.scopes[mid].start <= position)
                low = mid + 1;
            else
                high = mid;
        }
        // The last function starting at or before `position`, or one of its ancestors, holds it.
        let scope = this.scopes[low - 1];
        while (scope && scope.end <= position)
            scope = scope.parent;
        return scope ?? this.global;
    }
    declarePythonLocals(fn, scope) {
        const parts = fn.children.filter((c) => c.named && !isComment(c));
        const parameters = parts.find((c) => c.type === 'parameters' || c.type === 'lambda_parameters');
        if (parameters)
            for (const name of parameterNames(parameters, this.text))
                scope.declared.add(name);
        const body = parts.at(-1);
        if (fn.type !== 'function_definition' || body?.type !== 'block')
            return;
        const outside = new Set();
        const stack = [body];
        while (stack.length > 0) {
            const node = stack.pop();
            if (node.type === 'global_statement' || node.type === 'nonlocal_statement')
                for (const child of node.children)
                    if (child.type === 'identifier')
                        outside.add(this.text(child));
            if (node !== body && PYTHON_FUNCTIONS.has(node.type))
                continue;
            for (const child of node.children)
                if (child.named)
                    stack.push(child);
        }
        for (const name of assignedNames(body, this.text, false))
            if (!outside.has(name))
                scope.declared.add(name);
    }
    declareParameters(fn, scope) {
        for (const child of fn.children) {
            if (child.type === 'identifier' && BARE_PARAMETER_FUNCTIONS.has(fn.type))
                scope.declared.add(this.text(child));
            if (PARAMETER_LISTS.has(child.type))
                this.declareIdentifiers(child, scope);
            // Go: the receiver, the parameters and named results are all locals of the function.
            if (child.type === 'parameter_list')
                for (const parameter of child.children)
                    if (GO_PARAMETERS.has(parameter.type))
                        this.declareDirectIdentifiers(parameter, scope);
        }
    }
    declareGoNames(node, scope) {
        if (node.type === 'var_spec' || node.type === 'const_spec')
            return this.declareDirectIdentifiers(node, scope);
        // `x, y := v` and `for k, v := range m` declare the names on the left (a range with `=` declares none).
        if (node.type === 'range_clause' && !node.children.some((c) => c.type === ':='))
            return;
        const [left] = node.children.filter((c) => c.named && !isComment(c));
        if (left?.type === 'expression_list')
            this.declareDirectIdentifiers(left, scope);
    }
    declareDirectIdentifiers(node, scope) {
        for (const child of node.children)
            if (child.type === 'identifier')
                scope.declared.add(this.text(child));
    }
    declareVariables(declaration, scope) {
        for (const declarator of declaration.children) {
            const [target] = declarator.children.filter((c) => c.named && !isComment(c));
            if (declarator.type === 'variable_declarator' && target)
                this.declareIdentifiers(target, scope);
        }
    }
    declareIdentifiers(node, scope) {
        if (node.type === 'identifier' || node.type === 'shorthand_property_identifier_pattern')
            scope.declared.add(this.text(node));
        // Java `@A(k = v) final T name`: only the name is declared, not the names in its annotations.
        if (node.type === 'formal_parameter') {
            for (const child of node.children)
                if (child.type === 'identifier')
                    scope.declared.add(this.text(child));
            return;
        }
        // A default value's names are uses, not declarations.
        const children = node.type === 'assignment_pattern' ? node.children.slice(0, 1) : node.children;
        for (const child of children)
            if (child.named)
                this.declareIdentifiers(child, scope);
    }
}

;// CONCATENATED MODULE: ./src/engine/patterns/php-uses.ts
/**
 * PHP `use A\B\C;`, `use A\B\C as D;` and `use A\B\{C, D as E};`: a bare name after the `use`
 * stands for the qualified name, so `new A\B\C()` matches `new C()`. A later `use` of the same
 * short name wins from its position on, which is why each use keeps where it starts to apply.
 */
class PhpUses {
    text;
    uses = [];
    constructor(text) {
        this.text = text;
    }
    record(declaration) {
        const parts = declaration.children.filter((c) => c.named);
        const prefix = parts.find((c) => c.type === 'namespace_name');
        const group = parts.find((c) => c.type === 'namespace_use_group');
        const clauses = group ? group.children.filter((c) => c.type === 'namespace_use_clause') : parts;
        for (const clause of clauses) {
            if (clause.type !== 'namespace_use_clause')
                continue;
            const [name, alias] = clause.children.filter((c) => c.named);
            if (!name)
                continue;
            const qualified = normalize(prefix ? `${this.text(prefix)}\\${this.text(name)}` : this.text(name));
            const short = alias ? this.text(alias) : qualified.slice(qualified.lastIndexOf('\\') + 1);
            this.uses.push({ alias: short, qualified, from: declaration.end });
        }
    }
    /** Each short name with the qualified name it stands for, for the word prefilter. */
    pairs() {
        return this.uses.map((use) => [use.alias, use.qualified]);
    }
    /** The qualified name a bare name at `node` stands for, when a `use` before it names it. */
    resolve(node) {
        const short = this.text(node).toLowerCase();
        let found;
        for (const use of this.uses)
            if (use.from <= node.start && use.alias.toLowerCase() === short)
                found = use.qualified;
        return found;
    }
}
/** The qualified name a pattern spells (`A\B\C`), or undefined when it has wildcards. */
function patternQualifiedName(pattern) {
    const names = [];
    const walk = (p) => {
        if (p.kind === 'leaf')
            return p.type === 'name' ? (names.push(p.text), true) : false;
        if (p.kind !== 'node' || !/^(qualified_name|namespace_name)$/.test(p.type))
            return false;
        return p.children.every(walk);
    };
    return walk(pattern) && names.length > 0 ? names.join('\\') : undefined;
}
/** `\A\B` and `A\B` are the same name; PHP names of classes and functions ignore case. */
function normalize(name) {
    return name.replace(/^\\/, '').replace(/\s+/g, '');
}

;// CONCATENATED MODULE: ./src/engine/patterns/ruby-hidden-calls.ts
const SCOPES = new Set(['method', 'singleton_method', 'class', 'module', 'singleton_class']);
const BLOCK_SCOPES = new Set(['block', 'do_block', 'lambda']);
const ruby_hidden_calls_PARAMETER_LISTS = new Set(['method_parameters', 'block_parameters', 'lambda_parameters', 'parameters']);
const ASSIGNMENTS = new Set(['assignment', 'operator_assignment']);
/**
 * Ruby bare names that are method calls: `foo` calls `foo()` unless a parameter or an earlier
 * assignment in the same scope made it a local variable (Semgrep's "hidden calls"). Names are
 * tracked in source order; blocks see their method's locals, and names they define stay inside.
 */
function rubyHiddenCalls(root, text) {
    const calls = new Set();
    const defineAll = (node, locals) => {
        if (node.type === 'identifier')
            locals.add(text(node));
        for (const child of node.children)
            if (child.named)
                defineAll(child, locals);
    };
    const walk = (node, locals) => {
        if (node.type === 'identifier') {
            if (!locals.has(text(node)))
                calls.add(node);
            return;
        }
        const children = node.children.filter((c) => c.named);
        if (SCOPES.has(node.type) || BLOCK_SCOPES.has(node.type)) {
            const inner = BLOCK_SCOPES.has(node.type) ? new Set(locals) : new Set();
            // A definition's own name is not a read of it.
            const parts = node.type === 'method' || node.type === 'singleton_method' ? children.slice(1) : children;
            for (const child of parts)
                walk(child, inner);
            return;
        }
        if (ruby_hidden_calls_PARAMETER_LISTS.has(node.type))
            return defineAll(node, locals);
        if (ASSIGNMENTS.has(node.type) && children.length === 2) {
            walk(children[1], locals);
            if (children[0].type === 'identifier')
                locals.add(text(children[0]));
            else if (children[0].type === 'left_assignment_list')
                defineAll(children[0], locals);
            else
                walk(children[0], locals);
            return;
        }
        if (node.type === 'call') {
            // The called method's own name (`o.foo`, `foo(1)`) is the call, not a bare name inside it.
            const method = node.children.some((c) => c.type === '.' || c.type === '&.')
                ? children.find((c, i) => i > 0 && c.type === 'identifier')
                : children[0]?.type === 'identifier'
                    ? children[0]
                    : undefined;
            for (const child of children)
                if (child !== method)
                    walk(child, locals);
            return;
        }
        for (const child of children)
            walk(child, locals);
    };
    walk(root, new Set());
    return calls;
}
const DEFINITIONS = new Set(['method', 'singleton_method', 'class', 'module']);
const RUBY_DEFINITION_NAMES = new Set(['constant', 'scope_resolution', 'identifier']);
/**
 * Ruby definitions, their names and their parameters: not expressions, so a pattern that is only
 * a metavariable does not match them (`$X` matches `x = 1`, not `def f(a)` or `class A`).
 */
function rubyDefinitionParts(root) {
    const parts = new Set();
    const stack = [root];
    while (stack.length > 0) {
        const node = stack.pop();
        const children = node.children.filter((c) => c.named);
        const [name] = children;
        // JavaScript's `class` expression has an `identifier` name; Ruby's is a constant.
        const isRuby = node.type === 'class' || node.type === 'module' ? name?.type !== 'identifier' : true;
        if (DEFINITIONS.has(node.type) && isRuby && name && RUBY_DEFINITION_NAMES.has(name.type)) {
            parts.add(node).add(name);
            for (const child of children) {
                if (ruby_hidden_calls_PARAMETER_LISTS.has(child.type))
                    addAll(child, parts);
                // The body as a whole is a list of statements, not one.
                else if (child.type === 'body_statement')
                    parts.add(child);
            }
        }
        stack.push(...children);
    }
    return parts;
}
function addAll(node, into) {
    into.add(node);
    for (const child of node.children)
        if (child.named)
            addAll(child, into);
}

;// CONCATENATED MODULE: ./src/engine/patterns/js-parameters.ts
/** TypeScript wraps a parameter's name with its type or default; JavaScript's default is an assignment pattern. */
const PARAMETER_WRAPPERS = new Set(['required_parameter', 'optional_parameter', 'assignment_pattern']);
/**
 * The names a JavaScript/TypeScript function declares as parameters (`req` in `function (req, res)`,
 * `x` in `x => x`). In Semgrep a parameter is not an expression, so a lone `$X` never matches one; the
 * uses of the name in the body are expressions and do.
 */
function jsParameterNames(root) {
    const names = new Set();
    const stack = [root];
    while (stack.length > 0) {
        const node = stack.pop();
        const children = node.children.filter((c) => c.named);
        if (node.type === 'formal_parameters') {
            for (const parameter of children) {
                const name = PARAMETER_WRAPPERS.has(parameter.type)
                    ? parameter.children.find((c) => c.named)
                    : parameter;
                if (name?.type === 'identifier')
                    names.add(name);
            }
        }
        else if (node.type === 'arrow_function' && children[0]?.type === 'identifier') {
            names.add(children[0]);
        }
        stack.push(...children);
    }
    return names;
}

;// CONCATENATED MODULE: ./src/engine/patterns/php-constants.ts
/** Shell-escaping builtins: escaping a constant string gives a constant string (Semgrep's PHP builtins). */
const ESCAPERS = new Set(['escapeshellarg', 'escapeshellcmd']);
/**
 * PHP constants: `const X = "v";` at the top level (read as the bare name `X`) and in a class
 * (read as `self::X`, `static::X` or `C::X`). A name defined twice is no longer a known constant.
 */
class PhpConstants {
    text;
    evaluate;
    values = new Map();
    classes = [];
    constructor(text, evaluate) {
        this.text = text;
        this.evaluate = evaluate;
    }
    recordClass(node) {
        const name = node.children.find((c) => c.type === 'name');
        if (name)
            this.classes.push({ name: this.text(name), start: node.start, end: node.end });
    }
    /** A `const_declaration`: each element names a value, inside a class or at the top level. */
    recordDeclaration(node) {
        const owner = this.classAt(node.start);
        for (const element of node.children.filter((c) => c.type === 'const_element')) {
            const [name, value] = element.children.filter((c) => c.named);
            if (!name || !value)
                continue;
            const key = owner ? `${owner}::${this.text(name)}` : this.text(name);
            const constant = this.evaluate(value);
            this.values.set(key, this.values.has(key) || !constant ? null : constant);
        }
    }
    /** The value of a constant read (`X`, `self::X`), or of an escaping builtin applied to a constant. */
    valueOf(node) {
        if (node.type === 'name')
            return this.values.get(this.text(node)) ?? undefined;
        const parts = node.children.filter((c) => c.named);
        if (node.type === 'class_constant_access_expression' && parts.length === 2) {
            const [scope, name] = parts;
            const owner = scope.type === 'relative_scope'
                ? this.classAt(node.start)
                : scope.type === 'name'
                    ? this.text(scope)
                    : undefined;
            return owner ? (this.values.get(`${owner}::${this.text(name)}`) ?? undefined) : undefined;
        }
        if (node.type === 'function_call_expression' && parts.length === 2 && ESCAPERS.has(this.text(parts[0]))) {
            const args = parts[1].children.filter((c) => c.named);
            const [only] = args.length === 1 ? args[0].children.filter((c) => c.named) : [];
            return only && this.evaluate(only)?.kind === 'string' ? { kind: 'string' } : undefined;
        }
        return undefined;
    }
    /** The name of the innermost class around `offset`. */
    classAt(offset) {
        let found;
        for (const span of this.classes)
            if (span.start <= offset && offset < span.end && (!found || span.start >= found.start))
                found = span;
        return found?.name;
    }
}

;// CONCATENATED MODULE: ./src/engine/patterns/java-imports.ts

/**
 * Java names resolved through imports, as Semgrep does: after `import a.b.C;` the code `C` stands for
 * `a.b.C`, after `import static a.b.C.f;` a bare `f` stands for `a.b.C.f`, and after `import a.b.*;`
 * any name may stand for one in `a.b`.
 */
/** Qualified names (`a.b.C`) in Java: expressions, annotation names and types. */
const JAVA_QUALIFIED_TYPES = ['field_access', 'scoped_identifier', 'scoped_type_identifier'];
/** The import a Java `import_declaration` makes, if it is one (Go's has `import_spec` children instead). */
function javaImportOf(node, text) {
    if (node.type !== 'import_declaration')
        return undefined;
    const named = node.children.filter((c) => c.named && !isComment(c));
    const name = named.find((c) => c.type === 'scoped_identifier' || c.type === 'identifier');
    if (!name)
        return undefined;
    return { path: text(name), wildcard: named.some((c) => c.type === 'asterisk') };
}
/** The last element of a dotted name: the simple name an import makes visible. */
function simpleName(path) {
    return path.slice(path.lastIndexOf('.') + 1);
}

;// CONCATENATED MODULE: ./src/engine/patterns/rust-uses.ts

/**
 * Rust `use` declarations as import aliases: `use a::b::f as g;` makes `g` stand for `a::b::f`, and
 * `use a::{b, c::d};` makes `b` and `d` stand for their paths. Paths are joined with `.`, as the
 * matcher spells every qualified name (see structural-matcher's matchAlias).
 */
function rustUseAliases(declaration, text) {
    const aliases = [];
    const visit = (node, prefix) => {
        const parts = rust_uses_named(node);
        if (node.type === 'identifier')
            aliases.push([text(node), [...prefix, text(node)].join('.')]);
        else if (node.type === 'scoped_identifier') {
            const path = pathOf(node, text);
            if (path)
                aliases.push([path[path.length - 1], [...prefix, ...path].join('.')]);
        }
        else if (node.type === 'use_as_clause' && parts.length === 2) {
            const path = pathOf(parts[0], text);
            if (path)
                aliases.push([text(parts[1]), [...prefix, ...path].join('.')]);
        }
        else if (node.type === 'scoped_use_list' && parts.length === 2) {
            const path = pathOf(parts[0], text);
            if (path)
                visit(parts[1], [...prefix, ...path]);
        }
        else if (node.type === 'use_list')
            for (const part of parts)
                visit(part, prefix);
    };
    for (const part of rust_uses_named(declaration))
        visit(part, []);
    // `self` and `crate` only say where the path starts; they are not part of what a pattern names.
    return aliases.filter(([local, qualified]) => local !== 'self' && qualified !== local);
}
/** Every node inside a `use` declaration: the paths there are imports, not uses of what they name. */
function rustUseParts(root) {
    const parts = new Set();
    for (const node of namedDescendants(root)) {
        if (node.type !== 'use_declaration')
            continue;
        for (const inner of namedDescendants(node))
            if (inner !== node)
                parts.add(inner);
    }
    return parts;
}
function pathOf(node, text) {
    if (node.type === 'identifier')
        return [text(node)];
    if (PATH_STARTS.has(node.type))
        return [];
    if (node.type !== 'scoped_identifier')
        return undefined;
    const parts = rust_uses_named(node);
    const head = parts.length === 2 ? pathOf(parts[0], text) : undefined;
    const last = parts[parts.length - 1];
    if (!head || last?.type !== 'identifier')
        return undefined;
    return [...head, text(last)];
}
/** `self::`, `crate::`, `super::`: where a path starts, not part of the name. */
const PATH_STARTS = new Set(['self', 'crate', 'super']);
function rust_uses_named(node) {
    return node.children.filter((c) => c.named && !isComment(c));
}

;// CONCATENATED MODULE: ./src/engine/patterns/rust-returns.ts

/**
 * Rust's implicit returns: the value a function or closure body ends with is returned, so Semgrep's
 * `return $X` also matches it. The tail of a body is its last statement (with or without `;`, as
 * Semgrep reads it); through `if`/`else` branches, `match` arms and nested blocks, the tail of each
 * is a returned value too. A statement that is not last never is, even inside a tail `if`.
 */
function rustImplicitReturns(root) {
    const returned = new Set();
    const visitTail = (node) => {
        if (!node)
            return;
        const parts = rust_returns_named(node);
        switch (node.type) {
            case 'block':
                return visitTail(parts.at(-1));
            case 'expression_statement':
                return parts.length === 1 ? visitTail(parts[0]) : undefined;
            case 'if_expression':
                // The condition is not a returned value; the branches are.
                return parts.filter((p) => p.type === 'block' || p.type === 'else_clause').forEach(visitTail);
            case 'else_clause':
                return visitTail(parts.at(-1));
            case 'match_expression':
                return rust_returns_named(parts.at(-1) ?? node)
                    .filter((arm) => arm.type === 'match_arm')
                    .forEach((arm) => visitTail(rust_returns_named(arm).at(-1)));
            case 'return_expression':
            case 'let_declaration':
            case 'function_item':
                return;
            default:
                if (/_item$|_declaration$|macro_definition|attribute/.test(node.type))
                    return;
                returned.add(node);
        }
    };
    for (const node of namedDescendants(root)) {
        if (node.type === 'function_item')
            visitTail(rust_returns_named(node).at(-1)?.type === 'block' ? rust_returns_named(node).at(-1) : undefined);
        if (node.type === 'closure_expression')
            visitTail(rust_returns_named(node).at(-1));
    }
    return returned;
}
function rust_returns_named(node) {
    return node.children.filter((c) => c.named && !isComment(c));
}

;// CONCATENATED MODULE: ./src/engine/patterns/target-facts.ts














/** PHP reads of named constants (`X`, `self::X`) and calls of escaping builtins (see php-constants). */
const PHP_CONSTANT_READS = new Set(['name', 'class_constant_access_expression', 'function_call_expression']);
/** Names a constant can be bound to: identifiers, and PHP's `$x`. */
const VARIABLES = new Set(['identifier', 'variable_name']);
const THIS_FIELD_READS = new Set(['field_access', 'member_access_expression']);
const NUMBER_TYPES = new Set(['integer', 'float', 'number', ...grammar_node_types_NUMBER_LITERAL_TYPES]);
const target_facts_ASSIGNMENTS = new Set([
    'assignment',
    'variable_declarator',
    'assignment_expression',
    // C `int n = 42;`, Rust `let n = 42;`
    'init_declarator',
    'let_declaration',
    ...ASSIGNMENT_TYPES,
]);
/** Places where a name gets a value we cannot know statically. */
const REBINDERS = new Set([
    'augmented_assignment',
    'augmented_assignment_expression',
    'update_expression',
    'parameters',
    'formal_parameters',
    'lambda_parameters',
    'with_item',
    'as_pattern',
    'global_statement',
    'nonlocal_statement',
    'import_statement',
    'import_from_statement',
    // C parameters, Rust `x += 1`
    'parameter_list',
    'compound_assignment_expr',
]);
/** `+=`, `<<=`, `||=`: any assignment operator but `=` and `:=`. */
const COMPOUND_OPERATOR = /^(?!:?=$).+=$/;
/** Constructs whose first named child binds names (`for x in`, `catch (e)`). */
const LOOP_BINDERS = new Set(['for_statement', 'for_in_statement', 'for_in_clause', 'catch_clause']);
/**
 * What the matcher may assume about a file beyond its syntax: names bound once to a constant
 * (Semgrep's constant propagation, kept flow-insensitive and conservative), and import aliases
 * (`import os as o`, `from m import f`, `const x = require('m')`) resolved to qualified names.
 */
class TargetFacts {
    root;
    source;
    constants = new Map();
    /** By name key: the expression of the name's only assignment (null: assigned more than once, or rebound otherwise). */
    symbols = new Map();
    aliases = new Map();
    /** Every import of each alias, in source order, with the function it is local to (if any). */
    aliasSites = new Map();
    /** Python function definitions seen so far, outermost first: an import inside one is local to it. */
    functionScopes = [];
    /** The statement being recorded, whose position an alias takes effect from. */
    bindingNode;
    /** Modules imported with `from m import *`: any otherwise unknown name may come from them. */
    wildcardModules = [];
    /** Python: the value of each read of a name where it is read (python-constant-flow). */
    flow;
    /** JavaScript: values of reassigned names read after a straight-line assignment (js-straight-line-constants). */
    straightLine;
    definitions = new WeakSet();
    /** Built with the constants, on first need: most files never ask for a constant. */
    scopes;
    constantsKnown = false;
    /** PHP `use` declarations: which qualified name a bare class or function name stands for. */
    phpUses = new PhpUses((node) => this.text(node));
    phpConstants = new PhpConstants((node) => this.text(node), (node) => this.constantOf(node));
    /** Import aliases are read now (the word prefilter needs them for every file); constants on first use. */
    constructor(root, source) {
        this.root = root;
        this.source = source;
        for (const node of namedDescendants(root)) {
            if (target_facts_ASSIGNMENTS.has(node.type))
                this.noteAssignedNames(node);
            if (node.type === 'function_definition')
                this.functionScopes.push(node);
            this.bindingNode = node;
            if (node.type === 'import_statement' || node.type === 'import_from_statement')
                this.recordImport(node);
            if (node.type === 'variable_declarator')
                this.recordRequire(node);
            if (node.type === 'import_spec')
                this.recordGoImport(node);
            if (node.type === 'import_declaration')
                this.recordJavaImport(node);
            if (node.type === 'namespace_use_declaration')
                this.phpUses.record(node);
            if (node.type === 'use_declaration')
                for (const [local, qualified] of rustUseAliases(node, (n) => this.text(n)))
                    this.aliases.set(local, qualified);
        }
        // Semgrep resolves names through star imports made at the top of the module only.
        for (const statement of target_facts_named(root)) {
            const [module, ...names] = target_facts_named(statement);
            if (statement.type !== 'import_from_statement' || module?.type !== 'dotted_name')
                continue;
            if (names.some((n) => n.type === 'wildcard_import'))
                this.wildcardModules.push(this.text(module));
        }
    }
    /** Names some assignment targets: only these can hold a constant (see constantOf). */
    assignedNames = new Set();
    noteAssignedNames(assignment) {
        const [target] = assignmentParts(assignment);
        if (!target)
            return;
        const stack = [target];
        while (stack.length > 0) {
            const node = stack.pop();
            if (VARIABLES.has(node.type))
                this.assignedNames.add(this.text(node));
            for (const child of node.children)
                if (child.named)
                    stack.push(child);
        }
    }
    knowConstants() {
        if (this.constantsKnown)
            return;
        this.constantsKnown = true;
        const root = this.root;
        this.scopes = new NameScopes(root, (node) => this.text(node));
        for (const node of namedDescendants(root)) {
            if (target_facts_ASSIGNMENTS.has(node.type))
                this.recordAssignment(node);
            else if (REBINDERS.has(node.type))
                this.poisonNamesIn(node);
            else if (LOOP_BINDERS.has(node.type) && node.type !== 'for_statement')
                this.poisonFirst(node);
            else if (node.type === 'for_statement' && target_facts_named(node).length >= 3)
                this.poisonFirst(node);
            if (node.type === 'class_declaration' && root.children[0]?.type === 'php_tag')
                this.phpConstants.recordClass(node);
            if (node.type === 'const_declaration')
                this.phpConstants.recordDeclaration(node);
        }
        if (root.type === 'module') {
            const flow = new PythonConstantFlow((n) => this.text(n), (n) => this.constantOf(n));
            this.flow = flow;
            flow.analyzeModule(root);
        }
    }
    knownHiddenCalls;
    /** Ruby: bare names that call a method (see ruby-hidden-calls), computed on first use. */
    rubyHiddenCalls() {
        this.knownHiddenCalls ??= rubyHiddenCalls(this.root, (node) => this.text(node));
        return this.knownHiddenCalls;
    }
    knownImplicitReturns;
    /** Rust: the values function and closure bodies end with (see rust-returns), computed on first use. */
    rustImplicitReturns() {
        this.knownImplicitReturns ??= rustImplicitReturns(this.root);
        return this.knownImplicitReturns;
    }
    knownUseParts;
    /** Rust: the nodes inside `use` declarations (see rust-uses), computed on first use. */
    rustUseParts() {
        this.knownUseParts ??= rustUseParts(this.root);
        return this.knownUseParts;
    }
    knownDefinitionParts;
    knownParameterNames;
    /** Ruby: definitions with their names and parameters (see ruby-hidden-calls), computed on first use. */
    jsParameterNames() {
        this.knownParameterNames ??= jsParameterNames(this.root);
        return this.knownParameterNames;
    }
    rubyDefinitionParts() {
        this.knownDefinitionParts ??= rubyDefinitionParts(this.root);
        return this.knownDefinitionParts;
    }
    text(node) {
        return this.source.slice(node.start, node.end);
    }
    recordAssignment(node) {
        const children = assignmentParts(node);
        // C and Go spell `x += 1` as an assignment with another operator: the new value is not the right side.
        if (node.children.some((c) => !c.named && COMPOUND_OPERATOR.test(c.type)))
            return this.poisonNamesIn(children[0] ?? node);
        const target = children[0] && assignedSide(children[0]);
        const value = children.length > 1 ? assignedSide(children[children.length - 1]) : undefined;
        if (!target || (!value && node.type === 'variable_declarator'))
            return;
        // `c[a] = 1` and `o.f = 1` rebind no name; only destructuring targets do.
        if (/subscript|member_expression|attribute|field_expression/.test(target.type))
            return;
        if (!VARIABLES.has(target.type))
            return this.poisonNamesIn(target);
        // The name being defined is not a use of its value: `"=~/re/"` must not match it.
        this.definitions.add(target);
        const name = this.scopes.keyOf(target);
        this.symbols.set(name, value && !this.symbols.has(name) ? value : null);
        const constant = value ? this.constantOf(value, new Set([name])) : undefined;
        const known = this.constants.get(name);
        if (!constant || known === null)
            return void this.constants.set(name, null);
        if (known === undefined)
            return void this.constants.set(name, constant);
        if (known.kind !== constant.kind)
            return void this.constants.set(name, null);
        if (known.value !== constant.value)
            this.constants.set(name, known.kind === 'string' ? { kind: 'string' } : null);
    }
    poisonFirst(node) {
        const [first] = target_facts_named(node);
        if (first && first.type !== 'lexical_declaration' && first.type !== 'variable_declaration')
            this.poisonNamesIn(first);
    }
    poisonNamesIn(node) {
        for (const inner of namedDescendants(node)) {
            if (!VARIABLES.has(inner.type))
                continue;
            this.constants.set(this.scopes.keyOf(inner), null);
            this.symbols.set(this.scopes.keyOf(inner), null);
        }
    }
    /**
     * Symbolic propagation: the expression `node` (a name) was bound to by its only assignment, written
     * before it. A name assigned twice, rebound by a loop or a compound assignment, or not assigned at
     * all has none: matching through it may only add what certainly holds.
     */
    symbolOf(node) {
        if (!VARIABLES.has(node.type) || !this.assignedNames.has(this.text(node)))
            return undefined;
        this.knowConstants();
        if (this.definitions.has(node))
            return undefined;
        const value = this.symbols.get(this.scopes.keyOf(node));
        return value && value.end <= node.start ? value : undefined;
    }
    /** Whether two occurrences of a name refer to the same declaration (a parameter may shadow it). */
    sameDeclaration(a, b) {
        this.knowConstants();
        if (this.scopes.isFieldName(a) || this.scopes.isFieldName(b))
            return true;
        return this.scopes.keyOf(a) === this.scopes.keyOf(b);
    }
    /**
     * False when `node` is a name no assignment targets, so it has no constant: answered without working
     * out the file's constants, which comparing two names (`a === b` against `$X === $X`) would otherwise do.
     */
    mayHoldConstant(node) {
        return !VARIABLES.has(node.type) || this.assignedNames.has(this.text(node));
    }
    /** The constant `node` evaluates to, when literals, known names and `+` are all it uses. */
    constantOf(node, visiting = new Set()) {
        if (node.type === 'template_string')
            return this.templateConstant(node, visiting);
        if (node.type === 'regex')
            return { kind: 'regex', value: this.text(node) };
        if (node.type === 'ternary_expression') {
            const [, consequence, alternative] = target_facts_named(node).map((part) => this.constantOf(part, visiting));
            if (consequence?.kind !== 'string' || alternative?.kind !== 'string')
                return undefined;
            return consequence.value === alternative.value ? consequence : { kind: 'string' };
        }
        if (PHP_CONSTANT_READS.has(node.type)) {
            this.knowConstants();
            return this.phpConstants.valueOf(node);
        }
        if (STRING_TYPES.has(node.type)) {
            if (node.type === 'encapsed_string' && node.children.some((c) => isInterpolation(c.type)))
                return this.interpolatedConstant(node, visiting);
            if (node.children.some((c) => isInterpolation(c.type)))
                return undefined;
            if (node.type === 'concatenated_string') {
                const parts = target_facts_named(node).map((part) => this.constantOf(part, visiting));
                if (parts.some((p) => p?.kind !== 'string'))
                    return undefined;
                const values = parts.map((p) => p?.value);
                return { kind: 'string', value: values.every((v) => v !== undefined) ? values.join('') : undefined };
            }
            return { kind: 'string', value: stringValue(this.text(node)) };
        }
        if (NUMBER_TYPES.has(node.type)) {
            const value = numberValue(this.text(node));
            return value === undefined ? undefined : { kind: 'number', value };
        }
        // Java / C# `this.FIELD` reads the field a bare `FIELD` names.
        if (THIS_FIELD_READS.has(node.type)) {
            const [object, field] = target_facts_named(node);
            if (object?.type === 'this' && field?.type === 'identifier' && target_facts_named(node).length === 2)
                return this.constantOf(field, visiting);
        }
        if (node.type === 'parenthesized_expression') {
            const inner = target_facts_named(node);
            return inner.length === 1 ? this.constantOf(inner[0], visiting) : undefined;
        }
        // PHP `false`, `FALSE`, `False`.
        if (node.type === 'boolean')
            return { kind: 'boolean', value: this.text(node).toLowerCase() === 'true' };
        if (node.type === 'true' || node.type === 'false')
            return { kind: 'boolean', value: node.type === 'true' };
        if (VARIABLES.has(node.type)) {
            // A name no assignment targets has no constant: most names, and the file's constants need not be worked out.
            if (!this.assignedNames.has(this.text(node)))
                return undefined;
            this.knowConstants();
            if (this.definitions.has(node))
                return undefined;
            const flowing = this.flow?.valueOf(node);
            if (flowing !== undefined)
                return flowing ?? undefined;
            const name = this.scopes.keyOf(node);
            if (visiting.has(name))
                return undefined;
            const known = this.constants.get(name);
            if (known !== null || this.root.type !== 'program')
                return known ?? undefined;
            // Reassigned: JavaScript still knows the value a read sees right after a straight-line assignment.
            this.straightLine ??= new JsStraightLineConstants(this.root, (n) => this.scopes.keyOf(n));
            return this.straightLine.valueOf(node, (value) => this.constantOf(value, new Set([...visiting, name])));
        }
        if (node.type === 'binary_operator' || node.type === 'binary_expression') {
            const parts = target_facts_named(node);
            const operator = node.children.find((c) => !c.named)?.type;
            if (parts.length !== 2)
                return undefined;
            const [left, right] = parts.map((part) => this.constantOf(part, visiting));
            // Python `"-" * n` is a string whatever `n` is.
            if (operator === '*' &&
                node.type === 'binary_operator' &&
                (left?.kind === 'string' || right?.kind === 'string'))
                return { kind: 'string' };
            if (operator !== '+' && operator !== '.')
                return undefined;
            if (!left || !right)
                return undefined;
            // PHP's `.` concatenates whatever its operands are.
            if (operator === '.') {
                const both = left.value !== undefined && right.value !== undefined;
                return { kind: 'string', value: both ? `${String(left.value)}${String(right.value)}` : undefined };
            }
            if (left.kind === 'number' && right.kind === 'number')
                return { kind: 'number', value: left.value + right.value };
            // Python raises on `"a" + 1`; only JavaScript's `+` turns the number into text.
            if (node.type === 'binary_operator' && left.kind !== right.kind)
                return undefined;
            if (left.kind === 'regex' || right.kind === 'regex')
                return undefined;
            if (left.kind === 'string' || right.kind === 'string') {
                const both = left.value !== undefined && right.value !== undefined;
                return { kind: 'string', value: both ? `${left.value}${right.value}` : undefined };
            }
        }
        return undefined;
    }
    /** PHP `"rm $dir"` is a constant string when every interpolated variable is a constant. */
    interpolatedConstant(node, visiting) {
        let value = '';
        for (const part of target_facts_named(node)) {
            if (part.type === 'string_content') {
                value = value === undefined ? undefined : value + this.text(part);
                continue;
            }
            if (part.type !== 'variable_name')
                return undefined;
            const constant = this.constantOf(part, visiting);
            if (constant?.kind !== 'string')
                return undefined;
            value = value === undefined || constant.value === undefined ? undefined : value + constant.value;
        }
        return { kind: 'string', value };
    }
    /** `` `a${B}c` `` is a constant string when every substitution is a constant. */
    templateConstant(node, visiting) {
        let value = '';
        for (const part of target_facts_named(node)) {
            if (part.type !== 'template_substitution') {
                value = value === undefined ? undefined : value + this.text(part);
                continue;
            }
            const [inner] = target_facts_named(part);
            const constant = inner ? this.constantOf(inner, visiting) : undefined;
            if (!constant)
                return undefined;
            value =
                value === undefined || constant.value === undefined ? undefined : value + String(constant.value);
        }
        return { kind: 'string', value };
    }
    /**
     * What `name` stands for where it is used at `position`: the last import of it before that point
     * in an enclosing scope, as Semgrep resolves names in order (`from flask import f` … later
     * `from other import f`); nothing when the use comes before any import of it.
     */
    aliasAt(name, position) {
        const sites = this.aliasSites.get(name);
        // Only Python imports are placed (see alias()); other languages' imports hold for the whole file.
        if (!sites)
            return this.aliases.get(name);
        let found;
        for (const site of sites) {
            if (site.at < position && site.scopeStart <= position && position <= site.scopeEnd)
                found = site;
        }
        return found?.qualified;
    }
    alias(name, qualified) {
        this.aliases.set(name, qualified);
        const at = this.bindingNode?.start ?? 0;
        let scope;
        for (const d of this.functionScopes)
            if (d.start <= at && at < d.end)
                scope = d;
        const site = { qualified, at, scopeStart: scope?.start ?? 0, scopeEnd: scope?.end ?? Infinity };
        this.aliasSites.set(name, [...(this.aliasSites.get(name) ?? []), site]);
    }
    recordImport(node) {
        const children = target_facts_named(node);
        if (node.type === 'import_from_statement') {
            const [module, ...names] = children;
            if (!module || module.type !== 'dotted_name')
                return;
            const base = this.text(module);
            for (const imported of names)
                this.aliasImported(imported, base);
            return;
        }
        // JavaScript: import x from 'm'; import {a as b} from 'm'; import * as n from 'm'.
        const sourceNode = children.find((c) => c.type === 'string');
        if (sourceNode) {
            const module = stringValue(this.text(sourceNode));
            const clause = children.find((c) => c.type === 'import_clause');
            if (clause)
                this.aliasJsClause(clause, module);
            return;
        }
        // Python: import a.b as c.
        for (const imported of children) {
            if (imported.type !== 'aliased_import')
                continue;
            const [name, alias] = target_facts_named(imported);
            if (name && alias)
                this.alias(this.text(alias), this.text(name));
        }
    }
    aliasImported(imported, base) {
        if (imported.type === 'dotted_name')
            this.alias(this.text(imported), `${base}.${this.text(imported)}`);
        if (imported.type === 'aliased_import') {
            const [name, alias] = target_facts_named(imported);
            if (name && alias)
                this.alias(this.text(alias), `${base}.${this.text(name)}`);
        }
    }
    aliasJsClause(clause, module) {
        for (const part of target_facts_named(clause)) {
            if (part.type === 'identifier')
                this.alias(this.text(part), module);
            if (part.type === 'namespace_import') {
                const [name] = target_facts_named(part);
                if (name)
                    this.alias(this.text(name), module);
            }
            if (part.type === 'named_imports') {
                for (const specifier of target_facts_named(part)) {
                    const [name, alias] = target_facts_named(specifier);
                    if (name)
                        this.alias(this.text(alias ?? name), `${module}.${this.text(name)}`);
                }
            }
        }
    }
    /** Go: `import sub "a/subprocess"` makes `sub.f` stand for `subprocess.f` (the package's own name). */
    recordGoImport(spec) {
        const [alias, path] = target_facts_named(spec);
        if (alias?.type !== 'package_identifier' || !path)
            return;
        const name = goPackageName(stringValue(this.text(path)));
        if (name)
            this.aliases.set(this.text(alias), name);
    }
    /** Java: `import a.b.C;` makes `C` stand for `a.b.C`; `import a.b.*;` any name for one in `a.b`. */
    recordJavaImport(declaration) {
        const imported = javaImportOf(declaration, (n) => this.text(n));
        if (!imported)
            return;
        if (imported.wildcard)
            this.wildcardModules.push(imported.path);
        else
            this.aliases.set(simpleName(imported.path), imported.path);
    }
    recordRequire(declarator) {
        const [target, value] = target_facts_named(declarator);
        if (!target || value?.type !== 'call_expression')
            return;
        const [callee, args] = target_facts_named(value);
        if (!callee || this.text(callee) !== 'require' || !args)
            return;
        const [moduleNode] = target_facts_named(args);
        if (!moduleNode || moduleNode.type !== 'string')
            return;
        const module = stringValue(this.text(moduleNode));
        if (target.type === 'identifier')
            this.alias(this.text(target), module);
        if (target.type === 'object_pattern') {
            for (const field of target_facts_named(target)) {
                if (field.type === 'shorthand_property_identifier_pattern')
                    this.alias(this.text(field), `${module}.${this.text(field)}`);
                const [key, alias] = field.type === 'pair_pattern' ? target_facts_named(field) : [];
                if (key && alias?.type === 'identifier')
                    this.alias(this.text(alias), `${module}.${this.text(key)}`);
            }
        }
    }
}
/** An assignment's target and value: Kotlin's `const val x = 5` modifiers are not the assigned name; nor is Rust's `mut`. */
function assignmentParts(node) {
    return target_facts_named(node).filter((c) => c.type !== 'modifiers' && c.type !== 'mutable_specifier');
}
function target_facts_named(node) {
    return node.children.filter((c) => c.named && !isComment(c));
}
/** `0x10`, `1_000`, `1e3` and `16` all denote numbers; compare by value. */
function numberValue(text) {
    const cleaned = text.replace(/_/g, '').replace(/[lLjJnN]$/, '');
    // `0o10` (Python, JS) and `010` (C, legacy JS) are octal.
    const octal = /^0[oO]/.test(cleaned)
        ? cleaned.slice(2)
        : /^0[0-7]+$/.test(cleaned)
            ? cleaned.slice(1)
            : undefined;
    const value = octal !== undefined ? parseInt(octal, 8) : Number(cleaned);
    return Number.isNaN(value) ? undefined : value;
}

;// CONCATENATED MODULE: ./src/engine/patterns/rust-shapes.ts

/** Rust target types a pattern type also matches: a path written as an expression also names a type. */
const RUST_EQUIVALENTS = {
    scoped_identifier: ['scoped_type_identifier'],
    // A macro call `m!(a, b)` is a call to Semgrep (named `m!`), see matchMacroCall.
    call_expression: ['macro_invocation'],
};
/** Parts of a `fn` a pattern may leave out: `pub`, `async`/`unsafe`, generics, `where`. */
const OPTIONAL_FUNCTION_PARTS = new Set([
    'visibility_modifier',
    'function_modifiers',
    'type_parameters',
    'where_clause',
]);
/**
 * Rust forms Semgrep treats as the same code beyond same-type matching: `fn f(...) { ... }` without a
 * return type matches functions returning anything; `$F(...)` matches a macro call `m!(...)`, its
 * token tree read as arguments when it is a comma-separated list. `undefined`: not a Rust shape.
 */
function matchRustShape(m, pattern, node, bindings, next) {
    if (pattern.type === 'function_item' && node.type === 'function_item')
        return matchFunction(m, pattern, node, bindings, next);
    if (pattern.type === 'call_expression' && node.type === 'macro_invocation')
        return matchMacroCall(m, pattern, node, bindings, next);
    if (pattern.type === 'attribute' && node.type === 'attribute') {
        // `#[a(...)]` also matches `#[a]`: an attribute without arguments is one with none.
        const [name, args, ...rest] = pattern.children;
        const parts = rust_shapes_named(node);
        const openArgs = args?.kind === 'node' && args.type === 'token_tree' && args.children.every(rust_shapes_isDots);
        if (openArgs && rest.length === 0 && parts.length === 1)
            return m.matchNode(name, parts[0], bindings, next);
    }
    return undefined;
}
/**
 * `#[a] #[b] fn f() {...}`: the item's attributes are siblings before it; the pattern's must all be
 * among them, in any order, others allowed. The attributes and the item, or undefined when the
 * pattern is not an attributed item.
 */
function attributedItemPattern(nodes) {
    const item = nodes.at(-1);
    const attributes = nodes.slice(0, -1);
    const isAttribute = (p) => p.kind === 'node' && p.type === 'attribute_item';
    if (!item || isAttribute(item) || attributes.length === 0 || !attributes.every(isAttribute))
        return undefined;
    return { attributes, item };
}
function rust_shapes_isDots(pattern) {
    return pattern.kind === 'ellipsis' || pattern.kind === 'ellipsis-metavariable';
}
function matchFunction(m, pattern, node, bindings, next) {
    const wanted = new Set(pattern.children.map((c) => (c.kind === 'node' || c.kind === 'leaf' ? c.type : '')));
    let children = rust_shapes_named(node).filter((c) => !OPTIONAL_FUNCTION_PARTS.has(c.type) || wanted.has(c.type));
    // The return type sits between the parameters and the body; a pattern without one accepts any.
    const parameters = pattern.children.findIndex((c) => c.kind === 'node' && c.type === 'parameters');
    const body = pattern.children.findIndex((c) => c.kind === 'node' && c.type === 'block');
    if (parameters >= 0 &&
        (body === parameters + 1 || (body < 0 && parameters === pattern.children.length - 1))) {
        const at = children.findIndex((c) => c.type === 'parameters');
        const end = children.findIndex((c) => c.type === 'block');
        const stop = end < 0 ? children.length : end;
        if (at >= 0)
            children = [...children.slice(0, at + 1), ...children.slice(stop)];
        if (body < 0)
            children = children.filter((c) => c.type !== 'block');
    }
    return m.matchChildren(pattern, children, bindings, next);
}
/** `$F(...)` against `name!(...)`: the callee must be a metavariable, as Semgrep names the macro `name!`. */
function matchMacroCall(m, pattern, node, bindings, next) {
    const [callee, args, ...rest] = pattern.children;
    const [name, tree] = rust_shapes_named(node);
    if (rest.length > 0 || callee?.kind !== 'metavariable' || args?.kind !== 'node' || !name || !tree)
        return false;
    if (args.type !== 'arguments' || tree.type !== 'token_tree')
        return false;
    const bang = node.children.find((c) => !c.named && c.type === '!');
    const end = bang?.end ?? name.end;
    const called = { start: name.start, end, text: m.text({ ...name, end }) };
    return m.bindValue(callee.name, called, bindings, (b) => {
        const values = macroArguments(tree);
        if (values)
            return m.matchList(args.children, values, b, next);
        // Not an argument list (`vec![0; n]`, `matches!(x, A | B)`): only `(...)` stands for it.
        return args.children.every((c) => c.kind === 'ellipsis') && next(b);
    });
}
/** `(a, "b", c)` as a token tree: each comma-separated part, when each is a single token or tree. */
function macroArguments(tree) {
    const inner = tree.children.slice(1, -1).filter((c) => !isComment(c));
    const values = [];
    let current = [];
    for (const token of [...inner, undefined]) {
        if (token === undefined || (!token.named && token.type === ',')) {
            if (current.length !== 1)
                return token === undefined && current.length === 0 && values.length === 0 ? [] : undefined;
            if (!current[0].named || current[0].type === 'token_tree')
                return undefined;
            values.push(current[0]);
            current = [];
        }
        else
            current.push(token);
    }
    return values;
}
function rust_shapes_named(node) {
    return node.children.filter((c) => c.named && !isComment(c));
}

;// CONCATENATED MODULE: ./src/engine/patterns/ruby-parameters.ts
/**
 * The name a Ruby keyword parameter (`event:`, `mode: 1`) or default parameter (`x = 1`) declares.
 * Semgrep reads both as ordinary parameters with an optional default, so the pattern `def f(event)`
 * matches `def f(event:)` and `$X` binds the name. TypeScript's `optional_parameter` (`x?`) is not one.
 */
function rubyParameterName(node) {
    if (node.type !== 'keyword_parameter' && node.type !== 'optional_parameter')
        return undefined;
    if (node.children.some((c) => !c.named && c.type === '?'))
        return undefined;
    const name = node.children.find((c) => c.named);
    return name?.type === 'identifier' ? name : undefined;
}

;// CONCATENATED MODULE: ./src/engine/patterns/csharp-usings.ts
const NAMES = new Set(['qualified_name', 'identifier']);
/**
 * C# `using System.Net;` in a pattern also matches `using System.Net.Sockets;`: Semgrep compares a
 * namespace import's dotted name as a prefix. Undefined when the pattern is not a plain `using A.B;`
 * (an alias, `static` or a metavariable), which then matches node by node.
 */
function csharpUsingMatches(pattern, node, text) {
    if (pattern.type !== 'using_directive' || node.type !== 'using_directive')
        return undefined;
    if (pattern.tokens.some((t) => t !== 'using') || pattern.children.length !== 1)
        return undefined;
    const wanted = dottedPattern(pattern.children[0]);
    if (wanted === undefined)
        return undefined;
    const parts = node.children.filter((c) => c.named && c.type !== 'comment');
    if (parts.length !== 1 || !NAMES.has(parts[0].type) || node.children.some((c) => c.type === 'static'))
        return false;
    const actual = text(parts[0]).replace(/\s+/g, '');
    return actual === wanted || actual.startsWith(`${wanted}.`);
}
function dottedPattern(pattern) {
    if (pattern.kind === 'leaf')
        return pattern.type === 'identifier' ? pattern.text : undefined;
    if (pattern.kind !== 'node' || pattern.type !== 'qualified_name')
        return undefined;
    const parts = pattern.children.map(dottedPattern);
    return parts.every((p) => p !== undefined) ? parts.join('.') : undefined;
}

;// CONCATENATED MODULE: ./src/engine/patterns/c-rust-types.ts

/**
 * Static types for typed metavariables in C and Rust (`(char *$X)`, `($T *$X)`, `($X : T)`): what a
 * literal is, and what a name was declared as by the nearest declaration before it in an enclosing
 * scope (parameters, `int *p = ...;`, `let x: T = ...;`), so a later declaration elsewhere of the
 * same name does not decide.
 */
const C_RUST_TYPED_LANGUAGES = new Set(['c', 'cpp', 'rust']);
const c_rust_types_SCOPES = new Set([
    'compound_statement',
    'function_definition',
    'block',
    'function_item',
    'closure_expression',
]);
const C_DECLARATIONS = new Set(['declaration', 'parameter_declaration']);
const C_QUALIFIERS = new Set(['type_qualifier', 'storage_class_specifier', 'attribute_specifier']);
const declarationsByTarget = new WeakMap();
/** The static type of `node`, when its literal kind or its declaration tells it. */
function staticTypeOf(node, target, language) {
    if (language === 'rust') {
        if (node.type === 'string_literal' || node.type === 'raw_string_literal')
            return { text: '&str' };
        if (node.type === 'boolean_literal')
            return { text: 'bool' };
    }
    else {
        if (node.type === 'string_literal' || node.type === 'concatenated_string')
            return { text: 'char*' };
        if (node.type === 'char_literal')
            return { text: 'char' };
        if (node.type === 'null')
            return { text: '*', nullPointer: true };
    }
    if (node.type !== 'identifier')
        return undefined;
    const name = target.text(node);
    let found;
    for (const declaration of declarationsOf(target).get(name) ?? []) {
        if (declaration.at > node.start ||
            node.start < declaration.scopeStart ||
            node.start >= declaration.scopeEnd)
            continue;
        if (!found || declaration.scopeStart >= found.scopeStart)
            found = declaration;
    }
    return found?.type;
}
/** `char*`, `$T*`, `$T`: does `actual` have the wanted type; which type does `$T` then stand for? */
function matchStaticType(wanted, actual) {
    const normalised = normaliseType(wanted);
    const generic = /^(\$[A-Z_][A-Z0-9_]*)(\**)$/.exec(normalised);
    if (!generic) {
        if (actual.nullPointer)
            return { matches: normalised.endsWith('*') };
        return { matches: normaliseType(actual.text) === normalised };
    }
    const [, metavariable, stars] = generic;
    // `NULL` is a pointer whose target type is unknown: it leaves the type metavariable unbound.
    if (actual.nullPointer)
        return { matches: stars.length > 0 };
    const text = normaliseType(actual.text);
    if (!text.endsWith(stars))
        return { matches: false };
    const boundText = text.slice(0, text.length - stars.length);
    if (boundText === '')
        return { matches: false };
    const exact = boundText === normaliseType(actual.base ? baseText(actual) : '');
    return { matches: true, metavariable, bound: { text: boundText, base: exact ? actual.base : undefined } };
}
function baseText(type) {
    return type.text.replace(/\*+$/, '');
}
function normaliseType(type) {
    return type.replace(/\s+/g, '').replace(/^:/, '');
}
function declarationsOf(within) {
    // Inside a metavariable's subtree, the name may be declared anywhere in the file.
    const target = within.wholeFile;
    let known = declarationsByTarget.get(target);
    if (known)
        return known;
    known = new Map();
    const add = (name, scope, type) => {
        const list = known.get(target.text(name)) ?? [];
        list.push({ at: name.start, scopeStart: scope.start, scopeEnd: scope.end, type });
        known.set(target.text(name), list);
    };
    const visit = (node, scope, parent) => {
        // A prototype's parameters (`int f(int a);`) are names of its own, not of the file.
        const prototype = node.type === 'function_declarator' && parent?.type !== 'function_definition';
        const inner = c_rust_types_SCOPES.has(node.type) || prototype ? node : scope;
        if (C_DECLARATIONS.has(node.type))
            recordC(node, inner, target, add);
        else if (node.type === 'parameter' || node.type === 'let_declaration')
            recordRust(node, inner, target, add);
        for (const child of node.children)
            if (child.named && !isComment(child))
                visit(child, inner, node);
    };
    visit(target.root, target.root);
    declarationsByTarget.set(target, known);
    return known;
}
/** `int a, *b, c[3] = ...;`: each declarator adds its own pointers to the shared base type. */
function recordC(node, scope, target, add) {
    const parts = c_rust_types_named(node).filter((c) => !C_QUALIFIERS.has(c.type));
    const [base, ...declarators] = parts;
    if (!base)
        return;
    for (let declarator of declarators) {
        let stars = '';
        for (;;) {
            if (declarator.type === 'init_declarator')
                declarator = c_rust_types_named(declarator)[0] ?? declarator;
            else if (declarator.type === 'pointer_declarator') {
                stars += '*';
                declarator = c_rust_types_named(declarator).filter((c) => !C_QUALIFIERS.has(c.type))[0] ?? declarator;
            }
            else
                break;
            if (declarator.type === 'identifier')
                break;
        }
        if (declarator.type !== 'identifier')
            continue;
        add(declarator, scope, { text: normaliseType(target.text(base)) + stars, base });
    }
}
/** `x: T` (a parameter) and `let x: T = ...;`: the name and its written type. */
function recordRust(node, scope, target, add) {
    const parts = c_rust_types_named(node).filter((c) => c.type !== 'mutable_specifier');
    const [name, type] = parts;
    // `let x = y;` has no written type: its second part is the value.
    if (name?.type !== 'identifier' || !type || !/type/.test(type.type) || /expression/.test(type.type))
        return;
    add(name, scope, { text: normaliseType(target.text(type)), base: type });
}
function c_rust_types_named(node) {
    return node.children.filter((c) => c.named && !isComment(c));
}

;// CONCATENATED MODULE: ./src/engine/patterns/jvm-go-types.ts

/**
 * Static types of Java, C#, Kotlin and Go expressions, as far as one file shows them, for typed
 * metavariables (`(String $X)`, `($X : int)`): literals by kind, names by their declaration in the
 * innermost enclosing scope (`var x = e` by e's type), `new T()` and casts by T, string
 * concatenation, comparisons and arithmetic by their operands. Unknown stays undefined, so a typed
 * metavariable never matches code whose type the file does not show.
 */
const LITERALS = {
    // Java
    decimal_integer_literal: 'int',
    hex_integer_literal: 'int',
    octal_integer_literal: 'int',
    binary_integer_literal: 'int',
    decimal_floating_point_literal: 'double',
    character_literal: 'char',
    string_literal: 'String',
    // Go
    int_literal: 'int',
    float_literal: 'float64',
    interpreted_string_literal: 'string',
    raw_string_literal: 'string',
    rune_literal: 'rune',
    // C#
    integer_literal: 'int',
    real_literal: 'double',
    boolean_literal: 'bool',
    verbatim_string_literal: 'string',
    // Kotlin
    number_literal: 'Int',
    multiline_string_literal: 'String',
};
/** The type names a language uses for a literal kind, so `"a"` is `String` in Java and `string` in C#. */
const LANGUAGE_SPELLINGS = {
    String: ['String', 'string', 'java.lang.String'],
    string: ['string', 'String'],
    int: ['int', 'Integer', 'java.lang.Integer', 'Int', 'long', 'Long'],
    Int: ['Int', 'int', 'Integer'],
    double: ['double', 'Double', 'java.lang.Double', 'float'],
    boolean: ['boolean', 'Boolean', 'java.lang.Boolean', 'bool'],
    bool: ['bool', 'boolean', 'Boolean'],
    char: ['char', 'Character'],
    float64: ['float64', 'float', 'float32'],
};
/** Java's primitive types and their boxes are interchangeable for a typed metavariable. */
const BOXES = {
    Integer: 'int',
    Boolean: 'boolean',
    Character: 'char',
    Long: 'long',
    Double: 'double',
    Float: 'float',
    Short: 'short',
    Byte: 'byte',
};
/** Declarations: how to find the declared names and their type node among the children. */
const jvm_go_types_DECLARATIONS = new Set([
    'local_variable_declaration', // Java
    'field_declaration', // Java, C# (through variable_declaration)
    'formal_parameter',
    'spread_parameter',
    'catch_formal_parameter',
    'enhanced_for_statement',
    'variable_declaration', // C#; Kotlin (name, type)
    'parameter', // C#, Kotlin
    'class_parameter', // Kotlin
    'var_spec', // Go
    'parameter_declaration',
    'short_var_declaration',
    'range_clause', // Go `for k, v := range xs`
    'property_declaration', // Kotlin
]);
/** Nodes whose extent is the scope of the names declared directly inside them. */
const jvm_go_types_SCOPES = new Set([
    'block',
    'class_body',
    'declaration_list',
    'method_declaration',
    'constructor_declaration',
    'function_declaration',
    'local_function_statement',
    'lambda_expression',
    'for_statement',
    'enhanced_for_statement',
    'catch_clause',
    'func_literal',
    'program',
    'source_file',
    'compilation_unit',
]);
const declarationsByTree = new WeakMap();
function jvm_go_types_named(node) {
    return node.children.filter((c) => c.named && !isComment(c));
}
const TYPE_NODE = /type|^identifier$|^qualified_name$|^generic_name$/;
function collectDeclarations(target) {
    const found = new Map();
    const add = (name, scope, type, value) => {
        const text = target.text(name);
        const list = found.get(text) ?? [];
        list.push({
            name: text,
            type: type ? target.text(type) : undefined,
            value,
            scopeStart: scope.start,
            scopeEnd: scope.end,
            at: name.start,
        });
        found.set(text, list);
    };
    const visit = (node, scope) => {
        if (jvm_go_types_DECLARATIONS.has(node.type))
            declare(node, scope, add, target);
        const inner = jvm_go_types_SCOPES.has(node.type) ? node : scope;
        for (const child of node.children)
            if (child.named)
                visit(child, inner);
    };
    visit(target.root, target.root);
    return found;
}
function declare(node, scope, add, target) {
    const children = jvm_go_types_named(node).filter((c) => c.type !== 'modifiers' && c.type !== 'modifier');
    switch (node.type) {
        case 'short_var_declaration': {
            const [left, right] = children;
            const names = left ? jvm_go_types_named(left) : [];
            const values = right ? jvm_go_types_named(right) : [];
            names.forEach((name, i) => add(name, scope, undefined, values.length === names.length ? values[i] : undefined));
            return;
        }
        case 'range_clause': {
            // Only `:=` declares; `for k = range xs` assigns names declared elsewhere.
            const [left] = children;
            if (left && node.children.some((c) => c.type === ':='))
                for (const name of jvm_go_types_named(left))
                    add(name, scope);
            return;
        }
        case 'var_spec':
        case 'parameter_declaration': {
            const names = children.filter((c) => c.type === 'identifier');
            const type = children.find((c) => c.type !== 'identifier' && c.type !== 'expression_list');
            const values = jvm_go_types_named(children.find((c) => c.type === 'expression_list') ?? node).filter(() => node.type === 'var_spec');
            names.forEach((name, i) => add(name, scope, type, values.length === names.length ? values[i] : undefined));
            return;
        }
        case 'variable_declaration':
        case 'property_declaration':
        case 'parameter':
        case 'class_parameter': {
            // Kotlin `val x: T = v` / `x: T`; C# `T x = v, y` (declarators after the type).
            const declarators = children.filter((c) => c.type === 'variable_declarator');
            if (declarators.length > 0) {
                const type = children[0];
                for (const declarator of declarators) {
                    const [name, ...rest] = jvm_go_types_named(declarator);
                    if (name)
                        add(name, scope, type, rest[rest.length - 1]);
                }
                return;
            }
            const holder = children[0]?.type === 'variable_declaration' ? children[0] : node;
            const parts = jvm_go_types_named(holder);
            // C# `MyClass x`: a named type is an identifier too, before the parameter's name.
            const namedType = parts[0]?.type === 'identifier' && parts[1]?.type === 'identifier';
            const name = namedType ? parts[1] : parts.find((c) => c.type === 'identifier');
            const type = parts.find((c) => c !== name && TYPE_NODE.test(c.type));
            const value = holder === node ? undefined : children[children.length - 1];
            if (name && (node.type !== 'parameter' || type))
                add(name, scope, type, value === holder ? undefined : value);
            else if (node.type === 'parameter' && children.length >= 2)
                add(children[children.length - 1], scope, children[0]);
            return;
        }
        default: {
            // Java: [type, declarator | identifier, ...]
            const type = children.find((c) => TYPE_NODE.test(c.type) && c.type !== 'identifier');
            for (const child of children) {
                if (child.type === 'variable_declarator') {
                    const [name, ...rest] = jvm_go_types_named(child);
                    const value = rest.find((c) => c.type !== 'dimensions');
                    if (name)
                        add(name, scope, type, value);
                }
                else if (child.type === 'identifier')
                    add(child, scope, type);
            }
            void target;
        }
    }
}
function jvm_go_types_declarationsOf(target) {
    let declarations = declarationsByTree.get(target);
    if (!declarations) {
        declarations = collectDeclarations(target);
        declarationsByTree.set(target, declarations);
    }
    return declarations;
}
/** The declaration of the name `node` uses: innermost scope containing it, latest before it. */
function declarationOf(node, within) {
    // Inside a metavariable's subtree, the name may be declared anywhere in the file.
    const target = within.wholeFile;
    let best;
    for (const candidate of jvm_go_types_declarationsOf(target).get(target.text(node)) ?? []) {
        if (candidate.scopeStart > node.start || candidate.scopeEnd < node.end || candidate.at === node.start)
            continue;
        if (!best || closer(candidate, best, node.start))
            best = candidate;
    }
    return best;
}
/**
 * Innermost scope first; within one scope the latest declaration before the use (a field may also be
 * declared after the method using it, so one after the use still counts when none comes before).
 */
function closer(candidate, best, use) {
    const size = (d) => d.scopeEnd - d.scopeStart;
    if (size(candidate) !== size(best))
        return size(candidate) < size(best);
    const before = (d) => d.at < use;
    if (before(candidate) !== before(best))
        return before(candidate);
    return before(candidate) ? candidate.at > best.at : candidate.at < best.at;
}
/**
 * Whether two occurrences of a name (each a use or the declaring name itself) refer to the same
 * declaration; undefined when the file does not show the declaration of either.
 */
function sameJvmGoDeclaration(a, b, target) {
    const [left, right] = [a, b].map((node) => declaredBy(node, target) ?? declarationOf(node, target));
    return left && right ? left === right : undefined;
}
/**
 * The type a declaration gives the name it declares (`String sql = …` gives `sql` a String), for an assignment
 * pattern `(String $X) = …` matched against the declaration.
 */
function declaredNameType(node, target, language) {
    const declaration = declaredBy(node, target.wholeFile);
    if (!declaration)
        return undefined;
    if (declaration.type && declaration.type !== 'var')
        return declaration.type;
    return declaration.value ? jvmGoTypeOf(declaration.value, target, language, 1) : undefined;
}
/** The declaration whose name `node` is, if it is one. */
function declaredBy(node, target) {
    return jvm_go_types_declarationsOf(target)
        .get(target.text(node))
        ?.find((d) => d.at === node.start);
}
/** Whether the name `node` uses is declared in the file (a variable or parameter, not an import). */
function isDeclaredInFile(node, target) {
    return declarationOf(node, target) !== undefined;
}
/** The static type of `node` when the file shows it. */
function jvmGoTypeOf(node, target, language, depth = 0) {
    if (depth > 8)
        return undefined;
    const literal = LITERALS[node.type];
    if (literal)
        return node.type === 'string_literal' && target.text(node).startsWith('$') ? 'string' : literal;
    const children = jvm_go_types_named(node);
    switch (node.type) {
        case 'true':
        case 'false':
            return 'boolean';
        case 'identifier': {
            const declaration = declarationOf(node, target);
            // Java: an undeclared capitalised name in `Name.method()` is a class, typed as itself.
            if (!declaration)
                return language === 'java' && /^[A-Z]\w*[a-z]\w*$/.test(target.text(node))
                    ? target.text(node)
                    : undefined;
            if (declaration.type && declaration.type !== 'var')
                return declaration.type;
            return declaration.value ? jvmGoTypeOf(declaration.value, target, language, depth + 1) : undefined;
        }
        case 'field_access':
        case 'member_access_expression': {
            const [object, field] = children;
            return object && field && /^this$/.test(target.text(object))
                ? jvmGoTypeOf(field, target, language, depth + 1)
                : undefined;
        }
        case 'object_creation_expression': {
            const type = children.find((c) => TYPE_NODE.test(c.type));
            return type ? target.text(type).replace(/<>$/, '') : undefined;
        }
        case 'composite_literal': // Go: T{...}
            return children[0] ? target.text(children[0]) : undefined;
        case 'cast_expression':
            return children[0] ? target.text(children[0]) : undefined;
        case 'parenthesized_expression':
            return children.length === 1 ? jvmGoTypeOf(children[0], target, language, depth + 1) : undefined;
        case 'ternary_expression':
        case 'conditional_expression': {
            const [, then, otherwise] = children;
            const a = then && jvmGoTypeOf(then, target, language, depth + 1);
            return a && otherwise && a === jvmGoTypeOf(otherwise, target, language, depth + 1) ? a : undefined;
        }
        case 'binary_expression':
            return binaryType(node, children, target, language, depth);
        case 'unary_expression':
        case 'prefix_unary_expression': {
            // Go `&T{...}` / `&x`: a pointer to the operand's type.
            if (language === 'go' && node.children.some((c) => c.type === '&')) {
                const pointee = children[0] && jvmGoTypeOf(children[0], target, language, depth + 1);
                return pointee ? `*${pointee}` : undefined;
            }
            return node.children.some((c) => c.type === '!') ? 'boolean' : undefined;
        }
        case 'call_expression': {
            // Go's allocators: `make(T, ...)` is a T, `new(T)` a *T.
            const [callee, args] = children;
            const type = args ? jvm_go_types_named(args)[0] : undefined;
            if (language !== 'go' || callee?.type !== 'identifier' || !type)
                return undefined;
            const name = target.text(callee);
            if (name === 'make')
                return target.text(type);
            return name === 'new' ? `*${target.text(type)}` : undefined;
        }
        case 'array_access': {
            const array = children[0] && jvmGoTypeOf(children[0], target, language, depth + 1);
            return array?.endsWith('[]') ? array.slice(0, -2) : undefined;
        }
    }
    return undefined;
}
function binaryType(node, children, target, language, depth) {
    const operator = node.children.find((c) => !c.named)?.type ?? '';
    if (/^(==|!=|<|>|<=|>=|&&|\|\||instanceof)$/.test(operator))
        return 'boolean';
    const [left, right] = children.map((c) => jvmGoTypeOf(c, target, language, depth + 1));
    if (operator === '+' && (isStringType(left) || isStringType(right)))
        return left && isStringType(left) ? left : right;
    // `^`, `|`, `&` are logical when one operand is boolean, bitwise otherwise.
    if (/^[&|^]$/.test(operator) && (isBoolean(left) || isBoolean(right)))
        return left ?? right;
    // Like Semgrep, only `+` and `-` carry their operands' type.
    if (/^[-+]$/.test(operator) && left && left === right)
        return left;
    return undefined;
}
function isBoolean(type) {
    return type === 'boolean' || type === 'bool' || type === 'Boolean';
}
function isStringType(type) {
    return type === 'String' || type === 'string';
}
/** Does a node of type `actual` satisfy a typed metavariable of type `wanted`? */
function sameJvmGoType(actual, wanted) {
    const a = normalise(actual);
    const w = normalise(wanted);
    if (a === w)
        return true;
    // `List<$T>`: a metavariable inside the type stands for any type there.
    if (w.includes('$')) {
        const shape = w
            .split(/\$[A-Z_][A-Z0-9_]*/)
            .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
            .join('.+');
        return new RegExp(`^${shape}$`).test(a);
    }
    // A qualified type (`java.lang.Integer`) asks for exactly that declared type.
    if (w.includes('.'))
        return false;
    if (LANGUAGE_SPELLINGS[a]?.includes(w))
        return true;
    const unbox = (t) => BOXES[lastSegment(t)] ?? lastSegment(t);
    if (unbox(a) === unbox(w))
        return true;
    // A pattern type without type arguments matches any instantiation: `List` ~ `List<String>`.
    return !w.includes('<') && a.replace(/<.*>$/, '') === w;
}
function normalise(type) {
    return type.replace(/\s+/g, '');
}
function lastSegment(type) {
    return type.slice(type.lastIndexOf('.') + 1);
}

;// CONCATENATED MODULE: ./src/engine/patterns/target-types.ts


const JVM_GO_LANGUAGES = new Set(['java', 'csharp', 'kotlin', 'go']);
/** Literal node types and the type names a typed metavariable may use for them. */
const LITERAL_TYPES = {
    string: ['string', 'str', 'String'],
    template_string: ['string', 'String'],
    concatenated_string: ['str', 'string'],
    number: ['number', 'int', 'float', 'double', 'long'],
    integer: ['int', 'number', 'integer'],
    float: ['float', 'number', 'double'],
    true: ['boolean', 'bool', 'Boolean'],
    false: ['boolean', 'bool', 'Boolean'],
    none: ['None'],
    null: ['null'],
};
/** JavaScript's numbers are floats; a constant's value does not tell `int` from `float`, so no `int`. */
const CONSTANT_TYPES = {
    string: LITERAL_TYPES.string,
    number: ['number', 'float'],
};
const DECLARED_TYPE_HOLDERS = new Set([
    'variable_declarator',
    'required_parameter',
    'optional_parameter',
    'public_field_definition',
    'typed_parameter',
    'typed_default_parameter',
    'assignment',
]);
const declaredTypes = new WeakMap();
/** `($X: T)`: does `node` have type `type`? Literals by their kind, names by their declared type, `new T()` by T. */
function typeMatches(node, type, target, language, 
/** `node` is the name a declaration declares, matched as the left side of an assignment pattern. */
declaring = false) {
    const wanted = target_types_normaliseType(type);
    // Java, C#, Kotlin and Go: declared and inferred static types (see jvm-go-types).
    if (JVM_GO_LANGUAGES.has(language ?? '')) {
        const inferred = declaring
            ? declaredNameType(node, target, language)
            : jvmGoTypeOf(node, target, language);
        if (inferred === undefined)
            return false;
        if (sameJvmGoType(inferred, wanted))
            return true;
        // Java: after `import a.b.C;` a declared `C` is an `a.b.C`.
        const imported = language === 'java' ? target.facts.aliases.get(inferred.replace(/<.*$/s, '')) : undefined;
        return imported !== undefined && sameJvmGoType(imported + inferred.replace(/^[^<]*/, ''), wanted);
    }
    const literal = LITERAL_TYPES[node.type];
    if (literal)
        return literal.includes(wanted);
    if (node.type === 'new_expression') {
        const [constructor] = node.children.filter((c) => c.named);
        return constructor !== undefined && target_types_normaliseType(target.text(constructor)) === wanted;
    }
    if (node.type === 'identifier') {
        const declared = declaredTypesOf(target).get(target.text(node));
        if (declared !== undefined)
            return declared === wanted;
        // An undeclared name bound once to a literal has that literal's type (`two = 2`).
        const constant = target.facts.constantOf(node);
        return constant !== undefined && (CONSTANT_TYPES[constant.kind] ?? []).includes(wanted);
    }
    return false;
}
/** `const c = new C()`: c has type C when nothing else is declared. */
function constructed(children) {
    const value = children[children.length - 1];
    if (children.length !== 2 || value.type !== 'new_expression')
        return undefined;
    return value.children.find((c) => c.named);
}
function target_types_normaliseType(type) {
    return type.replace(/\s+/g, '').replace(/^:/, '');
}
function declaredTypesOf(within) {
    // Inside a metavariable's subtree, the name may be declared anywhere in the file.
    const target = within.wholeFile;
    let types = declaredTypes.get(target);
    if (types)
        return types;
    types = new Map();
    for (const node of target.allNamed) {
        if (!DECLARED_TYPE_HOLDERS.has(node.type))
            continue;
        const children = node.children.filter((c) => c.named && !isComment(c));
        const name = children[0];
        const annotation = children.find((c) => c.type === 'type_annotation' || c.type === 'type') ?? constructed(children);
        if (!name || !annotation)
            continue;
        const names = name.type === 'identifier' ? [name] : name.children.filter((c) => c.type === 'identifier');
        for (const identifier of names)
            types.set(target.text(identifier), target_types_normaliseType(target.text(annotation)));
    }
    declaredTypes.set(target, types);
    return types;
}
const TYPE_METAVARIABLE = /\$[A-Z_][A-Z0-9_]*/g;
/**
 * `($T $X)`, `($P.Client $X)`, `(List<$T> $X)`: a type with metavariables in it. Those already bound
 * must agree with the type of `node`; the others take the part of the type they stand for. Returns
 * the texts to bind (possibly none), or undefined when the type does not fit or is not known.
 */
function typeTemplateMatch(node, template, target, language, boundText, 
/** `node` is the name a declaration declares (see typeMatches). */
declaring = false) {
    const inferred = declaring && JVM_GO_LANGUAGES.has(language ?? '')
        ? declaredNameType(node, target, language)
        : inferredType(node, target, language);
    if (inferred === undefined)
        return undefined;
    const filled = target_types_normaliseType(template).replace(TYPE_METAVARIABLE, (name) => boundText(name) ?? name);
    if (!filled.includes('$'))
        return sameJvmGoType(inferred, filled) ? new Map() : undefined;
    const names = [];
    const shape = filled
        .split(/(\$[A-Z_][A-Z0-9_]*)/)
        .map((part, i) => {
        if (i % 2 === 0)
            return part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
        names.push(part);
        return '(.+?)';
    })
        .join('');
    const found = new RegExp(`^${shape}$`).exec(target_types_normaliseType(inferred));
    if (!found)
        return undefined;
    const texts = new Map();
    for (const [i, name] of names.entries()) {
        const text = found[i + 1];
        if (texts.has(name) && texts.get(name) !== text)
            return undefined;
        texts.set(name, text);
    }
    return texts;
}
/** `node`'s static type as the file shows it (declared, or a literal's), for type templates. */
function inferredType(node, target, language) {
    if (JVM_GO_LANGUAGES.has(language ?? ''))
        return jvmGoTypeOf(node, target, language);
    if (node.type === 'identifier')
        return declaredTypesOf(target).get(target.text(node));
    return LITERAL_TYPES[node.type]?.[0];
}

;// CONCATENATED MODULE: ./src/engine/patterns/python-imports.ts

/**
 * Semgrep reads a Python import as the qualified names it brings in: `from a.b import c` and
 * `import a.b.c` both import `a.b.c`, and `from a import c, d` is two imports. A plain pattern
 * `import a.b` (or `from a import b`) matches any import of `a.b` or of something inside it;
 * relative imports (`from .a import b`) never match an absolute name.
 */
const IMPORT_TYPES = new Set(['import_statement', 'import_from_statement']);
const wantedCache = new WeakMap();
/** The qualified name a plain import pattern imports (no metavariables, `...` or `as`), as components. */
function plainImportPattern(pattern) {
    const cached = wantedCache.get(pattern);
    if (cached !== undefined)
        return cached;
    let wanted = null;
    if (pattern.kind === 'node' && IMPORT_TYPES.has(pattern.type)) {
        const names = pattern.children.map(python_imports_dottedPattern);
        if (names.every((n) => n !== null)) {
            if (pattern.type === 'import_statement' && names.length === 1)
                wanted = names[0];
            if (pattern.type === 'import_from_statement' && names.length === 2)
                wanted = [...names[0], ...names[1]];
        }
    }
    wantedCache.set(pattern, wanted);
    return wanted;
}
function python_imports_dottedPattern(pattern) {
    if (pattern.kind !== 'node' || pattern.type !== 'dotted_name')
        return null;
    const parts = pattern.children.map((c) => (c.kind === 'leaf' && c.type === 'identifier' ? c.text : null));
    return parts.every((p) => p !== null) ? parts : null;
}
/** Every qualified name `node` imports; `from a import *` imports `a` itself. */
function importedNames(node, text) {
    const children = node.children.filter((c) => c.named && !isComment(c));
    const dotted = (n) => {
        const name = n?.type === 'aliased_import' ? n.children.find((c) => c.named) : n;
        return name?.type === 'dotted_name'
            ? text(name)
                .split('.')
                .map((s) => s.trim())
            : null;
    };
    if (node.type === 'import_statement')
        return children.map(dotted).filter((n) => n !== null);
    if (node.type !== 'import_from_statement')
        return [];
    const [module, ...names] = children;
    const base = dotted(module);
    if (!base)
        return [];
    if (names.some((n) => n.type === 'wildcard_import'))
        return [base];
    return names
        .map(dotted)
        .filter((n) => n !== null)
        .map((n) => [...base, ...n]);
}
/** `import a.b` also matches imports of `a.b.c`: Semgrep compares module names as prefixes. */
function importsName(node, wanted, text) {
    return importedNames(node, text).some((name) => name.length >= wanted.length && wanted.every((part, i) => name[i] === part));
}

;// CONCATENATED MODULE: ./src/engine/patterns/python-shapes.ts

/**
 * Places where Semgrep's Python AST has a different shape from tree-sitter's: decorators belong to
 * the definition they decorate, `x[1, 2]` indexes with a tuple, `{...}` is any dict or set, and
 * `[...]` any list, comprehensions included.
 */
const python_shapes_DEFINITIONS = new Set(['function_definition', 'class_definition']);
const decoratedCache = new WeakMap();
/** The definition inside `@d def f()`: the match is the decorated definition, decorators included. */
function isDecoratedDefinition(root, node) {
    if (!python_shapes_DEFINITIONS.has(node.type))
        return false;
    let decorated = decoratedCache.get(root);
    if (!decorated) {
        decorated = new WeakSet();
        const stack = [root];
        while (stack.length > 0) {
            const current = stack.pop();
            if (current.type === 'decorated_definition') {
                const definition = python_shapes_named(current).at(-1);
                if (definition)
                    decorated.add(definition);
            }
            for (const child of current.children)
                if (child.children.length > 0)
                    stack.push(child);
        }
        decoratedCache.set(root, decorated);
    }
    return decorated.has(node);
}
/** What a pattern node of `patternType` may stand for in place of the target node type it names. */
const PYTHON_EQUIVALENTS = {
    function_definition: ['decorated_definition'],
    class_definition: ['decorated_definition'],
    set: ['dictionary'],
    list: ['list_comprehension'],
    tuple: ['subscript', 'expression_list'],
};
/** Only `{...}` and `[...]` stand for any dict or comprehension; `{$X}` is still a one-element set. */
function onlyDots(pattern) {
    return pattern.children.every((c) => c.kind === 'ellipsis');
}
/** `x[1, 2]` is `x[(1, 2)]`: the index elements when there are several, else undefined. */
function tupleElements(node) {
    if (node.type === 'expression_list')
        return python_shapes_named(node);
    if (node.type !== 'subscript')
        return undefined;
    const indices = python_shapes_named(node).slice(1);
    return indices.length > 1 ? indices : undefined;
}
function python_shapes_named(node) {
    return node.children.filter((c) => c.named && !isComment(c));
}

;// CONCATENATED MODULE: ./src/engine/patterns/operator-chains.ts

/**
 * Semgrep matches chains of associative operators modulo associativity (`A and (B and C)` is
 * `A and B and C`), and the bitwise ones also modulo commutativity (`A & B` matches `B & A & C`).
 * `+` is neither (strings, overflow), but `1 + 2 + ...` still lets `...` absorb trailing operands.
 */
const BINARY_TYPES = new Set(['boolean_operator', 'binary_operator', 'binary_expression']);
const ASSOCIATIVE = new Set(['and', 'or', '&&', '||', '&', '|', '^']);
const COMMUTATIVE = new Set(['&', '|', '^']);
/** Operators whose chains only flatten when the pattern has `...` among its operands. */
const DOTS_ONLY = new Set(['+']);
const chainCache = new WeakMap();
/** The flattened operands of a pattern operator chain, or null when the pattern is not one. */
function patternChain(pattern) {
    const cached = chainCache.get(pattern);
    if (cached !== undefined)
        return cached;
    let chain = null;
    const operator = patternOperator(pattern);
    if (operator && (ASSOCIATIVE.has(operator) || DOTS_ONLY.has(operator))) {
        const operands = flattenPattern(pattern, operator);
        const dots = operands.some((o) => o.kind === 'ellipsis');
        if (ASSOCIATIVE.has(operator) || dots)
            chain = { operator, mode: COMMUTATIVE.has(operator) ? 'commutative' : 'ordered', operands };
    }
    chainCache.set(pattern, chain);
    return chain;
}
function patternOperator(pattern) {
    if (pattern.kind !== 'node' || !BINARY_TYPES.has(pattern.type) || pattern.children.length !== 2)
        return undefined;
    return pattern.tokens.length === 1 ? pattern.tokens[0] : undefined;
}
function flattenPattern(pattern, operator) {
    if (pattern.kind === 'node' && patternOperator(pattern) === operator)
        return pattern.children.flatMap((child) => flattenPattern(child, operator));
    return [pattern];
}
/** The operator token of a binary node (`and`, `&`, `+`), if `node` is one. */
function targetOperator(node) {
    if (!BINARY_TYPES.has(node.type))
        return undefined;
    return node.children.find((c) => !c.named)?.type;
}
/** Operands of `node`'s chain of `operator`, through parentheses: `(A & B) & C` gives A, B, C. */
function flattenTarget(node, operator) {
    const inner = unparenthesize(node);
    if (targetOperator(inner) !== operator)
        return [node];
    return inner.children
        .filter((c) => c.named && !isComment(c))
        .flatMap((child) => flattenTarget(child, operator));
}
function unparenthesize(node) {
    let current = node;
    while (current.type === 'parenthesized_expression') {
        const inner = current.children.filter((c) => c.named && !isComment(c));
        if (inner.length !== 1)
            break;
        current = inner[0];
    }
    return current;
}
const innerLinks = new WeakMap();
/**
 * Python parses `a or b or c` as one BoolOp, so Semgrep never sees `a or b` in it as an expression
 * of its own; tree-sitter nests it. The nested links (not parenthesised ones) are not match sites.
 */
function isInnerBooleanLink(root, node) {
    if (node.type !== 'boolean_operator')
        return false;
    let links = innerLinks.get(root);
    if (!links) {
        links = new WeakSet();
        const stack = [root];
        while (stack.length > 0) {
            const current = stack.pop();
            const operator = current.type === 'boolean_operator' ? targetOperator(current) : undefined;
            for (const child of current.children) {
                if (operator && child.type === 'boolean_operator' && targetOperator(child) === operator)
                    links.add(child);
                if (child.children.length > 0)
                    stack.push(child);
            }
        }
        innerLinks.set(root, links);
    }
    return links.has(node);
}

;// CONCATENATED MODULE: ./src/engine/patterns/js-imports.ts


/** Target node types an import pattern may match (see TYPE_EQUIVALENTS). */
const IMPORT_LIKE = ['lexical_declaration', 'variable_declaration', 'export_statement'];
/** A JavaScript `import` pattern names its module with a string (Python's has a dotted name). */
function isJsImportPattern(pattern) {
    return pattern.type === 'import_statement' && pattern.children.some(isModulePattern);
}
function isModulePattern(p) {
    return (p.kind === 'string' ||
        p.kind === 'string-metavariable' ||
        p.kind === 'any-string' ||
        p.kind === 'regex-string');
}
/** What `node` imports, if it is an import of any of the supported forms. */
function jsImportOf(node, text) {
    const children = js_imports_named(node);
    if (node.type === 'import_statement' || node.type === 'export_statement') {
        const require = children.find((c) => c.type === 'import_require_clause');
        if (require) {
            const [name, module] = js_imports_named(require);
            return module?.type === 'string' ? { module, namespace: name, named: [] } : undefined;
        }
        const module = children.find((c) => c.type === 'string');
        if (!module)
            return undefined;
        const found = { module, named: [] };
        for (const part of children) {
            if (part.type === 'export_clause')
                found.named.push(...specifiers(part));
            if (part.type !== 'import_clause')
                continue;
            for (const clause of js_imports_named(part)) {
                if (clause.type === 'identifier')
                    found.default = clause;
                if (clause.type === 'namespace_import')
                    found.namespace = js_imports_named(clause)[0];
                if (clause.type === 'named_imports')
                    found.named.push(...specifiers(clause));
            }
        }
        return found;
    }
    if (node.type === 'lexical_declaration' || node.type === 'variable_declaration') {
        const declarators = children.filter((c) => c.type === 'variable_declarator');
        if (declarators.length !== 1)
            return undefined;
        const [target, value] = js_imports_named(declarators[0]);
        const module = requiredModule(value, text);
        if (!target || !module)
            return undefined;
        if (target.type === 'identifier')
            return { module, namespace: target, named: [] };
        if (target.type !== 'object_pattern')
            return undefined;
        const names = [];
        for (const field of js_imports_named(target)) {
            if (field.type === 'shorthand_property_identifier_pattern')
                names.push({ name: field });
            else if (field.type === 'pair_pattern') {
                const [key, alias] = js_imports_named(field);
                if (key && alias?.type === 'identifier')
                    names.push({ name: key, alias });
            }
        }
        return { module, named: names };
    }
    return undefined;
}
/** `require('m')`: the string naming m. */
function requiredModule(value, text) {
    if (value?.type !== 'call_expression')
        return undefined;
    const [callee, args] = js_imports_named(value);
    if (!callee || text(callee) !== 'require' || args?.type !== 'arguments')
        return undefined;
    const list = js_imports_named(args);
    return list.length === 1 && list[0].type === 'string' ? list[0] : undefined;
}
function specifiers(list) {
    return js_imports_named(list)
        .filter((s) => s.type === 'import_specifier' || s.type === 'export_specifier')
        .map((s) => {
        const [name, alias] = js_imports_named(s);
        return { name, alias };
    });
}
/** Matches an import pattern against `found`, threading metavariable bindings `B` through `matchNode`. */
function matchJsImport(pattern, found, text, matchNode, bindings, next) {
    const module = pattern.children.find(isModulePattern);
    const steps = [
        (b, then) => {
            if (module.kind !== 'string')
                return matchNode(module, found.module, b, then);
            const wanted = module.value.slice(module.value.indexOf('\0') + 1);
            const actual = stringValue(text(found.module));
            return (actual === wanted || actual.startsWith(`${wanted}/`)) && then(b);
        },
    ];
    const clause = pattern.children.find((c) => c.kind === 'node' && c.type === 'import_clause');
    // A clause of one part (`import $X from 'm'`, `import {$X} from 'm'`) compiles to that part alone.
    const parts = clause?.kind === 'node' ? clause.children : pattern.children.filter((c) => c !== module);
    for (const part of parts) {
        if (part.kind === 'node' && part.type === 'namespace_import') {
            const [name] = part.children;
            steps.push((b, then) => found.namespace !== undefined && matchNode(name, found.namespace, b, then));
        }
        else if (part.kind === 'node' && part.type === 'named_imports') {
            // `{$FN}`: a specifier of one name compiles to that name alone.
            const wanted = part.children.filter((c) => (c.kind === 'node' && c.type === 'import_specifier') ||
                c.kind === 'metavariable' ||
                c.kind === 'leaf');
            steps.push((b, then) => matchSpecifiers(wanted, found.named, matchNode, b, then));
        }
        else {
            steps.push((b, then) => found.default !== undefined && matchNode(part, found.default, b, then));
        }
    }
    const run = (at, b) => at === steps.length ? next(b) : steps[at](b, (b2) => run(at + 1, b2));
    return run(0, bindings);
}
/** Each wanted specifier takes a distinct imported name; the alias only counts when the pattern has one. */
function matchSpecifiers(wanted, imported, matchNode, bindings, next) {
    const used = new Array(imported.length).fill(false);
    const step = (at, b) => {
        if (at === wanted.length)
            return next(b);
        const specifier = wanted[at];
        const [name, alias] = specifier.kind === 'node' ? specifier.children : [specifier];
        for (let i = 0; i < imported.length; i += 1) {
            const candidate = imported[i];
            if (used[i] || (alias && !candidate.alias))
                continue;
            used[i] = true;
            const ok = matchNode(name, candidate.name, b, (b2) => alias && candidate.alias
                ? matchNode(alias, candidate.alias, b2, (b3) => step(at + 1, b3))
                : step(at + 1, b2));
            used[i] = false;
            if (ok)
                return true;
        }
        return false;
    };
    return step(0, bindings);
}
function js_imports_named(node) {
    return node.children.filter((c) => c.named && !isComment(c));
}

;// CONCATENATED MODULE: ./src/engine/patterns/js-shapes.ts

const js_shapes_PARAMETERS = new Set(['required_parameter', 'optional_parameter']);
/** Parts of a declaration besides its name and value: types, modifiers, decorators. */
const DECLARATION_EXTRAS = new Set([
    'type_annotation',
    'accessibility_modifier',
    'override_modifier',
    'readonly',
    'decorator',
]);
const ASSIGNMENT_LIKE = new Set(['variable_declarator', 'public_field_definition', 'field_definition']);
/**
 * JavaScript and TypeScript forms Semgrep treats as the same code, beyond same-type tree matching:
 * `{ ... }` is any arrow body, expressions included; `(a)` is `a` as an arrow's parameters;
 * `<a x="1" />` is `<a x="1">...</a>` (a pattern element without children matches any children);
 * `catch ($E)` matches a `catch` that binds nothing; `x = ...` needs a value (not `var x;`) and
 * matches class fields; a parameter without default matches one with; `e as T` is `<T>e`;
 * `a | b | c` is associative-commutative; an exported class carries the export's decorators.
 * Undefined: no such form here, match as usual.
 */
function matchJsShape(m, pattern, node, bindings, next) {
    if (pattern.type === node.type) {
        if (js_shapes_PARAMETERS.has(node.type) &&
            !pattern.tokens.includes('=') &&
            node.children.some((c) => c.type === '=')) {
            const withoutDefault = js_shapes_named(node).slice(0, -1);
            return m.matchList(pattern.children, withoutDefault, bindings, next);
        }
        if (pattern.type === 'binary_expression' && AC_OPERATORS.has(pattern.tokens[0])) {
            // `a | b | c` matches the same operands in any order and grouping (associative-commutative).
            const operator = pattern.tokens[0];
            if (node.children.find((c) => !c.named)?.type !== operator)
                return false;
            const wanted = patternOperands(pattern, operator);
            if (wanted.some((p) => p.kind === 'ellipsis' || p.kind === 'ellipsis-metavariable'))
                return undefined;
            // As written first, so `$A && $B` still takes `a && b` as `$A` in `a && b && c`.
            const asWritten = m.matchChildren(pattern, js_shapes_named(node), bindings, next);
            return asWritten || m.matchUnordered(wanted, targetOperands(node, operator), false, bindings, next);
        }
        if (pattern.type !== 'catch_clause' || pattern.children.length !== 2)
            return undefined;
        const [parameter, body] = pattern.children;
        const children = js_shapes_named(node);
        if (children.length !== 1 || parameter.kind !== 'metavariable')
            return undefined;
        return m.matchNode(body, children[0], bindings, next);
    }
    // TypeScript hangs `@Module() export class X {}`'s decorators on the export, not the class; the class
    // matches from its first decorator, as in Semgrep (see isExportDecoratedClass).
    if (pattern.type === 'class_declaration' && node.type === 'export_statement') {
        const children = js_shapes_named(node);
        const decorators = children.filter((c) => c.type === 'decorator');
        const declaration = children.find((c) => c.type === 'class_declaration');
        if (!declaration || decorators.length === 0)
            return false;
        const decorated = { ...declaration, children: [...decorators, ...declaration.children] };
        return m.matchNode(pattern, decorated, bindings, next);
    }
    if (pattern.type === 'statement_block' && pattern.children.every((c) => c.kind === 'ellipsis'))
        return next(bindings);
    if (pattern.type === 'formal_parameters' && node.type === 'identifier')
        return m.matchList(pattern.children, [node], bindings, next);
    if (pattern.type === 'assignment_expression' && ASSIGNMENT_LIKE.has(node.type)) {
        const parts = js_shapes_named(node).filter((c) => !DECLARATION_EXTRAS.has(c.type));
        if (parts.length !== 2)
            return false;
        // `(String $X) = …` against `String x = …`: the declared name has the declaration's type.
        const children = pattern.children.map((c, i) => i === 0 && c.kind === 'typed-metavariable' ? { ...c, declaring: true } : c);
        return m.matchList(children, parts, bindings, next);
    }
    if (pattern.type === 'as_expression' && node.type === 'type_assertion') {
        const [expression, type] = pattern.children;
        const [typeArguments, value] = js_shapes_named(node);
        const [written] = typeArguments ? js_shapes_named(typeArguments) : [];
        if (!value || !written || !type)
            return false;
        return m.matchNode(expression, value, bindings, (b) => m.matchNode(type, written, b, next));
    }
    // `f({a} = {})`: a parameter pattern without a default matches one with a default.
    if (node.type === 'assignment_pattern' && /_pattern$/.test(pattern.type)) {
        const [left] = js_shapes_named(node);
        return left !== undefined && m.matchNode(pattern, left, bindings, next);
    }
    // `{sandbox}` is `{sandbox: sandbox}`: a `key: value` pattern matches the shorthand property.
    if (pattern.type === 'pair' && node.type === 'shorthand_property_identifier') {
        const [key, value] = pattern.children;
        if (!key || !value || pattern.children.length !== 2)
            return false;
        const name = { ...node, type: 'property_identifier' };
        const variable = { ...node, type: 'identifier' };
        return m.matchNode(key, name, bindings, (b) => m.matchNode(value, variable, b, next));
    }
    if (pattern.type === 'jsx_self_closing_element' && node.type === 'jsx_element') {
        const [opening] = js_shapes_named(node);
        return m.matchNode({ ...pattern, type: 'jsx_opening_element', tokens: [] }, opening, bindings, next);
    }
    if (pattern.type === 'jsx_element' && node.type === 'jsx_self_closing_element') {
        const [opening, ...body] = pattern.children;
        if (opening.kind !== 'node' || body.some((c) => c.kind !== 'node' || c.type !== 'jsx_closing_element'))
            return false;
        return m.matchNode({ ...opening, type: node.type, tokens: [] }, node, bindings, next);
    }
    return undefined;
}
const AC_OPERATORS = new Set(['|', '&', '^', '&&', '||']);
function patternOperands(pattern, operator) {
    if (pattern.kind !== 'node' || pattern.type !== 'binary_expression' || pattern.tokens[0] !== operator)
        return [pattern];
    return pattern.children.flatMap((child) => patternOperands(child, operator));
}
function targetOperands(node, operator) {
    const inner = unparen(node);
    const own = inner.children.find((c) => !c.named)?.type;
    if (inner.type !== 'binary_expression' || own !== operator)
        return [node];
    return js_shapes_named(inner).flatMap((child) => targetOperands(child, operator));
}
function js_shapes_named(node) {
    return node.children.filter((child) => child.named && !isComment(child));
}
function unparen(node) {
    let current = node;
    while (current.type === 'parenthesized_expression') {
        const inner = js_shapes_named(current);
        if (inner.length !== 1)
            break;
        current = inner[0];
    }
    return current;
}
const exportDecoratedCache = new WeakMap();
/** The class in `@D() export class X {}`: it matches as the whole export, decorators included, never alone. */
function isExportDecoratedClass(root, node) {
    if (node.type !== 'class_declaration')
        return false;
    let classes = exportDecoratedCache.get(root);
    if (!classes) {
        classes = new WeakSet();
        const stack = [root];
        while (stack.length > 0) {
            const current = stack.pop();
            if (current.type === 'export_statement' && current.children.some((c) => c.type === 'decorator')) {
                const declaration = current.children.find((c) => c.type === 'class_declaration');
                if (declaration)
                    classes.add(declaration);
            }
            for (const child of current.children)
                if (child.children.length > 0)
                    stack.push(child);
        }
        exportDecoratedCache.set(root, classes);
    }
    return classes.has(node);
}

;// CONCATENATED MODULE: ./src/engine/patterns/bash-shapes.ts

/**
 * Bash forms Semgrep's Bash frontend reads differently from the tree-sitter tree, on the target side:
 * - `a | b | c` is `(a | b) | c`: a pipeline pattern matches the pipeline's first commands too, and
 *   `...` on the left stands for any commands before (`... | grep x` matches `cat f | grep x | wc`);
 * - redirections are ignored: `cat $F` matches `cat f > out`;
 * - `${$X}` only matches a variable's expansion (`$x`, `${x}`, `${x%.c}`), binding its name;
 * - a double-quoted string without substitution is a plain word, never matched by a string of parts
 *   such as `"..."` or `"$X"`.
 * Undefined: no such form here, match as usual.
 */
function matchBashShape(m, pattern, node, bindings, next) {
    if (pattern.type === 'pipeline' && node.type === 'pipeline')
        return matchPipelinePrefix(m, pattern.children, bash_shapes_named(node), bindings, next);
    if (node.type === 'redirected_statement' && pattern.type !== node.type) {
        const [body] = bash_shapes_named(node);
        return body !== undefined && !REDIRECTS.test(body.type) && m.matchNode(pattern, body, bindings, next);
    }
    if (pattern.type === BASH_EXPANSION) {
        let expansion = node;
        while (expansion.type === 'command_name' && expansion.children.length === 1)
            expansion = expansion.children[0];
        const [variable] = EXPANSIONS.has(expansion.type) ? bash_shapes_named(expansion) : [];
        return bash_shapes_VARIABLES.has(variable?.type) && m.matchNode(pattern.children[0], variable, bindings, next);
    }
    if (pattern.type === BASH_QUOTED)
        return (node.type === 'string' &&
            bashLiteral(node, m.text) === undefined &&
            m.matchStringParts(pattern.children, node, bindings, next));
    return undefined;
}
const REDIRECTS = /_redirect$/;
const EXPANSIONS = new Set(['simple_expansion', 'expansion']);
const bash_shapes_VARIABLES = new Set(['variable_name', 'special_variable_name']);
/** Statement patterns that stand for a command run anywhere in a statement (Semgrep's expression statements). */
const BASH_COMMAND_PATTERNS = new Set(['command', 'pipeline']);
/** Bash statements that are expressions to Semgrep; compound commands (`if`, `for`, `{ }`) are not. */
const BASH_EXPRESSION_STATEMENTS = new Set([
    'command',
    'pipeline',
    'list',
    'variable_assignment',
    'variable_assignments',
    'declaration_command',
    'redirected_statement',
    'negated_command',
    'background_command',
]);
/** Commands of the left-nested pipeline whose last command is `commands[end - 1]`, for each end. */
function matchPipelinePrefix(m, patterns, commands, bindings, next) {
    for (let end = Math.max(patterns.length, 2); end <= commands.length; end += 1)
        if (matchPipeline(m, patterns, commands.slice(0, end), bindings, next))
            return true;
    return false;
}
/** `patterns` (left-nested, like `commands`) against exactly `commands`. */
function matchPipeline(m, patterns, commands, bindings, next) {
    if (patterns.length === 1) {
        const [only] = patterns;
        if (commands.length === 1)
            return m.matchNode(only, commands[0], bindings, next);
        // The left operand of `|` is itself a pipeline: only `...` or a metavariable stands for several commands.
        if (only.kind === 'ellipsis')
            return next(bindings);
        if (only.kind === 'metavariable' || only.kind === 'ellipsis-metavariable')
            return m.bindSpan(only.name, commands, bindings, next);
        return false;
    }
    if (commands.length < patterns.length)
        return false;
    const last = patterns[patterns.length - 1];
    return m.matchNode(last, commands[commands.length - 1], bindings, (b) => matchPipeline(m, patterns.slice(0, -1), commands.slice(0, -1), b, next));
}
function bash_shapes_named(node) {
    return node.children.filter((child) => child.named && child.type !== 'comment');
}

;// CONCATENATED MODULE: ./src/engine/patterns/structural-matcher.ts























/** Node types whose children are statements: `...` there spans statements, nested blocks included. */
const STATEMENT_LISTS = new Set([
    'module',
    'program',
    'block',
    'statement_block',
    'class_body',
    ...grammar_node_types_STATEMENT_LIST_TYPES,
]);
/** Children matched as a set: extra target children are allowed only when the pattern has `...`. */
const UNORDERED = new Set([
    'object',
    'dictionary',
    'object_pattern',
    'named_imports',
    'set',
    ...UNORDERED_TYPES,
]);
/** Children matched as a subset after the first `fixed` ones (imports, JSX attributes). */
const SUBSET_AFTER = {
    import_statement: 0,
    import_clause: 0,
    import_from_statement: 1,
    jsx_opening_element: 1,
    jsx_self_closing_element: 1,
    implements_clause: 0,
    ...Object.fromEntries(MODIFIER_LISTS.map((type) => [type, 0])),
    ...SUBSET_TYPES,
};
/** Object literals: a pattern lists the fields it cares about; others may be present. */
const OPEN_RECORDS = new Set(['object', 'object_pattern']);
/** Parts a pattern may leave out: it then matches code with or without them. */
const OPTIONAL_CHILDREN = new Set([
    'type_annotation',
    'decorator',
    'else_clause',
    'elif_clause',
    'type_parameters',
    'accessibility_modifier',
    'override_modifier',
    'readonly',
    'class_heritage',
    'catch_clause',
    'finally_clause',
    ...OPTIONAL_DECLARATION_PARTS,
]);
const BODILESS_DECLARATIONS = new Set(['function_declaration', 'method_declaration']);
const structural_matcher_ASSIGNMENTS = new Set(['assignment_expression', 'assignment_statement', 'assignment']);
/** Statement blocks that stand for a single statement where a grammar allows either (`if (c) x; else {...}`). */
const BODY_BLOCKS = new Set(['statement_block', 'block', ...BLOCK_TYPES]);
const CHAIN_LINKS = new Set([
    ...grammar_node_types_CHAIN_LINK_TYPES,
    'call',
    'call_expression',
    'attribute',
    'member_expression',
    'subscript',
    'subscript_expression',
]);
const structural_matcher_MEMBER_TYPES = new Set([
    'attribute',
    'member_expression',
    'selector_expression',
    // Rust `a::b::f`
    'scoped_identifier',
    ...JAVA_QUALIFIED_TYPES,
]);
const IMPORT_STATEMENTS = new Set(['import_statement', 'import_from_statement']);
/** A name read whose constant, if any, comes from the file's assignments (TargetFacts.constantOf). */
function isBareName(node) {
    return node.type === 'identifier' || node.type === 'variable_name';
}
const IDENTIFIERS = new RegExp(`^(identifier|property_identifier|shorthand_property_identifier|shorthand_property_identifier_pattern|type_identifier|${IDENTIFIER_TYPES.join('|')})$`);
const structural_matcher_NUMBER_TYPES = new RegExp(`^(integer|float|number|${grammar_node_types_NUMBER_LITERAL_TYPES.join('|')})$`);
const DECLARATION_KEYWORDS = new Set(['var', 'let', 'const']);
// Their operator must match even when an operand is `...` (`$S % (...)` is not `$S + x`).
const OPERATOR_EXPRESSIONS = new Set(['binary_operator', 'boolean_operator', 'comparison_operator']);
const TYPED_PARAMETERS = new Set([
    'typed_parameter',
    'typed_default_parameter',
    'required_parameter',
    'optional_parameter',
]);
function structural_matcher_significantChildren(node) {
    return node.children.filter((child) => child.named && !isComment(child));
}
function tokensOf(node) {
    return node.children
        .filter((c) => !c.named && !PUNCTUATION.has(c.type) && !DECLARATION_KEYWORDS.has(c.type))
        .map((c) => TOKEN_SYNONYMS[c.type] ?? c.type);
}
function isSubsequence(needle, haystack) {
    let at = 0;
    for (const token of haystack)
        if (at < needle.length && needle[at] === token)
            at += 1;
    return at === needle.length;
}
/** Backtracking matcher in continuation-passing style, so a later failure retries earlier choices. */
class StructuralMatcher {
    target;
    options;
    dottedCache = new WeakMap();
    /** What js-shapes may call back into. */
    shapes = {
        matchNode: (p, n, b, next) => this.matchNode(p, n, b, next),
        matchList: (p, n, b, next) => this.matchList(p, 0, n, 0, b, next),
        matchUnordered: (p, n, extras, b, next) => this.matchUnordered(p, n, extras, b, next),
        matchChildren: (p, n, b, next) => this.matchChildren(p, n, b, next),
    };
    bashShapes = {
        matchNode: (p, n, b, next) => this.matchNode(p, n, b, next),
        bindSpan: (name, nodes, b, next) => this.bindSpan(name, nodes, b, next),
        matchStringParts: (p, n, b, next) => this.matchStringParts(p, n, b, next),
        text: (n) => this.text(n),
    };
    rustShapes = {
        ...this.shapes,
        bindValue: (name, binding, b, next) => this.bindValue(name, binding, b, next),
        text: (node) => this.text(node),
    };
    constructor(target, options = { constantPropagation: true }) {
        this.target = target;
        this.options = options;
    }
    text(node) {
        return this.target.text(node);
    }
    matchNode(pattern, node, bindings, next) {
        checkDeadline();
        switch (pattern.kind) {
            case 'ellipsis':
                return next(bindings);
            case 'metavariable':
                // Python `name=value` is not an expression: `f($X)` does not match `f(name=1)`, as in Semgrep.
                if (NOT_CODE.has(node.type) || node.type === 'keyword_argument')
                    return false;
                return (this.bind(pattern.name, parameterName(bindable(node)), bindings, next) ||
                    this.bindThroughSymbol(pattern.name, node, bindings, next));
            case 'ellipsis-metavariable':
                return this.bindSpan(pattern.name, [node], bindings, next);
            case 'typed-metavariable':
                if (C_RUST_TYPED_LANGUAGES.has(pattern.language ?? ''))
                    return this.matchStaticType(pattern, node, bindings, next);
                if (pattern.type.includes('$'))
                    return this.matchTypeTemplate(pattern, node, bindings, next);
                return (typeMatches(bindable(node), pattern.type, this.target, pattern.language, pattern.declaring) &&
                    this.bind(pattern.name, bindable(node), bindings, next));
            case 'deep':
                return this.matchDeep(pattern.inner, node, bindings, next, false);
            case 'chain': {
                let current = structural_matcher_unparen(node);
                while (current) {
                    if (this.matchNode(pattern.base, current, bindings, next))
                        return true;
                    current = CHAIN_LINKS.has(current.type) ? structural_matcher_significantChildren(current)[0] : undefined;
                }
                return false;
            }
            case 'any-string': {
                const target = structural_matcher_unparen(node);
                if (pattern.template)
                    return ((target.type === 'template_string' ||
                        (STRING_TYPES.has(target.type) && /^[a-eg-z]*f/i.test(this.text(target)))) &&
                        next(bindings));
                return this.constantString(target) !== undefined && next(bindings);
            }
            case 'regex-string': {
                const target = structural_matcher_unparen(node);
                // An f-string's text (substitutions as written) is what a string regex sees in Semgrep too.
                const value = this.constantString(target)?.value ??
                    (STRING_TYPES.has(target.type) ? stringValue(this.text(target)) : undefined);
                if (value === undefined)
                    return false;
                pattern.regex.lastIndex = 0;
                return pattern.regex.test(value) && next(bindings);
            }
            case 'string-metavariable': {
                const target = structural_matcher_unparen(node);
                const value = this.constantString(target)?.value;
                if (value === undefined)
                    return false;
                // Through a name, Semgrep binds the literal the name was assigned (a focus reports it there).
                const symbol = STRING_TYPES.has(target.type) ? undefined : this.target.facts.symbolOf(target);
                const at = symbol && STRING_TYPES.has(symbol.type) ? symbol : target;
                return this.bindValue(pattern.name, { start: at.start, end: at.end, text: value }, bindings, next);
            }
            case 'string': {
                const value = this.constantString(structural_matcher_unparen(node))?.value;
                return (value !== undefined &&
                    value === pattern.value.slice(pattern.value.indexOf('\0') + 1) &&
                    next(bindings));
            }
            case 'fragment-metavariable':
                return false;
            case 'symbol-metavariable': {
                // `:$X` binds the symbol's name, so `$X` then also matches the method `o.name`.
                if (node.type !== 'simple_symbol' && node.type !== 'tag')
                    return false;
                const name = this.text(node).slice(1);
                return this.bindValue(pattern.name, { start: node.start + 1, end: node.end, text: name }, bindings, next);
            }
            case 'leaf':
                return (this.matchLeaf(pattern, parameterName(structural_matcher_unparen(node)), bindings, next) ||
                    this.matchThroughSymbol(pattern, node, bindings, next));
            case 'node':
                return (this.matchTree(pattern, node, bindings, next) ||
                    this.matchThroughSymbol(pattern, node, bindings, next));
        }
    }
    /** With `symbolic_propagation`, a name also matches as the expression it was bound to (`k = f(); g(k)` is `g(f())`). */
    matchThroughSymbol(pattern, node, bindings, next) {
        if (!this.options.symbolicPropagation)
            return false;
        const value = this.target.facts.symbolOf(structural_matcher_unparen(node));
        return value !== undefined && this.matchNode(pattern, value, bindings, next);
    }
    /**
     * With `symbolic_propagation`, `$X` on a name also binds the expression the name was bound to: after
     * `x = d`, `$D[...] = ...` on `x[1] = 2` may be joined with a `pattern-inside` that binds `$D` to `d`.
     * The name's own binding comes first, so a message still shows what the line spells.
     */
    bindThroughSymbol(name, node, bindings, next) {
        if (!this.options.symbolicPropagation)
            return false;
        const value = this.target.facts.symbolOf(structural_matcher_unparen(node));
        if (value === undefined)
            return false;
        // The binding keeps the name's place (a focus on it reports the name) and compares as the value.
        const binding = { start: node.start, end: codeEnd(node), text: this.text(value), node: value };
        return this.bindValue(name, binding, bindings, next);
    }
    /** C and Rust `(char *$X)`, `($T *$X)`, `($X : T)`: the declared or literal type decides; `$T` binds the type. */
    matchStaticType(pattern, node, bindings, next) {
        const target = declaredName(bindable(node));
        const actual = staticTypeOf(target, this.target, pattern.language ?? '');
        const found = actual && matchStaticType(pattern.type, actual);
        if (!found?.matches)
            return false;
        const bindName = (b) => this.bind(pattern.name, target, b, next);
        if (!found.metavariable || !found.bound)
            return bindName(bindings);
        const { base, text } = found.bound;
        const type = base
            ? { start: base.start, end: base.end, text, node: base }
            : { start: target.start, end: target.end, text };
        return this.bindValue(found.metavariable, type, bindings, bindName);
    }
    constantOf(node) {
        if (!this.options.constantPropagation && !STRING_TYPES.has(node.type) && !structural_matcher_NUMBER_TYPES.test(node.type))
            return undefined;
        return this.target.facts.constantOf(node);
    }
    constantString(node) {
        const constant = this.constantOf(node);
        return constant?.kind === 'string' ? constant : undefined;
    }
    matchLeaf(pattern, node, bindings, next) {
        if (node.type === pattern.type && this.text(node) === pattern.text)
            return next(bindings);
        // Bash `foo`, `'foo'` and `"foo"` are the same word.
        if (pattern.type === BASH_WORD)
            return bashLiteral(node, (n) => this.text(n)) === pattern.text && next(bindings);
        const rubyParameter = pattern.type === 'identifier' ? rubyParameterName(node) : undefined;
        if (rubyParameter)
            return this.matchLeaf(pattern, rubyParameter, bindings, next);
        // `def f(x)` matches `def f(x: str)`: the annotation is a detail the pattern leaves out.
        if (pattern.type === 'identifier' &&
            (node.type === 'typed_parameter' || node.type === 'required_parameter')) {
            const [name, ...rest] = structural_matcher_significantChildren(node);
            return (name !== undefined &&
                rest.every((c) => /^type/.test(c.type)) &&
                this.matchLeaf(pattern, name, bindings, next));
        }
        // Ruby `mode: x` and `:mode => x` name the same key.
        if (pattern.type === 'hash_key_symbol' && node.type === 'simple_symbol')
            return this.text(node) === `:${pattern.text}` && next(bindings);
        if (pattern.type === 'simple_symbol' && node.type === 'hash_key_symbol')
            return pattern.text === `:${this.text(node)}` && next(bindings);
        if (CASE_INSENSITIVE_LEAVES.has(pattern.type) && node.type === pattern.type)
            return this.text(node).toLowerCase() === pattern.text.toLowerCase() && next(bindings);
        if (pattern.type === 'string_fragment')
            return (/string_content|string_fragment/.test(node.type) && this.text(node) === pattern.text && next(bindings));
        if (IDENTIFIERS.test(pattern.type) && IDENTIFIERS.test(node.type) && this.text(node) === pattern.text)
            return next(bindings);
        const bareCall = pattern.type === 'identifier' ? this.bareCallName(node) : undefined;
        if (bareCall)
            return this.text(bareCall) === pattern.text && next(bindings);
        // PHP: a name known to hold `false` matches `false`.
        if (pattern.type === 'boolean') {
            const constant = this.constantOf(node);
            const wanted = pattern.text.toLowerCase() === 'true';
            return constant?.kind === 'boolean' && constant.value === wanted && next(bindings);
        }
        if (pattern.type === 'true' || pattern.type === 'false') {
            const constant = this.constantOf(node);
            return constant?.kind === 'boolean' && constant.value === (pattern.type === 'true') && next(bindings);
        }
        // `{key: 1}` in a pattern matches `{"key": 1}`.
        if (pattern.type === 'property_identifier' && node.type === 'string')
            return stringValue(this.text(node)) === pattern.text && next(bindings);
        if (structural_matcher_NUMBER_TYPES.test(pattern.type)) {
            const constant = this.constantOf(node);
            return constant?.kind === 'number' && constant.value === numberValue(pattern.text) && next(bindings);
        }
        if (pattern.type === 'identifier' && node.type === 'identifier') {
            const resolved = this.target.facts.aliasAt(this.text(node), node.start);
            return resolved === pattern.text && next(bindings);
        }
        return false;
    }
    /** `inner` at `node` or anywhere below it; `shallow` stops at nested statement lists. */
    matchDeep(inner, node, bindings, next, shallow) {
        const stack = [node];
        while (stack.length > 0) {
            const current = stack.pop();
            if (this.matchNode(inner, current, bindings, next))
                return true;
            for (let i = current.children.length - 1; i >= 0; i -= 1) {
                const child = current.children[i];
                if (!child.named || isComment(child) || (shallow && STATEMENT_LISTS.has(child.type)))
                    continue;
                stack.push(child);
            }
        }
        return false;
    }
    matchTree(pattern, original, bindings, next) {
        // A decorated definition matches as a whole (from its first decorator), never from its `def`.
        if (python_shapes_DEFINITIONS.has(pattern.type) && isDecoratedDefinition(this.target.root, original))
            return false;
        if (pattern.type === 'class_declaration' && isExportDecoratedClass(this.target.root, original))
            return false;
        return this.matchShape(pattern, original, bindings, next);
    }
    /** `pattern` at `node`, whatever node type it is. */
    matchDefinition(pattern, node, bindings, next) {
        return pattern.kind === 'node'
            ? this.matchShape(pattern, node, bindings, next)
            : this.matchNode(pattern, node, bindings, next);
    }
    matchShape(pattern, original, bindings, next) {
        // `(x)` and Bash `${$X}` compare with the wrapper itself.
        const node = pattern.type === 'parenthesized_expression' || pattern.type === BASH_EXPANSION
            ? original
            : structural_matcher_unparen(original);
        if (isJsImportPattern(pattern)) {
            const found = jsImportOf(node, (n) => this.text(n));
            const matchNode = (p, n, b, then) => this.matchNode(p, n, b, then);
            return (found !== undefined && matchJsImport(pattern, found, (n) => this.text(n), matchNode, bindings, next));
        }
        // `{ return x; }` and `return x;` are the same body, and `{ ... }` is any body.
        if (BODY_BLOCKS.has(pattern.type) && node.type !== pattern.type && !sameKind(pattern.type, node.type)) {
            const only = pattern.children.filter((c) => c.kind !== 'ellipsis');
            if (only.length === 0 && pattern.children.length > 0)
                return next(bindings);
            if (only.length === 1 && pattern.children.length === 1)
                return this.matchNode(only[0], node, bindings, next);
        }
        if (BODY_BLOCKS.has(node.type) && pattern.type !== node.type && !sameKind(pattern.type, node.type)) {
            const inner = structural_matcher_significantChildren(node);
            if (inner.length === 1)
                return this.matchNode(pattern, inner[0], bindings, next);
        }
        if (IMPORT_STATEMENTS.has(pattern.type) && IMPORT_STATEMENTS.has(node.type)) {
            const wanted = plainImportPattern(pattern);
            if (wanted)
                return importsName(node, wanted, (n) => this.text(n)) && next(bindings);
            if (node.type !== pattern.type)
                return false;
        }
        if (node.type !== pattern.type && PYTHON_EQUIVALENTS[pattern.type]?.includes(node.type))
            return this.matchPythonShape(pattern, node, bindings, next);
        const shaped = matchJsShape(this.shapes, pattern, node, bindings, next) ??
            matchRustShape(this.rustShapes, pattern, node, bindings, next);
        if (shaped !== undefined)
            return shaped;
        const bash = matchBashShape(this.bashShapes, pattern, node, bindings, next);
        if (bash !== undefined)
            return bash;
        const using = csharpUsingMatches(pattern, node, (n) => this.text(n));
        if (using !== undefined)
            return using && next(bindings);
        if (pattern.type === 'regex' && node.type === 'identifier')
            return this.matchRegexConstant(pattern, node, bindings, next);
        if (pattern.type === 'method_declaration' && node.type === 'annotation_type_element_declaration')
            return this.matchAnnotationElement(pattern, node, bindings, next);
        if (pattern.type === 'call' && node.type === 'identifier')
            return this.matchHiddenCall(pattern, node, bindings, next);
        if (pattern.type === 'function_call_expression' && node.type !== pattern.type) {
            const include = phpIncludeCall(node);
            if (include)
                return this.matchIncludeCall(pattern, include, bindings, next);
        }
        if (pattern.type === 'call' && node.type === 'decorator')
            return this.matchBareDecorator(pattern, node, bindings, next);
        if (pattern.type === 'return_expression' && node.type !== pattern.type && this.isImplicitReturn(node)) {
            const [value, ...rest] = pattern.children;
            return value !== undefined && rest.length === 0 && this.matchNode(value, node, bindings, next);
        }
        if ((pattern.type === 'method_invocation' && node.type === 'method_invocation') ||
            (pattern.type === 'call' && node.type === 'call' && this.target.root.type === 'program')) {
            const qualified = this.matchQualifiedCallee(pattern, node, bindings, next);
            if (qualified !== undefined)
                return qualified;
            if (pattern.type === 'call' && this.matchRubyCallee(pattern, node, bindings, next))
                return true;
        }
        if (node.type !== pattern.type && !sameKind(pattern.type, node.type)) {
            if (node.type === 'aliased_import' || TYPED_PARAMETERS.has(node.type)) {
                const [name] = structural_matcher_significantChildren(node);
                return name !== undefined && this.matchNode(pattern, name, bindings, next);
            }
            if (pattern.type === 'qualified_name' && node.type === 'name') {
                const wanted = patternQualifiedName(pattern)?.toLowerCase();
                return (wanted !== undefined &&
                    this.target.facts.phpUses.resolve(node)?.toLowerCase() === wanted &&
                    next(bindings));
            }
            return this.matchAlias(pattern, node, bindings, next);
        }
        const chain = patternChain(pattern);
        if (chain)
            return this.matchOperatorChain(chain, node, bindings, next);
        if ((!pattern.hasEllipsis || OPERATOR_EXPRESSIONS.has(pattern.type) || pattern.tokens.includes('async')) &&
            node.type === pattern.type &&
            !isSubsequence(pattern.tokens
                .filter((t) => !DECLARATION_KEYWORDS.has(t) && !isOptionalKeyword(pattern.type, t))
                .map((t) => TOKEN_SYNONYMS[t] ?? t), tokensOf(node)))
            return false;
        if (STRING_TYPES.has(pattern.type) || SHELL_COMMANDS.has(pattern.type))
            return this.matchStringParts(pattern.children, node, bindings, next);
        let children = structural_matcher_significantChildren(node);
        // `$X = v` against `var x T = v` / `let x: T = v`: the name and the value, whatever lies between.
        if (node.type !== pattern.type && structural_matcher_ASSIGNMENTS.has(pattern.type) && pattern.children.length === 2) {
            children = (children.length > 2 ? [children[0], children[children.length - 1]] : children).map(declaredVariable);
            // `(String $X) = …` against `String x = …`: the declared name has the declaration's type.
            // A declaration without a value (Go `var a T`) assigns nothing.
            const [assignee, value] = pattern.children;
            const assigned = children.length === 2 && !/type/.test(children[1].type);
            if (assignee.kind === 'typed-metavariable' && assigned)
                pattern = { ...pattern, children: [{ ...assignee, declaring: true }, value] };
        }
        // `if ($C) { ... }` also matches an `if` with an `else` when the grammar has no else-clause node.
        if (!pattern.tokens.includes('else'))
            children = childrenBeforeElse(node, children);
        const present = new Set(pattern.children.map((c) => (c.kind === 'node' || c.kind === 'leaf' ? c.type : '')));
        // Python `x: int = 1` is `x = 1`, and `def f() -> T:` is `def f():`, with a type a pattern may leave out.
        const optional = (c) => OPTIONAL_CHILDREN.has(c.type) ||
            (c.type === 'type' &&
                (node.type === 'assignment' ||
                    (node.type === 'function_definition' && this.target.wholeFile.root.type === 'module')));
        if (children.some((c) => optional(c) && !present.has(c.type)))
            children = children.filter((c) => !optional(c) || present.has(c.type));
        // PHP `$X = []` as a parameter also matches `array $x = []`: the type is a detail left out.
        if (node.type === 'simple_parameter')
            children = children.filter((c) => !/type$/.test(c.type) || present.has(c.type));
        // C# extension methods: `this T x` is the receiver, not one of the parameters a pattern lists.
        if (node.type === 'parameter_list' && !pattern.children.some(isReceiverPattern))
            children = children.filter((c) => !this.isReceiverParameter(c));
        // Ruby `f(x)` also matches `f(x) do |n| ... end`: the block is a part the pattern leaves out.
        if (node.type === 'call' && !present.has('block') && !present.has('do_block'))
            children = children.filter((c) => c.type !== 'block' && c.type !== 'do_block');
        // Go: `func f()` without a body matches the function whatever its body.
        if (BODILESS_DECLARATIONS.has(pattern.type) && !present.has('block'))
            children = children.filter((c) => c.type !== 'block');
        // Java: a constructor-shaped pattern (no return type) matches a method whatever its return type.
        if (pattern.type === 'constructor_declaration' && node.type === 'method_declaration')
            children = withoutReturnType(children);
        // Go: `func f(...) { ... }` without a result type matches functions returning anything.
        if (BODILESS_DECLARATIONS.has(pattern.type))
            children = withoutUnwantedResult(pattern, children);
        // `int $X = 1;` matches `int b = 2, a = 1;`: one declarator of several.
        const declarators = children.filter((c) => c.type === 'variable_declarator');
        if (declarators.length > 1 && pattern.children.filter(isDeclarator).length === 1) {
            const others = children.filter((c) => c.type !== 'variable_declarator');
            return declarators.some((one) => this.matchChildren(pattern, [...others, one].sort((a, b) => a.start - b.start), bindings, next));
        }
        if (pattern.children.some(isModifierSibling)) {
            // C# `public static void f()`: modifiers are siblings of the declaration's other parts, in any order.
            const rest = { ...pattern, children: pattern.children.filter((c) => !isModifierSibling(c)) };
            return this.matchUnordered(pattern.children.filter(isModifierSibling), children.filter((c) => MODIFIER_SIBLINGS.has(c.type)), true, bindings, (b) => this.matchChildren(rest, children.filter((c) => !MODIFIER_SIBLINGS.has(c.type)), b, next));
        }
        // Kotlin `class $C(...)` also matches a class declared without a primary constructor.
        if (node.type === 'class_declaration' && !children.some((c) => c.type === 'primary_constructor')) {
            const open = pattern.children.filter(isOpenPrimaryConstructor);
            if (open.length > 0)
                pattern = { ...pattern, children: pattern.children.filter((c) => !open.includes(c)) };
        }
        if (this.matchChildren(pattern, children, bindings, next))
            return true;
        return this.matchAlias(pattern, node, bindings, next);
    }
    /** The Python shapes of python-shapes: decorated definitions, `{...}`, `[...]`, index tuples. */
    matchPythonShape(pattern, node, bindings, next) {
        if (node.type === 'decorated_definition') {
            const definition = structural_matcher_significantChildren(node).at(-1);
            return definition !== undefined && this.matchShape(pattern, definition, bindings, next);
        }
        if (node.type === 'dictionary' || node.type === 'list_comprehension')
            return onlyDots(pattern) && next(bindings);
        const elements = tupleElements(node);
        return elements !== undefined && this.matchList(pattern.children, 0, elements, 0, bindings, next);
    }
    /** `try` clauses: the body first, then `except` clauses in any order; others may be left out. */
    matchTry(patterns, nodes, bindings, next) {
        const [body, ...clauses] = patterns;
        const [targetBody, ...targetClauses] = nodes;
        if (!body || !targetBody)
            return false;
        const isExcept = (p) => p.kind === 'node' && /^except/.test(p.type);
        const excepts = targetClauses.filter((c) => /^except/.test(c.type));
        const others = targetClauses.filter((c) => !/^except/.test(c.type));
        return this.matchNode(body, targetBody, bindings, (b) => this.matchUnordered(clauses.filter(isExcept), excepts, true, b, (b2) => this.matchUnordered(clauses.filter((c) => !isExcept(c)), others, true, b2, next)));
    }
    /**
     * Java: an annotation's element (`int count() default 0;`) is an abstract method to Semgrep, so
     * `$T $M();` matches it, whatever its default value.
     */
    matchAnnotationElement(pattern, node, bindings, next) {
        const parameters = pattern.children.find((c) => c.kind === 'node' && c.type === 'formal_parameters');
        if (parameters?.kind !== 'node' || !parameters.children.every(structural_matcher_isDots))
            return false;
        if (pattern.children.some((c) => c.kind === 'node' && /block|body/.test(c.type)))
            return false;
        const rest = pattern.children.filter((c) => c !== parameters);
        const wantsModifiers = rest.some((c) => c.kind === 'node' && c.type === 'modifiers');
        const defaultAt = node.children.findIndex((c) => c.type === 'default');
        const children = structural_matcher_significantChildren({
            ...node,
            children: defaultAt < 0 ? node.children : node.children.slice(0, defaultAt),
        }).filter((c) => wantsModifiers || c.type !== 'modifiers');
        return this.matchList(rest, 0, children, 0, bindings, next);
    }
    /** `except (..., ValueError, ...):` also matches `except ValueError:`, a one-element tuple. */
    matchExcept(patterns, nodes, bindings, next) {
        const [first, ...rest] = patterns;
        const [target, ...targetRest] = nodes;
        if (first?.kind !== 'node' || first.type !== 'tuple' || !target || structural_matcher_unparen(target).type === 'tuple')
            return this.matchList(patterns, 0, nodes, 0, bindings, next);
        return this.matchList(first.children, 0, [structural_matcher_unparen(target)], 0, bindings, (b) => this.matchList(rest, 0, targetRest, 0, b, next));
    }
    /** `A and ... and B`, `A & $X`: operands of a flattened chain, in order or as a multiset. */
    matchOperatorChain(chain, node, bindings, next) {
        if (targetOperator(node) !== chain.operator || isInnerBooleanLink(this.target.root, node))
            return false;
        const operands = flattenTarget(node, chain.operator);
        if (chain.mode === 'commutative')
            return this.matchUnordered(chain.operands, operands, true, bindings, next);
        const runs = chain.operator !== '+';
        const step = (at, from, b) => {
            if (at === chain.operands.length)
                return from === operands.length && next(b);
            const pattern = chain.operands[at];
            if (pattern.kind === 'ellipsis') {
                for (let skip = from; skip <= operands.length; skip += 1)
                    if (step(at + 1, skip, b))
                        return true;
                return false;
            }
            if (from === operands.length)
                return false;
            if (this.matchNode(pattern, operands[from], b, (b2) => step(at + 1, from + 1, b2)))
                return true;
            if (!runs || pattern.kind !== 'metavariable')
                return false;
            // Modulo associativity a metavariable stands for a sub-chain: `A and $X and Z` binds `B and C`.
            for (let end = from + 2; end <= operands.length; end += 1) {
                const start = operands[from].start;
                const stop = operands[end - 1].end;
                const binding = { start, end: stop, text: this.target.source.slice(start, stop) };
                if (this.bindValue(pattern.name, binding, b, (b2) => step(at + 1, end, b2)))
                    return true;
            }
            return false;
        };
        return step(0, 0, bindings);
    }
    /** `/a/` also matches a name bound once to `/a/` (constant propagation of regex literals). */
    matchRegexConstant(pattern, node, bindings, next) {
        const constant = this.constantOf(node);
        if (constant?.kind !== 'regex')
            return false;
        const [bodyPattern, flagsPattern] = pattern.children;
        if (bodyPattern?.kind === 'metavariable') {
            // `/$R/` binds the body of the regex the name holds, where that regex is written.
            const [, body, flags] = /^\/(.*)\/([a-z]*)$/s.exec(constant.value) ?? [];
            if (body === undefined)
                return false;
            const wanted = flagsPattern === undefined ? '' : flagsPattern.kind === 'leaf' ? flagsPattern.text : undefined;
            if (wanted !== flags)
                return false;
            const literal = this.target.facts.symbolOf(node);
            const written = literal?.type === 'regex' ? literal.children.find((c) => c.type === 'regex_pattern') : undefined;
            const at = written ?? node;
            return this.bindValue(bodyPattern.name, { start: at.start, end: at.end, text: body }, bindings, next);
        }
        const [body, flags] = pattern.children.map((c) => (c.kind === 'leaf' ? c.text : undefined));
        return body !== undefined && constant.value === `/${body}/${flags ?? ''}` && next(bindings);
    }
    /** f-strings and template literals: fragments compare by text, `...` spans any pieces. */
    matchStringParts(patterns, node, bindings, next) {
        const parts = stringParts(node).map((part) => isInterpolation(part.type) ? (structural_matcher_significantChildren(part)[0] ?? part) : part);
        const step = (at, from, b) => {
            if (at === patterns.length)
                return from === parts.length && next(b);
            const pattern = patterns[at];
            if (pattern.kind === 'ellipsis') {
                for (let skip = from; skip <= parts.length; skip += 1)
                    if (step(at + 1, skip, b))
                        return true;
                return false;
            }
            if (pattern.kind === 'fragment-metavariable') {
                const part = parts[from];
                if (pattern.span) {
                    // `$...X`: any run of text and substitutions, bound as the source between them.
                    for (let end = from; end <= parts.length; end += 1) {
                        const start = end > from ? parts[from].start : node.start;
                        const stop = end > from ? parts[end - 1].end : node.start;
                        const span = { start, end: stop, text: this.target.source.slice(start, stop) };
                        if (this.bindValue(pattern.name, span, b, (b2) => step(at + 1, end, b2)))
                            return true;
                    }
                    return false;
                }
                if (!part || !/string_content|string_fragment/.test(part.type))
                    return false;
                const fragment = { start: part.start, end: part.end, text: this.text(part) };
                return this.bindValue(pattern.name, fragment, b, (b2) => step(at + 1, from + 1, b2));
            }
            if (from === parts.length)
                return false;
            // An escape (`\$`, `\n`) is literal text, not a substitution.
            const isFragment = /string_content|string_fragment|escape_sequence/.test(parts[from].type);
            const wantsFragment = pattern.kind === 'leaf' && pattern.type === 'string_fragment';
            // A `{$V}` in the pattern only matches a substitution, never literal text.
            if (isFragment !== wantsFragment)
                return false;
            return this.matchNode(pattern, parts[from], b, (b2) => step(at + 1, from + 1, b2));
        };
        return step(0, 0, bindings);
    }
    matchChildren(pattern, children, bindings, next) {
        if (pattern.type === 'decorator')
            return this.matchDecorator(pattern, children, bindings, next);
        if (pattern.type === 'try_statement')
            return this.matchTry(pattern.children, children, bindings, next);
        if (pattern.type === 'except_clause')
            return this.matchExcept(pattern.children, children, bindings, next);
        if (pattern.type === 'class_definition') {
            const superclasses = pattern.children.find((c) => c.kind === 'node' && c.type === 'argument_list');
            const targetHas = children.some((c) => c.type === 'argument_list');
            // `class A:` (no bases) and `class A(...):` both match a class with any bases, or none.
            if (!superclasses && targetHas)
                children = children.filter((c) => c.type !== 'argument_list');
            if (superclasses?.kind === 'node' && !targetHas && superclasses.children.every(structural_matcher_isDots))
                pattern = { ...pattern, children: pattern.children.filter((c) => c !== superclasses) };
            // Semgrep matches class members in any order, and a class may have members the pattern omits.
            const body = pattern.children.at(-1);
            const targetBody = children.at(-1);
            if (body?.kind === 'node' && body.type === 'block' && targetBody?.type === 'block') {
                const members = structural_matcher_significantChildren(targetBody);
                return this.matchList(pattern.children.slice(0, -1), 0, children.slice(0, -1), 0, bindings, (b) => this.matchUnordered(body.children, members, true, b, next));
            }
        }
        if (pattern.type === 'import_declaration')
            return this.matchGoImports(pattern, children, bindings, next);
        // Go: `T{..., a: 1, ...}` names its fields, so their order does not matter.
        if (pattern.type === 'literal_value' && pattern.children.every(isKeyedOrEllipsis))
            return this.matchUnordered(pattern.children, children, pattern.hasEllipsis, bindings, next);
        if (UNORDERED.has(pattern.type))
            return this.matchUnordered(pattern.children, children, pattern.hasEllipsis || OPEN_RECORDS.has(pattern.type), bindings, next);
        if (pattern.type === 'decorated_definition') {
            const last = pattern.children.length - 1;
            return this.matchDefinition(pattern.children[last], children[children.length - 1], bindings, (b) => this.matchUnordered(pattern.children.slice(0, last), children.slice(0, -1), true, b, next));
        }
        // Class (and Java interface) members are a set: a pattern lists the members it cares about.
        if (pattern.type === 'class_body' || pattern.type === 'interface_body')
            return this.matchUnordered(pattern.children, children, true, bindings, next);
        if (pattern.type === 'jsx_element' &&
            pattern.children.every((c) => c.kind === 'node' && /^jsx_(opening|closing)_element$/.test(c.type)))
            return this.matchNode(pattern.children[0], children[0], bindings, next);
        const decorators = pattern.children.filter(isDecorator);
        if (decorators.length > 0 && pattern.type !== 'decorated_definition') {
            // Decorators are a set: the pattern's must all be there, in any order, among others.
            const rest = pattern.children.filter((c) => !isDecorator(c));
            return this.matchUnordered(decorators, children.filter((c) => c.type === 'decorator'), true, bindings, (b) => this.matchList(rest, 0, children.filter((c) => c.type !== 'decorator'), 0, b, next));
        }
        const fixed = SUBSET_AFTER[pattern.type];
        if (fixed !== undefined) {
            return this.matchList(pattern.children.slice(0, fixed), 0, children.slice(0, fixed), 0, bindings, (b) => this.matchUnordered(pattern.children.slice(fixed), children.slice(fixed), true, b, next));
        }
        if (pattern.type === 'argument_list' && pattern.children.some(isKeywordArgument)) {
            const positional = pattern.children.filter((c) => !isKeywordArgument(c));
            const keywords = pattern.children.filter(isKeywordArgument);
            return this.matchList(positional, 0, children.filter((c) => !KEYWORD_ARGUMENTS.has(c.type)), 0, bindings, (b) => this.matchUnordered(keywords, children.filter((c) => KEYWORD_ARGUMENTS.has(c.type)), pattern.hasEllipsis, b, next));
        }
        if (STATEMENT_LISTS.has(pattern.type))
            return this.matchStatements(pattern.children, children, 0, bindings, (b) => next(b), true);
        return this.matchList(pattern.children, 0, children, 0, bindings, next);
    }
    /** Python `@d` is the call `d()` to Semgrep: `d(...)` (or `m.d(...)` after `from m import d`) matches it. */
    matchBareDecorator(pattern, node, bindings, next) {
        const [callee, args] = pattern.children;
        const [expression] = structural_matcher_significantChildren(node);
        if (!expression || expression.type === 'call' || pattern.children.length !== 2)
            return false;
        if (args.kind !== 'node' || !args.children.every((c) => c.kind === 'ellipsis'))
            return false;
        return this.matchNode(callee, expression, bindings, next);
    }
    /** Semgrep reads `@d` as `@d()`: `@d(...)` matches `@d`, and `@d` (or `@$D`) matches `@d()` but not `@d(x)`. */
    matchDecorator(pattern, children, bindings, next) {
        const [wanted] = pattern.children;
        const [target] = children;
        if (!wanted || !target || pattern.children.length !== 1 || children.length !== 1)
            return this.matchList(pattern.children, 0, children, 0, bindings, next);
        const wantsCall = wanted.kind === 'node' && structural_matcher_CALL_TYPES.has(wanted.type) && wanted.children.length === 2;
        if (wantsCall && !structural_matcher_CALL_TYPES.has(target.type)) {
            const [callee, args] = wanted.children;
            if (args.kind !== 'node' || !ARGUMENT_LISTS.has(args.type))
                return false;
            return this.matchList(args.children, 0, [], 0, bindings, (b) => this.matchNode(callee, target, b, next));
        }
        if (!wantsCall && structural_matcher_CALL_TYPES.has(target.type)) {
            const [callee, args] = structural_matcher_significantChildren(target);
            return (args !== undefined &&
                structural_matcher_significantChildren(args).length === 0 &&
                this.matchNode(wanted, callee, bindings, next));
        }
        return this.matchNode(wanted, target, bindings, next);
    }
    /**
     * Go: `import "p"` matches a declaration importing p among others, grouped or not, under any
     * name; `import $N "p"` binds the name it is imported under.
     */
    matchGoImports(pattern, children, bindings, next) {
        const specs = children.flatMap((c) => (c.type === 'import_spec_list' ? structural_matcher_significantChildren(c) : [c]));
        const wanted = pattern.children.flatMap((c) => c.kind === 'node' && c.type === 'import_spec_list' ? c.children : [c]);
        const step = (at, b) => {
            if (at === wanted.length)
                return next(b);
            const spec = wanted[at];
            if (spec.kind === 'ellipsis')
                return step(at + 1, b);
            return specs.some((target) => this.matchImportSpec(spec, target, b, (b2) => step(at + 1, b2)));
        };
        return step(0, bindings);
    }
    matchImportSpec(pattern, target, bindings, next) {
        if (pattern.kind !== 'node' || pattern.type !== 'import_spec' || target.type !== 'import_spec')
            return this.matchNode(pattern, target, bindings, next);
        const parts = structural_matcher_significantChildren(target);
        const path = parts[parts.length - 1];
        const [name, wantedPath] = pattern.children.length === 1 ? [undefined, pattern.children[0]] : pattern.children;
        const matchPath = (b) => wantedPath.kind === 'string'
            ? this.importPathMatches(wantedPath.value, path) && next(b)
            : this.matchNode(wantedPath, path, b, next);
        if (!name || name.kind === 'ellipsis')
            return matchPath(bindings);
        return parts.length === 2 && this.matchNode(name, parts[0], bindings, matchPath);
    }
    /** `import "foo"` also matches `import "foo/bar"`: a package path matches the packages below it. */
    importPathMatches(wanted, path) {
        const value = this.constantString(path)?.value;
        const expected = wanted.slice(wanted.indexOf('\0') + 1);
        return value !== undefined && (value === expected || value.startsWith(`${expected}/`));
    }
    /** Ruby `foo(...)` / `foo()` against a bare `foo` that calls the method (see ruby-hidden-calls). */
    matchHiddenCall(pattern, node, bindings, next) {
        if (this.target.root.type !== 'program' || !this.target.facts.rubyHiddenCalls().has(node))
            return false;
        const [callee, args, ...rest] = pattern.children;
        const noArguments = args === undefined ||
            (args.kind === 'node' &&
                args.type === 'argument_list' &&
                args.children.every((c) => c.kind === 'ellipsis'));
        return (rest.length === 0 && callee !== undefined && noArguments && this.matchNode(callee, node, bindings, next));
    }
    /** PHP `$F(...)` / `require_once($X)` against `include $f` and its kin, which are calls in Semgrep. */
    matchIncludeCall(pattern, { keyword, argument }, bindings, next) {
        const [callee, args, ...rest] = pattern.children;
        const wanted = args && unwrappedArguments(args);
        if (!callee || !wanted || rest.length > 0)
            return false;
        const matchArguments = (b) => this.matchList(wanted, 0, [argument], 0, b, next);
        if (callee.kind === 'metavariable')
            return this.bind(callee.name, keyword, bindings, matchArguments);
        const name = this.text(keyword).toLowerCase();
        return callee.kind === 'leaf' && callee.text.toLowerCase() === name && matchArguments(bindings);
    }
    /** Rust: `node` is the value a function or closure body ends with (see rust-returns). */
    isImplicitReturn(node) {
        return this.target.root.type === 'source_file' && this.target.facts.rustImplicitReturns().has(node);
    }
    /**
     * Java and Ruby `$F(...)` against `obj.m(...)`: the grammar puts the receiver and the name side by side
     * in the call, but the callee is `obj.m` as a whole, which `$F` binds (undefined: not this case). A Ruby
     * block is a part the pattern leaves out, as for `f(x)`.
     */
    matchQualifiedCallee(pattern, node, bindings, next) {
        const [callee, args, ...others] = pattern.children;
        const children = structural_matcher_significantChildren(node).filter((c) => c.type !== 'block' && c.type !== 'do_block');
        if (callee?.kind !== 'metavariable' || args?.kind !== 'node' || others.length > 0)
            return undefined;
        if (children.length !== 3 || children[2].type !== 'argument_list')
            return undefined;
        const [object, name, actualArgs] = children;
        const binding = {
            start: object.start,
            end: name.end,
            text: this.target.source.slice(object.start, name.end),
        };
        return this.bindValue(callee.name, binding, bindings, (b) => this.matchNode(args, actualArgs, b, next));
    }
    /**
     * Ruby `a.b` in a pattern also matches the callee of `a.b(x)` and `a.b x do ... end`: Semgrep reads the
     * call as `a.b` applied to arguments, where the grammar puts the receiver, name and arguments side by side.
     */
    matchRubyCallee(pattern, node, bindings, next) {
        const callParts = (type) => type === 'argument_list' || type === 'block' || type === 'do_block';
        if (pattern.children.length !== 2 || pattern.children.some((c) => c.kind === 'node' && callParts(c.type)))
            return false;
        const children = structural_matcher_significantChildren(node);
        if (children.length <= 2 || !children.slice(2).every((c) => callParts(c.type)))
            return false;
        return this.matchChildren(pattern, children.slice(0, 2), bindings, next);
    }
    /** Ruby `foo()` with no receiver and no arguments is the bare call `foo`. */
    bareCallName(node) {
        if (node.type !== 'call' || this.target.root.type !== 'program')
            return undefined;
        const [name, args, ...rest] = structural_matcher_significantChildren(node);
        const empty = args === undefined || (args.type === 'argument_list' && structural_matcher_significantChildren(args).length === 0);
        return name?.type === 'identifier' && empty && rest.length === 0 ? name : undefined;
    }
    /** `os.system` matches `o.system` after `import os as o`, and `system` after `from os import system`. */
    matchAlias(pattern, node, bindings, next) {
        const facts = this.target.facts;
        if (facts.aliases.size === 0 && facts.wildcardModules.length === 0)
            return false;
        if (pattern.kind === 'node' && pattern.type === 'method_invocation' && node.type === 'method_invocation')
            return this.matchImportedJavaCall(pattern, node, bindings, next);
        if (pattern.kind !== 'node' || !structural_matcher_MEMBER_TYPES.has(pattern.type))
            return false;
        const wanted = this.dottedPattern(pattern);
        if (!wanted)
            return this.matchAliasedMember(pattern, node, bindings, next);
        const dotted = dottedName(node, this.target);
        if (!dotted)
            return false;
        const [head, ...rest] = dotted.split('.');
        const resolved = this.target.facts.aliasAt(head, node.start);
        if (resolved !== undefined)
            return [resolved, ...rest].join('.') === wanted && next(bindings);
        // `from a.b import *` makes a bare `c.d` stand for `a.b.c.d`.
        return this.target.facts.wildcardModules.some((m) => `${m}.${dotted}` === wanted) && next(bindings);
    }
    /**
     * `a.b.$F` matches `c` after `from a.b import c` (and `m.c` after `import a.b as m`): the imported
     * name's full path ends in one more segment than the pattern spells, and `$F` binds the last identifier.
     */
    matchAliasedMember(pattern, node, bindings, next) {
        const [base, member] = pattern.children;
        if (pattern.children.length !== 2 || member.kind !== 'metavariable')
            return false;
        const prefix = this.dottedPattern(base);
        const dotted = prefix ? dottedName(node, this.target) : null;
        if (!prefix || !dotted)
            return false;
        const [head, ...rest] = dotted.split('.');
        const resolved = this.target.facts.aliasAt(head, node.start);
        if (resolved === undefined || [resolved, ...rest].join('.') !== `${prefix}.${dotted.split('.').at(-1)}`)
            return false;
        const last = node.type === 'identifier' ? node : structural_matcher_significantChildren(node)[1];
        return this.bind(member.name, last, bindings, next);
    }
    /** Java `f(x)` after `import static a.B.f;` (or `import a.B.*;`) matches `a.B.f(x)`. */
    matchImportedJavaCall(pattern, node, bindings, next) {
        const children = structural_matcher_significantChildren(node);
        const [object, method, args] = pattern.children;
        if (pattern.children.length !== 3 || children.length !== 2 || method.kind !== 'leaf')
            return false;
        const owner = this.dottedPattern(object);
        const [name, actualArgs] = children;
        if (!owner || name.type !== 'identifier' || this.text(name) !== method.text)
            return false;
        const wanted = `${owner}.${method.text}`;
        const facts = this.target.facts;
        const resolved = facts.aliases.get(method.text);
        const imported = resolved !== undefined
            ? resolved === wanted
            : facts.wildcardModules.some((m) => `${m}.${method.text}` === wanted);
        return imported && this.matchNode(args, actualArgs, bindings, next);
    }
    dottedPattern(pattern) {
        const cached = this.dottedCache.get(pattern);
        if (cached !== undefined)
            return cached;
        const compute = (p) => {
            if (p.kind === 'leaf')
                return /identifier/.test(p.type) ? p.text : null;
            if (p.kind !== 'node' || !structural_matcher_MEMBER_TYPES.has(p.type) || p.children.length !== 2)
                return null;
            const left = compute(p.children[0]);
            const right = compute(p.children[1]);
            return left && right ? `${left}.${right}` : null;
        };
        const value = compute(pattern);
        this.dottedCache.set(pattern, value);
        return value;
    }
    isReceiverParameter(node) {
        const first = node.children[0];
        return node.type === 'parameter' && first?.type === 'modifier' && this.text(first) === 'this';
    }
    /** `($T $X)` / `($P.Client $X)`: the type's metavariables bind (or agree with) parts of the node's type. */
    matchTypeTemplate(pattern, node, bindings, next) {
        const typed = bindable(node);
        const texts = typeTemplateMatch(typed, pattern.type, this.target, pattern.language, (name) => (name === '$_' ? undefined : bindings[name]?.text), pattern.declaring);
        if (!texts)
            return false;
        const bindAll = (entries, current) => {
            const [first, ...rest] = entries;
            if (!first)
                return this.bind(pattern.name, typed, current, next);
            const [name, text] = first;
            const binding = { start: typed.start, end: typed.start, text };
            return this.bindValue(name, binding, current, (b) => bindAll(rest, b));
        };
        return bindAll([...texts], bindings);
    }
    bind(name, node, bindings, next) {
        const end = codeEnd(node);
        return this.bindValue(name, { start: node.start, end, text: this.target.source.slice(node.start, end), node }, bindings, next);
    }
    bindValue(name, binding, bindings, next) {
        if (name === '$_')
            return next(bindings);
        const bound = bindings[name];
        if (bound)
            return this.sameCode(bound, binding) && next(bindings);
        return next({ ...bindings, [name]: binding });
    }
    bindSpan(name, nodes, bindings, next) {
        if (name === '$_' || name === '$..._')
            return next(bindings);
        const start = nodes[0]?.start ?? 0;
        const end = nodes.length > 0 ? nodes[nodes.length - 1].end : start;
        const binding = {
            start,
            end,
            text: nodes.length > 0 ? this.target.source.slice(start, end) : '',
            nodes,
        };
        const bound = bindings[name];
        if (bound) {
            const other = bound.nodes ?? (bound.node ? [bound.node] : []);
            return (other.length === nodes.length && other.every((n, i) => this.sameTree(n, nodes[i])) && next(bindings));
        }
        return next({ ...bindings, [name]: binding });
    }
    /** `f( 1 )` is the same code as `f(1)`: compare trees when we have them, else whitespace-normalised text. */
    sameCode(bound, other) {
        if (bound.node && other.node) {
            // `$A;` binds a statement that `foo($A)` then uses as an expression.
            const [a, b] = [bound.node, other.node].map(statementExpression);
            // Go, Java, C#: a name declared again in an inner block (`i := i`) is another variable.
            if (a.type === 'identifier' && b.type === 'identifier' && this.text(a) === this.text(b))
                return this.target.facts.sameDeclaration(a, b) && sameJvmGoDeclaration(a, b, this.target) !== false;
            if (this.hidesImport(a, b) || this.hidesImport(b, a))
                return false;
            return this.sameTree(a, b) || this.sameConstant(a, b) || this.sameKey(a, b);
        }
        return structural_matcher_normalise(bound.text) === structural_matcher_normalise(other.text);
    }
    /** Go: a variable named like an imported package (`var log error`) hides the package there. */
    hidesImport(imported, use) {
        return (imported.type === 'package_identifier' &&
            use.type === 'identifier' &&
            this.text(imported) === this.text(use) &&
            isDeclaredInFile(use, this.target));
    }
    /** Object keys: `bar` and `"bar"` name the same property. */
    sameKey(a, b) {
        const key = (n) => n.type === 'property_identifier'
            ? this.text(n)
            : n.type === 'string'
                ? stringValue(this.text(n))
                : undefined;
        const left = key(a);
        return left !== undefined && left === key(b);
    }
    /**
     * `x == 0` is `$X == $X` when `x` must be 0 there (constant propagation). A bare name's constant needs
     * the file's assignments worked out, so the other side is asked first: most comparisons end there.
     */
    sameConstant(a, b) {
        let [first, second] = [structural_matcher_unparen(a), structural_matcher_unparen(b)];
        if (isBareName(first) && !isBareName(second))
            [first, second] = [second, first];
        const { facts } = this.target;
        if (!facts.mayHoldConstant(first) || !facts.mayHoldConstant(second))
            return false;
        const left = this.constantOf(first);
        const right = left?.value === undefined ? undefined : this.constantOf(second);
        return (left !== undefined && right !== undefined && left.kind === right.kind && left.value === right.value);
    }
    sameTree(a0, b0) {
        const a = structural_matcher_unparen(a0);
        const b = structural_matcher_unparen(b0);
        // Bash `a`, `'a'` and `"a"` are the same word.
        if (BASH_UNQUOTED.has(a.type) || BASH_UNQUOTED.has(b.type)) {
            const literal = bashLiteral(a, (n) => this.text(n));
            return literal !== undefined && literal === bashLiteral(b, (n) => this.text(n));
        }
        if (STRING_TYPES.has(a.type) && STRING_TYPES.has(b.type))
            return (stringValue(this.text(a)) === stringValue(this.text(b)) &&
                isBytes(this.text(a)) === isBytes(this.text(b)));
        if (a.type !== b.type)
            return IDENTIFIERS.test(a.type) && IDENTIFIERS.test(b.type) && this.text(a) === this.text(b);
        const left = a.children.filter((c) => !isComment(c));
        const right = b.children.filter((c) => !isComment(c));
        if (left.length === 0 && right.length === 0)
            return this.text(a) === this.text(b);
        return left.length === right.length && left.every((child, i) => this.sameTree(child, right[i]));
    }
    /** Ordered list: `...` takes zero or more siblings, `$...X` too (bound), everything else exactly one. */
    matchList(patterns, at, nodes, from, bindings, next) {
        if (at === patterns.length)
            return from === nodes.length && next(bindings);
        const pattern = patterns[at];
        if (pattern.kind === 'ellipsis') {
            if (at === patterns.length - 1)
                return next(bindings);
            for (let skip = from; skip <= nodes.length; skip += 1) {
                if (this.matchList(patterns, at + 1, nodes, skip, bindings, next))
                    return true;
            }
            return false;
        }
        if (pattern.kind === 'ellipsis-metavariable') {
            for (let end = from; end <= nodes.length; end += 1) {
                const span = nodes.slice(from, end);
                if (this.bindSpan(pattern.name, span, bindings, (b) => this.matchList(patterns, at + 1, nodes, end, b, next)))
                    return true;
            }
            return false;
        }
        if (from === nodes.length)
            return false;
        return this.matchNode(pattern, nodes[from], bindings, (b) => this.matchList(patterns, at + 1, nodes, from + 1, b, next));
    }
    /** Set-like children (object fields, keyword arguments): each pattern child takes a distinct target child. */
    matchUnordered(patterns, nodes, extrasAllowed, bindings, next) {
        const wanted = patterns.filter((p) => p.kind !== 'ellipsis' && p.kind !== 'ellipsis-metavariable');
        const extras = extrasAllowed || wanted.length < patterns.length;
        if (wanted.length > nodes.length || (!extras && wanted.length !== nodes.length))
            return false;
        const used = new Array(nodes.length).fill(false);
        const step = (at, b) => {
            if (at === wanted.length)
                return next(b);
            for (let i = 0; i < nodes.length; i += 1) {
                if (used[i])
                    continue;
                used[i] = true;
                const ok = this.matchNode(wanted[at], nodes[i], b, (b2) => step(at + 1, b2));
                used[i] = false;
                if (ok)
                    return true;
            }
            return false;
        };
        return step(0, bindings);
    }
    /**
     * Statement sequences. After `...` the following statements are flattened, so the next pattern
     * statement may match inside a nested block (Semgrep's deep statement matching); an expression
     * statement pattern also matches a statement that contains the expression (`x = foo()`).
     * `prefix`: the pattern may stop before the end of the list.
     */
    matchStatements(patterns, nodes, from, bindings, next, whole = false) {
        const failed = new Set();
        const step = (at, list, index, b, end, deep) => {
            if (at === patterns.length)
                return (!whole || deep || index === list.length) && next(b, end);
            const key = `${at}:${index}:${deep ? 1 : 0}:${list.length}:${bindingKey(b)}`;
            if (failed.has(key))
                return false;
            const pattern = patterns[at];
            let ok;
            if (pattern.kind === 'ellipsis') {
                // A trailing `...` takes the rest of the block, so the match (e.g. of a pattern-inside) spans it.
                if (at === patterns.length - 1)
                    return next(b, list.slice(index).reduce((e, n) => Math.max(e, n.end), end));
                const flat = deep ? list : [...list.slice(0, index), ...flattenStatements(list.slice(index))];
                ok = false;
                for (let skip = index; skip <= flat.length && !ok; skip += 1)
                    ok = step(at + 1, flat, skip, b, end, true);
            }
            else if (pattern.kind === 'ellipsis-metavariable') {
                ok = false;
                for (let stop = index; stop <= list.length && !ok; stop += 1) {
                    const span = list.slice(index, stop);
                    ok = this.bindSpan(pattern.name, span, b, (b2) => step(at + 1, list, stop, b2, span.length ? span[span.length - 1].end : end, deep));
                }
            }
            else if (index === list.length) {
                ok = false;
            }
            else {
                const node = list[index];
                // In a flattened list the node's own nested statements follow it: the next pattern statement
                // comes after the node, not inside it.
                let after = index + 1;
                if (deep)
                    while (after < list.length && list[after].start < node.end)
                        after += 1;
                const rest = (b2) => step(at + 1, list, after, b2, Math.max(end, node.end), deep);
                ok = this.matchNode(pattern, node, b, rest) || this.matchExpressionIn(pattern, node, b, rest);
            }
            if (!ok)
                failed.add(key);
            return ok;
        };
        return step(0, nodes, from, bindings, 0, false);
    }
    /** `foo()` as a statement pattern also matches `x = foo()` and `return foo()`. */
    matchExpressionIn(pattern, node, bindings, next) {
        // Ruby calls are statements without a wrapper too (Ruby is the `call` grammar rooted at `program`).
        const rubyCall = pattern.kind === 'node' && pattern.type === 'call' && this.target.root.type === 'program';
        if (rubyCall)
            return structural_matcher_significantChildren(node).some((child) => !STATEMENT_LISTS.has(child.type) && this.matchDeep(pattern, child, bindings, next, true));
        // Bash: a command in a statement list also matches a statement running it (`x=$(cmd)`, `cmd && b`).
        if (pattern.kind === 'node' &&
            BASH_COMMAND_PATTERNS.has(pattern.type) &&
            BASH_EXPRESSION_STATEMENTS.has(node.type))
            return structural_matcher_significantChildren(node).some((child) => !STATEMENT_LISTS.has(child.type) && this.matchDeep(pattern, child, bindings, next, true));
        if (pattern.kind === 'node' && BARE_EXPRESSION_STATEMENTS.has(pattern.type))
            return structural_matcher_significantChildren(node).some((child) => this.matchDeep(pattern, child, bindings, next, true));
        if (pattern.kind !== 'node' || pattern.type !== 'expression_statement' || pattern.children.length !== 1)
            return false;
        const [expression] = pattern.children;
        if (expression.kind !== 'node' && expression.kind !== 'leaf' && expression.kind !== 'deep')
            return false;
        if (STATEMENT_LISTS.has(node.type))
            return false;
        for (const child of structural_matcher_significantChildren(node)) {
            // Statements in a nested block are matched on their own, after `...` flattens them.
            if (STATEMENT_LISTS.has(child.type))
                continue;
            if (this.matchDeep(expression, child, bindings, next, true))
                return true;
        }
        return false;
    }
}
/** A parameter `x: number` stands for its name when a metavariable binds it. */
function parameterName(node) {
    // PHP `array $c = []`: the parameter is its variable, as the body uses it.
    if (node.type === 'simple_parameter')
        return structural_matcher_significantChildren(node).find((c) => c.type === 'variable_name') ?? node;
    const rubyParameter = rubyParameterName(node);
    if (rubyParameter)
        return rubyParameter;
    // C# `string s`: an untyped `$X` parameter binds the name, which the body then uses.
    if (node.type === 'parameter') {
        const parts = structural_matcher_significantChildren(node).filter((c) => c.type !== 'attribute_list' && c.type !== 'modifier');
        if (parts.length === 2 && parts[1].type === 'identifier')
            return parts[1];
    }
    if (!TYPED_PARAMETERS.has(node.type))
        return node;
    const [name, ...rest] = structural_matcher_significantChildren(node);
    return name && rest.every((c) => c.type === 'type_annotation' || c.type === 'type') ? name : node;
}
/** Kotlin `val x: T = v` as an assignment: the name assigned is `x`, its type a detail the pattern leaves out. */
function declaredVariable(node) {
    if (node.type !== 'variable_declaration')
        return node;
    const name = structural_matcher_significantChildren(node)[0];
    return name?.type === 'identifier' ? name : node;
}
/** C `int **p = q;` as an assignment: the name declared is `p`, its pointers are part of its type. */
function declaredName(node) {
    let current = node;
    while (current.type === 'pointer_declarator') {
        const inner = structural_matcher_significantChildren(current).at(-1);
        if (!inner)
            break;
        current = inner;
    }
    return current;
}
/** Python `b"x"` is bytes, never equal to the string `"x"`. */
function isBytes(literal) {
    return /^[A-Za-z]*[bB][A-Za-z]*['"]/.test(literal);
}
/** A C# `this T x` parameter in a pattern (see isReceiverParameter). */
function isReceiverPattern(pattern) {
    if (pattern.kind !== 'node' || pattern.type !== 'parameter')
        return false;
    const first = pattern.children[0];
    return first?.kind === 'leaf' && first.type === 'modifier' && first.text === 'this';
}
function structural_matcher_isDots(pattern) {
    return pattern.kind === 'ellipsis' || pattern.kind === 'ellipsis-metavariable';
}
const structural_matcher_CALL_TYPES = new Set(['call', 'call_expression']);
const ARGUMENT_LISTS = new Set(['argument_list', 'arguments']);
function isDecorator(pattern) {
    return pattern.kind === 'node' && pattern.type === 'decorator';
}
/** The expression a binding stands for: `x;` is `x`, and casts (`<T>x`, `x as T`, `x!`) are `x`. */
function statementExpression(node) {
    const inner = structural_matcher_significantChildren(node);
    if (node.type === 'expression_statement' && inner.length === 1)
        return statementExpression(inner[0]);
    if (node.type === 'type_assertion' && inner.length === 2)
        return statementExpression(inner[1]);
    if ((node.type === 'as_expression' || node.type === 'non_null_expression') && inner.length >= 1)
        return statementExpression(inner[0]);
    return node;
}
function childrenBeforeElse(node, children) {
    const elseToken = node.children.find((c) => !c.named && c.type === 'else');
    return elseToken ? children.filter((c) => c.end <= elseToken.start) : children;
}
function withoutUnwantedResult(pattern, children) {
    const last = pattern.children.length - 1;
    const beforeBody = pattern.children[last]?.kind === 'node' && pattern.children[last].type === 'block'
        ? last - 1
        : last;
    // Two parameter lists in a row end in a result list (`(int, error)`), which the pattern then has.
    const isList = (c) => c?.kind === 'node' && c.type === 'parameter_list';
    if (!isList(pattern.children[beforeBody]) || isList(pattern.children[beforeBody - 1]))
        return children;
    const body = children.findIndex((c) => c.type === 'block');
    const end = body < 0 ? children.length : body;
    // The target's result, a type or a parenthesised list, follows its parameter list.
    return end >= 2 && children[end - 2].type === 'parameter_list'
        ? children.filter((_, i) => i !== end - 1)
        : children;
}
/** A Java method's children without its return type and type parameters (those before its name). */
function withoutReturnType(children) {
    const parameters = children.findIndex((c) => c.type === 'formal_parameters');
    if (parameters < 1)
        return children;
    return children.filter((c, i) => i >= parameters - 1 || c.type === 'modifiers');
}
function isKeyedOrEllipsis(pattern) {
    return pattern.kind === 'ellipsis' || (pattern.kind === 'node' && pattern.type === 'keyed_element');
}
function isDeclarator(pattern) {
    return pattern.kind === 'node' && pattern.type === 'variable_declarator';
}
function isModifierSibling(pattern) {
    return pattern.kind === 'node' && MODIFIER_SIBLINGS.has(pattern.type);
}
function isKeywordArgument(pattern) {
    return pattern.kind === 'node' && KEYWORD_ARGUMENTS.has(pattern.type);
}
/** Ruby and PHP backtick commands, matched part by part like interpolated strings. */
const SHELL_COMMANDS = new Set(['subshell', 'shell_command_expression']);
/** Python `f(a=1)` and Ruby `f(a: 1)` / `f(:a => 1)`: named arguments, in any order after the positional ones. */
const KEYWORD_ARGUMENTS = new Set(['keyword_argument', 'pair']);
/** What a metavariable binds: `x` itself, not Go's one-element `expression_list` or C#'s `argument` around it. */
function bindable(node) {
    let current = structural_matcher_unparen(node);
    // A declarator without a value (`private T foo;`) is only its name.
    while ((SINGLE_CHILD_WRAPPERS.has(current.type) || current.type === 'variable_declarator') &&
        current.children.length === 1)
        current = current.children[0];
    return current;
}
/**
 * Where a node's code ends: tree-sitter puts a comment that precedes the next sibling (a YAML key, a
 * statement) inside the previous node, which Semgrep's AST never holds, so a binding must not end with it.
 */
function codeEnd(node) {
    let current = node;
    let end = node.end;
    for (;;) {
        const { children } = current;
        let last = children.length - 1;
        while (last >= 0 && isComment(children[last]))
            last -= 1;
        if (last < 0)
            return end;
        const child = children[last];
        if (last < children.length - 1)
            end = child.end;
        else if (child.end !== end)
            return end;
        current = child;
    }
}
function structural_matcher_unparen(node) {
    let current = node;
    while (current.type === 'parenthesized_expression' || TRANSPARENT_WRAPPERS.has(current.type)) {
        const inner = structural_matcher_significantChildren(current);
        if (inner.length !== 1)
            break;
        current = inner[0];
    }
    return current;
}
/** Target node types a pattern node type also matches (Semgrep's equivalences: `x = 1` ~ `const x = 1`). */
const TYPE_EQUIVALENTS = {
    lexical_declaration: ['variable_declaration'],
    variable_declaration: ['lexical_declaration'],
    // Class fields are assignments too (`fld = foo()` in a class body).
    assignment_expression: [
        'variable_declarator',
        'public_field_definition',
        'field_definition',
        'init_declarator',
    ],
    // Java `$F(...)` also matches `this(...)` and `super(...)` in a constructor.
    method_invocation: ['explicit_constructor_invocation'],
    function_declaration: [
        'method_definition',
        'function_expression',
        'generator_function_declaration',
        'arrow_function',
    ],
    // `from a import b` and `import a.b` import the same name (see python-imports); a JS import pattern
    // also matches `require` declarations and re-exports (see js-imports).
    import_statement: ['import_from_statement', ...IMPORT_LIKE],
    import_from_statement: ['import_statement'],
    ...PYTHON_EQUIVALENTS,
    class_declaration: ['export_statement'],
    jsx_self_closing_element: ['jsx_element'],
    jsx_element: ['jsx_self_closing_element'],
    arrow_function: ['function_expression'],
    // `x = 42 as number` and `x = <number>42` are the same cast.
    as_expression: ['type_assertion'],
    function_expression: ['arrow_function'],
    // `for (...)` stands for any loop header, `for (x of xs)` (Java `for (T x : xs)`, C#/PHP `foreach`)
    // included; other headers differ in shape anyway.
    for_statement: ['for_in_statement', 'enhanced_for_statement', 'foreach_statement'],
    // Ruby `{ ... }` and `do ... end` are the same block.
    block: ['do_block'],
    do_block: ['block'],
    block_body: ['body_statement'],
    body_statement: ['block_body'],
    ...EQUIVALENT_TYPES,
    ...COLLECTION_EQUIVALENTS,
    ...RUST_EQUIVALENTS,
    [BASH_QUOTED]: ['string'],
    [BASH_EXPANSION]: ['simple_expansion', 'expansion'],
};
/** Bash literals that only Bash has (its quoted `string` and `number` types are shared with other grammars). */
const BASH_UNQUOTED = new Set([BASH_WORD, 'raw_string']);
/** Bash `function f() {...}` and `f() {...}` define the same function. */
function isOptionalKeyword(patternType, token) {
    return token === 'function' && patternType === 'function_definition';
}
function sameKind(patternType, nodeType) {
    return TYPE_EQUIVALENTS[patternType]?.includes(nodeType) ?? false;
}
/** Kotlin `(...)` after a class name: a primary constructor with any parameters, or none. */
function isOpenPrimaryConstructor(pattern) {
    if (pattern.kind !== 'node' || pattern.type !== 'primary_constructor')
        return false;
    const onlyDots = (p) => p.kind === 'ellipsis' || (p.kind === 'node' && p.children.length > 0 && p.children.every(onlyDots));
    return onlyDots(pattern);
}
function dottedName(node, target) {
    // Java types: `ArrayList` after `import java.util.ArrayList;`.
    if (node.type === 'identifier' || node.type === 'type_identifier')
        return target.text(node);
    if (!structural_matcher_MEMBER_TYPES.has(node.type))
        return null;
    const children = structural_matcher_significantChildren(node);
    if (children.length !== 2)
        return null;
    const left = dottedName(children[0], target);
    return left && /identifier/.test(children[1].type) ? `${left}.${target.text(children[1])}` : null;
}
/** Statements in source order with every nested block's statements after their parent. */
function flattenStatements(nodes) {
    const out = [];
    const visit = (node) => {
        out.push(node);
        // A nested function or class body's statements come after it, as in Semgrep's deep statement matching.
        const stack = [...node.children].reverse();
        while (stack.length > 0) {
            const child = stack.pop();
            if (!child.named || isComment(child))
                continue;
            if (STATEMENT_LISTS.has(child.type))
                for (const statement of structural_matcher_significantChildren(child))
                    visit(statement);
            // `if (c) return x;`: a branch that is one statement without braces.
            else if (child.type.endsWith('_statement'))
                visit(child);
            else
                for (let i = child.children.length - 1; i >= 0; i -= 1)
                    stack.push(child.children[i]);
        }
    };
    for (const node of nodes)
        visit(node);
    return out;
}
function bindingKey(bindings) {
    let key = '';
    for (const name in bindings)
        key += `${name}=${bindings[name].start}:${bindings[name].end};`;
    return key;
}
function structural_matcher_normalise(text) {
    return text.replace(/\s+/g, ' ').trim();
}

;// CONCATENATED MODULE: ./src/engine/patterns/match-pattern.ts












const PYTHON_IMPORTS = ['import_statement', 'import_from_statement', 'future_import_statement'];
/** Nodes whose identifier children are the names they declare. */
const DECLARING = /declaration|definition|_spec$|parameter|^package_clause$/;
/** One parsed file, with nodes indexed by type so a pattern only visits candidate nodes. */
class TargetTree {
    root;
    source;
    includeRoot;
    file;
    byType = new Map();
    allNamed = [];
    knownFacts;
    knownWords;
    /**
     * `includeRoot`: for a metavariable's subtree, where the bound node itself may match. `file`: the
     * whole file's tree such a subtree lies in, whose declarations, constants and imports still apply.
     */
    constructor(root, source, includeRoot = false, file) {
        this.root = root;
        this.source = source;
        this.includeRoot = includeRoot;
        this.file = file;
        // Kotlin's root; no other grammar splits a `$` off a string's text.
        if (root.type === 'source_file')
            interpolateKotlinTemplates(root, source);
        // YAML's root; aliases are read as the values their anchors mark.
        if (root.type === 'stream')
            expandYamlAliases(root, source);
        // C#'s root; `a?.b = c` was parsed as `a .b = c` (see languages/parse-target).
        if (root.type === 'compilation_unit')
            restoreNullConditionalAccess(root, source);
        for (const node of namedDescendants(root)) {
            if ((node === root && !includeRoot) || isComment(node))
                continue;
            this.allNamed.push(node);
            const list = this.byType.get(node.type);
            if (list)
                list.push(node);
            else
                this.byType.set(node.type, [node]);
        }
    }
    /** Constants and import aliases, computed once per file on first use. */
    get facts() {
        if (this.file)
            return this.file.facts;
        this.knownFacts ??= new TargetFacts(this.root, this.source);
        return this.knownFacts;
    }
    /** The whole file's tree: itself, or the file a metavariable's subtree was taken from. */
    get wholeFile() {
        return this.file ?? this;
    }
    /**
     * Where required words occur (aliases included), computed per word on first use, from the file's token
     * index when the scan made one. A metavariable's subtree shares its file's.
     */
    get words() {
        if (this.file && this.file.source === this.source)
            return this.file.words;
        this.knownWords ??= new WordOccurrences(this.source, () => this.facts.phpUses.pairs().length === 0
            ? this.facts.aliases
            : new Map([...this.facts.aliases, ...this.facts.phpUses.pairs()]), this.tokens);
        return this.knownWords;
    }
    tokens;
    /** The file's token index from the prefilter's pass (prefilter/token-index.ts), to find words without searching again. */
    useTokens(tokens) {
        this.tokens = tokens;
        return this;
    }
    knownImported;
    /**
     * Identifiers an import may have made stand for a dotted name (`s` after `from os import system as s`),
     * which member patterns (`os.system`) also match: the named ones, or all of them under a star import.
     */
    importedIdentifiers() {
        if (!this.knownImported) {
            const { aliases, wildcardModules } = this.facts;
            // A Python import statement only names what it imports: `from flask import x` is no use of `flask.x`.
            const imports = this.root.type === 'module' ? PYTHON_IMPORTS.flatMap((type) => this.nodesOfType(type)) : [];
            const identifiers = imports.length === 0
                ? this.nodesOfType('identifier')
                : this.nodesOfType('identifier').filter((node) => !imports.some((i) => i.start <= node.start && node.end <= i.end));
            this.knownImported =
                wildcardModules.length > 0
                    ? identifiers
                    : aliases.size === 0
                        ? []
                        : identifiers.filter((node) => aliases.has(this.text(node)));
        }
        return this.knownImported;
    }
    knownDeclaredNames;
    /** Names a declaration introduces (`func f`, `var x T`, `class C`): its own name children, not its values. */
    declaredNames() {
        if (this.knownDeclaredNames)
            return this.knownDeclaredNames;
        const names = new WeakSet();
        for (const node of this.allNamed) {
            if (!DECLARING.test(node.type))
                continue;
            for (const child of node.children)
                if (/identifier$/.test(child.type))
                    names.add(child);
        }
        this.knownDeclaredNames = names;
        return names;
    }
    knownStatementLists;
    /** The root and every node holding a statement sequence: where a multi-statement pattern may start. */
    statementLists() {
        this.knownStatementLists ??= [this.root, ...this.allNamed].filter((node) => STATEMENT_LISTS.has(node.type) || node === this.root);
        return this.knownStatementLists;
    }
    knownMatchSites;
    /**
     * Where a pattern that is not a node (`$X`, `"..."`, `<... e ...>`) may match: every named node but a YAML
     * item (`- x`) around its one value, which is the expression there (matching both gave a second,
     * wider finding).
     */
    matchSites() {
        this.knownMatchSites ??= this.allNamed.filter((node) => node.type !== 'block_sequence_item' || structural_matcher_significantChildren(node).length !== 1);
        return this.knownMatchSites;
    }
    nodesOfType(type) {
        return this.byType.get(type) ?? [];
    }
    text(node) {
        return this.source.slice(node.start, node.end);
    }
}
function findPatternMatches(pattern, target, options = { constantPropagation: true }) {
    const matcher = new StructuralMatcher(target, options);
    const matches = [];
    if (pattern.kind === 'single') {
        // Through a name's bound expression a match need not spell the words itself; the file still must.
        const words = readsOnlyItsNode(pattern.node) ? (options.requiredWords ?? []) : [];
        const spanned = options.symbolicPropagation ? [] : words;
        if (!words.every((word) => target.words.occurs(word)))
            return matches;
        // A lone `$X` matches expressions and statements, never a Ruby definition's name or parameters,
        // nor a JavaScript function's parameter names, nor the text inside a string literal.
        const lone = pattern.node.kind === 'metavariable';
        const skipped = lone
            ? loneMetavariableSkips(target)
            : target.root.type === 'source_file' && isRustPathPattern(pattern.node)
                ? target.facts.rustUseParts()
                : undefined;
        const parameters = lone && target.root.type === 'program' ? target.facts.jsParameterNames() : undefined;
        const expressionsOnly = pattern.node.kind === 'deep' || pattern.node.kind === 'metavariable';
        const names = pattern.node.kind === 'metavariable' ? target.declaredNames() : undefined;
        // Every way a node matches (`f(..., $X, ...)` binds $X to each argument), so later operators
        // (pattern-inside, metavariable-regex…) can pick the bindings that satisfy them, as in Semgrep.
        // One callback for all candidates, and a set only for a node that matched: most never do.
        let candidate = target.root;
        let seen;
        const onMatch = (bindings) => {
            const key = bindingsKey(bindings);
            seen ??= new Set();
            if (!seen.has(key)) {
                seen.add(key);
                matches.push({ start: candidate.start, end: candidate.end, bindings });
            }
            return seen.size >= MAX_BINDINGS_PER_NODE;
        };
        for (const node of candidatesFor(pattern.node, target)) {
            checkDeadline();
            if (skipped?.has(node) || parameters?.has(node))
                continue;
            if (expressionsOnly && !isExpressionLike(node))
                continue;
            if (names && (names.has(node) || NAMES_NOT_EXPRESSIONS.test(node.type)))
                continue;
            if (spanned.length > 0 && !target.words.spansAll(node, spanned))
                continue;
            candidate = node;
            seen = undefined;
            matcher.matchNode(pattern.node, node, {}, onMatch);
        }
        return matches;
    }
    const parents = target.statementLists();
    const attributed = target.root.type === 'source_file' ? attributedItemPattern(pattern.nodes) : undefined;
    if (attributed)
        return findAttributedItems(attributed, parents, matcher);
    // A metavariable bound to one statement (`{ $BODY }`) is a run of one statement: `... if (...) {...} ...`
    // in a metavariable-pattern on it matches that statement, as it would in a block holding only it.
    const { root } = target;
    const lone = target.includeRoot && !STATEMENT_LISTS.has(root.type) && /statement|declaration/.test(root.type)
        ? [[root]]
        : [];
    for (const siblings of [...parents.map((parent) => structural_matcher_significantChildren(parent)), ...lone]) {
        for (let first = 0; first < siblings.length; first += 1) {
            checkDeadline();
            // Every statement a trailing part can reach is its own match (`import a` … `def $F(...)` holds each
            // later function, not the first), as Semgrep enumerates all ways a sequence matches.
            const seen = new Set();
            matcher.matchStatements(pattern.nodes, siblings, first, {}, (bindings, end) => {
                if (end <= siblings[first].start)
                    return false;
                const key = `${end};${bindingsKey(bindings)}`;
                if (seen.has(key))
                    return false;
                seen.add(key);
                matches.push({ start: siblings[first].start, end, bindings });
                return seen.size >= MAX_SEQUENCE_MATCHES;
            });
        }
    }
    return matches;
}
/** Rust items with the pattern's attributes among the attribute siblings right before them. */
function findAttributedItems(pattern, parents, matcher) {
    const matches = [];
    for (const parent of parents) {
        const siblings = structural_matcher_significantChildren(parent);
        let first = 0;
        for (let at = 0; at < siblings.length; at += 1) {
            checkDeadline();
            const item = siblings[at];
            if (item.type === 'attribute_item')
                continue;
            const attributes = siblings.slice(first, at);
            first = at + 1;
            if (attributes.length === 0)
                continue;
            matcher.matchUnordered(pattern.attributes, attributes, true, {}, (bindings) => matcher.matchNode(pattern.item, item, bindings, (b) => {
                matches.push({ start: attributes[0].start, end: item.end, bindings: b });
                return true;
            }));
        }
    }
    return matches;
}
const loneSkipsByTree = new WeakMap();
function loneMetavariableSkips(target) {
    const known = loneSkipsByTree.get(target);
    if (known)
        return known;
    const skipped = new Set(target.root.type === 'program' ? target.facts.rubyDefinitionParts() : []);
    // Iterative: deep trees (long else-if chains) must not overflow the stack.
    const stack = [[target.root, false]];
    while (stack.length > 0) {
        const [node, inString] = stack.pop();
        // Code interpolated into a string (`${x}`, `#{x}`, `{x}`) is code again.
        const code = /interpolation|substitution/.test(node.type);
        if (inString && !code)
            skipped.add(node);
        const childInString = !code && (inString || STRING_TYPES.has(node.type));
        for (const child of node.children)
            stack.push([child, childInString]);
    }
    loneSkipsByTree.set(target, skipped);
    return skipped;
}
/** A Rust path or call (`a::b::f`, `f(...)`): never a match inside a `use` declaration, which only imports it. */
function isRustPathPattern(pattern) {
    return (pattern.kind === 'node' && (pattern.type === 'scoped_identifier' || pattern.type === 'call_expression'));
}
/**
 * `<... e ...>` and `$X` alone are expression patterns, as in Semgrep: they match expressions (and
 * statements made of one), not the declarations, blocks and other statements that hold them; those
 * lines are found through the expressions inside. Nor does `$X` alone match a name being declared,
 * a type, or a field or package name (`v.f`, `package p`).
 */
const NOT_EXPRESSIONS = /declaration|definition|parameters?$|(?:^|_)(?:statement|block|body|list|program|module|unit|file|clause|spec)$/;
const NAMES_NOT_EXPRESSIONS = /^(?:field|property|package|type|namespace)_identifier$|^label_name$|(?:^|_)type$|^type_(?:arguments|parameters?|annotation|list|elem)$/;
function isExpressionLike(node) {
    return node.type === 'expression_statement' || !NOT_EXPRESSIONS.test(node.type);
}
const selfContained = new WeakMap();
/**
 * Whether a match depends only on the matched node's own code (and import aliases). A typed
 * metavariable (`($REQ : http.Request)`) also reads the declaration of the bound name, elsewhere in the
 * file, so the words of its type need not lie inside the match.
 */
function readsOnlyItsNode(pattern) {
    let known = selfContained.get(pattern);
    if (known === undefined) {
        known = true;
        const stack = [pattern];
        while (stack.length > 0 && known) {
            const node = stack.pop();
            if (node.kind === 'typed-metavariable')
                known = false;
            else if (node.kind === 'node')
                stack.push(...node.children);
            else if (node.kind === 'deep')
                stack.push(node.inner);
            else if (node.kind === 'chain')
                stack.push(node.base);
        }
        selfContained.set(pattern, known);
    }
    return known;
}
const MAX_BINDINGS_PER_NODE = 16;
/** Ways one statement may start a sequence match: bounds the work of a sequence in a long file. */
const MAX_SEQUENCE_MATCHES = 256;
function bindingsKey(bindings) {
    let key = '';
    for (const name in bindings) {
        const { start, end, node } = bindings[name];
        // A binding through a name's symbol sits where the name is but stands for another node.
        key +=
            node && node.start !== start ? `${name}=${start}:${end}@${node.start};` : `${name}=${start}:${end};`;
    }
    return key;
}
/** Per file, the candidates of each pattern node type made of several lists: many rules ask for the same ones (calls). */
const joinedCandidates = new WeakMap();
function candidatesFor(pattern, target) {
    if (pattern.kind !== 'node')
        return leafCandidates(pattern, target);
    let known = joinedCandidates.get(target);
    if (!known) {
        known = new Map();
        joinedCandidates.set(target, known);
    }
    let candidates = known.get(pattern.type);
    if (!candidates) {
        candidates = nodeCandidates(pattern.type, target);
        known.set(pattern.type, candidates);
    }
    return candidates;
}
function nodeCandidates(type, target) {
    const equivalents = TYPE_EQUIVALENTS[type] ?? [];
    if (equivalents.length === 0 &&
        !MEMBER_LIKE.has(type) &&
        type !== 'qualified_name' &&
        type !== 'call' &&
        type !== 'function_call_expression' &&
        type !== 'return_expression')
        return target.nodesOfType(type);
    const extra = [];
    // PHP `A\B\f` also names a bare `f` after `use A\B\f;`.
    if (type === 'qualified_name')
        extra.push('name');
    // Ruby `foo()` also names a bare `foo` that calls the method (the only `call` grammar rooted at `program`).
    if (type === 'call' && target.root.type === 'program')
        extra.push('identifier');
    // PHP `f(...)` also names `include $x` and its kin, which Semgrep reads as calls.
    if (type === 'function_call_expression')
        extra.push(...PHP_INCLUDES);
    // Python `f(...)` also names a bare decorator `@f`, which Semgrep reads as the call `f()`.
    if (type === 'call' && target.root.type === 'module')
        extra.push('decorator');
    const candidates = [type, ...equivalents, ...extra].flatMap((t) => target.nodesOfType(t));
    if (MEMBER_LIKE.has(type))
        candidates.push(...target.importedIdentifiers());
    // Rust `return $X` also matches the value a body ends with.
    return type === 'return_expression' && target.root.type === 'source_file'
        ? [...candidates, ...target.facts.rustImplicitReturns()]
        : candidates;
}
function leafCandidates(pattern, target) {
    // Bash `foo` is also the quoted `'foo'` and `"foo"`.
    if (pattern.kind === 'leaf' && pattern.type === BASH_WORD)
        return [BASH_WORD, 'number', 'raw_string', 'string'].flatMap((type) => target.nodesOfType(type));
    // Number and boolean literals also match names known to hold them (constant propagation).
    if (pattern.kind === 'leaf' &&
        !/integer|float|number|identifier|^(?:true|false|boolean)$/.test(pattern.type))
        return target.nodesOfType(pattern.type);
    return target.matchSites();
}
// Aliased imports make `o.system` (an attribute) stand for `os.system`, and `f` (an identifier) for `m.f`.
const MEMBER_LIKE = new Set(['attribute', 'member_expression', 'scoped_identifier']);

;// CONCATENATED MODULE: ./src/engine/generic/match-generic.ts


const OPEN = { '(': ')', '[': ']', '{': '}' };
const CLOSE = new Set([')', ']', '}']);
// The scanner evaluates every generic rule of a file in a row: tokenise each file once.
let cached;
function match_generic_tokensOf(source) {
    if (cached?.source !== source)
        cached = { source, tokens: tokenize(source) };
    return cached.tokens;
}
/** Every non-overlapping, leftmost match of `pattern` in `source`, in order. */
function matchGeneric(pattern, source) {
    const tokens = match_generic_tokensOf(source);
    const { elements } = pattern;
    // A leading ellipsis adds nothing to where a match starts: Semgrep reports from the first real token.
    const first = elements.findIndex((e) => e.kind !== 'ellipsis');
    const body = elements.slice(first);
    const matches = [];
    let from = 0;
    for (let start = 0; start < tokens.length; start += 1) {
        if (tokens[start].start < from)
            continue;
        checkDeadline();
        const bindings = {};
        const end = matchFrom(body, 0, tokens, start, tokens[start].line, bindings, source, pattern.maxSpanLines);
        if (end === undefined)
            continue;
        const last = end > start ? tokens[end - 1] : tokens[start];
        matches.push({ start: tokens[start].start, end: last.end, bindings });
        from = last.end;
    }
    return matches;
}
/** Matches elements[at…] from token `t`; returns the index after the last token consumed, or undefined. */
function matchFrom(elements, at, tokens, t, lastLine, bindings, source, maxSpan) {
    if (at === elements.length)
        return t;
    const element = elements[at];
    if (element.kind === 'ellipsis') {
        // Lazy: try to skip nothing first, then one more token at a time, within the bracket and the span.
        let depth = 0;
        for (let skip = t;; skip += 1) {
            if (at + 1 === elements.length) {
                // A trailing ellipsis takes the rest of its line (Semgrep extends the match to the line end),
                // across brackets it opens, and stops where the bracket it started in closes.
                let end = t;
                for (let open = 0; end < tokens.length && tokens[end].line === lastLine; end += 1) {
                    if (OPEN[tokens[end].text])
                        open += 1;
                    else if (CLOSE.has(tokens[end].text) && --open < 0)
                        break;
                }
                bind(element.name, tokens, t, end, bindings, source);
                return end;
            }
            const attempt = { ...bindings };
            bind(element.name, tokens, t, skip, attempt, source);
            const result = matchFrom(elements, at + 1, tokens, skip, lastLine, attempt, source, maxSpan);
            if (result !== undefined) {
                Object.assign(bindings, attempt);
                return result;
            }
            if (skip >= tokens.length)
                return undefined;
            const token = tokens[skip];
            if (token.line - lastLine > maxSpan)
                return undefined;
            if (OPEN[token.text])
                depth += 1;
            else if (CLOSE.has(token.text)) {
                if (depth === 0)
                    return undefined;
                depth -= 1;
            }
            checkDeadline();
        }
    }
    const token = tokens[t];
    if (!token)
        return undefined;
    if (element.kind === 'literal') {
        if (token.text !== element.text)
            return undefined;
    }
    else {
        if (!token.word)
            return undefined;
        const bound = bindings[element.name];
        if (bound && bound.text !== token.text)
            return undefined;
        if (!bound)
            bindings[element.name] = { start: token.start, end: token.end, text: token.text };
    }
    // Tokens that were adjacent in the pattern need not be adjacent in the target: whitespace is ignored.
    return matchFrom(elements, at + 1, tokens, t + 1, token.line, bindings, source, maxSpan);
}
function bind(name, tokens, from, to, bindings, source) {
    if (!name || to <= from)
        return;
    const start = tokens[from].start;
    const end = tokens[to - 1].end;
    bindings[name] = { start, end, text: source.slice(start, end) };
}

;// CONCATENATED MODULE: ./src/engine/patterns/redos.ts
/**
 * `metavariable-analysis: {analyzer: redos}`: does a regex risk catastrophic backtracking? Follows
 * Semgrep's static heuristic: a repeat (unbounded, or up to 4+ times, not possessive) whose body holds
 * another repeat that can match a non-empty string in two different ways, followed in sequence by
 * something that can make the overall match fail (a character, an anchor, a back-reference…). So
 * `^(a+)+$` and `(\w*)*x` are flagged, `^[0-9]+$` and `(a+)+` are not.
 */
/** True when `source` parses and has a sub-pattern prone to exponential backtracking. */
function isVulnerableToRedos(source) {
    let tree;
    try {
        tree = new RegexParser(source).parse();
    }
    catch {
        return false;
    }
    return someNode(tree, (node) => {
        if (node.kind !== 'sequence')
            return false;
        const first = node.items.findIndex((item) => someNode(item, nestedAmbiguousRepeat));
        return first >= 0 && node.items.slice(first + 1).some((item) => someNode(item, canFail));
    });
}
function nestedAmbiguousRepeat(node) {
    if (node.kind !== 'repeat' || node.possessive)
        return false;
    if (node.max !== undefined && node.max < 4)
        return false;
    return someNode(node.body, ambiguousRepeat);
}
/** A repeat that can match non-empty input with two different counts (`a+`, `a*`, `a{1,2}`). */
function ambiguousRepeat(node) {
    if (node.kind === 'group')
        return ambiguousRepeat(node.body);
    if (node.kind !== 'repeat' || node.possessive)
        return false;
    if (node.max === undefined)
        return true;
    return (node.min >= 1 && node.max > node.min) || (node.min === 0 && node.max >= 2);
}
function canFail(node) {
    return node.kind === 'char' || (node.kind === 'special' && node.constrains);
}
function someNode(node, test) {
    if (test(node))
        return true;
    switch (node.kind) {
        case 'sequence':
            return node.items.some((item) => someNode(item, test));
        case 'alternation':
            return node.branches.some((branch) => someNode(branch, test));
        case 'repeat':
        case 'group':
            return someNode(node.body, test);
        default:
            return false;
    }
}
/** A recursive-descent reader for the PCRE subset that matters to the heuristic. */
class RegexParser {
    source;
    position = 0;
    constructor(source) {
        this.source = source;
    }
    parse() {
        const node = this.alternation();
        if (this.position < this.source.length)
            throw new SyntaxError(`unmatched ) at ${this.position}`);
        return node;
    }
    alternation() {
        const branches = [this.sequence()];
        while (this.source[this.position] === '|') {
            this.position++;
            branches.push(this.sequence());
        }
        return branches.length === 1 ? branches[0] : { kind: 'alternation', branches };
    }
    sequence() {
        const items = [];
        while (this.position < this.source.length && !'|)'.includes(this.source[this.position])) {
            items.push(this.quantified(this.atom()));
        }
        if (items.length === 0)
            return { kind: 'empty' };
        return items.length === 1 ? items[0] : { kind: 'sequence', items };
    }
    quantified(atom) {
        const rest = this.source.slice(this.position);
        const quantifier = /^(?:([*+?])|\{(\d+)(?:(,)(\d*))?\})([+?]?)/.exec(rest);
        if (!quantifier)
            return atom;
        this.position += quantifier[0].length;
        let min;
        let max;
        if (quantifier[1]) {
            min = quantifier[1] === '+' ? 1 : 0;
            max = quantifier[1] === '?' ? 1 : undefined;
        }
        else {
            min = Number(quantifier[2]);
            max = quantifier[3] ? (quantifier[4] ? Number(quantifier[4]) : undefined) : min;
        }
        return this.quantified({ kind: 'repeat', body: atom, min, max, possessive: quantifier[5] === '+' });
    }
    atom() {
        const c = this.source[this.position];
        if (c === '(')
            return this.group();
        if (c === '[')
            return this.characterClass();
        if (c === '\\')
            return this.escape();
        this.position++;
        if (c === '^' || c === '$')
            return { kind: 'special', constrains: true };
        if ('*+?'.includes(c))
            throw new SyntaxError('nothing to repeat');
        return { kind: 'char' };
    }
    group() {
        const rest = this.source.slice(this.position);
        const option = /^\(\?[a-zA-Z]*(?:-[a-zA-Z]*)?\)/.exec(rest);
        if (option) {
            this.position += option[0].length;
            return { kind: 'special', constrains: false };
        }
        const opener = /^\((?:\?(?::|=|!|<=|<!|>|\|P?<\w+>|'\w+'|[a-zA-Z]*(?:-[a-zA-Z]*)?:))?/.exec(rest);
        this.position += opener[0].length;
        const body = this.alternation();
        if (this.source[this.position] !== ')')
            throw new SyntaxError('missing )');
        this.position++;
        return { kind: 'group', body };
    }
    characterClass() {
        let i = this.position + 1;
        if (this.source[i] === '^')
            i++;
        if (this.source[i] === ']')
            i++;
        while (i < this.source.length && this.source[i] !== ']') {
            if (this.source[i] === '\\')
                i++;
            else if (this.source.startsWith('[:', i))
                i = this.source.indexOf(':]', i + 2) + 1;
            i++;
        }
        if (i >= this.source.length)
            throw new SyntaxError('missing ]');
        this.position = i + 1;
        return { kind: 'char' };
    }
    escape() {
        const rest = this.source.slice(this.position);
        const escape = /^\\(?:[1-9]\d*|k<\w+>|k\{\w+\}|g\{?-?\w+\}?|x\{[0-9a-fA-F]+\}|x[0-9a-fA-F]{0,2}|[pP]\{\w+\}|c.|Q[\s\S]*?(?:\\E|$)|[\s\S])/.exec(rest);
        if (!escape)
            throw new SyntaxError('\\ at end of pattern');
        this.position += escape[0].length;
        const letter = escape[0][1];
        if ('bBAZzG'.includes(letter) || /^\\(?:[1-9]|k|g)/.test(escape[0]))
            return { kind: 'special', constrains: true };
        if (letter === 'K')
            return { kind: 'special', constrains: false };
        return { kind: 'char' };
    }
}

;// CONCATENATED MODULE: ./src/engine/patterns/secret-entropy.ts
/**
 * `metavariable-analysis: {analyzer: entropy}`: does a string look like a generated secret rather than
 * words? Semgrep estimates the information in the string with an English character model and asks for
 * both many bits in total and many bits per character. This engine uses English single-letter
 * frequencies (Semgrep uses trigrams) with Semgrep's thresholds, so English words and placeholders made
 * of one repeated character stay below them while random keys, which use rare letters and digits often,
 * exceed them.
 */
/** Approximate frequency (percent) of each letter in English text. */
const ENGLISH_LETTER_PERCENT = {
    E: 12.7,
    T: 9.06,
    A: 8.17,
    O: 7.51,
    I: 6.97,
    N: 6.75,
    S: 6.33,
    H: 6.09,
    R: 5.99,
    D: 4.25,
    L: 4.03,
    C: 2.78,
    U: 2.76,
    M: 2.41,
    W: 2.36,
    F: 2.23,
    G: 2.02,
    Y: 1.97,
    P: 1.93,
    B: 1.49,
    V: 0.98,
    K: 0.77,
    J: 0.15,
    X: 0.15,
    Q: 0.1,
    Z: 0.07,
};
/** Bits for a character the English model has no frequency for (digits, punctuation): one of [A-Za-z0-9]. */
const UNKNOWN_CHARACTER_BITS = Math.log2(62);
const MINIMUM_BITS = 64;
const MINIMUM_BITS_PER_BYTE = 0.6 * 8;
const LONGEST_REPEATED_UNIT = 4;
/** Estimated information content of `text`, in bits. */
function informationBits(text) {
    const normalised = text.toUpperCase();
    // Like Semgrep's rule for one repeated character: `abababab…` says no more than its unit.
    const unit = repeatedUnit(normalised);
    if (unit === 1)
        return 1;
    let bits = 0;
    for (const c of normalised.slice(0, unit)) {
        const percent = ENGLISH_LETTER_PERCENT[c];
        bits += percent ? Math.log2(100 / percent) : UNKNOWN_CHARACTER_BITS;
    }
    return bits;
}
/** The length of the shortest unit `text` is a repetition of (at least twice), or its own length. */
function repeatedUnit(text) {
    for (let unit = 1; unit <= LONGEST_REPEATED_UNIT && unit * 2 <= text.length; unit++) {
        let periodic = true;
        for (let i = unit; i < text.length && periodic; i++)
            periodic = text[i] === text[i - unit];
        if (periodic)
            return unit;
    }
    return text.length;
}
/** True when `text` carries enough information, in total and per byte, to be a secret. */
function looksLikeSecret(text) {
    const bytes = Buffer.byteLength(text, 'utf8');
    if (bytes === 0)
        return false;
    const bits = informationBits(text);
    return bits > MINIMUM_BITS && bits / bytes > MINIMUM_BITS_PER_BYTE;
}

;// CONCATENATED MODULE: ./src/engine/patterns/evaluate-formula.ts










/** Evaluates Semgrep's operators over ranges, following semgrep's range semantics (see README of issue 2). */
function evaluateFormula(formula, target) {
    switch (formula.kind) {
        case 'pattern': {
            if (formula.generic)
                return matchGeneric(formula.generic, target.source);
            const compiled = target.language && formula.compiled[target.language];
            if (!compiled || !target.tree)
                return [];
            return findPatternMatches(compiled, target.tree, {
                constantPropagation: formula.constantPropagation !== false,
                symbolicPropagation: formula.symbolicPropagation === true,
                requiredWords: patternWords(formula),
            });
        }
        case 'regex':
            return regexMatches(formula, target.source);
        case 'either':
            return dedupe(formula.branches.flatMap((branch) => evaluateFormula(branch, target)));
        case 'all':
            return evaluateConjunction(formula, target);
    }
}
function evaluateConjunction(formula, target) {
    // Without a positive term the pattern-insides are the positives, intersected both ways as in
    // Semgrep: `class A: …` and `def m(self): …` leave the methods of A.
    const positives = formula.positives.length > 0 ? formula.positives : formula.insides;
    const insides = formula.positives.length > 0 ? formula.insides : [];
    if (positives.length === 0 && !target.context)
        return [];
    let ranges = positives.length > 0 ? evaluateFormula(positives[0], target) : [target.context];
    for (const positive of positives.slice(1)) {
        if (ranges.length === 0)
            return [];
        ranges = intersect(ranges, evaluateFormula(positive, target));
    }
    for (const inside of insides) {
        if (ranges.length === 0)
            return [];
        const outer = evaluateFormula(inside, target);
        // Every container counts, as in Semgrep: with two `require("$M") ...` regions, a later
        // metavariable-regex on $M may keep the match through either.
        ranges = dedupe(ranges.flatMap((range) => outer
            .filter((o) => evaluate_formula_contains(o, range) && compatible(o.bindings, range.bindings))
            .map((container) => ({ ...range, bindings: { ...container.bindings, ...range.bindings } }))));
    }
    for (const not of formula.nots) {
        if (ranges.length === 0)
            return [];
        const excluded = evaluateFormula(not, target);
        ranges = ranges.filter((r) => !excluded.some((e) => sameRange(e, r) && compatible(e.bindings, r.bindings)));
    }
    for (const notInside of formula.notInsides) {
        if (ranges.length === 0)
            return [];
        const excluded = evaluateFormula(notInside, target);
        ranges = ranges.filter((r) => !excluded.some((e) => evaluate_formula_contains(e, r) && compatible(e.bindings, r.bindings)));
    }
    for (const notRegex of formula.notRegexes) {
        if (ranges.length === 0)
            return [];
        const excluded = regexMatches(notRegex, target.source);
        ranges = ranges.filter((r) => !excluded.some((e) => e.start < r.end && r.start < e.end));
    }
    const kept = ranges.filter((range) => formula.conditions.every((c) => satisfies(c, range, target)));
    if (!formula.focus?.length)
        return dedupe(kept);
    // focus-metavariable: the finding is the bound code, not the whole match.
    return dedupe(kept.flatMap((range) => (formula.focus ?? []).flatMap((name) => {
        const bound = range.bindings[name];
        return bound ? [{ start: bound.start, end: bound.end, bindings: range.bindings }] : [];
    })));
}
/** Keeps ranges of either side that lie within a range of the other side with consistent bindings, once per such range. */
function intersect(left, right) {
    const kept = [];
    for (const l of left) {
        for (const r of right)
            if (evaluate_formula_contains(r, l) && compatible(r.bindings, l.bindings))
                kept.push({ ...l, bindings: { ...r.bindings, ...l.bindings } });
    }
    for (const r of right) {
        for (const l of left)
            if (evaluate_formula_contains(l, r) && !sameRange(l, r) && compatible(l.bindings, r.bindings))
                kept.push({ ...r, bindings: { ...l.bindings, ...r.bindings } });
    }
    return dedupe(kept);
}
function satisfies(condition, range, target) {
    if (condition.kind === 'comparison')
        return evaluateComparison(condition.expression, range.bindings, condition.reading);
    if (condition.kind === 'pattern')
        return satisfiesPattern(condition, range, target);
    const bound = range.bindings[condition.metavariable];
    if (!bound)
        return false;
    if (condition.kind === 'type') {
        const { node } = bound;
        const { tree, language } = target;
        return (node !== undefined &&
            tree !== undefined &&
            condition.types.some((type) => typeMatches(node, type, tree, language)));
    }
    if (condition.kind === 'analysis') {
        // A string literal is analysed by its content, anything else by its text.
        const text = bound.node && STRING_TYPES.has(bound.node.type) ? stringValue(bound.text) : bound.text;
        return condition.analyzer === 'entropy' ? looksLikeSecret(text) : isVulnerableToRedos(text);
    }
    // Semgrep uses Python's re.match: anchored at the start of the bound text, not at its end.
    condition.regex.lastIndex = 0;
    return condition.regex.test(bound.text);
}
/**
 * `metavariable-pattern`: in the same language, the bound subtree is searched (so `pattern` may match
 * the bound node itself or code inside it); with `language:`, the bound text (a string's content) is
 * parsed in that language first. New bindings from the inner match are added to the range.
 */
function satisfiesPattern(condition, range, target) {
    const bound = range.bindings[condition.metavariable];
    if (!bound)
        return false;
    let inner;
    if (!condition.language && !condition.textOnly && bound.node && target.tree) {
        const subtree = new TargetTree(bound.node, target.source, true, target.tree.wholeFile);
        const context = { start: bound.start, end: bound.end, bindings: {} };
        inner = evaluateFormula(condition.formula, { ...target, tree: subtree, context }).filter((m) => m.start >= bound.start && m.end <= bound.end);
    }
    else {
        const text = bound.node && STRING_TYPES.has(bound.node.type) ? stringValue(bound.text) : bound.text;
        const language = condition.language ?? (condition.textOnly ? undefined : target.language);
        const context = { start: 0, end: text.length, bindings: {} };
        const nested = { source: text, language, context };
        if (language) {
            const parser = parserForLoaded(language);
            const tree = parser?.parse(text);
            if (!tree)
                return false;
            try {
                nested.tree = new TargetTree(toPlainTree(tree), text, true);
            }
            finally {
                tree.delete();
            }
        }
        inner = evaluateFormula(condition.formula, nested).map((m) => ({ ...m, bindings: {} }));
    }
    const compatibleMatch = inner.find((m) => compatible(m.bindings, range.bindings));
    if (!compatibleMatch)
        return false;
    Object.assign(range, { bindings: { ...compatibleMatch.bindings, ...range.bindings } });
    return true;
}
function regexMatches(leaf, source) {
    const matches = [];
    const regex = new RegExp(leaf.regex.source, leaf.regex.flags.includes('g') ? leaf.regex.flags : leaf.regex.flags + 'g');
    for (const match of source.matchAll(regex)) {
        if (match[0].length === 0)
            continue;
        const start = match.index;
        const bindings = {};
        for (const [name, text] of Object.entries(match.groups ?? {})) {
            if (text !== undefined)
                bindings[`$${name}`] = { start, end: start + match[0].length, text };
        }
        matches.push({ start, end: start + match[0].length, bindings });
    }
    return matches;
}
function evaluate_formula_contains(outer, inner) {
    return outer.start <= inner.start && inner.end <= outer.end;
}
function sameRange(a, b) {
    return a.start === b.start && a.end === b.end;
}
function compatible(a, b) {
    for (const [name, binding] of Object.entries(a)) {
        const other = b[name];
        if (other && evaluate_formula_normalise(other.text) !== evaluate_formula_normalise(binding.text))
            return false;
    }
    return true;
}
function evaluate_formula_normalise(text) {
    return text.replace(/\s+/g, ' ').trim();
}
/** Keeps one match per range and binding set: alternatives of one range stay for later operators. */
function dedupe(ranges) {
    const seen = new Set();
    return ranges.filter((range) => {
        const key = `${range.start}:${range.end}:${bindingsKey(range.bindings)}`;
        if (seen.has(key))
            return false;
        seen.add(key);
        return true;
    });
}

;// CONCATENATED MODULE: ./src/engine/taint/taint-sites.ts

/** Semgrep's label for taint from a source that names none. */
const DEFAULT_LABEL = '__SOURCE__';
/** Undefined when the file has no source or no sink: nothing can be reported, so no analysis is needed. */
function findTaintSites(spec, target) {
    const sources = new SiteIndex(spec.sources.flatMap((item) => sitesOf(item, target)));
    if (sources.size === 0)
        return undefined;
    // Sorted by start: each function checks the sinks inside it by binary search.
    const sinks = spec.sinks.flatMap((item) => sitesOf(item, target)).sort((a, b) => a.start - b.start);
    if (sinks.length === 0)
        return undefined;
    const propagators = new Map();
    for (const item of spec.propagators) {
        for (const site of sitesOf(item, target)) {
            const from = site.bindings[item.from];
            const to = site.bindings[item.to];
            if (!from || !to)
                continue;
            const key = rangeKey(site);
            propagators.set(key, [...(propagators.get(key) ?? []), { ...site, from, to }]);
        }
    }
    const sinkSpans = new Set(sinks.map(rangeKey));
    const sanitizers = spec.sanitizers
        .flatMap((item) => sitesOf(item, target))
        // not-conflicting: a sanitizer on exactly a source's or sink's span is dropped, as in Semgrep.
        .filter((site) => !site.item.notConflicting || !(sinkSpans.has(rangeKey(site)) || sources.at(site).length));
    return { sources, sinks, sanitizers: new SiteIndex(sanitizers), propagators };
}
function sitesOf(item, target) {
    const matches = evaluateFormula(item.formula, target);
    if (item.focus.length === 0)
        return matches.map((match) => ({ ...match, item }));
    // focus-metavariable: the role applies to the bound code; the bindings still interpolate the message.
    const focused = [];
    for (const match of matches) {
        for (const name of item.focus) {
            const bound = match.bindings[name];
            if (bound)
                focused.push({ start: bound.start, end: bound.end, bindings: match.bindings, item });
        }
    }
    return focused;
}
function rangeKey(range) {
    return `${range.start}:${range.end}`;
}
/** Sites by exact span, and the inexact ones sorted for "which sites contain this node" queries. */
class SiteIndex {
    all;
    exact = new Map();
    byStart;
    /** maxEnd[i]: the furthest end among byStart[0..i], so a backwards scan knows when to stop. */
    maxEnd = [];
    constructor(all) {
        this.all = all;
        for (const site of all) {
            const key = rangeKey(site);
            this.exact.set(key, [...(this.exact.get(key) ?? []), site]);
        }
        this.byStart = all.filter((site) => !site.item.exact).sort((a, b) => a.start - b.start);
        let furthest = -1;
        for (const site of this.byStart) {
            furthest = Math.max(furthest, site.end);
            this.maxEnd.push(furthest);
        }
    }
    get size() {
        return this.all.length;
    }
    /** Sites whose span is exactly this one. */
    at(range) {
        return this.exact.get(rangeKey(range)) ?? [];
    }
    /** Sites that apply to a node with this span: exact ones on the same span, inexact ones around it. */
    covering(range) {
        const found = this.at(range).filter((site) => site.item.exact);
        // Binary search for the last site starting at or before the node, then walk back while one could still reach it.
        let low = 0;
        let high = this.byStart.length;
        while (low < high) {
            const mid = (low + high) >> 1;
            if (this.byStart[mid].start <= range.start)
                low = mid + 1;
            else
                high = mid;
        }
        for (let i = low - 1; i >= 0 && this.maxEnd[i] >= range.end; i -= 1) {
            if (this.byStart[i].end >= range.end)
                found.push(this.byStart[i]);
        }
        return found;
    }
}

;// CONCATENATED MODULE: ./src/engine/taint/labels.ts
/** Parameter placeholders (`\0<function>:<index>`) stand for "whatever the caller passes". */
function isParameterLabel(label) {
    return label.startsWith('\0');
}
function realLabels(taint) {
    return [...taint].filter((label) => !isParameterLabel(label));
}
/**
 * Semgrep's `requires:` — a boolean expression over labels (`A`, `not A`, `A and (B or C)`). Without one,
 * any real label satisfies a sink.
 */
function satisfiesRequires(requires, taint) {
    const labels = new Set(realLabels(taint));
    if (labels.size === 0)
        return false;
    if (!requires)
        return true;
    const tokens = requires.match(/\(|\)|[A-Za-z_$][\w$]*/g) ?? [];
    let at = 0;
    const peek = () => tokens[at];
    const primary = () => {
        const token = tokens[at++];
        if (token === '(') {
            const value = disjunction();
            at += 1; // ')'
            return value;
        }
        if (token === 'not')
            return !primary();
        return token !== undefined && labels.has(token);
    };
    const conjunction = () => {
        let value = primary();
        while (peek() === 'and') {
            at += 1;
            value = primary() && value;
        }
        return value;
    };
    const disjunction = () => {
        let value = conjunction();
        while (peek() === 'or') {
            at += 1;
            value = conjunction() || value;
        }
        return value;
    };
    return disjunction();
}

;// CONCATENATED MODULE: ./src/engine/taint/node-kinds.ts

/**
 * What the taint analysis needs to know about tree-sitter node types. Grammars rarely reuse a type name
 * for something else, so one table serves every language: Python, JavaScript and TypeScript first, with
 * the obvious equivalents of other grammars (Java, Go, Ruby, PHP, C#…) where their shape is the same.
 * Anything not listed is an expression whose value is the union of its parts, evaluated left to right.
 */
const set = (...types) => new Set(types);
const KINDS = {
    /** Definitions and function values: analysed on their own, with parameters as inputs. */
    function: set('function_definition', 'lambda', 'function_declaration', 'function_expression', 'function', 'arrow_function', 'method_definition', 'generator_function_declaration', 'generator_function', 'method_declaration', 'constructor_declaration', 'lambda_expression', 'func_literal', 'method', 'singleton_method', 'anonymous_function', 'anonymous_function_creation_expression', 'arrow_function_expression', 'function_item', 'closure_expression'),
    parameterList: set('parameters', 'formal_parameters', 'lambda_parameters', 'parameter_list', 'method_parameters', 'formal_parameter_list', 'function_value_parameters', 'closure_parameters'),
    /** Statement lists: a function body of this type is walked; any other body is the returned expression. */
    block: set('block', 'statement_block', 'compound_statement', 'body_statement', 'constructor_body'),
    /** `target <op> value`; the operator token tells the sides apart. */
    assignment: set('assignment', 'assignment_expression', 'variable_declarator', 'named_expression', 'short_var_declaration', 
    // Go `var x = v` / `const x = v`
    'var_spec', 'const_spec', 'assignment_statement', 'let_declaration', 'operator_assignment', 
    // Bash `x=$(cmd)`, also inside `local` / `declare`
    'variable_assignment'),
    /** `x += v`: the old value stays, so the update is weak. */
    augmented: set('augmented_assignment', 'augmented_assignment_expression', 'compound_assignment_expr'),
    identifier: set('identifier', 'shorthand_property_identifier', 'variable_name', 'simple_identifier'),
    /** `obj.field`: the object is evaluated, the field name is not a variable. */
    member: set('attribute', 'member_expression', 'field_access', 'selector_expression', 'member_access_expression'),
    subscript: set('subscript', 'subscript_expression', 'index_expression', 'element_reference', 'element_access_expression'),
    self: set('this', 'self', 'super'),
    call: set('call', 'call_expression', 'new_expression', 'method_invocation', 'invocation_expression', 'function_call_expression', 'member_call_expression', 'object_creation_expression'),
    arguments: set('argument_list', 'arguments', 'value_arguments'),
    /** `f(name=value)`: only the value is data. */
    keywordArgument: set('keyword_argument', 'named_argument'),
    return: set('return_statement', 'return_expression', 'yield', 'yield_expression'),
    if: set('if_statement', 'if_expression', 'unless'),
    /** Clauses that make an if exhaustive (no path skips every branch). */
    else: set('else_clause', 'else'),
    /** Loops whose parts just repeat; `for x in e` / `for (x of e)` bind a variable each round. */
    loop: set('while_statement', 'do_statement', 'for_statement', 'for_in_statement', 'enhanced_for_statement', 'for', 'while', 'until', 'foreach_statement', 'for_range_loop'),
    try: set('try_statement', 'begin', 'try_expression'),
    switch: set('switch_statement', 'match_statement', 'switch_expression', 'expression_switch_statement', 'case', 'when_expression'),
    comprehension: set('list_comprehension', 'set_comprehension', 'dictionary_comprehension', 'generator_expression'),
    /** `x in e` inside a comprehension: binds x. */
    comprehensionClause: set('for_in_clause'),
    /** `e as name` (Python with/except). */
    asPattern: set('as_pattern'),
    /** Destructuring targets: every element receives the value's taint. */
    destructuring: set('pattern_list', 'tuple_pattern', 'tuple', 'list', 'list_pattern', 'array_pattern', 'object_pattern', 'expression_list', 'parenthesized_expression', 'list_splat_pattern', 'dictionary_splat_pattern', 'rest_pattern', 'as_pattern_target', 'array', 'left_assignment_list'),
    /** Types never carry data. */
    type: set('type', 'type_annotation', 'type_identifier', 'predefined_type', 'generic_type', 'type_arguments'),
};
const ASSIGN_TOKENS = new Set(['=', ':=', '<-']);
/** `+=`, `<<=`, `&^=`, `??=`…: an assignment node type that also spells plain `=` (Go, Java, JS). */
const COMPOUND_ASSIGN_TOKEN = /^(?:[-+*/%&|^]|<<|>>>?|&\^|\*\*|\/\/|\?\?|\|\||&&)=$/;
/** `x += v`, whatever the node type: the old value stays, so the update is weak. */
function isCompoundAssignment(node) {
    return (KINDS.augmented.has(node.type) ||
        node.children.some((c) => !c.named && COMPOUND_ASSIGN_TOKEN.test(c.type)));
}
/** Tokens after which a `for` statement names what it iterates over. */
const ITERATE_TOKENS = new Set(['in', 'of', ':']);
function namedChildren(node) {
    return node.children.filter((child) => child.named && !isComment(child));
}
/** Splits `target = value` (and `target += value`) at its operator token. */
function assignmentSides(node) {
    const augmented = KINDS.augmented.has(node.type);
    let split = node.children.findIndex((c) => !c.named &&
        (augmented ? c.type.endsWith('=') : ASSIGN_TOKENS.has(c.type) || COMPOUND_ASSIGN_TOKEN.test(c.type)));
    if (split < 0 && augmented)
        split = node.children.findIndex((c) => !c.named);
    const before = split < 0 ? node.children : node.children.slice(0, split);
    const after = split < 0 ? [] : node.children.slice(split + 1);
    const keep = (c) => c.named && !isComment(c) && !KINDS.type.has(c.type);
    // `x: int = 1`, `let x: T = v`: the first named child is the target, the rest are annotations.
    return { targets: before.filter(keep).slice(0, 1), values: after.filter(keep) };
}
/** `for x in xs` / `for (const x of xs)`: the bound target and the iterated value, when the loop has them. */
function forEachParts(node) {
    const at = node.children.findIndex((c) => !c.named && ITERATE_TOKENS.has(c.type));
    if (at < 0)
        return undefined;
    const before = node.children
        .slice(0, at)
        .filter((c) => c.named && !isComment(c) && !KINDS.type.has(c.type));
    const after = node.children.slice(at + 1).filter((c) => c.named && !isComment(c));
    const target = before.at(-1);
    const iterated = after[0];
    return target && iterated ? { target, iterated } : undefined;
}
/** `a`, `a.b.c`, `this.x`: the access path an l-value or read names, or undefined for computed values. */
function accessPath(node, source) {
    if (KINDS.identifier.has(node.type) || KINDS.self.has(node.type))
        return source.slice(node.start, node.end);
    if (KINDS.member.has(node.type)) {
        const parts = namedChildren(node);
        const object = parts[0];
        const field = parts.at(-1);
        if (!object || !field || object === field)
            return undefined;
        const base = accessPath(object, source);
        return base === undefined ? undefined : `${base}.${source.slice(field.start, field.end)}`;
    }
    if (node.type === 'parenthesized_expression') {
        const inner = namedChildren(node);
        return inner.length === 1 ? accessPath(inner[0], source) : undefined;
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/engine/taint/parameters.ts

const REST_TYPES = new Set([
    'list_splat_pattern',
    'rest_pattern',
    'dictionary_splat_pattern',
    'variadic_parameter',
]);
/** The parameters of a function node, in declaration order. */
function parametersOf(fn, source) {
    const list = fn.children.find((child) => KINDS.parameterList.has(child.type));
    if (list)
        return namedChildren(list).flatMap((node) => parameter(node, source));
    // `x => x + 1`: a bare identifier before the arrow.
    const arrow = fn.children.findIndex((child) => child.type === '=>');
    const single = arrow > 0 ? fn.children[arrow - 1] : undefined;
    return single && KINDS.identifier.has(single.type) ? parameter(single, source) : [];
}
function parameter(node, source) {
    if (node.type === 'self' || node.type === 'this')
        return [];
    const equals = node.children.findIndex((child) => child.type === '=');
    const declared = equals < 0 ? node.children : node.children.slice(0, equals);
    const defaultValue = equals < 0 ? undefined : node.children.slice(equals + 1).find((child) => child.named);
    const names = bindingNames(node, source, declared);
    const rest = REST_TYPES.has(node.type) || namedChildren(node).some((child) => REST_TYPES.has(child.type));
    return names.length > 0 || defaultValue ? [{ node, names, defaultValue, rest }] : [];
}
/** Names a binding pattern introduces, skipping types and default values. */
function bindingNames(node, source, children = node.children) {
    if (KINDS.identifier.has(node.type) || node.type === 'shorthand_property_identifier_pattern')
        return [source.slice(node.start, node.end)];
    if (KINDS.type.has(node.type))
        return [];
    // `{ key: value }` destructuring binds `value`, not `key`.
    if (node.type === 'pair_pattern') {
        const value = namedChildren(node).at(-1);
        return value ? bindingNames(value, source) : [];
    }
    const names = [];
    for (const child of children) {
        if (!child.named || KINDS.type.has(child.type))
            continue;
        if (child.type === 'assignment_pattern' || child.type === 'object_assignment_pattern') {
            const first = namedChildren(child)[0];
            if (first)
                names.push(...bindingNames(first, source));
            continue;
        }
        names.push(...bindingNames(child, source));
        // A plain typed parameter (`int x`, `x: int`) binds one name.
        if (names.length > 0 && KINDS.identifier.has(child.type) && node.type !== 'identifier') {
            if (!isPattern(node))
                break;
        }
    }
    return names;
}
function isPattern(node) {
    return /pattern|tuple|list|array|object/.test(node.type);
}
/**
 * Where each name of a destructured parameter is written (`{ a, b: c }`: `a`, `c`), so a source on one of
 * them taints that name only. Empty for a parameter that binds one name.
 */
function bindingSites(param, source) {
    if (param.names.length < 2)
        return [];
    const end = param.defaultValue ? param.defaultValue.start : param.node.end;
    const sites = [];
    const stack = [param.node];
    while (stack.length > 0) {
        const node = stack.pop();
        if (node.end > end || KINDS.type.has(node.type))
            continue;
        const text = source.slice(node.start, node.end);
        const binds = KINDS.identifier.has(node.type) || node.type === 'shorthand_property_identifier_pattern';
        if (binds && param.names.includes(text))
            sites.push({ node, name: text });
        else
            stack.push(...namedChildren(node));
    }
    return sites;
}

;// CONCATENATED MODULE: ./src/engine/taint/taint-env.ts
const CLEAN = new Set();
function union(...parts) {
    const nonEmpty = parts.filter((part) => part.size > 0);
    if (nonEmpty.length === 0)
        return CLEAN;
    if (nonEmpty.length === 1)
        return nonEmpty[0];
    const out = new Set();
    for (const part of nonEmpty)
        for (const label of part)
            out.add(label);
    return out;
}
function sameTaint(a, b) {
    if (a.size !== b.size)
        return false;
    for (const label of a)
        if (!b.has(label))
            return false;
    return true;
}
/**
 * Taint of variables and fields (`x`, `x.a`, `this.b`) at one program point. A path without an entry
 * inherits from its longest prefix that has one, so a tainted object taints its fields, while an
 * explicit clean entry for a field (after `x.a = "safe"`) overrides it.
 */
class TaintEnv {
    entries;
    constructor(entries) {
        this.entries = entries;
    }
    static empty() {
        return new TaintEnv(new Map());
    }
    clone() {
        return new TaintEnv(new Map(this.entries));
    }
    /** Whether the path has its own entry (a tainted value, or a clean field of a tainted object). */
    has(path) {
        return this.entries.has(path);
    }
    lookup(path) {
        for (let prefix = path; prefix !== undefined; prefix = parentPath(prefix)) {
            const found = this.entries.get(prefix);
            if (found)
                return found;
        }
        return CLEAN;
    }
    /** Strong update: the path now holds exactly `taint`, and its old fields are gone with the old value. */
    assign(path, taint) {
        const fields = `${path}.`;
        for (const key of [...this.entries.keys()])
            if (key.startsWith(fields))
                this.entries.delete(key);
        // Only taint, and clean fields of tainted objects, are stored: the map stays as small as the taint.
        const parent = parentPath(path);
        if (taint.size === 0 && (parent === undefined || this.lookup(parent).size === 0))
            this.entries.delete(path);
        else
            this.entries.set(path, taint);
    }
    /** Weak update: the path may now also hold `taint` (element writes, `+=`, propagators). */
    add(path, taint) {
        if (taint.size === 0)
            return;
        this.entries.set(path, union(this.lookup(path), taint));
    }
    /** The state after either of several paths: tainted if tainted on any of them. */
    static join(envs) {
        const keys = new Set(envs.flatMap((env) => [...env.entries.keys()]));
        const joined = new Map();
        for (const key of keys)
            joined.set(key, union(...envs.map((env) => env.lookup(key))));
        return new TaintEnv(joined);
    }
    equals(other) {
        if (this.entries.size !== other.entries.size)
            return false;
        for (const [key, taint] of this.entries) {
            const theirs = other.entries.get(key);
            if (!theirs || !sameTaint(taint, theirs))
                return false;
        }
        return true;
    }
}
function parentPath(path) {
    const dot = path.lastIndexOf('.');
    return dot > 0 ? path.slice(0, dot) : undefined;
}

;// CONCATENATED MODULE: ./src/engine/taint/function-analysis.ts






const MAX_LOOP_ROUNDS = 4;
function parameterLabel(id, index) {
    return `\0${id}:${index}`;
}
/**
 * Flow-sensitive, intra-procedural taint over one function body: statements in order, assignments
 * update the environment (a clean value untaints), branches join (tainted on any path), loops repeat to
 * a fixpoint. Expressions are tainted when any part is, unless a sanitizer matches them.
 */
class FunctionAnalysis {
    ctx;
    fn;
    summary;
    env;
    returns = CLEAN;
    constructor(ctx, fn, env, summary) {
        this.ctx = ctx;
        this.fn = fn;
        this.summary = summary;
        this.env = env;
    }
    run() {
        this.summary.params.forEach((param, index) => {
            let taint = new Set([parameterLabel(this.summary.id, index)]);
            taint = union(taint, this.sourceTaint(param.node, CLEAN));
            if (param.defaultValue)
                taint = union(taint, this.visit(param.defaultValue));
            for (const name of param.names)
                this.env.assign(name, union(taint, this.declaredAsSource(param, name)));
        });
        if (!KINDS.function.has(this.fn.type)) {
            // The file itself: its statements in order.
            this.visitAll(namedChildren(this.fn));
        }
        else {
            const body = namedChildren(this.fn).at(-1);
            if (body && KINDS.block.has(body.type))
                this.visit(body);
            else if (body && !KINDS.parameterList.has(body.type))
                this.returns = union(this.returns, this.visit(body));
        }
        this.summary.returns = this.returns;
        return this.summary;
    }
    visitAll(nodes) {
        for (const node of nodes)
            this.visit(node);
    }
    /** The taint of `node`'s value, updating the environment with its effects on the way. */
    visit(node) {
        if (!node.named || node.type === 'comment')
            return CLEAN;
        // The scanner's per-file time limit covers taint analysis too.
        checkDeadline();
        if (KINDS.function.has(node.type) && node !== this.fn) {
            this.ctx.analyseNested(node, this.env.clone());
            return CLEAN;
        }
        let taint = this.visitInner(node);
        taint = this.sourceTaint(node, taint);
        if (this.sanitized(node))
            taint = CLEAN;
        taint = this.propagate(node, taint);
        if (taint.size > 0 && this.ctx.safeValue?.(node))
            taint = CLEAN;
        this.ctx.record(node, taint);
        return taint;
    }
    visitInner(node) {
        const { type } = node;
        if (KINDS.identifier.has(type) || KINDS.self.has(type))
            return this.read(node);
        if (KINDS.member.has(type)) {
            const object = namedChildren(node)[0];
            const taint = object ? this.visit(object) : CLEAN;
            const path = accessPath(node, this.ctx.source);
            return path !== undefined && this.env.has(path)
                ? this.read(node)
                : union(taint, this.read(node, false));
        }
        if (KINDS.assignment.has(type) || KINDS.augmented.has(type))
            return this.assignment(node);
        if (KINDS.call.has(type))
            return this.call(node);
        if (KINDS.keywordArgument.has(type)) {
            const value = namedChildren(node).at(-1);
            return value ? this.visit(value) : CLEAN;
        }
        if (KINDS.return.has(type)) {
            const taint = this.visitChildren(node);
            this.returns = union(this.returns, taint);
            return taint;
        }
        if (KINDS.if.has(type))
            return this.branches(node);
        if (KINDS.loop.has(type))
            return this.loop(node);
        if (KINDS.try.has(type))
            return this.tryStatement(node);
        if (KINDS.switch.has(type))
            return this.switchStatement(node);
        if (KINDS.comprehension.has(type)) {
            const parts = namedChildren(node);
            const clauses = parts.filter((part) => KINDS.comprehensionClause.has(part.type));
            return union(...[...clauses, ...parts.filter((part) => !clauses.includes(part))].map((p) => this.visit(p)));
        }
        if (KINDS.comprehensionClause.has(type)) {
            const parts = forEachParts(node);
            if (!parts)
                return this.visitChildren(node);
            const taint = this.visit(parts.iterated);
            this.bind(parts.target, taint, true);
            return taint;
        }
        if (KINDS.asPattern.has(type)) {
            const [value, target] = namedChildren(node);
            const taint = value ? this.visit(value) : CLEAN;
            if (target)
                this.bind(target, taint, true);
            return taint;
        }
        if (KINDS.type.has(type))
            return CLEAN;
        return this.visitChildren(node);
    }
    visitChildren(node) {
        return union(...namedChildren(node).map((child) => this.visit(child)));
    }
    /** Reads a variable or field; by-side-effect sources and sanitizers matching it change it from here on. */
    read(node, fallbackToPrefix = true) {
        const path = accessPath(node, this.ctx.source);
        if (path === undefined)
            return CLEAN;
        const current = fallbackToPrefix || this.env.has(path) ? this.env.lookup(path) : CLEAN;
        return this.sideEffects(node, path, current);
    }
    sideEffects(node, path, current) {
        let taint = current;
        for (const site of this.ctx.sites.sanitizers.at(node)) {
            if (site.item.bySideEffect === false)
                continue;
            this.env.assign(path, CLEAN);
            if (site.item.bySideEffect === true)
                taint = CLEAN;
        }
        for (const site of this.ctx.sites.sources.at(node)) {
            if (site.item.bySideEffect === false)
                continue;
            const labels = this.labelsOf(site, current);
            if (labels.size === 0)
                continue;
            this.env.add(path, labels);
            // `by-side-effect: only` leaves this occurrence as it was; `true` taints it too (added in visit()).
        }
        return taint;
    }
    /** A source that matches the parameter's declaration (`def $F(..., $P, ...)` focused on `$P`) taints it. */
    declaredAsSource(param, name) {
        const end = param.defaultValue ? param.defaultValue.start : param.node.end;
        // `({ params, session }) =>`: a source on `params` taints params, not session.
        const written = bindingSites(param, this.ctx.source);
        const elsewhere = (site) => {
            const within = (n) => site.start <= n.start && n.end <= site.end;
            const around = written.find(({ node }) => node.start <= site.start && site.end <= node.end);
            if (around)
                return around.name !== name;
            const spanned = written.filter(({ node }) => within(node));
            return spanned.length > 0 && !spanned.some((w) => w.name === name);
        };
        const inside = this.ctx.sites.sources.all.filter((site) => site.start >= param.node.start &&
            site.end <= end &&
            site.item.bySideEffect !== 'only' &&
            !elsewhere(site));
        return union(...inside.map((site) => this.labelsOf(site, CLEAN)));
    }
    sourceTaint(node, inner) {
        if (this.ctx.sites.sources.size === 0)
            return inner;
        const labels = this.ctx.sites.sources
            .covering(node)
            .filter((site) => site.item.bySideEffect !== 'only')
            .map((site) => this.labelsOf(site, inner));
        return union(inner, ...labels);
    }
    labelsOf(site, inner) {
        // A source with `requires` only fires when what it matched already carries those labels.
        if (site.item.requires && !satisfiesRequires(site.item.requires, inner))
            return CLEAN;
        return new Set([site.item.label ?? DEFAULT_LABEL]);
    }
    sanitized(node) {
        if (this.ctx.sites.sanitizers.size === 0)
            return false;
        return this.ctx.sites.sanitizers.covering(node).some((site) => site.item.bySideEffect !== 'only');
    }
    /** `pattern-propagators`: when a match's `from` is tainted, its `to` becomes tainted (by side effect). */
    propagate(node, taint) {
        const sites = this.ctx.sites.propagators.get(rangeKey(node));
        if (!sites)
            return taint;
        let result = taint;
        for (const site of sites) {
            // `from: $...X`: the bound siblings (arguments) carry the taint of any of them.
            const fromNodes = site.from.node ? [site.from.node] : (site.from.nodes ?? []);
            const from = union(...fromNodes.map((fromNode) => this.taintOf(fromNode)));
            if (from.size === 0)
                continue;
            const toNode = site.to.node;
            const toPath = toNode && accessPath(toNode, this.ctx.source);
            if (toPath !== undefined)
                this.env.add(toPath, from);
            if (toNode)
                this.ctx.record(toNode, union(this.ctx.recorded(toNode) ?? CLEAN, from));
            if (site.to.start === node.start && site.to.end === node.end)
                result = union(result, from);
        }
        return result;
    }
    /** The taint already computed for `node`, else that of the variable or field it names. */
    taintOf(node) {
        const path = accessPath(node, this.ctx.source);
        return this.ctx.recorded(node) ?? (path !== undefined ? this.env.lookup(path) : CLEAN);
    }
    assignment(node) {
        const { targets, values } = assignmentSides(node);
        const taint = union(...values.map((value) => this.visit(value)));
        const weak = isCompoundAssignment(node);
        for (const target of targets)
            this.bind(target, taint, !weak);
        return taint;
    }
    /** Writes `taint` into an l-value: variables and fields strongly, elements weakly, patterns element-wise. */
    bind(target, taint, strong) {
        const path = accessPath(target, this.ctx.source);
        if (path !== undefined &&
            (KINDS.identifier.has(target.type) || KINDS.member.has(target.type) || KINDS.self.has(target.type))) {
            if (strong)
                this.env.assign(path, taint);
            else
                this.env.add(path, taint);
            this.sideEffects(target, path, this.env.lookup(path));
            return;
        }
        if (target.type === 'shorthand_property_identifier_pattern') {
            this.env.assign(this.ctx.source.slice(target.start, target.end), taint);
            return;
        }
        if (KINDS.subscript.has(target.type)) {
            const [object, ...indexes] = namedChildren(target);
            indexes.forEach((index) => this.visit(index));
            const objectPath = object && accessPath(object, this.ctx.source);
            if (objectPath !== undefined)
                this.env.add(objectPath, taint);
            return;
        }
        if (target.type === 'pair_pattern' || target.type === 'assignment_pattern') {
            const parts = namedChildren(target);
            const bound = target.type === 'pair_pattern' ? parts.at(-1) : parts[0];
            if (bound)
                this.bind(bound, taint, strong);
            return;
        }
        if (KINDS.destructuring.has(target.type) || /pattern/.test(target.type)) {
            for (const element of namedChildren(target))
                this.bind(element, taint, strong);
        }
    }
    call(node) {
        const args = node.children.find((child) => KINDS.arguments.has(child.type));
        const calleeParts = namedChildren(node).filter((child) => child !== args);
        // Java `obj.m(...)` and Ruby `obj.m(...)` have the receiver and the method name as children of the call itself.
        if (node.type === 'method_invocation' && calleeParts.length >= 2)
            return this.javaMethodCall(calleeParts, args);
        if (node.type === 'call' && calleeParts.length >= 2 && calleeParts[1].type === 'identifier')
            return this.javaMethodCall(calleeParts, args);
        const callee = calleeParts[0];
        let calleeTaint = CLEAN;
        // `obj.method(...)`: a method of a tainted object returns tainted data; a plain function name does not.
        if (callee && !KINDS.identifier.has(callee.type))
            calleeTaint = this.visit(callee);
        else if (callee)
            this.ctx.record(callee, CLEAN);
        const argNodes = args ? namedChildren(args) : calleeParts.slice(1);
        const argTaints = argNodes.map((arg) => this.visit(arg));
        const summary = callee && this.ctx.summaryForCall(callee);
        if (!summary)
            return union(calleeTaint, ...argTaints);
        return union(calleeTaint, this.applySummary(summary, callee, argNodes, argTaints));
    }
    /**
     * `obj.m(args)`: a method of a tainted object returns tainted data, as do tainted arguments. Only
     * `this.m(...)` is known to call a method of this file, so only it uses the method's summary.
     */
    javaMethodCall(calleeParts, args) {
        const [receiver, name] = calleeParts;
        const self = KINDS.self.has(receiver.type);
        const receiverTaint = self ? CLEAN : this.visit(receiver);
        this.ctx.record(name, CLEAN);
        const argNodes = args ? namedChildren(args) : [];
        const argTaints = argNodes.map((arg) => this.visit(arg));
        const summary = self ? this.ctx.summaryForCall(name) : undefined;
        if (!summary)
            return union(receiverTaint, ...argTaints);
        return union(receiverTaint, this.applySummary(summary, name, argNodes, argTaints));
    }
    /** Substitutes the caller's argument taint for the callee's parameter placeholders. */
    applySummary(summary, callee, argNodes, argTaints) {
        const byParam = new Map();
        const add = (index, taint) => byParam.set(index, union(byParam.get(index) ?? CLEAN, taint));
        // `self.helper(x)` / `obj.method(x)` on a Python method: `self` is not among the arguments.
        const first = summary.params[0]?.names[0];
        const offset = KINDS.member.has(callee.type) && (first === 'self' || first === 'cls') ? 1 : 0;
        let position = offset;
        argNodes.forEach((arg, i) => {
            if (KINDS.keywordArgument.has(arg.type)) {
                const name = namedChildren(arg)[0];
                const text = name && this.ctx.source.slice(name.start, name.end);
                const index = summary.params.findIndex((param) => param.names.includes(text ?? ''));
                if (index >= 0)
                    add(index, argTaints[i]);
                return;
            }
            if (/splat|spread/.test(arg.type)) {
                summary.params.forEach((_, index) => add(index, argTaints[i]));
                return;
            }
            const rest = summary.params.findIndex((param) => param.rest);
            add(rest >= 0 && position >= rest ? rest : position, argTaints[i]);
            position += 1;
        });
        for (const [index, sinks] of summary.paramSinks) {
            const taint = byParam.get(index);
            if (taint && taint.size > 0)
                for (const site of sinks)
                    this.ctx.reachSink(site, taint);
        }
        const prefix = `\0${summary.id}:`;
        const result = [];
        for (const label of summary.returns) {
            if (label.startsWith(prefix))
                result.push(byParam.get(Number(label.slice(prefix.length))) ?? CLEAN);
            else
                result.push(new Set([label]));
        }
        return union(...result);
    }
    /** if / elif / else: each branch starts from the state after the condition; the join is their union. */
    branches(node) {
        const [condition, consequence, ...alternatives] = namedChildren(node);
        if (!condition)
            return CLEAN;
        const taint = this.visit(condition);
        const start = this.env;
        const outcomes = [];
        let exhaustive = false;
        for (const branch of [consequence, ...alternatives]) {
            if (!branch)
                continue;
            if (KINDS.else.has(branch.type))
                exhaustive = true;
            this.env = start.clone();
            this.visit(branch);
            outcomes.push(this.env);
        }
        if (!exhaustive)
            outcomes.push(start);
        this.env = TaintEnv.join(outcomes);
        return taint;
    }
    /** Loop bodies may run zero or more times: repeat until the state stops changing. */
    loop(node) {
        const forEach = forEachParts(node);
        const parts = namedChildren(node).filter((part) => !forEach || (part !== forEach.target && part !== forEach.iterated));
        let taint = CLEAN;
        for (let round = 0; round < MAX_LOOP_ROUNDS; round += 1) {
            const before = this.env.clone();
            if (forEach) {
                taint = union(taint, this.visit(forEach.iterated));
                this.bind(forEach.target, taint, true);
            }
            for (const part of parts)
                this.visit(part);
            this.env = TaintEnv.join([before, this.env]);
            if (this.env.equals(before))
                break;
        }
        return CLEAN;
    }
    /** A handler may start anywhere in the body; `finally` runs after every path. */
    tryStatement(node) {
        const parts = namedChildren(node);
        const isHandler = (part) => /except|catch|rescue/.test(part.type);
        const isFinally = (part) => /finally|ensure/.test(part.type);
        const start = this.env.clone();
        const handlers = [];
        const finals = [];
        let seenHandler = false;
        for (const part of parts) {
            if (isHandler(part)) {
                handlers.push(part);
                seenHandler = true;
            }
            else if (isFinally(part))
                finals.push(part);
            else if (!seenHandler || KINDS.else.has(part.type))
                this.visit(part);
        }
        const afterBody = this.env;
        const outcomes = [afterBody];
        for (const handler of handlers) {
            this.env = TaintEnv.join([start, afterBody]);
            this.visit(handler);
            outcomes.push(this.env);
        }
        this.env = TaintEnv.join(outcomes);
        this.visitAll(finals);
        return CLEAN;
    }
    /** switch / match: each case may run from the state after the subject, or none may. */
    switchStatement(node) {
        const [subject, ...rest] = namedChildren(node);
        if (!subject)
            return CLEAN;
        const taint = this.visit(subject);
        const body = rest.length === 1 && !/case|arm|when/.test(rest[0].type) ? namedChildren(rest[0]) : rest;
        const start = this.env;
        const outcomes = [start];
        for (const branch of body) {
            this.env = start.clone();
            this.visit(branch);
            outcomes.push(this.env);
        }
        this.env = TaintEnv.join(outcomes);
        return taint;
    }
}

;// CONCATENATED MODULE: ./src/engine/taint/file-analysis.ts






/**
 * Taint across the functions of one file. The top level is analysed as a function; every function it
 * meets is analysed once — nested ones (callbacks, closures) seeing the state where they are defined,
 * ones called before they are met on demand — and leaves a summary that call sites apply: which
 * parameters reach the return value, and which reach sinks inside it.
 */
class FileAnalysis {
    sites;
    tree;
    safeValue;
    source;
    taintOf = new Map();
    recordedAt = new Map();
    taintedNodes = [];
    summaries = new Map();
    summariesById = new Map();
    inProgress = new Set();
    functionsByName;
    findings = new Map();
    sinkStarts;
    seenAtSink = new Set();
    constructor(sites, tree, 
    /** Values the rule assumes safe by their static type (see safe-types). */
    safeValue) {
        this.sites = sites;
        this.tree = tree;
        this.safeValue = safeValue;
        this.source = tree.source;
        this.functionsByName = indexFunctions(tree.root, tree.source);
        this.sinkStarts = new Set(sites.sinks.map((site) => site.start));
    }
    run() {
        this.analyse(this.tree.root, TaintEnv.empty());
        return [...this.findings.values()].sort((a, b) => a.start - b.start || a.end - b.end);
    }
    analyse(fn, env) {
        const id = String(this.summaries.size);
        const summary = {
            id,
            params: fn === this.tree.root ? [] : parametersOf(fn, this.source),
            returns: CLEAN,
            paramSinks: new Map(),
        };
        this.summaries.set(fn, summary);
        this.summariesById.set(id, summary);
        this.inProgress.add(fn);
        new FunctionAnalysis(this, fn, env, summary).run();
        this.checkSinks(fn);
        this.inProgress.delete(fn);
        return summary;
    }
    summaryForCall(callee) {
        const fn = this.resolve(callee);
        // Unknown, ambiguous or recursive: Semgrep's default, the result carries the arguments' taint.
        if (!fn || this.inProgress.has(fn))
            return undefined;
        return this.summaries.get(fn) ?? this.analyse(fn, TaintEnv.empty());
    }
    resolve(callee) {
        if (KINDS.identifier.has(callee.type))
            return this.functionsByName.get(this.tree.text(callee)) ?? undefined;
        if (KINDS.member.has(callee.type)) {
            // Only `self.m()` / `this.m()`: any other receiver may be an object of a class we cannot see.
            const [object, ...rest] = namedChildren(callee);
            const name = rest.at(-1);
            const receiver = object && accessPath(object, this.source);
            if (name && (receiver === 'self' || receiver === 'this'))
                return this.functionsByName.get(this.tree.text(name)) ?? undefined;
        }
        return undefined;
    }
    analyseNested(fn, env) {
        if (!this.summaries.has(fn))
            this.analyse(fn, env);
    }
    record(node, taint) {
        // Only what sink checks read is kept: nodes that sit exactly on a sink, and tainted nodes.
        if (this.sinkStarts.has(node.start) && !this.seenAtSink.has(node)) {
            this.seenAtSink.add(node);
            const key = rangeKey(node);
            this.recordedAt.set(key, [...(this.recordedAt.get(key) ?? []), node]);
        }
        if (taint.size === 0)
            return;
        const previous = this.taintOf.get(node);
        if (!previous)
            this.taintedNodes.push(node);
        this.taintOf.set(node, previous ? union(previous, taint) : taint);
    }
    recorded(node) {
        return this.taintOf.get(node);
    }
    /** Real labels make a finding; a parameter's placeholder makes the sink part of that function's summary. */
    reachSink(site, taint) {
        if (!this.findings.has(site) && satisfiesRequires(site.item.requires, taint)) {
            this.findings.set(site, { start: site.start, end: site.end, bindings: site.bindings });
        }
        for (const label of taint) {
            if (!isParameterLabel(label))
                continue;
            const [id, index] = label.slice(1).split(':');
            const summary = this.summariesById.get(id);
            if (!summary)
                continue;
            const sinks = summary.paramSinks.get(Number(index)) ?? new Set();
            sinks.add(site);
            summary.paramSinks.set(Number(index), sinks);
        }
    }
    checkSinks(fn) {
        const sinks = this.sites.sinks;
        let low = 0;
        let high = sinks.length;
        while (low < high) {
            const mid = (low + high) >> 1;
            if (sinks[mid].start < fn.start)
                low = mid + 1;
            else
                high = mid;
        }
        for (let i = low; i < sinks.length && sinks[i].start <= fn.end; i += 1) {
            const site = sinks[i];
            if (site.end > fn.end)
                continue;
            const taint = this.sinkTaint(site);
            if (taint.size > 0)
                this.reachSink(site, taint);
        }
    }
    /**
     * Exact sinks (Semgrep's default) need the matched expression itself to be tainted — for a matched
     * call, one of its arguments; `exact: false` sinks accept taint anywhere inside the match.
     */
    sinkTaint(site) {
        if (site.item.exact) {
            const nodes = this.recordedAt.get(rangeKey(site)) ?? [];
            const call = nodes.find((node) => KINDS.call.has(node.type));
            if (call) {
                const args = call.children.find((child) => KINDS.arguments.has(child.type));
                const argNodes = args ? namedChildren(args) : [];
                return union(...[...argNodes, ...receiverOf(call, args)].map((arg) => this.taintOf.get(arg) ?? CLEAN));
            }
            if (nodes.length > 0)
                return union(...nodes.map((node) => this.taintOf.get(node) ?? CLEAN));
        }
        const inside = this.taintedNodes.filter((node) => site.start <= node.start && node.end <= site.end);
        return union(...inside.map((node) => this.taintOf.get(node) ?? CLEAN));
    }
}
/**
 * The object a method is called on (`obj` in `obj.m(...)`, Java's `obj.m(...)` too): like Semgrep, a
 * matched method call is a tainted sink when its receiver is, as the call reads it.
 */
function receiverOf(call, args) {
    const calleeParts = namedChildren(call).filter((child) => child !== args);
    if (call.type === 'method_invocation')
        return calleeParts.length >= 2 ? [calleeParts[0]] : [];
    const callee = calleeParts[0];
    if (!callee || !KINDS.member.has(callee.type))
        return [];
    const object = namedChildren(callee)[0];
    return object && object !== callee ? [object] : [];
}
/** Functions by the name calls use for them; a name defined twice is ambiguous (null) and gets no summary. */
function indexFunctions(root, source) {
    const byName = new Map();
    const stack = [[root, undefined]];
    while (stack.length > 0) {
        const [node, parent] = stack.pop();
        if (KINDS.function.has(node.type)) {
            const name = functionName(node, parent, source);
            if (name)
                byName.set(name, byName.has(name) ? null : node);
        }
        for (const child of node.children)
            stack.push([child, node]);
    }
    return byName;
}
const NAME_TYPES = new Set([
    'identifier',
    'property_identifier',
    'field_identifier',
    'name',
    'simple_identifier',
]);
function functionName(fn, parent, source) {
    for (const child of fn.children) {
        if (KINDS.parameterList.has(child.type) || KINDS.block.has(child.type))
            break;
        if (NAME_TYPES.has(child.type))
            return source.slice(child.start, child.end);
    }
    // `const f = (x) => …`, `f = lambda x: …`
    if (parent && (KINDS.assignment.has(parent.type) || parent.type === 'pair')) {
        const target = namedChildren(parent)[0];
        if (target && target !== fn && KINDS.identifier.has(target.type))
            return source.slice(target.start, target.end);
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/engine/taint/safe-types.ts

/** Languages whose static types the file shows (declarations, literals, operators): see jvm-go-types. */
const TYPED_LANGUAGES = new Set(['java', 'csharp', 'kotlin', 'go']);
const BOOLEANS = new Set(['boolean', 'Boolean', 'bool', 'Bool']);
const NUMBERS = new Set([
    // Java, Kotlin, C#
    'int',
    'long',
    'short',
    'byte',
    'float',
    'double',
    'Integer',
    'Long',
    'Short',
    'Byte',
    'Float',
    'Double',
    'Int',
    'decimal',
    'uint',
    'ulong',
    'ushort',
    'sbyte',
    // Go
    'int8',
    'int16',
    'int32',
    'int64',
    'uint8',
    'uint16',
    'uint32',
    'uint64',
    'uintptr',
    'float32',
    'float64',
    'rune',
]);
/**
 * Semgrep's `taint_assume_safe_booleans` / `taint_assume_safe_numbers`: a value whose static type is a
 * boolean (a comparison, `!x`, a `boolean` variable) or a number cannot carry an injection, so it is
 * never tainted. Returns undefined when the rule asks for neither or the language shows no types.
 */
function safeTypedValues(spec, tree, language) {
    const { assumeSafeBooleans, assumeSafeNumbers } = spec;
    if ((!assumeSafeBooleans && !assumeSafeNumbers) || !TYPED_LANGUAGES.has(language ?? ''))
        return undefined;
    return (node) => {
        const type = jvmGoTypeOf(node, tree, language);
        if (type === undefined)
            return false;
        return ((assumeSafeBooleans === true && BOOLEANS.has(type)) || (assumeSafeNumbers === true && NUMBERS.has(type)));
    };
}

;// CONCATENATED MODULE: ./src/engine/taint/find-taint-matches.ts



/**
 * Semgrep's taint mode on one parsed file: the spans of sinks that tainted data reaches, with the sink's
 * bindings (for message interpolation). Like search-mode matches, these become findings in build-findings.
 */
function findTaintMatches(spec, target) {
    if (!target.tree)
        return [];
    const sites = findTaintSites(spec, target);
    if (!sites)
        return [];
    try {
        return new FileAnalysis(sites, target.tree, safeTypedValues(spec, target.tree, target.language)).run();
    }
    catch (error) {
        // Deeply nested code (minified bundles) can exhaust the stack; say so rather than a bare RangeError.
        if (error instanceof RangeError)
            throw new Error(`taint analysis gave up: ${error.message}`);
        throw error;
    }
}

;// CONCATENATED MODULE: ./src/engine/taint/evaluate-rule.ts


/** A rule's matches in one file: its formula's for search rules, the reached sinks for taint rules. */
function evaluateRule(rule, target) {
    if (rule.taint)
        return findTaintMatches(rule.taint, target);
    // A range matched with several binding sets is one finding (the first binding set names it).
    const seen = new Set();
    return evaluateFormula(rule.formula, target).filter((match) => {
        const key = `${match.start}:${match.end}`;
        if (seen.has(key))
            return false;
        seen.add(key);
        return true;
    });
}

;// CONCATENATED MODULE: ./src/engine/scan/scan-file.ts





/** A tree that is more than half ERROR is not code we can reason about; smaller errors are scanned, as Semgrep does. */
const MAX_ERROR_COVERAGE = 0.5;
/**
 * All per-file work: parse once, evaluate every applicable rule. Pure apart from the shared parsers,
 * so it runs the same in a scan worker (scan-pool.ts) as in-process. `rules` are already the ones that apply to this file.
 */
async function scanFile(path, source, language, rules, options = {}) {
    const target = { source, language };
    if (language && rules.some((rule) => !rule.textOnly && needsTree(rule))) {
        const tree = await parseTarget(source, language);
        if (!tree)
            return { kind: 'skipped', reason: 'parse-error', detail: 'parser returned no tree' };
        try {
            const root = toPlainTree(tree);
            const coverage = tree.rootNode.hasError ? errorCoverage(root) : 0;
            if (coverage > MAX_ERROR_COVERAGE) {
                return {
                    kind: 'skipped',
                    reason: 'parse-error',
                    detail: `${Math.round(coverage * 100)}% of the file does not parse`,
                };
            }
            target.tree = new TargetTree(root, source).useTokens(options.tokens);
        }
        finally {
            tree.delete();
        }
    }
    const matches = [];
    const problems = [];
    for (const rule of rules) {
        const disarm = armDeadline(options.timeoutMs ?? Number.POSITIVE_INFINITY);
        try {
            for (const match of evaluateRule(rule, target))
                matches.push({ ...match, rule });
        }
        catch (error) {
            if (error instanceof DeadlineExceeded) {
                // Semgrep's --timeout semantics: the rule is abandoned on this file, the scan is incomplete.
                problems.push({
                    kind: 'timeout',
                    message: `rule ${rule.id} on ${path}: ${error.message}`,
                    path,
                    ruleId: rule.id,
                });
                continue;
            }
            // One rule failing on one file must not hide the rest, and must not pass silently either.
            problems.push({
                kind: 'internal-error',
                message: `rule ${rule.id} failed on ${path}: ${error instanceof Error ? error.message : String(error)}`,
                path,
                ruleId: rule.id,
            });
        }
        finally {
            disarm();
        }
    }
    return { kind: 'scanned', matches, problems };
}
// Rules made only of regexes never need the parse tree.
function needsTree(rule) {
    if (rule.taint)
        return true;
    const stack = [rule.formula];
    while (stack.length > 0) {
        const formula = stack.pop();
        if (!formula)
            break;
        if (formula.kind === 'pattern')
            return true;
        if (formula.kind === 'either')
            stack.push(...formula.branches);
        if (formula.kind === 'all')
            stack.push(...formula.positives, ...formula.insides, ...formula.nots, ...formula.notInsides);
    }
    return false;
}

;// CONCATENATED MODULE: ./src/engine/scan/scan-target.ts







const MINIFIABLE = new Set(['javascript', 'typescript', 'tsx']);
/** Scans single files of a workspace with one rule set: the whole per-file part of scanRepository. */
class TargetScanner {
    workspace;
    rules;
    options;
    textRules;
    vocabulary;
    constructor(workspace, rules, options) {
        this.workspace = workspace;
        this.rules = rules;
        this.options = options;
        this.textRules = rules.filter((rule) => rule.textOnly);
        this.vocabulary = vocabularyOf(rules);
    }
    /** Never throws for a problem with the file itself: it is skipped, or the failure is a problem. */
    async scan(relative) {
        const text = readTargetSync(external_node_path_default().join(this.workspace, relative), this.options.maxFileBytes);
        if (!text.ok)
            return { kind: 'skipped', skip: { path: relative, reason: text.reason, detail: text.detail } };
        const language = detectLanguage(relative, text.source.slice(0, text.source.indexOf('\n') >>> 0));
        const rules = [
            ...(language ? this.rules.filter((rule) => rule.targetLanguages.includes(language)) : []),
            ...this.textRules,
        ].filter((rule) => this.options.ignoreRulePaths || appliesToPath(rule, relative));
        if (rules.length === 0) {
            return {
                kind: 'skipped',
                skip: {
                    path: relative,
                    reason: 'unsupported-language',
                    detail: language ?? 'no rule language applies',
                },
            };
        }
        const minified = language && MINIFIABLE.has(language) ? minifiedReason(text.source) : undefined;
        if (minified)
            return { kind: 'skipped', skip: { path: relative, reason: 'minified', detail: minified } };
        // Rules whose required words the file lacks cannot match: skip them (and the parse, when none is left).
        const fileText = new FileText(text.source, this.vocabulary);
        const candidates = rules.filter((rule) => mayMatch(rule, fileText));
        try {
            const outcome = await scanFile(relative, text.source, language, candidates, {
                timeoutMs: this.options.timeoutPerFileMs,
                tokens: fileText.tokens,
            });
            if (outcome.kind === 'skipped') {
                return { kind: 'skipped', skip: { path: relative, reason: outcome.reason, detail: outcome.detail } };
            }
            const findings = buildFileFindings({ path: relative, source: text.source, matches: outcome.matches, byteOffsetBias: text.bomBytes }, this.options.toolVersion);
            return {
                kind: 'scanned',
                language: language ?? 'generic',
                bytes: text.bytes,
                problems: outcome.problems,
                findings,
            };
        }
        catch (error) {
            return {
                kind: 'failed',
                problem: {
                    kind: 'internal-error',
                    message: `could not scan ${relative}: ${String(error)}`,
                    path: relative,
                },
            };
        }
    }
}
function appliesToPath(rule, relative) {
    const { include, exclude } = rule.paths ?? {};
    if (include && include.length > 0 && !include.some((glob) => matchesPathGlob(relative, glob)))
        return false;
    return !exclude?.some((glob) => matchesPathGlob(relative, glob));
}

;// CONCATENATED MODULE: ./src/engine/scan/scan-worker.ts
// Entry of the scan worker bundle (dist/scan-worker/index.js, see scan-pool.ts): takes the main thread's
// rules (or loads the same rule files), then takes the scan's files one at a time from the shared
// counter, so the module-level deadline (deadline.ts) and the shared parsers serve one file at a time,
// as in-process.






async function loadSameRules(setup) {
    if (setup.rules)
        return setup.rules;
    const rules = [];
    for (const ruleset of setup.rulesets) {
        const bytes = ruleset.text !== undefined ? Buffer.from(ruleset.text, 'utf8') : await (0,promises_namespaceObject.readFile)(ruleset.path);
        if ((0,external_node_crypto_namespaceObject.createHash)('sha256').update(bytes).digest('hex') !== ruleset.sha256)
            throw new Error(`${ruleset.path} changed since the scan started`);
        rules.push(...(await parseRuleFile(ruleset.path, bytes.toString('utf8'))));
    }
    const ids = rules.map((rule) => rule.id);
    if (ids.length !== setup.ruleIds.length || ids.some((id, i) => id !== setup.ruleIds[i]))
        throw new Error('the rule files do not give the rules the scan loaded');
    return rules;
}
async function serve(port, setup) {
    const reply = (message) => port.postMessage(message);
    let scanner;
    try {
        scanner = new TargetScanner(setup.workspace, await loadSameRules(setup), setup.options);
    }
    catch (error) {
        reply({ type: 'init-failed', message: String(error) });
        return;
    }
    const { files, next } = setup;
    for (let index = takeNextFile(next); index < files.length; index = takeNextFile(next)) {
        reply({ type: 'done', index, outcome: await scanner.scan(files[index]) });
    }
    reply({ type: 'finished' });
}
if (external_node_worker_threads_namespaceObject.parentPort)
    void serve(external_node_worker_threads_namespaceObject.parentPort, external_node_worker_threads_namespaceObject.workerData);

