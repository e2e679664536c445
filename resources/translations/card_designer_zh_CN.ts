<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../designer/ui/about_dialog.py" line="27" />
        <source>About Card Designer</source>
        <translation>关于 Card Designer</translation>
    </message>
    <message>
        <location filename="../../designer/ui/about_dialog.py" line="54" />
        <source>Card Designer</source>
        <translation>Card Designer</translation>
    </message>
    <message>
        <location filename="../../designer/ui/about_dialog.py" line="57" />
        <source>Version {0}</source>
        <translation>版本 {0}</translation>
    </message>
    <message>
        <location filename="../../designer/ui/about_dialog.py" line="58" />
        <source>Design Feishu / Lark message cards and send them as ephemeral cards.</source>
        <translation>设计飞书 / Lark 消息卡片，并以仅特定人可见的卡片发送。</translation>
    </message>
    <message>
        <location filename="../../designer/ui/about_dialog.py" line="59" />
        <source>Free software under the MIT licence: see {0}.</source>
        <translation>依 MIT 许可证发布的自由软件：见 {0}。</translation>
    </message>
    <message>
        <location filename="../../designer/ui/about_dialog.py" line="60" />
        <source>Documentation: {0} · {1}</source>
        <translation>文档：{0} · {1}</translation>
    </message>
    <message>
        <location filename="../../designer/ui/about_dialog.py" line="61" />
        <source>User guide (README)</source>
        <translation>使用说明（README）</translation>
    </message>
    <message>
        <location filename="../../designer/ui/about_dialog.py" line="62" />
        <source>Architecture</source>
        <translation>架构说明</translation>
    </message>
    <message>
        <location filename="../../designer/ui/about_dialog.py" line="64" />
        <source>PySide6 {0}, Qt {1}</source>
        <translation>PySide6 {0}，Qt {1}</translation>
    </message>
</context>
<context>
    <name>AccountsDialog</name>
    <message>
        <location filename="../../designer/ui/send/accounts_dialog.py" line="71" />
        <source>Accounts</source>
        <translation>账号</translation>
    </message>
    <message>
        <location filename="../../designer/ui/send/accounts_dialog.py" line="91" />
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <location filename="../../designer/ui/send/accounts_dialog.py" line="94" />
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../../designer/ui/send/accounts_dialog.py" line="109" />
        <source>e.g. work</source>
        <translation>例如：工作</translation>
    </message>
    <message>
        <location filename="../../designer/ui/send/accounts_dialog.py" line="113" />
        <source>Feishu (open.feishu.cn)</source>
        <translation>飞书 (open.feishu.cn)</translation>
    </message>
    <message>
        <location filename="../../designer/ui/send/accounts_dialog.py" line="114" />
        <source>Lark (open.larksuite.com)</source>
        <translation>Lark (open.larksuite.com)</translation>
    </message>
    <message>
        <location filename="../../designer/ui/send/accounts_dialog.py" line="115" />
        <source>Custom base URL</source>
        <translation>自定义服务地址</translation>
    </message>
    <message>
        <location filename="../../designer/ui/send/accounts_dialog.py" line="122" />
        <source>https://… or http://127.0.0.1:PORT</source>
        <translation>https://… 或 http://127.0.0.1:端口</translation>
    </message>
    <message>
        <location filename="../../designer/ui/send/accounts_dialog.py" line="130" />
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../designer/ui/send/accounts_dialog.py" line="131" />
        <source>Platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <location filename="../../designer/ui/send/accounts_dialog.py" line="132" />
        <source>Base URL</source>
        <translation>服务地址</translation>
    </message>
    <message>
        <location filename="../../designer/ui/send/accounts_dialog.py" line="133" />
        <source>App ID</source>
        <translation>App ID</translation>
    </message>
    <message>
        <location filename="../../designer/ui/send/accounts_dialog.py" line="134" />
        <source>App secret</source>
        <translation>App Secret</translation>
    </message>
    <message>
        <location filename="../../designer/ui/send/accounts_dialog.py" line="156" />
        <location filename="../../designer/ui/send/accounts_dialog.py" line="455" />
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../designer/ui/send/accounts_dialog.py" line="160" />
        <source>Test connection</source>
        <translation>测试连接</translation>
    </message>
    <message>
        <location filename="../../designer/ui/send/accounts_dialog.py" line="163" />
        <source>Use this profile</source>
        <translation>使用此配置</translation>
    </message>
    <message>
        <location filename="../../designer/ui/send/accounts_dialog.py" line="215" />
        <source>{name} (active)</source>
        <translation>{name}（当前）</translation>
    </message>
    <message>
        <location filename="../../designer/ui/send/accounts_dialog.py" line="266" />
        <source>checking the keyring…</source>
        <translation>正在检查系统钥匙串…</translation>
    </message>
    <message>
        <location filename="../../designer/ui/send/accounts_dialog.py" line="268" />
        <source>{mask} stored in the keyring; type to replace</source>
        <translation>{mask} 已存于系统钥匙串；输入新值可替换</translation>
    </message>
    <message>
        <location filename="../../designer/ui/send/accounts_dialog.py" line="270" />
        <source>the app secret (kept in the system keyring)</source>
        <translation>应用的 App Secret（保存在系统钥匙串中）</translation>
    </message>
    <message>
        <location filename="../../designer/ui/send/accounts_dialog.py" line="293" />
        <source>The keyring could not be checked</source>
        <translation>无法检查系统钥匙串</translation>
    </message>
    <message>
        <location filename="../../designer/ui/send/accounts_dialog.py" line="304" />
        <source>&lt;b&gt;No safe place for app secrets.&lt;/b&gt; Card Designer keeps app secrets only in the system keyring and never in a file, so profiles cannot be saved until a keyring works.&lt;br&gt;{problem}</source>
        <translation>&lt;b&gt;没有可安全保存 App Secret 的地方。&lt;/b&gt;Card Designer 只把 App Secret 保存在系统钥匙串中，从不写入文件；系统钥匙串可用之前无法保存配置。&lt;br&gt;{problem}</translation>
    </message>
    <message>
        <location filename="../../designer/ui/send/accounts_dialog.py" line="334" />
        <source>Not saved: {problem}</source>
        <translation>未保存：{problem}</translation>
    </message>
    <message>
        <location filename="../../designer/ui/send/accounts_dialog.py" line="341" />
        <source>Not saved: a profile named “{name}” exists already</source>
        <translation>未保存：已有名为“{name}”的配置</translation>
    </message>
    <message>
        <location filename="../../designer/ui/send/accounts_dialog.py" line="348" />
        <source>Not saved: enter the app secret of {app_id}</source>
        <translation>未保存：请输入 {app_id} 的 App Secret</translation>
    </message>
    <message>
        <location filename="../../designer/ui/send/accounts_dialog.py" line="359" />
        <source>Saving {name}: storing its app secret in the keyring…</source>
        <translation>正在保存 {name}：把其 App Secret 存入系统钥匙串…</translation>
    </message>
    <message>
        <location filename="../../designer/ui/send/accounts_dialog.py" line="361" />
        <source>Saving {name}: moving its app secret in the keyring…</source>
        <translation>正在保存 {name}：在系统钥匙串中移动其 App Secret…</translation>
    </message>
    <message>
        <location filename="../../designer/ui/send/accounts_dialog.py" line="363" />
        <source>Saving {name}…</source>
        <translation>正在保存 {name}…</translation>
    </message>
    <message>
        <location filename="../../designer/ui/send/accounts_dialog.py" line="364" />
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <location filename="../../designer/ui/send/accounts_dialog.py" line="368" />
        <source>If the keyring asks for its password, unlock it to go on.</source>
        <translation>如果系统钥匙串要求输入密码，请解锁后继续。</translation>
    </message>
    <message>
        <location filename="../../designer/ui/send/accounts_dialog.py" line="375" />
        <source>Saved {name}; its secret is in the keyring.</source>
        <translation>已保存 {name}，其 App Secret 已存入系统钥匙串。</translation>
    </message>
    <message>
        <location filename="../../designer/ui/send/accounts_dialog.py" line="382" />
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <location filename="../../designer/ui/send/accounts_dialog.py" line="392" />
        <source>Remove profile</source>
        <translation>移除配置</translation>
    </message>
    <message>
        <location filename="../../designer/ui/send/accounts_dialog.py" line="393" />
        <source>Remove the profile {name} and its app secret from the keyring?</source>
        <translation>移除配置 {name}，并从系统钥匙串中删除其 App Secret？</translation>
    </message>
    <message>
        <location filename="../../designer/ui/send/accounts_dialog.py" line="398" />
        <source>Removing {name} and its app secret from the keyring…</source>
        <translation>正在移除 {name}，并从系统钥匙串中删除其 App Secret…</translation>
    </message>
    <message>
        <source>Not removed: {problem}</source>
        <translation type="vanished">未移除：{problem}</translation>
    </message>
    <message>
        <location filename="../../designer/ui/send/accounts_dialog.py" line="409" />
        <source>Removed {name}.</source>
        <translation>已移除 {name}。</translation>
    </message>
    <message>
        <location filename="../../designer/ui/send/accounts_dialog.py" line="416" />
        <source>Not removed</source>
        <translation>未移除</translation>
    </message>
    <message>
        <location filename="../../designer/ui/send/accounts_dialog.py" line="477" />
        <source>The dialog closes once the keyring has answered.</source>
        <translation>系统钥匙串答复后，对话框会关闭。</translation>
    </message>
    <message>
        <location filename="../../designer/ui/send/accounts_dialog.py" line="492" />
        <source>{problem}.&lt;br&gt;{how_to_fix}</source>
        <translation>{problem}。&lt;br&gt;{how_to_fix}</translation>
    </message>
    <message>
        <location filename="../../designer/ui/send/accounts_dialog.py" line="509" />
        <source>Cannot test: {problem}</source>
        <translation>无法测试：{problem}</translation>
    </message>
    <message>
        <location filename="../../designer/ui/send/accounts_dialog.py" line="515" />
        <source>Enter the app secret to test the connection.</source>
        <translation>请输入 App Secret 后再测试连接。</translation>
    </message>
    <message>
        <location filename="../../designer/ui/send/accounts_dialog.py" line="528" />
        <source>Connecting to {url}…</source>
        <translation>正在连接 {url}…</translation>
    </message>
    <message>
        <location filename="../../designer/ui/send/accounts_dialog.py" line="533" />
        <source>Connection works: {url} accepted the app id and secret.</source>
        <translation>连接成功：{url} 接受了该 App ID 和 App Secret。</translation>
    </message>
    <message>
        <location filename="../../designer/ui/send/accounts_dialog.py" line="539" />
        <source>Connection failed</source>
        <translation>连接失败</translation>
    </message>
</context>
<context>
    <name>BlankCard</name>
    <message>
        <location filename="../../designer/ui/template_gallery.py" line="44" />
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../designer/ui/template_gallery.py" line="45" />
        <source>Write **markdown** here.</source>
        <translation>在这里写 **Markdown** 文本。</translation>
    </message>
</context>
<context>
    <name>CallbackPanel</name>
    <message>
        <location filename="../../designer/ui/callback_panel.py" line="26" />
        <source>Callback payload</source>
        <translation>回调内容</translation>
    </message>
    <message>
        <location filename="../../designer/ui/callback_panel.py" line="35" />
        <source>Click a button in the preview to see what your app would receive.</source>
        <translation>点击预览中的按钮，查看你的应用将收到的内容。</translation>
    </message>
    <message>
        <location filename="../../designer/ui/callback_panel.py" line="39" />
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <location filename="../../designer/ui/callback_panel.py" line="43" />
        <source>Copy the payload to the clipboard</source>
        <translation>把回调内容复制到剪贴板</translation>
    </message>
    <message>
        <location filename="../../designer/ui/callback_panel.py" line="47" />
        <source>Hide the payload panel</source>
        <translation>隐藏回调面板</translation>
    </message>
</context>
<context>
    <name>CallbackSession</name>
    <message>
        <location filename="../../designer/ui/callbacks_pane.py" line="254" />
        <source>No profile is active.</source>
        <translation>没有启用的配置。</translation>
    </message>
    <message>
        <location filename="../../designer/ui/callbacks_pane.py" line="255" />
        <source>Add the app's profile in Tools ▸ Accounts…, then listen again.</source>
        <translation>请在“工具 ▸ 账号…”中添加应用的配置，然后重新监听。</translation>
    </message>
    <message>
        <location filename="../../designer/ui/callbacks_pane.py" line="308" />
        <source>Enter the app secret in Tools ▸ Accounts…, then listen again.</source>
        <translation>请在“工具 ▸ 账号…”中填写 App Secret，然后重新监听。</translation>
    </message>
</context>
<context>
    <name>CallbacksFeature</name>
    <message>
        <location filename="../../designer/ui/send/shell.py" line="53" />
        <source>Callbacks</source>
        <translation>回调</translation>
    </message>
    <message>
        <location filename="../../designer/ui/send/shell.py" line="55" />
        <source>&amp;Callbacks</source>
        <translation>回调(&amp;C)</translation>
    </message>
</context>
<context>
    <name>CallbacksPane</name>
    <message>
        <location filename="../../designer/ui/callbacks_pane.py" line="341" />
        <source>Callbacks: connecting…</source>
        <translation>回调：正在连接…</translation>
    </message>
    <message>
        <location filename="../../designer/ui/callbacks_pane.py" line="342" />
        <source>Callbacks: connected</source>
        <translation>回调：已连接</translation>
    </message>
    <message>
        <location filename="../../designer/ui/callbacks_pane.py" line="343" />
        <source>Callbacks: reconnecting…</source>
        <translation>回调：正在重连…</translation>
    </message>
    <message>
        <location filename="../../designer/ui/callbacks_pane.py" line="344" />
        <source>Callbacks: refused</source>
        <translation>回调：被拒绝</translation>
    </message>
    <message>
        <location filename="../../designer/ui/callbacks_pane.py" line="345" />
        <source>Callbacks: stopped</source>
        <translation>回调：已停止</translation>
    </message>
    <message>
        <location filename="../../designer/ui/send/shell.py" line="33" />
        <source>&amp;Listen for Callbacks</source>
        <translation>监听回调(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../designer/ui/send/shell.py" line="39" />
        <source>Receive card callbacks of the active profile's app over the long connection</source>
        <translation>通过长连接接收当前配置所属应用的卡片回调</translation>
    </message>
    <message>
        <location filename="../../designer/ui/callbacks_pane.py" line="146" />
        <source>{part} is not 'locale: text' (e.g. zh_cn: 已提交)</source>
        <translation>{part} 不是“语言: 文本”的形式（例如 zh_cn: 已提交）</translation>
    </message>
    <message>
        <location filename="../../designer/ui/callbacks_pane.py" line="402" />
        <source>Nothing (the card stays)</source>
        <translation>不响应（卡片保持不变）</translation>
    </message>
    <message>
        <location filename="../../designer/ui/callbacks_pane.py" line="403" />
        <source>A toast</source>
        <translation>弹出提示</translation>
    </message>
    <message>
        <location filename="../../designer/ui/callbacks_pane.py" line="404" />
        <source>A replacement card</source>
        <translation>替换卡片</translation>
    </message>
    <message>
        <location filename="../../designer/ui/callbacks_pane.py" line="408" />
        <source>info</source>
        <translation>信息</translation>
    </message>
    <message>
        <location filename="../../designer/ui/callbacks_pane.py" line="409" />
        <source>success</source>
        <translation>成功</translation>
    </message>
    <message>
        <location filename="../../designer/ui/callbacks_pane.py" line="410" />
        <source>error</source>
        <translation>错误</translation>
    </message>
    <message>
        <location filename="../../designer/ui/callbacks_pane.py" line="411" />
        <source>warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <location filename="../../designer/ui/callbacks_pane.py" line="417" />
        <source>Toast text</source>
        <translation>提示文字</translation>
    </message>
    <message>
        <location filename="../../designer/ui/callbacks_pane.py" line="420" />
        <source>Optional: zh_cn: 已提交; en_us: Submitted</source>
        <translation>可选：zh_cn: 已提交; en_us: Submitted</translation>
    </message>
    <message>
        <location filename="../../designer/ui/callbacks_pane.py" line="424" />
        <location filename="../../designer/ui/callbacks_pane.py" line="490" />
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../designer/ui/callbacks_pane.py" line="425" />
        <location filename="../../designer/ui/callbacks_pane.py" line="491" />
        <source>List the open documents again</source>
        <translation>重新列出已打开的文档</translation>
    </message>
    <message>
        <location filename="../../designer/ui/callbacks_pane.py" line="433" />
        <source>Answer with:</source>
        <translation>响应方式：</translation>
    </message>
    <message>
        <location filename="../../designer/ui/callbacks_pane.py" line="452" />
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../designer/ui/callbacks_pane.py" line="452" />
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <location filename="../../designer/ui/callbacks_pane.py" line="452" />
        <source>Card</source>
        <translation>卡片</translation>
    </message>
    <message>
        <location filename="../../designer/ui/callbacks_pane.py" line="452" />
        <source>Element</source>
        <translation>组件</translation>
    </message>
    <message>
        <location filename="../../designer/ui/callbacks_pane.py" line="452" />
        <source>Answer</source>
        <translation>响应</translation>
    </message>
    <message>
        <location filename="../../designer/ui/callbacks_pane.py" line="466" />
        <source>Select a callback to see what Feishu delivered.</source>
        <translation>选择一条回调，查看飞书推送的内容。</translation>
    </message>
    <message>
        <location filename="../../designer/ui/callbacks_pane.py" line="467" />
        <source>Copy Payload</source>
        <translation>复制回调内容</translation>
    </message>
    <message>
        <location filename="../../designer/ui/callbacks_pane.py" line="473" />
        <source>Show in History</source>
        <translation>在发送记录中显示</translation>
    </message>
    <message>
        <location filename="../../designer/ui/callbacks_pane.py" line="486" />
        <source>The card to show instead (from the open documents)</source>
        <translation>替换显示的卡片（从已打开的文档中选）</translation>
    </message>
    <message>
        <location filename="../../designer/ui/callbacks_pane.py" line="493" />
        <source>Update Card Later</source>
        <translation>延时更新卡片</translation>
    </message>
    <message>
        <location filename="../../designer/ui/callbacks_pane.py" line="497" />
        <source>Replace the clicked card with the chosen one, using the click's callback token (within 30 minutes of the click, at most twice)</source>
        <translation>用这次点击的回调 token 把被点击的卡片替换为所选卡片（点击后 30 分钟内，最多 2 次）</translation>
    </message>
    <message>
        <location filename="../../designer/ui/callbacks_pane.py" line="512" />
        <source>Update the clicked card later with:</source>
        <translation>延时更新被点击的卡片为：</translation>
    </message>
    <message>
        <location filename="../../designer/ui/callbacks_pane.py" line="584" />
        <source>Toast translations: {problem}</source>
        <translation>提示的多语言文字：{problem}</translation>
    </message>
    <message>
        <location filename="../../designer/ui/callbacks_pane.py" line="587" />
        <source>Type the toast's text: no toast is sent without one.</source>
        <translation>请输入提示文字：没有文字不会发送提示。</translation>
    </message>
    <message>
        <location filename="../../designer/ui/callbacks_pane.py" line="596" />
        <source>Open the card to answer with (a document), then Refresh.</source>
        <translation>请先打开用于响应的卡片文档，然后点“刷新”。</translation>
    </message>
    <message>
        <location filename="../../designer/ui/callbacks_pane.py" line="614" />
        <source>as profile {name} (app {app_id})</source>
        <translation>使用配置 {name}（应用 {app_id}）</translation>
    </message>
    <message>
        <location filename="../../designer/ui/callbacks_pane.py" line="690" />
        <source>nothing</source>
        <translation>不响应</translation>
    </message>
    <message>
        <location filename="../../designer/ui/callbacks_pane.py" line="691" />
        <source>toast</source>
        <translation>提示</translation>
    </message>
    <message>
        <location filename="../../designer/ui/callbacks_pane.py" line="692" />
        <source>card {title}</source>
        <translation>卡片 {title}</translation>
    </message>
    <message>
        <location filename="../../designer/ui/callbacks_pane.py" line="735" />
        <source>Select a callback to update its card later.</source>
        <translation>选择一条回调，即可延时更新它的卡片。</translation>
    </message>
    <message>
        <location filename="../../designer/ui/callbacks_pane.py" line="743" />
        <source>Callback token refused by the server: it updates this card no more.</source>
        <translation>回调 token 已被服务端拒绝：不能再用它更新这张卡片。</translation>
    </message>
    <message>
        <location filename="../../designer/ui/callbacks_pane.py" line="746" />
        <source>Callback token expired: it updates the card only within 30 minutes of the click.</source>
        <translation>回调 token 已过期：只能在点击后 30 分钟内更新卡片。</translation>
    </message>
    <message>
        <location filename="../../designer/ui/callbacks_pane.py" line="749" />
        <source>Callback token used up: it updates the card at most twice.</source>
        <translation>回调 token 已用完：最多只能更新卡片 2 次。</translation>
    </message>
    <message>
        <location filename="../../designer/ui/callbacks_pane.py" line="754" />
        <source>Callback token: {minutes}:{seconds:02} left, {uses} of {total} updates left.</source>
        <translation>回调 token：剩余 {minutes}:{seconds:02}，还可更新 {uses}/{total} 次。</translation>
    </message>
    <message>
        <location filename="../../designer/ui/callbacks_pane.py" line="780" />
        <source>Not updated: open the card to show instead (a document), then Refresh.</source>
        <translation>未更新：请先打开要替换显示的卡片（一个文档），再点击刷新。</translation>
    </message>
    <message>
        <location filename="../../designer/ui/callbacks_pane.py" line="787" />
        <source>Not updated: no profile is active.</source>
        <translation>未更新：没有启用的配置。</translation>
    </message>
    <message>
        <location filename="../../designer/ui/callbacks_pane.py" line="796" />
        <source>Updating the clicked card with {title}…</source>
        <translation>正在把被点击的卡片更新为 {title}…</translation>
    </message>
    <message>
        <location filename="../../designer/ui/callbacks_pane.py" line="812" />
        <source>Updated at {when}: the clicked card now shows {title}.</source>
        <translation>已于 {when} 更新：被点击的卡片现在显示 {title}。</translation>
    </message>
    <message>
        <location filename="../../designer/ui/callbacks_pane.py" line="824" />
        <source>Not updated: {problem}</source>
        <translation>未更新：{problem}</translation>
    </message>
</context>
<context>
    <name>CardOutline</name>
    <message>
        <location filename="../../designer/ui/outline.py" line="230" />
        <source>Move Up</source>
        <translation>上移</translation>
    </message>
    <message>
        <location filename="../../designer/ui/outline.py" line="231" />
        <source>Move Down</source>
        <translation>下移</translation>
    </message>
    <message>
        <location filename="../../designer/ui/outline.py" line="232" />
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../designer/ui/outline.py" line="236" />
        <source>Delete the selected element (Undo brings it back)</source>
        <translation>删除所选组件（可撤销）</translation>
    </message>
</context>
<context>
    <name>CardPreview</name>
    <message>
        <source>Button</source>
        <translation>按钮</translation>
    </message>
    <message>
        <source>(no tag)</source>
        <translation>（无 tag）</translation>
    </message>
    <message>
        <source>chart: {field} '{name}' of data row {row} is too large to draw ({value})</source>
        <translation>图表：第 {row} 行数据的 {field} '{name}' 太大，无法绘制（{value}）</translation>
    </message>
    <message>
        <source>chart: {field} '{name}' of data row {row} is not a number ({value})</source>
        <translation>图表：第 {row} 行数据的 {field} '{name}' 不是数字（{value}）</translation>
    </message>
    <message>
        <source>chart: chart_spec has no data</source>
        <translation>图表：chart_spec 中没有 data</translation>
    </message>
    <message>
        <source>chart: data {index} has no 'values' list</source>
        <translation>图表：data {index} 没有 'values' 列表</translation>
    </message>
    <message>
        <source>chart: dataId '{id}' is not in the data</source>
        <translation>图表：data 中没有 dataId '{id}'</translation>
    </message>
    <message>
        <source>chart: dataIndex {index} is not in the data</source>
        <translation>图表：data 中没有 dataIndex {index}</translation>
    </message>
    <message>
        <source>chart: the data has no values</source>
        <translation>图表：data 中没有数值</translation>
    </message>
    <message>
        <source>chart: no {field}</source>
        <translation>图表：缺少 {field}</translation>
    </message>
    <message>
        <source>chart: {field} is not a field name</source>
        <translation>图表：{field} 不是字段名</translation>
    </message>
    <message>
        <source>chart: {field} '{name}' not in the data</source>
        <translation>图表：data 中没有 {field} '{name}'</translation>
    </message>
    <message>
        <source>chart: valueField '{name}' of data row {row} is negative ({value})</source>
        <translation>图表：第 {row} 行数据的 valueField '{name}' 为负数（{value}）</translation>
    </message>
    <message>
        <source>chart: the pie's values add up to 0</source>
        <translation>图表：饼图的数值之和为 0</translation>
    </message>
    <message>
        <source>chart: {field} '{name}' of data row {row} is negative ({value})</source>
        <translation>图表：第 {row} 行数据的 {field} '{name}' 为负数（{value}）</translation>
    </message>
    <message>
        <source>chart: the axis max ({high}) is not above its min ({low})</source>
        <translation>图表：坐标轴最大值（{high}）不大于最小值（{low}）</translation>
    </message>
    <message>
        <source>chart: color is not a list of colours or a colour scale</source>
        <translation>图表：color 不是颜色列表或色阶</translation>
    </message>
    <message>
        <source>chart: no chart_spec</source>
        <translation>图表：缺少 chart_spec</translation>
    </message>
    <message>
        <source>chart: chart_spec is not an object</source>
        <translation>图表：chart_spec 不是对象</translation>
    </message>
    <message>
        <source>chart: chart_spec has no type</source>
        <translation>图表：chart_spec 中没有 type</translation>
    </message>
    <message>
        <source>chart: type '{type}' is not drawn in the preview</source>
        <translation>图表：预览不绘制 type 为 '{type}' 的图表</translation>
    </message>
    <message>
        <source>chart: a 'common' chart has no series list</source>
        <translation>图表：'common' 图表没有 series 列表</translation>
    </message>
    <message>
        <source>chart: series {index} type '{type}' is not drawn in the preview</source>
        <translation>图表：预览不绘制 series {index} 的 type '{type}'</translation>
    </message>
    <message>
        <source>not an object</source>
        <translation>不是对象</translation>
    </message>
    <message>
        <source>image</source>
        <translation>图片</translation>
    </message>
    <message>
        <source>unknown user</source>
        <translation>未知用户</translation>
    </message>
    <message>
        <source>Select</source>
        <translation>请选择</translation>
    </message>
    <message>
        <source>Select a date</source>
        <translation>请选择日期</translation>
    </message>
    <message>
        <source>Select a time</source>
        <translation>请选择时间</translation>
    </message>
    <message>
        <source>Select date and time</source>
        <translation>请选择日期时间</translation>
    </message>
    <message>
        <source>Enter text</source>
        <translation>请输入</translation>
    </message>
    <message>
        <source>unsupported in preview: {tag}</source>
        <translation>预览暂不支持：{tag}</translation>
    </message>
    <message>
        <source>no tag</source>
        <translation>缺少 tag</translation>
    </message>
    <message>
        <source>cannot draw {tag}: '{field}' is not a list</source>
        <translation>无法绘制 {tag}：'{field}' 不是列表</translation>
    </message>
    <message>
        <source>No card</source>
        <translation>没有卡片</translation>
    </message>
    <message>
        <source>The card cannot be drawn: the JSON is not valid</source>
        <translation>无法绘制卡片：JSON 无效</translation>
    </message>
    <message>
        <source>The card cannot be drawn: it is not a JSON object</source>
        <translation>无法绘制卡片：它不是 JSON 对象</translation>
    </message>
    <message>
        <source>(no template_id)</source>
        <translation>（无 template_id）</translation>
    </message>
    <message>
        <source>Template card {id}{version}: its content lives on Feishu's servers</source>
        <translation>模板卡片 {id}{version}：其内容保存在飞书的服务器上</translation>
    </message>
    <message>
        <source>✂ Cut here: the card is {total} px tall, more than the {most} px drawn</source>
        <translation>✂ 在此截断：卡片高 {total} px，超过了绘制上限 {most} px</translation>
    </message>
</context>
<context>
    <name>CardSession</name>
    <message>
        <location filename="../../designer/ui/card_session.py" line="80" />
        <source>Untitled</source>
        <translation>未命名</translation>
    </message>
</context>
<context>
    <name>CardView</name>
    <message>
        <location filename="../../designer/render/card_view.py" line="165" />
        <source>Card preview</source>
        <translation>卡片预览</translation>
    </message>
    <message>
        <location filename="../../designer/render/card_view.py" line="533" />
        <source>Confirm</source>
        <translation>确定</translation>
    </message>
    <message>
        <location filename="../../designer/render/card_view.py" line="667" />
        <source>(no options)</source>
        <translation>（无选项）</translation>
    </message>
    <message>
        <location filename="../../designer/render/card_view.py" line="720" />
        <source>Pick a date</source>
        <translation>选择日期</translation>
    </message>
    <message>
        <location filename="../../designer/render/card_view.py" line="721" />
        <source>Pick a time</source>
        <translation>选择时间</translation>
    </message>
    <message>
        <location filename="../../designer/render/card_view.py" line="722" />
        <source>Pick a date and time</source>
        <translation>选择日期和时间</translation>
    </message>
</context>
<context>
    <name>CatalogEntry</name>
    <message>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <source>Rich text: bold, links, lists, colours.</source>
        <translation>富文本：加粗、链接、列表、颜色。</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>A text block, optionally with side-by-side fields.</source>
        <translation>一段文本，可带并排字段。</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Small grey remark text (classic cards only).</source>
        <translation>灰色小字备注（仅旧版卡片）。</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>One user's avatar and name.</source>
        <translation>一位用户的头像和姓名。</translation>
    </message>
    <message>
        <source>Person list</source>
        <translation>人员列表</translation>
    </message>
    <message>
        <source>Several users' avatars and names.</source>
        <translation>多位用户的头像和姓名。</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>表格</translation>
    </message>
    <message>
        <source>Rows and typed columns, paged.</source>
        <translation>带类型列的分页表格。</translation>
    </message>
    <message>
        <source>Divider</source>
        <translation>分割线</translation>
    </message>
    <message>
        <source>A horizontal line between sections.</source>
        <translation>分隔各部分的横线。</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>分栏</translation>
    </message>
    <message>
        <source>Side-by-side columns of components.</source>
        <translation>并排的多列组件。</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>One column of a column set.</source>
        <translation>分栏中的一列。</translation>
    </message>
    <message>
        <source>Collapsible panel</source>
        <translation>折叠面板</translation>
    </message>
    <message>
        <source>A titled section the reader can fold.</source>
        <translation>读者可以折叠的带标题区域。</translation>
    </message>
    <message>
        <source>Clickable area</source>
        <translation>交互容器</translation>
    </message>
    <message>
        <source>A container the reader can click as a whole.</source>
        <translation>读者可整体点击的容器。</translation>
    </message>
    <message>
        <source>Action row</source>
        <translation>交互模块</translation>
    </message>
    <message>
        <source>A row of buttons and menus (classic cards only).</source>
        <translation>一行按钮和菜单（仅旧版卡片）。</translation>
    </message>
    <message>
        <source>Button</source>
        <translation>按钮</translation>
    </message>
    <message>
        <source>A button that opens a link or calls back.</source>
        <translation>打开链接或触发回调的按钮。</translation>
    </message>
    <message>
        <source>Overflow menu</source>
        <translation>折叠按钮组</translation>
    </message>
    <message>
        <source>A '…' menu of options.</source>
        <translation>“…”选项菜单。</translation>
    </message>
    <message>
        <source>Dropdown</source>
        <translation>下拉选择</translation>
    </message>
    <message>
        <source>Pick one option from a list.</source>
        <translation>从列表中选一项。</translation>
    </message>
    <message>
        <source>Multi-select dropdown</source>
        <translation>下拉多选</translation>
    </message>
    <message>
        <source>Pick several options from a list.</source>
        <translation>从列表中选多项。</translation>
    </message>
    <message>
        <source>Person picker</source>
        <translation>人员选择</translation>
    </message>
    <message>
        <source>Pick one person.</source>
        <translation>选择一人。</translation>
    </message>
    <message>
        <source>Multi-person picker</source>
        <translation>人员多选</translation>
    </message>
    <message>
        <source>Pick several people.</source>
        <translation>选择多人。</translation>
    </message>
    <message>
        <source>Date picker</source>
        <translation>日期选择器</translation>
    </message>
    <message>
        <source>Pick a date (YYYY-MM-DD).</source>
        <translation>选择日期（YYYY-MM-DD）。</translation>
    </message>
    <message>
        <source>Time picker</source>
        <translation>时间选择器</translation>
    </message>
    <message>
        <source>Pick a time (HH:mm).</source>
        <translation>选择时间（HH:mm）。</translation>
    </message>
    <message>
        <source>Date and time picker</source>
        <translation>日期时间选择器</translation>
    </message>
    <message>
        <source>Pick a date and a time.</source>
        <translation>选择日期和时间。</translation>
    </message>
    <message>
        <source>To-do item</source>
        <translation>勾选器</translation>
    </message>
    <message>
        <source>A task with a tick box.</source>
        <translation>带勾选框的任务。</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>图片</translation>
    </message>
    <message>
        <source>An uploaded image (img_key).</source>
        <translation>已上传的图片（img_key）。</translation>
    </message>
    <message>
        <source>Image group</source>
        <translation>多图混排</translation>
    </message>
    <message>
        <source>Several images in a grid.</source>
        <translation>网格排列的多张图片。</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>图表</translation>
    </message>
    <message>
        <source>A VChart chart from a chart spec.</source>
        <translation>由图表配置生成的 VChart 图表。</translation>
    </message>
    <message>
        <source>Image picker</source>
        <translation>图片选择</translation>
    </message>
    <message>
        <source>Pick one or more images.</source>
        <translation>选择一张或多张图片。</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>表单</translation>
    </message>
    <message>
        <source>Collects its inputs and submits them with one button.</source>
        <translation>收集其中的输入，用一个按钮提交。</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>输入框</translation>
    </message>
    <message>
        <source>A text field (in a form, or on its own).</source>
        <translation>文本输入框（在表单中或单独使用）。</translation>
    </message>
    <message>
        <source>Audio</source>
        <translation>音频</translation>
    </message>
    <message>
        <source>Plays an uploaded OPUS file (file_key); JSON 2.0 cards that cannot be forwarded.</source>
        <translation>播放已上传的 OPUS 文件（file_key）；仅用于不可转发的 JSON 2.0 卡片。</translation>
    </message>
</context>
<context>
    <name>ChatList</name>
    <message>
        <location filename="../../designer/ui/send/chat_list.py" line="69" />
        <source>Search chats by name or id</source>
        <translation>按名称或 ID 搜索群聊</translation>
    </message>
    <message>
        <location filename="../../designer/ui/send/chat_list.py" line="75" />
        <source>Load the chats the bot is in again</source>
        <translation>重新加载机器人所在的群聊</translation>
    </message>
    <message>
        <location filename="../../designer/ui/send/chat_list.py" line="79" />
        <source>Chats you sent to recently with this profile</source>
        <translation>用此配置最近发送过的群聊</translation>
    </message>
    <message>
        <location filename="../../designer/ui/send/chat_list.py" line="94" />
        <source>&lt;b&gt;Chat&lt;/b&gt; (groups the bot is in)</source>
        <translation>&lt;b&gt;群聊&lt;/b&gt;（机器人所在的群）</translation>
    </message>
    <message>
        <location filename="../../designer/ui/send/chat_list.py" line="107" />
        <source>No profile: add one in Accounts</source>
        <translation>无配置：请在“账号”中添加</translation>
    </message>
    <message>
        <location filename="../../designer/ui/send/chat_list.py" line="111" />
        <source>Recent chats…</source>
        <translation>最近群聊…</translation>
    </message>
    <message>
        <location filename="../../designer/ui/send/chat_list.py" line="133" />
        <source>Loading chats…</source>
        <translation>正在加载群聊…</translation>
    </message>
    <message>
        <location filename="../../designer/ui/send/chat_list.py" line="141" />
        <source>Loading chats… {count}</source>
        <translation>正在加载群聊… {count}</translation>
    </message>
    <message>
        <location filename="../../designer/ui/send/chat_list.py" line="172" />
        <source>The bot is in no group chat yet: add it to one</source>
        <translation>机器人还不在任何群聊中：请先把它添加到群里</translation>
    </message>
    <message>
        <location filename="../../designer/ui/send/chat_list.py" line="176" />
        <source>Could not load chats: {problem}</source>
        <translation>无法加载群聊：{problem}</translation>
    </message>
</context>
<context>
    <name>CoreMessages</name>
    <message>
        <source>'body' belongs to JSON 2.0 cards: add "schema": "2.0" or use 'elements'</source>
        <translation>'body' 属于 JSON 2.0 结构的卡片：请添加 "schema": "2.0"，或改用 'elements'</translation>
    </message>
    <message>
        <source>'{field}': {value} is not a valid {shape} value</source>
        <translation>'{field}'：{value} 不是有效的 {shape} 值</translation>
    </message>
    <message>
        <source>'{key}' is about:blank: the link does nothing (the card is accepted)</source>
        <translation>'{key}' 是 about:blank：该链接点击后无反应（卡片仍可发送）</translation>
    </message>
    <message>
        <source>'{key}' must start with http:// or https://, found {target}</source>
        <translation>'{key}' 必须以 http:// 或 https:// 开头，实际为 {target}</translation>
    </message>
    <message>
        <source>'{key}': {value} is not a Feishu colour name: it may show in the default colour (define custom colours in config.style.color)</source>
        <translation>'{key}'：{value} 不是飞书的颜色名称：可能会显示为默认颜色（自定义颜色请在 config.style.color 中定义）</translation>
    </message>
    <message>
        <source>'{tag}' exists only in JSON 2.0 cards: add "schema": "2.0" and put the components in body.elements</source>
        <translation>'{tag}' 仅适用于 JSON 2.0 结构的卡片：请添加 "schema": "2.0"，并把组件放在 body.elements 中</translation>
    </message>
    <message>
        <source>'{tag}' inside form '{form}' needs a 'name' to be submitted</source>
        <translation>表单容器 '{form}' 中的 '{tag}' 需要设置 'name'，否则无法提交</translation>
    </message>
    <message>
        <source>'{tag}' is nested {depth} levels deep; Feishu allows at most {limit}</source>
        <translation>'{tag}' 嵌套了 {depth} 层；飞书最多允许 {limit} 层</translation>
    </message>
    <message>
        <source>'{tag}' is not a component</source>
        <translation>'{tag}' 不是组件</translation>
    </message>
    <message>
        <source>'{tag}' is not a component on its own (only inside a note): use a div or a markdown</source>
        <translation>'{tag}' 不能单独作为组件（只能放在备注中）：请改用 div 或 markdown</translation>
    </message>
    <message>
        <source>'{tag}' is not a valid tag here (expected {expected})</source>
        <translation>'{tag}' 不是此处可用的 tag（应为 {expected}）</translation>
    </message>
    <message>
        <source>'{tag}' is not allowed here; expected {expected}</source>
        <translation>此处不能使用 '{tag}'；应为 {expected}</translation>
    </message>
    <message>
        <source>'{tag}' must be inside an 'action' row in the classic schema (wrap it: {{"tag": "action", "actions": [...]}})</source>
        <translation>在 JSON 1.0 结构中，'{tag}' 必须放在交互模块 'action' 中（请包一层：{{"tag": "action", "actions": [...]}}）</translation>
    </message>
    <message>
        <source>'{tag}' needs Feishu client {version} or later</source>
        <translation>'{tag}' 需要飞书客户端 {version} 或更高版本</translation>
    </message>
    <message>
        <source>'{word}' is not JSON: use true, false, null, a number or a string</source>
        <translation>'{word}' 不是 JSON：请使用 true、false、null、数字或字符串</translation>
    </message>
    <message>
        <source>Feishu ignores it</source>
        <translation>飞书会忽略它</translation>
    </message>
    <message>
        <source>JSON 2.0 cards are always shared: update_multi must be true</source>
        <translation>JSON 2.0 结构的卡片总是共享卡片：update_multi 必须为 true</translation>
    </message>
    <message>
        <source>JSON 2.0 cards need Feishu client {version} or later</source>
        <translation>JSON 2.0 结构的卡片需要飞书客户端 {version} 或更高版本</translation>
    </message>
    <message>
        <source>JSON 2.0 cards take their components in body.elements: top-level 'elements' is ignored</source>
        <translation>JSON 2.0 结构的卡片组件应放在 body.elements 中：顶层的 'elements' 会被忽略</translation>
    </message>
    <message>
        <source>JSON 2.0 has no card-level i18n_elements either, so an ephemeral 2.0 card shows one language: send each reader the text in their language, or use a classic card (without "schema": "2.0") with i18n_elements and header i18n</source>
        <translation>JSON 2.0 结构也没有卡片级的 i18n_elements，因此仅特定人可见的 2.0 卡片只能显示一种语言：请给每位接收者发送其语言的文本，或改用 JSON 1.0 结构的卡片（不写 "schema": "2.0"），使用 i18n_elements 和标题的 i18n</translation>
    </message>
    <message>
        <source>JSON 2.0 rejects unknown fields</source>
        <translation>JSON 2.0 结构不接受未知字段</translation>
    </message>
    <message>
        <source>a button takes 'url' or 'multi_url', not both</source>
        <translation>按钮只能设置 'url' 或 'multi_url' 之一，不能同时设置</translation>
    </message>
    <message>
        <source>a card is a JSON object ({{...}}), found {found}</source>
        <translation>卡片应为 JSON 对象（{{...}}），实际为 {found}</translation>
    </message>
    <message>
        <source>a card with an audio component cannot be forwarded: set "enable_forward": false in its config, or sending it fails</source>
        <translation>含音频组件的卡片不能转发：请在 config 中设置 "enable_forward": false，否则卡片发送失败</translation>
    </message>
    <message>
        <source>a card with an audio component: {where} (send it as an ordinary message)</source>
        <translation>含音频组件的卡片：{where}（请作为普通消息发送）</translation>
    </message>
    <message>
        <source>a column_set's 'columns' holds only 'column', found '{tag}'</source>
        <translation>分栏（column_set）的 'columns' 只能包含 'column'，实际为 '{tag}'</translation>
    </message>
    <message>
        <source>a comment (JSON has no comments)</source>
        <translation>注释（JSON 不支持注释）</translation>
    </message>
    <message>
        <source>a form may not contain another form</source>
        <translation>表单容器中不能再嵌套表单容器</translation>
    </message>
    <message>
        <source>a note holds only texts, icons and images, found '{tag}'</source>
        <translation>备注只能包含文本、图标和图片，实际为 '{tag}'</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>数字</translation>
    </message>
    <message>
        <source>a single quote (JSON strings use double quotes)</source>
        <translation>单引号（JSON 字符串使用双引号）</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>字符串</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>整数</translation>
    </message>
    <message>
        <source>a {digits}-digit number</source>
        <translation>{digits} 位数字</translation>
    </message>
    <message>
        <source>a {parent} holds only {allowed} in the classic schema, found '{tag}'</source>
        <translation>在 JSON 1.0 结构中，{parent} 只能包含 {allowed}，实际为 '{tag}'</translation>
    </message>
    <message>
        <source>a {parent} may not hold a {tag} in JSON 2.0</source>
        <translation>在 JSON 2.0 结构中，{parent} 中不能放 {tag}</translation>
    </message>
    <message>
        <source>a {parent} may not hold a {tag} in the classic schema</source>
        <translation>在 JSON 1.0 结构中，{parent} 中不能放 {tag}</translation>
    </message>
    <message>
        <source>an action row holds only buttons, menus and pickers, found '{tag}'</source>
        <translation>交互模块（action）只能包含按钮、菜单和选择器，实际为 '{tag}'</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>数组</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>button text is {length} characters; Feishu allows at most {limit}</source>
        <translation>按钮文本有 {length} 个字符；飞书最多允许 {limit} 个</translation>
    </message>
    <message>
        <source>character {code}</source>
        <translation>字符 {code}</translation>
    </message>
    <message>
        <source>component has no 'tag' (e.g. "tag": "markdown")</source>
        <translation>组件缺少 'tag'（例如 "tag": "markdown"）</translation>
    </message>
    <message>
        <source>control character {code} in string must be escaped (e.g. '\t')</source>
        <translation>字符串中的控制字符 {code} 必须转义（例如 '\t'）</translation>
    </message>
    <message>
        <source>duplicate member "{key}": only the last one counts</source>
        <translation>重复的字段 "{key}"：只有最后一个生效</translation>
    </message>
    <message>
        <source>element-level '{key}': {where}; {instead}</source>
        <translation>元素级多语言 '{key}'：{where}；{instead}</translation>
    </message>
    <message>
        <source>element_id {value} is used twice in the card</source>
        <translation>element_id {value} 在卡片中重复使用</translation>
    </message>
    <message>
        <source>element_id {value}: letters, digits and '_', starting with a letter, at most 20 characters</source>
        <translation>element_id {value}：只能包含字母、数字和 '_'，以字母开头，最多 20 个字符</translation>
    </message>
    <message>
        <source>ephemeral cards cannot be forwarded: enable_forward is ignored</source>
        <translation>仅特定人可见的卡片不能转发：enable_forward 会被忽略</translation>
    </message>
    <message>
        <source>error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>expected ',' or '{closer}' after array element, found {found}</source>
        <translation>数组元素后应为 ',' 或 '{closer}'，实际为 {found}</translation>
    </message>
    <message>
        <source>expected ',' or '{closer}' after object member, found {found}</source>
        <translation>对象字段后应为 ',' 或 '{closer}'，实际为 {found}</translation>
    </message>
    <message>
        <source>expected ':' after member name "{key}", found {found}</source>
        <translation>字段名 "{key}" 后应为 ':'，实际为 {found}</translation>
    </message>
    <message>
        <source>expected a member name in double quotes after ',', found {found}</source>
        <translation>',' 后应为双引号括起的字段名，实际为 {found}</translation>
    </message>
    <message>
        <source>expected a member name in double quotes or '}}', found {found}</source>
        <translation>应为双引号括起的字段名或 '}}'，实际为 {found}</translation>
    </message>
    <message>
        <source>expected a number, found {found}</source>
        <translation>应为数字，实际为 {found}</translation>
    </message>
    <message>
        <source>expected a value, found {found}</source>
        <translation>应为一个值，实际为 {found}</translation>
    </message>
    <message>
        <source>expected a value: JSON strings use double quotes, not single quotes</source>
        <translation>应为一个值：JSON 字符串使用双引号，而不是单引号</translation>
    </message>
    <message>
        <source>form {name} has no submit button, so it can never be sent: add a button with {how}</source>
        <translation>表单容器 {name} 没有提交按钮，表单永远无法提交：请添加一个设置了 {how} 的按钮</translation>
    </message>
    <message>
        <source>header template {value} is not a Feishu colour (one of {allowed})</source>
        <translation>标题主题色 {value} 不是飞书提供的颜色（可选：{allowed}）</translation>
    </message>
    <message>
        <source>image has no 'alt' text</source>
        <translation>图片缺少 'alt' 文本</translation>
    </message>
    <message>
        <source>info</source>
        <translation>提示</translation>
    </message>
    <message>
        <source>invalid \u escape: a lone surrogate (\ud800-\udfff) is not a character</source>
        <translation>无效的 \u 转义：单独的代理码位（\ud800-\udfff）不是字符</translation>
    </message>
    <message>
        <source>invalid \u escape: expected 4 hex digits after '\u'</source>
        <translation>无效的 \u 转义：'\u' 后应有 4 位十六进制数字</translation>
    </message>
    <message>
        <source>invalid escape '\{escape}' in string (write '\\' for a backslash)</source>
        <translation>字符串中有无效的转义 '\{escape}'（反斜杠请写作 '\\'）</translation>
    </message>
    <message>
        <source>it cannot be sent as an ephemeral card</source>
        <translation>不能作为仅特定人可见的卡片发送</translation>
    </message>
    <message>
        <source>item {index}</source>
        <translation>第 {index} 项</translation>
    </message>
    <message>
        <source>item {index} of '{owner}'</source>
        <translation>'{owner}' 的第 {index} 项</translation>
    </message>
    <message>
        <source>link {target} in the text is about:blank: the link does nothing (the card is accepted)</source>
        <translation>文本中的链接 {target} 是 about:blank：该链接点击后无反应（卡片仍可发送）</translation>
    </message>
    <message>
        <source>link {target} in the text must start with http:// or https://</source>
        <translation>文本中的链接 {target} 必须以 http:// 或 https:// 开头</translation>
    </message>
    <message>
        <source>missing required field 'content' (or 'i18n')</source>
        <translation>缺少必填字段 'content'（或 'i18n'）</translation>
    </message>
    <message>
        <source>missing required field '{field}'</source>
        <translation>缺少必填字段 '{field}'</translation>
    </message>
    <message>
        <source>more than {limit} tables in one card</source>
        <translation>一张卡片中的表格超过 {limit} 个</translation>
    </message>
    <message>
        <source>msg_type must be "interactive" for an ephemeral card, found {found}</source>
        <translation>仅特定人可见的卡片的 msg_type 必须为 "interactive"，实际为 {found}</translation>
    </message>
    <message>
        <source>name {name} is already used in this form (at {first})</source>
        <translation>name {name} 已在此表单容器中使用（位于 {first}）</translation>
    </message>
    <message>
        <source>nesting is deeper than {limit} levels</source>
        <translation>嵌套超过 {limit} 层</translation>
    </message>
    <message>
        <source>number is too long to read</source>
        <translation>数字太长，无法读取</translation>
    </message>
    <message>
        <source>number {value}</source>
        <translation>数字 {value}</translation>
    </message>
    <message>
        <source>put translations in card-level i18n_elements / i18n_header instead</source>
        <translation>请改在卡片级的 i18n_elements / i18n_header 中设置多语言</translation>
    </message>
    <message>
        <source>tag colour {value} is not a Feishu colour</source>
        <translation>标签颜色 {value} 不是飞书提供的颜色</translation>
    </message>
    <message>
        <source>text content is empty: nothing is shown</source>
        <translation>文本内容为空：不会显示任何内容</translation>
    </message>
    <message>
        <source>the JSON is nested more than {limit} levels deep; no Feishu card is</source>
        <translation>JSON 嵌套超过 {limit} 层；飞书卡片不会有这么深</translation>
    </message>
    <message>
        <source>the card</source>
        <translation>卡片</translation>
    </message>
    <message>
        <source>the card has {count} elements (components and the texts, icons and tags in them); JSON 2.0 allows at most {limit}</source>
        <translation>卡片有 {count} 个元素（组件及其中的文本、图标和标签）；JSON 2.0 结构最多允许 {limit} 个</translation>
    </message>
    <message>
        <source>the card is nested too deeply to check</source>
        <translation>卡片嵌套太深，无法检查</translation>
    </message>
    <message>
        <source>the card is {size:.1f} KB; Feishu accepts at most 30 KB (error 230025)</source>
        <translation>卡片大小为 {size:.1f} KB；飞书最多接受 30 KB（错误码 230025）</translation>
    </message>
    <message>
        <source>the end of the text</source>
        <translation>文本末尾</translation>
    </message>
    <message>
        <source>the ephemeral API does not support it</source>
        <translation>仅特定人可见卡片接口不支持</translation>
    </message>
    <message>
        <source>the ephemeral API rejects it</source>
        <translation>仅特定人可见卡片接口会拒绝</translation>
    </message>
    <message>
        <source>the request body needs a recipient: one of open_id, user_id or email</source>
        <translation>请求体需要指定接收者：open_id、user_id 或 email 之一</translation>
    </message>
    <message>
        <source>the string {value}</source>
        <translation>字符串 {value}</translation>
    </message>
    <message>
        <source>the text holds a broken character (a lone UTF-16 surrogate)</source>
        <translation>文本中有损坏的字符（单独的 UTF-16 代理码位）</translation>
    </message>
    <message>
        <source>the text is empty: expected a JSON object such as {{"elements": []}}</source>
        <translation>文本为空：应为 JSON 对象，例如 {{"elements": []}}</translation>
    </message>
    <message>
        <source>this number is too large to be sent: JSON has no infinity (it would go out as Infinity)</source>
        <translation>这个数字太大，无法发送：JSON 没有无穷大（会被发送为 Infinity）</translation>
    </message>
    <message>
        <source>trailing comma: expected a value after ',' before '{closer}'</source>
        <translation>多余的逗号：在 '{closer}' 之前的 ',' 后应有一个值</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true 或 false</translation>
    </message>
    <message>
        <source>unexpected {found} after the JSON value (only one value is allowed)</source>
        <translation>JSON 值之后出现了多余的 {found}（只允许一个值）</translation>
    </message>
    <message>
        <source>unknown field '{name}' of '{tag}': {consequence}</source>
        <translation>'{tag}' 的未知字段 '{name}'：{consequence}</translation>
    </message>
    <message>
        <source>unknown field '{name}': {consequence}</source>
        <translation>未知字段 '{name}'：{consequence}</translation>
    </message>
    <message>
        <source>unterminated string: a line break inside a string must be written '\n'</source>
        <translation>字符串未结束：字符串中的换行必须写作 '\n'</translation>
    </message>
    <message>
        <source>unterminated string: expected a closing '"'</source>
        <translation>字符串未结束：缺少结尾的 '"'</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>{count} header tags: Feishu shows only the first {limit}</source>
        <translation>标题有 {count} 个标签：飞书只显示前 {limit} 个</translation>
    </message>
    <message>
        <source>{field}: expected {expected}, found {found}</source>
        <translation>{field}：应为{expected}，实际为 {found}</translation>
    </message>
    <message>
        <source>{field}: {found} is not allowed; expected {expected}</source>
        <translation>{field}：不允许 {found}；应为 {expected}</translation>
    </message>
    <message>
        <source>{field}: {problem}</source>
        <translation>{field}：{problem}</translation>
    </message>
    <message>
        <source>{given} are all given: '{winner}' wins (open_id &gt; user_id &gt; email); the others are ignored</source>
        <translation>同时给出了 {given}：以 '{winner}' 为准（open_id &gt; user_id &gt; email），其余的会被忽略</translation>
    </message>
    <message>
        <source>{items} or {last}</source>
        <translation>{items} 或 {last}</translation>
    </message>
    <message>
        <source>{problem} ('{typo}' is there: a typo?)</source>
        <translation>{problem}（有一个 '{typo}'：是否拼写错误？）</translation>
    </message>
    <message>
        <source>{problem} in {owner}</source>
        <translation>{owner} 中{problem}</translation>
    </message>
    <message>
        <source>{problem}; did you mean '{suggestion}'?</source>
        <translation>{problem}；是否想写 '{suggestion}'？</translation>
    </message>
    <message>
        <source>{range} or {words}</source>
        <translation>{range} 或 {words}</translation>
    </message>
    <message>
        <source>{value} is a template placeholder: its value is filled in later, so it is not checked</source>
        <translation>{value} 是模板变量：它的值稍后才会填入，因此不做检查</translation>
    </message>
    <message>
        <source>{value} is not a finite number</source>
        <translation>{value} 不是有限的数字</translation>
    </message>
    <message>
        <source>{value} is not a whole number</source>
        <translation>{value} 不是整数</translation>
    </message>
    <message>
        <source>{value} is outside {range}</source>
        <translation>{value} 超出范围 {range}</translation>
    </message>
    <message>
        <source>card-designer validate: give at least one FILE (or '-' for standard input)</source>
        <translation>card-designer validate：请至少给出一个 FILE（或用 '-' 读取标准输入）</translation>
    </message>
    <message>
        <source>card-designer validate: {file}: cannot read: {reason}</source>
        <translation>card-designer validate：{file}：无法读取：{reason}</translation>
    </message>
    <message>
        <source>card-designer validate: {file}: is a directory, not a card file</source>
        <translation>card-designer validate：{file}：是文件夹，不是卡片文件</translation>
    </message>
    <message>
        <source>card-designer validate: {file}: no such file</source>
        <translation>card-designer validate：{file}：文件不存在</translation>
    </message>
    <message>
        <source>card-designer validate: {file}: not UTF-8 text (byte {byte})</source>
        <translation>card-designer validate：{file}：不是 UTF-8 文本（第 {byte} 字节）</translation>
    </message>
    <message>
        <source>A field of the request is missing or invalid: see the message for which one.</source>
        <translation>请求中有字段缺失或无效：具体是哪个字段请看错误信息。</translation>
    </message>
    <message>
        <source>A field of the request is wrong: check the chat id and the recipient's id or email.</source>
        <translation>请求中有字段错误：请检查群组 ID 以及接收者的 ID 或邮箱。</translation>
    </message>
    <message>
        <source>Check the app id and app secret of this profile (developer console &gt; Credentials &amp; Basic Info).</source>
        <translation>请检查此配置的 App ID 和 App Secret（开发者后台 &gt; 凭证与基础信息）。</translation>
    </message>
    <message>
        <source>Check the network, a proxy, and the base URL of this profile; nothing was sent.</source>
        <translation>请检查网络、代理以及此配置的接口地址；消息未发送。</translation>
    </message>
    <message>
        <source>Ephemeral cards work only in ordinary group chats, not topic chats, threads or one-to-one chats.</source>
        <translation>仅特定人可见的卡片只能发送到普通群组，不支持话题群、话题和单聊。</translation>
    </message>
    <message>
        <source>Feishu call</source>
        <translation>飞书接口调用</translation>
    </message>
    <message>
        <source>Feishu's frequency limit was hit: send more slowly and try again.</source>
        <translation>触发了飞书的频率限制：请放慢发送速度后重试。</translation>
    </message>
    <message>
        <source>Fix the card at the place named in the message, then send again.</source>
        <translation>请修改错误信息中指出的卡片位置，然后重新发送。</translation>
    </message>
    <message>
        <source>Grant the app the scope {scopes} in the developer console (Permissions &amp; Scopes), then publish a new version.</source>
        <translation>请在开发者后台（权限管理）为应用开通权限 {scopes}，然后发布新版本。</translation>
    </message>
    <message>
        <source>No user has this email: check the address or pick the recipient from the member list.</source>
        <translation>没有使用此邮箱的用户：请检查邮箱地址，或从成员列表中选择接收者。</translation>
    </message>
    <message>
        <source>No user has this open_id in this app: pick the recipient from the chat's member list.</source>
        <translation>此应用下没有该 open_id 的用户：请从群成员列表中选择接收者。</translation>
    </message>
    <message>
        <source>No user has this user_id: pick the recipient from the chat's member list.</source>
        <translation>没有该 user_id 的用户：请从群成员列表中选择接收者。</translation>
    </message>
    <message>
        <source>Nothing was sent.</source>
        <translation>消息未发送。</translation>
    </message>
    <message>
        <source>The app id is not known to this server: check the app id (and the region or base URL).</source>
        <translation>服务器不认识此 App ID：请检查 App ID（以及区域或接口地址）。</translation>
    </message>
    <message>
        <source>The app lacks a permission for this chat (external chats need the bot's external sharing turned on).</source>
        <translation>应用缺少此群组的权限（外部群需要开启机器人的对外共享）。</translation>
    </message>
    <message>
        <source>The app lacks a permission: grant it in the developer console and publish a new version.</source>
        <translation>应用缺少权限：请在开发者后台开通权限并发布新版本。</translation>
    </message>
    <message>
        <source>The app secret is wrong: copy it again from the developer console (Credentials &amp; Basic Info).</source>
        <translation>App Secret 错误：请从开发者后台（凭证与基础信息）重新复制。</translation>
    </message>
    <message>
        <source>The app token is invalid: check the app id and app secret of this profile.</source>
        <translation>应用凭证无效：请检查此配置的 App ID 和 App Secret。</translation>
    </message>
    <message>
        <source>The app's bot is not enabled: turn on the Bot feature in the developer console and publish a version.</source>
        <translation>应用未启用机器人：请在开发者后台开启机器人能力并发布版本。</translation>
    </message>
    <message>
        <source>The app's monthly API quota is used up: wait for next month or raise the plan.</source>
        <translation>应用本月的 API 调用额度已用完：请等到下个月，或升级套餐。</translation>
    </message>
    <message>
        <source>The bot (or the recipient) is not in this chat: add the bot in the chat settings (Settings &gt; Bots &gt; Add bot) and check the recipient is a member.</source>
        <translation>机器人（或接收者）不在此群组中：请在群设置中添加机器人（设置 &gt; 群机器人 &gt; 添加机器人），并确认接收者是群成员。</translation>
    </message>
    <message>
        <source>The bot is not in this chat: add it in the chat settings (Settings &gt; Bots &gt; Add bot).</source>
        <translation>机器人不在此群组中：请在群设置中添加机器人（设置 &gt; 群机器人 &gt; 添加机器人）。</translation>
    </message>
    <message>
        <source>The card is over 30 KB: shorten texts or split it into several cards.</source>
        <translation>卡片超过 30 KB：请缩短文本，或拆分为多张卡片。</translation>
    </message>
    <message>
        <source>The card was refused (sub-code {sub_code}: {meaning}) at {pointer}: fix it and send again.</source>
        <translation>卡片被拒绝（子错误码 {sub_code}：{meaning}），位置 {pointer}：请修改后重新发送。</translation>
    </message>
    <message>
        <source>The card was refused (sub-code {sub_code}: {meaning}): fix it and send again.</source>
        <translation>卡片被拒绝（子错误码 {sub_code}：{meaning}）：请修改后重新发送。</translation>
    </message>
    <message>
        <source>The chat does not exist (it may have been disbanded): pick another chat.</source>
        <translation>群组不存在（可能已解散）：请选择其他群组。</translation>
    </message>
    <message>
        <source>The chat id is not valid: pick the chat from the list of chats the bot is in.</source>
        <translation>群组 ID 无效：请从机器人所在的群组列表中选择。</translation>
    </message>
    <message>
        <source>The file is not an image Feishu can read: use PNG, JPEG, GIF, WEBP, BMP or TIFF.</source>
        <translation>飞书无法读取此图片文件：请使用 PNG、JPEG、GIF、WEBP、BMP 或 TIFF。</translation>
    </message>
    <message>
        <source>The image file is empty: choose another file.</source>
        <translation>图片文件为空：请选择其他文件。</translation>
    </message>
    <message>
        <source>The image is over 10 MB: make it smaller.</source>
        <translation>图片超过 10 MB：请缩小图片。</translation>
    </message>
    <message>
        <source>The recipient is not a member of this chat: pick someone from the chat's member list.</source>
        <translation>接收者不是此群组的成员：请从群成员列表中选择。</translation>
    </message>
    <message>
        <source>The recipient is outside the app's availability: add them to the availability range in the developer console (Version Management &amp; Release) and publish a new version.</source>
        <translation>接收者不在应用的可用范围内：请在开发者后台（版本管理与发布）把他加入可用范围，并发布新版本。</translation>
    </message>
    <message>
        <source>The request carried no tenant token: this is a client bug, please report it.</source>
        <translation>请求没有携带 tenant_access_token：这是本应用的缺陷，请反馈。</translation>
    </message>
    <message>
        <source>The server did not answer in time. A card may or may not have been delivered: look in the chat before sending again.</source>
        <translation>服务器没有及时响应。卡片可能已送达，也可能没有：请先在群组中查看，再决定是否重新发送。</translation>
    </message>
    <message>
        <source>The server refused this machine's IP address: add it to the app's IP allow-list.</source>
        <translation>服务器拒绝了本机的 IP 地址：请把它加入应用的 IP 白名单。</translation>
    </message>
    <message>
        <source>The server's answer was not Feishu's API format: check the base URL of this profile.</source>
        <translation>服务器的响应不是飞书开放接口的格式：请检查此配置的接口地址。</translation>
    </message>
    <message>
        <source>The tenant token was refused even after fetching a new one: check the app id and secret.</source>
        <translation>重新获取后 tenant_access_token 仍被拒绝：请检查 App ID 和 App Secret。</translation>
    </message>
    <message>
        <source>This ephemeral card was already deleted; nothing more to do.</source>
        <translation>这张仅特定人可见的卡片已被删除，无需再操作。</translation>
    </message>
    <message>
        <source>Too many calls: wait a moment and send again (40 per second per chat, 50 per second per app).</source>
        <translation>调用过于频繁：请稍等片刻再发送（每个群组每秒 40 次，每个应用每秒 50 次）。</translation>
    </message>
    <message>
        <source>Try again; if it keeps failing, check the app in the Feishu developer console.</source>
        <translation>请重试；如果一直失败，请在飞书开发者后台检查应用。</translation>
    </message>
    <message>
        <source>Use an https:// base URL (http:// is allowed only for 127.0.0.1, localhost and [::1]).</source>
        <translation>请使用 https:// 接口地址（http:// 仅允许用于 127.0.0.1、localhost 和 [::1]）。</translation>
    </message>
    <message>
        <source>a local file</source>
        <translation>本地文件</translation>
    </message>
    <message>
        <source>a template variable has the wrong format</source>
        <translation>模板变量的格式错误</translation>
    </message>
    <message>
        <source>a template variable has the wrong type</source>
        <translation>模板变量的类型错误</translation>
    </message>
    <message>
        <source>a user id in an at / person element is not valid</source>
        <translation>@ 或人员组件中的用户 ID 无效</translation>
    </message>
    <message>
        <source>an img_key is not valid (upload the image with this app first)</source>
        <translation>img_key 无效（请先用此应用上传图片）</translation>
    </message>
    <message>
        <source>app {app_id}</source>
        <translation>应用 {app_id}</translation>
    </message>
    <message>
        <source>chat {chat_id}</source>
        <translation>群组 {chat_id}</translation>
    </message>
    <message>
        <source>chat {chat_id}, recipient {recipient}</source>
        <translation>群组 {chat_id}，接收者 {recipient}</translation>
    </message>
    <message>
        <source>deleted {message_id}</source>
        <translation>已删除 {message_id}</translation>
    </message>
    <message>
        <source>ephemeral delete</source>
        <translation>删除仅特定人可见的卡片</translation>
    </message>
    <message>
        <source>ephemeral send</source>
        <translation>发送仅特定人可见的卡片</translation>
    </message>
    <message>
        <source>error: --to {entry}: write CHAT_ID:ID, e.g. oc_…:ou_… or oc_…:li@example.com</source>
        <translation>错误：--to {entry}：请写作 CHAT_ID:ID，例如 oc_…:ou_… 或 oc_…:li@example.com</translation>
    </message>
    <message>
        <source>error: --to {entry}: {value} is a {other}, not a person's id</source>
        <translation>错误：--to {entry}：{value} 是 {other}，不是用户的 ID</translation>
    </message>
    <message>
        <source>error: --to {entry}: {value} is not an open_id (ou_…), user_id or email</source>
        <translation>错误：--to {entry}：{value} 不是 open_id（ou_…）、user_id 或邮箱</translation>
    </message>
    <message>
        <source>error: give --to CHAT_ID:ID for each recipient, or --chat with one recipient, not both</source>
        <translation>错误：请为每个接收者给出 --to CHAT_ID:ID，或用 --chat 加一个接收者，二者不能同时使用</translation>
    </message>
    <message>
        <source>error: interrupted — the card may or may not have been sent; check the chat</source>
        <translation>错误：已中断 —— 卡片可能已发送，也可能没有；请在群组中查看</translation>
    </message>
    <message>
        <source>error: no chat: give --chat oc_… (or chat_id in the request body)</source>
        <translation>错误：没有群组：请给出 --chat oc_…（或在请求体中写 chat_id）</translation>
    </message>
    <message>
        <source>error: no recipient: give --open-id ou_…, --user-id … or --email … (or open_id / user_id / email in the request body)</source>
        <translation>错误：没有接收者：请给出 --open-id ou_…、--user-id … 或 --email …（或在请求体中写 open_id / user_id / email）</translation>
    </message>
    <message>
        <source>error: the message id is empty (it looks like om_…)</source>
        <translation>错误：消息 ID 为空（形如 om_…）</translation>
    </message>
    <message>
        <source>error: {file}: 1 error in the card — fix it; nothing was sent</source>
        <translation>错误：{file}：卡片中有 1 个错误 —— 请修改；消息未发送</translation>
    </message>
    <message>
        <source>error: {file}: cannot be read ({reason})</source>
        <translation>错误：{file}：无法读取（{reason}）</translation>
    </message>
    <message>
        <source>error: {file}: is a folder, not a card file</source>
        <translation>错误：{file}：是文件夹，不是卡片文件</translation>
    </message>
    <message>
        <source>error: {file}: no such file</source>
        <translation>错误：{file}：文件不存在</translation>
    </message>
    <message>
        <source>error: {file}: not UTF-8 text (byte {byte}); save the card as UTF-8</source>
        <translation>错误：{file}：不是 UTF-8 文本（第 {byte} 字节）；请把卡片保存为 UTF-8</translation>
    </message>
    <message>
        <source>error: {file}: {count} errors in the card — fix them; nothing was sent</source>
        <translation>错误：{file}：卡片中有 {count} 个错误 —— 请修改；消息未发送</translation>
    </message>
    <message>
        <source>error: {file}: {reason}</source>
        <translation>错误：{file}：{reason}</translation>
    </message>
    <message>
        <source>error: {problem}</source>
        <translation>错误：{problem}</translation>
    </message>
    <message>
        <source>error: {problem} — {hint}</source>
        <translation>错误：{problem} —— {hint}</translation>
    </message>
    <message>
        <source>error: {where}: not sent (the run stopped first)</source>
        <translation>错误：{where}：未发送（发送任务已先停止）</translation>
    </message>
    <message>
        <source>error: {where}: {problem} — {hint}</source>
        <translation>错误：{where}：{problem} —— {hint}</translation>
    </message>
    <message>
        <source>fetching the tenant access token</source>
        <translation>获取 tenant_access_token</translation>
    </message>
    <message>
        <source>file {filename}</source>
        <translation>文件 {filename}</translation>
    </message>
    <message>
        <source>image upload</source>
        <translation>上传图片</translation>
    </message>
    <message>
        <source>listing chats</source>
        <translation>获取群组列表</translation>
    </message>
    <message>
        <source>listing members</source>
        <translation>获取群成员列表</translation>
    </message>
    <message>
        <source>looking up user ids</source>
        <translation>查询用户 ID</translation>
    </message>
    <message>
        <source>message {message_id}</source>
        <translation>消息 {message_id}</translation>
    </message>
    <message>
        <source>recent chats could not be saved ({problem})</source>
        <translation>无法保存最近使用的群组（{problem}）</translation>
    </message>
    <message>
        <source>see the message</source>
        <translation>请看错误信息</translation>
    </message>
    <message>
        <source>the card JSON could not be parsed</source>
        <translation>无法解析卡片 JSON</translation>
    </message>
    <message>
        <source>the card breaks a rule of the card format</source>
        <translation>卡片不符合卡片格式的规则</translation>
    </message>
    <message>
        <source>the card template is not published</source>
        <translation>卡片模板未发布</translation>
    </message>
    <message>
        <source>the card template is not visible to this app</source>
        <translation>此应用无权使用该卡片模板</translation>
    </message>
    <message>
        <source>the delete could not be recorded in the history ({problem})</source>
        <translation>无法把删除记入发送记录（{problem}）</translation>
    </message>
    <message>
        <source>the history could not be read ({problem})</source>
        <translation>无法读取发送记录（{problem}）</translation>
    </message>
    <message>
        <source>the send could not be recorded in the history ({problem})</source>
        <translation>无法把这次发送记入发送记录（{problem}）</translation>
    </message>
    <message>
        <source>this tag is not supported in card JSON 2.0</source>
        <translation>卡片 JSON 2.0 结构不支持此 tag</translation>
    </message>
    <message>
        <source>warning: {problem}</source>
        <translation>警告：{problem}</translation>
    </message>
    <message>
        <source>{count} send(s) could not be recorded in the history ({problem})</source>
        <translation>有 {count} 次发送无法记入发送记录（{problem}）</translation>
    </message>
    <message>
        <source>{msg} [code {code}, HTTP {status}, log id {log_id}]</source>
        <translation>{msg} [错误码 {code}，HTTP {status}，log id {log_id}]</translation>
    </message>
    <message>
        <source>{msg} [code {code}, HTTP {status}]</source>
        <translation>{msg} [错误码 {code}，HTTP {status}]</translation>
    </message>
    <message>
        <source>{operation} ({where}) failed: {message}</source>
        <translation>{operation}（{where}）失败：{message}</translation>
    </message>
    <message>
        <source>{operation} failed: {message}</source>
        <translation>{operation}失败：{message}</translation>
    </message>
    <message>
        <source>App secret of profile {name} (input hidden): </source>
        <translation>配置 {name} 的 App Secret（输入不显示）：</translation>
    </message>
    <message>
        <source>Check the base URL (https to a server that speaks https), the system clock, and any proxy that intercepts TLS; nothing was sent.</source>
        <translation>请检查接口地址（https 需对应支持 https 的服务器）、系统时钟，以及是否有拦截 TLS 的代理；消息未发送。</translation>
    </message>
    <message>
        <source>Fix that number in the card (validate shows where it is) and send again.</source>
        <translation>请修改卡片中的这个数字（validate 会指出位置），然后重新发送。</translation>
    </message>
    <message>
        <source>Give a base URL like https://open.feishu.cn (or http://127.0.0.1:PORT for the sandbox).</source>
        <translation>请给出形如 https://open.feishu.cn 的接口地址（沙盒请用 http://127.0.0.1:端口）。</translation>
    </message>
    <message>
        <source>HTTP {status} with JSON that is not an object</source>
        <translation>HTTP {status}，返回的 JSON 不是对象</translation>
    </message>
    <message>
        <source>HTTP {status} with a body that is not JSON: {preview}</source>
        <translation>HTTP {status}，返回内容不是 JSON：{preview}</translation>
    </message>
    <message>
        <source>HTTP {status} without a numeric 'code'</source>
        <translation>HTTP {status}，返回中没有数字 'code'</translation>
    </message>
    <message>
        <source>Nothing was sent: no card or other call goes out before the tenant token is fetched. Check the network, a proxy and the base URL, then try again.</source>
        <translation>消息未发送：获取到 tenant_access_token 之前，不会发出卡片或其他调用。请检查网络、代理和接口地址，然后重试。</translation>
    </message>
    <message>
        <source>added profile {name} ({region}, {url}, app {app_id})</source>
        <translation>已添加配置 {name}（{region}，{url}，应用 {app_id}）</translation>
    </message>
    <message>
        <source>cancelled before it was sent</source>
        <translation>发送前已取消</translation>
    </message>
    <message>
        <source>cancelled while waiting out the rate limit; not sent</source>
        <translation>等待频率限制解除时已取消；未发送</translation>
    </message>
    <message>
        <source>client set-up</source>
        <translation>客户端设置</translation>
    </message>
    <message>
        <source>contains a space or a control character; a base URL is one plain address</source>
        <translation>包含空格或控制字符；接口地址应为一个简单的网址</translation>
    </message>
    <message>
        <source>could not connect to {url} within {seconds:g} s</source>
        <translation>无法在 {seconds:g} 秒内连接到 {url}</translation>
    </message>
    <message>
        <source>could not connect to {url}: {reason}</source>
        <translation>无法连接到 {url}：{reason}</translation>
    </message>
    <message>
        <source>error: cancelled — nothing was changed</source>
        <translation>错误：已取消 —— 没有做任何更改</translation>
    </message>
    <message>
        <source>error: no active profile: name one, or add one with `card-designer profile add`</source>
        <translation>错误：没有当前配置：请指定一个，或用 `card-designer profile add` 添加</translation>
    </message>
    <message>
        <source>error: no app secret was given for profile {name} — nothing was changed</source>
        <translation>错误：没有为配置 {name} 提供 App Secret —— 没有做任何更改</translation>
    </message>
    <message>
        <source>error: profile {name} exists already — remove it first, or change its secret with `card-designer profile set-secret {plain}`</source>
        <translation>错误：配置 {name} 已存在 —— 请先删除它，或用 `card-designer profile set-secret {plain}` 更换 App Secret</translation>
    </message>
    <message>
        <source>has a host name with an empty or over-long part (a.b.cn, at most 63 a part)</source>
        <translation>的主机名中有空的或过长的部分（如 a.b.cn，每部分最多 63 个字符）</translation>
    </message>
    <message>
        <source>has a user, a query or a fragment; a base URL is a plain address</source>
        <translation>包含用户名、查询参数或片段；接口地址应为一个简单的网址</translation>
    </message>
    <message>
        <source>has no host name the client can use</source>
        <translation>没有可用的主机名</translation>
    </message>
    <message>
        <source>has the port {port}; a port is a number from 1 to 65535</source>
        <translation>的端口为 {port}；端口应为 1 到 65535 之间的数字</translation>
    </message>
    <message>
        <source>is not a usable address ({reason})</source>
        <translation>不是可用的地址（{reason}）</translation>
    </message>
    <message>
        <source>is not a web address like https://open.feishu.cn</source>
        <translation>不是形如 https://open.feishu.cn 的网址</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <source>no answer from {url} within {seconds:g} s</source>
        <translation>{url} 在 {seconds:g} 秒内没有响应</translation>
    </message>
    <message>
        <source>no answer from {url} within {seconds:g} s; {maybe}</source>
        <translation>{url} 在 {seconds:g} 秒内没有响应；{maybe}</translation>
    </message>
    <message>
        <source>no keyring</source>
        <translation>无密钥环</translation>
    </message>
    <message>
        <source>no profiles yet: add one with `card-designer profile add NAME --app-id cli_…`</source>
        <translation>还没有配置：请用 `card-designer profile add NAME --app-id cli_…` 添加</translation>
    </message>
    <message>
        <source>nothing was sent: {request} got no answer (the connection to {url} closed: {reason})</source>
        <translation>消息未发送：{request}没有得到响应（与 {url} 的连接已关闭：{reason}）</translation>
    </message>
    <message>
        <source>nothing was sent: {request} timed out (no answer from {url} within {seconds:g} s)</source>
        <translation>消息未发送：{request}超时（{url} 在 {seconds:g} 秒内没有响应）</translation>
    </message>
    <message>
        <source>profile {name}: connected to {url} as app {app_id}</source>
        <translation>配置 {name}：已以应用 {app_id} 连接到 {url}</translation>
    </message>
    <message>
        <source>removed profile {name} and its secret</source>
        <translation>已删除配置 {name} 及其 App Secret</translation>
    </message>
    <message>
        <source>stored</source>
        <translation>已保存</translation>
    </message>
    <message>
        <source>stored a new app secret for profile {name}</source>
        <translation>已为配置 {name} 保存新的 App Secret</translation>
    </message>
    <message>
        <source>the card may or may not have been deleted</source>
        <translation>卡片可能已删除，也可能没有</translation>
    </message>
    <message>
        <source>the card may or may not have been delivered: look in the chat before sending again</source>
        <translation>卡片可能已送达，也可能没有：请先在群组中查看，再决定是否重新发送</translation>
    </message>
    <message>
        <source>the config folder</source>
        <translation>配置文件夹</translation>
    </message>
    <message>
        <source>the connection to {url} closed without an answer ({reason})</source>
        <translation>与 {url} 的连接在响应前关闭（{reason}）</translation>
    </message>
    <message>
        <source>the connection to {url} closed without an answer ({reason}); {maybe}</source>
        <translation>与 {url} 的连接在响应前关闭（{reason}）；{maybe}</translation>
    </message>
    <message>
        <source>the secure (TLS) connection to {url} failed: {reason}</source>
        <translation>与 {url} 的安全（TLS）连接失败：{reason}</translation>
    </message>
    <message>
        <source>the token answer has an unexpected shape ({kind})</source>
        <translation>获取 token 的响应格式不符合预期（{kind}）</translation>
    </message>
    <message>
        <source>the token answer has no token or no lifetime</source>
        <translation>获取 token 的响应中没有 token 或有效期</translation>
    </message>
    <message>
        <source>the token request</source>
        <translation>获取 token 的请求</translation>
    </message>
    <message>
        <source>unexpected answer: {place}: {problem}</source>
        <translation>意外的响应：{place}：{problem}</translation>
    </message>
    <message>
        <source>uses http for a host that is not this machine; the app secret and the tenant token would travel unencrypted</source>
        <translation>对非本机的主机使用了 http；App Secret 和 tenant_access_token 会以明文传输</translation>
    </message>
    <message>
        <source>{name} is the active profile</source>
        <translation>{name} 是当前配置</translation>
    </message>
    <message>
        <source>{pointer} is not a finite number, and JSON has no Infinity or NaN; nothing was sent</source>
        <translation>{pointer} 不是有限的数字，而 JSON 没有 Infinity 或 NaN；消息未发送</translation>
    </message>
    <message>
        <source>{url} {problem}</source>
        <translation>{url} {problem}</translation>
    </message>
    <message>
        <source>'{tag}' does not exist in JSON {version} cards</source>
        <translation>JSON {version} 结构的卡片中没有 '{tag}'</translation>
    </message>
    <message>
        <source>'{tag}' is not in the catalog</source>
        <translation>组件库中没有 '{tag}'</translation>
    </message>
    <message>
        <source>A JSON 2.0 card has more than 200 elements: every component at any depth, and the texts, icons and tags inside them.</source>
        <translation>JSON 2.0 结构的卡片元素超过 200 个：包括任意层级的组件，以及其中的文本、图标和标签。</translation>
    </message>
    <message>
        <source>A URL, colour, number, option or id is a template placeholder (${{x}}, {{{{x}}}} or #{{x}}): it is filled in later, so it is not checked.</source>
        <translation>链接、颜色、数字、选项或 ID 是模板变量（${{x}}、{{{{x}}}} 或 #{{x}}）：值稍后才填入，因此不做检查。</translation>
    </message>
    <message>
        <source>A button has both url and multi_url; they are exclusive.</source>
        <translation>按钮同时设置了 url 和 multi_url；二者只能选一。</translation>
    </message>
    <message>
        <source>A card with an audio component cannot be sent with the ephemeral API (error in a request body and at send time).</source>
        <translation>含音频组件的卡片不能通过仅特定人可见卡片接口发送（在请求体中和发送时为错误）。</translation>
    </message>
    <message>
        <source>A card with an audio component must set config "enable_forward": false, or sending it fails.</source>
        <translation>含音频组件的卡片必须在 config 中设置 "enable_forward": false，否则发送失败。</translation>
    </message>
    <message>
        <source>A component inside a form has no name, so its value cannot be submitted.</source>
        <translation>表单容器中的组件没有 name，其值无法提交。</translation>
    </message>
    <message>
        <source>A component tag Feishu does not know (suggests the nearest tag).</source>
        <translation>飞书不认识的组件 tag（会提示最接近的 tag）。</translation>
    </message>
    <message>
        <source>A component where Feishu does not accept it (column outside column_set...).</source>
        <translation>组件放在了飞书不接受的位置（如列不在分栏中……）。</translation>
    </message>
    <message>
        <source>A field Feishu does not know: ignored in classic cards, an error in JSON 2.0 (suggests the nearest name).</source>
        <translation>飞书不认识的字段：JSON 1.0 结构的卡片会忽略它，JSON 2.0 结构中为错误（会提示最接近的名称）。</translation>
    </message>
    <message>
        <source>A field has a value outside its allowed set.</source>
        <translation>字段的值不在允许的取值中。</translation>
    </message>
    <message>
        <source>A field has the wrong JSON type (e.g. a string where true/false belongs).</source>
        <translation>字段的 JSON 类型错误（例如应为 true/false 的地方写了字符串）。</translation>
    </message>
    <message>
        <source>A form may not contain another form.</source>
        <translation>表单容器中不能再嵌套表单容器。</translation>
    </message>
    <message>
        <source>A form without a submit button ("form_action_type": "submit" / "action_type": "form_submit").</source>
        <translation>表单容器没有提交按钮（"form_action_type": "submit" / "action_type": "form_submit"）。</translation>
    </message>
    <message>
        <source>A header tag colour Feishu does not offer.</source>
        <translation>标题标签的颜色不是飞书提供的颜色。</translation>
    </message>
    <message>
        <source>A link that is not http(s):// (or lark://); about:blank, which Feishu accepts but which does nothing, is a warning.</source>
        <translation>链接不是 http(s)://（或 lark://）开头；about:blank 飞书会接受但点击无反应，为警告。</translation>
    </message>
    <message>
        <source>A number that is not finite ('nanpx', 'infpx', or a literal such as 1e400, which would be sent as Infinity: not JSON).</source>
        <translation>不是有限的数字（'nanpx'、'infpx'，或 1e400 这样会被发送为 Infinity 的数字：不是 JSON）。</translation>
    </message>
    <message>
        <source>A picker's initial date/time is not a valid YYYY-M-D / HH:mm value.</source>
        <translation>选择器的初始日期/时间不是有效的 YYYY-M-D / HH:mm 值。</translation>
    </message>
    <message>
        <source>A required field is missing (e.g. a text without 'content').</source>
        <translation>缺少必填字段（例如文本没有 'content'）。</translation>
    </message>
    <message>
        <source>A size, spacing, weight or count outside the range Feishu documents (margin -99..99 px, padding and spacing 0..99 px, column weight 1..5...).</source>
        <translation>尺寸、间距、权重或数量超出飞书文档给出的范围（外边距 -99..99 px，内边距和间距 0..99 px，列权重 1..5……）。</translation>
    </message>
    <message>
        <source>A text with empty content shows nothing.</source>
        <translation>内容为空的文本不显示任何内容。</translation>
    </message>
    <message>
        <source>A text, icon or background colour that is neither a Feishu colour name nor defined in config.style.color.</source>
        <translation>文本、图标或背景颜色既不是飞书的颜色名称，也没有在 config.style.color 中定义。</translation>
    </message>
    <message>
        <source>An ephemeral request body must have msg_type "interactive".</source>
        <translation>仅特定人可见卡片的请求体的 msg_type 必须为 "interactive"。</translation>
    </message>
    <message>
        <source>An ephemeral request body needs one of open_id, user_id or email.</source>
        <translation>仅特定人可见卡片的请求体需要 open_id、user_id 或 email 之一。</translation>
    </message>
    <message>
        <source>An image without alt text (screen readers read nothing).</source>
        <translation>图片没有 alt 文本（读屏软件读不出任何内容）。</translation>
    </message>
    <message>
        <source>An object has the same member twice; only the last one counts.</source>
        <translation>对象中有重复的字段；只有最后一个生效。</translation>
    </message>
    <message>
        <source>Button text longer than 100 characters.</source>
        <translation>按钮文本超过 100 个字符。</translation>
    </message>
    <message>
        <source>Components nested more than 5 levels deep.</source>
        <translation>组件嵌套超过 5 层。</translation>
    </message>
    <message>
        <source>Element-level i18n / i18n_content / i18n_img_key / i18n_default_value / i18n_file_key is not supported by the ephemeral API (error in a request body and at send time; a classic card can use card-level i18n_elements / i18n_header, a JSON 2.0 card has no card-level kind and carries one language).</source>
        <translation>仅特定人可见卡片接口不支持元素级的 i18n / i18n_content / i18n_img_key / i18n_default_value / i18n_file_key（在请求体中和发送时为错误；JSON 1.0 结构的卡片可用卡片级的 i18n_elements / i18n_header，JSON 2.0 结构没有卡片级多语言，只能用一种语言）。</translation>
    </message>
    <message>
        <source>Ephemeral cards cannot be forwarded; enable_forward is ignored.</source>
        <translation>仅特定人可见的卡片不能转发；enable_forward 会被忽略。</translation>
    </message>
    <message>
        <source>In the classic schema, buttons and pickers go in an action row.</source>
        <translation>在 JSON 1.0 结构中，按钮和选择器要放在交互模块（action）中。</translation>
    </message>
    <message>
        <source>JSON 2.0 cards must be shared cards: update_multi cannot be false.</source>
        <translation>JSON 2.0 结构的卡片必须是共享卡片：update_multi 不能为 false。</translation>
    </message>
    <message>
        <source>JSON 2.0 element_id: letters, digits, '_', starts with a letter, &lt;= 20, unique.</source>
        <translation>JSON 2.0 的 element_id：字母、数字、'_'，以字母开头，不超过 20 个字符，且唯一。</translation>
    </message>
    <message>
        <source>JSON nested so deeply it cannot be a card Feishu accepts.</source>
        <translation>JSON 嵌套太深，不可能是飞书接受的卡片。</translation>
    </message>
    <message>
        <source>More than 3 header tags: Feishu shows only the first 3.</source>
        <translation>标题标签超过 3 个：飞书只显示前 3 个。</translation>
    </message>
    <message>
        <source>More than 5 tables in one card (per language).</source>
        <translation>一张卡片中（每种语言）的表格超过 5 个。</translation>
    </message>
    <message>
        <source>Several recipients given: open_id &gt; user_id &gt; email wins.</source>
        <translation>给出了多个接收者：按 open_id &gt; user_id &gt; email 的顺序生效。</translation>
    </message>
    <message>
        <source>The card is larger than 30 KB (UTF-8 JSON as sent).</source>
        <translation>卡片超过 30 KB（按发送时的 UTF-8 JSON 计算）。</translation>
    </message>
    <message>
        <source>The header template colour is not one Feishu offers.</source>
        <translation>标题主题色不是飞书提供的颜色。</translation>
    </message>
    <message>
        <source>The text is not valid JSON (says where and what was expected).</source>
        <translation>文本不是有效的 JSON（会指出位置和应有的内容）。</translation>
    </message>
    <message>
        <source>This component needs a recent Feishu client (names the version).</source>
        <translation>此组件需要较新的飞书客户端（会给出版本号）。</translation>
    </message>
    <message>
        <source>Two components in one form have the same name.</source>
        <translation>同一表单容器中的两个组件 name 相同。</translation>
    </message>
    <message>
        <source>a template card is built in CardKit: its components cannot be edited here</source>
        <translation>模板卡片在卡片搭建工具中搭建：无法在这里编辑其组件</translation>
    </message>
    <message>
        <source>insert '{tag}' in the card body</source>
        <translation>在卡片正文中插入 '{tag}'</translation>
    </message>
    <message>
        <source>insert '{tag}' inside '{parent}'</source>
        <translation>在 '{parent}' 中插入 '{tag}'</translation>
    </message>
    <message>
        <source>note and action do not exist in JSON 2.0 (error 200861).</source>
        <translation>JSON 2.0 结构中没有 note 和 action（错误码 200861）。</translation>
    </message>
    <message>
        <source>the text is not a card yet: fix the JSON errors first</source>
        <translation>文本还不是卡片：请先修正 JSON 错误</translation>
    </message>
    <message>
        <source>{pointer} is not an array: fix it first</source>
        <translation>{pointer} 不是数组：请先修正</translation>
    </message>
    <message>
        <source>{pointer} is not an object: fix it first</source>
        <translation>{pointer} 不是对象：请先修正</translation>
    </message>
    <message>
        <source>Install and start a Secret Service keyring: GNOME Keyring (Debian/Ubuntu: sudo apt install gnome-keyring) or KDE Wallet (sudo apt install kwalletmanager), then log out and in again. On a machine without a desktop, run inside dbus-run-session with an unlocked gnome-keyring-daemon, or give scripts FEISHU_APP_ID and FEISHU_APP_SECRET in the environment. Card Designer never stores the app secret in a plain-text file.</source>
        <translation>请安装并启动 Secret Service 密钥环：GNOME Keyring（Debian/Ubuntu：`sudo apt install gnome-keyring`）或 KDE Wallet（`sudo apt install kwalletmanager`），然后注销并重新登录。在没有桌面的机器上，请在 dbus-run-session 中运行并解锁 gnome-keyring-daemon，或通过环境变量 FEISHU_APP_ID 和 FEISHU_APP_SECRET 提供给脚本。Card Designer 从不把 App Secret 保存在明文文件中。</translation>
    </message>
    <message>
        <source>On Windows the Credential Manager works out of the box: make sure you are signed in to a normal (not a service) account.</source>
        <translation>Windows 的凭据管理器开箱即用：请确认登录的是普通账户（不是服务账户）。</translation>
    </message>
    <message>
        <source>On macOS the login Keychain works out of the box: open Keychain Access and make sure the login keychain exists and is unlocked.</source>
        <translation>macOS 的登录钥匙串开箱即用：请打开“钥匙串访问”，确认登录钥匙串存在且已解锁。</translation>
    </message>
    <message>
        <source>Unlock the keyring (your desktop may be asking for the login password) and try again; if it keeps failing, log out and in again so the keyring service restarts.</source>
        <translation>请解锁密钥环（桌面可能正在询问登录密码）后重试；如果一直失败，请注销并重新登录，让密钥环服务重启。</translation>
    </message>
    <message>
        <source>no credentials: set FEISHU_APP_ID and FEISHU_APP_SECRET in the environment, or add a profile with `card-designer profile add NAME --app-id cli_...` (the first profile becomes the active one; choose another with `card-designer profile use NAME`)</source>
        <translation>没有凭证：请在环境变量中设置 FEISHU_APP_ID 和 FEISHU_APP_SECRET，或用 `card-designer profile add NAME --app-id cli_...` 添加配置（第一个配置会成为当前配置；可用 `card-designer profile use NAME` 切换）</translation>
    </message>
    <message>
        <source>no keyring backend was found</source>
        <translation>没有找到密钥环后端</translation>
    </message>
    <message>
        <source>no profile named {profile} ({known}); add it with `card-designer profile add {plain} --app-id cli_...`</source>
        <translation>没有名为 {profile} 的配置（{known}）；请用 `card-designer profile add {plain} --app-id cli_...` 添加</translation>
    </message>
    <message>
        <source>no profiles are saved yet</source>
        <translation>还没有保存任何配置</translation>
    </message>
    <message>
        <source>profile {profile} has no app secret in the keyring; store it with `card-designer profile set-secret {plain}`</source>
        <translation>配置 {profile} 在密钥环中没有 App Secret；请用 `card-designer profile set-secret {plain}` 保存</translation>
    </message>
    <message>
        <source>saved profiles: {names}</source>
        <translation>已保存的配置：{names}</translation>
    </message>
    <message>
        <source>the keyring could not be opened ({kind})</source>
        <translation>无法打开密钥环（{kind}）</translation>
    </message>
    <message>
        <source>the keyring is switched off (null backend)</source>
        <translation>密钥环已关闭（null 后端）</translation>
    </message>
    <message>
        <source>the keyring refused to delete the secret of profile {profile}: {reason}</source>
        <translation>密钥环拒绝删除配置 {profile} 的 App Secret：{reason}</translation>
    </message>
    <message>
        <source>the keyring refused to read the secret of profile {profile}: {reason}</source>
        <translation>密钥环拒绝读取配置 {profile} 的 App Secret：{reason}</translation>
    </message>
    <message>
        <source>the keyring refused to store the secret of profile {profile}: {reason}</source>
        <translation>密钥环拒绝保存配置 {profile} 的 App Secret：{reason}</translation>
    </message>
    <message>
        <source>the only keyring backend stores secrets in a plain-text file</source>
        <translation>唯一可用的密钥环后端会把密钥保存在明文文件中</translation>
    </message>
    <message>
        <source>{have} is set but {lack} is not: set both, or unset both to use a profile</source>
        <translation>设置了 {have} 但没有设置 {lack}：请两者都设置，或都不设置以使用配置</translation>
    </message>
    <message>
        <source>cannot create {array}: {pointer} is not an array or object</source>
        <translation>无法创建 {array}：{pointer} 不是数组或对象</translation>
    </message>
    <message>
        <source>cannot find the member names around {pointer}</source>
        <translation>找不到 {pointer} 周围的字段名</translation>
    </message>
    <message>
        <source>cannot insert here: {reason}</source>
        <translation>不能在此处插入：{reason}</translation>
    </message>
    <message>
        <source>choose an element first: the whole card cannot be deleted or moved this way</source>
        <translation>请先选择一个组件：不能用这种方式删除或移动整张卡片</translation>
    </message>
    <message>
        <source>line {line}, column {column}: {problem}</source>
        <translation>第 {line} 行，第 {column} 列：{problem}</translation>
    </message>
    <message>
        <source>nothing at {pointer} in the card</source>
        <translation>卡片中 {pointer} 处没有内容</translation>
    </message>
    <message>
        <source>nothing at {pointer} in the text</source>
        <translation>文本中 {pointer} 处没有内容</translation>
    </message>
    <message>
        <source>the text is not valid JSON: fix it before inserting</source>
        <translation>文本不是有效的 JSON：请先修正再插入</translation>
    </message>
    <message>
        <source>'{tag}' does not exist in JSON 2.0: {hint}</source>
        <translation>JSON 2.0 中没有“{tag}”：{hint}</translation>
    </message>
    <message>
        <source>'{tag}' may only stand in a {parent}'s '{member}'</source>
        <translation>“{tag}”只能放在 {parent} 的“{member}”中</translation>
    </message>
    <message>
        <source>buttons stand alone in JSON 2.0</source>
        <translation>JSON 2.0 中按钮可直接放置，无需交互模块</translation>
    </message>
    <message>
        <source>not sent</source>
        <translation>未发送</translation>
    </message>
    <message>
        <source>use a div with a small grey text</source>
        <translation>请改用带灰色小字的普通文本组件（div）</translation>
    </message>
    <message>
        <source>{where}: {message}</source>
        <translation>{where}：{message}</translation>
    </message>
    <message>
        <source>A callback token updates the clicked card at most twice, within 30 minutes of the click and only after the click was answered: answer the next click to get a new token.</source>
        <translation>回调 token 最多可更新被点击的卡片两次，须在点击后 30 分钟内、且回调已响应之后使用：请响应下一次点击以获得新的 token。</translation>
    </message>
    <message>
        <source>Add "update_multi": true to the card's config (JSON 2.0 cards are always shared), in the posted card and in the new one; a card posted without it cannot be updated: recall it and post a new one.</source>
        <translation>请在卡片的 config 中加入 "update_multi": true（JSON 2.0 卡片始终为共享卡片），已发送的卡片和新卡片都需要；未加此项发送的卡片无法更新：请撤回后重新发送。</translation>
    </message>
    <message>
        <source>An ephemeral card cannot be updated or recalled: delete it (card-designer delete) and send a new one.</source>
        <translation>仅特定人可见的卡片无法更新或撤回：请删除它（card-designer delete）后重新发送。</translation>
    </message>
    <message>
        <source>Check that the app is a self-built app and receives callbacks over the long connection (developer console &gt; Events &amp; Callbacks).</source>
        <translation>请确认应用为企业自建应用，且已设置通过长连接接收回调（开发者后台 &gt; 事件与回调）。</translation>
    </message>
    <message>
        <source>Feishu updates a card only within 14 days of posting it</source>
        <translation>飞书只能更新发送后 14 天内的卡片</translation>
    </message>
    <message>
        <source>Feishu updates a card only within 14 days of sending it: post a new card instead.</source>
        <translation>飞书只能更新发送后 14 天内的卡片：请改为发送新卡片。</translation>
    </message>
    <message>
        <source>Only the app that sent a message can change it: use the profile that posted it.</source>
        <translation>只有发送消息的应用才能修改它：请使用发送该消息的配置。</translation>
    </message>
    <message>
        <source>The bot can recall its messages only within the tenant's time limit (24 hours unless the admin changed it): the message stays; post a correction instead.</source>
        <translation>机器人只能在企业设定的时限内撤回消息（管理员未修改时为 24 小时）：该消息将保留；请改为发送更正。</translation>
    </message>
    <message>
        <source>The bot can recall only its own messages: use the profile that posted it.</source>
        <translation>机器人只能撤回自己发送的消息：请使用发送该消息的配置。</translation>
    </message>
    <message>
        <source>The callback token has expired (30 minutes after the click): answer the next click instead.</source>
        <translation>回调 token 已过期（点击后 30 分钟）：请响应下一次点击。</translation>
    </message>
    <message>
        <source>The callback token is not known: use the token of a click on a card this app sent.</source>
        <translation>无法识别该回调 token：请使用本应用所发卡片被点击时的 token。</translation>
    </message>
    <message>
        <source>The callback token was used twice already, its limit: answer the next click to get a new one.</source>
        <translation>该回调 token 已使用两次，达到上限：请响应下一次点击以获得新的 token。</translation>
    </message>
    <message>
        <source>The card did not pass the tenant's content audit (DLP; e.g. a phone number or personal email written out): remove that text and try again.</source>
        <translation>卡片未通过企业的内容审核（DLP，例如写出了手机号或个人邮箱）：请删除相关文字后重试。</translation>
    </message>
    <message>
        <source>The click has not been answered yet: answer the callback first, then update the card with its token.</source>
        <translation>该点击尚未响应：请先响应回调，再用其 token 更新卡片。</translation>
    </message>
    <message>
        <source>The message is too old for this: post a new card instead.</source>
        <translation>消息发送时间过久，无法执行此操作：请改为发送新卡片。</translation>
    </message>
    <message>
        <source>The message was recalled; nothing more can be done to it (post a new card instead).</source>
        <translation>消息已撤回，无法再对其操作（请改为发送新卡片）。</translation>
    </message>
    <message>
        <source>a message can be recalled only within 24 hours</source>
        <translation>消息只能在 24 小时内撤回</translation>
    </message>
    <message>
        <source>it is not a shared card (its config has no "update_multi": true): recall it and post again</source>
        <translation>这不是共享卡片（其 config 中没有 "update_multi": true）：请撤回后重新发送</translation>
    </message>
    <message>
        <source>it was deleted already</source>
        <translation>已删除</translation>
    </message>
    <message>
        <source>it was recalled</source>
        <translation>已撤回</translation>
    </message>
    <message>
        <source>it was recalled already</source>
        <translation>已撤回过</translation>
    </message>
    <message>
        <source>the card is not a shared card (its config needs "update_multi": true)</source>
        <translation>卡片不是共享卡片（其 config 需要 "update_multi": true）</translation>
    </message>
    <message>
        <source>error: --chat is empty (a chat id looks like oc_…)</source>
        <translation>错误：--chat 为空（群组 ID 形如 oc_…）</translation>
    </message>
    <message>
        <source>error: --token is empty (a callback token looks like c-…)</source>
        <translation>错误：--token 为空（回调 token 形如 c-…）</translation>
    </message>
    <message>
        <source>error: --uuid must be 1 to 50 characters</source>
        <translation>错误：--uuid 须为 1 到 50 个字符</translation>
    </message>
    <message>
        <source>error: interrupted — the change may or may not have happened; look in the chat</source>
        <translation>错误：已中断 — 更改可能已生效也可能未生效；请到群组中查看</translation>
    </message>
    <message>
        <source>error: {value} is not a message id (it looks like om_…)</source>
        <translation>错误：{value} 不是消息 ID（消息 ID 形如 om_…）</translation>
    </message>
    <message>
        <source>post</source>
        <translation>发送</translation>
    </message>
    <message>
        <source>posting a card</source>
        <translation>发送卡片到群组</translation>
    </message>
    <message>
        <source>recall</source>
        <translation>撤回</translation>
    </message>
    <message>
        <source>recalled {message_id}</source>
        <translation>已撤回 {message_id}</translation>
    </message>
    <message>
        <source>recalling a message</source>
        <translation>撤回消息</translation>
    </message>
    <message>
        <source>the card may or may not have been posted: look in the chat</source>
        <translation>卡片可能已发送也可能未发送：请到群组中查看</translation>
    </message>
    <message>
        <source>the card may or may not have been posted: look in the chat (sending again with the same uuid cannot post it twice)</source>
        <translation>卡片可能已发送也可能未发送：请到群组中查看（使用相同 uuid 再次发送不会重复发送）</translation>
    </message>
    <message>
        <source>the card may or may not have been updated (each try uses the token once)</source>
        <translation>卡片可能已更新也可能未更新（每次尝试都会使用一次 token）</translation>
    </message>
    <message>
        <source>the card may or may not have been updated: look in the chat</source>
        <translation>卡片可能已更新也可能未更新：请到群组中查看</translation>
    </message>
    <message>
        <source>the message may or may not have been recalled: look in the chat</source>
        <translation>消息可能已撤回也可能未撤回：请到群组中查看</translation>
    </message>
    <message>
        <source>the new card is not a shared card (its config has no "update_multi": true); nothing was sent</source>
        <translation>新卡片不是共享卡片（其 config 中没有 "update_multi": true）；未发送任何内容</translation>
    </message>
    <message>
        <source>the {what} could not be recorded in the history ({problem})</source>
        <translation>{what}无法记录到历史中（{problem}）</translation>
    </message>
    <message>
        <source>token {token}…</source>
        <translation>token {token}…</translation>
    </message>
    <message>
        <source>update</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>updated the clicked card</source>
        <translation>已更新被点击的卡片</translation>
    </message>
    <message>
        <source>updated {message_id}</source>
        <translation>已更新 {message_id}</translation>
    </message>
    <message>
        <source>updating a card</source>
        <translation>更新卡片</translation>
    </message>
    <message>
        <source>updating the clicked card</source>
        <translation>更新被点击的卡片</translation>
    </message>
    <message>
        <source>  {chat_id}  {name}  {count} members</source>
        <translation>  {chat_id}  {name}  {count} 名成员</translation>
    </message>
    <message>
        <source>  {chat_id}  {name}  {count} members (topic chat: ephemeral cards fail with 18053)</source>
        <translation>  {chat_id}  {name}  {count} 名成员（话题群：临时消息卡片会以 18053 失败）</translation>
    </message>
    <message>
        <source> (PyInstaller bundle)</source>
        <translation>（PyInstaller 打包版）</translation>
    </message>
    <message>
        <source>CallbackListener: the app id is empty</source>
        <translation>CallbackListener：App ID 为空</translation>
    </message>
    <message>
        <source>CallbackListener: the app secret of app {app_id} is empty</source>
        <translation>CallbackListener：应用 {app_id} 的 App Secret 为空</translation>
    </message>
    <message>
        <source>Check the network and the base URL, then listen again.</source>
        <translation>请检查网络和接口地址，然后重新监听。</translation>
    </message>
    <message>
        <source>FAIL  {check}: {problem}</source>
        <translation>失败  {check}：{problem}</translation>
    </message>
    <message>
        <source>In the developer console (open.feishu.cn/app, or open.larksuite.com/app for Lark): the app must be a self-built app (企业自建应用); under Events &amp; Callbacks &gt; Callback Configuration choose 'Receive callbacks through persistent connection' (使用长连接接收回调) and add the callback card.action.trigger (卡片回传交互); then publish a new version of the app.</source>
        <translation>在开发者后台（open.feishu.cn/app，Lark 为 open.larksuite.com/app）中：应用须为企业自建应用；在「事件与回调 &gt; 回调配置」中选择「使用长连接接收回调」，并添加回调 card.action.trigger（卡片回传交互）；然后创建并发布应用的新版本。</translation>
    </message>
    <message>
        <source>Listen again; if it keeps failing, report it with the log.</source>
        <translation>请重新监听；若仍然失败，请附上日志报告此问题。</translation>
    </message>
    <message>
        <source>Press Ctrl+C to stop.</source>
        <translation>按 Ctrl+C 停止。</translation>
    </message>
    <message>
        <source>Recipient {kind} is empty</source>
        <translation>接收人的 {kind} 为空</translation>
    </message>
    <message>
        <source>Recipient {kind} is empty (for {name})</source>
        <translation>接收人的 {kind} 为空（{name}）</translation>
    </message>
    <message>
        <source>The app has too many long connections open: stop other listeners of this app (each running copy of this tool or of the SDK holds one).</source>
        <translation>该应用打开的长连接过多：请停止该应用的其他监听（本工具或 SDK 每个运行中的副本各占一个）。</translation>
    </message>
    <message>
        <source>The app id or app secret is empty: fill in both in the profile.</source>
        <translation>App ID 或 App Secret 为空：请在配置中填写两者。</translation>
    </message>
    <message>
        <source>The app id or app secret was not accepted (or the app has no published version): check both in Credentials &amp; Basic Info, and publish a version of the app.</source>
        <translation>App ID 或 App Secret 未被接受（或应用没有已发布的版本）：请在「凭证与基础信息」中核对两者，并发布应用的一个版本。</translation>
    </message>
    <message>
        <source>The connection's credentials were refused: check the app id and app secret.</source>
        <translation>连接的凭证被拒绝：请检查 App ID 和 App Secret。</translation>
    </message>
    <message>
        <source>a saved profile is already named {name}</source>
        <translation>已有名为 {name} 的已保存配置</translation>
    </message>
    <message>
        <source>app secrets cannot be stored: {problem}</source>
        <translation>无法保存 App Secret：{problem}</translation>
    </message>
    <message>
        <source>backend {name}</source>
        <translation>后端 {name}</translation>
    </message>
    <message>
        <source>card callbacks: run 'card-designer listen' with the same variables, then act on a sent card: {request}</source>
        <translation>卡片回调：用相同的变量运行 'card-designer listen'，然后对已发送的卡片进行操作：{request}</translation>
    </message>
    <message>
        <source>card-designer render: cannot write {file}: {reason}</source>
        <translation>card-designer render：无法写入 {file}：{reason}</translation>
    </message>
    <message>
        <source>card-designer render: warning: the card is {height:,.0f} px tall; {file} shows only its first {cut:,.0f} px (the PNG holds at most {max_height:,} px of card and {max_pixels:,} pixels)</source>
        <translation>card-designer render：警告：卡片高 {height:,.0f} px；{file} 只显示了前 {cut:,.0f} px（PNG 最多容纳 {max_height:,} px 高的卡片、{max_pixels:,} 个像素）</translation>
    </message>
    <message>
        <source>card-designer {version}, Python {python}{frozen}, {system}</source>
        <translation>card-designer {version}，Python {python}{frozen}，{system}</translation>
    </message>
    <message>
        <source>card-designer: Qt's {platform} platform plugin cannot start: these system libraries are missing: {names}.
Install them, then start Card Designer again:
  Debian / Ubuntu:        sudo apt-get install {apt}
  Fedora / RHEL / CentOS: sudo dnf install {dnf}
The command-line tools (card-designer validate, render, send, ...) work without them.</source>
        <translation>card-designer：Qt 的 {platform} 平台插件无法启动，缺少这些系统库：{names}。
请安装后再启动 Card Designer：
  Debian / Ubuntu：        sudo apt-get install {apt}
  Fedora / RHEL / CentOS： sudo dnf install {dnf}
没有它们，命令行工具（card-designer validate、render、send 等）也能使用。</translation>
    </message>
    <message>
        <source>card-designer: no display to open the window on: DISPLAY is not set (Qt's 'xcb' platform plugin needs an X11 or XWayland display).
Start Card Designer from a desktop session, or set DISPLAY; on a machine without a display the command-line tools (card-designer validate, render, send, ...) work, and QT_QPA_PLATFORM=offscreen runs the window invisibly (card-designer --self-check does).</source>
        <translation>card-designer：没有可以打开窗口的显示器：未设置 DISPLAY（Qt 的 'xcb' 平台插件需要 X11 或 XWayland 显示）。
请在桌面会话中启动 Card Designer，或设置 DISPLAY；在没有显示器的机器上，命令行工具（card-designer validate、render、send 等）可以使用，设置 QT_QPA_PLATFORM=offscreen 可在后台不可见地运行窗口（card-designer --self-check 就是这样做的）。</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <source>closed: {reason}</source>
        <translation>已关闭：{reason}</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>已连接</translation>
    </message>
    <message>
        <source>connecting</source>
        <translation>正在连接</translation>
    </message>
    <message>
        <source>could not open the WebSocket ({kind}: {reason})</source>
        <translation>无法打开 WebSocket（{kind}：{reason}）</translation>
    </message>
    <message>
        <source>demo chats (the bot is in these):</source>
        <translation>演示群（机器人在这些群中）：</translation>
    </message>
    <message>
        <source>error: --app-id and --app-secret must not be empty</source>
        <translation>错误：--app-id 和 --app-secret 不能为空</translation>
    </message>
    <message>
        <source>error: --port {port} is not a port number (0..65535)</source>
        <translation>错误：--port {port} 不是端口号（0..65535）</translation>
    </message>
    <message>
        <source>error: cannot listen on {host}:{port}: {reason}</source>
        <translation>错误：无法在 {host}:{port} 上监听：{reason}</translation>
    </message>
    <message>
        <source>error: give --app-id and --app-secret together (or neither, for the demo app)</source>
        <translation>错误：--app-id 和 --app-secret 须同时给出（或都不给，使用演示应用）</translation>
    </message>
    <message>
        <source>error: {problem} — check the network and the base URL of this profile</source>
        <translation>错误：{problem} —— 请检查网络和此配置的接口地址</translation>
    </message>
    <message>
        <source>expected an object with a list of profiles</source>
        <translation>应为包含配置列表的对象</translation>
    </message>
    <message>
        <source>gave up after 1 try to connect (as the service's client config says): {problem}</source>
        <translation>尝试连接 1 次后放弃（按服务端的客户端配置）：{problem}</translation>
    </message>
    <message>
        <source>gave up after {tries} tries to connect (as the service's client config says): {problem}</source>
        <translation>尝试连接 {tries} 次后放弃（按服务端的客户端配置）：{problem}</translation>
    </message>
    <message>
        <source>image upload: {filename} is empty</source>
        <translation>上传图片：{filename} 是空的</translation>
    </message>
    <message>
        <source>image upload: {filename} is {size:.1f} MB; Feishu takes at most 10 MB</source>
        <translation>上传图片：{filename} 有 {size:.1f} MB；飞书最多接受 10 MB</translation>
    </message>
    <message>
        <source>listen: app {app_id} at {url}; Ctrl+C stops</source>
        <translation>listen：应用 {app_id}，地址 {url}；按 Ctrl+C 停止</translation>
    </message>
    <message>
        <source>listen: {state}</source>
        <translation>listen：{state}</translation>
    </message>
    <message>
        <source>no answer to a ping within {seconds:g} s</source>
        <translation>ping 在 {seconds:g} 秒内没有应答</translation>
    </message>
    <message>
        <source>no history entry with id {entry_id}</source>
        <translation>没有 ID 为 {entry_id} 的发送记录</translation>
    </message>
    <message>
        <source>no profile named {name} ({known})</source>
        <translation>没有名为 {name} 的配置（{known}）</translation>
    </message>
    <message>
        <source>no templates</source>
        <translation>没有模板</translation>
    </message>
    <message>
        <source>ok    {check}: {detail}</source>
        <translation>正常  {check}：{detail}</translation>
    </message>
    <message>
        <source>opening the callback long connection</source>
        <translation>打开回调长连接</translation>
    </message>
    <message>
        <source>profile name is empty</source>
        <translation>配置名称为空</translation>
    </message>
    <message>
        <source>profile name {name} contains a control character</source>
        <translation>配置名称 {name} 含有控制字符</translation>
    </message>
    <message>
        <source>profile name {name} starts or ends with a space</source>
        <translation>配置名称 {name} 的开头或结尾有空格</translation>
    </message>
    <message>
        <source>profile name {name}… is longer than {limit} characters</source>
        <translation>配置名称 {name}… 超过 {limit} 个字符</translation>
    </message>
    <message>
        <source>profile {name}</source>
        <translation>配置 {name}</translation>
    </message>
    <message>
        <source>receiving callbacks</source>
        <translation>正在接收回调</translation>
    </message>
    <message>
        <source>reconnecting</source>
        <translation>正在重连</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>被拒绝</translation>
    </message>
    <message>
        <source>sandbox stopped</source>
        <translation>沙箱已停止</translation>
    </message>
    <message>
        <source>self-check: everything works</source>
        <translation>self-check：一切正常</translation>
    </message>
    <message>
        <source>self-check: {count} problem(s): {checks}</source>
        <translation>self-check：{count} 个问题：{checks}</translation>
    </message>
    <message>
        <source>skip  {check}: Qt cannot start (see 'platform')</source>
        <translation>跳过  {check}：Qt 无法启动（见 'platform'）</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <source>system libraries for Qt platform {platforms} found</source>
        <translation>已找到 Qt 平台 {platforms} 所需的系统库</translation>
    </message>
    <message>
        <source>the WebSocket was refused: {msg}</source>
        <translation>WebSocket 被拒绝：{msg}</translation>
    </message>
    <message>
        <source>the app secret of profile {profile} is empty</source>
        <translation>配置 {profile} 的 App Secret 为空</translation>
    </message>
    <message>
        <source>the app's resources are incomplete: no {path}</source>
        <translation>应用的资源不完整：缺少 {path}</translation>
    </message>
    <message>
        <source>the connection dropped ({reason}); reconnecting</source>
        <translation>连接已断开（{reason}）；正在重连</translation>
    </message>
    <message>
        <source>the designer window did not open</source>
        <translation>设计器窗口没有打开</translation>
    </message>
    <message>
        <source>the endpoint answered HTTP {status}</source>
        <translation>接入点返回了 HTTP {status}</translation>
    </message>
    <message>
        <source>the endpoint answered HTTP {status} without a numeric code</source>
        <translation>接入点返回了 HTTP {status}，但没有数字 code</translation>
    </message>
    <message>
        <source>the endpoint answered a WebSocket address that is not wss:// ({address})</source>
        <translation>接入点返回的 WebSocket 地址不是 wss://（{address}）</translation>
    </message>
    <message>
        <source>the endpoint's answer has no URL</source>
        <translation>接入点的应答中没有 URL</translation>
    </message>
    <message>
        <source>the folder does not exist or cannot be written to</source>
        <translation>文件夹不存在或无法写入</translation>
    </message>
    <message>
        <source>the listener failed ({kind}); see the log</source>
        <translation>监听失败（{kind}）；请查看日志</translation>
    </message>
    <message>
        <source>the long-connection endpoint request</source>
        <translation>长连接接入点请求</translation>
    </message>
    <message>
        <source>the preview of {name} came out empty</source>
        <translation>{name} 的预览为空</translation>
    </message>
    <message>
        <source>the preview of {name} is blank ({count} colours)</source>
        <translation>{name} 的预览是空白的（{count} 种颜色）</translation>
    </message>
    <message>
        <source>the sample card {path} does not parse</source>
        <translation>示例卡片 {path} 无法解析</translation>
    </message>
    <message>
        <source>the service is busy ({msg}, code {code})</source>
        <translation>服务繁忙（{msg}，code {code}）</translation>
    </message>
    <message>
        <source>the template gallery is broken: {problem}</source>
        <translation>模板库已损坏：{problem}</translation>
    </message>
    <message>
        <source>try: {command}</source>
        <translation>试试：{command}</translation>
    </message>
    <message>
        <source>warning: listening on {host} over plain http: other machines can reach the sandbox</source>
        <translation>警告：正以明文 http 在 {host} 上监听：其他机器可以访问此沙箱</translation>
    </message>
    <message>
        <source>written by a newer Card Designer (file version {version})</source>
        <translation>由更新版本的 Card Designer 写入（文件版本 {version}）</translation>
    </message>
    <message>
        <source>{count} templates in {folder}</source>
        <translation>{folder} 中有 {count} 个模板</translation>
    </message>
    <message>
        <source>{file}: the card is not a JSON object</source>
        <translation>{file}：卡片不是 JSON 对象</translation>
    </message>
    <message>
        <source>{file}: {width}x{height} px</source>
        <translation>{file}：{width}x{height} px</translation>
    </message>
    <message>
        <source>{name} drawn at {width}x{height} px</source>
        <translation>{name} 已绘制为 {width}x{height} px</translation>
    </message>
    <message>
        <source>{path} could not be read ({reason}); it was moved to {backup}</source>
        <translation>无法读取 {path}（{reason}），已将其移到 {backup}</translation>
    </message>
    <message>
        <source>{problem}; trying again in {seconds:.1f} s</source>
        <translation>{problem}；{seconds:.1f} 秒后重试</translation>
    </message>
    <message>
        <source>{status}: {message}</source>
        <translation>{status}：{message}</translation>
    </message>
    <message>
        <source>{where}: a base URL is only used with region custom ({region} is {url})</source>
        <translation>{where}：只有区域 custom 才使用接口地址（{region} 的地址是 {url}）</translation>
    </message>
    <message>
        <source>{where}: app id {app_id} is empty or has spaces around it</source>
        <translation>{where}：App ID {app_id} 为空或前后有空格</translation>
    </message>
    <message>
        <source>{where}: base URL</source>
        <translation>{where}：接口地址</translation>
    </message>
    <message>
        <source>{where}: base_url must be text or null</source>
        <translation>{where}：base_url 必须是文本或 null</translation>
    </message>
    <message>
        <source>{where}: expected an object, found {found}</source>
        <translation>{where}：应为对象，实际是 {found}</translation>
    </message>
    <message>
        <source>{where}: missing or not text: {fields}</source>
        <translation>{where}：缺少或不是文本：{fields}</translation>
    </message>
    <message>
        <source>{where}: region {region} is not {regions}</source>
        <translation>{where}：区域 {region} 不是 {regions}</translation>
    </message>
    <message>
        <source>{where}: the custom region needs a base URL (e.g. http://127.0.0.1:8765)</source>
        <translation>{where}：custom 区域需要接口地址（例如 http://127.0.0.1:8765）</translation>
    </message>
    <message>
        <source>{where}: the name {name} is used twice</source>
        <translation>{where}：名称 {name} 重复使用</translation>
    </message>
    <message>
        <source>{width}x{height} px on Qt platform {platform} (PySide6 {pyside})</source>
        <translation>{width}x{height} px，Qt 平台 {platform}（PySide6 {pyside}）</translation>
    </message>
    <message>
        <source>{problem} — {hint}</source>
        <translation>{problem} — {hint}</translation>
    </message>
    <message>
        <source>listen: {who} acted on {element} of card {message_id}</source>
        <translation>listen：{who} 操作了卡片 {message_id} 的 {element}</translation>
    </message>
    <message>
        <source>listen: {name} ({who}) acted on {element} of card {message_id}</source>
        <translation>listen：{name}（{who}）操作了卡片 {message_id} 的 {element}</translation>
    </message>
    <message>
        <source>A card taller than {height} px, or an image of more than {pixels} pixels (width x height x scale squared), is cut: the PNG ends with a note saying so and a warning is printed on stderr.</source>
        <translation>高于 {height} 像素的卡片，或超过 {pixels} 像素（宽 × 高 × 缩放倍数的平方）的图片会被截断：PNG 末尾会注明，并在标准错误输出警告。</translation>
    </message>
    <message>
        <source>API address for region custom (e.g. the sandbox)</source>
        <translation>区域为 custom 时的接口地址（例如沙盒）</translation>
    </message>
    <message>
        <source>Design Feishu / Lark interactive cards and send them as ephemeral cards.</source>
        <translation>设计飞书 / Lark 消息卡片，并以仅特定人可见的卡片发送。</translation>
    </message>
    <message>
        <source>Open the Card Designer window.</source>
        <translation>打开 Card Designer 窗口。</translation>
    </message>
    <message>
        <source>a card JSON file (or ephemeral request body) to open</source>
        <translation>要打开的卡片 JSON 文件（或仅特定人可见卡片的请求体）</translation>
    </message>
    <message>
        <source>a member of a chat (open_id, user_id or email); give it once per recipient, in any chats</source>
        <translation>群聊中的一名成员（open_id、user_id 或邮箱）；每位接收者写一次，可在不同群聊中</translation>
    </message>
    <message>
        <source>a recipient is given by {kinds}, not {value}</source>
        <translation>接收者须用 {kinds} 指定，而不是 {value}</translation>
    </message>
    <message>
        <source>a toast's type is {types}, not {value}</source>
        <translation>弹出提示的类型须为 {types}，而不是 {value}</translation>
    </message>
    <message>
        <source>add a profile; asks for the app secret (stored in the keyring)</source>
        <translation>添加配置；会询问 App Secret（保存在系统钥匙串中）</translation>
    </message>
    <message>
        <source>address to listen on (default: 127.0.0.1)</source>
        <translation>监听的地址（默认：127.0.0.1）</translation>
    </message>
    <message>
        <source>answer every callback with this toast (default: answer nothing, the card stays as it is)</source>
        <translation>用这条弹出提示回应每个回调（默认：不回应，卡片保持不变）</translation>
    </message>
    <message>
        <source>app id the sandbox accepts (default: the demo app id)</source>
        <translation>沙盒接受的 App ID（默认：演示应用的 App ID）</translation>
    </message>
    <message>
        <source>app secret the sandbox accepts (default: the demo secret)</source>
        <translation>沙盒接受的 App Secret（默认：演示应用的 App Secret）</translation>
    </message>
    <message>
        <source>apply the ephemeral API's rules strictly, as at send time (element-level i18n is an error)</source>
        <translation>像发送时一样严格应用仅特定人可见卡片接口的规则（组件级多语言视为错误）</translation>
    </message>
    <message>
        <source>call this API address instead (https, or http to 127.0.0.1)</source>
        <translation>改为调用这个接口地址（https，或指向 127.0.0.1 的 http）</translation>
    </message>
    <message>
        <source>card JSON (a card, or an ephemeral request body with a 'card')</source>
        <translation>卡片 JSON（一张卡片，或带 'card' 的仅特定人可见卡片请求体）</translation>
    </message>
    <message>
        <source>card JSON file ('-' = standard input)</source>
        <translation>卡片 JSON 文件（'-' 表示标准输入）</translation>
    </message>
    <message>
        <source>card JSON files ('-' reads standard input)</source>
        <translation>卡片 JSON 文件（'-' 表示读取标准输入）</translation>
    </message>
    <message>
        <source>card JSON or an ephemeral request body ('-' = standard input)</source>
        <translation>卡片 JSON 或仅特定人可见卡片的请求体（'-' 表示标准输入）</translation>
    </message>
    <message>
        <source>check card JSON files and print diagnostics</source>
        <translation>检查卡片 JSON 文件并输出诊断信息</translation>
    </message>
    <message>
        <source>check this installation (window, preview, keyring) and exit</source>
        <translation>检查本次安装（窗口、预览、系统钥匙串）后退出</translation>
    </message>
    <message>
        <source>check this installation (window, preview, keyring) and exit; same as 'card-designer self-check'</source>
        <translation>检查本次安装（窗口、预览、系统钥匙串）后退出；与 'card-designer self-check' 相同</translation>
    </message>
    <message>
        <source>default: the active profile</source>
        <translation>默认：当前使用的配置</translation>
    </message>
    <message>
        <source>delayed update: the callback token is empty (it looks like c-…)</source>
        <translation>延时更新：回调 token 为空（形如 c-…）</translation>
    </message>
    <message>
        <source>delete an ephemeral message you sent</source>
        <translation>删除你发送的仅特定人可见的卡片</translation>
    </message>
    <message>
        <source>desktop (the card's width_mode), mobile (a 375 px phone) or a card width in pixels</source>
        <translation>desktop（按卡片的 width_mode）、mobile（375 像素宽的手机）或以像素计的卡片宽度</translation>
    </message>
    <message>
        <source>draw a card to a PNG file (no display needed)</source>
        <translation>把卡片绘制为 PNG 文件（无需显示器）</translation>
    </message>
    <message>
        <source>ephemeral send: give the recipient's open_id, user_id or email</source>
        <translation>发送仅特定人可见的卡片：请给出接收者的 open_id、user_id 或邮箱</translation>
    </message>
    <message>
        <source>expected a number, got {value}</source>
        <translation>需要一个数字，实际为 {value}</translation>
    </message>
    <message>
        <source>expected a scale between 0.25 and 4, got {value}</source>
        <translation>缩放倍数须在 0.25 到 4 之间，实际为 {value}</translation>
    </message>
    <message>
        <source>expected desktop, mobile or a card width in pixels (120-4000), got {value}</source>
        <translation>须为 desktop、mobile 或以像素计的卡片宽度（120-4000），实际为 {value}</translation>
    </message>
    <message>
        <source>feishu (open.feishu.cn, default), lark (open.larksuite.com) or custom (needs --base-url)</source>
        <translation>feishu（open.feishu.cn，默认）、lark（open.larksuite.com）或 custom（需要 --base-url）</translation>
    </message>
    <message>
        <source>fetch a tenant token to check the app id and secret</source>
        <translation>获取 tenant_access_token，以检查 App ID 和 App Secret</translation>
    </message>
    <message>
        <source>language of an i18n card, e.g. zh_cn, en_us, ja_jp</source>
        <translation>多语言卡片显示的语言，例如 zh_cn、en_us、ja_jp</translation>
    </message>
    <message>
        <source>leave out the 'Only visible to you' badge</source>
        <translation>不绘制“仅对你可见”标识</translation>
    </message>
    <message>
        <source>list the profiles; * marks the active one</source>
        <translation>列出配置；* 标记当前使用的配置</translation>
    </message>
    <message>
        <source>make a profile the active one</source>
        <translation>把一个配置设为当前使用的配置</translation>
    </message>
    <message>
        <source>manage API profiles (secrets live in the keyring)</source>
        <translation>管理接口配置（App Secret 保存在系统钥匙串中）</translation>
    </message>
    <message>
        <source>network time-out (default: 10)</source>
        <translation>网络超时秒数（默认：10）</translation>
    </message>
    <message>
        <source>not a message id: {value} (it looks like om_…)</source>
        <translation>不是消息 ID：{value}（消息 ID 形如 om_…）</translation>
    </message>
    <message>
        <source>open the window (no COMMAND)</source>
        <translation>打开窗口（不带 COMMAND）</translation>
    </message>
    <message>
        <source>output format (default: text, in the locale's language: LANG=zh_CN.UTF-8 gives Chinese, LANG=C English); json keeps the messages in English, with their message_id and params, whatever the locale</source>
        <translation>输出格式（默认 text，使用系统区域设置的语言：LANG=zh_CN.UTF-8 为中文，LANG=C 为英文）；json 无论区域设置如何都保留英文消息，并附 message_id 和 params</translation>
    </message>
    <message>
        <source>pixel density of the PNG (2 for docs)</source>
        <translation>PNG 的像素密度（文档用 2）</translation>
    </message>
    <message>
        <source>port to listen on (default: any free port)</source>
        <translation>监听的端口（默认：任一空闲端口）</translation>
    </message>
    <message>
        <source>post a card for the whole chat to see</source>
        <translation>在群聊中发送全员可见的卡片</translation>
    </message>
    <message>
        <source>posting a card: the chat id is empty (it looks like oc_…)</source>
        <translation>发送卡片：群组 ID 为空（形如 oc_…）</translation>
    </message>
    <message>
        <source>print card callbacks as they come (Feishu's long connection; no public URL)</source>
        <translation>实时打印卡片回调（飞书长连接；无需公网地址）</translation>
    </message>
    <message>
        <source>print every request on standard error</source>
        <translation>在标准错误输出每个请求</translation>
    </message>
    <message>
        <source>print every rule id, severity and description (with --format json: in English)</source>
        <translation>打印每条规则的 id、级别和说明（配合 --format json 时为英文）</translation>
    </message>
    <message>
        <source>remove a profile and its secret</source>
        <translation>移除配置及其 App Secret</translation>
    </message>
    <message>
        <source>replace a posted card in place (shared cards, within 14 days)</source>
        <translation>原地更新已发送的卡片（共享卡片，14 天内）</translation>
    </message>
    <message>
        <source>run the local Feishu API sandbox server</source>
        <translation>运行本地飞书接口沙盒服务器</translation>
    </message>
    <message>
        <source>send a card as an ephemeral message</source>
        <translation>以仅特定人可见的卡片发送</translation>
    </message>
    <message>
        <source>show program's version number and exit</source>
        <translation>显示程序版本号后退出</translation>
    </message>
    <message>
        <source>start the built-in sandbox and send to it (no account needed)</source>
        <translation>启动内置沙盒并发送到沙盒（无需账号）</translation>
    </message>
    <message>
        <source>store a new app secret for a profile</source>
        <translation>为配置保存新的 App Secret</translation>
    </message>
    <message>
        <source>take back a posted card (within 24 hours)</source>
        <translation>撤回已发送的卡片（24 小时内）</translation>
    </message>
    <message>
        <source>the PNG file to write</source>
        <translation>要写入的 PNG 文件</translation>
    </message>
    <message>
        <source>the app id (cli_…)</source>
        <translation>应用的 App ID（cli_…）</translation>
    </message>
    <message>
        <source>the app id is empty</source>
        <translation>App ID 为空</translation>
    </message>
    <message>
        <source>the app secret of app {app_id} is empty</source>
        <translation>应用 {app_id} 的 App Secret 为空</translation>
    </message>
    <message>
        <source>the callback token of the click (c-…, from listen)</source>
        <translation>这次点击的回调 token（c-…，由 listen 打印）</translation>
    </message>
    <message>
        <source>the card to show instead ('-' = standard input)</source>
        <translation>替换显示的卡片（'-' 表示标准输入）</translation>
    </message>
    <message>
        <source>the chat to post to (oc_…)</source>
        <translation>要发送到的群聊（oc_…）</translation>
    </message>
    <message>
        <source>the group chat (oc_…); default: chat_id of the body</source>
        <translation>群聊（oc_…）；默认：请求体中的 chat_id</translation>
    </message>
    <message>
        <source>the member who sees the card (ou_…)</source>
        <translation>可以看到卡片的成员（ou_…）</translation>
    </message>
    <message>
        <source>the message id printed by post (om_…)</source>
        <translation>post 打印的消息 ID（om_…）</translation>
    </message>
    <message>
        <source>the message id printed by send (om_…)</source>
        <translation>send 打印的消息 ID（om_…）</translation>
    </message>
    <message>
        <source>the new card JSON ('-' = standard input)</source>
        <translation>新的卡片 JSON（'-' 表示标准输入）</translation>
    </message>
    <message>
        <source>the profile to use (default: FEISHU_APP_ID/FEISHU_APP_SECRET if set, else the active profile)</source>
        <translation>使用的配置（默认：设置了 FEISHU_APP_ID/FEISHU_APP_SECRET 时用它们，否则用当前使用的配置）</translation>
    </message>
    <message>
        <source>the toast's look (default: info)</source>
        <translation>弹出提示的样式（默认：info）</translation>
    </message>
    <message>
        <source>up to 50 characters; posting again with the same uuid within an hour posts nothing new</source>
        <translation>最多 50 个字符；一小时内用相同的 uuid 再次发送不会产生新消息</translation>
    </message>
    <message>
        <source>update a clicked card with the click's callback token (delayed update)</source>
        <translation>用点击的回调 token 更新被点击的卡片（延时更新）</translation>
    </message>
    <message>
        <source>update the card only for this person (repeat for several; default: everyone who sees it)</source>
        <translation>只为这位成员更新卡片（可重复给出多人；默认：所有能看到卡片的人）</translation>
    </message>
    <message>
        <source>{operation}: the page size must be 1 to {most}, not {page_size}</source>
        <translation>{operation}：每页数量须为 1 到 {most}，而不是 {page_size}</translation>
    </message>
    <message>
        <source>{prog} [FILE] [--sandbox]     open the designer window
       {prog} COMMAND [OPTIONS]      run a command ({prog} COMMAND --help)</source>
        <translation>{prog} [FILE] [--sandbox]     打开设计窗口
      {prog} COMMAND [OPTIONS]      运行命令（{prog} COMMAND --help）</translation>
    </message>
    <message>
        <source>{value} is not a number of seconds</source>
        <translation>{value} 不是秒数</translation>
    </message>
    <message>
        <source>{value}: the time-out must be a number of seconds above 0</source>
        <translation>{value}：超时须为大于 0 的秒数</translation>
    </message>
    <message>
        <source>… by email address</source>
        <translation>……按邮箱</translation>
    </message>
    <message>
        <source>… by user id</source>
        <translation>……按 user_id</translation>
    </message>
</context>
<context>
    <name>CrashRecovery</name>
    <message>
        <location filename="../../designer/ui/crash_recovery.py" line="76" />
        <source>Autosave failed: {0}</source>
        <translation>自动保存失败：{0}</translation>
    </message>
    <message>
        <location filename="../../designer/ui/crash_recovery.py" line="124" />
        <source>Restore unsaved cards?</source>
        <translation>恢复未保存的卡片？</translation>
    </message>
    <message>
        <location filename="../../designer/ui/crash_recovery.py" line="126" />
        <source>Card Designer did not close properly last time. Restore the unsaved work?

{0}</source>
        <translation>Card Designer 上次没有正常关闭。要恢复未保存的内容吗？

{0}</translation>
    </message>
    <message>
        <location filename="../../designer/ui/crash_recovery.py" line="149" />
        <source>Recovered card</source>
        <translation>恢复的卡片</translation>
    </message>
    <message>
        <location filename="../../designer/ui/crash_recovery.py" line="155" />
        <source>Restored unsaved work from {0:%H:%M}</source>
        <translation>已恢复 {0:%H:%M} 的未保存内容</translation>
    </message>
</context>
<context>
    <name>DocumentFiles</name>
    <message>
        <location filename="../../designer/ui/document_files.py" line="52" />
        <location filename="../../designer/ui/document_files.py" line="80" />
        <source>Open Card</source>
        <translation>打开卡片</translation>
    </message>
    <message>
        <location filename="../../designer/ui/document_files.py" line="61" />
        <source>the file is {0} MB; a card is at most 30 KB</source>
        <translation>文件大小为 {0} MB，而卡片最大 30 KB</translation>
    </message>
    <message>
        <location filename="../../designer/ui/document_files.py" line="68" />
        <source>it is not UTF-8 text (byte {0})</source>
        <translation>它不是 UTF-8 文本（第 {0} 字节）</translation>
    </message>
    <message>
        <location filename="../../designer/ui/document_files.py" line="78" />
        <source>Could not open {0}: {1}.</source>
        <translation>无法打开 {0}：{1}。</translation>
    </message>
    <message>
        <location filename="../../designer/ui/document_files.py" line="100" />
        <location filename="../../designer/ui/document_files.py" line="111" />
        <location filename="../../designer/ui/document_files.py" line="131" />
        <source>Save Card</source>
        <translation>保存卡片</translation>
    </message>
    <message>
        <location filename="../../designer/ui/document_files.py" line="112" />
        <source>{0} already exists. Replace it?</source>
        <translation>{0} 已存在。要替换它吗？</translation>
    </message>
    <message>
        <location filename="../../designer/ui/document_files.py" line="132" />
        <source>Could not save {0}: {1}.</source>
        <translation>无法保存 {0}：{1}。</translation>
    </message>
    <message>
        <location filename="../../designer/ui/document_files.py" line="140" />
        <source>Saved {0}</source>
        <translation>已保存 {0}</translation>
    </message>
    <message>
        <location filename="../../designer/ui/document_files.py" line="155" />
        <source>No recent files</source>
        <translation>没有最近的文件</translation>
    </message>
    <message>
        <location filename="../../designer/ui/document_files.py" line="174" />
        <source>“{0}” has unsaved changes. Save them?</source>
        <translation>“{0}”有未保存的更改。要保存吗？</translation>
    </message>
</context>
<context>
    <name>ElementPalette</name>
    <message>
        <location filename="../../designer/ui/palette.py" line="210" />
        <source>Search components</source>
        <translation>搜索组件</translation>
    </message>
</context>
<context>
    <name>ExceptionHook</name>
    <message>
        <location filename="../../designer/ui/exception_hook.py" line="54" />
        <source>Something went wrong ({0}). It was logged; your card text is unchanged. Save your work if the window misbehaves.</source>
        <translation>出现了问题（{0}）。已记录到日志；你的卡片文本未受影响。如果窗口表现异常，请保存你的内容。</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../../designer/ui/find_bar.py" line="27" />
        <source>Find</source>
        <translation>查找</translation>
    </message>
    <message>
        <location filename="../../designer/ui/find_bar.py" line="31" />
        <source>Replace with</source>
        <translation>替换为</translation>
    </message>
    <message>
        <location filename="../../designer/ui/find_bar.py" line="32" />
        <source>Match case</source>
        <translation>区分大小写</translation>
    </message>
    <message>
        <location filename="../../designer/ui/find_bar.py" line="37" />
        <source>Previous match (Shift+Enter)</source>
        <translation>上一个（Shift+Enter）</translation>
    </message>
    <message>
        <location filename="../../designer/ui/find_bar.py" line="41" />
        <source>Next match (Enter)</source>
        <translation>下一个（Enter）</translation>
    </message>
    <message>
        <location filename="../../designer/ui/find_bar.py" line="43" />
        <source>Replace</source>
        <translation>替换</translation>
    </message>
    <message>
        <location filename="../../designer/ui/find_bar.py" line="45" />
        <source>Replace All</source>
        <translation>全部替换</translation>
    </message>
    <message>
        <location filename="../../designer/ui/find_bar.py" line="49" />
        <source>Close (Esc)</source>
        <translation>关闭（Esc）</translation>
    </message>
    <message>
        <location filename="../../designer/ui/find_bar.py" line="148" />
        <source>{0} replaced</source>
        <translation>已替换 {0} 处</translation>
    </message>
    <message>
        <location filename="../../designer/ui/find_bar.py" line="163" />
        <source>{0} found</source>
        <translation>找到 {0} 处</translation>
    </message>
    <message>
        <location filename="../../designer/ui/find_bar.py" line="163" />
        <source>No match</source>
        <translation>无匹配</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <location filename="../../designer/ui/send/history_view.py" line="72" />
        <source>the send failed: there is no card to act on</source>
        <translation>发送失败了：没有可以操作的卡片</translation>
    </message>
    <message>
        <location filename="../../designer/ui/send/history_view.py" line="77" />
        <source>only an ephemeral card is deleted; recall a posted card</source>
        <translation>只有临时卡片可以删除；发到群里的卡片请撤回</translation>
    </message>
    <message>
        <location filename="../../designer/ui/send/history_view.py" line="133" />
        <source>Reopen card</source>
        <translation>重新打开卡片</translation>
    </message>
    <message>
        <location filename="../../designer/ui/send/history_view.py" line="136" />
        <source>Copy message id</source>
        <translation>复制消息 ID</translation>
    </message>
    <message>
        <location filename="../../designer/ui/send/history_view.py" line="139" />
        <source>Delete for recipient</source>
        <translation>为接收人删除</translation>
    </message>
    <message>
        <location filename="../../designer/ui/send/history_view.py" line="141" />
        <location filename="../../designer/ui/send/history_view.py" line="280" />
        <source>Remove this ephemeral card from the recipient's chat</source>
        <translation>从接收人的会话中删除这张仅特定人可见的卡片</translation>
    </message>
    <message>
        <location filename="../../designer/ui/send/history_view.py" line="143" />
        <source>Post to chat</source>
        <translation>发到群</translation>
    </message>
    <message>
        <location filename="../../designer/ui/send/history_view.py" line="145" />
        <source>Post the open document to this entry's chat, for everyone in it</source>
        <translation>把当前打开的卡片发到这条记录所在的群，群里所有人可见</translation>
    </message>
    <message>
        <location filename="../../designer/ui/send/history_view.py" line="147" />
        <source>Update in place</source>
        <translation>原地更新</translation>
    </message>
    <message>
        <location filename="../../designer/ui/send/history_view.py" line="150" />
        <source>Recall</source>
        <translation>撤回</translation>
    </message>
    <message>
        <location filename="../../designer/ui/send/history_view.py" line="155" />
        <source>All cards</source>
        <translation>全部卡片</translation>
    </message>
    <message>
        <location filename="../../designer/ui/send/history_view.py" line="156" />
        <source>Ephemeral sends</source>
        <translation>临时卡片</translation>
    </message>
    <message>
        <location filename="../../designer/ui/send/history_view.py" line="157" />
        <source>Posted to chats</source>
        <translation>发到群的卡片</translation>
    </message>
    <message>
        <location filename="../../designer/ui/send/history_view.py" line="174" />
        <source>Loading the history…</source>
        <translation>正在加载发送记录…</translation>
    </message>
    <message>
        <location filename="../../designer/ui/send/history_view.py" line="239" />
        <source>The history could not be read</source>
        <translation>无法读取发送记录</translation>
    </message>
    <message>
        <location filename="../../designer/ui/send/history_view.py" line="290" />
        <source>Sent to {who}</source>
        <translation>已发送给 {who}</translation>
    </message>
    <message>
        <location filename="../../designer/ui/send/history_view.py" line="300" />
        <source>Copied {id}.</source>
        <translation>已复制 {id}。</translation>
    </message>
    <message>
        <location filename="../../designer/ui/send/history_view.py" line="310" />
        <source>Cannot delete: the profile {name} that sent it no longer exists.</source>
        <translation>无法删除：发送它的配置 {name} 已不存在。</translation>
    </message>
    <message>
        <location filename="../../designer/ui/send/history_view.py" line="326" />
        <source>Deleted {id}: it had been deleted already.</source>
        <translation>已删除 {id}：此前已被删除。</translation>
    </message>
    <message>
        <location filename="../../designer/ui/send/history_view.py" line="328" />
        <source>Deleted {id}: the recipient no longer sees the card.</source>
        <translation>已删除 {id}：接收人不再看到这张卡片。</translation>
    </message>
    <message>
        <location filename="../../designer/ui/send/history_view.py" line="332" />
        <location filename="../../designer/ui/send/history_view.py" line="482" />
        <source>(not recorded in history: {reason})</source>
        <translation>（未记入发送记录：{reason}）</translation>
    </message>
    <message>
        <location filename="../../designer/ui/send/history_view.py" line="339" />
        <source>Not deleted</source>
        <translation>未删除</translation>
    </message>
    <message>
        <location filename="../../designer/ui/send/history_view.py" line="347" />
        <source>Deleting {id}…</source>
        <translation>正在删除 {id}…</translation>
    </message>
    <message>
        <location filename="../../designer/ui/send/history_view.py" line="356" />
        <source>There is no open card to post: open or write one in the editor.</source>
        <translation>没有打开的卡片可发：请在编辑器中打开或编写一张。</translation>
    </message>
    <message>
        <location filename="../../designer/ui/send/history_view.py" line="360" />
        <source>The open card has errors: fix them (see Problems) before posting it.</source>
        <translation>打开的卡片有错误：请先修正（见“问题”）再发布。</translation>
    </message>
    <message>
        <location filename="../../designer/ui/send/history_view.py" line="372" />
        <source>Cannot {doing}: the profile {name} that sent it no longer exists.</source>
        <translation>无法{doing}：发送它的配置 {name} 已不存在。</translation>
    </message>
    <message>
        <location filename="../../designer/ui/send/history_view.py" line="385" />
        <source>post</source>
        <translation>发布</translation>
    </message>
    <message>
        <location filename="../../designer/ui/send/history_view.py" line="395" />
        <source>Posted {id} to {chat}: everyone in the chat sees it.</source>
        <translation>已将 {id} 发到 {chat}：群里所有人都能看到。</translation>
    </message>
    <message>
        <location filename="../../designer/ui/send/history_view.py" line="403" />
        <source>Posting to {chat}…</source>
        <translation>正在发到 {chat}…</translation>
    </message>
    <message>
        <location filename="../../designer/ui/send/history_view.py" line="404" />
        <source>Not posted</source>
        <translation>未发布</translation>
    </message>
    <message>
        <location filename="../../designer/ui/send/history_view.py" line="415" />
        <source>Cannot update {id}: {reason}</source>
        <translation>无法更新 {id}：{reason}</translation>
    </message>
    <message>
        <location filename="../../designer/ui/send/history_view.py" line="419" />
        <source>update</source>
        <translation>更新</translation>
    </message>
    <message>
        <location filename="../../designer/ui/send/history_view.py" line="428" />
        <source>Updated {id}: the chat sees the new card.</source>
        <translation>已更新 {id}：群里看到的是新卡片。</translation>
    </message>
    <message>
        <location filename="../../designer/ui/send/history_view.py" line="431" />
        <source>Updating {id}…</source>
        <translation>正在更新 {id}…</translation>
    </message>
    <message>
        <location filename="../../designer/ui/send/history_view.py" line="431" />
        <source>Not updated</source>
        <translation>未更新</translation>
    </message>
    <message>
        <location filename="../../designer/ui/send/history_view.py" line="442" />
        <source>Cannot recall {id}: {reason}</source>
        <translation>无法撤回 {id}：{reason}</translation>
    </message>
    <message>
        <location filename="../../designer/ui/send/history_view.py" line="445" />
        <source>recall</source>
        <translation>撤回</translation>
    </message>
    <message>
        <location filename="../../designer/ui/send/history_view.py" line="454" />
        <source>Recalled {id}: it is gone from the chat.</source>
        <translation>已撤回 {id}：它已从群里消失。</translation>
    </message>
    <message>
        <location filename="../../designer/ui/send/history_view.py" line="461" />
        <source>Recalling {id}…</source>
        <translation>正在撤回 {id}…</translation>
    </message>
    <message>
        <location filename="../../designer/ui/send/history_view.py" line="462" />
        <source>Not recalled</source>
        <translation>未撤回</translation>
    </message>
</context>
<context>
    <name>InboxView</name>
    <message>
        <location filename="../../designer/ui/send/inbox_view.py" line="141" />
        <source>{chat} (the whole chat)</source>
        <translation>{chat}（全群可见）</translation>
    </message>
    <message>
        <location filename="../../designer/ui/send/inbox_view.py" line="215" />
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../designer/ui/send/inbox_view.py" line="224" />
        <source>The chat member who acts on the shared card</source>
        <translation>操作这张共享卡片的群成员</translation>
    </message>
    <message>
        <location filename="../../designer/ui/send/inbox_view.py" line="225" />
        <source>Acting as:</source>
        <translation>操作者：</translation>
    </message>
    <message>
        <location filename="../../designer/ui/send/inbox_view.py" line="252" />
        <source>&lt;b&gt;Sandbox inbox&lt;/b&gt; (what each member sees)</source>
        <translation>&lt;b&gt;沙箱收件箱&lt;/b&gt;（每位成员看到的内容）</translation>
    </message>
    <message>
        <location filename="../../designer/ui/send/inbox_view.py" line="273" />
        <source>Send a card: it appears here as its recipient sees it.</source>
        <translation>发送一张卡片：它会按接收人看到的样子显示在这里。</translation>
    </message>
    <message>
        <location filename="../../designer/ui/send/inbox_view.py" line="339" />
        <source>&lt;b&gt;{name}&lt;/b&gt; no longer sees this card: it was recalled ({id}).</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; 已看不到这张卡片：它已被撤回（{id}）。</translation>
    </message>
    <message>
        <location filename="../../designer/ui/send/inbox_view.py" line="341" />
        <source>Everyone in &lt;b&gt;{name}&lt;/b&gt; sees this card, posted {when} ({id}).</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; 的所有成员都能看到这张卡片，发送于 {when}（{id}）。</translation>
    </message>
    <message>
        <location filename="../../designer/ui/send/inbox_view.py" line="343" />
        <source>&lt;b&gt;{name}&lt;/b&gt; no longer sees this card: it was deleted ({id}).</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; 已看不到这张卡片：它已被删除（{id}）。</translation>
    </message>
    <message>
        <location filename="../../designer/ui/send/inbox_view.py" line="345" />
        <source>&lt;b&gt;{name}&lt;/b&gt; sees this card in the chat, sent {when} ({id}).</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; 在群聊中看到这张卡片，发送于 {when}（{id}）。</translation>
    </message>
    <message>
        <location filename="../../designer/ui/send/inbox_view.py" line="377" />
        <source>Choose who acts on the card (Acting as).</source>
        <translation>请选择操作卡片的人（操作者）。</translation>
    </message>
    <message>
        <location filename="../../designer/ui/send/inbox_view.py" line="402" />
        <source>The action failed: {why}</source>
        <translation>操作失败：{why}</translation>
    </message>
</context>
<context>
    <name>JsonEditor</name>
    <message>
        <source> (did you mean “{0}”?)</source>
        <translation type="vanished">（是否想输入“{0}”？）</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../designer/ui/main_window.py" line="144" />
        <source>Components</source>
        <translation>组件</translation>
    </message>
    <message>
        <location filename="../../designer/ui/main_window.py" line="145" />
        <source>Outline</source>
        <translation>大纲</translation>
    </message>
    <message>
        <location filename="../../designer/ui/main_window.py" line="146" />
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <location filename="../../designer/ui/main_window.py" line="147" />
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="vanished">主工具栏</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation type="vanished">新建(&amp;N)…</translation>
    </message>
    <message>
        <source>New card from a blank card or a template</source>
        <translation type="vanished">从空白卡片或模板新建卡片</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="vanished">打开(&amp;O)…</translation>
    </message>
    <message>
        <source>Open a card JSON file</source>
        <translation type="vanished">打开卡片 JSON 文件</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="vanished">保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save the card</source>
        <translation type="vanished">保存卡片</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation type="vanished">另存为(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Close Window</source>
        <translation type="vanished">关闭窗口(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="vanished">退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="vanished">撤销(&amp;U)</translation>
    </message>
    <message>
        <source>Undo the last change</source>
        <translation type="vanished">撤销上一次修改</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="vanished">重做(&amp;R)</translation>
    </message>
    <message>
        <source>Redo the change undone last</source>
        <translation type="vanished">重做刚撤销的修改</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation type="vanished">查找(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Replace…</source>
        <translation type="vanished">替换(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Go to Line…</source>
        <translation type="vanished">转到行(&amp;G)…</translation>
    </message>
    <message>
        <source>&amp;Format Document</source>
        <translation type="vanished">格式化文档(&amp;F)</translation>
    </message>
    <message>
        <source>Indent the JSON (Ctrl+Shift+F)</source>
        <translation type="vanished">缩进 JSON（Ctrl+Shift+F）</translation>
    </message>
    <message>
        <source>Indent the JSON</source>
        <translation type="vanished">缩进 JSON</translation>
    </message>
    <message>
        <source>&amp;Minify</source>
        <translation type="vanished">压缩(&amp;M)</translation>
    </message>
    <message>
        <source>Copy Card &amp;JSON</source>
        <translation type="vanished">复制卡片 &amp;JSON</translation>
    </message>
    <message>
        <source>Copy the card JSON to the clipboard</source>
        <translation type="vanished">把卡片 JSON 复制到剪贴板</translation>
    </message>
    <message>
        <source>Copy Request &amp;Body</source>
        <translation type="vanished">复制请求体(&amp;B)</translation>
    </message>
    <message>
        <source>Copy an ephemeral send request body with this card</source>
        <translation type="vanished">复制包含此卡片的临时消息发送请求体</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation type="vanished">跟随系统(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation type="vanished">浅色(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation type="vanished">深色(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation type="vanished">键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;About Card Designer</source>
        <translation type="vanished">关于 Card Designer(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="vanished">文件(&amp;F)</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="vanished">最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="vanished">编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="vanished">视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation type="vanished">工具(&amp;T)</translation>
    </message>
    <message>
        <source>Window &amp;Theme</source>
        <translation type="vanished">窗口主题(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="vanished">帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation type="vanished">剪切(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="vanished">复制(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation type="vanished">粘贴(&amp;P)</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation type="vanished">全选(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../designer/ui/main_window.py" line="311" />
        <source>template card</source>
        <translation>模板卡片</translation>
    </message>
    <message>
        <location filename="../../designer/ui/main_window.py" line="314" />
        <source>no card</source>
        <translation>不是卡片</translation>
    </message>
    <message numerus="yes">
        <location filename="../../designer/ui/main_window.py" line="321" />
        <source>✕ %n error(s)</source>
        <translation>
            <numerusform>✕ %n 个错误</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../designer/ui/main_window.py" line="323" />
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n 个警告</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../designer/ui/main_window.py" line="326" />
        <source>⚠ %n warning(s)</source>
        <translation>
            <numerusform>⚠ %n 个警告</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../designer/ui/main_window.py" line="329" />
        <source>✓ Valid</source>
        <translation>✓ 有效</translation>
    </message>
    <message>
        <location filename="../../designer/ui/main_window.py" line="348" />
        <source>Ln {0}, Col {1}</source>
        <translation>行 {0}，列 {1}</translation>
    </message>
    <message>
        <location filename="../../designer/ui/main_window.py" line="381" />
        <source>Cannot insert “{0}” here: {1}.</source>
        <translation>不能在此处插入“{0}”：{1}。</translation>
    </message>
    <message>
        <location filename="../../designer/ui/main_window.py" line="386" />
        <source>Cannot insert “{0}”: {1}.</source>
        <translation>无法插入“{0}”：{1}。</translation>
    </message>
    <message>
        <location filename="../../designer/ui/main_window.py" line="390" />
        <source>Inserted “{0}”</source>
        <translation>已插入“{0}”</translation>
    </message>
    <message>
        <location filename="../../designer/ui/main_window.py" line="427" />
        <source>“{0}” cannot move further that way.</source>
        <translation>“{0}”不能再往这个方向移动。</translation>
    </message>
    <message>
        <location filename="../../designer/ui/main_window.py" line="438" />
        <source>Cannot delete: {0}.</source>
        <translation>无法删除：{0}。</translation>
    </message>
    <message>
        <location filename="../../designer/ui/main_window.py" line="444" />
        <source>format</source>
        <translation>格式化</translation>
    </message>
    <message>
        <location filename="../../designer/ui/main_window.py" line="447" />
        <source>minify</source>
        <translation>压缩</translation>
    </message>
    <message>
        <location filename="../../designer/ui/main_window.py" line="453" />
        <source>Cannot {0}: {1}</source>
        <translation>无法{0}：{1}</translation>
    </message>
    <message>
        <source>Go to Line</source>
        <translation type="vanished">转到行</translation>
    </message>
    <message>
        <source>Line (1–{0}):</source>
        <translation type="vanished">行号（1–{0}）：</translation>
    </message>
    <message>
        <location filename="../../designer/ui/main_window.py" line="463" />
        <location filename="../../designer/ui/main_window.py" line="472" />
        <source>Nothing to copy: the text is not a card yet.</source>
        <translation>没有可复制的内容：文本还不是卡片。</translation>
    </message>
    <message>
        <location filename="../../designer/ui/main_window.py" line="466" />
        <source>Card JSON copied</source>
        <translation>已复制卡片 JSON</translation>
    </message>
    <message>
        <location filename="../../designer/ui/main_window.py" line="476" />
        <source>Request body copied (fill in chat_id and open_id)</source>
        <translation>已复制请求体（请填写 chat_id 和 open_id）</translation>
    </message>
    <message>
        <source>Open Card</source>
        <translation type="vanished">打开卡片</translation>
    </message>
    <message>
        <source>the file is {0} MB; a card is at most 30 KB</source>
        <translation type="vanished">文件大小为 {0} MB，而卡片最大 30 KB</translation>
    </message>
    <message>
        <source>it is not UTF-8 text (byte {0})</source>
        <translation type="vanished">它不是 UTF-8 文本（第 {0} 字节）</translation>
    </message>
    <message>
        <source>Could not open {0}: {1}.</source>
        <translation type="vanished">无法打开 {0}：{1}。</translation>
    </message>
    <message>
        <source>Save Card</source>
        <translation type="vanished">保存卡片</translation>
    </message>
    <message>
        <source>{0} already exists. Replace it?</source>
        <translation type="vanished">{0} 已存在。要替换它吗？</translation>
    </message>
    <message>
        <source>Could not save {0}: {1}.</source>
        <translation type="vanished">无法保存 {0}：{1}。</translation>
    </message>
    <message>
        <source>Saved {0}</source>
        <translation type="vanished">已保存 {0}</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation type="vanished">没有最近的文件</translation>
    </message>
    <message>
        <source>“{0}” has unsaved changes. Save them?</source>
        <translation type="vanished">“{0}”有未保存的更改。要保存吗？</translation>
    </message>
    <message>
        <source>Autosave failed: {0}</source>
        <translation type="vanished">自动保存失败：{0}</translation>
    </message>
    <message>
        <source>Restore unsaved cards?</source>
        <translation type="vanished">恢复未保存的卡片？</translation>
    </message>
    <message>
        <source>Card Designer did not close properly last time. Restore the unsaved work?

{0}</source>
        <translation type="vanished">Card Designer 上次没有正常关闭。要恢复未保存的内容吗？

{0}</translation>
    </message>
    <message>
        <source>Recovered card</source>
        <translation type="vanished">恢复的卡片</translation>
    </message>
    <message>
        <source>Restored unsaved work from {0:%H:%M}</source>
        <translation type="vanished">已恢复 {0:%H:%M} 的未保存内容</translation>
    </message>
    <message>
        <location filename="../../designer/ui/main_window.py" line="487" />
        <source>Open Link</source>
        <translation>打开链接</translation>
    </message>
    <message>
        <location filename="../../designer/ui/main_window.py" line="488" />
        <source>The card links to:
{0}

Open it in your browser?</source>
        <translation>卡片链接到：
{0}

要在浏览器中打开吗？</translation>
    </message>
    <message>
        <location filename="../../designer/ui/main_window.py" line="543" />
        <source>Settings not saved: {0}</source>
        <translation>设置未保存：{0}</translation>
    </message>
</context>
<context>
    <name>MemberList</name>
    <message>
        <location filename="../../designer/ui/send/member_list.py" line="45" />
        <source>Search members by name or id</source>
        <translation>按姓名或 ID 搜索成员</translation>
    </message>
    <message>
        <location filename="../../designer/ui/send/member_list.py" line="50" />
        <source>All</source>
        <translation>全选</translation>
    </message>
    <message>
        <location filename="../../designer/ui/send/member_list.py" line="51" />
        <source>Tick every member shown (for a bulk send)</source>
        <translation>勾选列出的所有成员（用于批量发送）</translation>
    </message>
    <message>
        <location filename="../../designer/ui/send/member_list.py" line="54" />
        <source>None</source>
        <translation>全不选</translation>
    </message>
    <message>
        <location filename="../../designer/ui/send/member_list.py" line="55" />
        <source>Untick every member</source>
        <translation>取消勾选所有成员</translation>
    </message>
    <message>
        <location filename="../../designer/ui/send/member_list.py" line="88" />
        <source>&lt;b&gt;Members&lt;/b&gt;: choose a chat first</source>
        <translation>&lt;b&gt;成员&lt;/b&gt;：请先选择群聊</translation>
    </message>
    <message>
        <location filename="../../designer/ui/send/member_list.py" line="97" />
        <source>&lt;b&gt;Members&lt;/b&gt; of {chat}</source>
        <translation>{chat} 的&lt;b&gt;成员&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../designer/ui/send/member_list.py" line="109" />
        <source>Loading members…</source>
        <translation>正在加载成员…</translation>
    </message>
    <message>
        <location filename="../../designer/ui/send/member_list.py" line="120" />
        <source>Loading members… {count} of {total}</source>
        <translation>正在加载成员… {count} / {total}</translation>
    </message>
    <message>
        <location filename="../../designer/ui/send/member_list.py" line="128" />
        <source>Could not load members: {problem}</source>
        <translation>无法加载成员：{problem}</translation>
    </message>
</context>
<context>
    <name>OutlineModel</name>
    <message>
        <location filename="../../designer/ui/outline.py" line="108" />
        <source>header</source>
        <translation>标题栏</translation>
    </message>
    <message>
        <location filename="../../designer/ui/outline.py" line="108" />
        <source>language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../designer/ui/outline.py" line="109" />
        <source>(no tag)</source>
        <translation>（无 tag）</translation>
    </message>
</context>
<context>
    <name>PaletteModel</name>
    <message>
        <location filename="../../designer/ui/palette.py" line="58" />
        <source>Component</source>
        <translation>组件</translation>
    </message>
    <message>
        <location filename="../../designer/ui/palette.py" line="58" />
        <source>Schema</source>
        <translation>结构版本</translation>
    </message>
    <message>
        <location filename="../../designer/ui/palette.py" line="60" />
        <source>Text</source>
        <translation>文本</translation>
    </message>
    <message>
        <location filename="../../designer/ui/palette.py" line="61" />
        <source>Layout</source>
        <translation>布局</translation>
    </message>
    <message>
        <location filename="../../designer/ui/palette.py" line="62" />
        <source>Interaction</source>
        <translation>交互</translation>
    </message>
    <message>
        <location filename="../../designer/ui/palette.py" line="63" />
        <source>Media</source>
        <translation>媒体</translation>
    </message>
    <message>
        <location filename="../../designer/ui/palette.py" line="64" />
        <source>Form</source>
        <translation>表单</translation>
    </message>
    <message>
        <location filename="../../designer/ui/palette.py" line="85" />
        <source>Needs Feishu {0} or later</source>
        <translation>需要飞书 {0} 或更高版本</translation>
    </message>
    <message>
        <location filename="../../designer/ui/palette.py" line="100" />
        <source>{0} only</source>
        <translation>仅 {0}</translation>
    </message>
</context>
<context>
    <name>PreviewPane</name>
    <message>
        <location filename="../../designer/ui/preview_pane.py" line="70" />
        <source>Card theme</source>
        <translation>卡片主题</translation>
    </message>
    <message>
        <location filename="../../designer/ui/preview_pane.py" line="71" />
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <location filename="../../designer/ui/preview_pane.py" line="72" />
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <location filename="../../designer/ui/preview_pane.py" line="73" />
        <location filename="../../designer/ui/preview_pane.py" line="75" />
        <source>Card width</source>
        <translation>卡片宽度</translation>
    </message>
    <message>
        <location filename="../../designer/ui/preview_pane.py" line="76" />
        <source>Compact · 400</source>
        <translation>紧凑 · 400</translation>
    </message>
    <message>
        <location filename="../../designer/ui/preview_pane.py" line="77" />
        <source>Default · 600</source>
        <translation>默认 · 600</translation>
    </message>
    <message>
        <location filename="../../designer/ui/preview_pane.py" line="78" />
        <source>Fill</source>
        <translation>撑满</translation>
    </message>
    <message>
        <location filename="../../designer/ui/preview_pane.py" line="79" />
        <source>Mobile</source>
        <translation>移动端</translation>
    </message>
    <message>
        <location filename="../../designer/ui/preview_pane.py" line="83" />
        <source>Language shown (i18n cards)</source>
        <translation>显示的语言（多语言卡片）</translation>
    </message>
    <message>
        <location filename="../../designer/ui/preview_pane.py" line="84" />
        <source>Badge</source>
        <translation>标识</translation>
    </message>
    <message>
        <location filename="../../designer/ui/preview_pane.py" line="86" />
        <location filename="../../designer/ui/preview_pane.py" line="150" />
        <source>Show the “Only visible to you” badge of an ephemeral card</source>
        <translation>显示临时卡片的“仅对你可见”标识</translation>
    </message>
    <message>
        <location filename="../../designer/ui/preview_pane.py" line="88" />
        <source>Zoom</source>
        <translation>缩放</translation>
    </message>
    <message>
        <location filename="../../designer/ui/preview_pane.py" line="148" />
        <source>A card posted to the whole chat is seen by everyone: it has no “Only visible to you” badge</source>
        <translation>发到群里的卡片全员可见：没有“仅对你可见”标识</translation>
    </message>
    <message>
        <location filename="../../designer/ui/preview_pane.py" line="175" />
        <source>Card language</source>
        <translation>卡片语言</translation>
    </message>
    <message>
        <location filename="../../designer/ui/preview_pane.py" line="206" />
        <source>line {0}, column {1}: </source>
        <translation>第 {0} 行第 {1} 列：</translation>
    </message>
    <message>
        <location filename="../../designer/ui/preview_pane.py" line="207" />
        <source>the text is not a card</source>
        <translation>文本不是卡片</translation>
    </message>
    <message>
        <location filename="../../designer/ui/preview_pane.py" line="209" />
        <source>Not a card yet — {0}{1}. Showing the last good preview.</source>
        <translation>还不是卡片 — {0}{1}。显示的是上一次正确的预览。</translation>
    </message>
</context>
<context>
    <name>ProblemsModel</name>
    <message>
        <location filename="../../designer/ui/problems.py" line="76" />
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../designer/ui/problems.py" line="76" />
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../../designer/ui/problems.py" line="76" />
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <location filename="../../designer/ui/problems.py" line="76" />
        <source>Where</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>{0} (did you mean “{1}”?)</source>
        <translation type="vanished">{0}（是否想输入“{1}”？）</translation>
    </message>
</context>
<context>
    <name>ProblemsView</name>
    <message>
        <location filename="../../designer/ui/problems.py" line="135" />
        <source>No problems in this card</source>
        <translation>此卡片没有问题</translation>
    </message>
</context>
<context>
    <name>ProfileStatusLabel</name>
    <message>
        <location filename="../../designer/ui/send/profile_switcher.py" line="81" />
        <source>No profile</source>
        <translation>无配置</translation>
    </message>
    <message>
        <location filename="../../designer/ui/send/profile_switcher.py" line="82" />
        <source>Add a profile in Accounts to send cards</source>
        <translation>在“账号”中添加配置后即可发送卡片</translation>
    </message>
    <message>
        <location filename="../../designer/ui/send/profile_switcher.py" line="84" />
        <source>Profile: {name}</source>
        <translation>配置：{name}</translation>
    </message>
</context>
<context>
    <name>ProfileSwitcher</name>
    <message>
        <location filename="../../designer/ui/send/profile_switcher.py" line="57" />
        <source>Accounts…</source>
        <translation>账号…</translation>
    </message>
    <message>
        <location filename="../../designer/ui/send/profile_switcher.py" line="61" />
        <source>Profile: {name}</source>
        <translation>配置：{name}</translation>
    </message>
    <message>
        <location filename="../../designer/ui/send/profile_switcher.py" line="61" />
        <source>No profile</source>
        <translation>无配置</translation>
    </message>
    <message>
        <location filename="../../designer/ui/send/profile_switcher.py" line="62" />
        <source>Switch the profile used to send, or manage accounts</source>
        <translation>切换用于发送的配置，或管理账号</translation>
    </message>
</context>
<context>
    <name>RecipientIdField</name>
    <message>
        <location filename="../../designer/ui/send/id_field.py" line="38" />
        <source>or type an open_id (ou_…), user_id or email</source>
        <translation>或输入 open_id（ou_…）、user_id 或邮箱</translation>
    </message>
    <message>
        <location filename="../../designer/ui/send/id_field.py" line="43" />
        <source>People you sent to recently with this profile</source>
        <translation>用此配置最近发送过的人</translation>
    </message>
    <message>
        <location filename="../../designer/ui/send/id_field.py" line="48" />
        <source>Find person</source>
        <translation>查找用户</translation>
    </message>
    <message>
        <location filename="../../designer/ui/send/id_field.py" line="51" />
        <source>Look up the open_id of this email (contact:user.id:readonly)</source>
        <translation>查询此邮箱对应的 open_id（需 contact:user.id:readonly 权限）</translation>
    </message>
    <message>
        <location filename="../../designer/ui/send/id_field.py" line="73" />
        <source>Recent recipients…</source>
        <translation>最近接收人…</translation>
    </message>
    <message>
        <location filename="../../designer/ui/send/id_field.py" line="99" />
        <source>✓ {kind}</source>
        <translation>✓ {kind}</translation>
    </message>
    <message>
        <location filename="../../designer/ui/send/id_field.py" line="108" />
        <source>email: press Find person to look up the open_id, or send to the email</source>
        <translation>邮箱：点“查找用户”查询 open_id，或直接发送到该邮箱</translation>
    </message>
    <message>
        <location filename="../../designer/ui/send/id_field.py" line="110" />
        <source>user_id</source>
        <translation>user_id</translation>
    </message>
    <message>
        <location filename="../../designer/ui/send/id_field.py" line="111" />
        <source>open_id</source>
        <translation>open_id</translation>
    </message>
    <message>
        <location filename="../../designer/ui/send/id_field.py" line="115" />
        <source>✗ Not an email address (name@company.com)</source>
        <translation>✗ 不是邮箱地址（name@company.com）</translation>
    </message>
    <message>
        <location filename="../../designer/ui/send/id_field.py" line="118" />
        <source>✗ Starts like an open_id but has the wrong shape (ou_ and 8–64 letters or digits)</source>
        <translation>✗ 以 open_id 开头但格式不对（ou_ 加 8–64 个字母或数字）</translation>
    </message>
    <message>
        <location filename="../../designer/ui/send/id_field.py" line="122" />
        <source>✗ This is a {what}, not a person: use an open_id (ou_…), user_id or email</source>
        <translation>✗ 这是{what}，不是用户：请使用 open_id（ou_…）、user_id 或邮箱</translation>
    </message>
    <message>
        <location filename="../../designer/ui/send/id_field.py" line="124" />
        <source>✗ Not an open_id, user_id or email (user ids are letters, digits, _ and -)</source>
        <translation>✗ 不是 open_id、user_id 或邮箱（user_id 由字母、数字、_ 和 - 组成）</translation>
    </message>
    <message>
        <location filename="../../designer/ui/send/id_field.py" line="145" />
        <source>Looking up {email}…</source>
        <translation>正在查询 {email}…</translation>
    </message>
    <message>
        <location filename="../../designer/ui/send/id_field.py" line="151" />
        <source>✗ No person with the email {email} in this tenant</source>
        <translation>✗ 本企业中没有邮箱为 {email} 的用户</translation>
    </message>
    <message>
        <location filename="../../designer/ui/send/id_field.py" line="156" />
        <source>✓ open_id of {email}</source>
        <translation>✓ {email} 的 open_id</translation>
    </message>
    <message>
        <location filename="../../designer/ui/send/id_field.py" line="162" />
        <source>✗ Lookup failed: {problem}</source>
        <translation>✗ 查询失败：{problem}</translation>
    </message>
</context>
<context>
    <name>RecipientPicker</name>
    <message>
        <source>Search chats by name or id</source>
        <translation type="vanished">按名称或 ID 搜索群聊</translation>
    </message>
    <message>
        <source>Load the chats the bot is in again</source>
        <translation type="vanished">重新加载机器人所在的群聊</translation>
    </message>
    <message>
        <source>Chats you sent to recently with this profile</source>
        <translation type="vanished">用此配置最近发送过的群聊</translation>
    </message>
    <message>
        <source>&lt;b&gt;Chat&lt;/b&gt; (groups the bot is in)</source>
        <translation type="vanished">&lt;b&gt;群聊&lt;/b&gt;（机器人所在的群）</translation>
    </message>
    <message>
        <source>&lt;b&gt;Members&lt;/b&gt;: choose a chat first</source>
        <translation type="vanished">&lt;b&gt;成员&lt;/b&gt;：请先选择群聊</translation>
    </message>
    <message>
        <source>Search members by name or id</source>
        <translation type="vanished">按姓名或 ID 搜索成员</translation>
    </message>
    <message>
        <source>All</source>
        <translation type="vanished">全选</translation>
    </message>
    <message>
        <source>Tick every member shown (for a bulk send)</source>
        <translation type="vanished">勾选列出的所有成员（用于批量发送）</translation>
    </message>
    <message>
        <source>None</source>
        <translation type="vanished">全不选</translation>
    </message>
    <message>
        <source>Untick every member</source>
        <translation type="vanished">取消勾选所有成员</translation>
    </message>
    <message>
        <source>or type an open_id (ou_…), user_id or email</source>
        <translation type="vanished">或输入 open_id（ou_…）、user_id 或邮箱</translation>
    </message>
    <message>
        <source>People you sent to recently with this profile</source>
        <translation type="vanished">用此配置最近发送过的人</translation>
    </message>
    <message>
        <source>Find person</source>
        <translation type="vanished">查找用户</translation>
    </message>
    <message>
        <source>Look up the open_id of this email (contact:user.id:readonly)</source>
        <translation type="vanished">查询此邮箱对应的 open_id（需 contact:user.id:readonly 权限）</translation>
    </message>
    <message>
        <source>No profile: add one in Accounts</source>
        <translation type="vanished">无配置：请在“账号”中添加</translation>
    </message>
    <message>
        <source>Recent chats…</source>
        <translation type="vanished">最近群聊…</translation>
    </message>
    <message>
        <source>Recent recipients…</source>
        <translation type="vanished">最近接收人…</translation>
    </message>
    <message>
        <source>Loading chats…</source>
        <translation type="vanished">正在加载群聊…</translation>
    </message>
    <message>
        <source>Loading chats… {count}</source>
        <translation type="vanished">正在加载群聊… {count}</translation>
    </message>
    <message>
        <source>The bot is in no group chat yet: add it to one</source>
        <translation type="vanished">机器人还不在任何群聊中：请先把它添加到群里</translation>
    </message>
    <message>
        <source>Could not load chats: {problem}</source>
        <translation type="vanished">无法加载群聊：{problem}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Members&lt;/b&gt; of {chat}</source>
        <translation type="vanished">{chat} 的&lt;b&gt;成员&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Loading members…</source>
        <translation type="vanished">正在加载成员…</translation>
    </message>
    <message>
        <source>Loading members… {count} of {total}</source>
        <translation type="vanished">正在加载成员… {count} / {total}</translation>
    </message>
    <message>
        <source>Could not load members: {problem}</source>
        <translation type="vanished">无法加载成员：{problem}</translation>
    </message>
    <message>
        <source>✓ {kind}</source>
        <translation type="vanished">✓ {kind}</translation>
    </message>
    <message>
        <source>email: press Find person to look up the open_id, or send to the email</source>
        <translation type="vanished">邮箱：点“查找用户”查询 open_id，或直接发送到该邮箱</translation>
    </message>
    <message>
        <source>user_id</source>
        <translation type="vanished">user_id</translation>
    </message>
    <message>
        <source>open_id</source>
        <translation type="vanished">open_id</translation>
    </message>
    <message>
        <source>✗ Not an email address (name@company.com)</source>
        <translation type="vanished">✗ 不是邮箱地址（name@company.com）</translation>
    </message>
    <message>
        <source>✗ Starts like an open_id but has the wrong shape (ou_ and 8–64 letters or digits)</source>
        <translation type="vanished">✗ 以 open_id 开头但格式不对（ou_ 加 8–64 个字母或数字）</translation>
    </message>
    <message>
        <source>✗ This is a {what}, not a person: use an open_id (ou_…), user_id or email</source>
        <translation type="vanished">✗ 这是{what}，不是用户：请使用 open_id（ou_…）、user_id 或邮箱</translation>
    </message>
    <message>
        <source>✗ Not an open_id, user_id or email (user ids are letters, digits, _ and -)</source>
        <translation type="vanished">✗ 不是 open_id、user_id 或邮箱（user_id 由字母、数字、_ 和 - 组成）</translation>
    </message>
    <message>
        <source>Looking up {email}…</source>
        <translation type="vanished">正在查询 {email}…</translation>
    </message>
    <message>
        <source>✗ No person with the email {email} in this tenant</source>
        <translation type="vanished">✗ 本企业中没有邮箱为 {email} 的用户</translation>
    </message>
    <message>
        <source>✓ open_id of {email}</source>
        <translation type="vanished">✓ {email} 的 open_id</translation>
    </message>
    <message>
        <source>✗ Lookup failed: {problem}</source>
        <translation type="vanished">✗ 查询失败：{problem}</translation>
    </message>
    <message>
        <location filename="../../designer/ui/send/recipient_picker.py" line="205" />
        <source>{ticked} of {total} ticked; {count} members in {chats} chats get the card</source>
        <translation>已勾选 {ticked} / {total}；{chats} 个群聊中的 {count} 位成员会收到卡片</translation>
    </message>
    <message>
        <location filename="../../designer/ui/send/recipient_picker.py" line="212" />
        <source>{ticked} of {total} ticked</source>
        <translation>已勾选 {ticked} / {total}</translation>
    </message>
    <message>
        <location filename="../../designer/ui/send/recipient_picker.py" line="214" />
        <source>{total} members</source>
        <translation>{total} 位成员</translation>
    </message>
</context>
<context>
    <name>RoundTripDialog</name>
    <message>
        <location filename="../../designer/ui/send/round_trip.py" line="534" />
        <source>Private form round trip</source>
        <translation>私密表单往返</translation>
    </message>
</context>
<context>
    <name>RoundTripPanel</name>
    <message>
        <location filename="../../designer/ui/send/round_trip.py" line="131" />
        <source>1. Listen for the submit (long connection)</source>
        <translation>1. 监听提交（长连接）</translation>
    </message>
    <message>
        <location filename="../../designer/ui/send/round_trip.py" line="132" />
        <source>2. Send the form (the open document) to the member only</source>
        <translation>2. 把表单（当前打开的卡片）只发给该成员</translation>
    </message>
    <message>
        <location filename="../../designer/ui/send/round_trip.py" line="133" />
        <source>3. Wait for their submit</source>
        <translation>3. 等待对方提交</translation>
    </message>
    <message>
        <location filename="../../designer/ui/send/round_trip.py" line="134" />
        <source>4. Fill the submitted values into the final card</source>
        <translation>4. 把提交的值填入最终卡片</translation>
    </message>
    <message>
        <location filename="../../designer/ui/send/round_trip.py" line="135" />
        <source>5. Delete the form from their chat</source>
        <translation>5. 从对方的会话中删除表单</translation>
    </message>
    <message>
        <location filename="../../designer/ui/send/round_trip.py" line="136" />
        <source>6. Post the final card to the whole chat</source>
        <translation>6. 把最终卡片发到整个群</translation>
    </message>
    <message>
        <location filename="../../designer/ui/send/round_trip.py" line="147" />
        <source>Do</source>
        <translation>执行</translation>
    </message>
    <message>
        <location filename="../../designer/ui/send/round_trip.py" line="160" />
        <source>The open document (as it is now)</source>
        <translation>当前打开的卡片（此刻的内容）</translation>
    </message>
    <message>
        <location filename="../../designer/ui/send/round_trip.py" line="167" />
        <source>Run all</source>
        <translation>全部执行</translation>
    </message>
    <message>
        <location filename="../../designer/ui/send/round_trip.py" line="170" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../designer/ui/send/round_trip.py" line="183" />
        <source>Final card:</source>
        <translation>最终卡片：</translation>
    </message>
    <message>
        <location filename="../../designer/ui/send/round_trip.py" line="217" />
        <source>to do</source>
        <translation>待执行</translation>
    </message>
    <message>
        <location filename="../../designer/ui/send/round_trip.py" line="218" />
        <source>running…</source>
        <translation>进行中…</translation>
    </message>
    <message>
        <location filename="../../designer/ui/send/round_trip.py" line="219" />
        <source>done</source>
        <translation>完成</translation>
    </message>
    <message>
        <location filename="../../designer/ui/send/round_trip.py" line="220" />
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location filename="../../designer/ui/send/round_trip.py" line="263" />
        <source>No profile: add one in Accounts (the toolbar's profile menu).</source>
        <translation>没有配置：请在“账号”中添加（工具栏的配置菜单）。</translation>
    </message>
    <message>
        <location filename="../../designer/ui/send/round_trip.py" line="268" />
        <source>Pick the chat and the member (the admin) who fills in the form.</source>
        <translation>请选择群以及填写表单的成员（管理员）。</translation>
    </message>
    <message>
        <location filename="../../designer/ui/send/round_trip.py" line="315" />
        <source>listening as {app}</source>
        <translation>正在以 {app} 监听</translation>
    </message>
    <message>
        <location filename="../../designer/ui/send/round_trip.py" line="318" />
        <source>connecting…</source>
        <translation>正在连接…</translation>
    </message>
    <message>
        <location filename="../../designer/ui/send/round_trip.py" line="320" />
        <source>Not listening</source>
        <translation>未在监听</translation>
    </message>
    <message>
        <location filename="../../designer/ui/send/round_trip.py" line="330" />
        <source>{status}: {said}</source>
        <translation>{status}：{said}</translation>
    </message>
    <message>
        <location filename="../../designer/ui/send/round_trip.py" line="350" />
        <source>The open document is not a card without errors: fix it (see Problems).</source>
        <translation>打开的文档不是没有错误的卡片：请修正（见“问题”）。</translation>
    </message>
    <message>
        <location filename="../../designer/ui/send/round_trip.py" line="361" />
        <location filename="../../designer/ui/send/round_trip.py" line="373" />
        <source>Not sent</source>
        <translation>未发送</translation>
    </message>
    <message>
        <location filename="../../designer/ui/send/round_trip.py" line="361" />
        <source>not sent</source>
        <translation>未发送</translation>
    </message>
    <message>
        <location filename="../../designer/ui/send/round_trip.py" line="367" />
        <source>sent {id} to {name}</source>
        <translation>已将 {id} 发给 {name}</translation>
    </message>
    <message>
        <location filename="../../designer/ui/send/round_trip.py" line="372" />
        <source>sending…</source>
        <translation>正在发送…</translation>
    </message>
    <message>
        <location filename="../../designer/ui/send/round_trip.py" line="377" />
        <source>Not listening: take step 1 first.</source>
        <translation>未在监听：请先执行第 1 步。</translation>
    </message>
    <message>
        <location filename="../../designer/ui/send/round_trip.py" line="380" />
        <location filename="../../designer/ui/send/round_trip.py" line="442" />
        <source>No form was sent: take step 2 first.</source>
        <translation>尚未发送表单：请先执行第 2 步。</translation>
    </message>
    <message>
        <location filename="../../designer/ui/send/round_trip.py" line="385" />
        <source>waiting for {name} to submit…</source>
        <translation>正在等待 {name} 提交…</translation>
    </message>
    <message>
        <location filename="../../designer/ui/send/round_trip.py" line="396" />
        <source>submitted: {values}</source>
        <translation>已提交：{values}</translation>
    </message>
    <message>
        <location filename="../../designer/ui/send/round_trip.py" line="416" />
        <source>The final card is not a card: choose another.</source>
        <translation>最终卡片不是一张卡片：请另选一张。</translation>
    </message>
    <message>
        <location filename="../../designer/ui/send/round_trip.py" line="422" />
        <source>Nothing submitted yet: wait for the submit (step 3).</source>
        <translation>尚未提交：请等待提交（第 3 步）。</translation>
    </message>
    <message>
        <location filename="../../designer/ui/send/round_trip.py" line="432" />
        <source>filled; no value for {names}</source>
        <translation>已填入；{names} 没有值</translation>
    </message>
    <message>
        <location filename="../../designer/ui/send/round_trip.py" line="434" />
        <source>filled with {count} values</source>
        <translation>已填入 {count} 个值</translation>
    </message>
    <message>
        <location filename="../../designer/ui/send/round_trip.py" line="447" />
        <source>deleted {id}</source>
        <translation>已删除 {id}</translation>
    </message>
    <message>
        <location filename="../../designer/ui/send/round_trip.py" line="450" />
        <source>deleting…</source>
        <translation>正在删除…</translation>
    </message>
    <message>
        <location filename="../../designer/ui/send/round_trip.py" line="454" />
        <source>Not deleted</source>
        <translation>未删除</translation>
    </message>
    <message>
        <location filename="../../designer/ui/send/round_trip.py" line="462" />
        <source>No final card yet: fill it first (step 4).</source>
        <translation>还没有最终卡片：请先填入（第 4 步）。</translation>
    </message>
    <message>
        <location filename="../../designer/ui/send/round_trip.py" line="478" />
        <source>posted {id} to {chat}</source>
        <translation>已将 {id} 发到 {chat}</translation>
    </message>
    <message>
        <location filename="../../designer/ui/send/round_trip.py" line="483" />
        <source>posting…</source>
        <translation>正在发布…</translation>
    </message>
    <message>
        <location filename="../../designer/ui/send/round_trip.py" line="487" />
        <source>Not posted</source>
        <translation>未发布</translation>
    </message>
    <message>
        <location filename="../../designer/ui/send/round_trip.py" line="498" />
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../../designer/ui/send/round_trip.py" line="500" />
        <source>stopped</source>
        <translation>已停止</translation>
    </message>
</context>
<context>
    <name>SandboxMode</name>
    <message>
        <location filename="../../designer/ui/send/sandbox_mode.py" line="75" />
        <source>The sandbox could not start: {problem}</source>
        <translation>沙箱无法启动：{problem}</translation>
    </message>
</context>
<context>
    <name>SendErrors</name>
    <message>
        <location filename="../../designer/ui/send/errors.py" line="33" />
        <source>{title}:</source>
        <translation>{title}：</translation>
    </message>
</context>
<context>
    <name>SendFeatures</name>
    <message>
        <location filename="../../designer/ui/send/features.py" line="93" />
        <source>Send</source>
        <translation>发送</translation>
    </message>
    <message>
        <location filename="../../designer/ui/send/features.py" line="94" />
        <source>Send history</source>
        <translation>发送记录</translation>
    </message>
    <message>
        <location filename="../../designer/ui/send/features.py" line="114" />
        <source>Accounts…</source>
        <translation>账号…</translation>
    </message>
    <message>
        <location filename="../../designer/ui/send/features.py" line="118" />
        <source>Private form round trip…</source>
        <translation>私密表单往返…</translation>
    </message>
    <message>
        <location filename="../../designer/ui/send/features.py" line="272" />
        <source>The sandbox is not running.</source>
        <translation>沙盒未在运行。</translation>
    </message>
    <message>
        <location filename="../../designer/ui/send/features.py" line="290" />
        <source>Sandbox inbox</source>
        <translation>沙箱收件箱</translation>
    </message>
    <message>
        <location filename="../../designer/ui/send/features.py" line="296" />
        <source>Sandbox running at {url}</source>
        <translation>沙箱运行于 {url}</translation>
    </message>
</context>
<context>
    <name>SendModels</name>
    <message>
        <location filename="../../designer/ui/send/models.py" line="235" />
        <location filename="../../designer/ui/send/models.py" line="351" />
        <source>Recipient</source>
        <translation>接收人</translation>
    </message>
    <message>
        <location filename="../../designer/ui/send/models.py" line="236" />
        <location filename="../../designer/ui/send/models.py" line="353" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../designer/ui/send/models.py" line="237" />
        <source>Message id / problem</source>
        <translation>消息 ID / 问题</translation>
    </message>
    <message>
        <location filename="../../designer/ui/send/models.py" line="315" />
        <source>waiting</source>
        <translation>等待中</translation>
    </message>
    <message>
        <location filename="../../designer/ui/send/models.py" line="317" />
        <source>sent</source>
        <translation>已发送</translation>
    </message>
    <message>
        <location filename="../../designer/ui/send/models.py" line="318" />
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location filename="../../designer/ui/send/models.py" line="319" />
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../../designer/ui/send/models.py" line="320" />
        <source>deleted</source>
        <translation>已删除</translation>
    </message>
    <message>
        <location filename="../../designer/ui/send/models.py" line="321" />
        <source>delete failed</source>
        <translation>删除失败</translation>
    </message>
    <message>
        <location filename="../../designer/ui/send/models.py" line="322" />
        <source>recalled</source>
        <translation>已撤回</translation>
    </message>
    <message>
        <location filename="../../designer/ui/send/models.py" line="323" />
        <source>recall failed</source>
        <translation>撤回失败</translation>
    </message>
    <message>
        <location filename="../../designer/ui/send/models.py" line="348" />
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../designer/ui/send/models.py" line="349" />
        <source>Profile</source>
        <translation>配置</translation>
    </message>
    <message>
        <location filename="../../designer/ui/send/models.py" line="350" />
        <source>Chat</source>
        <translation>群聊</translation>
    </message>
    <message>
        <location filename="../../designer/ui/send/models.py" line="352" />
        <source>Message id</source>
        <translation>消息 ID</translation>
    </message>
    <message>
        <location filename="../../designer/ui/send/models.py" line="381" />
        <source>whole chat</source>
        <translation>全群</translation>
    </message>
</context>
<context>
    <name>SendPanel</name>
    <message>
        <location filename="../../designer/ui/send/send_panel.py" line="89" />
        <source>Send</source>
        <translation>发送</translation>
    </message>
    <message>
        <location filename="../../designer/ui/send/send_panel.py" line="91" />
        <source>Send the card as an ephemeral card (Ctrl+Enter)</source>
        <translation>以仅特定人可见的卡片发送（Ctrl+Enter）</translation>
    </message>
    <message>
        <location filename="../../designer/ui/send/send_panel.py" line="99" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../designer/ui/send/shell.py" line="23" />
        <source>Send card</source>
        <translation>发送卡片</translation>
    </message>
    <message>
        <source>Send the card to the chosen recipients (Ctrl+Enter)</source>
        <translation type="vanished">把卡片发送给选中的接收人（Ctrl+Enter）</translation>
    </message>
    <message>
        <location filename="../../designer/ui/send/shell.py" line="27" />
        <source>Send the card to the chosen recipients</source>
        <translation>把卡片发送给所选接收人</translation>
    </message>
    <message>
        <location filename="../../designer/ui/send/send_panel.py" line="122" />
        <source>message id appears here after a send</source>
        <translation>发送后消息 ID 显示在这里</translation>
    </message>
    <message>
        <location filename="../../designer/ui/send/send_panel.py" line="123" />
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <location filename="../../designer/ui/send/send_panel.py" line="148" />
        <source>Message id</source>
        <translation>消息 ID</translation>
    </message>
    <message>
        <location filename="../../designer/ui/send/send_panel.py" line="171" />
        <source>To: &lt;b&gt;{count} members&lt;/b&gt; in {chats} chats</source>
        <translation>发送到：{chats} 个群聊中的 &lt;b&gt;{count} 位成员&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../designer/ui/send/send_panel.py" line="175" />
        <source>Choose a chat and a recipient</source>
        <translation>请选择群聊和接收人</translation>
    </message>
    <message>
        <location filename="../../designer/ui/send/send_panel.py" line="177" />
        <source>To: {chat} — choose a recipient</source>
        <translation>发送到：{chat} — 请选择接收人</translation>
    </message>
    <message>
        <location filename="../../designer/ui/send/send_panel.py" line="179" />
        <source>To: &lt;b&gt;{who}&lt;/b&gt; in {chat}</source>
        <translation>发送到：{chat} 中的 &lt;b&gt;{who}&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../designer/ui/send/send_panel.py" line="183" />
        <source>To: &lt;b&gt;{count} members&lt;/b&gt; of {chat}</source>
        <translation>发送到：{chat} 的 &lt;b&gt;{count} 位成员&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../designer/ui/send/send_panel.py" line="211" />
        <source>No profile: add one in Accounts (the toolbar's profile menu).</source>
        <translation>无配置：请在“账号”中添加（工具栏的配置菜单）。</translation>
    </message>
    <message>
        <location filename="../../designer/ui/send/send_panel.py" line="215" />
        <source>There is no card to send.</source>
        <translation>没有可发送的卡片。</translation>
    </message>
    <message>
        <location filename="../../designer/ui/send/send_panel.py" line="226" />
        <source>No chat chosen: pick a chat the bot is in.</source>
        <translation>未选择群聊：请选择机器人所在的群聊。</translation>
    </message>
    <message>
        <location filename="../../designer/ui/send/send_panel.py" line="231" />
        <source>No recipient: tick members of the chat or type an open_id, user_id or email.</source>
        <translation>没有接收人：请勾选群成员，或输入 open_id、user_id 或邮箱。</translation>
    </message>
    <message>
        <location filename="../../designer/ui/send/send_panel.py" line="259" />
        <source>The card is not JSON: fix it in the editor.</source>
        <translation>卡片不是有效的 JSON：请在编辑器中修正。</translation>
    </message>
    <message>
        <location filename="../../designer/ui/send/send_panel.py" line="267" />
        <source>… and {count} more in the problems list</source>
        <translation>… 另有 {count} 条，见问题列表</translation>
    </message>
    <message>
        <location filename="../../designer/ui/send/send_panel.py" line="269" />
        <source>&lt;b&gt;Not sent: the card has {count} error(s).&lt;/b&gt;</source>
        <translation>&lt;b&gt;未发送：卡片有 {count} 个错误。&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../designer/ui/send/send_panel.py" line="286" />
        <source>Send despite warnings?</source>
        <translation>仍要发送吗？</translation>
    </message>
    <message>
        <location filename="../../designer/ui/send/send_panel.py" line="287" />
        <source>The card has {count} warning(s). Send it anyway?</source>
        <translation>卡片有 {count} 个警告。仍要发送吗？</translation>
    </message>
    <message>
        <location filename="../../designer/ui/send/send_panel.py" line="291" />
        <source>Send anyway</source>
        <translation>仍然发送</translation>
    </message>
    <message>
        <location filename="../../designer/ui/send/send_panel.py" line="303" />
        <source>Not sent: the warnings were not confirmed.</source>
        <translation>未发送：警告未被确认。</translation>
    </message>
    <message>
        <location filename="../../designer/ui/send/send_panel.py" line="327" />
        <source>Sending… %v of %m</source>
        <translation>正在发送… %v / %m</translation>
    </message>
    <message>
        <location filename="../../designer/ui/send/send_panel.py" line="332" />
        <source>Sending to {count} recipient(s) in {chat}…</source>
        <translation>正在发送给 {chat} 中的 {count} 位接收人…</translation>
    </message>
    <message>
        <location filename="../../designer/ui/send/send_panel.py" line="336" />
        <source>Sending to {count} recipient(s) in {chats} chats…</source>
        <translation>正在发送给 {chats} 个群聊中的 {count} 位接收人…</translation>
    </message>
    <message>
        <location filename="../../designer/ui/send/send_panel.py" line="360" />
        <source>Cancelling… (sends already on their way finish first)</source>
        <translation>正在取消…（已发出的请求会先完成）</translation>
    </message>
    <message>
        <location filename="../../designer/ui/send/send_panel.py" line="382" />
        <source>(not recorded in history: {reason})</source>
        <translation>（未记入发送记录：{reason}）</translation>
    </message>
    <message>
        <location filename="../../designer/ui/send/send_panel.py" line="395" />
        <source>&lt;b&gt;Sent.&lt;/b&gt; {who} sees the card in the chat (only while online).</source>
        <translation>&lt;b&gt;已发送。&lt;/b&gt;{who} 会在群聊中看到这张“仅对你可见”的卡片（仅在线时可见）。</translation>
    </message>
    <message>
        <location filename="../../designer/ui/send/send_panel.py" line="398" />
        <location filename="../../designer/ui/send/send_panel.py" line="416" />
        <source>Not sent</source>
        <translation>未发送</translation>
    </message>
    <message>
        <location filename="../../designer/ui/send/send_panel.py" line="399" />
        <source>{sent} sent, {failed} failed, {cancelled} cancelled of {total}.</source>
        <translation>共 {total} 条：{sent} 条已发送，{failed} 条失败，{cancelled} 条已取消。</translation>
    </message>
    <message>
        <location filename="../../designer/ui/send/send_panel.py" line="403" />
        <source>Stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <location filename="../../designer/ui/send/send_panel.py" line="405" />
        <source>&lt;b&gt;Cancelled.&lt;/b&gt; {summary}</source>
        <translation>&lt;b&gt;已取消。&lt;/b&gt;{summary}</translation>
    </message>
    <message>
        <location filename="../../designer/ui/send/send_panel.py" line="408" />
        <source>First failure</source>
        <translation>首个失败</translation>
    </message>
    <message>
        <location filename="../../designer/ui/send/send_panel.py" line="425" />
        <source>Not sent to {who}</source>
        <translation>未发送给 {who}</translation>
    </message>
    <message>
        <location filename="../../designer/ui/send/send_panel.py" line="430" />
        <source>Message id copied.</source>
        <translation>消息 ID 已复制。</translation>
    </message>
</context>
<context>
    <name>SendSession</name>
    <message>
        <location filename="../../designer/ui/send/session.py" line="51" />
        <source>The profile {name} has no app secret in the keyring</source>
        <translation>配置 {name} 在系统钥匙串中没有 App Secret</translation>
    </message>
    <message>
        <location filename="../../designer/ui/send/session.py" line="54" />
        <source>Open Accounts, edit the profile and enter its app secret.</source>
        <translation>请打开“账号”，编辑该配置并输入其 App Secret。</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../designer/ui/shortcuts_dialog.py" line="63" />
        <source>Keyboard Shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <location filename="../../designer/ui/shortcuts_dialog.py" line="66" />
        <source>Command</source>
        <translation>命令</translation>
    </message>
    <message>
        <location filename="../../designer/ui/shortcuts_dialog.py" line="66" />
        <source>Shortcut</source>
        <translation>快捷键</translation>
    </message>
    <message>
        <location filename="../../designer/ui/shortcuts_dialog.py" line="139" />
        <source>Other</source>
        <translation>其他</translation>
    </message>
</context>
<context>
    <name>TemplateGallery</name>
    <message>
        <location filename="../../designer/ui/template_gallery.py" line="194" />
        <source>New Card</source>
        <translation>新建卡片</translation>
    </message>
    <message>
        <location filename="../../designer/ui/template_gallery.py" line="198" />
        <source>Blank card</source>
        <translation>空白卡片</translation>
    </message>
    <message>
        <location filename="../../designer/ui/template_gallery.py" line="199" />
        <source>An empty card (JSON 1.0) with a title and one text.</source>
        <translation>一张带标题和一段文本的空白卡片（JSON 1.0）。</translation>
    </message>
    <message>
        <location filename="../../designer/ui/template_gallery.py" line="201" />
        <source>Start from scratch · JSON 1.0</source>
        <translation>从零开始 · JSON 1.0</translation>
    </message>
    <message>
        <location filename="../../designer/ui/template_gallery.py" line="204" />
        <source>Blank JSON 2.0 card</source>
        <translation>空白 JSON 2.0 卡片</translation>
    </message>
    <message>
        <location filename="../../designer/ui/template_gallery.py" line="205" />
        <source>An empty card in the newer JSON 2.0 structure.</source>
        <translation>使用较新 JSON 2.0 结构的空白卡片。</translation>
    </message>
    <message>
        <location filename="../../designer/ui/template_gallery.py" line="207" />
        <source>Start from scratch · JSON 2.0</source>
        <translation>从零开始 · JSON 2.0</translation>
    </message>
    <message>
        <location filename="../../designer/ui/template_gallery.py" line="214" />
        <source>Posted to the whole chat</source>
        <translation>发到群里，全体成员可见</translation>
    </message>
    <message>
        <location filename="../../designer/ui/template_gallery.py" line="244" />
        <source>Create</source>
        <translation>创建</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <location filename="../../designer/ui/window_actions.py" line="48" />
        <source>Main</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <location filename="../../designer/ui/window_actions.py" line="90" />
        <source>&amp;New…</source>
        <translation>新建(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../designer/ui/window_actions.py" line="95" />
        <source>New card from a blank card or a template</source>
        <translation>从空白卡片或模板新建卡片</translation>
    </message>
    <message>
        <location filename="../../designer/ui/window_actions.py" line="98" />
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../designer/ui/window_actions.py" line="103" />
        <source>Open a card JSON file</source>
        <translation>打开卡片 JSON 文件</translation>
    </message>
    <message>
        <location filename="../../designer/ui/window_actions.py" line="106" />
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../designer/ui/window_actions.py" line="111" />
        <source>Save the card</source>
        <translation>保存卡片</translation>
    </message>
    <message>
        <location filename="../../designer/ui/window_actions.py" line="114" />
        <source>Save &amp;As…</source>
        <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../designer/ui/window_actions.py" line="117" />
        <source>&amp;Close Window</source>
        <translation>关闭窗口(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../designer/ui/window_actions.py" line="120" />
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../designer/ui/window_actions.py" line="124" />
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../designer/ui/window_actions.py" line="129" />
        <source>Undo the last change</source>
        <translation>撤销上一次修改</translation>
    </message>
    <message>
        <location filename="../../designer/ui/window_actions.py" line="132" />
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../designer/ui/window_actions.py" line="137" />
        <source>Redo the change undone last</source>
        <translation>重做刚撤销的修改</translation>
    </message>
    <message>
        <location filename="../../designer/ui/window_actions.py" line="146" />
        <source>&amp;Find…</source>
        <translation>查找(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../designer/ui/window_actions.py" line="148" />
        <source>&amp;Replace…</source>
        <translation>替换(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../designer/ui/window_actions.py" line="149" />
        <source>&amp;Go to Line…</source>
        <translation>转到行(&amp;G)…</translation>
    </message>
    <message>
        <location filename="../../designer/ui/window_actions.py" line="151" />
        <source>&amp;Format Document</source>
        <translation>格式化文档(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../designer/ui/window_actions.py" line="156" />
        <source>Indent the JSON</source>
        <translation>缩进 JSON</translation>
    </message>
    <message>
        <location filename="../../designer/ui/window_actions.py" line="158" />
        <source>&amp;Minify</source>
        <translation>压缩(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../designer/ui/window_actions.py" line="160" />
        <source>Copy Card &amp;JSON</source>
        <translation>复制卡片 &amp;JSON</translation>
    </message>
    <message>
        <location filename="../../designer/ui/window_actions.py" line="165" />
        <source>Copy the card JSON to the clipboard</source>
        <translation>把卡片 JSON 复制到剪贴板</translation>
    </message>
    <message>
        <location filename="../../designer/ui/window_actions.py" line="168" />
        <source>Copy Request &amp;Body</source>
        <translation>复制请求体(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../designer/ui/window_actions.py" line="173" />
        <source>Copy an ephemeral send request body with this card</source>
        <translation>复制包含此卡片的临时消息发送请求体</translation>
    </message>
    <message>
        <location filename="../../designer/ui/window_actions.py" line="175" />
        <source>&amp;System</source>
        <translation>跟随系统(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../designer/ui/window_actions.py" line="176" />
        <source>&amp;Light</source>
        <translation>浅色(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../designer/ui/window_actions.py" line="177" />
        <source>&amp;Dark</source>
        <translation>深色(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../designer/ui/window_actions.py" line="182" />
        <source>&amp;Keyboard Shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../designer/ui/window_actions.py" line="183" />
        <source>&amp;About Card Designer</source>
        <translation>关于 Card Designer(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../designer/ui/window_actions.py" line="193" />
        <source>Cu&amp;t</source>
        <translation>剪切(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../designer/ui/window_actions.py" line="194" />
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../designer/ui/window_actions.py" line="195" />
        <source>&amp;Paste</source>
        <translation>粘贴(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../designer/ui/window_actions.py" line="197" />
        <source>Select &amp;All</source>
        <translation>全选(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../designer/ui/window_actions.py" line="211" />
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../designer/ui/window_actions.py" line="213" />
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../designer/ui/window_actions.py" line="223" />
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../designer/ui/window_actions.py" line="231" />
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../designer/ui/window_actions.py" line="232" />
        <source>&amp;Tools</source>
        <translation>工具(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../designer/ui/window_actions.py" line="234" />
        <source>Window &amp;Theme</source>
        <translation>窗口主题(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../designer/ui/window_actions.py" line="240" />
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../designer/ui/window_actions.py" line="283" />
        <source>Go to Line</source>
        <translation>转到行</translation>
    </message>
    <message>
        <location filename="../../designer/ui/window_actions.py" line="284" />
        <source>Line (1–{0}):</source>
        <translation>行号（1–{0}）：</translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s：错误：%(message)s
</translation>
    </message>
    <message>
        <source>%r is not callable</source>
        <translation>%r 不可调用</translation>
    </message>
    <message>
        <source>'required' is an invalid argument for positionals</source>
        <translation>'required' 不能用于位置参数</translation>
    </message>
    <message>
        <source>.__call__() not defined</source>
        <translation>未定义 .__call__()</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>选项不明确：%(option)s 可匹配 %(matches)s</translation>
    </message>
    <message>
        <source>argument "-" with mode %r</source>
        <translation>参数 "-" 的模式为 %r</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>参数 %(argument_name)s：%(message)s</translation>
    </message>
    <message>
        <source>can't open '%(filename)s': %(error)s</source>
        <translation>无法打开 '%(filename)s'：%(error)s</translation>
    </message>
    <message>
        <source>cannot have multiple subparser arguments</source>
        <translation>不能有多个子命令参数</translation>
    </message>
    <message>
        <source>cannot merge actions - two groups are named %r</source>
        <translation>无法合并：两个组都名为 %r</translation>
    </message>
    <message>
        <source>conflicting option string: %s</source>
        <translation>选项冲突：%s</translation>
    </message>
    <message>
        <source>conflicting subparser alias: %s</source>
        <translation>子命令别名冲突：%s</translation>
    </message>
    <message>
        <source>conflicting subparser: %s</source>
        <translation>子命令冲突：%s</translation>
    </message>
    <message>
        <source>dest= is required for options like %r</source>
        <translation>%r 这样的选项需要 dest=</translation>
    </message>
    <message>
        <source>expected %s argument</source>
        <translation>需要 %s 个值</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation>至少需要一个值</translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation>最多只能有一个值</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>需要一个值</translation>
    </message>
    <message>
        <source>ignored explicit argument %r</source>
        <translation>忽略了显式给出的值 %r</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>无效的 %(type)s 值：%(value)r</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>无效的选项值：%(value)r（可选：%(choices)s）</translation>
    </message>
    <message>
        <source>invalid conflict_resolution value: %r</source>
        <translation>无效的 conflict_resolution 值：%r</translation>
    </message>
    <message>
        <source>invalid option string %(option)r: must start with a character %(prefix_chars)r</source>
        <translation>无效的选项 %(option)r：必须以字符 %(prefix_chars)r 开头</translation>
    </message>
    <message>
        <source>mutually exclusive arguments must be optional</source>
        <translation>互斥的参数必须是可选参数</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>不能与参数 %s 同时使用</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>需要参数 %s 之一</translation>
    </message>
    <message>
        <source>options</source>
        <translation>选项</translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>位置参数</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>显示此帮助信息后退出</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>缺少必需的参数：%s</translation>
    </message>
    <message>
        <source>unexpected option string: %s</source>
        <translation>意外的选项：%s</translation>
    </message>
    <message>
        <source>unknown parser %(parser_name)r (choices: %(choices)s)</source>
        <translation>未知的子命令 %(parser_name)r（可选：%(choices)s）</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>无法识别的参数：%s</translation>
    </message>
    <message>
        <source>usage: </source>
        <translation>用法：</translation>
    </message>
</context>
</TS>