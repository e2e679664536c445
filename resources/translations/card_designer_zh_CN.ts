<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>AccountsDialog</name>
    <message>
        <location filename="../../designer/ui/send/accounts_dialog.py" line="54" />
        <source>Accounts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../designer/ui/send/accounts_dialog.py" line="69" />
        <source>Add</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../designer/ui/send/accounts_dialog.py" line="72" />
        <source>Remove</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../designer/ui/send/accounts_dialog.py" line="84" />
        <source>e.g. work</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../designer/ui/send/accounts_dialog.py" line="88" />
        <source>Custom base URL</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../designer/ui/send/accounts_dialog.py" line="100" />
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../designer/ui/send/accounts_dialog.py" line="101" />
        <source>Platform</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../designer/ui/send/accounts_dialog.py" line="102" />
        <source>Base URL</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../designer/ui/send/accounts_dialog.py" line="103" />
        <source>App ID</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../designer/ui/send/accounts_dialog.py" line="104" />
        <source>App secret</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../designer/ui/send/accounts_dialog.py" line="119" />
        <source>Save</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../designer/ui/send/accounts_dialog.py" line="123" />
        <source>Test connection</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../designer/ui/send/accounts_dialog.py" line="126" />
        <source>Use this profile</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../designer/ui/send/accounts_dialog.py" line="163" />
        <source>{name} (active)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../designer/ui/send/accounts_dialog.py" line="219" />
        <source>checking the keyring…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../designer/ui/send/accounts_dialog.py" line="221" />
        <source>{mask} stored in the keyring; type to replace</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../designer/ui/send/accounts_dialog.py" line="223" />
        <source>the app secret (kept in the system keyring)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../designer/ui/send/accounts_dialog.py" line="243" />
        <source>&lt;b&gt;No safe place for app secrets.&lt;/b&gt; Card Designer keeps app secrets only in the system keyring and never in a file, so profiles cannot be saved until a keyring works.&lt;br&gt;{problem}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../designer/ui/send/accounts_dialog.py" line="270" />
        <location filename="../../designer/ui/send/accounts_dialog.py" line="290" />
        <source>Not saved: {problem}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../designer/ui/send/accounts_dialog.py" line="276" />
        <source>Not saved: a profile named “{name}” exists already</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../designer/ui/send/accounts_dialog.py" line="283" />
        <source>Not saved: enter the app secret of {app_id}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../designer/ui/send/accounts_dialog.py" line="294" />
        <source>Saved {name}; its secret is in the keyring.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../designer/ui/send/accounts_dialog.py" line="303" />
        <source>Remove profile</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../designer/ui/send/accounts_dialog.py" line="304" />
        <source>Remove the profile {name} and its app secret from the keyring?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../designer/ui/send/accounts_dialog.py" line="311" />
        <source>Not removed: {problem}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../designer/ui/send/accounts_dialog.py" line="314" />
        <source>Removed {name}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../designer/ui/send/accounts_dialog.py" line="327" />
        <source>Cannot test: {problem}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../designer/ui/send/accounts_dialog.py" line="344" />
        <source>Connecting to {url}…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../designer/ui/send/accounts_dialog.py" line="349" />
        <source>Connection works: {url} accepted the app id and secret.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../designer/ui/send/accounts_dialog.py" line="355" />
        <source>Connection failed</source>
        <translation type="unfinished" />
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
    <name>CardOutline</name>
    <message>
        <location filename="../../designer/ui/outline.py" line="110" />
        <source>Move Up</source>
        <translation>上移</translation>
    </message>
    <message>
        <location filename="../../designer/ui/outline.py" line="111" />
        <source>Move Down</source>
        <translation>下移</translation>
    </message>
    <message>
        <location filename="../../designer/ui/outline.py" line="112" />
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../designer/ui/outline.py" line="115" />
        <source>Delete the selected element (Undo brings it back)</source>
        <translation>删除所选组件（可撤销）</translation>
    </message>
</context>
<context>
    <name>CardSession</name>
    <message>
        <location filename="../../designer/ui/card_session.py" line="61" />
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
</context>
<context>
    <name>ElementPalette</name>
    <message>
        <location filename="../../designer/ui/palette.py" line="180" />
        <source>Search components</source>
        <translation>搜索组件</translation>
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
        <location filename="../../designer/ui/send/history_view.py" line="77" />
        <source>Reopen card</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../designer/ui/send/history_view.py" line="80" />
        <source>Copy message id</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../designer/ui/send/history_view.py" line="83" />
        <source>Delete for recipient</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../designer/ui/send/history_view.py" line="85" />
        <source>Remove this ephemeral card from the recipient's chat</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../designer/ui/send/history_view.py" line="149" />
        <source>Sent to {who}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../designer/ui/send/history_view.py" line="159" />
        <source>Copied {id}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../designer/ui/send/history_view.py" line="169" />
        <source>Cannot delete: the profile {name} that sent it no longer exists.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../designer/ui/send/history_view.py" line="194" />
        <source>Deleted {id}: it had been deleted already.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../designer/ui/send/history_view.py" line="196" />
        <source>Deleted {id}: the recipient no longer sees the card.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../designer/ui/send/history_view.py" line="205" />
        <source>Not deleted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../designer/ui/send/history_view.py" line="214" />
        <source>Deleting {id}…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>InboxView</name>
    <message>
        <location filename="../../designer/ui/send/inbox_view.py" line="118" />
        <source>Refresh</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../designer/ui/send/inbox_view.py" line="133" />
        <source>&lt;b&gt;Sandbox inbox&lt;/b&gt; (what each member sees)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../designer/ui/send/inbox_view.py" line="153" />
        <source>Send a card: it appears here as its recipient sees it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../designer/ui/send/inbox_view.py" line="187" />
        <source>&lt;b&gt;{name}&lt;/b&gt; no longer sees this card: it was deleted ({id}).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../designer/ui/send/inbox_view.py" line="189" />
        <source>&lt;b&gt;{name}&lt;/b&gt; sees this card in the chat, sent {when} ({id}).</source>
        <translation type="unfinished" />
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
        <location filename="../../designer/ui/main_window.py" line="136" />
        <source>Components</source>
        <translation>组件</translation>
    </message>
    <message>
        <location filename="../../designer/ui/main_window.py" line="137" />
        <source>Outline</source>
        <translation>大纲</translation>
    </message>
    <message>
        <location filename="../../designer/ui/main_window.py" line="138" />
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <location filename="../../designer/ui/main_window.py" line="139" />
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../designer/ui/main_window.py" line="156" />
        <source>Main</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <location filename="../../designer/ui/main_window.py" line="290" />
        <source>&amp;New…</source>
        <translation>新建(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../designer/ui/main_window.py" line="295" />
        <source>New card from a blank card or a template</source>
        <translation>从空白卡片或模板新建卡片</translation>
    </message>
    <message>
        <location filename="../../designer/ui/main_window.py" line="298" />
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../designer/ui/main_window.py" line="303" />
        <source>Open a card JSON file</source>
        <translation>打开卡片 JSON 文件</translation>
    </message>
    <message>
        <location filename="../../designer/ui/main_window.py" line="306" />
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../designer/ui/main_window.py" line="311" />
        <source>Save the card</source>
        <translation>保存卡片</translation>
    </message>
    <message>
        <location filename="../../designer/ui/main_window.py" line="314" />
        <source>Save &amp;As…</source>
        <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../designer/ui/main_window.py" line="316" />
        <source>&amp;Close Window</source>
        <translation>关闭窗口(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../designer/ui/main_window.py" line="318" />
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../designer/ui/main_window.py" line="321" />
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../designer/ui/main_window.py" line="328" />
        <source>&amp;Find…</source>
        <translation>查找(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../designer/ui/main_window.py" line="331" />
        <source>&amp;Replace…</source>
        <translation>替换(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../designer/ui/main_window.py" line="333" />
        <source>&amp;Go to Line…</source>
        <translation>转到行(&amp;G)…</translation>
    </message>
    <message>
        <location filename="../../designer/ui/main_window.py" line="335" />
        <source>&amp;Format Document</source>
        <translation>格式化文档(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../designer/ui/main_window.py" line="340" />
        <source>Indent the JSON (Ctrl+Shift+F)</source>
        <translation>缩进 JSON（Ctrl+Shift+F）</translation>
    </message>
    <message>
        <location filename="../../designer/ui/main_window.py" line="342" />
        <source>&amp;Minify</source>
        <translation>压缩(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../designer/ui/main_window.py" line="344" />
        <source>Copy Card &amp;JSON</source>
        <translation>复制卡片 &amp;JSON</translation>
    </message>
    <message>
        <location filename="../../designer/ui/main_window.py" line="349" />
        <source>Copy the card JSON to the clipboard</source>
        <translation>把卡片 JSON 复制到剪贴板</translation>
    </message>
    <message>
        <location filename="../../designer/ui/main_window.py" line="352" />
        <source>Copy Request &amp;Body</source>
        <translation>复制请求体(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../designer/ui/main_window.py" line="357" />
        <source>Copy an ephemeral send request body with this card</source>
        <translation>复制包含此卡片的临时消息发送请求体</translation>
    </message>
    <message>
        <location filename="../../designer/ui/main_window.py" line="359" />
        <source>&amp;Light</source>
        <translation>浅色(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../designer/ui/main_window.py" line="360" />
        <source>&amp;Dark</source>
        <translation>深色(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../designer/ui/main_window.py" line="363" />
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../designer/ui/main_window.py" line="365" />
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../designer/ui/main_window.py" line="375" />
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../designer/ui/main_window.py" line="381" />
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../designer/ui/main_window.py" line="382" />
        <source>Window &amp;Theme</source>
        <translation>窗口主题(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../designer/ui/main_window.py" line="436" />
        <source>template card</source>
        <translation>模板卡片</translation>
    </message>
    <message>
        <location filename="../../designer/ui/main_window.py" line="439" />
        <source>no card</source>
        <translation>不是卡片</translation>
    </message>
    <message numerus="yes">
        <location filename="../../designer/ui/main_window.py" line="445" />
        <source>✕ %n error(s)</source>
        <translation>
            <numerusform>✕ %n 个错误</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../designer/ui/main_window.py" line="447" />
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n 个警告</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../designer/ui/main_window.py" line="450" />
        <source>⚠ %n warning(s)</source>
        <translation>
            <numerusform>⚠ %n 个警告</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../designer/ui/main_window.py" line="453" />
        <source>✓ Valid</source>
        <translation>✓ 有效</translation>
    </message>
    <message>
        <location filename="../../designer/ui/main_window.py" line="472" />
        <source>Ln {0}, Col {1}</source>
        <translation>行 {0}，列 {1}</translation>
    </message>
    <message>
        <location filename="../../designer/ui/main_window.py" line="499" />
        <source>Cannot insert “{0}” here: {1}.</source>
        <translation>不能在此处插入“{0}”：{1}。</translation>
    </message>
    <message>
        <location filename="../../designer/ui/main_window.py" line="504" />
        <source>Cannot insert “{0}”: {1}.</source>
        <translation>无法插入“{0}”：{1}。</translation>
    </message>
    <message>
        <location filename="../../designer/ui/main_window.py" line="508" />
        <source>Inserted “{0}”</source>
        <translation>已插入“{0}”</translation>
    </message>
    <message>
        <location filename="../../designer/ui/main_window.py" line="522" />
        <source>“{0}” cannot move further that way.</source>
        <translation>“{0}”不能再往这个方向移动。</translation>
    </message>
    <message>
        <location filename="../../designer/ui/main_window.py" line="533" />
        <source>Cannot delete: {0}.</source>
        <translation>无法删除：{0}。</translation>
    </message>
    <message>
        <location filename="../../designer/ui/main_window.py" line="539" />
        <source>format</source>
        <translation>格式化</translation>
    </message>
    <message>
        <location filename="../../designer/ui/main_window.py" line="542" />
        <source>minify</source>
        <translation>压缩</translation>
    </message>
    <message>
        <location filename="../../designer/ui/main_window.py" line="548" />
        <source>Cannot {0}: {1}</source>
        <translation>无法{0}：{1}</translation>
    </message>
    <message>
        <location filename="../../designer/ui/main_window.py" line="556" />
        <source>Go to Line</source>
        <translation>转到行</translation>
    </message>
    <message>
        <location filename="../../designer/ui/main_window.py" line="557" />
        <source>Line (1–{0}):</source>
        <translation>行号（1–{0}）：</translation>
    </message>
    <message>
        <location filename="../../designer/ui/main_window.py" line="570" />
        <location filename="../../designer/ui/main_window.py" line="579" />
        <source>Nothing to copy: the text is not a card yet.</source>
        <translation>没有可复制的内容：文本还不是卡片。</translation>
    </message>
    <message>
        <location filename="../../designer/ui/main_window.py" line="573" />
        <source>Card JSON copied</source>
        <translation>已复制卡片 JSON</translation>
    </message>
    <message>
        <location filename="../../designer/ui/main_window.py" line="583" />
        <source>Request body copied (fill in chat_id and open_id)</source>
        <translation>已复制请求体（请填写 chat_id 和 open_id）</translation>
    </message>
    <message>
        <location filename="../../designer/ui/main_window.py" line="603" />
        <location filename="../../designer/ui/main_window.py" line="631" />
        <source>Open Card</source>
        <translation>打开卡片</translation>
    </message>
    <message>
        <location filename="../../designer/ui/main_window.py" line="612" />
        <source>the file is {0} MB; a card is at most 30 KB</source>
        <translation>文件大小为 {0} MB，而卡片最大 30 KB</translation>
    </message>
    <message>
        <location filename="../../designer/ui/main_window.py" line="619" />
        <source>it is not UTF-8 text (byte {0})</source>
        <translation>它不是 UTF-8 文本（第 {0} 字节）</translation>
    </message>
    <message>
        <location filename="../../designer/ui/main_window.py" line="629" />
        <source>Could not open {0}: {1}.</source>
        <translation>无法打开 {0}：{1}。</translation>
    </message>
    <message>
        <location filename="../../designer/ui/main_window.py" line="645" />
        <location filename="../../designer/ui/main_window.py" line="664" />
        <source>Save Card</source>
        <translation>保存卡片</translation>
    </message>
    <message>
        <location filename="../../designer/ui/main_window.py" line="665" />
        <source>Could not save {0}: {1}.</source>
        <translation>无法保存 {0}：{1}。</translation>
    </message>
    <message>
        <location filename="../../designer/ui/main_window.py" line="675" />
        <source>Saved {0}</source>
        <translation>已保存 {0}</translation>
    </message>
    <message>
        <location filename="../../designer/ui/main_window.py" line="686" />
        <source>No recent files</source>
        <translation>没有最近的文件</translation>
    </message>
    <message>
        <location filename="../../designer/ui/main_window.py" line="704" />
        <source>“{0}” has unsaved changes. Save them?</source>
        <translation>“{0}”有未保存的更改。要保存吗？</translation>
    </message>
    <message>
        <location filename="../../designer/ui/main_window.py" line="741" />
        <source>Autosave failed: {0}</source>
        <translation>自动保存失败：{0}</translation>
    </message>
    <message>
        <location filename="../../designer/ui/main_window.py" line="753" />
        <source>Restore unsaved cards?</source>
        <translation>恢复未保存的卡片？</translation>
    </message>
    <message>
        <location filename="../../designer/ui/main_window.py" line="755" />
        <source>Card Designer did not close properly last time. Restore the unsaved work?

{0}</source>
        <translation>Card Designer 上次没有正常关闭。要恢复未保存的内容吗？

{0}</translation>
    </message>
    <message>
        <location filename="../../designer/ui/main_window.py" line="774" />
        <source>Recovered card</source>
        <translation>恢复的卡片</translation>
    </message>
    <message>
        <location filename="../../designer/ui/main_window.py" line="779" />
        <source>Restored unsaved work from {0:%H:%M}</source>
        <translation>已恢复 {0:%H:%M} 的未保存内容</translation>
    </message>
    <message>
        <location filename="../../designer/ui/main_window.py" line="811" />
        <source>Open Link</source>
        <translation>打开链接</translation>
    </message>
    <message>
        <location filename="../../designer/ui/main_window.py" line="812" />
        <source>The card links to:
{0}

Open it in your browser?</source>
        <translation>卡片链接到：
{0}

要在浏览器中打开吗？</translation>
    </message>
    <message>
        <location filename="../../designer/ui/main_window.py" line="836" />
        <source>Settings not saved: {0}</source>
        <translation>设置未保存：{0}</translation>
    </message>
</context>
<context>
    <name>OutlineModel</name>
    <message>
        <location filename="../../designer/ui/outline.py" line="52" />
        <source>header</source>
        <translation>标题栏</translation>
    </message>
    <message>
        <location filename="../../designer/ui/outline.py" line="52" />
        <source>language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../designer/ui/outline.py" line="53" />
        <source>(no tag)</source>
        <translation>（无 tag）</translation>
    </message>
</context>
<context>
    <name>PaletteModel</name>
    <message>
        <location filename="../../designer/ui/palette.py" line="51" />
        <source>Component</source>
        <translation>组件</translation>
    </message>
    <message>
        <location filename="../../designer/ui/palette.py" line="51" />
        <source>Schema</source>
        <translation>结构版本</translation>
    </message>
    <message>
        <location filename="../../designer/ui/palette.py" line="53" />
        <source>Text</source>
        <translation>文本</translation>
    </message>
    <message>
        <location filename="../../designer/ui/palette.py" line="54" />
        <source>Layout</source>
        <translation>布局</translation>
    </message>
    <message>
        <location filename="../../designer/ui/palette.py" line="55" />
        <source>Interaction</source>
        <translation>交互</translation>
    </message>
    <message>
        <location filename="../../designer/ui/palette.py" line="56" />
        <source>Media</source>
        <translation>媒体</translation>
    </message>
    <message>
        <location filename="../../designer/ui/palette.py" line="57" />
        <source>Form</source>
        <translation>表单</translation>
    </message>
    <message>
        <location filename="../../designer/ui/palette.py" line="80" />
        <source>Needs Feishu {0} or later</source>
        <translation>需要飞书 {0} 或更高版本</translation>
    </message>
    <message>
        <location filename="../../designer/ui/palette.py" line="95" />
        <source>{0} only</source>
        <translation>仅 {0}</translation>
    </message>
</context>
<context>
    <name>PreviewPane</name>
    <message>
        <location filename="../../designer/ui/preview_pane.py" line="69" />
        <source>Card theme</source>
        <translation>卡片主题</translation>
    </message>
    <message>
        <location filename="../../designer/ui/preview_pane.py" line="70" />
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <location filename="../../designer/ui/preview_pane.py" line="71" />
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <location filename="../../designer/ui/preview_pane.py" line="72" />
        <location filename="../../designer/ui/preview_pane.py" line="74" />
        <source>Card width</source>
        <translation>卡片宽度</translation>
    </message>
    <message>
        <location filename="../../designer/ui/preview_pane.py" line="75" />
        <source>Compact · 400</source>
        <translation>紧凑 · 400</translation>
    </message>
    <message>
        <location filename="../../designer/ui/preview_pane.py" line="76" />
        <source>Default · 600</source>
        <translation>默认 · 600</translation>
    </message>
    <message>
        <location filename="../../designer/ui/preview_pane.py" line="77" />
        <source>Fill</source>
        <translation>撑满</translation>
    </message>
    <message>
        <location filename="../../designer/ui/preview_pane.py" line="78" />
        <source>Mobile</source>
        <translation>移动端</translation>
    </message>
    <message>
        <location filename="../../designer/ui/preview_pane.py" line="82" />
        <source>Language shown (i18n cards)</source>
        <translation>显示的语言（多语言卡片）</translation>
    </message>
    <message>
        <location filename="../../designer/ui/preview_pane.py" line="83" />
        <source>Badge</source>
        <translation>标识</translation>
    </message>
    <message>
        <location filename="../../designer/ui/preview_pane.py" line="85" />
        <source>Show the “Only visible to you” badge of an ephemeral card</source>
        <translation>显示临时卡片的“仅对你可见”标识</translation>
    </message>
    <message>
        <location filename="../../designer/ui/preview_pane.py" line="87" />
        <source>Zoom</source>
        <translation>缩放</translation>
    </message>
    <message>
        <location filename="../../designer/ui/preview_pane.py" line="161" />
        <source>Card language</source>
        <translation>卡片语言</translation>
    </message>
    <message>
        <location filename="../../designer/ui/preview_pane.py" line="192" />
        <source>line {0}, column {1}: </source>
        <translation>第 {0} 行第 {1} 列：</translation>
    </message>
    <message>
        <location filename="../../designer/ui/preview_pane.py" line="193" />
        <source>the text is not a card</source>
        <translation>文本不是卡片</translation>
    </message>
    <message>
        <location filename="../../designer/ui/preview_pane.py" line="195" />
        <source>Not a card yet — {0}{1}. Showing the last good preview.</source>
        <translation>还不是卡片 — {0}{1}。显示的是上一次正确的预览。</translation>
    </message>
</context>
<context>
    <name>ProblemsModel</name>
    <message>
        <location filename="../../designer/ui/problems.py" line="70" />
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../designer/ui/problems.py" line="70" />
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../../designer/ui/problems.py" line="70" />
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <location filename="../../designer/ui/problems.py" line="70" />
        <source>Where</source>
        <translation>位置</translation>
    </message>
    <message>
        <location filename="../../designer/ui/problems.py" line="80" />
        <source>{0} (did you mean “{1}”?)</source>
        <translation>{0}（是否想输入“{1}”？）</translation>
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
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../designer/ui/send/profile_switcher.py" line="82" />
        <source>Add a profile in Accounts to send cards</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../designer/ui/send/profile_switcher.py" line="84" />
        <source>Profile: {name}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ProfileSwitcher</name>
    <message>
        <location filename="../../designer/ui/send/profile_switcher.py" line="57" />
        <source>Accounts…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../designer/ui/send/profile_switcher.py" line="61" />
        <source>Profile: {name}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../designer/ui/send/profile_switcher.py" line="61" />
        <source>No profile</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../designer/ui/send/profile_switcher.py" line="62" />
        <source>Switch the profile used to send, or manage accounts</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RecipientPicker</name>
    <message>
        <location filename="../../designer/ui/send/recipient_picker.py" line="87" />
        <source>Search chats by name or id</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../designer/ui/send/recipient_picker.py" line="93" />
        <source>Load the chats the bot is in again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../designer/ui/send/recipient_picker.py" line="97" />
        <source>Chats you sent to recently with this profile</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../designer/ui/send/recipient_picker.py" line="113" />
        <source>&lt;b&gt;Chat&lt;/b&gt; (groups the bot is in)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../designer/ui/send/recipient_picker.py" line="123" />
        <location filename="../../designer/ui/send/recipient_picker.py" line="214" />
        <source>&lt;b&gt;Members&lt;/b&gt;: choose a chat first</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../designer/ui/send/recipient_picker.py" line="126" />
        <source>Search members by name or id</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../designer/ui/send/recipient_picker.py" line="131" />
        <source>All</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../designer/ui/send/recipient_picker.py" line="132" />
        <source>Tick every member shown (for a bulk send)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../designer/ui/send/recipient_picker.py" line="135" />
        <source>None</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../designer/ui/send/recipient_picker.py" line="136" />
        <source>Untick every member</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../designer/ui/send/recipient_picker.py" line="167" />
        <source>or type an open_id (ou_…), user_id or email</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../designer/ui/send/recipient_picker.py" line="172" />
        <source>People you sent to recently with this profile</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../designer/ui/send/recipient_picker.py" line="177" />
        <source>Find person</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../designer/ui/send/recipient_picker.py" line="180" />
        <source>Look up the open_id of this email (contact:user.id:readonly)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../designer/ui/send/recipient_picker.py" line="215" />
        <source>No profile: add one in Accounts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../designer/ui/send/recipient_picker.py" line="223" />
        <source>Recent chats…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../designer/ui/send/recipient_picker.py" line="225" />
        <source>Recent recipients…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../designer/ui/send/recipient_picker.py" line="255" />
        <source>Loading chats…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../designer/ui/send/recipient_picker.py" line="266" />
        <source>Loading chats… {count}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../designer/ui/send/recipient_picker.py" line="300" />
        <source>The bot is in no group chat yet: add it to one</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../designer/ui/send/recipient_picker.py" line="309" />
        <source>Could not load chats: {problem}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../designer/ui/send/recipient_picker.py" line="361" />
        <source>&lt;b&gt;Members&lt;/b&gt; of {chat}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../designer/ui/send/recipient_picker.py" line="372" />
        <source>Loading members…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../designer/ui/send/recipient_picker.py" line="388" />
        <source>Loading members… {count} of {total}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../designer/ui/send/recipient_picker.py" line="401" />
        <source>Could not load members: {problem}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../designer/ui/send/recipient_picker.py" line="433" />
        <source>✓ {kind}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../designer/ui/send/recipient_picker.py" line="442" />
        <source>email: press Find person to look up the open_id, or send to the email</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../designer/ui/send/recipient_picker.py" line="444" />
        <source>user_id</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../designer/ui/send/recipient_picker.py" line="445" />
        <source>open_id</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../designer/ui/send/recipient_picker.py" line="449" />
        <source>✗ Not an email address (name@company.com)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../designer/ui/send/recipient_picker.py" line="452" />
        <source>✗ Starts like an open_id but has the wrong shape (ou_ and 8–64 letters or digits)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../designer/ui/send/recipient_picker.py" line="456" />
        <source>✗ This is a {what}, not a person: use an open_id (ou_…), user_id or email</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../designer/ui/send/recipient_picker.py" line="458" />
        <source>✗ Not an open_id, user_id or email (user ids are letters, digits, _ and -)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../designer/ui/send/recipient_picker.py" line="485" />
        <source>Looking up {email}…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../designer/ui/send/recipient_picker.py" line="491" />
        <source>✗ No person with the email {email} in this tenant</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../designer/ui/send/recipient_picker.py" line="496" />
        <source>✓ open_id of {email}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../designer/ui/send/recipient_picker.py" line="502" />
        <source>✗ Lookup failed: {problem}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../designer/ui/send/recipient_picker.py" line="520" />
        <source>{ticked} of {total} ticked</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../designer/ui/send/recipient_picker.py" line="523" />
        <source>{total} members</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SandboxMode</name>
    <message>
        <location filename="../../designer/ui/send/sandbox_mode.py" line="78" />
        <source>The sandbox could not start: {problem}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SendFeatures</name>
    <message>
        <location filename="../../designer/ui/send/__init__.py" line="80" />
        <source>Send</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../designer/ui/send/__init__.py" line="81" />
        <source>Send history</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../designer/ui/send/__init__.py" line="89" />
        <source>Accounts…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../designer/ui/send/__init__.py" line="132" />
        <source>Sandbox inbox</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../designer/ui/send/__init__.py" line="138" />
        <source>Sandbox running at {url}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SendModels</name>
    <message>
        <location filename="../../designer/ui/send/models.py" line="234" />
        <location filename="../../designer/ui/send/models.py" line="326" />
        <source>Recipient</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../designer/ui/send/models.py" line="235" />
        <location filename="../../designer/ui/send/models.py" line="328" />
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../designer/ui/send/models.py" line="236" />
        <source>Message id / problem</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../designer/ui/send/models.py" line="293" />
        <source>waiting</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../designer/ui/send/models.py" line="294" />
        <source>sent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../designer/ui/send/models.py" line="295" />
        <source>failed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../designer/ui/send/models.py" line="296" />
        <source>cancelled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../designer/ui/send/models.py" line="297" />
        <source>deleted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../designer/ui/send/models.py" line="298" />
        <source>delete failed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../designer/ui/send/models.py" line="323" />
        <source>Time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../designer/ui/send/models.py" line="324" />
        <source>Profile</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../designer/ui/send/models.py" line="325" />
        <source>Chat</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../designer/ui/send/models.py" line="327" />
        <source>Message id</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SendPanel</name>
    <message>
        <location filename="../../designer/ui/send/send_panel.py" line="84" />
        <source>Send</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../designer/ui/send/send_panel.py" line="86" />
        <source>Send the card as an ephemeral card (Ctrl+Enter)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../designer/ui/send/send_panel.py" line="94" />
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../designer/ui/send/send_panel.py" line="98" />
        <source>Send card</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../designer/ui/send/send_panel.py" line="102" />
        <source>Send the card to the chosen recipients (Ctrl+Enter)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../designer/ui/send/send_panel.py" line="120" />
        <source>message id appears here after a send</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../designer/ui/send/send_panel.py" line="121" />
        <source>Copy</source>
        <translation type="unfinished">复制</translation>
    </message>
    <message>
        <location filename="../../designer/ui/send/send_panel.py" line="146" />
        <source>Message id</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../designer/ui/send/send_panel.py" line="168" />
        <source>Choose a chat and a recipient</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../designer/ui/send/send_panel.py" line="170" />
        <source>To: {chat} — choose a recipient</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../designer/ui/send/send_panel.py" line="172" />
        <source>To: &lt;b&gt;{who}&lt;/b&gt; in {chat}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../designer/ui/send/send_panel.py" line="176" />
        <source>To: &lt;b&gt;{count} members&lt;/b&gt; of {chat}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../designer/ui/send/send_panel.py" line="204" />
        <source>No profile: add one in Accounts (the toolbar's profile menu).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../designer/ui/send/send_panel.py" line="208" />
        <source>There is no card to send.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../designer/ui/send/send_panel.py" line="219" />
        <source>No chat chosen: pick a chat the bot is in.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../designer/ui/send/send_panel.py" line="223" />
        <source>No recipient: tick members of the chat or type an open_id, user_id or email.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../designer/ui/send/send_panel.py" line="254" />
        <source>The card is not JSON: fix it in the editor.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../designer/ui/send/send_panel.py" line="260" />
        <source>&lt;li&gt;… and {count} more in the problems list&lt;/li&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../designer/ui/send/send_panel.py" line="262" />
        <source>&lt;b&gt;Not sent: the card has {count} error(s).&lt;/b&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../designer/ui/send/send_panel.py" line="278" />
        <source>Send despite warnings?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../designer/ui/send/send_panel.py" line="279" />
        <source>The card has {count} warning(s). Send it anyway?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../designer/ui/send/send_panel.py" line="283" />
        <source>Send anyway</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../designer/ui/send/send_panel.py" line="295" />
        <source>Not sent: the warnings were not confirmed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../designer/ui/send/send_panel.py" line="322" />
        <source>Sending… %v of %m</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../designer/ui/send/send_panel.py" line="327" />
        <source>Sending to {count} recipient(s) in {chat}…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../designer/ui/send/send_panel.py" line="343" />
        <source>Cancelling… (sends already on their way finish first)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../designer/ui/send/send_panel.py" line="374" />
        <source>&lt;b&gt;Sent.&lt;/b&gt; {who} sees the card in the chat (only while online).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../designer/ui/send/send_panel.py" line="377" />
        <location filename="../../designer/ui/send/send_panel.py" line="395" />
        <source>Not sent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../designer/ui/send/send_panel.py" line="378" />
        <source>{sent} sent, {failed} failed, {cancelled} cancelled of {total}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../designer/ui/send/send_panel.py" line="382" />
        <source>Stopped</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../designer/ui/send/send_panel.py" line="384" />
        <source>&lt;b&gt;Cancelled.&lt;/b&gt; {summary}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../designer/ui/send/send_panel.py" line="387" />
        <source>First failure</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../designer/ui/send/send_panel.py" line="404" />
        <source>Not sent to {who}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../designer/ui/send/send_panel.py" line="409" />
        <source>Message id copied.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TemplateGallery</name>
    <message>
        <location filename="../../designer/ui/template_gallery.py" line="143" />
        <source>New Card</source>
        <translation>新建卡片</translation>
    </message>
    <message>
        <location filename="../../designer/ui/template_gallery.py" line="147" />
        <source>Blank card</source>
        <translation>空白卡片</translation>
    </message>
    <message>
        <location filename="../../designer/ui/template_gallery.py" line="148" />
        <source>An empty card (JSON 1.0) with a title and one text.</source>
        <translation>一张带标题和一段文本的空白卡片（JSON 1.0）。</translation>
    </message>
    <message>
        <location filename="../../designer/ui/template_gallery.py" line="150" />
        <source>Start from scratch · JSON 1.0</source>
        <translation>从零开始 · JSON 1.0</translation>
    </message>
    <message>
        <location filename="../../designer/ui/template_gallery.py" line="153" />
        <source>Blank JSON 2.0 card</source>
        <translation>空白 JSON 2.0 卡片</translation>
    </message>
    <message>
        <location filename="../../designer/ui/template_gallery.py" line="154" />
        <source>An empty card in the newer JSON 2.0 structure.</source>
        <translation>使用较新 JSON 2.0 结构的空白卡片。</translation>
    </message>
    <message>
        <location filename="../../designer/ui/template_gallery.py" line="156" />
        <source>Start from scratch · JSON 2.0</source>
        <translation>从零开始 · JSON 2.0</translation>
    </message>
    <message>
        <location filename="../../designer/ui/template_gallery.py" line="182" />
        <source>Create</source>
        <translation>创建</translation>
    </message>
</context>
</TS>