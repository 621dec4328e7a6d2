<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>ConfigLoader</name>
    <message>
        <source>missing required key</source>
        <translation>必須のキーがありません</translation>
    </message>
    <message>
        <source>secrets are not read from config files: give a command that prints it (refresh_token_command or password_command), or sign in with the app to keep it in the system keychain</source>
        <translation>秘密情報は設定ファイルからは読み込みません: 秘密情報を出力するコマンド (refresh_token_command または password_command) を指定するか、アプリでサインインしてシステムのキーチェーンに保存してください</translation>
    </message>
    <message>
        <source>give client_secret or client_secret_command, not both</source>
        <translation>client_secret と client_secret_command は、どちらか一方だけを指定してください</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an http(s) URL</source>
        <translation>「%1」は http(s) の URL ではありません</translation>
    </message>
    <message>
        <source>%1: %2: %3</source>
        <extracomment>%1 is the config file, %2 the key path (profiles[1].direction), %3 the problem</extracomment>
        <translation>%1: %2: %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Could not read the config file %1: %2</source>
        <translation>設定ファイル %1 を読み込めませんでした: %2</translation>
    </message>
    <message>
        <source>line %1, column %2 (offset %3): invalid JSON: %4</source>
        <extracomment>%1 line, %2 column, %3 byte offset, %4 Qt&apos;s description of the JSON error</extracomment>
        <translation>%1 行目、%2 列目 (オフセット %3): JSON が正しくありません: %4</translation>
    </message>
    <message>
        <source>the top level must be a JSON object with &quot;accounts&quot; and &quot;profiles&quot;</source>
        <translation>最上位は &quot;accounts&quot; と &quot;profiles&quot; を含む JSON オブジェクトにしてください</translation>
    </message>
    <message>
        <source>an account name must not be empty</source>
        <translation>アカウント名は空にできません</translation>
    </message>
    <message>
        <source>expected %1, found %2</source>
        <extracomment>%1 e.g. &quot;a string&quot;, %2 e.g. &quot;a number&quot;</extracomment>
        <translation>%1を指定してください (指定された値の種類: %2)</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>オブジェクト</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already the name of %2</source>
        <translation>「%1」は %2 の名前としてすでに使われています</translation>
    </message>
    <message>
        <source>there is no account &quot;%1&quot; in accounts</source>
        <translation>accounts にアカウント「%1」がありません</translation>
    </message>
    <message>
        <source>account &quot;%1&quot; is not a zoho account; crm must name a Zoho CRM account</source>
        <translation>アカウント「%1」は zoho アカウントではありません。crm には Zoho CRM のアカウントを指定してください</translation>
    </message>
    <message>
        <source>account &quot;%1&quot; is a zoho account; remote must name the other side (for example a folder account)</source>
        <translation>アカウント「%1」は zoho アカウントです。remote には連携先のアカウント (folder アカウントなど) を指定してください</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>true/false</source>
        <translation>true/false</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>数値</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>文字列</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>配列</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>空にはできません</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true または false</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>整数</translation>
    </message>
    <message>
        <source>%1 is not a whole number</source>
        <translation>%1 は整数ではありません</translation>
    </message>
    <message>
        <source>%1 is not between %2 and %3</source>
        <translation>%1 は %2 から %3 までの範囲外です</translation>
    </message>
    <message>
        <source>an array of strings</source>
        <translation>文字列の配列</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of %2</source>
        <extracomment>%1 the value found, %2 the allowed values</extracomment>
        <translation>「%1」は指定できません (指定できる値: %2)</translation>
    </message>
    <message>
        <source>unknown key</source>
        <translation>不明なキーです</translation>
    </message>
    <message>
        <source>only applies when conflict is &quot;merge&quot;</source>
        <translation>conflict が &quot;merge&quot; の場合にのみ有効です</translation>
    </message>
    <message>
        <source>must not be empty: leave it out to use the default map</source>
        <translation>空にはできません: 既定の項目の関連付けを使う場合は、このキーを省略してください</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is mapped more than once</source>
        <translation>「%1」が複数回関連付けられています</translation>
    </message>
    <message>
        <source>a CRM field name must not be empty</source>
        <translation>CRM の項目名は空にできません</translation>
    </message>
    <message>
        <source>only applies to the Events and Tasks modules, not %1</source>
        <translation>予定とタスクのモジュールにのみ有効です (%1 には使えません)</translation>
    </message>
    <message>
        <source>password_command is given, so a username is needed too</source>
        <translation>password_command を指定した場合は、ユーザー名も指定してください</translation>
    </message>
    <message>
        <source>account &quot;%1&quot; is a %2 account, which cannot hold %3</source>
        <translation>アカウント「%1」は %2 アカウントのため、%3 は扱えません</translation>
    </message>
</context>
<context>
    <name>ConfigOptions</name>
    <message>
        <source>The config file (JSON; see docs/configuration.md).</source>
        <translation>設定ファイル (JSON 形式。docs/configuration.md を参照)。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Where the sync state is kept (default: %1).</source>
        <translation>同期状態を保存する場所 (初期値: %1)。</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <source>Print one JSON object instead of text.</source>
        <translation>テキストの代わりに JSON オブジェクトを 1 つ出力します。</translation>
    </message>
    <message>
        <source>--config FILE is required</source>
        <translation>--config FILE を指定してください</translation>
    </message>
</context>
<context>
    <name>CrmFieldCheck</name>
    <message>
        <source>profile %1: the CRM&apos;s %2 module has no field %3; check the profile&apos;s field_map</source>
        <translation>プロファイル %1: CRM の %2 タブに項目 %3 がありません。プロファイルの field_map を確認してください</translation>
    </message>
</context>
<context>
    <name>DavMultistatusParser</name>
    <message>
        <source>The server at %1 did not answer with a WebDAV multistatus.</source>
        <translation>サーバー %1 から WebDAV の multistatus 応答が返されませんでした。</translation>
    </message>
    <message>
        <source>The server at %1 sent a malformed WebDAV answer.</source>
        <translation>サーバー %1 から形式が正しくない WebDAV の応答が返されました。</translation>
    </message>
</context>
<context>
    <name>FieldMerger</name>
    <message>
        <source>changed on both sides (%1); kept the %2 version under &quot;%3&quot;</source>
        <translation>両方で変更されました (%1)。&quot;%3&quot; の設定により%2のデータを残しました</translation>
    </message>
    <message>
        <source>CRM</source>
        <translation>CRM</translation>
    </message>
    <message>
        <source>other side</source>
        <translation>連携先</translation>
    </message>
</context>
<context>
    <name>FolderStore</name>
    <message>
        <source>The folder %1 does not exist. Create it, or mount the drive it is on, and sync again.</source>
        <translation>フォルダー %1 がありません。フォルダーを作成するか、フォルダーのあるドライブをマウントしてから、もう一度同期してください。</translation>
    </message>
    <message>
        <source>%1 is not a folder.</source>
        <translation>%1 はフォルダーではありません。</translation>
    </message>
    <message>
        <source>it is not a regular file</source>
        <translation>通常のファイルではありません</translation>
    </message>
    <message>
        <source>it cannot be opened</source>
        <translation>開けません</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an item file name in folder %2.</source>
        <translation>「%1」はフォルダー %2 のアイテムのファイル名ではありません。</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>%1 を読み込めませんでした: %2</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 に書き込めませんでした: %2</translation>
    </message>
    <message>
        <source>Could not delete %1: %2</source>
        <translation>%1 を削除できませんでした: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>folder %1</source>
        <translation>フォルダー %1</translation>
    </message>
    <message>
        <source>a file with this name already exists</source>
        <translation>同じ名前のファイルがすでにあります</translation>
    </message>
    <message>
        <source>the file was deleted by someone else meanwhile</source>
        <translation>処理中に他のユーザーがファイルを削除しました</translation>
    </message>
    <message>
        <source>the file was changed by someone else meanwhile</source>
        <translation>処理中に他のユーザーがファイルを変更しました</translation>
    </message>
</context>
<context>
    <name>HttpJob</name>
    <message>
        <source>The address &quot;%1&quot; is not a valid web address.</source>
        <translation>アドレス「%1」は有効な Web アドレスではありません。</translation>
    </message>
    <message>
        <source>Refusing to connect to %1 without encryption: only https addresses are allowed (plain http only to this computer).</source>
        <translation>暗号化なしで %1 に接続することはできません: 使用できるのは https のアドレスだけです (暗号化なしの http はこのコンピューターへの接続にのみ使用できます)。</translation>
    </message>
</context>
<context>
    <name>ICalCodec</name>
    <message>
        <source>%1 of the iCalendar item %2 cannot be read: %3</source>
        <translation>iCalendar アイテム %2 の %1 を読み取れません: %3</translation>
    </message>
    <message>
        <source>The iCalendar item</source>
        <translation>iCalendar アイテム</translation>
    </message>
    <message>
        <source>The event %1 has no DTSTART (start time).</source>
        <translation>予定 %1 に DTSTART (開始時刻) がありません。</translation>
    </message>
    <message>
        <source>The stored iCalendar item</source>
        <translation>保存済みの iCalendar アイテム</translation>
    </message>
    <message>
        <source>Cannot create the event %1 without a start time (DTSTART).</source>
        <translation>開始時刻 (DTSTART) がないため、予定 %1 を作成できません。</translation>
    </message>
    <message>
        <source>%1 is empty; expected an iCalendar %2.</source>
        <translation>%1 が空です。iCalendar の %2 が必要です。</translation>
    </message>
    <message>
        <source>%1 is not iCalendar data: no BEGIN:VCALENDAR found.</source>
        <translation>%1 は iCalendar データではありません: BEGIN:VCALENDAR が見つかりません。</translation>
    </message>
    <message>
        <source>%1 holds no %2 component.</source>
        <translation>%1 に %2 コンポーネントがありません。</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot;</source>
        <translation>%1「%2」</translation>
    </message>
    <message>
        <source>%1: property %2 has no value.</source>
        <translation>%1: プロパティ %2 に値がありません。</translation>
    </message>
    <message>
        <source>%1: a date or time cannot be read.</source>
        <translation>%1: 日付または時刻を読み取れません。</translation>
    </message>
    <message>
        <source>%1: unknown time zone &quot;%2&quot; (no VTIMEZONE and no such zone in the system time zone data).</source>
        <translation>%1: タイムゾーン「%2」が不明です (VTIMEZONE がなく、システムのタイムゾーンデータにもありません)。</translation>
    </message>
    <message>
        <source>Cannot write &quot;%1&quot; into %2 of item %3: not a valid value.</source>
        <translation>アイテム %3 の %2 に「%1」を書き込めません: 有効な値ではありません。</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>リマインダー通知</translation>
    </message>
</context>
<context>
    <name>ModuleInfo</name>
    <message>
        <source>Contacts</source>
        <translation>連絡先</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>見込み客</translation>
    </message>
    <message>
        <source>Vendors</source>
        <translation>仕入先</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>タスク</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>予定</translation>
    </message>
</context>
<context>
    <name>Outbox</name>
    <message>
        <source>&quot;%1&quot; is not FIELD=VALUE</source>
        <translation>「%1」は FIELD=VALUE の形式ではありません</translation>
    </message>
    <message>
        <source>give at least one --set FIELD=VALUE</source>
        <translation>--set FIELD=VALUE を 1 つ以上指定してください</translation>
    </message>
</context>
<context>
    <name>PlanExecutor</name>
    <message>
        <source>%1 changed on %2 during the sync; it will be synced on the next run</source>
        <translation>%1 は同期中に %2 で変更されました。次回の同期で反映されます</translation>
    </message>
</context>
<context>
    <name>ReportPrinter</name>
    <message>
        <source>synced</source>
        <translation>同期済み</translation>
    </message>
    <message>
        <source>finished with errors</source>
        <translation>エラーありで完了</translation>
    </message>
    <message>
        <source>stopped for safety</source>
        <translation>安全のため停止</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>オフライン</translation>
    </message>
    <message>
        <source>sign-in failed</source>
        <translation>サインイン失敗</translation>
    </message>
    <message>
        <source>%1 (dry run): %2</source>
        <translation>%1 (テスト実行): %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>  CRM:        %1 created, %2 updated, %3 deleted</source>
        <translation>  CRM:    作成 %1 件、更新 %2 件、削除 %3 件</translation>
    </message>
    <message>
        <source>  other side: %1 created, %2 updated, %3 deleted</source>
        <translation>  連携先: 作成 %1 件、更新 %2 件、削除 %3 件</translation>
    </message>
    <message>
        <source>  %1 conflicts resolved, %2 skipped, %3 requests, %4 s</source>
        <translation>  不一致の解決 %1 件、スキップ %2 件、リクエスト %3 回、%4 秒</translation>
    </message>
    <message>
        <source>  error: %1: %2</source>
        <translation>  エラー: %1: %2</translation>
    </message>
</context>
<context>
    <name>RestoreRun</name>
    <message>
        <source>entry %1 was already restored</source>
        <translation>エントリー %1 はすでに復元されています</translation>
    </message>
    <message>
        <source>the item of entry %1 is no longer synced by profile %2</source>
        <translation>エントリー %1 のアイテムは、プロファイル %2 ではもう同期されていません</translation>
    </message>
    <message>
        <source>the item changed since the last sync; run a sync, then restore again</source>
        <translation>前回の同期以降にアイテムが変更されています。同期を実行してから、もう一度復元してください</translation>
    </message>
</context>
<context>
    <name>SecretCommand</name>
    <message>
        <source>The secret command for %1 is empty.</source>
        <translation>%1 の秘密情報取得コマンドが空です。</translation>
    </message>
    <message>
        <source>Could not run the secret command &quot;%1&quot; for %2: %3</source>
        <translation>%2 の秘密情報取得コマンド「%1」を実行できませんでした: %3</translation>
    </message>
    <message>
        <source>The secret command &quot;%1&quot; for %2 did not finish within %3 seconds.</source>
        <translation>%2 の秘密情報取得コマンド「%1」が %3 秒以内に終了しませんでした。</translation>
    </message>
    <message>
        <source>The secret command &quot;%1&quot; for %2 crashed.</source>
        <translation>%2 の秘密情報取得コマンド「%1」が異常終了しました。</translation>
    </message>
    <message>
        <source>The secret command &quot;%1&quot; for %2 failed with exit status %3.</source>
        <translation>%2 の秘密情報取得コマンド「%1」が終了ステータス %3 で失敗しました。</translation>
    </message>
    <message>
        <source>The secret command &quot;%1&quot; for %2 printed nothing.</source>
        <translation>%2 の秘密情報取得コマンド「%1」が何も出力しませんでした。</translation>
    </message>
</context>
<context>
    <name>StateDb</name>
    <message>
        <source>open the sync state</source>
        <translation>同期状態を開く</translation>
    </message>
    <message>
        <source>No file name was given for the sync state.</source>
        <translation>同期状態のファイル名が指定されていません。</translation>
    </message>
    <message>
        <source>Cannot open the sync state %1: the SQLite driver of Qt (QSQLITE) is not installed.</source>
        <translation>同期状態 %1 を開けません: Qt の SQLite ドライバー (QSQLITE) がインストールされていません。</translation>
    </message>
    <message>
        <source>Could not open the sync state in %1: the file system does not support SQLite&apos;s write-ahead log.</source>
        <translation>%1 の同期状態を開けませんでした: このファイルシステムは SQLite の WAL (ログ先行書き込み) に対応していません。</translation>
    </message>
    <message>
        <source>A transaction on the sync state %1 is already open.</source>
        <translation>同期状態 %1 のトランザクションはすでに開始されています。</translation>
    </message>
    <message>
        <source>start a transaction</source>
        <translation>トランザクションを開始する</translation>
    </message>
    <message>
        <source>No transaction on the sync state %1 is open to commit.</source>
        <translation>同期状態 %1 には確定するトランザクションがありません。</translation>
    </message>
    <message>
        <source>save the changes</source>
        <translation>変更を保存する</translation>
    </message>
    <message>
        <source>discard the changes</source>
        <translation>変更を破棄する</translation>
    </message>
    <message>
        <source>read the links of profile %1</source>
        <translation>プロファイル %1 のリンク情報を読み込む</translation>
    </message>
    <message>
        <source>save the link of CRM record &quot;%1&quot;</source>
        <translation>CRM レコード「%1」のリンク情報を保存する</translation>
    </message>
    <message>
        <source>update the link of CRM record &quot;%1&quot;</source>
        <translation>CRM レコード「%1」のリンク情報を更新する</translation>
    </message>
    <message>
        <source>link</source>
        <translation>リンク情報</translation>
    </message>
    <message>
        <source>remove link %1</source>
        <translation>リンク情報 %1 を削除する</translation>
    </message>
    <message>
        <source>remove the state of profile %1</source>
        <translation>プロファイル %1 の同期状態を削除する</translation>
    </message>
    <message>
        <source>read the sync token of profile %1</source>
        <translation>プロファイル %1 の同期トークンを読み込む</translation>
    </message>
    <message>
        <source>save the sync token of profile %1</source>
        <translation>プロファイル %1 の同期トークンを保存する</translation>
    </message>
    <message>
        <source>remove the sync tokens of profile %1</source>
        <translation>プロファイル %1 の同期トークンを削除する</translation>
    </message>
    <message>
        <source>read setting &quot;%1&quot; of profile %2</source>
        <translation>プロファイル %2 の設定「%1」を読み込む</translation>
    </message>
    <message>
        <source>save setting &quot;%1&quot; of profile %2</source>
        <translation>プロファイル %2 の設定「%1」を保存する</translation>
    </message>
    <message>
        <source>Could not %1 in %2: the disk is full.</source>
        <translation>%2 で%1ことができませんでした: ディスクの空き容量が不足しています。</translation>
    </message>
    <message>
        <source>Could not %1 in %2: the file or its folder is read-only.</source>
        <translation>%2 で%1ことができませんでした: ファイルまたはそのフォルダーが読み取り専用です。</translation>
    </message>
    <message>
        <source>Could not %1 in %2: the file or its folder cannot be accessed (check that the folder exists and is writable).</source>
        <translation>%2 で%1ことができませんでした: ファイルまたはそのフォルダーにアクセスできません (フォルダーがあり、書き込みができることを確認してください)。</translation>
    </message>
    <message>
        <source>Could not %1 in %2: the file is damaged or is not a CRM Sync state database.</source>
        <translation>%2 で%1ことができませんでした: ファイルが壊れているか、CRM Sync の同期状態データベースではありません。</translation>
    </message>
    <message>
        <source>Could not %1 in %2: another program keeps the file locked.</source>
        <translation>%2 で%1ことができませんでした: 別のプログラムがファイルをロックしています。</translation>
    </message>
    <message>
        <source>Could not %1 in %2: the disk reported a read or write error.</source>
        <translation>%2 で%1ことができませんでした: ディスクで読み取りまたは書き込みのエラーが発生しました。</translation>
    </message>
    <message>
        <source>Could not %1 in %2: an entry for the same item already exists.</source>
        <translation>%2 で%1ことができませんでした: 同じアイテムのエントリーがすでにあります。</translation>
    </message>
    <message>
        <source>Could not %1 in %2: %3</source>
        <translation>%2 で%1ことができませんでした: %3</translation>
    </message>
    <message>
        <source>The sync state %1 holds no %2 with id %3.</source>
        <translation>同期状態 %1 に ID %3 の%2はありません。</translation>
    </message>
    <message>
        <source>record the create of &quot;%1&quot;</source>
        <translation>「%1」の作成を記録する</translation>
    </message>
    <message>
        <source>clear create intent %1</source>
        <translation>作成予定 %1 を消去する</translation>
    </message>
    <message>
        <source>read the pending creates of profile %1</source>
        <translation>プロファイル %1 の未完了の作成を読み込む</translation>
    </message>
    <message>
        <source>save the losing version of CRM record &quot;%1&quot;</source>
        <translation>CRM レコード「%1」の不採用になったデータを保存する</translation>
    </message>
    <message>
        <source>read the conflict journal of profile %1</source>
        <translation>プロファイル %1 の競合の記録を読み込む</translation>
    </message>
    <message>
        <source>read conflict journal entry %1</source>
        <translation>競合の記録のエントリー %1 を読み込む</translation>
    </message>
    <message>
        <source>conflict journal entry</source>
        <translation>競合の記録のエントリー</translation>
    </message>
    <message>
        <source>mark conflict journal entry %1 as restored</source>
        <translation>競合の記録のエントリー %1 を復元済みにする</translation>
    </message>
    <message>
        <source>save the run report of profile %1</source>
        <translation>プロファイル %1 の実行結果を保存する</translation>
    </message>
    <message>
        <source>read the run history of profile %1</source>
        <translation>プロファイル %1 の実行履歴を読み込む</translation>
    </message>
    <message>
        <source>The sync state %1 holds an unreadable %2 in entry %3.</source>
        <translation>同期状態 %1 のエントリー %3 にある%2を読み取れません。</translation>
    </message>
    <message>
        <source>base</source>
        <translation>前回同期時のデータ</translation>
    </message>
    <message>
        <source>conflict version</source>
        <translation>競合したデータ</translation>
    </message>
    <message>
        <source>run report</source>
        <translation>実行結果</translation>
    </message>
    <message>
        <source>upgrade the sync state to schema version %1</source>
        <translation>同期状態をスキーマバージョン %1 に更新する</translation>
    </message>
    <message>
        <source>read the schema version</source>
        <translation>スキーマバージョンを読み込む</translation>
    </message>
    <message>
        <source>The sync state %1 was written by a newer version of CRM Sync (schema %2, this version knows up to %3).</source>
        <translation>同期状態 %1 は新しいバージョンの CRM Sync で書き込まれています (スキーマ %2。このバージョンが対応しているのは %3 までです)。</translation>
    </message>
    <message>
        <source>Outbox entry %1 in the sync state %2 is damaged.</source>
        <translation>同期状態 %2 にある送信待ちキューのエントリー %1 が壊れています。</translation>
    </message>
    <message>
        <source>queue the change of profile %1</source>
        <translation>プロファイル %1 の変更を送信待ちに追加する</translation>
    </message>
    <message>
        <source>save outbox entry %1</source>
        <translation>送信待ちキューのエントリー %1 を保存する</translation>
    </message>
    <message>
        <source>outbox entry</source>
        <translation>送信待ちキューのエントリー</translation>
    </message>
    <message>
        <source>read outbox entry %1</source>
        <translation>送信待ちキューのエントリー %1 を読み込む</translation>
    </message>
    <message>
        <source>read the outbox</source>
        <translation>送信待ちキューを読み込む</translation>
    </message>
</context>
<context>
    <name>SyncFilter</name>
    <message>
        <source>private item (not synced)</source>
        <translation>非公開のアイテム (同期対象外)</translation>
    </message>
    <message>
        <source>not in the selected categories</source>
        <translation>選択したカテゴリーに含まれていません</translation>
    </message>
    <message>
        <source>outside the events range</source>
        <translation>予定の同期期間外です</translation>
    </message>
    <message>
        <source>due before the range</source>
        <translation>期限が同期期間より前です</translation>
    </message>
</context>
<context>
    <name>SyncPlanner</name>
    <message>
        <source>%1: the CRM requires %2 and the profile has no default value for it</source>
        <translation>%1: CRM では %2 が必須項目ですが、プロファイルに初期値が設定されていません</translation>
    </message>
    <message>
        <source>this run would delete %1 of %2 items from %3, more than the %4% allowed; nothing was deleted. Run again with --confirm-deletes if this is intended.</source>
        <translation>今回の同期では%3から %2 件中 %1 件のアイテムが削除され、許容される %4% を超えるため、何も削除していません。意図した削除であれば、--confirm-deletes を付けてもう一度実行してください。</translation>
    </message>
    <message>
        <source>deleted on the other side but changed in the CRM: the change was kept</source>
        <translation>連携先で削除されましたが、CRM で変更されていたため、変更を残しました</translation>
    </message>
    <message>
        <source>deleted in the CRM but changed on the other side: the change was kept</source>
        <translation>CRM で削除されましたが、連携先で変更されていたため、変更を残しました</translation>
    </message>
    <message>
        <source>every synced item is gone from the CRM; nothing was deleted. Run again with --confirm-deletes if this is intended.</source>
        <translation>同期済みのアイテムが CRM からすべてなくなっているため、何も削除していません。意図した削除であれば、--confirm-deletes を付けてもう一度実行してください。</translation>
    </message>
    <message>
        <source>every synced item is gone from the other side; nothing was deleted. Run again with --confirm-deletes if this is intended.</source>
        <translation>同期済みのアイテムが連携先からすべてなくなっているため、何も削除していません。意図した削除であれば、--confirm-deletes を付けてもう一度実行してください。</translation>
    </message>
    <message>
        <source>the CRM</source>
        <translation>CRM</translation>
    </message>
    <message>
        <source>the other side</source>
        <translation>連携先</translation>
    </message>
</context>
<context>
    <name>SyncRun</name>
    <message>
        <source>profile %1 synced %2 before and cannot sync %3 with the same state; give the profile a new name</source>
        <translation>プロファイル %1 は以前に %2 を同期しているため、同じ同期状態で %3 を同期することはできません。プロファイルに新しい名前を付けてください</translation>
    </message>
</context>
<context>
    <name>VCardCodec</name>
    <message>
        <source>vCard data</source>
        <translation>vCard データ</translation>
    </message>
    <message>
        <source>Field mapping for %1: &quot;%2&quot; is not a vCard property path.</source>
        <translation>%1 の項目の関連付け: 「%2」は vCard のプロパティのパスではありません。</translation>
    </message>
</context>
<context>
    <name>VCardParser</name>
    <message>
        <source>%1, line %2</source>
        <translation>%1 の %2 行目</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a vCard property line (expected NAME:value).</source>
        <translation>%1: 「%2」は vCard のプロパティ行ではありません (NAME:value の形式にしてください)。</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a valid vCard property name.</source>
        <translation>%1: 「%2」は有効な vCard のプロパティ名ではありません。</translation>
    </message>
    <message>
        <source>%1: the quoted-printable value of %2 is invalid.</source>
        <translation>%1: %2 の quoted-printable の値が正しくありません。</translation>
    </message>
    <message>
        <source>%1: the character set &quot;%2&quot; of %3 is not supported.</source>
        <translation>%1: %3 の文字コード「%2」には対応していません。</translation>
    </message>
    <message>
        <source>%1: BEGIN:%2 is not a vCard.</source>
        <translation>%1: BEGIN:%2 は vCard ではありません。</translation>
    </message>
    <message>
        <source>%1: END:%2 without a matching BEGIN:VCARD.</source>
        <translation>%1: END:%2 に対応する BEGIN:VCARD がありません。</translation>
    </message>
    <message>
        <source>%1: END:%2 does not close the vCard.</source>
        <translation>%1: END:%2 では vCard を閉じられません。</translation>
    </message>
    <message>
        <source>%1: no vCard found.</source>
        <translation>%1: vCard が見つかりません。</translation>
    </message>
</context>
<context>
    <name>ZohoDataCentre</name>
    <message>
        <source>United States</source>
        <translation>米国</translation>
    </message>
    <message>
        <source>Europe</source>
        <translation>ヨーロッパ</translation>
    </message>
    <message>
        <source>India</source>
        <translation>インド</translation>
    </message>
    <message>
        <source>Australia</source>
        <translation>オーストラリア</translation>
    </message>
    <message>
        <source>Japan</source>
        <translation>日本</translation>
    </message>
    <message>
        <source>China</source>
        <translation>中国</translation>
    </message>
    <message>
        <source>Canada</source>
        <translation>カナダ</translation>
    </message>
    <message>
        <source>%1 (zoho.%2)</source>
        <translation>%1 (zoho.%2)</translation>
    </message>
</context>
<context>
    <name>ZohoFieldsJob</name>
    <message>
        <source>Zoho CRM at %1 listed no fields for %2.</source>
        <translation>Zoho CRM (%1) から%2の項目が 1 つも返されませんでした。</translation>
    </message>
</context>
<context>
    <name>ZohoListChangesJob</name>
    <message>
        <source>Zoho CRM at %1 sent a %2 listing without records.</source>
        <translation>Zoho CRM (%1) から返された%2の一覧にレコードが含まれていません。</translation>
    </message>
    <message>
        <source>Zoho CRM at %1 did not say how to continue the %2 listing after %3 records.</source>
        <translation>Zoho CRM (%1) から、%2の一覧の %3 件より後を取得する方法が返されませんでした。</translation>
    </message>
</context>
<context>
    <name>ZohoRecordCodec</name>
    <message>
        <source>A Zoho CRM %1 record could not be read: %2.</source>
        <translation>Zoho CRM の%1のレコードを読み取れませんでした: %2。</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>JSON オブジェクトではありません</translation>
    </message>
    <message>
        <source>The stored copy of a Zoho CRM %1 record is damaged.</source>
        <translation>保存されている Zoho CRM の%1のレコードのコピーが壊れています。</translation>
    </message>
</context>
<context>
    <name>ZohoStore</name>
    <message>
        <source>Zoho CRM %1</source>
        <translation>Zoho CRM の%1</translation>
    </message>
</context>
<context>
    <name>crmsync::DavDiscoveryJob</name>
    <message>
        <source>%1 does not say whose calendars and address books it holds (no current-user-principal); give the collection URL instead.</source>
        <translation>%1 から、どのユーザーのカレンダーとアドレス帳があるかが返されませんでした (current-user-principal がありません)。代わりにコレクションの URL を指定してください。</translation>
    </message>
</context>
<context>
    <name>crmsync::DavFetchJob</name>
    <message>
        <source>%1 sent no data for %2.</source>
        <translation>%1 から %2 のデータが返されませんでした。</translation>
    </message>
</context>
<context>
    <name>crmsync::DavListChangesJob</name>
    <message>
        <source>%1 is not a calendar; run &quot;crmsync discover&quot; to find the calendar&apos;s URL and put it in &quot;collection&quot;.</source>
        <translation>%1 はカレンダーではありません。「crmsync discover」でカレンダーの URL を調べ、&quot;collection&quot; に指定してください。</translation>
    </message>
    <message>
        <source>%1 is not an address book; run &quot;crmsync discover&quot; to find the address book&apos;s URL and put it in &quot;collection&quot;.</source>
        <translation>%1 はアドレス帳ではありません。「crmsync discover」でアドレス帳の URL を調べ、&quot;collection&quot; に指定してください。</translation>
    </message>
</context>
<context>
    <name>crmsync::DavStore</name>
    <message>
        <source>calendar %1</source>
        <translation>カレンダー %1</translation>
    </message>
    <message>
        <source>address book %1</source>
        <translation>アドレス帳 %1</translation>
    </message>
</context>
<context>
    <name>crmsync::DavWriteJob</name>
    <message>
        <source>%1: another item in the collection already has this UID, so it was not written.</source>
        <translation>%1: コレクション内の別のアイテムが同じ UID を使っているため、書き込みませんでした。</translation>
    </message>
    <message>
        <source>%1 already exists on the server; it was not overwritten.</source>
        <translation>%1 はサーバーにすでにあるため、上書きしませんでした。</translation>
    </message>
    <message>
        <source>%1 was changed on the server since the last sync; it was not overwritten.</source>
        <translation>%1 は前回の同期以降にサーバーで変更されているため、上書きしませんでした。</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 に書き込めませんでした: %2</translation>
    </message>
    <message>
        <source>%1 was refused by the server (HTTP %2).</source>
        <translation>%1 はサーバーに拒否されました (HTTP %2)。</translation>
    </message>
</context>
<context>
    <name>crmsync::HttpJob</name>
    <message>
        <source>No network access is available.</source>
        <translation>ネットワークにアクセスできません。</translation>
    </message>
    <message>
        <source>%1 did not answer in time.</source>
        <translation>%1 から時間内に応答がありませんでした。</translation>
    </message>
    <message>
        <source>The secure connection to %1 could not be established.</source>
        <translation>%1 との安全な接続を確立できませんでした。</translation>
    </message>
    <message>
        <source>Could not connect to %1. Check the internet connection.</source>
        <translation>%1 に接続できませんでした。インターネット接続を確認してください。</translation>
    </message>
    <message>
        <source>%1 refused the sign-in (HTTP %2).</source>
        <translation>%1 がサインインを拒否しました (HTTP %2)。</translation>
    </message>
    <message>
        <source>%1 asks to slow down: too many requests (HTTP 429).</source>
        <translation>%1 へのリクエストが多すぎるため、間隔を空けるよう求められました (HTTP 429)。</translation>
    </message>
    <message>
        <source>%1 had an internal problem (HTTP %2).</source>
        <translation>%1 で内部エラーが発生しました (HTTP %2)。</translation>
    </message>
    <message>
        <source>The item on %1 was changed by someone else (HTTP 412).</source>
        <translation>%1 のアイテムは他のユーザーによって変更されています (HTTP 412)。</translation>
    </message>
    <message>
        <source>%1 rejected the request (HTTP %2).</source>
        <translation>%1 がリクエストを拒否しました (HTTP %2)。</translation>
    </message>
</context>
<context>
    <name>crmsync::ProfileRunner</name>
    <message>
        <source>%1: there is no profile named &quot;%2&quot;</source>
        <translation>%1: 「%2」という名前のプロファイルはありません</translation>
    </message>
    <message>
        <source>cannot create the state folder %1</source>
        <translation>同期状態のフォルダー %1 を作成できません</translation>
    </message>
    <message>
        <source>account %1</source>
        <translation>アカウント %1</translation>
    </message>
    <message>
        <source>profile %1: account %2 cannot be the other side</source>
        <translation>プロファイル %1: アカウント %2 は連携先にできません</translation>
    </message>
</context>
<context>
    <name>crmsync::Replayer</name>
    <message>
        <source>new %1 record (outbox entry %2)</source>
        <translation>%1の新規レコード (送信待ちキューのエントリー %2)</translation>
    </message>
    <message>
        <source>%1 record %2 (outbox entry %3)</source>
        <translation>%1のレコード %2 (送信待ちキューのエントリー %3)</translation>
    </message>
    <message>
        <source>Zoho CRM did not report what happened to the %1.</source>
        <translation>Zoho CRM から、%1 の処理結果が返されませんでした。</translation>
    </message>
    <message>
        <source>The %1 is no longer in Zoho CRM.</source>
        <translation>%1 は Zoho CRM にもう存在しません。</translation>
    </message>
    <message>
        <source>outbox entry %1, conflict policy %2</source>
        <translation>送信待ちキューのエントリー %1、不一致の解決: %2</translation>
    </message>
</context>
<context>
    <name>crmsync::ZohoRequestJob</name>
    <message>
        <source>The Zoho CRM account is gone.</source>
        <translation>Zoho CRM のアカウントが見つかりません。</translation>
    </message>
    <message>
        <source>Zoho CRM at %1 sent an answer that could not be read (%2).</source>
        <translation>Zoho CRM (%1) から読み取れない応答が返されました (%2)。</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>JSON オブジェクトではありません</translation>
    </message>
    <message>
        <source>Zoho CRM at %1 refused access: the sign-in lacks the needed permissions (scope); sign in again.</source>
        <translation>Zoho CRM (%1) がアクセスを拒否しました: サインインに必要な権限 (スコープ) がありません。もう一度サインインしてください。</translation>
    </message>
    <message>
        <source>Zoho CRM at %1 refused the sign-in (%2); sign in again.</source>
        <translation>Zoho CRM (%1) がサインインを拒否しました (%2)。もう一度サインインしてください。</translation>
    </message>
    <message>
        <source>Zoho CRM at %1 refused %2 %3: %4 (%5).</source>
        <translation>Zoho CRM (%1) が %2 %3 を拒否しました: %4 (%5)。</translation>
    </message>
</context>
<context>
    <name>crmsync::ZohoSession</name>
    <message>
        <source>Not signed in to Zoho CRM at %1; sign in again.</source>
        <translation>Zoho CRM (%1) にサインインしていません。もう一度サインインしてください。</translation>
    </message>
    <message>
        <source>The Zoho CRM account was removed while it was in use.</source>
        <translation>使用中に Zoho CRM のアカウントが削除されました。</translation>
    </message>
    <message>
        <source>The sign-in server %1 sent an answer without an access token.</source>
        <translation>サインインサーバー %1 の応答にアクセストークンが含まれていません。</translation>
    </message>
    <message>
        <source>Zoho CRM (%1): the sign-in has expired or was revoked; sign in again.</source>
        <translation>Zoho CRM (%1): サインインの有効期限が切れたか、取り消されました。もう一度サインインしてください。</translation>
    </message>
    <message>
        <source>Zoho CRM (%1) does not know this application; check the data centre.</source>
        <translation>Zoho CRM (%1) にこのアプリケーションが登録されていません。データセンターを確認してください。</translation>
    </message>
    <message>
        <source>Zoho CRM (%1) refused the application&apos;s client secret.</source>
        <translation>Zoho CRM (%1) がアプリケーションのクライアントシークレットを拒否しました。</translation>
    </message>
    <message>
        <source>The sign-in server %1 asks to slow down: too many sign-in requests.</source>
        <translation>サインインサーバー %1 へのサインイン要求が多すぎるため、間隔を空けるよう求められました。</translation>
    </message>
    <message>
        <source>The sign-in server %1 had an internal problem (HTTP %2).</source>
        <translation>サインインサーバー %1 で内部エラーが発生しました (HTTP %2)。</translation>
    </message>
    <message>
        <source>The sign-in server %1 refused to renew the sign-in (%2); sign in again.</source>
        <translation>サインインサーバー %1 がサインインの更新を拒否しました (%2)。もう一度サインインしてください。</translation>
    </message>
</context>
<context>
    <name>crmsync::ZohoWriteJob</name>
    <message>
        <source>new record</source>
        <translation>(新規)</translation>
    </message>
    <message>
        <source>The %1 record %2 could not be sent to Zoho CRM: its data is not a JSON object.</source>
        <translation>%1のレコード %2 を Zoho CRM に送信できませんでした: データが JSON オブジェクトではありません。</translation>
    </message>
    <message>
        <source>A %1 record without an id cannot be changed in Zoho CRM.</source>
        <translation>ID のない%1のレコードは Zoho CRM で変更できません。</translation>
    </message>
    <message>
        <source>Zoho CRM at %1 did not report what happened to the %2 records sent.</source>
        <translation>Zoho CRM (%1) から、送信した%2のレコードの処理結果が返されませんでした。</translation>
    </message>
    <message>
        <source>Zoho CRM at %1 did not report what happened to %2 record %3.</source>
        <translation>Zoho CRM (%1) から、%2のレコード %3 の処理結果が返されませんでした。</translation>
    </message>
    <message>
        <source>%1 record %2 was changed in Zoho CRM (%3) since it was last read.</source>
        <translation>%1のレコード %2 は、前回の読み込み以降に Zoho CRM (%3) で変更されています。</translation>
    </message>
    <message>
        <source>%1 record %2: Zoho CRM (%3) requires the field %4.</source>
        <translation>%1のレコード %2: 項目 %4 は Zoho CRM (%3) の必須項目です。</translation>
    </message>
    <message>
        <source>%1 record %2: Zoho CRM (%3) refused the data: %4.</source>
        <translation>%1のレコード %2: Zoho CRM (%3) がデータを拒否しました: %4。</translation>
    </message>
    <message>
        <source>%1 record %2: Zoho CRM (%3) refused the value of the field %4.</source>
        <translation>%1のレコード %2: Zoho CRM (%3) が項目 %4 の値を拒否しました。</translation>
    </message>
    <message>
        <source>%1 record %2: the value of the field %4 is already used by Zoho CRM (%3) record %5.</source>
        <translation>%1のレコード %2: 項目 %4 の値は、Zoho CRM (%3) のレコード %5 ですでに使われています。</translation>
    </message>
    <message>
        <source>%1 record %2: Zoho CRM (%3) refused the change: %4 (%5).</source>
        <translation>%1のレコード %2: Zoho CRM (%3) が変更を拒否しました: %4 (%5)。</translation>
    </message>
</context>
<context>
    <name>crmsync::cli::Command</name>
    <message>
        <source>Show this help.</source>
        <translation>このヘルプを表示します。</translation>
    </message>
    <message>
        <source>unexpected argument: %1</source>
        <translation>不要な引数です: %1</translation>
    </message>
</context>
<context>
    <name>crmsync::cli::DiscoverCommand</name>
    <message>
        <source>The carddav or caldav account to look at.</source>
        <translation>調べる carddav または caldav アカウント。</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Usage: crmsync discover --config FILE --account NAME [--json]</source>
        <translation>使い方: crmsync discover --config FILE --account NAME [--json]</translation>
    </message>
    <message>
        <source>Give the account to look at with --account NAME.</source>
        <translation>調べるアカウントを --account NAME で指定してください。</translation>
    </message>
    <message>
        <source>%1: there is no carddav or caldav account &quot;%2&quot;.</source>
        <translation>%1: carddav または caldav のアカウント「%2」はありません。</translation>
    </message>
    <message>
        <source>account %1</source>
        <translation>アカウント %1</translation>
    </message>
    <message>
        <source>account %1: %2</source>
        <translation>アカウント %1: %2</translation>
    </message>
    <message>
        <source>calendar</source>
        <translation>カレンダー</translation>
    </message>
    <message>
        <source>calendar (%1)</source>
        <translation>カレンダー (%1)</translation>
    </message>
    <message>
        <source>address book</source>
        <translation>アドレス帳</translation>
    </message>
    <message>
        <source>%1 — %2
  %3</source>
        <translation>%1 — %2
  %3</translation>
    </message>
    <message>
        <source>account %1: no calendars or address books found.</source>
        <translation>アカウント %1: カレンダーもアドレス帳も見つかりませんでした。</translation>
    </message>
</context>
<context>
    <name>crmsync::cli::EditCommand</name>
    <message>
        <source>The profile whose CRM module gets the change.</source>
        <translation>変更先の CRM タブが設定されているプロファイル。</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Set a CRM field (API name) to a value; repeatable. An empty value clears the field.</source>
        <translation>CRM の項目 (API 名) に値を設定します (複数回指定できます)。値を空にすると項目の値を消去します。</translation>
    </message>
    <message>
        <source>FIELD=VALUE</source>
        <translation>FIELD=VALUE</translation>
    </message>
    <message>
        <source>The CRM record to change.</source>
        <translation>変更する CRM レコード。</translation>
    </message>
    <message>
        <source>CRM_ID</source>
        <translation>CRM_ID</translation>
    </message>
    <message>
        <source>Usage: crmsync new --config FILE --profile NAME --set FIELD=VALUE… [--state-dir DIR] [--json]</source>
        <translation>使い方: crmsync new --config FILE --profile NAME --set FIELD=VALUE… [--state-dir DIR] [--json]</translation>
    </message>
    <message>
        <source>Usage: crmsync edit --config FILE --profile NAME --id CRM_ID --set FIELD=VALUE… [--state-dir DIR] [--json]</source>
        <translation>使い方: crmsync edit --config FILE --profile NAME --id CRM_ID --set FIELD=VALUE… [--state-dir DIR] [--json]</translation>
    </message>
    <message>
        <source>--profile NAME is required</source>
        <translation>--profile NAME を指定してください</translation>
    </message>
    <message>
        <source>--profile NAME and --id CRM_ID are required</source>
        <translation>--profile NAME と --id CRM_ID を指定してください</translation>
    </message>
    <message>
        <source>applied: outbox entry %1, CRM record %2 (profile %3)</source>
        <translation>反映済み: 送信待ちキューのエントリー %1、CRM レコード %2 (プロファイル %3)</translation>
    </message>
    <message>
        <source>outbox entry %1 was refused and kept as failed: %2</source>
        <translation>送信待ちキューのエントリー %1 は拒否されたため、失敗として残しました: %2</translation>
    </message>
    <message>
        <source>queued as outbox entry %1; signing in to the CRM failed: %2</source>
        <translation>エントリー %1 として送信待ちに追加しました。CRM へのサインインに失敗しました: %2</translation>
    </message>
    <message>
        <source>queued as outbox entry %1 (profile %2): the CRM cannot be reached now; &quot;crmsync sync&quot; sends it later.</source>
        <translation>エントリー %1 として送信待ちに追加しました (プロファイル %2): 現在 CRM に接続できません。後で &quot;crmsync sync&quot; を実行したときに送信されます。</translation>
    </message>
</context>
<context>
    <name>crmsync::cli::OutboxCommand</name>
    <message>
        <source>Queue this failed entry again (sent by the next sync).</source>
        <translation>失敗したこのエントリーをもう一度送信待ちに追加します (次回の同期で送信されます)。</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Usage: crmsync outbox --config FILE [--state-dir DIR] [--json] [--retry ID]</source>
        <translation>使い方: crmsync outbox --config FILE [--state-dir DIR] [--json] [--retry ID]</translation>
    </message>
    <message>
        <source>--retry takes an outbox entry number, not &quot;%1&quot;</source>
        <translation>--retry には送信待ちキューのエントリー番号を指定してください (「%1」は指定できません)</translation>
    </message>
    <message>
        <source>outbox entry %1 is %2, not failed: nothing to retry</source>
        <translation>送信待ちキューのエントリー %1 の状態は failed ではなく %2 のため、再試行できません</translation>
    </message>
    <message>
        <source>outbox entry %1 is queued again</source>
        <translation>送信待ちキューのエントリー %1 をもう一度送信待ちに追加しました</translation>
    </message>
    <message>
        <source>there is no outbox in %1</source>
        <translation>%1 に送信待ちキューがありません</translation>
    </message>
    <message>
        <source>#%1  %2  %3 %4  %5</source>
        <translation>#%1  %2  %3 %4  %5</translation>
    </message>
    <message>
        <source>(new record)</source>
        <translation>(新規レコード)</translation>
    </message>
    <message>
        <source>    last error: %1</source>
        <translation>    最後のエラー: %1</translation>
    </message>
    <message>
        <source>the outbox is empty</source>
        <translation>送信待ちキューは空です</translation>
    </message>
</context>
<context>
    <name>crmsync::cli::RestoreCommand</name>
    <message>
        <source>The profile whose conflicts to show or restore.</source>
        <translation>競合を表示または復元するプロファイル。</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Restore this journal entry (see the list).</source>
        <translation>競合の記録からこのエントリーを復元します (一覧を参照)。</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Usage: crmsync restore --config FILE --profile NAME [--entry ID] [--state-dir DIR] [--json]
Without --entry, lists the versions that lost a conflict.</source>
        <translation>使い方: crmsync restore --config FILE --profile NAME [--entry ID] [--state-dir DIR] [--json]
--entry を省略すると、競合で不採用になったデータを一覧表示します。</translation>
    </message>
    <message>
        <source>--profile NAME is required</source>
        <translation>--profile NAME を指定してください</translation>
    </message>
    <message>
        <source>--entry takes a journal entry number, not &quot;%1&quot;</source>
        <translation>--entry には競合の記録のエントリー番号を指定してください (「%1」は指定できません)</translation>
    </message>
    <message>
        <source>restore of entry %1 failed: %2</source>
        <translation>エントリー %1 を復元できませんでした: %2</translation>
    </message>
    <message>
        <source>restored entry %1 on both sides</source>
        <translation>エントリー %1 を CRM と連携先の両方に復元しました</translation>
    </message>
    <message>
        <source>#%1  %2  %3 lost: %4</source>
        <translation>#%1  %2  %3のデータを不採用: %4</translation>
    </message>
    <message>
        <source>CRM</source>
        <translation>CRM</translation>
    </message>
    <message>
        <source>other side</source>
        <translation>連携先</translation>
    </message>
    <message>
        <source> (restored)</source>
        <translation> (復元済み)</translation>
    </message>
    <message>
        <source>no conflicts journaled for %1</source>
        <translation>%1 には記録された競合はありません</translation>
    </message>
</context>
<context>
    <name>crmsync::cli::StatusCommand</name>
    <message>
        <source>Usage: crmsync status --config FILE [--state-dir DIR] [--json]</source>
        <translation>使い方: crmsync status --config FILE [--state-dir DIR] [--json]</translation>
    </message>
    <message>
        <source>%1 (%2, %3, %4)</source>
        <translation>%1 (%2, %3, %4)</translation>
    </message>
    <message>
        <source>  never synced</source>
        <translation>  未同期</translation>
    </message>
    <message>
        <source>  last sync %1: %2</source>
        <translation>  最終同期日時 %1: %2</translation>
    </message>
    <message>
        <source>  %1 items synced, %2 conflicts kept for restore</source>
        <translation>  同期済みアイテム %1 件、復元用に保存された競合 %2 件</translation>
    </message>
</context>
<context>
    <name>crmsync::cli::SyncCommand</name>
    <message>
        <source>Run only this profile (repeatable).</source>
        <translation>このプロファイルだけを同期します (複数回指定できます)。</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Show what would change; change nothing.</source>
        <translation>変更される内容を表示するだけで、実際には何も変更しません。</translation>
    </message>
    <message>
        <source>Go on with deletions that tripped the safety stop.</source>
        <translation>安全のため停止した削除を続行します。</translation>
    </message>
    <message>
        <source>Usage: crmsync sync --config FILE [--profile NAME]… [--state-dir DIR] [--dry-run] [--json] [--confirm-deletes]</source>
        <translation>使い方: crmsync sync --config FILE [--profile NAME]… [--state-dir DIR] [--dry-run] [--json] [--confirm-deletes]</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>unknown command: %1</source>
        <translation>不明なコマンドです: %1</translation>
    </message>
    <message>
        <source>CRM Sync %1 keeps Zoho CRM in step with your address book, calendar and folders.

Usage: crmsync COMMAND [OPTIONS]

Commands:
  sync     sync profiles of a config file
  status   show the last run of each profile
  restore  list or restore versions that lost a conflict
  new      create a CRM record (queued in the outbox when the CRM is unreachable)
  edit     change a CRM record (queued in the outbox when the CRM is unreachable)
  outbox   list the queued changes and their state
  discover list the calendars and address books of a carddav/caldav account

Run &quot;crmsync COMMAND --help&quot; for a command&apos;s options. Exit codes: 0 synced, 1 item errors,
2 usage or config error, 3 sign-in failed, 4 offline, 5 safety stop.</source>
        <translation>CRM Sync %1 は、Zoho CRM をアドレス帳、カレンダー、フォルダーと同期した状態に保ちます。

使い方: crmsync COMMAND [OPTIONS]

コマンド:
  sync     設定ファイルのプロファイルを同期します
  status   各プロファイルの前回の実行結果を表示します
  restore  競合で不採用になったデータを一覧表示または復元します
  new      CRM レコードを作成します (CRM に接続できない場合は送信待ちに追加)
  edit     CRM レコードを変更します (CRM に接続できない場合は送信待ちに追加)
  outbox   送信待ちの変更とその状態を一覧表示します
  discover carddav/caldav アカウントのカレンダーとアドレス帳を一覧表示します

コマンドのオプションは &quot;crmsync COMMAND --help&quot; で確認できます。終了コード: 0 同期済み、1 アイテムのエラー、
2 使い方または設定のエラー、3 サインイン失敗、4 オフライン、5 安全のため停止。</translation>
    </message>
</context>
</TS>
