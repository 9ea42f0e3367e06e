"use strict";
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __commonJS = (cb, mod) => function __require() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
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

// dev/node_modules/dockerfile-ast/lib/argument.js
var require_argument = __commonJS({
  "dev/node_modules/dockerfile-ast/lib/argument.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.Argument = void 0;
    var Argument = class {
      constructor(value2, range) {
        this.value = value2;
        this.range = range;
      }
      toString() {
        return this.value;
      }
      getRange() {
        return this.range;
      }
      getValue() {
        return this.value;
      }
      isAfter(position) {
        if (this.range.end.line < position.line) {
          return false;
        }
        return this.range.start.line > position.line ? true : this.range.start.character > position.character;
      }
      isBefore(position) {
        if (this.range.start.line < position.line) {
          return true;
        }
        return this.range.end.line > position.line ? false : this.range.end.character < position.character;
      }
    };
    exports2.Argument = Argument;
  }
});

// dev/node_modules/dockerfile-ast/lib/jsonArgument.js
var require_jsonArgument = __commonJS({
  "dev/node_modules/dockerfile-ast/lib/jsonArgument.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.JSONArgument = void 0;
    var argument_1 = require_argument();
    var JSONArgument = class extends argument_1.Argument {
      constructor(value2, range, jsonRange) {
        super(value2, range);
        this.jsonRange = jsonRange;
      }
      getJSONRange() {
        return this.jsonRange;
      }
      getJSONValue() {
        let value2 = super.getValue();
        value2 = value2.substring(1, value2.length - 1);
        return value2;
      }
    };
    exports2.JSONArgument = JSONArgument;
  }
});

// dev/node_modules/vscode-languageserver-types/lib/umd/main.js
var require_main = __commonJS({
  "dev/node_modules/vscode-languageserver-types/lib/umd/main.js"(exports2, module2) {
    (function(factory) {
      if (typeof module2 === "object" && typeof module2.exports === "object") {
        var v = factory(require, exports2);
        if (v !== void 0) module2.exports = v;
      } else if (typeof define === "function" && define.amd) {
        define(["require", "exports"], factory);
      }
    })(function(require2, exports3) {
      "use strict";
      Object.defineProperty(exports3, "__esModule", { value: true });
      exports3.TextDocument = exports3.EOL = exports3.WorkspaceFolder = exports3.InlineCompletionContext = exports3.SelectedCompletionInfo = exports3.InlineCompletionTriggerKind = exports3.InlineCompletionList = exports3.InlineCompletionItem = exports3.StringValue = exports3.InlayHint = exports3.InlayHintLabelPart = exports3.InlayHintKind = exports3.InlineValueContext = exports3.InlineValueEvaluatableExpression = exports3.InlineValueVariableLookup = exports3.InlineValueText = exports3.SemanticTokens = exports3.SemanticTokenModifiers = exports3.SemanticTokenTypes = exports3.SelectionRange = exports3.DocumentLink = exports3.FormattingOptions = exports3.CodeLens = exports3.CodeAction = exports3.CodeActionTag = exports3.CodeActionContext = exports3.CodeActionTriggerKind = exports3.CodeActionKind = exports3.DocumentSymbol = exports3.WorkspaceSymbol = exports3.SymbolInformation = exports3.SymbolTag = exports3.SymbolKind = exports3.DocumentHighlight = exports3.DocumentHighlightKind = exports3.SignatureInformation = exports3.ParameterInformation = exports3.Hover = exports3.MarkedString = exports3.CompletionList = exports3.CompletionItem = exports3.CompletionItemLabelDetails = exports3.ApplyKind = exports3.InsertTextMode = exports3.InsertReplaceEdit = exports3.CompletionItemTag = exports3.InsertTextFormat = exports3.CompletionItemKind = exports3.MarkupContent = exports3.MarkupKind = exports3.TextDocumentItem = exports3.LanguageKind = exports3.OptionalVersionedTextDocumentIdentifier = exports3.VersionedTextDocumentIdentifier = exports3.TextDocumentIdentifier = exports3.WorkspaceChange = exports3.SnippetTextEdit = exports3.WorkspaceEdit = exports3.DeleteFile = exports3.RenameFile = exports3.CreateFile = exports3.TextDocumentEdit = exports3.AnnotatedTextEdit = exports3.ChangeAnnotationIdentifier = exports3.ChangeAnnotation = exports3.TextEdit = exports3.Command = exports3.Diagnostic = exports3.CodeDescription = exports3.DiagnosticTag = exports3.DiagnosticSeverity = exports3.DiagnosticRelatedInformation = exports3.FoldingRange = exports3.FoldingRangeKind = exports3.ColorPresentation = exports3.ColorInformation = exports3.Color = exports3.LocationLink = exports3.Location = exports3.Range = exports3.Position = exports3.uinteger = exports3.integer = exports3.URI = exports3.DocumentUri = void 0;
      var DocumentUri;
      (function(DocumentUri2) {
        function is(value2) {
          return typeof value2 === "string";
        }
        DocumentUri2.is = is;
      })(DocumentUri || (exports3.DocumentUri = DocumentUri = {}));
      var URI;
      (function(URI2) {
        function is(value2) {
          return typeof value2 === "string";
        }
        URI2.is = is;
      })(URI || (exports3.URI = URI = {}));
      var integer;
      (function(integer2) {
        integer2.MIN_VALUE = -2147483648;
        integer2.MAX_VALUE = 2147483647;
        function is(value2) {
          return typeof value2 === "number" && integer2.MIN_VALUE <= value2 && value2 <= integer2.MAX_VALUE;
        }
        integer2.is = is;
      })(integer || (exports3.integer = integer = {}));
      var uinteger;
      (function(uinteger2) {
        uinteger2.MIN_VALUE = 0;
        uinteger2.MAX_VALUE = 2147483647;
        function is(value2) {
          return typeof value2 === "number" && uinteger2.MIN_VALUE <= value2 && value2 <= uinteger2.MAX_VALUE;
        }
        uinteger2.is = is;
      })(uinteger || (exports3.uinteger = uinteger = {}));
      var Position;
      (function(Position2) {
        function create(line, character) {
          if (line === Number.MAX_VALUE) {
            line = uinteger.MAX_VALUE;
          }
          if (character === Number.MAX_VALUE) {
            character = uinteger.MAX_VALUE;
          }
          return { line, character };
        }
        Position2.create = create;
        function is(value2) {
          var candidate = value2;
          return Is.objectLiteral(candidate) && Is.uinteger(candidate.line) && Is.uinteger(candidate.character);
        }
        Position2.is = is;
      })(Position || (exports3.Position = Position = {}));
      var Range;
      (function(Range2) {
        function create(one, two, three, four) {
          if (Is.uinteger(one) && Is.uinteger(two) && Is.uinteger(three) && Is.uinteger(four)) {
            return { start: Position.create(one, two), end: Position.create(three, four) };
          } else if (Position.is(one) && Position.is(two)) {
            return { start: one, end: two };
          } else {
            throw new Error("Range#create called with invalid arguments[".concat(one, ", ").concat(two, ", ").concat(three, ", ").concat(four, "]"));
          }
        }
        Range2.create = create;
        function is(value2) {
          var candidate = value2;
          return Is.objectLiteral(candidate) && Position.is(candidate.start) && Position.is(candidate.end);
        }
        Range2.is = is;
      })(Range || (exports3.Range = Range = {}));
      var Location;
      (function(Location2) {
        function create(uri, range) {
          return { uri, range };
        }
        Location2.create = create;
        function is(value2) {
          var candidate = value2;
          return Is.objectLiteral(candidate) && Range.is(candidate.range) && (Is.string(candidate.uri) || Is.undefined(candidate.uri));
        }
        Location2.is = is;
      })(Location || (exports3.Location = Location = {}));
      var LocationLink;
      (function(LocationLink2) {
        function create(targetUri, targetRange, targetSelectionRange, originSelectionRange) {
          return { targetUri, targetRange, targetSelectionRange, originSelectionRange };
        }
        LocationLink2.create = create;
        function is(value2) {
          var candidate = value2;
          return Is.objectLiteral(candidate) && Range.is(candidate.targetRange) && Is.string(candidate.targetUri) && Range.is(candidate.targetSelectionRange) && (Range.is(candidate.originSelectionRange) || Is.undefined(candidate.originSelectionRange));
        }
        LocationLink2.is = is;
      })(LocationLink || (exports3.LocationLink = LocationLink = {}));
      var Color;
      (function(Color2) {
        function create(red, green, blue, alpha) {
          return {
            red,
            green,
            blue,
            alpha
          };
        }
        Color2.create = create;
        function is(value2) {
          var candidate = value2;
          return Is.objectLiteral(candidate) && Is.numberRange(candidate.red, 0, 1) && Is.numberRange(candidate.green, 0, 1) && Is.numberRange(candidate.blue, 0, 1) && Is.numberRange(candidate.alpha, 0, 1);
        }
        Color2.is = is;
      })(Color || (exports3.Color = Color = {}));
      var ColorInformation;
      (function(ColorInformation2) {
        function create(range, color) {
          return {
            range,
            color
          };
        }
        ColorInformation2.create = create;
        function is(value2) {
          var candidate = value2;
          return Is.objectLiteral(candidate) && Range.is(candidate.range) && Color.is(candidate.color);
        }
        ColorInformation2.is = is;
      })(ColorInformation || (exports3.ColorInformation = ColorInformation = {}));
      var ColorPresentation;
      (function(ColorPresentation2) {
        function create(label3, textEdit, additionalTextEdits) {
          return {
            label: label3,
            textEdit,
            additionalTextEdits
          };
        }
        ColorPresentation2.create = create;
        function is(value2) {
          var candidate = value2;
          return Is.objectLiteral(candidate) && Is.string(candidate.label) && (Is.undefined(candidate.textEdit) || TextEdit.is(candidate.textEdit)) && (Is.undefined(candidate.additionalTextEdits) || Is.typedArray(candidate.additionalTextEdits, TextEdit.is));
        }
        ColorPresentation2.is = is;
      })(ColorPresentation || (exports3.ColorPresentation = ColorPresentation = {}));
      var FoldingRangeKind;
      (function(FoldingRangeKind2) {
        FoldingRangeKind2.Comment = "comment";
        FoldingRangeKind2.Imports = "imports";
        FoldingRangeKind2.Region = "region";
      })(FoldingRangeKind || (exports3.FoldingRangeKind = FoldingRangeKind = {}));
      var FoldingRange;
      (function(FoldingRange2) {
        function create(startLine, endLine, startCharacter, endCharacter, kind, collapsedText) {
          var result = {
            startLine,
            endLine
          };
          if (Is.defined(startCharacter)) {
            result.startCharacter = startCharacter;
          }
          if (Is.defined(endCharacter)) {
            result.endCharacter = endCharacter;
          }
          if (Is.defined(kind)) {
            result.kind = kind;
          }
          if (Is.defined(collapsedText)) {
            result.collapsedText = collapsedText;
          }
          return result;
        }
        FoldingRange2.create = create;
        function is(value2) {
          var candidate = value2;
          return Is.objectLiteral(candidate) && Is.uinteger(candidate.startLine) && Is.uinteger(candidate.endLine) && (Is.undefined(candidate.startCharacter) || Is.uinteger(candidate.startCharacter)) && (Is.undefined(candidate.endCharacter) || Is.uinteger(candidate.endCharacter)) && (Is.undefined(candidate.kind) || Is.string(candidate.kind));
        }
        FoldingRange2.is = is;
      })(FoldingRange || (exports3.FoldingRange = FoldingRange = {}));
      var DiagnosticRelatedInformation;
      (function(DiagnosticRelatedInformation2) {
        function create(location, message) {
          return {
            location,
            message
          };
        }
        DiagnosticRelatedInformation2.create = create;
        function is(value2) {
          var candidate = value2;
          return Is.defined(candidate) && Location.is(candidate.location) && Is.string(candidate.message);
        }
        DiagnosticRelatedInformation2.is = is;
      })(DiagnosticRelatedInformation || (exports3.DiagnosticRelatedInformation = DiagnosticRelatedInformation = {}));
      var DiagnosticSeverity;
      (function(DiagnosticSeverity2) {
        DiagnosticSeverity2.Error = 1;
        DiagnosticSeverity2.Warning = 2;
        DiagnosticSeverity2.Information = 3;
        DiagnosticSeverity2.Hint = 4;
      })(DiagnosticSeverity || (exports3.DiagnosticSeverity = DiagnosticSeverity = {}));
      var DiagnosticTag;
      (function(DiagnosticTag2) {
        DiagnosticTag2.Unnecessary = 1;
        DiagnosticTag2.Deprecated = 2;
      })(DiagnosticTag || (exports3.DiagnosticTag = DiagnosticTag = {}));
      var CodeDescription;
      (function(CodeDescription2) {
        function is(value2) {
          var candidate = value2;
          return Is.objectLiteral(candidate) && Is.string(candidate.href);
        }
        CodeDescription2.is = is;
      })(CodeDescription || (exports3.CodeDescription = CodeDescription = {}));
      var Diagnostic;
      (function(Diagnostic2) {
        function create(range, message, severity, code, source, relatedInformation) {
          var result = { range, message };
          if (Is.defined(severity)) {
            result.severity = severity;
          }
          if (Is.defined(code)) {
            result.code = code;
          }
          if (Is.defined(source)) {
            result.source = source;
          }
          if (Is.defined(relatedInformation)) {
            result.relatedInformation = relatedInformation;
          }
          return result;
        }
        Diagnostic2.create = create;
        function is(value2) {
          var _a;
          var candidate = value2;
          return Is.defined(candidate) && Range.is(candidate.range) && (Is.string(candidate.message) || MarkupContent.is(candidate.message)) && (Is.number(candidate.severity) || Is.undefined(candidate.severity)) && (Is.integer(candidate.code) || Is.string(candidate.code) || Is.undefined(candidate.code)) && (Is.undefined(candidate.codeDescription) || Is.string((_a = candidate.codeDescription) === null || _a === void 0 ? void 0 : _a.href)) && (Is.string(candidate.source) || Is.undefined(candidate.source)) && (Is.undefined(candidate.relatedInformation) || Is.typedArray(candidate.relatedInformation, DiagnosticRelatedInformation.is));
        }
        Diagnostic2.is = is;
        function is3_17(value2) {
          return Is.string(value2.message);
        }
        Diagnostic2.is3_17 = is3_17;
        function getMessageString(diagnostic) {
          if (Is.string(diagnostic.message)) {
            return diagnostic.message;
          } else if (MarkupContent.is(diagnostic.message)) {
            return diagnostic.message.value;
          } else {
            throw new Error("Unknown message type ".concat(typeof diagnostic.message));
          }
        }
        Diagnostic2.getMessageString = getMessageString;
      })(Diagnostic || (exports3.Diagnostic = Diagnostic = {}));
      var Command;
      (function(Command2) {
        function create(title, command) {
          var args = [];
          for (var _i = 2; _i < arguments.length; _i++) {
            args[_i - 2] = arguments[_i];
          }
          var result = { title, command };
          if (Is.defined(args) && args.length > 0) {
            result.arguments = args;
          }
          return result;
        }
        Command2.create = create;
        function is(value2) {
          var candidate = value2;
          return Is.defined(candidate) && Is.string(candidate.title) && (candidate.tooltip === void 0 || Is.string(candidate.tooltip)) && Is.string(candidate.command);
        }
        Command2.is = is;
      })(Command || (exports3.Command = Command = {}));
      var TextEdit;
      (function(TextEdit2) {
        function replace(range, newText) {
          return { range, newText };
        }
        TextEdit2.replace = replace;
        function insert(position, newText) {
          return { range: { start: position, end: position }, newText };
        }
        TextEdit2.insert = insert;
        function del(range) {
          return { range, newText: "" };
        }
        TextEdit2.del = del;
        function is(value2) {
          var candidate = value2;
          return Is.objectLiteral(candidate) && Is.string(candidate.newText) && Range.is(candidate.range);
        }
        TextEdit2.is = is;
      })(TextEdit || (exports3.TextEdit = TextEdit = {}));
      var ChangeAnnotation;
      (function(ChangeAnnotation2) {
        function create(label3, needsConfirmation, description) {
          var result = { label: label3 };
          if (needsConfirmation !== void 0) {
            result.needsConfirmation = needsConfirmation;
          }
          if (description !== void 0) {
            result.description = description;
          }
          return result;
        }
        ChangeAnnotation2.create = create;
        function is(value2) {
          var candidate = value2;
          return Is.objectLiteral(candidate) && Is.string(candidate.label) && (Is.boolean(candidate.needsConfirmation) || candidate.needsConfirmation === void 0) && (Is.string(candidate.description) || candidate.description === void 0);
        }
        ChangeAnnotation2.is = is;
      })(ChangeAnnotation || (exports3.ChangeAnnotation = ChangeAnnotation = {}));
      var ChangeAnnotationIdentifier;
      (function(ChangeAnnotationIdentifier2) {
        function is(value2) {
          var candidate = value2;
          return Is.string(candidate);
        }
        ChangeAnnotationIdentifier2.is = is;
      })(ChangeAnnotationIdentifier || (exports3.ChangeAnnotationIdentifier = ChangeAnnotationIdentifier = {}));
      var AnnotatedTextEdit;
      (function(AnnotatedTextEdit2) {
        function replace(range, newText, annotation) {
          return { range, newText, annotationId: annotation };
        }
        AnnotatedTextEdit2.replace = replace;
        function insert(position, newText, annotation) {
          return { range: { start: position, end: position }, newText, annotationId: annotation };
        }
        AnnotatedTextEdit2.insert = insert;
        function del(range, annotation) {
          return { range, newText: "", annotationId: annotation };
        }
        AnnotatedTextEdit2.del = del;
        function is(value2) {
          var candidate = value2;
          return TextEdit.is(candidate) && (ChangeAnnotation.is(candidate.annotationId) || ChangeAnnotationIdentifier.is(candidate.annotationId));
        }
        AnnotatedTextEdit2.is = is;
      })(AnnotatedTextEdit || (exports3.AnnotatedTextEdit = AnnotatedTextEdit = {}));
      var TextDocumentEdit;
      (function(TextDocumentEdit2) {
        function create(textDocument, edits) {
          return { textDocument, edits };
        }
        TextDocumentEdit2.create = create;
        function is(value2) {
          var candidate = value2;
          return Is.defined(candidate) && OptionalVersionedTextDocumentIdentifier.is(candidate.textDocument) && Array.isArray(candidate.edits);
        }
        TextDocumentEdit2.is = is;
      })(TextDocumentEdit || (exports3.TextDocumentEdit = TextDocumentEdit = {}));
      var CreateFile;
      (function(CreateFile2) {
        function create(uri, options, annotation) {
          var result = {
            kind: "create",
            uri
          };
          if (options !== void 0 && (options.overwrite !== void 0 || options.ignoreIfExists !== void 0)) {
            result.options = options;
          }
          if (annotation !== void 0) {
            result.annotationId = annotation;
          }
          return result;
        }
        CreateFile2.create = create;
        function is(value2) {
          var candidate = value2;
          return candidate && candidate.kind === "create" && Is.string(candidate.uri) && (candidate.options === void 0 || (candidate.options.overwrite === void 0 || Is.boolean(candidate.options.overwrite)) && (candidate.options.ignoreIfExists === void 0 || Is.boolean(candidate.options.ignoreIfExists))) && (candidate.annotationId === void 0 || ChangeAnnotationIdentifier.is(candidate.annotationId));
        }
        CreateFile2.is = is;
      })(CreateFile || (exports3.CreateFile = CreateFile = {}));
      var RenameFile;
      (function(RenameFile2) {
        function create(oldUri, newUri, options, annotation) {
          var result = {
            kind: "rename",
            oldUri,
            newUri
          };
          if (options !== void 0 && (options.overwrite !== void 0 || options.ignoreIfExists !== void 0)) {
            result.options = options;
          }
          if (annotation !== void 0) {
            result.annotationId = annotation;
          }
          return result;
        }
        RenameFile2.create = create;
        function is(value2) {
          var candidate = value2;
          return candidate && candidate.kind === "rename" && Is.string(candidate.oldUri) && Is.string(candidate.newUri) && (candidate.options === void 0 || (candidate.options.overwrite === void 0 || Is.boolean(candidate.options.overwrite)) && (candidate.options.ignoreIfExists === void 0 || Is.boolean(candidate.options.ignoreIfExists))) && (candidate.annotationId === void 0 || ChangeAnnotationIdentifier.is(candidate.annotationId));
        }
        RenameFile2.is = is;
      })(RenameFile || (exports3.RenameFile = RenameFile = {}));
      var DeleteFile;
      (function(DeleteFile2) {
        function create(uri, options, annotation) {
          var result = {
            kind: "delete",
            uri
          };
          if (options !== void 0 && (options.recursive !== void 0 || options.ignoreIfNotExists !== void 0)) {
            result.options = options;
          }
          if (annotation !== void 0) {
            result.annotationId = annotation;
          }
          return result;
        }
        DeleteFile2.create = create;
        function is(value2) {
          var candidate = value2;
          return candidate && candidate.kind === "delete" && Is.string(candidate.uri) && (candidate.options === void 0 || (candidate.options.recursive === void 0 || Is.boolean(candidate.options.recursive)) && (candidate.options.ignoreIfNotExists === void 0 || Is.boolean(candidate.options.ignoreIfNotExists))) && (candidate.annotationId === void 0 || ChangeAnnotationIdentifier.is(candidate.annotationId));
        }
        DeleteFile2.is = is;
      })(DeleteFile || (exports3.DeleteFile = DeleteFile = {}));
      var WorkspaceEdit;
      (function(WorkspaceEdit2) {
        function is(value2) {
          var candidate = value2;
          return candidate && (candidate.changes !== void 0 || candidate.documentChanges !== void 0) && (candidate.documentChanges === void 0 || candidate.documentChanges.every(function(change) {
            if (Is.string(change.kind)) {
              return CreateFile.is(change) || RenameFile.is(change) || DeleteFile.is(change);
            } else {
              return TextDocumentEdit.is(change);
            }
          }));
        }
        WorkspaceEdit2.is = is;
      })(WorkspaceEdit || (exports3.WorkspaceEdit = WorkspaceEdit = {}));
      var TextEditChangeImpl = (
        /** @class */
        (function() {
          function TextEditChangeImpl2(edits, changeAnnotations) {
            this.edits = edits;
            this.changeAnnotations = changeAnnotations;
          }
          TextEditChangeImpl2.prototype.insert = function(position, newText, annotation) {
            var edit;
            var id;
            if (annotation === void 0) {
              edit = TextEdit.insert(position, newText);
            } else if (ChangeAnnotationIdentifier.is(annotation)) {
              id = annotation;
              edit = AnnotatedTextEdit.insert(position, newText, annotation);
            } else {
              this.assertChangeAnnotations(this.changeAnnotations);
              id = this.changeAnnotations.manage(annotation);
              edit = AnnotatedTextEdit.insert(position, newText, id);
            }
            this.edits.push(edit);
            if (id !== void 0) {
              return id;
            }
          };
          TextEditChangeImpl2.prototype.replace = function(range, newText, annotation) {
            var edit;
            var id;
            if (annotation === void 0) {
              edit = TextEdit.replace(range, newText);
            } else if (ChangeAnnotationIdentifier.is(annotation)) {
              id = annotation;
              edit = AnnotatedTextEdit.replace(range, newText, annotation);
            } else {
              this.assertChangeAnnotations(this.changeAnnotations);
              id = this.changeAnnotations.manage(annotation);
              edit = AnnotatedTextEdit.replace(range, newText, id);
            }
            this.edits.push(edit);
            if (id !== void 0) {
              return id;
            }
          };
          TextEditChangeImpl2.prototype.delete = function(range, annotation) {
            var edit;
            var id;
            if (annotation === void 0) {
              edit = TextEdit.del(range);
            } else if (ChangeAnnotationIdentifier.is(annotation)) {
              id = annotation;
              edit = AnnotatedTextEdit.del(range, annotation);
            } else {
              this.assertChangeAnnotations(this.changeAnnotations);
              id = this.changeAnnotations.manage(annotation);
              edit = AnnotatedTextEdit.del(range, id);
            }
            this.edits.push(edit);
            if (id !== void 0) {
              return id;
            }
          };
          TextEditChangeImpl2.prototype.add = function(edit) {
            this.edits.push(edit);
          };
          TextEditChangeImpl2.prototype.all = function() {
            return this.edits;
          };
          TextEditChangeImpl2.prototype.clear = function() {
            this.edits.splice(0, this.edits.length);
          };
          TextEditChangeImpl2.prototype.assertChangeAnnotations = function(value2) {
            if (value2 === void 0) {
              throw new Error("Text edit change is not configured to manage change annotations.");
            }
          };
          return TextEditChangeImpl2;
        })()
      );
      var SnippetTextEdit;
      (function(SnippetTextEdit2) {
        function is(value2) {
          var candidate = value2;
          return Is.objectLiteral(candidate) && Range.is(candidate.range) && StringValue.isSnippet(candidate.snippet) && (candidate.annotationId === void 0 || (ChangeAnnotation.is(candidate.annotationId) || ChangeAnnotationIdentifier.is(candidate.annotationId)));
        }
        SnippetTextEdit2.is = is;
      })(SnippetTextEdit || (exports3.SnippetTextEdit = SnippetTextEdit = {}));
      var ChangeAnnotations = (
        /** @class */
        (function() {
          function ChangeAnnotations2(annotations) {
            this._annotations = annotations === void 0 ? /* @__PURE__ */ Object.create(null) : annotations;
            this._counter = 0;
            this._size = 0;
          }
          ChangeAnnotations2.prototype.all = function() {
            return this._annotations;
          };
          Object.defineProperty(ChangeAnnotations2.prototype, "size", {
            get: function() {
              return this._size;
            },
            enumerable: false,
            configurable: true
          });
          ChangeAnnotations2.prototype.manage = function(idOrAnnotation, annotation) {
            var id;
            if (ChangeAnnotationIdentifier.is(idOrAnnotation)) {
              id = idOrAnnotation;
            } else {
              id = this.nextId();
              annotation = idOrAnnotation;
            }
            if (this._annotations[id] !== void 0) {
              throw new Error("Id ".concat(id, " is already in use."));
            }
            if (annotation === void 0) {
              throw new Error("No annotation provided for id ".concat(id));
            }
            this._annotations[id] = annotation;
            this._size++;
            return id;
          };
          ChangeAnnotations2.prototype.nextId = function() {
            this._counter++;
            return this._counter.toString();
          };
          return ChangeAnnotations2;
        })()
      );
      var WorkspaceChange = (
        /** @class */
        (function() {
          function WorkspaceChange2(workspaceEdit) {
            var _this = this;
            this._textEditChanges = /* @__PURE__ */ Object.create(null);
            if (workspaceEdit !== void 0) {
              this._workspaceEdit = workspaceEdit;
              if (workspaceEdit.documentChanges) {
                this._changeAnnotations = new ChangeAnnotations(workspaceEdit.changeAnnotations);
                workspaceEdit.changeAnnotations = this._changeAnnotations.all();
                workspaceEdit.documentChanges.forEach(function(change) {
                  if (TextDocumentEdit.is(change)) {
                    var textEditChange = new TextEditChangeImpl(change.edits, _this._changeAnnotations);
                    _this._textEditChanges[change.textDocument.uri] = textEditChange;
                  }
                });
              } else if (workspaceEdit.changes) {
                Object.keys(workspaceEdit.changes).forEach(function(key) {
                  var textEditChange = new TextEditChangeImpl(workspaceEdit.changes[key]);
                  _this._textEditChanges[key] = textEditChange;
                });
              }
            } else {
              this._workspaceEdit = {};
            }
          }
          Object.defineProperty(WorkspaceChange2.prototype, "edit", {
            /**
             * Returns the underlying {@link WorkspaceEdit} literal
             * use to be returned from a workspace edit operation like rename.
             */
            get: function() {
              this.initDocumentChanges();
              if (this._changeAnnotations !== void 0) {
                if (this._changeAnnotations.size === 0) {
                  this._workspaceEdit.changeAnnotations = void 0;
                } else {
                  this._workspaceEdit.changeAnnotations = this._changeAnnotations.all();
                }
              }
              return this._workspaceEdit;
            },
            enumerable: false,
            configurable: true
          });
          WorkspaceChange2.prototype.getTextEditChange = function(key) {
            if (OptionalVersionedTextDocumentIdentifier.is(key)) {
              this.initDocumentChanges();
              if (this._workspaceEdit.documentChanges === void 0) {
                throw new Error("Workspace edit is not configured for document changes.");
              }
              var textDocument = { uri: key.uri, version: key.version };
              var result = this._textEditChanges[textDocument.uri];
              if (!result) {
                var edits = [];
                var textDocumentEdit = {
                  textDocument,
                  edits
                };
                this._workspaceEdit.documentChanges.push(textDocumentEdit);
                result = new TextEditChangeImpl(edits, this._changeAnnotations);
                this._textEditChanges[textDocument.uri] = result;
              }
              return result;
            } else {
              this.initChanges();
              if (this._workspaceEdit.changes === void 0) {
                throw new Error("Workspace edit is not configured for normal text edit changes.");
              }
              var result = this._textEditChanges[key];
              if (!result) {
                var edits = [];
                this._workspaceEdit.changes[key] = edits;
                result = new TextEditChangeImpl(edits);
                this._textEditChanges[key] = result;
              }
              return result;
            }
          };
          WorkspaceChange2.prototype.initDocumentChanges = function() {
            if (this._workspaceEdit.documentChanges === void 0 && this._workspaceEdit.changes === void 0) {
              this._changeAnnotations = new ChangeAnnotations();
              this._workspaceEdit.documentChanges = [];
              this._workspaceEdit.changeAnnotations = this._changeAnnotations.all();
            }
          };
          WorkspaceChange2.prototype.initChanges = function() {
            if (this._workspaceEdit.documentChanges === void 0 && this._workspaceEdit.changes === void 0) {
              this._workspaceEdit.changes = /* @__PURE__ */ Object.create(null);
            }
          };
          WorkspaceChange2.prototype.createFile = function(uri, optionsOrAnnotation, options) {
            this.initDocumentChanges();
            if (this._workspaceEdit.documentChanges === void 0) {
              throw new Error("Workspace edit is not configured for document changes.");
            }
            var annotation;
            if (ChangeAnnotation.is(optionsOrAnnotation) || ChangeAnnotationIdentifier.is(optionsOrAnnotation)) {
              annotation = optionsOrAnnotation;
            } else {
              options = optionsOrAnnotation;
            }
            var operation;
            var id;
            if (annotation === void 0) {
              operation = CreateFile.create(uri, options);
            } else {
              id = ChangeAnnotationIdentifier.is(annotation) ? annotation : this._changeAnnotations.manage(annotation);
              operation = CreateFile.create(uri, options, id);
            }
            this._workspaceEdit.documentChanges.push(operation);
            if (id !== void 0) {
              return id;
            }
          };
          WorkspaceChange2.prototype.renameFile = function(oldUri, newUri, optionsOrAnnotation, options) {
            this.initDocumentChanges();
            if (this._workspaceEdit.documentChanges === void 0) {
              throw new Error("Workspace edit is not configured for document changes.");
            }
            var annotation;
            if (ChangeAnnotation.is(optionsOrAnnotation) || ChangeAnnotationIdentifier.is(optionsOrAnnotation)) {
              annotation = optionsOrAnnotation;
            } else {
              options = optionsOrAnnotation;
            }
            var operation;
            var id;
            if (annotation === void 0) {
              operation = RenameFile.create(oldUri, newUri, options);
            } else {
              id = ChangeAnnotationIdentifier.is(annotation) ? annotation : this._changeAnnotations.manage(annotation);
              operation = RenameFile.create(oldUri, newUri, options, id);
            }
            this._workspaceEdit.documentChanges.push(operation);
            if (id !== void 0) {
              return id;
            }
          };
          WorkspaceChange2.prototype.deleteFile = function(uri, optionsOrAnnotation, options) {
            this.initDocumentChanges();
            if (this._workspaceEdit.documentChanges === void 0) {
              throw new Error("Workspace edit is not configured for document changes.");
            }
            var annotation;
            if (ChangeAnnotation.is(optionsOrAnnotation) || ChangeAnnotationIdentifier.is(optionsOrAnnotation)) {
              annotation = optionsOrAnnotation;
            } else {
              options = optionsOrAnnotation;
            }
            var operation;
            var id;
            if (annotation === void 0) {
              operation = DeleteFile.create(uri, options);
            } else {
              id = ChangeAnnotationIdentifier.is(annotation) ? annotation : this._changeAnnotations.manage(annotation);
              operation = DeleteFile.create(uri, options, id);
            }
            this._workspaceEdit.documentChanges.push(operation);
            if (id !== void 0) {
              return id;
            }
          };
          return WorkspaceChange2;
        })()
      );
      exports3.WorkspaceChange = WorkspaceChange;
      var TextDocumentIdentifier;
      (function(TextDocumentIdentifier2) {
        function create(uri) {
          return { uri };
        }
        TextDocumentIdentifier2.create = create;
        function is(value2) {
          var candidate = value2;
          return Is.defined(candidate) && Is.string(candidate.uri);
        }
        TextDocumentIdentifier2.is = is;
      })(TextDocumentIdentifier || (exports3.TextDocumentIdentifier = TextDocumentIdentifier = {}));
      var VersionedTextDocumentIdentifier;
      (function(VersionedTextDocumentIdentifier2) {
        function create(uri, version) {
          return { uri, version };
        }
        VersionedTextDocumentIdentifier2.create = create;
        function is(value2) {
          var candidate = value2;
          return Is.defined(candidate) && Is.string(candidate.uri) && Is.integer(candidate.version);
        }
        VersionedTextDocumentIdentifier2.is = is;
      })(VersionedTextDocumentIdentifier || (exports3.VersionedTextDocumentIdentifier = VersionedTextDocumentIdentifier = {}));
      var OptionalVersionedTextDocumentIdentifier;
      (function(OptionalVersionedTextDocumentIdentifier2) {
        function create(uri, version) {
          return { uri, version };
        }
        OptionalVersionedTextDocumentIdentifier2.create = create;
        function is(value2) {
          var candidate = value2;
          return Is.defined(candidate) && Is.string(candidate.uri) && (candidate.version === null || Is.integer(candidate.version));
        }
        OptionalVersionedTextDocumentIdentifier2.is = is;
      })(OptionalVersionedTextDocumentIdentifier || (exports3.OptionalVersionedTextDocumentIdentifier = OptionalVersionedTextDocumentIdentifier = {}));
      var LanguageKind;
      (function(LanguageKind2) {
        LanguageKind2.ABAP = "abap";
        LanguageKind2.WindowsBat = "bat";
        LanguageKind2.BibTeX = "bibtex";
        LanguageKind2.Clojure = "clojure";
        LanguageKind2.Coffeescript = "coffeescript";
        LanguageKind2.C = "c";
        LanguageKind2.CPP = "cpp";
        LanguageKind2.CSharp = "csharp";
        LanguageKind2.CSS = "css";
        LanguageKind2.D = "d";
        LanguageKind2.Delphi = "pascal";
        LanguageKind2.Diff = "diff";
        LanguageKind2.Dart = "dart";
        LanguageKind2.Dockerfile = "dockerfile";
        LanguageKind2.Elixir = "elixir";
        LanguageKind2.Erlang = "erlang";
        LanguageKind2.FSharp = "fsharp";
        LanguageKind2.GitCommit = "git-commit";
        LanguageKind2.GitRebase = "git-rebase";
        LanguageKind2.Go = "go";
        LanguageKind2.Groovy = "groovy";
        LanguageKind2.Handlebars = "handlebars";
        LanguageKind2.Haskell = "haskell";
        LanguageKind2.HTML = "html";
        LanguageKind2.Ini = "ini";
        LanguageKind2.Java = "java";
        LanguageKind2.JavaScript = "javascript";
        LanguageKind2.JavaScriptReact = "javascriptreact";
        LanguageKind2.JSON = "json";
        LanguageKind2.LaTeX = "latex";
        LanguageKind2.Less = "less";
        LanguageKind2.Lua = "lua";
        LanguageKind2.Makefile = "makefile";
        LanguageKind2.Markdown = "markdown";
        LanguageKind2.ObjectiveC = "objective-c";
        LanguageKind2.ObjectiveCPP = "objective-cpp";
        LanguageKind2.Pascal = "pascal";
        LanguageKind2.Perl = "perl";
        LanguageKind2.Perl6 = "perl6";
        LanguageKind2.PHP = "php";
        LanguageKind2.Plaintext = "plaintext";
        LanguageKind2.Powershell = "powershell";
        LanguageKind2.Pug = "jade";
        LanguageKind2.Python = "python";
        LanguageKind2.R = "r";
        LanguageKind2.Razor = "razor";
        LanguageKind2.Ruby = "ruby";
        LanguageKind2.Rust = "rust";
        LanguageKind2.SCSS = "scss";
        LanguageKind2.SASS = "sass";
        LanguageKind2.Scala = "scala";
        LanguageKind2.ShaderLab = "shaderlab";
        LanguageKind2.ShellScript = "shellscript";
        LanguageKind2.SQL = "sql";
        LanguageKind2.Swift = "swift";
        LanguageKind2.TypeScript = "typescript";
        LanguageKind2.TypeScriptReact = "typescriptreact";
        LanguageKind2.TeX = "tex";
        LanguageKind2.VisualBasic = "vb";
        LanguageKind2.XML = "xml";
        LanguageKind2.XSL = "xsl";
        LanguageKind2.YAML = "yaml";
      })(LanguageKind || (exports3.LanguageKind = LanguageKind = {}));
      var TextDocumentItem;
      (function(TextDocumentItem2) {
        function create(uri, languageId, version, text) {
          return { uri, languageId, version, text };
        }
        TextDocumentItem2.create = create;
        function is(value2) {
          var candidate = value2;
          return Is.defined(candidate) && Is.string(candidate.uri) && Is.string(candidate.languageId) && Is.integer(candidate.version) && Is.string(candidate.text);
        }
        TextDocumentItem2.is = is;
      })(TextDocumentItem || (exports3.TextDocumentItem = TextDocumentItem = {}));
      var MarkupKind;
      (function(MarkupKind2) {
        MarkupKind2.PlainText = "plaintext";
        MarkupKind2.Markdown = "markdown";
        function is(value2) {
          var candidate = value2;
          return candidate === MarkupKind2.PlainText || candidate === MarkupKind2.Markdown;
        }
        MarkupKind2.is = is;
      })(MarkupKind || (exports3.MarkupKind = MarkupKind = {}));
      var MarkupContent;
      (function(MarkupContent2) {
        function is(value2) {
          var candidate = value2;
          return Is.objectLiteral(value2) && MarkupKind.is(candidate.kind) && Is.string(candidate.value);
        }
        MarkupContent2.is = is;
      })(MarkupContent || (exports3.MarkupContent = MarkupContent = {}));
      var CompletionItemKind;
      (function(CompletionItemKind2) {
        CompletionItemKind2.Text = 1;
        CompletionItemKind2.Method = 2;
        CompletionItemKind2.Function = 3;
        CompletionItemKind2.Constructor = 4;
        CompletionItemKind2.Field = 5;
        CompletionItemKind2.Variable = 6;
        CompletionItemKind2.Class = 7;
        CompletionItemKind2.Interface = 8;
        CompletionItemKind2.Module = 9;
        CompletionItemKind2.Property = 10;
        CompletionItemKind2.Unit = 11;
        CompletionItemKind2.Value = 12;
        CompletionItemKind2.Enum = 13;
        CompletionItemKind2.Keyword = 14;
        CompletionItemKind2.Snippet = 15;
        CompletionItemKind2.Color = 16;
        CompletionItemKind2.File = 17;
        CompletionItemKind2.Reference = 18;
        CompletionItemKind2.Folder = 19;
        CompletionItemKind2.EnumMember = 20;
        CompletionItemKind2.Constant = 21;
        CompletionItemKind2.Struct = 22;
        CompletionItemKind2.Event = 23;
        CompletionItemKind2.Operator = 24;
        CompletionItemKind2.TypeParameter = 25;
      })(CompletionItemKind || (exports3.CompletionItemKind = CompletionItemKind = {}));
      var InsertTextFormat;
      (function(InsertTextFormat2) {
        InsertTextFormat2.PlainText = 1;
        InsertTextFormat2.Snippet = 2;
      })(InsertTextFormat || (exports3.InsertTextFormat = InsertTextFormat = {}));
      var CompletionItemTag;
      (function(CompletionItemTag2) {
        CompletionItemTag2.Deprecated = 1;
      })(CompletionItemTag || (exports3.CompletionItemTag = CompletionItemTag = {}));
      var InsertReplaceEdit;
      (function(InsertReplaceEdit2) {
        function create(newText, insert, replace) {
          return { newText, insert, replace };
        }
        InsertReplaceEdit2.create = create;
        function is(value2) {
          var candidate = value2;
          return candidate && Is.string(candidate.newText) && Range.is(candidate.insert) && Range.is(candidate.replace);
        }
        InsertReplaceEdit2.is = is;
      })(InsertReplaceEdit || (exports3.InsertReplaceEdit = InsertReplaceEdit = {}));
      var InsertTextMode;
      (function(InsertTextMode2) {
        InsertTextMode2.asIs = 1;
        InsertTextMode2.adjustIndentation = 2;
      })(InsertTextMode || (exports3.InsertTextMode = InsertTextMode = {}));
      var ApplyKind;
      (function(ApplyKind2) {
        ApplyKind2.Replace = 1;
        ApplyKind2.Merge = 2;
      })(ApplyKind || (exports3.ApplyKind = ApplyKind = {}));
      var CompletionItemLabelDetails;
      (function(CompletionItemLabelDetails2) {
        function is(value2) {
          var candidate = value2;
          return candidate && (Is.string(candidate.detail) || candidate.detail === void 0) && (Is.string(candidate.description) || candidate.description === void 0);
        }
        CompletionItemLabelDetails2.is = is;
      })(CompletionItemLabelDetails || (exports3.CompletionItemLabelDetails = CompletionItemLabelDetails = {}));
      var CompletionItem;
      (function(CompletionItem2) {
        function create(label3) {
          return { label: label3 };
        }
        CompletionItem2.create = create;
      })(CompletionItem || (exports3.CompletionItem = CompletionItem = {}));
      var CompletionList;
      (function(CompletionList2) {
        function create(items, isIncomplete) {
          return { items: items ? items : [], isIncomplete: !!isIncomplete };
        }
        CompletionList2.create = create;
      })(CompletionList || (exports3.CompletionList = CompletionList = {}));
      var MarkedString;
      (function(MarkedString2) {
        function fromPlainText(plainText) {
          return plainText.replace(/[\\`*_{}[\]()#+\-.!]/g, "\\$&");
        }
        MarkedString2.fromPlainText = fromPlainText;
        function is(value2) {
          var candidate = value2;
          return Is.string(candidate) || Is.objectLiteral(candidate) && Is.string(candidate.language) && Is.string(candidate.value);
        }
        MarkedString2.is = is;
      })(MarkedString || (exports3.MarkedString = MarkedString = {}));
      var Hover;
      (function(Hover2) {
        function is(value2) {
          var candidate = value2;
          return !!candidate && Is.objectLiteral(candidate) && (MarkupContent.is(candidate.contents) || MarkedString.is(candidate.contents) || Is.typedArray(candidate.contents, MarkedString.is)) && (value2.range === void 0 || Range.is(value2.range));
        }
        Hover2.is = is;
      })(Hover || (exports3.Hover = Hover = {}));
      var ParameterInformation;
      (function(ParameterInformation2) {
        function create(label3, documentation) {
          return documentation ? { label: label3, documentation } : { label: label3 };
        }
        ParameterInformation2.create = create;
      })(ParameterInformation || (exports3.ParameterInformation = ParameterInformation = {}));
      var SignatureInformation;
      (function(SignatureInformation2) {
        function create(label3, documentation) {
          var parameters = [];
          for (var _i = 2; _i < arguments.length; _i++) {
            parameters[_i - 2] = arguments[_i];
          }
          var result = { label: label3 };
          if (Is.defined(documentation)) {
            result.documentation = documentation;
          }
          if (Is.defined(parameters)) {
            result.parameters = parameters;
          } else {
            result.parameters = [];
          }
          return result;
        }
        SignatureInformation2.create = create;
      })(SignatureInformation || (exports3.SignatureInformation = SignatureInformation = {}));
      var DocumentHighlightKind;
      (function(DocumentHighlightKind2) {
        DocumentHighlightKind2.Text = 1;
        DocumentHighlightKind2.Read = 2;
        DocumentHighlightKind2.Write = 3;
      })(DocumentHighlightKind || (exports3.DocumentHighlightKind = DocumentHighlightKind = {}));
      var DocumentHighlight;
      (function(DocumentHighlight2) {
        function create(range, kind) {
          var result = { range };
          if (Is.number(kind)) {
            result.kind = kind;
          }
          return result;
        }
        DocumentHighlight2.create = create;
      })(DocumentHighlight || (exports3.DocumentHighlight = DocumentHighlight = {}));
      var SymbolKind;
      (function(SymbolKind2) {
        SymbolKind2.File = 1;
        SymbolKind2.Module = 2;
        SymbolKind2.Namespace = 3;
        SymbolKind2.Package = 4;
        SymbolKind2.Class = 5;
        SymbolKind2.Method = 6;
        SymbolKind2.Property = 7;
        SymbolKind2.Field = 8;
        SymbolKind2.Constructor = 9;
        SymbolKind2.Enum = 10;
        SymbolKind2.Interface = 11;
        SymbolKind2.Function = 12;
        SymbolKind2.Variable = 13;
        SymbolKind2.Constant = 14;
        SymbolKind2.String = 15;
        SymbolKind2.Number = 16;
        SymbolKind2.Boolean = 17;
        SymbolKind2.Array = 18;
        SymbolKind2.Object = 19;
        SymbolKind2.Key = 20;
        SymbolKind2.Null = 21;
        SymbolKind2.EnumMember = 22;
        SymbolKind2.Struct = 23;
        SymbolKind2.Event = 24;
        SymbolKind2.Operator = 25;
        SymbolKind2.TypeParameter = 26;
      })(SymbolKind || (exports3.SymbolKind = SymbolKind = {}));
      var SymbolTag;
      (function(SymbolTag2) {
        SymbolTag2.Deprecated = 1;
      })(SymbolTag || (exports3.SymbolTag = SymbolTag = {}));
      var SymbolInformation;
      (function(SymbolInformation2) {
        function create(name, kind, range, uri, containerName) {
          var result = {
            name,
            kind,
            location: { uri, range }
          };
          if (containerName) {
            result.containerName = containerName;
          }
          return result;
        }
        SymbolInformation2.create = create;
      })(SymbolInformation || (exports3.SymbolInformation = SymbolInformation = {}));
      var WorkspaceSymbol;
      (function(WorkspaceSymbol2) {
        function create(name, kind, uri, range) {
          return range !== void 0 ? { name, kind, location: { uri, range } } : { name, kind, location: { uri } };
        }
        WorkspaceSymbol2.create = create;
      })(WorkspaceSymbol || (exports3.WorkspaceSymbol = WorkspaceSymbol = {}));
      var DocumentSymbol;
      (function(DocumentSymbol2) {
        function create(name, detail, kind, range, selectionRange, children) {
          var result = {
            name,
            detail,
            kind,
            range,
            selectionRange
          };
          if (children !== void 0) {
            result.children = children;
          }
          return result;
        }
        DocumentSymbol2.create = create;
        function is(value2) {
          var candidate = value2;
          return candidate && Is.string(candidate.name) && Is.number(candidate.kind) && Range.is(candidate.range) && Range.is(candidate.selectionRange) && (candidate.detail === void 0 || Is.string(candidate.detail)) && (candidate.deprecated === void 0 || Is.boolean(candidate.deprecated)) && (candidate.children === void 0 || Array.isArray(candidate.children)) && (candidate.tags === void 0 || Array.isArray(candidate.tags));
        }
        DocumentSymbol2.is = is;
      })(DocumentSymbol || (exports3.DocumentSymbol = DocumentSymbol = {}));
      var CodeActionKind;
      (function(CodeActionKind2) {
        CodeActionKind2.Empty = "";
        CodeActionKind2.QuickFix = "quickfix";
        CodeActionKind2.Refactor = "refactor";
        CodeActionKind2.RefactorExtract = "refactor.extract";
        CodeActionKind2.RefactorInline = "refactor.inline";
        CodeActionKind2.RefactorMove = "refactor.move";
        CodeActionKind2.RefactorRewrite = "refactor.rewrite";
        CodeActionKind2.Source = "source";
        CodeActionKind2.SourceOrganizeImports = "source.organizeImports";
        CodeActionKind2.SourceFixAll = "source.fixAll";
        CodeActionKind2.Notebook = "notebook";
      })(CodeActionKind || (exports3.CodeActionKind = CodeActionKind = {}));
      var CodeActionTriggerKind;
      (function(CodeActionTriggerKind2) {
        CodeActionTriggerKind2.Invoked = 1;
        CodeActionTriggerKind2.Automatic = 2;
      })(CodeActionTriggerKind || (exports3.CodeActionTriggerKind = CodeActionTriggerKind = {}));
      var CodeActionContext;
      (function(CodeActionContext2) {
        function create(diagnostics, only, triggerKind) {
          var result = { diagnostics };
          if (only !== void 0 && only !== null) {
            result.only = only;
          }
          if (triggerKind !== void 0 && triggerKind !== null) {
            result.triggerKind = triggerKind;
          }
          return result;
        }
        CodeActionContext2.create = create;
        function is(value2) {
          var candidate = value2;
          return Is.defined(candidate) && Is.typedArray(candidate.diagnostics, Diagnostic.is) && (candidate.only === void 0 || Is.typedArray(candidate.only, Is.string)) && (candidate.triggerKind === void 0 || candidate.triggerKind === CodeActionTriggerKind.Invoked || candidate.triggerKind === CodeActionTriggerKind.Automatic);
        }
        CodeActionContext2.is = is;
      })(CodeActionContext || (exports3.CodeActionContext = CodeActionContext = {}));
      var CodeActionTag;
      (function(CodeActionTag2) {
        CodeActionTag2.LLMGenerated = 1;
        function is(value2) {
          return Is.defined(value2) && value2 === CodeActionTag2.LLMGenerated;
        }
        CodeActionTag2.is = is;
      })(CodeActionTag || (exports3.CodeActionTag = CodeActionTag = {}));
      var CodeAction;
      (function(CodeAction2) {
        function create(title, kindOrCommandOrEdit, kind) {
          var result = { title };
          var checkKind = true;
          if (typeof kindOrCommandOrEdit === "string") {
            checkKind = false;
            result.kind = kindOrCommandOrEdit;
          } else if (Command.is(kindOrCommandOrEdit)) {
            result.command = kindOrCommandOrEdit;
          } else {
            result.edit = kindOrCommandOrEdit;
          }
          if (checkKind && kind !== void 0) {
            result.kind = kind;
          }
          return result;
        }
        CodeAction2.create = create;
        function is(value2) {
          var candidate = value2;
          return candidate && Is.string(candidate.title) && (candidate.diagnostics === void 0 || Is.typedArray(candidate.diagnostics, Diagnostic.is)) && (candidate.kind === void 0 || Is.string(candidate.kind)) && (candidate.edit !== void 0 || candidate.command !== void 0) && (candidate.command === void 0 || Command.is(candidate.command)) && (candidate.isPreferred === void 0 || Is.boolean(candidate.isPreferred)) && (candidate.edit === void 0 || WorkspaceEdit.is(candidate.edit)) && (candidate.tags === void 0 || Is.typedArray(candidate.tags, CodeActionTag.is));
        }
        CodeAction2.is = is;
      })(CodeAction || (exports3.CodeAction = CodeAction = {}));
      var CodeLens;
      (function(CodeLens2) {
        function create(range, data) {
          var result = { range };
          if (Is.defined(data)) {
            result.data = data;
          }
          return result;
        }
        CodeLens2.create = create;
        function is(value2) {
          var candidate = value2;
          return Is.defined(candidate) && Range.is(candidate.range) && (Is.undefined(candidate.command) || Command.is(candidate.command));
        }
        CodeLens2.is = is;
      })(CodeLens || (exports3.CodeLens = CodeLens = {}));
      var FormattingOptions;
      (function(FormattingOptions2) {
        function create(tabSize, insertSpaces) {
          return { tabSize, insertSpaces };
        }
        FormattingOptions2.create = create;
        function is(value2) {
          var candidate = value2;
          return Is.defined(candidate) && Is.uinteger(candidate.tabSize) && Is.boolean(candidate.insertSpaces);
        }
        FormattingOptions2.is = is;
      })(FormattingOptions || (exports3.FormattingOptions = FormattingOptions = {}));
      var DocumentLink;
      (function(DocumentLink2) {
        function create(range, target, data) {
          return { range, target, data };
        }
        DocumentLink2.create = create;
        function is(value2) {
          var candidate = value2;
          return Is.defined(candidate) && Range.is(candidate.range) && (Is.undefined(candidate.target) || Is.string(candidate.target));
        }
        DocumentLink2.is = is;
      })(DocumentLink || (exports3.DocumentLink = DocumentLink = {}));
      var SelectionRange;
      (function(SelectionRange2) {
        function create(range, parent) {
          return { range, parent };
        }
        SelectionRange2.create = create;
        function is(value2) {
          var candidate = value2;
          return Is.objectLiteral(candidate) && Range.is(candidate.range) && (candidate.parent === void 0 || SelectionRange2.is(candidate.parent));
        }
        SelectionRange2.is = is;
      })(SelectionRange || (exports3.SelectionRange = SelectionRange = {}));
      var SemanticTokenTypes;
      (function(SemanticTokenTypes2) {
        SemanticTokenTypes2["namespace"] = "namespace";
        SemanticTokenTypes2["type"] = "type";
        SemanticTokenTypes2["class"] = "class";
        SemanticTokenTypes2["enum"] = "enum";
        SemanticTokenTypes2["interface"] = "interface";
        SemanticTokenTypes2["struct"] = "struct";
        SemanticTokenTypes2["typeParameter"] = "typeParameter";
        SemanticTokenTypes2["parameter"] = "parameter";
        SemanticTokenTypes2["variable"] = "variable";
        SemanticTokenTypes2["property"] = "property";
        SemanticTokenTypes2["enumMember"] = "enumMember";
        SemanticTokenTypes2["event"] = "event";
        SemanticTokenTypes2["function"] = "function";
        SemanticTokenTypes2["method"] = "method";
        SemanticTokenTypes2["macro"] = "macro";
        SemanticTokenTypes2["keyword"] = "keyword";
        SemanticTokenTypes2["modifier"] = "modifier";
        SemanticTokenTypes2["comment"] = "comment";
        SemanticTokenTypes2["string"] = "string";
        SemanticTokenTypes2["number"] = "number";
        SemanticTokenTypes2["regexp"] = "regexp";
        SemanticTokenTypes2["operator"] = "operator";
        SemanticTokenTypes2["decorator"] = "decorator";
        SemanticTokenTypes2["label"] = "label";
      })(SemanticTokenTypes || (exports3.SemanticTokenTypes = SemanticTokenTypes = {}));
      var SemanticTokenModifiers;
      (function(SemanticTokenModifiers2) {
        SemanticTokenModifiers2["declaration"] = "declaration";
        SemanticTokenModifiers2["definition"] = "definition";
        SemanticTokenModifiers2["readonly"] = "readonly";
        SemanticTokenModifiers2["static"] = "static";
        SemanticTokenModifiers2["deprecated"] = "deprecated";
        SemanticTokenModifiers2["abstract"] = "abstract";
        SemanticTokenModifiers2["async"] = "async";
        SemanticTokenModifiers2["modification"] = "modification";
        SemanticTokenModifiers2["documentation"] = "documentation";
        SemanticTokenModifiers2["defaultLibrary"] = "defaultLibrary";
      })(SemanticTokenModifiers || (exports3.SemanticTokenModifiers = SemanticTokenModifiers = {}));
      var SemanticTokens;
      (function(SemanticTokens2) {
        function is(value2) {
          var candidate = value2;
          return Is.objectLiteral(candidate) && (candidate.resultId === void 0 || typeof candidate.resultId === "string") && Array.isArray(candidate.data) && (candidate.data.length === 0 || typeof candidate.data[0] === "number");
        }
        SemanticTokens2.is = is;
      })(SemanticTokens || (exports3.SemanticTokens = SemanticTokens = {}));
      var InlineValueText;
      (function(InlineValueText2) {
        function create(range, text) {
          return { range, text };
        }
        InlineValueText2.create = create;
        function is(value2) {
          var candidate = value2;
          return candidate !== void 0 && candidate !== null && Range.is(candidate.range) && Is.string(candidate.text);
        }
        InlineValueText2.is = is;
      })(InlineValueText || (exports3.InlineValueText = InlineValueText = {}));
      var InlineValueVariableLookup;
      (function(InlineValueVariableLookup2) {
        function create(range, variableName, caseSensitiveLookup) {
          return { range, variableName, caseSensitiveLookup };
        }
        InlineValueVariableLookup2.create = create;
        function is(value2) {
          var candidate = value2;
          return candidate !== void 0 && candidate !== null && Range.is(candidate.range) && Is.boolean(candidate.caseSensitiveLookup) && (Is.string(candidate.variableName) || candidate.variableName === void 0);
        }
        InlineValueVariableLookup2.is = is;
      })(InlineValueVariableLookup || (exports3.InlineValueVariableLookup = InlineValueVariableLookup = {}));
      var InlineValueEvaluatableExpression;
      (function(InlineValueEvaluatableExpression2) {
        function create(range, expression) {
          return { range, expression };
        }
        InlineValueEvaluatableExpression2.create = create;
        function is(value2) {
          var candidate = value2;
          return candidate !== void 0 && candidate !== null && Range.is(candidate.range) && (Is.string(candidate.expression) || candidate.expression === void 0);
        }
        InlineValueEvaluatableExpression2.is = is;
      })(InlineValueEvaluatableExpression || (exports3.InlineValueEvaluatableExpression = InlineValueEvaluatableExpression = {}));
      var InlineValueContext;
      (function(InlineValueContext2) {
        function create(frameId, stoppedLocation) {
          return { frameId, stoppedLocation };
        }
        InlineValueContext2.create = create;
        function is(value2) {
          var candidate = value2;
          return Is.defined(candidate) && Range.is(value2.stoppedLocation);
        }
        InlineValueContext2.is = is;
      })(InlineValueContext || (exports3.InlineValueContext = InlineValueContext = {}));
      var InlayHintKind;
      (function(InlayHintKind2) {
        InlayHintKind2.Type = 1;
        InlayHintKind2.Parameter = 2;
        function is(value2) {
          return value2 === 1 || value2 === 2;
        }
        InlayHintKind2.is = is;
      })(InlayHintKind || (exports3.InlayHintKind = InlayHintKind = {}));
      var InlayHintLabelPart;
      (function(InlayHintLabelPart2) {
        function create(value2) {
          return { value: value2 };
        }
        InlayHintLabelPart2.create = create;
        function is(value2) {
          var candidate = value2;
          return Is.objectLiteral(candidate) && (candidate.tooltip === void 0 || Is.string(candidate.tooltip) || MarkupContent.is(candidate.tooltip)) && (candidate.location === void 0 || Location.is(candidate.location)) && (candidate.command === void 0 || Command.is(candidate.command));
        }
        InlayHintLabelPart2.is = is;
      })(InlayHintLabelPart || (exports3.InlayHintLabelPart = InlayHintLabelPart = {}));
      var InlayHint;
      (function(InlayHint2) {
        function create(position, label3, kind) {
          var result = { position, label: label3 };
          if (kind !== void 0) {
            result.kind = kind;
          }
          return result;
        }
        InlayHint2.create = create;
        function is(value2) {
          var candidate = value2;
          return Is.objectLiteral(candidate) && Position.is(candidate.position) && (Is.string(candidate.label) || Is.typedArray(candidate.label, InlayHintLabelPart.is)) && (candidate.kind === void 0 || InlayHintKind.is(candidate.kind)) && candidate.textEdits === void 0 || Is.typedArray(candidate.textEdits, TextEdit.is) && (candidate.tooltip === void 0 || Is.string(candidate.tooltip) || MarkupContent.is(candidate.tooltip)) && (candidate.paddingLeft === void 0 || Is.boolean(candidate.paddingLeft)) && (candidate.paddingRight === void 0 || Is.boolean(candidate.paddingRight));
        }
        InlayHint2.is = is;
      })(InlayHint || (exports3.InlayHint = InlayHint = {}));
      var StringValue;
      (function(StringValue2) {
        function createSnippet(value2) {
          return { kind: "snippet", value: value2 };
        }
        StringValue2.createSnippet = createSnippet;
        function isSnippet(value2) {
          var candidate = value2;
          return Is.objectLiteral(candidate) && candidate.kind === "snippet" && Is.string(candidate.value);
        }
        StringValue2.isSnippet = isSnippet;
      })(StringValue || (exports3.StringValue = StringValue = {}));
      var InlineCompletionItem;
      (function(InlineCompletionItem2) {
        function create(insertText, filterText, range, command) {
          return { insertText, filterText, range, command };
        }
        InlineCompletionItem2.create = create;
      })(InlineCompletionItem || (exports3.InlineCompletionItem = InlineCompletionItem = {}));
      var InlineCompletionList;
      (function(InlineCompletionList2) {
        function create(items) {
          return { items };
        }
        InlineCompletionList2.create = create;
      })(InlineCompletionList || (exports3.InlineCompletionList = InlineCompletionList = {}));
      var InlineCompletionTriggerKind;
      (function(InlineCompletionTriggerKind2) {
        InlineCompletionTriggerKind2.Invoked = 1;
        InlineCompletionTriggerKind2.Automatic = 2;
      })(InlineCompletionTriggerKind || (exports3.InlineCompletionTriggerKind = InlineCompletionTriggerKind = {}));
      var SelectedCompletionInfo;
      (function(SelectedCompletionInfo2) {
        function create(range, text) {
          return { range, text };
        }
        SelectedCompletionInfo2.create = create;
      })(SelectedCompletionInfo || (exports3.SelectedCompletionInfo = SelectedCompletionInfo = {}));
      var InlineCompletionContext;
      (function(InlineCompletionContext2) {
        function create(triggerKind, selectedCompletionInfo) {
          return { triggerKind, selectedCompletionInfo };
        }
        InlineCompletionContext2.create = create;
      })(InlineCompletionContext || (exports3.InlineCompletionContext = InlineCompletionContext = {}));
      var WorkspaceFolder;
      (function(WorkspaceFolder2) {
        function is(value2) {
          var candidate = value2;
          return Is.objectLiteral(candidate) && URI.is(candidate.uri) && Is.string(candidate.name);
        }
        WorkspaceFolder2.is = is;
      })(WorkspaceFolder || (exports3.WorkspaceFolder = WorkspaceFolder = {}));
      exports3.EOL = ["\n", "\r\n", "\r"];
      var TextDocument;
      (function(TextDocument2) {
        function create(uri, languageId, version, content) {
          return new FullTextDocument(uri, languageId, version, content);
        }
        TextDocument2.create = create;
        function is(value2) {
          var candidate = value2;
          return Is.defined(candidate) && Is.string(candidate.uri) && (Is.undefined(candidate.languageId) || Is.string(candidate.languageId)) && Is.uinteger(candidate.lineCount) && Is.func(candidate.getText) && Is.func(candidate.positionAt) && Is.func(candidate.offsetAt) ? true : false;
        }
        TextDocument2.is = is;
        function applyEdits2(document, edits) {
          var text = document.getText();
          var sortedEdits = mergeSort(edits, function(a, b) {
            var diff = a.range.start.line - b.range.start.line;
            if (diff === 0) {
              return a.range.start.character - b.range.start.character;
            }
            return diff;
          });
          var lastModifiedOffset = text.length;
          for (var i = sortedEdits.length - 1; i >= 0; i--) {
            var e = sortedEdits[i];
            var startOffset = document.offsetAt(e.range.start);
            var endOffset = document.offsetAt(e.range.end);
            if (endOffset <= lastModifiedOffset) {
              text = text.substring(0, startOffset) + e.newText + text.substring(endOffset, text.length);
            } else {
              throw new Error("Overlapping edit");
            }
            lastModifiedOffset = startOffset;
          }
          return text;
        }
        TextDocument2.applyEdits = applyEdits2;
        function mergeSort(data, compare) {
          if (data.length <= 1) {
            return data;
          }
          var p = data.length / 2 | 0;
          var left = data.slice(0, p);
          var right = data.slice(p);
          mergeSort(left, compare);
          mergeSort(right, compare);
          var leftIdx = 0;
          var rightIdx = 0;
          var i = 0;
          while (leftIdx < left.length && rightIdx < right.length) {
            var ret = compare(left[leftIdx], right[rightIdx]);
            if (ret <= 0) {
              data[i++] = left[leftIdx++];
            } else {
              data[i++] = right[rightIdx++];
            }
          }
          while (leftIdx < left.length) {
            data[i++] = left[leftIdx++];
          }
          while (rightIdx < right.length) {
            data[i++] = right[rightIdx++];
          }
          return data;
        }
      })(TextDocument || (exports3.TextDocument = TextDocument = {}));
      var FullTextDocument = (
        /** @class */
        (function() {
          function FullTextDocument2(uri, languageId, version, content) {
            this._uri = uri;
            this._languageId = languageId;
            this._version = version;
            this._content = content;
            this._lineOffsets = void 0;
          }
          Object.defineProperty(FullTextDocument2.prototype, "uri", {
            get: function() {
              return this._uri;
            },
            enumerable: false,
            configurable: true
          });
          Object.defineProperty(FullTextDocument2.prototype, "languageId", {
            get: function() {
              return this._languageId;
            },
            enumerable: false,
            configurable: true
          });
          Object.defineProperty(FullTextDocument2.prototype, "version", {
            get: function() {
              return this._version;
            },
            enumerable: false,
            configurable: true
          });
          FullTextDocument2.prototype.getText = function(range) {
            if (range) {
              var start = this.offsetAt(range.start);
              var end = this.offsetAt(range.end);
              return this._content.substring(start, end);
            }
            return this._content;
          };
          FullTextDocument2.prototype.update = function(event, version) {
            this._content = event.text;
            this._version = version;
            this._lineOffsets = void 0;
          };
          FullTextDocument2.prototype.getLineOffsets = function() {
            if (this._lineOffsets === void 0) {
              var lineOffsets = [];
              var text = this._content;
              var isLineStart = true;
              for (var i = 0; i < text.length; i++) {
                if (isLineStart) {
                  lineOffsets.push(i);
                  isLineStart = false;
                }
                var ch = text.charAt(i);
                isLineStart = ch === "\r" || ch === "\n";
                if (ch === "\r" && i + 1 < text.length && text.charAt(i + 1) === "\n") {
                  i++;
                }
              }
              if (isLineStart && text.length > 0) {
                lineOffsets.push(text.length);
              }
              this._lineOffsets = lineOffsets;
            }
            return this._lineOffsets;
          };
          FullTextDocument2.prototype.positionAt = function(offset) {
            offset = Math.max(Math.min(offset, this._content.length), 0);
            var lineOffsets = this.getLineOffsets();
            var low = 0, high = lineOffsets.length;
            if (high === 0) {
              return Position.create(0, offset);
            }
            while (low < high) {
              var mid = Math.floor((low + high) / 2);
              if (lineOffsets[mid] > offset) {
                high = mid;
              } else {
                low = mid + 1;
              }
            }
            var line = low - 1;
            return Position.create(line, offset - lineOffsets[line]);
          };
          FullTextDocument2.prototype.offsetAt = function(position) {
            var lineOffsets = this.getLineOffsets();
            if (position.line >= lineOffsets.length) {
              return this._content.length;
            } else if (position.line < 0) {
              return 0;
            }
            var lineOffset = lineOffsets[position.line];
            var nextLineOffset = position.line + 1 < lineOffsets.length ? lineOffsets[position.line + 1] : this._content.length;
            return Math.max(Math.min(lineOffset + position.character, nextLineOffset), lineOffset);
          };
          Object.defineProperty(FullTextDocument2.prototype, "lineCount", {
            get: function() {
              return this.getLineOffsets().length;
            },
            enumerable: false,
            configurable: true
          });
          return FullTextDocument2;
        })()
      );
      var Is;
      (function(Is2) {
        var toString = Object.prototype.toString;
        function defined(value2) {
          return typeof value2 !== "undefined";
        }
        Is2.defined = defined;
        function undefined2(value2) {
          return typeof value2 === "undefined";
        }
        Is2.undefined = undefined2;
        function boolean(value2) {
          return value2 === true || value2 === false;
        }
        Is2.boolean = boolean;
        function string(value2) {
          return toString.call(value2) === "[object String]";
        }
        Is2.string = string;
        function number(value2) {
          return toString.call(value2) === "[object Number]";
        }
        Is2.number = number;
        function numberRange(value2, min, max) {
          return toString.call(value2) === "[object Number]" && min <= value2 && value2 <= max;
        }
        Is2.numberRange = numberRange;
        function integer2(value2) {
          return toString.call(value2) === "[object Number]" && -2147483648 <= value2 && value2 <= 2147483647;
        }
        Is2.integer = integer2;
        function uinteger2(value2) {
          return toString.call(value2) === "[object Number]" && 0 <= value2 && value2 <= 2147483647;
        }
        Is2.uinteger = uinteger2;
        function func(value2) {
          return toString.call(value2) === "[object Function]";
        }
        Is2.func = func;
        function objectLiteral(value2) {
          return value2 !== null && typeof value2 === "object";
        }
        Is2.objectLiteral = objectLiteral;
        function typedArray(value2, check) {
          return Array.isArray(value2) && value2.every(check);
        }
        Is2.typedArray = typedArray;
      })(Is || (Is = {}));
    });
  }
});

// dev/node_modules/dockerfile-ast/lib/line.js
var require_line = __commonJS({
  "dev/node_modules/dockerfile-ast/lib/line.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.Line = void 0;
    var Line = class {
      constructor(document, range) {
        this.document = document;
        this.range = range;
      }
      getRange() {
        return this.range;
      }
      getTextContent() {
        return this.document.getText().substring(this.document.offsetAt(this.range.start), this.document.offsetAt(this.range.end));
      }
      isAfter(line) {
        return this.range.start.line > line.range.start.line;
      }
      isBefore(line) {
        return this.range.start.line < line;
      }
    };
    exports2.Line = Line;
  }
});

// dev/node_modules/dockerfile-ast/lib/util.js
var require_util = __commonJS({
  "dev/node_modules/dockerfile-ast/lib/util.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.Util = void 0;
    var Util = class _Util {
      static isUTF8BOM(char) {
        const uintArray = Uint8Array.from(Buffer.from(char, "UTF-8"));
        return uintArray[0] === 239 && uintArray[1] == 187 && uintArray[2] == 191;
      }
      static isWhitespace(char) {
        return char === " " || char === "	" || _Util.isNewline(char);
      }
      static isNewline(char) {
        return char === "\r" || char === "\n";
      }
      static findLeadingNonWhitespace(content, escapeChar) {
        whitespaceCheck: for (let i = 0; i < content.length; i++) {
          switch (content.charAt(i)) {
            case " ":
            case "	":
              continue;
            case escapeChar:
              escapeCheck: for (let j = i + 1; j < content.length; j++) {
                switch (content.charAt(j)) {
                  case " ":
                  case "	":
                    continue;
                  case "\r":
                    i = j + 1;
                    continue whitespaceCheck;
                  case "\n":
                    i = j;
                    continue whitespaceCheck;
                  default:
                    break escapeCheck;
                }
              }
              return -1;
            default:
              return i;
          }
        }
        return -1;
      }
      /**
       * Determines if the given position is contained within the given range.
       *
       * @param position the position to check
       * @param range the range to see if the position is inside of
       */
      static isInsideRange(position, range) {
        if (range.start.line === range.end.line) {
          return range.start.line === position.line && range.start.character <= position.character && position.character <= range.end.character;
        } else if (range.start.line === position.line) {
          return range.start.character <= position.character;
        } else if (range.end.line === position.line) {
          return position.character <= range.end.character;
        }
        return range.start.line < position.line && position.line < range.end.line;
      }
      static parseHeredocName(value2) {
        value2 = value2.substring(2);
        if (value2.charAt(0) === "-") {
          value2 = value2.substring(1);
        }
        if (value2.charAt(0) === '"') {
          if (value2.charAt(value2.length - 1) !== '"') {
            return null;
          }
          value2 = value2.substring(1, value2.length - 1);
        }
        if (value2.charAt(0) === "'") {
          if (value2.charAt(value2.length - 1) !== "'") {
            return null;
          }
          value2 = value2.substring(1, value2.length - 1);
        }
        if (value2.charAt(0) === "<") {
          return null;
        }
        return value2;
      }
    };
    exports2.Util = Util;
  }
});

// dev/node_modules/dockerfile-ast/lib/comment.js
var require_comment = __commonJS({
  "dev/node_modules/dockerfile-ast/lib/comment.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.Comment = void 0;
    var vscode_languageserver_types_1 = require_main();
    var line_1 = require_line();
    var util_1 = require_util();
    var Comment = class extends line_1.Line {
      constructor(document, range) {
        super(document, range);
      }
      toString() {
        const content = this.getContent();
        if (content) {
          return "# " + content;
        }
        return "#";
      }
      /**
       * Returns the content of this comment. This excludes leading and
       * trailing whitespace as well as the # symbol. If the comment only
       * consists of whitespace, the empty string will be returned.
       */
      getContent() {
        let range = this.getContentRange();
        if (range === null) {
          return "";
        }
        return this.document.getText().substring(this.document.offsetAt(range.start), this.document.offsetAt(range.end));
      }
      /**
       * Returns a range that includes the content of the comment
       * excluding any leading and trailing whitespace as well as the #
       * symbol. May return null if the comment only consists of whitespace
       * characters.
       */
      getContentRange() {
        let range = this.getRange();
        const startOffset = this.document.offsetAt(range.start);
        let raw = this.document.getText().substring(startOffset, this.document.offsetAt(range.end));
        let start = -1;
        let end = -1;
        for (let i = 1; i < raw.length; i++) {
          if (!util_1.Util.isWhitespace(raw.charAt(i))) {
            start = i;
            break;
          }
        }
        if (start === -1) {
          return null;
        }
        for (let i = raw.length - 1; i >= 1; i--) {
          if (!util_1.Util.isWhitespace(raw.charAt(i))) {
            end = i + 1;
            break;
          }
        }
        return vscode_languageserver_types_1.Range.create(this.document.positionAt(startOffset + start), this.document.positionAt(startOffset + end));
      }
    };
    exports2.Comment = Comment;
  }
});

// dev/node_modules/vscode-languageserver-textdocument/lib/umd/main.js
var require_main2 = __commonJS({
  "dev/node_modules/vscode-languageserver-textdocument/lib/umd/main.js"(exports2, module2) {
    var __spreadArray = exports2 && exports2.__spreadArray || function(to, from, pack) {
      if (pack || arguments.length === 2) for (var i = 0, l = from.length, ar; i < l; i++) {
        if (ar || !(i in from)) {
          if (!ar) ar = Array.prototype.slice.call(from, 0, i);
          ar[i] = from[i];
        }
      }
      return to.concat(ar || Array.prototype.slice.call(from));
    };
    (function(factory) {
      if (typeof module2 === "object" && typeof module2.exports === "object") {
        var v = factory(require, exports2);
        if (v !== void 0) module2.exports = v;
      } else if (typeof define === "function" && define.amd) {
        define(["require", "exports"], factory);
      }
    })(function(require2, exports3) {
      "use strict";
      Object.defineProperty(exports3, "__esModule", { value: true });
      exports3.TextDocument = void 0;
      var FullTextDocument = (
        /** @class */
        (function() {
          function FullTextDocument2(uri, languageId, version, content) {
            this._uri = uri;
            this._languageId = languageId;
            this._version = version;
            this._content = content;
            this._lineOffsets = void 0;
          }
          Object.defineProperty(FullTextDocument2.prototype, "uri", {
            get: function() {
              return this._uri;
            },
            enumerable: false,
            configurable: true
          });
          Object.defineProperty(FullTextDocument2.prototype, "languageId", {
            get: function() {
              return this._languageId;
            },
            enumerable: false,
            configurable: true
          });
          Object.defineProperty(FullTextDocument2.prototype, "version", {
            get: function() {
              return this._version;
            },
            enumerable: false,
            configurable: true
          });
          FullTextDocument2.prototype.getText = function(range) {
            if (range) {
              var start = this.offsetAt(range.start);
              var end = this.offsetAt(range.end);
              return this._content.substring(start, end);
            }
            return this._content;
          };
          FullTextDocument2.prototype.update = function(changes, version) {
            for (var _i = 0, changes_1 = changes; _i < changes_1.length; _i++) {
              var change = changes_1[_i];
              if (FullTextDocument2.isIncremental(change)) {
                var range = getWellformedRange(change.range);
                var startOffset = this.offsetAt(range.start);
                var endOffset = this.offsetAt(range.end);
                this._content = this._content.substring(0, startOffset) + change.text + this._content.substring(endOffset, this._content.length);
                var insertedEndOffset = startOffset + change.text.length;
                var crlfAtStart = this._content.charCodeAt(startOffset - 1) === 13 && this._content.charCodeAt(startOffset) === 10;
                var crlfAtEnd = this._content.charCodeAt(insertedEndOffset - 1) === 13 && this._content.charCodeAt(insertedEndOffset) === 10;
                if (crlfAtStart || crlfAtEnd) {
                  this._lineOffsets = void 0;
                  continue;
                }
                var startLine = Math.max(range.start.line, 0);
                var endLine = Math.max(range.end.line, 0);
                var lineOffsets = this._lineOffsets;
                var addedLineOffsets = computeLineOffsets(change.text, false, startOffset);
                if (endLine - startLine === addedLineOffsets.length) {
                  for (var i = 0, len = addedLineOffsets.length; i < len; i++) {
                    lineOffsets[i + startLine + 1] = addedLineOffsets[i];
                  }
                } else {
                  if (addedLineOffsets.length < 1e4) {
                    lineOffsets.splice.apply(lineOffsets, __spreadArray([startLine + 1, endLine - startLine], addedLineOffsets, false));
                  } else {
                    this._lineOffsets = lineOffsets = lineOffsets.slice(0, startLine + 1).concat(addedLineOffsets, lineOffsets.slice(endLine + 1));
                  }
                }
                var diff = change.text.length - (endOffset - startOffset);
                if (diff !== 0) {
                  for (var i = startLine + 1 + addedLineOffsets.length, len = lineOffsets.length; i < len; i++) {
                    lineOffsets[i] = lineOffsets[i] + diff;
                  }
                }
              } else if (FullTextDocument2.isFull(change)) {
                this._content = change.text;
                this._lineOffsets = void 0;
              } else {
                throw new Error("Unknown change event received");
              }
            }
            this._version = version;
          };
          FullTextDocument2.prototype.getLineOffsets = function() {
            if (this._lineOffsets === void 0) {
              this._lineOffsets = computeLineOffsets(this._content, true);
            }
            return this._lineOffsets;
          };
          FullTextDocument2.prototype.positionAt = function(offset) {
            offset = Math.max(Math.min(offset, this._content.length), 0);
            var lineOffsets = this.getLineOffsets();
            var low = 0, high = lineOffsets.length;
            if (high === 0) {
              return { line: 0, character: offset };
            }
            while (low < high) {
              var mid = Math.floor((low + high) / 2);
              if (lineOffsets[mid] > offset) {
                high = mid;
              } else {
                low = mid + 1;
              }
            }
            var line = low - 1;
            offset = this.ensureBeforeEOL(offset, lineOffsets[line]);
            return { line, character: offset - lineOffsets[line] };
          };
          FullTextDocument2.prototype.offsetAt = function(position) {
            var lineOffsets = this.getLineOffsets();
            if (position.line >= lineOffsets.length) {
              return this._content.length;
            } else if (position.line < 0) {
              return 0;
            }
            var lineOffset = lineOffsets[position.line];
            if (position.character <= 0) {
              return lineOffset;
            }
            var nextLineOffset = position.line + 1 < lineOffsets.length ? lineOffsets[position.line + 1] : this._content.length;
            var offset = Math.min(lineOffset + position.character, nextLineOffset);
            return this.ensureBeforeEOL(offset, lineOffset);
          };
          FullTextDocument2.prototype.getLineRange = function(line) {
            var lineOffsets = this.getLineOffsets();
            if (line >= lineOffsets.length) {
              var lastLine = lineOffsets.length - 1;
              return { start: { line: lastLine, character: 0 }, end: { line: lastLine, character: this._content.length - lineOffsets[lastLine] } };
            } else if (line < 0) {
              return { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
            }
            var startOffset = lineOffsets[line];
            var nextLineOffset = line + 1 < lineOffsets.length ? lineOffsets[line + 1] : this._content.length;
            var endOffset = this.ensureBeforeEOL(nextLineOffset, startOffset);
            return { start: { line, character: 0 }, end: { line, character: endOffset - startOffset } };
          };
          FullTextDocument2.prototype.getEOLCharacters = function(line) {
            var lineOffsets = this.getLineOffsets();
            if (line >= lineOffsets.length) {
              return "";
            } else if (line < 0) {
              return "";
            }
            var nextLineOffset = line + 1 < lineOffsets.length ? lineOffsets[line + 1] : this._content.length;
            var eolOffset = this.ensureBeforeEOL(nextLineOffset, lineOffsets[line]);
            return this._content.substring(eolOffset, nextLineOffset);
          };
          FullTextDocument2.prototype.ensureBeforeEOL = function(offset, lineOffset) {
            while (offset > lineOffset && isEOL(this._content.charCodeAt(offset - 1))) {
              offset--;
            }
            return offset;
          };
          Object.defineProperty(FullTextDocument2.prototype, "lineCount", {
            get: function() {
              return this.getLineOffsets().length;
            },
            enumerable: false,
            configurable: true
          });
          FullTextDocument2.isIncremental = function(event) {
            var candidate = event;
            return candidate !== void 0 && candidate !== null && typeof candidate.text === "string" && candidate.range !== void 0 && (candidate.rangeLength === void 0 || typeof candidate.rangeLength === "number");
          };
          FullTextDocument2.isFull = function(event) {
            var candidate = event;
            return candidate !== void 0 && candidate !== null && typeof candidate.text === "string" && candidate.range === void 0 && candidate.rangeLength === void 0;
          };
          return FullTextDocument2;
        })()
      );
      var TextDocument;
      (function(TextDocument2) {
        function create(uri, languageId, version, content) {
          return new FullTextDocument(uri, languageId, version, content);
        }
        TextDocument2.create = create;
        function update(document, changes, version) {
          if (document instanceof FullTextDocument) {
            document.update(changes, version);
            return document;
          } else {
            throw new Error("TextDocument.update: document must be created by TextDocument.create");
          }
        }
        TextDocument2.update = update;
        function applyEdits2(document, edits) {
          var text = document.getText();
          var sortedEdits = mergeSort(edits.map(getWellformedEdit), function(a, b) {
            var diff = a.range.start.line - b.range.start.line;
            if (diff === 0) {
              return a.range.start.character - b.range.start.character;
            }
            return diff;
          });
          var lastModifiedOffset = 0;
          var spans = [];
          for (var _i = 0, sortedEdits_1 = sortedEdits; _i < sortedEdits_1.length; _i++) {
            var e = sortedEdits_1[_i];
            var startOffset = document.offsetAt(e.range.start);
            if (startOffset < lastModifiedOffset) {
              throw new Error("Overlapping edit");
            } else if (startOffset > lastModifiedOffset) {
              spans.push(text.substring(lastModifiedOffset, startOffset));
            }
            if (e.newText.length) {
              spans.push(e.newText);
            }
            lastModifiedOffset = document.offsetAt(e.range.end);
          }
          spans.push(text.substr(lastModifiedOffset));
          return spans.join("");
        }
        TextDocument2.applyEdits = applyEdits2;
      })(TextDocument || (exports3.TextDocument = TextDocument = {}));
      function mergeSort(data, compare) {
        if (data.length <= 1) {
          return data;
        }
        var p = data.length / 2 | 0;
        var left = data.slice(0, p);
        var right = data.slice(p);
        mergeSort(left, compare);
        mergeSort(right, compare);
        var leftIdx = 0;
        var rightIdx = 0;
        var i = 0;
        while (leftIdx < left.length && rightIdx < right.length) {
          var ret = compare(left[leftIdx], right[rightIdx]);
          if (ret <= 0) {
            data[i++] = left[leftIdx++];
          } else {
            data[i++] = right[rightIdx++];
          }
        }
        while (leftIdx < left.length) {
          data[i++] = left[leftIdx++];
        }
        while (rightIdx < right.length) {
          data[i++] = right[rightIdx++];
        }
        return data;
      }
      function computeLineOffsets(text, isAtLineStart, textOffset) {
        if (textOffset === void 0) {
          textOffset = 0;
        }
        var result = isAtLineStart ? [textOffset] : [];
        for (var i = 0; i < text.length; i++) {
          var ch = text.charCodeAt(i);
          if (isEOL(ch)) {
            if (ch === 13 && i + 1 < text.length && text.charCodeAt(i + 1) === 10) {
              i++;
            }
            result.push(textOffset + i + 1);
          }
        }
        return result;
      }
      function isEOL(char) {
        return char === 13 || char === 10;
      }
      function getWellformedRange(range) {
        var start = range.start;
        var end = range.end;
        if (start.line > end.line || start.line === end.line && start.character > end.character) {
          return { start: end, end: start };
        }
        return range;
      }
      function getWellformedEdit(textEdit) {
        var range = getWellformedRange(textEdit.range);
        if (range !== textEdit.range) {
          return { newText: textEdit.newText, range };
        }
        return textEdit;
      }
    });
  }
});

// dev/node_modules/dockerfile-ast/lib/parserDirective.js
var require_parserDirective = __commonJS({
  "dev/node_modules/dockerfile-ast/lib/parserDirective.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.ParserDirective = void 0;
    var main_1 = require_main3();
    var line_1 = require_line();
    var ParserDirective = class extends line_1.Line {
      constructor(document, range, nameRange, valueRange) {
        super(document, range);
        this.nameRange = nameRange;
        this.valueRange = valueRange;
      }
      toString() {
        return "# " + this.getName() + "=" + this.getValue();
      }
      getNameRange() {
        return this.nameRange;
      }
      getValueRange() {
        return this.valueRange;
      }
      getName() {
        return this.document.getText().substring(this.document.offsetAt(this.nameRange.start), this.document.offsetAt(this.nameRange.end));
      }
      getValue() {
        return this.document.getText().substring(this.document.offsetAt(this.valueRange.start), this.document.offsetAt(this.valueRange.end));
      }
      getDirective() {
        const directive = main_1.Directive[this.getName().toLowerCase()];
        return directive === void 0 ? null : directive;
      }
    };
    exports2.ParserDirective = ParserDirective;
  }
});

// dev/node_modules/dockerfile-ast/lib/heredoc.js
var require_heredoc = __commonJS({
  "dev/node_modules/dockerfile-ast/lib/heredoc.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.Heredoc = void 0;
    var Heredoc = class {
      constructor(startRange, name, nameRange, contentRange, endRange) {
        this.startRange = startRange;
        this.name = name;
        this.nameRange = nameRange;
        this.contentRange = contentRange;
        this.endRange = endRange;
      }
      /**
       * Returns the name of the here-document.
       *
       * This API is experimental and subject to change.
       */
      getName() {
        return this.name;
      }
      /**
       * Returns the range of the start operator and the name. If the
       * here-document is initialized with <<EOT then the start range would
       * encompass all five characters.
       *
       * This API is experimental and subject to change.
       */
      getStartRange() {
        return this.startRange;
      }
      /**
       * Returns the range of this here-document's name that is declared at
       * the beginning of the here-document with the operator. If the
       * here-document is initialized with <<EOT then the name range would
       * encompass the latter three "EOT" characters.
       *
       * This API is experimental and subject to change.
       */
      getNameRange() {
        return this.nameRange;
      }
      /**
       * Returns the range of the content of this here-document. This may
       * be null if the here-document has no content because:
       * - the start range is the only thing that was declared
       * - the end range was declared immediately and there is no content
       *
       * This API is experimental and subject to change.
       */
      getContentRange() {
        return this.contentRange;
      }
      /**
       * Returns the range of the here-document's name on a line that
       * represents the end of the here-document.
       *
       * This API is experimental and subject to change.
       */
      getDelimiterRange() {
        return this.endRange;
      }
    };
    exports2.Heredoc = Heredoc;
  }
});

// dev/node_modules/dockerfile-ast/lib/variable.js
var require_variable = __commonJS({
  "dev/node_modules/dockerfile-ast/lib/variable.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.Variable = void 0;
    var Variable = class {
      constructor(name, nameRange, range, modifier, modifierRange, substitutionParameter, substitutionRange, defined, buildVariable, stringValue) {
        this.name = name;
        this.nameRange = nameRange;
        this.range = range;
        this.modifier = modifier;
        this.modifierRange = modifierRange;
        this.substitutionParameter = substitutionParameter;
        this.substitutionRange = substitutionRange;
        this.defined = defined;
        this.buildVariable = buildVariable;
        this.stringValue = stringValue;
      }
      toString() {
        return this.stringValue;
      }
      getName() {
        return this.name;
      }
      getNameRange() {
        return this.nameRange;
      }
      /**
       * Returns the range of the entire variable. This includes the symbols for
       * the declaration of the variable such as the $, {, and } symbols.
       *
       * @return the range in the document that this variable encompasses in its
       *         entirety
       */
      getRange() {
        return this.range;
      }
      /**
       * Returns the modifier character that has been set for
       * specifying how this variable should be expanded and resolved.
       * If this variable is ${variable:+value} then the modifier
       * character is '+'. Will be the empty string if the variable is
       * declared as ${variable:}. Otherwise, will be null if this
       * variable will not use variable substitution at all (such as
       * ${variable} or $variable).
       *
       * @return this variable's modifier character, or the empty
       *         string if it does not have one, or null if this
       *         variable will not use variable substitution
       */
      getModifier() {
        return this.modifier;
      }
      getModifierRange() {
        return this.modifierRange;
      }
      /**
       * Returns the parameter that will be used for substitution if
       * this variable uses modifiers to define how its value should be
       * resolved. If this variable is ${variable:+value} then the
       * substitution value will be 'value'. Will be the empty string
       * if the variable is declared as ${variable:+} or some other
       * variant where the only thing that follows the modifier
       * character (excluding considerations of escape characters and
       * so on) is the variable's closing bracket. May be null if this
       * variable does not have a modifier character defined (such as
       * ${variable} or $variable).
       *
       * @return this variable's substitution parameter, or the empty
       *         string if it does not have one, or null if there is
       *         not one defined
       */
      getSubstitutionParameter() {
        return this.substitutionParameter;
      }
      getSubstitutionRange() {
        return this.substitutionRange;
      }
      /**
       * Returns whether this variable has been defined or not.
       *
       * @return true if this variable has been defined, false otherwise
       */
      isDefined() {
        return this.defined;
      }
      isBuildVariable() {
        return this.buildVariable === true;
      }
      isEnvironmentVariable() {
        return this.buildVariable === false;
      }
    };
    exports2.Variable = Variable;
  }
});

// dev/node_modules/dockerfile-ast/lib/instruction.js
var require_instruction = __commonJS({
  "dev/node_modules/dockerfile-ast/lib/instruction.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.Instruction = void 0;
    var vscode_languageserver_types_1 = require_main();
    var util_1 = require_util();
    var line_1 = require_line();
    var argument_1 = require_argument();
    var heredoc_1 = require_heredoc();
    var variable_1 = require_variable();
    var main_1 = require_main3();
    var Instruction3 = class extends line_1.Line {
      constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range);
        this.dockerfile = dockerfile;
        this.escapeChar = escapeChar;
        this.instruction = instruction;
        this.instructionRange = instructionRange;
      }
      toString() {
        let value2 = this.getKeyword();
        for (let arg of this.getRawArguments()) {
          value2 += " ";
          value2 += arg.getValue();
        }
        return value2;
      }
      getRangeContent(range) {
        if (range === null) {
          return null;
        }
        return this.document.getText().substring(this.document.offsetAt(range.start), this.document.offsetAt(range.end));
      }
      getInstructionRange() {
        return this.instructionRange;
      }
      getInstruction() {
        return this.instruction;
      }
      getKeyword() {
        return this.getInstruction().toUpperCase();
      }
      getArgumentsRange() {
        let args = this.getArguments();
        if (args.length === 0) {
          return null;
        }
        return vscode_languageserver_types_1.Range.create(args[0].getRange().start, args[args.length - 1].getRange().end);
      }
      getArgumentsRanges() {
        let args = this.getArguments();
        if (args.length === 0) {
          return [];
        }
        if (args[0].getRange().start.line === args[args.length - 1].getRange().end.line) {
          return [vscode_languageserver_types_1.Range.create(args[0].getRange().start, args[args.length - 1].getRange().end)];
        }
        let ranges = [];
        let end = -1;
        let startPosition = args[0].getRange().start;
        let range = this.getInstructionRange();
        let extra = this.document.offsetAt(startPosition) - this.document.offsetAt(range.start);
        let content = this.getTextContent();
        let fullArgs = content.substring(extra, this.document.offsetAt(args[args.length - 1].getRange().end) - this.document.offsetAt(range.start));
        let offset = this.document.offsetAt(range.start) + extra;
        let start = false;
        let comment = false;
        for (let i = 0; i < fullArgs.length; i++) {
          let char = fullArgs.charAt(i);
          if (char === this.escapeChar) {
            let next = fullArgs.charAt(i + 1);
            if (next === " " || next === "	") {
              whitespaceCheck: for (let j = i + 2; j < fullArgs.length; j++) {
                switch (fullArgs.charAt(j)) {
                  case " ":
                  case "	":
                    continue;
                  case "\r":
                    j++;
                  case "\n":
                    if (startPosition !== null) {
                      ranges.push(vscode_languageserver_types_1.Range.create(startPosition, this.document.positionAt(offset + end + 1)));
                    }
                    startPosition = null;
                    start = true;
                    comment = false;
                    i = j;
                    break whitespaceCheck;
                  default:
                    break whitespaceCheck;
                }
              }
            } else if (next === "\r") {
              if (startPosition !== null) {
                ranges.push(vscode_languageserver_types_1.Range.create(startPosition, this.document.positionAt(offset + end + 1)));
                startPosition = null;
              }
              start = true;
              comment = false;
              i += 2;
            } else if (next === "\n") {
              if (startPosition !== null) {
                ranges.push(vscode_languageserver_types_1.Range.create(startPosition, this.document.positionAt(offset + end + 1)));
              }
              startPosition = null;
              start = true;
              comment = false;
              i++;
            } else {
              i++;
            }
          } else if (util_1.Util.isNewline(char)) {
            if (comment) {
              startPosition = null;
              start = true;
              comment = false;
            }
          } else {
            if (!comment) {
              if (startPosition === null) {
                if (char === "#") {
                  comment = true;
                  continue;
                }
                let position = this.document.positionAt(offset + i);
                if (position.character !== 0) {
                  startPosition = vscode_languageserver_types_1.Position.create(position.line, 0);
                }
              }
              end = i;
            }
          }
        }
        if (startPosition === null) {
          ranges.push(vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + end), this.document.positionAt(offset + end + 1)));
        } else {
          ranges.push(vscode_languageserver_types_1.Range.create(startPosition, this.document.positionAt(offset + end + 1)));
        }
        return ranges;
      }
      getRawArgumentsContent() {
        let args = this.getArguments();
        if (args.length === 0) {
          return null;
        }
        return this.getRangeContent(vscode_languageserver_types_1.Range.create(args[0].getRange().start, args[args.length - 1].getRange().end));
      }
      getArgumentsContent() {
        let args = this.getArguments();
        if (args.length === 0) {
          return null;
        }
        let content = "";
        let ranges = this.getArgumentsRanges();
        let documentText = this.document.getText();
        for (let range of ranges) {
          content += documentText.substring(this.document.offsetAt(range.start), this.document.offsetAt(range.end));
        }
        return content;
      }
      getArguments() {
        return this.getRawArguments();
      }
      getRawArguments() {
        let args = [];
        let range = this.getInstructionRange();
        let extra = this.document.offsetAt(range.end) - this.document.offsetAt(range.start);
        let content = this.getTextContent();
        let fullArgs = content.substring(extra);
        let offset = this.document.offsetAt(range.start) + extra;
        let start = false;
        let comment = false;
        let found = -1;
        let escapedWhitespaceDetected = false;
        let escaping = false;
        let escapeMarker = -1;
        let escapedArg = "";
        for (let i = 0; i < fullArgs.length; i++) {
          let char = fullArgs.charAt(i);
          if (util_1.Util.isWhitespace(char)) {
            if (escaping) {
              escapedWhitespaceDetected = true;
              if (util_1.Util.isNewline(char)) {
                escapedWhitespaceDetected = false;
                if (comment) {
                  comment = false;
                  start = true;
                }
              }
              continue;
            } else if (found !== -1) {
              if (escapeMarker === -1) {
                args.push(new argument_1.Argument(escapedArg, vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + found), this.document.positionAt(offset + i))));
              } else {
                args.push(new argument_1.Argument(escapedArg, vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + found), this.document.positionAt(offset + escapeMarker))));
              }
              escapeMarker = -1;
              escapedArg = "";
              found = -1;
            }
          } else if (char === this.escapeChar) {
            let next = fullArgs.charAt(i + 1);
            if (next === " " || next === "	") {
              whitespaceCheck: for (let j = i + 2; j < fullArgs.length; j++) {
                let newlineCheck = fullArgs.charAt(j);
                switch (newlineCheck) {
                  case " ":
                  case "	":
                    continue;
                  case "\r":
                    j++;
                  case "\n":
                    comment = false;
                    escaping = true;
                    start = true;
                    if (found !== -1) {
                      escapeMarker = i;
                    }
                    i = j;
                    break whitespaceCheck;
                  default:
                    escapeMarker = i;
                    if (found === -1) {
                      i = j - 1;
                    }
                    break whitespaceCheck;
                }
              }
            } else if (next === "\r") {
              comment = false;
              escaping = true;
              start = true;
              if (found !== -1 && escapeMarker === -1) {
                escapeMarker = i;
              }
              i += 2;
            } else if (next === "\n") {
              comment = false;
              escaping = true;
              start = true;
              if (found !== -1 && escapeMarker === -1) {
                escapeMarker = i;
              }
              i++;
            } else {
              if (escapedWhitespaceDetected && escapeMarker !== -1) {
                args.push(new argument_1.Argument(escapedArg, vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + found), this.document.positionAt(offset + escapeMarker))));
                escapedArg = "";
                found = -1;
              }
              escapeMarker = -1;
              escapedWhitespaceDetected = false;
              escaping = false;
              if (next === "$") {
                escapedArg = escapedArg + char + next;
              } else if (next === "") {
                break;
              } else {
                escapedArg = escapedArg + next;
              }
              if (found === -1) {
                found = i;
              }
              i++;
            }
          } else if (!comment) {
            if (start && char === "#") {
              comment = true;
            } else {
              if (escapedWhitespaceDetected && escapeMarker !== -1) {
                args.push(new argument_1.Argument(escapedArg, vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + found), this.document.positionAt(offset + escapeMarker))));
                escapedArg = "";
                found = -1;
              }
              escapedWhitespaceDetected = false;
              escaping = false;
              escapeMarker = -1;
              escapedArg = escapedArg + char;
              if (found === -1) {
                found = i;
              }
            }
            start = false;
          }
        }
        if (found !== -1) {
          if (escapeMarker === -1) {
            args.push(new argument_1.Argument(escapedArg, vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + found), this.document.positionAt(offset + fullArgs.length))));
          } else {
            args.push(new argument_1.Argument(escapedArg, vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + found), this.document.positionAt(offset + escapeMarker))));
          }
        }
        return args;
      }
      getExpandedArguments() {
        let args = this.getArguments();
        for (let i = 0; i < args.length; i++) {
          const argRange = args[i].getRange();
          let offset = this.document.offsetAt(argRange.start);
          const variables = this.parseVariables(offset, args[i].getValue());
          const swaps = [];
          let requiresExpansion = false;
          for (let variable of variables) {
            const value2 = this.dockerfile.resolveVariable(variable.getName(), variable.getNameRange().start.line);
            swaps.push(value2);
            requiresExpansion = requiresExpansion || value2 !== void 0;
          }
          if (requiresExpansion) {
            let expanded = "";
            for (let j = 0; j < swaps.length; j++) {
              const variableRange = variables[j].getRange();
              const start = this.document.offsetAt(variableRange.start);
              const end = this.document.offsetAt(variableRange.end);
              if (swaps[j]) {
                expanded += this.document.getText().substring(offset, start);
                expanded += swaps[j];
                offset = end;
              } else {
                expanded += this.document.getText().substring(offset, end);
                offset = end;
              }
            }
            const argEnd = this.document.offsetAt(argRange.end);
            if (argEnd !== offset) {
              expanded += this.document.getText().substring(offset, argEnd);
            }
            args[i] = new argument_1.Argument(expanded, argRange);
          }
        }
        return args;
      }
      getVariables() {
        const variables = [];
        const args = this.getRawArguments();
        for (const arg of args) {
          let range = arg.getRange();
          let rawValue = this.document.getText().substring(this.document.offsetAt(range.start), this.document.offsetAt(range.end));
          const parsedVariables = this.parseVariables(this.document.offsetAt(arg.getRange().start), rawValue);
          for (const parsedVariable of parsedVariables) {
            variables.push(parsedVariable);
          }
        }
        return variables;
      }
      parseVariables(offset, arg) {
        let variables = [];
        variableLoop: for (let i = 0; i < arg.length; i++) {
          switch (arg.charAt(i)) {
            case this.escapeChar:
              if (arg.charAt(i + 1) === "$") {
                i++;
              }
              break;
            case "$":
              if (arg.charAt(i + 1) === "{") {
                let escapedString = "${";
                let escapedName = "";
                let nameEnd2 = -1;
                let escapedSubstitutionParameter = "";
                let substitutionStart = -1;
                let substitutionEnd = -1;
                let modifierRead = -1;
                nameLoop: for (let j = i + 2; j < arg.length; j++) {
                  let char = arg.charAt(j);
                  switch (char) {
                    case this.escapeChar:
                      for (let k = j + 1; k < arg.length; k++) {
                        switch (arg.charAt(k)) {
                          case " ":
                          case "	":
                          case "\r":
                            continue;
                          case "\n":
                            j = k;
                            continue nameLoop;
                        }
                      }
                      break;
                    case "}":
                      escapedString += "}";
                      let modifier = null;
                      let modifierRange = null;
                      let substitutionParameter = modifierRead !== -1 ? escapedSubstitutionParameter : null;
                      let substitutionRange = null;
                      if (nameEnd2 === -1) {
                        nameEnd2 = j;
                      } else if (nameEnd2 + 1 === j) {
                        modifier = "";
                        modifierRange = vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + nameEnd2 + 1), this.document.positionAt(offset + nameEnd2 + 1));
                      } else {
                        if (substitutionStart === -1) {
                          substitutionStart = modifierRead + 1;
                          substitutionEnd = modifierRead + 1;
                        } else {
                          substitutionEnd = substitutionEnd + 1;
                        }
                        modifier = arg.substring(modifierRead, modifierRead + 1);
                        modifierRange = vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + modifierRead), this.document.positionAt(offset + modifierRead + 1));
                        substitutionRange = vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + substitutionStart), this.document.positionAt(offset + substitutionEnd));
                      }
                      let start = this.document.positionAt(offset + i);
                      variables.push(new variable_1.Variable(escapedName, vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + i + 2), this.document.positionAt(offset + nameEnd2)), vscode_languageserver_types_1.Range.create(start, this.document.positionAt(offset + j + 1)), modifier, modifierRange, substitutionParameter, substitutionRange, this.dockerfile.resolveVariable(escapedName, start.line) !== void 0, this.isBuildVariable(escapedName, start.line), escapedString));
                      i = j;
                      continue variableLoop;
                    case ":":
                      if (nameEnd2 === -1) {
                        nameEnd2 = j;
                      } else if (modifierRead !== -1) {
                        if (substitutionStart === -1) {
                          substitutionStart = j;
                          substitutionEnd = j;
                        } else {
                          substitutionEnd = j;
                        }
                        escapedSubstitutionParameter += ":";
                      } else {
                        modifierRead = j;
                      }
                      escapedString += ":";
                      break;
                    case "\n":
                    case "\r":
                    case " ":
                    case "	":
                      break;
                    default:
                      if (nameEnd2 === -1) {
                        escapedName += char;
                      } else if (modifierRead !== -1) {
                        if (substitutionStart === -1) {
                          substitutionStart = j;
                          substitutionEnd = j;
                        } else {
                          substitutionEnd = j;
                        }
                        escapedSubstitutionParameter += char;
                      } else {
                        modifierRead = j;
                      }
                      escapedString += char;
                      break;
                  }
                }
                break variableLoop;
              } else if (util_1.Util.isWhitespace(arg.charAt(i + 1)) || i === arg.length - 1) {
                continue;
              } else {
                let escapedName = "";
                nameLoop: for (let j = i + 1; j < arg.length; j++) {
                  let char = arg.charAt(j);
                  switch (char) {
                    case "\r":
                    case "\n":
                    case " ":
                    case "	":
                      continue;
                    case "$":
                    case "'":
                    case '"':
                      let varStart = this.document.positionAt(offset + i);
                      variables.push(new variable_1.Variable(escapedName, vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + i + 1), this.document.positionAt(offset + j)), vscode_languageserver_types_1.Range.create(varStart, this.document.positionAt(offset + j)), null, null, null, null, this.dockerfile.resolveVariable(escapedName, varStart.line) !== void 0, this.isBuildVariable(escapedName, varStart.line), "$" + escapedName));
                      i = j - 1;
                      continue variableLoop;
                    case this.escapeChar:
                      for (let k = j + 1; k < arg.length; k++) {
                        switch (arg.charAt(k)) {
                          case " ":
                          case "	":
                          case "\r":
                            continue;
                          case "\n":
                            j = k;
                            continue nameLoop;
                        }
                      }
                      let start2 = this.document.positionAt(offset + i);
                      variables.push(new variable_1.Variable(escapedName, vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + i + 1), this.document.positionAt(offset + j)), vscode_languageserver_types_1.Range.create(start2, this.document.positionAt(offset + j)), null, null, null, null, this.dockerfile.resolveVariable(escapedName, start2.line) !== void 0, this.isBuildVariable(escapedName, start2.line), "$" + escapedName));
                      break variableLoop;
                  }
                  if (char.match(/^[a-z0-9_]+$/i) === null) {
                    let varStart = this.document.positionAt(offset + i);
                    variables.push(new variable_1.Variable(escapedName, vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + i + 1), this.document.positionAt(offset + j)), vscode_languageserver_types_1.Range.create(varStart, this.document.positionAt(offset + j)), null, null, null, null, this.dockerfile.resolveVariable(escapedName, varStart.line) !== void 0, this.isBuildVariable(escapedName, varStart.line), "$" + escapedName));
                    i = j - 1;
                    continue variableLoop;
                  }
                  escapedName += char;
                }
                let start = this.document.positionAt(offset + i);
                variables.push(new variable_1.Variable(escapedName, vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + i + 1), this.document.positionAt(offset + arg.length)), vscode_languageserver_types_1.Range.create(start, this.document.positionAt(offset + arg.length)), null, null, null, null, this.dockerfile.resolveVariable(escapedName, start.line) !== void 0, this.isBuildVariable(escapedName, start.line), "$" + escapedName));
              }
              break variableLoop;
          }
        }
        return variables;
      }
      isBuildVariable(variable, line) {
        if (this.getKeyword() === main_1.Keyword.FROM) {
          for (const initialArg of this.dockerfile.getInitialARGs()) {
            const arg = initialArg;
            const property = arg.getProperty();
            if (property && variable === property.getName()) {
              return true;
            }
          }
          return void 0;
        }
        let image = this.dockerfile.getContainingImage(vscode_languageserver_types_1.Position.create(line, 0));
        let envs = image.getENVs();
        for (let i = envs.length - 1; i >= 0; i--) {
          if (envs[i].isBefore(line)) {
            for (let property of envs[i].getProperties()) {
              if (property.getName() === variable) {
                return false;
              }
            }
          }
        }
        let args = image.getARGs();
        for (let i = args.length - 1; i >= 0; i--) {
          if (args[i].isBefore(line)) {
            let property = args[i].getProperty();
            if (property && property.getName() === variable) {
              return true;
            }
          }
        }
        return void 0;
      }
      createSingleLineHeredocs(args) {
        const heredocs = [];
        for (const arg of args) {
          const value2 = arg.getValue();
          if (value2.startsWith("<<") && util_1.Util.parseHeredocName(value2) !== null) {
            const startRange = arg.getRange();
            const nameRange = this.getNameRange(startRange);
            const name = this.getName(nameRange);
            heredocs.push(new heredoc_1.Heredoc(startRange, name, nameRange, null, null));
          }
        }
        return heredocs;
      }
      getName(nameRange) {
        const content = this.document.getText(nameRange);
        let escaping = false;
        let name = "";
        nameLoop: for (let i = 0; i < content.length; i++) {
          const ch = content.charAt(i);
          switch (ch) {
            case this.escapeChar:
              escaping = true;
              for (let j = i + 1; j < content.length; j++) {
                switch (content.charAt(j)) {
                  case " ":
                  case "	":
                    break;
                  case "\r":
                    i = j + 1;
                    continue nameLoop;
                  case "\n":
                    i = j;
                    continue nameLoop;
                  default:
                    name += content.charAt(j);
                    i = j;
                    continue nameLoop;
                }
              }
              break;
            case "#":
              if (escaping) {
                for (let j = i + 1; j < content.length; j++) {
                  switch (content.charAt(j)) {
                    case "\n":
                      i = j;
                      continue nameLoop;
                  }
                }
              }
            case " ":
            case "	":
            case "\r":
            case "\n":
              if (escaping) {
                break;
              }
            default:
              name += ch;
              break;
          }
        }
        return name;
      }
      getNameRange(startRange) {
        const content = this.document.getText(startRange);
        let endFound = false;
        let searchHyphen = false;
        let start = -1;
        let end = -1;
        let escaping = false;
        let quote = null;
        contentLoop: for (let i = 0; i < content.length; i++) {
          const ch = content.charAt(i);
          switch (ch) {
            case '"':
            case "'":
              if (quote === ch) {
                break contentLoop;
              }
              quote = ch;
              continue;
            case this.escapeChar:
              for (let j = i + 1; j < content.length; j++) {
                switch (content.charAt(j)) {
                  case "\n":
                    escaping = true;
                    j = i;
                    continue contentLoop;
                }
              }
              break;
            case " ":
            case "	":
            case "\r":
            case "\n":
              break;
            case "<":
              if (endFound) {
                searchHyphen = true;
              } else {
                endFound = true;
              }
              break;
            case "-":
              if (searchHyphen) {
                searchHyphen = false;
                break;
              }
            case "#":
              if (escaping) {
                for (let j = i + 1; j < content.length; j++) {
                  switch (content.charAt(j)) {
                    case "\n":
                      i = j;
                      continue contentLoop;
                  }
                }
              }
            default:
              if (start === -1) {
                start = i;
              }
              if (quote !== null) {
                end = i + 1;
                break;
              }
              break contentLoop;
          }
        }
        if (start === -1) {
          return vscode_languageserver_types_1.Range.create(startRange.end, startRange.end);
        }
        const nameStart = this.document.positionAt(this.document.offsetAt(startRange.start) + start);
        const nameEnd2 = quote !== null ? this.document.positionAt(this.document.offsetAt(startRange.start) + end) : startRange.end;
        return vscode_languageserver_types_1.Range.create(nameStart, nameEnd2);
      }
      getHeredocs() {
        const args = this.getArguments();
        if (args.length === 0) {
          return [];
        }
        const heredocs = [];
        const range = this.getRange();
        if (range.start.line === range.end.line) {
          return this.createSingleLineHeredocs(args);
        }
        const heredocDefinitions = [];
        let heredocsProcessed = false;
        let escaping = false;
        let contentStart = -1;
        let contentEnd = -1;
        let lineStart = -1;
        let currentHeredoc = 0;
        const startOffset = this.document.offsetAt(args[0].getRange().start);
        const content = this.getRangeContent(vscode_languageserver_types_1.Range.create(args[0].getRange().start, this.getRange().end));
        contentLoop: for (let i = 0; i < content.length; i++) {
          switch (content.charAt(i)) {
            case this.escapeChar:
              escaping = true;
              for (let j = i + 1; j < content.length; j++) {
                switch (content.charAt(j)) {
                  case " ":
                  case "	":
                    break;
                  case "\r":
                    j++;
                  case "\n":
                    i = j;
                    continue contentLoop;
                  default:
                    i = j;
                    continue contentLoop;
                }
              }
              break;
            case "\r":
              break;
            case "\n":
              if (escaping) {
                break;
              }
              if (heredocsProcessed) {
                if (contentStart === -1) {
                  contentStart = i;
                }
                contentEnd = i;
                const arg = heredocDefinitions[currentHeredoc];
                const startRange = arg.getRange();
                const nameRange = this.getNameRange(startRange);
                const name = this.getName(nameRange);
                const delimiterRange = this.getDelimiterRange(arg, name, vscode_languageserver_types_1.Range.create(this.document.positionAt(startOffset + lineStart), this.document.positionAt(startOffset + i)));
                if (delimiterRange !== null) {
                  const contentRange = vscode_languageserver_types_1.Range.create(this.document.positionAt(startOffset + contentStart), this.document.positionAt(startOffset + lineStart - 1));
                  heredocs.push(new heredoc_1.Heredoc(startRange, name, nameRange, contentRange, delimiterRange));
                  contentStart = -1;
                  currentHeredoc++;
                }
                lineStart = -1;
              } else {
                const offsetLimit = startOffset + i;
                for (const arg of args) {
                  if (this.document.offsetAt(arg.getRange().start) < offsetLimit) {
                    if (arg.getValue().startsWith("<<")) {
                      heredocDefinitions.push(arg);
                    }
                  } else {
                    break;
                  }
                }
                heredocsProcessed = true;
                lineStart = -1;
                continue contentLoop;
              }
              break;
            case " ":
            case "	":
              if (escaping) {
                break;
              }
            case "#":
              if (escaping) {
                for (let j = i + 1; j < content.length; j++) {
                  switch (content.charAt(j)) {
                    case "\n":
                      i = j;
                      continue contentLoop;
                  }
                }
              }
            default:
              if (escaping) {
                escaping = false;
              }
              if (heredocsProcessed) {
                if (contentStart === -1) {
                  contentStart = i;
                }
                if (lineStart === -1) {
                  lineStart = i;
                }
              }
              break;
          }
        }
        if (heredocsProcessed) {
          const arg = heredocDefinitions[currentHeredoc];
          const startRange = arg.getRange();
          const nameRange = this.getNameRange(startRange);
          const name = this.getName(nameRange);
          let contentRange = null;
          const delimiterRange = this.getDelimiterRange(arg, name, vscode_languageserver_types_1.Range.create(this.document.positionAt(startOffset + lineStart), range.end));
          if (delimiterRange === null) {
            contentRange = vscode_languageserver_types_1.Range.create(this.document.positionAt(startOffset + contentStart), range.end);
          } else if (contentEnd !== -1) {
            contentRange = vscode_languageserver_types_1.Range.create(this.document.positionAt(startOffset + contentStart), this.document.positionAt(startOffset + contentEnd));
          }
          heredocs.push(new heredoc_1.Heredoc(startRange, name, nameRange, contentRange, delimiterRange));
          currentHeredoc++;
          for (let i = currentHeredoc; i < heredocDefinitions.length; i++) {
            const arg2 = heredocDefinitions[currentHeredoc];
            const startRange2 = arg2.getRange();
            const nameRange2 = this.getNameRange(startRange2);
            const name2 = this.getName(nameRange2);
            heredocs.push(new heredoc_1.Heredoc(startRange2, name2, nameRange2, null, null));
            currentHeredoc++;
          }
        } else {
          return this.createSingleLineHeredocs(args);
        }
        return heredocs;
      }
      getDelimiterRange(startArg, name, candidateRange) {
        const text = this.document.getText(candidateRange);
        if (startArg.getValue().startsWith("<<-")) {
          let index = 0;
          while (text.charAt(index) === "	") {
            index++;
          }
          if (text.substring(index) === name) {
            return vscode_languageserver_types_1.Range.create(vscode_languageserver_types_1.Position.create(candidateRange.start.line, index), candidateRange.end);
          }
          return null;
        }
        return text === name ? candidateRange : null;
      }
    };
    exports2.Instruction = Instruction3;
  }
});

// dev/node_modules/dockerfile-ast/lib/flagOption.js
var require_flagOption = __commonJS({
  "dev/node_modules/dockerfile-ast/lib/flagOption.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.FlagOption = void 0;
    var FlagOption = class {
      constructor(range, name, nameRange, value2, valueRange) {
        this.range = range;
        this.name = name;
        this.nameRange = nameRange;
        this.value = value2;
        this.valueRange = valueRange;
      }
      toString() {
        if (this.valueRange !== null) {
          return this.name + "=" + this.value;
        }
        return this.name;
      }
      getRange() {
        return this.range;
      }
      getName() {
        return this.name;
      }
      getNameRange() {
        return this.nameRange;
      }
      getValue() {
        return this.value;
      }
      getValueRange() {
        return this.valueRange;
      }
    };
    exports2.FlagOption = FlagOption;
  }
});

// dev/node_modules/dockerfile-ast/lib/flag.js
var require_flag = __commonJS({
  "dev/node_modules/dockerfile-ast/lib/flag.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.Flag = void 0;
    var vscode_languageserver_types_1 = require_main();
    var flagOption_1 = require_flagOption();
    var Flag = class {
      constructor(document, range, name, nameRange, value2, valueRange) {
        this.options = [];
        this.range = range;
        this.name = name;
        this.nameRange = nameRange;
        this.value = value2;
        this.valueRange = valueRange;
        if (this.value !== null) {
          let offset = document.offsetAt(valueRange.start);
          let nameStart = -1;
          let valueStart = -1;
          let hasOptions = false;
          for (let i = 0; i < value2.length; i++) {
            switch (value2.charAt(i)) {
              case "=":
                hasOptions = true;
                if (valueStart === -1) {
                  valueStart = i + 1;
                  break;
                }
                break;
              case ",":
                this.options.push(this.createFlagOption(document, value2, offset, nameStart, valueStart, i));
                nameStart = -1;
                valueStart = -1;
                break;
              default:
                if (nameStart === -1) {
                  nameStart = i;
                }
                break;
            }
          }
          if (hasOptions && nameStart !== -1) {
            this.options.push(this.createFlagOption(document, value2, offset, nameStart, valueStart, value2.length));
          }
        }
      }
      createFlagOption(document, content, documentOffset, nameStart, valueStart, valueEnd) {
        const optionRange = vscode_languageserver_types_1.Range.create(document.positionAt(documentOffset + nameStart), document.positionAt(documentOffset + valueEnd));
        if (valueStart === -1) {
          return new flagOption_1.FlagOption(optionRange, content.substring(nameStart, valueEnd), optionRange, null, null);
        }
        return new flagOption_1.FlagOption(optionRange, content.substring(nameStart, valueStart - 1), vscode_languageserver_types_1.Range.create(document.positionAt(documentOffset + nameStart), document.positionAt(documentOffset + valueStart - 1)), content.substring(valueStart, valueEnd), vscode_languageserver_types_1.Range.create(document.positionAt(documentOffset + valueStart), document.positionAt(documentOffset + valueEnd)));
      }
      toString() {
        if (this.valueRange) {
          return "--" + this.name + "=" + this.value;
        }
        return "--" + this.name;
      }
      /**
       * Returns the range that encompasses this entire flag. This includes the
       * -- prefix in the beginning to the last character of the flag's value (if
       * it has been defined).
       *
       * @return the entire range of this flag
       */
      getRange() {
        return this.range;
      }
      /**
       * Returns the name of this flag. The name does not include the -- prefix.
       * Thus, for HEALTHCHECK's --interval flag, interval is the flag's name and
       * not --interval.
       *
       * @return this flag's name
       */
      getName() {
        return this.name;
      }
      /**
       * Returns the range that encompasses the flag's name
       *
       * @return the range containing the flag's name
       */
      getNameRange() {
        return this.nameRange;
      }
      /**
       * Returns the value that has been set to this flag. May be null if the
       * flag is invalid and has no value set like a --start-period. If the flag
       * is instead a --start-period= with an equals sign then the flag's value
       * is the empty string.
       *
       * @return this flag's value if it has been defined, null otherwise
       */
      getValue() {
        return this.value;
      }
      /**
       * Returns the range that encompasses this flag's value. If no value has
       * been set then null will be returned.
       *
       * @return the range containing this flag's value, or null if the flag
       *         has no value defined
       */
      getValueRange() {
        return this.valueRange;
      }
      getOption(name) {
        for (const option of this.options) {
          if (option.getName() === name) {
            return option;
          }
        }
        return null;
      }
      getOptions() {
        return this.options;
      }
      hasOptions() {
        return this.options.length > 0;
      }
    };
    exports2.Flag = Flag;
  }
});

// dev/node_modules/dockerfile-ast/lib/modifiableInstruction.js
var require_modifiableInstruction = __commonJS({
  "dev/node_modules/dockerfile-ast/lib/modifiableInstruction.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.ModifiableInstruction = void 0;
    var vscode_languageserver_types_1 = require_main();
    var flag_1 = require_flag();
    var instruction_1 = require_instruction();
    var ModifiableInstruction = class extends instruction_1.Instruction {
      constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
      }
      getFlags() {
        if (!this.flags) {
          this.flags = [];
          for (let arg of this.getArguments()) {
            let value2 = arg.getValue();
            if (this.stopSearchingForFlags(value2)) {
              return this.flags;
            } else if (value2.indexOf("--") === 0) {
              let range = arg.getRange();
              let rawValue = this.document.getText().substring(this.document.offsetAt(range.start), this.document.offsetAt(range.end));
              let nameIndex = value2.indexOf("=");
              let index = rawValue.indexOf("=");
              let firstMatch = false;
              let secondMatch = false;
              let startIndex = -1;
              nameSearchLoop: for (let i = 0; i < rawValue.length; i++) {
                switch (rawValue.charAt(i)) {
                  case "\\":
                  case " ":
                  case "	":
                  case "\r":
                  case "\n":
                    break;
                  case "-":
                    if (secondMatch) {
                      startIndex = i;
                      break nameSearchLoop;
                    } else if (firstMatch) {
                      secondMatch = true;
                    } else {
                      firstMatch = true;
                    }
                    break;
                  default:
                    startIndex = i;
                    break nameSearchLoop;
                }
              }
              let nameStart = this.document.positionAt(this.document.offsetAt(range.start) + startIndex);
              if (index === -1) {
                this.flags.push(new flag_1.Flag(this.document, range, value2.substring(2), vscode_languageserver_types_1.Range.create(nameStart, range.end), null, null));
              } else if (index === value2.length - 1) {
                let nameEnd2 = this.document.positionAt(this.document.offsetAt(range.start) + index);
                this.flags.push(new flag_1.Flag(this.document, range, value2.substring(2, index), vscode_languageserver_types_1.Range.create(nameStart, nameEnd2), "", vscode_languageserver_types_1.Range.create(range.end, range.end)));
              } else {
                let nameEnd2 = this.document.positionAt(this.document.offsetAt(range.start) + index);
                this.flags.push(new flag_1.Flag(this.document, range, value2.substring(2, nameIndex), vscode_languageserver_types_1.Range.create(nameStart, nameEnd2), value2.substring(nameIndex + 1), vscode_languageserver_types_1.Range.create(this.document.positionAt(this.document.offsetAt(range.start) + index + 1), range.end)));
              }
            }
          }
        }
        return this.flags;
      }
      getArguments() {
        const args = super.getArguments();
        const flags = this.getFlags();
        if (flags.length === 0) {
          return args;
        }
        for (let i = 0; i < flags.length; i++) {
          args.shift();
        }
        return args;
      }
    };
    exports2.ModifiableInstruction = ModifiableInstruction;
  }
});

// dev/node_modules/dockerfile-ast/lib/jsonInstruction.js
var require_jsonInstruction = __commonJS({
  "dev/node_modules/dockerfile-ast/lib/jsonInstruction.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.JSONInstruction = void 0;
    var vscode_languageserver_types_1 = require_main();
    var argument_1 = require_argument();
    var jsonArgument_1 = require_jsonArgument();
    var modifiableInstruction_1 = require_modifiableInstruction();
    var JSONInstruction = class extends modifiableInstruction_1.ModifiableInstruction {
      constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
        this.openingBracket = null;
        this.closingBracket = null;
        this.jsonStrings = [];
        const argsContent = this.getRawArgumentsContent();
        if (argsContent === null) {
          return;
        }
        const args = this.getArguments();
        if (args.length === 1 && args[0].getValue() === "[]") {
          let argRange = args[0].getRange();
          this.openingBracket = new argument_1.Argument("[", vscode_languageserver_types_1.Range.create(argRange.start.line, argRange.start.character, argRange.start.line, argRange.start.character + 1));
          this.closingBracket = new argument_1.Argument("]", vscode_languageserver_types_1.Range.create(argRange.start.line, argRange.start.character + 1, argRange.end.line, argRange.end.character));
          return;
        } else if (args.length === 2 && args[0].getValue() === "[" && args[1].getValue() === "]") {
          this.openingBracket = args[0];
          this.closingBracket = args[1];
          return;
        }
        const argsOffset = document.offsetAt(this.getArgumentsRange().start);
        let start = -1;
        let last = "";
        let quoted = false;
        let escapedArg = "";
        argsCheck: for (let i = 0; i < argsContent.length; i++) {
          let char = argsContent.charAt(i);
          switch (char) {
            case "[":
              if (last === "") {
                this.openingBracket = new argument_1.Argument("[", vscode_languageserver_types_1.Range.create(document.positionAt(argsOffset + i), document.positionAt(argsOffset + i + 1)));
                last = "[";
              } else if (quoted) {
                escapedArg = escapedArg + char;
              } else {
                break argsCheck;
              }
              break;
            case '"':
              if (last === "[" || last === ",") {
                start = i;
                quoted = true;
                last = '"';
                escapedArg = escapedArg + char;
                continue;
              } else if (last === '"') {
                if (quoted) {
                  escapedArg = escapedArg + char;
                  quoted = false;
                  this.jsonStrings.push(new jsonArgument_1.JSONArgument(escapedArg, vscode_languageserver_types_1.Range.create(document.positionAt(argsOffset + start), document.positionAt(argsOffset + i + 1)), vscode_languageserver_types_1.Range.create(document.positionAt(argsOffset + start + 1), document.positionAt(argsOffset + i))));
                  escapedArg = "";
                } else {
                  break argsCheck;
                }
              } else {
                break argsCheck;
              }
              break;
            case ",":
              if (quoted) {
                escapedArg = escapedArg + char;
              } else {
                if (last === '"') {
                  last = ",";
                } else {
                  break argsCheck;
                }
              }
              break;
            case "]":
              if (quoted) {
                escapedArg = escapedArg + char;
              } else if (last !== "") {
                this.closingBracket = new argument_1.Argument("]", vscode_languageserver_types_1.Range.create(document.positionAt(argsOffset + i), document.positionAt(argsOffset + i + 1)));
                break argsCheck;
              }
              break;
            case " ":
            case "	":
              break;
            case "\\":
              if (quoted) {
                switch (argsContent.charAt(i + 1)) {
                  case '"':
                  case "\\":
                    escapedArg = escapedArg + argsContent.charAt(i + 1);
                    i++;
                    continue;
                  case " ":
                  case "	":
                    escapeCheck: for (let j = i + 2; j < argsContent.length; j++) {
                      switch (argsContent.charAt(j)) {
                        case "\r":
                          j++;
                        case "\n":
                          i = j;
                          continue argsCheck;
                        case " ":
                        case "	":
                          break;
                        default:
                          break escapeCheck;
                      }
                    }
                    break;
                  case "\r":
                    i++;
                  default:
                    i++;
                    continue;
                }
              } else {
                escapeCheck: for (let j = i + 1; j < argsContent.length; j++) {
                  switch (argsContent.charAt(j)) {
                    case "\r":
                      j++;
                    case "\n":
                      i = j;
                      continue argsCheck;
                    case " ":
                    case "	":
                      break;
                    default:
                      break escapeCheck;
                  }
                }
              }
              break argsCheck;
            default:
              if (!quoted) {
                break argsCheck;
              }
              escapedArg = escapedArg + char;
              break;
          }
        }
      }
      stopSearchingForFlags(_value) {
        return true;
      }
      getOpeningBracket() {
        return this.openingBracket;
      }
      getJSONStrings() {
        return this.jsonStrings;
      }
      getClosingBracket() {
        return this.closingBracket;
      }
    };
    exports2.JSONInstruction = JSONInstruction;
  }
});

// dev/node_modules/dockerfile-ast/lib/instructions/add.js
var require_add = __commonJS({
  "dev/node_modules/dockerfile-ast/lib/instructions/add.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.Add = void 0;
    var jsonInstruction_1 = require_jsonInstruction();
    var Add3 = class extends jsonInstruction_1.JSONInstruction {
      constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
      }
      stopSearchingForFlags(argument) {
        return argument.indexOf("--") === -1;
      }
    };
    exports2.Add = Add3;
  }
});

// dev/node_modules/dockerfile-ast/lib/property.js
var require_property = __commonJS({
  "dev/node_modules/dockerfile-ast/lib/property.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.Property = void 0;
    var vscode_languageserver_types_1 = require_main();
    var util_1 = require_util();
    var Property3 = class _Property {
      constructor(document, escapeChar, arg, arg2) {
        this.assignmentOperatorRange = null;
        this.assignmentOperator = null;
        this.valueRange = null;
        this.value = null;
        this.document = document;
        this.escapeChar = escapeChar;
        this.nameRange = _Property.getNameRange(document, arg);
        let value2 = document.getText().substring(document.offsetAt(this.nameRange.start), document.offsetAt(this.nameRange.end));
        this.name = _Property.getValue(value2, escapeChar);
        if (arg2) {
          this.valueRange = arg2.getRange();
          value2 = document.getText().substring(document.offsetAt(this.valueRange.start), document.offsetAt(this.valueRange.end));
          this.value = _Property.getValue(value2, escapeChar);
          this.range = vscode_languageserver_types_1.Range.create(this.nameRange.start, this.valueRange.end);
        } else {
          let argRange = arg.getRange();
          if (this.nameRange.start.line === argRange.start.line && this.nameRange.start.character === argRange.start.character && this.nameRange.end.line === argRange.end.line && this.nameRange.end.character === argRange.end.character) {
          } else {
            this.valueRange = _Property.getValueRange(document, arg);
            value2 = document.getText().substring(document.offsetAt(this.valueRange.start), document.offsetAt(this.valueRange.end));
            this.value = _Property.getValue(value2, escapeChar);
            this.assignmentOperatorRange = vscode_languageserver_types_1.Range.create(this.nameRange.end, this.valueRange.start);
            this.assignmentOperator = "=";
          }
          this.range = argRange;
        }
      }
      getRange() {
        return this.range;
      }
      getName() {
        return this.name;
      }
      getNameRange() {
        return this.nameRange;
      }
      getValue() {
        return this.value;
      }
      getValueRange() {
        return this.valueRange;
      }
      /**
       * Retrieves the operator used for delimiting between the name and
       * value of this property. This will either be the "=" character
       * or null if a character was not used or if this property has no
       * value defined.
       */
      getAssignmentOperator() {
        return this.assignmentOperator;
      }
      getAssignmentOperatorRange() {
        return this.assignmentOperatorRange;
      }
      /**
       * Returns the value of this property including any enclosing
       * single or double quotes and relevant escape characters.
       * Escaped newlines and its associated contiguous whitespace
       * characters however will not be returned as they are deemed to
       * be uninteresting to clients trying to return a Dockerfile.
       *
       * @return the unescaped value of this property or null if this
       *         property has no associated value
       */
      getUnescapedValue() {
        if (this.valueRange === null) {
          return null;
        }
        let escaped = false;
        let rawValue = "";
        let value2 = this.document.getText().substring(this.document.offsetAt(this.valueRange.start), this.document.offsetAt(this.valueRange.end));
        rawLoop: for (let i = 0; i < value2.length; i++) {
          let char = value2.charAt(i);
          switch (char) {
            case this.escapeChar:
              for (let j = i + 1; j < value2.length; j++) {
                switch (value2.charAt(j)) {
                  case "\r":
                    j++;
                  case "\n":
                    escaped = true;
                    i = j;
                    continue rawLoop;
                  case " ":
                  case "	":
                    break;
                  default:
                    rawValue = rawValue + char;
                    continue rawLoop;
                }
              }
              rawValue = rawValue + char;
              break;
            case "\r":
            case "\n":
              break;
            case " ":
            case "	":
              if (!escaped) {
                rawValue = rawValue + char;
              }
              break;
            case "#":
              if (escaped) {
                for (let j = i + 1; j < value2.length; j++) {
                  switch (value2.charAt(j)) {
                    case "\r":
                      j++;
                    case "\n":
                      i = j;
                      continue rawLoop;
                  }
                }
              } else {
                rawValue = rawValue + char;
              }
              break;
            default:
              rawValue = rawValue + char;
              escaped = false;
              break;
          }
        }
        return rawValue;
      }
      static getNameRange(document, arg) {
        let value2 = arg.getValue();
        let index = value2.indexOf("=");
        if (index !== -1) {
          let initial = value2.charAt(0);
          let before = value2.charAt(index - 1);
          if (initial === '"' && before === '"' || initial === "'" && before === "'" || initial !== '"' && initial !== "'") {
            return vscode_languageserver_types_1.Range.create(arg.getRange().start, document.positionAt(document.offsetAt(arg.getRange().start) + index));
          }
        }
        return arg.getRange();
      }
      static getValueRange(document, arg) {
        return vscode_languageserver_types_1.Range.create(document.positionAt(document.offsetAt(arg.getRange().start) + arg.getValue().indexOf("=") + 1), document.positionAt(document.offsetAt(arg.getRange().end)));
      }
      /**
       * Returns the actual value of this key-value pair. The value will
       * have its escape characters removed if applicable. If the value
       * spans multiple lines and there are comments nested within the
       * lines, they too will be removed.
       *
       * @return the value that this key-value pair will actually be, may
       *         be null if no value is defined, may be the empty string
       *         if the value only consists of whitespace
       */
      static getValue(value2, escapeChar) {
        let escaped = false;
        const skip = util_1.Util.findLeadingNonWhitespace(value2, escapeChar);
        if (skip !== 0 && value2.charAt(skip) === "#") {
          escaped = true;
        }
        value2 = value2.substring(skip);
        let first = value2.charAt(0);
        let last = value2.charAt(value2.length - 1);
        let literal = first === "'" || first === '"';
        let inSingle = first === "'" && last === "'";
        let inDouble = false;
        if (first === '"') {
          for (let i = 1; i < value2.length; i++) {
            if (value2.charAt(i) === escapeChar) {
              i++;
            } else if (value2.charAt(i) === '"' && i === value2.length - 1) {
              inDouble = true;
            }
          }
        }
        if (inSingle || inDouble) {
          value2 = value2.substring(1, value2.length - 1);
        }
        let commentCheck = -1;
        let escapedValue = "";
        let start = 0;
        parseValue: for (let i = 0; i < value2.length; i++) {
          let char = value2.charAt(i);
          switch (char) {
            case escapeChar:
              if (i + 1 === value2.length) {
                escapedValue = escapedValue + escapeChar;
                break parseValue;
              }
              char = value2.charAt(i + 1);
              if (char === " " || char === "	") {
                whitespaceCheck: for (let j = i + 2; j < value2.length; j++) {
                  let char2 = value2.charAt(j);
                  switch (char2) {
                    case " ":
                    case "	":
                      break;
                    case "\r":
                      j++;
                    case "\n":
                      escaped = true;
                      i = j;
                      continue parseValue;
                    default:
                      if (!inDouble && !inSingle && !literal) {
                        if (char2 === escapeChar) {
                          escapedValue = escapedValue + char;
                          i = i + 1;
                        } else {
                          escapedValue = escapedValue + char + char2;
                          i = j;
                        }
                        continue parseValue;
                      }
                      break whitespaceCheck;
                  }
                }
              }
              if (inDouble) {
                if (char === "\r") {
                  escaped = true;
                  i = i + 2;
                } else if (char === "\n") {
                  escaped = true;
                  i++;
                } else if (char !== '"') {
                  if (char === escapeChar) {
                    i++;
                  }
                  escapedValue = escapedValue + escapeChar;
                }
                continue parseValue;
              } else if (inSingle || literal) {
                if (char === "\r") {
                  escaped = true;
                  i = i + 2;
                } else if (char === "\n") {
                  escaped = true;
                  i++;
                } else {
                  escapedValue = escapedValue + escapeChar;
                }
                continue parseValue;
              } else if (char === escapeChar) {
                escapedValue = escapedValue + escapeChar;
                i++;
              } else if (char === "\r") {
                escaped = true;
                i = i + 2;
              } else if (char === "\n") {
                escaped = true;
                i++;
                start = i;
              } else {
                escapedValue = escapedValue + char;
                i++;
              }
              break;
            case " ":
            case "	":
              if (escaped && commentCheck === -1) {
                commentCheck = i;
              }
              escapedValue = escapedValue + char;
              break;
            case "\r":
              i++;
            case "\n":
              if (escaped && commentCheck !== -1) {
                escapedValue = escapedValue.substring(0, escapedValue.length - (i - commentCheck - 1));
                commentCheck = -1;
              }
              break;
            case "#":
              if (escaped) {
                if (commentCheck !== -1) {
                  escapedValue = escapedValue.substring(0, escapedValue.length - (i - commentCheck));
                  commentCheck = -1;
                }
                newlineCheck: for (let j = i + 1; j < value2.length; j++) {
                  switch (value2.charAt(j)) {
                    case "\r":
                      j++;
                    case "\n":
                      i = j;
                      break newlineCheck;
                  }
                }
                continue parseValue;
              }
            default:
              if (escaped) {
                escaped = false;
                commentCheck = -1;
              }
              escapedValue = escapedValue + char;
              break;
          }
        }
        return escapedValue;
      }
    };
    exports2.Property = Property3;
  }
});

// dev/node_modules/dockerfile-ast/lib/propertyInstruction.js
var require_propertyInstruction = __commonJS({
  "dev/node_modules/dockerfile-ast/lib/propertyInstruction.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.PropertyInstruction = void 0;
    var vscode_languageserver_types_1 = require_main();
    var instruction_1 = require_instruction();
    var property_1 = require_property();
    var argument_1 = require_argument();
    var util_1 = require_util();
    var PropertyInstruction = class extends instruction_1.Instruction {
      constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
        this.properties = void 0;
      }
      getProperties() {
        if (this.properties === void 0) {
          let args = this.getPropertyArguments();
          if (args.length === 0) {
            this.properties = [];
          } else if (args.length === 1) {
            this.properties = [new property_1.Property(this.document, this.escapeChar, args[0])];
          } else if (args.length === 2) {
            if (args[0].getValue().indexOf("=") === -1) {
              this.properties = [new property_1.Property(this.document, this.escapeChar, args[0], args[1])];
            } else {
              this.properties = [
                new property_1.Property(this.document, this.escapeChar, args[0]),
                new property_1.Property(this.document, this.escapeChar, args[1])
              ];
            }
          } else if (args[0].getValue().indexOf("=") === -1) {
            let text = this.document.getText();
            let start = args[1].getRange().start;
            let end = args[args.length - 1].getRange().end;
            text = text.substring(this.document.offsetAt(start), this.document.offsetAt(end));
            this.properties = [new property_1.Property(this.document, this.escapeChar, args[0], new argument_1.Argument(text, vscode_languageserver_types_1.Range.create(args[1].getRange().start, args[args.length - 1].getRange().end)))];
          } else {
            this.properties = [];
            for (let i = 0; i < args.length; i++) {
              this.properties.push(new property_1.Property(this.document, this.escapeChar, args[i]));
            }
          }
        }
        return this.properties;
      }
      /**
       * Goes from the back of the string and returns the first
       * non-whitespace character that is found. If an escape character
       * is found with newline characters, the escape character will
       * not be considered a non-whitespace character and its index in
       * the string will not be returned.
       *
       * @param content the string to search through
       * @return the index in the string for the first non-whitespace
       *         character when searching from the end of the string
       */
      findTrailingNonWhitespace(content) {
        let index = content.length;
        whitespaceCheck: for (let i = content.length - 1; i >= 0; i--) {
          switch (content.charAt(i)) {
            case " ":
            case "	":
              continue;
            case "\n":
              if (content.charAt(i - 1) === "\r") {
                i = i - 1;
              }
            case "\r":
              newlineCheck: for (let j = i - 1; j >= 0; j--) {
                switch (content.charAt(j)) {
                  case " ":
                  case "	":
                  case "\r":
                  case "\n":
                  case this.escapeChar:
                    continue;
                  default:
                    index = j;
                    break newlineCheck;
                }
              }
              break whitespaceCheck;
            default:
              index = i;
              break whitespaceCheck;
          }
        }
        return index;
      }
      getPropertyArguments() {
        const args = [];
        let range = this.getInstructionRange();
        let instructionNameEndOffset = this.document.offsetAt(range.end);
        let extra = instructionNameEndOffset - this.document.offsetAt(range.start);
        let content = this.getTextContent();
        let fullArgs = content.substring(extra);
        let start = util_1.Util.findLeadingNonWhitespace(fullArgs, this.escapeChar);
        if (start === -1) {
          return [];
        }
        const startPosition = this.document.positionAt(instructionNameEndOffset + start);
        let escaped = range.start.line !== startPosition.line;
        let endingEscape = false;
        let mark = -1;
        let end = this.findTrailingNonWhitespace(fullArgs);
        content = fullArgs.substring(start, end + 1);
        let argStart = escaped ? -1 : 0;
        let spaced = false;
        argumentLoop: for (let i = 0; i < content.length; i++) {
          let char = content.charAt(i);
          switch (char) {
            case this.escapeChar:
              if (i + 1 === content.length) {
                endingEscape = true;
                break argumentLoop;
              }
              if (!escaped) {
                mark = i;
              }
              switch (content.charAt(i + 1)) {
                case " ":
                case "	":
                  if (!util_1.Util.isWhitespace(content.charAt(i + 2))) {
                    i = i + 1;
                    continue argumentLoop;
                  }
                  whitespaceCheck: for (let j = i + 2; j < content.length; j++) {
                    switch (content.charAt(j)) {
                      case "\r":
                        j++;
                      case "\n":
                        escaped = true;
                        i = j;
                        continue argumentLoop;
                      case " ":
                      case "	":
                        break;
                      default:
                        args.push(new argument_1.Argument(content.substring(argStart, i), vscode_languageserver_types_1.Range.create(this.document.positionAt(instructionNameEndOffset + start + argStart), this.document.positionAt(instructionNameEndOffset + start + i + 2))));
                        argStart = j;
                        break whitespaceCheck;
                    }
                  }
                  i = argStart - 1;
                  continue argumentLoop;
                case "\r":
                  i++;
                case "\n":
                  escaped = true;
                  i = i + 1;
                  continue argumentLoop;
                case this.escapeChar:
                  if (argStart === -1) {
                    argStart = i;
                  }
                  i = i + 1;
                  continue argumentLoop;
                default:
                  if (argStart === -1) {
                    argStart = i;
                  }
                  continue argumentLoop;
              }
            case "'":
            case '"':
              if (spaced) {
                this.createSpacedArgument(argStart, args, content, mark, instructionNameEndOffset, start);
                argStart = i;
                spaced = false;
              }
              if (argStart === -1) {
                argStart = i;
              }
              for (let j = i + 1; j < content.length; j++) {
                switch (content.charAt(j)) {
                  case char:
                    if (content.charAt(j + 1) !== " " && content.charAt(j + 1) !== "") {
                      i = j;
                      continue argumentLoop;
                    }
                    args.push(new argument_1.Argument(content.substring(argStart, j + 1), vscode_languageserver_types_1.Range.create(this.document.positionAt(instructionNameEndOffset + start + argStart), this.document.positionAt(instructionNameEndOffset + start + j + 1))));
                    i = j;
                    argStart = -1;
                    continue argumentLoop;
                  case this.escapeChar:
                    j++;
                    break;
                }
              }
              break argumentLoop;
            case " ":
            case "	":
              if (escaped) {
                if (argStart !== -1) {
                  spaced = true;
                }
              } else if (argStart !== -1) {
                args.push(new argument_1.Argument(content.substring(argStart, i), vscode_languageserver_types_1.Range.create(this.document.positionAt(instructionNameEndOffset + start + argStart), this.document.positionAt(instructionNameEndOffset + start + i))));
                argStart = -1;
              }
              break;
            case "\r":
              i++;
            case "\n":
              spaced = false;
              break;
            case "#":
              if (escaped) {
                for (let j = i + 1; j < content.length; j++) {
                  switch (content.charAt(j)) {
                    case "\r":
                      j++;
                    case "\n":
                      i = j;
                      spaced = false;
                      continue argumentLoop;
                  }
                }
                if (argStart !== -1) {
                  let value2 = content.substring(argStart, mark);
                  args.push(new argument_1.Argument(value2, vscode_languageserver_types_1.Range.create(this.document.positionAt(instructionNameEndOffset + start + argStart), this.document.positionAt(instructionNameEndOffset + start + mark))));
                  argStart = -1;
                }
                break argumentLoop;
              } else if (argStart === -1) {
                argStart = i;
              }
              break;
            default:
              if (spaced) {
                this.createSpacedArgument(argStart, args, content, mark, instructionNameEndOffset, start);
                argStart = i;
                spaced = false;
              }
              escaped = false;
              if (argStart === -1) {
                argStart = i;
              }
              if (char === "$" && content.charAt(i + 1) === "{") {
                let singleQuotes = false;
                let doubleQuotes = false;
                let escaped2 = false;
                for (let j = i + 1; j < content.length; j++) {
                  switch (content.charAt(j)) {
                    case this.escapeChar:
                      escaped2 = true;
                      break;
                    case "\r":
                    case "\n":
                      break;
                    case "'":
                      singleQuotes = !singleQuotes;
                      escaped2 = false;
                      break;
                    case '"':
                      doubleQuotes = !doubleQuotes;
                      escaped2 = false;
                      break;
                    case " ":
                    case "	":
                      if (escaped2 || singleQuotes || doubleQuotes) {
                        break;
                      }
                      i = j - 1;
                      continue argumentLoop;
                    case "}":
                      i = j;
                      continue argumentLoop;
                    default:
                      escaped2 = false;
                      break;
                  }
                }
                break argumentLoop;
              }
              break;
          }
        }
        if (argStart !== -1 && argStart !== content.length) {
          let end2 = endingEscape ? content.length - 1 : content.length;
          let value2 = content.substring(argStart, end2);
          args.push(new argument_1.Argument(value2, vscode_languageserver_types_1.Range.create(this.document.positionAt(instructionNameEndOffset + start + argStart), this.document.positionAt(instructionNameEndOffset + start + end2))));
        }
        return args;
      }
      createSpacedArgument(argStart, args, content, mark, instructionNameEndOffset, start) {
        if (argStart !== -1) {
          args.push(new argument_1.Argument(content.substring(argStart, mark), vscode_languageserver_types_1.Range.create(this.document.positionAt(instructionNameEndOffset + start + argStart), this.document.positionAt(instructionNameEndOffset + start + mark))));
        }
      }
    };
    exports2.PropertyInstruction = PropertyInstruction;
  }
});

// dev/node_modules/dockerfile-ast/lib/instructions/arg.js
var require_arg = __commonJS({
  "dev/node_modules/dockerfile-ast/lib/instructions/arg.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.Arg = void 0;
    var property_1 = require_property();
    var propertyInstruction_1 = require_propertyInstruction();
    var Arg3 = class extends propertyInstruction_1.PropertyInstruction {
      constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
        this.property = null;
        const args = this.getPropertyArguments();
        if (args.length === 1) {
          this.property = new property_1.Property(this.document, this.escapeChar, args[0]);
        } else {
          this.property = null;
        }
      }
      /**
       * Returns the variable defined by this ARG. This may be null if
       * this ARG instruction is malformed and has no variable
       * declaration.
       */
      getProperty() {
        return this.property;
      }
    };
    exports2.Arg = Arg3;
  }
});

// dev/node_modules/dockerfile-ast/lib/instructions/cmd.js
var require_cmd = __commonJS({
  "dev/node_modules/dockerfile-ast/lib/instructions/cmd.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.Cmd = void 0;
    var jsonInstruction_1 = require_jsonInstruction();
    var Cmd3 = class extends jsonInstruction_1.JSONInstruction {
      constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
      }
    };
    exports2.Cmd = Cmd3;
  }
});

// dev/node_modules/dockerfile-ast/lib/instructions/copy.js
var require_copy = __commonJS({
  "dev/node_modules/dockerfile-ast/lib/instructions/copy.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.Copy = void 0;
    var jsonInstruction_1 = require_jsonInstruction();
    var Copy3 = class extends jsonInstruction_1.JSONInstruction {
      constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
      }
      stopSearchingForFlags(argument) {
        return argument.indexOf("--") === -1;
      }
      getFromFlag() {
        let flags = super.getFlags();
        return flags.length === 1 && flags[0].getName() === "from" ? flags[0] : null;
      }
      /**
       * Returns there here-documents that are defined in this RUN
       * instruction.
       *
       * This API is experimental and subject to change.
       */
      getHeredocs() {
        return super.getHeredocs();
      }
    };
    exports2.Copy = Copy3;
  }
});

// dev/node_modules/dockerfile-ast/lib/instructions/env.js
var require_env = __commonJS({
  "dev/node_modules/dockerfile-ast/lib/instructions/env.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.Env = void 0;
    var propertyInstruction_1 = require_propertyInstruction();
    var Env3 = class extends propertyInstruction_1.PropertyInstruction {
      constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
      }
      getProperties() {
        return super.getProperties();
      }
    };
    exports2.Env = Env3;
  }
});

// dev/node_modules/dockerfile-ast/lib/instructions/entrypoint.js
var require_entrypoint = __commonJS({
  "dev/node_modules/dockerfile-ast/lib/instructions/entrypoint.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.Entrypoint = void 0;
    var jsonInstruction_1 = require_jsonInstruction();
    var Entrypoint3 = class extends jsonInstruction_1.JSONInstruction {
      constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
      }
    };
    exports2.Entrypoint = Entrypoint3;
  }
});

// dev/node_modules/dockerfile-ast/lib/instructions/from.js
var require_from = __commonJS({
  "dev/node_modules/dockerfile-ast/lib/instructions/from.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.From = void 0;
    var vscode_languageserver_types_1 = require_main();
    var modifiableInstruction_1 = require_modifiableInstruction();
    var From3 = class extends modifiableInstruction_1.ModifiableInstruction {
      constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
      }
      stopSearchingForFlags(argument) {
        return argument.indexOf("--") === -1;
      }
      getImage() {
        const args = this.getArguments();
        return args.length > 0 ? args[0].getValue() : null;
      }
      /**
       * Returns the name of the image that will be used as the base image.
       *
       * @return the base image's name, or null if unspecified
       */
      getImageName() {
        const imageName = this.getRangeContent(this.getImageNameRange());
        if (imageName === null) {
          return null;
        }
        let commented = false;
        let escaped = false;
        let name = "";
        for (let i = 0; i < imageName.length; i++) {
          const ch = imageName.charAt(i);
          switch (ch) {
            case this.escapeChar:
              escaped = true;
              break;
            case "\r":
              continue;
            case "\n":
              commented = false;
              break;
            case " ":
            case "	":
              break;
            case "#":
              if (escaped) {
                commented = true;
              } else {
                name = name + ch;
                escaped = false;
              }
              break;
            default:
              if (!commented) {
                name = name + ch;
                escaped = false;
              }
              break;
          }
        }
        return name;
      }
      /**
       * Returns the range that covers the name of the image used by
       * this instruction.
       *
       * @return the range of the name of this instruction's argument,
       *         or null if no image has been specified
       */
      getImageNameRange() {
        let range = this.getImageRange();
        if (range) {
          let registryRange = this.getRegistryRange();
          if (registryRange) {
            range.start = this.document.positionAt(this.document.offsetAt(registryRange.end) + 1);
          }
          let tagRange = this.getImageTagRange();
          let digestRange = this.getImageDigestRange();
          if (tagRange === null) {
            if (digestRange !== null) {
              range.end = this.document.positionAt(this.document.offsetAt(digestRange.start) - 1);
            }
          } else {
            range.end = this.document.positionAt(this.document.offsetAt(tagRange.start) - 1);
          }
          return range;
        }
        return null;
      }
      /**
       * Returns the range that covers the image argument of this
       * instruction. This includes the tag or digest of the image if
       * it has been specified by the instruction.
       *
       * @return the range of the image argument, or null if no image
       *         has been specified
       */
      getImageRange() {
        let args = this.getArguments();
        return args.length !== 0 ? args[0].getRange() : null;
      }
      getImageTag() {
        return this.getRangeContent(this.getImageTagRange());
      }
      /**
       * Returns the range in the document that the tag of the base
       * image encompasses.
       *
       * @return the base image's tag's range in the document, or null
       *         if no tag has been specified
       */
      getImageTagRange() {
        const range = this.getImageRange();
        if (range) {
          const rangeStartOffset = this.document.offsetAt(range.start);
          const content = this.getRangeContent(range);
          const atIndex = this.indexOf(rangeStartOffset, content, "@");
          const slashIndex = content.indexOf("/");
          if (atIndex === -1) {
            const colonIndex = this.lastIndexOf(rangeStartOffset, content, ":");
            if (colonIndex > slashIndex) {
              return vscode_languageserver_types_1.Range.create(this.document.positionAt(rangeStartOffset + colonIndex + 1), range.end);
            }
          }
          const subcontent = content.substring(0, atIndex);
          const subcolonIndex = subcontent.indexOf(":");
          if (subcolonIndex === -1) {
            return null;
          }
          if (slashIndex === -1) {
            return vscode_languageserver_types_1.Range.create(this.document.positionAt(rangeStartOffset + subcolonIndex + 1), this.document.positionAt(rangeStartOffset + atIndex));
          }
          if (subcolonIndex < slashIndex) {
            return null;
          }
          return vscode_languageserver_types_1.Range.create(this.document.positionAt(rangeStartOffset + subcolonIndex + 1), this.document.positionAt(rangeStartOffset + subcontent.length));
        }
        return null;
      }
      getImageDigest() {
        return this.getRangeContent(this.getImageDigestRange());
      }
      /**
       * Returns the range in the document that the digest of the base
       * image encompasses.
       *
       * @return the base image's digest's range in the document, or null
       *         if no digest has been specified
       */
      getImageDigestRange() {
        let range = this.getImageRange();
        if (range) {
          let content = this.getRangeContent(range);
          let index = this.lastIndexOf(this.document.offsetAt(range.start), content, "@");
          if (index !== -1) {
            return vscode_languageserver_types_1.Range.create(range.start.line, range.start.character + index + 1, range.end.line, range.end.character);
          }
        }
        return null;
      }
      indexOf(documentOffset, content, searchString) {
        let index = content.indexOf(searchString);
        const variables = this.getVariables();
        for (let i = 0; i < variables.length; i++) {
          const position = documentOffset + index;
          const variableRange = variables[i].getRange();
          if (this.document.offsetAt(variableRange.start) < position && position < this.document.offsetAt(variableRange.end)) {
            const offset = this.document.offsetAt(variableRange.end) - documentOffset;
            const substring = content.substring(offset);
            const subIndex = substring.indexOf(searchString);
            if (subIndex === -1) {
              return -1;
            }
            index = subIndex + offset;
            i = -1;
            continue;
          }
        }
        return index;
      }
      lastIndexOf(documentOffset, content, searchString) {
        let index = content.lastIndexOf(searchString);
        const variables = this.getVariables();
        for (let i = 0; i < variables.length; i++) {
          const position = documentOffset + index;
          const variableRange = variables[i].getRange();
          if (this.document.offsetAt(variableRange.start) < position && position < this.document.offsetAt(variableRange.end)) {
            index = content.substring(0, index).lastIndexOf(searchString);
            if (index === -1) {
              return -1;
            }
            i = -1;
            continue;
          }
        }
        return index;
      }
      getRegistry() {
        return this.getRangeContent(this.getRegistryRange());
      }
      getRegistryRange() {
        const range = this.getImageRange();
        if (range) {
          const tagRange = this.getImageTagRange();
          const digestRange = this.getImageDigestRange();
          if (tagRange === null) {
            if (digestRange !== null) {
              range.end = this.document.positionAt(this.document.offsetAt(digestRange.start) - 1);
            }
          } else {
            range.end = this.document.positionAt(this.document.offsetAt(tagRange.start) - 1);
          }
          const content = this.getRangeContent(range);
          const rangeStart = this.document.offsetAt(range.start);
          const startingSlashIndex = this.indexOf(rangeStart, content, "/");
          if (startingSlashIndex === -1) {
            return null;
          }
          const portIndex = this.indexOf(rangeStart, content, ":");
          const dotIndex = this.indexOf(rangeStart, content, ".");
          if (portIndex !== -1 || dotIndex !== -1) {
            return vscode_languageserver_types_1.Range.create(range.start, this.document.positionAt(rangeStart + startingSlashIndex));
          }
          const registry = content.substring(0, startingSlashIndex);
          if (registry === "localhost") {
            return vscode_languageserver_types_1.Range.create(range.start, this.document.positionAt(rangeStart + startingSlashIndex));
          }
        }
        return null;
      }
      getBuildStage() {
        let range = this.getBuildStageRange();
        return range === null ? null : this.getRangeContent(range);
      }
      getBuildStageRange() {
        let args = this.getArguments();
        if (args.length > 2 && args[1].getValue().toUpperCase() === "AS") {
          return args[2].getRange();
        }
        return null;
      }
      getPlatformFlag() {
        let flags = super.getFlags();
        return flags.length === 1 && flags[0].getName() === "platform" ? flags[0] : null;
      }
    };
    exports2.From = From3;
  }
});

// dev/node_modules/dockerfile-ast/lib/instructions/healthcheck.js
var require_healthcheck = __commonJS({
  "dev/node_modules/dockerfile-ast/lib/instructions/healthcheck.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.Healthcheck = void 0;
    var modifiableInstruction_1 = require_modifiableInstruction();
    var Healthcheck3 = class extends modifiableInstruction_1.ModifiableInstruction {
      constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
      }
      stopSearchingForFlags(argument) {
        argument = argument.toUpperCase();
        return argument === "CMD" || argument === "NONE";
      }
      getSubcommand() {
        let args = this.getArguments();
        return args.length !== 0 ? args[0] : null;
      }
    };
    exports2.Healthcheck = Healthcheck3;
  }
});

// dev/node_modules/dockerfile-ast/lib/instructions/label.js
var require_label = __commonJS({
  "dev/node_modules/dockerfile-ast/lib/instructions/label.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.Label = void 0;
    var propertyInstruction_1 = require_propertyInstruction();
    var util_1 = require_util();
    var Label = class extends propertyInstruction_1.PropertyInstruction {
      constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
      }
      getVariables() {
        const variables = super.getVariables();
        const properties = this.getProperties();
        for (const property of properties) {
          const value2 = property.getUnescapedValue();
          if (value2 !== null && value2.length > 2 && value2.charAt(0) === "'" && value2.charAt(value2.length - 1) === "'") {
            const range = property.getValueRange();
            for (let i = 0; i < variables.length; i++) {
              if (util_1.Util.isInsideRange(variables[i].getRange().start, range)) {
                variables.splice(i, 1);
                i--;
              }
            }
          }
        }
        return variables;
      }
      getProperties() {
        return super.getProperties();
      }
    };
    exports2.Label = Label;
  }
});

// dev/node_modules/dockerfile-ast/lib/instructions/onbuild.js
var require_onbuild = __commonJS({
  "dev/node_modules/dockerfile-ast/lib/instructions/onbuild.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.Onbuild = void 0;
    var vscode_languageserver_types_1 = require_main();
    var parser_1 = require_parser();
    var instruction_1 = require_instruction();
    var Onbuild = class extends instruction_1.Instruction {
      constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
      }
      getTrigger() {
        let trigger = this.getTriggerWord();
        return trigger === null ? null : trigger.toUpperCase();
      }
      getTriggerWord() {
        return this.getRangeContent(this.getTriggerRange());
      }
      getTriggerRange() {
        let args = this.getArguments();
        return args.length > 0 ? args[0].getRange() : null;
      }
      getTriggerInstruction() {
        let triggerRange = this.getTriggerRange();
        if (triggerRange === null) {
          return null;
        }
        let args = this.getArguments();
        return parser_1.Parser.createInstruction(this.document, this.dockerfile, this.escapeChar, vscode_languageserver_types_1.Range.create(args[0].getRange().start, this.getRange().end), this.getTriggerWord(), triggerRange);
      }
    };
    exports2.Onbuild = Onbuild;
  }
});

// dev/node_modules/dockerfile-ast/lib/instructions/run.js
var require_run = __commonJS({
  "dev/node_modules/dockerfile-ast/lib/instructions/run.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.Run = void 0;
    var jsonInstruction_1 = require_jsonInstruction();
    var Run3 = class extends jsonInstruction_1.JSONInstruction {
      constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
      }
      stopSearchingForFlags(argument) {
        return argument.indexOf("--") === -1;
      }
      /**
       * Returns there here-documents that are defined in this RUN
       * instruction.
       *
       * This API is experimental and subject to change.
       */
      getHeredocs() {
        return super.getHeredocs();
      }
    };
    exports2.Run = Run3;
  }
});

// dev/node_modules/dockerfile-ast/lib/instructions/shell.js
var require_shell = __commonJS({
  "dev/node_modules/dockerfile-ast/lib/instructions/shell.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.Shell = void 0;
    var jsonInstruction_1 = require_jsonInstruction();
    var Shell3 = class extends jsonInstruction_1.JSONInstruction {
      constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
      }
    };
    exports2.Shell = Shell3;
  }
});

// dev/node_modules/dockerfile-ast/lib/instructions/stopsignal.js
var require_stopsignal = __commonJS({
  "dev/node_modules/dockerfile-ast/lib/instructions/stopsignal.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.Stopsignal = void 0;
    var instruction_1 = require_instruction();
    var Stopsignal = class extends instruction_1.Instruction {
      constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
      }
    };
    exports2.Stopsignal = Stopsignal;
  }
});

// dev/node_modules/dockerfile-ast/lib/instructions/workdir.js
var require_workdir = __commonJS({
  "dev/node_modules/dockerfile-ast/lib/instructions/workdir.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.Workdir = void 0;
    var instruction_1 = require_instruction();
    var Workdir3 = class extends instruction_1.Instruction {
      constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
      }
      /**
       * Returns the path that has been defined. Note that this path may
       * be absolute or relative depending on what was written in the
       * instruction.
       *
       * @return the working directory's path, or null if this
       *         instruction has no arguments
       */
      getPath() {
        return this.getArgumentsContent();
      }
      /**
       * Returns the absolute path that this instruction resolves to. The
       * function will inspect prior WORKDIR instructions in the current
       * image or another build stage in the Dockerfile to try to
       * determine this.
       *
       * @return the absolute path of the working directory, or null if
       *         this instruction has no arguments, or undefined if it
       *         cannot be determined because only relative paths could be
       *         found
       */
      getAbsolutePath() {
        const path = this.getPath();
        if (path === null || path.startsWith("/")) {
          return path;
        }
        const startLine = this.getRange().start.line;
        const hierarchy = this.dockerfile.getStageHierarchy(startLine);
        for (let i = hierarchy.length - 1; i >= 0; i--) {
          const workdirs = hierarchy[i].getWORKDIRs();
          for (let j = workdirs.length - 1; j >= 0; j--) {
            if (workdirs[j].getRange().start.line < startLine) {
              const parent = workdirs[j].getAbsolutePath();
              if (parent === void 0 || parent === null) {
                return void 0;
              }
              return parent.endsWith("/") ? parent + path : parent + "/" + path;
            }
          }
        }
        return void 0;
      }
    };
    exports2.Workdir = Workdir3;
  }
});

// dev/node_modules/dockerfile-ast/lib/instructions/user.js
var require_user = __commonJS({
  "dev/node_modules/dockerfile-ast/lib/instructions/user.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.User = void 0;
    var instruction_1 = require_instruction();
    var User3 = class extends instruction_1.Instruction {
      constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
      }
    };
    exports2.User = User3;
  }
});

// dev/node_modules/dockerfile-ast/lib/instructions/volume.js
var require_volume = __commonJS({
  "dev/node_modules/dockerfile-ast/lib/instructions/volume.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.Volume = void 0;
    var jsonInstruction_1 = require_jsonInstruction();
    var Volume3 = class extends jsonInstruction_1.JSONInstruction {
      constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
      }
    };
    exports2.Volume = Volume3;
  }
});

// dev/node_modules/dockerfile-ast/lib/imageTemplate.js
var require_imageTemplate = __commonJS({
  "dev/node_modules/dockerfile-ast/lib/imageTemplate.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.ImageTemplate = void 0;
    var vscode_languageserver_types_1 = require_main();
    var arg_1 = require_arg();
    var cmd_1 = require_cmd();
    var copy_1 = require_copy();
    var env_1 = require_env();
    var entrypoint_1 = require_entrypoint();
    var from_1 = require_from();
    var healthcheck_1 = require_healthcheck();
    var onbuild_1 = require_onbuild();
    var util_1 = require_util();
    var workdir_1 = require_workdir();
    var ImageTemplate = class {
      constructor() {
        this.comments = [];
        this.instructions = [];
      }
      addComment(comment) {
        this.comments.push(comment);
      }
      getComments() {
        return this.comments;
      }
      addInstruction(instruction) {
        this.instructions.push(instruction);
      }
      getInstructions() {
        return this.instructions;
      }
      getInstructionAt(line) {
        for (let instruction of this.instructions) {
          if (util_1.Util.isInsideRange(vscode_languageserver_types_1.Position.create(line, 0), instruction.getRange())) {
            return instruction;
          }
        }
        return null;
      }
      /**
       * Gets all the ARG instructions that are defined in this image.
       */
      getARGs() {
        let args = [];
        for (let instruction of this.instructions) {
          if (instruction instanceof arg_1.Arg) {
            args.push(instruction);
          }
        }
        return args;
      }
      /**
       * Gets all the CMD instructions that are defined in this image.
       */
      getCMDs() {
        let cmds = [];
        for (let instruction of this.instructions) {
          if (instruction instanceof cmd_1.Cmd) {
            cmds.push(instruction);
          }
        }
        return cmds;
      }
      /**
       * Gets all the COPY instructions that are defined in this image.
       */
      getCOPYs() {
        let copies = [];
        for (let instruction of this.instructions) {
          if (instruction instanceof copy_1.Copy) {
            copies.push(instruction);
          }
        }
        return copies;
      }
      /**
       * Gets all the ENTRYPOINT instructions that are defined in this image.
       */
      getENTRYPOINTs() {
        let froms = [];
        for (let instruction of this.instructions) {
          if (instruction instanceof entrypoint_1.Entrypoint) {
            froms.push(instruction);
          }
        }
        return froms;
      }
      /**
       * Gets all the ENV instructions that are defined in this image.
       */
      getENVs() {
        let args = [];
        for (let instruction of this.instructions) {
          if (instruction instanceof env_1.Env) {
            args.push(instruction);
          }
        }
        return args;
      }
      getFROM() {
        for (const instruction of this.instructions) {
          if (instruction instanceof from_1.From) {
            return instruction;
          }
        }
        return null;
      }
      /**
       * Gets all the FROM instructions that are defined in this image.
       */
      getFROMs() {
        let froms = [];
        for (let instruction of this.instructions) {
          if (instruction instanceof from_1.From) {
            froms.push(instruction);
          }
        }
        return froms;
      }
      /**
       * Gets all the HEALTHCHECK instructions that are defined in this image.
       */
      getHEALTHCHECKs() {
        let froms = [];
        for (let instruction of this.instructions) {
          if (instruction instanceof healthcheck_1.Healthcheck) {
            froms.push(instruction);
          }
        }
        return froms;
      }
      getWORKDIRs() {
        const workdirs = [];
        for (const instruction of this.instructions) {
          if (instruction instanceof workdir_1.Workdir) {
            workdirs.push(instruction);
          }
        }
        return workdirs;
      }
      getOnbuildTriggers() {
        let triggers = [];
        for (let instruction of this.instructions) {
          if (instruction instanceof onbuild_1.Onbuild) {
            let trigger = instruction.getTriggerInstruction();
            if (trigger) {
              triggers.push(trigger);
            }
          }
        }
        return triggers;
      }
      getAvailableVariables(currentLine) {
        const variables = [];
        for (const arg of this.getARGs()) {
          if (arg.isBefore(currentLine)) {
            const property = arg.getProperty();
            if (property) {
              const variable = property.getName();
              if (variables.indexOf(variable) === -1) {
                variables.push(variable);
              }
            }
          }
        }
        for (const env of this.getENVs()) {
          if (env.isBefore(currentLine)) {
            for (const property of env.getProperties()) {
              const variable = property.getName();
              if (variables.indexOf(variable) === -1) {
                variables.push(variable);
              }
            }
          }
        }
        return variables;
      }
      /**
       * Resolves a variable with the given name at the specified line
       * to its value. If null is returned, then the variable has been
       * defined but no value was given. If undefined is returned, then
       * a variable with the given name has not been defined yet as of
       * the given line.
       *
       * @param variable the name of the variable to resolve
       * @param line the line number that the variable is on, zero-based
       * @return the value of the variable as defined by an ARG or ENV
       *         instruction, or null if no value has been specified, or
       *         undefined if a variable with the given name has not
       *         been defined
       */
      resolveVariable(variable, line) {
        let envs = this.getENVs();
        for (let i = envs.length - 1; i >= 0; i--) {
          if (envs[i].isBefore(line)) {
            for (let property of envs[i].getProperties()) {
              if (property.getName() === variable) {
                return property.getValue();
              }
            }
          }
        }
        let args = this.getARGs();
        for (let i = args.length - 1; i >= 0; i--) {
          if (args[i].isBefore(line)) {
            let property = args[i].getProperty();
            if (property && property.getName() === variable) {
              return property.getValue();
            }
          }
        }
        return void 0;
      }
      getRange() {
        const instructions = this.getInstructions();
        if (instructions.length === 0) {
          return vscode_languageserver_types_1.Range.create(0, 0, 0, 0);
        }
        const instructionStart = instructions[0].getRange().start;
        const instructionEnd = instructions[instructions.length - 1].getRange().end;
        return vscode_languageserver_types_1.Range.create(instructionStart, instructionEnd);
      }
      contains(position) {
        const range = this.getRange();
        if (range === null) {
          return false;
        }
        return util_1.Util.isInsideRange(position, range);
      }
    };
    exports2.ImageTemplate = ImageTemplate;
  }
});

// dev/node_modules/dockerfile-ast/lib/dockerfile.js
var require_dockerfile = __commonJS({
  "dev/node_modules/dockerfile-ast/lib/dockerfile.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.Dockerfile = void 0;
    var vscode_languageserver_types_1 = require_main();
    var ast2 = require_main3();
    var imageTemplate_1 = require_imageTemplate();
    var from_1 = require_from();
    var util_1 = require_util();
    var main_1 = require_main3();
    var Dockerfile = class extends imageTemplate_1.ImageTemplate {
      constructor(document) {
        super();
        this.initialInstructions = new imageTemplate_1.ImageTemplate();
        this.buildStages = [];
        this.directives = [];
        this.foundFrom = false;
        this.document = document;
      }
      getEscapeCharacter() {
        for (const directive of this.directives) {
          if (directive.getDirective() === ast2.Directive.escape) {
            const value2 = directive.getValue();
            if (value2 === "\\" || value2 === "`") {
              return value2;
            }
          }
        }
        return "\\";
      }
      getInitialARGs() {
        return this.initialInstructions.getARGs();
      }
      getContainingImage(position) {
        let range = vscode_languageserver_types_1.Range.create(vscode_languageserver_types_1.Position.create(0, 0), this.document.positionAt(this.document.getText().length));
        if (!util_1.Util.isInsideRange(position, range)) {
          return null;
        }
        if (this.initialInstructions.getComments().length > 0 || this.initialInstructions.getInstructions().length > 0) {
          if (util_1.Util.isInsideRange(position, this.initialInstructions.getRange())) {
            return this.initialInstructions;
          }
        }
        for (const buildStage of this.buildStages) {
          if (util_1.Util.isInsideRange(position, buildStage.getRange())) {
            return buildStage;
          }
        }
        return this;
      }
      addInstruction(instruction) {
        if (instruction.getKeyword() === main_1.Keyword.FROM) {
          this.currentBuildStage = new imageTemplate_1.ImageTemplate();
          this.buildStages.push(this.currentBuildStage);
          this.foundFrom = true;
        } else if (!this.foundFrom) {
          this.initialInstructions.addInstruction(instruction);
        }
        if (this.foundFrom) {
          this.currentBuildStage.addInstruction(instruction);
        }
        super.addInstruction(instruction);
      }
      setDirectives(directives) {
        this.directives = directives;
      }
      getDirective() {
        return this.directives.length === 0 ? null : this.directives[0];
      }
      getDirectives() {
        return this.directives;
      }
      resolveVariable(variable, line) {
        for (let from of this.getFROMs()) {
          let range = from.getRange();
          if (range.start.line <= line && line <= range.end.line) {
            let initialARGs = new imageTemplate_1.ImageTemplate();
            for (let instruction of this.initialInstructions.getARGs()) {
              initialARGs.addInstruction(instruction);
            }
            return initialARGs.resolveVariable(variable, line);
          }
        }
        let image = this.getContainingImage(vscode_languageserver_types_1.Position.create(line, 0));
        if (image === null) {
          return void 0;
        }
        let resolvedVariable = image.resolveVariable(variable, line);
        if (resolvedVariable === null) {
          let initialARGs = new imageTemplate_1.ImageTemplate();
          for (let instruction of this.initialInstructions.getARGs()) {
            initialARGs.addInstruction(instruction);
          }
          return initialARGs.resolveVariable(variable, line);
        }
        return resolvedVariable;
      }
      getAvailableVariables(currentLine) {
        if (this.getInstructionAt(currentLine) instanceof from_1.From) {
          let variables = [];
          for (let arg of this.getInitialARGs()) {
            let property = arg.getProperty();
            if (property) {
              variables.push(property.getName());
            }
          }
          return variables;
        }
        let image = this.getContainingImage(vscode_languageserver_types_1.Position.create(currentLine, 0));
        return image ? image.getAvailableVariables(currentLine) : [];
      }
      getParentStage(image) {
        const templateFrom = image.getFROM();
        const imageName = templateFrom === null ? null : templateFrom.getImageName();
        if (imageName === null) {
          return null;
        }
        for (const from of this.getFROMs()) {
          if (from.getBuildStage() === imageName) {
            const range = from.getRange();
            if (range.start.line === templateFrom.getRange().start.line) {
              return null;
            }
            return this.getContainingImage(range.start);
          }
        }
        return null;
      }
      getStageHierarchy(line) {
        const image = this.getContainingImage(vscode_languageserver_types_1.Position.create(line, 0));
        if (image === null) {
          return [];
        }
        const stages = [image];
        let stage = this.getParentStage(image);
        while (stage !== null) {
          stages.splice(0, 0, stage);
          stage = this.getParentStage(stage);
        }
        return stages;
      }
      getAvailableWorkingDirectories(line) {
        const availableDirectories = /* @__PURE__ */ new Set();
        for (const image of this.getStageHierarchy(line)) {
          for (const workdir of image.getWORKDIRs()) {
            if (workdir.getRange().end.line < line) {
              let directory = workdir.getAbsolutePath();
              if (directory !== void 0 && directory !== null) {
                if (!directory.endsWith("/")) {
                  directory += "/";
                }
                availableDirectories.add(directory);
              }
            }
          }
        }
        return Array.from(availableDirectories);
      }
      /**
       * Internally reorganize the comments in the Dockerfile and allocate
       * them to the relevant build stages that they belong to.
       */
      organizeComments() {
        const comments = this.getComments();
        for (let i = 0; i < comments.length; i++) {
          if (util_1.Util.isInsideRange(comments[i].getRange().end, this.initialInstructions.getRange())) {
            this.initialInstructions.addComment(comments[i]);
          } else {
            for (const buildStage of this.buildStages) {
              if (util_1.Util.isInsideRange(comments[i].getRange().start, buildStage.getRange())) {
                buildStage.addComment(comments[i]);
              }
            }
          }
        }
      }
      getRange() {
        const comments = this.getComments();
        const instructions = this.getInstructions();
        let range = null;
        if (comments.length === 0) {
          if (instructions.length > 0) {
            range = vscode_languageserver_types_1.Range.create(instructions[0].getRange().start, instructions[instructions.length - 1].getRange().end);
          }
        } else if (instructions.length === 0) {
          range = vscode_languageserver_types_1.Range.create(comments[0].getRange().start, comments[comments.length - 1].getRange().end);
        } else {
          const commentStart = comments[0].getRange().start;
          const commentEnd = comments[comments.length - 1].getRange().end;
          const instructionStart = instructions[0].getRange().start;
          const instructionEnd = instructions[instructions.length - 1].getRange().end;
          if (commentStart.line < instructionStart.line) {
            if (commentEnd.line < instructionEnd.line) {
              range = vscode_languageserver_types_1.Range.create(commentStart, instructionEnd);
            }
            range = vscode_languageserver_types_1.Range.create(commentStart, commentEnd);
          } else if (commentEnd.line < instructionEnd.line) {
            range = vscode_languageserver_types_1.Range.create(instructionStart, instructionEnd);
          } else {
            range = vscode_languageserver_types_1.Range.create(instructionStart, commentEnd);
          }
        }
        if (range === null) {
          if (this.directives.length === 0) {
            return null;
          }
          return this.directives[0].getRange();
        } else if (this.directives.length === 0) {
          return range;
        }
        return vscode_languageserver_types_1.Range.create(this.directives[0].getRange().start, range.end);
      }
    };
    exports2.Dockerfile = Dockerfile;
  }
});

// dev/node_modules/dockerfile-ast/lib/parser.js
var require_parser = __commonJS({
  "dev/node_modules/dockerfile-ast/lib/parser.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.Parser = void 0;
    var vscode_languageserver_textdocument_1 = require_main2();
    var vscode_languageserver_types_1 = require_main();
    var comment_1 = require_comment();
    var parserDirective_1 = require_parserDirective();
    var instruction_1 = require_instruction();
    var add_1 = require_add();
    var arg_1 = require_arg();
    var cmd_1 = require_cmd();
    var copy_1 = require_copy();
    var env_1 = require_env();
    var entrypoint_1 = require_entrypoint();
    var from_1 = require_from();
    var healthcheck_1 = require_healthcheck();
    var label_1 = require_label();
    var onbuild_1 = require_onbuild();
    var run_1 = require_run();
    var shell_1 = require_shell();
    var stopsignal_1 = require_stopsignal();
    var workdir_1 = require_workdir();
    var user_1 = require_user();
    var volume_1 = require_volume();
    var dockerfile_1 = require_dockerfile();
    var util_1 = require_util();
    var main_1 = require_main3();
    var Parser = class _Parser {
      constructor() {
        this.escapeChar = null;
      }
      static createInstruction(document, dockerfile, escapeChar, lineRange, instruction, instructionRange) {
        switch (instruction.toUpperCase()) {
          case "ADD":
            return new add_1.Add(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
          case "ARG":
            return new arg_1.Arg(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
          case "CMD":
            return new cmd_1.Cmd(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
          case "COPY":
            return new copy_1.Copy(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
          case "ENTRYPOINT":
            return new entrypoint_1.Entrypoint(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
          case "ENV":
            return new env_1.Env(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
          case "FROM":
            return new from_1.From(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
          case "HEALTHCHECK":
            return new healthcheck_1.Healthcheck(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
          case "LABEL":
            return new label_1.Label(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
          case "ONBUILD":
            return new onbuild_1.Onbuild(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
          case "RUN":
            return new run_1.Run(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
          case "SHELL":
            return new shell_1.Shell(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
          case "STOPSIGNAL":
            return new stopsignal_1.Stopsignal(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
          case "WORKDIR":
            return new workdir_1.Workdir(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
          case "USER":
            return new user_1.User(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
          case "VOLUME":
            return new volume_1.Volume(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
        }
        return new instruction_1.Instruction(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
      }
      getParserDirectives(document, buffer) {
        const directives = [];
        this.escapeChar = "";
        const offset = util_1.Util.isUTF8BOM(buffer.substring(0, 1)) ? 1 : 0;
        directiveCheck: for (let i = offset; i < buffer.length; i++) {
          switch (buffer.charAt(i)) {
            case " ":
            case "	":
              break;
            case "\r":
            case "\n":
              break directiveCheck;
            case "#":
              let directiveStart = -1;
              let directiveEnd = -1;
              for (let j = i + 1; j < buffer.length; j++) {
                let char = buffer.charAt(j);
                switch (char) {
                  case " ":
                  case "	":
                    if (directiveStart !== -1 && directiveEnd === -1) {
                      directiveEnd = j;
                    }
                    break;
                  case "\r":
                  case "\n":
                    break directiveCheck;
                  case "=":
                    let valueStart = -1;
                    let valueEnd = -1;
                    if (directiveEnd === -1) {
                      directiveEnd = j;
                    }
                    let lineEnd = buffer.length;
                    directiveValue: for (let k = j + 1; k < buffer.length; k++) {
                      char = buffer.charAt(k);
                      switch (char) {
                        case "\r":
                        case "\n":
                          if (valueStart !== -1 && valueEnd === -1) {
                            valueEnd = k;
                          }
                          lineEnd = k;
                          break directiveValue;
                        case "	":
                        case " ":
                          if (valueStart !== -1 && valueEnd === -1) {
                            valueEnd = k;
                          }
                          continue;
                        default:
                          if (valueStart === -1) {
                            valueStart = k;
                          }
                          break;
                      }
                    }
                    if (directiveStart === -1) {
                      break directiveCheck;
                    }
                    if (valueStart === -1) {
                      valueStart = j + 1;
                      valueEnd = lineEnd;
                    } else if (valueEnd === -1) {
                      valueEnd = buffer.length;
                    }
                    const lineRange = vscode_languageserver_types_1.Range.create(document.positionAt(i), document.positionAt(lineEnd));
                    const nameRange = vscode_languageserver_types_1.Range.create(document.positionAt(directiveStart), document.positionAt(directiveEnd));
                    const valueRange = vscode_languageserver_types_1.Range.create(document.positionAt(valueStart), document.positionAt(valueEnd));
                    directives.push(new parserDirective_1.ParserDirective(document, lineRange, nameRange, valueRange));
                    directiveStart = -1;
                    if (buffer.charAt(valueEnd) === "\r") {
                      i = valueEnd + 1;
                    } else {
                      i = valueEnd;
                    }
                    continue directiveCheck;
                  default:
                    if (directiveStart === -1) {
                      directiveStart = j;
                    }
                    break;
                }
              }
              break;
            default:
              break directiveCheck;
          }
        }
        return directives;
      }
      parse(buffer) {
        this.document = vscode_languageserver_textdocument_1.TextDocument.create("", "", 0, buffer);
        this.buffer = buffer;
        let dockerfile = new dockerfile_1.Dockerfile(this.document);
        let directives = this.getParserDirectives(this.document, this.buffer);
        let offset = 0;
        this.escapeChar = "\\";
        if (directives.length > 0) {
          dockerfile.setDirectives(directives);
          this.escapeChar = dockerfile.getEscapeCharacter();
          offset = this.document.offsetAt(vscode_languageserver_types_1.Position.create(directives.length, 0));
        } else if (util_1.Util.isUTF8BOM(buffer.substring(0, 1))) {
          offset = 1;
        }
        for (let i = offset; i < this.buffer.length; i++) {
          const char = this.buffer.charAt(i);
          switch (char) {
            case " ":
            case "	":
            case "\r":
            case "\n":
              break;
            case "#":
              i = this.processComment(dockerfile, i);
              break;
            default:
              i = this.processInstruction(dockerfile, char, i);
              break;
          }
        }
        dockerfile.organizeComments();
        return dockerfile;
      }
      processInstruction(dockerfile, char, start) {
        let instruction = char;
        let instructionEnd = -1;
        let escapedInstruction = false;
        instructionCheck: for (let i = start + 1; i < this.buffer.length; i++) {
          char = this.buffer.charAt(i);
          switch (char) {
            case this.escapeChar:
              escapedInstruction = true;
              char = this.buffer.charAt(i + 1);
              if (char === "\r" || char === "\n") {
                if (instructionEnd === -1) {
                  instructionEnd = i;
                }
                i++;
              } else if (char === " " || char === "	") {
                for (let j = i + 2; j < this.buffer.length; j++) {
                  switch (this.buffer.charAt(j)) {
                    case " ":
                    case "	":
                      break;
                    case "\r":
                    case "\n":
                      i = j;
                      continue instructionCheck;
                    default:
                      instructionEnd = i + 1;
                      instruction = instruction + this.escapeChar;
                      i = j - 2;
                      continue instructionCheck;
                  }
                }
                instructionEnd = i + 1;
                instruction = instruction + this.escapeChar;
                break instructionCheck;
              } else {
                instructionEnd = i + 1;
                instruction = instruction + this.escapeChar;
                escapedInstruction = false;
              }
              break;
            case " ":
            case "	":
              if (escapedInstruction) {
                escapeCheck: for (let j = i + 1; j < this.buffer.length; j++) {
                  switch (this.buffer.charAt(j)) {
                    case " ":
                    case "	":
                      break;
                    case "\r":
                    case "\n":
                      i = j;
                      continue instructionCheck;
                    default:
                      break escapeCheck;
                  }
                }
                escapedInstruction = false;
              }
              if (instructionEnd === -1) {
                instructionEnd = i;
              }
              i = this.processArguments(dockerfile, instruction, instructionEnd, start, i);
              dockerfile.addInstruction(this.createInstruction(dockerfile, instruction, start, instructionEnd, i));
              return i;
            case "\r":
            case "\n":
              if (escapedInstruction) {
                continue;
              }
              if (instructionEnd === -1) {
                instructionEnd = i;
              }
              dockerfile.addInstruction(this.createInstruction(dockerfile, instruction, start, i, i));
              return i;
            case "#":
              if (escapedInstruction) {
                continue;
              }
            default:
              instructionEnd = i + 1;
              instruction = instruction + char;
              escapedInstruction = false;
              break;
          }
        }
        if (instructionEnd === -1) {
          instructionEnd = this.buffer.length;
        }
        dockerfile.addInstruction(this.createInstruction(dockerfile, instruction, start, instructionEnd, this.buffer.length));
        return this.buffer.length;
      }
      processHeredocs(instruction, offset) {
        let keyword2 = instruction.getKeyword();
        if (keyword2 === main_1.Keyword.ONBUILD) {
          instruction = instruction.getTriggerInstruction();
          if (instruction === null) {
            return offset;
          }
          keyword2 = instruction.getKeyword();
        }
        if (keyword2 !== main_1.Keyword.ADD && keyword2 !== main_1.Keyword.COPY && keyword2 !== main_1.Keyword.RUN) {
          return offset;
        }
        const heredocs = [];
        let tabbed = false;
        for (const arg of instruction.getArguments()) {
          const value2 = arg.getValue();
          if (value2.startsWith("<<") && value2.length > 2) {
            if (value2.startsWith("<<-")) {
              tabbed = true;
            }
            const name = util_1.Util.parseHeredocName(value2);
            if (name !== null) {
              heredocs.push(name);
            }
          }
        }
        if (heredocs.length > 0) {
          for (const heredoc of heredocs) {
            offset = this.parseHeredoc(heredoc, offset, tabbed);
          }
        }
        return offset;
      }
      processArguments(dockerfile, instruction, instructionEnd, start, offset) {
        let escaped = false;
        argumentsCheck: for (let i = offset + 1; i < this.buffer.length; i++) {
          switch (this.buffer.charAt(i)) {
            case "\r":
            case "\n":
              if (escaped) {
                continue;
              }
              return this.processHeredocs(this.createInstruction(dockerfile, instruction, start, instructionEnd, i), i);
            case this.escapeChar:
              const next = this.buffer.charAt(i + 1);
              if (next === "\n" || next === "\r") {
                escaped = true;
                i++;
              } else if (next === " " || next === "	") {
                for (let j = i + 2; j < this.buffer.length; j++) {
                  switch (this.buffer.charAt(j)) {
                    case " ":
                    case "	":
                      break;
                    case "\r":
                    case "\n":
                      escaped = true;
                    default:
                      i = j;
                      continue argumentsCheck;
                  }
                }
                return this.buffer.length;
              }
              continue;
            case "#":
              if (escaped) {
                i = this.processComment(dockerfile, i);
                continue argumentsCheck;
              }
              break;
            case " ":
            case "	":
              break;
            default:
              if (escaped) {
                escaped = false;
              }
              break;
          }
        }
        return this.buffer.length;
      }
      processComment(dockerfile, start) {
        let end = this.buffer.length;
        commentLoop: for (let i = start + 1; i < this.buffer.length; i++) {
          switch (this.buffer.charAt(i)) {
            case "\r":
            case "\n":
              end = i;
              break commentLoop;
          }
        }
        const range = vscode_languageserver_types_1.Range.create(this.document.positionAt(start), this.document.positionAt(end));
        dockerfile.addComment(new comment_1.Comment(this.document, range));
        return end;
      }
      parseHeredoc(heredocName2, offset, tabbed) {
        let startWord = -1;
        let lineStart = true;
        for (let i = offset; i < this.buffer.length; i++) {
          switch (this.buffer.charAt(i)) {
            case " ":
              lineStart = false;
              break;
            case "	":
              if (!tabbed) {
                lineStart = false;
              }
              break;
            case "\r":
            case "\n":
              if (startWord !== -1 && heredocName2 === this.buffer.substring(startWord, i)) {
                return i;
              }
              startWord = -1;
              lineStart = true;
              break;
            default:
              if (lineStart) {
                startWord = i;
                lineStart = false;
              }
              break;
          }
        }
        return this.buffer.length;
      }
      createInstruction(dockerfile, instruction, start, instructionEnd, end) {
        const startPosition = this.document.positionAt(start);
        const instructionRange = vscode_languageserver_types_1.Range.create(startPosition, this.document.positionAt(instructionEnd));
        const lineRange = vscode_languageserver_types_1.Range.create(startPosition, this.document.positionAt(end));
        return _Parser.createInstruction(this.document, dockerfile, this.escapeChar, lineRange, instruction, instructionRange);
      }
    };
    exports2.Parser = Parser;
  }
});

// dev/node_modules/dockerfile-ast/lib/main.js
var require_main3 = __commonJS({
  "dev/node_modules/dockerfile-ast/lib/main.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.DockerfileParser = exports2.DefaultVariables = exports2.Directive = exports2.Keyword = exports2.Workdir = exports2.Volume = exports2.User = exports2.Stopsignal = exports2.Shell = exports2.Run = exports2.PropertyInstruction = exports2.Onbuild = exports2.ModifiableInstruction = exports2.Label = exports2.JSONInstruction = exports2.Heredoc = exports2.Healthcheck = exports2.From = exports2.Env = exports2.Entrypoint = exports2.Copy = exports2.Cmd = exports2.Arg = exports2.Add = exports2.Variable = exports2.Property = exports2.ParserDirective = exports2.Line = exports2.Instruction = exports2.Flag = exports2.Comment = exports2.JSONArgument = exports2.Argument = void 0;
    var argument_1 = require_argument();
    Object.defineProperty(exports2, "Argument", { enumerable: true, get: function() {
      return argument_1.Argument;
    } });
    var jsonArgument_1 = require_jsonArgument();
    Object.defineProperty(exports2, "JSONArgument", { enumerable: true, get: function() {
      return jsonArgument_1.JSONArgument;
    } });
    var comment_1 = require_comment();
    Object.defineProperty(exports2, "Comment", { enumerable: true, get: function() {
      return comment_1.Comment;
    } });
    var parser_1 = require_parser();
    var flag_1 = require_flag();
    Object.defineProperty(exports2, "Flag", { enumerable: true, get: function() {
      return flag_1.Flag;
    } });
    var instruction_1 = require_instruction();
    Object.defineProperty(exports2, "Instruction", { enumerable: true, get: function() {
      return instruction_1.Instruction;
    } });
    var line_1 = require_line();
    Object.defineProperty(exports2, "Line", { enumerable: true, get: function() {
      return line_1.Line;
    } });
    var parserDirective_1 = require_parserDirective();
    Object.defineProperty(exports2, "ParserDirective", { enumerable: true, get: function() {
      return parserDirective_1.ParserDirective;
    } });
    var property_1 = require_property();
    Object.defineProperty(exports2, "Property", { enumerable: true, get: function() {
      return property_1.Property;
    } });
    var variable_1 = require_variable();
    Object.defineProperty(exports2, "Variable", { enumerable: true, get: function() {
      return variable_1.Variable;
    } });
    var add_1 = require_add();
    Object.defineProperty(exports2, "Add", { enumerable: true, get: function() {
      return add_1.Add;
    } });
    var arg_1 = require_arg();
    Object.defineProperty(exports2, "Arg", { enumerable: true, get: function() {
      return arg_1.Arg;
    } });
    var cmd_1 = require_cmd();
    Object.defineProperty(exports2, "Cmd", { enumerable: true, get: function() {
      return cmd_1.Cmd;
    } });
    var copy_1 = require_copy();
    Object.defineProperty(exports2, "Copy", { enumerable: true, get: function() {
      return copy_1.Copy;
    } });
    var entrypoint_1 = require_entrypoint();
    Object.defineProperty(exports2, "Entrypoint", { enumerable: true, get: function() {
      return entrypoint_1.Entrypoint;
    } });
    var env_1 = require_env();
    Object.defineProperty(exports2, "Env", { enumerable: true, get: function() {
      return env_1.Env;
    } });
    var from_1 = require_from();
    Object.defineProperty(exports2, "From", { enumerable: true, get: function() {
      return from_1.From;
    } });
    var healthcheck_1 = require_healthcheck();
    Object.defineProperty(exports2, "Healthcheck", { enumerable: true, get: function() {
      return healthcheck_1.Healthcheck;
    } });
    var heredoc_1 = require_heredoc();
    Object.defineProperty(exports2, "Heredoc", { enumerable: true, get: function() {
      return heredoc_1.Heredoc;
    } });
    var jsonInstruction_1 = require_jsonInstruction();
    Object.defineProperty(exports2, "JSONInstruction", { enumerable: true, get: function() {
      return jsonInstruction_1.JSONInstruction;
    } });
    var label_1 = require_label();
    Object.defineProperty(exports2, "Label", { enumerable: true, get: function() {
      return label_1.Label;
    } });
    var modifiableInstruction_1 = require_modifiableInstruction();
    Object.defineProperty(exports2, "ModifiableInstruction", { enumerable: true, get: function() {
      return modifiableInstruction_1.ModifiableInstruction;
    } });
    var onbuild_1 = require_onbuild();
    Object.defineProperty(exports2, "Onbuild", { enumerable: true, get: function() {
      return onbuild_1.Onbuild;
    } });
    var propertyInstruction_1 = require_propertyInstruction();
    Object.defineProperty(exports2, "PropertyInstruction", { enumerable: true, get: function() {
      return propertyInstruction_1.PropertyInstruction;
    } });
    var run_1 = require_run();
    Object.defineProperty(exports2, "Run", { enumerable: true, get: function() {
      return run_1.Run;
    } });
    var shell_1 = require_shell();
    Object.defineProperty(exports2, "Shell", { enumerable: true, get: function() {
      return shell_1.Shell;
    } });
    var stopsignal_1 = require_stopsignal();
    Object.defineProperty(exports2, "Stopsignal", { enumerable: true, get: function() {
      return stopsignal_1.Stopsignal;
    } });
    var user_1 = require_user();
    Object.defineProperty(exports2, "User", { enumerable: true, get: function() {
      return user_1.User;
    } });
    var volume_1 = require_volume();
    Object.defineProperty(exports2, "Volume", { enumerable: true, get: function() {
      return volume_1.Volume;
    } });
    var workdir_1 = require_workdir();
    Object.defineProperty(exports2, "Workdir", { enumerable: true, get: function() {
      return workdir_1.Workdir;
    } });
    var Keyword;
    (function(Keyword2) {
      Keyword2["ADD"] = "ADD";
      Keyword2["ARG"] = "ARG";
      Keyword2["CMD"] = "CMD";
      Keyword2["COPY"] = "COPY";
      Keyword2["ENTRYPOINT"] = "ENTRYPOINT";
      Keyword2["ENV"] = "ENV";
      Keyword2["EXPOSE"] = "EXPOSE";
      Keyword2["FROM"] = "FROM";
      Keyword2["HEALTHCHECK"] = "HEALTHCHECK";
      Keyword2["LABEL"] = "LABEL";
      Keyword2["MAINTAINER"] = "MAINTAINER";
      Keyword2["ONBUILD"] = "ONBUILD";
      Keyword2["RUN"] = "RUN";
      Keyword2["SHELL"] = "SHELL";
      Keyword2["STOPSIGNAL"] = "STOPSIGNAL";
      Keyword2["USER"] = "USER";
      Keyword2["VOLUME"] = "VOLUME";
      Keyword2["WORKDIR"] = "WORKDIR";
    })(Keyword || (exports2.Keyword = Keyword = {}));
    var Directive;
    (function(Directive2) {
      Directive2["escape"] = "escape";
      Directive2["syntax"] = "syntax";
    })(Directive || (exports2.Directive = Directive = {}));
    exports2.DefaultVariables = [
      "ALL_PROXY",
      "all_proxy",
      "FTP_PROXY",
      "ftp_proxy",
      "HTTP_PROXY",
      "http_proxy",
      "HTTPS_PROXY",
      "https_proxy",
      "NO_PROXY",
      "no_proxy"
    ];
    var DockerfileParser3;
    (function(DockerfileParser4) {
      function parse(content) {
        let parser = new parser_1.Parser();
        return parser.parse(content);
      }
      DockerfileParser4.parse = parse;
    })(DockerfileParser3 || (exports2.DockerfileParser = DockerfileParser3 = {}));
  }
});

// src/index.ts
var index_exports = {};
__export(index_exports, {
  RULES: () => RULES,
  configJsonSchema: () => import_schema.configJsonSchema,
  findRule: () => findRule2,
  fixText: () => fixText,
  lintText: () => lintText,
  parseConfig: () => import_schema.parseConfig,
  parseGoMod: () => parseGoMod,
  ruleDocMarkdown: () => ruleDocMarkdown,
  rulesTableMarkdown: () => rulesTableMarkdown,
  withRulesTable: () => withRulesTable
});
module.exports = __toCommonJS(index_exports);

// src/parse/ast.ts
var ast = __toESM(require_main3());
var Add2 = ast.Add;
var Arg2 = ast.Arg;
var Cmd2 = ast.Cmd;
var Copy2 = ast.Copy;
var Entrypoint2 = ast.Entrypoint;
var Env2 = ast.Env;
var From2 = ast.From;
var Healthcheck2 = ast.Healthcheck;
var Property2 = ast.Property;
var Instruction2 = ast.Instruction;
var Run2 = ast.Run;
var Shell2 = ast.Shell;
var User2 = ast.User;
var Volume2 = ast.Volume;
var Workdir2 = ast.Workdir;
var DockerfileParser2 = ast.DockerfileParser;

// src/parse/memo.ts
var RAW = /* @__PURE__ */ Symbol("golint-docker.rawArguments");
var RANGE = /* @__PURE__ */ Symbol("golint-docker.argumentsRange");
var HEREDOCS = /* @__PURE__ */ Symbol("golint-docker.heredocs");
var PROPERTY_ARGS = /* @__PURE__ */ Symbol("golint-docker.propertyArguments");
function memoizeParser() {
  const proto = Instruction2.prototype;
  if (proto.__golintDockerMemo) return;
  proto.__golintDockerMemo = true;
  const rawArguments = proto.getRawArguments;
  const argumentsRange = proto.getArgumentsRange;
  const heredocs = proto.getHeredocs;
  const raw = (instruction) => instruction[RAW] ?? (instruction[RAW] = rawArguments.call(instruction));
  proto.getRawArguments = function() {
    return raw(this).slice();
  };
  proto.getHeredocs = function() {
    return (this[HEREDOCS] ?? (this[HEREDOCS] = mayHaveHeredocs(raw(this)) ? heredocs.call(this) : [])).slice();
  };
  proto.getArgumentsRange = function() {
    if (!(RANGE in this)) this[RANGE] = argumentsRange.call(this);
    return this[RANGE] ?? null;
  };
  const fromProto = From2.prototype;
  const imageRange = fromProto.getImageRange;
  fromProto.getImageRange = function() {
    const r = imageRange.call(this);
    return r && { start: { line: r.start.line, character: r.start.character }, end: { line: r.end.line, character: r.end.character } };
  };
  const properties = Object.getPrototypeOf(Arg2.prototype);
  const propertyArguments = properties.getPropertyArguments;
  properties.getPropertyArguments = function() {
    return (this[PROPERTY_ARGS] ?? (this[PROPERTY_ARGS] = propertyArguments.call(this))).slice();
  };
}
function mayHaveHeredocs(args) {
  for (const arg of args) if (arg.getValue().startsWith("<<")) return true;
  return false;
}

// src/parse/arg.ts
function readArgsAsBuildKit() {
  const proto = Arg2.prototype;
  if (proto.__golintDockerArgs) return;
  proto.__golintDockerArgs = true;
  const properties = proto.getProperties;
  proto.getProperties = function() {
    let props = MEMO.get(this);
    if (!props) {
      props = buildKitProperties(this, properties.call(this));
      MEMO.set(this, props);
    }
    return props.slice();
  };
}
var MEMO = /* @__PURE__ */ new WeakMap();
function buildKitProperties(arg, read) {
  const words2 = arg.getPropertyArguments();
  if (words2.length < 2 || words2[0].getValue().includes("=")) return read;
  const { document, escapeChar } = arg;
  return words2.map((w) => new Property2(document, escapeChar, w));
}

// src/parse/source.ts
memoizeParser();
readArgsAsBuildKit();
var BOM = "\uFEFF";
function createSourceFile(path, rawText) {
  const bom = rawText.startsWith(BOM);
  const text = bom ? rawText.slice(1) : rawText;
  const dockerfile = DockerfileParser2.parse(text);
  return {
    path,
    text,
    bom,
    eol: dominantEol(text),
    lineStarts: computeLineStarts(text),
    dockerfile,
    escapeChar: dockerfile.getEscapeCharacter() === "`" ? "`" : "\\"
  };
}
function restoreBom(file, text) {
  return file.bom ? BOM + text : text;
}
function dominantEol(text) {
  let crlf = 0;
  let lf = 0;
  for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) {
    if (i > 0 && text.charCodeAt(i - 1) === 13) crlf++;
    else lf++;
  }
  return crlf > lf ? "\r\n" : "\n";
}
function computeLineStarts(text) {
  const starts = [0];
  if (text.indexOf("\r") === -1) {
    for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) starts.push(i + 1);
    return starts;
  }
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 13) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    } else if (c === 10) {
      starts.push(i + 1);
    }
  }
  return starts;
}
function offsetAt(file, pos) {
  const { lineStarts, text } = file;
  if (pos.line < 0) return 0;
  if (pos.line >= lineStarts.length) return text.length;
  const lineStart = lineStarts[pos.line];
  const nextStart = pos.line + 1 < lineStarts.length ? lineStarts[pos.line + 1] : text.length;
  return Math.min(lineStart + Math.max(0, pos.character), nextStart, text.length);
}
function positionAt(file, offset) {
  const { lineStarts } = file;
  const o = Math.max(0, Math.min(offset, file.text.length));
  let lo = 0;
  let hi = lineStarts.length - 1;
  while (lo < hi) {
    const mid = lo + hi + 1 >> 1;
    if (lineStarts[mid] <= o) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo, character: o - lineStarts[lo] };
}
function spanOf(file, range) {
  return { start: offsetAt(file, range.start), end: offsetAt(file, range.end) };
}
function lineColumn(file, offset) {
  const p = positionAt(file, offset);
  return { line: p.line + 1, column: p.character + 1 };
}
function lineEndAt(file, offset) {
  const { line } = positionAt(file, offset);
  let end = line + 1 < file.lineStarts.length ? file.lineStarts[line + 1] : file.text.length;
  while (end > file.lineStarts[line] && (file.text.charCodeAt(end - 1) === 10 || file.text.charCodeAt(end - 1) === 13)) end--;
  return end;
}

// src/shell/source.ts
var Source = class {
  /**
   * @param s    logical text
   * @param base original offset of s[0] when there is no map (a single contiguous segment)
   * @param map  original offset of every logical index, when several segments were joined
   */
  constructor(s, base, map) {
    this.s = s;
    this.base = base;
    this.map = map;
  }
  s;
  base;
  map;
  /** Original offset of logical index i (i < s.length). */
  abs(i) {
    const map = this.map;
    if (map === null) return this.base + i;
    if (i < map.length) return map[i];
    return map.length > 0 ? map[map.length - 1] + 1 : this.base;
  }
  /** Original end offset of a logical range that ends (exclusive) at i. */
  absEnd(i) {
    return i <= 0 ? this.abs(0) : this.abs(i - 1) + 1;
  }
};
var TAB = 9;
var NL = 10;
var VT = 11;
var FF = 12;
var CR = 13;
var SP = 32;
var HASH = 35;
function scriptSource(text, start, end) {
  return new Source(text.slice(start, end), start, null);
}
function dockerfileSource(text, start, end, escapeChar) {
  const esc = escapeChar.charCodeAt(0);
  const segs = [];
  let segStart = start;
  let stop = end;
  let i = start;
  while (i < end) {
    const c = text.charCodeAt(i);
    if (c === NL) {
      stop = i;
      break;
    }
    if (c === esc) {
      let j = i + 1;
      while (j < end && isBlank(text.charCodeAt(j))) j++;
      if (j < end && text.charCodeAt(j) === CR && (j + 1 >= end || text.charCodeAt(j + 1) === NL)) j++;
      if (j >= end) {
        stop = i;
        break;
      }
      if (text.charCodeAt(j) === NL) {
        segs.push(segStart, i);
        i = skipIgnoredLines(text, j + 1, end);
        segStart = i;
        continue;
      }
    }
    i++;
  }
  if (stop > segStart && text.charCodeAt(stop - 1) === CR) stop--;
  segs.push(segStart, stop);
  const parts = [];
  let total = 0;
  let nonEmpty = 0;
  let firstFrom = start;
  for (let k = 0; k < segs.length; k += 2) {
    const len = segs[k + 1] - segs[k];
    if (len <= 0) continue;
    if (nonEmpty === 0) firstFrom = segs[k];
    nonEmpty++;
    total += len;
    parts.push(text.slice(segs[k], segs[k + 1]));
  }
  if (nonEmpty <= 1) return new Source(parts.length > 0 ? parts[0] : "", firstFrom, null);
  const map = new Int32Array(total);
  let at = 0;
  for (let k = 0; k < segs.length; k += 2) {
    for (let o = segs[k]; o < segs[k + 1]; o++) map[at++] = o;
  }
  return new Source(parts.join(""), start, map);
}
function skipIgnoredLines(text, i, end) {
  while (i < end) {
    let k = i;
    while (k < end && isLineSpace(text.charCodeAt(k))) k++;
    if (k >= end) return end;
    const c = text.charCodeAt(k);
    if (c === NL) {
      i = k + 1;
    } else if (c === HASH) {
      while (k < end && text.charCodeAt(k) !== NL) k++;
      i = k < end ? k + 1 : end;
    } else {
      return i;
    }
  }
  return i;
}
function isBlank(c) {
  return c === SP || c === TAB;
}
function isLineSpace(c) {
  return c === SP || c === TAB || c === CR || c === VT || c === FF;
}

// src/shell/lexer.ts
function splitCommands(text, start, end, options) {
  const len = text.length;
  const from = clamp(start, 0, len);
  const to = clamp(end, from, len);
  const escOpt = options?.escapeChar;
  const escapeChar = typeof escOpt === "string" && escOpt.length === 1 ? escOpt : "\\";
  const script2 = options?.dockerfileContinuations !== true;
  const src = script2 ? scriptSource(text, from, to) : dockerfileSource(text, from, to, escapeChar);
  return new Splitter(new Lexer(src, script2)).run();
}
function splitScript(src) {
  return new Splitter(new Lexer(src, true)).run();
}
function clamp(v, lo, hi) {
  if (!Number.isFinite(v)) return v > 0 ? hi : lo;
  const i = Math.trunc(v);
  return i < lo ? lo : i > hi ? hi : i;
}
var TAB2 = 9;
var NL2 = 10;
var CR2 = 13;
var SP2 = 32;
var BANG = 33;
var DQUOTE = 34;
var HASH2 = 35;
var DOLLAR = 36;
var AMP = 38;
var SQUOTE = 39;
var LPAREN = 40;
var RPAREN = 41;
var STAR = 42;
var MINUS = 45;
var D0 = 48;
var D9 = 57;
var SEMI = 59;
var LT = 60;
var GT = 62;
var QUEST = 63;
var AT = 64;
var BSLASH = 92;
var UNDERSCORE = 95;
var BACKTICK = 96;
var LBRACE = 123;
var PIPE = 124;
var RBRACE = 125;
var CTX_CMD = 0;
var CTX_DQ = 1;
var CTX_BRACE = 2;
var CTX_BQ = 3;
var Lexer = class {
  constructor(src, script2) {
    this.src = src;
    this.script = script2;
    this.s = src.s;
    this.n = src.s.length;
  }
  src;
  script;
  s;
  n;
  p = 0;
  // Word text under construction: `buf` plus the verbatim run s[runStart, p).
  buf = "";
  runStart = 0;
  /** Set after `<<` (1) or `<<-` (2): the next word is a heredoc delimiter. */
  heredocNext = 0;
  heredocs = [];
  /**
   * `((` before this offset is never retried as an arithmetic command. After a failed attempt
   * (`((a) && b)`) the region is lexed as plain parens; remembering how far the attempt went
   * keeps nested `((` inside it from rescanning the same text again (which would be quadratic).
   */
  noArithBefore = 0;
  next() {
    const delim = this.heredocNext;
    this.heredocNext = 0;
    const tok = this.scan();
    if (delim !== 0 && tok.kind === "word" && this.script) {
      this.heredocs.push({ delim: tok.word.text, stripTabs: delim === 2 });
    }
    return tok;
  }
  code(i) {
    return i < this.n ? this.s.charCodeAt(i) : -1;
  }
  /** Length of the line break at i in script mode (`\n` or `\r\n`), else 0. */
  newlineAt(i) {
    if (!this.script) return 0;
    const c = this.code(i);
    if (c === NL2) return 1;
    if (c === CR2 && this.code(i + 1) === NL2) return 2;
    return 0;
  }
  /** True when the character at i ends an unquoted word. */
  endsWord(i) {
    const c = this.code(i);
    switch (c) {
      case -1:
      case SP2:
      case TAB2:
      case NL2:
      case SEMI:
      case AMP:
      case PIPE:
      case LPAREN:
      case RPAREN:
      case LT:
      case GT:
        return true;
      case CR2:
        return this.code(i + 1) === NL2;
      default:
        return false;
    }
  }
  scan() {
    for (; ; ) {
      this.skipBlanks();
      const p = this.p;
      if (p >= this.n) return { kind: "eof" };
      const c = this.s.charCodeAt(p);
      switch (c) {
        case HASH2:
          while (this.p < this.n && this.s.charCodeAt(this.p) !== NL2) this.p++;
          continue;
        case NL2: {
          const tok = this.op("\n", p, p + 1);
          this.readHeredocBodies();
          return tok;
        }
        case AMP:
          if (this.code(p + 1) === AMP) return this.op("&&", p, p + 2);
          if (this.code(p + 1) === GT) return this.redir(p, this.code(p + 2) === GT ? p + 3 : p + 2);
          return this.op("&", p, p + 1);
        case PIPE:
          if (this.code(p + 1) === PIPE) return this.op("||", p, p + 2);
          if (this.code(p + 1) === AMP) return this.op("|", p, p + 2);
          return this.op("|", p, p + 1);
        case SEMI:
          if (this.code(p + 1) === SEMI) return this.op(";;", p, this.code(p + 2) === AMP ? p + 3 : p + 2);
          if (this.code(p + 1) === AMP) return this.op(";;", p, p + 2);
          return this.op(";", p, p + 1);
        case LPAREN:
          if (this.code(p + 1) === LPAREN && p >= this.noArithBefore && this.skipArithmetic()) return { kind: "arith" };
          return this.op("(", p, p + 1);
        case RPAREN:
          return this.op(")", p, p + 1);
        case LT:
        case GT:
          if (this.code(p + 1) === LPAREN) return this.readWord();
          return this.readRedirect(p, p);
        default:
          if (c >= D0 && c <= D9) {
            let j = p + 1;
            while (j < this.n && isDigit(this.s.charCodeAt(j))) j++;
            const d = this.code(j);
            if (d === LT || d === GT) return this.readRedirect(p, j);
          }
          return this.readWord();
      }
    }
  }
  skipBlanks() {
    const s = this.s;
    while (this.p < this.n) {
      const c = s.charCodeAt(this.p);
      if (c === SP2 || c === TAB2) {
        this.p++;
      } else if (c === CR2 && this.code(this.p + 1) === NL2) {
        this.p++;
      } else if (c === BSLASH && this.newlineAt(this.p + 1) > 0) {
        this.p += 1 + this.newlineAt(this.p + 1);
      } else {
        return;
      }
    }
  }
  op(op, start, end) {
    this.p = end;
    return { kind: "op", op, start: this.src.abs(start), end: this.src.absEnd(end) };
  }
  redir(start, end, complete = false) {
    this.p = end;
    return { kind: "redir", op: this.s.slice(start, end), start: this.src.abs(start), end: this.src.absEnd(end), complete };
  }
  /** A redirection operator at `at`, with an fd number in s[start, at). */
  readRedirect(start, at) {
    let end;
    let dup = false;
    const c1 = this.code(at + 1);
    if (this.s.charCodeAt(at) === LT) {
      if (c1 === LT) {
        const c2 = this.code(at + 2);
        if (c2 === LT) {
          end = at + 3;
        } else if (c2 === MINUS) {
          end = at + 3;
          this.heredocNext = 2;
        } else {
          end = at + 2;
          this.heredocNext = 1;
        }
      } else if (c1 === AMP) {
        end = at + 2;
        dup = true;
      } else if (c1 === GT) {
        end = at + 2;
      } else {
        end = at + 1;
      }
    } else if (c1 === GT || c1 === PIPE) {
      end = at + 2;
    } else if (c1 === AMP) {
      end = at + 2;
      dup = true;
    } else {
      end = at + 1;
    }
    if (dup) {
      let j = end;
      while (j < this.n && isDigit(this.s.charCodeAt(j))) j++;
      if (j === end && this.code(j) === MINUS) j++;
      if (j > end && this.endsWord(j)) return this.redir(start, j, true);
    }
    return this.redir(start, end);
  }
  /**
   * Try `(( ... ))` at p. On success the whole arithmetic command is consumed. If the parens
   * close some other way it was a nested subshell, `((a) && b)`: put p back and remember how far
   * the attempt went (see noArithBefore). An unterminated `((` swallows the rest, like the shell.
   */
  skipArithmetic() {
    const start = this.p;
    this.p = start + 2;
    this.buf = "";
    this.runStart = this.p;
    const closed = this.scanNested(CTX_CMD, 2);
    if (!closed || this.s.charCodeAt(this.p - 1) === RPAREN && this.s.charCodeAt(this.p - 2) === RPAREN) return true;
    this.noArithBefore = this.p;
    this.p = start;
    return false;
  }
  /** After a newline in script mode: skip the bodies of the heredocs started on that line. */
  readHeredocBodies() {
    if (this.heredocs.length === 0) return;
    const s = this.s;
    for (const h of this.heredocs) {
      while (this.p < this.n) {
        let a = this.p;
        let nl = s.indexOf("\n", a);
        if (nl < 0) nl = this.n;
        let b = nl;
        this.p = nl < this.n ? nl + 1 : this.n;
        if (b > a && s.charCodeAt(b - 1) === CR2) b--;
        if (h.stripTabs) while (a < b && s.charCodeAt(a) === TAB2) a++;
        if (b - a === h.delim.length && s.startsWith(h.delim, a)) break;
      }
    }
    this.heredocs = [];
  }
  // ---- words
  flush() {
    if (this.p > this.runStart) this.buf += this.s.slice(this.runStart, this.p);
    this.runStart = this.p;
  }
  readWord() {
    const s = this.s;
    const start = this.p;
    this.buf = "";
    this.runStart = start;
    let quoted = false;
    let hasExpansion = false;
    let plain = -1;
    const special = () => {
      if (plain < 0) plain = this.buf.length + (this.p - this.runStart);
    };
    const c0 = s.charCodeAt(start);
    if ((c0 === LT || c0 === GT) && this.code(start + 1) === LPAREN) {
      special();
      hasExpansion = true;
      this.p += 2;
      this.scanNested(CTX_CMD, 1);
    }
    while (this.p < this.n && !this.endsWord(this.p)) {
      const c = s.charCodeAt(this.p);
      if (c === SQUOTE) {
        special();
        quoted = true;
        this.flush();
        const q = s.indexOf("'", this.p + 1);
        const close = q < 0 ? this.n : q;
        this.buf += s.slice(this.p + 1, close);
        this.p = q < 0 ? this.n : q + 1;
        this.runStart = this.p;
      } else if (c === DQUOTE) {
        special();
        quoted = true;
        this.flush();
        this.p++;
        this.runStart = this.p;
        if (this.readDoubleQuoted()) hasExpansion = true;
      } else if (c === BSLASH) {
        const nl = this.newlineAt(this.p + 1);
        if (nl > 0) {
          this.flush();
          this.p += 1 + nl;
          this.runStart = this.p;
        } else if (this.p + 1 < this.n) {
          special();
          quoted = true;
          this.flush();
          this.buf += s[this.p + 1];
          this.p += 2;
          this.runStart = this.p;
        } else {
          this.p++;
        }
      } else if (c === DOLLAR) {
        special();
        const c1 = this.code(this.p + 1);
        if (c1 === SQUOTE) {
          quoted = true;
          this.flush();
          this.p += 2;
          this.runStart = this.p;
          this.readAnsiC();
        } else if (c1 === DQUOTE) {
          this.flush();
          this.p++;
          this.runStart = this.p;
        } else if (this.scanDollar()) {
          hasExpansion = true;
        }
      } else if (c === BACKTICK) {
        special();
        hasExpansion = true;
        this.p++;
        this.scanNested(CTX_BQ, 1);
      } else {
        this.p++;
      }
    }
    this.flush();
    const word = {
      text: this.buf,
      start: this.src.abs(start),
      end: this.src.absEnd(this.p),
      quoted,
      hasExpansion
    };
    this.buf = "";
    return { kind: "word", word, plain: plain < 0 ? word.text.length : plain };
  }
  /** Body of "..." (p after the opening quote). Returns whether it contained an expansion. */
  readDoubleQuoted() {
    const s = this.s;
    let expansion = false;
    while (this.p < this.n) {
      const c = s.charCodeAt(this.p);
      if (c === DQUOTE) {
        this.flush();
        this.p++;
        this.runStart = this.p;
        return expansion;
      }
      if (c === BSLASH) {
        const nl = this.newlineAt(this.p + 1);
        const d = this.code(this.p + 1);
        if (nl > 0) {
          this.flush();
          this.p += 1 + nl;
          this.runStart = this.p;
        } else if (d === DOLLAR || d === BACKTICK || d === DQUOTE || d === BSLASH || d === NL2) {
          this.flush();
          this.buf += s[this.p + 1];
          this.p += 2;
          this.runStart = this.p;
        } else {
          this.p++;
        }
      } else if (c === DOLLAR) {
        if (this.scanDollar()) expansion = true;
      } else if (c === BACKTICK) {
        expansion = true;
        this.p++;
        this.scanNested(CTX_BQ, 1);
      } else {
        this.p++;
      }
    }
    return expansion;
  }
  /** Body of $'...' (p after the quote): the common backslash escapes are decoded. */
  readAnsiC() {
    const s = this.s;
    while (this.p < this.n) {
      const c = s.charCodeAt(this.p);
      if (c === SQUOTE) {
        this.flush();
        this.p++;
        this.runStart = this.p;
        return;
      }
      if (c === BSLASH && this.p + 1 < this.n) {
        this.flush();
        const e = s[this.p + 1];
        this.buf += ANSI_ESCAPES[e] ?? "\\" + e;
        this.p += 2;
        this.runStart = this.p;
      } else {
        this.p++;
      }
    }
  }
  /**
   * A `$` at p (not `$'` / `$"` when unquoted). Consumes the expansion, which stays verbatim
   * in the word text, or just the `$` when it is literal. Returns whether it was an expansion.
   */
  scanDollar() {
    const c1 = this.code(this.p + 1);
    if (c1 === LBRACE) {
      this.p += 2;
      this.scanNested(CTX_BRACE, 1);
      return true;
    }
    if (c1 === LPAREN) {
      this.p += 2;
      this.scanNested(CTX_CMD, 1);
      return true;
    }
    if (isNameStart(c1)) {
      this.p += 2;
      while (this.p < this.n && isNameChar(this.s.charCodeAt(this.p))) this.p++;
      return true;
    }
    if (isDigit(c1) || c1 === AT || c1 === STAR || c1 === HASH2 || c1 === QUEST || c1 === DOLLAR || c1 === BANG || c1 === MINUS) {
      this.p += 2;
      return true;
    }
    this.p++;
    return false;
  }
  /**
   * Skip the inside of $( ... ), ${ ... } or ` ... ` (p just after the opener), keeping it
   * verbatim in the word text except for script-mode line continuations. Nesting is tracked
   * with an explicit stack, not recursion, so 100k nested `$(` cannot overflow the JS stack.
   * Returns false when the input ends first.
   */
  scanNested(ctx, depth) {
    const s = this.s;
    const n = this.n;
    const stack = [];
    for (let i = 0; i < depth; i++) stack.push(ctx);
    while (this.p < n && stack.length > 0) {
      const top = stack[stack.length - 1];
      const c = s.charCodeAt(this.p);
      if (c === BSLASH) {
        const nl = this.newlineAt(this.p + 1);
        if (nl > 0) {
          this.flush();
          this.p += 1 + nl;
          this.runStart = this.p;
        } else {
          this.p = Math.min(n, this.p + 2);
        }
        continue;
      }
      if (top === CTX_BQ) {
        if (c === BACKTICK) stack.pop();
        this.p++;
        continue;
      }
      const c1 = this.code(this.p + 1);
      if (c === DOLLAR && c1 === LPAREN) {
        stack.push(CTX_CMD);
        this.p += 2;
        continue;
      }
      if (c === DOLLAR && c1 === LBRACE) {
        stack.push(CTX_BRACE);
        this.p += 2;
        continue;
      }
      if (c === BACKTICK) {
        stack.push(CTX_BQ);
        this.p++;
        continue;
      }
      if (top === CTX_DQ) {
        if (c === DQUOTE) stack.pop();
        this.p++;
        continue;
      }
      if (c === DQUOTE) {
        stack.push(CTX_DQ);
        this.p++;
        continue;
      }
      if (c === SQUOTE && (top === CTX_CMD || stack.length < 2 || stack[stack.length - 2] !== CTX_DQ)) {
        const q = s.indexOf("'", this.p + 1);
        this.p = q < 0 ? n : q + 1;
        continue;
      }
      if (top === CTX_BRACE) {
        if (c === RBRACE) stack.pop();
        this.p++;
        continue;
      }
      if (c === LPAREN) {
        stack.push(CTX_CMD);
      } else if (c === RPAREN) {
        stack.pop();
      } else if (c === HASH2 && this.commentCanStart(this.p)) {
        while (this.p < n && s.charCodeAt(this.p) !== NL2) this.p++;
        continue;
      }
      this.p++;
    }
    return stack.length === 0;
  }
  /** Inside $( ... ), `#` starts a comment when it starts a word. */
  commentCanStart(i) {
    const prev = this.s.charCodeAt(i - 1);
    return prev === SP2 || prev === TAB2 || prev === NL2 || prev === SEMI || prev === AMP || prev === PIPE || prev === LPAREN;
  }
};
var ANSI_ESCAPES = {
  n: "\n",
  t: "	",
  r: "\r",
  a: "\x07",
  b: "\b",
  e: "\x1B",
  E: "\x1B",
  f: "\f",
  v: "\v",
  "\\": "\\",
  "'": "'",
  '"': '"',
  "?": "?"
};
function isDigit(c) {
  return c >= D0 && c <= D9;
}
function isNameStart(c) {
  return c >= 65 && c <= 90 || c >= 97 && c <= 122 || c === UNDERSCORE;
}
function isNameChar(c) {
  return isNameStart(c) || isDigit(c);
}
var RESERVED = /* @__PURE__ */ new Set(["if", "then", "else", "elif", "fi", "do", "done", "while", "until", "for", "select", "in", "case", "esac", "!", "{", "}", "function"]);
var CLOSERS = /* @__PURE__ */ new Set(["fi", "done", "esac", "}"]);
var CASE_HEADER = 0;
var CASE_PATTERN = 1;
var CASE_BODY = 2;
var CommandBuilder = class {
  assignments = [];
  words = [];
  redirects = [];
  start = -1;
  end = -1;
  isEmpty() {
    return this.start < 0;
  }
  cover(start, end) {
    if (this.start < 0) this.start = start;
    this.end = end;
  }
};
var Splitter = class {
  constructor(lexer) {
    this.lexer = lexer;
  }
  lexer;
  out = [];
  cur = new CommandBuilder();
  peeked = null;
  /** Command closed by `)`: it takes the separator that follows the `)`. */
  pending = null;
  /** Just after `fi`/`done`/`esac`/`}`/`)`: redirections here belong to that compound. */
  afterCompound = false;
  forHeader = false;
  skipFunctionName = false;
  cases = [];
  /** How deep in `if`, `case` and loops the next command is. */
  compounds = 0;
  next() {
    const t = this.peeked ?? this.lexer.next();
    this.peeked = null;
    return t;
  }
  peek() {
    if (this.peeked === null) this.peeked = this.lexer.next();
    return this.peeked;
  }
  run() {
    for (; ; ) {
      const tok = this.next();
      if (tok.kind === "eof") break;
      if (this.forHeader) {
        if (tok.kind === "op" && tok.op !== "(" && tok.op !== ")" || isBare(tok, "do")) this.forHeader = false;
        continue;
      }
      const caseState = this.cases.length > 0 ? this.cases[this.cases.length - 1] : -1;
      if (caseState === CASE_HEADER) {
        if (isBare(tok, "in")) this.cases[this.cases.length - 1] = CASE_PATTERN;
        continue;
      }
      if (caseState === CASE_PATTERN) {
        if (isBare(tok, "esac")) {
          this.cases.pop();
          this.leaveCompound();
          this.afterCompound = true;
        } else if (tok.kind === "op" && tok.op === ")") {
          this.cases[this.cases.length - 1] = CASE_BODY;
        }
        continue;
      }
      switch (tok.kind) {
        case "word":
          this.word(tok.word, tok.plain);
          break;
        case "redir":
          this.redirect(tok);
          break;
        case "arith":
          this.afterCompound = true;
          break;
        case "op":
          this.operator(tok.op);
          break;
      }
    }
    this.finish(null);
    return this.out;
  }
  word(w, plain) {
    const cur = this.cur;
    if (cur.isEmpty()) {
      if (this.skipFunctionName) {
        this.skipFunctionName = false;
        return;
      }
      if (!w.quoted && !w.hasExpansion && RESERVED.has(w.text)) {
        this.reserved(w.text);
        return;
      }
    }
    this.pending = null;
    this.afterCompound = false;
    if (cur.words.length === 0 && isAssignment(w.text, plain)) cur.assignments.push(w);
    else cur.words.push(w);
    cur.cover(w.start, w.end);
  }
  reserved(text) {
    this.afterCompound = CLOSERS.has(text);
    switch (text) {
      case "for":
      case "select":
        this.forHeader = true;
        this.compounds++;
        break;
      case "if":
      case "while":
      case "until":
        this.compounds++;
        break;
      case "fi":
      case "done":
        this.leaveCompound();
        break;
      case "case":
        this.cases.push(CASE_HEADER);
        this.compounds++;
        break;
      case "esac":
        if (this.cases.length > 0) this.cases.pop();
        this.leaveCompound();
        break;
      case "function":
        this.skipFunctionName = true;
        break;
      default:
        break;
    }
  }
  leaveCompound() {
    if (this.compounds > 0) this.compounds--;
  }
  redirect(tok) {
    let target;
    const nt = tok.complete ? null : this.peek();
    if (nt !== null && nt.kind === "word") {
      this.next();
      target = nt.word;
    }
    if (this.afterCompound && this.cur.isEmpty()) return;
    this.pending = null;
    const r = { op: tok.op, start: tok.start, end: target ? target.end : tok.end };
    if (target) r.target = target;
    this.cur.redirects.push(r);
    this.cur.cover(r.start, r.end);
  }
  operator(op) {
    switch (op) {
      case "(": {
        if (!this.cur.isEmpty()) {
          const nt = this.peek();
          if (nt.kind === "op" && nt.op === ")" && this.cur.words.length === 1 && this.cur.assignments.length === 0) {
            this.next();
            this.cur = new CommandBuilder();
            return;
          }
          this.finish(null);
        }
        this.afterCompound = false;
        return;
      }
      case ")":
        if (!this.cur.isEmpty()) {
          this.finish(null);
          this.pending = this.out[this.out.length - 1];
        }
        this.afterCompound = true;
        return;
      case ";;":
        this.finish(";");
        if (this.cases.length > 0 && this.cases[this.cases.length - 1] === CASE_BODY) this.cases[this.cases.length - 1] = CASE_PATTERN;
        return;
      default:
        this.finish(op);
        return;
    }
  }
  finish(sep) {
    const cur = this.cur;
    this.afterCompound = false;
    if (cur.isEmpty()) {
      if (this.pending !== null && sep !== null) this.pending.separator = sep;
      this.pending = null;
      return;
    }
    this.pending = null;
    this.out.push({
      assignments: cur.assignments,
      words: cur.words,
      redirects: cur.redirects,
      start: cur.start,
      end: cur.end,
      separator: sep,
      ...this.compounds > 0 ? { conditional: true } : {}
    });
    this.cur = new CommandBuilder();
  }
};
function isBare(tok, text) {
  return tok.kind === "word" && !tok.word.quoted && !tok.word.hasExpansion && tok.word.text === text;
}
function isAssignment(text, plain = text.length) {
  const limit = Math.min(plain, text.length);
  if (limit < 2 || !isNameStart(text.charCodeAt(0))) return false;
  let i = 1;
  while (i < limit && isNameChar(text.charCodeAt(i))) i++;
  return i < limit && text.charCodeAt(i) === 61;
}

// src/model/gomod.ts
function parseGoMod(text) {
  const result = { requires: 0, require: [] };
  const replaced = (tokens2) => {
    const arrow = tokens2.indexOf("=>");
    const target = arrow === -1 ? void 0 : tokens2[arrow + 1];
    if (target !== void 0 && (target === "." || target === ".." || target.startsWith("./") || target.startsWith("../") || target.startsWith("/"))) {
      (result.localReplaces ??= []).push(target);
    }
  };
  const required = (path) => {
    result.requires++;
    if (path !== void 0 && path !== "(" && path !== ")") result.require?.push(path);
  };
  let blockVerb = "";
  const body = text.charCodeAt(0) === 65279 ? text.slice(1) : text;
  const lines = body.split("\n");
  let inBlock = false;
  for (let i = 0; i < lines.length; i++) {
    const tokens2 = tokenizeLine(lines[i]);
    if (tokens2.length === 0) continue;
    if (inBlock) {
      if (tokens2[0] === ")") inBlock = false;
      else if (blockVerb === "require") required(tokens2[0]);
      else if (blockVerb === "replace") replaced(tokens2);
      continue;
    }
    const open = tokens2.indexOf("(");
    if (open >= 0) {
      blockVerb = tokens2[0];
      if (tokens2.indexOf(")", open + 1) < 0) inBlock = true;
      else if (blockVerb === "require" && tokens2.indexOf(")", open + 1) - open - 1 > 0) required(tokens2[open + 1]);
      continue;
    }
    if (tokens2.length < 2) continue;
    const [verb, arg] = tokens2;
    switch (verb) {
      case "module":
        if (result.module === void 0) result.module = arg;
        break;
      case "go":
        if (result.goVersion === void 0) {
          result.goVersion = arg;
          result.goLine = i + 1;
        }
        break;
      case "toolchain":
        if (result.toolchain === void 0) result.toolchain = arg;
        break;
      case "require":
        required(arg);
        break;
      case "replace":
        replaced(tokens2.slice(1));
        break;
      default:
        break;
    }
  }
  return result;
}
function tokenizeLine(line) {
  const tokens2 = [];
  let i = 0;
  const n = line.length;
  while (i < n) {
    const c = line[i];
    if (c === " " || c === "	" || c === "\r" || c === "\f" || c === "\v") {
      i++;
    } else if (c === "/" && line[i + 1] === "/") {
      break;
    } else if (c === "(" || c === ")") {
      tokens2.push(c);
      i++;
    } else if (c === '"' || c === "`") {
      let value2 = "";
      i++;
      while (i < n && line[i] !== c) {
        if (c === '"' && line[i] === "\\" && i + 1 < n) i++;
        value2 += line[i];
        i++;
      }
      i++;
      tokens2.push(value2);
    } else {
      const start = i;
      while (i < n && !isTokenBreak(line, i)) i++;
      tokens2.push(line.slice(start, i));
    }
  }
  return tokens2;
}
function isTokenBreak(line, i) {
  const c = line[i];
  return c === " " || c === "	" || c === "\r" || c === "\f" || c === "\v" || c === "(" || c === ")" || c === '"' || c === "`" || c === "/" && line[i + 1] === "/";
}
function parseGoVersion(text) {
  let s = text.startsWith("go") ? text.slice(2) : text;
  const major = cutInt(s);
  if (!major) return void 0;
  s = major.rest;
  if (s === "") return { major: major.value };
  if (s[0] !== ".") return void 0;
  const minor = cutInt(s.slice(1));
  if (!minor) return void 0;
  s = minor.rest;
  if (s === "") return { major: major.value, minor: minor.value };
  if (s[0] === ".") {
    const patch = cutInt(s.slice(1));
    if (!patch || patch.rest !== "") return void 0;
    return { major: major.value, minor: minor.value, patch: patch.value };
  }
  let k = 0;
  while (k < s.length && s[k] >= "a" && s[k] <= "z") k++;
  if (k === 0) return void 0;
  const preKind = s.slice(0, k);
  s = s.slice(k);
  if (s === "") return { major: major.value, minor: minor.value, preKind };
  const pre = cutInt(s);
  if (!pre || pre.rest !== "") return void 0;
  return { major: major.value, minor: minor.value, preKind, preNum: pre.value };
}
function cutInt(s) {
  let i = 0;
  while (i < s.length && s[i] >= "0" && s[i] <= "9") i++;
  if (i === 0 || s[0] === "0" && i > 1) return void 0;
  return { value: s.slice(0, i), rest: s.slice(i) };
}
function cmpInt(a, b) {
  if (a === b) return 0;
  if (a === void 0) return -1;
  if (b === void 0) return 1;
  if (a.length !== b.length) return a.length < b.length ? -1 : 1;
  return a < b ? -1 : 1;
}
function cmpParsed(x, y) {
  let c = cmpInt(x.major, y.major);
  if (c !== 0) return c;
  c = cmpInt(x.minor ?? "0", y.minor ?? "0");
  if (c !== 0) return c;
  const xPre = x.preKind !== void 0;
  const yPre = y.preKind !== void 0;
  if (xPre !== yPre) return xPre ? -1 : 1;
  if (!xPre) return cmpInt(x.patch ?? "0", y.patch ?? "0");
  const xKind = x.preKind ?? "";
  const yKind = y.preKind ?? "";
  if (xKind !== yKind) return xKind < yKind ? -1 : 1;
  return cmpInt(x.preNum, y.preNum);
}
function compareGoVersions(a, b) {
  const x = parseGoVersion(a);
  const y = parseGoVersion(b);
  if (!x || !y) return void 0;
  const c = cmpParsed(x, y);
  return c < 0 ? -1 : c > 0 ? 1 : 0;
}
function goVersionSatisfies(imageVersion, required) {
  const image = parseGoVersion(imageVersion);
  const req = parseGoVersion(required);
  if (!image || !req) return void 0;
  const major = cmpInt(image.major, req.major);
  if (image.minor === void 0 || major !== 0) return major >= 0;
  const isFloatingMinor = image.patch === void 0 && image.preKind === void 0;
  if (isFloatingMinor) {
    const minor = cmpInt(image.minor, req.minor ?? "0");
    return minor >= 0;
  }
  return cmpParsed(image, req) >= 0;
}
function toolchainGoVersion(toolchain) {
  if (!toolchain.startsWith("go")) return void 0;
  const dash = toolchain.indexOf("-");
  const version = toolchain.slice(2, dash < 0 ? void 0 : dash);
  return parseGoVersion(version) ? version : void 0;
}

// src/model/image-ref.ts
var DOCKER_HUB_REGISTRIES = /* @__PURE__ */ new Set(["docker.io", "index.docker.io"]);
var NAME_MAX_LENGTH = 255;
var TAG_MAX_LENGTH = 128;
function parseImageRef(raw) {
  if (raw === "") return void 0;
  for (let i = 0; i < raw.length; i++) {
    const code = raw.charCodeAt(i);
    if (code <= 32 || code >= 127 || raw[i] === "$") return void 0;
  }
  let namePart = raw;
  let digest;
  const at = raw.indexOf("@");
  if (at >= 0) {
    digest = raw.slice(at + 1);
    namePart = raw.slice(0, at);
    if (!isValidDigest(digest)) return void 0;
  }
  let tag;
  const colon = namePart.lastIndexOf(":");
  if (colon > namePart.lastIndexOf("/")) {
    tag = namePart.slice(colon + 1);
    namePart = namePart.slice(0, colon);
    if (!isValidTag(tag)) return void 0;
  }
  if (namePart.length === 0 || namePart.length > NAME_MAX_LENGTH) return void 0;
  const components = namePart.split("/");
  let registry;
  if (components.length > 1 && looksLikeRegistry(components[0])) {
    if (!isValidRegistry(components[0])) return void 0;
    registry = components[0].toLowerCase();
    components.shift();
  }
  if (!components.every(isValidPathComponent)) return void 0;
  if (registry !== void 0 && DOCKER_HUB_REGISTRIES.has(registry)) registry = void 0;
  if (registry === void 0 && components.length === 2 && components[0] === "library") {
    components.shift();
  }
  const ref = { raw, repository: components.join("/") };
  if (registry !== void 0) ref.registry = registry;
  if (tag !== void 0) ref.tag = tag;
  if (digest !== void 0) ref.digest = digest;
  return ref;
}
function looksLikeRegistry(component) {
  return component.includes(".") || component.includes(":") || component === "localhost";
}
function isLowerAlnum(c) {
  return c >= "a" && c <= "z" || c >= "0" && c <= "9";
}
function isAlnum(c) {
  return isLowerAlnum(c) || c >= "A" && c <= "Z";
}
function isDigit2(c) {
  return c >= "0" && c <= "9";
}
function isValidPathComponent(component) {
  if (component.length === 0) return false;
  let i = 0;
  while (i < component.length) {
    const start = i;
    while (i < component.length && isLowerAlnum(component[i])) i++;
    if (i === start) return false;
    if (i === component.length) return true;
    const c = component[i];
    if (c === ".") {
      i++;
    } else if (c === "_") {
      i += component[i + 1] === "_" ? 2 : 1;
    } else if (c === "-") {
      while (component[i] === "-") i++;
    } else {
      return false;
    }
    if (i >= component.length) return false;
  }
  return true;
}
function isValidRegistry(registry) {
  let host = registry;
  let port;
  if (registry.startsWith("[")) {
    const close = registry.indexOf("]");
    if (close < 0) return false;
    const address = registry.slice(1, close);
    if (address.length === 0) return false;
    for (const c of address) {
      if (!(isDigit2(c) || c >= "a" && c <= "f" || c >= "A" && c <= "F" || c === ":")) return false;
    }
    const rest = registry.slice(close + 1);
    if (rest === "") return true;
    if (rest[0] !== ":") return false;
    port = rest.slice(1);
    host = "";
  } else {
    const colon = registry.indexOf(":");
    if (colon >= 0) {
      host = registry.slice(0, colon);
      port = registry.slice(colon + 1);
    }
    const labels = host.split(".");
    for (const label3 of labels) {
      if (label3.length === 0 || label3[0] === "-" || label3[label3.length - 1] === "-") return false;
      for (const c of label3) {
        if (!(isAlnum(c) || c === "-")) return false;
      }
    }
  }
  if (port !== void 0) {
    if (port.length === 0) return false;
    for (const c of port) if (!isDigit2(c)) return false;
  }
  return true;
}
function isValidTag(tag) {
  if (tag.length === 0 || tag.length > TAG_MAX_LENGTH) return false;
  for (let i = 0; i < tag.length; i++) {
    const c = tag[i];
    const ok = isAlnum(c) || c === "_" || i > 0 && (c === "." || c === "-");
    if (!ok) return false;
  }
  return true;
}
function isValidDigest(digest) {
  const colon = digest.indexOf(":");
  if (colon <= 0) return false;
  const algorithm = digest.slice(0, colon);
  const encoded = digest.slice(colon + 1);
  let prevSeparator = true;
  for (const c of algorithm) {
    if (isLowerAlnum(c)) {
      prevSeparator = false;
    } else if (c === "+" || c === "." || c === "_" || c === "-") {
      if (prevSeparator) return false;
      prevSeparator = true;
    } else {
      return false;
    }
  }
  if (prevSeparator) return false;
  if (encoded.length === 0) return false;
  for (const c of encoded) {
    if (!(isAlnum(c) || c === "=" || c === "_" || c === "-")) return false;
  }
  return true;
}

// src/model/constants.ts
var NONROOT_UID = 65532;
var NONROOT_USER = `${NONROOT_UID}:${NONROOT_UID}`;
var NONROOT_HOME = "/home/nonroot";

// src/model/catalogue.ts
var DOCKER_HUB_MIRRORS = /* @__PURE__ */ new Set([
  "mirror.gcr.io",
  "registry-1.docker.io",
  "registry.hub.docker.com"
]);
var UNKNOWN_FACTS = {
  family: "other",
  libc: "unknown",
  hasShell: "unknown",
  binSh: "unknown",
  defaultUid: "unknown",
  hasPasswd: "unknown",
  hasCaCerts: "unknown",
  minimal: false,
  debug: false,
  hasGoToolchain: false,
  hasCCompiler: "unknown"
};
function scratchFacts() {
  return {
    family: "scratch",
    libc: "none",
    hasShell: false,
    binSh: false,
    defaultUid: 0,
    hasPasswd: false,
    hasCaCerts: false,
    minimal: true,
    debug: false,
    hasGoToolchain: false,
    hasCCompiler: false
  };
}
function imageFacts(ref) {
  const registry = ref.registry?.toLowerCase();
  const parts = ref.repository.split("/");
  if (registry === "gcr.io" && parts.length === 2 && parts[0] === "distroless") {
    return distrolessFacts(parts[1], ref);
  }
  if (registry === "cgr.dev" && parts.length >= 2) {
    return chainguardFacts(parts[parts.length - 1], ref.tag);
  }
  switch (dockerHubName(registry, parts)) {
    case "scratch":
      return scratchFacts();
    case "golang":
      return golangFacts(ref.tag);
    case "alpine":
      return { ...UNKNOWN_FACTS, family: "alpine", libc: "musl", hasShell: true, binSh: true, defaultUid: 0, hasPasswd: true, hasCaCerts: true };
    // Neither debian nor ubuntu ships the ca-certificates package in the base image.
    case "debian":
      return { ...UNKNOWN_FACTS, family: "debian", libc: "glibc", hasShell: true, binSh: true, defaultUid: 0, hasPasswd: true, hasCaCerts: false };
    case "ubuntu":
      return { ...UNKNOWN_FACTS, family: "ubuntu", libc: "glibc", hasShell: true, binSh: true, defaultUid: 0, hasPasswd: true, hasCaCerts: false };
    case "busybox":
      return busyboxFacts(ref.tag);
    default:
      return { ...UNKNOWN_FACTS };
  }
}
function dockerHubName(registry, parts) {
  if (registry === void 0 || DOCKER_HUB_REGISTRIES.has(registry) || DOCKER_HUB_MIRRORS.has(registry)) {
    if (parts.length === 1) return parts[0];
    if (parts.length === 2 && parts[0] === "library") return parts[1];
    return void 0;
  }
  if (parts.length >= 2 && parts[parts.length - 2] === "library") return parts[parts.length - 1];
  return void 0;
}
var DISTROLESS_ARCH_SUFFIXES = ["-amd64", "-arm64", "-arm", "-s390x", "-ppc64le", "-386", "-riscv64"];
function distrolessFacts(name, ref) {
  const variant = stripDebianSuffix(name);
  const facts = {
    family: "distroless",
    variant,
    libc: distrolessLibc(variant),
    hasShell: false,
    binSh: false,
    defaultUid: 0,
    hasPasswd: true,
    hasCaCerts: true,
    minimal: true,
    debug: false,
    hasGoToolchain: false,
    hasCCompiler: false
  };
  if (ref.tag === void 0) {
    if (ref.digest !== void 0) facts.defaultUid = "unknown";
    return facts;
  }
  let tag = ref.tag;
  const arch = DISTROLESS_ARCH_SUFFIXES.find((suffix) => tag.endsWith(suffix));
  if (arch !== void 0) tag = tag.slice(0, tag.length - arch.length);
  switch (tag) {
    case "latest":
      break;
    case "nonroot":
      facts.defaultUid = NONROOT_UID;
      break;
    case "debug":
      facts.hasShell = true;
      facts.debug = true;
      break;
    case "debug-nonroot":
      facts.hasShell = true;
      facts.debug = true;
      facts.defaultUid = NONROOT_UID;
      break;
    default:
      facts.hasShell = "unknown";
      facts.binSh = "unknown";
      facts.defaultUid = "unknown";
      break;
  }
  return facts;
}
function stripDebianSuffix(name) {
  const dash = name.lastIndexOf("-");
  if (dash < 0) return name;
  const suffix = name.slice(dash + 1);
  if (!suffix.startsWith("debian") || suffix.length === "debian".length) return name;
  for (const c of suffix.slice("debian".length)) if (!isDigit2(c)) return name;
  return name.slice(0, dash);
}
function distrolessLibc(variant) {
  if (variant === "static") return "none";
  if (variant === "base" || variant === "base-nossl" || variant === "cc") return "glibc";
  if (variant.startsWith("java") || variant.startsWith("python3") || variant.startsWith("nodejs")) return "glibc";
  return "unknown";
}
function chainguardFacts(name, tag) {
  const dev = tag !== void 0 && tag.endsWith("-dev");
  const facts = {
    ...UNKNOWN_FACTS,
    family: "chainguard",
    variant: name,
    libc: "glibc",
    hasShell: dev ? true : "unknown",
    // Wolfi's busybox provides /bin/sh in -dev images.
    binSh: dev ? true : "unknown",
    minimal: !dev,
    debug: dev
  };
  if (name === "static" || name === "glibc-dynamic") {
    facts.libc = name === "glibc-dynamic" ? "glibc" : dev ? "unknown" : "none";
    facts.hasShell = dev;
    facts.binSh = dev;
    facts.defaultUid = NONROOT_UID;
    facts.hasPasswd = true;
    facts.hasCaCerts = true;
    facts.hasCCompiler = false;
  } else if (name === "go") {
    facts.hasShell = true;
    facts.binSh = true;
    facts.defaultUid = 0;
    facts.hasPasswd = true;
    facts.hasCaCerts = true;
    facts.minimal = false;
    facts.hasGoToolchain = true;
    facts.hasCCompiler = true;
    const version = tag === void 0 ? void 0 : tagGoVersion(tag);
    if (version !== void 0) facts.goVersion = version;
  }
  return facts;
}
function tagGoVersion(tag) {
  const dash = tag.indexOf("-");
  const head = dash < 0 ? tag : tag.slice(0, dash);
  return parseGoVersion(head) !== void 0 && !head.startsWith("go") ? head : void 0;
}
var GOLANG_DEBIAN_SEGMENTS = /* @__PURE__ */ new Set([
  "latest",
  "tip",
  "stretch",
  "buster",
  "bullseye",
  "bookworm",
  "trixie",
  "forky"
]);
function golangFacts(tag) {
  const segments = (tag ?? "latest").split("-");
  const goVersion = tagGoVersion(segments[0]);
  const rest = goVersion === void 0 ? segments : segments.slice(1);
  const base = { ...UNKNOWN_FACTS, family: "golang", hasGoToolchain: true };
  if (goVersion !== void 0) base.goVersion = goVersion;
  const linux = { hasShell: true, binSh: true, defaultUid: 0, hasPasswd: true, hasCaCerts: true };
  if (rest.some((s) => s.startsWith("alpine"))) {
    return { ...base, ...linux, variant: "alpine", libc: "musl", hasCCompiler: false };
  }
  if (rest.some((s) => s.startsWith("windowsservercore") || s.startsWith("nanoserver"))) {
    return { ...base, variant: "windows" };
  }
  const isDebian = rest.every((s) => GOLANG_DEBIAN_SEGMENTS.has(s) || s.length > 0 && [...s].every(isDigit2));
  if (isDebian) {
    return { ...base, ...linux, variant: "debian", libc: "glibc", hasCCompiler: true };
  }
  return base;
}
function busyboxFacts(tag) {
  const facts = {
    ...UNKNOWN_FACTS,
    family: "busybox",
    hasShell: true,
    binSh: true,
    defaultUid: 0,
    hasPasswd: true,
    hasCaCerts: false
  };
  const segments = tag === void 0 ? [] : tag.split("-");
  if (segments.includes("glibc")) {
    facts.variant = "glibc";
    facts.libc = "glibc";
  } else if (segments.includes("musl")) {
    facts.variant = "musl";
    facts.libc = "none";
  } else if (segments.includes("uclibc")) {
    facts.variant = "uclibc";
    facts.libc = "none";
  }
  return facts;
}

// src/model/registries.ts
function unmirror(ref, mirrors) {
  if (ref.registry === void 0) return ref;
  const name = `${ref.registry}/${ref.repository}`;
  const best = pickMirror(name, mirrors, "mirror");
  if (!best) return ref;
  const rest = name.slice(best.mirror.length);
  const upstream = `${best.upstream}${rest}${ref.tag !== void 0 ? `:${ref.tag}` : ""}${ref.digest !== void 0 ? `@${ref.digest}` : ""}`;
  const parsed = parseImageRef(upstream);
  return parsed ? { ...parsed, raw: ref.raw } : ref;
}
function pickMirror(name, mirrors, side) {
  const lower = name.toLowerCase();
  let best;
  for (const m of mirrors ?? []) {
    const prefix = m[side].toLowerCase();
    if ((lower === prefix || lower.startsWith(prefix + "/")) && (!best || prefix.length > best[side].length)) best = m;
  }
  return best;
}
function isRegistryPrefix(text) {
  if (text === "" || text.includes("://") || text.includes("@") || text.endsWith("/")) return false;
  const [host, ...path] = text.split("/");
  if (!(host.includes(".") || host.includes(":") || host === "localhost")) return false;
  if (path.some((p) => p === "" || p.includes(":"))) return false;
  return parseImageRef(`${text}/x`) !== void 0;
}
function throughMirror(text, mirrors) {
  const best = pickMirror(text, mirrors, "upstream");
  return best ? best.mirror + text.slice(best.upstream.length) : text;
}
function isRegistryPattern(text) {
  if (!text.includes("*")) return isRegistryPrefix(text);
  if (text.includes("/")) return false;
  for (const c of text) if (!(c === "*" || c === "." || c === "-" || c === ":" || c >= "a" && c <= "z" || c >= "0" && c <= "9")) return false;
  return text.replace(/\*/g, "x").includes(".");
}

// src/model/paths.ts
function normalize(path) {
  if (isNormal(path)) return path;
  const absolute2 = path.startsWith("/");
  const out = [];
  for (const part of path.split("/")) {
    if (part === "" || part === ".") continue;
    if (part === "..") {
      if (out.length > 0 && out[out.length - 1] !== "..") out.pop();
      else if (!absolute2) out.push("..");
      continue;
    }
    out.push(part);
  }
  const joined = out.join("/");
  return absolute2 ? "/" + joined : joined || ".";
}
function isNormal(p) {
  if (p === "" || p === ".") return false;
  if (p.length > 1 && p.charCodeAt(p.length - 1) === 47) return false;
  for (let i = 0; i < p.length; i++) {
    if (p.charCodeAt(i) !== 47) continue;
    const next = p.charCodeAt(i + 1);
    if (next === 47) return false;
    if (next === 46 && (i + 2 === p.length || p.charCodeAt(i + 2) === 47 || p.charCodeAt(i + 2) === 46 && (i + 3 === p.length || p.charCodeAt(i + 3) === 47))) return false;
  }
  if (p.charCodeAt(0) === 46 && (p.length === 1 || p.charCodeAt(1) === 47 || p.charCodeAt(1) === 46 && (p.length === 2 || p.charCodeAt(2) === 47))) return false;
  return true;
}
function resolvePath(cwd, p) {
  return normalize(p.startsWith("/") ? p : `${cwd}/${p}`);
}
function basename(p) {
  const n = normalize(p);
  const i = n.lastIndexOf("/");
  return i === -1 ? n : n.slice(i + 1);
}
function dirname(p) {
  const n = normalize(p);
  const i = n.lastIndexOf("/");
  if (i <= 0) return i === 0 ? "/" : ".";
  return n.slice(0, i);
}
function isWithin(p, dir) {
  const a = normalize(p);
  const d = normalize(dir);
  return a === d || d === "/" || a.startsWith(d + "/");
}
function globMatch(pattern, path) {
  const ps = normalize(pattern).split("/");
  const xs = normalize(path).split("/");
  if (ps.length !== xs.length) return false;
  return ps.every((seg, i) => segmentMatch(seg, xs[i]));
}
function segmentMatch(p, s) {
  let pi = 0;
  let si = 0;
  let star = -1;
  let mark = 0;
  while (si < s.length) {
    if (pi < p.length && (p[pi] === "?" || p[pi] === s[si])) {
      pi++;
      si++;
    } else if (pi < p.length && p[pi] === "*") {
      star = pi++;
      mark = si;
    } else if (star !== -1) {
      pi = star + 1;
      si = ++mark;
    } else return false;
  }
  while (pi < p.length && p[pi] === "*") pi++;
  return pi === p.length;
}
var hasGlob = (p) => p.includes("*") || p.includes("?") || p.includes("[");
function trimTrailingSlashes(p) {
  let end = p.length;
  while (end > 1 && p[end - 1] === "/") end--;
  return p.slice(0, end);
}
function parentOf(path) {
  const slash = path.lastIndexOf("/");
  return slash === -1 ? "" : path.slice(0, slash);
}
function foldersAbove(file) {
  const out = [];
  for (let dir = parentOf(file); out.length < 64; dir = parentOf(dir)) {
    out.push(dir);
    if (dir === "") break;
  }
  return out;
}
function inFolder(dir, name) {
  return dir === "" ? name : `${dir}/${name}`;
}

// src/model/distro-go.ts
var ALPINE = {
  "3.2": "1.4",
  "3.3": "1.5",
  "3.4": "1.6",
  "3.5": "1.7",
  "3.6": "1.8",
  "3.7": "1.9",
  "3.8": "1.10",
  "3.9": "1.11",
  "3.10": "1.12",
  "3.11": "1.13",
  "3.12": "1.13",
  "3.13": "1.15",
  "3.14": "1.16",
  "3.15": "1.17",
  "3.16": "1.18",
  "3.17": "1.19",
  "3.18": "1.20",
  "3.19": "1.21",
  "3.20": "1.22",
  "3.21": "1.23",
  "3.22": "1.24",
  "3.23": "1.25"
};
var DEBIAN = {
  jessie: "1.3",
  "8": "1.3",
  stretch: "1.7",
  "9": "1.7",
  buster: "1.11",
  "10": "1.11",
  bullseye: "1.15",
  "11": "1.15",
  bookworm: "1.19",
  "12": "1.19",
  trixie: "1.24",
  "13": "1.24"
};
var UBUNTU = {
  "16.04": "1.6",
  xenial: "1.6",
  "18.04": "1.10",
  bionic: "1.10",
  "20.04": "1.13",
  focal: "1.13",
  "22.04": "1.18",
  jammy: "1.18",
  "24.04": "1.22",
  noble: "1.22"
};
function distroOf(family, ref) {
  const tag = ref.tag;
  if (tag === void 0 || ref.digest !== void 0) return void 0;
  if (family === "alpine") {
    const [major, minor] = tag.split("-")[0].split(".");
    return major !== void 0 && minor !== void 0 ? { family, release: `${major}.${minor}` } : void 0;
  }
  if (family === "debian") {
    const head = tag.split("-")[0];
    const release = head.includes(".") ? head.split(".")[0] : head;
    return DEBIAN[release] !== void 0 ? { family, release } : void 0;
  }
  if (family === "ubuntu") {
    const head = tag.split("-")[0];
    return UBUNTU[head] !== void 0 ? { family, release: head } : void 0;
  }
  return void 0;
}
function distroGo(distro) {
  const table = distro.family === "alpine" ? ALPINE : distro.family === "debian" ? DEBIAN : UBUNTU;
  return table[distro.release];
}
function distroName(distro) {
  return `${distro.family} ${distro.release}`;
}

// src/model/golang-tags.ts
var GOLANG_TAGS_CHECKED = "2026-08-19";
var RELEASES = [
  ["1.2", 2, ""],
  ["1.3", 3, "wheezy@3-"],
  ["1.4", 3, "alpine@3- wheezy"],
  ["1.5", 4, "alpine@1- wheezy"],
  ["1.6", 4, "alpine wheezy"],
  ["1.7", 6, "alpine alpine3.4@6- alpine3.5@4- alpine3.6@6- jessie@6- wheezy"],
  ["1.8", 7, "alpine alpine3.5@3- alpine3.6@3- jessie@3- stretch wheezy@-3"],
  ["1.9", 7, "alpine alpine3.6 alpine3.7@2- alpine3.8@7- stretch"],
  ["1.10", 8, "alpine alpine3.7 alpine3.8@3- alpine3.9@8- stretch"],
  ["1.11", 13, "alpine alpine3.10@11- alpine3.7@-5 alpine3.8@-11 alpine3.9@5- buster@12- stretch"],
  ["1.12", 17, "alpine alpine3.10@6- alpine3.11@14- alpine3.9@-14 buster@7- stretch"],
  ["1.13", 15, "alpine alpine3.10@-11 alpine3.11@5- alpine3.12@12- buster stretch"],
  ["1.14", 15, "alpine alpine3.11 alpine3.12@4- alpine3.13@13- buster stretch"],
  ["1.15", 15, "alpine alpine3.12@-13 alpine3.13@6- alpine3.14@13- buster stretch@8-"],
  ["1.16", 15, "alpine alpine3.12@-5 alpine3.13@-10 alpine3.14@5- alpine3.15@10- bullseye@7- buster stretch"],
  ["1.17", 13, "alpine alpine3.13@-3 alpine3.14@-10 alpine3.15@3- alpine3.16@10- bullseye buster stretch@-11"],
  ["1.18", 10, "alpine alpine3.14@-2 alpine3.15@-8 alpine3.16@2- alpine3.17@8- bullseye buster stretch@-3"],
  ["1.19", 13, "alpine alpine3.15@-3 alpine3.16@-9 alpine3.17@3- alpine3.18@9- bookworm@10- bullseye buster@-10"],
  ["1.20", 14, "alpine alpine3.16@-4 alpine3.17@-12 alpine3.18@4- alpine3.19@12- bookworm@5- bullseye buster@-5"],
  ["1.21", 13, "alpine alpine3.17@-5 alpine3.18@-10 alpine3.19@5- alpine3.20@10- bookworm bullseye"],
  ["1.22", 12, "alpine alpine3.18@-3 alpine3.19@-10 alpine3.20@3- alpine3.21@10- bookworm bullseye"],
  ["1.23", 12, "alpine alpine3.19@-4 alpine3.20@-9 alpine3.21@4- alpine3.22@9- bookworm bullseye"],
  ["1.24", 13, "alpine alpine3.20@-3 alpine3.21@-11 alpine3.22@3- alpine3.23@11- bookworm bullseye@-6 trixie@6-"],
  ["1.25", 14, "alpine alpine3.21@-5 alpine3.22@-11 alpine3.23@5- alpine3.24@11- bookworm trixie"],
  ["1.26", 7, "alpine alpine3.22@-4 alpine3.23 alpine3.24@4- bookworm trixie"],
  ["1.27", 0, "alpine alpine3.23 alpine3.24 bookworm trixie"]
];
var FROZEN = {
  wheezy: "1.7.5",
  jessie: "1.8.3",
  onbuild: "1.8.3",
  stretch: "1.18.3",
  buster: "1.20.5",
  bullseye: "1.24.6",
  "alpine3.5": "1.8.3",
  "alpine3.6": "1.9.4",
  "alpine3.7": "1.11.5",
  "alpine3.8": "1.11.5",
  "alpine3.9": "1.12.9",
  "alpine3.10": "1.13.8",
  "alpine3.11": "1.14.7",
  "alpine3.12": "1.16.5",
  "alpine3.13": "1.17.3",
  "alpine3.14": "1.18.2",
  "alpine3.15": "1.19.3",
  "alpine3.16": "1.20.4",
  "alpine3.17": "1.21.5",
  "alpine3.18": "1.22.3",
  "alpine3.19": "1.23.4",
  "alpine3.20": "1.24.3",
  "alpine3.21": "1.25.5",
  "alpine3.22": "1.26.4"
};
var TABLE = new Map(
  RELEASES.map(([minor, newest, variants]) => {
    const map = /* @__PURE__ */ new Map();
    for (const v of variants.split(" ").filter(Boolean)) {
      const [name, range] = v.split("@");
      const [from, to] = range === void 0 ? ["", ""] : range.split("-");
      map.set(name, { from: from ? Number(from) : 0, to: to ? Number(to) : newest });
    }
    return [minor, { minor, newest, variants: map }];
  })
);
var NEWEST_GO_MINOR = RELEASES[RELEASES.length - 1][0];
function goMinor(version) {
  const v = parseGoVersion(version);
  return v?.minor === void 0 ? void 0 : `${v.major}.${v.minor}`;
}
function golangTagPublished(version, suffix) {
  const v = parseGoVersion(version);
  if (!v || v.minor === void 0 || v.preKind !== void 0) return false;
  const release = TABLE.get(`${v.major}.${v.minor}`);
  if (!release) {
    const newer = (compareGoVersions(version, NEWEST_GO_MINOR) ?? -1) > 0;
    if (!newer) return false;
    return suffix === "" || suffix === "alpine" ? true : void 0;
  }
  const patch = v.patch === void 0 ? void 0 : Number(v.patch);
  if (patch !== void 0 && patch > release.newest) return false;
  if (suffix === "") return true;
  const range = release.variants.get(suffix);
  if (!range) return false;
  return patch === void 0 || patch >= range.from && patch <= range.to;
}
function golangVariants(minor) {
  return [...TABLE.get(minor)?.variants.keys() ?? []];
}
function bareTagGo(suffix) {
  const frozen = FROZEN[suffix];
  if (frozen !== void 0) return { version: frozen, floating: false };
  if (suffix === "" || suffix === "latest" || TABLE.get(NEWEST_GO_MINOR)?.variants.has(suffix)) return { version: NEWEST_GO_MINOR, floating: true };
  return void 0;
}
var DEBIAN_ORDER = ["wheezy", "jessie", "stretch", "buster", "bullseye", "bookworm", "trixie"];
function closestGolangVariant(version, suffix) {
  if (golangTagPublished(version, suffix) === true) return suffix;
  const minor = goMinor(version);
  if (minor === void 0) return void 0;
  const published = golangVariants(minor).filter((v) => golangTagPublished(version, v) === true);
  if (suffix.startsWith("alpine")) {
    const want = alpineNumber(suffix);
    const candidates = published.filter((v) => v.startsWith("alpine3.") && alpineNumber(v) >= want).sort((a, b) => alpineNumber(a) - alpineNumber(b));
    return candidates[0] ?? (golangTagPublished(version, "alpine") === true ? "alpine" : void 0);
  }
  const rank = DEBIAN_ORDER.indexOf(suffix);
  if (rank === -1) return void 0;
  return DEBIAN_ORDER.slice(rank + 1).find((d) => published.includes(d));
}
function alpineNumber(suffix) {
  const minor = Number(suffix.slice("alpine3.".length));
  return suffix.startsWith("alpine3.") && Number.isInteger(minor) ? minor : 0;
}

// src/model/vars.ts
var isNameStart2 = (c) => c >= "A" && c <= "Z" || c >= "a" && c <= "z" || c === "_";
var isNameChar2 = (c) => isNameStart2(c) || c >= "0" && c <= "9";
var MAX_DEPTH = 64;
function expand(text, scope, escapeChar = "\\", depth = 0) {
  if (text.indexOf("$") === -1) return lit(text);
  const out = new Parts();
  let i = 0;
  while (i < text.length) {
    let j = i;
    while (j < text.length && text[j] !== "$" && !(text[j] === escapeChar && text[j + 1] === "$")) j++;
    if (j > i) {
      out.literal(text.slice(i, j));
      i = j;
      if (i >= text.length) break;
    }
    if (text[i] === escapeChar && text[i + 1] === "$") {
      out.literal("$");
      i += 2;
      continue;
    }
    const next = text[i + 1];
    if (next === "{") {
      const close = findClosingBrace(text, i + 2);
      if (close === -1) {
        out.literal(text.slice(i));
        break;
      }
      expandBraced(text.slice(i + 2, close), scope, escapeChar, depth, out);
      i = close + 1;
    } else if (next !== void 0 && isNameStart2(next)) {
      let k = i + 1;
      while (k < text.length && isNameChar2(text[k])) k++;
      const name = text.slice(i + 1, k);
      i = k;
      const v = scope.get(name);
      if (v && !v.known) out.unknown(name);
      else if (v) out.literal(v.value);
    } else {
      out.literal("$");
      i++;
    }
  }
  return out.done();
}
function expandWord(text, scope, escapeChar = "\\") {
  if (text.indexOf('"') === -1 && text.indexOf("'") === -1 && text.indexOf(escapeChar) === -1) return expand(text, scope, escapeChar);
  const out = new Parts();
  let pending = "";
  const flush = () => {
    if (pending) out.append(expand(pending, scope, escapeChar));
    pending = "";
  };
  let quote;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quote === "'") {
      if (c === "'") quote = void 0;
      else {
        flush();
        out.literal(c);
      }
    } else if (c === "$" && text[i + 1] === "{") {
      const close = findClosingBrace(text, i + 2);
      pending += close === -1 ? text.slice(i) : text.slice(i, close + 1);
      i = close === -1 ? text.length : close;
    } else if (c === escapeChar && i + 1 < text.length) {
      const next = text[i + 1];
      if (quote === '"' && next !== '"' && next !== "$" && next !== escapeChar) pending += c;
      else {
        flush();
        out.literal(next);
        i++;
      }
    } else if (quote === void 0 && (c === '"' || c === "'")) quote = c;
    else if (quote === '"' && c === '"') quote = void 0;
    else pending += c;
  }
  flush();
  return out.done();
}
function expandBraced(inner, scope, escapeChar, depth, out) {
  let n = 0;
  while (n < inner.length && isNameChar2(inner[n])) n++;
  const name = inner.slice(0, n);
  const rest = inner.slice(n);
  if (!name) {
    out.literal("${" + inner + "}");
    return;
  }
  const v = scope.get(name);
  const op = rest.startsWith(":-") || rest.startsWith(":+") ? rest.slice(0, 2) : rest.startsWith("-") || rest.startsWith("+") ? rest[0] : "";
  if (op === "" && rest !== "" || v && !v.known || op !== "" && depth >= MAX_DEPTH) {
    out.unknown(name);
    return;
  }
  const set = v !== void 0;
  const value2 = v && v.known ? v.value : "";
  const word = () => expand(rest.slice(op.length), scope, escapeChar, depth + 1);
  if (op === ":-") out.append(set && value2 !== "" ? lit(value2) : word());
  else if (op === "-") out.append(set ? lit(value2) : word());
  else if (op === ":+") out.append(set && value2 !== "" ? word() : lit(""));
  else if (op === "+") out.append(set ? word() : lit(""));
  else out.literal(value2);
}
var Parts = class {
  parts = [];
  text = "";
  literal(s) {
    this.text += s;
  }
  unknown(name) {
    if (this.text) this.parts.push(this.text);
    this.text = "";
    this.parts.push({ unknown: name });
  }
  append(sub) {
    for (const p of sub.parts) {
      if (typeof p === "string") this.literal(p);
      else this.unknown(p.unknown);
    }
  }
  done() {
    if (this.text) this.parts.push(this.text);
    let known3 = true;
    let value2 = "";
    for (const p of this.parts) {
      if (typeof p === "string") value2 += p;
      else {
        known3 = false;
        value2 += "${" + p.unknown + "}";
      }
    }
    return { value: value2, known: known3, parts: this.parts };
  }
};
function lit(value2) {
  return { value: value2, known: true, parts: value2 ? [value2] : [] };
}
function findClosingBrace(text, from) {
  let depth = 1;
  for (let i = from; i < text.length; i++) {
    if (text[i] === "{") depth++;
    else if (text[i] === "}" && --depth === 0) return i;
  }
  return -1;
}
function matchesExpansion(e, candidate) {
  if (e.known) return e.value === candidate;
  const pieces = e.parts;
  let pos = 0;
  for (let k = 0; k < pieces.length; k++) {
    const p = pieces[k];
    if (typeof p !== "string") continue;
    const anchoredStart = k === 0;
    const anchoredEnd = k === pieces.length - 1;
    if (anchoredStart) {
      if (!candidate.startsWith(p)) return false;
      pos = p.length;
    } else if (anchoredEnd) {
      if (!candidate.endsWith(p) || candidate.length - p.length < pos) return false;
      pos = candidate.length;
    } else {
      const at = candidate.indexOf(p, pos);
      if (at === -1) return false;
      pos = at + p.length;
    }
  }
  return true;
}
function bindingOf(e, candidate) {
  const unknowns = e.parts.filter((p) => typeof p !== "string");
  if (unknowns.length !== 1) return void 0;
  const at = e.parts.indexOf(unknowns[0]);
  const before = e.parts.slice(0, at).join("");
  const after = e.parts.slice(at + 1).join("");
  if (candidate.length < before.length + after.length + 1 || !candidate.startsWith(before) || !candidate.endsWith(after)) return void 0;
  return { name: unknowns[0].unknown, value: candidate.slice(before.length, candidate.length - after.length) };
}

// src/model/go-version.ts
function goVersionAtLeast(fact, min) {
  if (!fact) return void 0;
  const c = compareGoVersions(fact.version, min);
  if (c === void 0) return void 0;
  if (c >= 0) return true;
  return fact.atLeast ? void 0 : false;
}
function golangTagGo(tag, image) {
  const facts = imageFacts({ raw: image, repository: "golang", tag });
  if (facts.goVersion !== void 0) {
    const v = parseGoVersion(facts.goVersion);
    if (v?.minor === void 0) return floating("", image);
    return { version: facts.goVersion, source: image, toolchainDefault: "local" };
  }
  if (tag !== void 0 && (tag === "tip" || tag.startsWith("tip-") || tag === "rc" || tag.startsWith("rc-"))) return floating("", image);
  return floating(tag === void 0 || tag === "latest" ? "" : tag, image);
}
function floating(suffix, image) {
  const known3 = bareTagGo(suffix);
  if (!known3) return void 0;
  return { version: known3.version, atLeast: known3.floating, source: image, toolchainDefault: "local" };
}
function baseGo(stage) {
  const base = stage.base;
  if (base.kind === "stage") {
    const all = base.candidates.map((c) => c.goVersion);
    const first = all[0];
    return first && all.every((v) => v && v.version === first.version && v.atLeast === first.atLeast) ? first : void 0;
  }
  if (base.kind !== "image") return void 0;
  if (base.facts.family === "golang") return golangTagGo(base.ref.tag, stage.imageText);
  if (base.facts.family === "chainguard" && base.facts.hasGoToolchain) {
    const v = base.facts.goVersion;
    return v && parseGoVersion(v)?.minor !== void 0 ? { version: v, source: stage.imageText, toolchainDefault: "auto" } : void 0;
  }
  return void 0;
}
function baseHasGo(stage) {
  const base = stage.base;
  if (base.kind === "stage") return base.candidates.every((c) => c.index < stage.index && (c.goInstall !== void 0 || c.goBase === true)) ? true : "unknown";
  if (base.kind === "scratch") return false;
  if (base.kind === "unknown") return "unknown";
  if (base.facts.hasGoToolchain) return true;
  return base.facts.family === "other" ? "unknown" : false;
}
function assignGoVersions(stages, lineOf2) {
  for (const stage of stages) {
    let current = baseGo(stage);
    const hasGo = baseHasGo(stage);
    stage.goBase = hasGo;
    const events = [
      ...stage.runs.map((run) => ({ at: run.span.start, run })),
      ...stage.copies.map((copy) => ({ at: copy.span.start, copy }))
    ].sort((a, b) => a.at - b.at);
    for (const e of events) {
      const install = e.run ? runInstall(stage, e.run, hasGo) : e.copy ? copyInstall(e.copy) : void 0;
      if (install) {
        install.line = lineOf2(install.at);
        stage.goInstall ??= install;
        if (install.replaces) current = install.version;
      }
      if (e.run) e.run.goVersion = current;
    }
    stage.goVersion = current;
  }
}
var APK_VALUE_FLAGS = /* @__PURE__ */ new Set(["-t", "--virtual", "-X", "--repository", "--repositories-file", "-p", "--root", "--arch", "--keys-dir", "--cache-dir"]);
var APT_VALUE_FLAGS = /* @__PURE__ */ new Set(["-t", "--target-release", "-o", "--option", "-c", "--config-file"]);
function runInstall(stage, run, hasGo) {
  for (const command of run.commands) {
    const words2 = command.words.map((w) => w.text);
    const tool = basename(words2[0] ?? "");
    if (tool === "apk" && words2.includes("add")) {
      const pkg = packages(words2.slice(words2.indexOf("add") + 1), APK_VALUE_FLAGS).find((p) => p === "go" || p.startsWith("go=") || p.startsWith("go~"));
      if (pkg !== void 0) return distroInstall(stage, run, hasGo, "apk add go", pkg.length > 3 ? pkg.slice(3) : void 0, words2.some((w) => w === "-X" || w.startsWith("--repository")));
    }
    if ((tool === "apt-get" || tool === "apt") && words2.includes("install")) {
      const args = words2.slice(words2.indexOf("install") + 1);
      for (const p of packages(args, APT_VALUE_FLAGS)) {
        const name = p.split("=")[0];
        const versioned = /^golang-(1\.[0-9]+)(-go)?$/.exec(name);
        if (versioned) return { at: run.span.start, how: `apt-get install ${name}`, replaces: hasGo !== true, version: { version: versioned[1], source: `the ${name} package` } };
        if (name === "golang" || name === "golang-go") {
          const backports = args.some((a, i) => (a === "-t" || a === "--target-release") && args[i + 1] !== void 0) || args.some((a) => a.startsWith("--target-release="));
          return distroInstall(stage, run, hasGo, `apt-get install ${name}`, void 0, backports);
        }
      }
    }
    for (const w of command.words) {
      const tarball = tarballVersion(expand(w.text, run.scope).value);
      if (tarball) return { at: run.span.start, how: `the go${tarball} tarball`, replaces: true, version: { version: tarball, source: `the go${tarball} tarball`, toolchainDefault: "auto" } };
    }
  }
  return void 0;
}
function packages(args, valueFlags) {
  const out = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (valueFlags.has(a)) i++;
    else if (!a.startsWith("-")) out.push(a);
  }
  return out;
}
function distroInstall(stage, run, hasGo, how, pinned, otherRepository) {
  const install = { at: run.span.start, how, replaces: hasGo !== true && !stage.goInstall };
  if (!install.replaces) return install;
  const distro = rootDistro(stage);
  const pinnedMinor = pinned === void 0 ? void 0 : minorOf(pinned.split("-")[0]);
  if (pinnedMinor) install.version = { version: pinnedMinor, source: `${how}=${pinned}` };
  else if (distro && !otherRepository) {
    const minor = distroGo(distro);
    if (minor) install.version = { version: minor, source: `${how} on ${distroName(distro)}`, ...distro.family === "alpine" ? { toolchainDefault: "local" } : {} };
  }
  return install;
}
function minorOf(version) {
  const v = parseGoVersion(version);
  return v?.minor === void 0 ? void 0 : `${v.major}.${v.minor}`;
}
function rootDistro(stage) {
  let s = stage;
  for (let n = 0; s.base.kind === "stage" && n < 64; n++) s = s.base.stage;
  return s.base.kind === "image" ? distroOf(s.base.facts.family, s.base.ref) : void 0;
}
function tarballVersion(text) {
  const at = text.indexOf(".linux-");
  if (at === -1 || !text.includes(".tar.gz")) return void 0;
  const start = text.lastIndexOf("/go", at);
  const name = start === -1 ? text.startsWith("go") ? text.slice(2, at) : void 0 : text.slice(start + 3, at);
  return name !== void 0 && parseGoVersion(name)?.minor !== void 0 ? name : void 0;
}
function copyInstall(copy) {
  if (copy.fromImage === void 0 || !copy.fromImageKnown) return void 0;
  if (!copy.sources.some((s) => s.known && s.text.replace(/\/+$/, "") === "/usr/local/go")) return void 0;
  const ref = parseImageRef(copy.fromImage);
  if (!ref || imageFacts(ref).family !== "golang") return void 0;
  return { at: copy.span.start, how: `COPY --from=${copy.fromImage}`, replaces: true, version: golangTagGo(ref.tag, copy.fromImage) };
}
function effectiveGoVersion(run, goMod) {
  const local = run.goVersion;
  if (!local || goVersionAtLeast(local, "1.21") !== true) return local;
  const setting = run.scope.get("GOTOOLCHAIN");
  const mode = setting === void 0 ? local.toolchainDefault ?? "local" : setting.known ? setting.value : "local";
  const [name, switching] = mode.split("+");
  let result = local;
  const named2 = toolchainGoVersion(name);
  if (named2) result = { ...local, version: named2, atLeast: false, source: `GOTOOLCHAIN=${mode}` };
  if (mode !== "auto" && switching !== "auto") return result;
  for (const [floor, what] of [[goMod?.goVersion, "go"], [goMod?.toolchain && toolchainGoVersion(goMod.toolchain), "toolchain"]]) {
    if (floor && (compareGoVersions(floor, result.version) ?? 0) > 0) result = { ...result, version: floor, source: `go.mod's ${what} line (GOTOOLCHAIN=${mode})` };
  }
  return result;
}

// src/model/lineage.ts
function foldLineage(memo2, stage, f) {
  const known3 = memo2.get(stage);
  if (known3 !== void 0 || memo2.has(stage)) return known3;
  const todo = [];
  const seen = /* @__PURE__ */ new Set();
  const stack = [stage];
  while (stack.length > 0) {
    const s = stack.pop();
    if (seen.has(s) || memo2.has(s)) continue;
    seen.add(s);
    todo.push(s);
    if (s.base.kind === "stage") for (const c of s.base.candidates) stack.push(c);
  }
  todo.sort((a, b) => a.index - b.index);
  for (const s of todo) {
    const bases = s.base.kind === "stage" ? s.base.candidates.filter((c) => c.index < s.index).map((c) => memo2.get(c)) : [];
    memo2.set(s, f(s, bases));
  }
  return memo2.get(stage);
}
var factsMemo = /* @__PURE__ */ new WeakMap();
var SCRATCH = scratchFacts();
function rootFacts(stage) {
  if (stage.base.kind === "image") return stage.base.facts;
  if (stage.base.kind === "scratch") return SCRATCH;
  if (stage.base.kind === "unknown") return void 0;
  return foldLineage(factsMemo, stage, (s, bases) => {
    switch (s.base.kind) {
      case "scratch":
        return SCRATCH;
      case "image":
        return s.base.facts;
      case "unknown":
        return void 0;
      case "stage": {
        if (bases.length === 0 || bases.some((f) => f === void 0)) return void 0;
        return bases.reduce((a, b) => a && b && sameRuntime(a, b) ? a : void 0);
      }
    }
  });
}
function sameRuntime(a, b) {
  return a.family === b.family && a.libc === b.libc && a.hasShell === b.hasShell && a.binSh === b.binSh && a.defaultUid === b.defaultUid && a.minimal === b.minimal && a.debug === b.debug && a.hasPasswd === b.hasPasswd && a.hasCaCerts === b.hasCaCerts;
}
function stageLineage(stage, limit = Infinity) {
  const out = [stage];
  const seen = new Set(out);
  for (let i = 0; i < out.length && out.length < limit; i++) {
    const base = out[i].base;
    if (base.kind !== "stage") continue;
    for (const c of base.candidates) {
      if (seen.has(c)) continue;
      seen.add(c);
      out.push(c);
    }
  }
  return out;
}
var usersMemo = /* @__PURE__ */ new WeakMap();
function effectiveUsers(stage) {
  if (stage.user) return [stage.user];
  if (stage.base.kind !== "stage") return [void 0];
  const users = foldLineage(usersMemo, stage, (s, bases) => {
    if (s.user) return [s.user];
    if (bases.length === 0) return [void 0];
    const out = [];
    for (const u of bases.flat()) if (!out.includes(u)) out.push(u);
    return out;
  });
  return [...users];
}
function lineageInstructions(stage) {
  return stageLineage(stage).sort((a, b) => a.index - b.index).flatMap((s) => s.instructions);
}
var outputsMemo = /* @__PURE__ */ new WeakMap();
function isKnownFile(model, copy, path) {
  if (copy.fromStage === void 0) return false;
  let outputs = outputsMemo.get(model);
  if (!outputs) {
    outputs = /* @__PURE__ */ new Map();
    for (const b of model.goBuilds) {
      if (b.output === void 0) continue;
      const set = outputs.get(b.stage) ?? /* @__PURE__ */ new Set();
      set.add(b.output);
      outputs.set(b.stage, set);
    }
    outputsMemo.set(model, outputs);
  }
  return outputs.get(copy.fromStage)?.has(path) === true;
}
function heredocName(source) {
  if (!source.startsWith("<<")) return void 0;
  let name = source.slice(source[2] === "-" ? 3 : 2);
  if (name.length >= 2 && (name[0] === '"' || name[0] === "'") && name[name.length - 1] === name[0]) name = name.slice(1, -1);
  return name.length > 0 ? name : void 0;
}
function copyPlaces(model, copy, path) {
  if (copy.dest === void 0) return "maybe";
  const target = normalize(path);
  const dest = normalize(copy.dest);
  const destIsDir = copy.dest.endsWith("/") || copy.sources.length > 1;
  let result = "no";
  for (const src of copy.sources) {
    const inline = copy.heredoc ? heredocName(src.text) : void 0;
    if (inline !== void 0) {
      if ((destIsDir ? resolvePath(dest, inline) : dest) === target) return "yes";
      continue;
    }
    if (!src.known || hasGlob(src.text)) {
      if (isWithin(target, dest)) result = "maybe";
      continue;
    }
    const from = resolvePath("/", src.text);
    if (!destIsDir && dest === target || resolvePath(dest, basename(from)) === target) return "yes";
    if (target !== dest && isWithin(target, dest) && !isKnownFile(model, copy, from)) result = "maybe";
  }
  return result;
}
function placedIn(model, stages, path, before = Infinity) {
  let result = "no";
  for (const stage of stages) {
    for (const copy of stage.copies) {
      if (copy.span.start >= before) continue;
      const p = copyPlaces(model, copy, path);
      if (p === "yes") return "yes";
      if (p === "maybe") result = "maybe";
    }
  }
  return result;
}
function stagePlatform(stage) {
  let s = stage;
  for (let n = 0; n < 64; n++) {
    if (s.platform) return s.platform;
    if (s.base.kind !== "stage" || s.base.stage.index >= s.index) return void 0;
    s = s.base.stage;
  }
  return void 0;
}

// src/model/context-files.ts
function contextPathOf(model, stage, path, run) {
  const target = normalize(path);
  const context = model.workspace?.context;
  if (!context) return void 0;
  for (const m of run?.mounts ?? []) {
    if (m.type !== "bind" || m.from !== void 0 || m.target === void 0) continue;
    const mountAt = resolvePath(run?.workdir ?? "/", m.target);
    if (!isWithin(target, mountAt)) continue;
    const found = inContext(context, m.source ?? ".", target.slice(mountAt.length));
    if (found !== void 0) return found;
  }
  for (const s of stageLineage(stage)) {
    const copies = s === stage && run ? s.copies.filter((c) => c.span.start < run.span.start) : s.copies;
    for (let k = copies.length - 1; k >= 0; k--) {
      const found = copiedFrom(context, copies[k], target);
      if (found !== void 0) return found;
    }
  }
  return void 0;
}
function copiedFrom(context, copy, target) {
  if (copy.fromStage || copy.fromImage !== void 0 || copy.heredoc || copy.dest === void 0) return void 0;
  const dest = normalize(copy.dest);
  const destIsDir = copy.dest.endsWith("/") || copy.sources.length > 1;
  for (const src of copy.sources) {
    if (!src.known || hasGlob(src.text) || src.text.includes("://")) continue;
    const source = contextRelative(src.text);
    const kind = context.kind(source);
    if (kind === "dir") {
      if (isWithin(target, dest)) {
        const found = inContext(context, source, target.slice(dest.length));
        if (found !== void 0) return found;
      }
    } else if (kind === "file") {
      const landed = destIsDir ? resolvePath(dest, source.slice(source.lastIndexOf("/") + 1)) : dest;
      if (landed === target) return source;
    }
  }
  return void 0;
}
function inContext(context, dir, rest) {
  const base = contextRelative(dir);
  const tail = rest.replace(/^\/+/, "");
  const path = base === "" ? tail : tail === "" ? base : `${base}/${tail}`;
  return context.kind(path) === "file" ? path : void 0;
}
function contextRelative(source) {
  const n = normalize(source.startsWith("/") ? source : `/${source}`);
  return n === "/" ? "" : n.slice(1);
}
var filesMemo = /* @__PURE__ */ new WeakMap();
function otherFile(tree, treePath, repositoryPath2) {
  let byPath = filesMemo.get(tree);
  if (!byPath) filesMemo.set(tree, byPath = /* @__PURE__ */ new Map());
  let file = byPath.get(treePath);
  if (file === void 0) {
    const text = tree.read(treePath);
    file = text === void 0 ? null : { path: repositoryPath2, text, lineStarts: computeLineStarts(text) };
    byPath.set(treePath, file);
  }
  return file ?? void 0;
}
function repositoryPath(ws, contextPath) {
  return ws.contextPath === "" ? contextPath : contextPath === "" ? ws.contextPath : `${ws.contextPath}/${contextPath}`;
}
function stageLocator(model, stage, run) {
  const ws = model.workspace;
  if (!ws) return void 0;
  return {
    open(path) {
      const found = contextPathOf(model, stage, path, run);
      return found === void 0 ? void 0 : otherFile(ws.context, found, repositoryPath(ws, found));
    }
  };
}
function contextLocator(ws) {
  return {
    open(path) {
      const found = contextRelative(path);
      return otherFile(ws.context, found, repositoryPath(ws, found));
    }
  };
}

// src/model/make-expand.ts
var MAX_DEPTH2 = 32;
var MAX_OUTPUT = 64 * 1024;
function expandMake(text, scope) {
  const out = new Output();
  expandInto(text, scope, out, 0);
  return out.result();
}
function expandMapped(text, offsets, scope) {
  const out = new Output();
  const map = [];
  const substitutions = [];
  let i = 0;
  while (i < text.length) {
    const dollar = text.indexOf("$", i);
    const stop = dollar === -1 ? text.length : dollar;
    for (let k = i; k < stop; k++) map.push(offsets[k]);
    out.add(text.slice(i, stop));
    if (dollar === -1) break;
    const ref = readReference(text, dollar);
    const before = out.length;
    if (ref.literal !== void 0) out.add(ref.literal);
    else expandReference(ref.body, scope, out, 1);
    const added = out.length - before;
    const start = offsets[dollar];
    const last = offsets[ref.end - 1];
    for (let k = 0; k < added; k++) map.push(k === added - 1 && k > 0 ? last : start);
    if (ref.literal === void 0) {
      const v = out.text.slice(before);
      substitutions.push({ start, end: last + 1, oneWord: v.length > 0 && !/[\s"'\\`]/.test(v) });
    }
    i = ref.end;
  }
  return { value: out.result(), map: Int32Array.from(map.slice(0, out.length)), substitutions };
}
var Output = class {
  text = "";
  known = true;
  get length() {
    return this.text.length;
  }
  add(s) {
    if (this.text.length + s.length > MAX_OUTPUT) {
      this.known = false;
      return;
    }
    this.text += s;
  }
  /** A part that cannot be known, kept as a reference the shell will not know either. */
  unknown(body) {
    this.known = false;
    this.add(`$(${body})`);
  }
  result() {
    return { value: this.text, known: this.known };
  }
};
function readReference(text, i) {
  const next = text[i + 1];
  if (next === void 0) return { literal: "$", body: "", end: i + 1 };
  if (next === "$") return { literal: "$", body: "", end: i + 2 };
  if (next !== "(" && next !== "{") return { body: next, end: i + 2 };
  const close = next === "(" ? ")" : "}";
  let depth = 0;
  for (let k = i + 1; k < text.length; k++) {
    if (text[k] === next) depth++;
    else if (text[k] === close && --depth === 0) return { body: text.slice(i + 2, k), end: k + 1 };
  }
  return { body: text.slice(i + 2), end: text.length };
}
function expandInto(text, scope, out, depth) {
  let i = 0;
  while (i < text.length) {
    const dollar = text.indexOf("$", i);
    if (dollar === -1) {
      out.add(text.slice(i));
      return;
    }
    out.add(text.slice(i, dollar));
    const ref = readReference(text, dollar);
    if (ref.literal !== void 0) out.add(ref.literal);
    else expandReference(ref.body, scope, out, depth + 1);
    i = ref.end;
  }
}
function expandReference(body, scope, out, depth) {
  if (depth > MAX_DEPTH2) return out.unknown(body);
  const space = body.search(/[ \t]/);
  const fn = space === -1 ? void 0 : FUNCTIONS[body.slice(0, space)];
  if (fn) return fn(splitArgs(body.slice(space + 1)), scope, out, depth);
  const colonAt = body.indexOf(":");
  if (space !== -1 && (colonAt === -1 || space < colonAt)) return out.unknown(body);
  const colon = topLevelIndex(body, ":");
  const nameText = colon === -1 ? body : body.slice(0, colon);
  const name = expandMake1(nameText, scope, depth);
  if (!name.known) return out.unknown(body);
  const value2 = variableValue(name.value, scope, depth);
  if (!value2.known && value2.value === "") return out.unknown(body);
  if (colon === -1) {
    out.add(value2.value);
    if (!value2.known) out.known = false;
    return;
  }
  const eq = body.indexOf("=", colon);
  if (eq === -1 || !value2.known) return out.unknown(body);
  const from = expandMake1(body.slice(colon + 1, eq), scope, depth);
  const to = expandMake1(body.slice(eq + 1), scope, depth);
  if (!from.known || !to.known) return out.unknown(body);
  const pattern = from.value.includes("%") ? from.value : `%${from.value}`;
  const replacement = from.value.includes("%") ? to.value : `%${to.value}`;
  out.add(words(value2.value).map((w) => patsubstWord(w, pattern, replacement)).join(" "));
}
function expandMake1(text, scope, depth) {
  const out = new Output();
  expandInto(text, scope, out, depth);
  return out.result();
}
function variableValue(name, scope, depth) {
  const automatic = automaticValue(name, scope);
  if (automatic !== void 0) return { value: automatic, known: true };
  if (name.length === 1 && AUTOMATIC.has(name)) return { value: "", known: false };
  const v = scope.lookup(name);
  if (!v) return { value: "", known: true };
  if (!v.known) return { value: "", known: false };
  return v.flavor === "simple" ? { value: v.text, known: true } : expandMake1(v.text, scope, depth + 1);
}
var AUTOMATIC = /* @__PURE__ */ new Set(["@", "<", "^", "+", "*", "?", "|", "%"]);
function automaticValue(name, scope) {
  const auto = scope.automatic;
  if (!auto) return void 0;
  if (name.length === 1) return auto[name];
  if (name.length === 2 && (name[1] === "D" || name[1] === "F") && AUTOMATIC.has(name[0])) {
    const v = auto[name[0]];
    if (v === void 0) return void 0;
    return words(v).map((w) => {
      const slash = w.lastIndexOf("/");
      if (name[1] === "F") return slash === -1 ? w : w.slice(slash + 1);
      return slash === -1 ? "." : w.slice(0, slash) || "/";
    }).join(" ");
  }
  return void 0;
}
function splitArgs(text) {
  const args = [];
  let depth = 0;
  let start = 0;
  for (let k = 0; k < text.length; k++) {
    const c = text[k];
    if (c === "(" || c === "{") depth++;
    else if ((c === ")" || c === "}") && depth > 0) depth--;
    else if (c === "," && depth === 0) {
      args.push(text.slice(start, k));
      start = k + 1;
    }
  }
  args.push(text.slice(start));
  return args;
}
function topLevelIndex(text, c) {
  let depth = 0;
  for (let k = 0; k < text.length; k++) {
    const ch = text[k];
    if (ch === "(" || ch === "{") depth++;
    else if ((ch === ")" || ch === "}") && depth > 0) depth--;
    else if (ch === c && depth === 0) return k;
  }
  return -1;
}
function words(s) {
  return s.split(/[ \t\n]+/).filter((w) => w !== "");
}
function patternStem(pattern, word) {
  const pct = pattern.indexOf("%");
  if (pct === -1) return pattern === word ? "" : void 0;
  const prefix = pattern.slice(0, pct);
  const suffix = pattern.slice(pct + 1);
  if (word.length < prefix.length + suffix.length || !word.startsWith(prefix) || !word.endsWith(suffix)) return void 0;
  return word.slice(prefix.length, word.length - suffix.length);
}
function patsubstWord(word, pattern, replacement) {
  const stem = patternStem(pattern, word);
  if (stem === void 0) return word;
  return replacement.includes("%") ? replacement.replace("%", stem) : replacement;
}
function knownArgs(args, scope, depth) {
  const values = [];
  for (const a of args) {
    const v = expandMake1(a, scope, depth);
    if (!v.known) return void 0;
    values.push(v.value);
  }
  return values;
}
function pure(arity, f) {
  return (args, scope, out, depth) => {
    const values = args.length >= arity ? knownArgs(args, scope, depth) : void 0;
    if (!values) return out.unknown("function");
    out.add(f(values));
  };
}
var eachWord = (f) => pure(1, ([s]) => words(s).map(f).join(" "));
var dirOf = (w) => w.includes("/") ? w.slice(0, w.lastIndexOf("/") + 1) : "./";
var notdirOf = (w) => w.slice(w.lastIndexOf("/") + 1);
var FUNCTIONS = {
  subst: pure(3, ([from, to, text]) => from === "" ? text : text.split(from).join(to)),
  patsubst: pure(3, ([p, r, text]) => words(text).map((w) => patsubstWord(w, p, r)).join(" ")),
  strip: pure(1, ([s]) => words(s).join(" ")),
  findstring: pure(2, ([find, s]) => s.includes(find) ? find : ""),
  filter: pure(2, ([p, s]) => words(s).filter((w) => words(p).some((q) => patternStem(q, w) !== void 0)).join(" ")),
  "filter-out": pure(2, ([p, s]) => words(s).filter((w) => !words(p).some((q) => patternStem(q, w) !== void 0)).join(" ")),
  sort: pure(1, ([s]) => [...new Set(words(s))].sort().join(" ")),
  word: pure(2, ([n, s]) => words(s)[Number(n) - 1] ?? ""),
  words: pure(1, ([s]) => String(words(s).length)),
  firstword: pure(1, ([s]) => words(s)[0] ?? ""),
  lastword: pure(1, ([s]) => words(s).slice(-1)[0] ?? ""),
  dir: eachWord(dirOf),
  notdir: eachWord(notdirOf),
  basename: eachWord((w) => notdirOf(w).includes(".") ? w.slice(0, w.lastIndexOf(".")) : w),
  suffix: eachWord((w) => notdirOf(w).includes(".") ? w.slice(w.lastIndexOf(".")) : ""),
  addprefix: pure(2, ([p, s]) => words(s).map((w) => p + w).join(" ")),
  addsuffix: pure(2, ([p, s]) => words(s).map((w) => w + p).join(" ")),
  info: () => void 0,
  warning: () => void 0,
  if: (args, scope, out, depth) => {
    const cond = expandMake1(args[0] ?? "", scope, depth);
    if (!cond.known) return out.unknown("if");
    const branch = cond.value.trim() !== "" ? args[1] : args.slice(2).join(",");
    if (branch !== void 0) expandInto(branch, scope, out, depth);
  },
  or: (args, scope, out, depth) => {
    for (const a of args) {
      const v = expandMake1(a, scope, depth);
      if (!v.known) return out.unknown("or");
      if (v.value.trim() !== "") return out.add(v.value);
    }
  },
  and: (args, scope, out, depth) => {
    let last = "";
    for (const a of args) {
      const v = expandMake1(a, scope, depth);
      if (!v.known) return out.unknown("and");
      if (v.value.trim() === "") return;
      last = v.value;
    }
    out.add(last);
  }
};

// src/model/makefile.ts
var MAX_INCLUDES = 16;
var MAX_LINES = 2e4;
function readMakefile(file, invocation, open) {
  const mk = { vars: /* @__PURE__ */ new Map(), rules: /* @__PURE__ */ new Map(), patternRules: [], targetVars: /* @__PURE__ */ new Map(), exports: /* @__PURE__ */ new Map(), inherited: /* @__PURE__ */ new Set([...invocation.env.keys(), ...invocation.overrides.keys()]), exportAll: false, oneShell: false };
  for (const [name, v] of invocation.env) mk.vars.set(name, { flavor: "simple", text: v.value, known: v.known, origin: "environment" });
  mk.vars.set("MAKE", { flavor: "simple", text: "make", known: true, origin: "default" });
  mk.vars.set("CURDIR", { flavor: "simple", text: invocation.curdir, known: true, origin: "default" });
  mk.vars.set("SHELL", { flavor: "simple", text: "/bin/sh", known: true, origin: "default" });
  for (const [name, v] of invocation.overrides) mk.vars.set(name, { flavor: "simple", text: v.value, known: v.known, origin: "command line" });
  const reader = new Reader(mk, open);
  reader.read(file);
  const goal = mk.vars.get(".DEFAULT_GOAL");
  if (goal && goal.known && goal.text.trim() !== "") mk.defaultGoal = expandMake(goal.text, reader.scope()).value.trim() || mk.defaultGoal;
  return mk;
}
var Reader = class {
  constructor(mk, open) {
    this.mk = mk;
    this.open = open;
  }
  mk;
  open;
  branches = [];
  includes = 0;
  lines = 0;
  /** The rules the last rule line started; recipe lines go to them. */
  current;
  /** Where the logical line being read starts, and its text when it is one physical line. */
  origin = { start: 0 };
  scope() {
    return { lookup: (name) => this.mk.vars.get(name) };
  }
  read(file) {
    const text = file.text;
    let pos = 0;
    this.current = void 0;
    while (pos < text.length && this.lines++ < MAX_LINES) {
      if (text[pos] === "	" && this.current !== void 0) {
        pos = this.recipeLine(file, pos);
        continue;
      }
      const { line, end, single } = logicalLine(text, pos);
      this.origin = { start: pos, raw: single ? line : void 0 };
      pos = end;
      if (line.startsWith("define ") || line.startsWith("define	") || /^(export|override)\s+define\s/.test(line)) {
        pos = this.define(file, line, pos);
        continue;
      }
      this.directive(stripComment(line).trim(), file);
    }
  }
  /** A recipe line (with its continuation lines) for the rules being read; returns where the next line starts. */
  recipeLine(file, start) {
    const text = file.text;
    const chars = [];
    const offsets = [];
    let i = start + 1;
    for (; ; ) {
      const nl = text.indexOf("\n", i);
      const lineEnd = nl === -1 ? text.length : nl;
      const contentEnd = lineEnd > i && text[lineEnd - 1] === "\r" ? lineEnd - 1 : lineEnd;
      for (let k = i; k < contentEnd; k++) {
        chars.push(text[k]);
        offsets.push(k);
      }
      if (nl === -1 || !continues(text, i, contentEnd)) {
        this.addRecipe(file, chars, offsets);
        return nl === -1 ? text.length : nl + 1;
      }
      chars.push("\n");
      offsets.push(nl);
      i = nl + 1;
      if (text[i] === "	") i++;
    }
  }
  addRecipe(file, chars, offsets) {
    if (!this.active() || !this.current) return;
    let k = 0;
    while (k < chars.length && (chars[k] === "@" || chars[k] === "-" || chars[k] === "+" || chars[k] === " " || chars[k] === "	")) k++;
    const line = { file, text: chars.slice(k).join(""), offsets: offsets.slice(k) };
    if (line.text.trim() === "" || line.text.trimStart().startsWith("#")) return;
    for (const rule of this.current) rule.recipe.push(line);
  }
  /** Is every enclosing conditional's branch taken for sure? */
  active() {
    return this.branches.every((b) => b.taken !== false);
  }
  uncertain() {
    return this.branches.some((b) => b.taken === "unknown");
  }
  /** One logical line that is not a recipe line. */
  directive(line, file) {
    if (line === "") return;
    const word = line.split(/[ \t(]/, 1)[0];
    if (CONDITIONALS.has(word)) return this.conditional(word, line.slice(word.length).trim());
    if (!this.active()) return;
    if (word === "include" || word === "-include" || word === "sinclude") return this.include(line.slice(word.length).trim());
    if (word === "vpath" || word === "undefine" || word === "unexport" || word === ".RECIPEPREFIX") {
      if (word === "unexport") for (const n of words(line.slice(word.length))) this.setExport(n, false);
      return;
    }
    this.statement(line, file);
  }
  /** A variable assignment or a rule (the text before the first `=` or `:` decides). */
  statement(line, file) {
    let rest = line;
    let exported = false;
    let override = false;
    for (; ; ) {
      const m = /^(export|override|private)(\s+|$)/.exec(rest);
      if (!m) break;
      if (m[1] === "export") exported = true;
      if (m[1] === "override") override = true;
      rest = rest.slice(m[0].length);
    }
    const op = assignmentAt(rest);
    if (op) {
      this.current = void 0;
      const name = expandMake(rest.slice(0, op.index), this.scope()).value.trim();
      this.assign(name, op.op, rest.slice(op.index + op.op.length).replace(/^[ \t]+/, ""), override, exported);
      return;
    }
    if (exported && !rest.includes(":")) {
      const names = words(expandMake(rest, this.scope()).value);
      if (names.length === 0) this.mk.exportAll = true;
      for (const n of names) this.setExport(n, true);
      return;
    }
    this.rule(rest, file);
  }
  setExport(name, exported) {
    this.mk.exports.set(name, exported);
  }
  assign(name, op, text, override, exported) {
    if (name === "" || name.includes("$")) return;
    if (exported) this.setExport(name, true);
    const old = this.mk.vars.get(name);
    if (old?.origin === "command line" && !override) return;
    if (op === "?=" && old && old.origin !== "default") return;
    const origin = override ? "override" : "file";
    let next;
    if (op === "+=" && old) {
      next = old.flavor === "simple" ? appendSimple(old, expandMake(text, this.scope())) : { ...old, text: old.text === "" ? text : `${old.text} ${text}` };
    } else if (op === ":=" || op === "::=") {
      const v = expandMake(text, this.scope());
      next = { flavor: "simple", text: v.value, known: v.known, origin };
    } else if (op === "!=") {
      next = { flavor: "simple", text: "", known: false, origin };
    } else {
      next = { flavor: "recursive", text, known: true, origin };
    }
    if (this.uncertain()) next = { ...next, known: false };
    this.mk.vars.set(name, next);
  }
  /** `targets : prerequisites [; recipe]`, or `targets : NAME = value` (a target-specific variable). */
  rule(line, file) {
    const colon = topLevelColon(line);
    if (colon === -1) {
      this.current = void 0;
      return;
    }
    const scope = this.scope();
    const targets = words(expandMake(line.slice(0, colon), scope).value);
    let rest = line.slice(colon + 1);
    if (rest.startsWith(":")) rest = rest.slice(1);
    const semi = rest.indexOf(";");
    const after = semi === -1 ? rest : rest.slice(0, semi);
    const modifiers = /^\s*(?:(?:export|override|private)\s+)*/.exec(after)?.[0] ?? "";
    const body = after.slice(modifiers.length);
    const op = assignmentAt(body);
    if (op) {
      for (const t of targets) this.targetVar(t, body.slice(0, op.index).trim(), op.op, body.slice(op.index + op.op.length).trim(), modifiers.includes("export"));
      return;
    }
    const prerequisites = words(expandMake(after.replace("|", " "), scope).value);
    this.special(targets);
    const rules = [];
    for (const t of targets) {
      if (t.startsWith(".")) continue;
      const rule = { targets: [t], prerequisites, recipe: [], pattern: t.includes("%") };
      if (rule.pattern) this.mk.patternRules.push(rule);
      else {
        const known3 = this.mk.rules.get(t);
        if (known3) {
          known3.prerequisites.push(...prerequisites);
          rules.push(known3);
          continue;
        }
        this.mk.rules.set(t, rule);
        if (this.mk.defaultGoal === void 0 && !this.uncertain()) this.mk.defaultGoal = t;
      }
      rules.push(rule);
    }
    this.current = rules;
    if (semi !== -1) this.inlineRecipe(file, rules);
  }
  /** `target: prerequisites ; command`: the command as a recipe line, when its place is known (a rule on one line). */
  inlineRecipe(file, rules) {
    const raw = this.origin.raw;
    if (raw === void 0) return;
    const semi = raw.indexOf(";", topLevelColon(raw));
    const comment = commentIndex(raw);
    let start = semi + 1;
    while (raw[start] === " " || raw[start] === "	") start++;
    if (semi === -1 || start >= comment) return;
    const text = raw.slice(start, comment).trimEnd();
    const line = { file, text, offsets: Array.from({ length: text.length }, (_, k) => this.origin.start + start + k) };
    for (const r of rules) r.recipe.push(line);
  }
  special(targets) {
    if (targets.includes(".EXPORT_ALL_VARIABLES")) this.mk.exportAll = true;
    if (targets.includes(".ONESHELL")) this.mk.oneShell = true;
  }
  targetVar(target, name, op, text, exported) {
    const list2 = this.mk.targetVars.get(target) ?? [];
    list2.push({ name, op, text, export: exported });
    this.mk.targetVars.set(target, list2);
  }
  conditional(word, rest) {
    if (word === "endif") {
      this.branches.pop();
      return;
    }
    if (word === "else") {
      const top = this.branches[this.branches.length - 1];
      if (!top) return;
      const cond = rest === "" ? true : this.test(rest.split(/\s/, 1)[0], rest.slice(rest.split(/\s/, 1)[0].length).trim());
      const done = top.done === true || top.taken === true ? true : top.done === "unknown" || top.taken === "unknown" ? "unknown" : false;
      top.done = done;
      top.taken = done === true ? false : done === "unknown" ? cond === false ? false : "unknown" : cond;
      return;
    }
    const taken = this.active() ? this.test(word, rest) : false;
    this.branches.push({ taken, done: false });
  }
  /** `ifeq (a,b)`, `ifeq "a" "b"`, `ifdef NAME` and their negations. */
  test(word, rest) {
    const scope = this.scope();
    if (word === "ifdef" || word === "ifndef") {
      const name = expandMake(rest, scope);
      if (!name.known) return "unknown";
      const v = this.mk.vars.get(name.value.trim());
      if (v && !v.known) return "unknown";
      const defined = v !== void 0 && v.text !== "";
      return word === "ifdef" ? defined : !defined;
    }
    if (word !== "ifeq" && word !== "ifneq") return "unknown";
    const args = conditionArgs(rest);
    if (!args) return "unknown";
    const a = expandMake(args[0], scope);
    const b = expandMake(args[1], scope);
    if (!a.known || !b.known) return "unknown";
    const equal = a.value.trim() === b.value.trim();
    return word === "ifeq" ? equal : !equal;
  }
  include(rest) {
    const names = expandMake(rest, this.scope());
    if (!names.known) return;
    for (const name of words(names.value)) {
      if (++this.includes > MAX_INCLUDES || name.includes("*")) continue;
      const included = this.open(name);
      if (!included) continue;
      const saved = this.current;
      this.read(included);
      this.current = saved;
    }
  }
  /** `define NAME [op]` ... `endef`: a variable whose value is the lines between. */
  define(file, header, pos) {
    const text = file.text;
    const lines = [];
    let depth = 1;
    while (pos < text.length) {
      const nl = text.indexOf("\n", pos);
      const end = nl === -1 ? text.length : nl;
      const line = text.slice(pos, end).replace(/\r$/, "");
      pos = nl === -1 ? text.length : nl + 1;
      const t = line.trim();
      if (/^define(\s|$)/.test(t)) depth++;
      if (/^endef(\s|$)/.test(t) && --depth === 0) break;
      lines.push(line);
    }
    if (!this.active()) return pos;
    const m = /^(?:(export|override)\s+)*define\s+(\S+)\s*(=|:=|::=|\?=|\+=)?\s*$/.exec(header.trim());
    if (m) this.assign(m[2], m[3] ?? "=", lines.join("\n"), header.includes("override"), header.startsWith("export"));
    return pos;
  }
};
var CONDITIONALS = /* @__PURE__ */ new Set(["ifeq", "ifneq", "ifdef", "ifndef", "else", "endif"]);
function appendSimple(old, v) {
  return { ...old, text: old.text === "" ? v.value : `${old.text} ${v.value}`, known: old.known && v.known };
}
function continues(text, start, end) {
  let n = 0;
  for (let k = end - 1; k >= start && text[k] === "\\"; k--) n++;
  return n % 2 === 1;
}
function logicalLine(text, pos) {
  let line = "";
  let i = pos;
  for (; ; ) {
    const nl = text.indexOf("\n", i);
    const lineEnd = nl === -1 ? text.length : nl;
    const contentEnd = lineEnd > i && text[lineEnd - 1] === "\r" ? lineEnd - 1 : lineEnd;
    if (nl !== -1 && continues(text, i, contentEnd)) {
      line = `${line}${text.slice(i, contentEnd - 1).replace(/[ \t]+$/, "")} `;
      i = nl + 1;
      while (text[i] === " " || text[i] === "	") i++;
      continue;
    }
    return { line: line + text.slice(i, contentEnd), end: nl === -1 ? text.length : nl + 1, single: i === pos };
  }
}
function stripComment(line) {
  return line.slice(0, commentIndex(line)).replace(/\\#/g, "#");
}
function commentIndex(line) {
  let depth = 0;
  for (let k = 0; k < line.length; k++) {
    const c = line[k];
    if (c === "\\") k++;
    else if (c === "$" && (line[k + 1] === "(" || line[k + 1] === "{")) {
      depth++;
      k++;
    } else if ((c === ")" || c === "}") && depth > 0) depth--;
    else if (c === "#" && depth === 0) return k;
  }
  return line.length;
}
function atTopLevel(line, visit) {
  let depth = 0;
  for (let k = 0; k < line.length; k++) {
    const c = line[k];
    if (c === "$" && (line[k + 1] === "(" || line[k + 1] === "{")) {
      depth++;
      k++;
    } else if ((c === ")" || c === "}") && depth > 0) depth--;
    else if (depth === 0) {
      const found = visit(k);
      if (found !== void 0) return found;
    }
  }
  return void 0;
}
function assignmentAt(line) {
  const found = atTopLevel(line, (k) => {
    const c = line[k];
    if (c === "=") {
      const prev = line[k - 1];
      if (prev === "?" || prev === "+" || prev === "!") return { index: k - 1, op: prev + "=" };
      if (prev === ":") return line[k - 2] === ":" ? { index: k - 2, op: "::=" } : { index: k - 1, op: ":=" };
      return { index: k, op: "=" };
    }
    if (c === ":" && line[k + 1] !== "=" && !(line[k + 1] === ":" && line[k + 2] === "=")) return null;
    return void 0;
  });
  return found ?? void 0;
}
function topLevelColon(line) {
  return atTopLevel(line, (k) => line[k] === ":" ? k : void 0) ?? -1;
}
function conditionArgs(rest) {
  if (rest.startsWith("(") && rest.endsWith(")")) {
    const inner = rest.slice(1, -1);
    let depth = 0;
    for (let k = 0; k < inner.length; k++) {
      const c = inner[k];
      if (c === "(" || c === "{") depth++;
      else if ((c === ")" || c === "}") && depth > 0) depth--;
      else if (c === "," && depth === 0) return [inner.slice(0, k), inner.slice(k + 1)];
    }
    return void 0;
  }
  const m = /^(["'])(.*?)\1\s+(["'])(.*?)\3$/.exec(rest);
  return m ? [m[2], m[4]] : void 0;
}

// src/model/make-run.ts
var MAX_TARGETS = 256;
var MAX_DEPTH3 = 32;
function recipeRuns(mk, goals) {
  const runs = [];
  const done = /* @__PURE__ */ new Set();
  const visit = (target, inherited, depth) => {
    if (done.has(target) || done.size >= MAX_TARGETS || depth > MAX_DEPTH3) return;
    done.add(target);
    const found = findRule(mk, target);
    const own = [...inherited, ...targetVariables(mk, target)];
    if (!found) return;
    for (const p of found.rule.prerequisites) visit(p, own, depth + 1);
    if (found.rule.recipe.length === 0) return;
    const scope = ruleScope(mk, own, { "@": target, "<": found.rule.prerequisites[0] ?? "", "^": unique(found.rule.prerequisites), "+": found.rule.prerequisites.join(" "), "?": unique(found.rule.prerequisites), "*": found.stem, "|": "" });
    const env = exportedEnv(mk, scope, own);
    for (const line of found.rule.recipe) {
      const { value: value2, map, substitutions } = expandMapped(line.text, line.offsets, scope);
      runs.push({ line, target, text: value2.value, map, substitutions, env });
    }
  };
  const list2 = goals.length > 0 ? goals : mk.defaultGoal !== void 0 ? [mk.defaultGoal] : [];
  for (const g of list2) visit(g, [], 0);
  return runs;
}
function findRule(mk, target) {
  const rule = mk.rules.get(target);
  if (rule && rule.recipe.length > 0) return { rule, stem: "" };
  for (const p of mk.patternRules) {
    if (p.recipe.length === 0) continue;
    const stem = patternStem(p.targets[0], target);
    if (stem === void 0) continue;
    const prerequisites = p.prerequisites.map((x) => x.replace("%", stem));
    return { rule: { ...p, prerequisites: rule ? [...rule.prerequisites, ...prerequisites] : prerequisites }, stem };
  }
  return rule ? { rule, stem: "" } : void 0;
}
function targetVariables(mk, target) {
  const out = [];
  for (const [t, vars] of mk.targetVars) if (t === target || t.includes("%") && patternStem(t, target) !== void 0) out.push(...vars);
  return out;
}
function ruleScope(mk, own, automatic) {
  const local = /* @__PURE__ */ new Map();
  const base = { lookup: (name) => local.get(name) ?? mk.vars.get(name), automatic };
  for (const v of own) {
    const old = local.get(v.name) ?? mk.vars.get(v.name);
    if (old?.origin === "command line") continue;
    if (v.op === "?=" && old && old.origin !== "default") continue;
    if (v.op === ":=" || v.op === "::=") {
      const value2 = expandMake(v.text, base);
      local.set(v.name, { flavor: "simple", text: value2.value, known: value2.known, origin: "file" });
    } else if (v.op === "+=" && old) {
      local.set(v.name, old.flavor === "simple" ? { ...old, text: `${old.text} ${expandMake(v.text, base).value}` } : { ...old, text: `${old.text} ${v.text}` });
    } else {
      local.set(v.name, { flavor: "recursive", text: v.text, known: true, origin: "file" });
    }
  }
  return base;
}
var NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
function exportedEnv(mk, scope, own) {
  const env = /* @__PURE__ */ new Map();
  const names = /* @__PURE__ */ new Set([...mk.vars.keys(), ...mk.exports.keys(), ...own.map((v) => v.name)]);
  for (const name of names) {
    if (!NAME.test(name)) continue;
    const v = scope.lookup(name);
    if (!v || v.origin === "default") continue;
    const said = own.some((t) => t.name === name && t.export) ? true : mk.exports.get(name);
    const exported = said ?? (mk.inherited.has(name) || mk.exportAll);
    if (!exported) continue;
    env.set(name, expandMake(`$(${name})`, scope));
  }
  return env;
}
function unique(list2) {
  return [...new Set(list2)].join(" ");
}

// src/model/invoke.ts
var SHELLS = /* @__PURE__ */ new Set(["sh", "bash", "ash", "dash", "zsh"]);
function invocationOf(ctx, words2) {
  const head = words2[0].text;
  const name = basename(head);
  if (name === "make" || name === "gmake") return makeInvocation(ctx, words2.slice(1));
  if (head === "." || head === "source") return script(ctx, words2[1], true);
  if (SHELLS.has(name)) {
    let i = 1;
    while (i < words2.length && words2[i].text.startsWith("-")) {
      if (words2[i].text.includes("c") || words2[i].text === "-o") return void 0;
      i++;
    }
    return script(ctx, words2[i], false);
  }
  if (head.includes("/") && !head.includes("$")) return script(ctx, words2[0], false);
  return void 0;
}
function script(ctx, word, sameShell) {
  if (!word) return void 0;
  const path = absolute(ctx, word);
  const file = path === void 0 ? void 0 : ctx.locate?.open(path);
  if (!file) return void 0;
  const commands = splitCommands(file.text, 0, file.text.length, { dockerfileContinuations: false });
  return [{ file, commands, env: ctx.env, cwd: ctx.cwd, sameShell }];
}
function absolute(ctx, word) {
  const v = ctx.value(word);
  if (!v.known || v.value === "") return void 0;
  if (v.value.startsWith("/")) return resolvePath("/", v.value);
  return ctx.cwd === void 0 ? void 0 : resolvePath(ctx.cwd, v.value);
}
var MAKEFILES = ["GNUmakefile", "makefile", "Makefile"];
var MAKE_VALUE_OPTIONS = /* @__PURE__ */ new Set(["-C", "-f", "-I", "-o", "-W", "--directory", "--file", "--makefile", "--include-dir", "--old-file", "--what-if", "--assume-old", "--assume-new", "--new-file"]);
function makeInvocation(ctx, args) {
  const parsed = makeArguments(ctx, args);
  if (!parsed || !ctx.locate || parsed.cwd === void 0) return void 0;
  const cwd = parsed.cwd;
  const open = (p) => ctx.locate?.open(resolvePath(cwd, p));
  const main = parsed.file !== void 0 ? open(parsed.file) : MAKEFILES.map(open).find((f) => f !== void 0);
  if (!main) return void 0;
  if (parsed.dryRun) return [];
  const env = /* @__PURE__ */ new Map();
  for (const [k, v] of ctx.env) env.set(k, v.known ? { value: v.value, known: true } : { value: "", known: false });
  const invocation = { env, overrides: parsed.overrides, curdir: cwd };
  const mk = readMakefile(main, invocation, open);
  return recipeRuns(mk, parsed.goals).map((r) => ({
    file: r.line.file,
    commands: splitScript(new Source(r.text, 0, r.map)),
    env: toVarValues(r.env),
    cwd,
    substitutions: r.substitutions
  }));
}
function toVarValues(env) {
  const out = /* @__PURE__ */ new Map();
  for (const [k, v] of env) out.set(k, v.known ? { known: true, value: v.value } : { known: false });
  return out;
}
function makeArguments(ctx, args) {
  const out = { cwd: ctx.cwd, overrides: /* @__PURE__ */ new Map(), goals: [], dryRun: false };
  for (let i = 0; i < args.length; i++) {
    const v = ctx.value(args[i]);
    if (!v.known) {
      const name = /^([A-Za-z_][A-Za-z0-9_.]*):?=/.exec(args[i].text);
      if (!name) return void 0;
      out.overrides.set(name[1], { value: "", known: false });
      continue;
    }
    const t = v.value;
    let option = t;
    let value2;
    if (t.startsWith("--") && t.includes("=")) [option, value2] = [t.slice(0, t.indexOf("=")), t.slice(t.indexOf("=") + 1)];
    else if (/^-[CfIoW]./.test(t)) [option, value2] = [t.slice(0, 2), t.slice(2)];
    else if (MAKE_VALUE_OPTIONS.has(t)) {
      const next = args[++i] ? ctx.value(args[i]) : void 0;
      if (!next?.known) return void 0;
      value2 = next.value;
    }
    if (option === "-C" || option === "--directory") out.cwd = out.cwd === void 0 && !value2?.startsWith("/") ? void 0 : resolvePath(out.cwd ?? "/", value2 ?? ".");
    else if (option === "-f" || option === "--file" || option === "--makefile") out.file = value2;
    else if (t === "-n" || t === "--dry-run" || t === "--just-print" || t === "-q" || t === "--question") out.dryRun = true;
    else if (t.startsWith("-")) continue;
    else if (/^[A-Za-z_][A-Za-z0-9_.]*:?=/.test(t)) {
      const eq = t.indexOf("=");
      out.overrides.set(t.slice(0, t[eq - 1] === ":" ? eq - 1 : eq), { value: t.slice(eq + 1), known: true });
    } else out.goals.push(t);
  }
  return out;
}

// src/model/moves.ts
var MOVERS = /* @__PURE__ */ new Set(["mv", "cp", "install"]);
var INSTALL_VALUE_OPTIONS = /* @__PURE__ */ new Set(["-m", "--mode", "-o", "--owner", "-g", "--group", "-S", "--suffix", "-t", "--target-directory"]);
function movesAfter(build) {
  const from = build.output;
  if (from === void 0) return build.movedTo;
  const places = new Set(build.movedTo ?? []);
  const known3 = [from];
  const anchor = build.via ?? build.command;
  let started = false;
  for (const run of build.stage.runs) {
    if (run.span.start < build.run.span.start) continue;
    let cwd = run.workdir;
    for (const c of run.commands) {
      if (c.words[0]?.text === "cd") cwd = changeDir(run, cwd, c.words[1]);
      if (run === build.run && !started) {
        if (c === anchor) started = true;
        continue;
      }
      for (const to of moveTargets(run, cwd, c, known3)) {
        places.add(to);
        known3.push(to);
      }
    }
  }
  return places.size > 0 ? [...places] : void 0;
}
function moveTargets(run, cwd, c, known3) {
  const words2 = c.words;
  if (words2.length < 3 || !MOVERS.has(basename(words2[0].text))) return [];
  const isInstall = basename(words2[0].text) === "install";
  const args = [];
  let targetDir;
  for (let i = 1; i < words2.length; i++) {
    const t = value(run, words2[i]);
    if (t === void 0) return [];
    if (t === "-t" || t === "--target-directory") targetDir = words2[i + 1] ? value(run, words2[i + 1]) : void 0;
    if (t.startsWith("-")) {
      if (isInstall && INSTALL_VALUE_OPTIONS.has(t)) i++;
      continue;
    }
    args.push(t);
  }
  const dest = targetDir ?? args.pop();
  if (dest === void 0 || args.length === 0) return [];
  if (cwd === void 0 && (!dest.startsWith("/") || args.some((a) => !a.startsWith("/")))) return [];
  const destPath = resolvePath(cwd ?? "/", dest);
  const out = [];
  for (const a of args) {
    const src = resolvePath(cwd ?? "/", a);
    for (const k of known3) {
      if (k === src) {
        out.push(destPath, resolvePath(destPath, basename(k)));
      } else if (isWithin(k, src)) {
        out.push(resolvePath(destPath, k.slice(src.length + 1)), resolvePath(destPath, `${basename(src)}/${k.slice(src.length + 1)}`));
      }
    }
  }
  return out;
}
function changeDir(run, cwd, to) {
  const dir = to ? value(run, to) : "/root";
  if (dir === void 0) return void 0;
  return dir.startsWith("/") ? resolvePath("/", dir) : cwd === void 0 ? void 0 : resolvePath(cwd, dir);
}
function value(run, w) {
  if (!w.hasExpansion) return w.text;
  const v = expand(w.text, run.scope);
  return v.known ? v.value : void 0;
}

// src/model/edit-distance.ts
function editDistance(a, b, max) {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      best = Math.min(best, cur[j]);
    }
    if (best > max) return max + 1;
    prev = cur;
  }
  return prev[b.length];
}
function nearestName(name, candidates, max) {
  let best;
  let bestDistance = max + 1;
  const lower = name.toLowerCase();
  for (const c of candidates) {
    const d = editDistance(lower, c.toLowerCase(), bestDistance - 1);
    if (d < bestDistance) {
      best = c;
      bestDistance = d;
    }
  }
  return best;
}

// src/parse/maps.ts
function pushTo(map, key, value2) {
  const list2 = map.get(key);
  if (list2) list2.push(value2);
  else map.set(key, [value2]);
}

// src/model/go.ts
var VALUE_FLAGS = /* @__PURE__ */ new Set([
  "o",
  "p",
  "C",
  "ldflags",
  "gcflags",
  "asmflags",
  "gccgoflags",
  "tags",
  "mod",
  "modfile",
  "pkgdir",
  "installsuffix",
  "buildmode",
  "compiler",
  "overlay",
  "pgo",
  "toolexec",
  "covermode",
  "coverpkg",
  "exec",
  "reuse"
]);
var WRAPPERS = /* @__PURE__ */ new Set(["time", "exec", "nice", "command", "nohup", "sudo", "xargs"]);
var GO_COMMANDS = /* @__PURE__ */ new Set(["go", "xx-go"]);
function analyzeGoBuilds(file, model) {
  const builds = [];
  for (const stage of model.stages) {
    const parent = stage.base.kind === "stage" ? stage.base.stage : void 0;
    const goEnv = new Map(parent?.goEnv ?? []);
    for (const run of stage.runs) {
      if (!mentionsGo(run) && !runsElsewhere(run)) continue;
      const vars = /* @__PURE__ */ new Map();
      for (const [k, v] of run.scope) vars.set(k, { value: v, source: "env" });
      const state = {
        vars,
        values: { get: (name) => vars.get(name)?.value },
        exported: new Set(run.scope.keys()),
        cwd: run.workdir,
        unexported: /* @__PURE__ */ new Map()
      };
      const locate = stageLocator(model, stage, run);
      for (const command of run.commands) {
        const emit = (b, ctx) => builds.push({ ...b, stage, run, ...ctx.other ? { via: command } : {}, shipped: false });
        visitCommand({ file, model, stage, run, command, state, goEnv, locate, emit, depth: 0 }, command.words, /* @__PURE__ */ new Map());
      }
    }
    stage.goEnv = goEnv;
  }
  for (const b of builds) b.movedTo = movesAfter(b);
  for (const b of builds) b.shipped = makesExecutable(b) && shipsFrom(model, b);
  return builds;
}
function hostCommands(file, model, locate, words2, cwd, observe) {
  const out = [];
  const synthetic = words2.map((text) => ({ text, start: 0, end: 0, quoted: false, hasExpansion: false }));
  const command = { assignments: [], words: synthetic, redirects: [], start: 0, end: 0, separator: null };
  const vars = /* @__PURE__ */ new Map();
  const state = { vars, values: { get: (name) => vars.get(name)?.value }, exported: /* @__PURE__ */ new Set(), cwd, unexported: /* @__PURE__ */ new Map() };
  visitCommand({ file, model, command, state, goEnv: /* @__PURE__ */ new Map(), locate, emit: (b) => out.push(b), observe, depth: 0 }, synthetic, /* @__PURE__ */ new Map());
  return out.filter((b) => b.file !== void 0);
}
function shipsFrom(model, b) {
  if (reachesFinal(model, b.stage, b.output, b.outputDir)) return true;
  return (b.movedTo ?? []).some((p) => reachesFinal(model, b.stage, p, dirname(p)));
}
function runsElsewhere(run) {
  return run.commands.some((c) => c.words.slice(0, 3).some((w) => w.text.includes("make") || w.text.includes("/") || w.text === "." || w.text === "source" || w.text.endsWith("sh")));
}
function makesExecutable(b) {
  const values = b.packages.map((p) => p.text);
  if (values.some((v) => v.includes("$") || v.startsWith("-"))) return true;
  if (values.length > 0 && values.every((v) => v === "std")) return false;
  if (b.verb !== "build" || b.flags.some((f) => f.name === "o")) return true;
  if (values.length > 1 && !values.every((v) => v.endsWith(".go"))) return false;
  return !(values.length === 1 && (values[0].includes("...") || values[0] === "all"));
}
function mentionsGo(run) {
  for (const c of run.commands) for (const w of c.words) if (w.text.includes("go")) return true;
  return false;
}
function wordValue(w, state) {
  const p = wordPattern(w, state);
  return p.known ? { known: true, value: p.value } : { known: false };
}
function wordPattern(w, state) {
  if (!w.hasExpansion) return { known: true, value: w.text };
  const v = expand(w.text, state.values);
  return { known: v.known && !v.value.includes("$(") && !v.value.includes("`"), value: v.value };
}
function valueAfterEquals(w, eq) {
  return { ...w, text: w.text.slice(eq + 1) };
}
function splitAssignment(w) {
  const eq = w.text.indexOf("=");
  if (eq <= 0) return void 0;
  const name = w.text.slice(0, eq);
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) return void 0;
  return { name, valueText: w.text.slice(eq + 1) };
}
function assignmentValue(w, state) {
  const a = splitAssignment(w);
  if (!a) return void 0;
  const valueWord = { ...w, text: a.valueText };
  return { name: a.name, value: wordValue(valueWord, state) };
}
function valueIn(ctx, w) {
  return wordValue(w, ctx.state);
}
function visitCommand(ctx, all, given) {
  applyAssignments(ctx, given);
  let prefix = given;
  let ownPrefix = false;
  let at = 0;
  while (at < all.length) {
    const head = all[at].text;
    switch (head) {
      case "export":
        return applyExport(all.slice(at), ctx.state, ctx.other);
      case "unset":
        for (let i = at + 1; i < all.length; i++) {
          ctx.state.vars.delete(all[i].text);
          ctx.state.exported.delete(all[i].text);
        }
        return;
      case "cd":
        return applyCd(all[at + 1], ctx.state);
      case "env":
        if (!ownPrefix) prefix = new Map(prefix);
        ownPrefix = true;
        at = envPrefix(all, at, prefix, ctx.state, ctx.other);
        continue;
    }
    if (WRAPPERS.has(head)) {
      at++;
      while (at < all.length && all[at].text.startsWith("-")) at++;
      continue;
    }
    return runCommand(ctx, at === 0 ? all : all.slice(at), prefix);
  }
}
function runCommand(ctx, words2, prefix) {
  if (ctx.depth < MAX_FOLLOW && followElsewhere(ctx, words2, prefix)) return;
  ctx.observe?.(words2, ctx);
  const head = words2[0].text;
  if (!head.includes("go") || !GO_COMMANDS.has(basename(head)) || words2.length < 2) return;
  const verb = words2[1].text;
  if (verb === "env") return recordGoEnv(words2.slice(2), ctx.state, ctx.goEnv);
  if (verb === "get" && !getInstalls(ctx, words2, prefix)) return;
  if (verb !== "build" && verb !== "install" && verb !== "get") return;
  ctx.emit(goBuild(ctx, words2, prefix), ctx);
}
function getInstalls(ctx, words2, prefix) {
  if (words2.some((w) => w.text === "-d")) return false;
  const env = { prefix, state: ctx.state, goEnv: ctx.goEnv };
  if (lookupEnv(env, "GO111MODULE").value === "off") return true;
  return ctx.run !== void 0 && goVersionAtLeast(effectiveGoVersion(ctx.run, ctx.model.goMod), "1.18") === false;
}
var MAX_FOLLOW = 4;
function followElsewhere(ctx, words2, prefix) {
  const env = /* @__PURE__ */ new Map();
  for (const name of ctx.state.exported) {
    const b = ctx.state.vars.get(name);
    if (b) env.set(name, b.value);
  }
  for (const [name, b] of prefix) env.set(name, b.value);
  const invoked = invocationOf({ locate: ctx.locate, cwd: ctx.state.cwd, env, value: (w) => wordValue(w, ctx.state) }, words2);
  if (!invoked) return false;
  for (const part of invoked) {
    const state = part.sameShell ? ctx.state : subshell(part.env, part.cwd ?? ctx.state.cwd, part.file);
    for (const command of part.commands) {
      visitCommand({ ...ctx, command, state, other: part.file, substitutions: part.substitutions, depth: ctx.depth + 1 }, command.words, /* @__PURE__ */ new Map());
    }
  }
  return true;
}
function subshell(env, cwd, file) {
  const vars = /* @__PURE__ */ new Map();
  for (const [k, v] of env) vars.set(k, { value: v, source: "env", file });
  return { vars, values: { get: (name) => vars.get(name)?.value }, exported: new Set(env.keys()), cwd, unexported: /* @__PURE__ */ new Map() };
}
function applyAssignments(ctx, prefix) {
  const { command, state, other: file } = ctx;
  for (const a of command.assignments) {
    const av = assignmentValue(a, state);
    if (!av) continue;
    if (command.words.length > 0) {
      prefix.set(av.name, { value: av.value, source: "command", word: a, file });
    } else {
      state.vars.set(av.name, { value: av.value, source: state.exported.has(av.name) ? "export" : "command", word: a, file });
      if (!state.exported.has(av.name)) state.unexported.set(av.name, { word: a, file });
    }
  }
}
function applyExport(words2, state, file) {
  for (const w of words2.slice(1)) {
    if (w.text.startsWith("-")) continue;
    const av = assignmentValue(w, state);
    if (av) {
      state.vars.set(av.name, { value: av.value, source: "export", word: w, file });
      state.exported.add(av.name);
      state.unexported.delete(av.name);
    } else if (/^[A-Za-z_][A-Za-z0-9_]*$/.test(w.text)) {
      state.exported.add(w.text);
      state.unexported.delete(w.text);
    }
  }
}
function applyCd(target, state) {
  if (!target) {
    state.cwd = "/root";
    return;
  }
  const v = wordValue(target, state);
  state.cwd = v.known && (state.cwd !== void 0 || v.value.startsWith("/")) ? resolvePath(state.cwd ?? "/", v.value) : void 0;
}
function envPrefix(words2, at, inner, state, file) {
  let i = at + 1;
  while (i < words2.length) {
    const t = words2[i].text;
    if (t === "-i" || t === "--ignore-environment" || t === "-" || t === "--") {
      i++;
      continue;
    }
    if (t === "-u" || t === "--unset") {
      if (words2[i + 1]) inner.set(words2[i + 1].text, { value: { known: true, value: "" }, source: "command", word: words2[i + 1], file });
      i += 2;
      continue;
    }
    const av = assignmentValue(words2[i], state);
    if (!av) break;
    inner.set(av.name, { value: av.value, source: "command", word: words2[i], file });
    i++;
  }
  return i;
}
function recordGoEnv(args, state, goEnv) {
  let mode;
  for (const w of args) {
    if (w.text === "-w") mode = "w";
    else if (w.text === "-u") mode = "u";
    else if (mode === "w") {
      const av = assignmentValue(w, state);
      if (av) goEnv.set(av.name, av.value);
    } else if (mode === "u") goEnv.delete(w.text);
  }
}
function goBuild(ctx, words2, prefix) {
  const { file, model, stage, run, command, state } = ctx;
  const env = { prefix, state, goEnv: ctx.goEnv };
  const { flags, packages: packages2, skipped } = parseGoArgs(words2, state);
  const goflagsValue = lookupEnv(env, "GOFLAGS").value;
  const goflags = splitQuoted(goflagsValue ?? "");
  const ldflags = ldflagsOf(flags, goflags, goflagsValue, state);
  const verb = words2[1].text;
  const { output, outputDir, movedTo, outputPattern } = outputOf(model, stage, verb, lastFlag(flags, "o"), packages2, state, env);
  return {
    command,
    ...ctx.other ? { file: ctx.other } : {},
    ...ctx.substitutions && ctx.substitutions.length > 0 ? { substitutions: ctx.substitutions } : {},
    verb,
    goWord: words2[0],
    verbWord: words2[1],
    flags,
    packages: packages2,
    cgo: lookupEnv(env, "CGO_ENABLED"),
    cgoFlags: CGO_SETTINGS.some((name) => lookupEnv(env, name).source !== "default"),
    cgoMistakes: cgoMistakes(file, stage, run, prefix, state, ctx.substitutions),
    goos: lookupEnv(env, "GOOS"),
    goarch: lookupEnv(env, "GOARCH"),
    ldflags,
    trimpath: trimpathOf(flags, goflags, goflagsValue),
    staticLink: ldflags !== void 0 && linksStatically(ldflags.flags),
    opaqueArgs: [...skipped, ...packages2].some((w) => isOpaqueWord(w, state)),
    output,
    ...outputPattern !== void 0 ? { outputPattern } : {},
    outputDir,
    ...movedTo ? { movedTo } : {},
    cwd: state.cwd,
    ...run ? { goVersion: effectiveGoVersion(run, model.goMod) } : {}
  };
}
function parseGoArgs(words2, state) {
  const flags = [];
  const skipped = [];
  let i = 2;
  for (; i < words2.length; i++) {
    const w = words2[i];
    const t = w.text;
    if (t === "--") {
      i++;
      break;
    }
    if (!t.startsWith("-") || t === "-") {
      if (t.includes("$") && i + 1 < words2.length && words2[i + 1].text.startsWith("-")) {
        skipped.push(w);
        continue;
      }
      break;
    }
    const dashes = t.startsWith("--") ? 2 : 1;
    const body = t.slice(dashes);
    const eq = body.indexOf("=");
    if (eq !== -1) {
      const v = wordValue(valueAfterEquals(w, dashes + eq), state);
      flags.push({ name: body.slice(0, eq), nameWord: w, valueWord: w, value: v.known ? v.value : void 0 });
    } else if (VALUE_FLAGS.has(body) && i + 1 < words2.length) {
      const valueWord = words2[++i];
      const v = wordValue(valueWord, state);
      flags.push({ name: body, nameWord: w, valueWord, value: v.known ? v.value : void 0 });
    } else {
      flags.push({ name: body, nameWord: w });
    }
  }
  return { flags, packages: words2.slice(i), skipped };
}
function isOpaqueWord(w, state) {
  if (!w.hasExpansion || !w.text.startsWith("$")) return false;
  return !wordValue(w, state).known;
}
function ldflagsOf(flags, goflags, goflagsValue, state) {
  const ldFlag = lastFlag(flags, "ldflags");
  if (ldFlag) {
    const value2 = ldFlag.value ?? flagPattern(ldFlag, state);
    return { value: value2, flags: splitQuoted(value2), source: "command", flag: ldFlag };
  }
  if (goflagsValue === void 0) return { value: "${GOFLAGS}", flags: ["${GOFLAGS}"], source: "GOFLAGS" };
  const g = goflag(goflags, "ldflags");
  return g !== void 0 ? { value: g, flags: splitQuoted(g), source: "GOFLAGS" } : void 0;
}
function trimpathOf(flags, goflags, goflagsValue) {
  const trimFlag = lastFlag(flags, "trimpath");
  const trimValue = trimFlag ? trimFlag.value ?? "true" : goflag(goflags, "trimpath");
  if (trimValue !== void 0) return trimValue !== "false" && trimValue !== "0";
  return goflagsValue === void 0 ? void 0 : false;
}
function lookupEnv(env, name) {
  const p = env.prefix.get(name);
  if (p) return { value: p.value.known ? p.value.value : void 0, source: "command", word: p.word };
  const v = env.state.vars.get(name);
  if (v && env.state.exported.has(name)) return { value: v.value.known ? v.value.value : void 0, source: v.source, word: v.word };
  const g = env.goEnv.get(name);
  if (g) return { value: g.known ? g.value : void 0, source: "go env -w" };
  return { value: null, source: "default" };
}
function lastFlag(flags, name) {
  for (let k = flags.length - 1; k >= 0; k--) if (flags[k].name === name) return flags[k];
  return void 0;
}
function linksStatically(ldflags) {
  for (let i = 0; i < ldflags.length; i++) {
    const f = ldflags[i].startsWith("--") ? ldflags[i].slice(1) : ldflags[i];
    let value2;
    if (f === "-extldflags") value2 = ldflags[i + 1];
    else if (f.startsWith("-extldflags=")) value2 = f.slice("-extldflags=".length);
    if (value2 !== void 0 && splitQuoted(value2).some((t) => t === "-static" || t === "-static-pie")) return true;
  }
  return false;
}
var CGO_SETTINGS = [
  "CGO_CFLAGS",
  "CGO_CPPFLAGS",
  "CGO_CXXFLAGS",
  "CGO_FFLAGS",
  "CGO_LDFLAGS",
  "CC",
  "CXX",
  "CGO_CFLAGS_ALLOW",
  "CGO_CPPFLAGS_ALLOW",
  "CGO_CXXFLAGS_ALLOW",
  "CGO_LDFLAGS_ALLOW"
];
function goflag(goflags, name) {
  for (let k = goflags.length - 1; k >= 0; k--) {
    const g = goflags[k];
    const f = g.startsWith("--") ? g.slice(2) : g.startsWith("-") ? g.slice(1) : g;
    if (f === name) return "true";
    if (f.startsWith(name + "=")) return f.slice(name.length + 1);
  }
  return void 0;
}
function flagPattern(f, state) {
  if (!f.valueWord) return "";
  if (f.valueWord !== f.nameWord) return wordPattern(f.valueWord, state).value;
  const t = f.nameWord.text;
  return wordPattern(valueAfterEquals(f.nameWord, t.indexOf("=")), state).value;
}
function outputOf(model, stage, verb, oFlag, packages2, state, env) {
  const name = binaryName(model, packages2, state);
  if (oFlag) {
    if (oFlag.value === void 0) {
      const pattern = flagPattern(oFlag, state);
      return state.cwd !== void 0 || pattern.startsWith("/") ? { outputPattern: resolvePath(state.cwd ?? "/", pattern) } : {};
    }
    if (state.cwd === void 0 && !oFlag.value.startsWith("/")) return {};
    const path = resolvePath(state.cwd ?? "/", oFlag.value);
    if (oFlag.value.endsWith("/")) return { outputDir: path, output: name ? `${path === "/" ? "" : path}/${name}` : void 0 };
    return { output: path, outputDir: dirname(path) };
  }
  let dir;
  let movedTo;
  if (verb === "build") dir = state.cwd;
  else {
    const gobin = lookupEnv(env, "GOBIN").value;
    const gopath = lookupEnv(env, "GOPATH").value;
    if (gobin) dir = normalize(gobin);
    else if (gopath === null) {
      const family = stage?.base.kind === "image" ? stage.base.facts.family : void 0;
      dir = family === "golang" ? "/go/bin" : "/root/go/bin";
      if (stage && (family === void 0 || family === "other") && name) movedTo = [`/go/bin/${name}`];
    } else if (gopath) dir = normalize(gopath.split(":")[0] + "/bin");
  }
  if (dir === void 0) return {};
  return { outputDir: dir, output: name ? `${dir === "/" ? "" : dir}/${name}` : void 0, ...movedTo ? { movedTo } : {} };
}
function binaryName(model, packages2, state) {
  const values = [];
  let goFiles = packages2.length > 0;
  for (const p of packages2) {
    const v = wordValue(p, state);
    if (!v.known) return void 0;
    values.push(v.value);
    if (!v.value.endsWith(".go")) goFiles = false;
  }
  if (goFiles) return basename(values[0]).slice(0, -3);
  if (values.length > 1) return void 0;
  const pkg = values[0] ?? ".";
  if (pkg.includes("...")) return void 0;
  if (pkg === "." || pkg === "./") {
    const module2 = model.goMod?.module;
    return module2 ? lastElement(module2) : void 0;
  }
  return lastElement(pkg.split("@")[0]);
}
function lastElement(importPath) {
  const parts = importPath.split("/").filter((p) => p && p !== ".");
  let name = parts.pop();
  if (name && /^v[0-9]+$/.test(name) && parts.length > 0) name = parts.pop();
  return name && name !== ".." ? name : void 0;
}
function cgoMistakes(file, stage, run, prefix, state, substitutions) {
  const out = [];
  const at = (w, other) => ({ span: { start: w.start, end: w.end }, ...other ? { file: other } : {}, asWritten: !other || writtenAsIs(w, substitutions) });
  for (const [name, b] of prefix) if (looksLikeCgoEnabled(name) && b.word) out.push({ text: name, kind: "misspelled", ...at(b.word, b.file) });
  for (const [name, b] of state.vars) {
    if (b.source !== "env" && looksLikeCgoEnabled(name) && b.word && !prefix.has(name)) out.push({ text: name, kind: "misspelled", ...at(b.word, b.file) });
  }
  if (!prefix.has("CGO_ENABLED")) {
    const w = state.unexported.get("CGO_ENABLED");
    if (w) out.push({ text: "CGO_ENABLED", kind: "not-exported", ...at(w.word, w.file) });
  }
  for (let s = stage, n = 0; s && run && n < 64; s = s.base.kind === "stage" ? s.base.stage : void 0, n++) {
    for (const d of cgoLookalikes(file, s)) {
      if (s === stage && d.at >= run.span.start) break;
      if (d.arg && s !== stage) continue;
      if (state.vars.has(d.name)) out.push({ text: d.name, span: { start: d.span.start, end: d.span.end }, kind: "misspelled", asWritten: true });
    }
  }
  return out;
}
function writtenAsIs(word, substitutions) {
  if (!substitutions) return true;
  for (const s of substitutions) {
    if (s.end <= word.start || s.start >= word.end) continue;
    if (s.start < word.start || s.end > word.end) return false;
    if (!s.oneWord && (s.start === word.start || s.end === word.end)) return false;
  }
  return true;
}
var lookalikesMemo = /* @__PURE__ */ new WeakMap();
function cgoLookalikes(file, stage) {
  let found = lookalikesMemo.get(stage);
  if (found) return found;
  found = [];
  for (const ins of stage.instructions) {
    if (!(ins instanceof Env2) && !(ins instanceof Arg2)) continue;
    for (const p of ins.getProperties()) {
      const name = p.getName();
      if (looksLikeCgoEnabled(name)) found.push({ name, span: spanOf(file, p.getNameRange()), arg: ins instanceof Arg2, at: spanOf(file, ins.getRange()).start });
    }
  }
  lookalikesMemo.set(stage, found);
  return found;
}
function isDebugBuild(build) {
  return build.flags.some((f) => f.name === "gcflags" && f.value !== void 0 && splitQuoted(f.value.replace(/^[^=\s]*=/, "")).some((t) => t === "-N" || t === "-l"));
}
function looksLikeCgoEnabled(name) {
  if (name === "CGO_ENABLED") return false;
  const upper = name.toUpperCase();
  if (upper === "CGO_ENABLED") return true;
  return upper.startsWith("CGO") && upper !== "CGO_CFLAGS" && upper !== "CGO_LDFLAGS" && editDistance(upper, "CGO_ENABLED", 2) <= 2;
}
function splitQuoted(s) {
  const out = [];
  let cur = "";
  let inWord = false;
  let quote;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (quote) {
      if (c === quote) quote = void 0;
      else cur += c;
    } else if (c === "$" && (s[i + 1] === "(" || s[i + 1] === "{") || c === "`") {
      const end = expansionEnd(s, i);
      cur += s.slice(i, end);
      inWord = true;
      i = end - 1;
    } else if (c === '"' || c === "'") {
      quote = c;
      inWord = true;
    } else if (c === " " || c === "	" || c === "\n" || c === "\r") {
      if (inWord) out.push(cur);
      cur = "";
      inWord = false;
    } else {
      cur += c;
      inWord = true;
    }
  }
  if (inWord) out.push(cur);
  return out;
}
function expansionEnd(s, i) {
  if (s[i] === "`") {
    const close2 = s.indexOf("`", i + 1);
    return close2 === -1 ? s.length : close2 + 1;
  }
  const open = s[i + 1];
  const close = open === "(" ? ")" : "}";
  let depth = 0;
  for (let j = i + 1; j < s.length; j++) {
    if (s[j] === open) depth++;
    else if (s[j] === close && --depth === 0) return j + 1;
  }
  return s.length;
}
function isOpaqueFlag(token) {
  return token.startsWith("$") || token.startsWith("`");
}
var MAX_PLACES = 2e4;
var graphs = /* @__PURE__ */ new WeakMap();
function stageGraph(model) {
  let graph = graphs.get(model);
  if (graph) return graph;
  const children = /* @__PURE__ */ new Map();
  const copiesFrom = /* @__PURE__ */ new Map();
  for (const later of model.stages) {
    if (later.base.kind === "stage") {
      for (const c of new Set(later.base.candidates)) if (c.index < later.index) pushTo(children, c, later);
    }
    for (const copy of later.copies) if (copy.fromStage !== void 0 && copy.fromStage.index < later.index) pushTo(copiesFrom, copy.fromStage, copy);
  }
  graph = { final: new Set(model.finalLineage), children, copiesFrom };
  graphs.set(model, graph);
  return graph;
}
function reachesFinal(model, stage, output, outputDir) {
  const graph = stageGraph(model);
  const seen = /* @__PURE__ */ new Set();
  const todo = [{ stage, output, outputDir }];
  while (todo.length > 0) {
    const place = todo.pop();
    if (graph.final.has(place.stage)) return true;
    const key = `${place.stage.index}\0${place.output ?? ""}\0${place.outputDir ?? ""}`;
    if (seen.has(key)) continue;
    if (seen.size >= MAX_PLACES) return false;
    seen.add(key);
    for (const later of graph.children.get(place.stage) ?? []) todo.push({ stage: later, output: place.output, outputDir: place.outputDir });
    for (const copy of graph.copiesFrom.get(place.stage) ?? []) copyTargets(copy, place, todo);
  }
  return false;
}
function copyTargets(copy, place, out) {
  const later = copy.stage;
  const { output, outputDir } = place;
  const many = copy.sources.length > 1;
  for (const src of copy.sources) {
    if (!src.known) {
      out.push({ stage: later, output: void 0, outputDir: copy.dest });
      continue;
    }
    const from = resolvePath("/", src.text);
    const destDir = copy.dest !== void 0 && (copy.dest.endsWith("/") || many) ? normalize(copy.dest) : void 0;
    if (output !== void 0) {
      let landed = null;
      if (from === output || globMatch(from, output)) landed = copy.dest === void 0 ? void 0 : destDir ? resolvePath(destDir, basename(output)) : normalize(copy.dest);
      else if (isWithin(output, from)) landed = copy.dest === void 0 ? void 0 : resolvePath(normalize(copy.dest), output.slice(from.length + (from === "/" ? 0 : 1)));
      if (landed !== null) out.push({ stage: later, output: landed, outputDir: landed ? dirname(landed) : void 0 });
    } else if (outputDir === void 0 || isWithin(from, outputDir) || isWithin(outputDir, from)) {
      out.push({ stage: later, output: void 0, outputDir: copy.dest === void 0 ? void 0 : destDir ?? dirname(copy.dest) });
    }
  }
}
function goWrapper(build) {
  let env = false;
  for (const w of build.command.words) {
    if (w.start >= build.goWord.start) return void 0;
    if (w.text === "env" && !env) env = true;
    else if (!(env && (w.text.startsWith("-") || isAssignment(w.text)))) return w.text;
  }
  return void 0;
}

// src/model/yaml.ts
var yamlModule;
function readYaml(text) {
  yamlModule ??= require("./model/yaml-tree.js");
  return yamlModule.readYaml(text);
}
function pairOf(m, key) {
  return m.pairs.find((p) => p.key === key);
}
function get(m, key) {
  return pairOf(m, key)?.value;
}
function scalar(n) {
  return n?.kind === "scalar" && n.value !== null ? n.value : void 0;
}
function strings(n) {
  if (!n) return void 0;
  if (n.kind === "scalar") return n.value === null ? void 0 : [n.value];
  if (n.kind !== "seq") return void 0;
  return n.items.flatMap((i) => i.kind === "scalar" && i.value !== null ? [i.value] : []);
}

// src/model/goreleaser.ts
var GORELEASER_FILES = [".goreleaser.yml", ".goreleaser.yaml", "goreleaser.yml", "goreleaser.yaml"];
var configsMemo = /* @__PURE__ */ new WeakMap();
function releaseConfigs(ws, unreadable) {
  const out = [];
  for (const dir of foldersAbove(ws.dockerfilePath)) {
    for (const name of GORELEASER_FILES) {
      const path = inFolder(dir, name);
      const config = readConfig(ws.repository, path, dir);
      if (typeof config === "string") unreadable.add(path);
      else if (config) out.push(config);
    }
  }
  return out;
}
function readConfig(tree, path, dir) {
  let memo2 = configsMemo.get(tree);
  if (!memo2) configsMemo.set(tree, memo2 = /* @__PURE__ */ new Map());
  let config = memo2.get(path);
  if (config !== void 0) return config;
  config = null;
  if (tree.kind(path) === "file") {
    const text = tree.read(path);
    const parsed = text === void 0 ? { error: "unreadable" } : readYaml(text);
    if (parsed.error !== void 0 || text === void 0) config = parsed.error ?? "unreadable";
    else if (parsed.root?.kind === "map") config = releaseConfig({ path, text, lineStarts: computeLineStarts(text) }, dir, parsed.root);
  }
  memo2.set(path, config);
  return config;
}
function releaseConfig(file, dir, root) {
  const version = Number(scalar(get(root, "version")) ?? "1") || 1;
  const projectName = scalar(get(root, "project_name")) ?? scalar(get(root, "project"));
  const config = { file, dir, root, version, builds: [], dockers: [], dist: scalar(get(root, "dist")) ?? "dist", env: list(root, "env") };
  const buildsNode = get(root, "builds");
  const items = buildsNode?.kind === "seq" && buildsNode.items.length > 0 ? buildsNode.items : void 0;
  const single = get(root, "build");
  if (items === void 0) config.builds.push(releaseBuild(config, single?.kind === "map" ? single : void 0, projectName, version));
  else for (const item of items) if (item.kind === "map") config.builds.push(releaseBuild(config, item, projectName, version));
  for (const kind of ["dockers", "dockers_v2"]) {
    const entries = get(root, kind);
    if (entries?.kind !== "seq") continue;
    for (const e of entries.items) if (e.kind === "map") config.dockers.push(releaseDocker(kind, e, dir));
  }
  return config;
}
function releaseBuild(config, node, project, version) {
  const text = (key) => node ? scalar(get(node, key)) : void 0;
  const id = text("id") ?? project ?? "";
  const binary = text("binary") ?? project;
  const goos = node ? strings(get(node, "goos")) : void 0;
  const goarch = node ? strings(get(node, "goarch")) : void 0;
  return {
    config,
    id,
    ...node ? { node } : {},
    builder: text("builder") ?? "go",
    skip: text("skip") === "true",
    binary: binary === void 0 || binary.includes("{{") ? void 0 : binary,
    env: node ? list(node, "env") : void 0,
    flags: node ? list(node, "flags") : void 0,
    ldflags: node ? list(node, "ldflags") : void 0,
    targets: targetsOf(node, goos ?? (version >= 2 ? ["darwin", "linux", "windows"] : ["darwin", "linux"]), goarch ?? ["386", "amd64", "arm64"]),
    overrides: node ? overridesOf(node) : []
  };
}
function targetsOf(node, goos, goarch) {
  const explicit = node ? strings(get(node, "targets")) : void 0;
  if (explicit) {
    if (explicit.some((t) => t.includes("{{"))) return void 0;
    return explicit.flatMap((t) => t.startsWith("go_") ? [{ goos: "linux", goarch: "amd64" }, { goos: "linux", goarch: "arm64" }] : [{ goos: t.split("_")[0], goarch: t.split("_")[1] ?? "" }]);
  }
  if ([...goos, ...goarch].some((v) => v.includes("{{"))) return void 0;
  const ignored = node ? get(node, "ignore") : void 0;
  const ignore = ignored?.kind === "seq" ? ignored.items.filter((i) => i.kind === "map") : [];
  const out = [];
  for (const os of goos) {
    for (const arch of goarch) {
      if (ignore.some((i) => matches(i, os, arch))) continue;
      out.push({ goos: os, goarch: arch });
    }
  }
  return out;
}
function matches(m, goos, goarch) {
  const os = scalar(get(m, "goos"));
  const arch = scalar(get(m, "goarch"));
  return (os === void 0 || os === goos) && (arch === void 0 || arch === goarch);
}
function overridesOf(node) {
  const o = get(node, "overrides");
  if (o?.kind !== "seq") return [];
  return o.items.filter((i) => i.kind === "map").map((m) => ({ goos: scalar(get(m, "goos")), goarch: scalar(get(m, "goarch")), env: list(m, "env")?.values ?? [], ldflags: list(m, "ldflags")?.values, flags: list(m, "flags")?.values }));
}
function releaseDocker(kind, node, dir) {
  const named2 = scalar(get(node, "dockerfile")) ?? "Dockerfile";
  const dockerfile = named2.includes("{{") ? void 0 : normalizePath(dir === "" ? named2 : `${dir}/${named2}`);
  const ids = strings(get(node, "ids")) ?? strings(get(node, "builds"));
  let platforms;
  if (kind === "dockers_v2") {
    const given = strings(get(node, "platforms")) ?? ["linux/amd64", "linux/arm64"];
    platforms = given.filter((p) => !p.includes("{{")).map((p) => ({ goos: p.split("/")[0], goarch: p.split("/")[1] ?? "" }));
  } else {
    platforms = [{ goos: scalar(get(node, "goos")) ?? "linux", goarch: scalar(get(node, "goarch")) ?? "amd64" }];
  }
  return { kind, node, dockerfile, ...ids ? { ids } : {}, platforms };
}
function normalizePath(p) {
  const out = [];
  for (const part of p.split("/")) {
    if (part === "" || part === ".") continue;
    if (part === "..") out.pop();
    else out.push(part);
  }
  return out.join("/");
}
function list(m, key) {
  const pair = pairOf(m, key);
  if (!pair) return void 0;
  const n = pair.value;
  const nodes = !n ? [] : n.kind === "seq" ? n.items : [n];
  const values = nodes.flatMap((i) => i.kind === "scalar" && i.value !== null ? [{ text: i.value, known: !i.value.includes("{{"), node: i }] : i.kind === "scalar" ? [] : [{ text: "", known: false }]);
  return { values, pair };
}
var ciMemo = /* @__PURE__ */ new WeakMap();
function releaseCiEnvironment(repository) {
  let env = ciMemo.get(repository);
  if (env) return env;
  const found = /* @__PURE__ */ new Map();
  const dir = ".github/workflows";
  for (const name of repository.list(dir) ?? []) {
    if (!/\.ya?ml$/.test(name)) continue;
    const text = repository.read(`${dir}/${name}`);
    const root = text === void 0 ? void 0 : readYaml(text).root;
    if (root?.kind === "map") for (const stepEnv of releaseStepEnvironments(root)) merge(found, stepEnv);
  }
  env = found;
  ciMemo.set(repository, env);
  return env;
}
function releaseStepEnvironments(workflow) {
  const out = [];
  const jobs = get(workflow, "jobs");
  if (jobs?.kind !== "map") return out;
  for (const job of jobs.pairs) {
    if (job.value?.kind !== "map") continue;
    const steps = get(job.value, "steps");
    if (steps?.kind !== "seq") continue;
    for (const step of steps.items) {
      if (step.kind !== "map") continue;
      const uses = scalar(get(step, "uses")) ?? "";
      const run = scalar(get(step, "run")) ?? "";
      if (!uses.includes("goreleaser/goreleaser-action") && !/(^|[\s;&|])goreleaser(\s|$)/m.test(run)) continue;
      out.push(new Map([...envMap(get(workflow, "env")), ...envMap(get(job.value, "env")), ...envMap(get(step, "env"))]));
    }
  }
  return out;
}
function envMap(n) {
  const m = /* @__PURE__ */ new Map();
  if (n?.kind === "map") {
    for (const p of n.pairs) if (p.value?.kind === "scalar") m.set(p.key, p.value.value ?? "");
  }
  return m;
}
function merge(into, step) {
  for (const [name, value2] of step) {
    const known3 = !value2.includes("${{");
    const before = into.get(name);
    if (before && (!before.known || before.value !== value2)) into.set(name, { value: "", known: false });
    else into.set(name, { value: value2, known: known3 });
  }
}

// src/model/host-builds.ts
function findHostBuilds(file, model) {
  const ws = model.workspace;
  if (!ws) return { builds: [], release: () => false };
  const copies = shippedContextCopies(model);
  if (copies.length === 0) {
    let release;
    return { builds: [], release: () => release ??= hostBuildsWith(file, model, ws, copies).release };
  }
  const found = hostBuildsWith(file, model, ws, copies);
  return { builds: found.builds, release: () => found.release };
}
function hostBuildsWith(file, model, ws, copies) {
  const unreadable = /* @__PURE__ */ new Set();
  const configs = releaseConfigs(ws, unreadable);
  if (unreadable.size > 0) model.unreadable = unreadable;
  const builds = [];
  let release = false;
  for (const config of configs) {
    for (const docker of config.dockers) {
      if (docker.dockerfile !== ws.dockerfilePath) continue;
      release = true;
      builds.push(...releaseBuilds(config, docker, copies, releaseCiEnvironment(ws.repository)));
    }
  }
  const unmatched = copies.filter((c) => !builds.some((b) => b.copy === c.copy));
  if (!release && unmatched.length > 0) builds.push(...makeBuilds(file, model, unmatched));
  return { builds, release };
}
function shippedContextCopies(model) {
  const out = [];
  for (const stage of model.finalLineage) {
    for (const copy of stage.copies) {
      if (copy.fromStage || copy.fromImage !== void 0 || copy.heredoc || copy.dest === void 0) continue;
      for (const s of copy.sources) if (!s.text.includes("://")) out.push({ copy, source: s.text.replace(/^\.?\/+/, "") });
    }
  }
  return out;
}
function sourceMatches(source, path) {
  let re = "^";
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === "$" && source[i + 1] === "{") {
      const close = source.indexOf("}", i);
      if (close === -1) return false;
      re += ".*";
      i = close;
    } else if (c === "*") re += "[^/]*";
    else if (c === "?") re += "[^/]";
    else re += c.replace(/[.+^$()|[\]\\{}]/g, "\\$&");
  }
  try {
    return new RegExp(re + "$").test(path.replace(/^\/+/, ""));
  } catch {
    return false;
  }
}
function releaseBuilds(config, docker, copies, ci) {
  const candidates = config.builds.filter((b) => b.builder === "go" && !b.skip && (docker.ids === void 0 || docker.ids.includes(b.id)));
  const out = [];
  for (const build of candidates) {
    for (const platform of docker.platforms) {
      if (build.targets && !build.targets.some((t) => t.goos === platform.goos && t.goarch === platform.goarch)) continue;
      const copy = copies.find((c) => copiesBinary(config, docker, build, platform, c.source) || build.binary === void 0 && candidates.length === 1 && copies.length === 1);
      if (copy) out.push(releaseHostBuild(config, build, platform, copy.copy, ci));
    }
  }
  return out;
}
function copiesBinary(config, docker, build, platform, source) {
  if (build.binary === void 0) return false;
  const name = basename(build.binary);
  if (docker.kind === "dockers_v2" ? sourceMatches(source, `${platform.goos}/${platform.goarch}/${name}`) : sourceMatches(source, name)) return true;
  const parts = source.split("/");
  return parts.length >= 3 && parts[0] === config.dist && sourceMatches(parts.slice(2).join("/"), build.binary) && (parts[1].startsWith(`${build.id}_`) || parts[1].startsWith("${"));
}
function releaseHostBuild(config, build, platform, copy, ci) {
  const override = build.overrides.find((o) => o.goos === platform.goos && o.goarch === platform.goarch);
  const inherited = [...ci].map(([name, v]) => ({ text: `${name}=${v.known ? v.value : "{{ unknown }}"}`, known: v.known }));
  const env = environment([...inherited, ...config.env?.values ?? [], ...build.env?.values ?? [], ...override?.env ?? []]);
  const ldflagValues = override?.ldflags ?? build.ldflags?.values;
  const ldflags = ldflagValues ? tokens(ldflagValues) : ["-s", "-w", "-X", "main.version={{.Version}}"];
  const flags = tokens(override?.flags ?? build.flags?.values ?? []);
  const goflags = env.get("GOFLAGS");
  const allFlags = [...flags, ...goflags?.known ? splitQuoted(goflags.value) : []];
  const cgo = env.get("CGO_ENABLED");
  return {
    tool: "goreleaser",
    file: config.file,
    name: build.id,
    copy,
    cgo: { value: env.opaque.has("CGO_ENABLED") || cgo && !cgo.known ? void 0 : cgo ? cgo.value : null },
    cgoFlags: ["CC", "CXX", "CGO_CFLAGS", "CGO_LDFLAGS", "CGO_CPPFLAGS", "CGO_CXXFLAGS"].some((n) => env.has(n) || env.opaque.has(n)),
    goos: platform.goos,
    goarch: platform.goarch,
    ldflags: { flags: ldflags },
    trimpath: allFlags.some((f) => f.startsWith("$")) ? void 0 : allFlags.some((f) => f === "-trimpath" || f === "--trimpath" || f === "-trimpath=true"),
    staticLink: linksStatically(ldflags),
    ...build.binary ? { binary: build.binary } : {},
    release: build
  };
}
function tokens(values) {
  return splitQuoted(values.map((v) => v.text).join(" ")).map((t) => t.startsWith("{{") ? `$${t}` : t);
}
function environment(entries) {
  const env = Object.assign(/* @__PURE__ */ new Map(), { opaque: /* @__PURE__ */ new Set() });
  for (const e of entries) {
    const eq = e.text.indexOf("=");
    const name = eq === -1 ? "" : e.text.slice(0, eq);
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) {
      for (const m of e.text.matchAll(/[A-Za-z_][A-Za-z0-9_]*(?==)/g)) env.opaque.add(m[0]);
      continue;
    }
    env.set(name, { value: e.text.slice(eq + 1), known: !e.text.slice(eq + 1).includes("{{") });
  }
  return env;
}
var MAX_TARGETS2 = 64;
var MAKEFILES2 = ["GNUmakefile", "makefile", "Makefile"];
function makeBuilds(file, model, copies) {
  const ws = model.workspace;
  if (!ws) return [];
  const locate = contextLocator(ws);
  const makefile = MAKEFILES2.map((n) => locate.open(`/${n}`)).find((f) => f !== void 0);
  if (!makefile) return [];
  const runs = targetBuilds(file, model, makefile, locate);
  const imageRuns = runs.filter((r) => r.images.some((d) => d === ws.dockerfilePath));
  const out = [];
  const seen = /* @__PURE__ */ new Set();
  for (const { target, commands } of runs) {
    for (const command of commands) {
      const copy = copies.find((c) => writes(command, c.source));
      const key = `${command.file?.path}:${command.goWord.start}`;
      if (!copy || seen.has(key) || !command.file) continue;
      if (!imageRuns.some((r) => r.commands.some((c) => c.file === command.file && c.goWord.start === command.goWord.start))) continue;
      seen.add(key);
      out.push(makeHostBuild(command, command.file, target, copy.copy));
    }
  }
  return out;
}
var targetsMemo = /* @__PURE__ */ new Map();
var MAX_MEMO = 16;
function targetBuilds(file, model, makefile, locate) {
  const key = `${makefile.path}\0${makefile.text}`;
  let found = targetsMemo.get(key);
  if (found) return found;
  const ws = model.workspace;
  const mk = readMakefile(makefile, { env: /* @__PURE__ */ new Map(), overrides: /* @__PURE__ */ new Map(), curdir: "/" }, (p) => locate.open(`/${p}`));
  found = [...mk.rules.keys()].slice(0, MAX_TARGETS2).map((target) => {
    const images = [];
    const commands = hostCommands(file, model, locate, ["make", target], "/", (words2, ctx) => {
      const built = containerBuild(words2, (w) => valueIn(ctx, w), ctx.state.cwd ?? "/");
      if (built !== void 0) images.push(built === "?" || !ws ? "?" : repositoryPath(ws, built));
    });
    return { target, commands, images };
  });
  if (targetsMemo.size >= MAX_MEMO) targetsMemo.clear();
  targetsMemo.set(key, found);
  return found;
}
var CONTAINER_TOOLS = /* @__PURE__ */ new Set(["docker", "podman", "nerdctl", "buildah"]);
function containerBuild(words2, value2, cwd) {
  const tool = value2(words2[0]);
  if (!tool.known || !CONTAINER_TOOLS.has(basename(tool.value))) return void 0;
  const at = words2.slice(1, 4).findIndex((w) => w.text === "build" || w.text === "bud");
  if (at === -1) return void 0;
  const args = words2.slice(at + 2);
  let dockerfile;
  for (let i = 0; i < args.length; i++) {
    const t = args[i].text;
    if (t === "-f" || t === "--file") dockerfile = args[i + 1] ? known(value2(args[i + 1])) : "?";
    else if (t.startsWith("--file=")) dockerfile = known(value2({ ...args[i], text: t.slice("--file=".length) }));
    else if (t.startsWith("-f") && t.length > 2 && !t.startsWith("--")) dockerfile = known(value2({ ...args[i], text: t.slice(2) }));
  }
  if (dockerfile === void 0) {
    const last = args[args.length - 1];
    const context = last ? known(value2(last)) : "?";
    if (context === "?" || context.startsWith("-")) return "?";
    dockerfile = `${context}/Dockerfile`;
  }
  if (dockerfile === "?" || dockerfile === "-") return "?";
  const p = resolvePath(cwd, dockerfile);
  return p === "/" ? "?" : p.slice(1);
}
function known(v) {
  return v.known ? v.value : "?";
}
function writes(command, source) {
  const places = [command.output, command.outputPattern, ...command.movedTo ?? []].filter((p) => p !== void 0).map((p) => p.replace(/\$\([^)]*\)/g, "${X}").replace(/^\/+/, ""));
  const name = basename(source);
  if (name.includes("$")) return false;
  return places.some((p) => {
    const own = basename(p);
    if (own.includes("$") || !sourceMatches(name, own)) return false;
    return sourceMatches(source, p) || sourceMatches(p, source);
  });
}
function makeHostBuild(command, file, target, copy) {
  return {
    tool: "make",
    file,
    name: target,
    copy,
    cgo: { value: command.cgo.value },
    cgoFlags: command.cgoFlags,
    ...command.goos.value ? { goos: command.goos.value } : {},
    ...command.goarch.value ? { goarch: command.goarch.value } : {},
    ...command.ldflags ? { ldflags: { flags: command.ldflags.flags } } : {},
    trimpath: command.trimpath,
    staticLink: command.staticLink,
    ...command.output ? { binary: basename(command.output) } : {},
    command
  };
}

// src/model/exec-form.ts
function execForm(file, args) {
  const first = file.text.charCodeAt(args.start);
  if (first > 32 && first < 127 && first !== 91) return void 0;
  const raw = file.text.slice(args.start, args.end);
  if (!raw.trimStart().startsWith("[")) return void 0;
  const joined = joinContinuations(raw, file.escapeChar).trim();
  if (!joined.endsWith("]")) return void 0;
  try {
    const parsed = JSON.parse(joined);
    if (Array.isArray(parsed) && parsed.every((x) => typeof x === "string")) return parsed;
  } catch {
  }
  return void 0;
}
function joinContinuations(raw, escapeChar) {
  let out = "";
  let i = 0;
  while (i < raw.length) {
    const c = raw[i];
    if (c === escapeChar) {
      let j = i + 1;
      while (j < raw.length && (raw[j] === " " || raw[j] === "	")) j++;
      if (raw[j] === "\r" && raw[j + 1] === "\n") j++;
      if (raw[j] === "\n" || raw[j] === "\r" && j === raw.length - 1) {
        i = skipCommentLines(raw, j + 1);
        continue;
      }
    }
    out += c;
    i++;
  }
  return out;
}
function skipCommentLines(raw, from) {
  let i = from;
  for (; ; ) {
    let j = i;
    while (j < raw.length && (raw[j] === " " || raw[j] === "	")) j++;
    if (raw[j] !== "#" && raw[j] !== "\n" && raw[j] !== "\r") return i;
    if (j >= raw.length) return i;
    const nl = raw.indexOf("\n", j);
    if (nl === -1) return raw.length;
    i = nl + 1;
  }
}
function execFormWords(file, args) {
  const values = execForm(file, args);
  if (!values) return void 0;
  const t = file.text;
  const words2 = [];
  let i = args.start;
  for (const value2 of values) {
    while (i < args.end && t[i] !== '"') i++;
    const start = i;
    i++;
    while (i < args.end && t[i] !== '"') i += t[i] === "\\" ? 2 : 1;
    i++;
    if (i > args.end) return void 0;
    let decoded;
    try {
      decoded = JSON.parse(t.slice(start, i));
    } catch {
      return void 0;
    }
    if (decoded !== value2) return void 0;
    words2.push({ text: value2, start, end: i, quoted: true, hasExpansion: false });
  }
  if (words2.length === 0) return void 0;
  return { assignments: [], words: words2, redirects: [], start: words2[0].start, end: words2[words2.length - 1].end, separator: null };
}

// src/parse/words.ts
function joinContinuations2(text, escapeChar = "\\") {
  if (text.indexOf("\n") === -1 && text.indexOf("\r") === -1) return text;
  const lines = text.split(/\r?\n|\r/);
  let out = "";
  let continued = false;
  for (let i = 0; i < lines.length; i++) {
    let line = lines[i];
    if (continued && i > 0) {
      const trimmed = line.trimStart();
      if (trimmed === "" || trimmed.startsWith("#")) continue;
    } else if (i > 0) {
      out += "\n";
    }
    let end = line.length;
    while (end > 0 && (line[end - 1] === " " || line[end - 1] === "	")) end--;
    continued = i < lines.length - 1 && end > 0 && line[end - 1] === escapeChar;
    if (continued) line = line.slice(0, end - 1);
    out += line;
  }
  return out;
}
function flagValue(raw) {
  if (raw.indexOf('"') === -1 && raw.indexOf("'") === -1 && raw.indexOf("\\") === -1) return raw;
  let out = "";
  let quote;
  for (let i = 0; i < raw.length; i++) {
    const c = raw[i];
    if (quote !== void 0 && c === quote) quote = void 0;
    else if (quote === void 0 && (c === '"' || c === "'")) quote = c;
    else if (c === "\\") {
      if (i + 1 < raw.length) out += raw[++i];
    } else out += c;
  }
  return out;
}
function csvFields(value2) {
  const fields = [];
  let cur = "";
  let quoted = false;
  for (let i = 0; i < value2.length; i++) {
    const c = value2[i];
    if (quoted) {
      if (c === '"' && value2[i + 1] === '"') {
        cur += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cur += c;
    } else if (c === '"' && cur === "") quoted = true;
    else if (c === ",") {
      fields.push(cur);
      cur = "";
    } else cur += c;
  }
  fields.push(cur);
  return fields;
}

// src/model/build.ts
var PLATFORM_ARGS = [
  "BUILDPLATFORM",
  "BUILDOS",
  "BUILDARCH",
  "BUILDVARIANT",
  "TARGETPLATFORM",
  "TARGETOS",
  "TARGETARCH",
  "TARGETVARIANT",
  "TARGETSTAGE"
];
var UNKNOWN = { known: false };
var TARGET_ARGS = ["TARGETPLATFORM", "TARGETOS", "TARGETARCH", "TARGETVARIANT"];
var isNameChar3 = (c) => c >= "A" && c <= "Z" || c >= "a" && c <= "z" || c >= "0" && c <= "9" || c === "_";
function referencesAny(text, names) {
  for (let i = text.indexOf("$"); i !== -1; i = text.indexOf("$", i + 1)) {
    let k = i + 1 + (text[i + 1] === "{" ? 1 : 0);
    const start = k;
    while (k < text.length && isNameChar3(text[k])) k++;
    if (k > start && names.has(text.slice(start, k))) return true;
  }
  return false;
}
function buildModel(file, options = {}) {
  const globalScope = /* @__PURE__ */ new Map();
  for (const name of PLATFORM_ARGS) {
    const value2 = options.platform?.[name];
    globalScope.set(name, value2 === void 0 ? UNKNOWN : { known: true, value: value2 });
  }
  const index = new StageIndex();
  const byTarget = new Set(TARGET_ARGS);
  let current;
  for (const instruction of file.dockerfile.getInstructions()) {
    if (instruction instanceof From2) {
      current = startStage(file, instruction, index, globalScope, options.mirrors);
      if (referencesAny(file.text.slice(current.stage.imageSpan.start, current.stage.imageSpan.end), byTarget)) current.stage.imageByTarget = true;
      index.add(current.stage);
    } else if (current) {
      current.stage.instructions.push(instruction);
      readInstruction(file, current, instruction, index, globalScope);
    } else if (instruction instanceof Arg2) {
      declareArgs(file, instruction, globalScope, globalScope, true);
      for (const p of instruction.getProperties()) if (referencesAny(p.getValue() ?? "", byTarget)) byTarget.add(p.getName());
    }
  }
  const stages = index.stages;
  const final = stages[stages.length - 1];
  const finalLineage = final ? stageLineage(final) : [];
  const model = { stages, final, finalLineage, goBuilds: [], hostBuilds: [], globalScope, goMod: options.goMod, mirrors: options.mirrors ?? [], platform: options.platform, workspace: options.workspace };
  if (!options.platform) model.platformVariants = platformVariants(finalLineage);
  assignGoVersions(stages, (offset) => lineColumn(file, offset).line);
  model.goBuilds = analyzeGoBuilds(file, model);
  const host = findHostBuilds(file, model);
  model.hostBuilds = host.builds;
  Object.defineProperty(model, "releaseImage", { get: host.release, enumerable: true });
  return model;
}
function readInstruction(file, current, instruction, index, globalScope) {
  const { stage, scope, env } = current;
  if (instruction instanceof Arg2) {
    declareArgs(file, instruction, scope, globalScope, false);
    current.snapshot = void 0;
  } else if (instruction instanceof Env2) {
    current.snapshot = void 0;
    for (const p of instruction.getProperties()) {
      const raw = p.getValue();
      const v = raw === null ? { value: "", known: true } : expand(raw, scope, file.escapeChar);
      const value2 = v.known ? { known: true, value: v.value } : UNKNOWN;
      scope.set(p.getName(), value2);
      env.set(p.getName(), value2);
    }
  } else if (instruction instanceof Workdir2) {
    const arg = instruction.getArgumentsContent();
    if (arg !== null) {
      const v = expand(arg.trim(), scope, file.escapeChar);
      stage.workdir = v.known && stage.workdir !== void 0 ? resolvePath(stage.workdir, v.value) : v.known && v.value.startsWith("/") ? resolvePath("/", v.value) : void 0;
    }
  } else if (instruction instanceof User2) {
    stage.user = userInfo(file, instruction, scope);
  } else if (instruction instanceof Run2) {
    current.snapshot ??= new Map(scope);
    stage.runs.push(runInfo(file, stage, instruction, current.snapshot));
  } else if (instruction instanceof Copy2 || instruction instanceof Add2) {
    stage.copies.push(copyInfo(file, stage, instruction, scope, index));
  } else if (instruction instanceof Volume2) {
    stage.volumes.push(volumeInfo(file, stage, instruction, scope));
  }
}
function volumeInfo(file, stage, volume, scope) {
  const span = spanOf(file, volume.getRange());
  const argsRange = volume.getArgumentsRange();
  const exec = argsRange ? execForm(file, spanOf(file, argsRange)) : void 0;
  const words2 = exec ?? volume.getArguments().map((a) => a.getValue());
  const paths = words2.map((w) => {
    const v = expand(w, scope, file.escapeChar);
    if (!v.known || v.value === "") return void 0;
    if (v.value.startsWith("/")) return resolvePath("/", v.value);
    return stage.workdir === void 0 ? void 0 : resolvePath(stage.workdir, v.value);
  });
  return { instruction: volume, span, paths };
}
function startStage(file, from, earlier, global, mirrors) {
  const fromSpan = spanOf(file, from.getRange());
  const imageRange = from.getImageRange();
  const imageSpan = imageRange ? spanOf(file, imageRange) : fromSpan;
  const imageRaw = imageRange ? file.text.slice(imageSpan.start, imageSpan.end) : "";
  const expanded = expandWord(joinContinuations2(imageRaw, file.escapeChar), global, file.escapeChar);
  const base = resolveBase(expanded, earlier, mirrors);
  const parent = base.kind === "stage" ? base.stage : void 0;
  let platformChoices;
  if (base.kind === "stage" && base.candidates.length > 1) {
    const choices = base.candidates.map((c) => c.name === void 0 ? void 0 : bindingOf(expanded, c.name));
    if (choices.every((c) => c !== void 0 && ARCH_ARGS.includes(c.name))) platformChoices = choices;
  }
  const env = new Map(parent?.env ?? imageEnv(base));
  const platformFlag = from.getPlatformFlag();
  const platformRange = platformFlag?.getValueRange();
  const stage = {
    index: earlier.stages.length,
    name: from.getBuildStage()?.toLowerCase() ?? void 0,
    from,
    fromSpan,
    imageSpan,
    imageText: expanded.value,
    ...platformFlag && platformRange ? { platform: { text: platformFlag.getValue() ?? "", span: spanOf(file, platformRange) } } : {},
    base,
    instructions: [],
    env,
    goEnv: new Map(parent?.goEnv ?? []),
    workdir: parent ? parent.workdir : defaultWorkdir(base),
    runs: [],
    copies: [],
    volumes: [],
    ...platformChoices ? { platformChoices } : {}
  };
  return { stage, scope: new Map(env), env };
}
function resolveBase(expanded, earlier, mirrors) {
  const lower = expanded.value.toLowerCase();
  if (expanded.known) {
    const stage = earlier.find(lower);
    if (stage) return { kind: "stage", stage, candidates: [stage] };
    if (lower === "scratch") return { kind: "scratch" };
    const image = knownImage(expanded.value, mirrors);
    return image ? { kind: "image", ref: image.ref, facts: image.facts } : { kind: "unknown", text: expanded.value };
  }
  const literal = expanded.parts.some((p) => typeof p === "string" && p !== "");
  const candidates = literal ? earlier.stages.filter((s) => s.name !== void 0 && matchesExpansion(expanded, s.name)) : [];
  if (candidates.length > 0) return { kind: "stage", stage: candidates[0], candidates };
  return { kind: "unknown", text: expanded.value };
}
var IMAGES = /* @__PURE__ */ new Map();
var MIRRORED = /* @__PURE__ */ new WeakMap();
function knownImage(text, mirrors) {
  let cache = IMAGES;
  if (mirrors && mirrors.length > 0) {
    cache = MIRRORED.get(mirrors) ?? /* @__PURE__ */ new Map();
    MIRRORED.set(mirrors, cache);
  }
  let image = cache.get(text);
  if (image === void 0) {
    const ref = parseImageRef(text);
    image = ref ? { ref, facts: imageFacts(unmirror(ref, mirrors)) } : null;
    if (cache.size >= 1024) cache.clear();
    cache.set(text, image);
  }
  return image;
}
function isIndex(ref) {
  if (ref.length === 0) return false;
  for (const c of ref) if (c < "0" || c > "9") return false;
  return true;
}
var StageIndex = class {
  stages = [];
  byName = /* @__PURE__ */ new Map();
  add(stage) {
    this.stages.push(stage);
    if (stage.name !== void 0 && !this.byName.has(stage.name)) this.byName.set(stage.name, stage);
  }
  /** As {@link findStage}, never returning `except` (a stage cannot copy from itself). */
  find(ref, except) {
    const named2 = this.byName.get(ref.toLowerCase());
    if (named2 && named2 !== except) return named2;
    if (named2) return void 0;
    if (!isIndex(ref)) return void 0;
    const s = this.stages[Number(ref)];
    return s === except ? void 0 : s;
  }
};
function imageEnv(base) {
  if (base.kind === "image" && base.facts.family === "golang") return [["GOPATH", { known: true, value: "/go" }]];
  return [];
}
function defaultWorkdir(base) {
  if (base.kind === "image") {
    if (base.facts.family === "golang") return "/go";
    if (base.facts.family === "distroless" && base.facts.defaultUid === 65532) return "/home/nonroot";
    if (base.facts.family === "other") return void 0;
  }
  return "/";
}
function declareArgs(file, arg, scope, global, isGlobal) {
  for (const p of arg.getProperties()) {
    const name = p.getName();
    const raw = p.getValue();
    if (raw !== null) {
      const v = expand(raw, scope, file.escapeChar);
      scope.set(name, v.known ? { known: true, value: v.value } : UNKNOWN);
    } else if (!isGlobal && global.has(name)) {
      scope.set(name, global.get(name) ?? UNKNOWN);
    } else {
      scope.set(name, UNKNOWN);
    }
  }
}
function userInfo(file, user, scope) {
  const span = spanOf(file, user.getRange());
  const raw = (user.getArgumentsContent() ?? "").trim();
  const v = expand(raw, scope, file.escapeChar);
  const [u, g] = v.value.split(":");
  return { instruction: user, span, user: v.known ? u : void 0, group: v.known ? g : void 0 };
}
function runInfo(file, stage, run, scope) {
  const span = spanOf(file, run.getRange());
  const mounts2 = [];
  for (const f of run.getFlags()) {
    if (f.getName().toLowerCase() !== "mount") continue;
    const options = mountOptions(file, f);
    const fromRange = f.getOption("from")?.getValueRange();
    mounts2.push({
      type: options.get("type") ?? "bind",
      target: options.get("target") ?? options.get("dst") ?? options.get("destination"),
      source: options.get("source") ?? options.get("src"),
      from: options.get("from"),
      ...fromRange ? { fromSpan: spanOf(file, fromRange) } : {}
    });
  }
  const workdir = stage.workdir;
  const argsRange = run.getArgumentsRange();
  if (!argsRange) return { stage, instruction: run, span, scope, workdir, mounts: mounts2, form: "shell", commands: [] };
  const args = spanOf(file, argsRange);
  const exec = execForm(file, args);
  if (exec) {
    const command = execFormWords(file, args);
    return { stage, instruction: run, span, scope, workdir, mounts: mounts2, form: "exec", commands: command ? [command] : [], exec };
  }
  const heredocs = run.getHeredocs();
  if (heredocs.length === 0) {
    const commands2 = splitCommands(file.text, args.start, args.end, { escapeChar: file.escapeChar, dockerfileContinuations: true });
    return { stage, instruction: run, span, scope, workdir, mounts: mounts2, form: "shell", commands: commands2 };
  }
  const firstLineEnd = spanOf(file, heredocs[0].getStartRange()).start;
  const lineEnd = file.text.indexOf("\n", firstLineEnd);
  const head = splitCommands(file.text, args.start, lineEnd === -1 ? args.end : lineEnd, { escapeChar: file.escapeChar, dockerfileContinuations: true });
  const commands = [...head];
  const runsScript = head.length <= 1 && (head.length === 0 || isShellCommand(head[0]));
  if (runsScript) {
    for (const h of heredocs) {
      const content = h.getContentRange();
      if (!content) continue;
      const body = spanOf(file, content);
      for (const c of splitCommands(file.text, body.start, body.end, { escapeChar: file.escapeChar, dockerfileContinuations: false })) commands.push(c);
    }
  }
  return { stage, instruction: run, span, scope, workdir, mounts: mounts2, form: "heredoc", commands };
}
function readFlagValue(file, flag) {
  const range = flag.getValueRange();
  if (!range) return flag.getValue() ?? void 0;
  const span = spanOf(file, range);
  return flagValue(joinContinuations2(file.text.slice(span.start, span.end), file.escapeChar));
}
function mountOptions(file, flag) {
  const options = /* @__PURE__ */ new Map();
  for (const field of csvFields(readFlagValue(file, flag) ?? "")) {
    const eq = field.indexOf("=");
    const key = (eq === -1 ? field : field.slice(0, eq)).trim().toLowerCase();
    if (key) options.set(key, eq === -1 ? "" : field.slice(eq + 1));
  }
  return options;
}
var SHELLS2 = /* @__PURE__ */ new Set(["sh", "bash", "ash", "dash", "zsh", "/bin/sh", "/bin/bash", "/bin/ash", "/bin/dash", "/usr/bin/bash"]);
function isShellCommand(cmd) {
  if (cmd.words.length === 0) return true;
  if (!SHELLS2.has(cmd.words[0].text)) return false;
  return cmd.words.slice(1).every((w) => w.text.startsWith("-") && !w.text.includes("c"));
}
function copyInfo(file, stage, copy, scope, earlier) {
  const span = spanOf(file, copy.getRange());
  const keyword2 = copy instanceof Copy2 ? "COPY" : "ADD";
  let fromFlag;
  let chownFlag;
  for (const f of copy.getFlags()) {
    const name = f.getName().toLowerCase();
    if (name === "from") fromFlag ??= f;
    else if (name === "chown") chownFlag = f;
  }
  let fromStage;
  let fromImage;
  let fromImageSpan;
  let fromImageKnown = false;
  if (fromFlag) {
    const v = expandWord(readFlagValue(file, fromFlag) ?? "", scope, file.escapeChar);
    fromStage = v.known ? earlier.find(v.value, stage) : void 0;
    if (!fromStage) {
      fromImage = v.value;
      fromImageKnown = v.known;
      const range = fromFlag.getValueRange();
      if (range) fromImageSpan = spanOf(file, range);
    }
  }
  const heredocs = copy instanceof Copy2 ? copy.getHeredocs() : [];
  const heredoc = heredocs.length > 0;
  const argsRange = copy.getArgumentsRange();
  const args = argsRange ? spanOf(file, argsRange) : span;
  const exec = heredoc ? void 0 : execForm(file, args);
  let paths;
  if (exec) {
    paths = exec.map((text) => ({ text, span: args }));
  } else if (heredoc) {
    let bodyStart = Infinity;
    for (const h of heredocs) bodyStart = Math.min(bodyStart, spanOf(file, h.getStartRange()).start);
    const firstLineEnd = file.text.indexOf("\n", bodyStart);
    const limit = firstLineEnd === -1 ? file.text.length : firstLineEnd;
    paths = copy.getArguments().map((a) => ({ a, span: spanOf(file, a.getRange()) })).filter(({ span: sp }) => sp.start < limit).map(({ a, span: sp }) => {
      const h = heredocs.find((d) => spanOf(file, d.getStartRange()).start === sp.start);
      return h ? { text: file.text.slice(sp.start, sp.end), span: sp, literal: true } : { text: a.getValue(), span: sp };
    });
  } else {
    paths = [];
    for (const a of copy.getArguments()) paths.push({ text: a.getValue(), span: spanOf(file, a.getRange()) });
  }
  const destEntry = paths.pop();
  const destText = destEntry?.text ?? "";
  const destExp = expand(destText, scope, file.escapeChar);
  let dest;
  if (destExp.known && (stage.workdir !== void 0 || destExp.value.startsWith("/"))) {
    const resolved = resolvePath(stage.workdir ?? "/", destExp.value);
    const isDir = destExp.value.endsWith("/") || destExp.value === "." || destExp.value.endsWith("/.");
    dest = isDir && resolved !== "/" ? resolved + "/" : resolved;
  }
  const sources = [];
  for (const p of paths) {
    if (p.literal) {
      sources.push({ text: p.text, known: true, span: p.span });
    } else {
      const v = expand(p.text, scope, file.escapeChar);
      sources.push({ text: v.value, known: v.known, span: p.span });
    }
  }
  const chown = chownFlag && chownOf(file, chownFlag, scope);
  return { stage, instruction: copy, span, keyword: keyword2, fromStage, fromImage, fromImageSpan, fromImageKnown, sources, dest, destText, workdir: stage.workdir, heredoc, ...chown ? { chown } : {} };
}
function chownOf(file, flag, scope) {
  const range = flag.getValueRange();
  const raw = flag.getValue();
  if (!range || raw === null || raw === "") return void 0;
  const v = expand(raw, scope, file.escapeChar);
  const [user, group] = v.value.split(":");
  return { user: v.known ? user : void 0, ...v.known && group !== void 0 ? { group } : {}, span: spanOf(file, range) };
}
var MAX_PLATFORM_VARIANTS = 8;
var ARCH_ARGS = ["TARGETARCH", "TARGETVARIANT"];
function platformVariants(finalLineage) {
  for (const stage of finalLineage) {
    if (!stage.platformChoices) continue;
    const seen = /* @__PURE__ */ new Set();
    const variants = [];
    for (const { name, value: value2 } of stage.platformChoices) {
      if (seen.has(value2)) continue;
      seen.add(value2);
      variants.push({ [name]: value2 });
    }
    return variants.length > 1 && variants.length <= MAX_PLATFORM_VARIANTS ? variants : void 0;
  }
  return void 0;
}

// src/parse/visible.ts
var UNSAFE = /[\x00-\x08\x0a-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]|##\[/g;
var NAMED = { "\n": "\\n", "\r": "\\r" };
function visible(text) {
  UNSAFE.lastIndex = 0;
  if (!UNSAFE.test(text)) return text;
  return text.replace(UNSAFE, (c) => {
    if (c === "##[") return "#\\x23[";
    const named2 = NAMED[c];
    if (named2) return named2;
    const code = c.charCodeAt(0);
    if (code >= 56448 && code <= 56575) return `\\x${(code - 56320).toString(16)}`;
    return code <= 255 ? `\\x${code.toString(16).padStart(2, "0")}` : `\\u${code.toString(16).padStart(4, "0")}`;
  });
}
function excerpt(text, max = 300) {
  const cut = text.length > max ? `${text.slice(0, max - 1)}\u2026` : text;
  return visible(cut);
}

// src/parse/structure.ts
var KEYWORDS = /* @__PURE__ */ new Set([
  "ADD",
  "ARG",
  "CMD",
  "COPY",
  "ENTRYPOINT",
  "ENV",
  "EXPOSE",
  "FROM",
  "HEALTHCHECK",
  "LABEL",
  "MAINTAINER",
  "ONBUILD",
  "RUN",
  "SHELL",
  "STOPSIGNAL",
  "USER",
  "VOLUME",
  "WORKDIR"
]);
function structuralProblems(file) {
  const problems = [];
  const instructions = file.dockerfile.getInstructions();
  const lineOf2 = (i) => i.getRange().start.line + 1;
  if (instructions.length === 0) {
    return [{ line: 1, message: file.text.trim() === "" ? "empty file: no instructions" : "no instructions: only comments" }];
  }
  let seenFrom = false;
  for (const instruction of instructions) {
    const keyword2 = instruction.getKeyword();
    if (!KEYWORDS.has(keyword2)) {
      problems.push({ line: lineOf2(instruction), message: `unknown instruction "${excerpt(instruction.getInstruction(), 40)}"` });
      continue;
    }
    if (keyword2 === "FROM") {
      seenFrom = true;
      if (instruction.getArguments().length === 0) problems.push({ line: lineOf2(instruction), message: "FROM needs an image" });
    } else if (!seenFrom && keyword2 !== "ARG") {
      problems.push({ line: lineOf2(instruction), message: `${keyword2} before the first FROM: only ARG may come before FROM` });
    }
    if (instruction instanceof Run2 || instruction instanceof Copy2) {
      for (const heredoc of instruction.getHeredocs()) {
        if (heredoc.getDelimiterRange() === null) {
          const { line } = lineColumn(file, spanOf(file, heredoc.getStartRange()).start);
          problems.push({ line, message: `heredoc <<${excerpt(heredoc.getName(), 40)} is never closed` });
        }
      }
    }
  }
  if (!seenFrom) problems.unshift({ line: 1, message: "no FROM instruction: nothing to build" });
  return problems;
}

// src/model/compiler.ts
var COMPILER_PACKAGES = /* @__PURE__ */ new Set([
  "gcc",
  "g++",
  "clang",
  "build-base",
  "musl-dev",
  "build-essential",
  "libc6-dev",
  "libc-dev",
  "alpine-sdk",
  "gcc-c++",
  "glibc-devel"
]);
var MAYBE_COMPILER_PACKAGES = /* @__PURE__ */ new Set(["go", "golang", "golang-go", "musl-gcc", "zig", "cgo"]);
var PACKAGE_MANAGERS = /* @__PURE__ */ new Map([
  ["apk", ["add"]],
  ["xx-apk", ["add"]],
  ["apt-get", ["install"]],
  ["apt", ["install"]],
  ["xx-apt-get", ["install"]],
  ["xx-apt", ["install"]],
  ["yum", ["install"]],
  ["dnf", ["install"]],
  ["microdnf", ["install"]],
  ["tdnf", ["install"]],
  ["zypper", ["install", "in"]]
]);
function compilerInstalled(build) {
  const facts = rootFacts(build.stage);
  if (!facts || facts.hasCCompiler !== false) return void 0;
  if (goVersionAtLeast(build.run.goVersion, "1.20") === false) return void 0;
  return installedBefore(build.stage, build.run);
}
function installedBefore(stage, run) {
  let result = "no";
  for (const s of stageLineage(stage)) {
    for (const r of s.runs) {
      if (s === stage && r.span.start >= run.span.start) continue;
      for (const cmd of r.commands) {
        const p = installs(cmd);
        if (p === "yes") return "yes";
        if (p === "maybe") result = "maybe";
      }
    }
  }
  return result;
}
function installs(cmd) {
  const words2 = cmd.words.map((w) => w.text);
  const verbs = words2.length > 0 ? PACKAGE_MANAGERS.get(basename(words2[0])) : void 0;
  if (!verbs) return "no";
  const verb = words2.findIndex((w, i) => i > 0 && verbs.includes(w));
  if (verb === -1) return "no";
  let result = "no";
  for (const w of words2.slice(verb + 1)) {
    if (w.startsWith("-")) continue;
    const name = packageName(w);
    if (COMPILER_PACKAGES.has(name)) return "yes";
    if (MAYBE_COMPILER_PACKAGES.has(name) || w.includes("$") || w.includes("`")) result = "maybe";
  }
  return result;
}
function installedPackages(cmd) {
  const words2 = cmd.words.map((w) => w.text);
  const verbs = words2.length > 0 ? PACKAGE_MANAGERS.get(basename(words2[0])) : void 0;
  if (!verbs) return [];
  const verb = words2.findIndex((w, i) => i > 0 && verbs.includes(w));
  if (verb === -1) return [];
  return words2.slice(verb + 1).filter((w) => !w.startsWith("-")).map(packageName);
}
function packageName(word) {
  let end = word.length;
  for (const c of ["=", "~", "<", ">", ":"]) {
    const i = word.indexOf(c);
    if (i > 0 && i < end) end = i;
  }
  return word.slice(0, end);
}

// src/edits/text.ts
var insertAt = (offset, text) => ({ start: offset, end: offset, text });
var replaceSpan = (span, text) => ({ start: span.start, end: span.end, text });
function prependToFlagValue(file, nameWord, valueWord, addition) {
  const raw = file.text.slice(valueWord.start, valueWord.end);
  let valueStart = valueWord.start;
  let body = raw;
  if (valueWord === nameWord || valueWord.start === nameWord.start) {
    const eq = raw.indexOf("=");
    if (eq === -1) return void 0;
    if (raw[0] === '"' || raw[0] === "'") {
      if (raw[raw.length - 1] !== raw[0]) return void 0;
      const rest = raw.slice(eq + 1, -1);
      return insertAt(valueWord.start + eq + 1, rest.length > 0 ? addition + " " : addition);
    }
    valueStart = valueWord.start + eq + 1;
    body = raw.slice(eq + 1);
  }
  const q = body[0];
  if (q === '"' || q === "'") {
    if (body.length < 2 || body[body.length - 1] !== q) return void 0;
    const inner = body.slice(1, -1);
    return insertAt(valueStart + 1, inner.trim().length > 0 ? addition + " " : addition);
  }
  if (body.length === 0) return insertAt(valueStart, `"${addition}"`);
  if (body.includes('"') || body.includes("'") || body.includes("\\") || body.includes("\n") || body.includes("\r")) return void 0;
  return replaceSpan({ start: valueStart, end: valueStart + body.length }, `"${addition} ${body}"`);
}
function removeWord(file, word) {
  const t = file.text;
  let start = word.start;
  while (start > 0 && isBlank2(t[start - 1])) start--;
  const startsLine = start === 0 || t[start - 1] === "\n";
  let end = word.end;
  while (end < t.length && isBlank2(t[end])) end++;
  if (startsLine) {
    const afterEscape = t[end] === file.escapeChar ? lineBreakEnd(t, end + 1) : void 0;
    if (afterEscape !== void 0) return [{ start, end: afterEscape, text: "" }];
    const lineEnd = lineBreakEnd(t, end);
    const escape = lineEnd === void 0 ? void 0 : continuationBefore(file, start);
    if (lineEnd !== void 0 && escape) return [{ ...escape, text: "" }, { start, end: lineEnd, text: "" }];
  }
  if (!startsLine && start < word.start) return [{ start, end: word.end, text: "" }];
  return [{ start: word.start, end, text: "" }];
}
function isBlank2(c) {
  return c === " " || c === "	";
}
function lineBreakEnd(t, i) {
  let k = i;
  while (k < t.length && isBlank2(t[k])) k++;
  if (k >= t.length) return t.length;
  if (t[k] === "\r" && t[k + 1] === "\n") return k + 2;
  return t[k] === "\n" ? k + 1 : void 0;
}
function continuationBefore(file, lineStart) {
  const t = file.text;
  let end = lineStart;
  while (end > 0) {
    const lineEnd = t[end - 2] === "\r" ? end - 2 : end - 1;
    const begin = t.lastIndexOf("\n", lineEnd - 1) + 1;
    let first = begin;
    while (first < lineEnd && isBlank2(t[first])) first++;
    if (first === lineEnd || t[first] === "#") {
      end = begin;
      continue;
    }
    let last = lineEnd;
    while (last > first && isBlank2(t[last - 1])) last--;
    if (t[last - 1] !== file.escapeChar) return void 0;
    let from = last - 1;
    while (from > first && isBlank2(t[from - 1])) from--;
    return { start: from, end: lineEnd };
  }
  return void 0;
}
function insertArgsAfter(form, word, shell, values) {
  return insertAt(word.end, form === "exec" ? values.map((v) => `, ${JSON.stringify(v)}`).join("") : ` ${shell}`);
}
function insertArgsBefore(form, word, shell, values) {
  return insertAt(word.start, form === "exec" ? values.map((v) => `${JSON.stringify(v)}, `).join("") : `${shell} `);
}
function disableCgo(form, build) {
  return insertArgsBefore(form, build.goWord, goWrapper(build) ? "env CGO_ENABLED=0" : "CGO_ENABLED=0", ["env", "CGO_ENABLED=0"]);
}
var commandForm = (run) => run.form === "exec" ? "exec" : "shell";

// src/edits/types.ts
function offer(result) {
  if (result === void 0) return {};
  return "reason" in result ? { noFix: result.reason } : { fix: result };
}

// src/edits/goreleaser.ts
function releaseEnvEdits(build, entry) {
  return addToBuildList(build, "env", entry, build.env?.pair);
}
function releaseFlagEdits(build, flag) {
  return addToBuildList(build, "flags", flag, build.flags?.pair);
}
function releaseLdflagsEdits(build, flags) {
  const pair = build.ldflags?.pair;
  if (!pair?.value || pair.value.shared) return void 0;
  const text = build.config.file.text;
  const edit = pair.value.kind === "scalar" ? prependToScalar(text, pair.value, flags) : pair.value.kind === "seq" ? prependItem(text, pair, flags) : void 0;
  return edit && inFile(build.config, [edit]);
}
function addToBuildList(build, key, item, pair) {
  const text = build.config.file.text;
  let edit;
  if (pair) edit = pair.value?.kind === "seq" && !pair.value.shared ? prependItem(text, pair, item) : void 0;
  else if (build.node) edit = build.node.shared ? void 0 : addKey(text, build.node, key, item);
  else edit = addDefaultBuild(build.config, key, item);
  return edit && inFile(build.config, [edit]);
}
function inFile(config, edits) {
  return edits.map((e) => ({ ...e, file: config.file.path }));
}
function prependItem(text, pair, item) {
  const seq = pair.value;
  if (seq?.kind !== "seq") return void 0;
  if (seq.flow) {
    if (text[seq.start] !== "[") return void 0;
    return { start: seq.start + 1, end: seq.start + 1, text: seq.items.length > 0 ? `${item}, ` : item };
  }
  const first = seq.items[0];
  if (!first) return void 0;
  const lineStart = text.lastIndexOf("\n", first.start - 1) + 1;
  const prefix = text.slice(lineStart, first.start);
  if (!/^ *- +$/.test(prefix)) return void 0;
  return { start: lineStart, end: lineStart, text: `${prefix}${item}${eol(text)}` };
}
function addKey(text, map, key, item) {
  const own = map.pairs.filter((p) => p.keyStart >= map.start && p.keyStart < map.end);
  if (map.flow || own.length === 0) return void 0;
  const first = own.reduce((a, b) => b.keyStart < a.keyStart ? b : a);
  const column = first.keyStart - (text.lastIndexOf("\n", first.keyStart - 1) + 1);
  const nl = eol(text);
  return { start: first.keyStart, end: first.keyStart, text: `${key}:${nl}${" ".repeat(column + 2)}- ${item}${nl}${" ".repeat(column)}` };
}
function addDefaultBuild(config, key, item) {
  const text = config.file.text;
  const at = config.root.pairs.find((p) => p.key === "dockers" || p.key === "dockers_v2");
  if (!at || config.root.flow) return void 0;
  const lineStart = text.lastIndexOf("\n", at.keyStart - 1) + 1;
  if (lineStart !== at.keyStart) return void 0;
  const nl = eol(text);
  return { start: lineStart, end: lineStart, text: `builds:${nl}  - ${key}:${nl}      - ${item}${nl}` };
}
function prependToScalar(text, node, flags) {
  if (node.value === null) return void 0;
  const rest = node.value.trim() === "" ? "" : " ";
  if (node.style === "double" || node.style === "single") return { start: node.start + 1, end: node.start + 1, text: flags + rest };
  if (node.style === "plain") return { start: node.start, end: node.start, text: flags + rest };
  const header = text.indexOf("\n", node.start);
  if (header === -1) return void 0;
  let k = header + 1;
  while (k < node.end && (text[k] === " " || text[k] === "\r" || text[k] === "\n")) k++;
  return k < node.end ? { start: k, end: k, text: flags + rest } : void 0;
}
function eol(text) {
  return text.includes("\r\n") ? "\r\n" : "\n";
}

// src/rules/types.ts
function reportMessage(template, report) {
  const message = formatMessage(template, report.data);
  return report.fix === void 0 && report.noFix ? message + noFixClause(report.noFix) : message;
}
function noFixClause(reason) {
  return `; not fixed automatically: ${reason}`;
}
function defineRule(rule) {
  return rule;
}
function formatMessage(template, data) {
  let parts = TEMPLATES.get(template);
  if (!parts) {
    parts = splitTemplate(template);
    TEMPLATES.set(template, parts);
  }
  let out = "";
  for (let i = 0; i < parts.length; i++) out += i % 2 === 0 ? parts[i] : excerptOf(data?.[parts[i]]) ?? `{{${parts[i]}}}`;
  return out;
}
var TEMPLATES = /* @__PURE__ */ new Map();
function excerptOf(value2) {
  return value2 === void 0 ? void 0 : excerpt(value2);
}
function splitTemplate(template) {
  const parts = [];
  let pos = 0;
  for (; ; ) {
    const open = template.indexOf("{{", pos);
    const close = open === -1 ? -1 : template.indexOf("}}", open + 2);
    if (open === -1 || close === -1) {
      parts.push(template.slice(pos));
      return parts;
    }
    parts.push(template.slice(pos, open), template.slice(open + 2, close).trim());
    pos = close + 2;
  }
}

// src/model/project.ts
function inGoModule(model) {
  if (model.goMod) return true;
  const ws = model.workspace;
  if (!ws) return false;
  if (ws.context.kind("go.mod") === "file") return true;
  return foldersAbove(ws.dockerfilePath).some((dir) => ws.repository.kind(inFolder(dir, "go.mod")) === "file");
}
var OTHER_TOOLS = /* @__PURE__ */ new Set([
  "npm",
  "npx",
  "yarn",
  "pnpm",
  "node",
  "bun",
  "deno",
  "pip",
  "pip3",
  "pipenv",
  "poetry",
  "uv",
  "python",
  "python3",
  "gunicorn",
  "uvicorn",
  "mkdocs",
  "gem",
  "bundle",
  "bundler",
  "rails",
  "ruby",
  "cargo",
  "rustc",
  "rustup",
  "mvn",
  "mvnw",
  "gradle",
  "gradlew",
  "java",
  "javac",
  "dotnet",
  "composer",
  "php"
]);
var OTHER_IMAGES = /* @__PURE__ */ new Set([
  "node",
  "python",
  "pypy",
  "ruby",
  "rust",
  "openjdk",
  "eclipse-temurin",
  "amazoncorretto",
  "maven",
  "gradle",
  "php",
  "composer",
  "nginx",
  "httpd",
  "caddy",
  "postgres",
  "mysql",
  "mariadb",
  "redis",
  "mongo",
  "elasticsearch",
  "dotnet/sdk",
  "dotnet/aspnet",
  "dotnet/runtime"
]);
function showsOtherLanguage(file, model) {
  for (const stage of model.stages) {
    if (isOtherImage(stage)) return true;
    for (const run of stage.runs) {
      for (const c of run.commands) {
        const program = c.words[0]?.text;
        if (program !== void 0 && OTHER_TOOLS.has(basename(program))) return true;
      }
    }
  }
  const command = finalCommand(file, model);
  return command !== void 0 && OTHER_TOOLS.has(basename(command));
}
function isOtherImage(stage) {
  if (stage.base.kind !== "image") return false;
  const repo = stage.base.ref.repository.toLowerCase();
  const name = repo.startsWith("library/") ? repo.slice("library/".length) : repo;
  if (OTHER_IMAGES.has(name)) return true;
  return OTHER_IMAGES.has(name.slice(name.lastIndexOf("/") + 1));
}
function finalCommand(file, model) {
  for (const stage of model.finalLineage) {
    let entry;
    let cmd;
    for (const ins2 of stage.instructions) {
      if (ins2 instanceof Entrypoint2) entry = ins2;
      else if (ins2 instanceof Cmd2) cmd = ins2;
    }
    const ins = entry ?? cmd;
    if (!ins) continue;
    const range = ins.getArgumentsRange();
    if (!range) return void 0;
    const span = spanOf(file, range);
    const exec = execForm(file, span);
    if (exec) return exec[0];
    const first = splitCommands(file.text, span.start, span.end, { escapeChar: file.escapeChar, dockerfileContinuations: true })[0];
    return first?.words[0]?.text;
  }
  return void 0;
}
function hasFinalCommand(model) {
  return model.finalLineage.some((s) => s.instructions.some((i) => i instanceof Entrypoint2 || i instanceof Cmd2));
}
function isContainerAction(model) {
  const ws = model.workspace;
  if (!ws) return false;
  for (const dir of foldersAbove(ws.dockerfilePath)) {
    for (const name of ["action.yml", "action.yaml"]) {
      const path = inFolder(dir, name);
      if (ws.repository.kind(path) !== "file") continue;
      const image = dockerActionImage(ws.repository.read(path));
      if (image !== void 0 && normalize(inFolder(dir, image)) === ws.dockerfilePath) return true;
    }
  }
  return false;
}
function dockerActionImage(text) {
  const root = text === void 0 ? void 0 : readYaml(text).root;
  const runs = root?.kind === "map" ? get(root, "runs") : void 0;
  if (runs?.kind !== "map") return void 0;
  const value2 = (key) => scalar(get(runs, key));
  const image = value2("image");
  return value2("using") === "docker" && image !== void 0 && !image.includes("://") ? image : void 0;
}

// src/rules/util.ts
function buildsGo(model) {
  if (model.goBuilds.length > 0) return true;
  return model.stages.some((s) => {
    const facts = rootFacts(s);
    return facts?.hasGoToolchain === true || facts?.family === "golang";
  });
}
var goImageMemo = /* @__PURE__ */ new WeakMap();
function isGoImage(file, model) {
  let known3 = goImageMemo.get(model);
  if (known3 === void 0) {
    known3 = buildsGo(model) || model.hostBuilds.length > 0 || model.releaseImage === true || inGoModule(model) && hasFinalCommand(model) && !showsOtherLanguage(file, model);
    goImageMemo.set(model, known3);
  }
  return known3;
}
function finalImage(model) {
  const stage = model.final;
  if (!stage) return void 0;
  const facts = rootFacts(stage);
  if (!facts) return void 0;
  if (facts.family === "scratch" && isExportStage(stage)) return void 0;
  return { stage, facts, image: rootImageText(stage) };
}
var EXPORT_KEYWORDS = /* @__PURE__ */ new Set(["COPY", "ADD", "ARG", "LABEL", "MAINTAINER", "FROM"]);
function isExportStage(stage) {
  const lineage = stageLineage(stage);
  if (lineage.some((s) => s.instructions.some((ins) => !EXPORT_KEYWORDS.has(ins.getKeyword().toUpperCase())))) return false;
  if (lineage.some((s) => s.name !== void 0 && isExportName(s.name))) return true;
  if (lineage.some(picksByOs)) return true;
  const copies = lineage.flatMap((s) => s.copies);
  return copies.length > 0 && copies.every((c) => c.dest !== void 0 && normalize(c.dest) === "/");
}
var EXPORT_NAMES = ["bin", "binary", "binaries", "artifact", "artifacts", "export", "release", "releases", "dist", "out", "output", "outputs"];
var OTHER_OSES = /* @__PURE__ */ new Set(["darwin", "windows", "freebsd", "netbsd", "openbsd", "dragonfly", "illumos", "solaris", "aix", "plan9", "ios", "android", "js", "wasip1"]);
function picksByOs(stage) {
  if (stage.base.kind !== "stage" || stage.base.candidates.length < 2 || !refersTo(stage.imageText, "TARGETOS")) return false;
  return stage.base.candidates.some((c) => c.name !== void 0 && c.name.split(/[-_.]/).some((part) => OTHER_OSES.has(part)));
}
function isExportName(name) {
  for (const n of EXPORT_NAMES) {
    if (name === n) return true;
    if (name.startsWith(n) && (name[n.length] === "-" || name[n.length] === "_" || name[n.length] === ".")) return true;
  }
  return name.split(/[-_.]/).some((part) => EXPORT_PARTS.has(part));
}
var EXPORT_PARTS = /* @__PURE__ */ new Set(["export", "exporter", "exports", "artifact", "artifacts", "binaries"]);
function rootImageText(stage) {
  let s = stage;
  for (let n = 0; s.base.kind === "stage" && n < 64; n++) s = s.base.stage;
  return s.imageText;
}
function effectiveRuntime(stage) {
  const chain = [stage];
  for (let s = stage; s.base.kind === "stage" && s.base.stage.index < s.index; s = s.base.stage) chain.push(s.base.stage);
  const out = {};
  for (let k = chain.length - 1; k >= 0; k--) {
    const s = chain[k];
    let cmdSetHere = false;
    for (const ins of s.instructions) {
      if (ins instanceof Cmd2) {
        out.cmd = ins;
        cmdSetHere = true;
      } else if (ins instanceof Entrypoint2) {
        out.entrypoint = ins;
        if (!cmdSetHere) out.cmd = void 0;
      } else if (ins instanceof Healthcheck2) out.healthcheck = ins;
    }
  }
  return out;
}
function isNumericId(id) {
  if (id.length === 0) return false;
  for (const c of id) if (c < "0" || c > "9") return false;
  return true;
}
function isRootUser(user) {
  return user === "root" || isNumericId(user) && Number(user) === 0;
}
function commandSpan(file, ins) {
  if (ins instanceof Healthcheck2) {
    const sub = ins.getSubcommand();
    if (!sub || sub.getValue().toUpperCase() !== "CMD") return void 0;
    const args = ins.getArguments();
    const at = args.findIndex((a) => a.getValue() === sub.getValue() && spanOf(file, a.getRange()).start === spanOf(file, sub.getRange()).start);
    if (at === -1 || at + 1 >= args.length) return void 0;
    return { start: spanOf(file, args[at + 1].getRange()).start, end: spanOf(file, ins.getRange()).end };
  }
  const range = ins.getArgumentsRange();
  return range ? spanOf(file, range) : void 0;
}
function execCommand(file, ins) {
  const span = commandSpan(file, ins);
  return span ? execForm(file, span) : void 0;
}
var DEFAULT_PATH = ["/usr/local/sbin", "/usr/local/bin", "/usr/sbin", "/usr/bin", "/sbin", "/bin"];
var SHELL_NAMES = /* @__PURE__ */ new Set(["sh", "bash", "ash", "dash", "zsh", "busybox"]);
function isShellProgram(program) {
  const slash = program.lastIndexOf("/");
  return SHELL_NAMES.has(program.slice(slash + 1));
}
function shellAt(file, stage, offset) {
  let own;
  for (const i of stage.instructions) if (i instanceof Shell2 && spanOf(file, i.getRange()).start < offset) own = i;
  if (own) return shellProgram(file, own);
  if (stage.base.kind !== "stage") return "/bin/sh";
  const inherited = stage.base.candidates.map((c) => shellAtEnd(file, c));
  return inherited.every((x) => x === inherited[0]) ? inherited[0] : void 0;
}
function shellProgram(file, ins) {
  const range = ins.getArgumentsRange();
  const exec = range ? execForm(file, spanOf(file, range)) : void 0;
  return exec && exec.length > 0 ? exec[0] : void 0;
}
var shellMemo = /* @__PURE__ */ new WeakMap();
function shellAtEnd(file, stage) {
  const shell = foldLineage(shellMemo, stage, (s, bases) => {
    let own;
    for (const i of s.instructions) if (i instanceof Shell2) own = i;
    if (own) return shellProgram(file, own) ?? "?";
    if (bases.length === 0) return "/bin/sh";
    return bases.every((b) => b === bases[0]) ? bases[0] : "?";
  });
  return shell === "?" ? void 0 : shell;
}
var placedMemo = /* @__PURE__ */ new WeakMap();
function placedBefore(model, stage, path, before) {
  const own = placedIn(model, [stage], path, before);
  if (own === "yes" || stage.base.kind !== "stage") return own;
  const byPath = placedMemo.get(model) ?? /* @__PURE__ */ new Map();
  placedMemo.set(model, byPath);
  const memo2 = byPath.get(path) ?? /* @__PURE__ */ new WeakMap();
  byPath.set(path, memo2);
  let result = own;
  for (const c of stage.base.candidates) {
    const p = foldLineage(memo2, c, (s, bases) => {
      const all = [placedIn(model, [s], path), ...bases];
      return all.includes("yes") ? "yes" : all.includes("maybe") ? "maybe" : "no";
    });
    if (p === "yes") return "yes";
    if (p === "maybe") result = "maybe";
  }
  return result;
}
function checkShell(file, model, stage, offset, runtime = false) {
  const shell = shellAt(file, stage, offset);
  const facts = rootFacts(stage);
  if (shell === void 0 || facts === void 0) return { available: "unknown", shell: shell ?? "/bin/sh", missing: "" };
  const debugBusybox = facts.family === "distroless" && facts.debug;
  const missing = debugBusybox && shell === "/bin/sh" ? "no /bin/sh (its busybox shell is /busybox/sh)" : facts.hasShell === false ? "no shell" : `no ${shell}`;
  let inImage;
  if (!shell.includes("/")) inImage = facts.hasShell;
  else if (normalize(shell) === "/bin/sh") inImage = facts.binSh;
  else if (normalize(shell).startsWith("/busybox/")) inImage = debugBusybox ? true : facts.hasShell === false ? false : "unknown";
  else inImage = facts.hasShell === false ? false : "unknown";
  if (inImage === true) return { available: true, shell, missing };
  const before = runtime ? Infinity : offset;
  const paths = shell.includes("/") ? [normalize(shell)] : DEFAULT_PATH.map((d) => `${d}/${shell}`);
  if (paths.some((p) => placedBefore(model, stage, p, before) !== "no")) return { available: true, shell, missing };
  return { available: inImage, shell, missing };
}
function refersTo(text, name) {
  for (let i = text.indexOf("$"); i !== -1; i = text.indexOf("$", i + 1)) {
    const start = i + (text[i + 1] === "{" ? 2 : 1);
    if (text.startsWith(name, start) && !isNameChar4(text[start + name.length] ?? "")) return true;
  }
  return false;
}
function isNameChar4(c) {
  return c >= "A" && c <= "Z" || c >= "a" && c <= "z" || c >= "0" && c <= "9" || c === "_";
}
function buildPlace(build) {
  const span = { start: build.goWord.start, end: build.verbWord.end };
  return build.file ? { ...span, file: build.file, ...build.via ? { anchor: build.via.start } : {} } : span;
}
function buildForm(build) {
  return build.file || !build.run ? "shell" : commandForm(build.run);
}
function buildEdits(build, words2, edits) {
  if (!build.file) return edits;
  if (!words2.every((w) => writtenAsIs(w, build.substitutions))) return void 0;
  const path = build.file.path;
  return edits.map((e) => ({ ...e, file: path }));
}
function hostPlace(b, key) {
  const anchor = b.copy.span.start;
  if (b.command) return { start: b.command.goWord.start, end: b.command.verbWord.end, file: b.file, anchor };
  const release = b.release;
  const pair = key && release ? release[key]?.pair : void 0;
  if (pair) return { start: pair.keyStart, end: pair.keyEnd, file: b.file, anchor };
  const own = release?.node?.pairs.filter((p) => release.node && p.keyStart >= release.node.start && p.keyStart < release.node.end) ?? [];
  const first = own.reduce((a, p) => a === void 0 || p.keyStart < a.keyStart ? p : a, void 0);
  if (first) return { start: first.keyStart, end: first.keyEnd, file: b.file, anchor };
  const dockers = release?.config.root.pairs.find((p) => p.key === "dockers" || p.key === "dockers_v2");
  return { start: dockers?.keyStart ?? 0, end: dockers?.keyEnd ?? 0, file: b.file, anchor };
}
function hostLabel(b) {
  if (b.tool !== "goreleaser") return `make target "${b.name}"`;
  return b.name ? `GoReleaser build "${b.name}"` : "the GoReleaser build";
}
function hostBinaryPath(b) {
  const dest = b.copy.dest ?? "/app";
  return dest.endsWith("/") ? `${dest}${b.binary ?? "app"}` : dest;
}

// src/model/cgo.ts
var CGO_ONLY_MODULES = [
  // SQLite and other embedded databases
  "github.com/mattn/go-sqlite3",
  "gorm.io/driver/sqlite",
  "github.com/mutecomm/go-sqlcipher",
  "github.com/xeodou/go-sqlcipher",
  "github.com/marcboeker/go-duckdb",
  "github.com/duckdb/duckdb-go",
  "github.com/tecbot/gorocksdb",
  "github.com/linxGnu/grocksdb",
  // Kafka (librdkafka), Oracle, message queues
  "github.com/confluentinc/confluent-kafka-go",
  "gopkg.in/confluentinc/confluent-kafka-go.v1",
  "github.com/godror/godror",
  "github.com/mattn/go-oci8",
  "github.com/pebbe/zmq4",
  "github.com/zeromq/goczmq",
  // Images, graphics, GUI
  "github.com/h2non/bimg",
  "github.com/davidbyttow/govips",
  "gopkg.in/gographics/imagick.v2",
  "gopkg.in/gographics/imagick.v3",
  "github.com/gen2brain/go-fitz",
  "github.com/go-gl/gl",
  "github.com/go-gl/glfw",
  "github.com/veandco/go-sdl2",
  "fyne.io/fyne",
  "github.com/go-vgo/robotgo",
  // System libraries
  "github.com/libgit2/git2go",
  "github.com/msteinert/pam",
  "github.com/miekg/pkcs11",
  "github.com/google/gousb",
  "github.com/karalabe/usb",
  "github.com/wasmerio/wasmer-go",
  "github.com/bytecodealliance/wasmtime-go",
  "github.com/tensorflow/tensorflow"
];
function cgoOnlyModule(goMod) {
  for (const path of goMod?.require ?? []) {
    for (const m of CGO_ONLY_MODULES) if (path === m || path.startsWith(m) && isMajorSuffix(path.slice(m.length))) return path;
  }
  return void 0;
}
function isMajorSuffix(rest) {
  if (!rest.startsWith("/v") || rest.length < 3) return false;
  for (const c of rest.slice(2)) if (c < "0" || c > "9") return false;
  return true;
}
var MAX_GO_FILES = 2e3;
var MAX_DIRS = 2e3;
var SKIPPED_DIRS = /* @__PURE__ */ new Set(["vendor/", "testdata/", "node_modules/", ".git/"]);
var scanned = /* @__PURE__ */ new WeakMap();
function cgoSourceFile(workspace) {
  if (!workspace) return void 0;
  let found = scanned.get(workspace);
  if (found === void 0) {
    found = scan(workspace.context) ?? null;
    scanned.set(workspace, found);
  }
  return found ?? void 0;
}
function scan(tree) {
  const queue = [""];
  let files = 0;
  for (let d = 0; d < queue.length && d < MAX_DIRS; d++) {
    const dir = queue[d];
    for (const entry of tree.list(dir) ?? []) {
      const path = dir ? `${dir}/${entry}` : entry;
      if (entry.endsWith("/")) {
        if (!SKIPPED_DIRS.has(entry) && !entry.startsWith(".") && !entry.startsWith("_")) queue.push(path.slice(0, -1));
      } else if (entry.endsWith(".go") && !entry.endsWith("_test.go")) {
        if (++files > MAX_GO_FILES) return void 0;
        const text = tree.read(path);
        if (text !== void 0 && importsC(text)) return path;
      }
    }
  }
  return void 0;
}
function importsC(text) {
  let inBlock = false;
  let inComment = false;
  for (const raw of text.split("\n")) {
    const line = raw.trim();
    if (inComment) {
      if (line.includes("*/")) inComment = false;
      continue;
    }
    if (line.startsWith("/*")) {
      inComment = !line.includes("*/", 2);
      continue;
    }
    if (inBlock) {
      if (line.startsWith(")")) inBlock = false;
      else if (line === '"C"' || line.startsWith('"C" ') || line.startsWith('"C"//')) return true;
      continue;
    }
    if (line === 'import "C"' || line.startsWith('import "C" ') || line.startsWith('import "C"//')) return true;
    if (line.startsWith("import (") || line === "import(") inBlock = true;
    if (line.startsWith("func ")) return false;
  }
  return false;
}
var CGO_FLAGS = /* @__PURE__ */ new Set(["race", "msan", "asan"]);
var CGO_BUILDMODES = /* @__PURE__ */ new Set(["c-shared", "c-archive", "plugin"]);
function deliberateCgo(model, build) {
  if (build.cgoFlags) return "it sets CGO_CFLAGS, CGO_LDFLAGS, CC or the like";
  const flag = build.flags.find((f) => CGO_FLAGS.has(f.name) || f.name === "buildmode" && CGO_BUILDMODES.has(f.value ?? ""));
  if (flag) return `-${flag.name}${flag.name === "buildmode" ? `=${flag.value}` : ""} needs cgo`;
  if (build.packages.length > 0 && build.packages.every((p) => p.text.includes("@"))) return void 0;
  const module2 = cgoOnlyModule(model.goMod);
  if (module2) return `go.mod requires ${module2}, which only works with cgo`;
  const source = cgoSourceFile(model.workspace);
  if (source) return `${source} imports "C"`;
  return void 0;
}
var INTERNAL_PIE = /* @__PURE__ */ new Set(["android/arm64", "darwin/amd64", "darwin/arm64", "linux/amd64", "linux/arm64", "linux/loong64", "linux/ppc64le", "windows/386", "windows/amd64", "windows/arm64"]);
function pieNeedsCgo(build) {
  if (!build.flags.some((f) => f.name === "buildmode" && f.value === "pie")) return void 0;
  const goos = build.goos.value || "linux";
  const goarch = build.goarch.value;
  const known3 = goarch && !goarch.includes("$") && !goos.includes("$");
  if (known3 && INTERNAL_PIE.has(`${goos}/${goarch}`)) return void 0;
  const target = known3 ? `${goos}/${goarch}` : "the platform it builds for is not known";
  return `-buildmode=pie with cgo off links internally, which Go supports only on linux/amd64, arm64, loong64 and ppc64le (elsewhere the build fails: -buildmode=pie requires external (cgo) linking), and ${known3 ? `it builds for ${target}` : target}`;
}
function linksExternally(build) {
  const flags = build.ldflags?.flags ?? [];
  return flags.some((f, i) => {
    const body = f.startsWith("--") ? f.slice(1) : f;
    return body === "-linkmode=external" || body === "-linkmode" && flags[i + 1] === "external";
  });
}

// src/rules/cgo-not-disabled.ts
var cgo_not_disabled_default = defineRule({
  meta: {
    code: "GD001",
    name: "cgo-not-disabled",
    severity: "error",
    fixable: ["safe", "unsafe"],
    tags: ["correctness", "startup", "size"],
    docs: {
      summary: "A `go build` whose binary ships in the final image runs without `CGO_ENABLED=0`.",
      why: "With cgo on (the default wherever a C compiler exists, as in the Debian-based `golang` images), the binary is linked dynamically against the C library of the build stage. On `scratch`, distroless `static` or Chainguard `static` there is no libc and no dynamic loader, and the container dies at once with `exec /app: no such file or directory`; on a final image with another libc (glibc-built binary on Alpine) it fails the same way. Where it does start, it loads libc and the dynamic loader on every cold start. `CGO_ENABLED=0` gives a static binary that runs anywhere. A deliberate `CGO_ENABLED=1` is respected when the final image has a matching libc (distroless `base`/`cc`, Debian). A build that sets `CGO_CFLAGS`, `CGO_LDFLAGS`, `CC` or the like uses cgo on purpose: like `CGO_ENABLED=1`, it is only reported where the final image cannot run it. Cross builds are not reported: the go command turns cgo off by itself for a GOOS other than linux or a GOARCH other than amd64 and arm64. A cgo binary linked statically (`-ldflags '-linkmode external -extldflags \"-static\"'`, the usual recipe for SQLite on scratch) needs no libc and is not reported. Reported as an error where the binary cannot start, and as a warning where the final image has the libc it needs. Go 1.20 and later turn cgo off when they find no C compiler, as in `golang:*-alpine`: there the binary is static by accident, and the first `apk add build-base` (for the race detector, for SQLite), in that stage or one it is built FROM, silently makes it dynamic; reported as info, so that CGO_ENABLED=0 is written down. A compiler installed before the build (`apk add gcc`, `build-base`, `musl-dev`) turns cgo on, and the build is judged as on a Debian builder; a package list in a variable is not judged. A misspelled name (`cgo_enabled=0`, `CGO_ENABLE=0`) or a shell variable that is not exported does not reach the go command, and is reported as such (as info where cgo is off for want of a compiler). The go build may also be written in a Makefile or a script the RUN runs (`RUN make build`, `RUN ./build.sh`), or run before `docker build`: a GoReleaser build of a `dockers` entry that names the Dockerfile, or a Makefile target whose binary the Dockerfile copies in when the same Makefile builds the image. Those run on the machine that makes the release, a Linux CI runner with a C compiler, where a linux/amd64 build has cgo on unless `CGO_ENABLED=0` says otherwise (in the GoReleaser file, the Makefile, or the `env` of the GitHub Actions step that runs GoReleaser); the finding then points into the Makefile, script or GoReleaser file. A build for another platform (an arm64 image built on amd64) is a cross build, with cgo off. Flags that cannot be known (`$(FLAGS)`) may link a deliberate cgo build statically: not reported.",
      bad: 'FROM golang:1.23 AS build\nWORKDIR /src\nCOPY . .\nRUN go build -o /out/app .\n\nFROM gcr.io/distroless/static-debian12:nonroot\nCOPY --from=build /out/app /app\nENTRYPOINT ["/app"]\n',
      good: 'FROM golang:1.23 AS build\nWORKDIR /src\nCOPY . .\nRUN CGO_ENABLED=0 go build -o /out/app .\n\nFROM gcr.io/distroless/static-debian12:nonroot\nCOPY --from=build /out/app /app\nENTRYPOINT ["/app"]\n',
      fixSafety: 'Adds `CGO_ENABLED=0 ` in front of the `go` command, corrects a misspelled name, or exports an unexported one. Safe when the final image has no matching libc (the original binary cannot start there), and where cgo is off for want of a C compiler (writing CGO_ENABLED=0 changes nothing in the binary). Unsafe when the final image has a libc: a static binary uses Go\'s own DNS resolver and user lookup instead of the C library\'s. Offered when nothing shows that the build needs cgo. Not offered, and a build that cannot run on the final image is reported as deliberate cgo, when: CGO_ENABLED=1 is explicit; the build sets CGO_CFLAGS, CGO_LDFLAGS, CGO_LDFLAGS_ALLOW, CC or the like; it uses -race, -msan, -asan or a -buildmode that needs cgo; go.mod requires a module that only works with cgo (github.com/mattn/go-sqlite3, confluent-kafka-go, bimg, govips, go-duckdb, grocksdb, git2go, msteinert/pam, \u2026; pure-Go ones such as modernc.org/sqlite do not count); a .go file of the build context imports "C". Choose a final image with the right libc, or link statically. Not offered either when -ldflags has -linkmode external without -extldflags "-static": the binary would stay dynamic. Nor for a `-buildmode=pie` build unless it targets a platform where Go links PIE itself (linux/amd64, arm64, loong64, ppc64le; GOARCH written on the build): elsewhere, and on a builder whose platform a multi-platform build varies, PIE with cgo off fails with "-buildmode=pie requires external (cgo) linking". Where the builder has no C compiler, a misspelled or unexported name is corrected only when it sets 0 (a 1 reaching the go command would turn cgo on without a compiler, and the build would fail). In a Makefile, a script or a GoReleaser file the fix edits that file (`CGO_ENABLED=0` before the go command, or first in the build\'s `env`) and is unsafe: the file also makes binaries for other uses (release archives, local builds), which become static as well. Not offered where the go command comes from a make variable (`$(GOBUILD)`), or where the GoReleaser settings are shared through a YAML alias.'
    },
    messages: {
      noLibc: '`go {{verb}}` runs with cgo on (the default) but the final image {{image}} has no libc: the binary is linked dynamically and fails with "exec {{binary}}: no such file or directory"; set CGO_ENABLED=0',
      libcMismatch: '`go {{verb}}` links against {{builderLibc}} (cgo is on by default) but the final image {{image}} has {{finalLibc}}: the binary fails with "exec {{binary}}: no such file or directory"; set CGO_ENABLED=0',
      implicit: "`go {{verb}}` runs with cgo on (the default): the binary is linked dynamically against libc and needs the C library and loader at every start; set CGO_ENABLED=0 for a static binary",
      noCompiler: "`go {{verb}}` has cgo off only because {{builder}} has no C compiler: the first `apk add build-base` (for the race detector, for SQLite) silently turns the static binary dynamic; write CGO_ENABLED=0",
      deliberateIncompatible: '`go {{verb}}` uses cgo on purpose ({{why}}): the binary needs {{builderLibc}}, but the final image {{image}} has {{finalLibc}}, so it fails with "exec {{binary}}: no such file or directory"; use a final image with {{builderLibc}} (e.g. {{libcImage}}) or link statically (-ldflags \'-linkmode external -extldflags "-static"\'); CGO_ENABLED=0 would break the build',
      externalLink: '`go {{verb}}` links with -linkmode external, which makes a dynamic binary even with CGO_ENABLED=0; the final image {{image}} has no libc, so it fails with "exec {{binary}}: no such file or directory"; remove -linkmode external or add -extldflags "-static"',
      explicitIncompatible: 'CGO_ENABLED={{value}} builds a binary that needs {{builderLibc}}, but the final image {{image}} has {{finalLibc}}: it fails with "exec {{binary}}: no such file or directory"; use a final image with {{builderLibc}} (e.g. {{libcImage}}) or CGO_ENABLED=0',
      misspelled: "{{name}} does not disable cgo: environment variable names are case-sensitive and the go command only reads CGO_ENABLED; write CGO_ENABLED=0",
      notExported: "CGO_ENABLED is set as a shell variable but not exported, so `go build` never sees it and cgo stays on; write `CGO_ENABLED=0 go build` or `export CGO_ENABLED=0`",
      hostNoLibc: '{{build}} runs `go build` without CGO_ENABLED=0 on a {{platform}} build machine with a C compiler: the binary {{dockerfile}} copies in is linked dynamically against glibc, but its final image {{image}} has no libc: it fails with "exec {{binary}}: no such file or directory"; set CGO_ENABLED=0',
      hostLibcMismatch: '{{build}} runs `go build` without CGO_ENABLED=0 on a {{platform}} build machine with a C compiler: the binary {{dockerfile}} copies in links against glibc, but its final image {{image}} has {{finalLibc}}: it fails with "exec {{binary}}: no such file or directory"; set CGO_ENABLED=0',
      hostImplicit: "{{build}} runs `go build` without CGO_ENABLED=0 on a {{platform}} build machine with a C compiler: the binary {{dockerfile}} copies in is linked dynamically against glibc and needs the C library and loader at every start; set CGO_ENABLED=0 for a static binary",
      hostExplicitIncompatible: 'CGO_ENABLED={{value}} in {{build}} builds a binary that needs glibc, but the final image {{image}} of {{dockerfile}} has {{finalLibc}}: it fails with "exec {{binary}}: no such file or directory"; use a final image with glibc (e.g. gcr.io/distroless/base-debian12:nonroot) or CGO_ENABLED=0'
    }
  },
  check({ file, model }) {
    const reports = [];
    const final = finalImage(model);
    for (const build of model.goBuilds) if (build.shipped) judgeBuild(reports, file, model, build, final);
    for (const build of model.hostBuilds) judgeHostBuild(reports, file, build, final);
    return reports;
  }
});
function judgeBuild(reports, file, model, build, final) {
  const cgo = build.cgo.value;
  if (cgo === void 0 || build.staticLink) return;
  const builder = rootFacts(build.stage);
  const place = buildPlace(build);
  if (cgo === "0") {
    if (linksExternally(build) && final?.facts.libc === "none") reports.push({ messageId: "externalLink", ...place, data: messageData(build, builder, final) });
    return;
  }
  if (cgo !== null) {
    if (cgo === "" || !final || !incompatible(builder, final.facts) || build.opaqueArgs) return;
    reports.push({ messageId: "explicitIncompatible", ...place, data: messageData(build, builder, final) });
    return;
  }
  if (crossCompiles(build)) return;
  const compiler = compilerInstalled(build);
  if (compiler === "maybe") return;
  const why = deliberateCgo(model, build);
  if (why) {
    if (compiler !== "no" && final && incompatible(builder, final.facts)) reports.push({ messageId: "deliberateIncompatible", ...place, data: { ...messageData(build, builder, final), why } });
    return;
  }
  if (build.cgoMistakes.length > 0) {
    reports.push(...mistakes(file, build, compiler === "no", place.anchor));
    return;
  }
  const pie = pieNeedsCgo(build);
  const fix = (applicability) => {
    if (pie) return { reason: pie };
    const edits = buildEdits(build, [build.goWord], [disableCgo(buildForm(build), build)]);
    return edits && { title: "Build with CGO_ENABLED=0", applicability: build.file ? "unsafe" : applicability, edits };
  };
  const data = messageData(build, builder, final);
  const safe = linksExternally(build) ? void 0 : fix("safe");
  if (compiler === "no") {
    if (!build.cgoFlags && safe) reports.push({ messageId: "noCompiler", severity: "info", ...place, data, ...offer(safe) });
  } else if (final && final.facts.libc === "none") reports.push({ messageId: "noLibc", ...place, data, ...offer(safe) });
  else if (final && incompatible(builder, final.facts)) reports.push({ messageId: "libcMismatch", ...place, data, ...offer(safe) });
  else if (!build.cgoFlags) reports.push({ messageId: "implicit", severity: "warning", ...place, data, ...offer(fix("unsafe")) });
}
var HOST = { libc: "glibc", hasCCompiler: true };
function judgeHostBuild(reports, file, build, final) {
  const cgo = build.cgo.value;
  if (cgo === "0" || cgo === void 0 || build.staticLink || !final) return;
  if (build.goos !== void 0 && build.goos !== "linux" || build.goarch !== void 0 && build.goarch !== "amd64") return;
  const place = hostPlace(build, "env");
  const data = {
    build: hostLabel(build),
    platform: "linux/amd64",
    dockerfile: file.path,
    image: final.image,
    binary: hostBinaryPath(build),
    finalLibc: libcName(final.facts.libc),
    value: cgo ?? ""
  };
  if (cgo !== null) {
    if (cgo !== "" && incompatible(HOST, final.facts) && !build.command?.opaqueArgs) reports.push({ messageId: "hostExplicitIncompatible", ...place, data });
    return;
  }
  const edits = build.release ? releaseEnvEdits(build.release, "CGO_ENABLED=0") : build.command && buildEdits(build.command, [build.command.goWord], [disableCgo("shell", build.command)]);
  const fix = edits && { title: "Build with CGO_ENABLED=0", applicability: "unsafe", edits };
  if (final.facts.libc === "none") reports.push({ messageId: "hostNoLibc", ...place, data, fix });
  else if (incompatible(HOST, final.facts)) reports.push({ messageId: "hostLibcMismatch", ...place, data, fix });
  else if (!build.cgoFlags) reports.push({ messageId: "hostImplicit", severity: "warning", ...place, data, fix });
}
function mistakes(file, build, noCompiler, anchor) {
  return build.cgoMistakes.map((m) => {
    const severity = noCompiler ? { severity: "info" } : {};
    const text = m.file ?? file;
    const where = m.file ? { file: m.file, ...anchor !== void 0 ? { anchor } : {} } : {};
    const inFile2 = (fix2) => m.file ? { ...fix2, edits: fix2.edits.map((e) => ({ ...e, file: m.file?.path })) } : fix2;
    const fixable = m.asWritten && (!noCompiler || setsZero(text, m.span, m.text));
    if (m.kind === "misspelled") return { messageId: "misspelled", ...severity, ...m.span, ...where, data: { name: m.text }, fix: fixable ? inFile2(renameFix(text, m.span, m.text)) : void 0 };
    const fix = { title: "Export CGO_ENABLED", applicability: "safe", edits: [{ start: m.span.start, end: m.span.start, text: "export " }] };
    return { messageId: "notExported", ...severity, ...m.span, ...where, fix: fixable ? inFile2(fix) : void 0 };
  });
}
function setsZero(file, span, name) {
  const at = (file.text[span.start] === '"' ? span.start + 1 : span.start) + name.length;
  for (const value2 of ["=0", '="0"', "='0'"]) {
    const next = file.text[at + value2.length] ?? "";
    if (file.text.startsWith(value2, at) && !isWordChar(next)) return true;
  }
  return false;
}
function isWordChar(c) {
  return c >= "0" && c <= "9" || c >= "A" && c <= "Z" || c >= "a" && c <= "z" || c === "_";
}
function messageData(build, builder, final) {
  return {
    image: final?.image ?? "final image",
    binary: build.output ?? "/app",
    builder: rootImageText(build.stage),
    builderLibc: libcName(builder?.libc === "musl" ? "musl" : "glibc"),
    finalLibc: libcName(final?.facts.libc ?? "unknown"),
    value: build.cgo.value ?? "",
    verb: build.verb,
    libcImage: builder?.libc === "musl" ? "alpine:3.20" : "gcr.io/distroless/base-debian12:nonroot"
  };
}
function libcName(libc) {
  return libc === "none" ? "no libc" : libc === "unknown" ? "an unknown libc" : libc;
}
function incompatible(builder, final) {
  if (final.libc === "none") return true;
  const built = builder?.libc === "musl" ? "musl" : builder?.libc === "glibc" ? "glibc" : void 0;
  return built !== void 0 && (final.libc === "glibc" || final.libc === "musl") && final.libc !== built;
}
function crossCompiles(build) {
  const goos = build.goos.value;
  const goarch = build.goarch.value;
  if (goos && goos !== "linux" && !goos.includes("$")) return true;
  return !!goarch && !goarch.includes("$") && goarch !== "amd64" && goarch !== "arm64";
}
function renameFix(file, span, name) {
  const start = file.text[span.start] === '"' ? span.start + 1 : span.start;
  return { title: `Rename ${name} to CGO_ENABLED`, applicability: "safe", edits: [{ start, end: start + name.length, text: "CGO_ENABLED" }] };
}

// src/rules/ldflags-not-stripped.ts
var ldflags_not_stripped_default = defineRule({
  meta: {
    code: "GD002",
    name: "ldflags-not-stripped",
    severity: "warning",
    fixable: ["safe"],
    tags: ["size"],
    docs: {
      summary: 'A shipped `go build` does not strip its binary with `-ldflags "-s -w"`.',
      why: 'By default the linker writes the symbol table (`-s` removes it) and DWARF debug information (`-w` removes it) into the binary. Neither is used at run time: panics and stack traces still show function names and lines, because those come from a separate table. Stripping cuts a typical service binary by a quarter to a third, which is that much less to push, pull and page in at every cold start. Since Go 1.22, `-s` implies `-w`; an explicit `-w=0` (or `-s=false`) keeps that part on purpose and is respected. A value that comes whole from a variable without a known value (`-ldflags "$LDFLAGS"`, GOFLAGS from a build argument) is not judged.',
      bad: 'FROM golang:1.23 AS build\nWORKDIR /src\nCOPY . .\nRUN CGO_ENABLED=0 go build -trimpath -o /out/app .\n\nFROM gcr.io/distroless/static-debian12:nonroot\nCOPY --from=build /out/app /app\nENTRYPOINT ["/app"]\n',
      good: 'FROM golang:1.23 AS build\nWORKDIR /src\nCOPY . .\nRUN CGO_ENABLED=0 go build -trimpath -ldflags="-s -w" -o /out/app .\n\nFROM gcr.io/distroless/static-debian12:nonroot\nCOPY --from=build /out/app /app\nENTRYPOINT ["/app"]\n',
      fixSafety: 'Safe: adds `-ldflags="-s -w"` after `go build`, or puts the missing `-s`/`-w` at the front of the existing value, keeping `-X` and the other flags and the quoting as written (`-ldflags "-X main.version=${VERSION}"` becomes `-ldflags "-s -w -X main.version=${VERSION}"`). The program runs the same; only debuggers lose their symbols. Not offered when -ldflags comes from GOFLAGS. In a Makefile or a script the flags go into the recipe (inside the quotes of `-ldflags "$(LDFLAGS)"`); in a GoReleaser build, first in its `ldflags` (GoReleaser\'s default ldflags have `-s -w`). Not offered where the words come from a make variable. A build for a debugger (`-gcflags` with `-N` or `-l`, as Delve needs) is not reported: it keeps its symbols on purpose.'
    },
    messages: {
      missing: '`go {{verb}}` without -ldflags "-s -w": the binary keeps its symbol table and DWARF debug info, a quarter or more of its size',
      partial: "-ldflags{{from}} lacks {{missing}}: the binary keeps its {{kept}}"
    }
  },
  check({ file, model }) {
    const reports = [];
    for (const build of model.goBuilds) {
      if (build.shipped) judgeCommand(reports, file, build, sImpliesW(build), buildPlace(build).anchor);
    }
    for (const build of model.hostBuilds) {
      if (build.command) judgeCommand(reports, file, build.command, true, build.copy.span.start);
      else if (build.release) judgeRelease(reports, build, build.release);
    }
    return reports;
  }
});
function lacking(flags, sImplies) {
  if (flags.some(isOpaqueFlag)) return void 0;
  const s = linkerBool(flags, "s");
  const w = linkerBool(flags, "w");
  const hasS = s !== void 0;
  const hasW = w !== void 0 || s === true && sImplies;
  if (hasS && hasW) return void 0;
  return { missing: hasS ? "-w" : hasW ? "-s" : "-s -w", kept: hasS ? "DWARF debug info" : hasW ? "symbol table" : "symbol table and DWARF debug info" };
}
function judgeCommand(reports, file, build, sImplies, anchor) {
  if (isDebugBuild(build)) return;
  const found = lacking(build.ldflags?.flags ?? [], sImplies);
  if (!found || !build.ldflags && build.opaqueArgs) return;
  const place = { start: build.goWord.start, end: build.verbWord.end, ...build.file ? { file: build.file, ...anchor !== void 0 ? { anchor } : {} } : {} };
  if (!build.ldflags) {
    const edits = buildEdits(build, [build.verbWord], [insertArgsAfter(buildForm(build), build.verbWord, '-ldflags="-s -w"', ["-ldflags=-s -w"])]);
    reports.push({ messageId: "missing", ...place, data: { verb: build.verb }, fix: edits && { title: 'Add -ldflags="-s -w"', applicability: "safe", edits } });
    return;
  }
  const flag = build.ldflags.flag;
  const at = flag ? { ...place, start: flag.nameWord.start, end: (flag.valueWord ?? flag.nameWord).end } : place;
  const from = build.ldflags.source === "GOFLAGS" ? " (set in GOFLAGS)" : "";
  reports.push({ messageId: "partial", ...at, data: { missing: found.missing, kept: found.kept, from }, fix: mergeFix(file, build, found.missing) });
}
function judgeRelease(reports, build, release) {
  const found = lacking(build.ldflags?.flags ?? [], true);
  if (!found) return;
  const edits = releaseLdflagsEdits(release, found.missing);
  reports.push({
    messageId: "partial",
    ...hostPlace(build, "ldflags"),
    data: { missing: found.missing, kept: found.kept, from: ` of ${hostLabel(build)}` },
    fix: edits && { title: `Add ${found.missing} to ldflags`, applicability: "safe", edits }
  });
}
function linkerBool(flags, name) {
  let value2;
  for (const token of flags) {
    const body = token.startsWith("--") ? token.slice(2) : token.startsWith("-") ? token.slice(1) : void 0;
    if (body === void 0) continue;
    if (body === name) value2 = true;
    else if (body.startsWith(name + "=")) {
      const v = body.slice(name.length + 1);
      if (TRUE.has(v)) value2 = true;
      else if (FALSE.has(v)) value2 = false;
    }
  }
  return value2;
}
var TRUE = /* @__PURE__ */ new Set(["1", "t", "T", "true", "TRUE", "True"]);
var FALSE = /* @__PURE__ */ new Set(["0", "f", "F", "false", "FALSE", "False"]);
function sImpliesW(build) {
  return goVersionAtLeast(build.goVersion, "1.22") !== false;
}
function mergeFix(file, build, missing) {
  const flag = build.ldflags?.flag;
  if (!flag?.valueWord) return void 0;
  const edit = prependToFlagValue(build.file ?? file, flag.nameWord, flag.valueWord, missing);
  const edits = edit && buildEdits(build, [flag.nameWord, flag.valueWord], [edit]);
  return edits && { title: `Add ${missing} to -ldflags`, applicability: "safe", edits };
}

// src/model/run-effects.ts
var QUIET = /* @__PURE__ */ new Set([
  "true",
  "false",
  ":",
  "echo",
  "printf",
  "set",
  "export",
  "unset",
  "ls",
  "pwd",
  "env",
  "test",
  "[",
  "sleep",
  "which",
  "command",
  "uname",
  "id",
  "whoami",
  "cat",
  "head",
  "tail",
  "grep",
  "file",
  "ldd",
  "du",
  "df",
  "stat",
  "sha256sum",
  "md5sum",
  "chmod",
  "chgrp",
  "update-ca-certificates",
  "ldconfig",
  "sync",
  "exit"
]);
var VENDORING = /* @__PURE__ */ new Set(["dep", "glide", "govendor", "godep", "gvt", "trash", "gpm"]);
var INSTALL_VERBS = {
  apk: ["add"],
  "apt-get": ["install"],
  apt: ["install"],
  yum: ["install"],
  dnf: ["install"],
  microdnf: ["install"]
};
var PACKAGE_VALUE_OPTIONS = /* @__PURE__ */ new Set(["-X", "--repository", "-t", "--virtual", "-o", "--option", "--target-release", "--setopt", "-c", "--config"]);
var GO_QUIET = /* @__PURE__ */ new Set(["build", "install", "mod", "get", "vet", "test", "env", "version", "clean", "list", "generate", "fmt", "doc", "tool"]);
var SCRATCH2 = ["/tmp", "/var/tmp", "/var/cache", "/var/lib/apt/lists", "/var/lib/apk", "/root/.cache", "/go/pkg", "/dev/null"];
function runEffects(run) {
  const out = { folders: [], packages: [], accounts: [], writers: [], chowns: [] };
  if (run.form === "exec" && run.commands.length === 0) {
    out.writers.push(run.exec?.[0] ?? "RUN");
    return out;
  }
  let cwd = run.workdir;
  for (const c of run.commands) {
    const words2 = unwrap(c.words);
    for (const r of c.redirects) {
      if (r.op.includes(">") && r.target && !isScratch(pathOf(r.target, run, cwd))) out.writers.push(`${words2[0]?.text ?? ""} ${r.op} ${r.target.text}`.trim());
    }
    if (words2.length === 0) continue;
    const head = basename(words2[0].text);
    if (head === "cd") {
      cwd = words2[1] ? pathOf(words2[1], run, cwd) : "/root";
      continue;
    }
    effectOf(head, words2, run, cwd, out);
  }
  return out;
}
function effectOf(head, words2, run, cwd, out) {
  const args = words2.slice(1);
  if (QUIET.has(head) || VENDORING.has(head)) return;
  if (head === "chown") {
    const [owner, ...paths] = args.filter((a) => !a.text.startsWith("-"));
    const recursive = args.some((a) => /^-[a-zA-Z]*R/.test(a.text) || a.text === "--recursive");
    if (owner) out.chowns.push({ owner: valueOf(owner, run), paths: paths.map((p) => pathOf(p, run, cwd)), recursive });
  } else if (head === "mkdir") {
    for (const a of args) if (!a.text.startsWith("-")) out.folders.push(pathOf(a, run, cwd));
  } else if (head === "rm") {
    if (!args.every((a) => a.text.startsWith("-") || isScratch(pathOf(a, run, cwd, true)))) out.writers.push("rm");
  } else if (head in INSTALL_VERBS) {
    out.packages.push(...installed(head, args.map((a) => a.text)));
  } else if (head === "go") {
    if (!GO_QUIET.has(args[0]?.text ?? "")) out.writers.push(`go ${args[0]?.text ?? ""}`.trim());
  } else if (head === "git") {
    if (args[0]?.text !== "config") out.writers.push("git");
  } else if (head === "adduser" || head === "useradd" || head === "addgroup" || head === "groupadd") {
    const account = accountOf(head, args, run);
    if (account) out.accounts.push(...account);
    else out.writers.push(head);
  } else {
    out.writers.push(head);
  }
}
function unwrap(words2) {
  let i = 0;
  while (i < words2.length) {
    const w = basename(words2[i].text);
    if (w === "sudo" || w === "exec" || w === "nice" || w === "nohup" || w === "time" || w === "command") i++;
    else if (w === "env") {
      i++;
      while (i < words2.length && (words2[i].text.startsWith("-") || /^[A-Za-z_][A-Za-z0-9_]*=/.test(words2[i].text))) i++;
    } else break;
  }
  return words2.slice(i);
}
function pathOf(word, run, cwd, globs = false) {
  const v = word.hasExpansion ? expand(word.text, run.scope) : { known: true, value: word.text };
  if (!v.known || v.value === "" || !globs && /[*?[\]{}~`]/.test(v.value)) return void 0;
  if (v.value.startsWith("/")) return resolvePath("/", v.value);
  return cwd === void 0 ? void 0 : resolvePath(cwd, v.value);
}
function isScratch(path) {
  return path !== void 0 && SCRATCH2.some((s) => path === s || path.startsWith(s + "/"));
}
function installed(manager, args) {
  const verbs = INSTALL_VERBS[manager];
  const out = [];
  let verb;
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a.startsWith("-")) {
      if (PACKAGE_VALUE_OPTIONS.has(a)) i++;
      continue;
    }
    if (verb === void 0) {
      verb = a;
      if (!verbs.includes(a)) return [];
      continue;
    }
    out.push(a.split(/[=<>~]/)[0]);
  }
  return out;
}
var ACCOUNT_VALUE_OPTIONS = /* @__PURE__ */ new Set([
  "-h",
  "-g",
  "-s",
  "-G",
  "-u",
  "-k",
  "-d",
  "-c",
  "-e",
  "-f",
  "-K",
  "-p",
  "-R",
  "-P",
  "-Z",
  "-b",
  "--home",
  "--shell",
  "--uid",
  "--gid",
  "--gecos",
  "--ingroup",
  "--firstuid",
  "--lastuid",
  "--firstgid",
  "--lastgid",
  "--conf",
  "--home-dir",
  "--comment",
  "--groups",
  "--password",
  "--key",
  "--root",
  "--prefix",
  "--base-dir",
  "--expiredate",
  "--inactive",
  "--add_extra_groups"
]);
function accountOf(tool, args, run) {
  const options = /* @__PURE__ */ new Map();
  const flags = /* @__PURE__ */ new Set();
  const names = [];
  for (let i = 0; i < args.length; i++) {
    const raw = args[i].text;
    const eq = raw.startsWith("--") ? raw.indexOf("=") : -1;
    const name = eq === -1 ? raw : raw.slice(0, eq);
    if (ACCOUNT_VALUE_OPTIONS.has(name)) {
      const value2 = eq === -1 ? args[++i] : { ...args[i], text: raw.slice(eq + 1) };
      if (value2) options.set(name, valueOf(value2, run));
    } else if (raw.startsWith("-")) flags.add(raw);
    else names.push(valueOf(args[i], run));
  }
  if (names.length === 0 || names.some((n) => n === "" || n.includes("$"))) return void 0;
  const idOf = (...keys) => keys.map((k) => options.get(k)).find((v) => v !== void 0 && /^[0-9]+$/.test(v));
  if (tool === "addgroup" || tool === "groupadd") {
    if (names.length > 1) return [];
    return [{ kind: "group", name: names[0], id: idOf("-g", "--gid") }];
  }
  const user = {
    kind: "user",
    name: names[0],
    id: idOf("-u", "--uid"),
    home: options.get("-h") ?? options.get("--home") ?? options.get("-d") ?? options.get("--home-dir"),
    group: (tool === "adduser" ? options.get("-G") ?? options.get("--ingroup") : options.get("-g")) ?? names[1],
    makesHome: tool === "useradd" ? flags.has("-m") || flags.has("--create-home") : !flags.has("--no-create-home") && ![...flags].some((f) => /^-[A-Za-z]*H/.test(f)),
    // busybox and Debian's adduser make a group of the user's name unless told to use another.
    ownGroup: tool === "useradd" ? flags.has("-U") || flags.has("--user-group") : flags.has("--group") || !(options.has("-G") || options.has("--ingroup"))
  };
  return [user];
}
function valueOf(word, run) {
  if (!word.hasExpansion) return word.text;
  const v = expand(word.text, run.scope);
  return v.known ? v.value : "$";
}

// src/model/dockerignore.ts
function cleanPath(path) {
  const out = [];
  for (const part of path.split("/")) {
    if (part === "" || part === ".") continue;
    if (part === "..") out.pop();
    else out.push(part);
  }
  return out;
}
function matchElement(pattern, name) {
  let p = 0;
  let n = 0;
  let starP = -1;
  let starN = 0;
  while (n < name.length) {
    if (p < pattern.length && pattern[p] === "*") {
      starP = p++;
      starN = n;
      continue;
    }
    const step = p < pattern.length ? matchOne(pattern, p, name[n]) : -1;
    if (step !== -1) {
      p = step;
      n++;
      continue;
    }
    if (starP === -1) return false;
    p = starP + 1;
    n = ++starN;
  }
  while (p < pattern.length && pattern[p] === "*") p++;
  return p === pattern.length;
}
function matchOne(pattern, p, c) {
  const t = pattern[p];
  if (t === "?") return p + 1;
  if (t === "\\" && p + 1 < pattern.length) return pattern[p + 1] === c ? p + 2 : -1;
  if (t === "[") {
    const end = pattern.indexOf("]", p + 2);
    if (end === -1) return t === c ? p + 1 : -1;
    let i = p + 1;
    const negate = pattern[i] === "^" || pattern[i] === "!";
    if (negate) i++;
    let hit = false;
    while (i < end) {
      const lo = pattern[i];
      if (pattern[i + 1] === "-" && i + 2 < end) {
        if (c >= lo && c <= pattern[i + 2]) hit = true;
        i += 3;
      } else {
        if (c === lo) hit = true;
        i++;
      }
    }
    return hit !== negate ? end + 1 : -1;
  }
  return t === c ? p + 1 : -1;
}

// src/edits/carry-over.ts
var MAX_LISTED = 4e3;
var BUILD_DIRS = /* @__PURE__ */ new Set([".git", ".hg", ".svn", ".bzr", "testdata", ".github", ".gitlab", ".circleci", ".vscode", ".idea", ".devcontainer", ".buildkite"]);
var BUILD_FILES = /* @__PURE__ */ new Set([
  "go.mod",
  "go.sum",
  "go.work",
  "go.work.sum",
  "gopkg.toml",
  "gopkg.lock",
  "glide.yaml",
  "glide.lock",
  "vendor.conf",
  "dockerfile",
  "containerfile",
  ".dockerignore",
  "makefile",
  "gnumakefile",
  "justfile",
  "taskfile.yml",
  "taskfile.yaml",
  ".goreleaser.yml",
  ".goreleaser.yaml",
  ".golangci.yml",
  ".golangci.yaml",
  ".golangci.toml",
  ".golangci.json",
  ".travis.yml",
  ".gitlab-ci.yml",
  ".pre-commit-config.yaml",
  ".editorconfig",
  "codecov.yml",
  ".codecov.yml",
  ".gitignore",
  ".gitattributes",
  ".gitmodules",
  "codeowners",
  ".mailmap",
  "renovate.json",
  ".releaserc"
]);
var SOURCE_EXTENSIONS = [".go", ".s", ".syso", ".c", ".h", ".cc", ".cpp", ".cxx", ".hh", ".hpp", ".m", ".f"];
var DOCUMENTS = /* @__PURE__ */ new Set(["readme", "license", "licence", "changelog", "changes", "contributing", "code_of_conduct", "security", "authors", "contributors", "notice", "maintainers", "history"]);
var ARCHIVES = [".tar", ".tar.gz", ".tgz", ".tar.bz2", ".tbz2", ".tar.xz", ".txz", ".tar.zst"];
function isBuildOnly(name, dir) {
  const lower = name.toLowerCase();
  if (dir) return BUILD_DIRS.has(lower);
  if (BUILD_FILES.has(lower)) return true;
  if (lower.startsWith("dockerfile.") || lower.endsWith(".dockerfile") || lower.endsWith(".dockerignore") || lower.endsWith(".mk")) return true;
  if (/^(docker-)?compose([.-].*)?\.ya?ml$/.test(lower)) return true;
  if (SOURCE_EXTENSIONS.some((e) => lower.endsWith(e))) return true;
  const stem = lower.includes(".") ? lower.slice(0, lower.indexOf(".")) : lower;
  return DOCUMENTS.has(stem);
}
var Walker = class {
  constructor(context) {
    this.context = context;
  }
  context;
  listed = 0;
  list(path) {
    const entries = this.context.list(path);
    this.listed += entries?.length ?? 0;
    return entries;
  }
  get exhausted() {
    return this.listed > MAX_LISTED;
  }
  /**
   * The runtime units of a context folder whose contents land at `image`: the folder whole when
   * it holds nothing build-only, else its runtime files and folders one by one. Go's `vendor`
   * folder is build-only where it is Go's (holds modules.txt or .go files).
   */
  folder(ctx, image) {
    const entries = this.list(ctx) ?? [];
    const units = [];
    let pure2 = true;
    for (const entry of entries) {
      if (this.exhausted) return { units, pure: false };
      const dir = entry.endsWith("/");
      const name = dir ? entry.slice(0, -1) : entry;
      const childCtx = ctx ? `${ctx}/${name}` : name;
      const childImage = resolvePath(image, name);
      if (isBuildOnly(name, dir) || dir && name === "vendor" && this.isGoVendor(childCtx)) {
        pure2 = false;
        continue;
      }
      if (!dir) {
        units.push({ path: childImage, kind: "file" });
        continue;
      }
      const sub = this.folder(childCtx, childImage);
      if (sub.pure && sub.units.length > 0) units.push({ path: childImage, kind: "dir" });
      else units.push(...sub.units);
      if (!sub.pure) pure2 = false;
    }
    return { units, pure: pure2 && units.length > 0 };
  }
  isGoVendor(ctx) {
    return this.context.kind(`${ctx}/modules.txt`) === "file" || (this.list(ctx) ?? []).some((e) => e.endsWith(".go"));
  }
};
function carriedFromContext(context, copies) {
  const walker = new Walker(context);
  const units = /* @__PURE__ */ new Map();
  for (const copy of copies) {
    if (copy.fromStage || copy.fromImage !== void 0) return { reason: `${copy.keyword} --from=${copy.fromImage ?? copy.fromStage?.name ?? ""} brings files from another image, which the program may use` };
    if (copy.dest === void 0) return { reason: `a variable hides where a ${copy.keyword} puts its files` };
    const destIsDir = copy.dest.endsWith("/") || copy.sources.length > 1;
    const dest = normalize(copy.dest);
    for (const src of copy.sources) {
      if (copy.heredoc) {
        const name = src.text.replace(/^<<-?["']?|["']$/g, "");
        add(units, { path: destIsDir ? resolvePath(dest, name) : dest, kind: "file" });
        continue;
      }
      const found = sourceUnits(walker, copy, src, dest, destIsDir);
      if ("reason" in found) return found;
      for (const u of found.units) add(units, u);
    }
    if (walker.exhausted) return { reason: `the build context holds more than ${MAX_LISTED} entries, too many to list what the image carries` };
  }
  return { units: minimal([...units.values()]) };
}
function add(units, u) {
  units.set(u.path, u);
}
function minimal(units) {
  const dirs = units.filter((u) => u.kind === "dir");
  return units.filter((u) => !dirs.some((d) => d !== u && isWithin(u.path, d.path))).sort((a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
}
function sourceUnits(walker, copy, src, dest, destIsDir) {
  if (!src.known) return { reason: `a variable hides a ${copy.keyword} source` };
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(src.text) || src.text.startsWith("git@")) return { reason: `ADD ${src.text} fetches files whose contents cannot be listed` };
  const elements = cleanPath(src.text);
  const ctxPath = elements.join("/");
  if (copy.keyword === "ADD" && ARCHIVES.some((a) => ctxPath.toLowerCase().endsWith(a))) return { reason: `ADD ${src.text} unpacks an archive whose contents cannot be listed` };
  const matches2 = [];
  if (hasGlob(ctxPath)) {
    const parent = elements.slice(0, -1).join("/");
    if (hasGlob(parent)) return { reason: `${copy.keyword} ${src.text} matches folders by a pattern, which is not listed` };
    const pattern = elements[elements.length - 1];
    for (const entry of walker.list(parent) ?? []) {
      const dir = entry.endsWith("/");
      const name = dir ? entry.slice(0, -1) : entry;
      if (matchElement(pattern, name)) matches2.push({ ctx: parent ? `${parent}/${name}` : name, kind: dir ? "dir" : "file" });
    }
  } else {
    const kind = ctxPath === "" ? "dir" : walker.context.kind(ctxPath);
    if (kind === void 0) return { reason: `${copy.keyword} ${src.text}: no such file in the build context (or .dockerignore excludes it)` };
    matches2.push({ ctx: ctxPath, kind });
  }
  const units = [];
  for (const m of matches2) {
    const name = basename("/" + m.ctx);
    if (m.kind === "file") {
      if (!isBuildOnly(name, false)) units.push({ path: destIsDir || hasGlob(ctxPath) ? resolvePath(dest, name) : dest, kind: "file" });
      continue;
    }
    if (m.ctx !== "" && isBuildOnly(name, true)) continue;
    const sub = walker.folder(m.ctx, dest);
    const ownFolder = matches2.length === 1 && copy.sources.length === 1 && dest !== "/" && (copy.workdir === void 0 || normalize(copy.workdir) !== dest);
    if (sub.pure && ownFolder) units.push({ path: dest, kind: "dir" });
    else units.push(...sub.units);
  }
  return { units };
}

// src/edits/exec-words.ts
function execFormText(words2) {
  return "[" + words2.map((w) => JSON.stringify(w)).join(", ") + "]";
}
var SHELL_ONLY = /* @__PURE__ */ new Set([
  ".",
  ":",
  "[",
  "[[",
  "alias",
  "break",
  "case",
  "cd",
  "continue",
  "eval",
  "export",
  "for",
  "function",
  "if",
  "local",
  "read",
  "readonly",
  "return",
  "set",
  "shift",
  "source",
  "test",
  "time",
  "trap",
  "ulimit",
  "umask",
  "unset",
  "until",
  "wait",
  "while",
  "!",
  "{",
  "("
]);
function plainCommandWords(file, span, args = false) {
  const raw = file.text.slice(span.start, span.end);
  if (raw.includes("\n") || raw.includes("\r") || raw.trimStart().startsWith("[")) return void 0;
  const cmds = splitCommands(file.text, span.start, span.end, { escapeChar: file.escapeChar, dockerfileContinuations: true });
  if (cmds.length !== 1) return void 0;
  const [c] = cmds;
  if (c.assignments.length > 0 || c.redirects.length > 0 || c.separator !== null || c.words.length === 0) return void 0;
  if (c.words.some((w) => w.hasExpansion || !wholeQuoted(file.text.slice(w.start, w.end)) && hasShellPattern(w.text))) return void 0;
  if (file.text.slice(c.end, span.end).trim() !== "") return void 0;
  let words2 = c.words.map((w) => w.text);
  if (args) return words2;
  if (words2[0] === "exec" && !c.words[0].quoted) words2 = words2.slice(1);
  if (words2.length === 0 || SHELL_ONLY.has(words2[0]) || words2[0].startsWith("-")) return void 0;
  return words2;
}
function wholeQuoted(raw) {
  const q = raw[0];
  return raw.length >= 2 && (q === "'" || q === '"') && raw[raw.length - 1] === q && !raw.slice(1, -1).includes(q);
}
function hasShellPattern(text) {
  return text.includes("*") || text.includes("?") || text.includes("[") || text.startsWith("~");
}

// src/edits/layout.ts
function lineStartAt(file, offset) {
  return file.lineStarts[positionAt(file, offset).line];
}
function indentAt(file, offset) {
  const start = lineStartAt(file, offset);
  let end = start;
  while (file.text[end] === " " || file.text[end] === "	") end++;
  return file.text.slice(start, end);
}
function lowercaseKeywords(stage) {
  const kw = stage.from.getInstruction();
  return kw === kw.toLowerCase();
}
function newInstruction(file, stage, instruction, indent = "") {
  const space = instruction.indexOf(" ");
  const keyword2 = space === -1 ? instruction : instruction.slice(0, space);
  const rest = space === -1 ? "" : instruction.slice(space);
  return indent + (lowercaseKeywords(stage) ? keyword2.toLowerCase() : keyword2) + rest + file.eol;
}
function isCommentLine(file, line) {
  const start = file.lineStarts[line];
  const end = line + 1 < file.lineStarts.length ? file.lineStarts[line + 1] : file.text.length;
  let i = start;
  while (i < end && (file.text[i] === " " || file.text[i] === "	")) i++;
  return i < end && file.text[i] === "#";
}
function lineBefore(file, instructionStart, after) {
  let line = positionAt(file, instructionStart).line;
  const floor = positionAt(file, after).line;
  while (line - 1 > floor && isCommentLine(file, line - 1)) line--;
  return file.lineStarts[line];
}
function insertBefore(file, stage, span, instruction) {
  const previous = [stage.from, ...stage.instructions].map((i) => spanOf(file, i.getRange())).filter((s) => s.end <= span.start).reduce((a, b) => b.end > a ? b.end : a, 0);
  const at = lineBefore(file, span.start, previous);
  return { start: at, end: at, text: newInstruction(file, stage, instruction, indentAt(file, span.start)) };
}
function appendToStage(file, stage, instruction) {
  const last = stage.instructions[stage.instructions.length - 1] ?? stage.from;
  const end = spanOf(file, last.getRange()).end;
  const line = newInstruction(file, stage, instruction);
  return { start: end, end, text: file.eol + line.slice(0, line.length - file.eol.length) };
}
function insertAfterFrom(file, stage, instruction) {
  const at = lineEndAt(file, stage.fromSpan.end);
  const line = newInstruction(file, stage, instruction);
  return { start: at, end: at, text: file.eol + line.slice(0, line.length - file.eol.length) };
}

// src/edits/writable.ts
var EMPTY_DIR = "/tmp/empty";
var OPEN = ["/tmp", "/var/tmp", "/dev/shm"];
function writableFolders(q) {
  const wanted = /* @__PURE__ */ new Set();
  const made = /* @__PURE__ */ new Set();
  const workdirSet = q.stages.some((s) => s.instructions.some((i) => i.getKeyword() === "WORKDIR"));
  const workdir = workdirSet ? q.stages[0].workdir : q.workdir;
  if (workdirSet && workdir === void 0) return { reason: "a variable hides the WORKDIR, so the folder the program runs in cannot be given to the non-root user" };
  if (workdir !== void 0) wanted.add(workdir);
  if (workdirSet && workdir !== void 0) made.add(workdir);
  for (const s of q.stages) {
    for (const v of s.volumes) {
      for (const p of v.paths) {
        if (p === void 0) return { reason: "a variable hides a VOLUME folder, which the non-root user must be able to write" };
        wanted.add(p);
      }
    }
    for (const run of s.runs) {
      for (const p of runEffects(run).folders) {
        if (p === void 0) return { reason: "a RUN makes a folder whose path a variable hides; the non-root user may need to write it" };
        wanted.add(p);
        made.add(p);
      }
    }
  }
  const underRoot = [...wanted].sort().find(isUnderRoot);
  if (underRoot !== void 0) return { reason: `${underRoot} is under /root, which only root may enter (mode 0700)` };
  const home = q.stages[0].env.get("HOME");
  if (home?.known && isUnderRoot(home.value)) return { reason: `HOME is ${home.value}, under /root, which only root may enter (mode 0700)` };
  const ownPasswd = q.model !== void 0 && placedIn(q.model, q.stages, "/etc/passwd") !== "no";
  const giveHome = home === void 0 && !ownPasswd && q.base.family !== "distroless" && q.base.family !== "chainguard";
  if (home?.known && home.value !== "" && home.value !== "/") wanted.add(normalize(home.value));
  if (giveHome) wanted.add(NONROOT_HOME);
  for (const s of q.stages) {
    for (const c of s.copies) {
      if (c.dest !== void 0 && isUnderRoot(c.dest)) return { reason: `files are copied under /root (${normalize(c.dest)}), which uid ${NONROOT_UID} cannot read; its HOME is ${NONROOT_HOME}` };
    }
  }
  const sorted = [...wanted].sort((a, b) => a.length - b.length || (a < b ? -1 : 1));
  const folders = [];
  for (const f of sorted) {
    if (f === "/") continue;
    if (alreadyWritable(q, f)) continue;
    folders.push(f);
  }
  return giveHome ? { folders, made, home: NONROOT_HOME } : { folders, made };
}
function isUnderRoot(path) {
  return isWithin(normalize(path), "/root");
}
function alreadyWritable(q, folder) {
  if (q.base.family !== "scratch" && OPEN.some((o) => isWithin(folder, o))) return true;
  if ((q.base.family === "distroless" || q.base.family === "chainguard") && isWithin(folder, NONROOT_HOME)) return true;
  if (folder === NONROOT_HOME && q.base.family !== "distroless" && q.base.family !== "chainguard") return false;
  if (q.base.family === "golang" && ["/go", "/go/src", "/go/bin"].includes(folder)) return true;
  const isNew = q.isNewUser ?? ((owner) => isNewUserId(owner));
  for (const s of q.stages) {
    if (s.copies.some((c) => {
      const owner = chownText(c.chown);
      return owner !== void 0 && isNew(owner) && c.dest !== void 0 && normalize(c.dest) === folder;
    })) return true;
    for (const run of s.runs) {
      if (runEffects(run).chowns.some((c) => isNew(c.owner) && c.paths.includes(folder))) return true;
    }
  }
  return false;
}
function chownText(chown) {
  if (!chown || chown.user === void 0) return void 0;
  return chown.group !== void 0 ? `${chown.user}:${chown.group}` : chown.user;
}
function isNewUserId(owner) {
  const [u, g] = owner.split(":");
  const mine = (x) => x === String(NONROOT_UID) || x === "nonroot";
  return mine(u) && (g === void 0 || mine(g));
}
function chownWithShell(file, stage, folders, made, before) {
  const volume = stage.volumes.find((v) => v.paths.some((p) => p !== void 0 && folders.includes(p)));
  const missing = volume ? folders : folders.filter((f) => !made.has(f));
  const line = `RUN ${missing.length > 0 ? `mkdir -p ${missing.join(" ")} && ` : ""}chown ${NONROOT_USER} ${folders.join(" ")}`;
  const at = volume ? volume.span : before;
  if (at === "end") return appendToStage(file, stage, line);
  return insertBefore(file, stage, at, line);
}
function emptyFolderBuilder(model, final) {
  const lineage = new Set(stageLineage(final));
  const candidates = model.goBuilds.filter((b) => b.shipped).map((b) => b.stage);
  return candidates.find((s) => !lineage.has(s) && s.index < final.index && rootFacts(s)?.hasShell === true && rootFacts(s)?.binSh !== false);
}
function stageRef(stage) {
  return stage.name ?? String(stage.index);
}
function emptyFolderEdit(file, builder) {
  if (builder.runs.some((r) => runEffects(r).folders.includes(EMPTY_DIR))) return void 0;
  return appendToStage(file, builder, `RUN mkdir -p ${EMPTY_DIR}`);
}
function emptyFolderCopies(builderRef, folders) {
  return folders.map((f) => typeof f === "string" ? { path: f, owner: NONROOT_USER } : f).map((f) => `COPY --from=${builderRef}${f.owner ? ` --chown=${f.owner}` : ""} ${EMPTY_DIR} ${f.path}`);
}
function chownWithoutShell(file, model, final, folders) {
  const depth = (f) => (typeof f === "string" ? f : f.path).split("/").length;
  folders = [...folders].sort((a, b) => depth(a) - depth(b));
  const paths = folders.map((f) => typeof f === "string" ? f : f.path);
  if (final.base.kind === "stage") return { reason: `the final stage is built FROM stage ${stageRef(final.base.stage)}, which would have to give ${paths.join(", ")} to uid ${NONROOT_UID}` };
  const builder = emptyFolderBuilder(model, final);
  if (!builder) return { reason: `${paths.join(", ")} must be writable by uid ${NONROOT_UID}, and no stage that builds the binary has a shell to make an empty folder to copy there` };
  const edits = [];
  const empty = emptyFolderEdit(file, builder);
  if (empty) edits.push(empty);
  const lines = emptyFolderCopies(stageRef(builder), folders);
  const first = insertAfterFrom(file, final, lines[0]);
  const more = lines.slice(1).map((l) => file.eol + newInstruction(file, final, l).slice(0, -file.eol.length)).join("");
  edits.push({ ...first, text: first.text + more });
  return edits;
}
function stageAnchors(file, stage, toEnd = false) {
  const last = stage.instructions[stage.instructions.length - 1] ?? stage.from;
  const start = spanOf(file, stage.from.getRange()).start;
  const end = toEnd ? file.text.length : spanOf(file, last.getRange()).end;
  return [
    { start, end: start, text: "" },
    { start: end, end, text: "" }
  ];
}
function buildStepsAfter(file, stage, offset) {
  return stage.instructions.some((i) => (i instanceof Run2 || i instanceof User2) && spanOf(file, i.getRange()).start > offset);
}

// src/model/compose.ts
var COMPOSE_FILE = /^(docker-)?compose([.-][^/]*)?\.ya?ml$/i;
var MAX_FILES = 16;
var memo = /* @__PURE__ */ new WeakMap();
function composeServices(ws) {
  if (!ws) return [];
  let byPath = memo.get(ws.repository);
  if (!byPath) memo.set(ws.repository, byPath = /* @__PURE__ */ new Map());
  const key = `${ws.contextPath}\0${ws.dockerfilePath}`;
  let out = byPath.get(key);
  if (out) return out;
  out = [];
  const dirs = [.../* @__PURE__ */ new Set([parentOf(ws.dockerfilePath), ""])];
  for (const dir of dirs) {
    const names = (ws.repository.list(dir) ?? []).filter((n) => COMPOSE_FILE.test(n)).slice(0, MAX_FILES);
    for (const name of names) out.push(...servicesOf(ws, dir === "" ? name : `${dir}/${name}`, dir));
  }
  byPath.set(key, out);
  return out;
}
function servicesOf(ws, path, dir) {
  const text = ws.repository.read(path);
  if (text === void 0) return [];
  const { root } = readYaml(text);
  const services = root?.kind === "map" ? get(root, "services") : void 0;
  if (services?.kind !== "map") return [];
  const env = dotEnv(ws.repository, dir);
  const out = [];
  for (const pair of services.pairs) {
    if (pair.value?.kind !== "map") continue;
    const match = buildMatch(ws, pair.value, dir, env);
    if (!match) continue;
    const s = pair.value;
    const user = scalar(get(s, "user"));
    out.push({
      file: path,
      name: pair.key,
      match,
      mounts: mounts(get(s, "volumes"), env),
      privileged: scalar(get(s, "privileged")) === "true",
      capAdd: strings(get(s, "cap_add")) ?? [],
      ...user !== void 0 ? { user: interpolate(user, env) } : {},
      ...healthcheck(get(s, "healthcheck"))
    });
  }
  return out;
}
function buildMatch(ws, service, dir, env) {
  const build = get(service, "build");
  let context;
  let dockerfile;
  if (build?.kind === "scalar") context = scalar(build);
  else if (build?.kind === "map") {
    context = scalar(get(build, "context")) ?? ".";
    dockerfile = scalar(get(build, "dockerfile"));
  } else return void 0;
  if (context === void 0) return void 0;
  context = interpolate(context, env);
  dockerfile = dockerfile === void 0 ? "Dockerfile" : interpolate(dockerfile, env);
  if (context.includes("$") || dockerfile.includes("$") || /^[a-z]+:\/\/|^git@/i.test(context)) return void 0;
  const contextPath = join(dir, context);
  if (contextPath === void 0) return void 0;
  const path = join(contextPath, dockerfile);
  if (path === ws.dockerfilePath) return "same";
  if (contextPath === ws.contextPath && path !== void 0 && parentOf(path) === parentOf(ws.dockerfilePath)) return "sibling";
  return void 0;
}
function mounts(node, env) {
  if (node?.kind !== "seq") return [];
  const out = [];
  for (const item of node.items) {
    if (item.kind === "scalar" && item.value !== null) {
      const parts = interpolate(item.value, env).split(":");
      if (parts.length > 2 && /^[a-z]$/i.test(parts[0])) parts.splice(0, 2, `${parts[0]}:${parts[1]}`);
      if (parts.length < 2) continue;
      const [source, target, mode = ""] = parts;
      out.push({ source, target, bind: isHostPath(source), readOnly: mode.split(",").includes("ro") });
    } else if (item.kind === "map") {
      const source = interpolate(scalar(get(item, "source")) ?? "", env);
      const target = interpolate(scalar(get(item, "target")) ?? "", env);
      const type = scalar(get(item, "type"));
      out.push({ source, target, bind: type === "bind" || type === void 0 && isHostPath(source), readOnly: scalar(get(item, "read_only")) === "true" });
    }
  }
  return out;
}
function isHostPath(source) {
  return /^([./~$]|[a-z]:\\)/i.test(source);
}
function healthcheck(node) {
  const test = node?.kind === "map" ? get(node, "test") : void 0;
  if (!test || node?.kind === "map" && scalar(get(node, "disable")) === "true") return {};
  if (test.kind === "scalar") return test.value === null ? {} : { healthcheck: [test.value] };
  const words2 = strings(test) ?? [];
  return words2.length > 0 ? { healthcheck: words2 } : {};
}
function dotEnv(tree, dir) {
  const env = /* @__PURE__ */ new Map();
  const text = tree.read(dir === "" ? ".env" : `${dir}/.env`);
  for (const line of text?.split(/\r?\n/) ?? []) {
    const m = /^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(.*?)\s*$/.exec(line);
    if (m) env.set(m[1], m[2].replace(/^(['"])(.*)\1$/, "$2"));
  }
  return env;
}
function interpolate(text, env) {
  return text.replace(/\$\{([A-Za-z_][A-Za-z0-9_]*)(?::?-([^}]*))?\}|\$([A-Za-z_][A-Za-z0-9_]*)/g, (all, braced, def, bare) => {
    const name = braced ?? bare;
    return env.get(name) ?? def ?? all;
  });
}
function join(dir, rel) {
  if (rel.startsWith("/")) return void 0;
  const out = dir === "" ? [] : dir.split("/");
  for (const part of rel.split("/")) {
    if (part === "" || part === ".") continue;
    if (part === "..") {
      if (out.length === 0) return void 0;
      out.pop();
    } else out.push(part);
  }
  return out.join("/");
}

// src/edits/ports.ts
var PORT_WORDS = /(port|addr|listen|bind|http|https)/i;
var ENV_PORTS = /^(PORT|HTTP_PORT|HTTPS_PORT|LISTEN_PORT|SERVER_PORT|ADDR|HTTP_ADDR|LISTEN_ADDR|LISTEN|BIND|BIND_ADDR|SERVER_ADDR|ADDRESS)$/i;
function privilegedPorts(file, stages) {
  const ports = /* @__PURE__ */ new Set();
  for (const stage of stages) {
    for (const ins of stage.instructions) {
      const kw = ins.getKeyword().toUpperCase();
      if (kw === "EXPOSE") {
        for (const a of ins.getArguments()) addPort(ports, expand(a.getValue(), stage.env).value.split("/")[0]);
      } else if (kw === "ENV") {
        for (const [name, value2] of stage.env) if (ENV_PORTS.test(name) && value2.known) addPort(ports, portOf(value2.value));
      } else if (ins instanceof Cmd2 || ins instanceof Entrypoint2) {
        for (const p of commandPorts(file, ins)) addPort(ports, p);
      }
    }
  }
  return [...ports].sort((a, b) => a - b);
}
function addPort(ports, text) {
  if (text === void 0 || !/^[0-9]{1,5}$/.test(text)) return;
  const n = Number(text);
  if (n > 0 && n < 1024) ports.add(n);
}
function portOf(value2) {
  const m = /^(?:[^\s:]*:)?([0-9]{1,5})$/.exec(value2.trim());
  return m ? m[1] : void 0;
}
function commandPorts(file, ins) {
  const range = ins.getArgumentsRange();
  if (!range) return [];
  const span = spanOf(file, range);
  const words2 = execForm(file, span) ?? plainCommandWords(file, span, true) ?? [];
  const out = [];
  for (let i = 1; i < words2.length; i++) {
    const w = words2[i];
    const eq = w.indexOf("=");
    if (w.startsWith("-") && eq !== -1 && PORT_WORDS.test(w.slice(0, eq))) {
      const p = portOf(w.slice(eq + 1));
      if (p) out.push(p);
    } else if (w.startsWith("-") && PORT_WORDS.test(w) && i + 1 < words2.length) {
      const p = portOf(words2[i + 1]);
      if (p) out.push(p);
    } else if (/^:[0-9]{1,5}$/.test(w)) out.push(w.slice(1));
  }
  return out;
}

// src/edits/needs-root.ts
var PRIVILEGE_TOOLS = /* @__PURE__ */ new Set(["su-exec", "gosu", "setpriv", "s6-setuidgid", "setuidgid", "chpst", "runuser", "su", "chown", "setcap", "sudo"]);
var SHELLS3 = /* @__PURE__ */ new Set(["sh", "bash", "ash", "dash", "zsh"]);
var OPEN2 = ["/tmp", "/var/tmp", "/dev", "/proc/self"];
var SCRIPT_LIMIT = 64 * 1024;
function needsRoot(file, model, stages, runsInImage = true) {
  for (const s of stages) {
    for (const run of runsInImage ? s.runs : []) {
      const fx = runEffects(run);
      const tool = fx.packages.find((p) => PRIVILEGE_TOOLS.has(p));
      if (tool) return `the image installs ${tool}, with which an entrypoint drops from root to another user itself`;
      for (const c of run.commands) {
        const w = c.words.map((x) => x.text);
        if (w[0] === "git" && w[1] === "config" && (w.includes("--global") || w.includes("--system"))) return `a RUN writes git settings for root (git config --global), which uid ${NONROOT_UID} does not read`;
        if (w[0] === "go" && w[1] === "env" && w[2] === "-w") return `a RUN writes Go settings into root's HOME (go env -w), which uid ${NONROOT_UID} does not read`;
      }
    }
    for (const [name, value2] of s.env) {
      if (value2.known && value2.value.includes("docker.sock")) return `${name} points at the Docker socket, which only root and the docker group may use`;
    }
  }
  const final = stages[0];
  for (const ins of final.instructions) {
    if (!(ins instanceof Cmd2 || ins instanceof Entrypoint2)) continue;
    const range = ins.getArgumentsRange();
    if (!range) continue;
    const span = spanOf(file, range);
    const raw = file.text.slice(span.start, span.end);
    if (raw.includes("docker.sock")) return `${ins.getKeyword().toUpperCase()} uses the Docker socket, which only root and the docker group may use`;
    const exec = execForm(file, span);
    const why = exec ? execNeedsRoot(model, stages, exec) : shellNeedsRoot(raw, final.workdir);
    if (why) return why;
  }
  return volumeNeedsRoot(stages) ?? portNeedsRoot(file, stages) ?? composeNeedsRoot(model);
}
function volumeNeedsRoot(stages) {
  const paths = stages.flatMap((s) => s.volumes.flatMap((v) => v.paths.filter((p) => p !== void 0)));
  if (paths.length === 0) return void 0;
  const list2 = paths.join(", ");
  return `VOLUME ${list2} may hold data written as root by the current image (named volumes and bind mounts keep it across upgrades), which uid ${NONROOT_UID} cannot rewrite; chown ${paths.length === 1 ? "it" : "them"} before switching users`;
}
function portNeedsRoot(file, stages) {
  const ports = privilegedPorts(file, stages);
  if (ports.length === 0) return void 0;
  const list2 = ports.length === 1 ? `port ${ports[0]} is` : `ports ${ports.join(", ")} are`;
  return `${list2} below 1024, which a non-root process may bind only where the runtime allows it (Docker 20.10+ on a bridge network) or with CAP_NET_BIND_SERVICE`;
}
function composeNeedsRoot(model) {
  for (const s of composeServices(model.workspace)) {
    const where = `${s.file} (service ${s.name})`;
    const socket = s.mounts.find((m) => m.source.includes("docker.sock") || m.target.includes("docker.sock"));
    if (socket) return `${where} mounts the Docker socket, which only root and the docker group may use`;
    if (s.match !== "same") continue;
    if (s.privileged) return `${where} runs it privileged: it needs root's capabilities`;
    if (s.capAdd.length > 0) return `${where} adds capabilities (${s.capAdd.join(", ")}), which a non-root process does not get`;
    if (s.user !== void 0 && /^(root|0)(:.*)?$/.test(s.user)) return `${where} runs it as ${s.user}`;
    const bind = s.mounts.find((m) => m.bind);
    if (bind) return `${where} bind-mounts ${bind.source} at ${bind.target}, whose files keep their owner on the host, which uid ${NONROOT_UID} may not be able to ${bind.readOnly ? "read" : "write"}`;
  }
  return void 0;
}
function shellNeedsRoot(text, workdir, depth = 0) {
  for (const c of splitCommands(text, 0, text.length)) {
    const w = c.words.map((x) => x.text);
    if (w.length > 0 && PRIVILEGE_TOOLS.has(basename(w[0]))) return `the command runs ${w[0]}, which needs root`;
    const script2 = w.length > 2 && SHELLS3.has(basename(w[0])) ? w[w.indexOf("-c") + 1] : void 0;
    if (script2 !== void 0 && w.includes("-c") && depth < 4) {
      const why = shellNeedsRoot(script2, workdir, depth + 1);
      if (why) return why;
    }
    const targets = [...c.redirects.filter((r) => r.op.includes(">") && r.target).map((r) => r.target?.text ?? ""), ...basename(w[0] ?? "") === "tee" ? w.slice(1).filter((a) => !a.startsWith("-")) : []];
    for (const t of targets) {
      if (t.includes("$") || /^&?[0-9]*$/.test(t)) continue;
      const path = workdir === void 0 && !t.startsWith("/") ? t : resolvePath(workdir ?? "/", t);
      if (!OPEN2.some((o) => isWithin(path, o))) return `the command writes ${path}, which uid ${NONROOT_UID} may not be able to write`;
    }
  }
  return void 0;
}
function execNeedsRoot(model, stages, words2) {
  const [program, ...args] = words2;
  if (program === void 0) return void 0;
  if (PRIVILEGE_TOOLS.has(basename(program))) return `the command runs ${program}, which needs root`;
  const c = args.indexOf("-c");
  if (SHELLS3.has(basename(program)) && c !== -1 && args[c + 1] !== void 0) return shellNeedsRoot(args[c + 1], stages[0].workdir);
  const script2 = contextScript(model, stages, program);
  if (script2 === void 0) return void 0;
  for (const cmd of splitCommands(script2, 0, script2.length)) {
    const head = cmd.words[0]?.text;
    if (head !== void 0 && PRIVILEGE_TOOLS.has(basename(head))) return `the entrypoint ${program} runs ${head}, which needs root (it drops privileges itself)`;
  }
  return void 0;
}
function contextScript(model, stages, program) {
  const context = model.workspace?.context;
  if (!context || !program.startsWith("/")) return void 0;
  const target = normalize(program);
  for (const s of stages) {
    for (const copy of s.copies) {
      if (copy.fromStage || copy.fromImage !== void 0 || copy.heredoc || copy.dest === void 0 || copyPlaces(model, copy, target) === "no") continue;
      const dest = normalize(copy.dest);
      const destIsDir = copy.dest.endsWith("/") || copy.sources.length > 1;
      for (const src of copy.sources) {
        if (!src.known) continue;
        const path = normalize(src.text).replace(/^\/+/, "");
        const from = path === "." ? "" : path;
        const candidates = [destIsDir ? basename(target) === basename(from) ? from : void 0 : dest === target ? from : void 0];
        if (isWithin(target, dest) && target !== dest) candidates.push([from, target.slice(dest === "/" ? 1 : dest.length + 1)].filter(Boolean).join("/"));
        for (const c of candidates) {
          if (c === void 0 || c === "" || context.kind(c) !== "file") continue;
          const text = context.read(c, SCRIPT_LIMIT);
          if (text !== void 0) return text;
        }
      }
    }
  }
  return void 0;
}

// src/edits/multistage.ts
var RUNTIME = /* @__PURE__ */ new Set(["EXPOSE", "LABEL", "STOPSIGNAL", "HEALTHCHECK", "CMD", "ENTRYPOINT", "VOLUME", "USER"]);
var GOLANG_PATH = ["/go/bin", "/usr/local/go/bin", "/usr/local/sbin", "/usr/local/bin", "/usr/sbin", "/usr/bin", "/sbin", "/bin"];
var BUILD_PACKAGES = /* @__PURE__ */ new Set([
  "git",
  "gcc",
  "g++",
  "clang",
  "make",
  "cmake",
  "musl-dev",
  "libc-dev",
  "libc6-dev",
  "build-base",
  "build-essential",
  "binutils",
  "upx",
  "upx-ucl",
  "ca-certificates",
  "tzdata",
  "pkgconfig",
  "pkgconf",
  "pkg-config",
  "bash",
  "curl",
  "wget",
  "openssh-client",
  "openssh",
  "mercurial",
  "bzr",
  "subversion",
  "gnupg",
  "unzip",
  "zip",
  "xz-utils",
  "tar",
  "gzip",
  "protobuf",
  "protobuf-dev",
  "protobuf-compiler",
  "protoc",
  "nodejs",
  "npm",
  "yarn",
  "file",
  "jq",
  "patch",
  "go",
  "golang",
  "golang-go",
  "dep",
  "bzip2",
  "gettext",
  "coreutils"
]);
var DISTROLESS_PATH = ["/usr/local/sbin", "/usr/local/bin", "/usr/sbin", "/usr/bin", "/sbin", "/bin"];
var MAX_CARRY_LINES = 16;
function splitSingleStage(file, model, images) {
  const target = splitTarget(model, images);
  if ("reason" in target) return target;
  const { stage, build, binary } = target;
  const sorted = sortInstructions(file, stage, build);
  if ("reason" in sorted) return sorted;
  const cwd = stage.workdir;
  if (cwd === void 0) return { reason: "a variable hides the WORKDIR the program runs in" };
  const { cmd, entrypoint } = lastRuntime(sorted.moved);
  const runner = entrypoint ?? cmd;
  const runnerLine = runner ? execLine(file, runner, binary, cwd) : void 0;
  if (runner && !runnerLine) return { reason: `${runner.getKeyword().toUpperCase()} does not run the built binary ${binary} as plain words` };
  const health = sorted.moved.find((i) => i instanceof Healthcheck2);
  if (health && !healthRunsBinary(file, health, binary, cwd)) return { reason: "HEALTHCHECK runs a program the final image does not have" };
  const kept = keptFiles(file, model, stage, target);
  if ("reason" in kept) return kept;
  return splitEdits(file, stage, { ...target, ...sorted, ...kept, runner, runnerLine, cmd, entrypoint, cwd });
}
function splitTarget(model, images) {
  const stage = model.stages[0];
  if (model.stages.length !== 1 || !stage) return { reason: "the Dockerfile has several stages" };
  if (rootFacts(stage)?.family !== "golang") return { reason: "the stage is not built FROM a golang image" };
  const builds = model.goBuilds.filter((b) => b.stage === stage);
  if (builds.length !== 1) return { reason: builds.length === 0 ? "no go build is seen in the stage" : `the stage runs ${builds.length} go builds, so which binary to ship is not known` };
  const build = builds[0];
  if (build.file) return { reason: `the binary is built by ${build.file.path}, whose go build the split cannot rewrite` };
  const binary = build.output;
  if (!binary || !binary.startsWith("/") || binary.includes("$")) return { reason: "where go build writes the binary is not known (give it -o with an absolute path)" };
  if (build.cgo.value === void 0) return { reason: "a variable hides CGO_ENABLED, so which libc the binary needs is not known" };
  const deliberate = build.cgo.value === null && deliberateCgo(model, build) !== void 0;
  const pie = build.cgo.value === null && !deliberate && !build.staticLink ? pieNeedsCgo(build) : void 0;
  if (pie) return { reason: pie };
  const cgoOn = (build.cgo.value !== null && build.cgo.value !== "0" || deliberate || linksExternally(build)) && !build.staticLink;
  if (cgoOn && rootFacts(stage)?.libc !== "glibc") return { reason: "cgo stays on, and the builder's C library is not the glibc distroless has" };
  return { stage, build, binary, finalImage: cgoOn ? images.cgo : images.static, cgoOn, deliberate };
}
function sortInstructions(file, stage, build) {
  const buildEnd = build.run.span.end;
  const moved = [];
  const copiedEnv = [];
  const args = /* @__PURE__ */ new Map();
  for (const ins of stage.instructions) {
    const kw = ins.getKeyword().toUpperCase();
    const after = spanOf(file, ins.getRange()).start > buildEnd;
    if (ins instanceof Arg2) for (const p of ins.getProperties()) args.set(p.getName(), ins);
    if (kw === "SHELL" || kw === "ONBUILD") return { reason: `${kw} has no place in a final stage without a shell` };
    if (RUNTIME.has(kw)) moved.push(ins);
    else if (ins instanceof Env2 && after) moved.push(ins);
    else if (ins instanceof Env2 && ins.getProperties().some((p) => !isBuildVariable(p.getName()))) copiedEnv.push(ins);
  }
  return { moved, copiedEnv, args };
}
function keptFiles(file, model, stage, target) {
  for (const run of stage.runs) {
    const fx = runEffects(run);
    if (fx.writers.length > 0) return { reason: `\`${fx.writers[0]}\` in a RUN may write files the program reads, which cannot be listed` };
    const runtime = fx.packages.filter((p) => !BUILD_PACKAGES.has(p) && !(p.endsWith("-dev") && !target.cgoOn));
    if (runtime.length > 0) return { reason: `the image installs ${runtime.join(", ")}, which the program may use at run time and distroless does not have` };
  }
  const copies = stage.copies;
  let units = [];
  if (copies.length > 0) {
    if (!model.workspace) return { reason: "the build context cannot be seen, so what the image holds besides the binary is not known" };
    const carried = carriedFromContext(model.workspace.context, copies);
    if ("reason" in carried) return carried;
    units = carried.units.filter((u) => u.path !== target.binary);
  }
  if (copyLines("build", units).length > MAX_CARRY_LINES) return { reason: `the image holds ${units.length} files and folders besides the Go sources, too many to carry over line by line` };
  const user = stage.user?.user;
  if (user === void 0 && stage.user) return { reason: "a variable hides the USER" };
  const ranAsRoot = user === void 0 || user === "root" || user === "0";
  if (!ranAsRoot) return { units, folders: [] };
  const root = needsRoot(file, model, [stage], false);
  if (root) return { reason: root };
  const ref = parseImageRef(target.finalImage);
  if (!ref) return { reason: `the final image ${target.finalImage} cannot be read` };
  const writable = writableFolders({ stages: [stage], base: imageFacts(ref), workdir: stage.workdir });
  if ("reason" in writable) return writable;
  const out = dirname(target.binary);
  return { units, folders: writable.folders.filter((f) => !isWithin(out, f) || f === stage.workdir) };
}
function copyLines(builder, units) {
  const lines = [];
  const files = /* @__PURE__ */ new Map();
  for (const u of units) {
    if (u.kind === "dir") lines.push(`COPY --from=${builder} --chown=${NONROOT_USER} ${u.path} ${u.path}`);
    else pushTo(files, dirname(u.path), u.path);
  }
  for (const [dir, paths] of files) {
    lines.push(paths.length === 1 ? `COPY --from=${builder} --chown=${NONROOT_USER} ${paths[0]} ${paths[0]}` : `COPY --from=${builder} --chown=${NONROOT_USER} ${paths.join(" ")} ${dir === "/" ? "/" : `${dir}/`}`);
  }
  return lines;
}
function splitEdits(file, stage, plan) {
  const { build, binary, finalImage: finalImage2 } = plan;
  const edits = [];
  const eol2 = file.eol;
  const lower = lowercaseKeywords(stage);
  const kw = (line) => lower ? line.replace(/^[A-Z]+/, (k) => k.toLowerCase()) : line;
  const builderName = stage.name ?? "build";
  if (!stage.name) edits.push({ start: stage.imageSpan.end, end: stage.imageSpan.end, text: ` ${kw("AS")} build` });
  const form = commandForm(build.run);
  if (build.cgo.value === null && !build.staticLink && !plan.deliberate) edits.push(disableCgo(form, build));
  if (build.verb === "build" && !build.flags.some((f) => f.name === "o")) edits.push(insertArgsAfter(form, build.verbWord, `-o ${binary}`, ["-o", binary]));
  if (plan.folders.length > 0) {
    const at = lineEndAt(file, build.run.span.end);
    edits.push({ start: at, end: at, text: eol2 + kw(`RUN mkdir -p ${EMPTY_DIR}`) });
  }
  const lifted = liftRuntime(file, plan, edits);
  if (!lifted) return { reason: "a CMD that gives the ENTRYPOINT its arguments is not in exec form" };
  const { finalLines, userComments, runnerComments, argLines } = lifted;
  const stageText = [
    "",
    kw(`FROM ${finalImage2}`),
    ...argLines,
    ...emptyFolderCopies(builderName, plan.folders).map(kw),
    ...copyLines(builderName, plan.units).map(kw),
    kw(`WORKDIR ${plan.cwd}`),
    ...finalLines,
    kw(`COPY --from=${builderName} ${binary} ${binary}`),
    ...userComments,
    kw(`USER ${NONROOT_USER}`),
    ...runnerComments,
    plan.runnerLine ? kw(`${plan.runnerLine.keyword} ${plan.runnerLine.args}`) : kw(`ENTRYPOINT ${JSON.stringify([binary])}`)
  ].join(eol2);
  const end = file.text.length;
  const tail = keptTail(file.text, edits);
  const needsBreak = tail !== "" && !tail.endsWith("\n");
  const blankAlready = /\n\s*\n$/.test(tail.slice(-8)) || tail === "";
  edits.push({ start: end, end, text: (needsBreak ? eol2 : "") + (blankAlready ? stageText.slice(eol2.length) : stageText) + eol2 });
  const from = spanOf(file, stage.from.getRange()).start;
  edits.push({ start: from, end: from, text: "" });
  return { title: splitTitle(builderName, plan), applicability: "unsafe", edits: normalizeEdits(edits) };
}
function splitTitle(builderName, plan) {
  const names = plan.units.map((u) => basename(u.path));
  const carried = names.length === 0 ? "" : `, carrying over ${names.slice(0, 4).join(", ")}${names.length > 4 ? ` and ${names.length - 4} more` : ""}`;
  const given = plan.folders.length > 0 ? `, giving ${plan.folders.join(", ")} to uid ${NONROOT_USER.split(":")[0]}` : "";
  return `Split into a ${builderName} stage and a ${plan.finalImage} final stage${carried}${given}`;
}
function liftRuntime(file, { moved, copiedEnv, args, runner, cmd, entrypoint }, edits) {
  const finalLines = [];
  const userComments = [];
  const runnerComments = [];
  const usedArgs = /* @__PURE__ */ new Set();
  for (const ins of [...moved, ...copiedEnv].sort((a, b) => spanOf(file, a.getRange()).start - spanOf(file, b.getRange()).start)) {
    const isCopy = copiedEnv.includes(ins);
    const block = instructionBlock(file, ins);
    for (const name of ins.getVariables().map((v) => v.getName())) {
      const arg = args.get(name);
      if (arg && !usedArgs.has(arg)) usedArgs.add(arg);
    }
    if (!isCopy) edits.push({ start: block.start, end: block.end, text: "" });
    const own = spanOf(file, ins.getRange());
    const comments = file.text.slice(block.start, lineStartAt(file, own.start));
    const commentLines2 = comments ? trimEol(comments).split(/\r?\n/) : [];
    if (ins instanceof User2) {
      for (const l of commentLines2) userComments.push(l);
      continue;
    }
    if (ins === runner) {
      for (const l of commentLines2) runnerComments.push(l);
      continue;
    }
    if (ins === cmd && entrypoint) {
      const range = ins.getArgumentsRange();
      if (!range || !execForm(file, spanOf(file, range))) return void 0;
    } else if (ins instanceof Cmd2 || ins instanceof Entrypoint2) {
      for (const l of commentLines2) finalLines.push(l);
      continue;
    }
    finalLines.push(trimEol(file.text.slice(block.start, block.end)));
  }
  const argLines = [...usedArgs].map((a) => file.text.slice(spanOf(file, a.getRange()).start, spanOf(file, a.getRange()).end));
  return { finalLines, userComments, runnerComments, argLines };
}
function isBuildVariable(name) {
  return name.startsWith("GO") || name.startsWith("CGO_") || name === "PATH";
}
function lastRuntime(moved) {
  let cmd;
  let entrypoint;
  for (const ins of moved) {
    if (ins instanceof Cmd2) cmd = ins;
    else if (ins instanceof Entrypoint2) entrypoint = ins;
  }
  return { cmd, entrypoint };
}
function resolvesTo(program, binary, workdir, path = GOLANG_PATH) {
  if (program.includes("/")) return resolvePath(workdir, program) === binary;
  return path.some((d) => `${d}/${program}` === binary) || path === GOLANG_PATH && basename(binary) === program;
}
function execLine(file, ins, binary, workdir) {
  const range = ins.getArgumentsRange();
  if (!range) return void 0;
  const span = spanOf(file, range);
  const words2 = execForm(file, span) ?? plainCommandWords(file, span);
  if (!words2 || words2.length === 0 || !resolvesTo(words2[0], binary, workdir)) return void 0;
  return { keyword: ins.getKeyword(), args: execFormText([binary, ...words2.slice(1)]) };
}
function healthRunsBinary(file, ins, binary, workdir) {
  const sub = ins.getSubcommand();
  if (!sub) return (ins.getArgumentsContent() ?? "").trim().toUpperCase().startsWith("NONE");
  if (sub.getValue().toUpperCase() !== "CMD") return false;
  const end = spanOf(file, ins.getRange()).end;
  const words2 = execForm(file, { start: spanOf(file, sub.getRange()).end, end });
  return words2 !== void 0 && words2.length > 0 && resolvesTo(words2[0], binary, workdir, DISTROLESS_PATH);
}
function instructionBlock(file, ins) {
  const span = spanOf(file, ins.getRange());
  let start = lineStartAt(file, span.start);
  const comments = new Set(file.dockerfile.getComments().map((c) => c.getRange().start.line));
  for (let line = ins.getRange().start.line - 1; line >= 0 && comments.has(line); line--) start = file.lineStarts[line];
  const lineEnd = lineEndAt(file, span.end);
  let end = lineEnd;
  if (file.text[end] === "\r") end++;
  if (file.text[end] === "\n") end++;
  return { start, end };
}
function trimEol(s) {
  let end = s.length;
  while (end > 0 && (s[end - 1] === "\n" || s[end - 1] === "\r")) end--;
  return s.slice(0, end);
}
function keptTail(text, edits) {
  const deletions = edits.filter((e) => e.end > e.start);
  let out = "";
  for (let i = text.length - 1; i >= 0 && out.length < 8; i--) {
    if (deletions.some((d) => i >= d.start && i < d.end)) continue;
    out = text[i] + out;
  }
  return out;
}
function normalizeEdits(edits) {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  const out = [];
  for (const e of sorted) {
    const prev = out[out.length - 1];
    if (prev && e.start < prev.end) {
      if (e.start === e.end) continue;
      prev.end = Math.max(prev.end, e.end);
      continue;
    }
    if (prev && prev.start === prev.end && e.start === prev.start && e.start === e.end) {
      prev.text += e.text;
      continue;
    }
    out.push({ ...e });
  }
  return out;
}

// src/edits/accounts.ts
var isNumericId2 = (x) => /^[0-9]+$/.test(x);
var IMAGE_USERS = /* @__PURE__ */ new Set(["root", "nobody", "nonroot"]);
var IMAGE_GROUPS = /* @__PURE__ */ new Set(["root", "nobody", "nonroot", "tty", "staff"]);
function accountMap(accounts, target) {
  const users = /* @__PURE__ */ new Set();
  const groups = /* @__PURE__ */ new Set();
  const uids = /* @__PURE__ */ new Set();
  const gids = /* @__PURE__ */ new Set();
  for (const a of accounts) {
    if (a.kind === "user") {
      users.add(a.name);
      if (a.id !== void 0) uids.add(a.id);
      if (a.ownGroup) groups.add(a.name);
      if (a.ownGroup && a.id !== void 0) gids.add(a.id);
    } else {
      groups.add(a.name);
      if (a.id !== void 0) gids.add(a.id);
    }
  }
  const part = (x, isGroup) => {
    if (isNumericId2(x)) return (isGroup ? gids : uids).has(x) ? isGroup ? target.gid : target.uid : x;
    if ((isGroup ? groups : users).has(x)) return isGroup ? target.gid : target.uid;
    return (isGroup ? IMAGE_GROUPS : IMAGE_USERS).has(x) ? x : void 0;
  };
  const split = (text) => {
    const colon = text.indexOf(":");
    return colon === -1 ? { user: text, group: void 0 } : { user: text.slice(0, colon), group: text.slice(colon + 1) };
  };
  return {
    owner(text) {
      const { user, group } = split(text);
      const u = part(user, false);
      if (u === void 0) return void 0;
      if (group === void 0 || group === "") return u === user ? text : u === target.uid ? `${target.uid}:${target.gid}` : u;
      const g = part(group, true);
      return g === void 0 ? void 0 : `${u}:${g}`;
    },
    unknown(text) {
      const { user, group } = split(text);
      if (part(user, false) === void 0) return user;
      if (group !== void 0 && group !== "" && part(group, true) === void 0) return group;
      return void 0;
    }
  };
}

// src/edits/final-stage.ts
var WELL_KNOWN_IDS = { root: "0", nobody: "65534", nonroot: String(NONROOT_UID) };
var PROVIDED = /* @__PURE__ */ new Set(["ca-certificates", "tzdata"]);
function switchFinalStage(file, model, images) {
  const final = model.final;
  if (!final || final.base.kind !== "image") return { reason: "the final stage is not built FROM an image" };
  if (file.text.slice(final.imageSpan.start, final.imageSpan.end).includes("$")) return { reason: "a build argument names the final image" };
  const cgo = cgoEdits(model);
  if ("reason" in cgo) return cgo;
  const image = cgo.needsLibc ? images.cgo : images.static;
  const edits = [...cgo.edits, { ...final.imageSpan, text: image }];
  const removed = removedRuns(final);
  if ("reason" in removed) return removed;
  for (const run of removed.runs) edits.push(instructionLines(file, run.span.start, run.span.end));
  const runtime = runtimeEdits(file, final);
  if ("reason" in runtime) return runtime;
  const health = composeHealthTool(model, final);
  if (health) return { reason: health };
  edits.push(...runtime);
  const owners = ownerEdits(file, model, final, removed, image);
  if ("reason" in owners) return owners;
  edits.push(...owners.edits);
  if (owners.made.length > 0) {
    const made = chownWithoutShell(file, model, final, owners.made);
    if ("reason" in made) return made;
    edits.push(...made);
  }
  edits.push(...unusedArgs(file, final, removed.runs), ...stageAnchors(file, final));
  return { title: `Use ${image} for the final stage${owners.note}`, applicability: "unsafe", edits };
}
function cgoEdits(model) {
  const shipped = model.goBuilds.filter((b) => b.shipped);
  if (shipped.length === 0) return { reason: "no go build is seen shipping its binary to the final stage" };
  const edits = [];
  let needsLibc = false;
  for (const b of shipped) {
    if (b.cgo.value === void 0) return { reason: "a variable hides CGO_ENABLED, so which libc the binary needs is not known" };
    if (b.staticLink) continue;
    const deliberate = b.cgo.value === null && deliberateCgo(model, b) !== void 0;
    if (b.cgo.value === null && !deliberate) {
      const pie = pieNeedsCgo(b);
      if (pie) return { reason: pie };
      if (b.file && !writtenAsIs(b.goWord, b.substitutions)) return { reason: `the go command in ${b.file.path} is written through a make variable, so CGO_ENABLED=0 cannot be added where it is` };
      edits.push({ ...disableCgo(b.file ? "shell" : commandForm(b.run), b), ...b.file ? { file: b.file.path } : {} });
    }
    if (b.cgo.value !== null && b.cgo.value !== "0" || deliberate || linksExternally(b)) {
      if (rootFacts(b.stage)?.libc !== "glibc") return { reason: `cgo stays on, and the builder's C library (${rootFacts(b.stage)?.libc ?? "unknown"}) is not the glibc distroless has` };
      needsLibc = true;
    }
  }
  return { edits, needsLibc };
}
function removedRuns(final) {
  const out = { runs: final.runs, accounts: [], folders: [], chowns: [] };
  for (const run of final.runs) {
    const why = notRemovable(run);
    if (why) return { reason: why };
    const fx = runEffects(run);
    out.accounts.push(...fx.accounts);
    for (const f of fx.folders) {
      if (f === void 0) return { reason: "a RUN makes a folder whose path a variable hides" };
      out.folders.push(f);
    }
    for (const c of fx.chowns) {
      if (c.paths.some((p) => p === void 0)) return { reason: "a RUN hands over a path a variable hides" };
      out.chowns.push({ ...c, paths: c.paths, run });
    }
  }
  return out;
}
function notRemovable(run) {
  const what = `\`${run.instruction.getTextContent().replace(/\s+/g, " ").slice(0, 60).trim()}\``;
  if (run.form === "exec" || run.commands.length === 0) return `${what} runs a program distroless does not have`;
  const fx = runEffects(run);
  const extra = fx.packages.filter((p) => !PROVIDED.has(p));
  if (extra.length > 0) return `the final stage installs ${extra.join(", ")}, which distroless does not have`;
  for (const c of run.commands) {
    const w = c.words.map((x) => x.text);
    if (w.length === 0) {
      if (c.assignments.length > 0) return `${what} needs a shell, which distroless does not have`;
      continue;
    }
    const [cmd, ...rest] = w;
    if (["adduser", "addgroup", "useradd", "groupadd", "update-ca-certificates", "apk", "apt-get", "apt", "mkdir", "chown"].includes(cmd)) continue;
    if (cmd === "rm" && rest.every((a) => a.startsWith("-") || a.startsWith("/var/cache/apk") || a.startsWith("/var/lib/apt/lists"))) continue;
    return `${what} needs a shell, which distroless does not have`;
  }
  if (fx.writers.length > 0) return `${what} needs a shell, which distroless does not have`;
  return void 0;
}
function folderEdits(file, final, removed, map) {
  const owners = /* @__PURE__ */ new Map();
  for (const f of removed.folders) if (!owners.has(f)) owners.set(f, void 0);
  const edits = [];
  for (const c of removed.chowns) {
    const owner = map.owner(c.owner);
    if (owner === void 0) return { reason: `chown ${c.owner} names ${map.unknown(c.owner)}, which distroless does not know` };
    for (const path of c.paths) {
      const folderAt = final.workdir === path || final.copies.some((k) => k.workdir === path) || owners.has(path);
      const landsAt = (k) => normalize(k.dest) === path && !folderAt && !k.dest.endsWith("/") && k.sources.length === 1;
      const copies = final.copies.filter((k) => k.span.start < c.run.span.start && k.dest !== void 0 && (c.recursive ? isWithin(k.dest, path) : landsAt(k)));
      if (copies.some((k) => k.chown !== void 0 && chownText(k.chown) === void 0)) return { reason: "a variable hides a COPY --chown owner" };
      for (const k of copies) edits.push(k.chown ? replaceSpan(k.chown.span, owner) : insertChown(file, k.instruction, owner));
      const isFile = copies.some(landsAt);
      if (!isFile) owners.set(path, owner);
      if (c.recursive) {
        for (const f of owners.keys()) if (isWithin(f, path)) owners.set(f, owner);
      }
    }
  }
  return { made: [...owners].map(([path, owner]) => ({ path, ...owner ? { owner } : {} })), edits };
}
function insertChown(file, ins, owner) {
  const at = spanOf(file, ins.getInstructionRange()).end;
  return { start: at, end: at, text: ` --chown=${owner}` };
}
function runtimeEdits(file, final) {
  const edits = [];
  if (!final.instructions.some((i) => i instanceof Cmd2 || i instanceof Entrypoint2)) return { reason: "the final stage has no ENTRYPOINT or CMD, so it runs the base image's shell" };
  for (const ins of final.instructions) {
    if (ins instanceof Cmd2 || ins instanceof Entrypoint2) {
      const range = ins.getArgumentsRange();
      if (!range) continue;
      const span = spanOf(file, range);
      const words2 = execForm(file, span) ?? plainCommandWords(file, span, ins instanceof Cmd2 && hasEntrypoint(final));
      if (!words2) return { reason: `${ins.getKeyword().toUpperCase()} needs a shell (variables, pipes or several commands in shell form)` };
      const script2 = scriptProgram(final, ins, words2);
      if (script2) return { reason: script2 };
      if (!execForm(file, span)) edits.push({ ...span, text: execFormText(words2) });
    } else if (ins instanceof Healthcheck2) {
      if (!(ins.getArgumentsContent() ?? "").trim().toUpperCase().startsWith("NONE")) return { reason: "HEALTHCHECK runs a program distroless does not have" };
    } else if (ins.getKeyword().toUpperCase() === "SHELL" || ins.getKeyword().toUpperCase() === "ONBUILD") {
      return { reason: `${ins.getKeyword().toUpperCase()} needs a shell` };
    }
  }
  return edits;
}
function composeHealthTool(model, final) {
  for (const s of composeServices(model.workspace)) {
    const test = s.healthcheck;
    if (s.match !== "same" || !test || test[0]?.toUpperCase() === "NONE") continue;
    const program = test.length === 1 ? "a shell" : test[0]?.toUpperCase() === "CMD-SHELL" ? "a shell" : test[1];
    if (program === void 0) continue;
    const shipped = final.copies.some((c) => c.dest !== void 0 && (normalize(c.dest) === program || basename(normalize(c.dest)) === basename(program)));
    if (program !== "a shell" && shipped) continue;
    return `the health check of ${s.file} (service ${s.name}) runs ${program}, which distroless does not have`;
  }
  return void 0;
}
function hasEntrypoint(stage) {
  return stage.instructions.some((i) => i instanceof Entrypoint2);
}
function scriptProgram(final, ins, words2) {
  if (ins instanceof Cmd2 && hasEntrypoint(final)) return void 0;
  const program = words2[0];
  if (program === void 0) return void 0;
  const base = program.slice(program.lastIndexOf("/") + 1);
  if (["sh", "bash", "ash", "dash", "busybox"].includes(base)) return `${ins.getKeyword().toUpperCase()} runs ${program}, a shell distroless does not have`;
  if (base.endsWith(".sh")) return `${ins.getKeyword().toUpperCase()} runs ${program}, a script that needs a shell distroless does not have`;
  return void 0;
}
function ownerEdits(file, model, final, removed, image) {
  const edits = [];
  const user = final.user;
  if (user && user.user === void 0) return { reason: "a variable hides the USER" };
  const kept = keptAccount(removed.accounts, user);
  const ids = kept ? { uid: kept.uid, gid: kept.gid } : processIds(user);
  const map = accountMap(removed.accounts, ids);
  const homeFolders = [];
  if (user?.user !== void 0 && !/^[0-9]+$/.test(user.user) && !IMAGE_USERS.has(user.user)) {
    const args = user.instruction.getArgumentsRange();
    if (!args) return { reason: "the USER cannot be read" };
    edits.push(replaceSpan(spanOf(file, args), `${ids.uid}:${ids.gid}`));
    if (kept?.home) {
      homeFolders.push({ path: kept.home, owner: `${ids.uid}:${ids.gid}` });
      edits.push(insertBefore(file, final, user.span, `ENV HOME=${kept.home}`));
    }
  }
  const folders = folderEdits(file, final, removed, map);
  if ("reason" in folders) return folders;
  edits.push(...folders.edits);
  const touched = new Set(folders.edits.map((e) => e.start));
  const homes = removed.accounts.filter((a) => a.kind === "user" && a.home !== void 0 && a.home !== "/nonexistent" && a.home !== "/").map((a) => normalize(a.home)).filter((h) => h !== kept?.home);
  for (const copy of final.copies) {
    if (copy.dest !== void 0 && homes.some((h) => isWithin(copy.dest, h))) return { reason: `files are copied into the home of a user the switch removes (${normalize(copy.dest)}); the distroless user's HOME is /home/nonroot` };
    if (!copy.chown || touched.has(copy.chown.span.start)) continue;
    const written = chownText(copy.chown);
    if (written === void 0) return { reason: "a variable hides a COPY --chown owner" };
    const owner = map.owner(written);
    if (owner === void 0) return { reason: `COPY --chown=${written} names ${map.unknown(written)}, which distroless does not know` };
    if (owner !== written) edits.push(replaceSpan(copy.chown.span, owner));
  }
  const made = [...homeFolders, ...folders.made].filter((m) => !isWithin(m.path, NONROOT_HOME) && !isWithin(m.path, "/tmp"));
  const newFacts = factsOf(image);
  if (user !== void 0 || newFacts?.defaultUid !== NONROOT_UID) return { edits, note: "", made };
  const root = needsRoot(file, model, [final], false);
  if (root) return { reason: root };
  const writable = writableFolders({ stages: [final], base: newFacts });
  if ("reason" in writable) return writable;
  for (const f of writable.folders) if (!made.some((m) => m.path === f)) made.push({ path: f, owner: NONROOT_USER });
  const given = writable.folders.length > 0 ? `, and give ${writable.folders.join(", ")} to uid ${NONROOT_UID}` : "";
  return { edits, note: given, made };
}
function keptAccount(accounts, user) {
  const account = accounts.find((a) => a.kind === "user" && a.name === user?.user);
  if (!account?.id) return void 0;
  const group = account.group !== void 0 ? accounts.find((a) => a.kind === "group" && a.name === account.group) : void 0;
  const gid = group ? group.id : account.ownGroup ? account.id : void 0;
  if (gid === void 0) return void 0;
  const home = account.makesHome && account.home !== "/nonexistent" ? normalize(account.home ?? `/home/${account.name}`) : void 0;
  return { uid: account.id, gid, ...home ? { home } : {} };
}
function processIds(user) {
  const u = user?.user;
  if (u !== void 0 && /^[0-9]+$/.test(u)) return { uid: u, gid: user?.group !== void 0 && /^[0-9]+$/.test(user.group) ? user.group : u };
  const known3 = u !== void 0 ? WELL_KNOWN_IDS[u] : void 0;
  if (known3 !== void 0) return { uid: known3, gid: known3 };
  return { uid: String(NONROOT_UID), gid: String(NONROOT_UID) };
}
function factsOf(image) {
  const ref = parseImageRef(image);
  return ref ? imageFacts(ref) : void 0;
}
function unusedArgs(file, final, removed) {
  const edits = [];
  for (const ins of final.instructions) {
    if (!(ins instanceof Arg2)) continue;
    const names = ins.getProperties().map((p) => p.getName());
    const usedElsewhere = final.instructions.some(
      (other) => other !== ins && !removed.some((r) => r.instruction === other) && other.getVariables().some((v) => names.includes(v.getName()))
    );
    if (!usedElsewhere) edits.push(instructionLines(file, spanOf(file, ins.getRange()).start, spanOf(file, ins.getRange()).end));
  }
  return edits;
}
function instructionLines(file, start, end) {
  let e = lineEndAt(file, end);
  if (file.text[e] === "\r") e++;
  if (file.text[e] === "\n") e++;
  return { start: lineStartAt(file, start), end: e, text: "" };
}

// src/rules/final-not-minimal.ts
var HEAVY = {
  golang: "the Go toolchain, a shell and a package manager (800 MB and more)",
  debian: "a shell, a package manager and a full Debian userland",
  ubuntu: "a shell, a package manager and a full Ubuntu userland",
  alpine: "a shell, a package manager and musl userland tools",
  busybox: "a shell and a hundred userland tools"
};
var OPTIONS = {
  finalImage: {
    type: "object",
    description: "Final images the final-not-minimal (GD003) fix writes",
    properties: {
      static: { type: "string", format: "image", default: "gcr.io/distroless/static-debian12:nonroot", description: "Final image for static binaries" },
      cgo: { type: "string", format: "image", default: "gcr.io/distroless/base-debian12:nonroot", description: "Final image when cgo stays on (needs glibc)" }
    }
  }
};
var final_not_minimal_default = defineRule({
  meta: {
    code: "GD003",
    name: "final-not-minimal",
    severity: "warning",
    fixable: ["unsafe"],
    options: OPTIONS,
    tags: ["size", "security", "startup"],
    docs: {
      summary: "The final stage is not `scratch`, distroless or a Chainguard static/glibc-dynamic image.",
      why: "A static Go binary needs no operating system around it. A final stage on `golang`, `debian`, `ubuntu` or `alpine` ships a shell, a package manager and, for `golang`, the whole toolchain: hundreds of megabytes to push and pull before the first cold start, and a long list of CVEs in packages the service never uses. A shell in the image is also what an attacker needs after a breach. The final image should hold the binary and its data on `gcr.io/distroless/static-debian12:nonroot` (or `scratch`), in a separate stage from the build. Judged for Go images: a Dockerfile that builds Go, or one that copies in a binary built before `docker build` (by a GoReleaser build or a Makefile target it matches, or in any repository that is a Go module, as long as the image says what to run and shows no other language).",
      bad: 'FROM golang:1.23\nWORKDIR /src\nCOPY . .\nRUN CGO_ENABLED=0 go build -trimpath -ldflags="-s -w" -o /usr/local/bin/app .\nUSER 65532:65532\nENTRYPOINT ["/usr/local/bin/app"]\n',
      good: 'FROM golang:1.23 AS build\nWORKDIR /src\nCOPY . .\nRUN CGO_ENABLED=0 go build -trimpath -ldflags="-s -w" -o /usr/local/bin/app .\n\nFROM gcr.io/distroless/static-debian12:nonroot\nCOPY --from=build /usr/local/bin/app /usr/local/bin/app\nENTRYPOINT ["/usr/local/bin/app"]\n',
      fixSafety: "Unsafe, because it changes what the image contains and the user the program runs as. A single-stage `FROM golang` Dockerfile becomes a builder stage plus a distroless final stage: the build gets an explicit `-o` (and `CGO_ENABLED=0` unless cgo is on purpose), runtime instructions (EXPOSE, ENTRYPOINT, CMD, USER, LABEL, STOPSIGNAL, HEALTHCHECK, VOLUME, runtime ENV) move to the final stage, CMD/ENTRYPOINT become exec form with the binary's absolute path, the WORKDIR is kept, and what the image held from the build context besides Go sources, tests, VCS, build files and project documents (templates, static files, configuration, translations, migrations) is copied over from the builder at the same paths. The process runs as 65532; the folders it may write as root before (its WORKDIR, VOLUME folders, folders a RUN made) are made from an empty folder of the builder (`/tmp/empty`) with `COPY --chown=65532:65532`. Offered when the stage is built FROM golang, runs one go build whose output path is known, and everything else it holds can be listed through the build context (`.dockerignore` applied). Not offered when the build context cannot be seen (standard input without --stdin-filename), a COPY source is missing or hidden by a variable, ADD fetches a URL or unpacks an archive, COPY --from brings files from another image, a RUN writes files that cannot be listed (make, scripts, cp, curl) or installs packages the program may use at run time, more than 16 COPY lines would be needed, the WORKDIR, HOME or copied files are under /root, a HEALTHCHECK runs another program, CMD/ENTRYPOINT does not run the binary as plain words, or the process talks to the Docker socket. An existing alpine/debian/ubuntu final stage is switched to distroless, dropping what distroless already provides (user creation, `apk add ca-certificates tzdata`); `USER`, `COPY --chown` and `chown` that named the removed accounts (or their uids) name the uid the process runs as: the uid the removed RUN gave the user, when it gave one (its home folder is then made and HOME set, as distroless has no passwd entry for it), else 65532; folders the removed RUNs made (`mkdir`, `chown`, `chown -R` over copied files) are made from the builder's empty folder with those owners; and where the process ran as root, its WORKDIR and VOLUME folders are given to 65532 as above. Not offered when the final stage runs other commands that need a shell or packages, `--chown` or `chown` names an account distroless does not have, files go into the home of a removed user or under /root, the ENTRYPOINT is a shell script, cgo stays on for a libc distroless cannot supply, or a compose service built from this Dockerfile has a health check that runs a program distroless lacks (wget, curl, a shell). Where the process ran as root and would run as 65532 (both rewrites), not offered either when the image declares a VOLUME (data the root image wrote there stays root-owned), shows a port below 1024, or the repository's compose files mount the Docker socket, bind-mount host folders or grant privileges to its service."
    },
    messages: {
      notMinimal: "the final image {{image}} ships {{what}}; copy the binary into a minimal final stage such as gcr.io/distroless/static-debian12:nonroot"
    }
  },
  check({ file, model, options }) {
    const reports = [];
    if (!isGoImage(file, model)) return reports;
    const final = finalImage(model);
    if (!final || final.facts.minimal) return reports;
    const what = HEAVY[final.facts.family];
    if (!what) return reports;
    const fix = model.stages.length === 1 ? splitSingleStage(file, model, options.finalImage) : switchFinalStage(file, model, options.finalImage);
    reports.push({ messageId: "notMinimal", ...final.stage.imageSpan, data: { image: final.image, what }, ...offer(fix) });
    return reports;
  }
});

// src/rules/final-runs-as-root.ts
var final_runs_as_root_default = defineRule({
  meta: {
    code: "GD004",
    name: "final-runs-as-root",
    severity: "warning",
    fixable: ["unsafe"],
    securitySeverity: 7,
    tags: ["security"],
    docs: {
      summary: "The final image runs as uid 0: no USER on a base that defaults to root, or `USER root`/`USER 0`.",
      why: "A container process that runs as root is root on the container's file system and, after any escape, much closer to root on the node. Kubernetes clusters with `runAsNonRoot: true` refuse to start such an image (`container has runAsNonRoot and image will run as root`). `scratch`, distroless `:latest`/`:debug` and the `golang`, `alpine`, `debian` images all default to root; distroless `:nonroot` and Chainguard images run as 65532 and need no USER. Builder stages are not judged: only the final image runs. Judged for Go images: a Dockerfile that builds Go, or one that copies in a binary built before `docker build` (by a GoReleaser build or a Makefile target it matches, or in any repository that is a Go module, as long as the image says what to run and shows no other language). A GitHub Action's image (an `action.yml` beside it that runs `using: docker`) is not judged: GitHub runs it as root and documents that USER must not be set.",
      bad: 'FROM golang:1.23 AS build\nWORKDIR /src\nCOPY . .\nRUN CGO_ENABLED=0 go build -trimpath -ldflags="-s -w" -o /out/app .\n\nFROM gcr.io/distroless/static-debian12\nCOPY --from=build /out/app /app\nENTRYPOINT ["/app"]\n',
      good: 'FROM golang:1.23 AS build\nWORKDIR /src\nCOPY . .\nRUN CGO_ENABLED=0 go build -trimpath -ldflags="-s -w" -o /out/app .\n\nFROM gcr.io/distroless/static-debian12\nCOPY --from=build /out/app /app\nUSER 65532:65532\nENTRYPOINT ["/app"]\n',
      fixSafety: "Unsafe: the process then runs as uid 65532, which may lose access to files owned by root. Adds `USER 65532:65532` before the final ENTRYPOINT/CMD (or at the end of the final stage), or replaces `USER root` where no RUN after it needs root. The uid is numeric so that Kubernetes `runAsNonRoot` can check it; on distroless it is the `nonroot` user. The folders the root process could write are given to 65532: the final stage's WORKDIR, folders its RUNs make and the HOME it sets, with `RUN mkdir -p \u2026 && chown 65532:65532 \u2026` (before the VOLUME) where the image has a shell, or with `COPY --from=<builder> --chown=65532:65532 /tmp/empty <folder>` right after FROM where it has none (the builder gets `RUN mkdir -p /tmp/empty`). Where the image has no passwd entry for 65532 (everything but distroless and Chainguard), its HOME would be `/`: the fix makes `/home/nonroot` for it and sets `ENV HOME=/home/nonroot` (where it cannot, because no stage with a shell builds the binary or the final stage is built FROM another stage, the fix goes on and its title says that HOME stays `/`). Offered when those folders are known and nothing shows that the process needs root. Not offered when the WORKDIR, HOME or copied files are under /root (mode 0700); a variable hides a VOLUME or mkdir folder; an image without a shell is built FROM another stage or no stage with a shell builds the binary; whether the image has a shell is not known; the entrypoint drops privileges itself (an entrypoint script from the build context that runs su-exec, gosu, chown or the like, or such a tool installed); the process talks to the Docker socket; a shell-form CMD writes a file outside /tmp; a RUN wrote settings into root's HOME (`git config --global`, `go env -w`); the image declares a VOLUME (what the root image wrote there, in named volumes and bind mounts, stays root-owned after an upgrade: a chown in the image does not reach it); it shows a port below 1024 (EXPOSE, a port-like ENV, a port flag), which a non-root process binds only where the runtime allows it; or a compose file of the repository (`compose.yaml`, `docker-compose*.yml`, beside the Dockerfile or at the root) mounts the Docker socket into a service built from this Dockerfile or a sibling of it, or runs this Dockerfile's service with host folders bind-mounted, `privileged`, `cap_add` or `user: root`."
    },
    messages: {
      noUser: "the final stage has no USER and {{image}} runs as root (uid 0); add USER 65532:65532 or use a :nonroot base",
      explicitRoot: "USER {{user}} makes the final image run as root (uid 0); use a non-root uid such as 65532"
    }
  },
  check({ file, model }) {
    const reports = [];
    if (!isGoImage(file, model) || isContainerAction(model)) return reports;
    const final = finalImage(model);
    if (!final) return reports;
    let inheritsDefault = false;
    for (const user of effectiveUsers(final.stage)) {
      if (!user) {
        inheritsDefault = true;
        continue;
      }
      if (user.user === void 0 || !isRootUser(user.user)) continue;
      reports.push({ messageId: "explicitRoot", ...user.span, data: { user: label(user) }, ...offer(nonRootFix(file, model, final.stage, user)) });
    }
    if (!inheritsDefault || final.facts.defaultUid !== 0) return reports;
    reports.push({ messageId: "noUser", ...final.stage.imageSpan, data: { image: final.image }, ...offer(nonRootFix(file, model, final.stage)) });
    return reports;
  }
});
function label(user) {
  return user.user + (user.group !== void 0 ? `:${user.group}` : "");
}
function nonRootFix(file, model, stage, rootUser) {
  const lineage = stageLineage(stage);
  const facts = rootFacts(stage);
  if (!facts) return { reason: "the final image is not known" };
  const root = needsRoot(file, model, lineage);
  if (root) return { reason: root };
  const writable = writableFolders({ stages: lineage, base: facts, model });
  if ("reason" in writable) return writable;
  let { folders } = writable;
  let home = writable.home;
  let homeNote = "";
  const edits = [];
  const at = userPosition(file, stage);
  let shellChown = false;
  if (folders.length > 0) {
    if (facts.hasShell === true && facts.binSh !== false) {
      edits.push(chownWithShell(file, stage, folders, writable.made, at));
      shellChown = true;
    } else if (facts.hasShell === false) {
      const made = chownWithoutShell(file, model, stage, folders);
      if ("reason" in made) {
        if (!folders.every((f) => f === home)) return made;
        homeNote = ` (its HOME stays /, which it cannot write: ${made.reason})`;
        folders = [];
        home = void 0;
      } else edits.push(...made);
    } else {
      return { reason: `${folders.join(", ")} must be writable by uid ${NONROOT_UID}, and whether the final image has a shell to give them to it is not known` };
    }
  }
  const args = rootUser?.instruction.getArgumentsRange();
  const inPlace = rootUser && args && !shellChown && !rootNeededAfter(file, lineage, rootUser);
  if (home) edits.push(at === "end" ? appendToStage(file, stage, `ENV HOME=${home}`) : insertBefore(file, stage, at, `ENV HOME=${home}`));
  edits.push(inPlace ? replaceSpan(spanOf(file, args), NONROOT_USER) : at === "end" ? appendToStage(file, stage, `USER ${NONROOT_USER}`) : insertBefore(file, stage, at, `USER ${NONROOT_USER}`));
  const given = folders.length > 0 ? ` and give it ${folders.map((f) => f === home ? `${f} (as HOME)` : f).join(", ")}` : "";
  const title = `${inPlace ? "Run as" : "Add USER"} ${NONROOT_USER}${given}${homeNote}`;
  return { title, applicability: "unsafe", edits: [...edits, ...stageAnchors(file, stage, true)] };
}
function rootNeededAfter(file, lineage, user) {
  const own = lineage.find((s) => s.instructions.includes(user.instruction));
  if (!own) return true;
  if (buildStepsAfter(file, own, user.span.end)) return true;
  return lineage.some((s) => s.index > own.index && s.runs.length > 0);
}
function userPosition(file, stage) {
  const instructions = stage.instructions;
  let lastBuildStep = -1;
  instructions.forEach((ins, i) => {
    if (ins instanceof Run2 || ins instanceof Workdir2) lastBuildStep = i;
  });
  const runtime = instructions.find((ins, i) => i > lastBuildStep && (ins instanceof Entrypoint2 || ins instanceof Cmd2));
  return runtime ? spanOf(file, runtime.getRange()) : "end";
}

// src/rules/build-cache-leak.ts
var DEFAULT_GOROOT = "/usr/local/go";
var DEFAULT_GOCACHE = "/root/.cache/go-build";
var build_cache_leak_default = defineRule({
  meta: {
    code: "GD005",
    name: "build-cache-leak",
    severity: "warning",
    fixable: ["unsafe"],
    precision: "high",
    securitySeverity: 5.5,
    tags: ["security", "size", "reproducibility"],
    docs: {
      summary: "The final image carries the Go toolchain, the build cache (GOCACHE), the module cache or the source tree.",
      why: "Everything a build leaves behind ships when it lands in the final image: `/usr/local/go` is 250 MB of toolchain, `/root/.cache/go-build` and `/go/pkg/mod` grow with every dependency, and the source tree gives away code, `.git` history and sometimes secrets. It makes images large, slow to pull and different on every build. Copy only the binary out of the builder (`COPY --from=build /go/bin/app /app` is fine); a `go build` in the final stage should use cache mounts (`RUN --mount=type=cache,target=/root/.cache/go-build`), which leave nothing in the image. A go command names only the caches its Go has: the build cache came with Go 1.10, the module cache with Go 1.11. A `COPY . .` is judged by what the build context holds once `.dockerignore` (or the Dockerfile's own `<name>.dockerignore`) is applied: a context narrowed to the build output and runtime files carries no sources and no .git, and is not reported.",
      bad: 'FROM golang:1.23 AS build\nWORKDIR /src\nCOPY . .\nRUN CGO_ENABLED=0 go build -trimpath -ldflags="-s -w" -o /go/bin/app .\n\nFROM gcr.io/distroless/static-debian12:nonroot\nCOPY --from=build /go /go\nENTRYPOINT ["/go/bin/app"]\n',
      good: 'FROM golang:1.23 AS build\nWORKDIR /src\nCOPY . .\nRUN CGO_ENABLED=0 go build -trimpath -ldflags="-s -w" -o /go/bin/app .\n\nFROM gcr.io/distroless/static-debian12:nonroot\nCOPY --from=build /go/bin/app /app\nENTRYPOINT ["/app"]\n',
      fixSafety: "Fixed together with final-not-minimal (GD003) when a single-stage `FROM golang` build is split into a builder and a distroless final stage (unsafe: it changes the image's contents). A `COPY --from` of a whole folder is not rewritten: which files the program needs at run time cannot be known from the Dockerfile."
    },
    messages: {
      copiesRoot: "COPY --from={{stage}} copies the builder's whole file system, toolchain and caches included, into the final image; copy only the binary",
      copiesToolchain: "COPY --from={{stage}} {{path}} copies the Go toolchain (GOROOT) into the final image; copy only the binary",
      copiesGopath: "COPY --from={{stage}} {{path}} copies {{what}} into the final image; copy only the binary{{hint}}",
      copiesCache: "COPY --from={{stage}} {{path}} copies the Go build cache (GOCACHE) into the final image",
      copiesSources: "COPY --from={{stage}} {{path}} copies the builder's source tree into the final image; copy only the binary",
      contextSources: "`{{keyword}} {{path}}` copies the whole build context into the final image: {{what}}",
      cacheInImage: "`go {{verb}}` runs in the final image without a cache mount: {{what}} {{remain}} in the image; add {{mounts}} to the RUN"
    }
  },
  check({ model }) {
    const reports = [];
    if (!buildsGo(model)) return reports;
    const lineage = [...model.finalLineage].sort((a, b) => a.index - b.index);
    const buildStages = new Set(model.goBuilds.map((b) => b.stage));
    for (const stage of lineage) leakyCopies(reports, model, stage, buildStages);
    cachesLeftInImage(reports, model, lineage);
    return reports;
  }
});
function known2(scope, name) {
  const v = scope.get(name);
  return v && v.known && v.value.startsWith("/") ? normalize(v.value) : void 0;
}
function goDirs(scope) {
  const gopath = known2(scope, "GOPATH") ?? "/root/go";
  return {
    goroot: known2(scope, "GOROOT") ?? DEFAULT_GOROOT,
    gopath,
    modcache: known2(scope, "GOMODCACHE") ?? `${gopath}/pkg/mod`,
    gocache: known2(scope, "GOCACHE") ?? DEFAULT_GOCACHE
  };
}
var NEAR = 64;
function leakyCopies(out, model, stage, buildStages) {
  for (const copy of stage.copies) {
    if (copy.heredoc) continue;
    if (copy.fromStage) {
      const builder = copy.fromStage;
      const toolchain = rootFacts(builder)?.hasGoToolchain === true || stageLineage(builder, NEAR).some((s) => buildStages.has(s));
      const sources = contextContents(model)?.leaks === false ? [] : sourceDirs(builder);
      classify(out, copy, builder, toolchain ? goDirs(builder.env) : void 0, sources);
    } else if (copy.fromImage !== void 0) {
      const ref = parseImageRef(copy.fromImage);
      if (ref && imageFacts(unmirror(ref, model.mirrors)).hasGoToolchain) classify(out, copy, copy.fromImage, goDirs(/* @__PURE__ */ new Map([["GOPATH", { known: true, value: "/go" }]])), []);
    } else {
      for (const src of copy.sources) {
        if (!src.known) continue;
        const t = trimTrailingSlashes(src.text);
        if (t !== "." && t !== "*" && t !== "/") continue;
        const contents = contextContents(model);
        if (contents?.leaks === false) continue;
        out.push({ messageId: "contextSources", ...src.span, data: { keyword: copy.keyword, path: src.text, what: contents?.what ?? "the source tree, and .git unless .dockerignore excludes it" } });
      }
    }
  }
}
var contentsMemo = /* @__PURE__ */ new WeakMap();
var CONTEXT_WALK_LIMIT = 2e4;
function contextContents(model) {
  const context = model.workspace?.context;
  if (!context) return void 0;
  let found = contentsMemo.get(model);
  if (found === void 0) {
    const git = context.kind(".git") !== void 0;
    const source = findGoSource(context);
    found = source === void 0 ? null : describeContents(source, git);
    contentsMemo.set(model, found);
  }
  return found ?? void 0;
}
function describeContents(source, git) {
  if (source === false) return { leaks: git, what: "the .git history (the Go sources are not in the context)" };
  return { leaks: true, what: git ? `the Go sources (${source}, ...) and the .git history` : `the Go sources (${source}, ...)` };
}
function findGoSource(tree) {
  const queue = [""];
  let seen = 0;
  for (let i = 0; i < queue.length; i++) {
    const dir = queue[i];
    for (const entry of tree.list(dir) ?? []) {
      if (++seen > CONTEXT_WALK_LIMIT) return void 0;
      const path = dir === "" ? entry : `${dir}/${entry}`;
      if (entry.endsWith("/")) {
        if (entry !== ".git/") queue.push(path.slice(0, -1));
      } else if (entry.endsWith(".go") || entry === "go.mod") {
        return path;
      }
    }
  }
  return false;
}
function classify(out, copy, from, dirs, sources) {
  for (const src of copy.sources) {
    if (!src.known) continue;
    const path = resolvePath("/", src.text);
    const at = src.span.start > copy.span.start ? src.span : copy.span;
    if (path === "/") {
      if (typeof from !== "string" && rootFacts(from)?.family === "scratch") continue;
      out.push(leak("copiesRoot", at, from, path));
      continue;
    }
    if (dirs) {
      const covers = (dir) => isWithin(dir, path) || isWithin(path, dir);
      if (isWithin(dirs.goroot, path) || isWithin(path, dirs.goroot) && normalize(path).slice(normalize(dirs.goroot).length + 1).split("/").length === 1) {
        out.push(leak("copiesToolchain", at, from, path));
        continue;
      }
      if (covers(dirs.modcache)) {
        const gopath = isWithin(dirs.gopath, path);
        const what = isWithin(path, dirs.modcache) ? `the Go module cache (${dirs.modcache})` : gopath ? `GOPATH (${dirs.gopath}) with the module cache` : `the Go module cache (${dirs.modcache})`;
        out.push(leak("copiesGopath", at, from, path, { what, hint: gopath ? ` (e.g. ${dirs.gopath}/bin/<name>)` : "" }));
        continue;
      }
      if (covers(dirs.gocache)) {
        out.push(leak("copiesCache", at, from, path));
        continue;
      }
    }
    if (sources.some((d) => isWithin(d, path))) out.push(leak("copiesSources", at, from, path));
  }
}
function leak(messageId, at, from, path, more) {
  const stage = typeof from === "string" ? from : from.from.getBuildStage() ?? String(from.index);
  return { messageId, ...at, data: { stage, path, ...more } };
}
function sourceDirs(stage) {
  const dirs = [];
  for (const s of stageLineage(stage, NEAR)) {
    for (const copy of s.copies) {
      if (copy.fromStage || copy.fromImage !== void 0 || copy.heredoc || copy.dest === void 0) continue;
      if (copy.sources.some((src) => src.known && trimTrailingSlashes(src.text) === ".")) dirs.push(normalize(copy.dest));
    }
  }
  return dirs.filter((d) => d !== "/");
}
var BUILDING = /* @__PURE__ */ new Set(["build", "install", "test", "run", "vet"]);
function goCommands(buildsByRun, run) {
  const out = [];
  const builds = buildsByRun.get(run) ?? [];
  for (const b of builds) {
    const pinned = b.verb === "install" && b.packages.some((p) => p.text.includes("@"));
    const at = b.file ? b.via ?? b.run.span : { start: b.goWord.start, end: b.verbWord.end };
    out.push({ verb: b.verb, start: at.start, end: at.end, buildCache: true, modules: pinned ? "fills" : "may" });
  }
  for (const c of run.commands) {
    const go = goWordIndex(c);
    if (go === -1) continue;
    const goWord = c.words[go];
    const verb = c.words[go + 1];
    if (!verb || builds.some((b) => !b.file && b.goWord.start === goWord.start)) continue;
    const sub = c.words[go + 2]?.text;
    if (verb.text === "mod" && (sub === "download" || sub === "tidy")) out.push({ verb: `mod ${sub}`, start: goWord.start, end: c.words[go + 2].end, buildCache: false, modules: "fills" });
    else if (verb.text === "get") out.push({ verb: "get", start: goWord.start, end: verb.end, buildCache: false, modules: "fills" });
    else if (BUILDING.has(verb.text)) out.push({ verb: verb.text, start: goWord.start, end: verb.end, buildCache: true, modules: "may" });
  }
  return out.sort((a, b) => a.start - b.start);
}
function goWordIndex(c) {
  let i = 0;
  if (c.words[0]?.text === "env") {
    i = 1;
    while (i < c.words.length && (c.words[i].text.includes("=") || c.words[i].text.startsWith("-"))) i++;
  }
  const w = c.words[i];
  return w && (w.text === "go" || w.text.endsWith("/go")) ? i : -1;
}
function cleaned(run, flag) {
  return run.commands.some((c) => {
    const go = goWordIndex(c);
    return go !== -1 && c.words[go + 1]?.text === "clean" && c.words.some((w) => w.text === flag);
  });
}
function cachesLeftInImage(out, model, lineage) {
  let modulesInImage = false;
  let buildsByRun;
  for (const stage of lineage) {
    for (const run of stage.runs) {
      buildsByRun ??= groupByRun(model.goBuilds);
      const cmds = goCommands(buildsByRun, run);
      if (cmds.length === 0) continue;
      const dirs = goDirs(run.scope);
      const hasBuildCache = goVersionAtLeast(run.goVersion, "1.10") !== false;
      const hasModCache = goVersionAtLeast(run.goVersion, "1.11") !== false;
      const buildLeft = hasBuildCache && cmds.some((c) => c.buildCache) && !mounted(run, dirs.gocache, true) && !cleaned(run, "-cache");
      const modsUnmounted = hasModCache && !mounted(run, dirs.modcache, false) && !cleaned(run, "-modcache");
      const modsLeft = modsUnmounted && cmds.some((c) => c.modules === "fills" || c.modules === "may" && !modulesInImage);
      if (modsUnmounted && cmds.some((c) => c.modules !== "no")) modulesInImage = true;
      if (!buildLeft && !modsLeft) continue;
      const first = cmds.find((c) => buildLeft && c.buildCache || modsLeft && c.modules !== "no") ?? cmds[0];
      const left = [buildLeft ? ["the build cache", dirs.gocache] : void 0, modsLeft ? ["the module cache", dirs.modcache] : void 0].filter((x) => x !== void 0);
      const what = left.map(([name, dir]) => `${name} (${dir})`).join(" and ");
      const mounts2 = left.map(([, dir]) => `--mount=type=cache,target=${dir}`).join(" ");
      out.push({ messageId: "cacheInImage", start: first.start, end: first.end, data: { verb: first.verb, what, remain: left.length > 1 ? "remain" : "remains", mounts: mounts2 } });
    }
  }
}
function groupByRun(builds) {
  const byRun = /* @__PURE__ */ new Map();
  for (const b of builds) {
    const list2 = byRun.get(b.run);
    if (list2) list2.push(b);
    else byRun.set(b.run, [b]);
  }
  return byRun;
}
function mounted(run, dir, home) {
  return run.mounts.some((m) => {
    if (m.type !== "cache" && m.type !== "tmpfs" || m.target === void 0) return false;
    const target = resolvePath(run.workdir ?? "/", m.target);
    if (isWithin(dir, target)) return true;
    return home && run.scope.get("GOCACHE") === void 0 && (target.endsWith("/.cache/go-build") || target.endsWith("/.cache"));
  });
}

// src/rules/shell-form-without-shell.ts
var shell_form_without_shell_default = defineRule({
  meta: {
    code: "GD006",
    name: "shell-form-without-shell",
    severity: "error",
    fixable: ["safe"],
    tags: ["correctness", "startup"],
    docs: {
      summary: "CMD, ENTRYPOINT or HEALTHCHECK in shell form on a final image that has no /bin/sh.",
      why: 'Shell form (`CMD ./server --port 8080`) is run as `/bin/sh -c "./server --port 8080"`. `scratch`, distroless and Chainguard static images have no /bin/sh (distroless `:debug` has busybox, but only at /busybox/sh), so the container fails at start with `exec: "/bin/sh": stat /bin/sh: no such file or directory`, and a shell-form HEALTHCHECK marks the container unhealthy forever. Exec form (`CMD ["./server", "--port", "8080"]`) runs the binary directly and also lets it receive SIGTERM as PID 1.',
      bad: 'FROM golang:1.23 AS build\nWORKDIR /src\nCOPY . .\nRUN CGO_ENABLED=0 go build -trimpath -ldflags="-s -w" -o /out/server .\n\nFROM gcr.io/distroless/static-debian12:nonroot\nCOPY --from=build /out/server /server\nCMD /server --port 8080\n',
      good: 'FROM golang:1.23 AS build\nWORKDIR /src\nCOPY . .\nRUN CGO_ENABLED=0 go build -trimpath -ldflags="-s -w" -o /out/server .\n\nFROM gcr.io/distroless/static-debian12:nonroot\nCOPY --from=build /out/server /server\nCMD ["/server", "--port", "8080"]\n',
      fixSafety: "Safe: rewrites the instruction in exec form when the command is plain words on one line (no variables, globs, pipes, redirections, `;` or `&&`; a leading `exec` is dropped): the original cannot start at all. Otherwise no fix: the shell features would have to be replaced by hand. Not offered for a shell-form ENTRYPOINT while a CMD is in force: in exec form it would start receiving the CMD as arguments, which the shell form ignores. A shell-form CMD after a shell-form ENTRYPOINT is not reported: it is never run."
    },
    messages: {
      shellForm: "{{keyword}} in shell form {{problem}}; use exec form {{example}}"
    }
  },
  check({ file, model }) {
    const reports = [];
    const final = finalImage(model);
    if (!final || final.facts.binSh === true) return reports;
    const { cmd, entrypoint, healthcheck: healthcheck2 } = effectiveRuntime(final.stage);
    const shellEntrypoint = entrypoint !== void 0 && isShellForm(file, entrypoint);
    for (const ins of shellEntrypoint ? [entrypoint, healthcheck2] : [entrypoint, cmd, healthcheck2]) {
      if (!ins) continue;
      const args = commandSpan(file, ins);
      if (!args || execForm(file, args) !== void 0) continue;
      const shell = checkShell(file, model, final.stage, spanOf(file, ins.getRange()).start, true);
      if (shell.available !== false) continue;
      const asArguments = ins === cmd && entrypoint !== void 0;
      const words2 = plainCommandWords(file, args, asArguments);
      const example = words2 ? execFormText(words2) : asArguments ? '["--flag", "value"]' : '["/app"]';
      const problem = asArguments ? `is passed to the exec-form ENTRYPOINT as the arguments "${shell.shell}" "-c" "<command>" instead of its own words (and ${final.image} has ${shell.missing})` : `runs ${shell.shell} -c, but ${final.image} has ${shell.missing}: the container fails with "exec: \\"${shell.shell}\\": no such file or directory"`;
      const safe = words2 !== void 0 && !(ins === entrypoint && cmd !== void 0);
      const fix = safe ? { title: "Use exec form", applicability: "safe", edits: [replaceSpan(args, example)] } : void 0;
      reports.push({ messageId: "shellForm", ...args, data: { keyword: keyword(ins), problem, example }, fix });
    }
    return reports;
  }
});
function isShellForm(file, ins) {
  const args = commandSpan(file, ins);
  return args !== void 0 && execForm(file, args) === void 0;
}
function keyword(ins) {
  const k = ins.getKeyword();
  return k === "HEALTHCHECK" ? "HEALTHCHECK CMD" : k;
}

// src/rules/run-without-shell.ts
var run_without_shell_default = defineRule({
  meta: {
    code: "GD007",
    name: "run-without-shell",
    severity: "error",
    tags: ["correctness"],
    docs: {
      summary: "A shell-form RUN in a stage whose base image has no shell.",
      why: 'A shell-form RUN (and a heredoc RUN) executes `/bin/sh -c`. On `scratch`, distroless or Chainguard static there is no /bin/sh (distroless `:debug` has busybox, but only at /busybox/sh), so the build stops with `runc run failed: unable to start container process: exec: "/bin/sh": stat /bin/sh: no such file or directory`. Prepare files in the builder stage and COPY them in; to create a user, rely on the distroless `nonroot` user or a numeric USER. Every stage is judged: a stage that fails to build fails the build.',
      bad: 'FROM golang:1.23 AS build\nWORKDIR /src\nCOPY . .\nRUN CGO_ENABLED=0 go build -trimpath -ldflags="-s -w" -o /out/app .\n\nFROM gcr.io/distroless/static-debian12:nonroot\nRUN mkdir -p /data\nCOPY --from=build /out/app /app\nENTRYPOINT ["/app"]\n',
      good: 'FROM golang:1.23 AS build\nWORKDIR /src\nCOPY . .\nRUN CGO_ENABLED=0 go build -trimpath -ldflags="-s -w" -o /out/app . && mkdir -p /out/data\n\nFROM gcr.io/distroless/static-debian12:nonroot\nCOPY --from=build --chown=65532:65532 /out/data /data\nCOPY --from=build /out/app /app\nENTRYPOINT ["/app"]\n',
      fixSafety: "No automatic fix: what the RUN does has to move to a builder stage, which only its author can decide."
    },
    messages: {
      noShell: '{{form}} runs {{shell}} -c but {{image}} has {{missing}}: the build fails with "exec: \\"{{shell}}\\": no such file or directory"; {{advice}}'
    }
  },
  check({ file, model }) {
    const reports = [];
    for (const stage of model.stages) {
      const facts = rootFacts(stage);
      if (!facts || facts.binSh === true) continue;
      for (const run of stage.runs) {
        if (run.form === "exec") continue;
        const shell = checkShell(file, model, stage, run.span.start);
        if (shell.available !== false) continue;
        const keyword2 = run.instruction.getInstructionRange();
        const advice = facts.family === "distroless" && facts.debug ? 'add SHELL ["/busybox/sh", "-c"] before it, or do this work in the builder stage and COPY the result' : "do this work in the builder stage and COPY the result";
        reports.push({
          messageId: "noShell",
          start: run.span.start,
          end: run.span.start + (keyword2.end.character - keyword2.start.character),
          data: { form: run.form === "heredoc" ? "RUN with a heredoc" : "RUN", shell: shell.shell, image: rootImageText(stage), missing: shell.missing, advice }
        });
      }
    }
    return reports;
  }
});

// src/rules/user-name-without-passwd.ts
var DISTROLESS_USERS = /* @__PURE__ */ new Set(["root", "nobody", "nonroot"]);
var DISTROLESS_GROUPS = /* @__PURE__ */ new Set(["root", "nobody", "nonroot", "tty", "staff"]);
var user_name_without_passwd_default = defineRule({
  meta: {
    code: "GD008",
    name: "user-name-without-passwd",
    severity: "error",
    fixable: ["safe"],
    tags: ["correctness", "security"],
    docs: {
      summary: "USER, or COPY/ADD `--chown`, names a user or group that the final image's /etc/passwd or /etc/group cannot resolve.",
      why: "A user name is looked up in the image's /etc/passwd when the container starts. `scratch` has no /etc/passwd at all, and distroless or Chainguard images know only `root`, `nobody` and `nonroot`; any other name makes the start fail with `unable to find user app: no matching entries in passwd file`. `COPY --chown=app:app` and `ADD --chown` look the names up while the image is built, in the /etc/passwd and /etc/group the stage has at that point, and the build fails with `unable to find user app`. A numeric `USER 65532:65532` (or `--chown=65532:65532`) needs no lookup, and Kubernetes `runAsNonRoot` can verify it.",
      bad: 'FROM golang:1.23 AS build\nWORKDIR /src\nCOPY . .\nRUN CGO_ENABLED=0 go build -trimpath -ldflags="-s -w" -o /out/app .\n\nFROM scratch\nCOPY --from=build /etc/ssl/certs/ca-certificates.crt /etc/ssl/certs/\nCOPY --from=build /out/app /app\nUSER app\nENTRYPOINT ["/app"]\n',
      good: 'FROM golang:1.23 AS build\nWORKDIR /src\nCOPY . .\nRUN CGO_ENABLED=0 go build -trimpath -ldflags="-s -w" -o /out/app .\n\nFROM scratch\nCOPY --from=build /etc/ssl/certs/ca-certificates.crt /etc/ssl/certs/\nCOPY --from=build /out/app /app\nUSER 65532:65532\nENTRYPOINT ["/app"]\n',
      fixSafety: "Safe: the original image cannot start (USER) or cannot be built (`--chown`). Replaces the names with numbers: `root` with 0, `nobody` with 65534, `nonroot` and any other name with 65532 (the distroless nonroot user), keeping numeric parts (`USER app` -> `USER 65532:65532`, `USER 1000:app` -> `USER 1000:1000`). For `--chown` the same numbers are offered only when the program can still write the files as before: it runs as root, or as the user those numbers name (`--chown=app` with `USER app`); otherwise which ids the files need cannot be told, and the finding says so. Not reported when the final image copies its own /etc/passwd or /etc/group in (for `--chown`: before the copy), or runs a RUN that may create the user."
    },
    messages: {
      noPasswd: 'USER {{user}} on {{image}}: there is no /etc/passwd to resolve "{{name}}", so the container fails with "unable to find user {{name}}"; use a numeric USER such as {{ids}}',
      unknownUser: 'USER {{user}}: {{image}} only knows root, nobody and nonroot, so the container fails with "unable to find user {{name}}"; use a numeric USER such as {{ids}}',
      chownNoPasswd: '{{keyword}} --chown={{chown}} on {{image}}: there is no /etc/passwd or /etc/group to resolve "{{name}}", so the build fails with "unable to find {{kind}} {{name}}"; use numeric ids such as --chown={{ids}}{{note}}',
      chownUnknown: '{{keyword}} --chown={{chown}}: {{image}} only knows root, nobody and nonroot, so the build fails with "unable to find {{kind}} {{name}}"; use numeric ids such as --chown={{ids}}{{note}}'
    }
  },
  check({ file, model }) {
    const final = finalImage(model);
    if (!final) return [];
    const knowsOnlyDefaults = final.facts.family === "distroless" || final.facts.family === "chainguard" && final.facts.hasPasswd === true;
    if (final.facts.hasPasswd !== false && !knowsOnlyDefaults) return [];
    return [...userReports(file, model, final), ...chownReports(model, final)];
  }
});
function userReports(file, model, final) {
  const reports = [];
  const users = effectiveUsers(final.stage);
  if (!users.some((user) => user?.user !== void 0 && named(user).length > 0)) return reports;
  if (stageLineage(final.stage).some((s) => s.runs.length > 0)) return reports;
  for (const user of users) {
    if (!user || user.user === void 0) continue;
    const names = named(user);
    if (names.length === 0 || ownsAccounts(model, final.stage)) continue;
    const unknown = unknownName(final.facts, user.user, user.group);
    if (!unknown) continue;
    const data = { user: label2(user), image: final.image, ids: numericUser(user.user, user.group), name: unknown.name };
    reports.push({ messageId: final.facts.hasPasswd === false ? "noPasswd" : "unknownUser", ...user.span, data, fix: numericFix(file, user) });
  }
  return reports;
}
function chownReports(model, final) {
  const reports = [];
  for (const stage of stageLineage(final.stage)) {
    for (const copy of stage.copies) {
      const chown = copy.chown;
      if (!chown || chown.user === void 0) continue;
      const unknown = unknownName(final.facts, chown.user, chown.group);
      if (!unknown) continue;
      const lineage = stageLineage(stage);
      if (ownsAccounts(model, stage, copy.span.start) || lineage.some((s) => s.runs.some((r) => r.span.start < copy.span.start))) continue;
      const ids = numericUser(chown.user, chown.group);
      const runtime = runtimeIds(final);
      const safe = runtime !== void 0 && runtime.every((r) => r.startsWith("0:") || r === ids);
      const note = safe ? "" : ` (no automatic fix: the image runs as ${runtime?.join(" or ") ?? "a user that cannot be known"}, and which ids its files need cannot be told)`;
      const label3 = chown.user + (chown.group !== void 0 ? `:${chown.group}` : "");
      const data = { keyword: copy.keyword, chown: label3, image: final.image, ids, note, ...unknown };
      const fix = safe ? { title: `Use --chown=${ids}`, applicability: "safe", edits: [replaceSpan(chown.span, ids)] } : void 0;
      reports.push({ messageId: final.facts.hasPasswd === false ? "chownNoPasswd" : "chownUnknown", ...chown.span, data, fix });
    }
  }
  return reports;
}
function unknownName(facts, user, group) {
  const isName = (x) => x !== void 0 && x !== "" && !isNumericId(x);
  const noPasswd = facts.hasPasswd === false;
  if (isName(user) && (noPasswd || !DISTROLESS_USERS.has(user))) return { name: user, kind: "user" };
  if (isName(group) && (noPasswd || !DISTROLESS_GROUPS.has(group))) return { name: group, kind: "group" };
  return void 0;
}
function runtimeIds(final) {
  const out = [];
  for (const user of effectiveUsers(final.stage)) {
    if (user === void 0) {
      if (final.facts.defaultUid === "unknown") return void 0;
      out.push(`${final.facts.defaultUid}:${final.facts.defaultUid}`);
    } else if (user.user === void 0) {
      return void 0;
    } else {
      out.push(numericUser(user.user, user.group));
    }
  }
  return out;
}
function named(user) {
  return [user.user, user.group].filter((x) => x !== void 0 && x !== "" && !isNumericId(x));
}
function label2(user) {
  return (user.user ?? "") + (user.group !== void 0 ? `:${user.group}` : "");
}
function ownsAccounts(model, stage, before = Infinity) {
  const stages = stageLineage(stage);
  return placedIn(model, stages, "/etc/passwd", before) !== "no" || placedIn(model, stages, "/etc/group", before) !== "no";
}
var WELL_KNOWN_IDS2 = { root: "0", nobody: "65534", nonroot: "65532" };
function numericUser(user, group) {
  const [defaultUid, defaultGid] = NONROOT_USER.split(":");
  const uid = isNumericId(user) ? user : WELL_KNOWN_IDS2[user] ?? defaultUid;
  if (group === void 0 || group === "") return isNumericId(user) ? `${uid}:${uid}` : `${uid}:${WELL_KNOWN_IDS2[user] ?? defaultGid}`;
  const gid = isNumericId(group) ? group : WELL_KNOWN_IDS2[group] ?? uid;
  return `${uid}:${gid}`;
}
function numericFix(file, user) {
  const args = user.instruction.getArgumentsRange();
  if (!args || user.user === void 0) return void 0;
  const ids = numericUser(user.user, user.group);
  return { title: `Use USER ${ids}`, applicability: "safe", edits: [replaceSpan(spanOf(file, args), ids)] };
}

// src/rules/entrypoint-not-in-image.ts
var entrypoint_not_in_image_default = defineRule({
  meta: {
    code: "GD009",
    name: "entrypoint-not-in-image",
    severity: "error",
    tags: ["correctness", "startup"],
    docs: {
      summary: "The final ENTRYPOINT/CMD program is not put in place by any COPY or ADD on an empty base image.",
      why: "`scratch`, distroless and Chainguard static images contain no programs of their own. If the path in ENTRYPOINT or CMD is not where a COPY or ADD put the binary (a typo, a different `-o`, a relative path against another WORKDIR), the image builds fine and every start fails with `exec /app: no such file or directory`. Relative paths are resolved against WORKDIR, bare names against PATH, as the runtime does. An image without any ENTRYPOINT or CMD fails with `no command specified` unless whoever runs it gives the command (a warning: images of several programs are often run that way). A scratch final stage that only gathers files, at its root or under a name such as `binaries`, `bin`, `artifacts`, `release` or `dist`, or that picks its files by target OS among stages for other systems (`FROM bin-${TARGETOS}` over `bin-darwin` and `bin-windows`), is taken for an export stage (`docker build --output`) and not judged as an image, by this rule or the other final-image rules; its whole FROM chain is looked at. Images with a shell are not judged, nor are copies of whole folders, whose contents cannot be seen.",
      bad: 'FROM golang:1.23 AS build\nWORKDIR /src\nCOPY . .\nRUN CGO_ENABLED=0 go build -trimpath -ldflags="-s -w" -o /out/server .\n\nFROM gcr.io/distroless/static-debian12:nonroot\nCOPY --from=build /out/server /server\nENTRYPOINT ["/app"]\n',
      good: 'FROM golang:1.23 AS build\nWORKDIR /src\nCOPY . .\nRUN CGO_ENABLED=0 go build -trimpath -ldflags="-s -w" -o /out/server .\n\nFROM gcr.io/distroless/static-debian12:nonroot\nCOPY --from=build /out/server /server\nENTRYPOINT ["/server"]\n',
      fixSafety: "No automatic fix: whether the path or the COPY is wrong is the author's call."
    },
    messages: {
      notCopied: '{{keyword}} runs {{path}}, but no COPY or ADD puts {{where}} in {{image}}: the container fails with "{{error}}"',
      noCommand: 'the final image {{image}} has no ENTRYPOINT or CMD: `docker run` fails with "no command specified" unless a command is given (as a Kubernetes `command:` does); add ENTRYPOINT ["/path/to/binary"]'
    }
  },
  check({ file, model }) {
    const reports = [];
    const final = finalImage(model);
    if (!final || !final.facts.minimal || final.facts.hasShell !== false) return reports;
    const { cmd, entrypoint } = effectiveRuntime(final.stage);
    const ins = entrypoint ?? cmd;
    if (!ins) {
      if (hasNoDefaultCommand(final.facts)) reports.push({ messageId: "noCommand", severity: "warning", ...final.stage.imageSpan, data: { image: final.image } });
      return reports;
    }
    const range = ins.getArgumentsRange();
    if (!range) return reports;
    const args = spanOf(file, range);
    const exec = execForm(file, args);
    if (!exec || exec.length === 0) return reports;
    const program = exec[0];
    if (program.includes("$") || program === "") return reports;
    let candidates;
    if (program.includes("/")) {
      const workdir = final.stage.workdir;
      if (!program.startsWith("/") && workdir === void 0) return reports;
      candidates = [resolvePath(workdir ?? "/", program)];
    } else {
      const path = searchPath(final.stage.env.get("PATH"));
      if (!path) return reports;
      candidates = path.map((d) => resolvePath(d, program));
    }
    if (candidates.some((p) => placedIn(model, model.finalLineage, p) !== "no")) return reports;
    const bare = !program.includes("/");
    reports.push({
      messageId: "notCopied",
      ...args,
      data: {
        keyword: ins.getKeyword(),
        path: bare ? program : candidates[0],
        where: bare ? "it in a folder of PATH" : "a file there",
        image: final.image,
        error: bare ? `exec: "${program}": executable file not found in $PATH` : `exec ${candidates[0]}: no such file or directory`
      }
    });
    return reports;
  }
});
function searchPath(value2) {
  if (value2 === void 0) return DEFAULT_PATH;
  if (!value2.known) return void 0;
  const dirs = value2.value.split(":").filter((d) => d.startsWith("/"));
  return dirs.length > 0 ? dirs : void 0;
}
function hasNoDefaultCommand(facts) {
  if (facts.family === "scratch") return true;
  if (facts.family === "distroless") return ["static", "base", "base-nossl", "cc"].includes(facts.variant ?? "");
  if (facts.family === "chainguard") return facts.variant === "static" || facts.variant === "glibc-dynamic";
  return false;
}

// src/rules/missing-trimpath.ts
var TRIMPATH_SINCE = "1.13";
var missing_trimpath_default = defineRule({
  meta: {
    code: "GD010",
    name: "missing-trimpath",
    severity: "info",
    fixable: ["safe"],
    tags: ["reproducibility"],
    docs: {
      summary: "A shipped `go build` runs without `-trimpath`.",
      why: "Without `-trimpath` the binary records the absolute file system paths of the build (`/src/internal/...`, `/go/pkg/mod/...`) in its file tables, so stack traces leak the builder's layout and two builds of the same code in different folders give different binaries. `-trimpath` records module paths instead, which makes builds reproducible; ko builds this way by default.",
      bad: 'FROM golang:1.23 AS build\nWORKDIR /src\nCOPY . .\nRUN CGO_ENABLED=0 go build -ldflags="-s -w" -o /out/app .\n\nFROM gcr.io/distroless/static-debian12:nonroot\nCOPY --from=build /out/app /app\nENTRYPOINT ["/app"]\n',
      good: 'FROM golang:1.23 AS build\nWORKDIR /src\nCOPY . .\nRUN CGO_ENABLED=0 go build -trimpath -ldflags="-s -w" -o /out/app .\n\nFROM gcr.io/distroless/static-debian12:nonroot\nCOPY --from=build /out/app /app\nENTRYPOINT ["/app"]\n',
      fixSafety: 'Safe: adds `-trimpath` after `go build`. The program behaves the same; file names in stack traces become module-relative. An explicit `-trimpath=false` is respected. Offered when the Go that runs the build is 1.13 or newer, or its version cannot be known. Not offered when it is older (a `golang:1.12` image, `apk add go` on Alpine 3.10 or older, `golang-go` of Debian buster or Ubuntu 18.04, an old tarball): that go command stops with "flag provided but not defined: -trimpath", so the finding says to upgrade Go first. In a Makefile or a script it goes into the recipe; in a GoReleaser build, first in its `flags` (or in a new `flags` key). Not offered where the words come from a make variable. A build for a debugger (`-gcflags` with `-N` or `-l`, as Delve needs) is not reported: the debugger finds the sources by the paths the binary keeps.'
    },
    messages: {
      missing: "`go {{verb}}` without -trimpath: the binary embeds the build's absolute paths and is not reproducible",
      oldGo: "`go {{verb}}` without -trimpath: the binary embeds the build's absolute paths; but this build's Go ({{version}}, from {{source}}) predates -trimpath (Go 1.13) and would stop with \"flag provided but not defined: -trimpath\": upgrade Go first, then add it",
      hostMissing: "{{build}} runs `go build` without -trimpath: the binary embeds the build machine's absolute paths and is not reproducible; add -trimpath to its flags"
    }
  },
  check({ model }) {
    const reports = [];
    for (const build of model.goBuilds) if (build.shipped) judgeCommand2(reports, build, buildPlace(build));
    for (const build of model.hostBuilds) {
      if (build.command) judgeCommand2(reports, build.command, { ...buildPlace(build.command), anchor: build.copy.span.start });
      else if (build.release && build.trimpath === false) {
        const edits = releaseFlagEdits(build.release, "-trimpath");
        reports.push({ messageId: "hostMissing", ...hostPlace(build, "flags"), data: { build: hostLabel(build) }, fix: edits && { title: "Add -trimpath", applicability: "safe", edits } });
      }
    }
    return reports;
  }
});
function judgeCommand2(reports, build, place) {
  if (build.trimpath !== false || build.opaqueArgs) return;
  if (isDebugBuild(build)) return;
  if (build.flags.some((f) => f.name === "trimpath" && (f.value === "false" || f.value === "0"))) return;
  const go = build.goVersion;
  if (go && goVersionAtLeast(go, TRIMPATH_SINCE) === false) {
    reports.push({ messageId: "oldGo", ...place, data: { verb: build.verb, version: go.version, source: go.source } });
    return;
  }
  const edits = buildEdits(build, [build.verbWord], [insertArgsAfter(buildForm(build), build.verbWord, "-trimpath", ["-trimpath"])]);
  reports.push({ messageId: "missing", ...place, data: { verb: build.verb }, fix: edits && { title: "Add -trimpath", applicability: "safe", edits } });
}

// src/model/module-access.ts
var MODULE_SETTINGS = /* @__PURE__ */ new Set([
  "GOPRIVATE",
  "GONOPROXY",
  "GONOSUMDB",
  "GONOSUMCHECK",
  "GOPROXY",
  "GOSUMDB",
  "GOINSECURE",
  "GOAUTH",
  "GOFLAGS",
  "GIT_TERMINAL_PROMPT",
  "GIT_CONFIG_GLOBAL",
  "GIT_SSH_COMMAND",
  "NETRC",
  "GIT_ASKPASS"
]);
function moduleAccessAfter(file, stage, from) {
  for (const ins of stage.instructions) {
    const span = spanOf(file, ins.getRange());
    if (span.start < from) continue;
    if (ins instanceof Env2 || ins instanceof Arg2) {
      const name = ins.getProperties().map((p) => p.getName()).find((n) => MODULE_SETTINGS.has(n));
      if (name) return { line: lineColumn(file, span.start).line, what: `${ins.getKeyword().toUpperCase()} ${name}` };
    }
  }
  for (const run of stage.runs) {
    if (run.span.start < from) continue;
    const what = runAccess(run);
    if (what) return { line: lineColumn(file, run.span.start).line, what };
  }
  return void 0;
}
function runAccess(run) {
  const mount = run.mounts.find((m) => m.type === "secret" || m.type === "ssh");
  if (mount) return `RUN --mount=type=${mount.type}`;
  for (const c of run.commands) {
    const words2 = c.words.map((w) => w.text);
    const tool = basename(words2[0] ?? "");
    if (tool === "go" && words2[1] === "env" && words2.includes("-w")) {
      const name = words2.map((w) => w.split("=")[0]).find((n) => MODULE_SETTINGS.has(n));
      if (name) return `go env -w ${name}`;
    }
    if (tool === "git" && words2.includes("config")) {
      if (words2.some((w) => w.toLowerCase().includes("insteadof"))) return "git config url.\u2026.insteadOf";
      if (words2.some((w) => w.startsWith("credential."))) return "git config credential";
    }
    const targets = c.redirects.map((r) => r.target?.text ?? "");
    if ([...words2, ...targets].some((w) => w.includes(".netrc") || w.includes("_netrc"))) return "a .netrc";
    if (tool === "ssh-keyscan" || words2.some((w) => w.includes(".ssh/"))) return "SSH keys";
    for (const a of c.assignments) if (MODULE_SETTINGS.has(a.text.split("=")[0]) && c.words.length === 0) return `export ${a.text.split("=")[0]}`;
    if (tool === "export") {
      const name = words2.slice(1).map((w) => w.split("=")[0]).find((n) => MODULE_SETTINGS.has(n));
      if (name) return `export ${name}`;
    }
  }
  return void 0;
}
var GIT_PACKAGES = /* @__PURE__ */ new Set(["git", "git-core"]);
function gitInstalledAfter(file, stage, from) {
  for (const run of stage.runs) {
    if (run.span.start < from) continue;
    if (run.commands.some((c) => installedPackages(c).some((p) => GIT_PACKAGES.has(p)))) return { line: lineColumn(file, run.span.start).line, what: "git installed" };
  }
  return void 0;
}

// src/rules/module-cache-busting.ts
var FETCHING = /* @__PURE__ */ new Set(["build", "install", "test", "vet", "generate", "run", "get", "list"]);
var FETCHING_MOD = /* @__PURE__ */ new Set(["download", "tidy", "vendor", "verify", "graph", "why"]);
var WRAPPERS2 = /* @__PURE__ */ new Set(["env", "time", "exec", "nice", "command", "nohup", "sudo"]);
var GO_COMMANDS2 = /* @__PURE__ */ new Set(["go", "xx-go"]);
var module_cache_busting_default = defineRule({
  meta: {
    code: "GD011",
    name: "module-cache-busting",
    severity: "info",
    fixable: ["safe", "unsafe"],
    precision: "high",
    tags: ["build-speed"],
    docs: {
      summary: "The whole source tree is copied before the modules are downloaded, so every code change downloads all modules again.",
      why: "Each Dockerfile instruction is a cache layer that is rebuilt when its inputs change. With `COPY . .` before the first `go mod download` or `go build`, any edit to any file invalidates the layer that fetches modules, and every build downloads every dependency again: minutes of CI time and a hard dependency on the module proxy for each build. Copy `go.mod` and `go.sum` first and run `go mod download` in a layer of its own (or use a cache mount on `/go/pkg/mod`); that layer then only changes when dependencies do. Not reported when go.mod requires nothing, when every Go command after the copy uses a cache mount on the module cache or `-mod=vendor`, or when a parent stage already downloaded the modules.",
      bad: 'FROM golang:1.23 AS build\nWORKDIR /src\nCOPY . .\nRUN CGO_ENABLED=0 go build -trimpath -ldflags="-s -w" -o /out/app .\n\nFROM gcr.io/distroless/static-debian12:nonroot\nCOPY --from=build /out/app /app\nENTRYPOINT ["/app"]\n',
      good: 'FROM golang:1.23 AS build\nWORKDIR /src\nCOPY go.mod go.sum ./\nRUN go mod download\nCOPY . .\nRUN CGO_ENABLED=0 go build -trimpath -ldflags="-s -w" -o /out/app .\n\nFROM gcr.io/distroless/static-debian12:nonroot\nCOPY --from=build /out/app /app\nENTRYPOINT ["/app"]\n',
      fixSafety: "Safe: adds `COPY go.mod go.sum ./` and `RUN go mod download` before the `COPY . .` (`RUN cd /src && go mod download` when the files go to another folder than the WORKDIR); an existing `RUN go mod download` after the copy is moved up rather than run twice. The image is the same; only the layers differ. Offered when the build context is visible and has go.mod at its root (only go.mod is copied when it has no go.sum: the original build had none either), and the go command that runs after the copy exists before it and knows modules. Not offered, and the finding says why, when: the context cannot be seen (standard input without --stdin-filename); it has no go.mod (a GOPATH-era build: glide, dep, vendor/ without modules); the RUN that installs Go (`apk add go`) comes later in the stage; that Go predates modules (1.11), or is 1.11 or 1.12 building inside GOPATH without GO111MODULE=on; GO111MODULE=off; the go command fetches modules with git (a Go before 1.13 without GOPROXY, or GOPROXY=direct) and git is installed only after the copy; every Go command that fetches modules after the copy runs only under a condition (`if [ ! -f app ]; then go build ...; fi`: a build that skips it needs neither go.mod nor the network); private module access is set up after the copy (`go env -w GOPRIVATE=\u2026`, GOPROXY or GONOSUMDB settings, `git config url.\u2026.insteadOf`, a .netrc, `RUN --mount=type=secret` or `type=ssh`); go.mod replaces modules with local folders that are not copied yet; an existing `go mod download` after the copy runs with other commands or in another folder; the destination is hidden by a variable."
    },
    messages: {
      sourcesFirst: "{{keyword}} {{source}} comes before the modules are downloaded: every source change re-downloads all modules; COPY go.mod go.sum and RUN go mod download first",
      sourcesFirstNoFix: "{{keyword}} {{source}} comes before the modules are downloaded: every source change re-downloads all modules; not fixed automatically: {{reason}}"
    }
  },
  check({ file, model }) {
    const reports = [];
    if (model.goMod && model.goMod.requires === 0) return reports;
    if (vendoredByDefault(model)) return reports;
    const stages = model.stages;
    const contextCopies = [];
    let any = false;
    for (const stage of stages) {
      const copy = firstContextCopy(stage);
      contextCopies.push(copy);
      if (copy) any = true;
    }
    if (!any) return reports;
    const facts = stageFacts(model);
    for (const stage of stages) {
      const copy = contextCopies[stage.index];
      if (!copy) continue;
      const parent = stage.base.kind === "stage" ? facts[stage.base.stage.index] : void 0;
      if (parent?.downloaded || downloadsModules(stage, copy.span.start, parent?.goMod ?? false) || copiesModuleCache(stage, copy.span.start)) continue;
      if (!fetchesUncachedAfter(stage, copy.span.start) && !facts[stage.index].childUncached) continue;
      const data = { keyword: copy.keyword, source: copy.sources.map((s) => s.text).join(" ") };
      const fix = splitFix(file, model, stage, copy);
      if (typeof fix === "string") reports.push({ messageId: "sourcesFirstNoFix", ...copy.span, data: { ...data, reason: fix } });
      else reports.push({ messageId: "sourcesFirst", ...copy.span, data, fix });
    }
    return reports;
  }
});
function stageFacts(model) {
  const facts = [];
  for (const stage of model.stages) {
    const parent = stage.base.kind === "stage" ? facts[stage.base.stage.index] : void 0;
    const inherited = parent !== void 0 && parent.goMod;
    facts.push({
      goMod: inherited || copiesGoMod(stage, Infinity),
      downloaded: parent !== void 0 && parent.downloaded || downloadsModules(stage, Infinity, inherited),
      childUncached: false
    });
  }
  for (let i = model.stages.length - 1; i >= 0; i--) {
    const stage = model.stages[i];
    if (stage.base.kind !== "stage") continue;
    if (facts[i].childUncached || fetchesUncachedAfter(stage, -1)) facts[stage.base.stage.index].childUncached = true;
  }
  return facts;
}
function firstContextCopy(stage) {
  for (const c of stage.copies) {
    if (c.fromStage || c.fromImage !== void 0 || c.heredoc) continue;
    for (const s of c.sources) if (s.known && isContextRoot(s.text)) return c;
  }
  return void 0;
}
function isContextRoot(path) {
  const n = normalize(path);
  return n === "." || n === "/";
}
function downloadsModules(stage, before, goModInherited) {
  for (const r of stage.runs) {
    if (r.span.start < before && fetchesModules(r) && (goModInherited || mountsGoMod(r) || copiesGoMod(stage, r.span.start))) return true;
  }
  return false;
}
function fetchesUncachedAfter(stage, after) {
  for (const r of stage.runs) if (r.span.start > after && fetchesUncached(r)) return true;
  return false;
}
function copiesGoMod(stage, before) {
  for (const c of stage.copies) {
    if (c.span.start >= before || c.fromStage || c.fromImage !== void 0) continue;
    for (const s of c.sources) if (s.known && isGoMod(s.text)) return true;
  }
  return false;
}
function mountsGoMod(run) {
  for (const m of run.mounts) if (m.type === "bind" && m.from === void 0 && (isGoMod(m.source ?? "") || isContextRoot(m.source ?? "."))) return true;
  return false;
}
function isGoMod(path) {
  const name = basename(path);
  return name === "go.mod" || (name.includes("*") || name.includes("?")) && globMatch(name, "go.mod");
}
function goWordIndex2(words2) {
  let i = 0;
  while (i < words2.length && WRAPPERS2.has(words2[i].text)) {
    i++;
    while (i < words2.length && (words2[i].text.startsWith("-") || words2[i].text.includes("="))) i += words2[i].text === "-u" ? 2 : 1;
  }
  return i < words2.length && GO_COMMANDS2.has(basename(words2[i].text)) ? i : -1;
}
function fetchesUncached(run) {
  return fetchesModules(run) && !cacheMounted(run) && !vendored(run);
}
function fetchesModules(run) {
  return run.commands.some(fetches);
}
function fetches(c) {
  const go = goWordIndex2(c.words);
  if (go === -1) return false;
  const verb = c.words[go + 1]?.text ?? "";
  return FETCHING.has(verb) || verb === "mod" && FETCHING_MOD.has(c.words[go + 2]?.text ?? "");
}
function onlyConditionalFetch(model, stage, after) {
  const unconditional = (r, c) => !c.conditional && r.commands[r.commands.indexOf(c) - 1]?.separator !== "||";
  for (const b of model.goBuilds) if (b.stage === stage && b.run.span.start > after && unconditional(b.run, b.via ?? b.command)) return void 0;
  let first;
  for (const r of stage.runs) {
    if (r.span.start <= after) continue;
    for (const c of r.commands) {
      if (!fetches(c)) continue;
      if (unconditional(r, c)) return void 0;
      first ??= r;
    }
  }
  return first && { run: first };
}
function cacheMounted(run) {
  const known3 = (name) => {
    const v = run.scope.get(name);
    return v?.known ? v.value : void 0;
  };
  const gomodcache = known3("GOMODCACHE");
  const gopath = known3("GOPATH")?.split(":")[0];
  const caches = gomodcache ? [gomodcache] : gopath ? [`${gopath}/pkg/mod`] : ["/go/pkg/mod", "/root/go/pkg/mod"];
  return run.mounts.some((m) => m.type === "cache" && m.target !== void 0 && caches.some((t) => isWithin(t, resolvePath(run.workdir ?? "/", m.target ?? "/"))));
}
function vendored(run) {
  const onCommandLine = run.commands.some((c) => c.words.some((w, i) => w.text === "-mod=vendor" || w.text === "--mod=vendor" || (w.text === "-mod" || w.text === "--mod") && c.words[i + 1]?.text === "vendor"));
  const goflags = run.scope.get("GOFLAGS");
  return onCommandLine || goflags?.known === true && goflags.value.split(" ").includes("-mod=vendor");
}
function splitFix(file, model, stage, copy) {
  const dest = copy.destText;
  const into = dest === "." ? "./" : dest.endsWith("/") ? dest : `${dest}/`;
  if (into.includes("$") || into.includes(" ")) return "the destination is hidden by a variable";
  const context = model.workspace?.context;
  if (!context) return "the build context cannot be seen (standard input without --stdin-filename), so go.mod and go.sum cannot be checked";
  if (context.kind("go.mod") !== "file") return `the build context has no go.mod${gopathHint(model)}, so there are no modules to download first`;
  const goMod = parseGoMod(context.read("go.mod") ?? "");
  const folder = copy.dest === void 0 ? void 0 : trimTrailingSlashes(copy.dest) || "/";
  const reason = goCommandProblem(file, model, stage, copy, folder) ?? accessProblem(file, stage, copy, goMod);
  if (reason) return reason;
  const sources = context.kind("go.sum") === "file" ? "go.mod go.sum" : "go.mod";
  const at = lineStartAt(file, copy.span.start);
  const indent = indentAt(file, copy.span.start);
  const copyLine = newInstruction(file, stage, `COPY ${sources} ${into}`, indent);
  const existing = existingDownload(stage, copy);
  if (existing) {
    if (!movable(existing, copy, folder)) return `the \`go mod download\` at line ${lineColumn(file, existing.span.start).line} runs with other commands or in another folder: move it before the ${copy.keyword} yourself`;
    const command = existing.commands[0];
    const moved = folder === copy.workdir ? indent + file.text.slice(existing.span.start, existing.span.end) + file.eol : newInstruction(file, stage, `RUN cd ${folder} && ${file.text.slice(command.start, command.end)}`, indent);
    const edits = [{ start: at, end: at, text: copyLine + moved }, removeLines(file, existing)];
    return { title: "Download modules in their own layer", applicability: "safe", edits };
  }
  const download = folder === void 0 || folder === copy.workdir ? "RUN go mod download" : `RUN cd ${folder} && go mod download`;
  const text = copyLine + newInstruction(file, stage, download, indent);
  return { title: "Download modules in their own layer", applicability: "safe", edits: [{ start: at, end: at, text }] };
}
function gopathHint(model) {
  const context = model.workspace?.context;
  const tool = ["Gopkg.toml", "glide.yaml", "Godeps/Godeps.json", "vendor.conf", "vendor/vendor.json"].find((f) => context?.kind(f) === "file");
  return tool ? ` (a GOPATH-era build: ${tool})` : " (a GOPATH-era build)";
}
function goCommandProblem(file, model, stage, copy, folder) {
  const install = stage.goInstall;
  if (install && install.at > copy.span.start && stage.goBase !== true) return `Go is installed only at line ${install.line} (${install.how}), after this ${copy.keyword}`;
  if (!install && stage.goBase === false) return `no go command is known to exist before this ${copy.keyword}`;
  const run = stage.runs.find((r) => r.span.start > copy.span.start && fetchesModules(r));
  if (!run) return void 0;
  const conditional = onlyConditionalFetch(model, stage, copy.span.start);
  if (conditional) return `the go command that fetches modules runs only under a condition (line ${lineColumn(file, conditional.run.span.start).line}), which a download layer of its own would not keep (a build that skips it needs neither go.mod nor the network)`;
  const modules = run.scope.get("GO111MODULE");
  if (modules?.known && modules.value === "off") return "GO111MODULE=off: the build does not use modules";
  const go = effectiveGoVersion(run, model.goMod);
  if (go && goVersionAtLeast(go, "1.11") === false) return `this build's Go (${go.version}, from ${go.source}) predates modules (Go 1.11)`;
  const gopath = run.scope.get("GOPATH");
  const gopathDir = gopath?.known ? gopath.value.split(":")[0] : stage.goBase === true ? "/go" : void 0;
  if (go && goVersionAtLeast(go, "1.13") === false && !(modules?.known && modules.value === "on") && gopathDir && folder && isWithin(folder, `${gopathDir}/src`)) {
    return `Go ${go.version} (from ${go.source}) turns modules off inside GOPATH (${folder}) unless GO111MODULE=on`;
  }
  const git = fetchesDirect(run, go) ? gitInstalledAfter(file, stage, copy.span.end) : void 0;
  if (git) {
    const why = go && goVersionAtLeast(go, "1.13") === false ? `Go ${go.version} (from ${go.source}) has no module proxy by default (GOPROXY came with Go 1.13)` : "GOPROXY=direct";
    return `${why}, so the download clones modules with git, which is installed only at line ${git.line}, after this ${copy.keyword}`;
  }
  return void 0;
}
function fetchesDirect(run, go) {
  const proxy = run.scope.get("GOPROXY");
  if (proxy?.known && proxy.value !== "") return proxy.value === "direct";
  if (proxy && !proxy.known) return false;
  return go !== void 0 && goVersionAtLeast(go, "1.13") === false;
}
function accessProblem(file, stage, copy, goMod) {
  const step = moduleAccessAfter(file, stage, copy.span.end);
  if (step) return `module access is set up after it (line ${step.line}: ${step.what}); a download moved above it would run without it`;
  const local = goMod.localReplaces?.filter((r) => normalize(r) !== ".");
  if (local && local.length > 0) return `go.mod replaces modules with local folders (${local.join(", ")}), which are not copied before the download`;
  return void 0;
}
function existingDownload(stage, copy) {
  return stage.runs.find((r) => r.span.start > copy.span.start && r.commands.some((c) => {
    const go = goWordIndex2(c.words);
    return go !== -1 && c.words[go + 1]?.text === "mod" && c.words[go + 2]?.text === "download";
  }));
}
function movable(run, copy, folder) {
  if (run.form === "heredoc" || run.commands.length !== 1 || run.commands[0].assignments.length > 0) return false;
  if (goWordIndex2(run.commands[0].words) !== 0) return false;
  if (folder === void 0 || run.workdir !== folder) return false;
  if (run.mounts.some((m) => m.type === "bind" || m.type === "secret" || m.type === "ssh")) return false;
  if (folder !== copy.workdir && (run.instruction.getFlags().length > 0 || folder.includes(" ") || folder.includes("$"))) return false;
  const between = copy.stage.instructions.filter((i) => {
    const k = i.getKeyword().toUpperCase();
    return k === "ENV" || k === "ARG" || k === "USER" || k === "SHELL" || k === "WORKDIR" && folder === copy.workdir;
  });
  return !between.some((i) => {
    const start = i.getRange().start;
    const line = start.line;
    return line > lineOf(copy) && line < lineOf(run);
  });
}
function lineOf(x) {
  return x.instruction.getRange().start.line;
}
function removeLines(file, run) {
  const start = lineStartAt(file, run.span.start);
  const nl = file.text.indexOf("\n", run.span.end);
  return { start, end: nl === -1 ? file.text.length : nl + 1, text: "" };
}
function copiesModuleCache(stage, before) {
  return stage.copies.some((c) => c.span.start < before && (c.fromStage !== void 0 || c.fromImage !== void 0) && c.sources.some((s) => {
    const p = normalize(s.text);
    return s.known && (p === "/go/pkg" || p === "/go/pkg/mod" || p === "/root/go/pkg" || p === "/root/go/pkg/mod");
  }));
}
function vendoredByDefault(model) {
  const context = model.workspace?.context;
  if (!context || context.kind("vendor/modules.txt") !== "file") return false;
  const go = parseGoMod(context.read("go.mod") ?? "").goVersion ?? model.goMod?.goVersion;
  return go !== void 0 && (compareGoVersions(go, "1.14") ?? -1) >= 0;
}

// src/rules/missing-ca-certificates.ts
var CA_BUNDLE = "/etc/ssl/certs/ca-certificates.crt";
var CERT_FILES = [
  CA_BUNDLE,
  "/etc/pki/tls/certs/ca-bundle.crt",
  "/etc/ssl/ca-bundle.pem",
  "/etc/pki/tls/cacert.pem",
  "/etc/pki/ca-trust/extracted/pem/tls-ca-bundle.pem",
  "/etc/ssl/cert.pem"
];
var CERT_DIRS = ["/etc/ssl", "/etc/pki", "/usr/share/ca-certificates", "/usr/local/share/ca-certificates"];
var missing_ca_certificates_default = defineRule({
  meta: {
    code: "GD012",
    name: "missing-ca-certificates",
    severity: "warning",
    fixable: ["safe"],
    precision: "high",
    tags: ["correctness"],
    docs: {
      summary: "The final image has no CA certificates (`scratch`, or a Debian/Ubuntu/busybox base that never installs them).",
      why: "Go's crypto/x509 reads the system trust store (`/etc/ssl/certs/ca-certificates.crt` and friends). `scratch` has none, nor do the plain `debian`, `ubuntu` and `busybox` images, so every outgoing HTTPS call fails at run time with `tls: failed to verify certificate: x509: certificate signed by unknown authority`, long after the image passed its build. Copy the bundle from the builder (the `golang` images have it), install `ca-certificates`, or use distroless, which ships it. On Debian and Ubuntu, installing `curl`, `wget` or `git` without `--no-install-recommends`, or `python3-pip`, brings the package along and counts. A binary that embeds its roots (`golang.org/x/crypto/x509roots/fallback`) does not need it; suppress the rule there. Judged for Go images: a Dockerfile that builds Go, or one that copies in a binary built before `docker build` (by a GoReleaser build or a Makefile target it matches, or in any repository that is a Go module, as long as the image says what to run and shows no other language).",
      bad: 'FROM golang:1.23 AS build\nWORKDIR /src\nCOPY . .\nRUN CGO_ENABLED=0 go build -trimpath -ldflags="-s -w" -o /out/app .\n\nFROM scratch\nCOPY --from=build /out/app /app\nUSER 65532:65532\nENTRYPOINT ["/app"]\n',
      good: 'FROM golang:1.23 AS build\nWORKDIR /src\nCOPY . .\nRUN CGO_ENABLED=0 go build -trimpath -ldflags="-s -w" -o /out/app .\n\nFROM scratch\nCOPY --from=build /etc/ssl/certs/ca-certificates.crt /etc/ssl/certs/\nCOPY --from=build /out/app /app\nUSER 65532:65532\nENTRYPOINT ["/app"]\n',
      fixSafety: "Safe: adds `COPY --from=<builder> /etc/ssl/certs/ca-certificates.crt /etc/ssl/certs/` after the final FROM; it only adds a file. Offered on scratch when a builder stage based on an image with CA certificates exists."
    },
    messages: {
      missing: 'the final image {{image}} has no CA certificates: HTTPS calls fail with "x509: certificate signed by unknown authority"; {{advice}}'
    }
  },
  check({ file, model }) {
    const reports = [];
    if (!isGoImage(file, model)) return reports;
    const final = finalImage(model);
    if (!final || final.facts.hasCaCerts !== false) return reports;
    if (providesCerts(model, final.stage)) return reports;
    const fix = final.facts.family === "scratch" ? copyBundleFix(file, model, final.stage) : void 0;
    const advice = final.facts.family === "scratch" ? `COPY ${CA_BUNDLE} from the builder` : final.facts.family === "debian" || final.facts.family === "ubuntu" ? "install the ca-certificates package (apt-get install -y ca-certificates)" : `install ca-certificates or COPY ${CA_BUNDLE} from the builder`;
    reports.push({ messageId: "missing", ...final.stage.imageSpan, data: { image: final.image, advice }, fix });
    return reports;
  }
});
function certSource(text) {
  const name = basename(text);
  if (name.endsWith(".crt") || name.endsWith(".pem")) return true;
  const path = resolvePath("/", text);
  return CERT_DIRS.some((d) => isWithin(path, d) || path !== "/" && isWithin(d, path));
}
function providesCerts(model, final) {
  const lineage = stageLineage(final);
  for (const stage of lineage) {
    for (const copy of stage.copies) {
      if (copy.dest === void 0) return true;
      if (CERT_DIRS.some((d) => isWithin(normalize(copy.dest), d))) return true;
      if (CERT_FILES.some((f) => copyPlaces(model, copy, f) !== "no")) return true;
      if (copy.sources.some((s) => !s.known || certSource(s.text))) return true;
    }
    for (const run of stage.runs) {
      for (const c of run.commands) {
        for (const { text: w } of c.words) {
          if (w === "ca-certificates" || w.startsWith("ca-certificates=") || w === "update-ca-certificates" || w === "ca-certificates-bundle") return true;
        }
        if (installsWithRecommends(c.words.map((w) => w.text))) return true;
      }
    }
  }
  return lineageInstructions(final).some((i) => i instanceof Env2 && i.getProperties().some((p) => p.getName() === "SSL_CERT_FILE" || p.getName() === "SSL_CERT_DIR"));
}
function copyBundleFix(file, model, final) {
  const lineage = stageLineage(final);
  const hasCerts = (s) => !lineage.includes(s) && rootFacts(s)?.hasCaCerts === true;
  const builds = [...model.goBuilds].reverse();
  const builder = builds.find((b) => b.shipped && hasCerts(b.stage))?.stage ?? builds.find((b) => hasCerts(b.stage))?.stage;
  if (!builder) return void 0;
  const ref = builder.from.getBuildStage() ?? String(builder.index);
  return {
    title: "Copy the CA bundle from the builder",
    applicability: "safe",
    edits: [insertAfterFrom(file, final, `COPY --from=${ref} ${CA_BUNDLE} /etc/ssl/certs/`)]
  };
}
var BRING_CERTS = /* @__PURE__ */ new Set(["curl", "wget", "git"]);
var DEPEND_ON_CERTS = /* @__PURE__ */ new Set(["python3-pip", "python3-requests"]);
function installsWithRecommends(words2) {
  const apt = words2.findIndex((w) => w === "apt-get" || w === "apt");
  if (apt === -1 || !words2.slice(apt + 1).includes("install")) return false;
  const recommends = !words2.some((w) => w === "--no-install-recommends" || w.includes("Install-Recommends"));
  return words2.some((w) => DEPEND_ON_CERTS.has(w) || recommends && BRING_CERTS.has(w));
}

// src/rules/unpinned-image.ts
var unpinned_image_default = defineRule({
  meta: {
    code: "GD013",
    name: "unpinned-image",
    severity: "warning",
    fixable: ["unsafe"],
    tags: ["reproducibility", "supply-chain"],
    docs: {
      summary: "A base image without a tag, with `:latest`, or a `golang` tag that names no Go version.",
      why: "An image without a tag means `:latest`, and `latest`, `golang:alpine` or `golang:bookworm` move to a new Go release or OS the day it ships: the same Dockerfile then builds a different binary, or stops building, without any change in the repository. Pin at least the Go minor version (`golang:1.23`, `golang:1.23-alpine`), or a digest for fully reproducible builds. A variant that is no longer published (`golang:alpine3.11`) does not move: it stopped at its last Go release, which the tag does not show; it is reported as information, with the same pin.",
      bad: 'FROM golang AS build\nWORKDIR /src\nCOPY . .\nRUN CGO_ENABLED=0 go build -trimpath -ldflags="-s -w" -o /out/app .\n\nFROM gcr.io/distroless/static-debian12:nonroot\nCOPY --from=build /out/app /app\nENTRYPOINT ["/app"]\n',
      good: 'FROM golang:1.23 AS build\nWORKDIR /src\nCOPY . .\nRUN CGO_ENABLED=0 go build -trimpath -ldflags="-s -w" -o /out/app .\n\nFROM gcr.io/distroless/static-debian12:nonroot\nCOPY --from=build /out/app /app\nENTRYPOINT ["/app"]\n',
      fixSafety: `Unsafe, and only for \`golang\` images: pins the tag to the Go minor release it gives today, never older (\`golang\` becomes \`golang:1.27\`, \`golang:alpine\` becomes \`golang:1.27-alpine\`, and \`golang:alpine3.19\`, which stopped at Go 1.23.4, becomes \`golang:1.23-alpine3.19\`), nor older than go.mod's \`go\` or \`toolchain\` line. "Today" is the newest release in golint-docker's table of published golang tags (checked ${GOLANG_TAGS_CHECKED}). Offered when that tag was published. Not offered, and the finding says why, when the variant was never published for that release (go.mod asks for a Go newer than the last \`alpine3.19\` image), when the table does not know the release yet, for Windows variants, and for a tag written with a variable. Other images get no fix: which version to pin is the author's choice.`
    },
    messages: {
      noTag: "{{image}} has no tag, which means :latest and changes under you; pin a version{{hint}}",
      latest: "{{image}} uses :latest, which changes under you; pin a version{{hint}}",
      floating: "{{image}} names no Go version and moves to each new Go release; pin one{{hint}}",
      frozen: "{{image}} names no Go version: the variant is no longer published and stopped at Go {{version}}, which the tag does not show; pin it{{hint}}"
    }
  },
  check({ file, model }) {
    const reports = [];
    for (const stage of model.stages) {
      if (stage.base.kind !== "image") continue;
      const { ref, facts } = stage.base;
      if (ref.digest) continue;
      const golang = facts.family === "golang";
      let messageId = ref.tag === void 0 ? "noTag" : ref.tag === "latest" ? "latest" : golang && facts.goVersion === void 0 && isOsTag(ref.tag) ? "floating" : void 0;
      if (!messageId) continue;
      const frozen = messageId === "floating" ? golangTagGo(ref.tag, stage.imageText) : void 0;
      if (frozen && frozen.atLeast === false) messageId = "frozen";
      const pin = golang ? pinTarget(file, stage, ref.tag, model.goMod) : void 0;
      const hint = !pin ? "" : "tag" in pin ? ` (e.g. golang:${pin.tag})` : `; not fixed automatically: ${pin.reason}`;
      const fix = pin && "tag" in pin ? pinFix(file, stage, ref.tag, pin) : void 0;
      const version = frozen?.version ?? "";
      reports.push({ messageId, ...stage.imageSpan, ...messageId === "frozen" ? { severity: "info" } : {}, data: { image: stage.imageText, hint, version }, fix });
    }
    return reports;
  }
});
function isOsTag(tag) {
  return tag.length > 0 && !(tag[0] >= "0" && tag[0] <= "9") && tag !== "latest" && !tag.startsWith("tip");
}
function pinTarget(file, stage, tag, goMod) {
  if (file.text.slice(stage.imageSpan.start, stage.imageSpan.end).includes("$")) return { reason: "the tag is written with a variable" };
  const suffix = tag === void 0 || tag === "latest" ? "" : tag;
  if (suffix.startsWith("windowsservercore") || suffix.startsWith("nanoserver")) return { reason: "Windows variants are not pinned automatically" };
  const today = golangTagGo(tag, stage.imageText);
  const floors = [today?.version, goMod?.goVersion, goMod?.toolchain ? toolchainGoVersion(goMod.toolchain) : void 0];
  let target;
  for (const f of floors) {
    const m = f === void 0 ? void 0 : goMinor(f);
    if (m !== void 0 && (target === void 0 || (compareGoVersions(m, target) ?? 0) > 0)) target = m;
  }
  if (!today || target === void 0) return { reason: `golint-docker does not know which Go golang:${suffix || "latest"} gives` };
  const newTag = suffix ? `${target}-${suffix}` : target;
  const published = golangTagPublished(target, suffix);
  if (published === false) return { reason: `golang:${newTag} was never published (go.mod needs Go ${target}, newer than golang:${suffix} gives)` };
  if (published === void 0) return { reason: `golint-docker's table of golang tags (checked ${GOLANG_TAGS_CHECKED}) does not know golang:${newTag}` };
  return { tag: newTag, floating: today.atLeast === true && target === goMinor(today.version) };
}
function pinFix(file, stage, tag, pin) {
  const from = stage.from;
  const title = `Pin golang:${pin.tag}${pin.floating ? ` (the newest Go as of ${GOLANG_TAGS_CHECKED})` : ""}`;
  const tagRange = from.getImageTagRange();
  if (tag !== void 0 && tagRange) {
    return { title, applicability: "unsafe", edits: [{ ...spanOf(file, tagRange), text: pin.tag }] };
  }
  const nameRange = from.getImageNameRange();
  if (!nameRange) return void 0;
  const at = spanOf(file, nameRange).end;
  return { title, applicability: "unsafe", edits: [{ start: at, end: at, text: `:${pin.tag}` }] };
}

// src/rules/go-version-mismatch.ts
var go_version_mismatch_default = defineRule({
  meta: {
    code: "GD014",
    name: "go-version-mismatch",
    severity: "error",
    fixable: ["unsafe"],
    tags: ["correctness"],
    docs: {
      summary: "The `golang` builder image is older than the `go` line of go.mod (read from the build context).",
      why: "Since Go 1.21 the `go` line of go.mod is a minimum. The official `golang` images set `GOTOOLCHAIN=local`, so an older toolchain refuses to build: `go: go.mod requires go >= 1.23 (running go 1.22.5; GOTOOLCHAIN=local)`. The Dockerfile and go.mod are edited in different pull requests, which is how they drift apart. golint-docker reads go.mod from the build context (the Dockerfile's folder, or `--context`). A Go before 1.21 does not refuse a newer go line: it builds, but code that uses what the newer release added fails to compile (reported as a warning; a pre-release such as `1.18beta1` speaks the language of its release). Not reported when an ENV or ARG `GOTOOLCHAIN` lets the go command fetch a new enough toolchain (`auto`, `go1.23.4`), when no Go command runs on the image (in its stage or a stage built FROM it), or when nothing of the build context reaches those stages (`go get example.com/cmd` builds a module fetched from elsewhere, with its own go.mod).",
      goMod: "module example.com/app\n\ngo 1.23\n",
      bad: '# go.mod says: go 1.23\nFROM golang:1.22 AS build\nWORKDIR /src\nCOPY . .\nRUN CGO_ENABLED=0 go build -trimpath -ldflags="-s -w" -o /out/app .\n\nFROM gcr.io/distroless/static-debian12:nonroot\nCOPY --from=build /out/app /app\nENTRYPOINT ["/app"]\n',
      good: '# go.mod says: go 1.23\nFROM golang:1.23 AS build\nWORKDIR /src\nCOPY . .\nRUN CGO_ENABLED=0 go build -trimpath -ldflags="-s -w" -o /out/app .\n\nFROM gcr.io/distroless/static-debian12:nonroot\nCOPY --from=build /out/app /app\nENTRYPOINT ["/app"]\n',
      fixSafety: "Unsafe (the build moves to a newer Go release): raises the version in the tag to go.mod's Go minor version, keeping the rest of the tag (`1.21-alpine` becomes `1.23-alpine`) where that release published it; where it did not, the nearest newer variant it published (`1.11.1-alpine3.8` becomes `1.20-alpine3.16`, not the never-published `1.20-alpine3.8`), as the fix's title says. A variant-only tag that stopped at an old release (`golang:alpine3.9`, Go 1.12.9) is reported too. When the tag comes from an ARG default (`FROM golang:${GO_VERSION}`), the ARG default is raised instead, only where the variant stays. Not offered, and the finding says why, for an image pinned by digest (the digest, not the tag, decides what is pulled), when the image builds with `go get`, which Go 1.18 and later no longer builds with (the raise would break it), or when no variant of that release fits (per golint-docker's table of published golang tags, checked " + GOLANG_TAGS_CHECKED + ")."
    },
    messages: {
      tooOld: 'golang:{{imageVersion}} is older than go.mod\'s `go {{required}}`: the build fails with "go.mod requires go >= {{required}} (running go {{imageVersion}}; GOTOOLCHAIN=local)"{{note}}',
      olderLanguage: "golang:{{imageVersion}} is older than go.mod's `go {{required}}`: a Go before 1.21 builds anyway (the go line became a minimum in Go 1.21), but code that uses what Go {{required}} added does not compile with it{{note}}"
    }
  },
  check({ file, model }) {
    const reports = [];
    const required = model.goMod?.goVersion;
    if (!required) return reports;
    const children = childStages(model);
    for (const stage of model.stages) {
      if (stage.base.kind !== "image" || stage.base.facts.family !== "golang") continue;
      const imageVersion = stage.base.facts.goVersion ?? frozenVersion(stage);
      if (!imageVersion) continue;
      const enforced = compareGoVersions(imageVersion, "1.21rc1") !== -1;
      if ((enforced ? goVersionSatisfies(imageVersion, required) : languageSatisfies(imageVersion, required)) !== false) continue;
      const stages = subtree(stage, children);
      const goRuns = stages.flatMap((s) => s.runs).filter(runsGo);
      if (goRuns.length === 0 || goRuns.every((r) => switchesToolchain(r, required))) continue;
      if (!stages.some((s) => reachesContext(model, s))) continue;
      const fix = getBreaks(model, stages, required) ?? raiseFix(file, stage, imageVersion, required);
      const note = typeof fix === "string" ? `; not fixed automatically: ${fix}` : "";
      const data = { imageVersion, required, note };
      if (enforced) reports.push({ messageId: "tooOld", ...stage.imageSpan, data, fix: typeof fix === "string" ? void 0 : fix });
      else reports.push({ messageId: "olderLanguage", ...stage.imageSpan, severity: "warning", data, fix: typeof fix === "string" ? void 0 : fix });
    }
    return reports;
  }
});
function languageSatisfies(imageVersion, required) {
  const minor = (v) => {
    const parts = v.split(".");
    let digits = 0;
    while (digits < (parts[1] ?? "").length && parts[1][digits] >= "0" && parts[1][digits] <= "9") digits++;
    return digits === 0 ? void 0 : `${parts[0]}.${parts[1].slice(0, digits)}`;
  };
  const a = minor(imageVersion);
  const b = minor(required);
  if (a === void 0 || b === void 0) return void 0;
  const c = compareGoVersions(a, b);
  return c === void 0 ? void 0 : c >= 0;
}
function reachesContext(model, stage) {
  const context = model.workspace?.context;
  for (const s of stageLineage(stage)) {
    for (const c of s.copies) {
      if (c.heredoc || c.fromImage !== void 0) continue;
      if (c.fromStage) return true;
      if (c.sources.some((src) => !src.known || !context || basename(src.text) === "go.mod" || context.kind(normalize(src.text)) !== "file")) return true;
    }
    for (const r of s.runs) if (r.mounts.some((m) => m.type === "bind" && m.from === void 0)) return true;
  }
  return false;
}
function getBreaks(model, stages, required) {
  if (compareGoVersions(required, "1.18") === -1) return void 0;
  const get2 = model.goBuilds.find((b) => b.verb === "get" && stages.includes(b.stage));
  return get2 ? "the image builds with `go get`, which Go 1.18 and later no longer use to build and install (`go install <package>@<version>` does)" : void 0;
}
function childStages(model) {
  const children = /* @__PURE__ */ new Map();
  for (const s of model.stages) {
    if (s.base.kind !== "stage") continue;
    const list2 = children.get(s.base.stage) ?? [];
    list2.push(s);
    children.set(s.base.stage, list2);
  }
  return children;
}
function subtree(stage, children) {
  const out = [stage];
  for (let i = 0; i < out.length; i++) for (const c of children.get(out[i]) ?? []) out.push(c);
  return out;
}
var GO_COMMANDS3 = /* @__PURE__ */ new Set(["go", "xx-go"]);
function runsGo(run) {
  return run.commands.some((c) => c.words.some((w) => GO_COMMANDS3.has(basename(w.text))));
}
function switchesToolchain(run, required) {
  const v = run.scope.get("GOTOOLCHAIN");
  if (!v?.known) return false;
  if (v.value === "auto" || v.value.endsWith("+auto")) return true;
  const named2 = toolchainGoVersion(v.value);
  return named2 !== void 0 && (compareGoVersions(named2, required) ?? -1) >= 0;
}
function frozenVersion(stage) {
  if (stage.base.kind !== "image") return void 0;
  const go = golangTagGo(stage.base.ref.tag, stage.imageText);
  return go && !go.atLeast ? go.version : void 0;
}
function variantOf(tag, imageVersion) {
  if (tag.startsWith(imageVersion)) return tag.slice(imageVersion.length + 1);
  return tag;
}
function raiseFix(file, stage, imageVersion, required) {
  if (stage.base.kind !== "image") return void 0;
  if (stage.base.ref.digest !== void 0) return "the image is pinned by digest";
  const parts = required.split(".");
  if (parts.length < 2) return void 0;
  const tag = stage.base.ref.tag ?? "";
  const versioned = tag.startsWith(imageVersion);
  const target = versioned && imageVersion.split(".").length >= 3 ? required : `${parts[0]}.${parts[1]}`;
  const variant = variantOf(tag, imageVersion);
  const chosen = closestGolangVariant(target, variant);
  if (chosen === void 0) return `no variant of golang:${target} fits golang:${tag} (per golint-docker's table of golang tags, checked ${GOLANG_TAGS_CHECKED})`;
  const newTag = chosen ? `${target}-${chosen}` : target;
  const title = chosen === variant ? `Use Go ${target}` : `Use golang:${newTag} (golang:${target}-${variant} was never published)`;
  const written = file.text.slice(stage.imageSpan.start, stage.imageSpan.end);
  const colon = written.lastIndexOf(":");
  if (colon !== -1 && written.startsWith(tag, colon + 1) && !written.includes("$", colon)) {
    const start = stage.imageSpan.start + colon + 1;
    return { title, applicability: "unsafe", edits: [{ start, end: start + tag.length, text: newTag }] };
  }
  if (chosen !== variant || !versioned) return void 0;
  for (const arg of file.dockerfile.getInitialARGs()) {
    if (!(arg instanceof Arg2)) continue;
    for (const p of arg.getProperties()) {
      const range = p.getValueRange();
      if (!range || !refersTo(written, p.getName()) || !(p.getValue() ?? "").startsWith(imageVersion)) continue;
      const span = spanOf(file, range);
      const j = file.text.slice(span.start, span.end).indexOf(imageVersion);
      if (j === -1) continue;
      return { title, applicability: "unsafe", edits: [{ start: span.start + j, end: span.start + j + imageVersion.length, text: target }] };
    }
  }
  return void 0;
}

// src/rules/obsolete-build-flags.ts
var obsolete_build_flags_default = defineRule({
  meta: {
    code: "GD015",
    name: "obsolete-build-flags",
    severity: "info",
    fixable: ["safe"],
    tags: ["maintainability", "build-speed"],
    docs: {
      summary: '`-a`, `-installsuffix cgo` or `-extldflags "-static"` on a build that already has cgo off.',
      why: 'These flags come from Go 1.4-era recipes for static binaries. With `CGO_ENABLED=0` the binary is static already: `-installsuffix cgo` has done nothing since Go 1.10 introduced the build cache, `-extldflags "-static"` only matters when the external (C) linker runs, which it does not without cgo, and `-a` forces every package, the standard library included, to be rebuilt on each build, throwing the build cache away for nothing.',
      bad: 'FROM golang:1.23 AS build\nWORKDIR /src\nCOPY . .\nRUN CGO_ENABLED=0 go build -a -installsuffix cgo -trimpath -ldflags="-s -w" -o /out/app .\n\nFROM gcr.io/distroless/static-debian12:nonroot\nCOPY --from=build /out/app /app\nENTRYPOINT ["/app"]\n',
      good: 'FROM golang:1.23 AS build\nWORKDIR /src\nCOPY . .\nRUN CGO_ENABLED=0 go build -trimpath -ldflags="-s -w" -o /out/app .\n\nFROM gcr.io/distroless/static-debian12:nonroot\nCOPY --from=build /out/app /app\nENTRYPOINT ["/app"]\n',
      fixSafety: 'Safe: removes the flags; with cgo off the binary is the same. Not reported while cgo is on, where `-extldflags "-static"` does link statically. `-a` and `-installsuffix` are not reported where the Go that runs the build predates 1.10: without a build cache, they are what keeps the standard library\'s cgo-built packages (net, os/user) out of a static binary.'
    },
    messages: {
      forceRebuild: "-a rebuilds every package on each build and defeats the build cache; with CGO_ENABLED=0 it is not needed for a static binary",
      installSuffix: "-installsuffix {{value}} has had no use since Go 1.10's build cache; remove it",
      extStatic: '-extldflags "-static" does nothing with CGO_ENABLED=0: the external linker never runs'
    }
  },
  check({ file, model }) {
    const reports = [];
    for (const build of model.goBuilds) {
      if (build.cgo.value !== "0") continue;
      const found = [];
      const text = build.file ? { ...file, text: build.file.text } : file;
      if (goVersionAtLeast(build.goVersion, "1.10") !== false) obsoleteFlags(found, text, build);
      else staticExtldflagsOnly(found, text, build);
      const place = buildPlace(build);
      for (const r of found) reports.push(build.file ? { ...r, file: place.file, anchor: place.anchor, fix: void 0 } : build.run.form === "exec" ? { ...r, fix: void 0 } : r);
    }
    return reports;
  }
});
function obsoleteFlags(out, file, build) {
  for (const flag of build.flags) {
    if (flag.name === "a" && flag.value === void 0) {
      out.push({ messageId: "forceRebuild", start: flag.nameWord.start, end: flag.nameWord.end, fix: { title: "Remove -a", applicability: "safe", edits: removeWord(file, flag.nameWord) } });
    } else if (flag.name === "installsuffix") {
      const span = { start: flag.nameWord.start, end: (flag.valueWord ?? flag.nameWord).end };
      out.push({ messageId: "installSuffix", ...span, data: { value: flag.value ?? "" }, fix: { title: "Remove -installsuffix", applicability: "safe", edits: removeWord(file, span) } });
    }
  }
  staticExtldflagsOnly(out, file, build);
}
function staticExtldflagsOnly(out, file, build) {
  const ld = build.ldflags;
  const flag = ld?.flag;
  if (!ld || !flag?.valueWord || !staticExtldflags(ld.flags)) return;
  const found = findExtldflags(file, flag.valueWord);
  if (!found) {
    out.push({ messageId: "extStatic", start: flag.valueWord.start, end: flag.valueWord.end });
    return;
  }
  out.push({ messageId: "extStatic", ...found.text, fix: { title: 'Remove -extldflags "-static"', applicability: "safe", edits: removalEdits(file, flag, found.removal) } });
}
function staticExtldflags(flags) {
  const i = flags.indexOf("-extldflags");
  const inline = flags.findIndex((f) => f.startsWith("-extldflags="));
  const value2 = i !== -1 ? flags[i + 1] : inline !== -1 ? flags[inline].slice("-extldflags=".length) : void 0;
  return value2 !== void 0 && value2.trim() === "-static";
}
var STATIC_FORMS = ['\\"-static\\"', '"-static"', "'-static'", "-static"];
function findExtldflags(file, word) {
  const raw = file.text.slice(word.start, word.end);
  const at = raw.indexOf("-extldflags");
  if (at === -1 || raw.indexOf("-extldflags", at + 1) !== -1) return void 0;
  let j = at + "-extldflags".length;
  if (raw[j] === "=") j++;
  else while (raw[j] === " ") j++;
  const form = STATIC_FORMS.find((f) => raw.startsWith(f, j));
  if (form === void 0) return void 0;
  let end = j + form.length;
  let start = at;
  while (start > 0 && raw[start - 1] === " ") start--;
  if (start === 0 || raw[start - 1] === '"' || raw[start - 1] === "'" || raw[start - 1] === "=") {
    start = at;
    while (raw[end] === " ") end++;
  }
  return { text: { start: word.start + at, end: word.start + j + form.length }, removal: { start: word.start + start, end: word.start + end } };
}
function removalEdits(file, flag, removal) {
  const value2 = flag.valueWord ?? flag.nameWord;
  const before = file.text.slice(value2.start, removal.start);
  const after = file.text.slice(removal.end, value2.end);
  const rest = flag.valueWord === flag.nameWord ? (before + after).slice((before + after).indexOf("=") + 1) : before + after;
  if ([...rest].every((c) => c === '"' || c === "'" || c === " " || c === "	")) return removeWord(file, { start: flag.nameWord.start, end: value2.end });
  return [{ ...removal, text: "" }];
}

// src/rules/secret-in-arg-env.ts
var SECRET_WORDS = /* @__PURE__ */ new Set(["token", "secret", "password", "passwd", "pwd", "pass", "apikey", "credential", "credentials", "netrc", "privatekey"]);
var SECRET_SUFFIXES = ["token", "secret", "password", "passwd", "apikey"];
var KEY_QUALIFIERS = /* @__PURE__ */ new Set(["api", "access", "private", "secret", "signing", "encryption", "client", "master", "ssh", "deploy", "license", "auth"]);
var NOT_SECRET = /* @__PURE__ */ new Set(["file", "path", "dir", "url", "name", "id", "type", "mode", "env", "public", "length", "endpoint", "header", "ttl", "timeout"]);
var secret_in_arg_env_default = defineRule({
  meta: {
    code: "GD016",
    name: "secret-in-arg-env",
    severity: "warning",
    precision: "medium",
    securitySeverity: 8,
    tags: ["security"],
    docs: {
      summary: "A credential passed through ARG or ENV (`GITHUB_TOKEN`, `NETRC`, `*_PASSWORD`, a URL with a password).",
      why: "Go builds of private modules need a token (GOPRIVATE repositories, a .netrc), and the easy way is `ARG GITHUB_TOKEN`. But ENV values are stored in the image config, and ARG values used by a RUN are recorded in the image history: anyone who can pull the image can read them with `docker history --no-trunc` or `docker inspect`. BuildKit secret mounts give the RUN the value without writing it anywhere: `RUN --mount=type=secret,id=netrc,target=/root/.netrc go mod download`, built with `docker build --secret id=netrc,src=$HOME/.netrc`. Names are matched per word (`GITHUB_TOKEN`, `githubToken`, `NPMTOKEN`); not reported when the value is a file path (`GOOGLE_APPLICATION_CREDENTIALS=/var/secrets/key.json`) or an ENV emptied on purpose (`ENV GITHUB_TOKEN=`), nor for names of pointers and settings (`TOKEN_FILE`, `KEYCLOAK_URL`, `PUBLIC_KEY`).",
      bad: 'FROM golang:1.23 AS build\nARG GITHUB_TOKEN\nENV GOPRIVATE=github.com/acme/*\nWORKDIR /src\nCOPY go.mod go.sum ./\nRUN git config --global url."https://${GITHUB_TOKEN}@github.com/".insteadOf "https://github.com/" && go mod download\nCOPY . .\nRUN CGO_ENABLED=0 go build -trimpath -ldflags="-s -w" -o /out/app .\n\nFROM gcr.io/distroless/static-debian12:nonroot\nCOPY --from=build /out/app /app\nENTRYPOINT ["/app"]\n',
      good: 'FROM golang:1.23 AS build\nENV GOPRIVATE=github.com/acme/*\nWORKDIR /src\nCOPY go.mod go.sum ./\nRUN --mount=type=secret,id=netrc,target=/root/.netrc go mod download\nCOPY . .\nRUN CGO_ENABLED=0 go build -trimpath -ldflags="-s -w" -o /out/app .\n\nFROM gcr.io/distroless/static-debian12:nonroot\nCOPY --from=build /out/app /app\nENTRYPOINT ["/app"]\n',
      fixSafety: "No automatic fix: the secret has to be passed to the build in a new way (`--secret`), which the Dockerfile alone cannot change."
    },
    messages: {
      secretName: "{{keyword}} {{name}} looks like a credential: its value is kept in the image {{where}}; pass it with RUN --mount=type=secret,id={{id}} instead",
      urlCredentials: "{{keyword}} {{name}} holds a URL with a user and password: it is kept in the image {{where}}; use RUN --mount=type=secret (e.g. a .netrc) instead"
    }
  },
  check({ file }) {
    const reports = [];
    for (const ins of file.dockerfile.getInstructions()) {
      if (!(ins instanceof Arg2) && !(ins instanceof Env2)) continue;
      const keyword2 = ins instanceof Env2 ? "ENV" : "ARG";
      const where = keyword2 === "ENV" ? "config (docker inspect)" : "history (docker history)";
      for (const p of ins.getProperties()) {
        const name = p.getName();
        const value2 = p.getValue();
        const secret = looksLikeSecret(name) && !harmlessValue(keyword2, value2);
        if (!secret && !hasUrlCredentials(value2 ?? "")) continue;
        const span = spanOf(file, p.getNameRange());
        const data = { keyword: keyword2, name, where, id: nameWords(name).join("-") };
        reports.push({ messageId: secret ? "secretName" : "urlCredentials", ...span, data });
      }
    }
    return reports;
  }
});
function nameWords(name) {
  const words2 = [];
  let cur = "";
  for (let i = 0; i < name.length; i++) {
    const c = name[i];
    if (c === "_" || c === "-" || c === ".") {
      if (cur) words2.push(cur);
      cur = "";
      continue;
    }
    const prev = name[i - 1] ?? "";
    const hump = c >= "A" && c <= "Z" && (prev >= "a" && prev <= "z" || prev >= "0" && prev <= "9");
    if (hump && cur) {
      words2.push(cur);
      cur = "";
    }
    cur += c.toLowerCase();
  }
  if (cur) words2.push(cur);
  return words2;
}
var SECRET_HINTS = ["token", "secret", "pass", "pwd", "key", "credential", "netrc", "auth"];
function looksLikeSecret(name) {
  const lower = name.toLowerCase();
  let hinted = false;
  for (const hint of SECRET_HINTS) if (lower.includes(hint)) hinted = true;
  if (!hinted) return false;
  const words2 = nameWords(name);
  if (words2.some((w) => NOT_SECRET.has(w))) return false;
  for (let i = 0; i < words2.length; i++) {
    const w = words2[i];
    if (SECRET_WORDS.has(w) || SECRET_SUFFIXES.some((s) => w.length > s.length && w.endsWith(s))) return true;
    if (w === "key" && i > 0 && KEY_QUALIFIERS.has(words2[i - 1])) return true;
    if (w === "auth" && i === words2.length - 1) return true;
  }
  return false;
}
function harmlessValue(keyword2, value2) {
  if (value2 === null) return false;
  if (keyword2 === "ENV" && value2 === "") return true;
  return value2.startsWith("/") && !value2.includes(" ") && !value2.includes("$");
}
function hasUrlCredentials(value2) {
  for (let i = value2.indexOf("://"); i !== -1; i = value2.indexOf("://", i + 3)) {
    let end = i + 3;
    while (end < value2.length && !AUTHORITY_END.has(value2[end])) end++;
    const authority = value2.slice(i + 3, end);
    const at = authority.lastIndexOf("@");
    if (at !== -1 && authority.slice(0, at).includes(":")) return true;
  }
  return false;
}
var AUTHORITY_END = /* @__PURE__ */ new Set(["/", "?", "#", ",", "|", " ", "	"]);

// src/rules/debug-image-in-final.ts
var debug_image_in_final_default = defineRule({
  meta: {
    code: "GD017",
    name: "debug-image-in-final",
    severity: "warning",
    fixable: ["unsafe"],
    tags: ["security"],
    docs: {
      summary: "The final stage uses a debug image: distroless `:debug`/`:debug-nonroot` or a Chainguard `-dev` tag.",
      why: "Debug variants add a busybox shell and tools so that you can `docker exec` into a container while investigating. Shipped to production, they hand the same shell to anyone who gets code execution in the service, and they defeat the point of a distroless image. Use `:nonroot` in the image you deploy, and an ephemeral debug container (`kubectl debug`) when you need a shell. Judged for Go images: a Dockerfile that builds Go, or one that copies in a binary built before `docker build` (by a GoReleaser build or a Makefile target it matches, or in any repository that is a Go module, as long as the image says what to run and shows no other language).",
      bad: 'FROM golang:1.23 AS build\nWORKDIR /src\nCOPY . .\nRUN CGO_ENABLED=0 go build -trimpath -ldflags="-s -w" -o /out/app .\n\nFROM gcr.io/distroless/static-debian12:debug-nonroot\nCOPY --from=build /out/app /app\nENTRYPOINT ["/app"]\n',
      good: 'FROM golang:1.23 AS build\nWORKDIR /src\nCOPY . .\nRUN CGO_ENABLED=0 go build -trimpath -ldflags="-s -w" -o /out/app .\n\nFROM gcr.io/distroless/static-debian12:nonroot\nCOPY --from=build /out/app /app\nENTRYPOINT ["/app"]\n',
      fixSafety: "Replaces the debug tag (in FROM, or in the default of the ARG that FROM names): `debug-nonroot` becomes `nonroot`, `latest-dev` becomes `latest` (same user), `debug` becomes `nonroot` (the user changes from root to 65532); an architecture suffix stays. Not offered for an image pinned by digest (the digest names the debug image). Unsafe: nothing in the image can use the shell afterwards. Not offered when the final image itself still uses the shell (RUN, SHELL, shell-form CMD/ENTRYPOINT/HEALTHCHECK, a command that starts a shell, or no ENTRYPOINT of its own on distroless `:debug`, whose default ENTRYPOINT is /busybox/sh)."
    },
    messages: {
      debugImage: "{{image}} is a debug image: it adds a busybox shell to the final image; use :{{suggested}} for the image you ship"
    }
  },
  check({ file, model }) {
    const reports = [];
    if (!isGoImage(file, model)) return reports;
    const final = model.final;
    if (!final) return reports;
    let shell;
    for (const stage of stageLineage(final)) {
      if (stage.base.kind !== "image" || !stage.base.facts.debug) continue;
      shell ??= usesShell(file, final);
      const tag = stage.base.ref.tag;
      const suggested = tag === void 0 ? void 0 : replacementTag(tag);
      reports.push({
        messageId: "debugImage",
        ...stage.imageSpan,
        data: { image: stage.imageText, suggested: suggested ?? "nonroot" },
        // A digest pins the debug image whatever the tag says: the new digest is the author's to pick.
        fix: suggested !== void 0 && tag !== void 0 && stage.base.ref.digest === void 0 && !shell ? tagFix(file, model, stage, tag, suggested) : void 0
      });
    }
    return reports;
  }
});
function replacementTag(tag) {
  if (tag.startsWith("debug-nonroot")) return "nonroot" + tag.slice("debug-nonroot".length);
  if (tag.startsWith("debug")) return "nonroot" + tag.slice("debug".length);
  if (tag.endsWith("-dev")) return tag.slice(0, -"-dev".length);
  return void 0;
}
function usesShell(file, stage) {
  if (lineageInstructions(stage).some((i) => i instanceof Run2 || i.getKeyword() === "SHELL")) return true;
  const { cmd, entrypoint, healthcheck: healthcheck2 } = effectiveRuntime(stage);
  if (!entrypoint && stageLineage(stage).some((s) => s.base.kind === "image" && s.base.facts.family === "distroless" && s.base.facts.debug)) return true;
  for (const ins of [entrypoint, cmd, healthcheck2]) {
    if (!ins) continue;
    if (ins === healthcheck2 && (ins.getArgumentsContent() ?? "").trim().toUpperCase() === "NONE") continue;
    const exec = execCommand(file, ins);
    if (!exec || exec.length > 0 && isShellProgram(exec[0])) return true;
  }
  return false;
}
function tagFix(file, model, stage, tag, suggested) {
  const imageRaw = file.text.slice(stage.imageSpan.start, stage.imageSpan.end);
  let span;
  if (!imageRaw.includes("$")) {
    const range = stage.from.getImageTagRange();
    span = range ? spanOf(file, range) : void 0;
  } else {
    span = argTagSpan(file, model, imageRaw, tag);
  }
  if (!span || file.text.slice(span.start, span.end) !== tag) return void 0;
  return { title: `Use :${suggested}`, applicability: "unsafe", edits: [{ ...span, text: suggested }] };
}
function soleVariable(text) {
  let name = "";
  if (text.startsWith("${") && text.endsWith("}")) name = text.slice(2, -1);
  else if (text.startsWith("$")) name = text.slice(1);
  if (name.length === 0) return void 0;
  for (const c of name) {
    const ok = c >= "A" && c <= "Z" || c >= "a" && c <= "z" || c >= "0" && c <= "9" || c === "_";
    if (!ok) return void 0;
  }
  return name;
}
function argTagSpan(file, model, imageRaw, tag) {
  const name = soleVariable(imageRaw);
  if (name === void 0) return void 0;
  const users = model.stages.filter((s) => file.text.slice(s.imageSpan.start, s.imageSpan.end).includes(name));
  if (users.length !== 1) return void 0;
  const firstFrom = model.stages[0] ? spanOf(file, model.stages[0].from.getRange()).start : 0;
  const decls = file.dockerfile.getInstructions().filter((i) => i instanceof Arg2 && spanOf(file, i.getRange()).start < firstFrom).flatMap((a) => a.getProperties().filter((p) => p.getName() === name));
  if (decls.length !== 1) return void 0;
  const valueRange = decls[0].getValueRange();
  if (!valueRange) return void 0;
  const value2 = spanOf(file, valueRange);
  const raw = file.text.slice(value2.start, value2.end);
  if (raw.includes("$") || raw.includes("\\") || raw.includes('"') || raw.includes("'")) return void 0;
  const at = raw.lastIndexOf(":" + tag);
  if (at === -1 || at < raw.lastIndexOf("/")) return void 0;
  const start = value2.start + at + 1;
  const end = start + tag.length;
  return end === value2.end ? { start, end } : void 0;
}

// src/rules/untrusted-registry.ts
var OPTIONS2 = {
  trustedRegistries: {
    type: "list",
    format: "registry-pattern",
    description: "The only registries images may come from (untrusted-registry, GD018): hosts (gcr.io; docker.io is Docker Hub), host patterns (*.gcr.io) or hosts with a path (registry.corp.example/gcr)",
    flag: { name: "trusted-registry", description: "Registries images may come from (GD018 untrusted-registry; repeat or separate with commas): gcr.io, *.gcr.io, registry.corp.example/gcr; replaces trustedRegistries of the config file" }
  }
};
var untrusted_registry_default = defineRule({
  meta: {
    code: "GD018",
    name: "untrusted-registry",
    severity: "error",
    fixable: ["safe"],
    options: OPTIONS2,
    securitySeverity: 5,
    tags: ["security", "supply-chain"],
    docs: {
      summary: "An image comes from a registry that `trustedRegistries` does not list (only when it is configured).",
      why: "Teams that pull base images only from registries they control (a mirror that scans images, a pull-through cache, an allow-list in admission control) want every `FROM`, `COPY --from=<image>` and `RUN --mount=from=<image>` to name one of them: an image pulled from Docker Hub directly bypasses the scanning, hits Docker Hub's pull limits in CI, and is rejected at deploy time by a policy the build never checked. The rule runs only when `trustedRegistries` is set; Docker Hub is `docker.io`, also for images written without a registry (`golang:1.23`). An entry is a host (`gcr.io`), a host pattern (`*.gcr.io`) or a host with a path (`registry.corp.example/gcr`). Like hadolint's DL3026, with the same configuration key.",
      bad: 'FROM golang:1.23 AS build\nWORKDIR /src\nCOPY . .\nRUN CGO_ENABLED=0 go build -trimpath -ldflags="-s -w" -o /out/app .\n\nFROM gcr.io/distroless/static-debian12:nonroot\nCOPY --from=build /out/app /app\nENTRYPOINT ["/app"]\n',
      good: 'FROM corp.jfrog.io/docker-remote/golang:1.23 AS build\nWORKDIR /src\nCOPY . .\nRUN CGO_ENABLED=0 go build -trimpath -ldflags="-s -w" -o /out/app .\n\nFROM gcr.io/distroless/static-debian12:nonroot\nCOPY --from=build /out/app /app\nENTRYPOINT ["/app"]\n',
      config: {
        yaml: "trustedRegistries: [gcr.io, corp.jfrog.io/docker-remote]\nmirrors:\n  corp.jfrog.io/docker-remote: docker.io",
        options: { trustedRegistries: ["gcr.io", "corp.jfrog.io/docker-remote"] }
      },
      fixSafety: "Safe, when `mirrors` in the configuration names a trusted mirror of the image's registry: the image is then written as pulled through it (`golang:1.23` becomes `corp.jfrog.io/docker-remote/golang:1.23`), the same image by the mirror's contract; the tag, digest and any variables are kept. Without such a mirror there is no fix: which registry to use is the team's decision."
    },
    messages: {
      untrusted: "{{image}} comes from {{registry}}, which trustedRegistries does not list ({{trusted}}){{hint}}"
    }
  },
  check({ file, model, options }) {
    const trusted = options.trustedRegistries;
    const reports = [];
    if (trusted === void 0) return reports;
    const check = (ref, span, image) => {
      if (isTrusted(ref, trusted)) return;
      const fix = mirrorFix(file.text.slice(span.start, span.end), span, ref, model.mirrors, trusted);
      const hint = fix ? `; pull it through ${fix.mirror}` : "";
      reports.push({
        messageId: "untrusted",
        ...span,
        data: { image, registry: ref.registry ?? "docker.io", trusted: trusted.join(", ") || "none", hint },
        fix: fix?.fix
      });
    };
    for (const stage of model.stages) {
      if (stage.base.kind === "image") check(stage.base.ref, stage.imageSpan, stage.imageText);
      for (const copy of stage.copies) {
        if (copy.fromImage === void 0 || !copy.fromImageKnown || !copy.fromImageSpan) continue;
        const ref = parseImageRef(copy.fromImage);
        if (ref) check(ref, copy.fromImageSpan, copy.fromImage);
      }
      for (const run of stage.runs) {
        for (const m of run.mounts) {
          if (m.from === void 0 || !m.fromSpan || m.from.includes("$") || namesStage(model.stages, stage, m.from)) continue;
          const ref = parseImageRef(m.from);
          if (ref) check(ref, m.fromSpan, m.from);
        }
      }
    }
    return reports;
  }
});
function namesStage(stages, stage, from) {
  const key = from.toLowerCase();
  return stages.some((s) => s.index < stage.index && (s.name === key || String(s.index) === key));
}
function isTrusted(ref, trusted) {
  const registry = ref.registry ?? "docker.io";
  const name = canonicalName(ref);
  for (const entry of trusted) {
    const t = entry.toLowerCase();
    if (t.includes("/") ? name === t || name.startsWith(t + "/") : hostMatches(registry, t)) return true;
  }
  return false;
}
function hostMatches(host, pattern) {
  if (!pattern.includes("*")) return host === pattern || pattern === "docker.io" && host === "index.docker.io";
  const parts = pattern.split("*");
  if (!host.startsWith(parts[0])) return false;
  let at = parts[0].length;
  for (let i = 1; i < parts.length - 1; i++) {
    const k = host.indexOf(parts[i], at);
    if (k === -1) return false;
    at = k + parts[i].length;
  }
  const last = parts[parts.length - 1];
  return host.length - last.length >= at && host.endsWith(last) && !host.slice(at, host.length - last.length).includes("/");
}
function mirrorFix(written, span, ref, mirrors, trusted) {
  const end = nameEnd(written);
  if (mirrors.length === 0 || written.slice(0, end).includes("$")) return void 0;
  const canonical = canonicalName(ref);
  const mirror = pickMirror(canonical, mirrors, "upstream");
  if (!mirror) return void 0;
  const pulled = throughMirror(canonical, [mirror]);
  const pulledRef = parseImageRef(pulled);
  if (!pulledRef || !isTrusted(pulledRef, trusted)) return void 0;
  return {
    mirror: mirror.mirror,
    fix: { title: "Pull the image through the trusted mirror", applicability: "safe", edits: [{ start: span.start, end: span.start + end, text: pulled }] }
  };
}
function canonicalName(ref) {
  if (ref.registry !== void 0) return `${ref.registry}/${ref.repository}`;
  return `docker.io/${ref.repository.includes("/") ? ref.repository : `library/${ref.repository}`}`;
}
function nameEnd(written) {
  const at = written.indexOf("@");
  const head = at === -1 ? written : written.slice(0, at);
  const colon = head.indexOf(":", Math.max(0, head.lastIndexOf("/")));
  return colon !== -1 ? colon : head.length;
}

// src/rules/build-platform-mismatch.ts
var PLATFORM_ARGS2 = ["TARGETOS", "TARGETARCH"];
var build_platform_mismatch_default = defineRule({
  meta: {
    code: "GD019",
    name: "build-platform-mismatch",
    severity: "error",
    fixable: ["safe"],
    tags: ["correctness", "multi-platform"],
    precision: "high",
    docs: {
      summary: "A builder stage `FROM --platform=$BUILDPLATFORM` whose shipped `go build` sets no GOARCH from TARGETARCH.",
      why: "`FROM --platform=$BUILDPLATFORM` runs the builder on the build machine's own platform, so that a multi-platform build (`docker buildx build --platform linux/amd64,linux/arm64`) compiles natively instead of under emulation. The go command then builds for the machine it runs on, unless GOOS and GOARCH say otherwise: without `GOARCH=$TARGETARCH` every platform's image gets the build machine's binary, and the arm64 image fails at once with `exec /app: exec format error`. TARGETOS and TARGETARCH are only visible in a stage that declares them (`ARG TARGETOS TARGETARCH`): `GOARCH=$TARGETARCH` without the ARG is empty, which the go command takes as unset. Not reported when GOARCH is set some other way (ENV, an exported variable, `go env -w`, a value of its own), for `xx-go` builds (tonistiigi/xx sets GOOS and GOARCH itself, also after `xx-go --wrap`), for builds that do not ship, for a GOOS of another system (`GOOS=darwin`: a release artifact the image does not run), for a builder whose image is picked by the target platform (`FROM --platform=$BUILDPLATFORM toolchain:${TARGETARCH}`, also through global ARGs: a per-target cross toolchain whose environment cannot be seen), or when the builder has no `--platform` or `--platform=$TARGETPLATFORM` (it then builds on the target platform).",
      bad: 'FROM --platform=$BUILDPLATFORM golang:1.23 AS build\nWORKDIR /src\nCOPY . .\nRUN CGO_ENABLED=0 go build -trimpath -ldflags="-s -w" -o /out/app .\n\nFROM gcr.io/distroless/static-debian12:nonroot\nCOPY --from=build /out/app /app\nENTRYPOINT ["/app"]\n',
      good: 'FROM --platform=$BUILDPLATFORM golang:1.23 AS build\nARG TARGETOS TARGETARCH\nWORKDIR /src\nCOPY . .\nRUN CGO_ENABLED=0 GOOS=$TARGETOS GOARCH=$TARGETARCH go build -trimpath -ldflags="-s -w" -o /out/app .\n\nFROM gcr.io/distroless/static-debian12:nonroot\nCOPY --from=build /out/app /app\nENTRYPOINT ["/app"]\n',
      fixSafety: "Safe: declares `ARG TARGETOS TARGETARCH` after the builder's FROM (the names it does not declare yet) and writes `GOOS=$TARGETOS GOARCH=$TARGETARCH ` in front of the `go` command (only `GOARCH=` when GOOS is already set). The build for the build machine's own platform is the same as before; the other platforms get a binary they can run. Only the ARG is added when GOARCH already names an undeclared `$TARGETARCH`. Not offered for an exec-form RUN (no shell expands `$TARGETARCH` there), for a go command written in a Makefile or script the RUN runs (the finding points there; the file may also run outside the image build), for a go command run through a wrapper (`time`, `exec`, `xargs`: the prefix would be the command it runs), nor for a build with cgo on purpose (`CGO_ENABLED=1`, `CGO_CFLAGS`, `CC`): a cgo cross build needs a C cross compiler (tonistiigi/xx provides one)."
    },
    messages: {
      buildMachineBinary: "`go {{verb}}` runs on the build machine's platform (FROM --platform={{platform}}) and sets no GOARCH: every platform's image gets the build machine's binary, which fails with \"exec format error\" on the others; build with GOOS=$TARGETOS GOARCH=$TARGETARCH",
      undeclaredTarget: 'GOARCH comes from $TARGETARCH, which this stage does not declare: it is empty, so `go {{verb}}` builds for the build machine (FROM --platform={{platform}}) and the other platforms\' images fail with "exec format error"; add ARG TARGETARCH to the stage'
    }
  },
  check({ file, model }) {
    if (model.finalLineage.some((s) => onBuildPlatform(s))) return [];
    const reports = [];
    for (const build of model.goBuilds) {
      if (!build.shipped || !onBuildPlatform(build.stage) || setsTarget(build) || otherOs(build) || usesXx(build) || imageByTarget(build.stage)) continue;
      const platform = stagePlatform(build.stage)?.text ?? "$BUILDPLATFORM";
      const undeclared = build.goarch.source !== "default" && refersTo(build.goarch.word?.text ?? "", "TARGETARCH") && !build.run.scope.has("TARGETARCH");
      const noFix = noFixReason(build);
      const data = { verb: build.verb, platform };
      if (undeclared) {
        const word = build.goarch.word && !build.file ? build.goarch.word : void 0;
        const at = word ? { start: word.start, end: word.end } : buildPlace(build);
        const names = refersTo(build.goos.word?.text ?? "", "TARGETOS") ? PLATFORM_ARGS2 : ["TARGETARCH"];
        const declareNoFix = build.file ? cgoReason(build) : noFix;
        const fix = declareNoFix ? void 0 : declareFix(file, build.stage, build, names);
        reports.push({ messageId: "undeclaredTarget", ...at, data, ...fix ? { fix } : declareNoFix ? { noFix: declareNoFix } : {} });
        continue;
      }
      reports.push({ messageId: "buildMachineBinary", ...buildPlace(build), data, ...noFix ? { noFix } : { fix: targetFix(file, build) } });
    }
    return reports;
  }
});
function onBuildPlatform(stage) {
  const p = stagePlatform(stage)?.text;
  if (p === void 0) return false;
  if (isVariable(p, "BUILDPLATFORM")) return true;
  const slash = p.indexOf("/");
  return slash !== -1 && isVariable(p.slice(0, slash), "BUILDOS") && isVariable(p.slice(slash + 1), "BUILDARCH");
}
function isVariable(text, name) {
  if (text === `$${name}` || text === `\${${name}}`) return true;
  return text.endsWith("}") && (text.startsWith(`\${${name}:-`) || text.startsWith(`\${${name}-`));
}
function setsTarget(build) {
  return build.goarch.source !== "default" && build.goarch.value !== "" && build.goarch.value !== null;
}
function usesXx(build) {
  if (basename(build.goWord.text) === "xx-go") return true;
  for (const stage of stageLineage(build.stage)) {
    for (const run of stage.runs) {
      if (stage === build.stage && run.span.start > build.run.span.start) continue;
      for (const cmd of run.commands) {
        const words2 = cmd.words.map((w) => w.text);
        if (words2.length > 1 && basename(words2[0]) === "xx-go" && words2.includes("--wrap")) return true;
      }
    }
  }
  return false;
}
function otherOs(build) {
  return build.goos.source !== "default" && typeof build.goos.value === "string" && build.goos.value !== "" && !build.goos.value.includes("$") && build.goos.value !== "linux";
}
function imageByTarget(stage) {
  return stageLineage(stage).some((s) => s.imageByTarget === true);
}
function noFixReason(build) {
  if (build.file) return `the go command is in ${build.file.path}, which may also run outside this image build`;
  if (build.run.form === "exec") return "an exec-form RUN does not expand $TARGETARCH";
  const wrapper = goWrapper(build);
  if (wrapper) return `the go command runs through \`${wrapper}\`, which would take GOOS=... for the command to run`;
  return cgoReason(build);
}
function cgoReason(build) {
  return build.cgo.value === "1" || build.cgoFlags ? "cgo is on on purpose, and a cgo cross build needs a C cross compiler" : void 0;
}
function declareFix(file, stage, build, names) {
  const missing = names.filter((n) => !build.run.scope.has(n));
  if (missing.length === 0) return void 0;
  return { title: `Declare ARG ${missing.join(" ")}`, applicability: "safe", edits: [insertAfterFrom(file, stage, `ARG ${missing.join(" ")}`)] };
}
function targetFix(file, build) {
  const setsOs = build.goos.source !== "default" && build.goos.value !== "" && build.goos.value !== null;
  const prefix = setsOs ? ["GOARCH=$TARGETARCH"] : ["GOOS=$TARGETOS", "GOARCH=$TARGETARCH"];
  const needed = setsOs ? ["TARGETARCH"] : [...PLATFORM_ARGS2];
  const edits = [];
  const declare = declareFix(file, build.stage, build, needed);
  if (declare) edits.push(...declare.edits);
  edits.push(insertArgsBefore(commandForm(build.run), build.goWord, prefix.join(" "), prefix));
  return { title: `Build with ${prefix.join(" ")}`, applicability: "safe", edits };
}

// src/parse/pragmas.ts
var PRAGMA_PREFIX = "golint-docker";
function parsePragma(content) {
  let pos = skipBlanks(content, 0);
  if (!content.startsWith(PRAGMA_PREFIX, pos)) return void 0;
  pos += PRAGMA_PREFIX.length;
  if (pos < content.length && content[pos] !== " " && content[pos] !== "	") return void 0;
  pos = skipBlanks(content, pos);
  let global = false;
  if (content.startsWith("global", pos)) {
    global = true;
    pos = skipBlanks(content, pos + "global".length);
  }
  if (!content.startsWith("ignore", pos)) return void 0;
  pos = skipBlanks(content, pos + "ignore".length);
  if (content[pos] !== "=") return void 0;
  pos++;
  const hash = content.indexOf("#", pos);
  const end = hash === -1 ? content.length : hash;
  const keys = [];
  for (let i = pos; i <= end; ) {
    const comma = content.indexOf(",", i);
    const stop = comma === -1 || comma > end ? end : comma;
    const raw = content.slice(i, stop);
    const lead = raw.length - raw.trimStart().length;
    const k = raw.trim();
    if (k.length > 0) keys.push({ key: /^gd[0-9]+$/i.test(k) ? k.toUpperCase() : k.toLowerCase(), start: i + lead, end: i + lead + k.length });
    i = stop + 1;
  }
  return keys.length > 0 ? { global, keys } : void 0;
}
function skipBlanks(s, pos) {
  while (pos < s.length && (s[pos] === " " || s[pos] === "	")) pos++;
  return pos;
}
function commentLines(file) {
  const out = [];
  for (const d of file.dockerfile.getDirectives()) {
    const span = spanOf(file, d.getRange());
    const text = file.text.slice(span.start, span.end);
    const hash = text.indexOf("#");
    const eq = text.indexOf("=");
    if (hash === -1 || eq === -1 || !/\s/.test(text.slice(hash + 1, eq).trim())) continue;
    out.push({ line: d.getRange().start.line, content: text.slice(hash + 1), start: span.start + hash + 1 });
  }
  for (const c of file.dockerfile.getComments()) {
    const range = c.getContentRange();
    if (range) out.push({ line: c.getRange().start.line, content: c.getContent(), start: spanOf(file, range).start });
    else out.push({ line: c.getRange().start.line, content: "", start: spanOf(file, c.getRange()).end });
  }
  return out;
}

// src/rules/unknown-suppression.ts
var unknown_suppression_default = defineRule({
  meta: {
    code: "GD020",
    name: "unknown-suppression",
    severity: "warning",
    tags: ["correctness"],
    docs: {
      summary: "A `# golint-docker ignore=` comment names a rule that does not exist.",
      why: "A suppression comment with a misspelled code or name (`GD04`, `final-run-as-root`) suppresses nothing: the finding it was meant to silence is still reported, or, worse, a later edit that makes it apply is never noticed. Like ESLint's report of unused disable directives and Ruff's RUF100, each name in the comment must be a rule's code (GD004) or name (final-runs-as-root).",
      bad: '# golint-docker global ignore=GD13\nFROM golang:1.23 AS build\nWORKDIR /src\nCOPY . .\nRUN CGO_ENABLED=0 go build -trimpath -ldflags="-s -w" -o /out/app .\n\nFROM gcr.io/distroless/static-debian12:nonroot\nCOPY --from=build /out/app /app\nENTRYPOINT ["/app"]\n',
      good: '# golint-docker global ignore=GD013\nFROM golang:1.23 AS build\nWORKDIR /src\nCOPY . .\nRUN CGO_ENABLED=0 go build -trimpath -ldflags="-s -w" -o /out/app .\n\nFROM gcr.io/distroless/static-debian12:nonroot\nCOPY --from=build /out/app /app\nENTRYPOINT ["/app"]\n',
      fixSafety: "No automatic fix: which rule was meant is the author's to say (the message suggests the nearest name)."
    },
    messages: {
      unknown: '"{{key}}" in this suppression comment names no rule, so it suppresses nothing; use a code (GD001) or a rule name{{hint}}'
    }
  },
  check({ file, ruleKeys }) {
    const reports = [];
    if (!ruleKeys || !file.text.includes(PRAGMA_PREFIX)) return reports;
    for (const comment of commentLines(file)) {
      const pragma = parsePragma(comment.content);
      if (!pragma) continue;
      const base = comment.start;
      for (const k of pragma.keys) {
        if (ruleKeys.has(k.key)) continue;
        const near = nearestName(k.key, ruleKeys, k.key.length <= 5 ? 1 : 2);
        reports.push({ messageId: "unknown", start: base + k.start, end: base + k.end, data: { key: k.key, hint: near ? `; did you mean ${near}?` : "" } });
      }
    }
    return reports;
  }
});

// src/rules/index.ts
var ALL = [
  cgo_not_disabled_default,
  ldflags_not_stripped_default,
  final_not_minimal_default,
  final_runs_as_root_default,
  build_cache_leak_default,
  shell_form_without_shell_default,
  run_without_shell_default,
  user_name_without_passwd_default,
  entrypoint_not_in_image_default,
  missing_trimpath_default,
  module_cache_busting_default,
  missing_ca_certificates_default,
  unpinned_image_default,
  go_version_mismatch_default,
  obsolete_build_flags_default,
  secret_in_arg_env_default,
  debug_image_in_final_default,
  untrusted_registry_default,
  build_platform_mismatch_default,
  unknown_suppression_default
];
var RULES = ALL;
function findRule2(key) {
  const k = key.trim();
  return RULES.find((r) => r.meta.code === k.toUpperCase() || r.meta.name === k.toLowerCase());
}

// src/rules/options.ts
var REGISTRY = "write host[/path] with no scheme, tag or digest, e.g. registry.corp.example/gcr";
var FORMATS = {
  image: { check: (v) => parseImageRef(v) !== void 0, noun: "image", expected: "an image reference such as gcr.io/distroless/static-debian12:nonroot" },
  registry: { check: isRegistryPrefix, noun: "registry", expected: `a registry; ${REGISTRY}` },
  "registry-pattern": { check: isRegistryPattern, noun: "registry", expected: `a registry; ${REGISTRY}, or a host pattern such as *.gcr.io` },
  // Rule keys are checked by the configuration parser, which knows the registry.
  rule: { check: () => true, noun: "rule", expected: "a rule code (GD001) or name" }
};
function resolveOptions(spec, given, mirrors) {
  const out = {};
  if (!spec) return out;
  for (const key of Object.keys(spec)) out[key] = resolveValue(spec[key], given?.[key], mirrors);
  return out;
}
function resolveValue(spec, value2, mirrors) {
  switch (spec.type) {
    case "string":
      if (typeof value2 === "string") return value2;
      if (spec.default === void 0) return void 0;
      return spec.format === "image" ? throughMirror(spec.default, mirrors) : spec.default;
    case "list":
      if (typeof value2 === "string") return [value2];
      return Array.isArray(value2) ? value2 : void 0;
    case "map":
      return value2 !== null && typeof value2 === "object" ? value2 : void 0;
    case "object": {
      const given = value2 !== null && typeof value2 === "object" ? value2 : {};
      const out = {};
      for (const key of Object.keys(spec.properties)) out[key] = resolveValue(spec.properties[key], given[key], mirrors);
      return out;
    }
  }
}

// src/suppress.ts
function collectSuppressions(file) {
  const global = /* @__PURE__ */ new Set();
  const scoped = [];
  if (!file.text.includes(PRAGMA_PREFIX)) return { global, scoped };
  const pragmasByLine = /* @__PURE__ */ new Map();
  const commentLines2 = /* @__PURE__ */ new Set();
  for (const comment of commentLines(file)) {
    const line = comment.line;
    commentLines2.add(line);
    const pragma = parsePragma(comment.content);
    if (!pragma) continue;
    if (pragma.global) pragma.keys.forEach((k) => global.add(k.key));
    else pragmasByLine.set(line, pragma.keys.map((k) => k.key));
  }
  if (pragmasByLine.size === 0) return { global, scoped };
  const instructions = file.dockerfile.getInstructions();
  for (let i = 0; i < instructions.length; i++) {
    const ins = instructions[i];
    const keys = /* @__PURE__ */ new Set();
    for (let line = ins.getRange().start.line - 1; line >= 0 && commentLines2.has(line); line--) {
      pragmasByLine.get(line)?.forEach((k) => keys.add(k));
    }
    if (keys.size === 0) continue;
    let span = spanOf(file, ins.getRange());
    if (ins.getKeyword() === "FROM") {
      let j = i + 1;
      while (j < instructions.length && instructions[j].getKeyword() !== "FROM") j++;
      const last = instructions[j - 1];
      span = { start: span.start, end: spanOf(file, last.getRange()).end };
    }
    scoped.push({ span, keys });
  }
  return { global, scoped };
}
function isSuppressed(s, code, name, at) {
  if (s.global.has(code) || s.global.has(name)) return true;
  return s.scoped.some((x) => at >= x.span.start && at <= x.span.end && (x.keys.has(code) || x.keys.has(name)));
}

// src/lint.ts
var MAX_FINDINGS = 1e3;
function lintText(text, options = {}) {
  let file;
  try {
    file = createSourceFile(options.path ?? "Dockerfile", text);
    const problems = structuralProblems(file);
    if (problems.length > 0) return { ok: false, file, error: problems[0] };
    return lintSource(file, options);
  } catch (e) {
    return { ok: false, file, error: { message: `internal error${e instanceof RuleError ? ` in rule ${e.rule}` : ""}: ${describeError(e)}` } };
  }
}
function lintSource(file, options = {}) {
  const model = buildModel(file, { goMod: options.goMod, mirrors: options.mirrors, workspace: options.workspace });
  let capped = false;
  const runner = ruleRunner(file, options);
  const run = (m) => {
    const r = runner(m);
    capped ||= r.capped;
    return r.findings;
  };
  const findings = run(model);
  if (model.platformVariants) for (const f of platformFindings(file, options, model.platformVariants, findings, run)) findings.push(f);
  findings.sort(byPlace);
  if (capped || findings.length > MAX_FINDINGS) {
    findings.length = Math.min(findings.length, MAX_FINDINGS);
    return { ok: true, file, model, findings, others: othersOf(file, model, findings), truncated: true };
  }
  return { ok: true, file, model, findings, others: othersOf(file, model, findings) };
}
function byPlace(a, b) {
  if (a.file !== b.file) return a.file === void 0 ? -1 : b.file === void 0 ? 1 : a.file < b.file ? -1 : 1;
  return a.start - b.start || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0) || a.end - b.end;
}
function othersOf(file, model, findings) {
  const wanted = /* @__PURE__ */ new Set();
  for (const f of findings) {
    if (f.file !== void 0) wanted.add(f.file);
    for (const e of f.fix?.edits ?? []) if (e.file !== void 0) wanted.add(e.file);
  }
  if (wanted.size === 0) return [];
  const out = [];
  for (const other of otherFiles(model)) {
    const shown = shownPath(file.path, model.workspace?.dockerfilePath, other.path);
    if (wanted.has(shown) && !out.some((o) => o.path === shown)) out.push({ path: shown, repositoryPath: other.path, text: other.text });
  }
  return out;
}
function otherFiles(model) {
  const files = [];
  for (const b of [...model.goBuilds, ...model.hostBuilds.flatMap((h) => h.command ? [h.command] : [])]) {
    if (b.file) files.push(b.file);
    for (const m of b.cgoMistakes) if (m.file) files.push(m.file);
  }
  for (const b of model.hostBuilds) files.push(b.file);
  return files;
}
function shownPath(dockerfileShown, dockerfileInRepository, repositoryPath2) {
  if (dockerfileInRepository === void 0) return repositoryPath2;
  const up = dirname(dockerfileInRepository);
  const fromDockerfile = relativePath(up === "." ? "" : up, repositoryPath2);
  const shownDir = dockerfileShown.includes("/") ? dockerfileShown.slice(0, dockerfileShown.lastIndexOf("/")) : "";
  if (shownDir === "") return fromDockerfile;
  const joined = normalize(`${shownDir}/${fromDockerfile}`);
  return joined;
}
function relativePath(from, to) {
  const a = from === "" ? [] : from.split("/");
  const b = to.split("/");
  let k = 0;
  while (k < a.length && k < b.length - 1 && a[k] === b[k]) k++;
  return [...a.slice(k).map(() => ".."), ...b.slice(k)].join("/");
}
var RuleError = class extends Error {
  constructor(rule, cause) {
    super(describeError(cause));
    this.rule = rule;
    this.cause = cause;
  }
  rule;
  cause;
};
function describeError(e) {
  if (e instanceof RangeError && /call stack/i.test(e.message)) return "the file nests too deeply to analyse";
  const message = e instanceof Error ? e.message : String(e);
  return message.split("\n")[0].slice(0, 200);
}
function ruleRunner(file, options) {
  const suppressions = collectSuppressions(file);
  const ignored = new Set((options.ignore ?? []).map(normalizeKey));
  const severity = new Map(Object.entries(options.severity ?? {}).map(([k, v]) => [normalizeKey(k), v]));
  return (model) => {
    const findings = [];
    let capped = false;
    for (const rule of options.rules ?? RULES) {
      const { code, name } = rule.meta;
      if (ignored.has(code) || ignored.has(name)) continue;
      const configured = severity.get(code) ?? severity.get(name);
      if (configured === "off") continue;
      let seen;
      let reports;
      try {
        reports = rule.check({ file, model, options: optionsOf(rule, options), ruleKeys: RULE_KEYS });
      } catch (e) {
        throw new RuleError(`${code} (${name})`, e);
      }
      let kept = 0;
      for (const report of guarded(reports, `${code} (${name})`)) {
        if (kept === MAX_FINDINGS) {
          capped = true;
          break;
        }
        if (isSuppressed(suppressions, code, name, report.file ? report.anchor ?? -1 : report.start)) continue;
        const shown = report.file ? shownPath(file.path, model.workspace?.dockerfilePath, report.file.path) : void 0;
        const key = `${report.messageId}:${shown ?? ""}:${report.start}:${report.end}`;
        seen ??= /* @__PURE__ */ new Set();
        if (seen.has(key)) continue;
        seen.add(key);
        const text = report.file ?? file;
        const start = lineColumn(text, report.start);
        const end = lineColumn(text, report.end);
        findings.push({
          code,
          rule: name,
          severity: configured ?? report.severity ?? rule.meta.severity,
          messageId: report.messageId,
          message: reportMessage(rule.meta.messages[report.messageId], report),
          ...shown !== void 0 ? { file: shown } : {},
          start: report.start,
          end: report.end,
          line: start.line,
          column: start.column,
          endLine: end.line,
          endColumn: end.column,
          fix: report.fix && shownEdits(report.fix, file.path, model.workspace?.dockerfilePath),
          ...report.fix === void 0 && report.noFix ? { noFix: report.noFix } : {}
        });
        kept++;
      }
    }
    return { findings, capped };
  };
}
function* guarded(reports, rule) {
  const it = reports[Symbol.iterator]();
  for (; ; ) {
    let next;
    try {
      next = it.next();
    } catch (e) {
      throw new RuleError(rule, e);
    }
    if (next.done) return;
    yield next.value;
  }
}
function shownEdits(fix, dockerfileShown, dockerfileInRepository) {
  if (!fix.edits.some((e) => e.file !== void 0)) return fix;
  return { ...fix, edits: fix.edits.map((e) => e.file === void 0 ? e : { ...e, file: shownPath(dockerfileShown, dockerfileInRepository, e.file) }) };
}
function platformFindings(file, options, variants, found, run) {
  const place = (f) => `${f.code}:${f.messageId}:${f.start}:${f.end}`;
  const known3 = new Set(found.map(place));
  const extra = /* @__PURE__ */ new Map();
  for (const platform of variants) {
    const [name, value2] = Object.entries(platform)[0];
    for (const f of run(buildModel(file, { goMod: options.goMod, mirrors: options.mirrors, workspace: options.workspace, platform }))) {
      if (known3.has(place(f))) continue;
      const key = `${place(f)}:${f.message}`;
      const seen = extra.get(key);
      if (seen) seen.values.push(value2);
      else extra.set(key, { finding: f, name, values: [value2] });
    }
  }
  return [...extra.values()].map(({ finding, name, values }) => {
    const message = finding.noFix ? finding.message.slice(0, finding.message.length - noFixClause(finding.noFix).length) : finding.message;
    return { ...finding, message: values.length === variants.length ? message : `${message} (when ${name}=${values.join(" or ")})`, fix: void 0, noFix: void 0 };
  });
}
function optionsOf(rule, options) {
  if (!rule.meta.options) return NO_OPTIONS;
  const last = RESOLVED.get(rule);
  if (last && last.given === options.options && last.mirrors === options.mirrors) return last.value;
  const value2 = resolveOptions(rule.meta.options, options.options, options.mirrors);
  RESOLVED.set(rule, { given: options.options, mirrors: options.mirrors, value: value2 });
  return value2;
}
var RULE_KEYS = new Set(RULES.flatMap((r) => [r.meta.code, r.meta.name]));
var NO_OPTIONS = Object.freeze({});
var RESOLVED = /* @__PURE__ */ new WeakMap();
function normalizeKey(key) {
  return /^gd[0-9]+$/i.test(key) ? key.toUpperCase() : key.toLowerCase();
}

// src/model/workspace.ts
var DEFAULT_READ_LIMIT = 256 * 1024;
function withTexts(ws, texts) {
  if (texts.size === 0) return ws;
  const inContext2 = (p) => {
    const clean = cleanPath(p).join("/");
    return ws.contextPath === "" ? clean : clean === "" ? ws.contextPath : `${ws.contextPath}/${clean}`;
  };
  const over = (tree, toRepository) => ({
    kind: (p) => tree.kind(p),
    list: (p) => tree.list(p),
    read: (p, limit) => {
      const text = texts.get(toRepository(p));
      return text !== void 0 && tree.kind(p) === "file" ? text : tree.read(p, limit);
    }
  });
  return { ...ws, repository: over(ws.repository, (p) => cleanPath(p).join("/")), context: over(ws.context, inContext2) };
}

// src/fix.ts
var MAX_FIX_PASSES = 10;
function fixText(text, options = {}) {
  const first = lintText(text, options);
  if (!first.ok) return { ok: false, error: first.error };
  let result = first;
  const bom = result.file.bom;
  const loop = new FixLoop(options, result);
  let current = { dockerfile: result.file.text, others: /* @__PURE__ */ new Map() };
  let previous;
  const applied = [];
  const rejected = [];
  let passes = 0;
  while (passes < MAX_FIX_PASSES) {
    const candidates = result.findings.filter(
      (f) => f.fix && (f.fix.applicability === "safe" || options.unsafe) && !(options.dockerfileOnly && f.fix.edits.some((e) => e.file !== void 0)) && !rejected.some((r) => r.code === f.code && r.title === f.fix?.title)
    );
    if (candidates.length === 0) break;
    const pass = loop.pass(current, result.findings, candidates, rejected);
    if (!pass) break;
    passes++;
    if (sameTexts(pass.texts, current)) break;
    if (previous && sameTexts(pass.texts, previous)) break;
    for (const f of pass.applied) applied.push(describe(f));
    previous = current;
    current = pass.texts;
    result = pass.result;
  }
  const final = result;
  return {
    ok: true,
    output: restoreBom({ bom }, current.dockerfile),
    changed: current.dockerfile !== loop.original,
    files: loop.changedFiles(current),
    others: final.others,
    applied,
    findings: final.findings,
    ...final.truncated ? { truncated: true } : {},
    rejected,
    passes
  };
}
var FixLoop = class {
  constructor(options, first) {
    this.options = options;
    this.original = first.file.text;
    this.learn(first);
  }
  options;
  original;
  /** Other files by shown path: their repository paths and original texts. */
  files = /* @__PURE__ */ new Map();
  learn(result) {
    if (!result.ok) return;
    for (const o of result.others) if (!this.files.has(o.path)) this.files.set(o.path, { repositoryPath: o.repositoryPath, original: o.text });
  }
  originals() {
    return { dockerfile: this.original, others: /* @__PURE__ */ new Map() };
  }
  /** Lint the Dockerfile's text with the workspace showing the other files' current texts. */
  lint(texts) {
    const byRepository = /* @__PURE__ */ new Map();
    for (const [shown, text] of texts.others) {
      const f = this.files.get(shown);
      if (f) byRepository.set(f.repositoryPath, text);
    }
    const ws = this.options.workspace;
    const result = lintText(texts.dockerfile, ws && byRepository.size > 0 ? { ...this.options, workspace: withTexts(ws, byRepository) } : this.options);
    this.learn(result);
    return result;
  }
  /**
   * One pass. When it leaves a file worse (unparseable, or with an error-severity finding that was
   * not there), the fixes that are fine on their own are kept and the others named. Undefined
   * when nothing is left to apply.
   */
  pass(current, before, candidates, rejected) {
    const all = applyAll(current, candidates, this.files);
    const linted = this.lint(all.texts);
    if (linted.ok && this.worse(before, all.texts, linted) === void 0) return { ...all, result: linted };
    let texts = current;
    let base = before;
    const kept = [];
    for (const f of all.applied) {
      const alone = applyAll(texts, [f], this.files);
      const check = this.lint(alone.texts);
      const reason = this.worse(base, alone.texts, check);
      if (check.ok && reason === void 0) {
        texts = alone.texts;
        base = check.findings;
        kept.push(f);
      } else rejected.push({ ...describe(f), reason });
    }
    const result = this.lint(texts);
    if (!result.ok || kept.length === 0) return void 0;
    return { texts, applied: kept, result };
  }
  /**
   * Why fixed texts are worse than the findings before them: the Dockerfile cannot be linted, an
   * edited file can no longer be read (a GoReleaser file that is no longer YAML), or an
   * error-severity finding is there that was not. Undefined when they are not.
   */
  worse(before, texts, after) {
    if (!after.ok) return "it would leave the file unparseable";
    for (const shown of texts.others.keys()) {
      if (after.model.unreadable?.has(this.files.get(shown)?.repositoryPath ?? "")) return `it would leave ${shown} unreadable`;
    }
    const count = (list2) => {
      const m = /* @__PURE__ */ new Map();
      for (const f of list2) if (f.severity === "error") m.set(`${f.code}:${f.messageId}`, (m.get(`${f.code}:${f.messageId}`) ?? 0) + 1);
      return m;
    };
    const was = count(before);
    for (const [key, n] of count(after.findings)) {
      if (n > (was.get(key) ?? 0)) {
        const added = after.findings.find((f) => f.severity === "error" && `${f.code}:${f.messageId}` === key);
        return `it would add an error: ${added?.code} (${added?.rule}) at line ${added?.line}`;
      }
    }
    return void 0;
  }
  changedFiles(current) {
    const out = [];
    for (const [shown, output] of current.others) {
      const f = this.files.get(shown);
      if (f && output !== f.original) out.push({ path: shown, repositoryPath: f.repositoryPath, original: f.original, output });
    }
    return out;
  }
};
function sameTexts(a, b) {
  if (a.dockerfile !== b.dockerfile) return false;
  const keys = /* @__PURE__ */ new Set([...a.others.keys(), ...b.others.keys()]);
  for (const k of keys) if ((a.others.get(k) ?? null) !== (b.others.get(k) ?? null)) return false;
  return true;
}
function describe(f) {
  return { code: f.code, rule: f.rule, title: f.fix?.title ?? "" };
}
function applyAll(current, findings, files) {
  const textOf = (file) => file === void 0 ? current.dockerfile : current.others.get(file) ?? files.get(file)?.original;
  const applied = chooseFixes(findings, textOf);
  const byFile = /* @__PURE__ */ new Map();
  for (const f of applied) for (const e of f.fix.edits) pushTo(byFile, e.file, e);
  const texts = { dockerfile: current.dockerfile, others: new Map(current.others) };
  for (const [file, edits] of byFile) {
    const next = applyEdits(textOf(file), edits);
    if (file === void 0) texts.dockerfile = next;
    else texts.others.set(file, next);
  }
  return { texts, applied };
}
function chooseFixes(findings, textOf) {
  const single = [];
  const multi = [];
  for (const f of findings) {
    if (!f.fix || f.fix.edits.length === 0 || !editsValid(f.fix, textOf)) continue;
    const ranges = rangesByFile(f.fix.edits);
    if (ranges.size === 1) {
      const [[file2, r]] = ranges;
      single.push({ f, file: file2, ...r });
    } else multi.push({ f, ranges });
  }
  const applied = [];
  const taken = /* @__PURE__ */ new Map();
  const overlaps = (file2, r) => (taken.get(file2) ?? []).some((t) => r.start <= t.end && t.start <= r.end);
  for (const { f, ranges } of multi) {
    if ([...ranges].some(([file2, r]) => overlaps(file2, r))) continue;
    for (const [file2, r] of ranges) pushTo(taken, file2, r);
    applied.push(f);
  }
  single.sort((a, b) => (a.file ?? "") < (b.file ?? "") ? -1 : (a.file ?? "") > (b.file ?? "") ? 1 : a.start - b.start || a.end - b.end || a.f.code.localeCompare(b.f.code));
  let file = null;
  let lastEnd = -1;
  for (const c of single) {
    if (c.file !== file) {
      file = c.file;
      lastEnd = -1;
    }
    if (c.start <= lastEnd || overlaps(c.file, c)) continue;
    lastEnd = c.end;
    applied.push(c.f);
  }
  return applied;
}
function rangesByFile(edits) {
  const out = /* @__PURE__ */ new Map();
  for (const e of edits) {
    const r = out.get(e.file);
    out.set(e.file, r ? { start: Math.min(r.start, e.start), end: Math.max(r.end, e.end) } : { start: e.start, end: e.end });
  }
  return out;
}
function applyEdits(text, edits) {
  let out = "";
  let pos = 0;
  for (const e of [...edits].sort((a, b) => a.start - b.start)) {
    out += text.slice(pos, e.start) + e.text;
    pos = e.end;
  }
  return out + text.slice(pos);
}
function editsValid(fix, textOf) {
  const edits = [...fix.edits].sort((a, b) => (a.file ?? "").localeCompare(b.file ?? "") || a.start - b.start);
  for (let i = 0; i < edits.length; i++) {
    const e = edits[i];
    const text = textOf(e.file);
    if (text === void 0 || e.start < 0 || e.end > text.length || e.start > e.end) return false;
    if (i > 0 && edits[i - 1].file === e.file && e.start < edits[i - 1].end) return false;
  }
  return true;
}

// src/docs.ts
function fixLabel(rule) {
  const f = rule.meta.fixable ?? [];
  if (f.length === 0) return "none";
  if (f.length === 2) return "safe or unsafe, per finding";
  return f[0] === "safe" ? "safe" : "unsafe";
}
function ruleDocMarkdown(rule) {
  const { meta } = rule;
  const fix = fixLabel(rule);
  return [
    `# ${meta.name} (${meta.code})`,
    "",
    meta.docs.summary,
    "",
    `Severity: **${meta.severity}** \xB7 Fix: ${fix} (safe fixes apply with \`--fix\`, unsafe ones also need \`--unsafe-fixes\`) \xB7 Tags: ${meta.tags.join(", ")}`,
    "",
    "## Why",
    "",
    meta.docs.why,
    "",
    "## Example",
    "",
    ...meta.docs.config ? ["With this in `.golint-docker.yaml` (the rule reports nothing without it):", "", "```yaml", meta.docs.config.yaml, "```", ""] : [],
    "Reported:",
    "",
    "```dockerfile",
    meta.docs.bad.trimEnd(),
    "```",
    "",
    "Not reported:",
    "",
    "```dockerfile",
    meta.docs.good.trimEnd(),
    "```",
    "",
    "## Fix",
    "",
    meta.docs.fixSafety,
    "",
    ...optionsSection(meta.options),
    "## Suppress",
    "",
    "```dockerfile",
    `# golint-docker ignore=${meta.code}`,
    "```",
    "",
    `on the line above the instruction (above \`FROM\` for the whole stage), \`# golint-docker global ignore=${meta.code}\` for the file, or \`ignore: [${meta.code}]\` in \`.golint-docker.yaml\`.`,
    ""
  ].join("\n");
}
function rulesTableMarkdown(rules) {
  const rows = rules.map((r) => `| ${r.meta.code} | [${r.meta.name}](docs/rules/${r.meta.name}.md) | ${r.meta.severity} | ${fixLabel(r)} | ${r.meta.docs.summary.replace(/\|/g, "\\|")} |`);
  return ["| code | name | severity | fix | what it finds |", "|---|---|---|---|---|", ...rows].join("\n");
}
var TABLE_START = "<!-- rules-table:start (generated by npm run docs) -->";
var TABLE_END = "<!-- rules-table:end -->";
function withRulesTable(readme, rules) {
  const start = readme.indexOf(TABLE_START);
  const end = readme.indexOf(TABLE_END);
  if (start === -1 || end === -1 || end < start) return readme;
  return readme.slice(0, start + TABLE_START.length) + "\n" + rulesTableMarkdown(rules) + "\n" + readme.slice(end);
}
function optionsSection(options) {
  const rows = [];
  const add2 = (key, spec) => {
    if (spec.type === "object") {
      for (const [name, p] of Object.entries(spec.properties)) add2(`${key}.${name}`, p);
      return;
    }
    const kind = spec.type === "list" ? "list" : spec.type === "map" ? "mapping" : "string";
    const extra = [
      spec.type === "string" && spec.default ? `default \`${spec.default}\`` : void 0,
      spec.type === "list" && spec.flag ? `flag \`--${spec.flag.name}\` (replaces the file's list)` : void 0
    ].filter(Boolean);
    rows.push(`- \`${key}\` (${kind}${extra.length ? `; ${extra.join("; ")}` : ""}): ${spec.description}`);
  };
  for (const [key, spec] of Object.entries(options ?? {})) add2(key, spec);
  if (rows.length === 0) return [];
  return ["## Options", "", "In `.golint-docker.yaml`:", "", ...rows, ""];
}

// src/index.ts
var import_schema = require("./config/schema");
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  RULES,
  configJsonSchema,
  findRule,
  fixText,
  lintText,
  parseConfig,
  parseGoMod,
  ruleDocMarkdown,
  rulesTableMarkdown,
  withRulesTable
});
