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
        <location filename="../../designer/ui/send/accounts_dialog.py" line="70" />
        <source>Accounts</source>
        <translation>账号</translation>
    </message>
    <message>
        <location filename="../../designer/ui/send/accounts_dialog.py" line="90" />
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <location filename="../../designer/ui/send/accounts_dialog.py" line="93" />
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../../designer/ui/send/accounts_dialog.py" line="108" />
        <source>e.g. work</source>
        <translation>例如：工作</translation>
    </message>
    <message>
        <location filename="../../designer/ui/send/accounts_dialog.py" line="112" />
        <source>Custom base URL</source>
        <translation>自定义服务地址</translation>
    </message>
    <message>
        <location filename="../../designer/ui/send/accounts_dialog.py" line="124" />
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../designer/ui/send/accounts_dialog.py" line="125" />
        <source>Platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <location filename="../../designer/ui/send/accounts_dialog.py" line="126" />
        <source>Base URL</source>
        <translation>服务地址</translation>
    </message>
    <message>
        <location filename="../../designer/ui/send/accounts_dialog.py" line="127" />
        <source>App ID</source>
        <translation>App ID</translation>
    </message>
    <message>
        <location filename="../../designer/ui/send/accounts_dialog.py" line="128" />
        <source>App secret</source>
        <translation>App Secret</translation>
    </message>
    <message>
        <location filename="../../designer/ui/send/accounts_dialog.py" line="150" />
        <location filename="../../designer/ui/send/accounts_dialog.py" line="449" />
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../designer/ui/send/accounts_dialog.py" line="154" />
        <source>Test connection</source>
        <translation>测试连接</translation>
    </message>
    <message>
        <location filename="../../designer/ui/send/accounts_dialog.py" line="157" />
        <source>Use this profile</source>
        <translation>使用此配置</translation>
    </message>
    <message>
        <location filename="../../designer/ui/send/accounts_dialog.py" line="209" />
        <source>{name} (active)</source>
        <translation>{name}（当前）</translation>
    </message>
    <message>
        <location filename="../../designer/ui/send/accounts_dialog.py" line="260" />
        <source>checking the keyring…</source>
        <translation>正在检查系统钥匙串…</translation>
    </message>
    <message>
        <location filename="../../designer/ui/send/accounts_dialog.py" line="262" />
        <source>{mask} stored in the keyring; type to replace</source>
        <translation>{mask} 已存于系统钥匙串；输入新值可替换</translation>
    </message>
    <message>
        <location filename="../../designer/ui/send/accounts_dialog.py" line="264" />
        <source>the app secret (kept in the system keyring)</source>
        <translation>应用的 App Secret（保存在系统钥匙串中）</translation>
    </message>
    <message>
        <location filename="../../designer/ui/send/accounts_dialog.py" line="287" />
        <source>The keyring could not be checked</source>
        <translation>无法检查系统钥匙串</translation>
    </message>
    <message>
        <location filename="../../designer/ui/send/accounts_dialog.py" line="298" />
        <source>&lt;b&gt;No safe place for app secrets.&lt;/b&gt; Card Designer keeps app secrets only in the system keyring and never in a file, so profiles cannot be saved until a keyring works.&lt;br&gt;{problem}</source>
        <translation>&lt;b&gt;没有可安全保存 App Secret 的地方。&lt;/b&gt;Card Designer 只把 App Secret 保存在系统钥匙串中，从不写入文件；系统钥匙串可用之前无法保存配置。&lt;br&gt;{problem}</translation>
    </message>
    <message>
        <location filename="../../designer/ui/send/accounts_dialog.py" line="328" />
        <source>Not saved: {problem}</source>
        <translation>未保存：{problem}</translation>
    </message>
    <message>
        <location filename="../../designer/ui/send/accounts_dialog.py" line="335" />
        <source>Not saved: a profile named “{name}” exists already</source>
        <translation>未保存：已有名为“{name}”的配置</translation>
    </message>
    <message>
        <location filename="../../designer/ui/send/accounts_dialog.py" line="342" />
        <source>Not saved: enter the app secret of {app_id}</source>
        <translation>未保存：请输入 {app_id} 的 App Secret</translation>
    </message>
    <message>
        <location filename="../../designer/ui/send/accounts_dialog.py" line="353" />
        <source>Saving {name}: storing its app secret in the keyring…</source>
        <translation>正在保存 {name}：把其 App Secret 存入系统钥匙串…</translation>
    </message>
    <message>
        <location filename="../../designer/ui/send/accounts_dialog.py" line="355" />
        <source>Saving {name}: moving its app secret in the keyring…</source>
        <translation>正在保存 {name}：在系统钥匙串中移动其 App Secret…</translation>
    </message>
    <message>
        <location filename="../../designer/ui/send/accounts_dialog.py" line="357" />
        <source>Saving {name}…</source>
        <translation>正在保存 {name}…</translation>
    </message>
    <message>
        <location filename="../../designer/ui/send/accounts_dialog.py" line="358" />
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <location filename="../../designer/ui/send/accounts_dialog.py" line="362" />
        <source>If the keyring asks for its password, unlock it to go on.</source>
        <translation>如果系统钥匙串要求输入密码，请解锁后继续。</translation>
    </message>
    <message>
        <location filename="../../designer/ui/send/accounts_dialog.py" line="369" />
        <source>Saved {name}; its secret is in the keyring.</source>
        <translation>已保存 {name}，其 App Secret 已存入系统钥匙串。</translation>
    </message>
    <message>
        <location filename="../../designer/ui/send/accounts_dialog.py" line="376" />
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <location filename="../../designer/ui/send/accounts_dialog.py" line="386" />
        <source>Remove profile</source>
        <translation>移除配置</translation>
    </message>
    <message>
        <location filename="../../designer/ui/send/accounts_dialog.py" line="387" />
        <source>Remove the profile {name} and its app secret from the keyring?</source>
        <translation>移除配置 {name}，并从系统钥匙串中删除其 App Secret？</translation>
    </message>
    <message>
        <location filename="../../designer/ui/send/accounts_dialog.py" line="392" />
        <source>Removing {name} and its app secret from the keyring…</source>
        <translation>正在移除 {name}，并从系统钥匙串中删除其 App Secret…</translation>
    </message>
    <message>
        <source>Not removed: {problem}</source>
        <translation type="vanished">未移除：{problem}</translation>
    </message>
    <message>
        <location filename="../../designer/ui/send/accounts_dialog.py" line="403" />
        <source>Removed {name}.</source>
        <translation>已移除 {name}。</translation>
    </message>
    <message>
        <location filename="../../designer/ui/send/accounts_dialog.py" line="410" />
        <source>Not removed</source>
        <translation>未移除</translation>
    </message>
    <message>
        <location filename="../../designer/ui/send/accounts_dialog.py" line="471" />
        <source>The dialog closes once the keyring has answered.</source>
        <translation>系统钥匙串答复后，对话框会关闭。</translation>
    </message>
    <message>
        <location filename="../../designer/ui/send/accounts_dialog.py" line="499" />
        <source>Cannot test: {problem}</source>
        <translation>无法测试：{problem}</translation>
    </message>
    <message>
        <location filename="../../designer/ui/send/accounts_dialog.py" line="516" />
        <source>Connecting to {url}…</source>
        <translation>正在连接 {url}…</translation>
    </message>
    <message>
        <location filename="../../designer/ui/send/accounts_dialog.py" line="521" />
        <source>Connection works: {url} accepted the app id and secret.</source>
        <translation>连接成功：{url} 接受了该 App ID 和 App Secret。</translation>
    </message>
    <message>
        <location filename="../../designer/ui/send/accounts_dialog.py" line="527" />
        <source>Connection failed</source>
        <translation>连接失败</translation>
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
        <location filename="../../designer/ui/callbacks_pane.py" line="215" />
        <source>No profile is active.</source>
        <translation>没有启用的配置。</translation>
    </message>
    <message>
        <location filename="../../designer/ui/callbacks_pane.py" line="216" />
        <source>Add the app's profile in Tools ▸ Accounts…, then listen again.</source>
        <translation>请在“工具 ▸ 账号…”中添加应用的配置，然后重新监听。</translation>
    </message>
    <message>
        <location filename="../../designer/ui/callbacks_pane.py" line="268" />
        <source>Enter the app secret in Tools ▸ Accounts…, then listen again.</source>
        <translation>请在“工具 ▸ 账号…”中填写 App Secret，然后重新监听。</translation>
    </message>
</context>
<context>
    <name>CallbacksFeature</name>
    <message>
        <location filename="../../designer/ui/callbacks_pane.py" line="656" />
        <source>Callbacks</source>
        <translation>回调</translation>
    </message>
    <message>
        <location filename="../../designer/ui/callbacks_pane.py" line="664" />
        <source>&amp;Callbacks</source>
        <translation>回调(&amp;C)</translation>
    </message>
</context>
<context>
    <name>CallbacksPane</name>
    <message>
        <location filename="../../designer/ui/callbacks_pane.py" line="301" />
        <source>Callbacks: connecting…</source>
        <translation>回调：正在连接…</translation>
    </message>
    <message>
        <location filename="../../designer/ui/callbacks_pane.py" line="302" />
        <source>Callbacks: connected</source>
        <translation>回调：已连接</translation>
    </message>
    <message>
        <location filename="../../designer/ui/callbacks_pane.py" line="303" />
        <source>Callbacks: reconnecting…</source>
        <translation>回调：正在重连…</translation>
    </message>
    <message>
        <location filename="../../designer/ui/callbacks_pane.py" line="304" />
        <source>Callbacks: refused</source>
        <translation>回调：被拒绝</translation>
    </message>
    <message>
        <location filename="../../designer/ui/callbacks_pane.py" line="305" />
        <source>Callbacks: stopped</source>
        <translation>回调：已停止</translation>
    </message>
    <message>
        <location filename="../../designer/ui/callbacks_pane.py" line="342" />
        <source>&amp;Listen for Callbacks</source>
        <translation>监听回调(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../designer/ui/callbacks_pane.py" line="348" />
        <source>Receive card callbacks of the active profile's app over the long connection</source>
        <translation>通过长连接接收当前配置所属应用的卡片回调</translation>
    </message>
    <message>
        <location filename="../../designer/ui/callbacks_pane.py" line="366" />
        <source>Nothing (the card stays)</source>
        <translation>不响应（卡片保持不变）</translation>
    </message>
    <message>
        <location filename="../../designer/ui/callbacks_pane.py" line="367" />
        <source>A toast</source>
        <translation>弹出提示</translation>
    </message>
    <message>
        <location filename="../../designer/ui/callbacks_pane.py" line="368" />
        <source>A replacement card</source>
        <translation>替换卡片</translation>
    </message>
    <message>
        <location filename="../../designer/ui/callbacks_pane.py" line="372" />
        <source>info</source>
        <translation>信息</translation>
    </message>
    <message>
        <location filename="../../designer/ui/callbacks_pane.py" line="373" />
        <source>success</source>
        <translation>成功</translation>
    </message>
    <message>
        <location filename="../../designer/ui/callbacks_pane.py" line="374" />
        <source>error</source>
        <translation>错误</translation>
    </message>
    <message>
        <location filename="../../designer/ui/callbacks_pane.py" line="375" />
        <source>warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <location filename="../../designer/ui/callbacks_pane.py" line="381" />
        <source>Toast text</source>
        <translation>提示文字</translation>
    </message>
    <message>
        <location filename="../../designer/ui/callbacks_pane.py" line="384" />
        <source>Optional: zh_cn: 已提交; en_us: Submitted</source>
        <translation>可选：zh_cn: 已提交; en_us: Submitted</translation>
    </message>
    <message>
        <location filename="../../designer/ui/callbacks_pane.py" line="388" />
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../designer/ui/callbacks_pane.py" line="389" />
        <source>List the open documents again</source>
        <translation>重新列出已打开的文档</translation>
    </message>
    <message>
        <location filename="../../designer/ui/callbacks_pane.py" line="397" />
        <source>Answer with:</source>
        <translation>响应方式：</translation>
    </message>
    <message>
        <location filename="../../designer/ui/callbacks_pane.py" line="416" />
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../designer/ui/callbacks_pane.py" line="416" />
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <location filename="../../designer/ui/callbacks_pane.py" line="416" />
        <source>Card</source>
        <translation>卡片</translation>
    </message>
    <message>
        <location filename="../../designer/ui/callbacks_pane.py" line="416" />
        <source>Element</source>
        <translation>组件</translation>
    </message>
    <message>
        <location filename="../../designer/ui/callbacks_pane.py" line="416" />
        <source>Answer</source>
        <translation>响应</translation>
    </message>
    <message>
        <location filename="../../designer/ui/callbacks_pane.py" line="430" />
        <source>Select a callback to see what Feishu delivered.</source>
        <translation>选择一条回调，查看飞书推送的内容。</translation>
    </message>
    <message>
        <location filename="../../designer/ui/callbacks_pane.py" line="431" />
        <source>Copy Payload</source>
        <translation>复制回调内容</translation>
    </message>
    <message>
        <location filename="../../designer/ui/callbacks_pane.py" line="437" />
        <source>Show in History</source>
        <translation>在发送记录中显示</translation>
    </message>
    <message>
        <location filename="../../designer/ui/callbacks_pane.py" line="501" />
        <source>Toast translations: {problem}</source>
        <translation>提示的多语言文字：{problem}</translation>
    </message>
    <message>
        <location filename="../../designer/ui/callbacks_pane.py" line="504" />
        <source>Type the toast's text: no toast is sent without one.</source>
        <translation>请输入提示文字：没有文字不会发送提示。</translation>
    </message>
    <message>
        <location filename="../../designer/ui/callbacks_pane.py" line="513" />
        <source>Open the card to answer with (a document), then Refresh.</source>
        <translation>请先打开用于响应的卡片文档，然后点“刷新”。</translation>
    </message>
    <message>
        <location filename="../../designer/ui/callbacks_pane.py" line="596" />
        <source>nothing</source>
        <translation>不响应</translation>
    </message>
    <message>
        <location filename="../../designer/ui/callbacks_pane.py" line="597" />
        <source>toast</source>
        <translation>提示</translation>
    </message>
    <message>
        <location filename="../../designer/ui/callbacks_pane.py" line="598" />
        <source>card {title}</source>
        <translation>卡片 {title}</translation>
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
    <name>CardSession</name>
    <message>
        <location filename="../../designer/ui/card_session.py" line="80" />
        <source>Untitled</source>
        <translation>未命名</translation>
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
    <name>CrashRecovery</name>
    <message>
        <location filename="../../designer/ui/crash_recovery.py" line="63" />
        <source>Autosave failed: {0}</source>
        <translation>自动保存失败：{0}</translation>
    </message>
    <message>
        <location filename="../../designer/ui/crash_recovery.py" line="113" />
        <source>Restore unsaved cards?</source>
        <translation>恢复未保存的卡片？</translation>
    </message>
    <message>
        <location filename="../../designer/ui/crash_recovery.py" line="115" />
        <source>Card Designer did not close properly last time. Restore the unsaved work?

{0}</source>
        <translation>Card Designer 上次没有正常关闭。要恢复未保存的内容吗？

{0}</translation>
    </message>
    <message>
        <location filename="../../designer/ui/crash_recovery.py" line="138" />
        <source>Recovered card</source>
        <translation>恢复的卡片</translation>
    </message>
    <message>
        <location filename="../../designer/ui/crash_recovery.py" line="144" />
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
        <location filename="../../designer/ui/palette.py" line="188" />
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
        <location filename="../../designer/ui/send/history_view.py" line="88" />
        <source>Reopen card</source>
        <translation>重新打开卡片</translation>
    </message>
    <message>
        <location filename="../../designer/ui/send/history_view.py" line="91" />
        <source>Copy message id</source>
        <translation>复制消息 ID</translation>
    </message>
    <message>
        <location filename="../../designer/ui/send/history_view.py" line="94" />
        <source>Delete for recipient</source>
        <translation>为接收人删除</translation>
    </message>
    <message>
        <location filename="../../designer/ui/send/history_view.py" line="96" />
        <source>Remove this ephemeral card from the recipient's chat</source>
        <translation>从接收人的会话中删除这张仅特定人可见的卡片</translation>
    </message>
    <message>
        <location filename="../../designer/ui/send/history_view.py" line="113" />
        <source>Loading the history…</source>
        <translation>正在加载发送记录…</translation>
    </message>
    <message>
        <location filename="../../designer/ui/send/history_view.py" line="165" />
        <source>The history could not be read</source>
        <translation>无法读取发送记录</translation>
    </message>
    <message>
        <location filename="../../designer/ui/send/history_view.py" line="208" />
        <source>Sent to {who}</source>
        <translation>已发送给 {who}</translation>
    </message>
    <message>
        <location filename="../../designer/ui/send/history_view.py" line="218" />
        <source>Copied {id}.</source>
        <translation>已复制 {id}。</translation>
    </message>
    <message>
        <location filename="../../designer/ui/send/history_view.py" line="228" />
        <source>Cannot delete: the profile {name} that sent it no longer exists.</source>
        <translation>无法删除：发送它的配置 {name} 已不存在。</translation>
    </message>
    <message>
        <location filename="../../designer/ui/send/history_view.py" line="244" />
        <source>Deleted {id}: it had been deleted already.</source>
        <translation>已删除 {id}：此前已被删除。</translation>
    </message>
    <message>
        <location filename="../../designer/ui/send/history_view.py" line="246" />
        <source>Deleted {id}: the recipient no longer sees the card.</source>
        <translation>已删除 {id}：接收人不再看到这张卡片。</translation>
    </message>
    <message>
        <location filename="../../designer/ui/send/history_view.py" line="250" />
        <source>(not recorded in history: {reason})</source>
        <translation>（未记入发送记录：{reason}）</translation>
    </message>
    <message>
        <location filename="../../designer/ui/send/history_view.py" line="257" />
        <source>Not deleted</source>
        <translation>未删除</translation>
    </message>
    <message>
        <location filename="../../designer/ui/send/history_view.py" line="265" />
        <source>Deleting {id}…</source>
        <translation>正在删除 {id}…</translation>
    </message>
</context>
<context>
    <name>InboxView</name>
    <message>
        <location filename="../../designer/ui/send/inbox_view.py" line="145" />
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../designer/ui/send/inbox_view.py" line="171" />
        <source>&lt;b&gt;Sandbox inbox&lt;/b&gt; (what each member sees)</source>
        <translation>&lt;b&gt;沙箱收件箱&lt;/b&gt;（每位成员看到的内容）</translation>
    </message>
    <message>
        <location filename="../../designer/ui/send/inbox_view.py" line="191" />
        <source>Send a card: it appears here as its recipient sees it.</source>
        <translation>发送一张卡片：它会按接收人看到的样子显示在这里。</translation>
    </message>
    <message>
        <location filename="../../designer/ui/send/inbox_view.py" line="225" />
        <source>&lt;b&gt;{name}&lt;/b&gt; no longer sees this card: it was deleted ({id}).</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; 已看不到这张卡片：它已被删除（{id}）。</translation>
    </message>
    <message>
        <location filename="../../designer/ui/send/inbox_view.py" line="227" />
        <source>&lt;b&gt;{name}&lt;/b&gt; sees this card in the chat, sent {when} ({id}).</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; 在群聊中看到这张卡片，发送于 {when}（{id}）。</translation>
    </message>
    <message>
        <location filename="../../designer/ui/send/inbox_view.py" line="277" />
        <source>The action failed: {why}</source>
        <translation>操作失败：{why}</translation>
    </message>
</context>
<context>
    <name>JsonEditor</name>
    <message>
        <location filename="../../designer/ui/json_editor.py" line="466" />
        <source> (did you mean “{0}”?)</source>
        <translation>（是否想输入“{0}”？）</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../designer/ui/main_window.py" line="143" />
        <source>Components</source>
        <translation>组件</translation>
    </message>
    <message>
        <location filename="../../designer/ui/main_window.py" line="144" />
        <source>Outline</source>
        <translation>大纲</translation>
    </message>
    <message>
        <location filename="../../designer/ui/main_window.py" line="145" />
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <location filename="../../designer/ui/main_window.py" line="146" />
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Indent the JSON (Ctrl+Shift+F)</source>
        <translation type="vanished">缩进 JSON（Ctrl+Shift+F）</translation>
    </message>
    <message>
        <location filename="../../designer/ui/main_window.py" line="308" />
        <source>template card</source>
        <translation>模板卡片</translation>
    </message>
    <message>
        <location filename="../../designer/ui/main_window.py" line="311" />
        <source>no card</source>
        <translation>不是卡片</translation>
    </message>
    <message numerus="yes">
        <location filename="../../designer/ui/main_window.py" line="318" />
        <source>✕ %n error(s)</source>
        <translation>
            <numerusform>✕ %n 个错误</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../designer/ui/main_window.py" line="320" />
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n 个警告</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../designer/ui/main_window.py" line="323" />
        <source>⚠ %n warning(s)</source>
        <translation>
            <numerusform>⚠ %n 个警告</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../designer/ui/main_window.py" line="326" />
        <source>✓ Valid</source>
        <translation>✓ 有效</translation>
    </message>
    <message>
        <location filename="../../designer/ui/main_window.py" line="345" />
        <source>Ln {0}, Col {1}</source>
        <translation>行 {0}，列 {1}</translation>
    </message>
    <message>
        <location filename="../../designer/ui/main_window.py" line="378" />
        <source>Cannot insert “{0}” here: {1}.</source>
        <translation>不能在此处插入“{0}”：{1}。</translation>
    </message>
    <message>
        <location filename="../../designer/ui/main_window.py" line="383" />
        <source>Cannot insert “{0}”: {1}.</source>
        <translation>无法插入“{0}”：{1}。</translation>
    </message>
    <message>
        <location filename="../../designer/ui/main_window.py" line="387" />
        <source>Inserted “{0}”</source>
        <translation>已插入“{0}”</translation>
    </message>
    <message>
        <location filename="../../designer/ui/main_window.py" line="424" />
        <source>“{0}” cannot move further that way.</source>
        <translation>“{0}”不能再往这个方向移动。</translation>
    </message>
    <message>
        <location filename="../../designer/ui/main_window.py" line="435" />
        <source>Cannot delete: {0}.</source>
        <translation>无法删除：{0}。</translation>
    </message>
    <message>
        <location filename="../../designer/ui/main_window.py" line="441" />
        <source>format</source>
        <translation>格式化</translation>
    </message>
    <message>
        <location filename="../../designer/ui/main_window.py" line="444" />
        <source>minify</source>
        <translation>压缩</translation>
    </message>
    <message>
        <location filename="../../designer/ui/main_window.py" line="450" />
        <source>Cannot {0}: {1}</source>
        <translation>无法{0}：{1}</translation>
    </message>
    <message>
        <location filename="../../designer/ui/main_window.py" line="460" />
        <location filename="../../designer/ui/main_window.py" line="469" />
        <source>Nothing to copy: the text is not a card yet.</source>
        <translation>没有可复制的内容：文本还不是卡片。</translation>
    </message>
    <message>
        <location filename="../../designer/ui/main_window.py" line="463" />
        <source>Card JSON copied</source>
        <translation>已复制卡片 JSON</translation>
    </message>
    <message>
        <location filename="../../designer/ui/main_window.py" line="473" />
        <source>Request body copied (fill in chat_id and open_id)</source>
        <translation>已复制请求体（请填写 chat_id 和 open_id）</translation>
    </message>
    <message>
        <location filename="../../designer/ui/main_window.py" line="484" />
        <source>Open Link</source>
        <translation>打开链接</translation>
    </message>
    <message>
        <location filename="../../designer/ui/main_window.py" line="485" />
        <source>The card links to:
{0}

Open it in your browser?</source>
        <translation>卡片链接到：
{0}

要在浏览器中打开吗？</translation>
    </message>
    <message>
        <location filename="../../designer/ui/main_window.py" line="540" />
        <source>Settings not saved: {0}</source>
        <translation>设置未保存：{0}</translation>
    </message>
</context>
<context>
    <name>MemberList</name>
    <message>
        <location filename="../../designer/ui/send/member_list.py" line="44" />
        <source>Search members by name or id</source>
        <translation>按姓名或 ID 搜索成员</translation>
    </message>
    <message>
        <location filename="../../designer/ui/send/member_list.py" line="49" />
        <source>All</source>
        <translation>全选</translation>
    </message>
    <message>
        <location filename="../../designer/ui/send/member_list.py" line="50" />
        <source>Tick every member shown (for a bulk send)</source>
        <translation>勾选列出的所有成员（用于批量发送）</translation>
    </message>
    <message>
        <location filename="../../designer/ui/send/member_list.py" line="53" />
        <source>None</source>
        <translation>全不选</translation>
    </message>
    <message>
        <location filename="../../designer/ui/send/member_list.py" line="54" />
        <source>Untick every member</source>
        <translation>取消勾选所有成员</translation>
    </message>
    <message>
        <location filename="../../designer/ui/send/member_list.py" line="87" />
        <source>&lt;b&gt;Members&lt;/b&gt;: choose a chat first</source>
        <translation>&lt;b&gt;成员&lt;/b&gt;：请先选择群聊</translation>
    </message>
    <message>
        <location filename="../../designer/ui/send/member_list.py" line="96" />
        <source>&lt;b&gt;Members&lt;/b&gt; of {chat}</source>
        <translation>{chat} 的&lt;b&gt;成员&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../designer/ui/send/member_list.py" line="107" />
        <source>Loading members…</source>
        <translation>正在加载成员…</translation>
    </message>
    <message>
        <location filename="../../designer/ui/send/member_list.py" line="118" />
        <source>Loading members… {count} of {total}</source>
        <translation>正在加载成员… {count} / {total}</translation>
    </message>
    <message>
        <location filename="../../designer/ui/send/member_list.py" line="126" />
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
        <location filename="../../designer/ui/palette.py" line="52" />
        <source>Component</source>
        <translation>组件</translation>
    </message>
    <message>
        <location filename="../../designer/ui/palette.py" line="52" />
        <source>Schema</source>
        <translation>结构版本</translation>
    </message>
    <message>
        <location filename="../../designer/ui/palette.py" line="54" />
        <source>Text</source>
        <translation>文本</translation>
    </message>
    <message>
        <location filename="../../designer/ui/palette.py" line="55" />
        <source>Layout</source>
        <translation>布局</translation>
    </message>
    <message>
        <location filename="../../designer/ui/palette.py" line="56" />
        <source>Interaction</source>
        <translation>交互</translation>
    </message>
    <message>
        <location filename="../../designer/ui/palette.py" line="57" />
        <source>Media</source>
        <translation>媒体</translation>
    </message>
    <message>
        <location filename="../../designer/ui/palette.py" line="58" />
        <source>Form</source>
        <translation>表单</translation>
    </message>
    <message>
        <location filename="../../designer/ui/palette.py" line="79" />
        <source>Needs Feishu {0} or later</source>
        <translation>需要飞书 {0} 或更高版本</translation>
    </message>
    <message>
        <location filename="../../designer/ui/palette.py" line="94" />
        <source>{0} only</source>
        <translation>仅 {0}</translation>
    </message>
</context>
<context>
    <name>PreviewPane</name>
    <message>
        <location filename="../../designer/ui/preview_pane.py" line="65" />
        <source>Card theme</source>
        <translation>卡片主题</translation>
    </message>
    <message>
        <location filename="../../designer/ui/preview_pane.py" line="66" />
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <location filename="../../designer/ui/preview_pane.py" line="67" />
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <location filename="../../designer/ui/preview_pane.py" line="68" />
        <location filename="../../designer/ui/preview_pane.py" line="70" />
        <source>Card width</source>
        <translation>卡片宽度</translation>
    </message>
    <message>
        <location filename="../../designer/ui/preview_pane.py" line="71" />
        <source>Compact · 400</source>
        <translation>紧凑 · 400</translation>
    </message>
    <message>
        <location filename="../../designer/ui/preview_pane.py" line="72" />
        <source>Default · 600</source>
        <translation>默认 · 600</translation>
    </message>
    <message>
        <location filename="../../designer/ui/preview_pane.py" line="73" />
        <source>Fill</source>
        <translation>撑满</translation>
    </message>
    <message>
        <location filename="../../designer/ui/preview_pane.py" line="74" />
        <source>Mobile</source>
        <translation>移动端</translation>
    </message>
    <message>
        <location filename="../../designer/ui/preview_pane.py" line="78" />
        <source>Language shown (i18n cards)</source>
        <translation>显示的语言（多语言卡片）</translation>
    </message>
    <message>
        <location filename="../../designer/ui/preview_pane.py" line="79" />
        <source>Badge</source>
        <translation>标识</translation>
    </message>
    <message>
        <location filename="../../designer/ui/preview_pane.py" line="81" />
        <source>Show the “Only visible to you” badge of an ephemeral card</source>
        <translation>显示临时卡片的“仅对你可见”标识</translation>
    </message>
    <message>
        <location filename="../../designer/ui/preview_pane.py" line="83" />
        <source>Zoom</source>
        <translation>缩放</translation>
    </message>
    <message>
        <location filename="../../designer/ui/preview_pane.py" line="154" />
        <source>Card language</source>
        <translation>卡片语言</translation>
    </message>
    <message>
        <location filename="../../designer/ui/preview_pane.py" line="185" />
        <source>line {0}, column {1}: </source>
        <translation>第 {0} 行第 {1} 列：</translation>
    </message>
    <message>
        <location filename="../../designer/ui/preview_pane.py" line="186" />
        <source>the text is not a card</source>
        <translation>文本不是卡片</translation>
    </message>
    <message>
        <location filename="../../designer/ui/preview_pane.py" line="188" />
        <source>Not a card yet — {0}{1}. Showing the last good preview.</source>
        <translation>还不是卡片 — {0}{1}。显示的是上一次正确的预览。</translation>
    </message>
</context>
<context>
    <name>ProblemsModel</name>
    <message>
        <location filename="../../designer/ui/problems.py" line="75" />
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../designer/ui/problems.py" line="75" />
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../../designer/ui/problems.py" line="75" />
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <location filename="../../designer/ui/problems.py" line="75" />
        <source>Where</source>
        <translation>位置</translation>
    </message>
    <message>
        <location filename="../../designer/ui/problems.py" line="85" />
        <source>{0} (did you mean “{1}”?)</source>
        <translation>{0}（是否想输入“{1}”？）</translation>
    </message>
</context>
<context>
    <name>ProblemsView</name>
    <message>
        <location filename="../../designer/ui/problems.py" line="136" />
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
        <location filename="../../designer/ui/send/recipient_picker.py" line="196" />
        <source>{ticked} of {total} ticked; {count} members in {chats} chats get the card</source>
        <translation>已勾选 {ticked} / {total}；{chats} 个群聊中的 {count} 位成员会收到卡片</translation>
    </message>
    <message>
        <location filename="../../designer/ui/send/recipient_picker.py" line="203" />
        <source>{ticked} of {total} ticked</source>
        <translation>已勾选 {ticked} / {total}</translation>
    </message>
    <message>
        <location filename="../../designer/ui/send/recipient_picker.py" line="205" />
        <source>{total} members</source>
        <translation>{total} 位成员</translation>
    </message>
</context>
<context>
    <name>SandboxMode</name>
    <message>
        <location filename="../../designer/ui/send/sandbox_mode.py" line="73" />
        <source>The sandbox could not start: {problem}</source>
        <translation>沙箱无法启动：{problem}</translation>
    </message>
</context>
<context>
    <name>SendFeatures</name>
    <message>
        <location filename="../../designer/ui/send/features.py" line="96" />
        <source>Send</source>
        <translation>发送</translation>
    </message>
    <message>
        <location filename="../../designer/ui/send/features.py" line="99" />
        <source>Send history</source>
        <translation>发送记录</translation>
    </message>
    <message>
        <location filename="../../designer/ui/send/features.py" line="113" />
        <source>Accounts…</source>
        <translation>账号…</translation>
    </message>
    <message>
        <location filename="../../designer/ui/send/features.py" line="165" />
        <source>Sandbox inbox</source>
        <translation>沙箱收件箱</translation>
    </message>
    <message>
        <location filename="../../designer/ui/send/features.py" line="171" />
        <source>Sandbox running at {url}</source>
        <translation>沙箱运行于 {url}</translation>
    </message>
</context>
<context>
    <name>SendModels</name>
    <message>
        <location filename="../../designer/ui/send/models.py" line="233" />
        <location filename="../../designer/ui/send/models.py" line="338" />
        <source>Recipient</source>
        <translation>接收人</translation>
    </message>
    <message>
        <location filename="../../designer/ui/send/models.py" line="234" />
        <location filename="../../designer/ui/send/models.py" line="340" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../designer/ui/send/models.py" line="235" />
        <source>Message id / problem</source>
        <translation>消息 ID / 问题</translation>
    </message>
    <message>
        <location filename="../../designer/ui/send/models.py" line="305" />
        <source>waiting</source>
        <translation>等待中</translation>
    </message>
    <message>
        <location filename="../../designer/ui/send/models.py" line="306" />
        <source>sent</source>
        <translation>已发送</translation>
    </message>
    <message>
        <location filename="../../designer/ui/send/models.py" line="307" />
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location filename="../../designer/ui/send/models.py" line="308" />
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../../designer/ui/send/models.py" line="309" />
        <source>deleted</source>
        <translation>已删除</translation>
    </message>
    <message>
        <location filename="../../designer/ui/send/models.py" line="310" />
        <source>delete failed</source>
        <translation>删除失败</translation>
    </message>
    <message>
        <location filename="../../designer/ui/send/models.py" line="335" />
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../designer/ui/send/models.py" line="336" />
        <source>Profile</source>
        <translation>配置</translation>
    </message>
    <message>
        <location filename="../../designer/ui/send/models.py" line="337" />
        <source>Chat</source>
        <translation>群聊</translation>
    </message>
    <message>
        <location filename="../../designer/ui/send/models.py" line="339" />
        <source>Message id</source>
        <translation>消息 ID</translation>
    </message>
</context>
<context>
    <name>SendPanel</name>
    <message>
        <location filename="../../designer/ui/send/send_panel.py" line="87" />
        <source>Send</source>
        <translation>发送</translation>
    </message>
    <message>
        <location filename="../../designer/ui/send/send_panel.py" line="89" />
        <source>Send the card as an ephemeral card (Ctrl+Enter)</source>
        <translation>以仅特定人可见的卡片发送（Ctrl+Enter）</translation>
    </message>
    <message>
        <location filename="../../designer/ui/send/send_panel.py" line="97" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../designer/ui/send/send_panel.py" line="101" />
        <source>Send card</source>
        <translation>发送卡片</translation>
    </message>
    <message>
        <source>Send the card to the chosen recipients (Ctrl+Enter)</source>
        <translation type="vanished">把卡片发送给选中的接收人（Ctrl+Enter）</translation>
    </message>
    <message>
        <location filename="../../designer/ui/send/send_panel.py" line="105" />
        <source>Send the card to the chosen recipients</source>
        <translation>把卡片发送给所选接收人</translation>
    </message>
    <message>
        <location filename="../../designer/ui/send/send_panel.py" line="123" />
        <source>message id appears here after a send</source>
        <translation>发送后消息 ID 显示在这里</translation>
    </message>
    <message>
        <location filename="../../designer/ui/send/send_panel.py" line="124" />
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <location filename="../../designer/ui/send/send_panel.py" line="149" />
        <source>Message id</source>
        <translation>消息 ID</translation>
    </message>
    <message>
        <location filename="../../designer/ui/send/send_panel.py" line="172" />
        <source>To: &lt;b&gt;{count} members&lt;/b&gt; in {chats} chats</source>
        <translation>发送到：{chats} 个群聊中的 &lt;b&gt;{count} 位成员&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../designer/ui/send/send_panel.py" line="176" />
        <source>Choose a chat and a recipient</source>
        <translation>请选择群聊和接收人</translation>
    </message>
    <message>
        <location filename="../../designer/ui/send/send_panel.py" line="178" />
        <source>To: {chat} — choose a recipient</source>
        <translation>发送到：{chat} — 请选择接收人</translation>
    </message>
    <message>
        <location filename="../../designer/ui/send/send_panel.py" line="180" />
        <source>To: &lt;b&gt;{who}&lt;/b&gt; in {chat}</source>
        <translation>发送到：{chat} 中的 &lt;b&gt;{who}&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../designer/ui/send/send_panel.py" line="184" />
        <source>To: &lt;b&gt;{count} members&lt;/b&gt; of {chat}</source>
        <translation>发送到：{chat} 的 &lt;b&gt;{count} 位成员&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../designer/ui/send/send_panel.py" line="212" />
        <source>No profile: add one in Accounts (the toolbar's profile menu).</source>
        <translation>无配置：请在“账号”中添加（工具栏的配置菜单）。</translation>
    </message>
    <message>
        <location filename="../../designer/ui/send/send_panel.py" line="216" />
        <source>There is no card to send.</source>
        <translation>没有可发送的卡片。</translation>
    </message>
    <message>
        <location filename="../../designer/ui/send/send_panel.py" line="227" />
        <source>No chat chosen: pick a chat the bot is in.</source>
        <translation>未选择群聊：请选择机器人所在的群聊。</translation>
    </message>
    <message>
        <location filename="../../designer/ui/send/send_panel.py" line="232" />
        <source>No recipient: tick members of the chat or type an open_id, user_id or email.</source>
        <translation>没有接收人：请勾选群成员，或输入 open_id、user_id 或邮箱。</translation>
    </message>
    <message>
        <location filename="../../designer/ui/send/send_panel.py" line="260" />
        <source>The card is not JSON: fix it in the editor.</source>
        <translation>卡片不是有效的 JSON：请在编辑器中修正。</translation>
    </message>
    <message>
        <location filename="../../designer/ui/send/send_panel.py" line="268" />
        <source>… and {count} more in the problems list</source>
        <translation>… 另有 {count} 条，见问题列表</translation>
    </message>
    <message>
        <location filename="../../designer/ui/send/send_panel.py" line="270" />
        <source>&lt;b&gt;Not sent: the card has {count} error(s).&lt;/b&gt;</source>
        <translation>&lt;b&gt;未发送：卡片有 {count} 个错误。&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../designer/ui/send/send_panel.py" line="287" />
        <source>Send despite warnings?</source>
        <translation>仍要发送吗？</translation>
    </message>
    <message>
        <location filename="../../designer/ui/send/send_panel.py" line="288" />
        <source>The card has {count} warning(s). Send it anyway?</source>
        <translation>卡片有 {count} 个警告。仍要发送吗？</translation>
    </message>
    <message>
        <location filename="../../designer/ui/send/send_panel.py" line="292" />
        <source>Send anyway</source>
        <translation>仍然发送</translation>
    </message>
    <message>
        <location filename="../../designer/ui/send/send_panel.py" line="304" />
        <source>Not sent: the warnings were not confirmed.</source>
        <translation>未发送：警告未被确认。</translation>
    </message>
    <message>
        <location filename="../../designer/ui/send/send_panel.py" line="328" />
        <source>Sending… %v of %m</source>
        <translation>正在发送… %v / %m</translation>
    </message>
    <message>
        <location filename="../../designer/ui/send/send_panel.py" line="333" />
        <source>Sending to {count} recipient(s) in {chat}…</source>
        <translation>正在发送给 {chat} 中的 {count} 位接收人…</translation>
    </message>
    <message>
        <location filename="../../designer/ui/send/send_panel.py" line="337" />
        <source>Sending to {count} recipient(s) in {chats} chats…</source>
        <translation>正在发送给 {chats} 个群聊中的 {count} 位接收人…</translation>
    </message>
    <message>
        <location filename="../../designer/ui/send/send_panel.py" line="361" />
        <source>Cancelling… (sends already on their way finish first)</source>
        <translation>正在取消…（已发出的请求会先完成）</translation>
    </message>
    <message>
        <location filename="../../designer/ui/send/send_panel.py" line="383" />
        <source>(not recorded in history: {reason})</source>
        <translation>（未记入发送记录：{reason}）</translation>
    </message>
    <message>
        <location filename="../../designer/ui/send/send_panel.py" line="396" />
        <source>&lt;b&gt;Sent.&lt;/b&gt; {who} sees the card in the chat (only while online).</source>
        <translation>&lt;b&gt;已发送。&lt;/b&gt;{who} 会在群聊中看到这张“仅对你可见”的卡片（仅在线时可见）。</translation>
    </message>
    <message>
        <location filename="../../designer/ui/send/send_panel.py" line="399" />
        <location filename="../../designer/ui/send/send_panel.py" line="417" />
        <source>Not sent</source>
        <translation>未发送</translation>
    </message>
    <message>
        <location filename="../../designer/ui/send/send_panel.py" line="400" />
        <source>{sent} sent, {failed} failed, {cancelled} cancelled of {total}.</source>
        <translation>共 {total} 条：{sent} 条已发送，{failed} 条失败，{cancelled} 条已取消。</translation>
    </message>
    <message>
        <location filename="../../designer/ui/send/send_panel.py" line="404" />
        <source>Stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <location filename="../../designer/ui/send/send_panel.py" line="406" />
        <source>&lt;b&gt;Cancelled.&lt;/b&gt; {summary}</source>
        <translation>&lt;b&gt;已取消。&lt;/b&gt;{summary}</translation>
    </message>
    <message>
        <location filename="../../designer/ui/send/send_panel.py" line="409" />
        <source>First failure</source>
        <translation>首个失败</translation>
    </message>
    <message>
        <location filename="../../designer/ui/send/send_panel.py" line="426" />
        <source>Not sent to {who}</source>
        <translation>未发送给 {who}</translation>
    </message>
    <message>
        <location filename="../../designer/ui/send/send_panel.py" line="431" />
        <source>Message id copied.</source>
        <translation>消息 ID 已复制。</translation>
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
        <location filename="../../designer/ui/template_gallery.py" line="153" />
        <source>New Card</source>
        <translation>新建卡片</translation>
    </message>
    <message>
        <location filename="../../designer/ui/template_gallery.py" line="157" />
        <source>Blank card</source>
        <translation>空白卡片</translation>
    </message>
    <message>
        <location filename="../../designer/ui/template_gallery.py" line="158" />
        <source>An empty card (JSON 1.0) with a title and one text.</source>
        <translation>一张带标题和一段文本的空白卡片（JSON 1.0）。</translation>
    </message>
    <message>
        <location filename="../../designer/ui/template_gallery.py" line="160" />
        <source>Start from scratch · JSON 1.0</source>
        <translation>从零开始 · JSON 1.0</translation>
    </message>
    <message>
        <location filename="../../designer/ui/template_gallery.py" line="163" />
        <source>Blank JSON 2.0 card</source>
        <translation>空白 JSON 2.0 卡片</translation>
    </message>
    <message>
        <location filename="../../designer/ui/template_gallery.py" line="164" />
        <source>An empty card in the newer JSON 2.0 structure.</source>
        <translation>使用较新 JSON 2.0 结构的空白卡片。</translation>
    </message>
    <message>
        <location filename="../../designer/ui/template_gallery.py" line="166" />
        <source>Start from scratch · JSON 2.0</source>
        <translation>从零开始 · JSON 2.0</translation>
    </message>
    <message>
        <location filename="../../designer/ui/template_gallery.py" line="192" />
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
</TS>