export {
  readXml,
  readXmlProlog,
  xmlRoot,
  xmlLocation,
  XmlError,
  DEFAULT_MAX_TEXT_LENGTH,
  MAX_DEPTH,
  type Attributes,
  type XmlErrorCode,
  type XmlHandlers,
  type XmlOptions,
} from './reader.js';
