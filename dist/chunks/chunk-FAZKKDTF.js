import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);
import {
  __commonJS,
  __require,
  __toESM
} from "./chunk-BE7JI7H6.js";

// node_modules/yaml/dist/nodes/identity.js
var require_identity = __commonJS({
  "node_modules/yaml/dist/nodes/identity.js"(exports) {
    "use strict";
    var ALIAS = /* @__PURE__ */ Symbol.for("yaml.alias");
    var DOC = /* @__PURE__ */ Symbol.for("yaml.document");
    var MAP = /* @__PURE__ */ Symbol.for("yaml.map");
    var PAIR = /* @__PURE__ */ Symbol.for("yaml.pair");
    var SCALAR = /* @__PURE__ */ Symbol.for("yaml.scalar");
    var SEQ = /* @__PURE__ */ Symbol.for("yaml.seq");
    var NODE_TYPE = /* @__PURE__ */ Symbol.for("yaml.node.type");
    var isAlias3 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === ALIAS;
    var isDocument = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === DOC;
    var isMap3 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === MAP;
    var isPair3 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === PAIR;
    var isScalar5 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SCALAR;
    var isSeq3 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SEQ;
    function isCollection(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case MAP:
          case SEQ:
            return true;
        }
      return false;
    }
    function isNode(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case ALIAS:
          case MAP:
          case SCALAR:
          case SEQ:
            return true;
        }
      return false;
    }
    var hasAnchor = (node) => (isScalar5(node) || isCollection(node)) && !!node.anchor;
    exports.ALIAS = ALIAS;
    exports.DOC = DOC;
    exports.MAP = MAP;
    exports.NODE_TYPE = NODE_TYPE;
    exports.PAIR = PAIR;
    exports.SCALAR = SCALAR;
    exports.SEQ = SEQ;
    exports.hasAnchor = hasAnchor;
    exports.isAlias = isAlias3;
    exports.isCollection = isCollection;
    exports.isDocument = isDocument;
    exports.isMap = isMap3;
    exports.isNode = isNode;
    exports.isPair = isPair3;
    exports.isScalar = isScalar5;
    exports.isSeq = isSeq3;
  }
});

// node_modules/yaml/dist/visit.js
var require_visit = __commonJS({
  "node_modules/yaml/dist/visit.js"(exports) {
    "use strict";
    var identity = require_identity();
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove node");
    function visit(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        visit_(null, node, visitor_, Object.freeze([]));
    }
    visit.BREAK = BREAK;
    visit.SKIP = SKIP;
    visit.REMOVE = REMOVE;
    function visit_(key, node, visitor, path) {
      const ctrl = callVisitor(key, node, visitor, path);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visit_(key, ctrl, visitor, path);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path = Object.freeze(path.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = visit_(i, node.items[i], visitor, path);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity.isPair(node)) {
          path = Object.freeze(path.concat(node));
          const ck = visit_("key", node.key, visitor, path);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = visit_("value", node.value, visitor, path);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    async function visitAsync(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        await visitAsync_(null, node, visitor_, Object.freeze([]));
    }
    visitAsync.BREAK = BREAK;
    visitAsync.SKIP = SKIP;
    visitAsync.REMOVE = REMOVE;
    async function visitAsync_(key, node, visitor, path) {
      const ctrl = await callVisitor(key, node, visitor, path);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visitAsync_(key, ctrl, visitor, path);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path = Object.freeze(path.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = await visitAsync_(i, node.items[i], visitor, path);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity.isPair(node)) {
          path = Object.freeze(path.concat(node));
          const ck = await visitAsync_("key", node.key, visitor, path);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = await visitAsync_("value", node.value, visitor, path);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    function initVisitor(visitor) {
      if (typeof visitor === "object" && (visitor.Collection || visitor.Node || visitor.Value)) {
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
      if (typeof visitor === "function")
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
      return void 0;
    }
    function replaceNode(key, path, node) {
      const parent = path[path.length - 1];
      if (identity.isCollection(parent)) {
        parent.items[key] = node;
      } else if (identity.isPair(parent)) {
        if (key === "key")
          parent.key = node;
        else
          parent.value = node;
      } else if (identity.isDocument(parent)) {
        parent.contents = node;
      } else {
        const pt = identity.isAlias(parent) ? "alias" : "scalar";
        throw new Error(`Cannot replace node with ${pt} parent`);
      }
    }
    exports.visit = visit;
    exports.visitAsync = visitAsync;
  }
});

// node_modules/yaml/dist/doc/directives.js
var require_directives = __commonJS({
  "node_modules/yaml/dist/doc/directives.js"(exports) {
    "use strict";
    var identity = require_identity();
    var visit = require_visit();
    var escapeChars = {
      "!": "%21",
      ",": "%2C",
      "[": "%5B",
      "]": "%5D",
      "{": "%7B",
      "}": "%7D"
    };
    var escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, (ch) => escapeChars[ch]);
    var Directives = class _Directives {
      constructor(yaml, tags) {
        this.docStart = null;
        this.docEnd = false;
        this.yaml = Object.assign({}, _Directives.defaultYaml, yaml);
        this.tags = Object.assign({}, _Directives.defaultTags, tags);
      }
      clone() {
        const copy = new _Directives(this.yaml, this.tags);
        copy.docStart = this.docStart;
        return copy;
      }
      /**
       * During parsing, get a Directives instance for the current document and
       * update the stream state according to the current version's spec.
       */
      atDocument() {
        const res = new _Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
          case "1.1":
            this.atNextDocument = true;
            break;
          case "1.2":
            this.atNextDocument = false;
            this.yaml = {
              explicit: _Directives.defaultYaml.explicit,
              version: "1.2"
            };
            this.tags = Object.assign({}, _Directives.defaultTags);
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
          this.yaml = { explicit: _Directives.defaultYaml.explicit, version: "1.1" };
          this.tags = Object.assign({}, _Directives.defaultTags);
          this.atNextDocument = false;
        }
        const parts = line.trim().split(/[ \t]+/);
        const name = parts.shift();
        switch (name) {
          case "%TAG": {
            if (parts.length !== 2) {
              onError(0, "%TAG directive should contain exactly two parts");
              if (parts.length < 2)
                return false;
            }
            const [handle, prefix] = parts;
            this.tags[handle] = prefix;
            return true;
          }
          case "%YAML": {
            this.yaml.explicit = true;
            if (parts.length !== 1) {
              onError(0, "%YAML directive should contain exactly one part");
              return false;
            }
            const [version] = parts;
            if (version === "1.1" || version === "1.2") {
              this.yaml.version = version;
              return true;
            } else {
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
        if (source === "!")
          return "!";
        if (source[0] !== "!") {
          onError(`Not a valid tag: ${source}`);
          return null;
        }
        if (source[1] === "<") {
          const verbatim = source.slice(2, -1);
          if (verbatim === "!" || verbatim === "!!") {
            onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
            return null;
          }
          if (source[source.length - 1] !== ">")
            onError("Verbatim tags must end with a >");
          return verbatim;
        }
        const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
        if (!suffix)
          onError(`The ${source} tag has no suffix`);
        const prefix = this.tags[handle];
        if (prefix) {
          try {
            return prefix + decodeURIComponent(suffix);
          } catch (error) {
            onError(String(error));
            return null;
          }
        }
        if (handle === "!")
          return source;
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
        return tag[0] === "!" ? tag : `!<${tag}>`;
      }
      toString(doc) {
        const lines = this.yaml.explicit ? [`%YAML ${this.yaml.version || "1.2"}`] : [];
        const tagEntries = Object.entries(this.tags);
        let tagNames;
        if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
          const tags = {};
          visit.visit(doc.contents, (_key, node) => {
            if (identity.isNode(node) && node.tag)
              tags[node.tag] = true;
          });
          tagNames = Object.keys(tags);
        } else
          tagNames = [];
        for (const [handle, prefix] of tagEntries) {
          if (handle === "!!" && prefix === "tag:yaml.org,2002:")
            continue;
          if (!doc || tagNames.some((tn) => tn.startsWith(prefix)))
            lines.push(`%TAG ${handle} ${prefix}`);
        }
        return lines.join("\n");
      }
    };
    Directives.defaultYaml = { explicit: false, version: "1.2" };
    Directives.defaultTags = { "!!": "tag:yaml.org,2002:" };
    exports.Directives = Directives;
  }
});

// node_modules/yaml/dist/doc/anchors.js
var require_anchors = __commonJS({
  "node_modules/yaml/dist/doc/anchors.js"(exports) {
    "use strict";
    var identity = require_identity();
    var visit = require_visit();
    function anchorIsValid(anchor) {
      if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        const sa = JSON.stringify(anchor);
        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
        throw new Error(msg);
      }
      return true;
    }
    function anchorNames(root) {
      const anchors = /* @__PURE__ */ new Set();
      visit.visit(root, {
        Value(_key, node) {
          if (node.anchor)
            anchors.add(node.anchor);
        }
      });
      return anchors;
    }
    function findNewAnchor(prefix, exclude) {
      for (let i = 1; true; ++i) {
        const name = `${prefix}${i}`;
        if (!exclude.has(name))
          return name;
      }
    }
    function createNodeAnchors(doc, prefix) {
      const aliasObjects = [];
      const sourceObjects = /* @__PURE__ */ new Map();
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
            if (typeof ref === "object" && ref.anchor && (identity.isScalar(ref.node) || identity.isCollection(ref.node))) {
              ref.node.anchor = ref.anchor;
            } else {
              const error = new Error("Failed to resolve repeated object (this should not happen)");
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
  }
});

// node_modules/yaml/dist/doc/applyReviver.js
var require_applyReviver = __commonJS({
  "node_modules/yaml/dist/doc/applyReviver.js"(exports) {
    "use strict";
    function applyReviver(reviver, obj, key, val) {
      if (val && typeof val === "object") {
        if (Array.isArray(val)) {
          for (let i = 0, len = val.length; i < len; ++i) {
            const v0 = val[i];
            const v1 = applyReviver(reviver, val, String(i), v0);
            if (v1 === void 0)
              delete val[i];
            else if (v1 !== v0)
              val[i] = v1;
          }
        } else if (val instanceof Map) {
          for (const k of Array.from(val.keys())) {
            const v0 = val.get(k);
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              val.delete(k);
            else if (v1 !== v0)
              val.set(k, v1);
          }
        } else if (val instanceof Set) {
          for (const v0 of Array.from(val)) {
            const v1 = applyReviver(reviver, val, v0, v0);
            if (v1 === void 0)
              val.delete(v0);
            else if (v1 !== v0) {
              val.delete(v0);
              val.add(v1);
            }
          }
        } else {
          for (const [k, v0] of Object.entries(val)) {
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              delete val[k];
            else if (v1 !== v0)
              val[k] = v1;
          }
        }
      }
      return reviver.call(obj, key, val);
    }
    exports.applyReviver = applyReviver;
  }
});

// node_modules/yaml/dist/nodes/toJS.js
var require_toJS = __commonJS({
  "node_modules/yaml/dist/nodes/toJS.js"(exports) {
    "use strict";
    var identity = require_identity();
    function toJS2(value, arg, ctx) {
      if (Array.isArray(value))
        return value.map((v, i) => toJS2(v, String(i), ctx));
      if (value && typeof value.toJSON === "function") {
        if (!ctx || !identity.hasAnchor(value))
          return value.toJSON(arg, ctx);
        const data = { aliasCount: 0, count: 1, res: void 0 };
        ctx.anchors.set(value, data);
        ctx.onCreate = (res2) => {
          data.res = res2;
          delete ctx.onCreate;
        };
        const res = value.toJSON(arg, ctx);
        if (ctx.onCreate)
          ctx.onCreate(res);
        return res;
      }
      if (typeof value === "bigint" && !ctx?.keep)
        return Number(value);
      return value;
    }
    exports.toJS = toJS2;
  }
});

// node_modules/yaml/dist/nodes/Node.js
var require_Node = __commonJS({
  "node_modules/yaml/dist/nodes/Node.js"(exports) {
    "use strict";
    var applyReviver = require_applyReviver();
    var identity = require_identity();
    var toJS2 = require_toJS();
    var NodeBase = class {
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
          throw new TypeError("A document argument is required");
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc,
          keep: true,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS2.toJS(this, "", ctx);
        if (typeof onAnchor === "function")
          for (const { count, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
    };
    exports.NodeBase = NodeBase;
  }
});

// node_modules/yaml/dist/nodes/Alias.js
var require_Alias = __commonJS({
  "node_modules/yaml/dist/nodes/Alias.js"(exports) {
    "use strict";
    var anchors = require_anchors();
    var visit = require_visit();
    var identity = require_identity();
    var Node = require_Node();
    var toJS2 = require_toJS();
    var Alias = class extends Node.NodeBase {
      constructor(source) {
        super(identity.ALIAS);
        this.source = source;
        Object.defineProperty(this, "tag", {
          set() {
            throw new Error("Alias nodes cannot have tags");
          }
        });
      }
      /**
       * Resolve the value of this alias within `doc`, finding the last
       * instance of the `source` anchor before this node.
       */
      resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
          throw new ReferenceError("Alias resolution is disabled");
        let nodes;
        if (ctx?.aliasResolveCache) {
          nodes = ctx.aliasResolveCache;
        } else {
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
        let found = void 0;
        for (const node of nodes) {
          if (node === this)
            break;
          if (node.anchor === this.source)
            found = node;
        }
        if (found && ctx) {
          const { anchors: anchors2, doc: doc2, maxAliasCount } = ctx;
          let data = anchors2.get(found);
          if (!data) {
            toJS2.toJS(found, null, ctx);
            data = anchors2.get(found);
          }
          if (data?.res === void 0) {
            const msg = "This should not happen: Alias anchor was not resolved?";
            throw new ReferenceError(msg);
          }
          if (maxAliasCount >= 0) {
            data.count += 1;
            if (data.aliasCount === 0)
              data.aliasCount = getAliasCount(doc2, found, anchors2);
            if (data.count * data.aliasCount > maxAliasCount) {
              const msg = "Excessive alias count indicates a resource exhaustion attack";
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
    };
    function getAliasCount(doc, node, anchors2) {
      if (identity.isAlias(node)) {
        const source = node.resolve(doc);
        const anchor = anchors2 && source && anchors2.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
      } else if (identity.isCollection(node)) {
        let count = 0;
        for (const item of node.items) {
          const c = getAliasCount(doc, item, anchors2);
          if (c > count)
            count = c;
        }
        return count;
      } else if (identity.isPair(node)) {
        const kc = getAliasCount(doc, node.key, anchors2);
        const vc = getAliasCount(doc, node.value, anchors2);
        return Math.max(kc, vc);
      }
      return 1;
    }
    exports.Alias = Alias;
  }
});

// node_modules/yaml/dist/nodes/Scalar.js
var require_Scalar = __commonJS({
  "node_modules/yaml/dist/nodes/Scalar.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Node = require_Node();
    var toJS2 = require_toJS();
    var isScalarValue = (value) => !value || typeof value !== "function" && typeof value !== "object";
    var Scalar3 = class extends Node.NodeBase {
      constructor(value) {
        super(identity.SCALAR);
        this.value = value;
      }
      toJSON(arg, ctx) {
        return ctx?.keep ? this.value : toJS2.toJS(this.value, arg, ctx);
      }
      toString() {
        return String(this.value);
      }
    };
    Scalar3.BLOCK_FOLDED = "BLOCK_FOLDED";
    Scalar3.BLOCK_LITERAL = "BLOCK_LITERAL";
    Scalar3.PLAIN = "PLAIN";
    Scalar3.QUOTE_DOUBLE = "QUOTE_DOUBLE";
    Scalar3.QUOTE_SINGLE = "QUOTE_SINGLE";
    exports.Scalar = Scalar3;
    exports.isScalarValue = isScalarValue;
  }
});

// node_modules/yaml/dist/doc/createNode.js
var require_createNode = __commonJS({
  "node_modules/yaml/dist/doc/createNode.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var identity = require_identity();
    var Scalar3 = require_Scalar();
    var defaultTagPrefix = "tag:yaml.org,2002:";
    function findTagObject(value, tagName, tags) {
      if (tagName) {
        const match = tags.filter((t) => t.tag === tagName);
        const tagObj = match.find((t) => !t.format) ?? match[0];
        if (!tagObj)
          throw new Error(`Tag ${tagName} not found`);
        return tagObj;
      }
      return tags.find((t) => t.identify?.(value) && !t.format);
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
      if (value instanceof String || value instanceof Number || value instanceof Boolean || typeof BigInt !== "undefined" && value instanceof BigInt) {
        value = value.valueOf();
      }
      const { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx;
      let ref = void 0;
      if (aliasDuplicateObjects && value && typeof value === "object") {
        ref = sourceObjects.get(value);
        if (ref) {
          ref.anchor ?? (ref.anchor = onAnchor(value));
          return new Alias.Alias(ref.anchor);
        } else {
          ref = { anchor: null, node: null };
          sourceObjects.set(value, ref);
        }
      }
      if (tagName?.startsWith("!!"))
        tagName = defaultTagPrefix + tagName.slice(2);
      let tagObj = findTagObject(value, tagName, schema.tags);
      if (!tagObj) {
        if (value && typeof value.toJSON === "function") {
          value = value.toJSON();
        }
        if (!value || typeof value !== "object") {
          const node2 = new Scalar3.Scalar(value);
          if (ref)
            ref.node = node2;
          return node2;
        }
        tagObj = value instanceof Map ? schema[identity.MAP] : Symbol.iterator in Object(value) ? schema[identity.SEQ] : schema[identity.MAP];
      }
      if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
      }
      const node = tagObj?.createNode ? tagObj.createNode(ctx.schema, value, ctx) : typeof tagObj?.nodeClass?.from === "function" ? tagObj.nodeClass.from(ctx.schema, value, ctx) : new Scalar3.Scalar(value);
      if (tagName)
        node.tag = tagName;
      else if (!tagObj.default)
        node.tag = tagObj.tag;
      if (ref)
        ref.node = node;
      return node;
    }
    exports.createNode = createNode;
  }
});

// node_modules/yaml/dist/nodes/Collection.js
var require_Collection = __commonJS({
  "node_modules/yaml/dist/nodes/Collection.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var identity = require_identity();
    var Node = require_Node();
    function collectionFromPath(schema, path, value) {
      let v = value;
      for (let i = path.length - 1; i >= 0; --i) {
        const k = path[i];
        if (typeof k === "number" && Number.isInteger(k) && k >= 0) {
          const a = [];
          a[k] = v;
          v = a;
        } else {
          v = /* @__PURE__ */ new Map([[k, v]]);
        }
      }
      return createNode.createNode(v, void 0, {
        aliasDuplicateObjects: false,
        keepUndefined: false,
        onAnchor: () => {
          throw new Error("This should not happen, please report a bug.");
        },
        schema,
        sourceObjects: /* @__PURE__ */ new Map()
      });
    }
    var isEmptyPath = (path) => path == null || typeof path === "object" && !!path[Symbol.iterator]().next().done;
    var Collection = class extends Node.NodeBase {
      constructor(type, schema) {
        super(type);
        Object.defineProperty(this, "schema", {
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
        copy.items = copy.items.map((it) => identity.isNode(it) || identity.isPair(it) ? it.clone(schema) : it);
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
          else if (node === void 0 && this.schema)
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
          return identity.isCollection(node) ? node.getIn(rest, keepScalar) : void 0;
      }
      hasAllNullValues(allowScalar) {
        return this.items.every((node) => {
          if (!identity.isPair(node))
            return false;
          const n = node.value;
          return n == null || allowScalar && identity.isScalar(n) && n.value == null && !n.commentBefore && !n.comment && !n.tag;
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
        } else {
          const node = this.get(key, true);
          if (identity.isCollection(node))
            node.setIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
    };
    exports.Collection = Collection;
    exports.collectionFromPath = collectionFromPath;
    exports.isEmptyPath = isEmptyPath;
  }
});

// node_modules/yaml/dist/stringify/stringifyComment.js
var require_stringifyComment = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyComment.js"(exports) {
    "use strict";
    var stringifyComment = (str2) => str2.replace(/^(?!$)(?: $)?/gm, "#");
    function indentComment(comment, indent) {
      if (/^\n+$/.test(comment))
        return comment.substring(1);
      return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
    }
    var lineComment = (str2, indent, comment) => str2.endsWith("\n") ? indentComment(comment, indent) : comment.includes("\n") ? "\n" + indentComment(comment, indent) : (str2.endsWith(" ") ? "" : " ") + comment;
    exports.indentComment = indentComment;
    exports.lineComment = lineComment;
    exports.stringifyComment = stringifyComment;
  }
});

// node_modules/yaml/dist/stringify/foldFlowLines.js
var require_foldFlowLines = __commonJS({
  "node_modules/yaml/dist/stringify/foldFlowLines.js"(exports) {
    "use strict";
    var FOLD_FLOW = "flow";
    var FOLD_BLOCK = "block";
    var FOLD_QUOTED = "quoted";
    function foldFlowLines(text2, indent, mode = "flow", { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
      if (!lineWidth || lineWidth < 0)
        return text2;
      if (lineWidth < minContentWidth)
        minContentWidth = 0;
      const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
      if (text2.length <= endStep)
        return text2;
      const folds = [];
      const escapedFolds = {};
      let end = lineWidth - indent.length;
      if (typeof indentAtStart === "number") {
        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
          folds.push(0);
        else
          end = lineWidth - indentAtStart;
      }
      let split = void 0;
      let prev = void 0;
      let overflow = false;
      let i = -1;
      let escStart = -1;
      let escEnd = -1;
      if (mode === FOLD_BLOCK) {
        i = consumeMoreIndentedLines(text2, i, indent.length);
        if (i !== -1)
          end = i + endStep;
      }
      for (let ch; ch = text2[i += 1]; ) {
        if (mode === FOLD_QUOTED && ch === "\\") {
          escStart = i;
          switch (text2[i + 1]) {
            case "x":
              i += 3;
              break;
            case "u":
              i += 5;
              break;
            case "U":
              i += 9;
              break;
            default:
              i += 1;
          }
          escEnd = i;
        }
        if (ch === "\n") {
          if (mode === FOLD_BLOCK)
            i = consumeMoreIndentedLines(text2, i, indent.length);
          end = i + indent.length + endStep;
          split = void 0;
        } else {
          if (ch === " " && prev && prev !== " " && prev !== "\n" && prev !== "	") {
            const next = text2[i + 1];
            if (next && next !== " " && next !== "\n" && next !== "	")
              split = i;
          }
          if (i >= end) {
            if (split) {
              folds.push(split);
              end = split + endStep;
              split = void 0;
            } else if (mode === FOLD_QUOTED) {
              while (prev === " " || prev === "	") {
                prev = ch;
                ch = text2[i += 1];
                overflow = true;
              }
              const j = i > escEnd + 1 ? i - 2 : escStart - 1;
              if (escapedFolds[j])
                return text2;
              folds.push(j);
              escapedFolds[j] = true;
              end = j + endStep;
              split = void 0;
            } else {
              overflow = true;
            }
          }
        }
        prev = ch;
      }
      if (overflow && onOverflow)
        onOverflow();
      if (folds.length === 0)
        return text2;
      if (onFold)
        onFold();
      let res = text2.slice(0, folds[0]);
      for (let i2 = 0; i2 < folds.length; ++i2) {
        const fold = folds[i2];
        const end2 = folds[i2 + 1] || text2.length;
        if (fold === 0)
          res = `
${indent}${text2.slice(0, end2)}`;
        else {
          if (mode === FOLD_QUOTED && escapedFolds[fold])
            res += `${text2[fold]}\\`;
          res += `
${indent}${text2.slice(fold + 1, end2)}`;
        }
      }
      return res;
    }
    function consumeMoreIndentedLines(text2, i, indent) {
      let end = i;
      let start = i + 1;
      let ch = text2[start];
      while (ch === " " || ch === "	") {
        if (i < start + indent) {
          ch = text2[++i];
        } else {
          do {
            ch = text2[++i];
          } while (ch && ch !== "\n");
          end = i;
          start = i + 1;
          ch = text2[start];
        }
      }
      return end;
    }
    exports.FOLD_BLOCK = FOLD_BLOCK;
    exports.FOLD_FLOW = FOLD_FLOW;
    exports.FOLD_QUOTED = FOLD_QUOTED;
    exports.foldFlowLines = foldFlowLines;
  }
});

// node_modules/yaml/dist/stringify/stringifyString.js
var require_stringifyString = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyString.js"(exports) {
    "use strict";
    var Scalar3 = require_Scalar();
    var foldFlowLines = require_foldFlowLines();
    var getFoldOptions = (ctx, isBlock) => ({
      indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
      lineWidth: ctx.options.lineWidth,
      minContentWidth: ctx.options.minContentWidth
    });
    var containsDocumentMarker = (str2) => /^(%|---|\.\.\.)/m.test(str2);
    function lineLengthOverLimit(str2, lineWidth, indentLength) {
      if (!lineWidth || lineWidth < 0)
        return false;
      const limit2 = lineWidth - indentLength;
      const strLen = str2.length;
      if (strLen <= limit2)
        return false;
      for (let i = 0, start = 0; i < strLen; ++i) {
        if (str2[i] === "\n") {
          if (i - start > limit2)
            return true;
          start = i + 1;
          if (strLen - start <= limit2)
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
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      let str2 = "";
      let start = 0;
      for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
        if (ch === " " && json[i + 1] === "\\" && json[i + 2] === "n") {
          str2 += json.slice(start, i) + "\\ ";
          i += 1;
          start = i;
          ch = "\\";
        }
        if (ch === "\\")
          switch (json[i + 1]) {
            case "u":
              {
                str2 += json.slice(start, i);
                const code = json.substr(i + 2, 4);
                switch (code) {
                  case "0000":
                    str2 += "\\0";
                    break;
                  case "0007":
                    str2 += "\\a";
                    break;
                  case "000b":
                    str2 += "\\v";
                    break;
                  case "001b":
                    str2 += "\\e";
                    break;
                  case "0085":
                    str2 += "\\N";
                    break;
                  case "00a0":
                    str2 += "\\_";
                    break;
                  case "2028":
                    str2 += "\\L";
                    break;
                  case "2029":
                    str2 += "\\P";
                    break;
                  default:
                    if (code.substr(0, 2) === "00")
                      str2 += "\\x" + code.substr(2);
                    else
                      str2 += json.substr(i, 6);
                }
                i += 5;
                start = i + 1;
              }
              break;
            case "n":
              if (implicitKey || json[i + 2] === '"' || json.length < minMultiLineLength) {
                i += 1;
              } else {
                str2 += json.slice(start, i) + "\n\n";
                while (json[i + 2] === "\\" && json[i + 3] === "n" && json[i + 4] !== '"') {
                  str2 += "\n";
                  i += 2;
                }
                str2 += indent;
                if (json[i + 2] === " ")
                  str2 += "\\";
                i += 1;
                start = i + 1;
              }
              break;
            default:
              i += 1;
          }
      }
      str2 = start ? str2 + json.slice(start) : json;
      return implicitKey ? str2 : foldFlowLines.foldFlowLines(str2, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
    }
    function singleQuotedString(value, ctx) {
      if (ctx.options.singleQuote === false || ctx.implicitKey && value.includes("\n") || /[ \t]\n|\n[ \t]/.test(value))
        return doubleQuotedString(value, ctx);
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&
${indent}`) + "'";
      return ctx.implicitKey ? res : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
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
    var blockEndNewlines;
    try {
      blockEndNewlines = new RegExp("(^|(?<!\n))\n+(?!\n|$)", "g");
    } catch {
      blockEndNewlines = /\n+(?!\n|$)/g;
    }
    function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
      const { blockQuote, commentString, lineWidth } = ctx.options;
      if (!blockQuote || /\n[\t ]+$/.test(value)) {
        return quotedString(value, ctx);
      }
      const indent = ctx.indent || (ctx.forceBlockIndent || containsDocumentMarker(value) ? "  " : "");
      const literal = blockQuote === "literal" ? true : blockQuote === "folded" || type === Scalar3.Scalar.BLOCK_FOLDED ? false : type === Scalar3.Scalar.BLOCK_LITERAL ? true : !lineLengthOverLimit(value, lineWidth, indent.length);
      if (!value)
        return literal ? "|\n" : ">\n";
      let chomp;
      let endStart;
      for (endStart = value.length; endStart > 0; --endStart) {
        const ch = value[endStart - 1];
        if (ch !== "\n" && ch !== "	" && ch !== " ")
          break;
      }
      let end = value.substring(endStart);
      const endNlPos = end.indexOf("\n");
      if (endNlPos === -1) {
        chomp = "-";
      } else if (value === end || endNlPos !== end.length - 1) {
        chomp = "+";
        if (onChompKeep)
          onChompKeep();
      } else {
        chomp = "";
      }
      if (end) {
        value = value.slice(0, -end.length);
        if (end[end.length - 1] === "\n")
          end = end.slice(0, -1);
        end = end.replace(blockEndNewlines, `$&${indent}`);
      }
      let startWithSpace = false;
      let startEnd;
      let startNlPos = -1;
      for (startEnd = 0; startEnd < value.length; ++startEnd) {
        const ch = value[startEnd];
        if (ch === " ")
          startWithSpace = true;
        else if (ch === "\n")
          startNlPos = startEnd;
        else
          break;
      }
      let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
      if (start) {
        value = value.substring(start.length);
        start = start.replace(/\n+/g, `$&${indent}`);
      }
      const indentSize = indent ? "2" : "1";
      let header = (startWithSpace ? indentSize : "") + chomp;
      if (comment) {
        header += " " + commentString(comment.replace(/ ?[\r\n]+/g, " "));
        if (onComment)
          onComment();
      }
      if (!literal) {
        const foldedValue = value.replace(/\n+/g, "\n$&").replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, "$1$2").replace(/\n+/g, `$&${indent}`);
        let literalFallback = false;
        const foldOptions = getFoldOptions(ctx, true);
        if (blockQuote !== "folded" && type !== Scalar3.Scalar.BLOCK_FOLDED) {
          foldOptions.onOverflow = () => {
            literalFallback = true;
          };
        }
        const body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
          return `>${header}
${indent}${body}`;
      }
      value = value.replace(/\n+/g, `$&${indent}`);
      return `|${header}
${indent}${start}${value}${end}`;
    }
    function plainString(item, ctx, onComment, onChompKeep) {
      const { type, value } = item;
      const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
      if (implicitKey && value.includes("\n") || inFlow && /[[\]{},]/.test(value)) {
        return quotedString(value, ctx);
      }
      if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
        return implicitKey || inFlow || !value.includes("\n") ? quotedString(value, ctx) : blockString(item, ctx, onComment, onChompKeep);
      }
      if (!implicitKey && !inFlow && type !== Scalar3.Scalar.PLAIN && value.includes("\n")) {
        return blockString(item, ctx, onComment, onChompKeep);
      }
      if (containsDocumentMarker(value)) {
        if (indent === "") {
          ctx.forceBlockIndent = true;
          return blockString(item, ctx, onComment, onChompKeep);
        } else if (implicitKey && indent === indentStep) {
          return quotedString(value, ctx);
        }
      }
      const str2 = value.replace(/\n+/g, `$&
${indent}`);
      if (actualString) {
        const test = (tag) => tag.default && tag.tag !== "tag:yaml.org,2002:str" && tag.test?.test(str2);
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
          return quotedString(value, ctx);
      }
      return implicitKey ? str2 : foldFlowLines.foldFlowLines(str2, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function stringifyString(item, ctx, onComment, onChompKeep) {
      const { implicitKey, inFlow } = ctx;
      const ss = typeof item.value === "string" ? item : Object.assign({}, item, { value: String(item.value) });
      let { type } = item;
      if (type !== Scalar3.Scalar.QUOTE_DOUBLE) {
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
          type = Scalar3.Scalar.QUOTE_DOUBLE;
      }
      const _stringify = (_type) => {
        switch (_type) {
          case Scalar3.Scalar.BLOCK_FOLDED:
          case Scalar3.Scalar.BLOCK_LITERAL:
            return implicitKey || inFlow ? quotedString(ss.value, ctx) : blockString(ss, ctx, onComment, onChompKeep);
          case Scalar3.Scalar.QUOTE_DOUBLE:
            return doubleQuotedString(ss.value, ctx);
          case Scalar3.Scalar.QUOTE_SINGLE:
            return singleQuotedString(ss.value, ctx);
          case Scalar3.Scalar.PLAIN:
            return plainString(ss, ctx, onComment, onChompKeep);
          default:
            return null;
        }
      };
      let res = _stringify(type);
      if (res === null) {
        const { defaultKeyType, defaultStringType } = ctx.options;
        const t = implicitKey && defaultKeyType || defaultStringType;
        res = _stringify(t);
        if (res === null)
          throw new Error(`Unsupported default string type ${t}`);
      }
      return res;
    }
    exports.stringifyString = stringifyString;
  }
});

// node_modules/yaml/dist/stringify/stringify.js
var require_stringify = __commonJS({
  "node_modules/yaml/dist/stringify/stringify.js"(exports) {
    "use strict";
    var anchors = require_anchors();
    var identity = require_identity();
    var stringifyComment = require_stringifyComment();
    var stringifyString = require_stringifyString();
    function createStringifyContext(doc, options) {
      const opt = Object.assign({
        blockQuote: true,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: "PLAIN",
        directives: null,
        doubleQuotedAsJSON: false,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: "false",
        flowCollectionPadding: true,
        indentSeq: true,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: "null",
        simpleKeys: false,
        singleQuote: null,
        trailingComma: false,
        trueStr: "true",
        verifyAliasOrder: true
      }, doc.schema.toStringOptions, options);
      let inFlow;
      switch (opt.collectionStyle) {
        case "block":
          inFlow = false;
          break;
        case "flow":
          inFlow = true;
          break;
        default:
          inFlow = null;
      }
      return {
        anchors: /* @__PURE__ */ new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? " " : "",
        indent: "",
        indentStep: typeof opt.indent === "number" ? " ".repeat(opt.indent) : "  ",
        inFlow,
        options: opt
      };
    }
    function getTagObject(tags, item) {
      if (item.tag) {
        const match = tags.filter((t) => t.tag === item.tag);
        if (match.length > 0)
          return match.find((t) => t.format === item.format) ?? match[0];
      }
      let tagObj = void 0;
      let obj;
      if (identity.isScalar(item)) {
        obj = item.value;
        let match = tags.filter((t) => t.identify?.(obj));
        if (match.length > 1) {
          const testMatch = match.filter((t) => t.test);
          if (testMatch.length > 0)
            match = testMatch;
        }
        tagObj = match.find((t) => t.format === item.format) ?? match.find((t) => !t.format);
      } else {
        obj = item;
        tagObj = tags.find((t) => t.nodeClass && obj instanceof t.nodeClass);
      }
      if (!tagObj) {
        const name = obj?.constructor?.name ?? (obj === null ? "null" : typeof obj);
        throw new Error(`Tag not resolved for ${name} value`);
      }
      return tagObj;
    }
    function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
      if (!doc.directives)
        return "";
      const props = [];
      const anchor = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
      if (anchor && anchors.anchorIsValid(anchor)) {
        anchors$1.add(anchor);
        props.push(`&${anchor}`);
      }
      const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
      if (tag)
        props.push(doc.directives.tagString(tag));
      return props.join(" ");
    }
    function stringify(item, ctx, onComment, onChompKeep) {
      if (identity.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
      if (identity.isAlias(item)) {
        if (ctx.doc.directives)
          return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item)) {
          throw new TypeError(`Cannot stringify circular structure without alias nodes`);
        } else {
          if (ctx.resolvedAliases)
            ctx.resolvedAliases.add(item);
          else
            ctx.resolvedAliases = /* @__PURE__ */ new Set([item]);
          item = item.resolve(ctx.doc);
        }
      }
      let tagObj = void 0;
      const node = identity.isNode(item) ? item : ctx.doc.createNode(item, { onTagObj: (o) => tagObj = o });
      tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
      const props = stringifyProps(node, tagObj, ctx);
      if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
      const str2 = typeof tagObj.stringify === "function" ? tagObj.stringify(node, ctx, onComment, onChompKeep) : identity.isScalar(node) ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep) : node.toString(ctx, onComment, onChompKeep);
      if (!props)
        return str2;
      return identity.isScalar(node) || str2[0] === "{" || str2[0] === "[" ? `${props} ${str2}` : `${props}
${ctx.indent}${str2}`;
    }
    exports.createStringifyContext = createStringifyContext;
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/stringify/stringifyPair.js
var require_stringifyPair = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyPair.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar3 = require_Scalar();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
      const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
      let keyComment = identity.isNode(key) && key.comment || null;
      if (simpleKeys) {
        if (keyComment) {
          throw new Error("With simple keys, key nodes cannot have comments");
        }
        if (identity.isCollection(key) || !identity.isNode(key) && typeof key === "object") {
          const msg = "With simple keys, collection cannot be used as a key value";
          throw new Error(msg);
        }
      }
      let explicitKey = !simpleKeys && (!key || keyComment && value == null && !ctx.inFlow || identity.isCollection(key) || (identity.isScalar(key) ? key.type === Scalar3.Scalar.BLOCK_FOLDED || key.type === Scalar3.Scalar.BLOCK_LITERAL : typeof key === "object"));
      ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
      });
      let keyCommentDone = false;
      let chompKeep = false;
      let str2 = stringify.stringify(key, ctx, () => keyCommentDone = true, () => chompKeep = true);
      if (!explicitKey && !ctx.inFlow && str2.length > 1024) {
        if (simpleKeys)
          throw new Error("With simple keys, single line scalar must not span more than 1024 characters");
        explicitKey = true;
      }
      if (ctx.inFlow) {
        if (allNullValues || value == null) {
          if (keyCommentDone && onComment)
            onComment();
          return str2 === "" ? "?" : explicitKey ? `? ${str2}` : str2;
        }
      } else if (allNullValues && !simpleKeys || value == null && explicitKey) {
        str2 = `? ${str2}`;
        if (keyComment && !keyCommentDone) {
          str2 += stringifyComment.lineComment(str2, ctx.indent, commentString(keyComment));
        } else if (chompKeep && onChompKeep)
          onChompKeep();
        return str2;
      }
      if (keyCommentDone)
        keyComment = null;
      if (explicitKey) {
        if (keyComment)
          str2 += stringifyComment.lineComment(str2, ctx.indent, commentString(keyComment));
        str2 = `? ${str2}
${indent}:`;
      } else {
        str2 = `${str2}:`;
        if (keyComment)
          str2 += stringifyComment.lineComment(str2, ctx.indent, commentString(keyComment));
      }
      let vsb, vcb, valueComment;
      if (identity.isNode(value)) {
        vsb = !!value.spaceBefore;
        vcb = value.commentBefore;
        valueComment = value.comment;
      } else {
        vsb = false;
        vcb = null;
        valueComment = null;
        if (value && typeof value === "object")
          value = doc.createNode(value);
      }
      ctx.implicitKey = false;
      if (!explicitKey && !keyComment && identity.isScalar(value))
        ctx.indentAtStart = str2.length + 1;
      chompKeep = false;
      if (!indentSeq && indentStep.length >= 2 && !ctx.inFlow && !explicitKey && identity.isSeq(value) && !value.flow && !value.tag && !value.anchor) {
        ctx.indent = ctx.indent.substring(2);
      }
      let valueCommentDone = false;
      const valueStr = stringify.stringify(value, ctx, () => valueCommentDone = true, () => chompKeep = true);
      let ws = " ";
      if (keyComment || vsb || vcb) {
        ws = vsb ? "\n" : "";
        if (vcb) {
          const cs = commentString(vcb);
          ws += `
${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        if (valueStr === "" && !ctx.inFlow) {
          if (ws === "\n" && valueComment)
            ws = "\n\n";
        } else {
          ws += `
${ctx.indent}`;
        }
      } else if (!explicitKey && identity.isCollection(value)) {
        const vs0 = valueStr[0];
        const nl0 = valueStr.indexOf("\n");
        const hasNewline = nl0 !== -1;
        const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
        if (hasNewline || !flow) {
          let hasPropsLine = false;
          if (hasNewline && (vs0 === "&" || vs0 === "!")) {
            let sp0 = valueStr.indexOf(" ");
            if (vs0 === "&" && sp0 !== -1 && sp0 < nl0 && valueStr[sp0 + 1] === "!") {
              sp0 = valueStr.indexOf(" ", sp0 + 1);
            }
            if (sp0 === -1 || nl0 < sp0)
              hasPropsLine = true;
          }
          if (!hasPropsLine)
            ws = `
${ctx.indent}`;
        }
      } else if (valueStr === "" || valueStr[0] === "\n") {
        ws = "";
      }
      str2 += ws + valueStr;
      if (ctx.inFlow) {
        if (valueCommentDone && onComment)
          onComment();
      } else if (valueComment && !valueCommentDone) {
        str2 += stringifyComment.lineComment(str2, ctx.indent, commentString(valueComment));
      } else if (chompKeep && onChompKeep) {
        onChompKeep();
      }
      return str2;
    }
    exports.stringifyPair = stringifyPair;
  }
});

// node_modules/yaml/dist/log.js
var require_log = __commonJS({
  "node_modules/yaml/dist/log.js"(exports) {
    "use strict";
    var node_process = __require("process");
    function debug(logLevel, ...messages) {
      if (logLevel === "debug")
        console.log(...messages);
    }
    function warn(logLevel, warning) {
      if (logLevel === "debug" || logLevel === "warn") {
        if (typeof node_process.emitWarning === "function")
          node_process.emitWarning(warning);
        else
          console.warn(warning);
      }
    }
    exports.debug = debug;
    exports.warn = warn;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/merge.js
var require_merge = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/merge.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar3 = require_Scalar();
    var MERGE_KEY = "<<";
    var merge = {
      identify: (value) => value === MERGE_KEY || typeof value === "symbol" && value.description === MERGE_KEY,
      default: "key",
      tag: "tag:yaml.org,2002:merge",
      test: /^<<$/,
      resolve: () => Object.assign(new Scalar3.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
      }),
      stringify: () => MERGE_KEY
    };
    var isMergeKey2 = (ctx, key) => (merge.identify(key) || identity.isScalar(key) && (!key.type || key.type === Scalar3.Scalar.PLAIN) && merge.identify(key.value)) && ctx?.doc.schema.tags.some((tag) => tag.tag === merge.tag && tag.default);
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
        throw new Error("Merge sources must be maps or map aliases");
      const srcMap = source.toJSON(null, ctx, Map);
      for (const [key, value2] of srcMap) {
        if (map instanceof Map) {
          if (!map.has(key))
            map.set(key, value2);
        } else if (map instanceof Set) {
          map.add(key);
        } else if (!Object.prototype.hasOwnProperty.call(map, key)) {
          Object.defineProperty(map, key, {
            value: value2,
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
    exports.isMergeKey = isMergeKey2;
    exports.merge = merge;
  }
});

// node_modules/yaml/dist/nodes/addPairToJSMap.js
var require_addPairToJSMap = __commonJS({
  "node_modules/yaml/dist/nodes/addPairToJSMap.js"(exports) {
    "use strict";
    var log = require_log();
    var merge = require_merge();
    var stringify = require_stringify();
    var identity = require_identity();
    var toJS2 = require_toJS();
    function addPairToJSMap(ctx, map, { key, value }) {
      if (identity.isNode(key) && key.addToJSMap)
        key.addToJSMap(ctx, map, value);
      else if (merge.isMergeKey(ctx, key))
        merge.addMergeToJSMap(ctx, map, value);
      else {
        const jsKey = toJS2.toJS(key, "", ctx);
        if (map instanceof Map) {
          map.set(jsKey, toJS2.toJS(value, jsKey, ctx));
        } else if (map instanceof Set) {
          map.add(jsKey);
        } else {
          const stringKey = stringifyKey(key, jsKey, ctx);
          const jsValue = toJS2.toJS(value, stringKey, ctx);
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
        return "";
      if (typeof jsKey !== "object")
        return String(jsKey);
      if (identity.isNode(key) && ctx?.doc) {
        const strCtx = stringify.createStringifyContext(ctx.doc, {});
        strCtx.anchors = /* @__PURE__ */ new Set();
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
  }
});

// node_modules/yaml/dist/nodes/Pair.js
var require_Pair = __commonJS({
  "node_modules/yaml/dist/nodes/Pair.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var stringifyPair = require_stringifyPair();
    var addPairToJSMap = require_addPairToJSMap();
    var identity = require_identity();
    function createPair(key, value, ctx) {
      const k = createNode.createNode(key, void 0, ctx);
      const v = createNode.createNode(value, void 0, ctx);
      return new Pair(k, v);
    }
    var Pair = class _Pair {
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
        return new _Pair(key, value);
      }
      toJSON(_, ctx) {
        const pair = ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair, this);
      }
      toString(ctx, onComment, onChompKeep) {
        return ctx?.doc ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep) : JSON.stringify(this);
      }
    };
    exports.Pair = Pair;
    exports.createPair = createPair;
  }
});

// node_modules/yaml/dist/stringify/stringifyCollection.js
var require_stringifyCollection = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyCollection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyCollection(collection, ctx, options) {
      const flow = ctx.inFlow ?? collection.flow;
      const stringify2 = flow ? stringifyFlowCollection : stringifyBlockCollection;
      return stringify2(collection, ctx, options);
    }
    function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
      const { indent, options: { commentString } } = ctx;
      const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
      let chompKeep = false;
      const lines = [];
      for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment2 = null;
        if (identity.isNode(item)) {
          if (!chompKeep && item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
          if (item.comment)
            comment2 = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (!chompKeep && ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
          }
        }
        chompKeep = false;
        let str3 = stringify.stringify(item, itemCtx, () => comment2 = null, () => chompKeep = true);
        if (comment2)
          str3 += stringifyComment.lineComment(str3, itemIndent, commentString(comment2));
        if (chompKeep && comment2)
          chompKeep = false;
        lines.push(blockItemPrefix + str3);
      }
      let str2;
      if (lines.length === 0) {
        str2 = flowChars.start + flowChars.end;
      } else {
        str2 = lines[0];
        for (let i = 1; i < lines.length; ++i) {
          const line = lines[i];
          str2 += line ? `
${indent}${line}` : "\n";
        }
      }
      if (comment) {
        str2 += "\n" + stringifyComment.indentComment(commentString(comment), indent);
        if (onComment)
          onComment();
      } else if (chompKeep && onChompKeep)
        onChompKeep();
      return str2;
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
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, false);
          if (item.comment)
            comment = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (ik.spaceBefore)
              lines.push("");
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
          } else if (item.value == null && ik?.comment) {
            comment = ik.comment;
          }
        }
        if (comment)
          reqNewline = true;
        let str2 = stringify.stringify(item, itemCtx, () => comment = null);
        reqNewline || (reqNewline = lines.length > linesAtValue || str2.includes("\n"));
        if (i < items.length - 1) {
          str2 += ",";
        } else if (ctx.options.trailingComma) {
          if (ctx.options.lineWidth > 0) {
            reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) + (str2.length + 2) > ctx.options.lineWidth);
          }
          if (reqNewline) {
            str2 += ",";
          }
        }
        if (comment)
          str2 += stringifyComment.lineComment(str2, itemIndent, commentString(comment));
        lines.push(str2);
        linesAtValue = lines.length;
      }
      const { start, end } = flowChars;
      if (lines.length === 0) {
        return start + end;
      } else {
        if (!reqNewline) {
          const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
          reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
        }
        if (reqNewline) {
          let str2 = start;
          for (const line of lines)
            str2 += line ? `
${indentStep}${indent}${line}` : "\n";
          return `${str2}
${indent}${end}`;
        } else {
          return `${start}${fcPadding}${lines.join(" ")}${fcPadding}${end}`;
        }
      }
    }
    function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
      if (comment && chompKeep)
        comment = comment.replace(/^\n+/, "");
      if (comment) {
        const ic = stringifyComment.indentComment(commentString(comment), indent);
        lines.push(ic.trimStart());
      }
    }
    exports.stringifyCollection = stringifyCollection;
  }
});

// node_modules/yaml/dist/nodes/YAMLMap.js
var require_YAMLMap = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLMap.js"(exports) {
    "use strict";
    var stringifyCollection = require_stringifyCollection();
    var addPairToJSMap = require_addPairToJSMap();
    var Collection = require_Collection();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar3 = require_Scalar();
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
      return void 0;
    }
    var YAMLMap = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:map";
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
          if (typeof replacer === "function")
            value = replacer.call(obj, key, value);
          else if (Array.isArray(replacer) && !replacer.includes(key))
            return;
          if (value !== void 0 || keepUndefined)
            map.items.push(Pair.createPair(key, value, ctx));
        };
        if (obj instanceof Map) {
          for (const [key, value] of obj)
            add(key, value);
        } else if (obj && typeof obj === "object") {
          for (const key of Object.keys(obj))
            add(key, obj[key]);
        }
        if (typeof schema.sortMapEntries === "function") {
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
        else if (!pair || typeof pair !== "object" || !("key" in pair)) {
          _pair = new Pair.Pair(pair, pair?.value);
        } else
          _pair = new Pair.Pair(pair.key, pair.value);
        const prev = findPair(this.items, _pair.key);
        const sortEntries = this.schema?.sortMapEntries;
        if (prev) {
          if (!overwrite)
            throw new Error(`Key ${_pair.key} already set`);
          if (identity.isScalar(prev.value) && Scalar3.isScalarValue(_pair.value))
            prev.value.value = _pair.value;
          else
            prev.value = _pair.value;
        } else if (sortEntries) {
          const i = this.items.findIndex((item) => sortEntries(_pair, item) < 0);
          if (i === -1)
            this.items.push(_pair);
          else
            this.items.splice(i, 0, _pair);
        } else {
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
        return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? void 0;
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
        const map = Type ? new Type() : ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
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
          blockItemPrefix: "",
          flowChars: { start: "{", end: "}" },
          itemIndent: ctx.indent || "",
          onChompKeep,
          onComment
        });
      }
    };
    exports.YAMLMap = YAMLMap;
    exports.findPair = findPair;
  }
});

// node_modules/yaml/dist/schema/common/map.js
var require_map = __commonJS({
  "node_modules/yaml/dist/schema/common/map.js"(exports) {
    "use strict";
    var identity = require_identity();
    var YAMLMap = require_YAMLMap();
    var map = {
      collection: "map",
      default: true,
      nodeClass: YAMLMap.YAMLMap,
      tag: "tag:yaml.org,2002:map",
      resolve(map2, onError) {
        if (!identity.isMap(map2))
          onError("Expected a mapping for this tag");
        return map2;
      },
      createNode: (schema, obj, ctx) => YAMLMap.YAMLMap.from(schema, obj, ctx)
    };
    exports.map = map;
  }
});

// node_modules/yaml/dist/nodes/YAMLSeq.js
var require_YAMLSeq = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLSeq.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var stringifyCollection = require_stringifyCollection();
    var Collection = require_Collection();
    var identity = require_identity();
    var Scalar3 = require_Scalar();
    var toJS2 = require_toJS();
    var YAMLSeq = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:seq";
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
        if (typeof idx !== "number")
          return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          return void 0;
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
        return typeof idx === "number" && idx < this.items.length;
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
        if (typeof idx !== "number")
          throw new Error(`Expected a valid index, not ${key}.`);
        const prev = this.items[idx];
        if (identity.isScalar(prev) && Scalar3.isScalarValue(value))
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
          seq.push(toJS2.toJS(item, String(i++), ctx));
        return seq;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "- ",
          flowChars: { start: "[", end: "]" },
          itemIndent: (ctx.indent || "") + "  ",
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
            if (typeof replacer === "function") {
              const key = obj instanceof Set ? it : String(i++);
              it = replacer.call(obj, key, it);
            }
            seq.items.push(createNode.createNode(it, void 0, ctx));
          }
        }
        return seq;
      }
    };
    function asItemIndex(key) {
      let idx = identity.isScalar(key) ? key.value : key;
      if (idx && typeof idx === "string")
        idx = Number(idx);
      return typeof idx === "number" && Number.isInteger(idx) && idx >= 0 ? idx : null;
    }
    exports.YAMLSeq = YAMLSeq;
  }
});

// node_modules/yaml/dist/schema/common/seq.js
var require_seq = __commonJS({
  "node_modules/yaml/dist/schema/common/seq.js"(exports) {
    "use strict";
    var identity = require_identity();
    var YAMLSeq = require_YAMLSeq();
    var seq = {
      collection: "seq",
      default: true,
      nodeClass: YAMLSeq.YAMLSeq,
      tag: "tag:yaml.org,2002:seq",
      resolve(seq2, onError) {
        if (!identity.isSeq(seq2))
          onError("Expected a sequence for this tag");
        return seq2;
      },
      createNode: (schema, obj, ctx) => YAMLSeq.YAMLSeq.from(schema, obj, ctx)
    };
    exports.seq = seq;
  }
});

// node_modules/yaml/dist/schema/common/string.js
var require_string = __commonJS({
  "node_modules/yaml/dist/schema/common/string.js"(exports) {
    "use strict";
    var stringifyString = require_stringifyString();
    var string = {
      identify: (value) => typeof value === "string",
      default: true,
      tag: "tag:yaml.org,2002:str",
      resolve: (str2) => str2,
      stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
      }
    };
    exports.string = string;
  }
});

// node_modules/yaml/dist/schema/common/null.js
var require_null = __commonJS({
  "node_modules/yaml/dist/schema/common/null.js"(exports) {
    "use strict";
    var Scalar3 = require_Scalar();
    var nullTag = {
      identify: (value) => value == null,
      createNode: () => new Scalar3.Scalar(null),
      default: true,
      tag: "tag:yaml.org,2002:null",
      test: /^(?:~|[Nn]ull|NULL)?$/,
      resolve: () => new Scalar3.Scalar(null),
      stringify: ({ source }, ctx) => typeof source === "string" && nullTag.test.test(source) ? source : ctx.options.nullStr
    };
    exports.nullTag = nullTag;
  }
});

// node_modules/yaml/dist/schema/core/bool.js
var require_bool = __commonJS({
  "node_modules/yaml/dist/schema/core/bool.js"(exports) {
    "use strict";
    var Scalar3 = require_Scalar();
    var boolTag = {
      identify: (value) => typeof value === "boolean",
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
      resolve: (str2) => new Scalar3.Scalar(str2[0] === "t" || str2[0] === "T"),
      stringify({ source, value }, ctx) {
        if (source && boolTag.test.test(source)) {
          const sv = source[0] === "t" || source[0] === "T";
          if (value === sv)
            return source;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
      }
    };
    exports.boolTag = boolTag;
  }
});

// node_modules/yaml/dist/stringify/stringifyNumber.js
var require_stringifyNumber = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyNumber.js"(exports) {
    "use strict";
    function stringifyNumber({ format, minFractionDigits, tag, value }) {
      if (typeof value === "bigint")
        return String(value);
      const num2 = typeof value === "number" ? value : Number(value);
      if (!isFinite(num2))
        return isNaN(num2) ? ".nan" : num2 < 0 ? "-.inf" : ".inf";
      let n = Object.is(value, -0) ? "-0" : JSON.stringify(value);
      if (!format && minFractionDigits && (!tag || tag === "tag:yaml.org,2002:float") && /^-?\d/.test(n) && !n.includes("e")) {
        let i = n.indexOf(".");
        if (i < 0) {
          i = n.length;
          n += ".";
        }
        let d = minFractionDigits - (n.length - i - 1);
        while (d-- > 0)
          n += "0";
      }
      return n;
    }
    exports.stringifyNumber = stringifyNumber;
  }
});

// node_modules/yaml/dist/schema/core/float.js
var require_float = __commonJS({
  "node_modules/yaml/dist/schema/core/float.js"(exports) {
    "use strict";
    var Scalar3 = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str2) => str2.slice(-3).toLowerCase() === "nan" ? NaN : str2[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
      resolve: (str2) => parseFloat(str2),
      stringify(node) {
        const num2 = Number(node.value);
        return isFinite(num2) ? num2.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
      resolve(str2) {
        const node = new Scalar3.Scalar(parseFloat(str2));
        const dot = str2.indexOf(".");
        if (dot !== -1 && str2[str2.length - 1] === "0")
          node.minFractionDigits = str2.length - dot - 1;
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/core/int.js
var require_int = __commonJS({
  "node_modules/yaml/dist/schema/core/int.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    var intResolve = (str2, offset, radix, { intAsBigInt }) => intAsBigInt ? BigInt(str2) : parseInt(str2.substring(offset), radix);
    function intStringify(node, radix, prefix) {
      const { value } = node;
      if (intIdentify(value) && value >= 0)
        return prefix + value.toString(radix);
      return stringifyNumber.stringifyNumber(node);
    }
    var intOct = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^0o[0-7]+$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 2, 8, opt),
      stringify: (node) => intStringify(node, 8, "0o")
    };
    var int = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9]+$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^0x[0-9a-fA-F]+$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports.int = int;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/core/schema.js
var require_schema = __commonJS({
  "node_modules/yaml/dist/schema/core/schema.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var bool = require_bool();
    var float = require_float();
    var int = require_int();
    var schema = [
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
  }
});

// node_modules/yaml/dist/schema/json/schema.js
var require_schema2 = __commonJS({
  "node_modules/yaml/dist/schema/json/schema.js"(exports) {
    "use strict";
    var Scalar3 = require_Scalar();
    var map = require_map();
    var seq = require_seq();
    function intIdentify(value) {
      return typeof value === "bigint" || Number.isInteger(value);
    }
    var stringifyJSON = ({ value }) => JSON.stringify(value);
    var jsonScalars = [
      {
        identify: (value) => typeof value === "string",
        default: true,
        tag: "tag:yaml.org,2002:str",
        resolve: (str2) => str2,
        stringify: stringifyJSON
      },
      {
        identify: (value) => value == null,
        createNode: () => new Scalar3.Scalar(null),
        default: true,
        tag: "tag:yaml.org,2002:null",
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
      },
      {
        identify: (value) => typeof value === "boolean",
        default: true,
        tag: "tag:yaml.org,2002:bool",
        test: /^true$|^false$/,
        resolve: (str2) => str2 === "true",
        stringify: stringifyJSON
      },
      {
        identify: intIdentify,
        default: true,
        tag: "tag:yaml.org,2002:int",
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str2, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str2) : parseInt(str2, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
      },
      {
        identify: (value) => typeof value === "number",
        default: true,
        tag: "tag:yaml.org,2002:float",
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: (str2) => parseFloat(str2),
        stringify: stringifyJSON
      }
    ];
    var jsonError = {
      default: true,
      tag: "",
      test: /^/,
      resolve(str2, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str2)}`);
        return str2;
      }
    };
    var schema = [map.map, seq.seq].concat(jsonScalars, jsonError);
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/binary.js
var require_binary = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/binary.js"(exports) {
    "use strict";
    var node_buffer = __require("buffer");
    var Scalar3 = require_Scalar();
    var stringifyString = require_stringifyString();
    var binary = {
      identify: (value) => value instanceof Uint8Array,
      // Buffer inherits from Uint8Array
      default: false,
      tag: "tag:yaml.org,2002:binary",
      /**
       * Returns a Buffer in node and an Uint8Array in browsers
       *
       * To use the resulting buffer as an image, you'll want to do something like:
       *
       *   const blob = new Blob([buffer], { type: 'image/jpeg' })
       *   document.querySelector('#photo').src = URL.createObjectURL(blob)
       */
      resolve(src, onError) {
        if (typeof node_buffer.Buffer === "function") {
          return node_buffer.Buffer.from(src, "base64");
        } else if (typeof atob === "function") {
          const str2 = atob(src.replace(/[\n\r]/g, ""));
          const buffer = new Uint8Array(str2.length);
          for (let i = 0; i < str2.length; ++i)
            buffer[i] = str2.charCodeAt(i);
          return buffer;
        } else {
          onError("This environment does not support reading binary tags; either Buffer or atob is required");
          return src;
        }
      },
      stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
        if (!value)
          return "";
        const buf = value;
        let str2;
        if (typeof node_buffer.Buffer === "function") {
          str2 = buf instanceof node_buffer.Buffer ? buf.toString("base64") : node_buffer.Buffer.from(buf.buffer).toString("base64");
        } else if (typeof btoa === "function") {
          let s = "";
          for (let i = 0; i < buf.length; ++i)
            s += String.fromCharCode(buf[i]);
          str2 = btoa(s);
        } else {
          throw new Error("This environment does not support writing binary tags; either Buffer or btoa is required");
        }
        type ?? (type = Scalar3.Scalar.BLOCK_LITERAL);
        if (type !== Scalar3.Scalar.QUOTE_DOUBLE) {
          const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
          const n = Math.ceil(str2.length / lineWidth);
          const lines = new Array(n);
          for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
            lines[i] = str2.substr(o, lineWidth);
          }
          str2 = lines.join(type === Scalar3.Scalar.BLOCK_LITERAL ? "\n" : " ");
        }
        return stringifyString.stringifyString({ comment, type, value: str2 }, ctx, onComment, onChompKeep);
      }
    };
    exports.binary = binary;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/pairs.js
var require_pairs = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/pairs.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar3 = require_Scalar();
    var YAMLSeq = require_YAMLSeq();
    function resolvePairs(seq, onError) {
      if (identity.isSeq(seq)) {
        for (let i = 0; i < seq.items.length; ++i) {
          let item = seq.items[i];
          if (identity.isPair(item))
            continue;
          else if (identity.isMap(item)) {
            if (item.items.length > 1)
              onError("Each pair must have its own sequence indicator");
            const pair = item.items[0] || new Pair.Pair(new Scalar3.Scalar(null));
            if (item.commentBefore)
              pair.key.commentBefore = pair.key.commentBefore ? `${item.commentBefore}
${pair.key.commentBefore}` : item.commentBefore;
            if (item.comment) {
              const cn = pair.value ?? pair.key;
              cn.comment = cn.comment ? `${item.comment}
${cn.comment}` : item.comment;
            }
            item = pair;
          }
          seq.items[i] = identity.isPair(item) ? item : new Pair.Pair(item);
        }
      } else
        onError("Expected a sequence for this tag");
      return seq;
    }
    function createPairs(schema, iterable, ctx) {
      const { replacer } = ctx;
      const pairs2 = new YAMLSeq.YAMLSeq(schema);
      pairs2.tag = "tag:yaml.org,2002:pairs";
      let i = 0;
      if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
          if (typeof replacer === "function")
            it = replacer.call(iterable, String(i++), it);
          let key, value;
          if (Array.isArray(it)) {
            if (it.length === 2) {
              key = it[0];
              value = it[1];
            } else
              throw new TypeError(`Expected [key, value] tuple: ${it}`);
          } else if (it && it instanceof Object) {
            const keys = Object.keys(it);
            if (keys.length === 1) {
              key = keys[0];
              value = it[key];
            } else {
              throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
            }
          } else {
            key = it;
          }
          pairs2.items.push(Pair.createPair(key, value, ctx));
        }
      return pairs2;
    }
    var pairs = {
      collection: "seq",
      default: false,
      tag: "tag:yaml.org,2002:pairs",
      resolve: resolvePairs,
      createNode: createPairs
    };
    exports.createPairs = createPairs;
    exports.pairs = pairs;
    exports.resolvePairs = resolvePairs;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/omap.js
var require_omap = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/omap.js"(exports) {
    "use strict";
    var identity = require_identity();
    var toJS2 = require_toJS();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var pairs = require_pairs();
    var YAMLOMap = class _YAMLOMap extends YAMLSeq.YAMLSeq {
      constructor() {
        super();
        this.add = YAMLMap.YAMLMap.prototype.add.bind(this);
        this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this);
        this.get = YAMLMap.YAMLMap.prototype.get.bind(this);
        this.has = YAMLMap.YAMLMap.prototype.has.bind(this);
        this.set = YAMLMap.YAMLMap.prototype.set.bind(this);
        this.tag = _YAMLOMap.tag;
      }
      /**
       * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
       * but TypeScript won't allow widening the signature of a child method.
       */
      toJSON(_, ctx) {
        if (!ctx)
          return super.toJSON(_);
        const map = /* @__PURE__ */ new Map();
        if (ctx?.onCreate)
          ctx.onCreate(map);
        for (const pair of this.items) {
          let key, value;
          if (identity.isPair(pair)) {
            key = toJS2.toJS(pair.key, "", ctx);
            value = toJS2.toJS(pair.value, key, ctx);
          } else {
            key = toJS2.toJS(pair, "", ctx);
          }
          if (map.has(key))
            throw new Error("Ordered maps must not include duplicate keys");
          map.set(key, value);
        }
        return map;
      }
      static from(schema, iterable, ctx) {
        const pairs$1 = pairs.createPairs(schema, iterable, ctx);
        const omap2 = new this();
        omap2.items = pairs$1.items;
        return omap2;
      }
    };
    YAMLOMap.tag = "tag:yaml.org,2002:omap";
    var omap = {
      collection: "seq",
      identify: (value) => value instanceof Map,
      nodeClass: YAMLOMap,
      default: false,
      tag: "tag:yaml.org,2002:omap",
      resolve(seq, onError) {
        const pairs$1 = pairs.resolvePairs(seq, onError);
        const seenKeys = [];
        for (const { key } of pairs$1.items) {
          if (identity.isScalar(key)) {
            if (seenKeys.includes(key.value)) {
              onError(`Ordered maps must not include duplicate keys: ${key.value}`);
            } else {
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
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/bool.js
var require_bool2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/bool.js"(exports) {
    "use strict";
    var Scalar3 = require_Scalar();
    function boolStringify({ value, source }, ctx) {
      const boolObj = value ? trueTag : falseTag;
      if (source && boolObj.test.test(source))
        return source;
      return value ? ctx.options.trueStr : ctx.options.falseStr;
    }
    var trueTag = {
      identify: (value) => value === true,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
      resolve: () => new Scalar3.Scalar(true),
      stringify: boolStringify
    };
    var falseTag = {
      identify: (value) => value === false,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
      resolve: () => new Scalar3.Scalar(false),
      stringify: boolStringify
    };
    exports.falseTag = falseTag;
    exports.trueTag = trueTag;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/float.js
var require_float2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/float.js"(exports) {
    "use strict";
    var Scalar3 = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str2) => str2.slice(-3).toLowerCase() === "nan" ? NaN : str2[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
      resolve: (str2) => parseFloat(str2.replace(/_/g, "")),
      stringify(node) {
        const num2 = Number(node.value);
        return isFinite(num2) ? num2.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
      resolve(str2) {
        const node = new Scalar3.Scalar(parseFloat(str2.replace(/_/g, "")));
        const dot = str2.indexOf(".");
        if (dot !== -1) {
          const f = str2.substring(dot + 1).replace(/_/g, "");
          if (f[f.length - 1] === "0")
            node.minFractionDigits = f.length;
        }
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/int.js
var require_int2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/int.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    function intResolve(str2, offset, radix, { intAsBigInt }) {
      const sign = str2[0];
      if (sign === "-" || sign === "+")
        offset += 1;
      str2 = str2.substring(offset).replace(/_/g, "");
      if (intAsBigInt) {
        switch (radix) {
          case 2:
            str2 = `0b${str2}`;
            break;
          case 8:
            str2 = `0o${str2}`;
            break;
          case 16:
            str2 = `0x${str2}`;
            break;
        }
        const n2 = BigInt(str2);
        return sign === "-" ? BigInt(-1) * n2 : n2;
      }
      const n = parseInt(str2, radix);
      return sign === "-" ? -1 * n : n;
    }
    function intStringify(node, radix, prefix) {
      const { value } = node;
      if (intIdentify(value)) {
        const str2 = value.toString(radix);
        return value < 0 ? "-" + prefix + str2.substr(1) : prefix + str2;
      }
      return stringifyNumber.stringifyNumber(node);
    }
    var intBin = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "BIN",
      test: /^[-+]?0b[0-1_]+$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 2, 2, opt),
      stringify: (node) => intStringify(node, 2, "0b")
    };
    var intOct = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^[-+]?0[0-7_]+$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 1, 8, opt),
      stringify: (node) => intStringify(node, 8, "0")
    };
    var int = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9][0-9_]*$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^[-+]?0x[0-9a-fA-F_]+$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports.int = int;
    exports.intBin = intBin;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/set.js
var require_set = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/set.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSet = class _YAMLSet extends YAMLMap.YAMLMap {
      constructor(schema) {
        super(schema);
        this.tag = _YAMLSet.tag;
      }
      add(key) {
        let pair;
        if (identity.isPair(key))
          pair = key;
        else if (key && typeof key === "object" && "key" in key && "value" in key && key.value === null)
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
        return !keepPair && identity.isPair(pair) ? identity.isScalar(pair.key) ? pair.key.value : pair.key : pair;
      }
      set(key, value) {
        if (typeof value !== "boolean")
          throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        const prev = YAMLMap.findPair(this.items, key);
        if (prev && !value) {
          this.items.splice(this.items.indexOf(prev), 1);
        } else if (!prev && value) {
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
          throw new Error("Set items must all have null values");
      }
      static from(schema, iterable, ctx) {
        const { replacer } = ctx;
        const set2 = new this(schema);
        if (iterable && Symbol.iterator in Object(iterable))
          for (let value of iterable) {
            if (typeof replacer === "function")
              value = replacer.call(iterable, value, value);
            set2.items.push(Pair.createPair(value, null, ctx));
          }
        return set2;
      }
    };
    YAMLSet.tag = "tag:yaml.org,2002:set";
    var set = {
      collection: "map",
      identify: (value) => value instanceof Set,
      nodeClass: YAMLSet,
      default: false,
      tag: "tag:yaml.org,2002:set",
      createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
      resolve(map, onError) {
        if (identity.isMap(map)) {
          if (map.hasAllNullValues(true))
            return Object.assign(new YAMLSet(), map);
          else
            onError("Set items must all have null values");
        } else
          onError("Expected a mapping for this tag");
        return map;
      }
    };
    exports.YAMLSet = YAMLSet;
    exports.set = set;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/timestamp.js
var require_timestamp = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/timestamp.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    function parseSexagesimal(str2, asBigInt) {
      const sign = str2[0];
      const parts = sign === "-" || sign === "+" ? str2.substring(1) : str2;
      const num2 = (n) => asBigInt ? BigInt(n) : Number(n);
      const res = parts.replace(/_/g, "").split(":").reduce((res2, p) => res2 * num2(60) + num2(p), num2(0));
      return sign === "-" ? num2(-1) * res : res;
    }
    function stringifySexagesimal(node) {
      let { value } = node;
      let num2 = (n) => n;
      if (typeof value === "bigint")
        num2 = (n) => BigInt(n);
      else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node);
      let sign = "";
      if (value < 0) {
        sign = "-";
        value *= num2(-1);
      }
      const _60 = num2(60);
      const parts = [value % _60];
      if (value < 60) {
        parts.unshift(0);
      } else {
        value = (value - parts[0]) / _60;
        parts.unshift(value % _60);
        if (value >= 60) {
          value = (value - parts[0]) / _60;
          parts.unshift(value);
        }
      }
      return sign + parts.map((n) => String(n).padStart(2, "0")).join(":").replace(/000000\d*$/, "");
    }
    var intTime = {
      identify: (value) => typeof value === "bigint" || Number.isInteger(value),
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
      resolve: (str2, _onError, { intAsBigInt }) => parseSexagesimal(str2, intAsBigInt),
      stringify: stringifySexagesimal
    };
    var floatTime = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
      resolve: (str2) => parseSexagesimal(str2, false),
      stringify: stringifySexagesimal
    };
    var timestamp = {
      identify: (value) => value instanceof Date,
      default: true,
      tag: "tag:yaml.org,2002:timestamp",
      // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
      // may be omitted altogether, resulting in a date format. In such a case, the time part is
      // assumed to be 00:00:00Z (start of day, UTC).
      test: RegExp("^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:(?:t|T|[ \\t]+)([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?)?$"),
      resolve(str2) {
        const match = str2.match(timestamp.test);
        if (!match)
          throw new Error("!!timestamp expects a date, starting with yyyy-mm-dd");
        const [, year, month, day, hour, minute, second] = match.map(Number);
        const millisec = match[7] ? Number((match[7] + "00").substr(1, 3)) : 0;
        let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
        const tz = match[8];
        if (tz && tz !== "Z") {
          let d = parseSexagesimal(tz, false);
          if (Math.abs(d) < 30)
            d *= 60;
          date -= 6e4 * d;
        }
        return new Date(date);
      },
      stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, "") ?? ""
    };
    exports.floatTime = floatTime;
    exports.intTime = intTime;
    exports.timestamp = timestamp;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/schema.js
var require_schema3 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/schema.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var binary = require_binary();
    var bool = require_bool2();
    var float = require_float2();
    var int = require_int2();
    var merge = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var set = require_set();
    var timestamp = require_timestamp();
    var schema = [
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
  }
});

// node_modules/yaml/dist/schema/tags.js
var require_tags = __commonJS({
  "node_modules/yaml/dist/schema/tags.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var bool = require_bool();
    var float = require_float();
    var int = require_int();
    var schema = require_schema();
    var schema$1 = require_schema2();
    var binary = require_binary();
    var merge = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var schema$2 = require_schema3();
    var set = require_set();
    var timestamp = require_timestamp();
    var schemas = /* @__PURE__ */ new Map([
      ["core", schema.schema],
      ["failsafe", [map.map, seq.seq, string.string]],
      ["json", schema$1.schema],
      ["yaml11", schema$2.schema],
      ["yaml-1.1", schema$2.schema]
    ]);
    var tagsByName = {
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
    var coreKnownTags = {
      "tag:yaml.org,2002:binary": binary.binary,
      "tag:yaml.org,2002:merge": merge.merge,
      "tag:yaml.org,2002:omap": omap.omap,
      "tag:yaml.org,2002:pairs": pairs.pairs,
      "tag:yaml.org,2002:set": set.set,
      "tag:yaml.org,2002:timestamp": timestamp.timestamp
    };
    function getTags(customTags, schemaName, addMergeTag) {
      const schemaTags = schemas.get(schemaName);
      if (schemaTags && !customTags) {
        return addMergeTag && !schemaTags.includes(merge.merge) ? schemaTags.concat(merge.merge) : schemaTags.slice();
      }
      let tags = schemaTags;
      if (!tags) {
        if (Array.isArray(customTags))
          tags = [];
        else {
          const keys = Array.from(schemas.keys()).filter((key) => key !== "yaml11").map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
      }
      if (Array.isArray(customTags)) {
        for (const tag of customTags)
          tags = tags.concat(tag);
      } else if (typeof customTags === "function") {
        tags = customTags(tags.slice());
      }
      if (addMergeTag)
        tags = tags.concat(merge.merge);
      return tags.reduce((tags2, tag) => {
        const tagObj = typeof tag === "string" ? tagsByName[tag] : tag;
        if (!tagObj) {
          const tagName = JSON.stringify(tag);
          const keys = Object.keys(tagsByName).map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
        }
        if (!tags2.includes(tagObj))
          tags2.push(tagObj);
        return tags2;
      }, []);
    }
    exports.coreKnownTags = coreKnownTags;
    exports.getTags = getTags;
  }
});

// node_modules/yaml/dist/schema/Schema.js
var require_Schema = __commonJS({
  "node_modules/yaml/dist/schema/Schema.js"(exports) {
    "use strict";
    var identity = require_identity();
    var map = require_map();
    var seq = require_seq();
    var string = require_string();
    var tags = require_tags();
    var sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
    var Schema = class _Schema {
      constructor({ compat, customTags, merge, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat) ? tags.getTags(compat, "compat") : compat ? tags.getTags(null, compat) : null;
        this.name = typeof schema === "string" && schema || "core";
        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
        this.tags = tags.getTags(customTags, this.name, merge);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, identity.MAP, { value: map.map });
        Object.defineProperty(this, identity.SCALAR, { value: string.string });
        Object.defineProperty(this, identity.SEQ, { value: seq.seq });
        this.sortMapEntries = typeof sortMapEntries === "function" ? sortMapEntries : sortMapEntries === true ? sortMapEntriesByKey : null;
      }
      clone() {
        const copy = Object.create(_Schema.prototype, Object.getOwnPropertyDescriptors(this));
        copy.tags = this.tags.slice();
        return copy;
      }
    };
    exports.Schema = Schema;
  }
});

// node_modules/yaml/dist/stringify/stringifyDocument.js
var require_stringifyDocument = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyDocument.js"(exports) {
    "use strict";
    var identity = require_identity();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyDocument(doc, options) {
      const lines = [];
      let hasDirectives = options.directives === true;
      if (options.directives !== false && doc.directives) {
        const dir = doc.directives.toString(doc);
        if (dir) {
          lines.push(dir);
          hasDirectives = true;
        } else if (doc.directives.docStart)
          hasDirectives = true;
      }
      if (hasDirectives)
        lines.push("---");
      const ctx = stringify.createStringifyContext(doc, options);
      const { commentString } = ctx.options;
      if (doc.commentBefore) {
        if (lines.length !== 1)
          lines.unshift("");
        const cs = commentString(doc.commentBefore);
        lines.unshift(stringifyComment.indentComment(cs, ""));
      }
      let chompKeep = false;
      let contentComment = null;
      if (doc.contents) {
        if (identity.isNode(doc.contents)) {
          if (doc.contents.spaceBefore && hasDirectives)
            lines.push("");
          if (doc.contents.commentBefore) {
            const cs = commentString(doc.contents.commentBefore);
            lines.push(stringifyComment.indentComment(cs, ""));
          }
          ctx.forceBlockIndent = !!doc.comment;
          contentComment = doc.contents.comment;
        }
        const onChompKeep = contentComment ? void 0 : () => chompKeep = true;
        let body = stringify.stringify(doc.contents, ctx, () => contentComment = null, onChompKeep);
        if (contentComment)
          body += stringifyComment.lineComment(body, "", commentString(contentComment));
        if ((body[0] === "|" || body[0] === ">") && lines[lines.length - 1] === "---") {
          lines[lines.length - 1] = `--- ${body}`;
        } else
          lines.push(body);
      } else {
        lines.push(stringify.stringify(doc.contents, ctx));
      }
      if (doc.directives?.docEnd) {
        if (doc.comment) {
          const cs = commentString(doc.comment);
          if (cs.includes("\n")) {
            lines.push("...");
            lines.push(stringifyComment.indentComment(cs, ""));
          } else {
            lines.push(`... ${cs}`);
          }
        } else {
          lines.push("...");
        }
      } else {
        let dc = doc.comment;
        if (dc && chompKeep)
          dc = dc.replace(/^\n+/, "");
        if (dc) {
          if ((!chompKeep || contentComment) && lines[lines.length - 1] !== "")
            lines.push("");
          lines.push(stringifyComment.indentComment(commentString(dc), ""));
        }
      }
      return lines.join("\n") + "\n";
    }
    exports.stringifyDocument = stringifyDocument;
  }
});

// node_modules/yaml/dist/doc/Document.js
var require_Document = __commonJS({
  "node_modules/yaml/dist/doc/Document.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var Collection = require_Collection();
    var identity = require_identity();
    var Pair = require_Pair();
    var toJS2 = require_toJS();
    var Schema = require_Schema();
    var stringifyDocument = require_stringifyDocument();
    var anchors = require_anchors();
    var applyReviver = require_applyReviver();
    var createNode = require_createNode();
    var directives = require_directives();
    var Document = class _Document {
      constructor(value, replacer, options) {
        this.commentBefore = null;
        this.comment = null;
        this.errors = [];
        this.warnings = [];
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
        let _replacer = null;
        if (typeof replacer === "function" || Array.isArray(replacer)) {
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const opt = Object.assign({
          intAsBigInt: false,
          keepSourceTokens: false,
          logLevel: "warn",
          prettyErrors: true,
          strict: true,
          stringKeys: false,
          uniqueKeys: true,
          version: "1.2"
        }, options);
        this.options = opt;
        let { version } = opt;
        if (options?._directives) {
          this.directives = options._directives.atDocument();
          if (this.directives.yaml.explicit)
            version = this.directives.yaml.version;
        } else
          this.directives = new directives.Directives({ version });
        this.setSchema(version, options);
        this.contents = value === void 0 ? null : this.createNode(value, _replacer, options);
      }
      /**
       * Create a deep copy of this Document and its contents.
       *
       * Custom Node values that inherit from `Object` still refer to their original instances.
       */
      clone() {
        const copy = Object.create(_Document.prototype, {
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
        copy.contents = identity.isNode(this.contents) ? this.contents.clone(copy.schema) : this.contents;
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
          node.anchor = // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          !name || prev.has(name) ? anchors.findNewAnchor(name || "a", prev) : name;
        }
        return new Alias.Alias(node.anchor);
      }
      createNode(value, replacer, options) {
        let _replacer = void 0;
        if (typeof replacer === "function") {
          value = replacer.call({ "": value }, "", value);
          _replacer = replacer;
        } else if (Array.isArray(replacer)) {
          const keyToStr = (v) => typeof v === "number" || v instanceof String || v instanceof Number;
          const asStr = replacer.filter(keyToStr).map(String);
          if (asStr.length > 0)
            replacer = replacer.concat(asStr);
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(
          this,
          // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          anchorPrefix || "a"
        );
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
          this.contents = null;
          return true;
        }
        return assertCollection(this.contents) ? this.contents.deleteIn(path) : false;
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      get(key, keepScalar) {
        return identity.isCollection(this.contents) ? this.contents.get(key, keepScalar) : void 0;
      }
      /**
       * Returns item at `path`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path, keepScalar) {
        if (Collection.isEmptyPath(path))
          return !keepScalar && identity.isScalar(this.contents) ? this.contents.value : this.contents;
        return identity.isCollection(this.contents) ? this.contents.getIn(path, keepScalar) : void 0;
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
          return this.contents !== void 0;
        return identity.isCollection(this.contents) ? this.contents.hasIn(path) : false;
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      set(key, value) {
        if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, [key], value);
        } else if (assertCollection(this.contents)) {
          this.contents.set(key, value);
        }
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path, value) {
        if (Collection.isEmptyPath(path)) {
          this.contents = value;
        } else if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, Array.from(path), value);
        } else if (assertCollection(this.contents)) {
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
        if (typeof version === "number")
          version = String(version);
        let opt;
        switch (version) {
          case "1.1":
            if (this.directives)
              this.directives.yaml.version = "1.1";
            else
              this.directives = new directives.Directives({ version: "1.1" });
            opt = { resolveKnownTags: false, schema: "yaml-1.1" };
            break;
          case "1.2":
          case "next":
            if (this.directives)
              this.directives.yaml.version = version;
            else
              this.directives = new directives.Directives({ version });
            opt = { resolveKnownTags: true, schema: "core" };
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
          anchors: /* @__PURE__ */ new Map(),
          doc: this,
          keep: !json,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS2.toJS(this.contents, jsonArg ?? "", ctx);
        if (typeof onAnchor === "function")
          for (const { count, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
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
          throw new Error("Document with errors cannot be stringified");
        if ("indent" in options && (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
          const s = JSON.stringify(options.indent);
          throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument.stringifyDocument(this, options);
      }
    };
    function assertCollection(contents) {
      if (identity.isCollection(contents))
        return true;
      throw new Error("Expected a YAML collection as document contents");
    }
    exports.Document = Document;
  }
});

// node_modules/yaml/dist/errors.js
var require_errors = __commonJS({
  "node_modules/yaml/dist/errors.js"(exports) {
    "use strict";
    var YAMLError = class extends Error {
      constructor(name, pos, code, message) {
        super();
        this.name = name;
        this.code = code;
        this.message = message;
        this.pos = pos;
      }
    };
    var YAMLParseError = class extends YAMLError {
      constructor(pos, code, message) {
        super("YAMLParseError", pos, code, message);
      }
    };
    var YAMLWarning = class extends YAMLError {
      constructor(pos, code, message) {
        super("YAMLWarning", pos, code, message);
      }
    };
    var prettifyError = (src, lc) => (error) => {
      if (error.pos[0] === -1)
        return;
      error.linePos = error.pos.map((pos) => lc.linePos(pos));
      const { line, col } = error.linePos[0];
      error.message += ` at line ${line}, column ${col}`;
      let ci = col - 1;
      let lineStr = src.substring(lc.lineStarts[line - 1], lc.lineStarts[line]).replace(/[\n\r]+$/, "");
      if (ci >= 60 && lineStr.length > 80) {
        const trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = "\u2026" + lineStr.substring(trimStart);
        ci -= trimStart - 1;
      }
      if (lineStr.length > 80)
        lineStr = lineStr.substring(0, 79) + "\u2026";
      if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        if (prev.length > 80)
          prev = prev.substring(0, 79) + "\u2026\n";
        lineStr = prev + lineStr;
      }
      if (/[^ ]/.test(lineStr)) {
        let count = 1;
        const end = error.linePos[1];
        if (end?.line === line && end.col > col) {
          count = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer = " ".repeat(ci) + "^".repeat(count);
        error.message += `:

${lineStr}
${pointer}
`;
      }
    };
    exports.YAMLError = YAMLError;
    exports.YAMLParseError = YAMLParseError;
    exports.YAMLWarning = YAMLWarning;
    exports.prettifyError = prettifyError;
  }
});

// node_modules/yaml/dist/compose/resolve-props.js
var require_resolve_props = __commonJS({
  "node_modules/yaml/dist/compose/resolve-props.js"(exports) {
    "use strict";
    function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
      let spaceBefore = false;
      let atNewline = startOnNewline;
      let hasSpace = startOnNewline;
      let comment = "";
      let commentSep = "";
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
          if (token.type !== "space" && token.type !== "newline" && token.type !== "comma")
            onError(token.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
          reqSpace = false;
        }
        if (tab) {
          if (atNewline && token.type !== "comment" && token.type !== "newline") {
            onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
          }
          tab = null;
        }
        switch (token.type) {
          case "space":
            if (!flow && (indicator !== "doc-start" || next?.type !== "flow-collection") && token.source.includes("	")) {
              tab = token;
            }
            hasSpace = true;
            break;
          case "comment": {
            if (!hasSpace)
              onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
            const cb = token.source.substring(1) || " ";
            if (!comment)
              comment = cb;
            else
              comment += commentSep + cb;
            commentSep = "";
            atNewline = false;
            break;
          }
          case "newline":
            if (atNewline) {
              if (comment)
                comment += token.source;
              else if (!found || indicator !== "seq-item-ind")
                spaceBefore = true;
            } else
              commentSep += token.source;
            atNewline = true;
            hasNewline = true;
            if (anchor || tag)
              newlineAfterProp = token;
            hasSpace = true;
            break;
          case "anchor":
            if (anchor)
              onError(token, "MULTIPLE_ANCHORS", "A node can have at most one anchor");
            if (token.source.endsWith(":"))
              onError(token.offset + token.source.length - 1, "BAD_ALIAS", "Anchor ending in : is ambiguous", true);
            anchor = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          case "tag": {
            if (tag)
              onError(token, "MULTIPLE_TAGS", "A node can have at most one tag");
            tag = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          }
          case indicator:
            if (anchor || tag)
              onError(token, "BAD_PROP_ORDER", `Anchors and tags must be after the ${token.source} indicator`);
            if (found)
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.source} in ${flow ?? "collection"}`);
            found = token;
            atNewline = indicator === "seq-item-ind" || indicator === "explicit-key-ind";
            hasSpace = false;
            break;
          case "comma":
            if (flow) {
              if (comma)
                onError(token, "UNEXPECTED_TOKEN", `Unexpected , in ${flow}`);
              comma = token;
              atNewline = false;
              hasSpace = false;
              break;
            }
          // else fallthrough
          default:
            onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.type} token`);
            atNewline = false;
            hasSpace = false;
        }
      }
      const last = tokens[tokens.length - 1];
      const end = last ? last.offset + last.source.length : offset;
      if (reqSpace && next && next.type !== "space" && next.type !== "newline" && next.type !== "comma" && (next.type !== "scalar" || next.source !== "")) {
        onError(next.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
      }
      if (tab && (atNewline && tab.indent <= parentIndent || next?.type === "block-map" || next?.type === "block-seq"))
        onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
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
  }
});

// node_modules/yaml/dist/compose/util-contains-newline.js
var require_util_contains_newline = __commonJS({
  "node_modules/yaml/dist/compose/util-contains-newline.js"(exports) {
    "use strict";
    function containsNewline(key) {
      if (!key)
        return null;
      switch (key.type) {
        case "alias":
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          if (key.source.includes("\n"))
            return true;
          if (key.end) {
            for (const st of key.end)
              if (st.type === "newline")
                return true;
          }
          return false;
        case "flow-collection":
          for (const it of key.items) {
            for (const st of it.start)
              if (st.type === "newline")
                return true;
            if (it.sep) {
              for (const st of it.sep)
                if (st.type === "newline")
                  return true;
            }
            if (containsNewline(it.key) || containsNewline(it.value))
              return true;
          }
          return false;
        default:
          return true;
      }
    }
    exports.containsNewline = containsNewline;
  }
});

// node_modules/yaml/dist/compose/util-flow-indent-check.js
var require_util_flow_indent_check = __commonJS({
  "node_modules/yaml/dist/compose/util-flow-indent-check.js"(exports) {
    "use strict";
    var utilContainsNewline = require_util_contains_newline();
    function flowIndentCheck(indent, fc, onError) {
      if (fc?.type === "flow-collection") {
        const end = fc.end[0];
        if (end.indent === indent && (end.source === "]" || end.source === "}") && utilContainsNewline.containsNewline(fc)) {
          const msg = "Flow end indicator should be more indented than parent";
          onError(end, "BAD_INDENT", msg, true);
        }
      }
    }
    exports.flowIndentCheck = flowIndentCheck;
  }
});

// node_modules/yaml/dist/compose/util-map-includes.js
var require_util_map_includes = __commonJS({
  "node_modules/yaml/dist/compose/util-map-includes.js"(exports) {
    "use strict";
    var identity = require_identity();
    function mapIncludes(ctx, items, search) {
      const { uniqueKeys } = ctx.options;
      if (uniqueKeys === false)
        return false;
      const isEqual = typeof uniqueKeys === "function" ? uniqueKeys : (a, b) => a === b || identity.isScalar(a) && identity.isScalar(b) && a.value === b.value;
      return items.some((pair) => isEqual(pair.key, search));
    }
    exports.mapIncludes = mapIncludes;
  }
});

// node_modules/yaml/dist/compose/resolve-block-map.js
var require_resolve_block_map = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-map.js"(exports) {
    "use strict";
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    var utilMapIncludes = require_util_map_includes();
    var startColMsg = "All mapping items must start at the same column";
    function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap;
      const map = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      let offset = bm.offset;
      let commentEnd = null;
      for (const collItem of bm.items) {
        const { start, key, sep: sep2, value } = collItem;
        const keyProps = resolveProps.resolveProps(start, {
          indicator: "explicit-key-ind",
          next: key ?? sep2?.[0],
          offset,
          onError,
          parentIndent: bm.indent,
          startOnNewline: true
        });
        const implicitKey = !keyProps.found;
        if (implicitKey) {
          if (key) {
            if (key.type === "block-seq")
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "A block sequence may not be used as an implicit map key");
            else if ("indent" in key && key.indent !== bm.indent)
              onError(offset, "BAD_INDENT", startColMsg);
          }
          if (!keyProps.anchor && !keyProps.tag && !sep2) {
            commentEnd = keyProps.end;
            if (keyProps.comment) {
              if (map.comment)
                map.comment += "\n" + keyProps.comment;
              else
                map.comment = keyProps.comment;
            }
            continue;
          }
          if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) {
            onError(key ?? start[start.length - 1], "MULTILINE_IMPLICIT_KEY", "Implicit keys need to be on a single line");
          }
        } else if (keyProps.found?.indent !== bm.indent) {
          onError(offset, "BAD_INDENT", startColMsg);
        }
        ctx.atKey = true;
        const keyStart = keyProps.end;
        const keyNode = key ? composeNode(ctx, key, keyProps, onError) : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError);
        ctx.atKey = false;
        if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
          onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
        const valueProps = resolveProps.resolveProps(sep2 ?? [], {
          indicator: "map-value-ind",
          next: value,
          offset: keyNode.range[2],
          onError,
          parentIndent: bm.indent,
          startOnNewline: !key || key.type === "block-scalar"
        });
        offset = valueProps.end;
        if (valueProps.found) {
          if (implicitKey) {
            if (value?.type === "block-map" && !valueProps.hasNewline)
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "Nested mappings are not allowed in compact mappings");
            if (ctx.options.strict && keyProps.start < valueProps.found.offset - 1024)
              onError(keyNode.range, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit block mapping key");
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : composeEmptyNode(ctx, offset, sep2, null, valueProps, onError);
          if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
          offset = valueNode.range[2];
          const pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map.items.push(pair);
        } else {
          if (implicitKey)
            onError(keyNode.range, "MISSING_CHAR", "Implicit map keys need to be followed by map values");
          if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
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
        onError(commentEnd, "IMPOSSIBLE", "Map comment with trailing content");
      map.range = [bm.offset, offset, commentEnd ?? offset];
      return map;
    }
    exports.resolveBlockMap = resolveBlockMap;
  }
});

// node_modules/yaml/dist/compose/resolve-block-seq.js
var require_resolve_block_seq = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-seq.js"(exports) {
    "use strict";
    var YAMLSeq = require_YAMLSeq();
    var resolveProps = require_resolve_props();
    var utilFlowIndentCheck = require_util_flow_indent_check();
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
          indicator: "seq-item-ind",
          next: value,
          offset,
          onError,
          parentIndent: bs.indent,
          startOnNewline: true
        });
        if (!props.found) {
          if (props.anchor || props.tag || value) {
            if (value?.type === "block-seq")
              onError(props.end, "BAD_INDENT", "All sequence items must start at the same column");
            else
              onError(offset, "MISSING_CHAR", "Sequence item without - indicator");
          } else {
            commentEnd = props.end;
            if (props.comment)
              seq.comment = props.comment;
            continue;
          }
        }
        const node = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, start, null, props, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
        offset = node.range[2];
        seq.items.push(node);
      }
      seq.range = [bs.offset, offset, commentEnd ?? offset];
      return seq;
    }
    exports.resolveBlockSeq = resolveBlockSeq;
  }
});

// node_modules/yaml/dist/compose/resolve-end.js
var require_resolve_end = __commonJS({
  "node_modules/yaml/dist/compose/resolve-end.js"(exports) {
    "use strict";
    function resolveEnd(end, offset, reqSpace, onError) {
      let comment = "";
      if (end) {
        let hasSpace = false;
        let sep2 = "";
        for (const token of end) {
          const { source, type } = token;
          switch (type) {
            case "space":
              hasSpace = true;
              break;
            case "comment": {
              if (reqSpace && !hasSpace)
                onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
              const cb = source.substring(1) || " ";
              if (!comment)
                comment = cb;
              else
                comment += sep2 + cb;
              sep2 = "";
              break;
            }
            case "newline":
              if (comment)
                sep2 += source;
              hasSpace = true;
              break;
            default:
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${type} at node end`);
          }
          offset += source.length;
        }
      }
      return { comment, offset };
    }
    exports.resolveEnd = resolveEnd;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-collection.js
var require_resolve_flow_collection = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-collection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilMapIncludes = require_util_map_includes();
    var blockMsg = "Block collections are not allowed within flow collections";
    var isBlock = (token) => token && (token.type === "block-map" || token.type === "block-seq");
    function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
      const isMap3 = fc.start.source === "{";
      const fcName = isMap3 ? "flow map" : "flow sequence";
      const NodeClass = tag?.nodeClass ?? (isMap3 ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq);
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
        const { start, key, sep: sep2, value } = collItem;
        const props = resolveProps.resolveProps(start, {
          flow: fcName,
          indicator: "explicit-key-ind",
          next: key ?? sep2?.[0],
          offset,
          onError,
          parentIndent: fc.indent,
          startOnNewline: false
        });
        if (!props.found) {
          if (!props.anchor && !props.tag && !sep2 && !value) {
            if (i === 0 && props.comma)
              onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
            else if (i < fc.items.length - 1)
              onError(props.start, "UNEXPECTED_TOKEN", `Unexpected empty item in ${fcName}`);
            if (props.comment) {
              if (coll.comment)
                coll.comment += "\n" + props.comment;
              else
                coll.comment = props.comment;
            }
            offset = props.end;
            continue;
          }
          if (!isMap3 && ctx.options.strict && utilContainsNewline.containsNewline(key))
            onError(
              key,
              // checked by containsNewline()
              "MULTILINE_IMPLICIT_KEY",
              "Implicit keys of flow sequence pairs need to be on a single line"
            );
        }
        if (i === 0) {
          if (props.comma)
            onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
        } else {
          if (!props.comma)
            onError(props.start, "MISSING_CHAR", `Missing , between ${fcName} items`);
          if (props.comment) {
            let prevItemComment = "";
            loop: for (const st of start) {
              switch (st.type) {
                case "comma":
                case "space":
                  break;
                case "comment":
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
                prev.comment += "\n" + prevItemComment;
              else
                prev.comment = prevItemComment;
              props.comment = props.comment.substring(prevItemComment.length + 1);
            }
          }
        }
        if (!isMap3 && !sep2 && !props.found) {
          const valueNode = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, sep2, null, props, onError);
          coll.items.push(valueNode);
          offset = valueNode.range[2];
          if (isBlock(value))
            onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
        } else {
          ctx.atKey = true;
          const keyStart = props.end;
          const keyNode = key ? composeNode(ctx, key, props, onError) : composeEmptyNode(ctx, keyStart, start, null, props, onError);
          if (isBlock(key))
            onError(keyNode.range, "BLOCK_IN_FLOW", blockMsg);
          ctx.atKey = false;
          const valueProps = resolveProps.resolveProps(sep2 ?? [], {
            flow: fcName,
            indicator: "map-value-ind",
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
          });
          if (valueProps.found) {
            if (!isMap3 && !props.found && ctx.options.strict) {
              if (sep2)
                for (const st of sep2) {
                  if (st === valueProps.found)
                    break;
                  if (st.type === "newline") {
                    onError(st, "MULTILINE_IMPLICIT_KEY", "Implicit keys of flow sequence pairs need to be on a single line");
                    break;
                  }
                }
              if (props.start < valueProps.found.offset - 1024)
                onError(valueProps.found, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit flow sequence key");
            }
          } else if (value) {
            if ("source" in value && value.source?.[0] === ":")
              onError(value, "MISSING_CHAR", `Missing space after : in ${fcName}`);
            else
              onError(valueProps.start, "MISSING_CHAR", `Missing , or : between ${fcName} items`);
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : valueProps.found ? composeEmptyNode(ctx, valueProps.end, sep2, null, valueProps, onError) : null;
          if (valueNode) {
            if (isBlock(value))
              onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
          } else if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          if (isMap3) {
            const map = coll;
            if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
              onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
            map.items.push(pair);
          } else {
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
      const expectedEnd = isMap3 ? "}" : "]";
      const [ce, ...ee] = fc.end;
      let cePos = offset;
      if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
      else {
        const name = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot ? `${name} must end with a ${expectedEnd}` : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? "MISSING_CHAR" : "BAD_INDENT", msg);
        if (ce && ce.source.length !== 1)
          ee.unshift(ce);
      }
      if (ee.length > 0) {
        const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
        if (end.comment) {
          if (coll.comment)
            coll.comment += "\n" + end.comment;
          else
            coll.comment = end.comment;
        }
        coll.range = [fc.offset, cePos, end.offset];
      } else {
        coll.range = [fc.offset, cePos, cePos];
      }
      return coll;
    }
    exports.resolveFlowCollection = resolveFlowCollection;
  }
});

// node_modules/yaml/dist/compose/compose-collection.js
var require_compose_collection = __commonJS({
  "node_modules/yaml/dist/compose/compose-collection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar3 = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveBlockMap = require_resolve_block_map();
    var resolveBlockSeq = require_resolve_block_seq();
    var resolveFlowCollection = require_resolve_flow_collection();
    function resolveCollection(CN, ctx, token, onError, tagName, tag) {
      const coll = token.type === "block-map" ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag) : token.type === "block-seq" ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag) : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
      const Coll = coll.constructor;
      if (tagName === "!" || tagName === Coll.tagName) {
        coll.tag = Coll.tagName;
        return coll;
      }
      if (tagName)
        coll.tag = tagName;
      return coll;
    }
    function composeCollection(CN, ctx, token, props, onError) {
      const tagToken = props.tag;
      const tagName = !tagToken ? null : ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg));
      if (token.type === "block-seq") {
        const { anchor, newlineAfterProp: nl } = props;
        const lastProp = anchor && tagToken ? anchor.offset > tagToken.offset ? anchor : tagToken : anchor ?? tagToken;
        if (lastProp && (!nl || nl.offset < lastProp.offset)) {
          const message = "Missing newline after block sequence props";
          onError(lastProp, "MISSING_CHAR", message);
        }
      }
      const expType = token.type === "block-map" ? "map" : token.type === "block-seq" ? "seq" : token.start.source === "{" ? "map" : "seq";
      if (!tagToken || !tagName || tagName === "!" || tagName === YAMLMap.YAMLMap.tagName && expType === "map" || tagName === YAMLSeq.YAMLSeq.tagName && expType === "seq") {
        return resolveCollection(CN, ctx, token, onError, tagName);
      }
      let tag = ctx.schema.tags.find((t) => t.tag === tagName && t.collection === expType);
      if (!tag) {
        const kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType) {
          ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
          tag = kt;
        } else {
          if (kt) {
            onError(tagToken, "BAD_COLLECTION_TYPE", `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? "scalar"}`, true);
          } else {
            onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, true);
          }
          return resolveCollection(CN, ctx, token, onError, tagName);
        }
      }
      const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
      const res = tag.resolve?.(coll, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg), ctx.options) ?? coll;
      const node = identity.isNode(res) ? res : new Scalar3.Scalar(res);
      node.range = coll.range;
      node.tag = tagName;
      if (tag?.format)
        node.format = tag.format;
      return node;
    }
    exports.composeCollection = composeCollection;
  }
});

// node_modules/yaml/dist/compose/resolve-block-scalar.js
var require_resolve_block_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-scalar.js"(exports) {
    "use strict";
    var Scalar3 = require_Scalar();
    function resolveBlockScalar(ctx, scalar, onError) {
      const start = scalar.offset;
      const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
      if (!header)
        return { value: "", type: null, comment: "", range: [start, start, start] };
      const type = header.mode === ">" ? Scalar3.Scalar.BLOCK_FOLDED : Scalar3.Scalar.BLOCK_LITERAL;
      const lines = scalar.source ? splitLines(scalar.source) : [];
      let chompStart = lines.length;
      for (let i = lines.length - 1; i >= 0; --i) {
        const content = lines[i][1];
        if (content === "" || content === "\r")
          chompStart = i;
        else
          break;
      }
      if (chompStart === 0) {
        const value2 = header.chomp === "+" && lines.length > 0 ? "\n".repeat(Math.max(1, lines.length - 1)) : "";
        let end2 = start + header.length;
        if (scalar.source)
          end2 += scalar.source.length;
        return { value: value2, type, comment: header.comment, range: [start, end2, end2] };
      }
      let trimIndent = scalar.indent + header.indent;
      let offset = scalar.offset + header.length;
      let contentStart = 0;
      for (let i = 0; i < chompStart; ++i) {
        const [indent, content] = lines[i];
        if (content === "" || content === "\r") {
          if (header.indent === 0 && indent.length > trimIndent)
            trimIndent = indent.length;
        } else {
          if (indent.length < trimIndent) {
            const message = "Block scalars with more-indented leading empty lines must use an explicit indentation indicator";
            onError(offset + indent.length, "MISSING_CHAR", message);
          }
          if (header.indent === 0)
            trimIndent = indent.length;
          contentStart = i;
          if (trimIndent === 0 && !ctx.atRoot) {
            const message = "Block scalar values in collections must be indented";
            onError(offset, "BAD_INDENT", message);
          }
          break;
        }
        offset += indent.length + content.length + 1;
      }
      for (let i = lines.length - 1; i >= chompStart; --i) {
        if (lines[i][0].length > trimIndent)
          chompStart = i + 1;
      }
      let value = "";
      let sep2 = "";
      let prevMoreIndented = false;
      for (let i = 0; i < contentStart; ++i)
        value += lines[i][0].slice(trimIndent) + "\n";
      for (let i = contentStart; i < chompStart; ++i) {
        let [indent, content] = lines[i];
        offset += indent.length + content.length + 1;
        const crlf = content[content.length - 1] === "\r";
        if (crlf)
          content = content.slice(0, -1);
        if (content && indent.length < trimIndent) {
          const src = header.indent ? "explicit indentation indicator" : "first line";
          const message = `Block scalar lines must not be less indented than their ${src}`;
          onError(offset - content.length - (crlf ? 2 : 1), "BAD_INDENT", message);
          indent = "";
        }
        if (type === Scalar3.Scalar.BLOCK_LITERAL) {
          value += sep2 + indent.slice(trimIndent) + content;
          sep2 = "\n";
        } else if (indent.length > trimIndent || content[0] === "	") {
          if (sep2 === " ")
            sep2 = "\n";
          else if (!prevMoreIndented && sep2 === "\n")
            sep2 = "\n\n";
          value += sep2 + indent.slice(trimIndent) + content;
          sep2 = "\n";
          prevMoreIndented = true;
        } else if (content === "") {
          if (sep2 === "\n")
            value += "\n";
          else
            sep2 = "\n";
        } else {
          value += sep2 + content;
          sep2 = " ";
          prevMoreIndented = false;
        }
      }
      switch (header.chomp) {
        case "-":
          break;
        case "+":
          for (let i = chompStart; i < lines.length; ++i)
            value += "\n" + lines[i][0].slice(trimIndent);
          if (value[value.length - 1] !== "\n")
            value += "\n";
          break;
        default:
          value += "\n";
      }
      const end = start + header.length + scalar.source.length;
      return { value, type, comment: header.comment, range: [start, end, end] };
    }
    function parseBlockScalarHeader({ offset, props }, strict, onError) {
      if (props[0].type !== "block-scalar-header") {
        onError(props[0], "IMPOSSIBLE", "Block scalar header not found");
        return null;
      }
      const { source } = props[0];
      const mode = source[0];
      let indent = 0;
      let chomp = "";
      let error = -1;
      for (let i = 1; i < source.length; ++i) {
        const ch = source[i];
        if (!chomp && (ch === "-" || ch === "+"))
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
        onError(error, "UNEXPECTED_TOKEN", `Block scalar header includes extra characters: ${source}`);
      let hasSpace = false;
      let comment = "";
      let length = source.length;
      for (let i = 1; i < props.length; ++i) {
        const token = props[i];
        switch (token.type) {
          case "space":
            hasSpace = true;
          // fallthrough
          case "newline":
            length += token.source.length;
            break;
          case "comment":
            if (strict && !hasSpace) {
              const message = "Comments must be separated from other tokens by white space characters";
              onError(token, "MISSING_CHAR", message);
            }
            length += token.source.length;
            comment = token.source.substring(1);
            break;
          case "error":
            onError(token, "UNEXPECTED_TOKEN", token.message);
            length += token.source.length;
            break;
          /* istanbul ignore next should not happen */
          default: {
            const message = `Unexpected token in block scalar header: ${token.type}`;
            onError(token, "UNEXPECTED_TOKEN", message);
            const ts = token.source;
            if (ts && typeof ts === "string")
              length += ts.length;
          }
        }
      }
      return { mode, indent, chomp, comment, length };
    }
    function splitLines(source) {
      const split = source.split(/\n( *)/);
      const first = split[0];
      const m = first.match(/^( *)/);
      const line0 = m?.[1] ? [m[1], first.slice(m[1].length)] : ["", first];
      const lines = [line0];
      for (let i = 1; i < split.length; i += 2)
        lines.push([split[i], split[i + 1]]);
      return lines;
    }
    exports.resolveBlockScalar = resolveBlockScalar;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-scalar.js
var require_resolve_flow_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-scalar.js"(exports) {
    "use strict";
    var Scalar3 = require_Scalar();
    var resolveEnd = require_resolve_end();
    function resolveFlowScalar(scalar, strict, onError) {
      const { offset, type, source, end } = scalar;
      let _type;
      let value;
      const _onError = (rel, code, msg) => onError(offset + rel, code, msg);
      switch (type) {
        case "scalar":
          _type = Scalar3.Scalar.PLAIN;
          value = plainValue(source, _onError);
          break;
        case "single-quoted-scalar":
          _type = Scalar3.Scalar.QUOTE_SINGLE;
          value = singleQuotedValue(source, _onError);
          break;
        case "double-quoted-scalar":
          _type = Scalar3.Scalar.QUOTE_DOUBLE;
          value = doubleQuotedValue(source, _onError);
          break;
        /* istanbul ignore next should not happen */
        default:
          onError(scalar, "UNEXPECTED_TOKEN", `Expected a flow scalar value, but found: ${type}`);
          return {
            value: "",
            type: null,
            comment: "",
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
      let badChar = "";
      switch (source[0]) {
        /* istanbul ignore next should not happen */
        case "	":
          badChar = "a tab character";
          break;
        case ",":
          badChar = "flow indicator character ,";
          break;
        case "%":
          badChar = "directive indicator character %";
          break;
        case "|":
        case ">": {
          badChar = `block scalar indicator ${source[0]}`;
          break;
        }
        case "@":
        case "`": {
          badChar = `reserved character ${source[0]}`;
          break;
        }
      }
      if (badChar)
        onError(0, "BAD_SCALAR_START", `Plain value cannot start with ${badChar}`);
      return unfoldLines(source);
    }
    function singleQuotedValue(source, onError) {
      if (source[source.length - 1] !== "'" || source.length === 1)
        onError(source.length, "MISSING_CHAR", "Missing closing 'quote");
      return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
    }
    function unfoldLines(source) {
      const line = /(.*?)\r?\n/sy;
      let match = line.exec(source);
      if (!match)
        return source;
      let trimEnd2, trimBoth;
      try {
        trimEnd2 = new RegExp("(?<![ 	])[ 	]+$");
        trimBoth = new RegExp("^[ 	]+|(?<![ 	])[ 	]+$", "g");
      } catch {
        trimEnd2 = /[ \t]+$/;
        trimBoth = /^[ \t]+|[ \t]+$/g;
      }
      let res = match[1].replace(trimEnd2, "");
      let sep2 = " ";
      let pos = line.lastIndex;
      while (match = line.exec(source)) {
        const lm = match[1].replace(trimBoth, "");
        if (lm === "") {
          if (sep2 === "\n")
            res += sep2;
          else
            sep2 = "\n";
        } else {
          res += sep2 + lm;
          sep2 = " ";
        }
        pos = line.lastIndex;
      }
      const last = /[ \t]*(.*)/sy;
      last.lastIndex = pos;
      match = last.exec(source);
      return res + sep2 + (match?.[1] ?? "");
    }
    function doubleQuotedValue(source, onError) {
      let res = "";
      for (let i = 1; i < source.length - 1; ++i) {
        const ch = source[i];
        if (ch === "\r" && source[i + 1] === "\n")
          continue;
        if (ch === "\n") {
          const { fold, offset } = foldNewline(source, i);
          res += fold;
          i = offset;
        } else if (ch === "\\") {
          let next = source[++i];
          const cc = escapeCodes[next];
          if (cc)
            res += cc;
          else if (next === "\n") {
            next = source[i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "\r" && source[i + 1] === "\n") {
            next = source[++i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "x" || next === "u" || next === "U") {
            const length = next === "x" ? 2 : next === "u" ? 4 : 8;
            res += parseCharCode(source, i + 1, length, onError);
            i += length;
          } else {
            const raw = source.substr(i - 1, 2);
            onError(i - 1, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
            res += raw;
          }
        } else if (ch === " " || ch === "	") {
          const wsStart = i;
          let next = source[i + 1];
          while (next === " " || next === "	")
            next = source[++i + 1];
          if (next !== "\n" && !(next === "\r" && source[i + 2] === "\n"))
            res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
        } else {
          res += ch;
        }
      }
      if (source[source.length - 1] !== '"' || source.length === 1)
        onError(source.length, "MISSING_CHAR", 'Missing closing "quote');
      return res;
    }
    function foldNewline(source, offset) {
      let fold = "";
      let ch = source[offset + 1];
      while (ch === " " || ch === "	" || ch === "\n" || ch === "\r") {
        if (ch === "\r" && source[offset + 2] !== "\n")
          break;
        if (ch === "\n")
          fold += "\n";
        offset += 1;
        ch = source[offset + 1];
      }
      if (!fold)
        fold = " ";
      return { fold, offset };
    }
    var escapeCodes = {
      "0": "\0",
      // null character
      a: "\x07",
      // bell character
      b: "\b",
      // backspace
      e: "\x1B",
      // escape character
      f: "\f",
      // form feed
      n: "\n",
      // line feed
      r: "\r",
      // carriage return
      t: "	",
      // horizontal tab
      v: "\v",
      // vertical tab
      N: "\x85",
      // Unicode next line
      _: "\xA0",
      // Unicode non-breaking space
      L: "\u2028",
      // Unicode line separator
      P: "\u2029",
      // Unicode paragraph separator
      " ": " ",
      '"': '"',
      "/": "/",
      "\\": "\\",
      "	": "	"
    };
    function parseCharCode(source, offset, length, onError) {
      const cc = source.substr(offset, length);
      const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
      const code = ok ? parseInt(cc, 16) : NaN;
      try {
        return String.fromCodePoint(code);
      } catch {
        const raw = source.substr(offset - 2, length + 2);
        onError(offset - 2, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
        return raw;
      }
    }
    exports.resolveFlowScalar = resolveFlowScalar;
  }
});

// node_modules/yaml/dist/compose/compose-scalar.js
var require_compose_scalar = __commonJS({
  "node_modules/yaml/dist/compose/compose-scalar.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar3 = require_Scalar();
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    function composeScalar(ctx, token, tagToken, onError) {
      const { value, type, comment, range } = token.type === "block-scalar" ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError) : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
      const tagName = tagToken ? ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg)) : null;
      let tag;
      if (ctx.options.stringKeys && ctx.atKey) {
        tag = ctx.schema[identity.SCALAR];
      } else if (tagName)
        tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
      else if (token.type === "scalar")
        tag = findScalarTagByTest(ctx, value, token, onError);
      else
        tag = ctx.schema[identity.SCALAR];
      let scalar;
      try {
        const res = tag.resolve(value, (msg) => onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg), ctx.options);
        scalar = identity.isScalar(res) ? res : new Scalar3.Scalar(res);
      } catch (error) {
        const msg = error instanceof Error ? error.message : String(error);
        onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg);
        scalar = new Scalar3.Scalar(value);
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
      if (tagName === "!")
        return schema[identity.SCALAR];
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
        schema.tags.push(Object.assign({}, kt, { default: false, test: void 0 }));
        return kt;
      }
      onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, tagName !== "tag:yaml.org,2002:str");
      return schema[identity.SCALAR];
    }
    function findScalarTagByTest({ atKey, directives, schema }, value, token, onError) {
      const tag = schema.tags.find((tag2) => (tag2.default === true || atKey && tag2.default === "key") && tag2.test?.test(value)) || schema[identity.SCALAR];
      if (schema.compat) {
        const compat = schema.compat.find((tag2) => tag2.default && tag2.test?.test(value)) ?? schema[identity.SCALAR];
        if (tag.tag !== compat.tag) {
          const ts = directives.tagString(tag.tag);
          const cs = directives.tagString(compat.tag);
          const msg = `Value may be parsed as either ${ts} or ${cs}`;
          onError(token, "TAG_RESOLVE_FAILED", msg, true);
        }
      }
      return tag;
    }
    exports.composeScalar = composeScalar;
  }
});

// node_modules/yaml/dist/compose/util-empty-scalar-position.js
var require_util_empty_scalar_position = __commonJS({
  "node_modules/yaml/dist/compose/util-empty-scalar-position.js"(exports) {
    "use strict";
    function emptyScalarPosition(offset, before, pos) {
      if (before) {
        pos ?? (pos = before.length);
        for (let i = pos - 1; i >= 0; --i) {
          let st = before[i];
          switch (st.type) {
            case "space":
            case "comment":
            case "newline":
              offset -= st.source.length;
              continue;
          }
          st = before[++i];
          while (st?.type === "space") {
            offset += st.source.length;
            st = before[++i];
          }
          break;
        }
      }
      return offset;
    }
    exports.emptyScalarPosition = emptyScalarPosition;
  }
});

// node_modules/yaml/dist/compose/compose-node.js
var require_compose_node = __commonJS({
  "node_modules/yaml/dist/compose/compose-node.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var identity = require_identity();
    var composeCollection = require_compose_collection();
    var composeScalar = require_compose_scalar();
    var resolveEnd = require_resolve_end();
    var utilEmptyScalarPosition = require_util_empty_scalar_position();
    var CN = { composeNode, composeEmptyNode };
    function composeNode(ctx, token, props, onError) {
      const atKey = ctx.atKey;
      const { spaceBefore, comment, anchor, tag } = props;
      let node;
      let isSrcToken = true;
      switch (token.type) {
        case "alias":
          node = composeAlias(ctx, token, onError);
          if (anchor || tag)
            onError(token, "ALIAS_PROPS", "An alias node must not specify any properties");
          break;
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "block-scalar":
          node = composeScalar.composeScalar(ctx, token, tag, onError);
          if (anchor)
            node.anchor = anchor.source.substring(1);
          break;
        case "block-map":
        case "block-seq":
        case "flow-collection":
          try {
            node = composeCollection.composeCollection(CN, ctx, token, props, onError);
            if (anchor)
              node.anchor = anchor.source.substring(1);
          } catch (error) {
            const message = error instanceof Error ? error.message : String(error);
            onError(token, "RESOURCE_EXHAUSTION", message);
          }
          break;
        default: {
          const message = token.type === "error" ? token.message : `Unsupported token (type: ${token.type})`;
          onError(token, "UNEXPECTED_TOKEN", message);
          isSrcToken = false;
        }
      }
      node ?? (node = composeEmptyNode(ctx, token.offset, void 0, null, props, onError));
      if (anchor && node.anchor === "")
        onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      if (atKey && ctx.options.stringKeys && (!identity.isScalar(node) || typeof node.value !== "string" || node.tag && node.tag !== "tag:yaml.org,2002:str")) {
        const msg = "With stringKeys, all keys must be strings";
        onError(tag ?? token, "NON_STRING_KEY", msg);
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        if (token.type === "scalar" && token.source === "")
          node.comment = comment;
        else
          node.commentBefore = comment;
      }
      if (ctx.options.keepSourceTokens && isSrcToken)
        node.srcToken = token;
      return node;
    }
    function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
      const token = {
        type: "scalar",
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
        indent: -1,
        source: ""
      };
      const node = composeScalar.composeScalar(ctx, token, tag, onError);
      if (anchor) {
        node.anchor = anchor.source.substring(1);
        if (node.anchor === "")
          onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
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
      if (alias.source === "")
        onError(offset, "BAD_ALIAS", "Alias cannot be an empty string");
      if (alias.source.endsWith(":"))
        onError(offset + source.length - 1, "BAD_ALIAS", "Alias ending in : is ambiguous", true);
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
      alias.range = [offset, valueEnd, re.offset];
      if (re.comment)
        alias.comment = re.comment;
      return alias;
    }
    exports.composeEmptyNode = composeEmptyNode;
    exports.composeNode = composeNode;
  }
});

// node_modules/yaml/dist/compose/compose-doc.js
var require_compose_doc = __commonJS({
  "node_modules/yaml/dist/compose/compose-doc.js"(exports) {
    "use strict";
    var Document = require_Document();
    var composeNode = require_compose_node();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    function composeDoc(options, directives, { offset, start, value, end }, onError) {
      const opts = Object.assign({ _directives: directives }, options);
      const doc = new Document.Document(void 0, opts);
      const ctx = {
        atKey: false,
        atRoot: true,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
      };
      const props = resolveProps.resolveProps(start, {
        indicator: "doc-start",
        next: value ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: true
      });
      if (props.found) {
        doc.directives.docStart = true;
        if (value && (value.type === "block-map" || value.type === "block-seq") && !props.hasNewline)
          onError(props.end, "MISSING_CHAR", "Block collection cannot start on same line with directives-end marker");
      }
      doc.contents = value ? composeNode.composeNode(ctx, value, props, onError) : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
      const contentEnd = doc.contents.range[2];
      const re = resolveEnd.resolveEnd(end, contentEnd, false, onError);
      if (re.comment)
        doc.comment = re.comment;
      doc.range = [offset, contentEnd, re.offset];
      return doc;
    }
    exports.composeDoc = composeDoc;
  }
});

// node_modules/yaml/dist/compose/composer.js
var require_composer = __commonJS({
  "node_modules/yaml/dist/compose/composer.js"(exports) {
    "use strict";
    var node_process = __require("process");
    var directives = require_directives();
    var Document = require_Document();
    var errors = require_errors();
    var identity = require_identity();
    var composeDoc = require_compose_doc();
    var resolveEnd = require_resolve_end();
    function getErrorPos(src) {
      if (typeof src === "number")
        return [src, src + 1];
      if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
      const { offset, source } = src;
      return [offset, offset + (typeof source === "string" ? source.length : 1)];
    }
    function parsePrelude(prelude) {
      let comment = "";
      let atComment = false;
      let afterEmptyLine = false;
      for (let i = 0; i < prelude.length; ++i) {
        const source = prelude[i];
        switch (source[0]) {
          case "#":
            comment += (comment === "" ? "" : afterEmptyLine ? "\n\n" : "\n") + (source.substring(1) || " ");
            atComment = true;
            afterEmptyLine = false;
            break;
          case "%":
            if (prelude[i + 1]?.[0] !== "#")
              i += 1;
            atComment = false;
            break;
          default:
            if (!atComment)
              afterEmptyLine = true;
            atComment = false;
        }
      }
      return { comment, afterEmptyLine };
    }
    var Composer = class {
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
        this.directives = new directives.Directives({ version: options.version || "1.2" });
        this.options = options;
      }
      decorate(doc, afterDoc) {
        const { comment, afterEmptyLine } = parsePrelude(this.prelude);
        if (comment) {
          const dc = doc.contents;
          if (afterDoc) {
            doc.comment = doc.comment ? `${doc.comment}
${comment}` : comment;
          } else if (afterEmptyLine || doc.directives.docStart || !dc) {
            doc.commentBefore = comment;
          } else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
            let it = dc.items[0];
            if (identity.isPair(it))
              it = it.key;
            const cb = it.commentBefore;
            it.commentBefore = cb ? `${comment}
${cb}` : comment;
          } else {
            const cb = dc.commentBefore;
            dc.commentBefore = cb ? `${comment}
${cb}` : comment;
          }
        }
        if (afterDoc) {
          for (let i = 0; i < this.errors.length; ++i)
            doc.errors.push(this.errors[i]);
          for (let i = 0; i < this.warnings.length; ++i)
            doc.warnings.push(this.warnings[i]);
        } else {
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
          case "directive":
            this.directives.add(token.source, (offset, message, warning) => {
              const pos = getErrorPos(token);
              pos[0] += offset;
              this.onError(pos, "BAD_DIRECTIVE", message, warning);
            });
            this.prelude.push(token.source);
            this.atDirectives = true;
            break;
          case "document": {
            const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
            if (this.atDirectives && !doc.directives.docStart)
              this.onError(token, "MISSING_CHAR", "Missing directives-end/doc-start indicator line");
            this.decorate(doc, false);
            if (this.doc)
              yield this.doc;
            this.doc = doc;
            this.atDirectives = false;
            break;
          }
          case "byte-order-mark":
          case "space":
            break;
          case "comment":
          case "newline":
            this.prelude.push(token.source);
            break;
          case "error": {
            const msg = token.source ? `${token.message}: ${JSON.stringify(token.source)}` : token.message;
            const error = new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg);
            if (this.atDirectives || !this.doc)
              this.errors.push(error);
            else
              this.doc.errors.push(error);
            break;
          }
          case "doc-end": {
            if (!this.doc) {
              const msg = "Unexpected doc-end without preceding document";
              this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg));
              break;
            }
            this.doc.directives.docEnd = true;
            const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
            this.decorate(this.doc, true);
            if (end.comment) {
              const dc = this.doc.comment;
              this.doc.comment = dc ? `${dc}
${end.comment}` : end.comment;
            }
            this.doc.range[2] = end.offset;
            break;
          }
          default:
            this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", `Unsupported token ${token.type}`));
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
        } else if (forceDoc) {
          const opts = Object.assign({ _directives: this.directives }, this.options);
          const doc = new Document.Document(void 0, opts);
          if (this.atDirectives)
            this.onError(endOffset, "MISSING_CHAR", "Missing directives-end indicator line");
          doc.range = [0, endOffset, endOffset];
          this.decorate(doc, false);
          yield doc;
        }
      }
    };
    exports.Composer = Composer;
  }
});

// node_modules/yaml/dist/parse/cst-scalar.js
var require_cst_scalar = __commonJS({
  "node_modules/yaml/dist/parse/cst-scalar.js"(exports) {
    "use strict";
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    var errors = require_errors();
    var stringifyString = require_stringifyString();
    function resolveAsScalar(token, strict = true, onError) {
      if (token) {
        const _onError = (pos, code, message) => {
          const offset = typeof pos === "number" ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
          if (onError)
            onError(offset, code, message);
          else
            throw new errors.YAMLParseError([offset, offset + 1], code, message);
        };
        switch (token.type) {
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
          case "block-scalar":
            return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
        }
      }
      return null;
    }
    function createScalarToken(value, context) {
      const { implicitKey = false, indent, inFlow = false, offset = -1, type = "PLAIN" } = context;
      const source = stringifyString.stringifyString({ type, value }, {
        implicitKey,
        indent: indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      const end = context.end ?? [
        { type: "newline", offset: -1, indent, source: "\n" }
      ];
      switch (source[0]) {
        case "|":
        case ">": {
          const he = source.indexOf("\n");
          const head = source.substring(0, he);
          const body = source.substring(he + 1) + "\n";
          const props = [
            { type: "block-scalar-header", offset, indent, source: head }
          ];
          if (!addEndtoBlockProps(props, end))
            props.push({ type: "newline", offset: -1, indent, source: "\n" });
          return { type: "block-scalar", offset, indent, props, source: body };
        }
        case '"':
          return { type: "double-quoted-scalar", offset, indent, source, end };
        case "'":
          return { type: "single-quoted-scalar", offset, indent, source, end };
        default:
          return { type: "scalar", offset, indent, source, end };
      }
    }
    function setScalarValue(token, value, context = {}) {
      let { afterKey = false, implicitKey = false, inFlow = false, type } = context;
      let indent = "indent" in token ? token.indent : null;
      if (afterKey && typeof indent === "number")
        indent += 2;
      if (!type)
        switch (token.type) {
          case "single-quoted-scalar":
            type = "QUOTE_SINGLE";
            break;
          case "double-quoted-scalar":
            type = "QUOTE_DOUBLE";
            break;
          case "block-scalar": {
            const header = token.props[0];
            if (header.type !== "block-scalar-header")
              throw new Error("Invalid block scalar header");
            type = header.source[0] === ">" ? "BLOCK_FOLDED" : "BLOCK_LITERAL";
            break;
          }
          default:
            type = "PLAIN";
        }
      const source = stringifyString.stringifyString({ type, value }, {
        implicitKey: implicitKey || indent === null,
        indent: indent !== null && indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      switch (source[0]) {
        case "|":
        case ">":
          setBlockScalarValue(token, source);
          break;
        case '"':
          setFlowScalarValue(token, source, "double-quoted-scalar");
          break;
        case "'":
          setFlowScalarValue(token, source, "single-quoted-scalar");
          break;
        default:
          setFlowScalarValue(token, source, "scalar");
      }
    }
    function setBlockScalarValue(token, source) {
      const he = source.indexOf("\n");
      const head = source.substring(0, he);
      const body = source.substring(he + 1) + "\n";
      if (token.type === "block-scalar") {
        const header = token.props[0];
        if (header.type !== "block-scalar-header")
          throw new Error("Invalid block scalar header");
        header.source = head;
        token.source = body;
      } else {
        const { offset } = token;
        const indent = "indent" in token ? token.indent : -1;
        const props = [
          { type: "block-scalar-header", offset, indent, source: head }
        ];
        if (!addEndtoBlockProps(props, "end" in token ? token.end : void 0))
          props.push({ type: "newline", offset: -1, indent, source: "\n" });
        for (const key of Object.keys(token))
          if (key !== "type" && key !== "offset")
            delete token[key];
        Object.assign(token, { type: "block-scalar", indent, props, source: body });
      }
    }
    function addEndtoBlockProps(props, end) {
      if (end)
        for (const st of end)
          switch (st.type) {
            case "space":
            case "comment":
              props.push(st);
              break;
            case "newline":
              props.push(st);
              return true;
          }
      return false;
    }
    function setFlowScalarValue(token, source, type) {
      switch (token.type) {
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          token.type = type;
          token.source = source;
          break;
        case "block-scalar": {
          const end = token.props.slice(1);
          let oa = source.length;
          if (token.props[0].type === "block-scalar-header")
            oa -= token.props[0].source.length;
          for (const tok of end)
            tok.offset += oa;
          delete token.props;
          Object.assign(token, { type, source, end });
          break;
        }
        case "block-map":
        case "block-seq": {
          const offset = token.offset + source.length;
          const nl = { type: "newline", offset, indent: token.indent, source: "\n" };
          delete token.items;
          Object.assign(token, { type, source, end: [nl] });
          break;
        }
        default: {
          const indent = "indent" in token ? token.indent : -1;
          const end = "end" in token && Array.isArray(token.end) ? token.end.filter((st) => st.type === "space" || st.type === "comment" || st.type === "newline") : [];
          for (const key of Object.keys(token))
            if (key !== "type" && key !== "offset")
              delete token[key];
          Object.assign(token, { type, indent, source, end });
        }
      }
    }
    exports.createScalarToken = createScalarToken;
    exports.resolveAsScalar = resolveAsScalar;
    exports.setScalarValue = setScalarValue;
  }
});

// node_modules/yaml/dist/parse/cst-stringify.js
var require_cst_stringify = __commonJS({
  "node_modules/yaml/dist/parse/cst-stringify.js"(exports) {
    "use strict";
    var stringify = (cst) => "type" in cst ? stringifyToken(cst) : stringifyItem(cst);
    function stringifyToken(token) {
      switch (token.type) {
        case "block-scalar": {
          let res = "";
          for (const tok of token.props)
            res += stringifyToken(tok);
          return res + token.source;
        }
        case "block-map":
        case "block-seq": {
          let res = "";
          for (const item of token.items)
            res += stringifyItem(item);
          return res;
        }
        case "flow-collection": {
          let res = token.start.source;
          for (const item of token.items)
            res += stringifyItem(item);
          for (const st of token.end)
            res += st.source;
          return res;
        }
        case "document": {
          let res = stringifyItem(token);
          if (token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
        default: {
          let res = token.source;
          if ("end" in token && token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
      }
    }
    function stringifyItem({ start, key, sep: sep2, value }) {
      let res = "";
      for (const st of start)
        res += st.source;
      if (key)
        res += stringifyToken(key);
      if (sep2)
        for (const st of sep2)
          res += st.source;
      if (value)
        res += stringifyToken(value);
      return res;
    }
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/parse/cst-visit.js
var require_cst_visit = __commonJS({
  "node_modules/yaml/dist/parse/cst-visit.js"(exports) {
    "use strict";
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove item");
    function visit(cst, visitor) {
      if ("type" in cst && cst.type === "document")
        cst = { start: cst.start, value: cst.value };
      _visit(Object.freeze([]), cst, visitor);
    }
    visit.BREAK = BREAK;
    visit.SKIP = SKIP;
    visit.REMOVE = REMOVE;
    visit.itemAtPath = (cst, path) => {
      let item = cst;
      for (const [field, index] of path) {
        const tok = item?.[field];
        if (tok && "items" in tok) {
          item = tok.items[index];
        } else
          return void 0;
      }
      return item;
    };
    visit.parentCollection = (cst, path) => {
      const parent = visit.itemAtPath(cst, path.slice(0, -1));
      const field = path[path.length - 1][0];
      const coll = parent?.[field];
      if (coll && "items" in coll)
        return coll;
      throw new Error("Parent collection not found");
    };
    function _visit(path, item, visitor) {
      let ctrl = visitor(item, path);
      if (typeof ctrl === "symbol")
        return ctrl;
      for (const field of ["key", "value"]) {
        const token = item[field];
        if (token && "items" in token) {
          for (let i = 0; i < token.items.length; ++i) {
            const ci = _visit(Object.freeze(path.concat([[field, i]])), token.items[i], visitor);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              token.items.splice(i, 1);
              i -= 1;
            }
          }
          if (typeof ctrl === "function" && field === "key")
            ctrl = ctrl(item, path);
        }
      }
      return typeof ctrl === "function" ? ctrl(item, path) : ctrl;
    }
    exports.visit = visit;
  }
});

// node_modules/yaml/dist/parse/cst.js
var require_cst = __commonJS({
  "node_modules/yaml/dist/parse/cst.js"(exports) {
    "use strict";
    var cstScalar = require_cst_scalar();
    var cstStringify = require_cst_stringify();
    var cstVisit = require_cst_visit();
    var BOM2 = "\uFEFF";
    var DOCUMENT = "";
    var FLOW_END = "";
    var SCALAR = "";
    var isCollection = (token) => !!token && "items" in token;
    var isScalar5 = (token) => !!token && (token.type === "scalar" || token.type === "single-quoted-scalar" || token.type === "double-quoted-scalar" || token.type === "block-scalar");
    function prettyToken(token) {
      switch (token) {
        case BOM2:
          return "<BOM>";
        case DOCUMENT:
          return "<DOC>";
        case FLOW_END:
          return "<FLOW_END>";
        case SCALAR:
          return "<SCALAR>";
        default:
          return JSON.stringify(token);
      }
    }
    function tokenType(source) {
      switch (source) {
        case BOM2:
          return "byte-order-mark";
        case DOCUMENT:
          return "doc-mode";
        case FLOW_END:
          return "flow-error-end";
        case SCALAR:
          return "scalar";
        case "---":
          return "doc-start";
        case "...":
          return "doc-end";
        case "":
        case "\n":
        case "\r\n":
          return "newline";
        case "-":
          return "seq-item-ind";
        case "?":
          return "explicit-key-ind";
        case ":":
          return "map-value-ind";
        case "{":
          return "flow-map-start";
        case "}":
          return "flow-map-end";
        case "[":
          return "flow-seq-start";
        case "]":
          return "flow-seq-end";
        case ",":
          return "comma";
      }
      switch (source[0]) {
        case " ":
        case "	":
          return "space";
        case "#":
          return "comment";
        case "%":
          return "directive-line";
        case "*":
          return "alias";
        case "&":
          return "anchor";
        case "!":
          return "tag";
        case "'":
          return "single-quoted-scalar";
        case '"':
          return "double-quoted-scalar";
        case "|":
        case ">":
          return "block-scalar-header";
      }
      return null;
    }
    exports.createScalarToken = cstScalar.createScalarToken;
    exports.resolveAsScalar = cstScalar.resolveAsScalar;
    exports.setScalarValue = cstScalar.setScalarValue;
    exports.stringify = cstStringify.stringify;
    exports.visit = cstVisit.visit;
    exports.BOM = BOM2;
    exports.DOCUMENT = DOCUMENT;
    exports.FLOW_END = FLOW_END;
    exports.SCALAR = SCALAR;
    exports.isCollection = isCollection;
    exports.isScalar = isScalar5;
    exports.prettyToken = prettyToken;
    exports.tokenType = tokenType;
  }
});

// node_modules/yaml/dist/parse/lexer.js
var require_lexer = __commonJS({
  "node_modules/yaml/dist/parse/lexer.js"(exports) {
    "use strict";
    var cst = require_cst();
    function isEmpty(ch) {
      switch (ch) {
        case void 0:
        case " ":
        case "\n":
        case "\r":
        case "	":
          return true;
        default:
          return false;
      }
    }
    var hexDigits = new Set("0123456789ABCDEFabcdef");
    var tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
    var flowIndicatorChars = new Set(",[]{}");
    var invalidAnchorChars = new Set(" ,[]{}\n\r	");
    var isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
    var Lexer = class {
      constructor() {
        this.atEnd = false;
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        this.buffer = "";
        this.flowKey = false;
        this.flowLevel = 0;
        this.indentNext = 0;
        this.indentValue = 0;
        this.lineEndPos = null;
        this.next = null;
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
          if (typeof source !== "string")
            throw TypeError("source is not a string");
          this.buffer = this.buffer ? this.buffer + source : source;
          this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? "stream";
        while (next && (incomplete || this.hasChars(1)))
          next = yield* this.parseNext(next);
      }
      atLineEnd() {
        let i = this.pos;
        let ch = this.buffer[i];
        while (ch === " " || ch === "	")
          ch = this.buffer[++i];
        if (!ch || ch === "#" || ch === "\n")
          return true;
        if (ch === "\r")
          return this.buffer[i + 1] === "\n";
        return false;
      }
      charAt(n) {
        return this.buffer[this.pos + n];
      }
      continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
          let indent = 0;
          while (ch === " ")
            ch = this.buffer[++indent + offset];
          if (ch === "\r") {
            const next = this.buffer[indent + offset + 1];
            if (next === "\n" || !next && !this.atEnd)
              return offset + indent + 1;
          }
          return ch === "\n" || indent >= this.indentNext || !ch && !this.atEnd ? offset + indent : -1;
        }
        if (ch === "-" || ch === ".") {
          const dt = this.buffer.substr(offset, 3);
          if ((dt === "---" || dt === "...") && isEmpty(this.buffer[offset + 3]))
            return -1;
        }
        return offset;
      }
      getLine() {
        let end = this.lineEndPos;
        if (typeof end !== "number" || end !== -1 && end < this.pos) {
          end = this.buffer.indexOf("\n", this.pos);
          this.lineEndPos = end;
        }
        if (end === -1)
          return this.atEnd ? this.buffer.substring(this.pos) : null;
        if (this.buffer[end - 1] === "\r")
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
          case "stream":
            return yield* this.parseStream();
          case "line-start":
            return yield* this.parseLineStart();
          case "block-start":
            return yield* this.parseBlockStart();
          case "doc":
            return yield* this.parseDocument();
          case "flow":
            return yield* this.parseFlowCollection();
          case "quoted-scalar":
            return yield* this.parseQuotedScalar();
          case "block-scalar":
            return yield* this.parseBlockScalar();
          case "plain-scalar":
            return yield* this.parsePlainScalar();
        }
      }
      *parseStream() {
        let line = this.getLine();
        if (line === null)
          return this.setNext("stream");
        if (line[0] === cst.BOM) {
          yield* this.pushCount(1);
          line = line.substring(1);
        }
        if (line[0] === "%") {
          let dirEnd = line.length;
          let cs = line.indexOf("#");
          while (cs !== -1) {
            const ch = line[cs - 1];
            if (ch === " " || ch === "	") {
              dirEnd = cs - 1;
              break;
            } else {
              cs = line.indexOf("#", cs + 1);
            }
          }
          while (true) {
            const ch = line[dirEnd - 1];
            if (ch === " " || ch === "	")
              dirEnd -= 1;
            else
              break;
          }
          const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
          yield* this.pushCount(line.length - n);
          this.pushNewline();
          return "stream";
        }
        if (this.atLineEnd()) {
          const sp = yield* this.pushSpaces(true);
          yield* this.pushCount(line.length - sp);
          yield* this.pushNewline();
          return "stream";
        }
        yield cst.DOCUMENT;
        return yield* this.parseLineStart();
      }
      *parseLineStart() {
        const ch = this.charAt(0);
        if (!ch && !this.atEnd)
          return this.setNext("line-start");
        if (ch === "-" || ch === ".") {
          if (!this.atEnd && !this.hasChars(4))
            return this.setNext("line-start");
          const s = this.peek(3);
          if ((s === "---" || s === "...") && isEmpty(this.charAt(3))) {
            yield* this.pushCount(3);
            this.indentValue = 0;
            this.indentNext = 0;
            return s === "---" ? "doc" : "stream";
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
          return this.setNext("block-start");
        if ((ch0 === "-" || ch0 === "?" || ch0 === ":") && isEmpty(ch1)) {
          const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
          this.indentNext = this.indentValue + 1;
          this.indentValue += n;
          return "block-start";
        }
        return "doc";
      }
      *parseDocument() {
        yield* this.pushSpaces(true);
        const line = this.getLine();
        if (line === null)
          return this.setNext("doc");
        let n = yield* this.pushIndicators();
        switch (line[n]) {
          case "#":
            yield* this.pushCount(line.length - n);
          // fallthrough
          case void 0:
            yield* this.pushNewline();
            return yield* this.parseLineStart();
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel = 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            return "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "doc";
          case '"':
          case "'":
            return yield* this.parseQuotedScalar();
          case "|":
          case ">":
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
          } else {
            sp = 0;
          }
          sp += yield* this.pushSpaces(true);
        } while (nl + sp > 0);
        const line = this.getLine();
        if (line === null)
          return this.setNext("flow");
        if (indent !== -1 && indent < this.indentNext && line[0] !== "#" || indent === 0 && (line.startsWith("---") || line.startsWith("...")) && isEmpty(line[3])) {
          const atFlowEndMarker = indent === this.indentNext - 1 && this.flowLevel === 1 && (line[0] === "]" || line[0] === "}");
          if (!atFlowEndMarker) {
            this.flowLevel = 0;
            yield cst.FLOW_END;
            return yield* this.parseLineStart();
          }
        }
        let n = 0;
        while (line[n] === ",") {
          n += yield* this.pushCount(1);
          n += yield* this.pushSpaces(true);
          this.flowKey = false;
        }
        n += yield* this.pushIndicators();
        switch (line[n]) {
          case void 0:
            return "flow";
          case "#":
            yield* this.pushCount(line.length - n);
            return "flow";
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel += 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            this.flowKey = true;
            this.flowLevel -= 1;
            return this.flowLevel ? "flow" : "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "flow";
          case '"':
          case "'":
            this.flowKey = true;
            return yield* this.parseQuotedScalar();
          case ":": {
            const next = this.charAt(1);
            if (this.flowKey || isEmpty(next) || next === ",") {
              this.flowKey = false;
              yield* this.pushCount(1);
              yield* this.pushSpaces(true);
              return "flow";
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
        } else {
          while (end !== -1) {
            let n = 0;
            while (this.buffer[end - 1 - n] === "\\")
              n += 1;
            if (n % 2 === 0)
              break;
            end = this.buffer.indexOf('"', end + 1);
          }
        }
        const qb = this.buffer.substring(0, end);
        let nl = qb.indexOf("\n", this.pos);
        if (nl !== -1) {
          while (nl !== -1) {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = qb.indexOf("\n", cs);
          }
          if (nl !== -1) {
            end = nl - (qb[nl - 1] === "\r" ? 2 : 1);
          }
        }
        if (end === -1) {
          if (!this.atEnd)
            return this.setNext("quoted-scalar");
          end = this.buffer.length;
        }
        yield* this.pushToIndex(end + 1, false);
        return this.flowLevel ? "flow" : "doc";
      }
      *parseBlockScalarHeader() {
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        let i = this.pos;
        while (true) {
          const ch = this.buffer[++i];
          if (ch === "+")
            this.blockScalarKeep = true;
          else if (ch > "0" && ch <= "9")
            this.blockScalarIndent = Number(ch) - 1;
          else if (ch !== "-")
            break;
        }
        return yield* this.pushUntil((ch) => isEmpty(ch) || ch === "#");
      }
      *parseBlockScalar() {
        let nl = this.pos - 1;
        let indent = 0;
        let ch;
        loop: for (let i2 = this.pos; ch = this.buffer[i2]; ++i2) {
          switch (ch) {
            case " ":
              indent += 1;
              break;
            case "\n":
              nl = i2;
              indent = 0;
              break;
            case "\r": {
              const next = this.buffer[i2 + 1];
              if (!next && !this.atEnd)
                return this.setNext("block-scalar");
              if (next === "\n")
                break;
            }
            // fallthrough
            default:
              break loop;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("block-scalar");
        if (indent >= this.indentNext) {
          if (this.blockScalarIndent === -1)
            this.indentNext = indent;
          else {
            this.indentNext = this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
          }
          do {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = this.buffer.indexOf("\n", cs);
          } while (nl !== -1);
          if (nl === -1) {
            if (!this.atEnd)
              return this.setNext("block-scalar");
            nl = this.buffer.length;
          }
        }
        let i = nl + 1;
        ch = this.buffer[i];
        while (ch === " ")
          ch = this.buffer[++i];
        if (ch === "	") {
          while (ch === "	" || ch === " " || ch === "\r" || ch === "\n")
            ch = this.buffer[++i];
          nl = i - 1;
        } else if (!this.blockScalarKeep) {
          do {
            let i2 = nl - 1;
            let ch2 = this.buffer[i2];
            if (ch2 === "\r")
              ch2 = this.buffer[--i2];
            const lastChar = i2;
            while (ch2 === " ")
              ch2 = this.buffer[--i2];
            if (ch2 === "\n" && i2 >= this.pos && i2 + 1 + indent > lastChar)
              nl = i2;
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
        while (ch = this.buffer[++i]) {
          if (ch === ":") {
            const next = this.buffer[i + 1];
            if (isEmpty(next) || inFlow && flowIndicatorChars.has(next))
              break;
            end = i;
          } else if (isEmpty(ch)) {
            let next = this.buffer[i + 1];
            if (ch === "\r") {
              if (next === "\n") {
                i += 1;
                ch = "\n";
                next = this.buffer[i + 1];
              } else
                end = i;
            }
            if (next === "#" || inFlow && flowIndicatorChars.has(next))
              break;
            if (ch === "\n") {
              const cs = this.continueScalar(i + 1);
              if (cs === -1)
                break;
              i = Math.max(i, cs - 2);
            }
          } else {
            if (inFlow && flowIndicatorChars.has(ch))
              break;
            end = i;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("plain-scalar");
        yield cst.SCALAR;
        yield* this.pushToIndex(end + 1, true);
        return inFlow ? "flow" : "doc";
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
        } else if (allowEmpty)
          yield "";
        return 0;
      }
      *pushIndicators() {
        let n = 0;
        loop: while (true) {
          switch (this.charAt(0)) {
            case "!":
              n += yield* this.pushTag();
              n += yield* this.pushSpaces(true);
              continue loop;
            case "&":
              n += yield* this.pushUntil(isNotAnchorChar);
              n += yield* this.pushSpaces(true);
              continue loop;
            case "-":
            // this is an error
            case "?":
            // this is an error outside flow collections
            case ":": {
              const inFlow = this.flowLevel > 0;
              const ch1 = this.charAt(1);
              if (isEmpty(ch1) || inFlow && flowIndicatorChars.has(ch1)) {
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
        if (this.charAt(1) === "<") {
          let i = this.pos + 2;
          let ch = this.buffer[i];
          while (!isEmpty(ch) && ch !== ">")
            ch = this.buffer[++i];
          return yield* this.pushToIndex(ch === ">" ? i + 1 : i, false);
        } else {
          let i = this.pos + 1;
          let ch = this.buffer[i];
          while (ch) {
            if (tagChars.has(ch))
              ch = this.buffer[++i];
            else if (ch === "%" && hexDigits.has(this.buffer[i + 1]) && hexDigits.has(this.buffer[i + 2])) {
              ch = this.buffer[i += 3];
            } else
              break;
          }
          return yield* this.pushToIndex(i, false);
        }
      }
      *pushNewline() {
        const ch = this.buffer[this.pos];
        if (ch === "\n")
          return yield* this.pushCount(1);
        else if (ch === "\r" && this.charAt(1) === "\n")
          return yield* this.pushCount(2);
        else
          return 0;
      }
      *pushSpaces(allowTabs) {
        let i = this.pos - 1;
        let ch;
        do {
          ch = this.buffer[++i];
        } while (ch === " " || allowTabs && ch === "	");
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
    };
    exports.Lexer = Lexer;
  }
});

// node_modules/yaml/dist/parse/line-counter.js
var require_line_counter = __commonJS({
  "node_modules/yaml/dist/parse/line-counter.js"(exports) {
    "use strict";
    var LineCounter = class {
      constructor() {
        this.lineStarts = [];
        this.addNewLine = (offset) => this.lineStarts.push(offset);
        this.linePos = (offset) => {
          let low = 0;
          let high = this.lineStarts.length;
          while (low < high) {
            const mid = low + high >> 1;
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
    };
    exports.LineCounter = LineCounter;
  }
});

// node_modules/yaml/dist/parse/parser.js
var require_parser = __commonJS({
  "node_modules/yaml/dist/parse/parser.js"(exports) {
    "use strict";
    var node_process = __require("process");
    var cst = require_cst();
    var lexer = require_lexer();
    function includesToken(list, type) {
      for (let i = 0; i < list.length; ++i)
        if (list[i].type === type)
          return true;
      return false;
    }
    function findNonEmptyIndex(list) {
      for (let i = 0; i < list.length; ++i) {
        switch (list[i].type) {
          case "space":
          case "comment":
          case "newline":
            break;
          default:
            return i;
        }
      }
      return -1;
    }
    function isFlowToken(token) {
      switch (token?.type) {
        case "alias":
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "flow-collection":
          return true;
        default:
          return false;
      }
    }
    function getPrevProps(parent) {
      switch (parent.type) {
        case "document":
          return parent.start;
        case "block-map": {
          const it = parent.items[parent.items.length - 1];
          return it.sep ?? it.start;
        }
        case "block-seq":
          return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
          return [];
      }
    }
    function getFirstKeyStartProps(prev) {
      if (prev.length === 0)
        return [];
      let i = prev.length;
      loop: while (--i >= 0) {
        switch (prev[i].type) {
          case "doc-start":
          case "explicit-key-ind":
          case "map-value-ind":
          case "seq-item-ind":
          case "newline":
            break loop;
        }
      }
      while (prev[++i]?.type === "space") {
      }
      return prev.splice(i, prev.length);
    }
    function arrayPushArray(target, source) {
      if (source.length < 1e5)
        Array.prototype.push.apply(target, source);
      else
        for (let i = 0; i < source.length; ++i)
          target.push(source[i]);
    }
    function fixFlowSeqItems(fc) {
      if (fc.start.type === "flow-seq-start") {
        for (const it of fc.items) {
          if (it.sep && !it.value && !includesToken(it.start, "explicit-key-ind") && !includesToken(it.sep, "map-value-ind")) {
            if (it.key)
              it.value = it.key;
            delete it.key;
            if (isFlowToken(it.value)) {
              if (it.value.end)
                arrayPushArray(it.value.end, it.sep);
              else
                it.value.end = it.sep;
            } else
              arrayPushArray(it.start, it.sep);
            delete it.sep;
          }
        }
      }
    }
    var Parser = class {
      /**
       * @param onNewLine - If defined, called separately with the start position of
       *   each new line (in `parse()`, including the start of input).
       */
      constructor(onNewLine) {
        this.atNewLine = true;
        this.atScalar = false;
        this.indent = 0;
        this.offset = 0;
        this.onKeyLine = false;
        this.stack = [];
        this.source = "";
        this.type = "";
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
          console.log("|", cst.prettyToken(source));
        if (this.atScalar) {
          this.atScalar = false;
          yield* this.step();
          this.offset += source.length;
          return;
        }
        const type = cst.tokenType(source);
        if (!type) {
          const message = `Not a YAML token: ${source}`;
          yield* this.pop({ type: "error", offset: this.offset, message, source });
          this.offset += source.length;
        } else if (type === "scalar") {
          this.atNewLine = false;
          this.atScalar = true;
          this.type = "scalar";
        } else {
          this.type = type;
          yield* this.step();
          switch (type) {
            case "newline":
              this.atNewLine = true;
              this.indent = 0;
              if (this.onNewLine)
                this.onNewLine(this.offset + source.length);
              break;
            case "space":
              if (this.atNewLine && source[0] === " ")
                this.indent += source.length;
              break;
            case "explicit-key-ind":
            case "map-value-ind":
            case "seq-item-ind":
              if (this.atNewLine)
                this.indent += source.length;
              break;
            case "doc-mode":
            case "flow-error-end":
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
        if (this.type === "doc-end" && top?.type !== "doc-end") {
          while (this.stack.length > 0)
            yield* this.pop();
          this.stack.push({
            type: "doc-end",
            offset: this.offset,
            source: this.source
          });
          return;
        }
        if (!top)
          return yield* this.stream();
        switch (top.type) {
          case "document":
            return yield* this.document(top);
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return yield* this.scalar(top);
          case "block-scalar":
            return yield* this.blockScalar(top);
          case "block-map":
            return yield* this.blockMap(top);
          case "block-seq":
            return yield* this.blockSequence(top);
          case "flow-collection":
            return yield* this.flowCollection(top);
          case "doc-end":
            return yield* this.documentEnd(top);
        }
        yield* this.pop();
      }
      peek(n) {
        return this.stack[this.stack.length - n];
      }
      *pop(error) {
        const token = error ?? this.stack.pop();
        if (!token) {
          const message = "Tried to pop an empty stack";
          yield { type: "error", offset: this.offset, source: "", message };
        } else if (this.stack.length === 0) {
          yield token;
        } else {
          const top = this.peek(1);
          if (token.type === "block-scalar") {
            token.indent = "indent" in top ? top.indent : 0;
          } else if (token.type === "flow-collection" && top.type === "document") {
            token.indent = 0;
          }
          if (token.type === "flow-collection")
            fixFlowSeqItems(token);
          switch (top.type) {
            case "document":
              top.value = token;
              break;
            case "block-scalar":
              top.props.push(token);
              break;
            case "block-map": {
              const it = top.items[top.items.length - 1];
              if (it.value) {
                top.items.push({ start: [], key: token, sep: [] });
                this.onKeyLine = true;
                return;
              } else if (it.sep) {
                it.value = token;
              } else {
                Object.assign(it, { key: token, sep: [] });
                this.onKeyLine = !it.explicitKey;
                return;
              }
              break;
            }
            case "block-seq": {
              const it = top.items[top.items.length - 1];
              if (it.value)
                top.items.push({ start: [], value: token });
              else
                it.value = token;
              break;
            }
            case "flow-collection": {
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
          if ((top.type === "document" || top.type === "block-map" || top.type === "block-seq") && (token.type === "block-map" || token.type === "block-seq")) {
            const last = token.items[token.items.length - 1];
            if (last && !last.sep && !last.value && last.start.length > 0 && findNonEmptyIndex(last.start) === -1 && (token.indent === 0 || last.start.every((st) => st.type !== "comment" || st.indent < token.indent))) {
              if (top.type === "document")
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
          case "directive-line":
            yield { type: "directive", offset: this.offset, source: this.source };
            return;
          case "byte-order-mark":
          case "space":
          case "comment":
          case "newline":
            yield this.sourceToken;
            return;
          case "doc-mode":
          case "doc-start": {
            const doc = {
              type: "document",
              offset: this.offset,
              start: []
            };
            if (this.type === "doc-start")
              doc.start.push(this.sourceToken);
            this.stack.push(doc);
            return;
          }
        }
        yield {
          type: "error",
          offset: this.offset,
          message: `Unexpected ${this.type} token in YAML stream`,
          source: this.source
        };
      }
      *document(doc) {
        if (doc.value)
          return yield* this.lineEnd(doc);
        switch (this.type) {
          case "doc-start": {
            if (findNonEmptyIndex(doc.start) !== -1) {
              yield* this.pop();
              yield* this.step();
            } else
              doc.start.push(this.sourceToken);
            return;
          }
          case "anchor":
          case "tag":
          case "space":
          case "comment":
          case "newline":
            doc.start.push(this.sourceToken);
            return;
        }
        const bv = this.startBlockValue(doc);
        if (bv)
          this.stack.push(bv);
        else {
          yield {
            type: "error",
            offset: this.offset,
            message: `Unexpected ${this.type} token in YAML document`,
            source: this.source
          };
        }
      }
      *scalar(scalar) {
        if (this.type === "map-value-ind") {
          const prev = getPrevProps(this.peek(2));
          const start = getFirstKeyStartProps(prev);
          let sep2;
          if (scalar.end) {
            sep2 = scalar.end;
            sep2.push(this.sourceToken);
            delete scalar.end;
          } else
            sep2 = [this.sourceToken];
          const map = {
            type: "block-map",
            offset: scalar.offset,
            indent: scalar.indent,
            items: [{ start, key: scalar, sep: sep2 }]
          };
          this.onKeyLine = true;
          this.stack[this.stack.length - 1] = map;
        } else
          yield* this.lineEnd(scalar);
      }
      *blockScalar(scalar) {
        switch (this.type) {
          case "space":
          case "comment":
          case "newline":
            scalar.props.push(this.sourceToken);
            return;
          case "scalar":
            scalar.source = this.source;
            this.atNewLine = true;
            this.indent = 0;
            if (this.onNewLine) {
              let nl = this.source.indexOf("\n") + 1;
              while (nl !== 0) {
                this.onNewLine(this.offset + nl);
                nl = this.source.indexOf("\n", nl) + 1;
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
        switch (this.type) {
          case "newline":
            this.onKeyLine = false;
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                map.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              it.start.push(this.sourceToken);
            }
            return;
          case "space":
          case "comment":
            if (it.value) {
              map.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
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
          const atNextItem = atMapIndent && (it.sep || it.explicitKey) && this.type !== "seq-item-ind";
          let start = [];
          if (atNextItem && it.sep && !it.value) {
            const nl = [];
            for (let i = 0; i < it.sep.length; ++i) {
              const st = it.sep[i];
              switch (st.type) {
                case "newline":
                  nl.push(i);
                  break;
                case "space":
                  break;
                case "comment":
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
            case "anchor":
            case "tag":
              if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map.items.push({ start });
                this.onKeyLine = true;
              } else if (it.sep) {
                it.sep.push(this.sourceToken);
              } else {
                it.start.push(this.sourceToken);
              }
              return;
            case "explicit-key-ind":
              if (!it.sep && !it.explicitKey) {
                it.start.push(this.sourceToken);
                it.explicitKey = true;
              } else if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map.items.push({ start, explicitKey: true });
              } else {
                this.stack.push({
                  type: "block-map",
                  offset: this.offset,
                  indent: this.indent,
                  items: [{ start: [this.sourceToken], explicitKey: true }]
                });
              }
              this.onKeyLine = true;
              return;
            case "map-value-ind":
              if (it.explicitKey) {
                if (!it.sep) {
                  if (includesToken(it.start, "newline")) {
                    Object.assign(it, { key: null, sep: [this.sourceToken] });
                  } else {
                    const start2 = getFirstKeyStartProps(it.start);
                    this.stack.push({
                      type: "block-map",
                      offset: this.offset,
                      indent: this.indent,
                      items: [{ start: start2, key: null, sep: [this.sourceToken] }]
                    });
                  }
                } else if (it.value) {
                  map.items.push({ start: [], key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, key: null, sep: [this.sourceToken] }]
                  });
                } else if (isFlowToken(it.key) && !includesToken(it.sep, "newline")) {
                  const start2 = getFirstKeyStartProps(it.start);
                  const key = it.key;
                  const sep2 = it.sep;
                  sep2.push(this.sourceToken);
                  delete it.key;
                  delete it.sep;
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: start2, key, sep: sep2 }]
                  });
                } else if (start.length > 0) {
                  it.sep = it.sep.concat(start, this.sourceToken);
                } else {
                  it.sep.push(this.sourceToken);
                }
              } else {
                if (!it.sep) {
                  Object.assign(it, { key: null, sep: [this.sourceToken] });
                } else if (it.value || atNextItem) {
                  map.items.push({ start, key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [], key: null, sep: [this.sourceToken] }]
                  });
                } else {
                  it.sep.push(this.sourceToken);
                }
              }
              this.onKeyLine = true;
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs = this.flowScalar(this.type);
              if (atNextItem || it.value) {
                map.items.push({ start, key: fs, sep: [] });
                this.onKeyLine = true;
              } else if (it.sep) {
                this.stack.push(fs);
              } else {
                Object.assign(it, { key: fs, sep: [] });
                this.onKeyLine = true;
              }
              return;
            }
            default: {
              const bv = this.startBlockValue(map);
              if (bv) {
                if (bv.type === "block-seq") {
                  if (!it.explicitKey && it.sep && !includesToken(it.sep, "newline")) {
                    yield* this.pop({
                      type: "error",
                      offset: this.offset,
                      message: "Unexpected block-seq-ind on same line with key",
                      source: this.source
                    });
                    return;
                  }
                } else if (atMapIndent) {
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
          case "newline":
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                seq.items.push({ start: [this.sourceToken] });
            } else
              it.start.push(this.sourceToken);
            return;
          case "space":
          case "comment":
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
          case "anchor":
          case "tag":
            if (it.value || this.indent <= seq.indent)
              break;
            it.start.push(this.sourceToken);
            return;
          case "seq-item-ind":
            if (this.indent !== seq.indent)
              break;
            if (it.value || includesToken(it.start, "seq-item-ind"))
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
        if (this.type === "flow-error-end") {
          let top;
          do {
            yield* this.pop();
            top = this.peek(1);
          } while (top?.type === "flow-collection");
        } else if (fc.end.length === 0) {
          switch (this.type) {
            case "comma":
            case "explicit-key-ind":
              if (!it || it.sep)
                fc.items.push({ start: [this.sourceToken] });
              else
                it.start.push(this.sourceToken);
              return;
            case "map-value-ind":
              if (!it || it.value)
                fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                Object.assign(it, { key: null, sep: [this.sourceToken] });
              return;
            case "space":
            case "comment":
            case "newline":
            case "anchor":
            case "tag":
              if (!it || it.value)
                fc.items.push({ start: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                it.start.push(this.sourceToken);
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs = this.flowScalar(this.type);
              if (!it || it.value)
                fc.items.push({ start: [], key: fs, sep: [] });
              else if (it.sep)
                this.stack.push(fs);
              else
                Object.assign(it, { key: fs, sep: [] });
              return;
            }
            case "flow-map-end":
            case "flow-seq-end":
              fc.end.push(this.sourceToken);
              return;
          }
          const bv = this.startBlockValue(fc);
          if (bv)
            this.stack.push(bv);
          else {
            yield* this.pop();
            yield* this.step();
          }
        } else {
          const parent = this.peek(2);
          if (parent.type === "block-map" && (this.type === "map-value-ind" && parent.indent === fc.indent || this.type === "newline" && !parent.items[parent.items.length - 1].sep)) {
            yield* this.pop();
            yield* this.step();
          } else if (this.type === "map-value-ind" && parent.type !== "flow-collection") {
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            fixFlowSeqItems(fc);
            const sep2 = fc.end.splice(1, fc.end.length);
            sep2.push(this.sourceToken);
            const map = {
              type: "block-map",
              offset: fc.offset,
              indent: fc.indent,
              items: [{ start, key: fc, sep: sep2 }]
            };
            this.onKeyLine = true;
            this.stack[this.stack.length - 1] = map;
          } else {
            yield* this.lineEnd(fc);
          }
        }
      }
      flowScalar(type) {
        if (this.onNewLine) {
          let nl = this.source.indexOf("\n") + 1;
          while (nl !== 0) {
            this.onNewLine(this.offset + nl);
            nl = this.source.indexOf("\n", nl) + 1;
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
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return this.flowScalar(this.type);
          case "block-scalar-header":
            return {
              type: "block-scalar",
              offset: this.offset,
              indent: this.indent,
              props: [this.sourceToken],
              source: ""
            };
          case "flow-map-start":
          case "flow-seq-start":
            return {
              type: "flow-collection",
              offset: this.offset,
              indent: this.indent,
              start: this.sourceToken,
              items: [],
              end: []
            };
          case "seq-item-ind":
            return {
              type: "block-seq",
              offset: this.offset,
              indent: this.indent,
              items: [{ start: [this.sourceToken] }]
            };
          case "explicit-key-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            start.push(this.sourceToken);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, explicitKey: true }]
            };
          }
          case "map-value-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, key: null, sep: [this.sourceToken] }]
            };
          }
        }
        return null;
      }
      atIndentedComment(start, indent) {
        if (this.type !== "comment")
          return false;
        if (this.indent <= indent)
          return false;
        return start.every((st) => st.type === "newline" || st.type === "space");
      }
      *documentEnd(docEnd) {
        if (this.type !== "doc-mode") {
          if (docEnd.end)
            docEnd.end.push(this.sourceToken);
          else
            docEnd.end = [this.sourceToken];
          if (this.type === "newline")
            yield* this.pop();
        }
      }
      *lineEnd(token) {
        switch (this.type) {
          case "comma":
          case "doc-start":
          case "doc-end":
          case "flow-seq-end":
          case "flow-map-end":
          case "map-value-ind":
            yield* this.pop();
            yield* this.step();
            break;
          case "newline":
            this.onKeyLine = false;
          // fallthrough
          case "space":
          case "comment":
          default:
            if (token.end)
              token.end.push(this.sourceToken);
            else
              token.end = [this.sourceToken];
            if (this.type === "newline")
              yield* this.pop();
        }
      }
    };
    exports.Parser = Parser;
  }
});

// node_modules/yaml/dist/public-api.js
var require_public_api = __commonJS({
  "node_modules/yaml/dist/public-api.js"(exports) {
    "use strict";
    var composer = require_composer();
    var Document = require_Document();
    var errors = require_errors();
    var log = require_log();
    var identity = require_identity();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    function parseOptions(options) {
      const prettyErrors = options.prettyErrors !== false;
      const lineCounter$1 = options.lineCounter || prettyErrors && new lineCounter.LineCounter() || null;
      return { lineCounter: lineCounter$1, prettyErrors };
    }
    function parseAllDocuments2(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      const docs = Array.from(composer$1.compose(parser$1.parse(source)));
      if (prettyErrors && lineCounter2)
        for (const doc of docs) {
          doc.errors.forEach(errors.prettifyError(source, lineCounter2));
          doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
        }
      if (docs.length > 0)
        return docs;
      return Object.assign([], { empty: true }, composer$1.streamInfo());
    }
    function parseDocument3(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      let doc = null;
      for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {
        if (!doc)
          doc = _doc;
        else if (doc.options.logLevel !== "silent") {
          doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), "MULTIPLE_DOCS", "Source contains multiple documents; please use YAML.parseAllDocuments()"));
          break;
        }
      }
      if (prettyErrors && lineCounter2) {
        doc.errors.forEach(errors.prettifyError(source, lineCounter2));
        doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
      }
      return doc;
    }
    function parse(src, reviver, options) {
      let _reviver = void 0;
      if (typeof reviver === "function") {
        _reviver = reviver;
      } else if (options === void 0 && reviver && typeof reviver === "object") {
        options = reviver;
      }
      const doc = parseDocument3(src, options);
      if (!doc)
        return null;
      doc.warnings.forEach((warning) => log.warn(doc.options.logLevel, warning));
      if (doc.errors.length > 0) {
        if (doc.options.logLevel !== "silent")
          throw doc.errors[0];
        else
          doc.errors = [];
      }
      return doc.toJS(Object.assign({ reviver: _reviver }, options));
    }
    function stringify(value, replacer, options) {
      let _replacer = null;
      if (typeof replacer === "function" || Array.isArray(replacer)) {
        _replacer = replacer;
      } else if (options === void 0 && replacer) {
        options = replacer;
      }
      if (typeof options === "string")
        options = options.length;
      if (typeof options === "number") {
        const indent = Math.round(options);
        options = indent < 1 ? void 0 : indent > 8 ? { indent: 8 } : { indent };
      }
      if (value === void 0) {
        const { keepUndefined } = options ?? replacer ?? {};
        if (!keepUndefined)
          return void 0;
      }
      if (identity.isDocument(value) && !_replacer)
        return value.toString(options);
      return new Document.Document(value, _replacer, options).toString(options);
    }
    exports.parse = parse;
    exports.parseAllDocuments = parseAllDocuments2;
    exports.parseDocument = parseDocument3;
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/index.js
var require_dist = __commonJS({
  "node_modules/yaml/dist/index.js"(exports) {
    "use strict";
    var composer = require_composer();
    var Document = require_Document();
    var Schema = require_Schema();
    var errors = require_errors();
    var Alias = require_Alias();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar3 = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var cst = require_cst();
    var lexer = require_lexer();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    var publicApi = require_public_api();
    var visit = require_visit();
    exports.Composer = composer.Composer;
    exports.Document = Document.Document;
    exports.Schema = Schema.Schema;
    exports.YAMLError = errors.YAMLError;
    exports.YAMLParseError = errors.YAMLParseError;
    exports.YAMLWarning = errors.YAMLWarning;
    exports.Alias = Alias.Alias;
    exports.isAlias = identity.isAlias;
    exports.isCollection = identity.isCollection;
    exports.isDocument = identity.isDocument;
    exports.isMap = identity.isMap;
    exports.isNode = identity.isNode;
    exports.isPair = identity.isPair;
    exports.isScalar = identity.isScalar;
    exports.isSeq = identity.isSeq;
    exports.Pair = Pair.Pair;
    exports.Scalar = Scalar3.Scalar;
    exports.YAMLMap = YAMLMap.YAMLMap;
    exports.YAMLSeq = YAMLSeq.YAMLSeq;
    exports.CST = cst;
    exports.Lexer = lexer.Lexer;
    exports.LineCounter = lineCounter.LineCounter;
    exports.Parser = parser.Parser;
    exports.parse = publicApi.parse;
    exports.parseAllDocuments = publicApi.parseAllDocuments;
    exports.parseDocument = publicApi.parseDocument;
    exports.stringify = publicApi.stringify;
    exports.visit = visit.visit;
    exports.visitAsync = visit.visitAsync;
  }
});

// src/inputs/set-parser.ts
var SetSyntaxError = class extends Error {
  /** Helm's message exactly, without the "failed parsing --set data: " prefix. */
  helmMessage;
  /** 1-based column (offset + 1) in the argument. */
  column;
  offset;
  flag;
  argIndex;
  /** Entries that came before the error (Helm had already applied them before it gave up). */
  assignmentsBefore;
  constructor(helmMessage, loc, assignmentsBefore = []) {
    super(`${helmMessage} (${loc.flag} #${loc.argIndex + 1}, column ${loc.offset + 1})`);
    this.name = "SetSyntaxError";
    this.helmMessage = helmMessage;
    this.offset = loc.offset;
    this.column = loc.offset + 1;
    this.flag = loc.flag;
    this.argIndex = loc.argIndex;
    this.assignmentsBefore = assignmentsBefore;
  }
};
var SetApplyError = class extends Error {
  helmMessage;
  column;
  offset;
  flag;
  argIndex;
  assignment;
  constructor(helmMessage, assignment, offset) {
    super(`${helmMessage} (${assignment.flag} #${assignment.argIndex + 1}, column ${offset + 1})`);
    this.name = "SetApplyError";
    this.helmMessage = helmMessage;
    this.offset = offset;
    this.column = offset + 1;
    this.flag = assignment.flag;
    this.argIndex = assignment.argIndex;
    this.assignment = assignment;
  }
};
var MAX_INDEX = 65536;
var MAX_NESTED_NAME_LEVEL = 30;
var EOF = null;
var Scanner = class {
  s;
  pos = 0;
  constructor(s) {
    this.s = s;
  }
  /** Go's ReadRune: one code point, or EOF. */
  readRune() {
    if (this.pos >= this.s.length) return EOF;
    const cp = this.s.codePointAt(this.pos);
    const ch = String.fromCodePoint(cp);
    this.pos += ch.length;
    return ch;
  }
  unread(ch) {
    this.pos -= ch.length;
  }
  /** Go's runesUntil: read up to a stop character, which is used up. A backslash escapes the next character. */
  runesUntil(stop) {
    let text2 = "";
    for (; ; ) {
      const at = this.pos;
      const r = this.readRune();
      if (r === EOF) return { text: text2, last: EOF, stopAt: at };
      if (stop.includes(r)) return { text: text2, last: r, stopAt: at };
      if (r === "\\") {
        const next = this.readRune();
        if (next === EOF) return { text: text2, last: EOF, stopAt: this.pos };
        text2 += next;
      } else {
        text2 += r;
      }
    }
  }
};
function parseSetArgument(arg, flag, argIndex) {
  const p = new ArgParser(arg, flag, argIndex);
  p.parse();
  return p.out;
}
var ArgParser = class {
  sc;
  flag;
  argIndex;
  out = [];
  entryStart = 0;
  constructor(arg, flag, argIndex) {
    this.sc = new Scanner(arg);
    this.flag = flag;
    this.argIndex = argIndex;
  }
  parse() {
    for (; ; ) {
      this.entryStart = this.sc.pos;
      if (this.key([], [], 0) === "eof") return;
    }
  }
  fail(message, offset) {
    const before = this.out.filter((a) => a.start < this.entryStart);
    throw new SetSyntaxError(message, { flag: this.flag, argIndex: this.argIndex, offset }, before);
  }
  emit(path, offsets, terminal, value, keyEnd, valueStart, valueEnd) {
    this.out.push({
      path,
      value,
      flag: this.flag,
      argIndex: this.argIndex,
      start: this.entryStart,
      end: valueEnd,
      valueStart,
      valueEnd,
      keyEnd,
      segmentOffsets: offsets,
      terminal
    });
  }
  /** strvals parser.key: reads one map key and what follows it. */
  key(path, offsets, level) {
    const kStart = this.sc.pos;
    const { text: k, last, stopAt } = this.sc.runesUntil("=[,.");
    const kPath = [...path, k];
    const kOffsets = [...offsets, kStart];
    switch (last) {
      case EOF: {
        if (k.length > 0) this.fail(`key ${goQuote(k)} has no value`, kStart);
        if (path.length > 0) {
          const end = this.sc.pos;
          this.emit(path, offsets, "dot-at-end", void 0, end, end, end);
        }
        return "eof";
      }
      case "[": {
        const idxStart = this.sc.pos;
        const i = this.keyIndex();
        return this.listItem([...kPath, i.value], [...kOffsets, idxStart], i, level);
      }
      case "=":
        return this.value(kPath, kOffsets, stopAt);
      case ",":
        return this.fail(`key ${goQuote(k)} has no value (cannot end with ,)`, kStart);
      default: {
        level++;
        if (level > MAX_NESTED_NAME_LEVEL) {
          this.fail(
            `value name nested level is greater than maximum supported nested level of ${MAX_NESTED_NAME_LEVEL}`,
            stopAt
          );
        }
        return this.key(kPath, kOffsets, level);
      }
    }
  }
  /** strvals parser.keyIndex + strconv.Atoi. The `[` is already used up. */
  keyIndex() {
    const at = this.sc.pos;
    const { text: text2, last } = this.sc.runesUntil("]");
    if (last === EOF) this.fail("error parsing index: EOF", at);
    const parsed = goAtoi(text2);
    if (typeof parsed === "string") this.fail(`error parsing index: ${parsed}`, at);
    return { value: Number(parsed), text: parsed.toString(), offset: at };
  }
  /** strvals parser.listItem: what follows `name[i]`. */
  listItem(path, offsets, i, level) {
    if (i.value < 0) this.fail(`negative ${i.text} index not allowed`, i.offset);
    const kStart = this.sc.pos;
    const { text: k, last, stopAt } = this.sc.runesUntil("[.=");
    if (k.length > 0) this.fail(`unexpected data at end of array index: ${goQuoteRunes(k)}`, kStart);
    let status;
    switch (last) {
      case EOF: {
        const end = this.sc.pos;
        this.emit(path, offsets, "index-only", void 0, end, end, end);
        return "eof";
      }
      case "=":
        this.value(path, offsets, stopAt);
        status = "nil";
        break;
      case "[": {
        const idxStart = this.sc.pos;
        const next = this.keyIndex();
        status = this.listItem([...path, next.value], [...offsets, idxStart], next, level);
        break;
      }
      default:
        status = this.key(path, offsets, level);
    }
    if (status === "nil" && i.value > MAX_INDEX) {
      this.fail(`index of ${i.text} is greater than maximum supported index of ${MAX_INDEX}`, i.offset);
    }
    return status;
  }
  /** The `=` has been used up: valList, else val. */
  value(path, offsets, eqAt) {
    const vStart = this.sc.pos;
    const r = this.sc.readRune();
    if (r === EOF) {
      this.emit(path, offsets, "empty-at-end", "", eqAt, vStart, vStart);
      return "eof";
    }
    if (r === "{") {
      const items = [];
      for (; ; ) {
        const { text: text3, last, stopAt: stopAt2 } = this.sc.runesUntil(",}");
        if (last === EOF) return this.fail("list must terminate with '}'", vStart);
        items.push(this.typed(text3));
        if (last === "}") {
          const after = this.sc.readRune();
          if (after !== EOF && after !== ",") this.sc.unread(after);
          this.emit(path, offsets, "value", items, eqAt, vStart, stopAt2 + 1);
          return "nil";
        }
      }
    }
    this.sc.unread(r);
    const { text: text2, stopAt } = this.sc.runesUntil(",");
    this.emit(path, offsets, "value", this.typed(text2), eqAt, vStart, stopAt);
    return "nil";
  }
  typed(text2) {
    return typedVal(text2, this.flag === "--set-string");
  }
};
var INT64_MIN = -(2n ** 63n);
var INT64_MAX = 2n ** 63n - 1n;
var UINT64_MAX = 2n ** 64n - 1n;
function goAtoi(s) {
  const syntax = `strconv.Atoi: parsing ${goQuote(s)}: invalid syntax`;
  const range = `strconv.Atoi: parsing ${goQuote(s)}: value out of range`;
  let digits = s;
  if (digits.startsWith("+") || digits.startsWith("-")) digits = digits.slice(1);
  if (digits === "") return syntax;
  let n = 0n;
  for (const c of digits) {
    if (c < "0" || c > "9") return syntax;
    n = n * 10n + BigInt(c.charCodeAt(0) - 48);
    if (n > UINT64_MAX) return range;
  }
  const v = s.startsWith("-") ? -n : n;
  if (v < INT64_MIN || v > INT64_MAX) return range;
  return v;
}
function typedVal(val, stringOnly) {
  if (stringOnly) return val;
  if (goEqualFold(val, "true")) return true;
  if (goEqualFold(val, "false")) return false;
  if (goEqualFold(val, "null")) return null;
  if (val === "0") return 0;
  if (val !== "" && val[0] !== "0" && /^[+-]?[0-9]+$/.test(val)) {
    const v = BigInt(val);
    if (v >= INT64_MIN && v <= INT64_MAX) return Number(v);
  }
  return val;
}
function goEqualFold(a, asciiWord) {
  const cps = Array.from(a);
  if (cps.length !== asciiWord.length) return false;
  for (let i = 0; i < cps.length; i++) {
    let c = cps[i];
    if (c === "\u017F") c = "s";
    else if (c === "\u212A") c = "k";
    else if (c >= "A" && c <= "Z") c = c.toLowerCase();
    if (c !== asciiWord[i]) return false;
  }
  return true;
}
function goQuote(s) {
  return `"${goEscape(s, '"')}"`;
}
function goQuoteRunes(s) {
  return `[${Array.from(s, (ch) => `'${goEscape(ch, "'")}'`).join(" ")}]`;
}
function goEscape(s, quote) {
  let out = "";
  for (const ch of s) {
    const cp = ch.codePointAt(0);
    if (ch === quote) {
      out += `\\${quote}`;
      continue;
    }
    switch (ch) {
      case "\\":
        out += "\\\\";
        continue;
      case "\x07":
        out += "\\a";
        continue;
      case "\b":
        out += "\\b";
        continue;
      case "\f":
        out += "\\f";
        continue;
      case "\n":
        out += "\\n";
        continue;
      case "\r":
        out += "\\r";
        continue;
      case "	":
        out += "\\t";
        continue;
      case "\v":
        out += "\\v";
        continue;
    }
    if (cp < 32 || cp === 127) out += `\\x${cp.toString(16).padStart(2, "0")}`;
    else if (cp >= 128 && cp < 160) out += `\\u${cp.toString(16).padStart(4, "0")}`;
    else out += ch;
  }
  return out;
}
var FLAG_ORDER = { "--set": 0, "--set-string": 1 };
function applySetAssignments(base, assignments) {
  const root = deepClone(base);
  const ordered = assignments.map((a, i) => ({ a, i })).sort(
    (x, y) => FLAG_ORDER[x.a.flag] - FLAG_ORDER[y.a.flag] || x.a.argIndex - y.a.argIndex || x.a.start - y.a.start || x.i - y.i
  );
  for (const { a } of ordered) new Replay(a).key(root, 0, 0);
  return root;
}
var Replay = class {
  a;
  constructor(a) {
    this.a = a;
  }
  isLast(idx) {
    return idx === this.a.path.length - 1;
  }
  fail(message, idx) {
    throw new SetApplyError(message, this.a, this.a.segmentOffsets[idx] ?? this.a.start);
  }
  newValue() {
    const v = this.a.value;
    return Array.isArray(v) ? v.slice() : v;
  }
  key(data, idx, level) {
    const k = this.a.path[idx];
    if (typeof k !== "string") this.fail("internal: expected a map key", idx);
    const last = this.isLast(idx);
    if (last && (this.a.terminal === "value" || this.a.terminal === "empty-at-end")) {
      goSet(data, k, this.newValue());
      return this.a.terminal === "empty-at-end" ? "eof" : "nil";
    }
    if (!last && typeof this.a.path[idx + 1] === "number") {
      let list = [];
      if (Object.hasOwn(data, k)) list = this.assertList(data[k], idx);
      const r = this.listItem(list, idx + 1, level);
      goSet(data, k, r.list);
      return r.status;
    }
    level++;
    if (level > MAX_NESTED_NAME_LEVEL) {
      this.fail(`value name nested level is greater than maximum supported nested level of ${MAX_NESTED_NAME_LEVEL}`, idx);
    }
    let inner = {};
    if (Object.hasOwn(data, k)) inner = this.assertMap(data[k], idx);
    const e = last ? "eof" : this.key(inner, idx + 1, level);
    const empty = Object.keys(inner).length === 0;
    if (e === "nil" && empty) this.fail(`key map ${goQuote(k)} has no value`, idx);
    if (!empty) goSet(data, k, inner);
    return e;
  }
  listItem(list, idx, level) {
    const i = this.a.path[idx];
    if (typeof i !== "number") return this.fail("internal: expected a list index", idx);
    if (i < 0) this.fail(`negative ${i} index not allowed`, idx);
    const last = this.isLast(idx);
    if (last) {
      switch (this.a.terminal) {
        case "index-only":
          return { list, status: "eof" };
        case "dot-at-end":
          if (list.length > i && !isGoMap(list[i])) list[i] = {};
          return { list, status: "eof" };
        default:
          return { list: this.setIndex(list, i, this.newValue(), idx), status: "nil" };
      }
    }
    if (typeof this.a.path[idx + 1] === "number") {
      let crt = [];
      if (list.length > i && list[i] !== null && list[i] !== void 0) crt = this.assertList(list[i], idx);
      const r = this.listItem(crt, idx + 1, level);
      if (r.status !== "nil") return { list, status: r.status };
      return { list: this.setIndex(list, i, r.list, idx), status: "nil" };
    }
    let inner = {};
    if (list.length > i) {
      const existing = list[i];
      if (isGoMap(existing)) inner = existing;
      else list[i] = inner;
    }
    const e = this.key(inner, idx + 1, level);
    if (e !== "nil") return { list, status: e };
    return { list: this.setIndex(list, i, inner, idx), status: "nil" };
  }
  setIndex(list, index, val, idx) {
    if (index < 0) this.fail(`negative ${index} index not allowed`, idx);
    if (index > MAX_INDEX) this.fail(`index of ${index} is greater than maximum supported index of ${MAX_INDEX}`, idx);
    let out = list;
    if (list.length <= index) {
      out = new Array(index + 1).fill(null);
      for (let j = 0; j < list.length; j++) out[j] = list[j];
    }
    out[index] = val;
    return out;
  }
  assertMap(v, idx) {
    if (isGoMap(v)) return v;
    return this.fail(`unable to parse key: interface conversion: interface {} is ${goTypeName(v)}, not map[string]interface {}`, idx);
  }
  assertList(v, idx) {
    if (Array.isArray(v)) return v;
    return this.fail(`unable to parse key: interface conversion: interface {} is ${goTypeName(v)}, not []interface {}`, idx);
  }
};
function goSet(data, key, val) {
  if (key !== "") defineOwn(data, key, val);
}
function defineOwn(data, key, val) {
  Object.defineProperty(data, key, { value: val, writable: true, enumerable: true, configurable: true });
}
function isGoMap(v) {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const proto = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
}
function goTypeName(v) {
  if (v === null || v === void 0) return "nil";
  if (Array.isArray(v)) return "[]interface {}";
  switch (typeof v) {
    case "string":
      return "string";
    case "boolean":
      return "bool";
    case "number":
      return "float64";
    case "bigint":
      return "int64";
    case "object":
      return isGoMap(v) ? "map[string]interface {}" : "object";
    default:
      return typeof v;
  }
}
function deepClone(v) {
  if (Array.isArray(v)) return v.map(deepClone);
  if (isGoMap(v)) {
    const out = {};
    for (const k of Object.keys(v)) defineOwn(out, k, deepClone(v[k]));
    return out;
  }
  return v;
}

// src/core/secrets.ts
var LITELLM_CREDENTIAL_ENV = [
  "LITE_LLM_APP_KEY",
  "LITE_LLM_MASTER_KEY",
  "LITE_LLM_PROXY_APP_KEY",
  "LITELLM_API_KEY",
  "LITELLM_MASTER_KEY",
  "LITELLM_SALT_KEY",
  "PROXY_MASTER_KEY"
];
var SENSITIVE_NAME = /(KEY|TOKEN|SECRET|PASSWORD|PASSWD|PASS|CREDENTIALS?|AUTH)$/i;
function mayBeSecretName(name) {
  return LITELLM_CREDENTIAL_ENV.includes(name) || SENSITIVE_NAME.test(name);
}
function quotable(name, value) {
  if (mayBeSecretName(name) || typeof value !== "string") return void 0;
  return value.length <= 60 && /^[\w .:/@{}%$()-]*$/.test(value) ? value : void 0;
}

// src/inputs/manifests.ts
var import_yaml3 = __toESM(require_dist(), 1);

// src/yaml/line-index.ts
var LineIndex = class {
  starts = [0];
  length;
  constructor(text2) {
    this.length = text2.length;
    for (let at = text2.indexOf("\n"); at !== -1; at = text2.indexOf("\n", at + 1)) this.starts.push(at + 1);
  }
  /** Offset of a 1-based line's first character (the text's length past the last line). */
  lineStart(line) {
    return this.starts[line - 1] ?? this.length;
  }
  linePos(offset) {
    const clamped = Math.max(0, Math.min(offset, this.length));
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const middle = low + high + 1 >> 1;
      if (this.starts[middle] <= clamped) low = middle;
      else high = middle - 1;
    }
    return { line: low + 1, col: clamped - this.starts[low] + 1 };
  }
};

// src/core/source.ts
function toLocation(ref) {
  const range = ref.source.locate(ref.path, ref.part ?? "value", ref.offsets);
  const location = { file: ref.source.file, path: ref.path, start: range.start, end: range.end };
  if (ref.source.doc !== void 0) location.doc = ref.source.doc;
  if (ref.source.object) location.object = ref.source.object;
  if (ref.sensitive || ref.source.sensitive) location.sensitive = true;
  return location;
}
var LineTable = class {
  lines;
  text;
  firstLine;
  constructor(text2, firstLine = 1) {
    this.text = text2;
    this.firstLine = firstLine;
  }
  get(line) {
    this.lines ??= this.text.split(/\r?\n/);
    return this.lines[line - this.firstLine];
  }
};
function formatPath(path) {
  let out = "";
  for (const segment of path) {
    if (typeof segment === "number") out += `[${segment}]`;
    else if (/^[A-Za-z_][\w-]*$/.test(segment)) out += out ? `.${segment}` : segment;
    else out += `[${JSON.stringify(segment)}]`;
  }
  return out;
}

// src/yaml/fast-reader.ts
var UNSUPPORTED = /* @__PURE__ */ Symbol("fast-reader.unsupported");
var TAB = 9;
var LF = 10;
var CR = 13;
var SPACE = 32;
var BANG = 33;
var DQUOTE = 34;
var HASH = 35;
var PERCENT = 37;
var AMP = 38;
var SQUOTE = 39;
var STAR = 42;
var PLUS = 43;
var COMMA = 44;
var DASH = 45;
var DOT = 46;
var COLON = 58;
var GT = 62;
var QUESTION = 63;
var AT = 64;
var LBRACKET = 91;
var BACKSLASH = 92;
var RBRACKET = 93;
var BACKTICK = 96;
var LBRACE = 123;
var PIPE = 124;
var RBRACE = 125;
var BOM = 65279;
var MAX_DEPTH = 500;
var MAX_KEY_LENGTH = 1e3;
var BAIL = /* @__PURE__ */ Symbol("bail");
function readFast(text2) {
  try {
    return new Reader(text2).document();
  } catch {
    return UNSUPPORTED;
  }
}
function splitDocuments(stream) {
  const docs = [];
  const len = stream.length;
  let pos = stream.charCodeAt(0) === BOM ? 1 : 0;
  let start = pos;
  let startLine = 0;
  let open = false;
  let needsFullParse = false;
  const emit = (end) => {
    const doc = { text: stream.slice(start, end), offset: start, line: startLine };
    if (needsFullParse) doc.needsFullParse = true;
    docs.push(doc);
  };
  for (let line = 0; pos < len; line++) {
    const nl = stream.indexOf("\n", pos);
    const eol = nl < 0 ? len : nl;
    const next = nl < 0 ? len : nl + 1;
    const nextLine = nl < 0 ? line : line + 1;
    const c = stream.charCodeAt(pos);
    if ((c === DASH || c === DOT) && isMarkerLine(stream, pos)) {
      const trailing = hasContentAfter(stream, pos + 3, eol);
      if (c === DASH) {
        if (open) {
          emit(pos);
          needsFullParse = false;
        }
        if (trailing || needsFullParse || stream.charCodeAt(next) === BOM) {
          if (!needsFullParse) {
            start = pos;
            startLine = line;
          }
          needsFullParse = true;
        } else {
          start = next;
          startLine = nextLine;
        }
        open = true;
      } else {
        if (open || needsFullParse) emit(pos);
        else docs.push({ text: "", offset: pos, line });
        open = trailing;
        needsFullParse = trailing;
        start = trailing ? pos : next;
        startLine = trailing ? line : nextLine;
      }
    } else if (!open) {
      if (c === PERCENT) needsFullParse = true;
      else if (hasContentAfter(stream, pos, eol)) open = true;
    }
    pos = next;
  }
  if (open) emit(len);
  return docs;
}
function isMarkerLine(s, pos) {
  const c = s.charCodeAt(pos);
  if (s.charCodeAt(pos + 1) !== c || s.charCodeAt(pos + 2) !== c) return false;
  const after = s.charCodeAt(pos + 3);
  return after === SPACE || after === TAB || after === LF || after === CR || pos + 3 >= s.length;
}
function hasContentAfter(s, i, eol) {
  for (; i < eol; i++) {
    const c = s.charCodeAt(i);
    if (c === HASH) return false;
    if (c !== SPACE && c !== TAB && c !== CR && c !== BOM) return true;
  }
  return false;
}
var Reader = class {
  src;
  len;
  /** Start of the line being read. */
  lineStart = 0;
  /** Position just after the last token read within a line. */
  p = 0;
  depth = 0;
  constructor(src) {
    this.src = src;
    this.len = src.length;
  }
  document() {
    if (this.src.charCodeAt(0) === BOM) this.lineStart = 1;
    if (hasUnsupportedChars(this.src, this.lineStart)) throw BAIL;
    const indent = this.nextContentLine();
    if (indent < 0) return null;
    const value = this.nodeOnOwnLine(indent);
    if (this.nextContentLine() >= 0) throw BAIL;
    return value;
  }
  /**
   * Moves `lineStart` to the next line that is neither blank nor a comment and returns its
   * indentation, or -1 at the end of the text.
   */
  nextContentLine() {
    const src = this.src;
    let i = this.lineStart;
    for (; ; ) {
      const start = i;
      let c = src.charCodeAt(i);
      while (c === SPACE) c = src.charCodeAt(++i);
      if (c === LF) {
        i++;
      } else if (c === CR) {
        i += 2;
      } else if (c === HASH) {
        const nl = src.indexOf("\n", i);
        i = nl < 0 ? this.len : nl + 1;
      } else if (i >= this.len) {
        this.lineStart = this.len;
        return -1;
      } else if (c === TAB) {
        throw BAIL;
      } else {
        this.lineStart = start;
        return i - start;
      }
    }
  }
  /** After a token ending at `i`, accepts only trailing spaces and a comment, then moves to the next line. */
  finishLine(i) {
    const src = this.src;
    const from = i;
    let c = src.charCodeAt(i);
    while (c === SPACE) c = src.charCodeAt(++i);
    if (c === LF) {
      this.lineStart = i + 1;
    } else if (c === CR) {
      this.lineStart = i + 2;
    } else if (i >= this.len) {
      this.lineStart = this.len;
    } else if (c === HASH && i > from) {
      const nl = src.indexOf("\n", i);
      this.lineStart = nl < 0 ? this.len : nl + 1;
    } else {
      throw BAIL;
    }
  }
  /** Whether the indicator before `i` is followed by a separator (space or line end). */
  separatedAt(i) {
    const c = this.src.charCodeAt(i);
    if (c === SPACE || c === LF || c === CR || i >= this.len) return true;
    if (c === TAB) throw BAIL;
    return false;
  }
  /** A block node whose first line (already current) is indented by `indent`. */
  nodeOnOwnLine(indent) {
    const at = this.lineStart + indent;
    if (this.src.charCodeAt(at) === DASH && this.separatedAt(at + 1)) return this.blockSequence(indent);
    return this.blockMapping(indent);
  }
  /** A block sequence whose first `-` is on the current line at column `col`. */
  blockSequence(col) {
    if (++this.depth > MAX_DEPTH) throw BAIL;
    const src = this.src;
    const items = [];
    for (; ; ) {
      let i = this.lineStart + col + 1;
      let c = src.charCodeAt(i);
      while (c === SPACE) c = src.charCodeAt(++i);
      if (c === LF || c === CR || c === HASH || i >= this.len) {
        this.finishLine(this.lineStart + col + 1);
        const indent2 = this.nextContentLine();
        items.push(indent2 > col ? this.nodeOnOwnLine(indent2) : null);
      } else if (c === TAB) {
        throw BAIL;
      } else {
        items.push(this.inlineValue(i, col, true));
      }
      const indent = this.nextContentLine();
      if (indent > col) throw BAIL;
      const at = this.lineStart + col;
      if (indent < col || src.charCodeAt(at) !== DASH || !this.separatedAt(at + 1)) break;
    }
    this.depth--;
    return items;
  }
  /** A block mapping whose first key is on the current line at column `col`. */
  blockMapping(col) {
    if (++this.depth > MAX_DEPTH) throw BAIL;
    const map = {};
    for (; ; ) {
      const key = this.blockKey(this.lineStart + col);
      const value = this.mappingValue(col);
      setEntry(map, key, value);
      const indent = this.nextContentLine();
      if (indent > col) throw BAIL;
      if (indent < col) break;
    }
    this.depth--;
    return map;
  }
  /** Reads an implicit key at `i` and its `:`; leaves `p` just after the colon. */
  blockKey(i) {
    const src = this.src;
    const c = src.charCodeAt(i);
    if (i === this.lineStart && (c === DASH || c === DOT) && isMarkerLine(src, i)) throw BAIL;
    let key;
    let colon;
    if (c === DQUOTE || c === SQUOTE) {
      key = c === DQUOTE ? this.doubleQuoted(i) : this.singleQuoted(i);
      colon = this.p;
      while (src.charCodeAt(colon) === SPACE) colon++;
      if (src.charCodeAt(colon) !== COLON || !this.separatedAt(colon + 1)) throw BAIL;
    } else {
      if (!this.plainStart(i)) throw BAIL;
      colon = this.plainInLine(i);
      if (src.charCodeAt(colon) !== COLON) throw BAIL;
      const text2 = src.slice(i, trimEnd(src, i, colon));
      if (text2 === "<<") throw BAIL;
      key = keyString(resolvePlain(text2));
    }
    if (colon - i > MAX_KEY_LENGTH) throw BAIL;
    this.p = colon + 1;
    return key;
  }
  /** The value after a block mapping key's colon (at `p`); `col` is the mapping's indentation. */
  mappingValue(col) {
    const src = this.src;
    let i = this.p;
    let c = src.charCodeAt(i);
    while (c === SPACE) c = src.charCodeAt(++i);
    if (c === LF || c === CR || c === HASH || i >= this.len) {
      this.finishLine(this.p);
      const indent = this.nextContentLine();
      if (indent > col) return this.nodeOnOwnLine(indent);
      const at = this.lineStart + col;
      if (indent === col && src.charCodeAt(at) === DASH && this.separatedAt(at + 1)) return this.blockSequence(col);
      return null;
    }
    if (c === TAB) throw BAIL;
    return this.inlineValue(i, col, false);
  }
  /**
   * A value starting at `i`, after a mapping key or a sequence dash, on the same line. `parent` is
   * the indentation of the enclosing collection; `compact` allows a nested sequence or mapping to
   * start here (only after `- `).
   */
  inlineValue(i, parent, compact) {
    const src = this.src;
    const c = src.charCodeAt(i);
    switch (c) {
      case DASH:
        if (this.separatedAt(i + 1)) {
          if (!compact) throw BAIL;
          return this.blockSequence(i - this.lineStart);
        }
        break;
      case PIPE:
      case GT:
        return this.blockScalar(i, parent);
      case DQUOTE:
      case SQUOTE: {
        const value2 = c === DQUOTE ? this.doubleQuoted(i) : this.singleQuoted(i);
        let j = this.p;
        while (src.charCodeAt(j) === SPACE) j++;
        if (src.charCodeAt(j) === COLON) {
          if (!compact) throw BAIL;
          return this.blockMapping(i - this.lineStart);
        }
        this.finishLine(this.p);
        return value2;
      }
      case LBRACKET:
      case LBRACE: {
        const value2 = this.flowCollection(i);
        this.finishLine(this.p);
        return value2;
      }
    }
    if (!this.plainStart(i)) throw BAIL;
    const stop = this.plainInLine(i);
    if (src.charCodeAt(stop) === COLON) {
      if (!compact) throw BAIL;
      return this.blockMapping(i - this.lineStart);
    }
    const value = resolvePlain(src.slice(i, trimEnd(src, i, stop)));
    this.finishLine(stop);
    return value;
  }
  /** Whether a plain scalar may start at `i`. */
  plainStart(i) {
    const c = this.src.charCodeAt(i);
    if (c <= SPACE || i >= this.len) return false;
    switch (c) {
      case DASH:
      case QUESTION:
      case COLON:
        return !this.separatedAt(i + 1);
      case COMMA:
      case LBRACKET:
      case RBRACKET:
      case LBRACE:
      case RBRACE:
      case HASH:
      case AMP:
      case STAR:
      case BANG:
      case PIPE:
      case GT:
      case SQUOTE:
      case DQUOTE:
      case PERCENT:
      case AT:
      case BACKTICK:
        return false;
    }
    return true;
  }
  /**
   * Scans a block plain scalar from `i` to the end of its line. Returns the index where it stops:
   * a `:` that makes it a key, the space before a comment, or the line end.
   */
  plainInLine(i) {
    const src = this.src;
    for (; ; i++) {
      const c = src.charCodeAt(i);
      if (c > COLON) continue;
      if (c === COLON) {
        if (this.separatedAt(i + 1)) return i;
      } else if (c === SPACE) {
        if (src.charCodeAt(i + 1) === HASH) return i;
      } else if (c === TAB) {
        throw BAIL;
      } else if (c === LF || c === CR || i >= this.len) {
        return i;
      }
    }
  }
  /** A single-line double-quoted scalar at `i`; leaves `p` after the closing quote. */
  doubleQuoted(i) {
    const src = this.src;
    let out = "";
    let chunk = ++i;
    for (; ; i++) {
      const c = src.charCodeAt(i);
      if (c === DQUOTE) break;
      if (c === BACKSLASH) {
        out += src.slice(chunk, i);
        i++;
        const e = src.charAt(i);
        const simple = ESCAPES.get(e);
        if (simple !== void 0) {
          out += simple;
        } else {
          const digits = e === "x" ? 2 : e === "u" ? 4 : e === "U" ? 8 : 0;
          if (digits === 0) throw BAIL;
          const hex = src.slice(i + 1, i + 1 + digits);
          if (hex.length !== digits || !HEX_DIGITS.test(hex)) throw BAIL;
          const code = parseInt(hex, 16);
          if (code > 1114111) throw BAIL;
          out += String.fromCodePoint(code);
          i += digits;
        }
        chunk = i + 1;
      } else if (c === LF || c === CR || i >= this.len) {
        throw BAIL;
      }
    }
    this.p = i + 1;
    return out + src.slice(chunk, i);
  }
  /** A single-line single-quoted scalar at `i`; leaves `p` after the closing quote. */
  singleQuoted(i) {
    const src = this.src;
    let out = "";
    let chunk = ++i;
    for (; ; i++) {
      const c = src.charCodeAt(i);
      if (c === SQUOTE) {
        if (src.charCodeAt(i + 1) !== SQUOTE) break;
        out += src.slice(chunk, ++i);
        chunk = i + 1;
      } else if (c === LF || c === CR || i >= this.len) {
        throw BAIL;
      }
    }
    this.p = i + 1;
    return out + src.slice(chunk, i);
  }
  /**
   * A literal or folded block scalar whose header is at `i`; `parent` is the indentation of the
   * enclosing collection. Mirrors yaml's resolveBlockScalar for the lines it accepts.
   */
  blockScalar(i, parent) {
    const src = this.src;
    const folded = src.charCodeAt(i) === GT;
    let chomp = 0;
    let explicit = 0;
    let h = i + 1;
    for (; h < i + 3; h++) {
      const c = src.charCodeAt(h);
      if (chomp === 0 && (c === DASH || c === PLUS)) chomp = c === DASH ? -1 : 1;
      else if (explicit === 0 && c > 48 && c <= 57) explicit = c - 48;
      else break;
    }
    this.finishLine(h);
    let indent = explicit > 0 ? parent + explicit : -1;
    let value = "";
    let sep2 = "";
    let prevMoreIndented = false;
    let started = false;
    let blanks = 0;
    let maxLeadingBlank = 0;
    let brokeAfterContent = false;
    let line = this.lineStart;
    while (line < this.len) {
      let j = line;
      let c = src.charCodeAt(j);
      while (c === SPACE) c = src.charCodeAt(++j);
      const spaces = j - line;
      const nl = src.indexOf("\n", j);
      const next = nl < 0 ? this.len : nl + 1;
      if (c === LF || c === CR || j >= this.len) {
        if (indent >= 0 && spaces > indent) throw BAIL;
        if (spaces > maxLeadingBlank) maxLeadingBlank = spaces;
        if (nl >= 0) blanks++;
        line = next;
        continue;
      }
      if (indent < 0) {
        if (spaces <= parent) break;
        if (maxLeadingBlank > spaces) throw BAIL;
        indent = spaces;
      }
      if (spaces < indent) {
        if (c === TAB) throw BAIL;
        break;
      }
      const end = nl < 0 ? this.len : src.charCodeAt(nl - 1) === CR ? nl - 1 : nl;
      const text2 = src.slice(line + indent, end);
      if (!started) {
        value = "\n".repeat(blanks);
        started = true;
      } else if (!folded) {
        value += "\n".repeat(blanks);
      } else {
        for (let k = 0; k < blanks; k++) {
          if (sep2 === "\n") value += "\n";
          else sep2 = "\n";
        }
      }
      blanks = 0;
      if (!folded) {
        value += sep2 + text2;
        sep2 = "\n";
      } else if (spaces > indent || src.charCodeAt(line + indent) === TAB) {
        if (sep2 === " ") sep2 = "\n";
        else if (!prevMoreIndented && sep2 === "\n") sep2 = "\n\n";
        value += sep2 + text2;
        sep2 = "\n";
        prevMoreIndented = true;
      } else {
        value += sep2 + text2;
        sep2 = " ";
        prevMoreIndented = false;
      }
      brokeAfterContent = nl >= 0;
      line = next;
    }
    this.lineStart = line;
    if (!started) {
      if (chomp === 1) throw BAIL;
      return "";
    }
    if (chomp === -1) return value;
    if (chomp === 0) return value + "\n";
    return value + "\n".repeat(Math.max(1, (brokeAfterContent ? 1 : 0) + blanks));
  }
  /** A flow collection that must close on the same line; leaves `p` after it. */
  flowCollection(i) {
    if (++this.depth > MAX_DEPTH) throw BAIL;
    const src = this.src;
    const isSeq3 = src.charCodeAt(i) === LBRACKET;
    const close = isSeq3 ? RBRACKET : RBRACE;
    const seq = [];
    const map = {};
    i = this.skipFlowSpaces(i + 1);
    if (src.charCodeAt(i) !== close) {
      for (; ; ) {
        if (isSeq3) {
          seq.push(this.flowValue(i));
        } else {
          const key = this.flowKey(i);
          setEntry(map, key, this.flowValue(this.skipFlowSpaces(this.p)));
        }
        i = this.skipFlowSpaces(this.p);
        const c = src.charCodeAt(i);
        if (c === close) break;
        if (c !== COMMA) throw BAIL;
        i = this.skipFlowSpaces(i + 1);
        if (src.charCodeAt(i) === close) throw BAIL;
      }
    }
    this.p = i + 1;
    this.depth--;
    return isSeq3 ? seq : map;
  }
  skipFlowSpaces(i) {
    let c = this.src.charCodeAt(i);
    while (c === SPACE) c = this.src.charCodeAt(++i);
    if (c === TAB) throw BAIL;
    return i;
  }
  /** A flow mapping key at `i` and its `:`; leaves `p` after the colon. */
  flowKey(i) {
    const src = this.src;
    const c = src.charCodeAt(i);
    if (c === DQUOTE || c === SQUOTE) {
      const key = c === DQUOTE ? this.doubleQuoted(i) : this.singleQuoted(i);
      const colon = this.skipFlowSpaces(this.p);
      if (src.charCodeAt(colon) !== COLON) throw BAIL;
      this.p = colon + 1;
      return key;
    }
    const stop = this.plainInFlow(i);
    if (src.charCodeAt(stop) !== COLON || src.charCodeAt(stop + 1) !== SPACE) throw BAIL;
    const text2 = src.slice(i, trimEnd(src, i, stop));
    if (text2 === "<<") throw BAIL;
    this.p = stop + 1;
    return keyString(resolvePlain(text2));
  }
  /** A flow sequence entry or flow mapping value at `i`; leaves `p` after it. */
  flowValue(i) {
    const src = this.src;
    const c = src.charCodeAt(i);
    if (c === LBRACKET || c === LBRACE) return this.flowCollection(i);
    if (c === DQUOTE) return this.doubleQuoted(i);
    if (c === SQUOTE) return this.singleQuoted(i);
    const stop = this.plainInFlow(i);
    if (src.charCodeAt(stop) === COLON) throw BAIL;
    this.p = stop;
    return resolvePlain(src.slice(i, trimEnd(src, i, stop)));
  }
  /**
   * Scans a flow plain scalar at `i` up to the `,`, `]`, `}` or `:` that ends it and returns that
   * index. Bails on anything that would continue it onto another line.
   */
  plainInFlow(i) {
    const src = this.src;
    const c = src.charCodeAt(i);
    if (!this.plainStart(i) || (c === DASH || c === QUESTION || c === COLON) && this.flowIndicator(i + 1)) throw BAIL;
    for (let j = i + 1; ; j++) {
      const d = src.charCodeAt(j);
      if (d === COMMA || d === RBRACKET || d === RBRACE || d === COLON) return j;
      if (d === SPACE) {
        if (src.charCodeAt(j + 1) === HASH) throw BAIL;
      } else if (d === LBRACKET || d === LBRACE || d === TAB || d === LF || d === CR || j >= this.len) {
        throw BAIL;
      }
    }
  }
  flowIndicator(i) {
    const c = this.src.charCodeAt(i);
    return c === COMMA || c === LBRACKET || c === RBRACKET || c === LBRACE || c === RBRACE;
  }
};
function setEntry(map, key, value) {
  if (Object.hasOwn(map, key)) throw BAIL;
  if (key === "__proto__") {
    Object.defineProperty(map, key, { value, writable: true, enumerable: true, configurable: true });
  } else {
    map[key] = value;
  }
}
function trimEnd(src, start, end) {
  while (end > start && src.charCodeAt(end - 1) === SPACE) end--;
  return end;
}
function hasUnsupportedChars(src, from) {
  for (let i = from; i < src.length; i++) {
    const c = src.charCodeAt(i);
    if (c < SPACE) {
      if (c === LF || c === TAB || c === CR && src.charCodeAt(i + 1) === LF) continue;
      return true;
    }
    if (c >= 127 && (c <= 159 || c === BOM || c === 8232 || c === 8233 || c === 65534 || c === 65535)) return true;
  }
  return false;
}
var ESCAPES = /* @__PURE__ */ new Map([
  ["0", "\0"],
  ["a", "\x07"],
  ["b", "\b"],
  ["e", "\x1B"],
  ["f", "\f"],
  ["n", "\n"],
  ["r", "\r"],
  ["t", "	"],
  ["v", "\v"],
  ["N", "\x85"],
  ["_", "\xA0"],
  ["L", "\u2028"],
  ["P", "\u2029"],
  [" ", " "],
  ['"', '"'],
  ["/", "/"],
  ["\\", "\\"],
  ["	", "	"]
]);
var HEX_DIGITS = /^[0-9a-fA-F]+$/;
var INT_OCT = /^0o[0-7]+$/;
var INT = /^[-+]?[0-9]+$/;
var INT_HEX = /^0x[0-9a-fA-F]+$/;
var FLOAT_NAN = /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/;
var FLOAT_EXP = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/;
var FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/;
function resolvePlain(s) {
  const c = s.charCodeAt(0);
  if (c >= 48 && c <= 57 || c === DASH || c === PLUS || c === DOT) {
    if (INT_OCT.test(s)) return parseInt(s.substring(2), 8);
    if (INT.test(s)) return parseInt(s, 10);
    if (INT_HEX.test(s)) return parseInt(s.substring(2), 16);
    if (FLOAT_NAN.test(s)) return s.slice(-3).toLowerCase() === "nan" ? NaN : c === DASH ? -Infinity : Infinity;
    if (FLOAT_EXP.test(s) || FLOAT.test(s)) return parseFloat(s);
    return s;
  }
  if (s.length > 5) return s;
  switch (s) {
    case "~":
    case "null":
    case "Null":
    case "NULL":
      return null;
    case "true":
    case "True":
    case "TRUE":
      return true;
    case "false":
    case "False":
    case "FALSE":
      return false;
  }
  return s;
}
function keyString(value) {
  return value === null ? "" : String(value);
}

// src/yaml/locate.ts
var import_yaml = __toESM(require_dist(), 1);
function keyText(pair) {
  const key = pair.key;
  if ((0, import_yaml.isScalar)(key)) return String(key.value);
  return String(key);
}
function childOf(node, segment) {
  if ((0, import_yaml.isMap)(node)) {
    for (let i = node.items.length - 1; i >= 0; i--) {
      const pair = node.items[i];
      if (keyText(pair) === String(segment)) return { node: pair.value ?? null, pair };
    }
    return void 0;
  }
  if ((0, import_yaml.isSeq)(node) && typeof segment === "number") {
    const item = node.items[segment];
    if (item === void 0) return void 0;
    return { node: (0, import_yaml.isPair)(item) ? null : item, pair: null };
  }
  return void 0;
}
function walk(doc, path) {
  let node = doc.contents;
  let pair = null;
  const found = [];
  for (const segment of path) {
    if (node && (0, import_yaml.isAlias)(node)) node = node.resolve(doc) ?? null;
    if (!node) break;
    const child = childOf(node, segment);
    if (!child) break;
    found.push(segment);
    node = child.node;
    pair = child.pair;
  }
  return { node, pair: found.length === path.length ? pair : found.length === 0 ? null : pair, path: found };
}
function rangeOfNode(node) {
  if (!node || !node.range) return null;
  return [node.range[0], node.range[1]];
}
function offsetsOf(doc, path, part) {
  const walked = walk(doc, path);
  const complete = walked.path.length === path.length;
  const wantKey = part === "key" || !complete;
  let range = null;
  if (wantKey && walked.pair) range = rangeOfNode(walked.pair.key);
  else if (part === "pair" && walked.pair) {
    const k = rangeOfNode(walked.pair.key);
    const v = rangeOfNode(walked.pair.value);
    range = k && v ? [k[0], v[1]] : k ?? v;
  }
  if (!range) range = rangeOfNode(walked.node);
  if (!range && walked.pair) range = rangeOfNode(walked.pair.key);
  if (!range) range = rangeOfNode(doc.contents) ?? [0, 0];
  let [start, end] = range;
  if (end <= start) end = start;
  return { start, end, path: walked.path };
}
function positionAt(lineCounter, offset, lineOffset = 0) {
  const pos = lineCounter.linePos(offset);
  return { line: pos.line + lineOffset, column: pos.col };
}
function resolveRange(doc, lineCounter, text2, path, part, lineOffset = 0) {
  const { start, end: rawEnd, path: found } = offsetsOf(doc, path, part);
  let end = rawEnd;
  while (end > start && isSpace(text2.charCodeAt(end - 1))) end--;
  return { start: positionAt(lineCounter, start, lineOffset), end: positionAt(lineCounter, end, lineOffset), path: found };
}
function isSpace(code) {
  return code === 32 || code === 10 || code === 13 || code === 9;
}

// src/yaml/vnode.ts
var import_yaml2 = __toESM(require_dist(), 1);
var DEFAULT_BUILD_LIMITS = { maxDepth: 500, maxAliases: 1e3 };
var LimitExceeded = class extends Error {
};
var InvalidYaml = class extends Error {
  node;
  constructor(message, node) {
    super(message);
    this.node = node;
  }
};
function buildTree(doc, source, problems, limits = DEFAULT_BUILD_LIMITS) {
  let aliases = 0;
  const build = (node, path, depth) => {
    if (depth > limits.maxDepth) {
      throw new LimitExceeded(`nesting deeper than ${limits.maxDepth} levels`);
    }
    if (node && (0, import_yaml2.isAlias)(node)) node = resolveAlias(node);
    const origin = { source, path };
    if (node && (0, import_yaml2.isMap)(node)) {
      const entries = /* @__PURE__ */ new Map();
      const seenAt = /* @__PURE__ */ new Map();
      for (const pair of node.items) {
        if (isMergeKey(pair)) {
          mergeInto(entries, pair.value, path, depth);
          continue;
        }
        const key = keyString2(pair);
        const earlier = seenAt.get(key);
        if (earlier) {
          problems.push({
            kind: "duplicate-key",
            message: key,
            at: { source, path: [...path, key], part: "key", offsets: offsetsOf2(pair.key) },
            related: [{ source, path: [...path, key], part: "key", offsets: offsetsOf2(earlier.key) }]
          });
        }
        seenAt.set(key, pair);
        entries.delete(key);
        entries.set(key, build(pair.value ?? null, [...path, key], depth + 1));
      }
      return { kind: "map", entries, origin };
    }
    if (node && (0, import_yaml2.isSeq)(node)) {
      const items = node.items.map((item, index) => build((0, import_yaml2.isPair)(item) ? null : item ?? null, [...path, index], depth + 1));
      return { kind: "seq", items, origin };
    }
    if (node && (0, import_yaml2.isScalar)(node)) {
      const quoted = node.type !== void 0 && node.type !== import_yaml2.Scalar.PLAIN;
      return { kind: "scalar", value: node.value, quoted, origin };
    }
    return { kind: "scalar", value: null, quoted: false, origin };
  };
  const mergeInto = (entries, value, path, depth) => {
    if (value && (0, import_yaml2.isAlias)(value)) value = resolveAlias(value);
    const sources = value && (0, import_yaml2.isSeq)(value) ? value.items : [value];
    for (const item of sources) {
      const merged = build(item, path, depth + 1);
      if (merged.kind !== "map") throw new InvalidYaml("a merge key (<<) needs a map or a list of maps", item);
      for (const [key, child] of merged.entries) if (!entries.has(key)) entries.set(key, child);
    }
  };
  const resolveAlias = (alias) => {
    if (++aliases > limits.maxAliases) throw new LimitExceeded(`more than ${limits.maxAliases} alias references`);
    const target = alias.resolve(doc);
    if (!target) throw new InvalidYaml(`alias *${alias.source} refers to no anchor defined before it`, alias);
    return target;
  };
  try {
    if (doc.contents === null) return null;
    return build(doc.contents, [], 0);
  } catch (error) {
    if (error instanceof InvalidYaml) {
      problems.push({ kind: "syntax", message: error.message, at: { source, path: [], offsets: offsetsOf2(error.node) ?? [0, 0] } });
      return null;
    }
    if (!(error instanceof LimitExceeded)) throw error;
    problems.push({ kind: "limit", message: error.message, at: { source, path: [] } });
    return null;
  }
}
function isMergeKey(pair) {
  const key = pair.key;
  return (0, import_yaml2.isScalar)(key) && (typeof key.value === "symbol" || key.value === "<<" && key.type === import_yaml2.Scalar.PLAIN);
}
function keyString2(pair) {
  const key = pair.key;
  if ((0, import_yaml2.isScalar)(key)) return key.value === null ? "null" : String(key.value);
  return String(key);
}
function offsetsOf2(node) {
  return node?.range ? [node.range[0], node.range[1]] : void 0;
}
function toJS(node) {
  if (!node) return null;
  if (node.kind === "scalar") return node.value;
  if (node.kind === "seq") return node.items.map(toJS);
  const out = {};
  for (const [key, child] of node.entries) out[key] = toJS(child);
  return out;
}
function childAt(node, key) {
  if (!node) return void 0;
  if (node.kind === "map" && typeof key === "string") return node.entries.get(key);
  if (node.kind === "seq" && typeof key === "number") return node.items[key];
  return void 0;
}

// src/inputs/manifests.ts
var ManifestDocumentSource = class {
  kind = "manifest";
  file;
  doc;
  text;
  /** 0-based line of the document's first character in the stream. */
  firstLine;
  object;
  sensitive;
  parsed;
  lines;
  constructor(file, doc, text2, firstLine) {
    this.file = file;
    this.doc = doc;
    this.text = text2;
    this.firstLine = firstLine;
  }
  /** The document with positions, parsed on first use. */
  positioned() {
    if (!this.parsed) {
      const lineCounter = new LineIndex(this.text);
      const doc = (0, import_yaml3.parseDocument)(this.text, { uniqueKeys: false, prettyErrors: false });
      this.parsed = { doc, lineCounter };
    }
    return this.parsed;
  }
  toOuter(position) {
    return { line: position.line + this.firstLine, column: position.column };
  }
  locate(path, part, offsets) {
    const { doc, lineCounter } = this.positioned();
    if (offsets) {
      const a = lineCounter.linePos(offsets[0]);
      const b = lineCounter.linePos(offsets[1]);
      return { start: { line: a.line + this.firstLine, column: a.col }, end: { line: b.line + this.firstLine, column: b.col }, path };
    }
    return resolveRange(doc, lineCounter, this.text, path, part, this.firstLine);
  }
  lineText(line) {
    if (this.sensitive) return void 0;
    this.lines ??= new LineTable(this.text, this.firstLine + 1);
    return this.lines.get(line);
  }
};
function loadManifests(inputs, limits) {
  const objects = [];
  const problems = [];
  let documents = 0;
  for (const input of inputs) {
    const parts = splitDocuments(input.text);
    parts.forEach((part, index) => {
      documents++;
      const source = new ManifestDocumentSource(input.name, index, part.text, part.line);
      let value = part.needsFullParse ? UNSUPPORTED : readFast(part.text);
      if (value === UNSUPPORTED) value = readWithPositions(source, problems, limits);
      if (!isRecord(value)) return;
      const identity = identify(value, part.text);
      if (!identity) return;
      source.object = identity;
      if (identity.kind === "Secret") source.sensitive = true;
      objects.push({ source, identity, value });
    });
  }
  return { objects, documents, problems };
}
function readWithPositions(source, problems, limits) {
  const { doc } = source.positioned();
  if (doc.errors.length > 0) {
    for (const error of doc.errors) {
      problems.push({ kind: "syntax", message: error.message.split("\n")[0] ?? "invalid YAML", at: { source, path: [], offsets: [error.pos[0], error.pos[1]] } });
    }
    return void 0;
  }
  return toJS(buildTree(doc, source, problems, limits));
}
function isRecord(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
var SOURCE_COMMENT = /^# Source: (.+)$/m;
function identify(value, text2) {
  const { apiVersion, kind } = value;
  const metadata = isRecord(value.metadata) ? value.metadata : {};
  if (typeof kind !== "string") return void 0;
  const identity = {
    apiVersion: typeof apiVersion === "string" ? apiVersion : "",
    kind,
    name: typeof metadata.name === "string" ? metadata.name : ""
  };
  if (typeof metadata.namespace === "string") identity.namespace = metadata.namespace;
  const source = SOURCE_COMMENT.exec(text2)?.[1]?.trim();
  if (source) identity.source = source;
  return identity;
}
var POD_SPEC_PATHS = {
  Deployment: ["spec", "template", "spec"],
  StatefulSet: ["spec", "template", "spec"],
  DaemonSet: ["spec", "template", "spec"],
  ReplicaSet: ["spec", "template", "spec"],
  ReplicationController: ["spec", "template", "spec"],
  Job: ["spec", "template", "spec"],
  Rollout: ["spec", "template", "spec"],
  CronJob: ["spec", "jobTemplate", "spec", "template", "spec"],
  Pod: ["spec"]
};
function podSpecPath(kind) {
  return POD_SPEC_PATHS[kind];
}

// src/env/resolve.ts
var ResolvedEnv = class {
  entries;
  envFrom;
  namespace;
  objects;
  cache = /* @__PURE__ */ new Map();
  /** Definitions by position, so that chains of $(VAR) references are resolved once each. */
  before = /* @__PURE__ */ new Map();
  constructor(entries, envFrom, namespace, objects) {
    this.entries = entries;
    this.envFrom = envFrom;
    this.namespace = namespace;
    this.objects = objects;
  }
  /** The variable as the container sees it: the last definition wins. */
  get(name) {
    let resolved = this.cache.get(name);
    if (resolved === void 0) {
      resolved = this.definitionBefore(name, this.entries.length) ?? null;
      if (resolved) resolved.replaced = this.earlierDefinitions(name, resolved);
      this.cache.set(name, resolved);
    }
    return resolved ?? void 0;
  }
  /** The definition of `name` in effect before env entry `position` (envFrom sources come first). */
  definitionBefore(name, position) {
    let index = position - 1;
    while (index >= 0 && this.entries[index].name !== name) index--;
    const key = `${index}\0${name}`;
    let found = this.before.get(key);
    if (found === void 0) {
      found = (index >= 0 ? this.resolveEntry(this.entries[index], index) : this.fromEnvFrom(name)) ?? null;
      this.before.set(key, found);
    }
    return found ?? void 0;
  }
  fromEnvFrom(name) {
    for (let index = this.envFrom.length - 1; index >= 0; index--) {
      const source = this.envFrom[index];
      if (!name.startsWith(source.prefix)) continue;
      const key = name.slice(source.prefix.length);
      const object = this.objects.find(source.kind, source.name, this.namespace);
      const value = object?.data.get(key);
      if (object && value !== void 0) {
        return { name, value, origin: "envFrom", sensitive: object.sensitive, entry: null, valueAt: object.external ? source.at : object.keyAt(key), replaced: [] };
      }
    }
    return void 0;
  }
  resolveEntry(entry, index) {
    if (entry.valueFrom !== void 0 && entry.valueFrom !== null) return resolveValueFrom(entry, this.namespace, this.objects);
    const raw = entry.value;
    const text2 = raw === void 0 || raw === null ? "" : typeof raw === "string" ? raw : String(raw);
    let sensitive2 = false;
    const value = expand(text2, (reference) => {
      const referenced = this.definitionBefore(reference, index);
      if (referenced?.sensitive) sensitive2 = true;
      return referenced?.value;
    });
    return { name: entry.name, value, origin: "value", sensitive: sensitive2, entry, get valueAt() {
      return entry.valueAt;
    }, replaced: [] };
  }
  earlierDefinitions(name, winner) {
    const earlier = [];
    const fromEnvFrom = winner.origin === "envFrom" ? void 0 : this.fromEnvFrom(name);
    if (fromEnvFrom) earlier.push(fromEnvFrom);
    this.entries.forEach((entry, index) => {
      if (entry.name === name && entry !== winner.entry) earlier.push(this.resolveEntry(entry, index));
    });
    return earlier;
  }
};
function resolveValueFrom(entry, namespace, objects) {
  const base = { name: entry.name, entry, replaced: [] };
  const from = isRecord2(entry.valueFrom) ? entry.valueFrom : {};
  const ref = (key) => {
    const kind = key === "configMapKeyRef" ? "ConfigMap" : "Secret";
    const sensitive2 = kind === "Secret";
    const spec = isRecord2(from[key]) ? from[key] : {};
    const name = typeof spec.name === "string" ? spec.name : "";
    const dataKey = typeof spec.key === "string" ? spec.key : "";
    const object = objects.find(kind, name, namespace);
    if (!object) {
      const missing = { kind, name, namespace };
      return { ...base, value: void 0, origin: key, sensitive: sensitive2, valueAt: entry.valueAt, unresolved: objects.why?.(kind, name, namespace) ?? `${kind} "${name}" is not in ${objects.searched}`, missing };
    }
    const value = object.data.get(dataKey);
    if (value === void 0) {
      return { ...base, value: void 0, origin: key, sensitive: sensitive2, valueAt: entry.valueAt, unresolved: `${object.external ?? `${kind} "${name}"`} has no key "${dataKey}"` };
    }
    return { ...base, value, origin: key, sensitive: sensitive2, valueAt: object.external ? entry.valueAt : object.keyAt(dataKey) };
  };
  if ("configMapKeyRef" in from) return ref("configMapKeyRef");
  if ("secretKeyRef" in from) return ref("secretKeyRef");
  const origin = "resourceFieldRef" in from ? "resourceFieldRef" : "fieldRef";
  return { ...base, value: void 0, origin, sensitive: false, valueAt: entry.valueAt, unresolved: `${origin} is only known at run time` };
}
function expand(input, lookup) {
  if (!input.includes("$")) return input;
  let out = "";
  let checkpoint = 0;
  for (let cursor = 0; cursor < input.length; cursor++) {
    if (input[cursor] !== "$" || cursor + 1 >= input.length) continue;
    out += input.slice(checkpoint, cursor);
    const next = input[cursor + 1];
    let advance = 1;
    if (next === "$") {
      out += "$";
    } else if (next === "(") {
      const close = input.indexOf(")", cursor + 2);
      if (close === -1) {
        out += "$(";
      } else {
        const name = input.slice(cursor + 2, close);
        out += lookup(name) ?? `$(${name})`;
        advance = close - cursor;
      }
    } else {
      out += `$${next}`;
    }
    cursor += advance;
    checkpoint = cursor + 1;
  }
  return out + input.slice(checkpoint);
}
function isRecord2(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

// src/env/facts.ts
var MAP_ENV_KEYS = /* @__PURE__ */ new Set(["env", "envVars", "extraEnvVars", "envVariables"]);
var CODEMIE_LISTS = ["extraEnv", "customEnv"];
var CODEMIE_POOLS = ["dsPool", "proxyPool"];
function buildFacts(values, manifests, options, external) {
  const envLists = [];
  const scopes = [];
  if (values) collectValuesScopes(values.root, envLists, scopes, withFallback(valuesObjectIndex(values.root), external));
  let workloads = 0;
  if (manifests) workloads = collectManifestScopes(manifests, envLists, scopes, withFallback(manifestObjectIndex(manifests.objects), external));
  const budgetIds = budgetFacts(scopes, options);
  return { envLists, scopes, budgetIds, workloads };
}
function withFallback(own, external) {
  if (!external) return own;
  return {
    searched: `${own.searched} or ${external.searched}`,
    find: (kind, name, namespace) => own.find(kind, name, namespace) ?? external.find(kind, name, namespace),
    why: (kind, name, namespace) => {
      const reason = external.why?.(kind, name, namespace);
      return reason && `${kind} "${name}" is not in ${own.searched}, and ${reason}`;
    }
  };
}
function collectValuesScopes(root, envLists, scopes, objects) {
  const consumed = /* @__PURE__ */ new Set();
  const listsByNode = /* @__PURE__ */ new Map();
  const chartMaps = [];
  const visit = (node, path, parentKey, depth) => {
    if (depth > 200) return;
    if (node.kind === "seq") {
      const list = envListFromSeq(node, parentKey);
      if (list) {
        envLists.push(list);
        listsByNode.set(node, list);
        return;
      }
      node.items.forEach((item, index) => visit(item, [...path, index], index, depth + 1));
      return;
    }
    if (node.kind !== "map") return;
    if (typeof parentKey === "string" && MAP_ENV_KEYS.has(parentKey)) {
      const list = envListFromMap(node);
      if (list) {
        envLists.push(list);
        listsByNode.set(node, list);
        return;
      }
    }
    if (CODEMIE_LISTS.some((key) => node.entries.get(key)?.kind === "seq")) chartMaps.push({ map: node, path });
    for (const [key, child] of node.entries) visit(child, [...path, key], key, depth + 1);
  };
  visit(root, [], void 0, 0);
  const label = (path, key) => [...path, key].join(".");
  for (const { map, path } of chartMaps) {
    const main = CODEMIE_LISTS.map((key) => map.entries.get(key)).flatMap((node) => node && listsByNode.get(node) ? [listsByNode.get(node)] : []);
    if (main.length === 0 || main.every((list) => consumed.has(list))) continue;
    main.forEach((list) => consumed.add(list));
    const mainLabel = CODEMIE_LISTS.filter((key) => map.entries.has(key)).map((key) => label(path, key)).join(" + ");
    scopes.push(valuesScope(mainLabel, main, objects));
    for (const pool of CODEMIE_POOLS) {
      const poolNode = map.entries.get(pool);
      const poolList = poolNode?.kind === "map" ? listsByNode.get(poolNode.entries.get("extraEnv")) : void 0;
      if (!poolList) continue;
      consumed.add(poolList);
      if (poolList.entries.length === 0) continue;
      scopes.push(valuesScope(`${mainLabel} + ${label(path, `${pool}.extraEnv`)}`, [...main, poolList], objects));
    }
  }
  for (const list of envLists) {
    if (consumed.has(list)) continue;
    scopes.push(valuesScope(list.at.path.join("."), [list], objects));
  }
}
function valuesScope(label, lists, objects) {
  const entries = mergeByName(lists.flatMap((list) => list.entries));
  return { origin: "values", label, lists, vars: new ResolvedEnv(entries, [], void 0, objects), missingEnvFrom: [] };
}
function mergeByName(entries) {
  const byName = /* @__PURE__ */ new Map();
  for (const entry of entries) byName.set(entry.name, entry);
  const order = /* @__PURE__ */ new Map();
  for (const entry of entries) if (!order.has(entry.name)) order.set(entry.name, byName.get(entry.name));
  return [...order.values()];
}
function envListFromSeq(node, parentKey) {
  if (node.items.length === 0) return typeof parentKey === "string" && /env$/i.test(parentKey) ? { origin: "values", style: "list", at: node.origin, entries: [] } : void 0;
  const entries = [];
  let hasValue = false;
  for (const item of node.items) {
    if (item.kind !== "map") return void 0;
    const name = item.entries.get("name");
    if (!name || name.kind !== "scalar" || typeof name.value !== "string") return void 0;
    const value = item.entries.get("value");
    const valueFrom = item.entries.get("valueFrom");
    if (value || valueFrom) hasValue = true;
    const secret = mayBeSecretName(name.value);
    const entry = { name: name.value, at: { ...item.origin, sensitive: secret }, valueAt: { ...(value ?? valueFrom ?? item).origin, sensitive: secret } };
    if (value) entry.value = value.kind === "scalar" ? value.value : toPlain(value);
    if (valueFrom) entry.valueFrom = toPlain(valueFrom);
    entries.push(entry);
  }
  if (!hasValue) return void 0;
  return { origin: "values", style: "list", at: node.origin, entries };
}
function envListFromMap(node) {
  const entries = [];
  for (const [name, value] of node.entries) {
    if (value.kind !== "scalar") return void 0;
    const sensitive2 = mayBeSecretName(name);
    entries.push({ name, value: value.value, at: { ...value.origin, part: "pair", sensitive: sensitive2 }, valueAt: { ...value.origin, sensitive: sensitive2 } });
  }
  return { origin: "values", style: "map", at: node.origin, entries };
}
function toPlain(node) {
  if (node.kind === "scalar") return node.value;
  if (node.kind === "seq") return node.items.map(toPlain);
  return Object.fromEntries([...node.entries].map(([key, child]) => [key, toPlain(child)]));
}
function valuesObjectIndex(root) {
  const found = [];
  const visit = (node, key, depth) => {
    if (depth > 50) return;
    if (node.kind === "seq" && (key === "extraObjects" || key === "extraManifests")) {
      for (const item of node.items) {
        if (item.kind !== "map") continue;
        const kind = scalarString(item.entries.get("kind"));
        const metadata = item.entries.get("metadata");
        const name = metadata?.kind === "map" ? scalarString(metadata.entries.get("name")) : void 0;
        if ((kind === "ConfigMap" || kind === "Secret") && name) found.push({ kind, name, data: dataOfValuesObject(item, kind) });
      }
      return;
    }
    if (node.kind === "map") for (const [childKey, child] of node.entries) visit(child, childKey, depth + 1);
  };
  visit(root, void 0, 0);
  return {
    searched: "the values' extraObjects",
    find: (kind, name) => found.find((object) => object.kind === kind && object.name === name)?.data
  };
}
function scalarString(node) {
  return node?.kind === "scalar" && typeof node.value === "string" ? node.value : void 0;
}
function dataOfValuesObject(item, kind) {
  const data = /* @__PURE__ */ new Map();
  const refs = /* @__PURE__ */ new Map();
  const read = (field, decode) => {
    const node = item.entries.get(field);
    if (node?.kind !== "map") return;
    for (const [key, value] of node.entries) {
      if (value.kind !== "scalar" || value.value === null) continue;
      const text2 = String(value.value);
      data.set(key, decode ? decodeBase64(text2) : text2);
      refs.set(key, value.origin);
    }
  };
  read("data", kind === "Secret");
  if (kind === "Secret") read("stringData", false);
  return { data, keyAt: (key) => refs.get(key) ?? item.origin, sensitive: kind === "Secret" };
}
function decodeBase64(text2) {
  return Buffer.from(text2, "base64").toString("utf8");
}
function collectManifestScopes(model, envLists, scopes, objects) {
  let workloads = 0;
  for (const object of model.objects) {
    const specPath = podSpecPath(object.identity.kind);
    if (!specPath) continue;
    const spec = getIn(object.value, specPath);
    if (!isRecord2(spec)) continue;
    workloads++;
    for (const group of ["initContainers", "containers"]) {
      const containers = spec[group];
      if (!Array.isArray(containers)) continue;
      containers.forEach((container, index) => {
        if (!isRecord2(container)) return;
        const containerPath = [...specPath, group, index];
        const list = manifestEnvList(object, container, containerPath);
        if (list) envLists.push(list);
        const envFrom = manifestEnvFrom(object, container, containerPath);
        const namespace = object.identity.namespace;
        const vars = new ResolvedEnv(list?.entries ?? [], envFrom, namespace, objects);
        const missingEnvFrom = envFrom.filter((source) => !source.optional && !objects.find(source.kind, source.name, namespace));
        for (const source of missingEnvFrom) {
          const reason = objects.why?.(source.kind, source.name, namespace);
          if (reason) source.unresolved = reason;
        }
        const name = typeof container.name === "string" ? container.name : String(index);
        const label = `${object.identity.kind}/${object.identity.name} ${group === "initContainers" ? "init container" : "container"} ${name}`;
        scopes.push({ origin: "manifest", label, lists: list ? [list] : [], vars, object: object.identity, missingEnvFrom });
      });
    }
  }
  return workloads;
}
function manifestEnvList(object, container, containerPath) {
  const env = container.env;
  if (!Array.isArray(env)) return void 0;
  const entries = [];
  const listPath = [...containerPath, "env"];
  env.forEach((item, index) => {
    if (isRecord2(item) && typeof item.name === "string") entries.push(new ManifestEnvEntry(object.source, listPath, index, item));
  });
  return { origin: "manifest", style: "list", at: { source: object.source, path: listPath }, entries };
}
var ManifestEnvEntry = class {
  name;
  value;
  valueFrom;
  source;
  listPath;
  index;
  hasValue;
  constructor(source, listPath, index, item) {
    this.name = item.name;
    this.source = source;
    this.listPath = listPath;
    this.index = index;
    this.hasValue = "value" in item;
    if (this.hasValue) this.value = item.value;
    if ("valueFrom" in item) this.valueFrom = item.valueFrom;
  }
  get at() {
    return { source: this.source, path: [...this.listPath, this.index], sensitive: mayBeSecretName(this.name) };
  }
  get valueAt() {
    return { source: this.source, path: [...this.listPath, this.index, ...this.hasValue ? ["value"] : []], sensitive: mayBeSecretName(this.name) };
  }
};
function manifestEnvFrom(object, container, containerPath) {
  const envFrom = container.envFrom;
  if (!Array.isArray(envFrom)) return [];
  const out = [];
  envFrom.forEach((item, index) => {
    if (!isRecord2(item)) return;
    const prefix = typeof item.prefix === "string" ? item.prefix : "";
    const at = { source: object.source, path: [...containerPath, "envFrom", index] };
    for (const [field, kind] of [["configMapRef", "ConfigMap"], ["secretRef", "Secret"]]) {
      const ref = item[field];
      if (isRecord2(ref) && typeof ref.name === "string") out.push({ kind, name: ref.name, prefix, optional: ref.optional === true, at });
    }
  });
  return out;
}
function manifestObjectIndex(objects) {
  const configObjects = objects.filter(({ identity }) => identity.kind === "ConfigMap" || identity.kind === "Secret");
  const byName = Map.groupBy(configObjects, ({ identity }) => `${identity.kind}/${identity.name}`);
  const cache = /* @__PURE__ */ new Map();
  return {
    searched: "the manifests",
    find(kind, name, namespace) {
      const object = byName.get(`${kind}/${name}`)?.find((candidate) => !namespace || !candidate.identity.namespace || candidate.identity.namespace === namespace);
      if (!object) return void 0;
      let data = cache.get(object);
      if (!data) {
        data = manifestObjectData(object);
        cache.set(object, data);
      }
      return data;
    }
  };
}
function manifestObjectData(object) {
  const data = /* @__PURE__ */ new Map();
  const paths = /* @__PURE__ */ new Map();
  const secret = object.identity.kind === "Secret";
  const value = object.value;
  const read = (field, decode) => {
    const block = value[field];
    if (!isRecord2(block)) return;
    for (const [key, text2] of Object.entries(block)) {
      if (text2 === null || text2 === void 0) continue;
      data.set(key, decode ? decodeBase64(String(text2)) : String(text2));
      paths.set(key, [field, key]);
    }
  };
  read("data", secret);
  if (secret) read("stringData", false);
  return { data, keyAt: (key) => ({ source: object.source, path: paths.get(key) ?? [] }), sensitive: secret };
}
function getIn(value, path) {
  let current = value;
  for (const segment of path) {
    if (Array.isArray(current) && typeof segment === "number") current = current[segment];
    else if (isRecord2(current)) current = current[String(segment)];
    else return void 0;
  }
  return current;
}
function budgetFacts(scopes, options) {
  const facts = [];
  for (const scope of scopes) {
    for (const envName of options.budgetIdEnv) {
      const variable = scope.vars.get(envName);
      if (!variable) continue;
      const at = variable.valueAt ?? variable.entry?.at ?? null;
      const source = scope.origin === "manifest" ? "manifest" : at?.source.kind === "set" ? "set" : "values";
      facts.push({ id: variable.value, source, envName, scope, variable, at, related: [] });
    }
  }
  mapManifestFactsToValues(facts);
  if (facts.length === 0) {
    facts.push({ id: options.defaultBudgetId, source: "default", envName: null, scope: null, variable: null, at: null, related: [] });
  }
  return facts;
}
function mapManifestFactsToValues(facts) {
  const valuesFacts = facts.filter((fact) => fact.source === "values" || fact.source === "set");
  for (const fact of facts) {
    if (fact.source !== "manifest" || fact.id === void 0) continue;
    const twin = valuesFacts.find((candidate) => candidate.envName === fact.envName && candidate.id === fact.id);
    if (!twin) continue;
    fact.mappedTo = twin;
    if (fact.at) twin.related.push(fact.at);
  }
}
function addBudgetsConfigFacts(facts, configs) {
  const seen = /* @__PURE__ */ new Set();
  const added = [];
  for (const config of configs) {
    for (const entry of config.entries) {
      if (entry.budgetId === void 0 || seen.has(entry.budgetId)) continue;
      seen.add(entry.budgetId);
      const fact = { id: entry.budgetId, source: "budgets-config", envName: null, scope: null, variable: null, at: entry.at("budget_id"), related: [] };
      if (entry.category !== void 0) fact.category = entry.category;
      added.push(fact);
    }
  }
  if (added.length === 0) return;
  if (added.some((fact) => fact.category === "platform")) facts.budgetIds = facts.budgetIds.filter((fact) => fact.source !== "default");
  facts.budgetIds.push(...added);
}

// src/cluster/external.ts
var LITELLM_URL_ENV = "LITE_LLM_URL";
function buildDeployed(input, options, index, manifests) {
  const model = manifests ?? loadManifests([input.manifest]);
  return { input, manifests: model, facts: buildFacts(null, model, options, index), defaultBudgetId: options.defaultBudgetId };
}
async function lookUpMissing(model, lookup, rebuild) {
  const names = new Set(model.facts.budgetIds.flatMap((fact) => fact.envName ? [fact.envName] : []));
  for (const fact of model.deployed?.facts.budgetIds ?? []) if (fact.envName) names.add(fact.envName);
  if (model.deployed) names.add(LITELLM_URL_ENV);
  const refs = missingRefs([model.facts, ...model.deployed ? [model.deployed.facts] : []], [...names]);
  if (refs.length === 0) return model;
  return rebuild(await lookup(refs));
}
function missingRefs(factsList, names) {
  const refs = /* @__PURE__ */ new Map();
  const add = (ref) => {
    refs.set(`${ref.kind}\0${ref.namespace ?? ""}\0${ref.name}`, ref);
  };
  for (const facts of factsList) {
    for (const scope of facts.scopes) {
      for (const name of names) {
        const variable = scope.vars.get(name);
        if (variable?.missing && variable.missing.name) add({ ...variable.missing });
      }
      const setByEnv = names.some((name) => scope.vars.get(name)?.entry);
      if (setByEnv) continue;
      for (const source of scope.missingEnvFrom) add({ kind: source.kind, name: source.name, namespace: scope.object?.namespace });
    }
  }
  return [...refs.values()].sort((a, b) => `${a.kind}/${a.namespace}/${a.name}`.localeCompare(`${b.kind}/${b.namespace}/${b.name}`));
}

// src/core/rule.ts
function defineRule(rule) {
  return rule;
}
var DOCS_BASE_URL = "https://github.com/litellm-preflight/litellm-preflight/blob/main/docs/rules/";
function docsUrl(ruleId) {
  return `${DOCS_BASE_URL}${ruleId}.md`;
}
function renderMessage(template, data = {}) {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole2, key) => key in data ? String(data[key]) : whole2);
}

// rules/budget-id-change.ts
var budget_id_change_default = defineRule({
  meta: {
    id: "budget-id-change",
    name: "BudgetIdChange",
    input: "any",
    defaultSeverity: "note",
    description: "The deployment changes the effective budget id or the LiteLLM URL compared with the running release",
    details: "With --compare-release, the release that runs now is read from the cluster (Helm's release Secret) and its manifest is resolved like the inputs. A change of the effective budget id moves every end user to another LiteLLM budget, and a change of the LiteLLM URL (LITE_LLM_URL) points the platform at another proxy; both are sometimes intended and always worth a reviewer's attention. Workloads are matched by kind, name and container; values given without manifests are compared with every workload of the release. Values that come from a Secret are never shown.",
    remediation: "Confirm that the change is intended, and that the new budget exists in LiteLLM before the upgrade.",
    example: "# running: LITELLM_BUDGET_ID=prod-budget\n# under review\nextraEnv:\n  - {name: LITELLM_BUDGET_ID, value: prod-budget-2026}",
    tags: ["review", "litellm", "budget"],
    messages: {
      changed: '{{envName}} changes from "{{before}}" to "{{after}}" compared with release {{release}} revision {{revision}} ({{scopes}})',
      changedSecret: "{{envName}} changes compared with release {{release}} revision {{revision}} ({{scopes}}); the values come from a Secret and are not shown"
    }
  },
  check({ model, report }) {
    const deployed = model.deployed;
    if (!deployed) return;
    const release = deployed.input.release;
    const revision = deployed.input.revision;
    const names = [...new Set([...model.facts.budgetIds, ...deployed.facts.budgetIds].flatMap((fact) => fact.envName ? [fact.envName] : []))];
    const budgetNames = new Set(names);
    names.push(LITELLM_URL_ENV);
    const changes = /* @__PURE__ */ new Map();
    const add = (change, scope) => {
      const key = `${change.at.source.file}\0${JSON.stringify(change.at.path)}\0${change.envName}\0${change.before}\0${change.after}`;
      const existing = changes.get(key);
      if (existing) existing.scopes.push(scope);
      else changes.set(key, { ...change, scopes: [scope] });
    };
    const effective = (variable, envName) => variable ? variable.value : budgetNames.has(envName) ? deployed.defaultBudgetId : void 0;
    const where = (scope, variable) => {
      const fact = model.facts.budgetIds.find((candidate) => candidate.scope === scope && candidate.variable === variable);
      return fact?.mappedTo?.at ?? fact?.at ?? variable.valueAt ?? variable.entry?.at ?? void 0;
    };
    const reviewed = model.facts.scopes.filter((scope) => scope.origin === "manifest" && scope.object);
    const running = deployed.facts.scopes.filter((scope) => scope.object);
    if (reviewed.length > 0) {
      for (const scope of reviewed) {
        const twin = running.find((candidate) => candidate.label === scope.label && candidate.object?.kind === scope.object?.kind);
        if (!twin) continue;
        for (const envName of names) {
          const now = scope.vars.get(envName);
          if (!now) continue;
          const after = now.value;
          const before = effective(twin.vars.get(envName), envName);
          if (after === void 0 || before === void 0 || after === before) continue;
          const at = where(scope, now);
          if (!at) continue;
          add({ at, envName, before, after, secret: now.sensitive || Boolean(twin.vars.get(envName)?.sensitive) }, scope.label);
        }
      }
    } else {
      for (const scope of model.facts.scopes) {
        for (const envName of names) {
          const now = scope.vars.get(envName);
          if (!now || now.value === void 0) continue;
          const runningValues = running.map((candidate) => candidate.vars.get(envName)).filter((variable) => variable?.value !== void 0);
          if (runningValues.length === 0 || runningValues.some((variable) => variable.value === now.value)) continue;
          const before = [...new Set(runningValues.map((variable) => variable.value))].join('", "');
          const at = where(scope, now);
          if (!at) continue;
          add({ at, envName, before, after: now.value, secret: now.sensitive || runningValues.some((variable) => variable.sensitive) }, scope.label);
        }
      }
    }
    for (const change of changes.values()) {
      const data = { envName: change.envName, release, revision, scopes: change.scopes.join(", ") };
      if (change.secret) report({ messageId: "changedSecret", data, at: change.at });
      else report({ messageId: "changed", data: { ...data, before: change.before, after: change.after }, at: change.at });
    }
  }
});

// rules/budget-id-invalid.ts
var budget_id_invalid_default = defineRule({
  meta: {
    id: "budget-id-invalid",
    name: "BudgetIdInvalid",
    input: "any",
    defaultSeverity: "error",
    description: "The budget id is empty, an unrendered placeholder, or cannot be resolved",
    details: "The platform gives every end user the LiteLLM budget named by the budget-id variable. An empty id, a `{{ .Values.x }}` or `%%PLACEHOLDER%%` that was never substituted, a `$(VAR)` that names no variable, or a `valueFrom` that points at a ConfigMap or Secret the deployment does not contain leaves users without the intended budget, or the pod without its variable.",
    remediation: "Set the budget-id variable to the literal id of a budget that exists in LiteLLM, or fix the reference it reads.",
    example: '# wrong\nextraEnv:\n  - {name: LITELLM_BUDGET_ID, value: "{{ .Values.budget }}"}\n# right\nextraEnv:\n  - {name: LITELLM_BUDGET_ID, value: prod-budget}',
    tags: ["correctness", "litellm", "budget"],
    messages: {
      empty: "{{envName}} is empty, so users get no budget",
      whitespace: '{{envName}} "{{id}}" has leading or trailing white space, which LiteLLM keeps as part of the id',
      template: '{{envName}} "{{id}}" is an unrendered Helm template',
      placeholder: '{{envName}} "{{id}}" still holds the placeholder {{placeholder}}',
      undefinedReference: '{{envName}} "{{id}}" references $({{reference}}), which is not defined before it, so the pod sees it literally',
      unresolved: "{{envName}} cannot be resolved: {{reason}}",
      envFromMissing: 'the budget id may come from envFrom {{kind}} "{{name}}", which cannot be resolved: {{reason}}'
    }
  },
  check({ model, report }) {
    for (const fact of model.facts.budgetIds) {
      if (fact.mappedTo || !fact.envName || !fact.at) continue;
      const at = fact.at;
      const related = fact.related;
      const envName = fact.envName;
      const id = fact.id;
      if (id === void 0) {
        report({ messageId: "unresolved", data: { envName, reason: fact.variable?.unresolved ?? "unknown source" }, at, related });
        continue;
      }
      const secret = fact.variable?.sensitive === true;
      const shown = secret ? "(secret)" : id;
      const part = (match) => secret ? "(hidden)" : match;
      if (id.trim() === "") report({ messageId: "empty", data: { envName }, at, related });
      else if (id !== id.trim()) report({ messageId: "whitespace", data: { envName, id: shown }, at, related });
      else if (/\{\{.*\}\}/.test(id)) report({ messageId: "template", data: { envName, id: shown }, at, related });
      else if (/%%\w+%%/.test(id)) report({ messageId: "placeholder", data: { envName, id: shown, placeholder: part(/%%\w+%%/.exec(id)[0]) }, at, related });
      else if (/\$\([^)]*\)/.test(id)) report({ messageId: "undefinedReference", data: { envName, id: shown, reference: part(/\$\(([^)]*)\)/.exec(id)[1]) }, at, related });
    }
    const withId = new Set(model.facts.budgetIds.map((fact) => fact.scope));
    for (const scope of model.facts.scopes) {
      if (withId.has(scope)) continue;
      for (const source of scope.missingEnvFrom) {
        if (source.unresolved) report({ messageId: "envFromMissing", data: { kind: source.kind, name: source.name, reason: source.unresolved }, at: source.at });
      }
    }
  }
});

// rules/budget-id-mismatch.ts
var budget_id_mismatch_default = defineRule({
  meta: {
    id: "budget-id-mismatch",
    name: "BudgetIdMismatch",
    input: "any",
    defaultSeverity: "warning",
    description: "Workloads, values layers, or values and manifests disagree on the budget id",
    details: "Every workload of the platform should hand out the same end-user budget. When the API and a worker pool, two values layers, or the values under review and the rendered manifests name different budget ids, users are billed against different budgets depending on which pod served them, and a rename done in one place silently misses the others.",
    remediation: "Set the same budget id everywhere, ideally in one values key that every workload reads.",
    example: "# wrong\nextraEnv:\n  - {name: LITELLM_BUDGET_ID, value: prod-budget}\nproxyPool:\n  extraEnv:\n    - {name: LITELLM_BUDGET_ID, value: prod-budgt}\n# right: drop the pool override, or make it equal",
    tags: ["correctness", "litellm", "budget"],
    messages: {
      mismatch: 'budget id "{{id}}" ({{scope}}) differs from "{{other}}" used by {{otherScope}}'
    }
  },
  check({ model, report }) {
    const facts = model.facts.budgetIds.filter((fact) => fact.source !== "budgets-config" && fact.id !== void 0 && fact.at && !fact.mappedTo && !fact.variable?.sensitive);
    const groups = Map.groupBy(facts, (fact) => fact.id);
    if (groups.size < 2) return;
    const [majorityId, majority] = [...groups].sort((a, b) => b[1].length - a[1].length)[0];
    const reference = majority[0];
    for (const fact of facts) {
      if (fact.id === majorityId) continue;
      report({
        messageId: "mismatch",
        data: { id: fact.id, scope: fact.scope?.label ?? fact.source, other: majorityId, otherScope: reference.scope?.label ?? reference.source },
        at: fact.at,
        related: [reference.at, ...fact.related]
      });
    }
  }
});

// rules/budget-id-restart.ts
var RESTART_ANNOTATION = /^(checksum\/|configmap\.reloader\.stakater\.com\/reload$|secret\.reloader\.stakater\.com\/reload$|reloader\.stakater\.com\/(auto|search)$)/;
var budget_id_restart_default = defineRule({
  meta: {
    id: "budget-id-restart",
    name: "BudgetIdRestart",
    input: "manifest",
    defaultSeverity: "warning",
    description: "The budget id comes from a ConfigMap or Secret, but the pods are not restarted when it changes",
    details: 'Environment variables read from a ConfigMap or Secret are resolved when a container starts. When `helm upgrade` changes the budget id in such an object but leaves the pod template untouched, no pod restarts, and the new budget id takes effect only whenever pods happen to be replaced. Charts solve this with a checksum annotation on the pod template (`checksum/config: {{ include (print $.Template.BasePath "/configmap.yaml") . | sha256sum }}`); any `checksum/\u2026` annotation, or a Stakater Reloader annotation on the workload, satisfies this rule. Only objects rendered with the release are checked: an object managed elsewhere is not changed by the upgrade.',
    remediation: "Add a checksum/\u2026 annotation of the ConfigMap or Secret to the pod template, so that a changed budget id rolls the pods.",
    example: '# templates/deployment.yaml\nspec:\n  template:\n    metadata:\n      annotations:\n        checksum/config: {{ include (print $.Template.BasePath "/configmap.yaml") . | sha256sum }}',
    tags: ["correctness", "helm", "budget"],
    messages: {
      noRestart: '{{envName}} comes from {{kind}} "{{name}}", but {{workload}} has no checksum/ annotation on its pod template, so helm upgrade will not restart its pods when the id changes'
    }
  },
  check({ model, report }) {
    const manifests = model.manifests;
    if (!manifests) return;
    const seen = /* @__PURE__ */ new Set();
    for (const fact of model.facts.budgetIds) {
      const variable = fact.variable;
      const scope = fact.scope;
      if (fact.source !== "manifest" || !variable || !scope?.object || !fact.envName) continue;
      if (variable.origin !== "configMapKeyRef" && variable.origin !== "secretKeyRef" && variable.origin !== "envFrom") continue;
      const holder = variable.valueAt?.source;
      if (holder?.kind !== "manifest" || !holder.object || holder.object.kind !== "ConfigMap" && holder.object.kind !== "Secret") continue;
      const workload = manifests.objects.find((object) => object.identity === scope.object);
      if (!workload) continue;
      const specPath = podSpecPath(workload.identity.kind);
      if (!specPath || workload.identity.kind === "Pod") continue;
      const templatePath = specPath.slice(0, -1);
      if (hasRestartAnnotation(getIn2(workload.value, [...templatePath, "metadata", "annotations"])) || hasRestartAnnotation(getIn2(workload.value, ["metadata", "annotations"]))) continue;
      const key = `${workload.identity.kind}/${workload.identity.name}\0${holder.object.kind}/${holder.object.name}\0${fact.envName}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const at = { source: workload.source, path: [...templatePath, "metadata"], part: "key" };
      const related = [variable.entry?.at, variable.valueAt].filter((ref) => ref !== void 0 && ref !== null);
      report({
        messageId: "noRestart",
        data: { envName: fact.envName, kind: holder.object.kind, name: holder.object.name, workload: `${workload.identity.kind}/${workload.identity.name}` },
        at,
        related
      });
    }
  }
});
function hasRestartAnnotation(annotations) {
  return isRecord2(annotations) && Object.keys(annotations).some((key) => RESTART_ANNOTATION.test(key));
}
function getIn2(value, path) {
  let current = value;
  for (const segment of path) current = isRecord2(current) ? current[String(segment)] : void 0;
  return current;
}

// src/live/http.ts
var TransportError = class extends Error {
  name = "TransportError";
  kind;
  /** A system or library error code (ECONNREFUSED, UND_ERR_SOCKET…), safe to show. */
  code;
  /** Worth another attempt (connection-level failures). */
  retryable;
  constructor(kind, message, code, retryable2 = false) {
    super(message);
    this.kind = kind;
    this.code = code;
    this.retryable = retryable2;
  }
};
async function createUndiciTransport(env = {}) {
  const loaded = await import("./undici-OBYI3BK5.js");
  const { EnvHttpProxyAgent } = loaded.EnvHttpProxyAgent ? loaded : loaded.default ?? loaded;
  const dispatcher = new EnvHttpProxyAgent({
    httpProxy: env.http_proxy ?? env.HTTP_PROXY ?? "",
    httpsProxy: env.https_proxy ?? env.HTTPS_PROXY ?? "",
    noProxy: env.no_proxy ?? env.NO_PROXY ?? "",
    connect: { rejectUnauthorized: true }
  });
  const request = async ({ method, url, headers, body, signal, maxBytes }) => {
    if (signal.aborted) throw new TransportError("timeout", "the live-check deadline passed before the request was sent");
    let response;
    try {
      response = await dispatcher.request({
        origin: url.origin,
        path: `${url.pathname}${url.search}`,
        method,
        headers,
        body: body ?? null,
        signal
      });
    } catch (error) {
      throw classify(error, signal);
    }
    const declared = Number(response.headers["content-length"]);
    if (Number.isFinite(declared) && declared > maxBytes) {
      response.body.destroy();
      throw new TransportError("too-large", `the answer is larger than ${formatBytes(maxBytes)} (Content-Length ${formatBytes(declared)})`);
    }
    const chunks = [];
    let size = 0;
    try {
      for await (const chunk of response.body) {
        size += chunk.length;
        if (size > maxBytes) {
          response.body.destroy();
          throw new TransportError("too-large", `the answer is larger than ${formatBytes(maxBytes)}; stopped reading`);
        }
        chunks.push(chunk);
      }
    } catch (error) {
      if (error instanceof TransportError) throw error;
      throw classify(error, signal);
    }
    const flat = {};
    for (const [name, value] of Object.entries(response.headers)) {
      if (value === void 0) continue;
      flat[name.toLowerCase()] = Array.isArray(value) ? value[0] ?? "" : value;
    }
    return { status: response.statusCode, headers: flat, body: Buffer.concat(chunks) };
  };
  return { request, close: () => dispatcher.destroy() };
}
var TLS_CODES = /* @__PURE__ */ new Set([
  "DEPTH_ZERO_SELF_SIGNED_CERT",
  "SELF_SIGNED_CERT_IN_CHAIN",
  "UNABLE_TO_VERIFY_LEAF_SIGNATURE",
  "UNABLE_TO_GET_ISSUER_CERT",
  "UNABLE_TO_GET_ISSUER_CERT_LOCALLY",
  "CERT_HAS_EXPIRED",
  "CERT_NOT_YET_VALID",
  "CERT_REVOKED",
  "CERT_UNTRUSTED",
  "CERT_REJECTED",
  "HOSTNAME_MISMATCH",
  "EPROTO"
]);
function classify(error, signal) {
  if (signal?.aborted) return new TransportError("timeout", "no complete answer before the live-check deadline");
  const codes = [];
  let current = error;
  for (let depth = 0; depth < 5 && current && typeof current === "object"; depth++) {
    const record = current;
    if (typeof record.code === "string") codes.push(record.code);
    if (typeof record.name === "string" && (record.name === "AbortError" || record.name === "TimeoutError")) codes.push(record.name);
    current = record.cause ?? (Array.isArray(record.errors) ? record.errors[0] : void 0);
  }
  const code = codes.find((c) => c !== "UND_ERR_CONNECT" && c !== "UND_ERR") ?? codes[0];
  const shown = code && /^[A-Z0-9_]{2,40}$/.test(code) ? code : void 0;
  const has = (...wanted) => codes.some((c) => wanted.includes(c));
  if (has("ECONNREFUSED")) return new TransportError("refused", "connection refused", shown, true);
  if (has("ENOTFOUND", "EAI_NONAME", "EAI_NODATA", "EAI_FAIL")) return new TransportError("dns", "the host name does not resolve (DNS)", shown);
  if (has("EAI_AGAIN")) return new TransportError("dns", "the host name could not be resolved (temporary DNS failure)", shown, true);
  if (codes.some((c) => TLS_CODES.has(c) || c.startsWith("ERR_TLS") || c.startsWith("ERR_SSL") || c.includes("CERT"))) {
    return new TransportError("tls", "the TLS connection failed (certificate not trusted or TLS error; set NODE_EXTRA_CA_CERTS for a private CA)", shown);
  }
  if (has("AbortError", "TimeoutError", "UND_ERR_ABORTED", "ABORT_ERR")) return new TransportError("timeout", "no complete answer before the live-check deadline", shown);
  if (has("UND_ERR_CONNECT_TIMEOUT", "ETIMEDOUT", "UND_ERR_HEADERS_TIMEOUT", "UND_ERR_BODY_TIMEOUT")) return new TransportError("timeout", "the connection timed out", shown, true);
  if (has("ECONNRESET", "EPIPE", "UND_ERR_SOCKET", "UND_ERR_CLOSED", "UND_ERR_RES_CONTENT_LENGTH_MISMATCH", "ECONNABORTED")) {
    return new TransportError("reset", "the connection was closed before the answer was complete", shown, true);
  }
  if (has("EHOSTUNREACH", "ENETUNREACH", "EHOSTDOWN", "ENETDOWN")) return new TransportError("network", "the host is unreachable", shown, true);
  return new TransportError("network", "the request failed", shown, true);
}
function formatBytes(bytes) {
  if (bytes >= 1024 * 1024) return `${Math.round(bytes / (1024 * 1024) * 10) / 10} MiB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KiB`;
  return `${bytes} B`;
}

// src/live/client.ts
var CREDENTIAL_ENV = {
  master: "LITELLM_MASTER_KEY",
  api: "LITELLM_API_KEY"
};
var KNOWN_ERROR_TYPES = /* @__PURE__ */ new Set([
  "auth_error",
  "budget_exceeded",
  "expired_key",
  "token_not_found_in_db",
  "no_db_connection",
  "not_found_error",
  "not_found",
  "bad_request_error",
  "bad_request",
  "validation_error",
  "internal_server_error",
  "key_model_access_denied",
  "team_model_access_denied",
  "user_model_access_denied",
  "org_model_access_denied"
]);
var DEFAULT_MAX_BYTES = 8 * 1024 * 1024;
var RETRY_STATUSES = /* @__PURE__ */ new Set([429, 502, 503, 504]);
var BASE_BACKOFF_MS = 200;
var LiteLLMClient = class {
  /** HTTP requests sent, retries included. */
  requests = 0;
  baseUrl;
  /** The base URL's path prefix without a trailing slash ("" or "/litellm"). */
  prefix;
  /** Base URL for messages: no user info, no query. */
  displayUrl;
  options;
  cache = /* @__PURE__ */ new Map();
  active = 0;
  waiting = [];
  constructor(options) {
    this.options = options;
    const url = new URL(options.baseUrl);
    url.username = "";
    url.password = "";
    url.search = "";
    url.hash = "";
    this.prefix = url.pathname.replace(/\/+$/, "");
    this.baseUrl = url;
    this.displayUrl = `${url.origin}${this.prefix}`;
  }
  has(credential) {
    return credential === "none" || Boolean(this.keyOf(credential));
  }
  /** One logical call; identical calls in one run share one result. */
  call(spec) {
    const cacheKey = JSON.stringify([spec.method, spec.path, spec.query ?? {}, spec.body ?? null, spec.credential]);
    let pending = this.cache.get(cacheKey);
    if (!pending) {
      pending = this.limited(() => this.attempts(spec));
      this.cache.set(cacheKey, pending);
    }
    return pending;
  }
  keyOf(credential) {
    if (credential === "master") return this.options.masterKey || void 0;
    if (credential === "api") return this.options.apiKey || void 0;
    return void 0;
  }
  async limited(task) {
    const limit2 = this.options.concurrency ?? 4;
    if (this.active >= limit2) await new Promise((resume) => this.waiting.push(resume));
    this.active++;
    try {
      return await task();
    } finally {
      this.active--;
      this.waiting.shift()?.();
    }
  }
  url(spec) {
    const url = new URL(this.baseUrl.href);
    url.pathname = `${this.prefix}${spec.path}`;
    for (const [name, value] of Object.entries(spec.query ?? {})) url.searchParams.set(name, value);
    return url;
  }
  headers(spec) {
    const headers = { accept: "application/json", "user-agent": "litellm-preflight" };
    if (spec.body !== void 0) headers["content-type"] = "application/json";
    const key = this.keyOf(spec.credential);
    if (key) headers[(this.options.keyHeader || "authorization").toLowerCase()] = `Bearer ${key}`;
    return headers;
  }
  async attempts(spec) {
    const now = this.options.now ?? Date.now;
    const retries = this.options.retries ?? 2;
    const label = `${spec.method} ${spec.path}`;
    let last;
    for (let attempt = 0; attempt <= retries; attempt++) {
      if (attempt > 0 && last) {
        const wait = this.backoff(attempt, last);
        const left = this.options.deadline - now();
        if (wait.ms >= left) {
          if (wait.fromRetryAfter) last = { ...last, reason: `${last.reason}; Retry-After ${Math.ceil(wait.ms / 1e3)} s exceeds the time left` };
          return { ok: false, failure: last };
        }
        try {
          await (this.options.sleep ?? sleep)(wait.ms, this.options.signal);
        } catch {
          return { ok: false, failure: last };
        }
      }
      if (this.options.signal.aborted || now() >= this.options.deadline) {
        return { ok: false, failure: last ?? { kind: "timeout", reason: `${label}: ${this.timeoutText()}` } };
      }
      const result = await this.once(spec, label);
      if (result.ok) return result;
      last = result.failure;
      if (!retryable(last)) return result;
    }
    return { ok: false, failure: last };
  }
  retryAfter = /* @__PURE__ */ new WeakMap();
  backoff(attempt, failure) {
    const hinted = this.retryAfter.get(failure);
    if (hinted !== void 0) return { ms: hinted, fromRetryAfter: true };
    const base = (this.options.backoffMs ?? BASE_BACKOFF_MS) * 2 ** (attempt - 1);
    const random = this.options.random ?? Math.random;
    return { ms: Math.round(base / 2 + random() * (base / 2)), fromRetryAfter: false };
  }
  timeoutText() {
    return "no answer within the live-check timeout (--timeout)";
  }
  async once(spec, label) {
    let response;
    this.requests++;
    try {
      const request = {
        method: spec.method,
        url: this.url(spec),
        headers: this.headers(spec),
        signal: this.options.signal,
        maxBytes: this.options.maxBytes ?? DEFAULT_MAX_BYTES,
        ...spec.body !== void 0 ? { body: JSON.stringify(spec.body) } : {}
      };
      response = await this.options.http(request);
    } catch (error) {
      const failure = transportFailure(error, label, this.options.signal.aborted);
      if (failure.kind === "timeout") failure.reason = `${label}: ${this.timeoutText()}`;
      return { ok: false, failure };
    }
    return this.interpret(response, spec, label);
  }
  interpret(response, spec, label) {
    const { status } = response;
    const contentType = (response.headers["content-type"] ?? "").toLowerCase();
    const isJson = /\bjson\b/.test(contentType);
    const isHtml = contentType.includes("html");
    if (status >= 300 && status < 400) {
      const target = safeOrigin(response.headers.location, this.baseUrl);
      return fail({ kind: "redirect", status, reason: `${label}: HTTP ${status} redirect${target ? ` to ${target}` : ""}; redirects are not followed (point --litellm-url at the proxy itself)` });
    }
    let data;
    let parsed = false;
    if (isJson) {
      try {
        data = JSON.parse(new TextDecoder("utf-8").decode(response.body));
        parsed = true;
      } catch {
        parsed = false;
      }
    }
    if (status >= 200 && status < 300) {
      if (isHtml) return fail({ kind: "not-json", status, reason: `${label}: answered with an HTML page, not the LiteLLM API (a login page or another service in front of the proxy?)` });
      if (!isJson) return fail({ kind: "not-json", status, reason: `${label}: answered with ${describeType(contentType)}, not JSON` });
      if (!parsed) return fail({ kind: "malformed", status, reason: `${label}: answered with malformed JSON` });
      return { ok: true, status, data };
    }
    const error = parsed ? errorInfo(data) : { routeMissing: false, blocked: false, notFound: false, noDb: false };
    const typeText = error.type ? ` (${error.type})` : "";
    const base = `${label}: HTTP ${status}${typeText}`;
    const credentialName = spec.credential === "none" ? void 0 : CREDENTIAL_ENV[spec.credential];
    const failure = (kind, text2) => fail({ kind, status, error, reason: text2 ? `${base}: ${text2}` : base });
    if (status === 401) {
      if (!credentialName) return failure("unauthorized", "the proxy wants a key for this endpoint");
      if (spec.credential === "master") return failure("unauthorized", `${credentialName} was rejected or is not an admin key`);
      return failure("unauthorized", `${credentialName} was refused (an invalid key, or an endpoint that needs ${CREDENTIAL_ENV.master})`);
    }
    if (status === 403) return failure("forbidden", credentialName ? `${credentialName} lacks the role for this endpoint${spec.credential === "master" ? " (proxy_admin needed)" : ""}` : "forbidden");
    if (status === 404) return failure("not-found", error.routeMissing ? "this proxy version does not have the endpoint" : "not found");
    if (status === 429) {
      const result = failure("rate-limited", "rate limited");
      if (!result.ok) {
        const hinted = parseRetryAfter(response.headers["retry-after"], this.options.now ?? Date.now);
        if (hinted !== void 0) this.retryAfter.set(result.failure, hinted);
      }
      return result;
    }
    if (status >= 500) {
      const what = isHtml ? "an error page from a gateway in front of the proxy" : error.noDb ? "the proxy's database is not available" : "server error";
      return failure("server", what);
    }
    return failure("client", status === 422 ? "the proxy rejected the request format" : "");
  }
};
function fail(failure) {
  return { ok: false, failure };
}
function retryable(failure) {
  if (failure.status !== void 0) return RETRY_STATUSES.has(failure.status);
  return failure.kind === "refused" || failure.kind === "reset" || failure.kind === "network" || failure.kind === "dns" && failure.reason.includes("temporary");
}
function transportFailure(error, label, aborted) {
  if (error instanceof TransportError) {
    const code = error.code && error.kind !== "timeout" ? ` (${error.code})` : "";
    const kind = aborted ? "timeout" : error.kind;
    return { kind, reason: `${label}: ${error.message}${code}` };
  }
  if (aborted) return { kind: "timeout", reason: `${label}: no answer before the live-check deadline` };
  const name = error instanceof Error && /^\w{1,40}$/.test(error.name) ? error.name : "unknown error";
  return { kind: "internal", reason: `${label}: the HTTP client failed (${name})` };
}
function errorInfo(data) {
  const info = { routeMissing: false, blocked: false, notFound: false, noDb: false };
  if (!isRecord3(data)) return info;
  let texts = [];
  const error = data.error;
  if (isRecord3(error)) {
    if (typeof error.type === "string" && KNOWN_ERROR_TYPES.has(error.type)) info.type = error.type;
    texts = collectText(error.message);
  } else if ("detail" in data) {
    const detail = data.detail;
    if (detail === "Not Found") info.routeMissing = true;
    texts = collectText(detail);
  }
  const text2 = texts.join(" ").toLowerCase();
  info.blocked = /\bis blocked\b/.test(text2);
  info.notFound = /not found|does not exist/.test(text2);
  info.noDb = /no db connected|db not connected|database not connected|no connected db|no_db_connection/.test(text2) || info.type === "no_db_connection";
  return info;
}
function collectText(value, depth = 0) {
  if (depth > 3) return [];
  if (typeof value === "string") return [value.slice(0, 2e3)];
  if (Array.isArray(value)) return value.slice(0, 10).flatMap((item) => collectText(item, depth + 1));
  if (isRecord3(value)) return Object.values(value).slice(0, 10).flatMap((item) => collectText(item, depth + 1));
  return [];
}
function isRecord3(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function describeType(contentType) {
  if (!contentType) return "no content type";
  const type = contentType.split(";")[0]?.trim() ?? "";
  return /^[\w.+-]+\/[\w.+-]+$/.test(type) ? type : "an unexpected content type";
}
function safeOrigin(location, base) {
  if (!location) return void 0;
  try {
    const url = new URL(location, base);
    if (url.origin === base.origin) return "the same origin";
    return /^https?:$/.test(url.protocol) ? url.origin : void 0;
  } catch {
    return void 0;
  }
}
function parseRetryAfter(value, now) {
  if (value === void 0) return void 0;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1e3;
  const date = Date.parse(trimmed);
  return Number.isNaN(date) ? void 0 : Math.max(0, date - now());
}
function sleep(ms, signal) {
  return new Promise((resolve3, reject) => {
    if (signal.aborted) {
      reject(new Error("aborted"));
      return;
    }
    const timer = setTimeout(() => {
      signal.removeEventListener("abort", onAbort);
      resolve3();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(new Error("aborted"));
    };
    signal.addEventListener("abort", onAbort, { once: true });
  });
}

// src/live/shapes.ts
function num(value) {
  if (typeof value === "number" && Number.isFinite(value)) return value;
  if (typeof value === "string" && /^\s*-?\d+(\.\d+)?([eE][+-]?\d+)?\s*$/.test(value)) return Number(value);
  return null;
}
function str(value) {
  return typeof value === "string" && value !== "" ? value : null;
}
function row(value) {
  return isRecord3(value) ? value : null;
}
function nonEmptyMap(value) {
  return isRecord3(value) && Object.keys(value).length > 0;
}
function nonEmptyList(value) {
  return Array.isArray(value) && value.length > 0;
}
function safeText(value, max = 64) {
  if (typeof value !== "string" && typeof value !== "number") return null;
  const text2 = String(value);
  return text2.length > 0 && text2.length <= max && /^[\w .:@/+-]+$/.test(text2) ? text2 : null;
}
function formatAmount(value) {
  return Number.isInteger(value) ? String(value) : String(Math.round(value * 1e4) / 1e4);
}
function parseReadiness(data) {
  const body = row(data);
  if (!body) return null;
  const version = safeText(body.litellm_version, 40) ?? void 0;
  const db = body.db;
  const status = body.status;
  let state = "unknown";
  if (db === "Not connected") state = "none";
  else if (status === "connected" || status === "disconnected") state = status;
  else if (db === "connected" || db === "disconnected") state = db;
  if (version === void 0 && state === "unknown" && !("status" in body)) return null;
  return { version, db: state };
}
function budgetLimits(value) {
  const budget = row(value);
  const id = budget ? str(budget.budget_id) : null;
  if (!budget || id === null) return null;
  return {
    id,
    maxBudget: num(budget.max_budget),
    softBudget: num(budget.soft_budget),
    duration: str(budget.budget_duration),
    tpm: num(budget.tpm_limit),
    rpm: num(budget.rpm_limit),
    parallel: num(budget.max_parallel_requests),
    modelMaxBudget: nonEmptyMap(budget.model_max_budget)
  };
}
function describeLimits(limits) {
  const parts = [
    `max_budget ${limits.maxBudget === null ? "none" : formatAmount(limits.maxBudget)}`,
    `soft_budget ${limits.softBudget === null ? "none" : formatAmount(limits.softBudget)}`,
    `budget_duration ${limits.duration === null ? "none" : safeText(limits.duration, 16) ?? "set"}`
  ];
  if (limits.tpm !== null) parts.push(`tpm_limit ${limits.tpm}`);
  if (limits.rpm !== null) parts.push(`rpm_limit ${limits.rpm}`);
  if (limits.parallel !== null) parts.push(`max_parallel_requests ${limits.parallel}`);
  if (limits.modelMaxBudget) parts.push("per-model budgets");
  return parts.join(", ");
}

// rules/codemie-budget-drift.ts
var FILE_DEFAULTS = { soft_budget: 0, budget_duration: "30d" };
var ON = /^(true|1|yes|on|t|y)$/i;
var codemie_budget_drift_default = defineRule({
  meta: {
    id: "codemie-budget-drift",
    name: "CodemieBudgetDrift",
    input: "live",
    requiresNetwork: true,
    defaultSeverity: "warning",
    description: "A budget in CodeMie's budgets-config.yaml differs from the same budget in LiteLLM",
    details: "CodeMie treats budgets-config.yaml as the source of truth: with LLM_PROXY_BUDGET_RECONCILIATION_ENABLED it overwrites LiteLLM's max_budget, soft_budget and budget_duration at the next start, undoing any change made in LiteLLM directly; without reconciliation the two stay apart and the file describes limits nobody enforces. Compared from the same POST /budget/info answer the other budget checks use: no extra request.",
    remediation: "Make budgets-config.yaml and LiteLLM agree: change the file when LiteLLM holds the intended limits, or let reconciliation write the file's values.",
    example: '# budgets-config.yaml\npredefined_budgets:\n  - {budget_id: default, name: Default, max_budget: 120.0, soft_budget: 80.0, budget_duration: 30d, budget_category: platform}\n# LiteLLM: POST /budget/info {"budgets": ["default"]} -> max_budget 120.0, soft_budget 80.0, budget_duration 30d',
    tags: ["correctness", "codemie", "budget", "live"],
    messages: {
      drift: 'budget "{{id}}": budgets-config.yaml sets {{field}} {{file}}, LiteLLM has {{litellm}}; {{consequence}}'
    }
  },
  appliesTo: (model) => model.codemie.active && model.codemie.budgetsConfigs.length > 0,
  async check({ model, live, report }) {
    if (!live) return;
    const outcome = await live.budgets();
    if (outcome.status !== "ok") return;
    const reconciling = model.facts.scopes.some((scope) => ON.test(scope.vars.get("LLM_PROXY_BUDGET_RECONCILIATION_ENABLED")?.value?.trim() ?? ""));
    const consequence = reconciling ? "CodeMie's reconciliation overwrites LiteLLM at its next start" : "reconciliation is off, so LiteLLM keeps its own value";
    for (const config of model.codemie.budgetsConfigs) {
      for (const entry of config.entries) {
        const row2 = entry.budgetId === void 0 ? void 0 : outcome.found.get(entry.budgetId);
        if (!row2 || entry.budgetId === void 0) continue;
        const compare = (field, file, litellm) => {
          if (file === void 0 || file === litellm || file === 0 && litellm === null) return;
          const shown = (value) => value === null ? "none" : typeof value === "number" ? formatAmount(value) : safeText(value, 16) ?? "set";
          report({
            messageId: "drift",
            data: { id: entry.budgetId, field, file: shown(file), litellm: shown(litellm), consequence },
            at: entry.node.entries.has(field) ? entry.at(field) : entry.at("budget_id")
          });
        };
        compare("max_budget", entry.maxBudget, row2.maxBudget);
        compare("soft_budget", entry.softBudget ?? FILE_DEFAULTS.soft_budget, row2.softBudget);
        compare("budget_duration", entry.duration ?? FILE_DEFAULTS.budget_duration, row2.duration);
      }
    }
  }
});

// rules/codemie-budget-flags.ts
var BOOLEAN = /^(true|false|1|0|yes|no|on|off|t|f|y|n)$/i;
var TRUE = /^(true|1|yes|on|t|y)$/i;
var BOOLEAN_SETTINGS = [
  "LLM_PROXY_ENABLED",
  "LLM_PROXY_BUDGET_CHECK_ENABLED",
  "LLM_PROXY_BUDGET_RECONCILIATION_ENABLED",
  "LITELLM_FAIL_OPEN_ON_503",
  "LITELLM_SPEND_COLLECTOR_ENABLED",
  "LITELLM_BUDGET_RESET_TRACKER_ENABLED",
  "LITELLM_BUDGET_RESET_RECONCILIATION_ENABLED"
];
var JSON_LISTS = ["LITELLM_PREMIUM_MODELS_ALIASES", "GITHUB_IDENTIFIERS", "GITLAB_IDENTIFIERS", "BITBUCKET_IDENTIFIERS"];
var codemie_budget_flags_default = defineRule({
  meta: {
    id: "codemie-budget-flags",
    name: "CodemieBudgetFlags",
    input: "any",
    defaultSeverity: "warning",
    description: "CodeMie's budget switches are inconsistent, so budgets are not enforced or the API does not start",
    details: "CodeMie enforces LiteLLM budgets only when LLM_PROXY_ENABLED is true, LLM_PROXY_MODE is lite_llm and LLM_PROXY_BUDGET_CHECK_ENABLED is true; reconciliation of budgets-config.yaml also needs budget checking. Premium-model aliases without a premium_models budget leave premium traffic on the platform budget. Boolean settings accept only pydantic's spellings, and list settings must be JSON: anything else stops the API at start-up.",
    remediation: `Turn on the switches a feature depends on, spell booleans as "true" or "false", and write list settings as JSON such as '["opus"]'.`,
    example: `extraEnv:
  - {name: LLM_PROXY_ENABLED, value: "true"}
  - {name: LLM_PROXY_MODE, value: lite_llm}
  - {name: LLM_PROXY_BUDGET_CHECK_ENABLED, value: "true"}
  - {name: LITELLM_PREMIUM_MODELS_ALIASES, value: '["opus"]'}`,
    tags: ["correctness", "codemie", "budget"],
    messages: {
      notBoolean: '{{name}} is "{{value}}", which CodeMie cannot read as a boolean; the API does not start',
      notJsonList: `{{name}} must be a JSON list such as '["a", "b"]'; the API does not start with {{shown}}`,
      checkWithoutProxy: "LLM_PROXY_BUDGET_CHECK_ENABLED is on but LLM_PROXY_ENABLED is not, so budgets are never checked",
      reconciliationWithoutCheck: "LLM_PROXY_BUDGET_RECONCILIATION_ENABLED is on but LLM_PROXY_BUDGET_CHECK_ENABLED is not, so budgets-config.yaml is never synced",
      modeNotLiteLLM: 'LLM_PROXY_ENABLED is on but LLM_PROXY_MODE is "{{mode}}", so LLM calls bypass LiteLLM and its budgets',
      premiumWithoutBudget: "LITELLM_PREMIUM_MODELS_ALIASES lists premium models but budgets-config.yaml has no premium_models budget"
    }
  },
  appliesTo: (model) => model.codemie.active,
  check({ model, report }) {
    const hasPremiumBudget = model.codemie.budgetsConfigs.some((config) => config.entries.some((entry) => entry.category === "premium_models"));
    const knowsBudgets = model.codemie.budgetsConfigs.length > 0;
    for (const scope of model.facts.scopes) {
      const value = (name) => scope.vars.get(name)?.value;
      const at = (name) => atOf(scope, name);
      for (const name of BOOLEAN_SETTINGS) {
        const text2 = value(name);
        if (text2 !== void 0 && text2 !== "" && !BOOLEAN.test(text2.trim())) report({ messageId: "notBoolean", data: { name, value: text2 }, at: at(name) });
      }
      for (const name of JSON_LISTS) {
        const text2 = value(name);
        if (text2 === void 0) continue;
        if (!isJsonList(text2)) report({ messageId: "notJsonList", data: { name, shown: text2.trim() === "" ? "an empty value" : `"${text2}"` }, at: at(name) });
      }
      const on = (name) => TRUE.test(value(name)?.trim() ?? "");
      if (on("LLM_PROXY_BUDGET_CHECK_ENABLED") && !on("LLM_PROXY_ENABLED")) report({ messageId: "checkWithoutProxy", at: at("LLM_PROXY_BUDGET_CHECK_ENABLED") });
      if (on("LLM_PROXY_BUDGET_RECONCILIATION_ENABLED") && !on("LLM_PROXY_BUDGET_CHECK_ENABLED")) report({ messageId: "reconciliationWithoutCheck", at: at("LLM_PROXY_BUDGET_RECONCILIATION_ENABLED") });
      const mode = value("LLM_PROXY_MODE") ?? "internal";
      if (on("LLM_PROXY_ENABLED") && mode !== "lite_llm") report({ messageId: "modeNotLiteLLM", data: { mode }, at: scope.vars.get("LLM_PROXY_MODE") ? at("LLM_PROXY_MODE") : at("LLM_PROXY_ENABLED") });
      const aliases = value("LITELLM_PREMIUM_MODELS_ALIASES");
      if (knowsBudgets && !hasPremiumBudget && aliases !== void 0 && isJsonList(aliases) && JSON.parse(aliases).length > 0) {
        report({ messageId: "premiumWithoutBudget", at: at("LITELLM_PREMIUM_MODELS_ALIASES") });
      }
    }
  }
});
function isJsonList(text2) {
  try {
    const parsed = JSON.parse(text2);
    return Array.isArray(parsed) && parsed.every((item) => typeof item === "string");
  } catch {
    return false;
  }
}
function atOf(scope, name) {
  const variable = scope.vars.get(name);
  return variable?.valueAt ?? variable?.entry?.at ?? scope.lists[0]?.at ?? { source: scope.lists[0].at.source, path: [] };
}

// src/yaml/embedded.ts
var import_yaml4 = __toESM(require_dist(), 1);
function isParsedSource(source) {
  return typeof source.positioned === "function" && typeof source.toOuter === "function";
}
var EmbeddedYamlSource = class {
  kind;
  file;
  doc;
  object;
  sensitive;
  text;
  parent;
  /** Parent-relative line of the content's first line and the block's indentation; null when not a literal block. */
  mapping;
  anchor;
  parsed;
  constructor(parent, scalarPath, text2) {
    this.parent = parent;
    this.kind = parent.kind;
    this.file = parent.file;
    if (parent.doc !== void 0) this.doc = parent.doc;
    if (parent.object) this.object = parent.object;
    if (parent.sensitive) this.sensitive = parent.sensitive;
    this.text = text2;
    const { doc, lineCounter } = parent.positioned();
    const node = doc ? walk(doc, scalarPath).node : null;
    const start = node?.range?.[0] ?? 0;
    const at = lineCounter.linePos(start);
    this.anchor = parent.toOuter({ line: at.line, column: at.col });
    this.mapping = node && (0, import_yaml4.isScalar)(node) && node.type === import_yaml4.Scalar.BLOCK_LITERAL ? blockMapping(parent.text, start, lineCounter) : null;
  }
  positioned() {
    if (!this.parsed) {
      const lineCounter = new LineIndex(this.text);
      const doc = (0, import_yaml4.parseDocument)(this.text, { version: "1.1", uniqueKeys: false, prettyErrors: false });
      this.parsed = { doc, lineCounter };
    }
    return this.parsed;
  }
  toOuter(position) {
    if (!this.mapping) return this.anchor;
    return this.parent.toOuter({ line: this.mapping.firstLine + position.line - 1, column: this.mapping.indent + position.column });
  }
  locate(path, part, offsets) {
    const { doc, lineCounter } = this.positioned();
    let inner;
    if (offsets) {
      const a = lineCounter.linePos(offsets[0]);
      const b = lineCounter.linePos(offsets[1]);
      inner = { start: { line: a.line, column: a.col }, end: { line: b.line, column: b.col }, path };
    } else {
      inner = resolveRange(doc, lineCounter, this.text, path, part);
    }
    return { start: this.toOuter(inner.start), end: this.toOuter(inner.end), path: inner.path };
  }
  lineText(line) {
    return this.parent.lineText(line);
  }
};
function blockMapping(text2, headerOffset, lineCounter) {
  const headerEnd = text2.indexOf("\n", headerOffset);
  if (headerEnd === -1) return null;
  for (let lineStart = headerEnd + 1; lineStart < text2.length; ) {
    const newline = text2.indexOf("\n", lineStart);
    const line = text2.slice(lineStart, newline === -1 ? text2.length : newline);
    if (line.trim() !== "") return { firstLine: lineCounter.linePos(headerEnd + 1).line, indent: line.length - line.trimStart().length };
    if (newline === -1) break;
    lineStart = newline + 1;
  }
  return null;
}

// src/codemie/budgets-config.ts
var BUDGETS_CONFIG_KEY = "budgets-config.yaml";
var BUDGET_CATEGORIES = ["platform", "cli", "premium_models"];
function readBudgetsConfig(source, label, at, configMap) {
  const problems = [];
  const { doc } = source.positioned();
  let root = null;
  if (doc && doc.errors.length > 0) {
    const error = doc.errors[0];
    problems.push({ kind: "syntax", message: error.message.split("\n")[0] ?? "invalid YAML", at: { source, path: [], offsets: [error.pos[0], error.pos[1]] } });
  } else if (doc) {
    root = buildTree(doc, source, problems);
  }
  const list = root?.kind === "map" ? root.entries.get("predefined_budgets") : void 0;
  const entries = list?.kind === "seq" ? list.items.flatMap((item, index) => item.kind === "map" ? [budgetEntry(item, index)] : []) : [];
  const config = { label, at, root, problems, entries };
  if (configMap) config.configMap = configMap;
  return config;
}
function budgetEntry(node, index) {
  const scalar = (field) => {
    const child = node.entries.get(field);
    return child?.kind === "scalar" ? child.value : void 0;
  };
  const text2 = (field) => {
    const value = scalar(field);
    return value === void 0 || value === null ? void 0 : String(value);
  };
  const number = (field) => {
    const value = scalar(field);
    const parsed = typeof value === "number" ? value : typeof value === "string" && value.trim() !== "" ? Number(value) : NaN;
    return Number.isFinite(parsed) ? parsed : void 0;
  };
  return {
    index,
    node,
    budgetId: text2("budget_id"),
    category: text2("budget_category"),
    maxBudget: number("max_budget"),
    softBudget: number("soft_budget"),
    duration: text2("budget_duration"),
    at: (field) => node.entries.get(field)?.origin ?? { ...node.origin, part: "value" }
  };
}
function findBudgetsConfigs(values, manifests) {
  const found = [];
  if (values) {
    const visit = (node, key, depth) => {
      if (depth > 50) return;
      if (node.kind === "seq" && key === "extraObjects") {
        for (const item of node.items) {
          const object = item.kind === "map" ? item : item.kind === "scalar" && typeof item.value === "string" ? parseStringItem(item) : void 0;
          if (object) fromValuesConfigMap(object, found);
        }
        return;
      }
      if (node.kind === "map") for (const [childKey, child] of node.entries) visit(child, childKey, depth + 1);
    };
    visit(values.root, void 0, 0);
  }
  for (const object of manifests?.objects ?? []) {
    if (object.identity.kind !== "ConfigMap") continue;
    const data = object.value.data;
    if (!data || typeof data !== "object") continue;
    for (const [key, value] of Object.entries(data)) {
      if (!isBudgetsKey(key) || typeof value !== "string") continue;
      const at = { source: object.source, path: ["data", key] };
      const source = new EmbeddedYamlSource(object.source, ["data", key], value);
      found.push(readBudgetsConfig(source, `ConfigMap ${object.identity.name} (${object.source.file})`, at, { name: object.identity.name, key, at }));
    }
  }
  return found;
}
function isBudgetsKey(key) {
  return key === BUDGETS_CONFIG_KEY || key === "budgets-config.yml";
}
function parseStringItem(item) {
  if (!isParsedSource(item.origin.source)) return void 0;
  const source = new EmbeddedYamlSource(item.origin.source, item.origin.path, item.value);
  const { doc } = source.positioned();
  if (doc.errors.length > 0) return void 0;
  const tree = buildTree(doc, source, []);
  return tree?.kind === "map" ? tree : void 0;
}
function fromValuesConfigMap(object, found) {
  const kind = object.entries.get("kind");
  if (kind?.kind !== "scalar" || kind.value !== "ConfigMap") return;
  const metadata = object.entries.get("metadata");
  const nameNode = metadata?.kind === "map" ? metadata.entries.get("name") : void 0;
  const name = nameNode?.kind === "scalar" ? String(nameNode.value) : "";
  const data = object.entries.get("data");
  if (data?.kind !== "map") return;
  for (const [key, value] of data.entries) {
    if (!isBudgetsKey(key) || value.kind !== "scalar" || typeof value.value !== "string" || !isParsedSource(value.origin.source)) continue;
    const source = new EmbeddedYamlSource(value.origin.source, value.origin.path, value.value);
    const at = { ...value.origin, part: "key" };
    found.push(readBudgetsConfig(source, `ConfigMap ${name} in extraObjects`, at, { name, key, at }));
  }
}

// src/codemie/mounts.ts
var DEFAULT_BUDGETS_DIR = "/app/config/budgets";
function budgetsMounts(mounts, dir) {
  const base = dir.replace(/\/+$/, "");
  return mounts.filter((mount) => mount.mountPath.replace(/\/+$/, "") === base || mount.mountPath === `${base}/${BUDGETS_CONFIG_KEY}`);
}
function checkWiring(configs, mounts, volumes, dir) {
  const issues = [];
  const relevant = budgetsMounts(mounts, dir);
  for (const config of configs) {
    if (!config.configMap) continue;
    const { name, key } = config.configMap;
    const wired = relevant.filter((mount) => volumes.some((volume) => volume.name === mount.name && volume.configMap === name));
    if (wired.length === 0) {
      const budgetMaps = new Set(configs.map((other) => other.configMap?.name));
      const misrouted = relevant.flatMap((mount) => volumes.filter((volume) => volume.name === mount.name && volume.configMap !== void 0 && !budgetMaps.has(volume.configMap)));
      if (misrouted.length > 0) misrouted.forEach((volume) => issues.push({ kind: "volumeOtherConfigMap", volume, config }));
      else issues.push({ kind: "notMounted", config, dir });
    }
    for (const mount of wired) {
      if (mount.mountPath.endsWith(`/${BUDGETS_CONFIG_KEY}`) && mount.subPath !== void 0 && mount.subPath !== key) issues.push({ kind: "subPathMismatch", mount, config });
    }
  }
  for (const mount of relevant) {
    if (!volumes.some((volume) => volume.name === mount.name)) issues.push({ kind: "mountWithoutVolume", mount });
  }
  return issues;
}
function valuesMountsAndVolumes(values) {
  const mounts = [];
  const volumes = [];
  const maps = [values.root, ...[...values.root.entries.values()].filter((child) => child.kind === "map")];
  for (const map of maps) {
    if (map.kind !== "map") continue;
    for (const item of listOf(map.entries.get("extraVolumeMounts"))) {
      const mount = mountOf(item);
      if (mount) mounts.push(mount);
    }
    for (const item of listOf(map.entries.get("extraVolumes"))) {
      const volume = volumeOf(item);
      if (volume) volumes.push(volume);
    }
  }
  return { mounts, volumes };
}
function listOf(node) {
  if (!node) return [];
  if (node.kind === "seq") return node.items;
  if (node.kind !== "scalar" || typeof node.value !== "string" || !isParsedSource(node.origin.source)) return [];
  const source = new EmbeddedYamlSource(node.origin.source, node.origin.path, node.value);
  const { doc } = source.positioned();
  if (doc.errors.length > 0) return [];
  const tree = buildTree(doc, source, []);
  return tree?.kind === "seq" ? tree.items : [];
}
function text(node) {
  return node?.kind === "scalar" && node.value !== null && node.value !== void 0 ? String(node.value) : void 0;
}
function mountOf(item) {
  if (item.kind !== "map") return void 0;
  const name = text(item.entries.get("name"));
  const mountPath = text(item.entries.get("mountPath"));
  if (!name || !mountPath) return void 0;
  return { name, mountPath, subPath: text(item.entries.get("subPath")), at: item.origin, nameAt: item.entries.get("name").origin };
}
function volumeOf(item) {
  if (item.kind !== "map") return void 0;
  const name = text(item.entries.get("name"));
  if (!name) return void 0;
  const configMap = item.entries.get("configMap");
  const configMapName = configMap?.kind === "map" ? configMap.entries.get("name") : void 0;
  return { name, configMap: text(configMapName), at: item.origin, configMapAt: configMapName?.origin ?? item.origin };
}
function manifestMountsAndVolumes(manifests) {
  const workloads = [];
  for (const object of manifests.objects) {
    const specPath = podSpecPath(object.identity.kind);
    if (!specPath) continue;
    let spec = object.value;
    for (const segment of specPath) spec = isRecord2(spec) ? spec[segment] : void 0;
    if (!isRecord2(spec)) continue;
    const source = object.source;
    const mounts = [];
    const volumes = [];
    for (const group of ["initContainers", "containers"]) {
      const containers = spec[group];
      if (!Array.isArray(containers)) continue;
      containers.forEach((container, c) => {
        const list2 = isRecord2(container) ? container.volumeMounts : void 0;
        if (!Array.isArray(list2)) return;
        list2.forEach((mount, m) => {
          if (!isRecord2(mount) || typeof mount.name !== "string" || typeof mount.mountPath !== "string") return;
          const path = [...specPath, group, c, "volumeMounts", m];
          mounts.push({ name: mount.name, mountPath: mount.mountPath, subPath: typeof mount.subPath === "string" ? mount.subPath : void 0, at: { source, path }, nameAt: { source, path: [...path, "name"] } });
        });
      });
    }
    const list = spec.volumes;
    if (Array.isArray(list)) {
      list.forEach((volume, v) => {
        if (!isRecord2(volume) || typeof volume.name !== "string") return;
        const path = [...specPath, "volumes", v];
        const configMap = isRecord2(volume.configMap) && typeof volume.configMap.name === "string" ? volume.configMap.name : void 0;
        volumes.push({ name: volume.name, configMap, at: { source, path }, configMapAt: { source, path: [...path, "configMap", "name"] } });
      });
    }
    workloads.push({ mounts, volumes });
  }
  return workloads;
}

// rules/codemie-budgets-config.ts
var REQUIRED = ["budget_id", "name", "max_budget", "budget_category"];
var codemie_budgets_config_default = defineRule({
  meta: {
    id: "codemie-budgets-config",
    name: "CodemieBudgetsConfig",
    input: "any",
    defaultSeverity: "error",
    description: "CodeMie's budgets-config.yaml is invalid or not mounted where CodeMie reads it",
    details: "CodeMie 2.23 and later take end-user budgets from budgets-config.yaml (predefined_budgets, categories platform, cli and premium_models), validated at start-up: a missing name, max_budget or budget_category crashes the API pod, an unknown category fails reconciliation, and the first platform entry is every user's default budget. The file usually ships as a ConfigMap in extraObjects and must be mounted at /app/config/budgets; a mount without a volume, or a volume of another ConfigMap, keeps the pod from starting or silently leaves the built-in budgets in place.",
    remediation: "Give every budget a budget_id, name, max_budget above 0 and a known budget_category with exactly one platform entry, and mount the ConfigMap's budgets-config.yaml key at /app/config/budgets/budgets-config.yaml.",
    example: "extraVolumeMounts: |\n  - {name: codemie-budgets-config, mountPath: /app/config/budgets/budgets-config.yaml, subPath: budgets-config.yaml}\nextraVolumes: |\n  - {name: codemie-budgets-config, configMap: {name: codemie-budgets-config}}\nextraObjects:\n  - apiVersion: v1\n    kind: ConfigMap\n    metadata: {name: codemie-budgets-config}\n    data:\n      budgets-config.yaml: |\n        predefined_budgets:\n          - {budget_id: default, name: Default, soft_budget: 80.0, max_budget: 120.0, budget_duration: 30d, budget_category: platform}",
    tags: ["correctness", "codemie", "budget"],
    messages: {
      syntax: "budgets-config.yaml does not parse: {{message}}",
      noList: "budgets-config.yaml has no predefined_budgets list, so CodeMie has no platform budget",
      missingField: "budget {{entry}} has no {{field}}; CodeMie fails to start",
      badCategory: 'budget {{entry}} has budget_category "{{category}}"; CodeMie knows platform, cli and premium_models, and reconciliation fails on anything else',
      maxNotPositive: "budget {{entry}} has max_budget {{value}}; it must be above 0",
      softNegative: "budget {{entry}} has soft_budget {{value}}; it must be 0 or more",
      softAboveMax: "budget {{entry}} has soft_budget {{soft}} above max_budget {{max}}",
      badDuration: 'budget {{entry}} has budget_duration "{{value}}"; CodeMie accepts a number with d, h or m, like 30d',
      duplicateId: 'budget_id "{{id}}" is defined again; reconciliation writes both entries to the same LiteLLM budget',
      noPlatform: "budgets-config.yaml has no platform budget, so end users get the empty budget id",
      extraPlatform: 'platform budget "{{id}}" is ignored: CodeMie uses the first platform entry, "{{first}}"',
      notMounted: "the ConfigMap {{configMap}} holds budgets-config.yaml but no volume mounts it at {{dir}}; CodeMie keeps its built-in budgets",
      mountWithoutVolume: 'volumeMount "{{name}}" at {{path}} names no volume; the pod does not start',
      volumeOtherConfigMap: "volume {{volume}} mounts ConfigMap {{actual}} at the budgets directory, but budgets-config.yaml is in ConfigMap {{expected}}",
      subPathMismatch: 'the budgets mount reads key "{{subPath}}" of ConfigMap {{configMap}}, which holds the file under "{{key}}"'
    }
  },
  appliesTo: (model) => model.codemie.active && model.codemie.budgetsConfigs.length > 0,
  check(context) {
    const { model } = context;
    const configs = model.codemie.budgetsConfigs;
    for (const config of configs) checkContent(config, context);
    const dir = model.facts.scopes.map((scope) => scope.vars.get("BUDGETS_CONFIG_DIR")?.value).find((value) => value) ?? DEFAULT_BUDGETS_DIR;
    const fromValues = configs.filter((config) => config.configMap && config.at.source.kind !== "manifest");
    if (model.values && fromValues.length > 0) {
      const { mounts, volumes } = valuesMountsAndVolumes(model.values);
      for (const issue of checkWiring(fromValues, mounts, volumes, dir)) reportWiring(issue, context);
    }
    const fromManifests = configs.filter((config) => config.configMap && config.at.source.kind === "manifest");
    const workloads = fromManifests.length > 0 && model.manifests ? manifestMountsAndVolumes(model.manifests) : [];
    if (workloads.length > 0) {
      const mounted = /* @__PURE__ */ new Set();
      const issues = workloads.flatMap(({ mounts, volumes }) => {
        const found = checkWiring(fromManifests, mounts, volumes, dir);
        for (const config of fromManifests) if (!found.some((issue) => "config" in issue && issue.config === config && issue.kind !== "subPathMismatch")) mounted.add(config);
        return found;
      });
      const reported = /* @__PURE__ */ new Set();
      for (const issue of issues) {
        if ("config" in issue && issue.kind !== "subPathMismatch") {
          if (mounted.has(issue.config) || issue.kind === "notMounted" && reported.has(issue.config)) continue;
          reported.add(issue.config);
        }
        reportWiring(issue, context);
      }
    }
  }
});
function checkContent(config, { report }) {
  for (const problem of config.problems) {
    if (problem.kind === "syntax") report({ messageId: "syntax", data: { message: problem.message }, at: problem.at });
  }
  if (config.problems.some((problem) => problem.kind === "syntax")) return;
  const list = config.root?.kind === "map" ? config.root.entries.get("predefined_budgets") : void 0;
  if (list?.kind !== "seq") {
    report({ messageId: "noList", at: config.root?.origin ?? config.at });
    return;
  }
  const seen = /* @__PURE__ */ new Map();
  let firstPlatform;
  for (const entry of config.entries) {
    const label = entry.budgetId !== void 0 ? `"${entry.budgetId}"` : `#${entry.index + 1}`;
    for (const field of REQUIRED) {
      if (!entry.node.entries.has(field) || field === "max_budget" && entry.maxBudget === void 0) {
        report({ messageId: "missingField", data: { entry: label, field }, at: entry.at(field) });
      }
    }
    if (entry.category !== void 0 && !BUDGET_CATEGORIES.includes(entry.category)) {
      report({ messageId: "badCategory", data: { entry: label, category: entry.category }, at: entry.at("budget_category") });
    }
    if (entry.maxBudget !== void 0 && entry.maxBudget <= 0) report({ messageId: "maxNotPositive", data: { entry: label, value: entry.maxBudget }, at: entry.at("max_budget") });
    if (entry.softBudget !== void 0 && entry.softBudget < 0) report({ messageId: "softNegative", data: { entry: label, value: entry.softBudget }, at: entry.at("soft_budget") });
    if (entry.softBudget !== void 0 && entry.maxBudget !== void 0 && entry.softBudget > entry.maxBudget) {
      report({ messageId: "softAboveMax", data: { entry: label, soft: entry.softBudget, max: entry.maxBudget }, at: entry.at("soft_budget") });
    }
    if (entry.duration !== void 0 && !/^\d+[dhm]$/.test(entry.duration)) report({ messageId: "badDuration", data: { entry: label, value: entry.duration }, at: entry.at("budget_duration") });
    if (entry.budgetId !== void 0) {
      if (seen.has(entry.budgetId)) report({ messageId: "duplicateId", data: { id: entry.budgetId }, at: entry.at("budget_id"), related: [config.entries[seen.get(entry.budgetId)].at("budget_id")] });
      else seen.set(entry.budgetId, entry.index);
    }
    if (entry.category === "platform") {
      if (firstPlatform === void 0) firstPlatform = entry.budgetId ?? label;
      else report({ messageId: "extraPlatform", data: { id: entry.budgetId ?? label, first: firstPlatform }, at: entry.at("budget_category") });
    }
  }
  if (firstPlatform === void 0) report({ messageId: "noPlatform", at: list.origin });
}
function reportWiring(issue, { report }) {
  switch (issue.kind) {
    case "notMounted":
      report({ messageId: "notMounted", data: { configMap: issue.config.configMap.name, dir: issue.dir }, at: issue.config.configMap.at });
      break;
    case "mountWithoutVolume":
      report({ messageId: "mountWithoutVolume", data: { name: issue.mount.name, path: issue.mount.mountPath }, at: issue.mount.nameAt });
      break;
    case "volumeOtherConfigMap":
      report({ messageId: "volumeOtherConfigMap", data: { volume: issue.volume.name, actual: issue.volume.configMap ?? "", expected: issue.config.configMap.name }, at: issue.volume.configMapAt, related: [issue.config.configMap.at] });
      break;
    case "subPathMismatch":
      report({ messageId: "subPathMismatch", data: { subPath: issue.mount.subPath ?? "", configMap: issue.config.configMap.name, key: issue.config.configMap.key }, at: issue.mount.at });
      break;
  }
}

// src/codemie/profile.ts
var CHART_MARKERS = ["dsPool", "proxyPool", "argoRollout", "ingressSwagger", "ingressWebHooks"];
var CODEMIE_ENV = /* @__PURE__ */ new Set(["LLM_PROXY_ENABLED", "LLM_PROXY_MODE", "LITE_LLM_URL", "LITE_LLM_APP_KEY", "LITE_LLM_MASTER_KEY"]);
function detectCodemie(setting, values, manifests, envLists, budgetsConfigs) {
  const version = valuesVersion(values) ?? manifestVersion(manifests);
  const active = setting === "on" || setting === "auto" && (budgetsConfigs.length > 0 || looksLikeChart(values?.root) || envLists.some((list) => list.entries.some((entry) => CODEMIE_ENV.has(entry.name))) || (manifests?.objects.some((object) => imagesOf(object.value).some((image) => /codemie/i.test(image))) ?? false));
  return { active, version, budgetsConfigs };
}
function looksLikeChart(root) {
  if (root?.kind !== "map") return false;
  const maps = [root, ...[...root.entries.values()].filter((child) => child.kind === "map")];
  return maps.some((map) => map.kind === "map" && (map.entries.has("extraEnv") || map.entries.has("customEnv")) && CHART_MARKERS.some((key) => map.entries.has(key)));
}
function parseVersion(text2, at) {
  const match = /^v?(\d+)\.(\d+)(?:\.(\d+))?/.exec(text2.trim());
  if (!match) return void 0;
  return { major: Number(match[1]), minor: Number(match[2]), patch: Number(match[3] ?? 0), text: text2.trim(), at };
}
function valuesVersion(values) {
  const root = values?.root;
  if (!root) return void 0;
  const candidates = [root, ...[...root.entries.entries()].filter(([key]) => /codemie/i.test(key)).map(([, child]) => child)];
  for (const map of candidates) {
    const image = map.kind === "map" ? map.entries.get("image") : void 0;
    const tag = image?.kind === "map" ? image.entries.get("tag") : void 0;
    if (tag?.kind === "scalar" && tag.value !== null && String(tag.value) !== "") {
      const version = parseVersion(String(tag.value), tag.origin);
      if (version) return version;
    }
  }
  return void 0;
}
function imagesOf(object) {
  const images = [];
  const visit = (value, depth) => {
    if (depth > 12) return;
    if (Array.isArray(value)) value.forEach((item) => visit(item, depth + 1));
    else if (isRecord2(value)) {
      if (typeof value.image === "string") images.push(value.image);
      for (const [key, child] of Object.entries(value)) if (key === "spec" || key === "template" || key === "jobTemplate" || key === "containers") visit(child, depth + 1);
    }
  };
  visit(object, 0);
  return images;
}
function manifestVersion(manifests) {
  for (const object of manifests?.objects ?? []) {
    for (const image of imagesOf(object.value)) {
      const match = /codemie[^:/]*:([^@]+)$/i.exec(image);
      const version = match ? parseVersion(match[1], null) : void 0;
      if (version) return version;
    }
  }
  return void 0;
}
function atLeast(version, major, minor) {
  return version.major > major || version.major === major && version.minor >= minor;
}

// rules/codemie-ignored-env.ts
var BUDGETS_FILE = "the platform entry of budgets-config.yaml";
var RETIRED = {
  LITELLM_BUDGET_ID: { since: [2, 23], instead: BUDGETS_FILE },
  DEFAULT_BUDGET_ID: { since: [2, 23], instead: BUDGETS_FILE },
  DEFAULT_SOFT_BUDGET_LIMIT: { since: [2, 23], instead: "soft_budget of the platform entry in budgets-config.yaml" },
  DEFAULT_HARD_BUDGET_LIMIT: { since: [2, 23], instead: "max_budget of the platform entry in budgets-config.yaml" },
  DEFAULT_BUDGET_DURATION: { since: [2, 23], instead: "budget_duration of the platform entry in budgets-config.yaml" },
  LITELLM_PREMIUM_MODELS_BUDGET_NAME: { since: [2, 23], instead: "a premium_models entry in budgets-config.yaml" },
  LITELLM_CLI_BUDGET_NAME: { since: [2, 23], instead: "a cli entry in budgets-config.yaml" },
  LLM_PROXY_BUDGET_SYNC_ENABLED: { since: [2, 23], instead: "LLM_PROXY_BUDGET_RECONCILIATION_ENABLED" },
  LLM_PROXY_BUDGET_BACKFILL_ENABLED: { since: [2, 23], instead: "LLM_PROXY_BUDGET_RECONCILIATION_ENABLED" },
  LITELLM_MAX_RETRIES: { since: null, instead: "the API always retries 3 times" }
};
var codemie_ignored_env_default = defineRule({
  meta: {
    id: "codemie-ignored-env",
    name: "CodemieIgnoredEnv",
    input: "any",
    defaultSeverity: "note",
    description: "A CodeMie env variable that the CodeMie version in use does not read",
    details: "CodeMie's settings ignore unknown variables silently. Since 2.23 the end-user budget comes from budgets-config.yaml, so LITELLM_BUDGET_ID, DEFAULT_BUDGET_ID and the DEFAULT_*_BUDGET_* family change nothing, and the budget SYNC/BACKFILL switches were replaced by LLM_PROXY_BUDGET_RECONCILIATION_ENABLED. The version is read from image.tag (values) or the container image (manifests); when it is unknown the finding says the variable may be ignored.",
    remediation: "Move the setting to its replacement named in the message and delete the variable.",
    example: "# CodeMie 2.42: the budget id comes from budgets-config.yaml\npredefined_budgets:\n  - {budget_id: prod-budget, name: Production, max_budget: 120, budget_category: platform}",
    tags: ["correctness", "codemie"],
    messages: {
      ignored: "{{name}} is not read by CodeMie {{version}} (ignored since {{since}}); use {{instead}}",
      neverRead: "{{name}} is not read by any public CodeMie version: {{instead}}",
      maybeIgnored: "{{name}} may be ignored: CodeMie {{since}} and later do not read it (image.tag names no version); use {{instead}}"
    }
  },
  appliesTo: (model) => model.codemie.active,
  check({ model, report }) {
    const version = model.codemie.version;
    for (const list of model.facts.envLists) {
      for (const entry of list.entries) {
        const retired = RETIRED[entry.name];
        if (!retired) continue;
        const at = { ...entry.at, part: "value" };
        if (retired.since === null) {
          report({ messageId: "neverRead", data: { name: entry.name, instead: retired.instead }, at });
          continue;
        }
        const since = `${retired.since[0]}.${retired.since[1]}`;
        if (!version) report({ messageId: "maybeIgnored", data: { name: entry.name, since, instead: retired.instead }, at });
        else if (atLeast(version, ...retired.since)) report({ messageId: "ignored", data: { name: entry.name, version: version.text, since, instead: retired.instead }, at });
      }
    }
  }
});

// rules/duplicate-key.ts
var duplicate_key_default = defineRule({
  meta: {
    id: "duplicate-key",
    name: "DuplicateKey",
    input: "any",
    defaultSeverity: "warning",
    description: "A mapping key is repeated in one YAML map",
    details: "Helm's YAML reader silently keeps the last of two equal keys in one map, so the first value is dead text that reviewers still read as configuration. A duplicated `extraEnv` or `image` key usually means a merge went wrong.",
    remediation: "Keep one occurrence of the key and merge the two values into it.",
    example: "# wrong\nimage:\n  tag: 2.40.0\nimage:\n  tag: 2.42.0\n# right\nimage:\n  tag: 2.42.0",
    tags: ["correctness", "yaml"],
    messages: {
      duplicate: 'key "{{key}}" is repeated in this map; Helm keeps only the last occurrence (line {{winnerLine}})'
    }
  },
  check({ model, report }) {
    for (const problem of model.problems) {
      if (problem.kind !== "duplicate-key") continue;
      const earlier = problem.related?.[0];
      if (!earlier) continue;
      const winnerLine = problem.at.source.locate(problem.at.path, "key", problem.at.offsets).start.line;
      report({ messageId: "duplicate", data: { key: problem.message, winnerLine }, at: earlier, related: [problem.at] });
    }
  }
});

// rules/env-duplicate.ts
var env_duplicate_default = defineRule({
  meta: {
    id: "env-duplicate",
    name: "EnvDuplicate",
    input: "any",
    defaultSeverity: "warning",
    description: "An environment variable is defined twice in one env list",
    details: `Kubernetes keeps the last definition of a name in a container's env list, and CodeMie's chart merges its env lists by name with the same rule. The earlier entry has no effect, yet it reads like configuration: the production CodeMie values set TRIGGER_ENGINE_ENABLED to "false" and, eighteen lines later, to "true".`,
    remediation: "Delete the entry that loses, or move the intended value into a single entry.",
    example: '# wrong\nextraEnv:\n  - {name: TRIGGER_ENGINE_ENABLED, value: "false"}\n  - {name: TRIGGER_ENGINE_ENABLED, value: "true"}\n# right\nextraEnv:\n  - {name: TRIGGER_ENGINE_ENABLED, value: "true"}',
    tags: ["correctness", "kubernetes"],
    messages: {
      duplicate: "{{name}} is defined again at line {{winnerLine}}; that later entry wins{{change}}"
    }
  },
  check({ model, report }) {
    for (const list of model.facts.envLists) {
      const last = /* @__PURE__ */ new Map();
      list.entries.forEach((entry, index) => last.set(entry.name, index));
      list.entries.forEach((entry, index) => {
        const winnerIndex = last.get(entry.name);
        if (winnerIndex === index) return;
        const winner = list.entries[winnerIndex];
        const winnerLine = winner.at.source.locate(winner.at.path, "value").start.line;
        const change = describeChange(entry.name, entry.value, winner.value);
        report({ messageId: "duplicate", data: { name: entry.name, winnerLine, change }, at: { ...entry.at, part: "value" }, related: [winner.at] });
      });
    }
  }
});
function describeChange(name, loser, winner) {
  const before = quotable(name, loser);
  const after = quotable(name, winner);
  return before !== void 0 && after !== void 0 && before !== after ? ` ("${after}" replaces "${before}")` : "";
}

// rules/env-value-type.ts
var env_value_type_default = defineRule({
  meta: {
    id: "env-value-type",
    name: "EnvValueType",
    input: "any",
    defaultSeverity: "error",
    description: "An env entry's value is not a string",
    details: "Kubernetes' EnvVar.value is a string. An unquoted `true`, `4000` or `yes` (a boolean in Helm's YAML 1.1 reader) is rendered as a number or boolean, and the API server rejects the whole workload, so the release fails to install or upgrade.",
    remediation: "Quote the value so that YAML reads it as a string.",
    example: '# wrong\nextraEnv:\n  - {name: LLM_PROXY_ENABLED, value: true}\n# right\nextraEnv:\n  - {name: LLM_PROXY_ENABLED, value: "true"}',
    tags: ["correctness", "kubernetes"],
    messages: {
      notString: "value of {{name}} is {{type}}, not a string; Kubernetes rejects the workload"
    }
  },
  check({ model, report }) {
    for (const list of model.facts.envLists) {
      if (list.style !== "list") continue;
      for (const entry of list.entries) {
        const { value } = entry;
        if (value === void 0 || value === null || typeof value === "string") continue;
        const type = describe(value, mayBeSecretName(entry.name));
        report({ messageId: "notString", data: { name: entry.name, type }, at: entry.valueAt });
      }
    }
  }
});
function describe(value, secret) {
  if (typeof value === "boolean") return secret ? "a boolean" : `the boolean ${value}`;
  if (typeof value === "number" || typeof value === "bigint") return secret ? "a number" : `the number ${value}`;
  if (value instanceof Date) return "a date (YAML 1.1 reads an unquoted date as a timestamp)";
  if (Array.isArray(value)) return "a list";
  return typeof value === "object" ? "a map" : `a ${typeof value}`;
}

// src/chart/helm-errors.ts
var VALUES_PARSE = /^failed to parse (.+?): (?:error converting YAML to JSON: )?(?:yaml: )?line (\d+): (.+)$/;
var SCHEMA_HEAD = /^values don't meet the specifications of the schema\(s\) in the following chart\(s\):/;
var TEMPLATE_EXEC = /^template: ([^:\s]+):(\d+):(\d+): (.+)$/;
var EXECUTION_ERROR = /^execution error at \(([^:\s]+):(\d+):(\d+)\): (.+)$/;
var PARSE_ERROR = /^parse error at \(([^:\s]+):(\d+)\): (.+)$/;
var YAML_PARSE = /^YAML parse error on ([^:\s]+): (?:error converting YAML to JSON: )?(?:yaml: )?(?:line (\d+): )?(.+)$/;
var VALUES_REF = /<\$?\.Values((?:\.[\w-]+)+)>/;
function parseHelmError(stderr) {
  const lines = stderr.split(/\r?\n/).map((line) => line.trimEnd()).filter((line) => line.trim() !== "" && !/^(WARNING|walk\.go|Use --debug)/.test(line.trim()));
  const problems = [];
  let schemaChart;
  let inSchema = false;
  for (const raw of lines) {
    const line = raw.replace(/^Error: /, "").trim();
    if (SCHEMA_HEAD.test(line)) {
      inSchema = true;
      continue;
    }
    if (inSchema) {
      const item = /^- (.+)$/.exec(line);
      if (item) {
        problems.push({ kind: "schema", chart: schemaChart ?? "", ...schemaItem(item[1]) });
        continue;
      }
      const chart = /^([\w.-]+):$/.exec(line);
      if (chart) {
        schemaChart = chart[1];
        continue;
      }
      inSchema = false;
    }
    let match = VALUES_PARSE.exec(line);
    if (match) {
      problems.push({ kind: "values-parse", file: match[1], line: Number(match[2]), detail: match[3] });
      continue;
    }
    match = TEMPLATE_EXEC.exec(line);
    if (match) {
      const detail = match[4];
      const ref = VALUES_REF.exec(detail);
      const problem = { kind: "template", template: match[1], line: Number(match[2]), column: Number(match[3]), detail: shortDetail(detail) };
      if (ref) problem.valuesPath = ref[1].slice(1).split(".");
      problems.push(problem);
      continue;
    }
    match = EXECUTION_ERROR.exec(line);
    if (match) {
      problems.push({ kind: "template", template: match[1], line: Number(match[2]), column: Number(match[3]), detail: match[4] });
      continue;
    }
    match = PARSE_ERROR.exec(line);
    if (match) {
      problems.push({ kind: "template", template: match[1], line: Number(match[2]), column: 1, detail: match[3] });
      continue;
    }
    match = YAML_PARSE.exec(line);
    if (match) {
      problems.push({ kind: "template", template: match[1], line: 1, column: 1, detail: `the rendered YAML is invalid${match[2] ? ` at line ${match[2]} of the output` : ""}: ${match[3]}` });
      continue;
    }
    problems.push({ kind: "other", detail: line });
  }
  const known = problems.filter((problem) => problem.kind !== "other");
  if (known.length > 0) return known;
  return problems.slice(0, 1);
}
function shortDetail(detail) {
  const at = /^executing "[^"]*" at <[^>]*>: (.+)$/.exec(detail);
  return at ? at[1] : detail;
}
function schemaItem(text2) {
  const pointer = /^at '([^']*)': (.+)$/.exec(text2);
  if (pointer) {
    const path = pointer[1].split("/").slice(1).map((segment) => segment.replace(/~1/g, "/").replace(/~0/g, "~"));
    return { path: path.map(numeric), detail: pointer[2] };
  }
  const dotted = /^([^:]+): (.+)$/.exec(text2);
  if (!dotted) return { path: [], detail: text2 };
  const field = dotted[1].trim();
  return { path: field === "(root)" ? [] : field.split(".").map(numeric), detail: dotted[2] };
}
function numeric(segment) {
  return /^\d+$/.test(segment) ? Number(segment) : segment;
}

// src/inputs/values.ts
var import_yaml5 = __toESM(require_dist(), 1);
var YamlFileSource = class {
  kind;
  file;
  text;
  lineCounter;
  documents;
  lines;
  constructor(input, kind = "values") {
    this.kind = kind;
    this.file = input.name;
    this.text = input.text;
    this.lines = new LineTable(input.text);
    this.lineCounter = new LineIndex(input.text);
    this.documents = (0, import_yaml5.parseAllDocuments)(input.text, {
      // Helm reads values with a YAML 1.1 parser (`yes` and `on` are booleans); our config is YAML 1.2.
      version: kind === "values" ? "1.1" : "1.2",
      uniqueKeys: false,
      prettyErrors: false,
      keepSourceTokens: false
    });
  }
  get document() {
    return this.documents[0];
  }
  positioned() {
    return { doc: this.document, lineCounter: this.lineCounter };
  }
  toOuter(position) {
    return position;
  }
  locate(path, part, offsets) {
    if (offsets) return this.rangeOfOffsets(offsets, path);
    const doc = this.document;
    if (!doc) return this.rangeOfOffsets([0, 0], []);
    return resolveRange(doc, this.lineCounter, this.text, path, part);
  }
  rangeOfOffsets([start, end], path) {
    while (end > start && /\s/.test(this.text[end - 1] ?? "")) end--;
    const a = this.lineCounter.linePos(start);
    const b = this.lineCounter.linePos(end);
    return { start: { line: a.line, column: a.col }, end: { line: b.line, column: b.col }, path };
  }
  lineText(line) {
    return this.lines.get(line);
  }
};
var SetSource = class {
  kind = "set";
  file;
  input;
  assignments;
  constructor(input, assignments) {
    this.file = input.flag;
    this.input = input;
    this.assignments = assignments;
  }
  /** Line = which flag (1-based occurrence), columns = the assignment inside the argument. */
  locate(path, part) {
    const line = this.input.index + 1;
    let best;
    for (const assignment of this.assignments) {
      if (isPrefix(assignment.path, path) || isPrefix(path, assignment.path)) best = assignment;
    }
    if (!best) return { start: { line, column: 1 }, end: { line, column: this.input.arg.length + 1 }, path: [] };
    const [from, to] = part === "value" ? [best.valueStart, best.valueEnd] : [best.start, best.end];
    return { start: { line, column: from + 1 }, end: { line, column: to + 1 }, path };
  }
  /** The argument itself: columns count inside it. */
  lineText() {
    return this.input.arg;
  }
};
function isPrefix(prefix, path) {
  if (prefix.length > path.length) return false;
  return prefix.every((segment, i) => segment === path[i]);
}
function loadValues(files, sets, limits) {
  const problems = [];
  const sources = files.map((input) => new YamlFileSource(input));
  let root = emptyMap({ source: sources[0] ?? nullSource, path: [] });
  for (const source of sources) {
    const layer = parseLayer(source, problems, limits);
    if (layer) root = mergeMaps(root, layer);
  }
  const setSources = sets.map((input) => new SetSource(input, parseSetArgument(input.arg, input.flag, input.index)));
  const ordered = [...setSources].sort((a, b) => Number(a.input.flag === "--set-string") - Number(b.input.flag === "--set-string"));
  applySetAssignments(toJS(root), ordered.flatMap((source) => source.assignments));
  for (const source of ordered) {
    for (const assignment of source.assignments) {
      if (assignment.value === void 0 || assignment.path.includes("")) continue;
      applyAssignment(root, assignment, source);
    }
  }
  return { files: sources, sets: setSources, root, problems };
}
function parseLayer(source, problems, limits) {
  const [doc, ...rest] = source.documents;
  if (!doc) return null;
  const errors = doc.errors;
  if (errors.length > 0) {
    for (const error of errors) {
      problems.push({ kind: "syntax", message: error.message.split("\n")[0] ?? "invalid YAML", at: { source, path: [], offsets: [error.pos[0], error.pos[1]] } });
    }
    return null;
  }
  for (const extra of rest) {
    if (extra.contents === null || (0, import_yaml5.isScalar)(extra.contents) && extra.contents.value === null) continue;
    const start = extra.range?.[0] ?? 0;
    problems.push({
      kind: "syntax",
      message: "a values file holds one YAML document; Helm reads only the first and ignores this one",
      at: { source, path: [], offsets: [start, start] }
    });
    break;
  }
  const tree = buildTree(doc, source, problems, limits);
  if (tree === null || tree.kind === "scalar" && tree.value === null) return null;
  if (tree.kind !== "map") {
    problems.push({ kind: "syntax", message: `a values file must be a map of keys, not a ${tree.kind === "seq" ? "list" : "scalar"}`, at: { source, path: [] } });
    return null;
  }
  return tree;
}
function emptyMap(origin) {
  return { kind: "map", entries: /* @__PURE__ */ new Map(), origin };
}
function isNull(node) {
  return node.kind === "scalar" && node.value === null;
}
function mergeMaps(base, over) {
  const entries = new Map(base.entries);
  for (const [key, value] of over.entries) {
    if (isNull(value)) {
      entries.delete(key);
      continue;
    }
    const previous = entries.get(key);
    entries.set(key, previous?.kind === "map" && value.kind === "map" ? mergeMaps(previous, value) : value);
  }
  return { kind: "map", entries, origin: base.entries.size > 0 ? base.origin : over.origin };
}
function applyAssignment(root, assignment, source) {
  const { path } = assignment;
  let container = root;
  for (let i = 0; i < path.length; i++) {
    const segment = path[i];
    const last = i === path.length - 1;
    const origin = { source, path: path.slice(0, i + 1) };
    const wantSeq = typeof path[i + 1] === "number";
    if (container.kind === "map") {
      const key = String(segment);
      if (last) {
        if (assignment.value === null) container.entries.delete(key);
        else container.entries.set(key, setValueNode(assignment, source));
        return;
      }
      const child = writableChild(container.entries.get(key), wantSeq, origin);
      container.entries.set(key, child);
      container = child;
    } else if (container.kind === "seq" && typeof segment === "number") {
      while (container.items.length <= segment) container.items.push({ kind: "scalar", value: null, quoted: false, origin });
      if (last) {
        container.items[segment] = setValueNode(assignment, source);
        return;
      }
      const child = writableChild(container.items[segment], wantSeq, origin);
      container.items[segment] = child;
      container = child;
    } else {
      return;
    }
  }
}
function writableChild(child, wantSeq, origin) {
  if (wantSeq) return child?.kind === "seq" ? { ...child, items: [...child.items] } : { kind: "seq", items: [], origin };
  return child?.kind === "map" ? { ...child, entries: new Map(child.entries) } : emptyMap(origin);
}
function setValueNode(assignment, source) {
  const origin = { source, path: assignment.path };
  const quoted = assignment.flag === "--set-string";
  if (Array.isArray(assignment.value)) {
    return { kind: "seq", items: assignment.value.map((value) => ({ kind: "scalar", value, quoted, origin })), origin };
  }
  return { kind: "scalar", value: assignment.value, quoted, origin };
}
var nullSource = {
  kind: "values",
  file: "<none>",
  locate: () => ({ start: { line: 1, column: 1 }, end: { line: 1, column: 1 }, path: [] }),
  lineText: () => void 0
};

// src/chart/model.ts
function buildChartModel(input, values, sets, limits) {
  const layers = input.values ? [input.values, ...values] : values;
  const coalesced = loadValues(layers, sets, limits);
  const defaults = input.values ? coalesced.files[0] ?? null : null;
  const defaultsTree = defaults ? treeOf(defaults, limits) : null;
  const userFiles = input.values ? coalesced.files.slice(1) : coalesced.files;
  const userLayers = [
    ...userFiles.map((source) => ({ source, tree: treeOf(source, limits), paths: [] })),
    ...[...coalesced.sets].sort((a, b) => Number(a.input.flag === "--set-string") - Number(b.input.flag === "--set-string")).map((source) => ({ source, tree: null, paths: source.assignments.filter((a) => !a.path.includes("")).map((a) => a.path) }))
  ];
  const schema = input.schema ? new YamlFileSource(input.schema, "config") : null;
  const templates = new Map((input.templates ?? []).map((template) => [template.helmPath, new TextFileSource(template.input)]));
  return { input, defaults, defaultsTree, coalesced, userLayers, schema, templates };
}
function treeOf(source, limits) {
  const doc = source.document;
  if (!doc || doc.errors.length > 0) return null;
  const tree = buildTree(doc, source, [], limits);
  return tree?.kind === "map" ? tree : null;
}
function lastLayerWriting(chart, path) {
  for (let i = chart.userLayers.length - 1; i >= 0; i--) {
    const layer = chart.userLayers[i];
    if (layer.source instanceof YamlFileSource) {
      const doc2 = layer.source.document;
      if (doc2 && doc2.errors.length === 0 && walk(doc2, path).path.length === path.length) return { source: layer.source, path };
    } else if (layer.paths.some((written) => startsWith(written, path))) {
      return { source: layer.source, path };
    }
  }
  const doc = chart.defaults?.document;
  if (chart.defaults && doc && walk(doc, path).path.length === path.length) return { source: chart.defaults, path };
  return void 0;
}
function startsWith(path, prefix) {
  return prefix.length <= path.length && prefix.every((segment, i) => String(segment) === String(path[i]));
}
var TextFileSource = class {
  kind = "config";
  file;
  text;
  lines;
  starts;
  constructor(input) {
    this.file = input.name;
    this.text = input.text;
    this.lines = new LineTable(input.text);
  }
  /** Offsets of a 1-based line and column, to the end of that line. */
  offsetsAt(line, column) {
    this.starts ??= lineStarts(this.text);
    const start = this.starts[line - 1];
    if (start === void 0) return [this.text.length, this.text.length];
    const next = this.starts[line] ?? this.text.length + 1;
    const end = Math.max(start, next - 1);
    return [Math.min(start + Math.max(column - 1, 0), end), end];
  }
  locate(path, _part, offsets) {
    this.starts ??= lineStarts(this.text);
    const [from, to] = offsets ?? [0, 0];
    return { start: this.position(from), end: this.position(to), path };
  }
  position(offset) {
    const starts = this.starts;
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = low + high + 1 >> 1;
      if (starts[mid] <= offset) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, column: offset - starts[low] + 1 };
  }
  lineText(line) {
    return this.lines.get(line);
  }
};
function lineStarts(text2) {
  const starts = [0];
  for (let i = 0; i < text2.length; i++) if (text2.charCodeAt(i) === 10) starts.push(i + 1);
  return starts;
}

// src/chart/schema.ts
var compiled = /* @__PURE__ */ new Map();
async function ajvClass(dialect) {
  const load = async (module) => {
    const loaded = await module;
    const candidate = loaded.default;
    return candidate.default ?? candidate;
  };
  if (dialect.includes("2020-12")) return load(import("./2020-IZ7TVKWG.js"));
  if (dialect.includes("2019-09")) return load(import("./2019-XOCJIBBT.js"));
  return load(import("./ajv-XXTIXXYZ.js"));
}
async function validateChartValues(chart) {
  const source = chart.schema;
  if (!source) return { ok: true, errors: [] };
  let schema;
  try {
    schema = JSON.parse(source.text);
  } catch (error) {
    const offset = /position (\d+)/.exec(error.message)?.[1];
    const at = offset === void 0 ? void 0 : [Number(offset), Number(offset) + 1];
    return { ok: false, reason: `it is not JSON (${error.message.split("\n")[0]})`, ...at ? { at } : {} };
  }
  if (typeof schema !== "object" || schema === null || Array.isArray(schema)) return { ok: false, reason: "it is not a JSON object" };
  let validate = compiled.get(source.text);
  if (!validate) {
    const { $schema, ...rest } = schema;
    try {
      const Ajv = await ajvClass(typeof $schema === "string" ? $schema : "");
      validate = new Ajv({ allErrors: true, strict: false, validateFormats: false, logger: false, validateSchema: false }).compile(rest);
    } catch (error) {
      validate = error;
    }
    compiled.set(source.text, validate);
  }
  if (validate instanceof Error) return { ok: false, reason: `Ajv cannot compile it: ${validate.message.split("\n")[0]}` };
  const root = chart.coalesced.root;
  const data = toJS(root) ?? {};
  if (validate(data)) return { ok: true, errors: [] };
  const errors = [];
  for (const error of validate.errors ?? []) errors.push(toSchemaError(chart, root, error));
  return { ok: true, errors };
}
function toSchemaError(chart, root, error) {
  const path = pointerToPath(error.instancePath, root);
  const schemaAt = schemaRef(chart, error.schemaPath);
  const base = schemaAt ? { schemaAt } : {};
  if (error.keyword === "required") {
    const key = String(error.params.missingProperty ?? "");
    return { kind: "required", path, key, problem: error.message ?? "is required", at: parentKeyRef(chart, path), ...base };
  }
  if (error.keyword === "additionalProperties" || error.keyword === "unevaluatedProperties") {
    const key = String(error.params.additionalProperty ?? error.params.unevaluatedProperty ?? "");
    const node2 = childAt(nodeAt(root, path), key);
    const at = node2 ? { ...node2.origin, part: "key" } : parentKeyRef(chart, path);
    return { kind: "additional", path, key, problem: error.message ?? "must not have additional properties", at, ...base };
  }
  let problem = error.message ?? `fails "${error.keyword}"`;
  if (error.keyword === "enum" && Array.isArray(error.params.allowedValues)) problem += `: ${error.params.allowedValues.map((value) => JSON.stringify(value)).join(", ")}`;
  if (error.keyword === "type") problem += `, not ${typeName(toJS(nodeAt(root, path)))}`;
  const node = nodeAt(root, path);
  return { kind: "invalid", path, problem, at: node ? node.origin : parentKeyRef(chart, path), ...base };
}
function typeName(value) {
  if (value === null || value === void 0) return "null";
  if (Array.isArray(value)) return "array";
  if (typeof value === "number") return Number.isInteger(value) ? "integer" : "number";
  return typeof value;
}
function parentKeyRef(chart, path) {
  for (let length = path.length; length >= 0; length--) {
    const target = lastLayerWriting(chart, path.slice(0, length));
    if (target) return { source: target.source, path: target.path, part: "key" };
  }
  const fallback2 = chart.userLayers.at(-1)?.source ?? chart.defaults ?? chart.coalesced.root.origin.source;
  return { source: fallback2, path: [], part: "key" };
}
function nodeAt(root, path) {
  let node = root;
  for (const segment of path) node = childAt(node, segment);
  return node;
}
function pointerToPath(pointer, root) {
  if (pointer === "") return [];
  const path = [];
  let node = root;
  for (const raw of pointer.split("/").slice(1)) {
    const segment = raw.replace(/~1/g, "/").replace(/~0/g, "~");
    const key = node?.kind === "seq" && /^\d+$/.test(segment) ? Number(segment) : segment;
    path.push(key);
    node = childAt(node, key);
  }
  return path;
}
function schemaRef(chart, schemaPath) {
  if (!chart.schema || !schemaPath.startsWith("#")) return void 0;
  const segments = schemaPath.slice(1).split("/").filter((segment) => segment !== "").map((segment) => decodeURIComponent(segment).replace(/~1/g, "/").replace(/~0/g, "~"));
  const path = segments.map((segment) => /^\d+$/.test(segment) ? Number(segment) : segment);
  return { source: chart.schema, path, part: "key" };
}

// rules/helm-template.ts
var helm_template_default = defineRule({
  meta: {
    id: "helm-template",
    name: "HelmTemplate",
    input: "any",
    defaultSeverity: "error",
    description: "helm template fails for the chart with these values",
    details: "With --chart, the chart is rendered by `helm template` with the same values files and --set flags, and the rendered manifests are linted with the values. When helm fails, nothing can be deployed: this rule reports helm's error at the values file and line when helm names one (a values file it cannot parse, a schema error's path, a `.Values` key a template trips over), otherwise at the template position helm names. The values are still linted; the manifests are missing from this run.",
    remediation: "Fix the value or the template at the reported position so that helm template succeeds.",
    example: '# wrong: the template reads .Values.image.tag, but image is not a map\nimage: nginx:1.27\n# right\nimage:\n  repository: nginx\n  tag: "1.27"',
    tags: ["correctness", "helm"],
    messages: {
      valuesParse: "helm cannot parse this values file: {{detail}}",
      schema: "{{path}} fails the schema of chart {{chart}}: {{detail}}",
      template: "helm template fails in {{template}}:{{line}}: {{detail}}",
      failed: "helm template fails: {{detail}}"
    }
  },
  check({ model, report }) {
    const chart = model.chart;
    if (!chart?.input.renderError) return;
    for (const problem of parseHelmError(chart.input.renderError)) {
      if (problem.kind === "values-parse") {
        const source = chart.coalesced.files.find((file) => sameFile(file.file, problem.file));
        if (source) {
          const start = source.lineCounter.lineStart(problem.line);
          const end = source.lineCounter.lineStart(problem.line + 1);
          report({ messageId: "valuesParse", data: { detail: problem.detail }, at: { source, path: [], offsets: [start, Math.max(start, end - 1)] } });
        } else {
          report({ messageId: "failed", data: { detail: `${problem.file}:${problem.line}: ${problem.detail}` }, at: fallback(chart) });
        }
      } else if (problem.kind === "schema") {
        if (chart.schema) continue;
        const path = problem.path.length === 0 ? "the values" : formatPath(problem.path);
        const extra = /additional propert(?:y|ies) '?([^'\s]+)'? (?:is )?not allowed/i.exec(problem.detail)?.[1];
        const extraAt = extra ? valuesRef(chart, [...problem.path, extra]) : void 0;
        const at = (extraAt ? { ...extraAt, part: "key" } : void 0) ?? valuesRef(chart, problem.path) ?? fallback(chart);
        report({ messageId: "schema", data: { path, chart: problem.chart || chart.input.name, detail: problem.detail }, at });
      } else if (problem.kind === "template") {
        const template = templateRef(chart, problem.template, problem.line, problem.column);
        const values = problem.valuesPath ? valuesRef(chart, problem.valuesPath) : void 0;
        const data = { template: problem.template, line: problem.line, detail: problem.detail };
        if (values) report({ messageId: "template", data, at: values, related: template ? [template] : [] });
        else report({ messageId: "template", data, at: template ?? fallback(chart) });
      } else {
        report({ messageId: "failed", data: { detail: problem.detail }, at: fallback(chart) });
      }
    }
  }
});
function sameFile(ours, helms) {
  const clean = (name) => name.replace(/\\/g, "/").replace(/^\.\//, "");
  return clean(ours) === clean(helms) || clean(helms).endsWith(`/${clean(ours)}`);
}
function valuesRef(chart, path) {
  for (let length = path.length; length > 0; length--) {
    const node = nodeAt(chart.coalesced.root, path.slice(0, length));
    if (node) return { ...node.origin, part: length === path.length ? "value" : "key" };
  }
  return void 0;
}
function templateRef(chart, helmPath, line, column) {
  const source = chart.templates.get(helmPath);
  if (!source) return void 0;
  return { source, path: [], offsets: source.offsetsAt(line, column) };
}
function fallback(chart) {
  const source = chart.userLayers.at(-1)?.source ?? chart.defaults ?? new TextFileSource({ name: chart.input.name, text: "" });
  return { source, path: [], part: "key" };
}

// src/live/suggest.ts
function editDistance(a, b) {
  if (a === b) return 0;
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
    }
    previous = current;
  }
  return previous[b.length];
}
function closest(word, candidates) {
  let best;
  let bestDistance = Infinity;
  for (const candidate of candidates.slice(0, 1e4)) {
    if (candidate.length > 200 || candidate === word) continue;
    const distance = editDistance(word.toLowerCase(), candidate.toLowerCase());
    if (distance < bestDistance || distance === bestDistance && best !== void 0 && candidate < best) {
      best = candidate;
      bestDistance = distance;
    }
  }
  const allowed = Math.max(2, Math.floor(Math.max(word.length, 1) / 3));
  return best !== void 0 && bestDistance <= allowed ? best : void 0;
}

// rules/litellm-budget-exists.ts
var litellm_budget_exists_default = defineRule({
  meta: {
    id: "litellm-budget-exists",
    name: "LitellmBudgetExists",
    input: "live",
    requiresNetwork: true,
    defaultSeverity: "error",
    description: "The budget id does not exist in the LiteLLM proxy",
    details: "The platform hands every end user the LiteLLM budget named by the budget-id variable (or the built-in default `default`). LiteLLM answers a lookup of an unknown budget id with an empty list, not an error, so a typo or a budget that was never created goes unnoticed until users are billed without a cap. This check asks the proxy for every effective budget id in one `POST /budget/info` call (admin only: it needs LITELLM_MASTER_KEY) and, when one is missing, lists the budgets that exist and suggests the closest.",
    remediation: "Create the budget in LiteLLM (POST /budget/new) or set the budget-id variable to a budget that exists; a budget not named default must be named in the variable.",
    example: "# LiteLLM has budgets: default, prod-budget\n# wrong\nextraEnv:\n  - {name: LITELLM_BUDGET_ID, value: prod-budgte}\n# right\nextraEnv:\n  - {name: LITELLM_BUDGET_ID, value: prod-budget}",
    tags: ["correctness", "litellm", "budget", "live"],
    messages: {
      missing: 'budget "{{id}}" does not exist in LiteLLM{{places}}{{hint}}',
      missingDefault: 'no {{envName}} is set, so the built-in default budget id "{{id}}" applies, and LiteLLM has no budget "{{id}}"{{hint}}; a budget not named "{{id}}" must be named in {{envName}}',
      noDatabase: 'budget "{{id}}" cannot exist: the LiteLLM proxy has no database (readiness reports db "Not connected"), and a proxy without a database cannot have budgets'
    }
  },
  async check({ live, report }) {
    if (!live) return;
    const outcome = await live.budgets();
    if (outcome.status === "none") return;
    if (outcome.status === "inconclusive") {
      live.inconclusive("litellm-budget-exists", outcome.kind, outcome.reason);
      return;
    }
    if (outcome.status === "no-database") {
      for (const target of outcome.targets) report({ messageId: "noDatabase", data: { id: target.shown }, at: target.at, related: target.related });
      return;
    }
    if (outcome.missing.length === 0) return;
    const existing = await live.existingBudgetIds();
    for (const target of outcome.missing) {
      const data = { id: target.shown, envName: target.envName, places: places(target), hint: hint(target, existing) };
      report({ messageId: target.isDefault ? "missingDefault" : "missing", data, at: target.at, related: target.related });
    }
  }
});
function places(target) {
  return target.places > 1 ? ` (set in ${target.places} places)` : "";
}
function hint(target, existing) {
  if (existing === null) return "";
  if (existing.length === 0) return "; the proxy has no budgets at all";
  const suggestion2 = target.sensitive ? void 0 : closest(target.id, existing);
  if (suggestion2 !== void 0) return `; did you mean "${suggestion2}"?`;
  const shown = existing.slice(0, 5).map((id) => `"${id}"`).join(", ");
  return `; existing budgets: ${shown}${existing.length > 5 ? `, and ${existing.length - 5} more` : ""}`;
}

// rules/litellm-budget-limits.ts
var litellm_budget_limits_default = defineRule({
  meta: {
    id: "litellm-budget-limits",
    name: "LitellmBudgetLimits",
    input: "live",
    requiresNetwork: true,
    defaultSeverity: "warning",
    description: "The end-user budget has no hard cap, a soft budget above its cap, or never resets",
    details: "A LiteLLM budget limits end users only through `max_budget`; `soft_budget` merely triggers an alert, so a budget without `max_budget` caps nobody. A `soft_budget` above `max_budget` never alerts before the hard cap stops users. Without `budget_duration` spend never resets, so users who reach the cap stay blocked (reported as a note). The limits are read from the same `POST /budget/info` answer as litellm-budget-exists: no extra request.",
    remediation: "Give the budget a max_budget, a soft_budget below it and a budget_duration (POST /budget/update).",
    example: '# LiteLLM budget row, wrong\n{"budget_id": "prod-budget", "max_budget": null, "soft_budget": 200}\n# right\n{"budget_id": "prod-budget", "max_budget": 300, "soft_budget": 200, "budget_duration": "30d"}',
    tags: ["correctness", "litellm", "budget", "live"],
    messages: {
      noMaxBudget: 'budget "{{id}}" has no max_budget, so it caps no end user ({{limits}})',
      softAboveMax: 'budget "{{id}}" has soft_budget {{soft}} above max_budget {{max}}, so the soft-budget alert cannot fire before the hard cap ({{limits}})',
      noDuration: 'budget "{{id}}" has no budget_duration, so spend never resets and users who reach max_budget {{max}} stay blocked ({{limits}})'
    }
  },
  async check({ live, report }) {
    if (!live) return;
    const outcome = await live.budgets();
    if (outcome.status === "inconclusive") {
      live.inconclusive("litellm-budget-limits", outcome.kind, outcome.reason);
      return;
    }
    if (outcome.status !== "ok") return;
    for (const target of outcome.targets) {
      const limits = outcome.found.get(target.id);
      if (!limits) continue;
      const base = { id: target.shown, limits: describeLimits(limits) };
      const at = target.at;
      const related = target.related;
      if (limits.maxBudget === null) {
        report({ messageId: "noMaxBudget", data: base, at, related });
        continue;
      }
      const max = formatAmount(limits.maxBudget);
      if (limits.softBudget !== null && limits.softBudget > limits.maxBudget) {
        report({ messageId: "softAboveMax", data: { ...base, soft: formatAmount(limits.softBudget), max }, at, related });
      }
      if (limits.duration === null) report({ messageId: "noDuration", data: { ...base, max }, at, related, severity: "note" });
    }
  }
});

// src/live/scrub.ts
import { createHash } from "node:crypto";
function sha256Hex(raw) {
  return createHash("sha256").update(raw, "utf8").digest("hex");
}
var REDACTED = "[redacted]";
var Scrubber = class {
  secrets = [];
  add(secret) {
    if (!secret || secret.length < 4) return;
    for (const form of [secret, sha256Hex(secret)]) if (!this.secrets.includes(form)) this.secrets.push(form);
    this.secrets.sort((a, b) => b.length - a.length);
  }
  /** A hash that is a secret in itself (an integration key's token found by alias). */
  addHash(hash) {
    if (hash.length >= 16 && !this.secrets.includes(hash)) this.secrets.push(hash);
    this.secrets.sort((a, b) => b.length - a.length);
  }
  scrub(text2) {
    let out = text2;
    for (const secret of this.secrets) out = out.split(secret).join(REDACTED);
    return out.replace(/\b(sk|pk)-[A-Za-z0-9_-]{6,}/g, REDACTED).replace(/\b[0-9a-fA-F]{64}\b/g, REDACTED);
  }
};

// src/live/key-budget.ts
async function assessKey(client, identity, now, scrubber) {
  const master = client.has("master");
  let key = identity.kind === "alias" ? `"${safeText(identity.alias) ?? "(alias)"}"` : `(${CREDENTIAL_ENV.api})`;
  const inconclusive = (reason) => ({ status: "inconclusive", key, reason });
  let lookup;
  let via;
  if (identity.kind === "alias") {
    via = "master";
    const list = await client.call({ method: "GET", path: "/key/list", query: { key_alias: identity.alias, return_full_object: "true", size: "2" }, credential: "master" });
    if (!list.ok) return inconclusive(list.failure.reason);
    const body = row(list.data);
    const keys = body && Array.isArray(body.keys) ? body.keys : null;
    if (!body || !keys) return inconclusive("GET /key/list: unexpected answer (no keys list)");
    const total = num(body.total_count) ?? keys.length;
    if (total === 0 || keys.length === 0) return { status: "not-found", key, how: "alias" };
    if (total > 1 || keys.length > 1) return { status: "ambiguous", key, count: Math.max(total, keys.length), alias: identity.alias };
    const first = keys[0];
    const token = isRecord3(first) ? str(first.token) : str(first);
    if (token === null || !/^[0-9a-f]{64}$/i.test(token)) return inconclusive("GET /key/list: unexpected answer (no key hash)");
    scrubber.addHash(token);
    lookup = await client.call({ method: "GET", path: "/key/info", query: { key: token.toLowerCase() }, credential: "master" });
  } else if (master) {
    via = "master";
    lookup = await client.call({ method: "GET", path: "/key/info", query: { key: sha256Hex(identity.raw) }, credential: "master" });
  } else {
    via = "api";
    lookup = await client.call({ method: "GET", path: "/key/info", credential: "api" });
  }
  if (!lookup.ok) {
    const { failure } = lookup;
    const error = failure.error;
    if (failure.status === 404 && !error?.routeMissing) return { status: "not-found", key, how: identity.kind === "alias" ? "alias" : "key" };
    if (failure.status === 400 && error?.notFound) return { status: "not-found", key, how: identity.kind === "alias" ? "alias" : "key" };
    if (via === "api" && failure.status === 401) {
      if (error?.type === "expired_key") return { status: "expired", key, when: "an earlier date (the proxy refuses it as expired)" };
      if (error?.blocked) return { status: "blocked", key, by: "" };
      if (error?.type === "token_not_found_in_db") return { status: "not-found", key, how: "key" };
    }
    return inconclusive(failure.reason);
  }
  const info = row(row(lookup.data)?.info);
  if (!info) return inconclusive("GET /key/info: unexpected answer (no info object)");
  const alias = safeText(info.key_alias);
  if (alias) key = `"${alias}"`;
  if (info.blocked === true) return { status: "blocked", key, by: "" };
  const expires = str(info.expires);
  if (expires !== null) {
    const at = Date.parse(expires);
    if (!Number.isNaN(at) && at < now.getTime()) return { status: "expired", key, when: safeText(expires, 40) ?? "an earlier date" };
  }
  const caps = [];
  const gates = [];
  const notes = [];
  const failures = [];
  const checked = ["key"];
  const credential = master ? "master" : "api";
  gatesOf("key", info, gates);
  const keyMax = num(info.max_budget);
  if (keyMax !== null) caps.push({ level: "key", amount: amount(keyMax, str(info.budget_duration)) });
  const budgetId = str(info.budget_id);
  let linked = null;
  if (budgetId !== null) {
    checked.push(`budget row ${quoteId(budgetId)}`);
    if (isRecord3(info.litellm_budget_table)) linked = budgetLimits(info.litellm_budget_table);
    else if (keyMax === null) {
      const fetched = await budgetRow(client, budgetId);
      if (typeof fetched === "string") failures.push(fetched);
      else linked = fetched;
    }
    if (linked?.maxBudget !== null && linked?.maxBudget !== void 0) caps.push({ level: `budget row ${quoteId(budgetId)}`, amount: amount(linked.maxBudget, linked.duration) });
    if (linked) limitGates(`budget row ${quoteId(budgetId)}`, linked, gates);
  }
  if (nonEmptyMap(info.model_max_budget) || linked?.modelMaxBudget) caps.push({ level: "key", amount: `per-model budgets (model_max_budget) for ${modelCount(info.model_max_budget)}` });
  if (nonEmptyList(info.budget_limits)) caps.push({ level: "key", amount: windows(info.budget_limits) });
  if (str(info.project_id)) notes.push("the key belongs to a project; project budgets are not checked");
  const metadata = row(info.metadata);
  if (metadata && nonEmptyList(metadata.tags)) notes.push("the key carries tags; tag budgets are not checked");
  if (caps.length > 0) return { status: "limited", key, caps, gates, notes };
  const teamId = str(info.team_id);
  const userId = str(info.user_id);
  const keyOrg = str(info.organization_id);
  const teamCall = teamId ? client.call({ method: "GET", path: "/team/info", query: { team_id: teamId }, credential }) : null;
  const userCall = userId ? client.call({ method: "GET", path: "/user/info", query: { user_id: userId }, credential }) : null;
  let orgCall = keyOrg ? organization(client, keyOrg, credential) : null;
  let orgId = keyOrg;
  let blockedBy = null;
  let userCap;
  if (teamCall && teamId) {
    const label = `team ${quoteId(teamId)}`;
    checked.push(label);
    const team = await teamCall;
    const teamInfo = team.ok ? row(row(team.data)?.team_info) ?? null : null;
    if (!team.ok) failures.push(team.failure.reason);
    else if (!teamInfo) failures.push("GET /team/info: unexpected answer (no team_info)");
    else {
      if (teamInfo.blocked === true) blockedBy = `its ${label}`;
      const teamMax = num(teamInfo.max_budget);
      if (teamMax !== null) caps.push({ level: label, amount: amount(teamMax, str(teamInfo.budget_duration)) });
      if (nonEmptyList(teamInfo.budget_limits)) caps.push({ level: label, amount: windows(teamInfo.budget_limits) });
      if (nonEmptyMap(teamInfo.model_max_budget)) caps.push({ level: label, amount: `per-model budgets for ${modelCount(teamInfo.model_max_budget)}` });
      gatesOf(label, teamInfo, gates);
      if (userId) {
        const memberLabel = `team member ${quoteId(userId)} of ${label}`;
        checked.push(memberLabel);
        const memberships = row(team.data)?.team_memberships;
        const membership = Array.isArray(memberships) ? memberships.map(row).find((m) => m !== null && m.user_id === userId) : void 0;
        const own = membership ? budgetLimits(membership.litellm_budget_table) : null;
        if (own?.maxBudget !== null && own?.maxBudget !== void 0) caps.push({ level: memberLabel, amount: amount(own.maxBudget, own.duration) });
        const teamMetadata = row(teamInfo.metadata);
        const memberBudgetId = teamMetadata ? str(teamMetadata.team_member_budget_id) : null;
        if (memberBudgetId !== null) {
          let memberBudget = null;
          if (isRecord3(teamInfo.team_member_budget_table)) memberBudget = budgetLimits(teamInfo.team_member_budget_table);
          else {
            const fetched = await budgetRow(client, memberBudgetId);
            if (typeof fetched === "string") failures.push(fetched);
            else memberBudget = fetched;
          }
          if (memberBudget?.maxBudget !== null && memberBudget?.maxBudget !== void 0) {
            caps.push({ level: `${label}'s member budget ${quoteId(memberBudgetId)}`, amount: amount(memberBudget.maxBudget, memberBudget.duration) });
          }
        }
        if (teamMetadata && nonEmptyMap(teamMetadata.team_member_model_max_budget)) caps.push({ level: memberLabel, amount: "per-model member budgets (team_member_model_max_budget)" });
      }
      const teamOrg = str(teamInfo.organization_id);
      if (!orgId && teamOrg) {
        orgId = teamOrg;
        orgCall = organization(client, teamOrg, credential);
      }
    }
  }
  if (userCall && userId) {
    const label = `user ${quoteId(userId)}`;
    const user = await userCall;
    const userInfo = user.ok ? row(row(user.data)?.user_info) : null;
    if (!teamId) checked.push(label);
    if (!user.ok || !userInfo) {
      if (!teamId) failures.push(user.ok ? "GET /user/info: unexpected answer (no user_info)" : user.failure.reason);
      else notes.push(`the user ${quoteId(userId)} could not be read, so a user budget that may apply to team keys is unknown`);
    } else {
      const userMax = num(userInfo.max_budget);
      if (userMax !== null) {
        const cap = { level: label, amount: amount(userMax, str(userInfo.budget_duration)) };
        if (!teamId) caps.push(cap);
        else userCap = cap;
      }
    }
  }
  if (orgCall && orgId) {
    const label = `organization ${quoteId(orgId)}`;
    checked.push(label);
    const org = await orgCall;
    if (typeof org === "string") failures.push(org);
    else if (org === null) notes.push(`the ${label} was not found`);
    else if (org.maxBudget !== null && org.maxBudget > 0) caps.push({ level: label, amount: amount(org.maxBudget, org.duration) });
  }
  if (blockedBy) return { status: "blocked", key, by: blockedBy };
  if (caps.length > 0) return { status: "limited", key, caps, gates, notes };
  if (failures.length > 0) return inconclusive(failures.join("; "));
  return { status: "unlimited", key, checked, ...userCap ? { userCap } : {}, gates, notes };
}
async function budgetRow(client, id) {
  if (!client.has("master")) return `reading budget row ${quoteId(id)} needs ${CREDENTIAL_ENV.master} (budgets are admin-only)`;
  const result = await client.call({ method: "POST", path: "/budget/info", body: { budgets: [id] }, credential: "master" });
  if (!result.ok) return result.failure.reason;
  if (!Array.isArray(result.data)) return "POST /budget/info: unexpected answer (not a list)";
  return result.data.map(budgetLimits).find((budget) => budget?.id === id) ?? null;
}
async function organization(client, id, credential) {
  const viaGet = await client.call({ method: "GET", path: "/organization/info", query: { organization_id: id }, credential });
  let orgRow = null;
  if (viaGet.ok) orgRow = row(viaGet.data);
  else {
    const { failure } = viaGet;
    const absent = failure.status === 405 || failure.status === 404 && failure.error?.routeMissing;
    if (failure.status === 404 && !absent) return null;
    if (!absent) return failure.reason;
    const viaPost = await client.call({ method: "POST", path: "/organization/info", body: { organizations: [id] }, credential });
    if (!viaPost.ok) return viaPost.failure.status === 400 && viaPost.failure.error?.notFound ? null : viaPost.failure.reason;
    if (!Array.isArray(viaPost.data)) return "POST /organization/info: unexpected answer (not a list)";
    orgRow = viaPost.data.map(row).find((candidate) => candidate?.organization_id === id) ?? null;
    if (!orgRow) return null;
  }
  if (!orgRow) return "GET /organization/info: unexpected answer";
  return budgetLimits(orgRow.litellm_budget_table) ?? { id: "", maxBudget: null, softBudget: null, duration: null, tpm: null, rpm: null, parallel: null, modelMaxBudget: false };
}
function amount(value, duration) {
  const period = duration ? safeText(duration, 16) : null;
  return `max_budget ${formatAmount(value)}${period ? ` per ${period}` : duration ? " per period" : " (never resets)"}`;
}
function windows(value) {
  const list = Array.isArray(value) ? value.map(row).filter((item) => item !== null) : [];
  const parts = list.slice(0, 3).map((item) => {
    const max = num(item.max_budget);
    const period = safeText(item.budget_duration, 16);
    return `${max === null ? "?" : formatAmount(max)} per ${period ?? "window"}`;
  });
  return `windowed budgets (budget_limits) ${parts.join(", ")}${list.length > 3 ? ", \u2026" : ""}`;
}
function modelCount(value) {
  const count = isRecord3(value) ? Object.keys(value).length : 0;
  return count === 1 ? "1 model" : `${count} models`;
}
function gatesOf(label, source, gates) {
  for (const [field, name] of [["tpm_limit", "tpm_limit"], ["rpm_limit", "rpm_limit"], ["max_parallel_requests", "max_parallel_requests"]]) {
    const value = num(source[field]);
    if (value !== null) gates.push(`${label} ${name} ${value}`);
  }
}
function limitGates(label, limits, gates) {
  if (limits.tpm !== null) gates.push(`${label} tpm_limit ${limits.tpm}`);
  if (limits.rpm !== null) gates.push(`${label} rpm_limit ${limits.rpm}`);
  if (limits.parallel !== null) gates.push(`${label} max_parallel_requests ${limits.parallel}`);
}
function quoteId(id) {
  const safe = safeText(id);
  return safe ? `"${safe}"` : "(unprintable id)";
}
function describeCaps(caps) {
  return caps.map((cap) => `${cap.level}: ${cap.amount}`).join("; ");
}

// rules/litellm-key-unlimited.ts
var litellm_key_unlimited_default = defineRule({
  meta: {
    id: "litellm-key-unlimited",
    name: "LitellmKeyUnlimited",
    input: "live",
    requiresNetwork: true,
    defaultSeverity: "error",
    description: "The platform's integration key has a budget cap, or cannot be used",
    details: "All LLM traffic of the platform runs on one integration key (CodeMie: alias codemie-back, a key of team codemie), so its effective budget must be unlimited: per-user limits come from the end-user budgets (LITELLM_BUDGET_ID and budgets-config), not from this key. A max_budget at any level that applies to the key \u2014 the key itself (0 included), its linked budget row, per-model or windowed budgets, its team, its team membership, its user (keys without a team) or its organization \u2014 cuts off the whole platform when it is spent: every LLM call of every user fails until the period resets. A key that silently inherits a team cap breaks production. A soft budget alone is not a cap (it only alerts) and is fine, and so are rate limits, which are shown as notices. On a team key a user budget applies only in some LiteLLM configurations, so it is a warning. A blocked or expired key is an error too, since every call with it fails. The check follows the key's links with the fewest requests (team, user and organization lookups only when linked, in parallel) and never passes a key when a lookup that could have found a cap failed.",
    remediation: 'Remove the max_budget at the level that caps the integration key (POST /team/update or /key/update with "max_budget": null, or drop the linked budget row), and unblock or renew the key when it is blocked or expired.',
    example: `# LiteLLM: remove the cap that the integration key inherits from its team
curl -X POST $LITELLM_URL/team/update -H "Authorization: Bearer $LITELLM_MASTER_KEY" \\
  -H 'Content-Type: application/json' -d '{"team_id": "codemie", "max_budget": null}'
# per-user limits belong in the end-user budget (LITELLM_BUDGET_ID), not on this key`,
    tags: ["security", "cost", "litellm", "live"],
    securitySeverity: "6.5",
    messages: {
      limited: "integration key {{key}} is capped by {{caps}}; when {{which}} is spent, every LLM call of the platform fails",
      userCapOnTeamKey: "integration key {{key}} may be capped by {{level}}: {{amount}}; LiteLLM applies a user budget to a team key only in some configurations, and when it applies and is spent every LLM call of the platform fails",
      blocked: "integration key {{key}} is blocked{{by}}, so every LLM call with it fails",
      expired: "integration key {{key}} expired ({{when}}), so every LLM call with it fails",
      notFound: "the integration key {{key}} does not exist in LiteLLM",
      aliasNotFound: "no LiteLLM key has the alias {{key}}",
      aliasAmbiguous: "{{count}} LiteLLM keys have the alias {{key}}; give LITELLM_API_KEY or a unique --key-alias"
    }
  },
  async check({ live, report }) {
    if (!live) return;
    const outcome = await live.integrationKey();
    const at = live.anchor;
    switch (outcome.status) {
      case "unverified":
        live.inconclusive("litellm-key-unlimited", outcome.kind, outcome.reason);
        return;
      case "inconclusive":
        live.inconclusive("litellm-key-unlimited", "incomplete", `integration key ${outcome.key}: ${outcome.reason}`);
        return;
      case "limited":
        report({ messageId: "limited", data: { key: outcome.key, caps: describeCaps(outcome.caps), which: outcome.caps.length === 1 ? "that" : "any of these" }, at });
        if (outcome.gates.length > 0) live.notice(`integration key ${outcome.key} rate limits (not budgets): ${outcome.gates.join(", ")}`);
        for (const note of outcome.notes) live.notice(`integration key ${outcome.key}: ${note}`);
        return;
      case "unlimited":
        if (outcome.gates.length > 0) live.notice(`integration key ${outcome.key} rate limits (not budgets): ${outcome.gates.join(", ")}`);
        for (const note of outcome.notes) live.notice(`integration key ${outcome.key}: ${note}`);
        if (outcome.userCap) report({ messageId: "userCapOnTeamKey", data: { key: outcome.key, level: outcome.userCap.level, amount: outcome.userCap.amount }, at, severity: "warning" });
        return;
      case "blocked":
        report({ messageId: "blocked", data: { key: outcome.key, by: outcome.by ? ` by ${outcome.by}` : "" }, at });
        return;
      case "expired":
        report({ messageId: "expired", data: { key: outcome.key, when: outcome.when }, at });
        return;
      case "not-found":
        report({ messageId: outcome.how === "alias" ? "aliasNotFound" : "notFound", data: { key: outcome.key }, at });
        return;
      case "ambiguous":
        report({ messageId: "aliasAmbiguous", data: { key: outcome.key, count: outcome.count }, at });
        return;
    }
  }
});

// rules/litellm-unverified.ts
var litellm_unverified_default = defineRule({
  meta: {
    id: "litellm-unverified",
    name: "LitellmUnverified",
    input: "live",
    defaultSeverity: "warning",
    description: "A live LiteLLM check could not be completed",
    details: "Live checks are tri-state: passed, failed or inconclusive, never silently passed. A check is inconclusive when the proxy cannot be reached (connection refused, DNS, TLS, timeout), refuses the credential (401/403), lacks the endpoint (404 on an older version), or answers with something that is not the expected JSON (HTML, malformed, oversized), and when the credential it needs is not set: LITELLM_MASTER_KEY for budgets, LITELLM_API_KEY or --key-alias for the integration key. Raise this rule to error in the config for a fail-closed gate.",
    remediation: "Set the credential the message names, or make the proxy reachable from where the check runs, then run the check again.",
    example: "# .litellm-preflight.yaml: fail closed when a live check cannot run\nrules:\n  litellm-unverified: error",
    tags: ["litellm", "live"],
    messages: {
      missingCredential: "{{checks}} not checked: {{reason}}",
      incomplete: "{{checks}} could not be completed: {{reason}}"
    }
  },
  check({ live, report }) {
    if (!live) return;
    const groups = /* @__PURE__ */ new Map();
    for (const problem of live.problems) {
      const key = `${problem.kind}\0${problem.reason}`;
      groups.set(key, [...groups.get(key) ?? [], problem]);
    }
    for (const problems of groups.values()) {
      const first = problems[0];
      const checks = [...new Set(problems.map((problem) => problem.ruleId))].join(", ");
      report({ messageId: first.kind === "credential" ? "missingCredential" : "incomplete", data: { checks, reason: first.reason }, at: live.anchor });
    }
  }
});

// rules/plaintext-credential.ts
var plaintext_credential_default = defineRule({
  meta: {
    id: "plaintext-credential",
    name: "PlaintextCredential",
    input: "any",
    defaultSeverity: "error",
    description: "A LiteLLM key is written as a literal instead of a Secret reference",
    details: "A LiteLLM master key or integration key in a values file or manifest is readable by everyone with access to the repository, its history, CI logs and the rendered release. The master key is an admin credential for the proxy: it can create keys and change budgets. The value is never shown in this tool's output.",
    remediation: "Store the key in a Kubernetes Secret and reference it with valueFrom.secretKeyRef (or masterkeySecretName in the LiteLLM chart), then rotate the exposed key.",
    example: "# wrong\nextraEnv:\n  - {name: LITE_LLM_MASTER_KEY, value: sk-...}\n# right\nextraEnv:\n  - name: LITE_LLM_MASTER_KEY\n    valueFrom:\n      secretKeyRef: {name: litellm-integration, key: litellm-master-key}",
    tags: ["security", "secrets", "litellm"],
    securitySeverity: "8.0",
    messages: {
      env: "{{name}} is set to a literal value; reference a Secret instead (the value is not shown)",
      chartMasterkey: "the LiteLLM chart's {{key}} is a literal master key; use masterkeySecretName instead (the value is not shown)",
      proxyConfig: "proxy_config.general_settings.master_key is a literal; use os.environ/PROXY_MASTER_KEY (the value is not shown)"
    },
    optionsSchema: {
      type: "object",
      properties: { names: { type: "array", items: { type: "string" }, description: "More env names that hold credentials" } },
      additionalProperties: false
    },
    defaultOptions: { names: [] }
  },
  check({ model, options, report }) {
    const names = /* @__PURE__ */ new Set([...LITELLM_CREDENTIAL_ENV, ...options.names ?? []]);
    for (const list of model.facts.envLists) {
      for (const entry of list.entries) {
        if (!names.has(entry.name) || !isLiteral(entry.value)) continue;
        report({ messageId: "env", data: { name: entry.name }, at: { ...entry.valueAt, sensitive: true } });
      }
    }
    const root = model.values?.root;
    if (!root) return;
    forEachLiteLLMChart(root, (chart) => {
      const masterkey = chart.entries.get("masterkey");
      if (masterkey?.kind === "scalar" && isLiteral(masterkey.value)) {
        report({ messageId: "chartMasterkey", data: { key: [...masterkey.origin.path].join(".") }, at: sensitive(masterkey.origin) });
      }
      const proxyConfig = chart.entries.get("proxy_config");
      const general = proxyConfig?.kind === "map" ? proxyConfig.entries.get("general_settings") : void 0;
      const masterKey = general?.kind === "map" ? general.entries.get("master_key") : void 0;
      if (masterKey?.kind === "scalar" && isLiteral(masterKey.value) && !String(masterKey.value).startsWith("os.environ/")) {
        report({ messageId: "proxyConfig", at: sensitive(masterKey.origin) });
      }
    });
  }
});
function isLiteral(value) {
  if (value === void 0 || value === null) return false;
  const text2 = String(value).trim();
  return text2 !== "" && !/^(\$\([^)]*\))+$/.test(text2);
}
function sensitive(ref) {
  return { ...ref, sensitive: true };
}
function forEachLiteLLMChart(root, visit) {
  const walk2 = (node, depth) => {
    if (node.kind !== "map" || depth > 3) return;
    if (node.entries.has("masterkey") || node.entries.has("proxy_config")) visit(node);
    for (const child of node.entries.values()) walk2(child, depth + 1);
  };
  walk2(root, 0);
}

// rules/suppression-directive.ts
var suppression_directive_default = defineRule({
  meta: {
    id: "suppression-directive",
    name: "SuppressionDirective",
    input: "values",
    defaultSeverity: "warning",
    description: "An inline suppression comment is malformed or suppresses nothing",
    details: "`# litellm-preflight-disable-next-line <rule-id> -- reason` silences one finding on the next line, and `# litellm-preflight-disable-line` one on its own line. A directive needs a reason so that reviewers know why; one that names an unknown rule or no longer matches a finding hides nothing and should go.",
    remediation: "Name existing rule ids, give a reason after ` -- `, and delete directives that no longer match a finding.",
    example: '# litellm-preflight-disable-next-line env-duplicate -- kept until the 2.43 chart lands\n  - {name: TRIGGER_ENGINE_ENABLED, value: "true"}',
    tags: ["maintainability"],
    messages: {
      missingReason: "suppression of {{rules}} has no reason; add one after ' -- '",
      unknownRule: 'suppression names unknown rule "{{rule}}"',
      noRule: "suppression names no rule id",
      unused: "suppression of {{rules}} matched no finding; remove it"
    }
  },
  check({ model, report }) {
    for (const directive of model.directives) {
      const at = { source: directive.source, path: [], offsets: directive.offsets };
      if (directive.ruleIds.length === 0) report({ messageId: "noRule", at });
      for (const rule of directive.ruleIds) if (!model.knownRuleIds.has(rule)) report({ messageId: "unknownRule", data: { rule }, at });
      if (directive.ruleIds.length > 0 && !directive.reason) report({ messageId: "missingReason", data: { rules: directive.ruleIds.join(", ") }, at });
    }
  }
});

// rules/values-schema.ts
var values_schema_default = defineRule({
  meta: {
    id: "values-schema",
    name: "ValuesSchema",
    input: "values",
    defaultSeverity: "error",
    description: "The coalesced values do not satisfy the chart's values.schema.json",
    details: "Helm validates the chart's values.schema.json against the coalesced values (the chart's values.yaml, then every -f file, then --set) and refuses to install or upgrade when they do not match, but it names only a JSON path. This rule runs the same check with Ajv when a chart is given (--chart DIR, or --values-schema) and points every error at the file, line and column of the layer that supplied the offending value, or at the parent key for a missing required key. Formats (`format: email` and the like) are not asserted.",
    remediation: "Change the value at the reported position so that it matches the schema, or add the missing key under the reported parent.",
    example: '# values.schema.json: {"properties": {"replicaCount": {"type": "integer"}}}\n# wrong\nreplicaCount: "2"\n# right\nreplicaCount: 2',
    tags: ["correctness", "helm", "schema"],
    messages: {
      invalid: "{{path}} {{problem}} ({{schema}})",
      required: '{{path}} is missing the required key "{{key}}" ({{schema}})',
      additional: '{{path}} has the key "{{key}}", which {{schema}} does not allow',
      schemaUnusable: "the values schema {{file}} cannot be used: {{reason}}"
    }
  },
  async check({ model, report }) {
    const chart = model.chart;
    if (!chart?.schema) return;
    const outcome = await validateChartValues(chart);
    const schema = chart.schema.file;
    if (!outcome.ok) {
      report({ messageId: "schemaUnusable", data: { file: chart.schema.file, reason: outcome.reason }, at: { source: chart.schema, path: [], ...outcome.at ? { offsets: outcome.at } : {} } });
      return;
    }
    for (const error of outcome.errors) {
      const path = error.path.length === 0 ? "the values" : formatPath(error.path);
      const related = error.schemaAt ? [error.schemaAt] : [];
      if (error.kind === "required") report({ messageId: "required", data: { path, key: error.key ?? "", schema }, at: error.at, related });
      else if (error.kind === "additional") report({ messageId: "additional", data: { path, key: error.key ?? "", schema }, at: error.at, related });
      else report({ messageId: "invalid", data: { path, problem: error.problem, schema }, at: error.at, related });
    }
  }
});

// src/chart/known-keys.ts
var FREE_FORM_NAME = /^(.*annotations|.*labels|.*selector|.*selectors|nodeselector|env|envs|envvars|envvariables|environment|extra.*|.*config|.*configs|configuration|.*configmaps?|data|stringdata|binarydata|.*files|.*secrets?|resources|affinity|.*tolerations|.*securitycontext|.*args|command|.*options|.*settings|.*parameters|.*params|.*overrides?|global)$/i;
var KeyCatalog = class {
  defaults;
  subcharts;
  referenced = /* @__PURE__ */ new Set();
  freeForm = /* @__PURE__ */ new Set();
  commented = /* @__PURE__ */ new Set();
  schema;
  constructor(chart) {
    this.defaults = chart.defaultsTree;
    this.subcharts = new Set(chart.input.subcharts ?? []);
    for (const template of chart.templates.values()) scanTemplate(template.text, this.referenced, this.freeForm);
    if (chart.defaults) scanCommentedKeys(chart.defaults.text, this.commented);
    try {
      this.schema = chart.schema ? JSON.parse(chart.schema.text) : void 0;
    } catch {
      this.schema = void 0;
    }
  }
  /** Verdict for `parent + key`, where `parent` was itself given "descend". */
  classify(parent, key) {
    if (parent.length === 0 && (key === "global" || this.subcharts.has(key))) return { kind: "free" };
    const path = [...parent, key];
    const joined = path.join(".");
    const parentNode = this.defaultsAt(parent);
    if (parentNode?.kind !== "map") return { kind: "free" };
    const child = parentNode.entries.get(key);
    if (child) return isCheckedMap(child, key) && !this.freeForm.has(joined) ? { kind: "descend" } : { kind: "free" };
    if (this.referenced.has(joined) || this.commented.has(joined)) return { kind: "free" };
    const schema = schemaVerdict(this.schema, parent, key);
    if (schema !== "unknown") return { kind: "free" };
    return { kind: "unknown", ...suggestion(key, this.candidates(parent, parentNode)) };
  }
  defaultsAt(path) {
    let node = this.defaults;
    for (const segment of path) node = node?.kind === "map" ? node.entries.get(String(segment)) : void 0;
    return node;
  }
  candidates(parent, parentNode) {
    const prefix = parent.length === 0 ? "" : `${parent.join(".")}.`;
    const out = new Set(parentNode.entries.keys());
    for (const set of [this.referenced, this.commented]) {
      for (const path of set) {
        if (!path.startsWith(prefix)) continue;
        const next = path.slice(prefix.length).split(".")[0];
        if (next) out.add(next);
      }
    }
    for (const name of schemaProperties(this.schema, parent)) out.add(name);
    return [...out];
  }
};
function isCheckedMap(node, key) {
  if (node.kind !== "map" || node.entries.size === 0) return false;
  if (FREE_FORM_NAME.test(key)) return false;
  for (const name of node.entries.keys()) if (/[./]/.test(name) || /^[A-Z][A-Z0-9_]*$/.test(name)) return false;
  return true;
}
function scanTemplate(text2, referenced, freeForm) {
  const add = (segments) => {
    for (let i = 1; i <= segments.length; i++) referenced.add(segments.slice(0, i).join("."));
  };
  for (const match of text2.matchAll(/\.Values((?:\.[A-Za-z_][\w-]*)+)/g)) add(match[1].slice(1).split("."));
  for (const match of text2.matchAll(/index\s+\$?\.Values((?:\s+"[^"]+")+)/g)) add([...match[1].matchAll(/"([^"]+)"/g)].map((m) => m[1]));
  const whole2 = [
    /(?:toYaml|toJson|toPrettyJson|toRawJson|tpl|merge|mergeOverwrite|keys|range\s+(?:\$\w+\s*(?:,\s*\$\w+\s*)?:=\s*)?)\s*\(?\s*\$?\.Values((?:\.[A-Za-z_][\w-]*)+)\s*[|)}\s]/g,
    /\$?\.Values((?:\.[A-Za-z_][\w-]*)+)\s*\|\s*(?:toYaml|toJson|toPrettyJson|keys)/g
  ];
  for (const pattern of whole2) for (const match of text2.matchAll(pattern)) freeForm.add(match[1].slice(1));
  for (const match of text2.matchAll(/\{\{-?\s*with\s+\$?\.Values((?:\.[A-Za-z_][\w-]*)+)\s*-?\}\}/g)) {
    const body = text2.slice(match.index + match[0].length, match.index + match[0].length + 400);
    const end = body.search(/\{\{-?\s*end\b/);
    const scope = end === -1 ? body : body.slice(0, end);
    if (/(toYaml|toJson|tpl|range)\s*\(?\s*\.\s*[|)}\s]|range\s+\$\w+\s*(,\s*\$\w+\s*)?:=\s*\.\s/.test(scope)) freeForm.add(match[1].slice(1));
  }
}
function scanCommentedKeys(text2, out) {
  const stack = [];
  for (const line of text2.split(/\r?\n/)) {
    const real = /^(\s*)([A-Za-z_][\w.-]*|"[^"]+"|'[^']+'):(?:\s|$)/.exec(line);
    const commented = real ? null : /^(\s*)#+( *)([A-Za-z_][\w-]*):(?:\s|$)/.exec(line);
    if (!real && !commented) continue;
    const indent = real ? real[1].length : commented[1].length + Math.max(commented[2].length - 1, 0);
    const key = real ? real[2].replace(/^["']|["']$/g, "") : commented[3];
    while (stack.length > 0 && stack.at(-1).indent >= indent) stack.pop();
    const path = [...stack.map((entry) => entry.key), key].join(".");
    if (commented) out.add(path);
    stack.push({ indent, key });
  }
}
function schemaVerdict(schema, parent, key) {
  const nodes = schemaNodesAt(schema, schema, parent);
  if (nodes.length === 0) return "unknown";
  let verdict = "unknown";
  for (const node of nodes) {
    const properties = node.properties;
    if (isObject(properties) && key in properties) return "known";
    const patterns = node.patternProperties;
    if (isObject(patterns) && Object.keys(patterns).some((pattern) => safeTest(pattern, key))) return "known";
    if (node.additionalProperties === false || node.unevaluatedProperties === false) verdict = "covered";
    else if (isObject(node.additionalProperties) || node.additionalProperties === true) verdict = verdict === "covered" ? verdict : "free";
  }
  return verdict;
}
function schemaProperties(schema, parent) {
  return schemaNodesAt(schema, schema, parent).flatMap((node) => isObject(node.properties) ? Object.keys(node.properties) : []);
}
function schemaNodesAt(root, schema, path, depth = 0) {
  if (!isObject(schema) || depth > 64) return [];
  const expanded = expand2(root, schema, depth);
  if (path.length === 0) return expanded;
  const [head, ...rest] = path;
  const out = [];
  for (const node of expanded) {
    const properties = node.properties;
    if (isObject(properties) && String(head) in properties) out.push(...schemaNodesAt(root, properties[String(head)], rest, depth + 1));
    else if (isObject(node.additionalProperties)) out.push(...schemaNodesAt(root, node.additionalProperties, rest, depth + 1));
  }
  return out;
}
function expand2(root, schema, depth) {
  if (depth > 64) return [];
  const out = [schema];
  if (typeof schema.$ref === "string" && schema.$ref.startsWith("#")) {
    let target = root;
    for (const raw of schema.$ref.slice(1).split("/").filter(Boolean)) target = isObject(target) ? target[raw.replace(/~1/g, "/").replace(/~0/g, "~")] : void 0;
    if (isObject(target)) out.push(...expand2(root, target, depth + 1));
  }
  if (Array.isArray(schema.allOf)) {
    for (const member of schema.allOf) if (isObject(member)) out.push(...expand2(root, member, depth + 1));
  }
  return out;
}
function isObject(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function safeTest(pattern, key) {
  try {
    return new RegExp(pattern, "u").test(key);
  } catch {
    return false;
  }
}
function suggestion(key, candidates) {
  const normal = (text2) => text2.toLowerCase().replace(/[-_]/g, "");
  let best;
  for (const name of [...candidates].sort()) {
    if (name === key) continue;
    const distance = normal(name) === normal(key) ? 0.5 : editDistance2(key, name);
    if (!best || distance < best.distance) best = { name, distance };
  }
  if (!best) return {};
  const limit2 = key.length <= 4 ? 1 : key.length <= 10 ? 2 : 3;
  return best.distance <= limit2 ? { suggestion: best.name } : {};
}
function editDistance2(a, b) {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d = Array.from({ length: rows }, (_, i) => Array.from({ length: cols }, (_2, j) => i === 0 ? j : j === 0 ? i : 0));
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, d[i - 2][j - 2] + 1);
      d[i][j] = value;
    }
  }
  return d[a.length][b.length];
}

// rules/values-unknown-key.ts
var values_unknown_key_default = defineRule({
  meta: {
    id: "values-unknown-key",
    name: "ValuesUnknownKey",
    input: "values",
    defaultSeverity: "note",
    description: "An override key does not exist in the chart's values.yaml, so Helm ignores it",
    details: "Helm accepts any key in a values file; a key the chart's templates never read is silently ignored, so a typo such as `replicaCont` or `image.tga` leaves the chart default in force. With the chart's own values.yaml (--chart DIR, or --chart-values), this rule flags override keys that the chart does not define, does not document in a commented-out line, and whose templates do not read, with a did-you-mean suggestion. Maps that are free-form by design are not checked below their own level: defaults that are empty maps or lists, scalars, annotations, labels, selectors, env maps, `extra*` keys, maps the templates pass whole to toYaml or range, subcharts and `global`. When the chart's values.schema.json forbids additional properties, values-schema reports the key instead.",
    remediation: "Correct the key to one the chart defines (see the suggestion), or remove it.",
    example: "# chart values.yaml: {replicaCount: 1}\n# wrong\nreplicaCont: 3\n# right\nreplicaCount: 3",
    tags: ["correctness", "helm"],
    messages: {
      unknown: `unknown key "{{key}}" in {{parent}}: the chart's values.yaml does not have it, so Helm ignores it`,
      unknownSuggest: `unknown key "{{key}}" in {{parent}}: the chart's values.yaml does not have it, so Helm ignores it; did you mean "{{suggestion}}"?`
    }
  },
  check({ model, report }) {
    const chart = model.chart;
    if (!chart?.defaultsTree) return;
    const catalog = new KeyCatalog({ ...chart, defaultsTree: chart.defaultsTree });
    const emit = (verdict, parent, key, at) => {
      const data = { key, parent: parent.length === 0 ? "the top level" : formatPath(parent) };
      if (verdict.suggestion) report({ messageId: "unknownSuggest", data: { ...data, suggestion: verdict.suggestion }, at });
      else report({ messageId: "unknown", data, at });
    };
    for (const layer of chart.userLayers) {
      if (layer.tree && layer.source instanceof YamlFileSource) {
        const source = layer.source;
        const visit = (node, path) => {
          for (const [key, child] of node.entries) {
            const verdict = catalog.classify(path, key);
            if (verdict.kind === "unknown") emit(verdict, path, key, { source, path: [...path, key], part: "key" });
            else if (verdict.kind === "descend" && child.kind === "map") visit(child, [...path, key]);
          }
        };
        visit(layer.tree, []);
        continue;
      }
      for (const written of layer.paths) {
        for (let i = 0; i < written.length; i++) {
          const key = written[i];
          if (typeof key === "number") break;
          const verdict = catalog.classify(written.slice(0, i), key);
          if (verdict.kind === "unknown") emit(verdict, written.slice(0, i), key, { source: layer.source, path: written.slice(0, i + 1), part: "key" });
          if (verdict.kind !== "descend") break;
        }
      }
    }
  }
});

// rules/yaml-syntax.ts
var yaml_syntax_default = defineRule({
  meta: {
    id: "yaml-syntax",
    name: "YamlSyntax",
    input: "any",
    defaultSeverity: "error",
    description: "A values file or manifest is not valid YAML, or not the shape Helm reads",
    details: "Helm refuses a values file it cannot parse, reads only the first document of a multi-document values file, and needs a map at the top. A rendered manifest that does not parse cannot be applied. Nothing else in the file can be checked until it parses.",
    remediation: "Fix the YAML at the reported position so that the file parses as a single map.",
    example: "# wrong: the flow map is never closed\nresources: {limits: {cpu: 2}\n# right\nresources: {limits: {cpu: 2}}",
    tags: ["correctness", "yaml"],
    messages: {
      syntax: "{{message}}",
      limit: "input exceeds a safety limit: {{message}}"
    }
  },
  check({ model, report }) {
    for (const problem of model.problems) {
      if (problem.kind === "syntax") report({ messageId: "syntax", data: { message: problem.message }, at: problem.at });
      if (problem.kind === "limit") report({ messageId: "limit", data: { message: problem.message }, at: problem.at });
    }
  }
});

// rules/registry.ts
var rules = [
  budget_id_change_default,
  budget_id_invalid_default,
  budget_id_mismatch_default,
  budget_id_restart_default,
  codemie_budget_drift_default,
  codemie_budget_flags_default,
  codemie_budgets_config_default,
  codemie_ignored_env_default,
  duplicate_key_default,
  env_duplicate_default,
  env_value_type_default,
  helm_template_default,
  litellm_budget_exists_default,
  litellm_budget_limits_default,
  litellm_key_unlimited_default,
  litellm_unverified_default,
  plaintext_credential_default,
  suppression_directive_default,
  values_schema_default,
  values_unknown_key_default,
  yaml_syntax_default
];

// src/core/errors.ts
var UsageError = class extends Error {
  name = "UsageError";
};

// src/core/config.ts
var SEVERITY_SETTING = { enum: ["off", "note", "warning", "error"] };
function configSchema(rules2) {
  const ruleEntries = Object.fromEntries(
    rules2.map((rule) => [
      rule.meta.id,
      {
        anyOf: [
          SEVERITY_SETTING,
          {
            type: "object",
            additionalProperties: false,
            properties: { severity: SEVERITY_SETTING, options: rule.meta.optionsSchema ?? { type: "object", additionalProperties: false } }
          }
        ],
        description: rule.meta.description
      }
    ])
  );
  return {
    $schema: "http://json-schema.org/draft-07/schema#",
    $id: "https://github.com/litellm-preflight/litellm-preflight/blob/main/schemas/config.schema.json",
    title: "litellm-preflight configuration (.litellm-preflight.yaml)",
    type: "object",
    additionalProperties: false,
    properties: {
      $schema: { type: "string" },
      rules: { type: "object", additionalProperties: false, properties: ruleEntries },
      budgetIdEnv: {
        description: "Env names that carry the end-user budget id, in priority order",
        type: "array",
        minItems: 1,
        items: { type: "string", pattern: "^[A-Za-z_][A-Za-z0-9_.-]*$" }
      },
      defaultBudgetId: { description: "The budget id in effect where none is set", type: "string", minLength: 1 },
      ignore: { description: "Globs of files whose findings are dropped", type: "array", items: { type: "string", minLength: 1 } },
      limits: {
        description: "Bounds for untrusted input (docs/limits.md)",
        type: "object",
        additionalProperties: false,
        properties: {
          maxFileBytes: { description: "Largest input file or stdin, in bytes (default 134217728)", type: "integer", minimum: 1 },
          maxDepth: { description: "Deepest YAML nesting (default 500)", type: "integer", minimum: 1, maximum: 1e5 },
          maxAliases: { description: "Most YAML alias references per document (default 1000)", type: "integer", minimum: 0 }
        }
      },
      codemie: {
        description: "The CodeMie profile (CodeMie rules, DEFAULT_BUDGET_ID as a budget-id variable): auto turns it on when the inputs look like CodeMie's chart",
        enum: ["auto", "on", "off"]
      }
    }
  };
}
async function parseConfig(name, text2, rules2, base) {
  const source = new YamlFileSource({ name, text: text2 }, "config");
  const doc = source.document;
  const where = (path, part = "key", offsets) => {
    const { start } = source.locate(path, part, offsets);
    return `${name}:${start.line}:${start.column}`;
  };
  if (doc && doc.errors.length > 0) {
    const error = doc.errors[0];
    throw new UsageError(`${where([], "key", [error.pos[0], error.pos[1]])}: invalid YAML: ${error.message.split("\n")[0]}`);
  }
  const problems = [];
  const tree = doc ? buildTree(doc, source, problems) : null;
  const duplicate = problems.find((problem) => problem.kind === "duplicate-key");
  if (duplicate) throw new UsageError(`${where(duplicate.at.path, "key", duplicate.at.offsets)}: key "${duplicate.message}" is repeated`);
  const config = toJS(tree) ?? {};
  const ajvModule = await import("./ajv-XXTIXXYZ.js");
  const Ajv = ajvModule.Ajv ?? ("Ajv" in ajvModule.default ? ajvModule.default.Ajv : ajvModule.default);
  const ajv = new Ajv({ allErrors: true, strict: false });
  const validate = ajv.compile(configSchema(rules2));
  if (!validate(config)) {
    const errors = validate.errors ?? [];
    const error = [...errors].sort((a, b) => b.instancePath.length - a.instancePath.length).find((e) => e.keyword !== "anyOf") ?? errors[0];
    const path = error.instancePath.split("/").slice(1).map((segment) => segment.replace(/~1/g, "/").replace(/~0/g, "~"));
    if (error.keyword === "additionalProperty" || error.keyword === "additionalProperties") {
      const key = String(error.params.additionalProperty);
      const what = path.length === 1 && path[0] === "rules" ? `unknown rule "${key}"` : `unknown key "${key}"`;
      throw new UsageError(`${where([...path, key])}: ${what}${path.length ? ` in ${path.join(".")}` : ""}`);
    }
    throw new UsageError(`${where(path, "value")}: ${path.join(".") || "config"} ${error.message ?? "is invalid"}`);
  }
  const severities = { ...base.severities };
  const ruleOptions = { ...base.ruleOptions };
  for (const [id, setting] of Object.entries(config.rules ?? {})) {
    if (typeof setting === "string") severities[id] = setting;
    else if (setting && typeof setting === "object") {
      const { severity, options } = setting;
      if (severity) severities[id] = severity;
      if (options) ruleOptions[id] = options;
    }
  }
  return {
    ...base,
    severities,
    ruleOptions,
    budgetIdEnv: config.budgetIdEnv ?? base.budgetIdEnv,
    defaultBudgetId: config.defaultBudgetId ?? base.defaultBudgetId,
    ignore: [...base.ignore, ...config.ignore ?? []],
    codemie: config.codemie ?? base.codemie ?? "auto",
    ...limitsFrom(config.limits, base)
  };
}
function limitsFrom(limits, base) {
  if (!limits) return {};
  const build = { ...DEFAULT_BUILD_LIMITS, ...base.limits };
  return {
    maxFileBytes: limits.maxFileBytes ?? base.maxFileBytes,
    limits: { maxDepth: limits.maxDepth ?? build.maxDepth, maxAliases: limits.maxAliases ?? build.maxAliases }
  };
}

// src/core/engine.ts
import { matchesGlob } from "node:path";

// src/core/snippet.ts
var MAX_SNIPPET = 240;
var KEY_TOKEN = /\b(sk|pk)-[A-Za-z0-9_-]{3,}/g;
var SECRET_PAIR = /\b((?:[\w-]{0,64}(?:_key|-key|token|secret|password|passwd)|masterkey|master_key)["']?\s*:\s*)[^\s,}#][^,}#]*/gi;
var SECRET_NAME = /\b[A-Z0-9_]{0,64}(KEY|TOKEN|SECRET|PASSWORD|PASSWD|PASS|CREDENTIALS?|AUTH)\b/;
var ANY_VALUE = /((?:["']?value["']?\s*:\s*)|=)("[^"]*"|'[^']*'|[^\s,}]+)/g;
function snippetOf(source, location) {
  if (location.object?.kind === "Secret") return void 0;
  const text2 = source.lineText(location.start.line);
  if (text2 === void 0) return void 0;
  let line = text2;
  if (location.sensitive) {
    const from = location.start.column - 1;
    const to = location.end.line === location.start.line ? location.end.column - 1 : line.length;
    line = line.slice(0, from) + "*".repeat(Math.max(3, Math.min(to - from, 12))) + line.slice(to);
  }
  const cut = line.length > MAX_SNIPPET;
  if (cut) line = line.slice(0, MAX_SNIPPET);
  line = line.replace(KEY_TOKEN, "****").replace(SECRET_PAIR, (_, name) => `${name}****`);
  if (SECRET_NAME.test(line)) line = line.replace(ANY_VALUE, (_, lead) => `${lead}****`);
  return cut ? `${line}\u2026` : line;
}

// src/core/suppress.ts
var DIRECTIVE = /#\s*litellm-preflight-disable-(next-line|line)\b(.*)$/;
function parseDirectives(source, text2) {
  if (!text2.includes("litellm-preflight-disable")) return [];
  const directives = [];
  let lineStart = 0;
  for (let line = 1; lineStart <= text2.length; line++) {
    const newline = text2.indexOf("\n", lineStart);
    const lineEnd = newline === -1 ? text2.length : newline;
    const lineText = text2.slice(lineStart, lineEnd).replace(/\r$/, "");
    const match = DIRECTIVE.exec(lineText);
    const start = lineStart;
    lineStart = lineEnd + 1;
    if (!match) continue;
    const [body = "", reason = ""] = (match[2] ?? "").split(/\s--\s?/, 2);
    directives.push({
      source,
      line,
      offsets: [start + match.index, start + lineText.length],
      targetLine: match[1] === "line" ? line : line + 1,
      ruleIds: body.split(/[\s,]+/).filter(Boolean),
      reason: reason.trim(),
      used: false
    });
  }
  return directives;
}
function applyDirectives(findings, directives) {
  if (directives.length === 0) return;
  for (const finding of findings) {
    for (const directive of directives) {
      if (!directive.reason || directive.source.file !== finding.location.file) continue;
      if (directive.targetLine !== finding.location.start.line || !directive.ruleIds.includes(finding.ruleId)) continue;
      finding.suppressed = { reason: directive.reason };
      directive.used = true;
    }
  }
}

// src/core/engine.ts
var DEFAULT_MAX_FILE_BYTES = 128 * 1024 * 1024;
var DEFAULT_OPTIONS = {
  budgetIdEnv: ["LITELLM_BUDGET_ID"],
  defaultBudgetId: "default",
  severities: {},
  ruleOptions: {},
  ignore: []
};
function buildModel(request, knownRuleIds, cluster) {
  const { options } = request;
  const reuse = cluster?.reuse;
  const values = reuse ? reuse.values : request.values.length > 0 || request.sets.length > 0 ? loadValues(request.values, request.sets, options.limits) : null;
  const manifests = reuse ? reuse.manifests : request.manifests.length > 0 ? loadManifests(request.manifests, options.limits) : null;
  const facts = buildFacts(values, manifests, options, cluster?.index);
  const budgetsConfigs = findBudgetsConfigs(values, manifests);
  if (request.budgetsConfig) {
    const source = new YamlFileSource(request.budgetsConfig);
    budgetsConfigs.push(readBudgetsConfig(source, `--budgets-config ${source.file}`, { source, path: [] }));
  }
  const codemie = detectCodemie(options.codemie ?? "auto", values, manifests, facts.envLists, budgetsConfigs);
  if (codemie.active && !options.budgetIdEnv.includes(LEGACY_BUDGET_ID_ENV)) {
    facts.budgetIds = budgetFacts(facts.scopes, { ...options, budgetIdEnv: [...options.budgetIdEnv, LEGACY_BUDGET_ID_ENV] });
  }
  addBudgetsConfigFacts(facts, budgetsConfigs);
  const directives = values ? values.files.flatMap((file) => parseDirectives(file, file.text)) : [];
  const problems = [...values?.problems ?? [], ...manifests?.problems ?? []];
  const chart = reuse ? reuse.chart ?? null : request.chart ? buildChartModel(request.chart, request.values, request.sets, options.limits) : null;
  const budgetIdEnv = codemie.active ? [.../* @__PURE__ */ new Set([...options.budgetIdEnv, LEGACY_BUDGET_ID_ENV])] : options.budgetIdEnv;
  const deployed = request.deployed ? buildDeployed(request.deployed, { ...options, budgetIdEnv }, cluster?.index, reuse?.deployed?.manifests) : null;
  return { values, manifests, facts, problems, directives, knownRuleIds, codemie, chart, deployed };
}
var LEGACY_BUDGET_ID_ENV = "DEFAULT_BUDGET_ID";
async function lint(request) {
  const rules2 = request.rules ?? rules;
  const knownRuleIds = new Set(rules2.map((rule) => rule.meta.id));
  let model = buildModel(request, knownRuleIds);
  if (request.external) model = await lookUpMissing(model, request.external, (index) => buildModel(request, knownRuleIds, { index, reuse: model }));
  const findings = [];
  const { options } = request;
  const severityOf = (rule) => options.severities[rule.meta.id] ?? rule.meta.defaultSeverity;
  const report = (rule, raw) => {
    const configured = severityOf(rule);
    if (configured === "off") return void 0;
    const severity = raw.severity !== void 0 && options.severities[rule.meta.id] === void 0 ? raw.severity : configured;
    const template = rule.meta.messages[raw.messageId];
    if (template === void 0) throw new Error(`rule ${rule.meta.id} reported unknown message id ${raw.messageId}`);
    const location = toLocation(raw.at);
    const finding = {
      ruleId: rule.meta.id,
      messageId: raw.messageId,
      message: renderMessage(template, raw.data),
      severity,
      location,
      related: (raw.related ?? []).map(toLocation)
    };
    const snippet = snippetOf(raw.at.source, location);
    if (snippet !== void 0) finding.snippet = snippet;
    findings.push(finding);
    return finding;
  };
  for (const rule of rules2) {
    if (rule.meta.input === "live" || severityOf(rule) === "off" || rule.appliesTo?.(model) === false) continue;
    const ruleOptions = { ...rule.meta.defaultOptions, ...options.ruleOptions[rule.meta.id] };
    await rule.check({ model, options: ruleOptions, report: (raw) => report(rule, raw) });
  }
  const live = request.live ? await request.live(model, report, rules2.filter((rule) => rule.meta.input === "live" && severityOf(rule) !== "off" && rule.appliesTo?.(model) !== false)) : { status: "skipped", requests: 0, reason: request.liveSkippedReason ?? "no LiteLLM URL given", notices: [] };
  applyDirectives(findings, model.directives);
  reportUnusedDirectives(model, rules2, report);
  const kept = findings.filter((finding) => !options.ignore.some((glob) => matchesGlob(finding.location.file, glob)));
  return {
    findings: sortAndDeduplicate(kept),
    budgetIds: budgetIdReports(model),
    live,
    stats: {
      valuesFiles: model.values?.files.length ?? 0,
      manifestDocuments: model.manifests?.documents ?? 0,
      workloads: model.facts.workloads
    }
  };
}
function reportUnusedDirectives(model, rules2, report) {
  const rule = rules2.find((candidate) => candidate.meta.id === "suppression-directive");
  if (!rule) return;
  for (const directive of model.directives) {
    if (directive.used || !directive.reason || directive.ruleIds.length === 0 || directive.ruleIds.some((id) => !model.knownRuleIds.has(id))) continue;
    report(rule, {
      messageId: "unused",
      data: { rules: directive.ruleIds.join(", ") },
      at: { source: directive.source, path: [], offsets: directive.offsets }
    });
  }
}
var SEVERITY_ORDER = { error: 0, warning: 1, note: 2 };
function compareFindings(a, b) {
  return a.location.file.localeCompare(b.location.file) || a.location.start.line - b.location.start.line || a.location.start.column - b.location.start.column || SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || a.ruleId.localeCompare(b.ruleId) || a.message.localeCompare(b.message);
}
function sortAndDeduplicate(findings) {
  const sorted = [...findings].sort(compareFindings);
  const seen = /* @__PURE__ */ new Set();
  return sorted.filter((finding) => {
    const { file, start, end } = finding.location;
    const key = `${finding.ruleId}\0${file}\0${start.line}:${start.column}-${end.line}:${end.column}\0${finding.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
function budgetIdReports(model) {
  const groups = Map.groupBy(model.facts.budgetIds, (fact) => JSON.stringify([fact.id, fact.source, fact.envName, fact.category, fact.variable?.sensitive === true]));
  return [...groups.values()].map((facts) => {
    const fact = facts[0];
    const label = fact.scope?.label ?? (fact.source === "budgets-config" ? "budgets-config.yaml" : "default (no budget id set)");
    const scope = facts.length > 1 ? `${label} and ${facts.length - 1} more` : label;
    const id = fact.variable?.sensitive && fact.id !== void 0 ? "(secret)" : fact.id ?? "";
    const report = { id, source: fact.source, envName: fact.envName, location: fact.at ? toLocation(fact.at) : null, scope };
    if (fact.category !== void 0) report.category = fact.category;
    return report;
  });
}

// src/format/common.ts
import { isAbsolute, relative, resolve, sep } from "node:path";
var SEVERITY_RANK = { error: 0, warning: 1, note: 2 };
function isPseudoFile(file) {
  return file.startsWith("<") || file.startsWith("--");
}
function activeFindings(result) {
  return result.findings.filter((finding) => !finding.suppressed);
}
function countBySeverity(findings) {
  const counts = { error: 0, warning: 0, note: 0 };
  for (const finding of findings) counts[finding.severity]++;
  return counts;
}
var KEY_TOKEN2 = /\b(sk|pk)-[A-Za-z0-9_-]{3,}/g;
function plainLine(text2) {
  return text2.replace(/\s+/g, " ").trim().replace(KEY_TOKEN2, "$1-****");
}
function sentence(text2) {
  let out = plainLine(text2);
  if (out === "") return out;
  const firstWord = /^[^\s]+/.exec(out)?.[0] ?? "";
  if (/^[a-z]+[,;:]?$/.test(firstWord)) out = out[0].toUpperCase() + out.slice(1);
  if (!/[.!?]["')\]]?$/.test(out)) out += ".";
  return out;
}
function sentenceWith(text2, context) {
  const base = sentence(text2);
  if (!context) return base;
  const body = base.endsWith(".") ? base.slice(0, -1) : base;
  return body.endsWith(")") ? `${body}, ${context}.` : `${body} (${context}).`;
}
function locationLabel(location) {
  const { file, start } = location;
  if (file.startsWith("--")) return `${file} #${start.line}, column ${start.column}`;
  return `${file}:${start.line}:${start.column}`;
}
function objectLabel(location) {
  const object = location.object;
  if (!object) return void 0;
  return `${object.kind} ${object.namespace ? `${object.namespace}/` : ""}${object.name}`;
}
function rebaseFile(file, cwd, root) {
  if (isPseudoFile(file)) return file;
  const absolute = isAbsolute(file) ? file : resolve(cwd, file);
  const rel = relative(resolve(root), absolute);
  return (rel === "" ? absolute : rel).split(sep).join("/");
}
function rebaseResult(result, cwd, root) {
  if (resolve(cwd) === resolve(root)) return result;
  const move = (location) => ({ ...location, file: rebaseFile(location.file, cwd, root) });
  return {
    ...result,
    findings: result.findings.map((finding) => ({ ...finding, location: move(finding.location), related: finding.related.map(move) })),
    budgetIds: result.budgetIds.map((budget) => ({ ...budget, location: budget.location ? move(budget.location) : null }))
  };
}
function prioritise(findings, rules2) {
  const ruleRank = /* @__PURE__ */ new Map();
  const ordered = rules2.map((rule, index) => ({ id: rule.meta.id, index, security: Number(rule.meta.securitySeverity ?? 0) || 0 })).sort((a, b) => b.security - a.security || a.index - b.index);
  ordered.forEach((rule, rank) => ruleRank.set(rule.id, rank));
  const rankOf = (ruleId) => ruleRank.get(ruleId) ?? ordered.length;
  const out = [];
  for (const severity of ["error", "warning", "note"]) {
    const byRule = /* @__PURE__ */ new Map();
    for (const finding of findings) {
      if (finding.severity !== severity) continue;
      const list = byRule.get(finding.ruleId);
      if (list) list.push(finding);
      else byRule.set(finding.ruleId, [finding]);
    }
    const queues = [...byRule.entries()].sort(([a], [b]) => rankOf(a) - rankOf(b) || a.localeCompare(b)).map(([, list]) => list);
    for (let round = 0; queues.some((queue) => round < queue.length); round++) {
      for (const queue of queues) {
        const finding = queue[round];
        if (finding) out.push(finding);
      }
    }
  }
  return out;
}

// src/format/github.ts
var ANNOTATIONS_PER_LEVEL = 10;
var COMMAND = { error: "error", warning: "warning", note: "notice" };
function escapeData(text2) {
  return text2.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function escapeProperty(text2) {
  return escapeData(text2).replace(/:/g, "%3A").replace(/,/g, "%2C");
}
function workflowCommand(command, properties, message) {
  const props = Object.entries(properties).filter((entry) => entry[1] !== void 0).map(([key, value]) => `${key}=${escapeProperty(String(value))}`).join(",");
  return `::${command}${props ? ` ${props}` : ""}::${escapeData(message)}`;
}
function annotation(finding) {
  const { location } = finding;
  const object = objectLabel(location);
  const context = isPseudoFile(location.file) ? `from ${locationLabel(location)}${object ? `, ${object}` : ""}` : object ? `in ${object}` : void 0;
  const message = sentenceWith(finding.message, context);
  const properties = isPseudoFile(location.file) ? { title: finding.ruleId } : {
    file: location.file,
    line: location.start.line,
    endLine: location.end.line,
    col: location.start.column,
    endColumn: location.end.column,
    title: finding.ruleId
  };
  return workflowCommand(COMMAND[finding.severity], properties, message);
}
function logLine(finding) {
  const line = `${locationLabel(finding.location)}: ${finding.severity}: ${sentence(finding.message)} [${finding.ruleId}]`;
  return line.replace(/[\r\n]+/g, " ").replace(/^::/, ": :");
}
function formatGithub(result, rules2) {
  const ordered = prioritise(activeFindings(result), rules2);
  const counts = countBySeverity(ordered);
  const overflow = counts.error > ANNOTATIONS_PER_LEVEL || counts.warning > ANNOTATIONS_PER_LEVEL || counts.note > ANNOTATIONS_PER_LEVEL;
  const cap = { error: ANNOTATIONS_PER_LEVEL, warning: ANNOTATIONS_PER_LEVEL, note: overflow ? ANNOTATIONS_PER_LEVEL - 1 : ANNOTATIONS_PER_LEVEL };
  const used = { error: 0, warning: 0, note: 0 };
  const lines = [];
  const rest = [];
  for (const finding of ordered) {
    if (used[finding.severity] < cap[finding.severity]) {
      used[finding.severity]++;
      lines.push(annotation(finding));
    } else {
      rest.push(finding);
    }
  }
  if (rest.length > 0) {
    const hidden = countBySeverity(rest);
    const parts = ["error", "warning", "note"].filter((severity) => hidden[severity] > 0).map((severity) => plural(hidden[severity], severity));
    lines.push(`::group::${escapeData(`${rest.length} more finding${rest.length === 1 ? "" : "s"} without an annotation`)}`);
    lines.push(...rest.map(logLine));
    lines.push("::endgroup::");
    lines.push(
      workflowCommand(
        "notice",
        { title: "litellm-preflight" },
        `${rest.length} more finding${rest.length === 1 ? "" : "s"} (${parts.join(", ")}) did not fit GitHub's limit of ${ANNOTATIONS_PER_LEVEL} annotations per level; the job summary and the SARIF report list them all.`
      )
    );
  }
  return lines.length > 0 ? `${lines.join("\n")}
` : "";
}
function plural(count, severity) {
  return `${count} ${severity}${count === 1 ? "" : "s"}`;
}

// src/format/json.ts
function jsonLocation(location) {
  const out = {
    file: location.file,
    line: location.start.line,
    column: location.start.column,
    endLine: location.end.line,
    endColumn: location.end.column,
    path: formatPath(location.path)
  };
  if (location.doc !== void 0) out.doc = location.doc;
  if (location.object) out.object = location.object;
  return out;
}
function jsonFinding(finding) {
  return {
    ruleId: finding.ruleId,
    severity: finding.severity,
    message: finding.message,
    location: jsonLocation(finding.location),
    related: finding.related.map(jsonLocation),
    ...finding.suppressed ? { suppressed: finding.suppressed } : {}
  };
}
function jsonBudgetId(report) {
  return {
    id: report.id,
    source: report.source,
    envName: report.envName,
    ...report.category !== void 0 ? { category: report.category } : {},
    scope: report.scope,
    location: report.location ? jsonLocation(report.location) : null
  };
}
function formatJson(result, tool) {
  const { status, requests, reason, litellmVersion, notices } = result.live;
  const report = {
    schemaVersion: 1,
    tool,
    budgetIds: result.budgetIds.map(jsonBudgetId),
    findings: result.findings.map(jsonFinding),
    live: { status, requests, ...reason ? { reason } : {}, ...litellmVersion ? { litellmVersion } : {}, ...notices.length ? { notices } : {} },
    stats: result.stats
  };
  return `${JSON.stringify(report, null, 2)}
`;
}

// src/format/sarif.ts
import { createHash as createHash2 } from "node:crypto";
import { existsSync } from "node:fs";
import { dirname, join, resolve as resolve2 } from "node:path";
var DEFAULT_SARIF_CATEGORY = "litellm-preflight/";
var MAX_SARIF_RESULTS = 25e3;
var MAX_RELATED_LOCATIONS = 999;
var SARIF_SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";
var INFORMATION_URI = DOCS_BASE_URL.replace(/\/blob\/.*$/, "");
var NOTIFICATIONS = [
  { id: "live-checks", name: "LiveChecks", text: "Status of the live checks against the LiteLLM proxy" },
  { id: "results-truncated", name: "ResultsTruncated", text: "Results were left out to stay within code scanning's limits" },
  { id: "suppressed-findings", name: "SuppressedFindings", text: "Findings suppressed by inline directives are not uploaded" }
];
function normaliseCategory(category) {
  const trimmed = category.trim();
  if (trimmed === "") return DEFAULT_SARIF_CATEGORY;
  return trimmed.endsWith("/") ? trimmed : `${trimmed}/`;
}
function findGitRoot(start, exists = existsSync) {
  for (let dir = resolve2(start); ; dir = dirname(dir)) {
    if (exists(join(dir, ".git"))) return dir;
    if (dirname(dir) === dir) return void 0;
  }
}
function buildSarif(result, options) {
  const descriptors = [];
  const ruleIndex = /* @__PURE__ */ new Map();
  for (const rule of options.rules) {
    if (ruleIndex.has(rule.meta.id)) continue;
    ruleIndex.set(rule.meta.id, descriptors.length);
    descriptors.push(reportingDescriptor(rule));
  }
  const active = activeFindings(result);
  const kept = capResults(active);
  for (const finding of kept) {
    if (ruleIndex.has(finding.ruleId)) continue;
    ruleIndex.set(finding.ruleId, descriptors.length);
    descriptors.push({ id: finding.ruleId, shortDescription: { text: finding.ruleId }, help: { text: `See ${docsUrl(finding.ruleId)}.` }, helpUri: docsUrl(finding.ruleId) });
  }
  const seen = /* @__PURE__ */ new Map();
  const results = kept.map((finding) => sarifResult(finding, ruleIndex.get(finding.ruleId), options, seen));
  const notifications = [];
  const notify = (id, level, text2) => {
    const index = NOTIFICATIONS.findIndex((notification) => notification.id === id);
    notifications.push({ descriptor: { id, index }, level, message: { text: sentence(text2) } });
  };
  if (kept.length < active.length) {
    notify(
      "results-truncated",
      "warning",
      `Only the ${MAX_SARIF_RESULTS.toLocaleString("en-US")} most severe of ${active.length.toLocaleString("en-US")} results are included, because code scanning rejects runs with more; run with --format json for all of them`
    );
  }
  const suppressed = result.findings.length - active.length;
  if (suppressed > 0) notify("suppressed-findings", "note", `${suppressed} finding${suppressed === 1 ? " was" : "s were"} suppressed by inline directives and left out (code scanning ignores SARIF suppressions)`);
  liveNotifications(result, notify);
  const version = options.tool.version;
  return {
    $schema: SARIF_SCHEMA,
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: options.tool.name,
            version,
            .../^\d+\.\d+\.\d+(?:[-+][0-9A-Za-z.+-]*)?$/.test(version) ? { semanticVersion: version } : {},
            informationUri: INFORMATION_URI,
            rules: descriptors,
            notifications: NOTIFICATIONS.map((notification) => ({ id: notification.id, name: notification.name, shortDescription: { text: notification.text } }))
          }
        },
        automationDetails: { id: normaliseCategory(options.category) },
        invocations: [{ executionSuccessful: true, toolExecutionNotifications: notifications }],
        columnKind: "utf16CodeUnits",
        results
      }
    ]
  };
}
function formatSarif(result, options) {
  return `${JSON.stringify(buildSarif(result, options), null, 2)}
`;
}
function reportingDescriptor(rule) {
  const { meta } = rule;
  const properties = { tags: meta.tags.slice(0, 20), precision: "high" };
  if (meta.securitySeverity !== void 0) properties["security-severity"] = meta.securitySeverity;
  return {
    id: meta.id,
    name: limit(meta.name, 255),
    shortDescription: { text: limit(plainLine(meta.description), 1024) },
    fullDescription: { text: limitSentences(plainLine(meta.details), 1024) },
    help: { text: meta.remediation, markdown: helpMarkdown(rule) },
    helpUri: docsUrl(meta.id),
    defaultConfiguration: { level: meta.defaultSeverity },
    properties
  };
}
function helpMarkdown(rule) {
  const { meta } = rule;
  const longestTicks = Math.max(0, ...(meta.example.match(/`+/g) ?? []).map((run) => run.length));
  const fence = "`".repeat(Math.max(3, longestTicks + 1));
  return `${meta.remediation}

${fence}yaml
${meta.example.replace(/\n+$/, "")}
${fence}

[Rule documentation](${docsUrl(meta.id)})`;
}
function limit(text2, max) {
  return text2.length <= max ? text2 : `${text2.slice(0, max - 1)}\u2026`;
}
function limitSentences(text2, max) {
  if (text2.length <= max) return text2;
  const head = text2.slice(0, max);
  const end = Math.max(head.lastIndexOf(". "), head.lastIndexOf("! "), head.lastIndexOf("? "));
  return end > max / 2 ? head.slice(0, end + 1) : limit(text2, max);
}
function capResults(findings) {
  if (findings.length <= MAX_SARIF_RESULTS) return findings;
  const chosen = findings.map((finding, index) => ({ finding, index })).sort((a, b) => SEVERITY_RANK[a.finding.severity] - SEVERITY_RANK[b.finding.severity] || a.index - b.index).slice(0, MAX_SARIF_RESULTS).sort((a, b) => a.index - b.index);
  return chosen.map((entry) => entry.finding);
}
function sarifResult(finding, index, options, seen) {
  const primary = finding.location;
  const related = finding.related.slice(0, MAX_RELATED_LOCATIONS);
  const key = fingerprintKey(finding, options);
  const occurrence = (seen.get(key) ?? 0) + 1;
  seen.set(key, occurrence);
  const out = {
    ruleId: finding.ruleId,
    ruleIndex: index,
    level: finding.severity,
    message: { text: messageText(finding, related, options) },
    locations: [{ physicalLocation: physicalLocation(primary, options) }]
  };
  if (related.length > 0) {
    out.relatedLocations = related.map((location, i) => ({
      id: i + 1,
      physicalLocation: physicalLocation(location, options),
      message: { text: relatedText(location) }
    }));
  }
  out.partialFingerprints = { primaryLocationLineHash: `${createHash2("sha256").update(key).digest("hex").slice(0, 32)}:${occurrence}` };
  const properties = { yamlPath: formatPath(primary.path) };
  if (primary.object) properties.object = { ...primary.object };
  if (primary.doc !== void 0) properties.document = primary.doc;
  out.properties = properties;
  return out;
}
function messageText(finding, related, options) {
  const parts = [sentence(finding.message)];
  const { location } = finding;
  const object = objectLabel(location);
  if (location.file === "<stdin>") parts.push(`Found in the manifests read from stdin${object ? `, in ${object}` : ""}.`);
  else if (location.file.startsWith("--")) parts.push(`Set by the ${ordinal(location.start.line)} ${location.file} flag.`);
  else if (object) parts.push(`Found in ${object}${location.object?.source ? ` (rendered from ${location.object.source})` : ""}.`);
  let text2 = parts.join(" ").replace(/\]\(/g, "] (");
  if (related.length > 0) {
    const links = related.slice(0, 3).map((r, i) => `[${linkText(locationLabel({ ...r, file: rebaseFile(r.file, options.cwd, options.root) }))}](${i + 1})`);
    const more = related.length > 3 ? ` and ${related.length - 3} more` : "";
    text2 += ` See also ${links.join(", ")}${more}.`;
  }
  return text2;
}
function linkText(text2) {
  return text2.replace(/[[\]\\]/g, (char) => `\\${char}`);
}
function ordinal(n) {
  const suffix = n % 100 >= 11 && n % 100 <= 13 ? "th" : { 1: "st", 2: "nd", 3: "rd" }[n % 10] ?? "th";
  return `${n}${suffix}`;
}
function relatedText(location) {
  const object = objectLabel(location);
  const path = formatPath(location.path);
  const where = [object, path].filter(Boolean).join(", ");
  return where === "" ? "Related location." : sentence(where);
}
function artifactUri(file, options) {
  const rel = rebaseFile(file, options.cwd, options.root);
  return rel.split("/").map((segment) => segment === ".." || segment === "." ? segment : encodeSegment(segment)).join("/");
}
function encodeSegment(segment) {
  return encodeURIComponent(segment).replace(/%(2B|3D|40|2C|3B|24|26)/g, (match) => decodeURIComponent(match));
}
function whole(value, min) {
  return Number.isFinite(value) ? Math.max(min, Math.trunc(value)) : min;
}
function physicalLocation(location, options) {
  const startLine = whole(location.start.line, 1);
  const startColumn = whole(location.start.column, 1);
  const endLine = whole(location.end.line, startLine);
  const endColumn = endLine === startLine ? whole(location.end.column, startColumn) : whole(location.end.column, 1);
  return {
    artifactLocation: { uri: artifactUri(location.file, options) },
    region: { startLine, startColumn, endLine, endColumn }
  };
}
function fingerprintKey(finding, options) {
  const { location } = finding;
  const artifact = isPseudoFile(location.file) ? location.file : rebaseFile(location.file, options.cwd, options.root);
  const object = location.object;
  const identity = object ? `${object.apiVersion}/${object.kind}/${object.namespace ?? ""}/${object.name}` : location.doc !== void 0 ? `#${location.doc}` : "";
  const path = location.path.length > 0 ? JSON.stringify(location.path) : `~${plainLine(finding.message)}`;
  return [finding.ruleId, finding.messageId, artifact, identity, path].join("\0");
}
function liveNotifications(result, notify) {
  const { live } = result;
  const requests = `${live.requests} request${live.requests === 1 ? "" : "s"}`;
  const version = live.litellmVersion ? `, LiteLLM ${live.litellmVersion}` : "";
  const reason = live.reason ? `: ${live.reason}` : "";
  switch (live.status) {
    case "skipped":
      notify("live-checks", "note", `Live LiteLLM checks were skipped${reason || ": not requested"}`);
      break;
    case "inconclusive":
      notify("live-checks", "warning", `Live LiteLLM checks were inconclusive (${requests}${version})${reason}`);
      break;
    case "failed":
      notify("live-checks", "note", `Live LiteLLM checks failed (${requests}${version}); the failures are results of this run${reason}`);
      break;
    case "passed":
      notify("live-checks", "note", `Live LiteLLM checks passed (${requests}${version})${reason}`);
      break;
  }
  for (const notice of live.notices) notify("live-checks", "note", `Live checks: ${notice}`);
}

// src/format/summary.ts
var MAX_SUMMARY_FINDINGS = 500;
var MAX_SUMMARY_BUDGET_IDS = 200;
var ICON = { error: "\u274C", warning: "\u26A0\uFE0F", note: "\u2139\uFE0F" };
function markdownText(text2) {
  return plainLine(text2).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/[\\`*_[\]|~#!]/g, (char) => `\\${char}`);
}
function markdownCode(text2) {
  const line = plainLine(text2);
  if (line === "") return "";
  if (line.includes("`")) return markdownText(line);
  return `\`${line.replace(/\|/g, "\\|")}\``;
}
function plural2(count, word) {
  return `${count} ${word}${count === 1 ? "" : "s"}`;
}
function formatSummary(result, rules2) {
  const active = activeFindings(result);
  const counts = countBySeverity(active);
  const suppressed = result.findings.length - active.length;
  const out = ["## litellm-preflight", ""];
  const totals = counts.error + counts.warning + counts.note;
  const icon = counts.error > 0 ? ICON.error : counts.warning > 0 ? ICON.warning : "\u2705";
  const headline = totals === 0 ? `${icon} No problems found` : `${icon} ${counts.error > 0 ? `**${plural2(counts.error, "error")}**` : plural2(counts.error, "error")}, ${plural2(counts.warning, "warning")}, ${plural2(counts.note, "note")}`;
  const inputs = [
    plural2(result.stats.valuesFiles, "values file"),
    plural2(result.stats.manifestDocuments, "manifest document"),
    plural2(result.stats.workloads, "workload")
  ].join(", ");
  out.push(`${headline} \xB7 checked ${inputs}${suppressed > 0 ? ` \xB7 ${suppressed} suppressed by inline directives (not annotated, not uploaded)` : ""}`, "");
  out.push("### Budget ids", "");
  if (result.budgetIds.length === 0) {
    out.push("No budget id found.", "");
  } else {
    out.push("| Budget id | Source | Env | Scope | Where |", "|---|---|---|---|---|");
    for (const budget of result.budgetIds.slice(0, MAX_SUMMARY_BUDGET_IDS)) {
      const id = budget.id === "" ? "*(empty)*" : markdownCode(budget.id);
      const where = budget.location ? markdownCode(locationLabel(budget.location)) : "built-in default";
      out.push(`| ${id} | ${markdownText(budget.source)} | ${budget.envName ? markdownCode(budget.envName) : ""} | ${markdownText(budget.scope)} | ${where} |`);
    }
    if (result.budgetIds.length > MAX_SUMMARY_BUDGET_IDS) out.push("", `\u2026and ${result.budgetIds.length - MAX_SUMMARY_BUDGET_IDS} more.`);
    out.push("");
  }
  out.push("### Live LiteLLM checks", "");
  out.push(liveLine(result), "");
  for (const notice of result.live.notices) out.push(`- ${markdownText(notice)}`);
  if (result.live.notices.length > 0) out.push("");
  out.push("### Findings", "");
  if (active.length === 0) {
    out.push("None.", "");
  } else {
    out.push("| Severity | Rule | Message | Location |", "|---|---|---|---|");
    const ordered = prioritise(active, rules2);
    for (const finding of ordered.slice(0, MAX_SUMMARY_FINDINGS)) {
      const object = objectLabel(finding.location);
      const message = markdownText(sentenceWith(finding.message, object ? `in ${object}` : void 0));
      out.push(`| ${ICON[finding.severity]} ${finding.severity} | [${markdownText(finding.ruleId)}](${docsUrl(finding.ruleId)}) | ${message} | ${markdownCode(locationLabel(finding.location))} |`);
    }
    if (ordered.length > MAX_SUMMARY_FINDINGS) {
      out.push("", `\u2026and ${ordered.length - MAX_SUMMARY_FINDINGS} more (the SARIF file and \`--format json\` list them all).`);
    }
    out.push("");
  }
  return `${out.join("\n")}
`;
}
function liveLine(result) {
  const { live } = result;
  const reason = live.reason ? `: ${markdownText(live.reason.replace(/[.\s]+$/, ""))}` : "";
  if (live.status === "skipped") return `\u23ED\uFE0F Skipped${reason || ": not requested"}.`;
  const icon = live.status === "passed" ? "\u2705" : live.status === "failed" ? "\u274C" : "\u26A0\uFE0F";
  const details = [plural2(live.requests, "request"), ...live.litellmVersion ? [`LiteLLM ${markdownText(live.litellmVersion)}`] : []].join(", ");
  return `${icon} ${live.status[0].toUpperCase()}${live.status.slice(1)} (${details})${reason}.`;
}

// src/live/targets.ts
var MAX_RELATED = 10;
function isLookupCandidate(id) {
  return id.trim() !== "" && id === id.trim() && !/\{\{.*\}\}/.test(id) && !/%%\w+%%/.test(id) && !/\$\([^)]*\)/.test(id) && id.length <= 512;
}
function budgetTargets(model, budgetIdEnv) {
  const byId = /* @__PURE__ */ new Map();
  const seenAt = /* @__PURE__ */ new Map();
  for (const fact of model.facts.budgetIds) {
    const effective = fact.mappedTo ?? fact;
    const id = effective.id;
    if (id === void 0 || !isLookupCandidate(id)) continue;
    const isDefault = effective.source === "default";
    const at = effective.at ?? firstInput(model);
    const where = `${at.source.file}\0${at.source.doc ?? ""}\0${JSON.stringify(at.path)}`;
    const sensitive2 = effective.variable?.sensitive === true;
    let target = byId.get(id);
    if (!target) {
      target = { id, shown: sensitive2 ? "(value from a Secret)" : id, sensitive: sensitive2, isDefault, envName: effective.envName ?? budgetIdEnv, at, related: [], places: 0 };
      byId.set(id, target);
      seenAt.set(id, /* @__PURE__ */ new Set());
    }
    const seen = seenAt.get(id);
    if (seen.has(where)) continue;
    seen.add(where);
    target.places++;
    if (target.places > 1 && target.related.length < MAX_RELATED) target.related.push(at);
    if (target.sensitive !== sensitive2) target.sensitive = target.sensitive || sensitive2;
  }
  return [...byId.values()];
}
var APP_KEY_ENV = ["LITE_LLM_APP_KEY", "LITELLM_API_KEY"];
function keyAnchor(model) {
  for (const name of APP_KEY_ENV) {
    for (const list of model.facts.envLists) {
      if (list.origin !== "values") continue;
      const entry = list.entries.find((candidate) => candidate.name === name);
      if (entry) return list.style === "list" ? { source: entry.at.source, path: [...entry.at.path, "name"] } : { ...entry.at, part: "key", sensitive: false };
    }
  }
  return firstInput(model);
}
function firstInput(model) {
  const values = model.values;
  const file = values?.files[0];
  if (file) return { source: file, path: [] };
  const set = values?.sets[0];
  if (set) return { source: set, path: [] };
  const manifest = model.manifests?.objects[0]?.source;
  if (manifest) return { source: manifest, path: [] };
  return { source: NO_INPUT, path: [] };
}
var NO_INPUT = {
  kind: "config",
  file: "<inputs>",
  locate: () => ({ start: { line: 1, column: 1 }, end: { line: 1, column: 1 }, path: [] }),
  lineText: () => void 0
};

// src/live/session.ts
var LiveSession = class {
  client;
  readiness;
  anchor;
  now;
  problems = [];
  notices = [];
  options;
  targets;
  budgetsPromise;
  listPromise;
  keyPromise;
  constructor(options) {
    this.options = options;
    this.client = options.client;
    this.readiness = options.readiness;
    this.anchor = keyAnchor(options.model);
    this.now = options.now;
  }
  budgetTargets() {
    this.targets ??= budgetTargets(this.options.model, this.options.budgetIdEnv);
    return this.targets;
  }
  budgets() {
    this.budgetsPromise ??= this.loadBudgets();
    return this.budgetsPromise;
  }
  async loadBudgets() {
    const targets = this.budgetTargets();
    if (targets.length === 0) return { status: "none" };
    if (this.readiness?.db === "none") return { status: "no-database", targets };
    if (!this.client.has("master")) {
      return { status: "inconclusive", kind: "credential", reason: `set ${CREDENTIAL_ENV.master} (an admin key): budgets can be read only by a proxy admin` };
    }
    if (this.readiness?.db === "disconnected") return { status: "inconclusive", kind: "incomplete", reason: "the proxy reports its database as disconnected (readiness)" };
    const ids = [...new Set(targets.map((target) => target.id))].sort();
    const result = await this.client.call({ method: "POST", path: "/budget/info", body: { budgets: ids }, credential: "master" });
    if (!result.ok) return { status: "inconclusive", kind: "incomplete", reason: result.failure.reason };
    if (!Array.isArray(result.data)) return { status: "inconclusive", kind: "incomplete", reason: "POST /budget/info: unexpected answer (not a list)" };
    const found = /* @__PURE__ */ new Map();
    for (const item of result.data) {
      const limits = budgetLimits(item);
      if (limits && ids.includes(limits.id)) found.set(limits.id, limits);
    }
    return { status: "ok", targets, found, missing: targets.filter((target) => !found.has(target.id)) };
  }
  existingBudgetIds() {
    this.listPromise ??= (async () => {
      if (!this.client.has("master")) return null;
      const result = await this.client.call({ method: "GET", path: "/budget/list", credential: "master" });
      if (!result.ok) {
        this.notice(`the list of budgets could not be read for suggestions: ${result.failure.reason}`);
        return null;
      }
      if (!Array.isArray(result.data)) return null;
      return result.data.map((item) => budgetLimits(item)?.id).filter((id) => id !== void 0 && safeText(id) !== null);
    })();
    return this.listPromise;
  }
  integrationKey() {
    this.keyPromise ??= this.loadKey();
    return this.keyPromise;
  }
  async loadKey() {
    const { apiKey, keyAlias } = this.options;
    let identity;
    if (apiKey) {
      identity = { kind: "raw", raw: apiKey };
      if (keyAlias) this.notice(`${CREDENTIAL_ENV.api} identifies the integration key; --key-alias is not used`);
    } else if (keyAlias) {
      if (!this.client.has("master")) {
        return { status: "unverified", kind: "credential", reason: `--key-alias needs ${CREDENTIAL_ENV.master} (keys are listed by alias only for admins), or set ${CREDENTIAL_ENV.api} instead` };
      }
      identity = { kind: "alias", alias: keyAlias };
    } else {
      return { status: "unverified", kind: "credential", reason: `set ${CREDENTIAL_ENV.api} (the platform's integration key) or give --key-alias with ${CREDENTIAL_ENV.master}` };
    }
    if (this.readiness?.db === "none") {
      return { status: "unverified", kind: "incomplete", reason: 'the proxy has no database (readiness: db "Not connected"), so virtual keys cannot be looked up' };
    }
    if (this.readiness?.db === "disconnected") return { status: "unverified", kind: "incomplete", reason: "the proxy reports its database as disconnected (readiness)" };
    return assessKey(this.client, identity, this.now, this.options.scrubber);
  }
  inconclusive(ruleId, kind, reason) {
    this.problems.push({ ruleId, kind, reason: this.options.scrubber.scrub(reason) });
  }
  notice(text2) {
    const clean = this.options.scrubber.scrub(text2);
    if (!this.notices.includes(clean)) this.notices.push(clean);
  }
};

// src/live/phase.ts
var DEFAULT_TIMEOUT_MS = 1e4;
function createLivePhase(config) {
  return (model, report, rules2) => runLivePhase(config, model, report, rules2);
}
async function runLivePhase(config, model, report, rules2) {
  const now = config.now ?? (() => /* @__PURE__ */ new Date());
  const timeoutMs = config.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const started = now().getTime();
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  timer.unref?.();
  const scrubber = new Scrubber();
  scrubber.add(config.masterKey);
  scrubber.add(config.apiKey);
  let transport;
  const http = config.http ?? (async (request) => {
    transport ??= await createUndiciTransport(config.proxyEnv ?? {});
    return transport.request(request);
  });
  const client = new LiteLLMClient({
    baseUrl: config.url,
    http,
    masterKey: config.masterKey,
    apiKey: config.apiKey,
    keyHeader: config.keyHeader,
    signal: controller.signal,
    deadline: started + timeoutMs,
    now: () => now().getTime(),
    ...config.retries !== void 0 ? { retries: config.retries } : {},
    ...config.backoffMs !== void 0 ? { backoffMs: config.backoffMs } : {},
    ...config.maxBytes !== void 0 ? { maxBytes: config.maxBytes } : {}
  });
  const errors = [];
  const scrubbed = (rule, raw) => {
    const data = raw.data ? Object.fromEntries(Object.entries(raw.data).map(([name, value]) => [name, typeof value === "string" ? scrubber.scrub(value) : value])) : void 0;
    const finding = report(rule, { ...raw, ...data ? { data } : {} });
    if (finding && rule.meta.requiresNetwork && finding.severity === "error") errors.push(finding);
    return finding;
  };
  try {
    const probe = await client.call({ method: "GET", path: "/health/readiness", credential: "none" });
    let readiness = null;
    let fatal;
    const notices = [];
    if (probe.ok) {
      readiness = parseReadiness(probe.data);
      if (!readiness) fatal = `GET /health/readiness: unexpected answer (not LiteLLM's readiness object; is ${client.displayUrl} the proxy?)`;
    } else if (probe.failure.status === 404) {
      notices.push("no /health/readiness at this URL (a separate health port?); version and database state unknown");
    } else {
      fatal = probe.failure.reason;
    }
    const session = new LiveSession({
      client,
      model,
      readiness,
      scrubber,
      now: now(),
      budgetIdEnv: config.budgetIdEnv ?? "LITELLM_BUDGET_ID",
      apiKey: config.apiKey,
      keyAlias: config.keyAlias
    });
    for (const notice of notices) session.notice(notice);
    if (readiness?.db === "none") session.notice('the proxy has no database (readiness: db "Not connected"): it cannot hold budgets or virtual keys');
    const network = rules2.filter((rule) => rule.meta.requiresNetwork);
    const readers = rules2.filter((rule) => !rule.meta.requiresNetwork);
    if (fatal !== void 0) {
      for (const rule of network) session.inconclusive(rule.meta.id, "incomplete", `${client.displayUrl}: ${fatal}`);
    } else {
      await Promise.all(
        network.map(async (rule) => {
          try {
            await rule.check({ model, options: {}, report: (raw) => scrubbed(rule, raw), live: session });
          } catch (error) {
            session.inconclusive(rule.meta.id, "incomplete", `internal error: ${error.message ?? String(error)}`);
          }
        })
      );
    }
    for (const rule of readers) await rule.check({ model, options: {}, report: (raw) => scrubbed(rule, raw), live: session });
    const status = errors.length > 0 ? "failed" : session.problems.length > 0 ? "inconclusive" : "passed";
    const live = { status, requests: client.requests, notices: session.notices };
    if (readiness?.version) live.litellmVersion = readiness.version;
    if (status === "inconclusive") live.reason = scrubber.scrub(summarise(session.problems.map((problem) => problem.reason)));
    return live;
  } finally {
    clearTimeout(timer);
    controller.abort();
    await transport?.close().catch(() => void 0);
  }
}
function summarise(reasons) {
  const unique = [...new Set(reasons)];
  const first = unique[0] ?? "a live check could not complete";
  return unique.length > 1 ? `${first} (and ${unique.length - 1} more)` : first;
}

// src/live/url.ts
function parseLiteLLMUrl(url, from) {
  let parsed;
  try {
    parsed = new URL(url);
  } catch {
    throw new UsageError(`${from} is not a URL`);
  }
  if (parsed.protocol !== "http:" && parsed.protocol !== "https:") throw new UsageError(`${from} must be an http:// or https:// URL`);
  if (parsed.username || parsed.password) throw new UsageError(`${from} must not contain credentials; use LITELLM_MASTER_KEY and LITELLM_API_KEY`);
  if (parsed.search || parsed.hash) throw new UsageError(`${from} must not have a query or a fragment`);
  return parsed;
}

// src/cli/read-input.ts
import { closeSync, openSync, readFileSync, readSync, statSync } from "node:fs";
var decoder = new TextDecoder("utf-8", { fatal: true });
var LIMIT_HINT = "limits.maxFileBytes in the config";
function decodeText(bytes, what) {
  if (bytes.includes(0)) throw new UsageError(`${what} is binary (it contains NUL bytes)`);
  let text2;
  try {
    text2 = decoder.decode(bytes);
  } catch {
    throw new UsageError(`${what} is not UTF-8 text`);
  }
  return text2.charCodeAt(0) === 65279 ? text2.slice(1) : text2;
}
function readInputText(path, what, maxBytes = DEFAULT_MAX_FILE_BYTES) {
  let bytes;
  try {
    const stats = statSync(path);
    if (stats.size > maxBytes) throw new UsageError(`${what} has ${stats.size} bytes, more than the limit of ${maxBytes} (${LIMIT_HINT})`);
    bytes = stats.isFile() || stats.isDirectory() ? readFileSync(path) : readBounded(path, what, maxBytes);
  } catch (error) {
    if (error instanceof UsageError) throw error;
    const code = error.code;
    const reason = code === "ENOENT" ? "no such file" : code === "EISDIR" ? "it is a directory" : code === "EACCES" ? "permission denied" : code ?? "unreadable";
    throw new UsageError(`cannot read ${what}: ${reason}`);
  }
  return decodeText(bytes, what);
}
function readBounded(path, what, maxBytes) {
  const fd = openSync(path, "r");
  try {
    const chunks = [];
    let size = 0;
    for (; ; ) {
      const chunk = Buffer.allocUnsafe(64 * 1024);
      const read = readSync(fd, chunk, 0, chunk.length, null);
      if (read === 0) return Buffer.concat(chunks);
      size += read;
      if (size > maxBytes) throw new UsageError(`${what} has more than ${maxBytes} bytes (${LIMIT_HINT})`);
      chunks.push(chunk.subarray(0, read));
    }
  } finally {
    closeSync(fd);
  }
}
async function readStdinText(stdin, maxBytes = DEFAULT_MAX_FILE_BYTES) {
  const chunks = [];
  let size = 0;
  for await (const chunk of stdin) {
    const buffer = typeof chunk === "string" ? Buffer.from(chunk) : chunk;
    size += buffer.length;
    if (size > maxBytes) throw new UsageError(`stdin has more than ${maxBytes} bytes (${LIMIT_HINT})`);
    chunks.push(buffer);
  }
  return decodeText(Buffer.concat(chunks), "stdin");
}

export {
  LITELLM_CREDENTIAL_ENV,
  require_dist,
  SetSyntaxError,
  SetApplyError,
  rules,
  UsageError,
  parseConfig,
  DEFAULT_OPTIONS,
  lint,
  activeFindings,
  countBySeverity,
  plainLine,
  rebaseResult,
  escapeData,
  workflowCommand,
  formatGithub,
  jsonLocation,
  formatJson,
  DEFAULT_SARIF_CATEGORY,
  findGitRoot,
  formatSarif,
  markdownText,
  formatSummary,
  DEFAULT_TIMEOUT_MS,
  createLivePhase,
  parseLiteLLMUrl,
  readInputText,
  readStdinText
};
