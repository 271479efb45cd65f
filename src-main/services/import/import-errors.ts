import { UserFacingError } from '../user-facing-error';

/** The whole file cannot be imported; nothing of it was written. Message in Chinese, for the owner. */
export class ImportRefused extends UserFacingError {
  constructor(
    readonly file: string,
    message: string,
  ) {
    super(`${file}：${message}`);
    this.name = 'ImportRefused';
  }
}

/** No known order header in the first rows; the file may still import with a column mapping. */
export class HeaderNotFound extends ImportRefused {
  constructor(file: string) {
    super(file, '开头几行里找不到订单表头（如「订单编号」「订单状态」），这不像订单导出文件。');
    this.name = 'HeaderNotFound';
  }
}

export class ImportCancelled extends Error {
  constructor() {
    super('导入已取消，客户本没有任何改动。');
    this.name = 'ImportCancelled';
  }
}

/** The book changed between the preview and the commit; the commit was rolled back. */
export class ImportOutdated extends Error {
  constructor() {
    super('预览之后客户本有了变化（可能在别处导入过），这次没有写入。请重新预览后再导入。');
    this.name = 'ImportOutdated';
  }
}
