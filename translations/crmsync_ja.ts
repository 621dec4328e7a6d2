<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>Autostart</name>
    <message>
        <source>Could not change the login items of Windows</source>
        <translation>Windows のスタートアップの設定を変更できませんでした</translation>
    </message>
    <message>
        <source>Could not remove %1, so CRM Sync still starts at login</source>
        <translation>%1 を削除できなかったため、CRM Sync はログイン時に引き続き起動します</translation>
    </message>
    <message>
        <source>Could not write %1 to start CRM Sync at login: %2</source>
        <translation>ログイン時に CRM Sync を起動するための %1 を書き込めませんでした: %2</translation>
    </message>
</context>
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
    <message>
        <source>give &quot;secret&quot;: &quot;keychain&quot; or %1, not both</source>
        <translation>&quot;secret&quot;: &quot;keychain&quot; と %1 は、どちらか一方だけを指定してください</translation>
    </message>
    <message>
        <source>&quot;secret&quot;: &quot;keychain&quot; is given, so a username is needed too</source>
        <translation>&quot;secret&quot;: &quot;keychain&quot; を指定した場合は、ユーザー名も指定してください</translation>
    </message>
    <message>
        <source>%1 is on another server than &quot;url&quot; (%2); the password given for %2 is never sent to another server: give %1 its own account with its own sign-in</source>
        <translation>%1 は &quot;url&quot; とは別のサーバー (%2) にあります。%2 用のパスワードが別のサーバーへ送信されることはありません。%1 には専用のアカウントを作成し、個別にサインインしてください</translation>
    </message>
    <message>
        <source>the address contains a user name or password (&quot;user:password@&quot;); remove it, give the user name in &quot;username&quot; and the password by signing in with the app or in password_command</source>
        <translation>アドレスにユーザー名またはパスワード (&quot;user:password@&quot;) が含まれています。これを削除し、ユーザー名は &quot;username&quot; に、パスワードはアプリでのサインインまたは password_command で指定してください</translation>
    </message>
    <message>
        <source>The config file %1 belongs to another user (user id %2). CRM Sync runs the commands named in its config, so it only uses a config file of your own.</source>
        <translation>設定ファイル %1 は別のユーザー (ユーザーID %2) が所有しています。CRM Sync は設定ファイルに記載されたコマンドを実行するため、ご自身が所有する設定ファイルのみを使用します。</translation>
    </message>
    <message>
        <source>The config file %1 can be changed by other users (mode %2). CRM Sync runs the commands named in its config, so it refuses such a file; remove the write permission of group and others (chmod go-w).</source>
        <translation>設定ファイル %1 は他のユーザーが変更できる状態です (モード %2)。CRM Sync は設定ファイルに記載されたコマンドを実行するため、このファイルは使用できません。グループとその他のユーザーの書き込み権限を削除してください (chmod go-w)。</translation>
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
    <name>DavListing</name>
    <message>
        <source>%1 cut its listing of %2 short (HTTP 507, too many results); nothing was deleted in this run and the listing is tried again next time.</source>
        <translation>%1 が %2 の一覧を途中で打ち切りました（HTTP 507、結果が多すぎます）。今回の同期では何も削除せず、次回あらためて一覧を取得します。</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2 for %3; the item was left as it is and is tried again next time.</source>
        <translation>%1 は %3 に対して HTTP %2 を返しました。この項目は変更せず、次回の同期で再試行します。</translation>
    </message>
    <message>
        <source>%1 named %2, which is not a member of the collection %3; it was ignored.</source>
        <translation>%1 が示した %2 はコレクション %3 のメンバーではないため、無視しました。</translation>
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
    <message>
        <source>The answer from %1 is nested deeper than %2 levels or has more than %3 elements; it was not read.</source>
        <translation>%1 からの応答は階層が %2 段より深いか、要素が %3 個を超えているため、読み込みませんでした。</translation>
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
    <message>
        <source>The address %1 contains a user name or password; give the user name in &quot;username&quot; and sign in instead.</source>
        <translation>アドレス %1 にユーザー名またはパスワードが含まれています。ユーザー名は &quot;username&quot; に指定し、サインインしてください。</translation>
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
    <message>
        <source>iCalendar data</source>
        <translation>iCalendar データ</translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation>%1 の %2 行目</translation>
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
    <message>
        <source>outbox entry %1 is %2, not failed: nothing to retry</source>
        <translation>送信待ちキューのエントリー %1 の状態は failed ではなく %2 のため、再試行できません</translation>
    </message>
</context>
<context>
    <name>ParseLimits</name>
    <message>
        <source>%1 is larger than %2 bytes (at least %3); the limit for one item is %2 bytes.</source>
        <translation>%1 が %2 バイトを超えています(%3 バイト以上)。1 件あたりの上限は %2 バイトです。</translation>
    </message>
    <message>
        <source>%1 has a line of %2 bytes; the limit is %3.</source>
        <translation>%1 に %2 バイトの行があります。上限は %3 バイトです。</translation>
    </message>
    <message>
        <source>%1 has a property of more than %2 bytes after unfolding (at least %3); the limit is %2.</source>
        <translation>%1 に、折り返しを戻すと %2 バイトを超えるプロパティがあります(%3 バイト以上)。上限は %2 バイトです。</translation>
    </message>
    <message>
        <source>%1 has more than %2 properties; the limit for one item is %2.</source>
        <translation>%1 のプロパティが %2 個を超えています。1 件あたりの上限は %2 個です。</translation>
    </message>
    <message>
        <source>%1 nests components more than %2 deep; the limit is %2.</source>
        <translation>%1 のコンポーネントの入れ子が %2 階層を超えています。上限は %2 階層です。</translation>
    </message>
    <message>
        <source>%1 has a parameter of %2 bytes; the limit is %3.</source>
        <translation>%1 に %2 バイトのパラメーターがあります。上限は %3 バイトです。</translation>
    </message>
    <message>
        <source>%1 has a property with more than %2 parameters; the limit is %2.</source>
        <translation>%1 に、パラメーターが %2 個を超えるプロパティがあります。上限は %2 個です。</translation>
    </message>
    <message>
        <source>%1 nests JSON arrays and objects more than %2 deep; the limit is %2.</source>
        <translation>%1 の JSON の配列とオブジェクトの入れ子が %2 階層を超えています。上限は %2 階層です。</translation>
    </message>
</context>
<context>
    <name>PlanExecutor</name>
    <message>
        <source>%1 changed on %2 during the sync; it will be synced on the next run</source>
        <translation>%1 は同期中に %2 で変更されました。次回の同期で反映されます</translation>
    </message>
    <message>
        <source>%1 could not be read from %2 to keep a copy before deleting it, so it was not deleted; it is tried again on the next run</source>
        <translation>削除前の控えを保存するために %2 から %1 を読み取れなかったため、削除していません。次回の同期で再試行します</translation>
    </message>
</context>
<context>
    <name>PrivateFiles</name>
    <message>
        <source>Could not create the folder %1.</source>
        <translation>フォルダー %1 を作成できませんでした。</translation>
    </message>
    <message>
        <source>Could not create the file %1: %2</source>
        <translation>ファイル %1 を作成できませんでした: %2</translation>
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
    <message>
        <source>the item of entry %1 is synced again by profile %2; there is nothing to restore</source>
        <translation>エントリー %1 のアイテムはプロファイル %2 で再び同期されているため、復元するものはありません</translation>
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
    <name>SignInMessages</name>
    <message>
        <source>The server did not accept this user name and password. Check both. If your account uses 2-step verification, sign in with an app-specific password instead of your usual one.</source>
        <translation>サーバーがこのユーザー名とパスワードを受け付けませんでした。両方を確認してください。アカウントで 2段階認証を使用している場合は、通常のパスワードではなく、アプリケーション専用のパスワードでサインインしてください。</translation>
    </message>
    <message>
        <source>The server refused the sign-in: %1</source>
        <translation>サーバーがサインインを拒否しました: %1</translation>
    </message>
    <message>
        <source>The server cannot be reached. Check the address and your network connection. (%1)</source>
        <translation>サーバーに接続できません。アドレスとネットワーク接続を確認してください。(%1)</translation>
    </message>
    <message>
        <source>Certificate problem: the server&apos;s identity could not be verified, so nothing was sent. %1</source>
        <translation>証明書の問題: サーバーの身元を確認できなかったため、何も送信していません。%1</translation>
    </message>
    <message>
        <source>Zoho did not accept the sign-in: it has expired or is no longer valid. Sign in again. (%1)</source>
        <translation>Zoho がサインインを受け付けませんでした: サインインの有効期限が切れたか、無効になっています。もう一度サインインしてください。(%1)</translation>
    </message>
    <message>
        <source>Zoho cannot be reached. Check your network connection and the data centre. (%1)</source>
        <translation>Zoho に接続できません。ネットワーク接続とデータセンターを確認してください。(%1)</translation>
    </message>
    <message>
        <source>Certificate problem: the connection to Zoho could not be verified. %1</source>
        <translation>証明書の問題: Zoho との接続を検証できませんでした。%1</translation>
    </message>
    <message>
        <source>CRM Sync was not allowed to use the account: the sign-in page was answered with Deny. Sign in again and choose Allow.</source>
        <translation>CRM Sync によるアカウントの利用が許可されませんでした（サインインページで「拒否」が選ばれました）。もう一度サインインして「承認」を選んでください。</translation>
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
    <message>
        <source>update the version of &quot;%1&quot;</source>
        <translation>「%1」のバージョンを更新する</translation>
    </message>
    <message>
        <source>save the deleted version of &quot;%1&quot;</source>
        <translation>削除された「%1」のデータの保存</translation>
    </message>
    <message>
        <source>count the recent deletions of profile %1</source>
        <translation>プロファイル %1 の最近の削除件数の集計</translation>
    </message>
    <message>
        <source>prune the journal of profile %1</source>
        <translation>プロファイル %1 の復元用記録の整理</translation>
    </message>
</context>
<context>
    <name>StatusIcon</name>
    <message>
        <source>Synced</source>
        <translation>同期済み</translation>
    </message>
    <message>
        <source>Syncing</source>
        <translation>同期中</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>一時停止中</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>オフライン</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>要確認</translation>
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
    <message>
        <source>this run would delete %1 more items from %2, making %3 deletions there within %4 hours, more than the %5% of %6 synced items allowed; nothing was deleted. Run again with --confirm-deletes if this is intended.</source>
        <translation>今回の同期で%2からさらに %1 件のアイテムが削除されると、%4 時間以内の削除が %3 件となり、同期済みの %6 件に対して許容される %5% を超えるため、何も削除していません。意図した削除であれば、--confirm-deletes を付けてもう一度実行してください。</translation>
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
    <name>TaskPicklists</name>
    <message>
        <source>Not started</source>
        <translation>未着手</translation>
    </message>
    <message>
        <source>Deferred</source>
        <translation>延期</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>進行中</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>Waiting for input</source>
        <translation>入力待ち</translation>
    </message>
    <message>
        <source>Highest</source>
        <translation>最高</translation>
    </message>
    <message>
        <source>High</source>
        <translation>高</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>標準</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <source>Lowest</source>
        <translation>最低</translation>
    </message>
</context>
<context>
    <name>TlsFingerprint</name>
    <message>
        <source>&quot;%1&quot; is not a SHA-256 fingerprint: expected 32 pairs of hex digits like &quot;AB:CD:…&quot;.</source>
        <translation>「%1」は SHA-256 のフィンガープリントではありません: &quot;AB:CD:…&quot; のように、2 桁の 16 進数を 32 組指定してください。</translation>
    </message>
</context>
<context>
    <name>TrayStatus</name>
    <message numerus="yes">
        <source>Offline, %n change(s) waiting</source>
        <comment>tray and status bar: edits queued for the CRM</comment>
        <translation>
            <numerusform>オフライン (送信待ちの変更 %n 件)</numerusform>
        </translation>
    </message>
    <message>
        <source>Offline</source>
        <comment>tray and status bar: the CRM cannot be reached</comment>
        <translation>オフライン</translation>
    </message>
    <message>
        <source>Needs attention: open the dashboard</source>
        <comment>tray: a profile has errors or must sign in again</comment>
        <translation>要確認: ダッシュボードを開いてください</translation>
    </message>
    <message>
        <source>Last sync: %1</source>
        <comment>tray tooltip; %1 is a date and time</comment>
        <translation>最終同期日時: %1</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <comment>tray tooltip</comment>
        <translation>未同期</translation>
    </message>
    <message>
        <source>CRM Sync</source>
        <comment>application name in the tray tooltip</comment>
        <translation>CRM Sync</translation>
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
    <message>
        <source>%1, the vCard starting on line %2</source>
        <translation>%1 の %2 行目から始まる vCard</translation>
    </message>
</context>
<context>
    <name>WizardChoices</name>
    <message>
        <source>Manually (Sync now)</source>
        <translation>手動 (今すぐ同期)</translation>
    </message>
    <message>
        <source>Every 15 minutes</source>
        <translation>15分ごと</translation>
    </message>
    <message>
        <source>Every hour</source>
        <translation>1時間ごと</translation>
    </message>
    <message>
        <source>Once a day</source>
        <translation>1日1回</translation>
    </message>
    <message numerus="yes">
        <source>Every %n minute(s)</source>
        <translation>
            <numerusform>%n分ごと</numerusform>
        </translation>
    </message>
    <message>
        <source>Two-way sync</source>
        <translation>双方向同期</translation>
    </message>
    <message>
        <source>One-way sync: Zoho CRM → %1</source>
        <translation>一方向同期:Zoho CRM から %1 への同期</translation>
    </message>
    <message>
        <source>One-way sync: %1 → Zoho CRM</source>
        <translation>一方向同期:%1 から Zoho CRM への同期</translation>
    </message>
    <message>
        <source>Zoho CRM&apos;s data wins</source>
        <translation>Zoho CRM のデータを優先する</translation>
    </message>
    <message>
        <source>%1&apos;s data wins</source>
        <translation>%1 のデータを優先する</translation>
    </message>
    <message>
        <source>The newest change wins</source>
        <translation>最新の変更を優先する</translation>
    </message>
    <message>
        <source>Merge field by field (Zoho CRM wins a field changed on both sides)</source>
        <translation>項目ごとに統合する (両方で変更された項目は Zoho CRM を優先)</translation>
    </message>
    <message>
        <source>All events</source>
        <translation>すべての予定</translation>
    </message>
    <message>
        <source>Today&apos;s events</source>
        <translation>今日の予定</translation>
    </message>
    <message>
        <source>Past month&apos;s events</source>
        <translation>過去1か月の予定</translation>
    </message>
    <message>
        <source>Give the profile a name.</source>
        <translation>プロファイル名を入力してください。</translation>
    </message>
    <message>
        <source>The name must not start or end with a space.</source>
        <translation>名前の先頭と末尾にはスペースを使用できません。</translation>
    </message>
    <message>
        <source>There is already a profile named &quot;%1&quot;.</source>
        <translation>「%1」という名前のプロファイルはすでにあります。</translation>
    </message>
    <message>
        <source>%1 ⇄ %2</source>
        <translation>%1 ⇄ %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
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
    <message>
        <source>Server at %1</source>
        <translation>%1 のサーバー</translation>
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
    <message>
        <source>A Zoho CRM %1 record</source>
        <translation>Zoho CRM の%1のレコード</translation>
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
    <name>crmsync::AccountSecretJob</name>
    <message>
        <source>account %1</source>
        <translation>アカウント %1</translation>
    </message>
</context>
<context>
    <name>crmsync::AccountSecretsJob</name>
    <message>
        <source>account %1: %2</source>
        <translation>アカウント %1: %2</translation>
    </message>
    <message>
        <source>account %1 is not signed in: the system keychain has no sign-in for it. Sign in with the app again (or give a *_command in the config).</source>
        <translation>アカウント %1 はサインインしていません: システムのキーチェーンにこのアカウントのサインイン情報がありません。アプリでもう一度サインインしてください (または設定ファイルで *_command を指定してください)。</translation>
    </message>
    <message>
        <source>account %1: its keychain secret was not fetched</source>
        <translation>アカウント %1: キーチェーンから秘密情報を取得していません</translation>
    </message>
</context>
<context>
    <name>crmsync::AgendaModel</name>
    <message>
        <source>No due date</source>
        <translation>期限なし</translation>
    </message>
    <message>
        <source>Overdue since %1</source>
        <translation>期限切れ (期限: %1)</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>今日が期限</translation>
    </message>
    <message>
        <source>All day</source>
        <translation>終日</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <comment>start – end time</comment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>When</source>
        <translation>日時</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>件名</translation>
    </message>
    <message>
        <source>Location / status</source>
        <translation>場所/ステータス</translation>
    </message>
</context>
<context>
    <name>crmsync::AgendaView</name>
    <message>
        <source>Search name, reading, company or e-mail</source>
        <translation>名前、よみがな、会社名、メールアドレスで検索</translation>
    </message>
    <message>
        <source>Schedule Meeting…</source>
        <translation>予定の登録…</translation>
    </message>
    <message>
        <source>New Task…</source>
        <translation>新しいタスク…</translation>
    </message>
    <message>
        <source>New Contact…</source>
        <translation>新しい連絡先…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>連絡先</translation>
    </message>
    <message>
        <source>Today, %1</source>
        <translation>今日 (%1)</translation>
    </message>
    <message>
        <source>The offline copy could not be read: %1</source>
        <translation>オフライン用のコピーを読み込めませんでした: %1</translation>
    </message>
    <message>
        <source>No sync profiles yet: set one up to see your agenda here.</source>
        <translation>同期プロファイルがまだありません。プロファイルを設定すると、ここに予定とタスクが表示されます。</translation>
    </message>
</context>
<context>
    <name>crmsync::AppContext</name>
    <message>
        <source>Could not save the settings to %1: %2</source>
        <translation>設定を %1 に保存できませんでした: %2</translation>
    </message>
</context>
<context>
    <name>crmsync::AppDialogs</name>
    <message>
        <source>There is no profile named &quot;%1&quot; to edit.</source>
        <translation>編集するプロファイル「%1」がありません。</translation>
    </message>
    <message>
        <source>Remove profile</source>
        <comment>dialog title</comment>
        <translation>プロファイルの削除</translation>
    </message>
    <message>
        <source>Remove the profile &quot;%1&quot;?

Nothing is deleted: its records stay in Zoho CRM and its items stay on the other side. Only the profile and its schedule go. If you add it again later, the items are matched, not copied twice.</source>
        <comment>dialog text</comment>
        <translation>プロファイル「%1」を削除しますか?

データは削除されません: レコードは Zoho CRM に、アイテムは連携先にそのまま残ります。削除されるのは、プロファイルとその同期スケジュールだけです。後で追加し直した場合も、アイテムは対応付けられ、二重にコピーされることはありません。</translation>
    </message>
    <message>
        <source>Remove</source>
        <comment>dialog button</comment>
        <translation>削除</translation>
    </message>
</context>
<context>
    <name>crmsync::CollectionPicker</name>
    <message>
        <source>Could not list the collections: %1</source>
        <translation>コレクションの一覧を取得できませんでした: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>This account has no address book.</source>
        <translation>このアカウントにはアドレス帳がありません。</translation>
    </message>
    <message>
        <source>This account has no calendar that can hold %1.</source>
        <translation>このアカウントには、%1を保存できるカレンダーがありません。</translation>
    </message>
</context>
<context>
    <name>crmsync::ContactEditor</name>
    <message>
        <source>New Contact</source>
        <translation>新しい連絡先</translation>
    </message>
    <message>
        <source>Last name:</source>
        <translation>姓:</translation>
    </message>
    <message>
        <source>First name:</source>
        <translation>名:</translation>
    </message>
    <message>
        <source>Company / account:</source>
        <translation>会社名/取引先:</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>メールアドレス:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>電話番号:</translation>
    </message>
    <message>
        <source>Mobile:</source>
        <translation>携帯電話:</translation>
    </message>
    <message>
        <source>Enter a last name: the CRM requires one.</source>
        <translation>姓を入力してください (CRM の必須項目です)。</translation>
    </message>
    <message>
        <source>Enter a company: the CRM requires one for a lead.</source>
        <translation>会社名を入力してください (見込み客では CRM の必須項目です)。</translation>
    </message>
    <message>
        <source>Not an e-mail address: %1</source>
        <translation>メールアドレスではありません: %1</translation>
    </message>
    <message>
        <source>Edit Contact</source>
        <translation>連絡先の編集</translation>
    </message>
</context>
<context>
    <name>crmsync::ContactListModel</name>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>会社名</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>メールアドレス</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>電話番号</translation>
    </message>
</context>
<context>
    <name>crmsync::CredentialJob</name>
    <message>
        <source>No system keychain is available: no Secret Service is running. Install gnome-keyring or KWallet and sign in to your desktop again, or continue without keeping the sign-in.</source>
        <translation>システムのキーチェーンを使用できません: Secret Service が実行されていません。gnome-keyring または KWallet をインストールしてデスクトップにサインインし直すか、サインイン情報を保持せずに続行してください。</translation>
    </message>
    <message>
        <source>The system keychain is locked, has no default keyring, or refused access. Unlock it (for example with your desktop&apos;s password manager) and try again, or continue without keeping the sign-in.</source>
        <translation>システムのキーチェーンがロックされているか、既定のキーリングがないか、アクセスが拒否されました。キーチェーンのロックを解除して (デスクトップのパスワードマネージャーなどを使用) もう一度試すか、サインイン情報を保持せずに続行してください。</translation>
    </message>
    <message>
        <source>The system keychain failed: %1</source>
        <extracomment>%1 is the keychain&apos;s own error text</extracomment>
        <translation>システムのキーチェーンでエラーが発生しました: %1</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>不明なエラー</translation>
    </message>
</context>
<context>
    <name>crmsync::CrmSignInPage</name>
    <message>
        <source>Keep me signed in</source>
        <translation>サインイン情報を保持</translation>
    </message>
    <message>
        <source>Keeps the sign-in in the system keychain. Unchecked, you sign in again after the app quits.</source>
        <translation>サインイン情報をシステムのキーチェーンに保存します。オフにすると、アプリの終了後にもう一度サインインが必要になります。</translation>
    </message>
    <message>
        <source>Sign in with browser</source>
        <translation>ブラウザーでサインイン</translation>
    </message>
    <message>
        <source>Cancel sign-in</source>
        <translation>サインインをキャンセル</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>コピー</translation>
    </message>
    <message>
        <source>Continue without keeping the sign-in</source>
        <translation>サインイン情報を保持せずに続行</translation>
    </message>
    <message>
        <source>Account name:</source>
        <translation>アカウント名:</translation>
    </message>
    <message>
        <source>Data centre:</source>
        <translation>データセンター:</translation>
    </message>
    <message>
        <source>Sign in to Zoho CRM in your web browser. CRM Sync never sees your Zoho password.</source>
        <translation>Web ブラウザーで Zoho CRM にサインインしてください。Zoho のパスワードが CRM Sync に渡ることはありません。</translation>
    </message>
    <message>
        <source>If no browser window opened, open this address in your browser:</source>
        <translation>ブラウザーのウィンドウが開かない場合は、このアドレスをブラウザーで開いてください:</translation>
    </message>
    <message>
        <source>Signed in as account “%1”. The sign-in is kept in the system keychain.</source>
        <translation>アカウント「%1」としてサインインしました。サインイン情報はシステムのキーチェーンに保存されています。</translation>
    </message>
    <message>
        <source>Signed in as account “%1” for this session only.</source>
        <translation>このセッションの間だけ、アカウント「%1」としてサインインしました。</translation>
    </message>
    <message>
        <source>Give the account a name.</source>
        <translation>アカウント名を入力してください。</translation>
    </message>
    <message>
        <source>Browser sign-in is not available in this build.</source>
        <translation>このビルドでは、ブラウザーでのサインインを使用できません。</translation>
    </message>
    <message>
        <source>Waiting for you to sign in and allow access in the browser…</source>
        <translation>ブラウザーでのサインインとアクセスの許可を待っています…</translation>
    </message>
    <message>
        <source>Starting the sign-in…</source>
        <translation>サインインを開始しています…</translation>
    </message>
    <message>
        <source>Sign-in cancelled.</source>
        <translation>サインインをキャンセルしました。</translation>
    </message>
    <message>
        <source>Signed in. Keeping the sign-in in the system keychain…</source>
        <translation>サインインしました。サインイン情報をシステムのキーチェーンに保存しています…</translation>
    </message>
    <message>
        <source>Signed in.</source>
        <translation>サインインしました。</translation>
    </message>
</context>
<context>
    <name>crmsync::DashboardView</name>
    <message>
        <source>Sync profiles</source>
        <comment>accessible name of the dashboard table</comment>
        <translation>同期プロファイル</translation>
    </message>
    <message>
        <source>Details</source>
        <comment>dashboard tab: errors and conflicts of the selected profile</comment>
        <translation>詳細</translation>
    </message>
    <message>
        <source>Log</source>
        <comment>dashboard tab</comment>
        <translation>ログ</translation>
    </message>
    <message>
        <source>Syncing %1…</source>
        <comment>progress bar label; %1 is the profile name</comment>
        <translation>%1 を同期しています…</translation>
    </message>
    <message>
        <source>Sync %1 now</source>
        <comment>context menu of a dashboard row</comment>
        <translation>%1 を今すぐ同期</translation>
    </message>
    <message>
        <source>Resume %1</source>
        <comment>context menu of a dashboard row</comment>
        <translation>%1 を再開</translation>
    </message>
    <message>
        <source>Pause %1</source>
        <comment>context menu of a dashboard row</comment>
        <translation>%1 を一時停止</translation>
    </message>
    <message>
        <source>Edit %1…</source>
        <comment>context menu of a dashboard row</comment>
        <translation>%1 を編集…</translation>
    </message>
    <message>
        <source>Remove %1…</source>
        <comment>context menu of a dashboard row</comment>
        <translation>%1 を削除…</translation>
    </message>
</context>
<context>
    <name>crmsync::DavCollectionResolveJob</name>
    <message>
        <source>tasks (VTODO)</source>
        <translation>タスク (VTODO)</translation>
    </message>
    <message>
        <source>events (VEVENT)</source>
        <translation>予定 (VEVENT)</translation>
    </message>
    <message>
        <source>the calendar %1 does not accept %2 (it takes %3); run &quot;crmsync discover&quot; and put a calendar that does in &quot;collection&quot;.</source>
        <translation>カレンダー %1 は%2に対応していません (対応しているのは %3)。「crmsync discover」を実行し、対応しているカレンダーを &quot;collection&quot; に指定してください。</translation>
    </message>
    <message>
        <source>no calendar at %1 accepts %2; create one, or name a calendar in &quot;collection&quot; (&quot;crmsync discover&quot; lists them).</source>
        <translation>%1 には%2に対応したカレンダーがありません。カレンダーを作成するか、&quot;collection&quot; にカレンダーを指定してください (カレンダーの一覧は「crmsync discover」で確認できます)。</translation>
    </message>
    <message>
        <source>no address book found at %1; create one, or name it in &quot;collection&quot; (&quot;crmsync discover&quot; lists them).</source>
        <translation>%1 にアドレス帳が見つかりません。アドレス帳を作成するか、&quot;collection&quot; にアドレス帳を指定してください (アドレス帳の一覧は「crmsync discover」で確認できます)。</translation>
    </message>
</context>
<context>
    <name>crmsync::DavDiscoveryJob</name>
    <message>
        <source>%1 does not say whose calendars and address books it holds (no current-user-principal); give the collection URL instead.</source>
        <translation>%1 から、どのユーザーのカレンダーとアドレス帳があるかが返されませんでした (current-user-principal がありません)。代わりにコレクションの URL を指定してください。</translation>
    </message>
    <message>
        <source>a DNS SRV record</source>
        <translation>DNS の SRV レコード</translation>
    </message>
    <message>
        <source>The server for %1 is %2 (named by %3), which is outside %1, so nothing was sent there. Use it only if it is really your provider&apos;s server: confirm it in the app, or give it as the account&apos;s &quot;url&quot;.</source>
        <extracomment>%1 the host typed or the e-mail domain, %2 the server found, %3 &quot;a DNS SRV record&quot; or &quot;a redirect from …&quot;</extracomment>
        <translation>%3 によると %1 のサーバーは %2 ですが、%2 は %1 の外にあるため、何も送信していません。ご利用のプロバイダーのサーバーであることが確かな場合のみ使用してください。アプリで確認するか、アカウントの &quot;url&quot; に指定してください。</translation>
    </message>
    <message>
        <source>a redirect from %1</source>
        <translation>%1 からのリダイレクト</translation>
    </message>
</context>
<context>
    <name>crmsync::DavFetchJob</name>
    <message>
        <source>%1 answered for %2, which was not asked for; the answer was ignored.</source>
        <translation>%1 が要求していない %2 について応答したため、その応答は無視しました。</translation>
    </message>
    <message>
        <source>%1 sent no data for %2; the item was left as it is and is tried again next time.</source>
        <translation>%1 から %2 のデータが送られてきませんでした。この項目は変更せず、次回の同期で再試行します。</translation>
    </message>
    <message>
        <source>%1 left %2 out of its answer; the item was left as it is and is tried again next time.</source>
        <translation>%1 の応答に %2 が含まれていませんでした。この項目は変更せず、次回の同期で再試行します。</translation>
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
    <name>crmsync::DavServiceLocator</name>
    <message>
        <source>&quot;%1&quot; is neither an e-mail address nor a domain name.</source>
        <translation>「%1」はメールアドレスでもドメイン名でもありません。</translation>
    </message>
    <message>
        <source>%1 offers neither CalDAV nor CardDAV: its DNS SRV records say so (RFC 6764).</source>
        <translation>%1 は CalDAV にも CardDAV にも対応していません: DNS の SRV レコードでそのように示されています (RFC 6764)。</translation>
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
    <message>
        <source>Refusing to write %1 on %2: it is not a member of the collection %3.</source>
        <translation>%1 は %2 上のコレクション %3 のメンバーではないため、書き込みを中止しました。</translation>
    </message>
</context>
<context>
    <name>crmsync::DefaultsPage</name>
    <message>
        <source>Default values for required fields</source>
        <translation>必須項目の初期値</translation>
    </message>
    <message>
        <source>Zoho CRM does not save an item without these fields. When an item from the other side lacks one, this value is used.</source>
        <translation>Zoho CRM では、これらの項目に値がないアイテムは保存されません。連携先のアイテムに値がない場合は、ここで入力した値が使われます。</translation>
    </message>
    <message>
        <source>These are the required fields Zoho CRM reports for %1.</source>
        <translation>Zoho CRM から返された%1の必須項目です。</translation>
    </message>
    <message>
        <source>Zoho CRM&apos;s field list could not be read; these are the fields Zoho CRM always requires for %1.</source>
        <translation>Zoho CRM の項目の一覧を読み込めませんでした。以下は、Zoho CRM で%1に常に必要な必須項目です。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Value when the item has none</source>
        <translation>アイテムに値がない場合の値</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
</context>
<context>
    <name>crmsync::DemoEnvironment</name>
    <message>
        <source>The CRM emulator did not start in time.</source>
        <translation>CRM エミュレーターが時間内に起動しませんでした。</translation>
    </message>
    <message>
        <source>Could not start the CRM emulator %1: %2</source>
        <translation>CRM エミュレーター %1 を起動できませんでした: %2</translation>
    </message>
    <message>
        <source>The CRM emulator stopped at once; see %1</source>
        <translation>CRM エミュレーターがすぐに停止しました。%1 を確認してください</translation>
    </message>
    <message>
        <source>The CRM emulator crm-sandbox was not found.</source>
        <translation>CRM エミュレーター crm-sandbox が見つかりませんでした。</translation>
    </message>
    <message>
        <source>Could not write the demo settings to %1.</source>
        <translation>デモの設定を %1 に書き込めませんでした。</translation>
    </message>
</context>
<context>
    <name>crmsync::EditSaver</name>
    <message>
        <source>Saved.</source>
        <translation>保存しました。</translation>
    </message>
    <message>
        <source>Queued: will be sent when the CRM is reachable.</source>
        <translation>送信待ちに追加しました: CRM に接続できるようになると送信されます。</translation>
    </message>
    <message>
        <source>The CRM refused the change (kept in the outbox as failed): %1</source>
        <translation>CRM が変更を拒否しました (失敗として送信待ちキューに残しました): %1</translation>
    </message>
    <message>
        <source>Queued, but signing in to the CRM failed: %1</source>
        <translation>送信待ちに追加しましたが、CRM へのサインインに失敗しました: %1</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>保存されませんでした: %1</translation>
    </message>
</context>
<context>
    <name>crmsync::EditService</name>
    <message>
        <source>The change was not saved: the profile is not ready.</source>
        <translation>変更を保存できませんでした: プロファイルの準備ができていません。</translation>
    </message>
</context>
<context>
    <name>crmsync::EditorDialog</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Save to:</source>
        <translation>保存先:</translation>
    </message>
    <message>
        <source>No sync profile of the config holds this kind of record; add one in the setup wizard first.</source>
        <translation>この種類のレコードを扱う同期プロファイルが設定にありません。先に [同期の設定] でプロファイルを追加してください。</translation>
    </message>
    <message>
        <source>Nothing changed.</source>
        <translation>変更はありません。</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>保存しています…</translation>
    </message>
</context>
<context>
    <name>crmsync::EventEditor</name>
    <message>
        <source>All day</source>
        <translation>終日</translation>
    </message>
    <message>
        <source>Schedule Meeting</source>
        <translation>予定の登録</translation>
    </message>
    <message>
        <source>E-mail addresses, separated by commas</source>
        <translation>メールアドレス (カンマ区切り)</translation>
    </message>
    <message>
        <source>None</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>5 minutes before</source>
        <translation>5分前</translation>
    </message>
    <message>
        <source>15 minutes before</source>
        <translation>15分前</translation>
    </message>
    <message>
        <source>30 minutes before</source>
        <translation>30分前</translation>
    </message>
    <message>
        <source>1 hour before</source>
        <translation>1時間前</translation>
    </message>
    <message>
        <source>1 day before</source>
        <translation>1日前</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>件名:</translation>
    </message>
    <message>
        <source>Attendees:</source>
        <translation>参加者:</translation>
    </message>
    <message>
        <source>Location:</source>
        <translation>場所:</translation>
    </message>
    <message>
        <source>Start:</source>
        <translation>開始時刻:</translation>
    </message>
    <message>
        <source>End:</source>
        <translation>終了時刻:</translation>
    </message>
    <message>
        <source>Reminder:</source>
        <translation>リマインダー通知:</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) before</source>
        <translation>
            <numerusform>%n分前</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter a subject.</source>
        <translation>件名を入力してください。</translation>
    </message>
    <message>
        <source>Not an e-mail address: %1</source>
        <translation>メールアドレスではありません: %1</translation>
    </message>
    <message>
        <source>The end must be after the start.</source>
        <translation>終了時刻は開始時刻より後にしてください。</translation>
    </message>
    <message>
        <source>Edit Meeting</source>
        <translation>予定の編集</translation>
    </message>
</context>
<context>
    <name>crmsync::FailedChangesBox</name>
    <message>
        <source>New record</source>
        <comment>a change that creates a CRM record</comment>
        <translation>新しいレコード</translation>
    </message>
    <message>
        <source>Record %1</source>
        <comment>a change of CRM record %1</comment>
        <translation>レコード %1</translation>
    </message>
    <message>
        <source>Changes the CRM refused</source>
        <comment>dashboard details</comment>
        <translation>CRM が受け付けなかった変更</translation>
    </message>
    <message>
        <source>Send again</source>
        <comment>dashboard: retry a refused change</comment>
        <translation>再送信</translation>
    </message>
    <message>
        <source>Change</source>
        <comment>refused changes column</comment>
        <translation>変更</translation>
    </message>
    <message>
        <source>Reason</source>
        <comment>refused changes column</comment>
        <translation>理由</translation>
    </message>
    <message>
        <source>Queue the change again; the next sync sends it. Fix the value in the CRM or in the editor first if it was refused for its content.</source>
        <translation>変更をもう一度送信待ちにします。次回の同期で送信されます。内容が原因で受け付けられなかった場合は、先に CRM または編集画面で値を修正してください。</translation>
    </message>
</context>
<context>
    <name>crmsync::FieldMapModel</name>
    <message>
        <source>Choose both fields of each pair, or remove the pair.</source>
        <translation>各組で両方の項目を選択するか、その組を削除してください。</translation>
    </message>
    <message>
        <source>The CRM field %1 is mapped more than once.</source>
        <translation>CRM の項目 %1 が複数回関連付けられています。</translation>
    </message>
    <message>
        <source>Map at least one field.</source>
        <translation>項目を 1 つ以上関連付けてください。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 — custom field</source>
        <translation>%1 — カスタム項目</translation>
    </message>
    <message>
        <source>Zoho CRM field</source>
        <translation>Zoho CRM の項目</translation>
    </message>
    <message>
        <source>Other side&apos;s field</source>
        <translation>連携先の項目</translation>
    </message>
</context>
<context>
    <name>crmsync::FieldMapPage</name>
    <message>
        <source>Field mapping</source>
        <translation>項目の関連付け</translation>
    </message>
    <message>
        <source>Which Zoho CRM field is synced with which field on the other side. Fields that are not mapped are left as they are.</source>
        <translation>Zoho CRM のどの項目を連携先のどの項目と同期するかを指定します。関連付けていない項目は変更されません。</translation>
    </message>
    <message>
        <source>Map more fields</source>
        <translation>他の項目を関連付ける</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Reading the fields of Zoho CRM, including custom fields…</source>
        <translation>カスタム項目を含め、Zoho CRM の項目を読み込んでいます…</translation>
    </message>
    <message numerus="yes">
        <source>The list of Zoho CRM fields includes %n custom field(s).</source>
        <translation>
            <numerusform>Zoho CRM の項目の一覧には、カスタム項目が %n 個含まれています。</numerusform>
        </translation>
    </message>
    <message>
        <source>Custom fields are not listed: the fields of Zoho CRM could not be read (%1). The default mapping works; you can also type a field&apos;s API name.</source>
        <translation>カスタム項目は一覧にありません: Zoho CRM の項目を読み込めませんでした (%1)。既定の項目の関連付けはそのまま使えます。項目の API 名を直接入力することもできます。</translation>
    </message>
</context>
<context>
    <name>crmsync::FolderListChangesJob</name>
    <message>
        <source>The folder %1 cannot be read (check its permissions); nothing was synced.</source>
        <translation>フォルダー %1 を読み取れません（アクセス権を確認してください）。同期は行われませんでした。</translation>
    </message>
    <message>
        <source>%1 is still in the folder %2 but was missing from its listing; it was left as it is.</source>
        <translation>%1 はフォルダー %2 に存在しますが、一覧に含まれていなかったため、変更しませんでした。</translation>
    </message>
</context>
<context>
    <name>crmsync::GuiApplication</name>
    <message>
        <source>CRM Sync keeps Zoho CRM in step with your address book, calendar and folders.</source>
        <translation>CRM Sync は、Zoho CRM をアドレス帳、カレンダー、フォルダーと同期した状態に保ちます。</translation>
    </message>
    <message>
        <source>Open the app on the settings file FILE.</source>
        <translation>設定ファイル FILE を使ってアプリを開きます。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Keep the sync state in DIR.</source>
        <translation>同期状態を DIR に保存します。</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <source>Open the app on demo data: a local CRM emulator and folders.</source>
        <translation>デモデータ (ローカルの CRM エミュレーターとフォルダー) を使ってアプリを開きます。</translation>
    </message>
    <message>
        <source>Keep the demo&apos;s data in DIR (default: %1).</source>
        <translation>デモのデータを DIR に保存します (初期値: %1)。</translation>
    </message>
    <message>
        <source>CRM Sync: %1 needs you</source>
        <comment>notification title; %1 is a profile name</comment>
        <translation>CRM Sync: %1 の確認が必要です</translation>
    </message>
    <message>
        <source>Demo</source>
        <comment>dialog title</comment>
        <translation>デモ</translation>
    </message>
    <message>
        <source>The demo could not start: %1</source>
        <comment>dialog text</comment>
        <translation>デモを開始できませんでした: %1</translation>
    </message>
    <message>
        <source>CRM Sync</source>
        <comment>notification title</comment>
        <translation>CRM Sync</translation>
    </message>
    <message>
        <source>Today</source>
        <comment>main window tab: the agenda</comment>
        <translation>今日</translation>
    </message>
    <message>
        <source>Reminder: %1</source>
        <comment>notification title; %1 is an event title</comment>
        <translation>リマインダー通知: %1</translation>
    </message>
    <message>
        <source>Starts at %1</source>
        <comment>reminder text</comment>
        <translation>開始時刻: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>status bar notification: title, text</comment>
        <translation>%1: %2</translation>
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
    <message>
        <source>Refusing the secure connection to %1: %2. The server&apos;s certificate has the SHA-256 fingerprint %3.</source>
        <translation>%1 との安全な接続を拒否しました: %2。サーバーの証明書の SHA-256 フィンガープリントは %3 です。</translation>
    </message>
    <message>
        <source>%1 refused the sign-in of user %2 (HTTP %3): check the username and password.</source>
        <translation>%1 がユーザー %2 のサインインを拒否しました (HTTP %3): ユーザー名とパスワードを確認してください。</translation>
    </message>
    <message>
        <source>The password given for %1 is not sent to %2: sign in to %2 on its own.</source>
        <translation>%1 用のパスワードは %2 へは送信されません。%2 には個別にサインインしてください。</translation>
    </message>
</context>
<context>
    <name>crmsync::LogModel</name>
    <message>
        <source>Warning</source>
        <comment>log level</comment>
        <translation>警告</translation>
    </message>
    <message>
        <source>Error</source>
        <comment>log level</comment>
        <translation>エラー</translation>
    </message>
    <message>
        <source>Info</source>
        <comment>log level</comment>
        <translation>情報</translation>
    </message>
    <message>
        <source>Time</source>
        <comment>log column</comment>
        <translation>時刻</translation>
    </message>
    <message>
        <source>Level</source>
        <comment>log column</comment>
        <translation>レベル</translation>
    </message>
    <message>
        <source>Message</source>
        <comment>log column</comment>
        <translation>メッセージ</translation>
    </message>
</context>
<context>
    <name>crmsync::LoopbackRedirectListener</name>
    <message>
        <source>CRM Sync cannot receive the sign-in answer: listening on 127.0.0.1 failed (%1).</source>
        <translation>CRM Sync がサインインの応答を受け取れません: 127.0.0.1 での待ち受けに失敗しました (%1)。</translation>
    </message>
</context>
<context>
    <name>crmsync::MainWindow</name>
    <message>
        <source>CRM Sync</source>
        <comment>main window title</comment>
        <translation>CRM Sync</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <comment>main window tab</comment>
        <translation>ダッシュボード</translation>
    </message>
    <message>
        <source>Sync now</source>
        <comment>action: sync all profiles</comment>
        <translation>今すぐ同期</translation>
    </message>
    <message>
        <source>Add profile…</source>
        <comment>action: open the setup wizard</comment>
        <translation>プロファイルを追加…</translation>
    </message>
    <message>
        <source>Sign in…</source>
        <comment>action: sign in to the CRM or a server</comment>
        <translation>サインイン…</translation>
    </message>
    <message>
        <source>Open dashboard</source>
        <comment>tray menu action</comment>
        <translation>ダッシュボードを開く</translation>
    </message>
    <message>
        <source>Quit</source>
        <comment>action: quit the app</comment>
        <translation>終了</translation>
    </message>
    <message>
        <source>Start at login</source>
        <comment>settings menu: start the app when the user logs in</comment>
        <translation>ログイン時に起動</translation>
    </message>
    <message>
        <source>Sync</source>
        <comment>toolbar name</comment>
        <translation>同期</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <comment>menu</comment>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Sync</source>
        <comment>menu</comment>
        <translation>同期(&amp;S)</translation>
    </message>
    <message>
        <source>S&amp;ettings</source>
        <comment>menu</comment>
        <translation>設定(&amp;E)</translation>
    </message>
    <message>
        <source>Resume</source>
        <comment>action: resume scheduled syncs</comment>
        <translation>再開</translation>
    </message>
    <message>
        <source>Pause</source>
        <comment>action: pause scheduled syncs</comment>
        <translation>一時停止</translation>
    </message>
    <message>
        <source>Quit CRM Sync?</source>
        <comment>dialog title</comment>
        <translation>CRM Sync を終了しますか?</translation>
    </message>
    <message>
        <source>There is no system tray here, so closing the window quits CRM Sync and scheduled syncs stop until you start it again. Quit now?</source>
        <comment>dialog text</comment>
        <translation>この環境にはシステムトレイがないため、ウィンドウを閉じると CRM Sync が終了し、もう一度起動するまで定期的な同期は行われません。今すぐ終了しますか?</translation>
    </message>
</context>
<context>
    <name>crmsync::ModulePage</name>
    <message>
        <source>Collection:</source>
        <translation>コレクション:</translation>
    </message>
    <message>
        <source>Include private items</source>
        <translation>非公開のアイテムも同期する</translation>
    </message>
    <message>
        <source>Events:</source>
        <translation>同期する予定:</translation>
    </message>
    <message>
        <source>What to sync</source>
        <translation>同期の対象</translation>
    </message>
    <message>
        <source>Choose a Zoho CRM module and where its items are kept on the other side.</source>
        <translation>Zoho CRM のタブと、そのアイテムを保存する連携先を選択してください。</translation>
    </message>
    <message>
        <source>Comma-separated; empty syncs all</source>
        <translation>カンマ区切り。空欄の場合はすべて同期します</translation>
    </message>
    <message>
        <source>Module:</source>
        <translation>タブ:</translation>
    </message>
    <message>
        <source>Zoho CRM account:</source>
        <translation>Zoho CRM のアカウント:</translation>
    </message>
    <message>
        <source>Sync with:</source>
        <translation>連携先:</translation>
    </message>
    <message>
        <source>Direction:</source>
        <translation>同期の方向:</translation>
    </message>
    <message>
        <source>When an item changed on both sides:</source>
        <translation>データの競合が発生した場合の処理:</translation>
    </message>
    <message>
        <source>Sync frequency:</source>
        <translation>同期の頻度:</translation>
    </message>
    <message>
        <source>Categories / groups:</source>
        <translation>カテゴリー/グループ:</translation>
    </message>
    <message>
        <source>Profile name:</source>
        <translation>プロファイル名:</translation>
    </message>
    <message>
        <source>the other side</source>
        <translation>連携先</translation>
    </message>
    <message>
        <source>There is no Zoho CRM account yet: sign in to Zoho CRM first.</source>
        <translation>Zoho CRM のアカウントがまだありません。先に Zoho CRM にサインインしてください。</translation>
    </message>
    <message>
        <source>There is no account that can hold %1: add a folder or a %2 account first.</source>
        <translation>%1を保存できるアカウントがありません。先にフォルダーまたは %2 のアカウントを追加してください。</translation>
    </message>
    <message>
        <source>Choose a Zoho CRM account.</source>
        <translation>Zoho CRM のアカウントを選択してください。</translation>
    </message>
    <message>
        <source>Choose the account to sync with.</source>
        <translation>連携先のアカウントを選択してください。</translation>
    </message>
    <message>
        <source>Choose a collection.</source>
        <translation>コレクションを選択してください。</translation>
    </message>
</context>
<context>
    <name>crmsync::ProfileDetailsPane</name>
    <message>
        <source>Restore this version</source>
        <comment>dashboard: bring back the version that lost a conflict</comment>
        <translation>このデータを復元</translation>
    </message>
    <message>
        <source>Item</source>
        <comment>per-item error list column</comment>
        <translation>アイテム</translation>
    </message>
    <message>
        <source>Reason</source>
        <comment>per-item error list column</comment>
        <translation>理由</translation>
    </message>
    <message>
        <source>Field</source>
        <comment>conflict comparison column</comment>
        <translation>項目</translation>
    </message>
    <message>
        <source>Kept</source>
        <comment>conflict comparison column: the winning version</comment>
        <translation>採用</translation>
    </message>
    <message>
        <source>Lost</source>
        <comment>conflict comparison column: the losing version</comment>
        <translation>不採用</translation>
    </message>
    <message>
        <source>Errors of the last run</source>
        <comment>dashboard details</comment>
        <translation>前回の実行のエラー</translation>
    </message>
    <message>
        <source>Restoring…</source>
        <comment>dashboard: a restore is running</comment>
        <translation>復元しています…</translation>
    </message>
    <message>
        <source>Select a profile to see its errors and conflicts.</source>
        <comment>dashboard details</comment>
        <translation>プロファイルを選択すると、エラーと競合が表示されます。</translation>
    </message>
    <message>
        <source>Profile %1</source>
        <comment>dashboard details title; %1 is the profile name</comment>
        <translation>プロファイル %1</translation>
    </message>
    <message>
        <source>Profile %1: %2</source>
        <comment>dashboard details title; %2 is the last run&apos;s message</comment>
        <translation>プロファイル %1: %2</translation>
    </message>
    <message>
        <source>CRM version</source>
        <comment>conflict list: the losing version came from the CRM</comment>
        <translation>CRM のデータ</translation>
    </message>
    <message>
        <source>Other side&apos;s version</source>
        <comment>conflict list: the losing version came from the folder/address book/calendar</comment>
        <translation>連携先のデータ</translation>
    </message>
    <message>
        <source>%1 · %2 (restored)</source>
        <comment>conflict list entry</comment>
        <translation>%1 · %2 (復元済み)</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>conflict list entry: time · which version lost</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Kept (other side)</source>
        <comment>conflict comparison column: the winning version</comment>
        <translation>採用 (連携先)</translation>
    </message>
    <message>
        <source>Kept (CRM)</source>
        <comment>conflict comparison column: the winning version</comment>
        <translation>採用 (CRM)</translation>
    </message>
    <message>
        <source>Lost (CRM)</source>
        <comment>conflict comparison column: the losing version</comment>
        <translation>不採用 (CRM)</translation>
    </message>
    <message>
        <source>Lost (other side)</source>
        <comment>conflict comparison column: the losing version</comment>
        <translation>不採用 (連携先)</translation>
    </message>
    <message>
        <source>Restored on both sides.</source>
        <comment>dashboard: a losing version was written back</comment>
        <translation>CRM と連携先の両方に復元しました。</translation>
    </message>
    <message>
        <source>Could not restore: %1</source>
        <comment>dashboard</comment>
        <translation>復元できませんでした: %1</translation>
    </message>
    <message>
        <source>Conflicts and deletions: versions you can restore</source>
        <comment>dashboard details</comment>
        <translation>競合と削除: 復元できるデータ</translation>
    </message>
    <message>
        <source>Deleted on CRM: %1</source>
        <comment>conflict list: a sync deleted this CRM record because its partner was deleted</comment>
        <translation>CRM で削除: %1</translation>
    </message>
    <message>
        <source>Deleted on other side: %1</source>
        <comment>conflict list: a sync deleted this folder/address book/calendar item because its CRM record was deleted</comment>
        <translation>連携先で削除: %1</translation>
    </message>
    <message>
        <source>Deleted (CRM)</source>
        <comment>conflict comparison column: the values of a deleted CRM record</comment>
        <translation>削除されたデータ (CRM)</translation>
    </message>
    <message>
        <source>Deleted (other side)</source>
        <comment>conflict comparison column: the values of a deleted folder/address book/calendar item</comment>
        <translation>削除されたデータ (連携先)</translation>
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
    <message>
        <source>account %1: its keychain secret was not fetched</source>
        <translation>アカウント %1: キーチェーンから秘密情報を取得していません</translation>
    </message>
</context>
<context>
    <name>crmsync::ProfileStatusModel</name>
    <message>
        <source>Syncing: %1 of %2</source>
        <comment>dashboard state column; items done of items planned</comment>
        <translation>同期中: %1/%2</translation>
    </message>
    <message>
        <source>Never</source>
        <comment>dashboard: profile not synced yet</comment>
        <translation>未同期</translation>
    </message>
    <message>
        <source>Manual</source>
        <comment>dashboard: profile runs only on request</comment>
        <translation>手動</translation>
    </message>
    <message>
        <source>+%1 ~%2 −%3</source>
        <extracomment>Counts of the last run: created, updated, deleted; the tooltip spells them out.</extracomment>
        <translation>+%1 ~%2 −%3</translation>
    </message>
    <message>
        <source>%1 created, %2 updated, %3 deleted in the last run</source>
        <translation>前回の実行: 作成 %1 件、更新 %2 件、削除 %3 件</translation>
    </message>
    <message>
        <source>Profile</source>
        <comment>dashboard column</comment>
        <translation>プロファイル</translation>
    </message>
    <message>
        <source>CRM module</source>
        <comment>dashboard column</comment>
        <translation>CRM タブ</translation>
    </message>
    <message>
        <source>State</source>
        <comment>dashboard column</comment>
        <translation>状態</translation>
    </message>
    <message>
        <source>Last sync</source>
        <comment>dashboard column</comment>
        <translation>最終同期日時</translation>
    </message>
    <message>
        <source>Next sync</source>
        <comment>dashboard column</comment>
        <translation>次回の同期</translation>
    </message>
    <message>
        <source>Changes in the CRM</source>
        <comment>dashboard column: created/updated/deleted in the CRM by the last run</comment>
        <translation>CRM の変更</translation>
    </message>
    <message>
        <source>Changes on the other side</source>
        <comment>dashboard column: created/updated/deleted in the folder, address book or calendar</comment>
        <translation>連携先の変更</translation>
    </message>
    <message>
        <source>Errors</source>
        <comment>dashboard column: per-item errors of the last run</comment>
        <translation>エラー</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <comment>dashboard column: conflicts of the last run</comment>
        <translation>競合</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <comment>dashboard state column: a new profile</comment>
        <translation>未同期</translation>
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
    <name>crmsync::ResponseBodyGuard</name>
    <message>
        <source>a listing</source>
        <translation>一覧</translation>
    </message>
    <message>
        <source>items</source>
        <translation>項目</translation>
    </message>
    <message>
        <source>a sign-in token</source>
        <translation>サインイン用トークン</translation>
    </message>
    <message>
        <source>an answer</source>
        <translation>応答</translation>
    </message>
    <message>
        <source>%1 sent its answer too slowly (less than %2 bytes in %3 seconds); the transfer was stopped.</source>
        <translation>%1 からの応答が遅すぎるため（%3 秒間で %2 バイト未満）、転送を中止しました。</translation>
    </message>
    <message>
        <source>The answer from %1 is larger than %2 MiB, the limit for %3; the transfer was stopped.</source>
        <translation>%1 からの応答が%3の上限 %2 MiB を超えたため、転送を中止しました。</translation>
    </message>
</context>
<context>
    <name>crmsync::ServerSignInPage</name>
    <message>
        <source>for example: icloud</source>
        <translation>例: icloud</translation>
    </message>
    <message>
        <source>https://dav.example.com/ or name@example.com</source>
        <translation>https://dav.example.com/ または name@example.com</translation>
    </message>
    <message>
        <source>Keep me signed in</source>
        <translation>サインイン情報を保持</translation>
    </message>
    <message>
        <source>Keeps the password in the system keychain. Unchecked, you sign in again after the app quits.</source>
        <translation>パスワードをシステムのキーチェーンに保存します。オフにすると、アプリの終了後にもう一度サインインが必要になります。</translation>
    </message>
    <message>
        <source>Test and save</source>
        <translation>テストして保存</translation>
    </message>
    <message>
        <source>Continue without keeping the sign-in</source>
        <translation>サインイン情報を保持せずに続行</translation>
    </message>
    <message>
        <source>If your account uses 2-step verification, your usual password will not work here: create an app-specific password and enter that instead. iCloud: &lt;a href=&quot;https://appleid.apple.com&quot;&gt;appleid.apple.com&lt;/a&gt; → Sign-In and Security → App-Specific Passwords. Zoho: &lt;a href=&quot;https://help.zoho.com/portal/en/kb/solo/communication/settings/articles/how-to-generate-app-specific-password&quot;&gt;how to generate an app-specific password&lt;/a&gt;. Google calendars and contacts do not accept passwords at all.</source>
        <translation>アカウントで 2段階認証を使用している場合、ここでは通常のパスワードは使用できません。アプリケーション専用のパスワードを作成して入力してください。iCloud: &lt;a href=&quot;https://appleid.apple.com&quot;&gt;appleid.apple.com&lt;/a&gt; → サインインとセキュリティ → App用パスワード。Zoho: &lt;a href=&quot;https://help.zoho.com/portal/en/kb/solo/communication/settings/articles/how-to-generate-app-specific-password&quot;&gt;アプリケーション専用のパスワードの生成方法&lt;/a&gt;。Google のカレンダーと連絡先では、パスワードは一切使用できません。</translation>
    </message>
    <message>
        <source>Account name:</source>
        <translation>アカウント名:</translation>
    </message>
    <message>
        <source>Server address or e-mail:</source>
        <translation>サーバーのアドレスまたはメールアドレス:</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>ユーザー名:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>パスワード:</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n account(s). The password is kept in the system keychain.</source>
        <translation>
            <numerusform>%n 件のアカウントを保存しました。パスワードはシステムのキーチェーンに保存されています。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved %n account(s). The password is kept for this session only.</source>
        <translation>
            <numerusform>%n 件のアカウントを保存しました。パスワードはこのセッションの間だけ保持されます。</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter the server address (or your e-mail address) and the user name.</source>
        <translation>サーバーのアドレス (またはメールアドレス) とユーザー名を入力してください。</translation>
    </message>
    <message>
        <source>Connecting to the server…</source>
        <translation>サーバーに接続しています…</translation>
    </message>
    <message>
        <source>Signed in, but the server offers no calendars or address books to this user.</source>
        <translation>サインインしましたが、このユーザーが使用できるカレンダーやアドレス帳がサーバーにありません。</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>カレンダー</translation>
    </message>
    <message>
        <source>Address book</source>
        <translation>アドレス帳</translation>
    </message>
    <message>
        <source>%1 “%2” — %3</source>
        <extracomment>%1 &quot;Calendar&quot; or &quot;Address book&quot;, %2 its name, %3 its address</extracomment>
        <translation>%1「%2」— %3</translation>
    </message>
    <message numerus="yes">
        <source>Signed in. Found %n calendar(s) and address book(s); saving…</source>
        <translation>
            <numerusform>サインインしました。カレンダーとアドレス帳が合わせて %n 件見つかりました。保存しています…</numerusform>
        </translation>
    </message>
    <message>
        <source>The server address contains a user name or password (“user:password@”). Remove it and enter them in the User name and Password fields.</source>
        <translation>サーバーのアドレスにユーザー名またはパスワード (“user:password@”) が含まれています。これを削除し、「ユーザー名」と「パスワード」の欄に入力してください。</translation>
    </message>
    <message>
        <source>Use a server outside %1?</source>
        <extracomment>%1 the domain the user typed, %2 the server found outside it</extracomment>
        <translation>%1 の外にあるサーバーを使用しますか?</translation>
    </message>
    <message>
        <source>The calendars and contacts of %1 are said to be on %2, a server outside %1. Nothing has been sent there yet.

Send your user name and password to %2 only if it is really your provider&apos;s server.</source>
        <translation>%1 のカレンダーと連絡先は、%1 の外にあるサーバー %2 にあると示されています。このサーバーにはまだ何も送信していません。

%2 がご利用のプロバイダーのサーバーであることが確かな場合のみ、ユーザー名とパスワードを送信してください。</translation>
    </message>
    <message>
        <source>Use %1</source>
        <extracomment>%1 the server, e.g. https://dav.example.net</extracomment>
        <translation>%1 を使用する</translation>
    </message>
</context>
<context>
    <name>crmsync::SetupWizard</name>
    <message>
        <source>Set up sync</source>
        <translation>同期の設定</translation>
    </message>
    <message>
        <source>Edit sync profile %1</source>
        <translation>同期プロファイル %1 の編集</translation>
    </message>
</context>
<context>
    <name>crmsync::SignInDialog</name>
    <message>
        <source>Sign In</source>
        <translation>サインイン</translation>
    </message>
    <message>
        <source>Zoho CRM</source>
        <translation>Zoho CRM</translation>
    </message>
    <message>
        <source>Calendar and contacts server</source>
        <translation>カレンダー/連絡先サーバー</translation>
    </message>
</context>
<context>
    <name>crmsync::SignInKeeper</name>
    <message>
        <source>The app is closing; the sign-in was not saved.</source>
        <translation>アプリを終了しているため、サインイン情報は保存されませんでした。</translation>
    </message>
</context>
<context>
    <name>crmsync::SummaryPage</name>
    <message>
        <source>Summary</source>
        <translation>概要</translation>
    </message>
    <message>
        <source>What the first sync will do. Nothing has been changed yet; Finish saves the profile.</source>
        <translation>最初の同期で行われる処理です。まだ何も変更されていません。[完了] をクリックすると、プロファイルが保存されます。</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2 in %3 ⇄ %4%5&lt;br&gt;%6&lt;br&gt;Conflicts: %7&lt;br&gt;Sync frequency: %8</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: %3 の%2 ⇄ %4%5&lt;br&gt;%6&lt;br&gt;不一致の解決: %7&lt;br&gt;同期の頻度: %8</translation>
    </message>
    <message>
        <source>Checking both sides (a dry run: nothing is written)…</source>
        <translation>CRM と連携先のデータを確認しています (テスト実行のため、何も書き込みません)…</translation>
    </message>
    <message>
        <source>The first sync could not be previewed: %1
You can still save the profile; it is not run until you start it.</source>
        <translation>最初の同期の内容を確認できませんでした: %1
プロファイルは保存できます。同期を開始するまで実行されることはありません。</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>不明なエラー</translation>
    </message>
    <message>
        <source>In Zoho CRM: %1 to create, %2 to update, %3 to delete.</source>
        <translation>Zoho CRM: 作成 %1 件、更新 %2 件、削除 %3 件。</translation>
    </message>
    <message>
        <source>In %1: %2 to create, %3 to update, %4 to delete.</source>
        <translation>%1: 作成 %2 件、更新 %3 件、削除 %4 件。</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) found on both sides will be paired, not copied.</source>
        <translation>
            <numerusform>両方にある %n 件のアイテムは、コピーせずに対応付けます。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) changed on both sides.</source>
        <translation>
            <numerusform>%n 件のアイテムが両方で変更されています。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) left out by the filters or the direction.</source>
        <translation>
            <numerusform>%n 件のアイテムは、フィルターまたは同期の方向により対象外です。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) could not be read: %1</source>
        <translation>
            <numerusform>%n 件のアイテムを読み取れませんでした: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>crmsync::SyncService</name>
    <message>
        <source>%1: the chosen version was restored</source>
        <translation>%1: 選択したデータを復元しました</translation>
    </message>
    <message>
        <source>%1: restoring failed: %2</source>
        <translation>%1: 復元に失敗しました: %2</translation>
    </message>
    <message>
        <source>Paused: scheduled syncs wait until you resume</source>
        <translation>一時停止: 再開するまで定期的な同期は行われません</translation>
    </message>
    <message>
        <source>Resumed</source>
        <translation>再開しました</translation>
    </message>
    <message>
        <source>%1: restoring a version that lost a conflict</source>
        <translation>%1: 競合で不採用になったデータを復元しています</translation>
    </message>
    <message>
        <source>%1: sync started</source>
        <translation>%1: 同期を開始しました</translation>
    </message>
    <message numerus="yes">
        <source>%1: offline, next try in %n minute(s): %2</source>
        <translation>
            <numerusform>%1: オフライン。%n 分後に再試行します: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: synced</source>
        <translation>%1: 同期済み</translation>
    </message>
    <message>
        <source>%1: finished with errors</source>
        <translation>%1: エラーありで完了</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The servers answer again: sending waiting changes and syncing</source>
        <translation>サーバーが再び応答しています: 送信待ちの変更を送信し、同期します</translation>
    </message>
    <message>
        <source>%1: the change could not be queued again: %2</source>
        <translation>%1: 変更をもう一度送信待ちにできませんでした: %2</translation>
    </message>
    <message>
        <source>%1: change %2 is queued again</source>
        <translation>%1: 変更 %2 をもう一度送信待ちにしました</translation>
    </message>
</context>
<context>
    <name>crmsync::SyncWorker</name>
    <message>
        <source>the sync state cannot be opened in %1</source>
        <translation>%1 の同期状態を開けません</translation>
    </message>
</context>
<context>
    <name>crmsync::TaskEditor</name>
    <message>
        <source>Due on</source>
        <translation>期限を設定</translation>
    </message>
    <message>
        <source>New Task</source>
        <translation>新しいタスク</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>件名:</translation>
    </message>
    <message>
        <source>Due date:</source>
        <translation>期限:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>ステータス:</translation>
    </message>
    <message>
        <source>Priority:</source>
        <translation>優先度:</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>説明:</translation>
    </message>
    <message>
        <source>Enter a subject.</source>
        <translation>件名を入力してください。</translation>
    </message>
    <message>
        <source>Edit Task</source>
        <translation>タスクの編集</translation>
    </message>
</context>
<context>
    <name>crmsync::ZohoFetchJob</name>
    <message>
        <source>Zoho CRM at %1 answered for record %2 without the record; it was left as it is.</source>
        <translation>%1 の Zoho CRM はレコード %2 の応答にレコードを含めていなかったため、変更しませんでした。</translation>
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
    <name>crmsync::ZohoSignInFlow</name>
    <message>
        <source>The Zoho CRM sign-in at %1 was not completed in time; start it again.</source>
        <translation>Zoho CRM (%1) へのサインインが時間内に完了しませんでした。もう一度サインインを開始してください。</translation>
    </message>
    <message>
        <source>Zoho CRM sign-in is not set up: the accounts server &quot;%1&quot; or the client id is missing.</source>
        <translation>Zoho CRM へのサインインが設定されていません: アカウントサーバー「%1」またはクライアント ID がありません。</translation>
    </message>
    <message>
        <source>You can close this window and return to CRM Sync.</source>
        <translation>このウィンドウを閉じて、CRM Sync に戻ってください。</translation>
    </message>
    <message>
        <source>Sign-in answer not accepted</source>
        <translation>サインインの応答を受け付けませんでした</translation>
    </message>
    <message>
        <source>This page does not belong to the sign-in CRM Sync is waiting for. Start the sign-in again from CRM Sync.</source>
        <translation>このページは、CRM Sync が待っているサインインのものではありません。CRM Sync からもう一度サインインを開始してください。</translation>
    </message>
    <message>
        <source>Zoho CRM sign-in at %1 was denied: CRM Sync was not allowed to access the account.</source>
        <translation>Zoho CRM (%1) へのサインインが拒否されました: CRM Sync によるアカウントへのアクセスが許可されませんでした。</translation>
    </message>
    <message>
        <source>Zoho CRM sign-in at %1 failed: the accounts server answered &quot;%2&quot;.</source>
        <translation>Zoho CRM (%1) へのサインインに失敗しました: アカウントサーバーの応答は「%2」でした。</translation>
    </message>
    <message>
        <source>Sign-in cancelled</source>
        <translation>サインインをキャンセルしました</translation>
    </message>
    <message>
        <source>CRM Sync was not signed in to Zoho CRM.</source>
        <translation>CRM Sync は Zoho CRM にサインインしていません。</translation>
    </message>
    <message>
        <source>The answer from Zoho carries no sign-in code.</source>
        <translation>Zoho からの応答にサインインのコードが含まれていません。</translation>
    </message>
    <message>
        <source>Signed in to Zoho CRM</source>
        <translation>Zoho CRM にサインインしました</translation>
    </message>
    <message>
        <source>CRM Sync received the sign-in.</source>
        <translation>CRM Sync がサインイン情報を受け取りました。</translation>
    </message>
    <message>
        <source>Zoho CRM sign-in: the accounts server %1 could not be reached (%2).</source>
        <translation>Zoho CRM へのサインイン: アカウントサーバー %1 に接続できませんでした (%2)。</translation>
    </message>
    <message>
        <source>Zoho CRM (%1) did not accept the sign-in: the code was already used, has expired or does not belong to this sign-in. Sign in again.</source>
        <translation>Zoho CRM (%1) がサインインを受け付けませんでした: コードが使用済みか、有効期限が切れているか、このサインインのものではありません。もう一度サインインしてください。</translation>
    </message>
    <message>
        <source>Zoho CRM (%1) signed in without granting offline access; sign in again.</source>
        <translation>Zoho CRM (%1) へのサインインでオフラインアクセスが許可されませんでした。もう一度サインインしてください。</translation>
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
    <message>
        <source>If this is your server&apos;s certificate (compare the fingerprint with the one your server shows), add &quot;tls_trusted_certificate_sha256&quot;: &quot;%1&quot; to account %2 in the config file to accept exactly this certificate.</source>
        <translation>これがお使いのサーバーの証明書である場合は (フィンガープリントをサーバーに表示されるものと比較してください)、設定ファイルのアカウント %2 に &quot;tls_trusted_certificate_sha256&quot;: &quot;%1&quot; を追加してください。この証明書だけが受け入れられるようになります。</translation>
    </message>
    <message>
        <source>If you trust it, put &quot;url&quot;: &quot;%1&quot; in account %2 of the config file and run discover again.</source>
        <translation>信頼できる場合は、設定ファイルのアカウント %2 に &quot;url&quot;: &quot;%1&quot; を指定して、もう一度 discover を実行してください。</translation>
    </message>
    <message>
        <source>These are on %1, another server than the account&apos;s &quot;url&quot;: put &quot;url&quot;: &quot;%1&quot; in account %2 to use them.</source>
        <translation>これらはアカウントの &quot;url&quot; とは別のサーバー %1 にあります。使用するには、アカウント %2 に &quot;url&quot;: &quot;%1&quot; を指定してください。</translation>
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
        <source>The profile whose conflicts and deletions to show or restore.</source>
        <translation>競合と削除の記録を表示または復元するプロファイル。</translation>
    </message>
    <message>
        <source>Usage: crmsync restore --config FILE --profile NAME [--entry ID] [--state-dir DIR] [--json]
Without --entry, lists the versions that lost a conflict and the items a sync deleted.</source>
        <translation>使い方: crmsync restore --config FILE --profile NAME [--entry ID] [--state-dir DIR] [--json]
--entry を省略すると、競合で不採用になったデータと同期で削除されたアイテムを一覧表示します。</translation>
    </message>
    <message>
        <source>#%1  %2  conflict: %3 lost (%4)</source>
        <translation>#%1  %2  競合: %3のデータを不採用 (%4)</translation>
    </message>
    <message>
        <source>#%1  %2  deleted on CRM: record %3 (its item %4 was deleted on the other side)</source>
        <translation>#%1  %2  CRM で削除: レコード %3 (連携先でアイテム %4 が削除されたため)</translation>
    </message>
    <message>
        <source>#%1  %2  deleted on other side: item %3 (its CRM record %4 was deleted)</source>
        <translation>#%1  %2  連携先で削除: アイテム %3 (CRM でレコード %4 が削除されたため)</translation>
    </message>
    <message>
        <source>no conflicts or deletions journaled for %1</source>
        <translation>%1 には記録された競合や削除はありません</translation>
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
    <message>
        <source>

Without a command, crmsync opens the app: crmsync [--config FILE] [--demo [--demo-dir DIR]].</source>
        <translation>

コマンドを指定しない場合、crmsync はアプリを開きます: crmsync [--config FILE] [--demo [--demo-dir DIR]]</translation>
    </message>
</context>
</TS>
