/** The console's delegation texts, merged into the tables of ../i18n.ts; zh must name every key of en. */
export const en = {
  delegationSignInIntro:
    'A bank customer signs in with its key file and its account id. A session key made with "silkchain identity delegate" signs in with the account id of the member that delegated it: it signs only in the modules delegated to it, and only until it expires.',
  delegationAccountLabel: 'Account id (optional)',
  delegationAccountHint: '64 hex digits. Leave empty for a member signing with its own key.',
  delegationEncryptionKeyLabel: 'Encryption key (optional)',
  delegationEncryptionKeyHint: 'The encryption.key file, opened with the same passphrase: needed to read sealed documents.',
  delegationEncryptionKeyProblem: 'Encryption key file:',
  delegationSessionUntil: '(session key, valid until {time})',
  delegationProblem_BAD_ACCOUNT_ID: 'The account id must be 64 hexadecimal digits.',
  delegationProblem_NO_ACCOUNT: 'There is no account {account} on the chain.',
  delegationProblem_FROZEN: 'Account {account} is frozen: it cannot sign.',
  delegationProblem_NOT_A_KEY:
    'This key is neither a key of account {account} nor a session key it delegated (or the delegation was revoked). Check the account id.',
  delegationProblem_DELEGATED_BY_OTHER: 'This session key was delegated by account {other}, not by {account}.',
  delegationProblem_DELEGATION_EXPIRED: 'This session key expired at {time}: delegate a new one.',
  delegationProblem_MULTI_SIGNATURE: 'Account {account} needs several signatures: session keys serve single-signature accounts only.',
};

export const zh: Record<keyof typeof en, string> = {
  delegationSignInIntro:
    '银行客户使用其密钥文件和账户 ID 登录。通过 “silkchain identity delegate” 生成的会话密钥需填写授权成员的账户 ID：它只能在被授权的模块内签名，且仅在到期前有效。',
  delegationAccountLabel: '账户 ID（可选）',
  delegationAccountHint: '64 位十六进制数字。成员使用自己的密钥登录时留空。',
  delegationEncryptionKeyLabel: '加密密钥（可选）',
  delegationEncryptionKeyHint: 'encryption.key 文件，使用同一口令打开：阅读加密文件时需要。',
  delegationEncryptionKeyProblem: '加密密钥文件：',
  delegationSessionUntil: '（会话密钥，有效期至 {time}）',
  delegationProblem_BAD_ACCOUNT_ID: '账户 ID 必须是 64 位十六进制数字。',
  delegationProblem_NO_ACCOUNT: '链上不存在账户 {account}。',
  delegationProblem_FROZEN: '账户 {account} 已被冻结，无法签名。',
  delegationProblem_NOT_A_KEY: '此密钥既不是账户 {account} 的密钥，也不是其授权的会话密钥（或授权已撤销）。请检查账户 ID。',
  delegationProblem_DELEGATED_BY_OTHER: '此会话密钥由账户 {other} 授权，而非 {account}。',
  delegationProblem_DELEGATION_EXPIRED: '此会话密钥已于 {time} 到期：请重新授权一个。',
  delegationProblem_MULTI_SIGNATURE: '账户 {account} 需要多个签名：会话密钥仅适用于单签名账户。',
};
