<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ActionButtons</name>
    <message>
        <source>Install</source>
        <translation>安装</translation>
    </message>
    <message>
        <source>Activate</source>
        <translation>激活</translation>
    </message>
    <message>
        <source>Replace…</source>
        <translation>替换…</translation>
    </message>
    <message>
        <source>Reprovision…</source>
        <translation>重新配置…</translation>
    </message>
    <message>
        <source>Disable…</source>
        <translation>停用…</translation>
    </message>
    <message>
        <source>Scan → fill in → &lt;b&gt;Ctrl+Enter&lt;/b&gt; activates. Esc returns to the scan field.</source>
        <translation>扫描 → 填写 → &lt;b&gt;Ctrl+Enter&lt;/b&gt; 激活。按 Esc 返回扫描框。</translation>
    </message>
    <message>
        <source>Save master data</source>
        <translation>保存主数据</translation>
    </message>
    <message>
        <source>Enable</source>
        <translation>启用</translation>
    </message>
</context>
<context>
    <name>AddUserDialog</name>
    <message>
        <source>Add a user</source>
        <translation>添加用户</translation>
    </message>
    <message>
        <source>Add user</source>
        <translation>添加用户</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>用户名(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Full name</source>
        <translation>全名(&amp;F)</translation>
    </message>
    <message>
        <source>R&amp;ole</source>
        <translation>角色(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>密码(&amp;P)</translation>
    </message>
    <message>
        <source>User name: 1-64 letters, digits, &apos;.&apos;, &apos;_&apos;, &apos;@&apos; or &apos;-&apos;, starting with a letter or digit.</source>
        <translation>用户名：1–64 个字母、数字、&apos;.&apos;、&apos;_&apos;、&apos;@&apos; 或 &apos;-&apos;，须以字母或数字开头。</translation>
    </message>
</context>
<context>
    <name>AnomalyModel</name>
    <message>
        <source>Anomaly</source>
        <translation>异常</translation>
    </message>
    <message>
        <source>SN</source>
        <translation>序列号</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>批次</translation>
    </message>
    <message>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>起始时间</translation>
    </message>
</context>
<context>
    <name>AttributeDialog</name>
    <message>
        <source>Edit attribute %s</source>
        <translation>编辑属性 %s</translation>
    </message>
    <message>
        <source>Add attribute</source>
        <translation>添加属性</translation>
    </message>
    <message>
        <source>e.g. rated_voltage</source>
        <translation>例如 rated_voltage</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>数字</translation>
    </message>
    <message>
        <source>Yes / no</source>
        <translation>是 / 否</translation>
    </message>
    <message>
        <source>Choice (enum)</source>
        <translation>选项（枚举）</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>A device must have a value</source>
        <translation>设备必须有值</translation>
    </message>
    <message>
        <source>comma-separated, e.g. red, green, blue</source>
        <translation>以逗号分隔，例如 red, green, blue</translation>
    </message>
    <message>
        <source>no minimum</source>
        <translation>无最小值</translation>
    </message>
    <message>
        <source>no maximum</source>
        <translation>无最大值</translation>
    </message>
    <message>
        <source>regular expression the whole value must match</source>
        <translation>整个值必须匹配的正则表达式</translation>
    </message>
    <message>
        <source>&amp;Key</source>
        <translation>键(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Label</source>
        <translation>标签(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Type</source>
        <translation>类型(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Required</source>
        <translation>必填(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Choices</source>
        <translation>选项(&amp;C)</translation>
    </message>
    <message>
        <source>M&amp;inimum</source>
        <translation>最小值(&amp;I)</translation>
    </message>
    <message>
        <source>M&amp;aximum</source>
        <translation>最大值(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Pattern</source>
        <translation>模式(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Default</source>
        <translation>默认值(&amp;D)</translation>
    </message>
    <message>
        <source>Rules stay as they were defined: devices may already have values.</source>
        <translation>规则保持定义时的样子：设备可能已有取值。</translation>
    </message>
    <message>
        <source>shown to users</source>
        <translation>向用户显示</translation>
    </message>
    <message>
        <source>e.g. 230</source>
        <translation>例如 230</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true 或 false</translation>
    </message>
    <message>
        <source>one of the choices</source>
        <translation>选项之一</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>latitude,longitude or a place name</source>
        <translation>纬度,经度 或 地名</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
</context>
<context>
    <name>AttributeModel</name>
    <message>
        <source>matches %s</source>
        <translation>匹配 %s</translation>
    </message>
    <message>
        <source>IANA time zone</source>
        <translation>IANA 时区</translation>
    </message>
    <message>
        <source>at most %s characters</source>
        <translation>最多 %s 个字符</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>键</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Built-in</source>
        <translation>内置</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>自定义</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>必填</translation>
    </message>
    <message>
        <source>required</source>
        <translation>必填</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>默认值</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>Built-in attribute: part of every installation, read-only.</source>
        <translation>内置属性：每个安装都有，只读。</translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>工作站</translation>
    </message>
    <message>
        <source>#</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>组</translation>
    </message>
    <message>
        <source>SN</source>
        <translation>序列号</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
</context>
<context>
    <name>AuditView</name>
    <message>
        <source>user name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>any action (prefix)</source>
        <translation>任意操作（前缀）</translation>
    </message>
    <message>
        <source>station id</source>
        <translation>工作站 ID</translation>
    </message>
    <message>
        <source>device SN</source>
        <translation>设备序列号</translation>
    </message>
    <message>
        <source>registration group</source>
        <translation>注册组</translation>
    </message>
    <message>
        <source>words in action, SN, user, group</source>
        <translation>操作、序列号、用户、组中的词</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>应用</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>工作站</translation>
    </message>
    <message>
        <source>SN</source>
        <translation>序列号</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>组</translation>
    </message>
    <message>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <source>To</source>
        <translation>到</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>Verify the audit trail</source>
        <translation>校验审计记录</translation>
    </message>
    <message>
        <source>Check every station&apos;s hash chain for edited, removed or reordered events</source>
        <translation>检查每个工作站的哈希链中是否有被修改、删除或重排的事件</translation>
    </message>
    <message>
        <source>Not verified in this session.</source>
        <translation>本次会话中尚未校验。</translation>
    </message>
    <message>
        <source>any</source>
        <translation>任意</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>No event matches this filter.</source>
        <translation>没有符合此筛选条件的事件。</translation>
    </message>
    <message>
        <source>%1 shown, newest first; more load as you scroll.</source>
        <translation>已显示 %1，最新的在前；滚动时加载更多。</translation>
    </message>
    <message>
        <source>%1, newest first.</source>
        <translation>%1，最新的在前。</translation>
    </message>
    <message>
        <source>Verifying every hash chain…</source>
        <translation>正在校验所有哈希链…</translation>
    </message>
    <message>
        <source>Intact: %1 from %2; every hash chain checks out.</source>
        <translation>完好：来自 %2 的 %1；所有哈希链均校验通过。</translation>
    </message>
    <message>
        <source>Broken: %1</source>
        <translation>已损坏：%1</translation>
    </message>
    <message>
        <source> (and %1 more)</source>
        <translation>（另有 %1 个）</translation>
    </message>
    <message>
        <source>Could not verify.</source>
        <translation>无法校验。</translation>
    </message>
</context>
<context>
    <name>BatchDialog</name>
    <message>
        <source>Rename batch %s</source>
        <translation>重命名批次 %s</translation>
    </message>
    <message>
        <source>New batch</source>
        <translation>新建批次</translation>
    </message>
    <message>
        <source>Registration group</source>
        <translation>注册组</translation>
    </message>
    <message>
        <source>printed on the labels, e.g. 2026-11-A</source>
        <translation>打印在标签上，例如 2026-11-A</translation>
    </message>
    <message>
        <source>Batch &amp;number</source>
        <translation>批次号(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>描述(&amp;D)</translation>
    </message>
</context>
<context>
    <name>BatchModel</name>
    <message>
        <source>empty</source>
        <translation>空</translation>
    </message>
    <message>
        <source>%d of %d activated</source>
        <translation>已激活 %d / %d</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>批次</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>审核</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>No devices in this batch yet.</source>
        <translation>此批次中还没有设备。</translation>
    </message>
</context>
<context>
    <name>BatchProgressModel</name>
    <message>
        <source>open</source>
        <translation>未结</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>已批准</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>已驳回</translation>
    </message>
    <message>
        <source>%1% activated</source>
        <translation>%1% 已激活</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>批次</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>审核</translation>
    </message>
    <message>
        <source>(no comment)</source>
        <translation>（无备注）</translation>
    </message>
    <message>
        <source>%1 by %2: %3</source>
        <translation>%1（%2）：%3</translation>
    </message>
</context>
<context>
    <name>BatchesView</name>
    <message>
        <source>&amp;New batch…</source>
        <translation>新建批次(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>重命名(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Print labels…</source>
        <translation>打印标签(&amp;P)…</translation>
    </message>
    <message>
        <source>Batches</source>
        <translation>批次</translation>
    </message>
    <message>
        <source>Batches of %s</source>
        <translation>%s 的批次</translation>
    </message>
    <message>
        <source>Pick a registration group above to see its batches.</source>
        <translation>请在上方选择一个注册组以查看其批次。</translation>
    </message>
    <message>
        <source>No batches in %s yet. Create one, then register devices into it.</source>
        <translation>%s 中还没有批次。请先新建一个批次，再向其中注册设备。</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>A device labelled longer ago than this and not installed is an anomaly</source>
        <translation>贴标后超过此时长仍未安装的设备视为异常</translation>
    </message>
    <message>
        <source>A device registered longer ago than this without a label is an anomaly (0: at once)</source>
        <translation>注册后超过此时长仍未贴标的设备视为异常（0：立即）</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Registration group:</source>
        <translation>注册组：</translation>
    </message>
    <message>
        <source>Labelled, not installed after:</source>
        <translation>已贴标但未安装超过：</translation>
    </message>
    <message>
        <source>Registered, not labelled after:</source>
        <translation>已注册但未贴标超过：</translation>
    </message>
    <message>
        <source>Select a batch to see its progress and anomalies.</source>
        <translation>选择一个批次以查看其进度和异常。</translation>
    </message>
    <message>
        <source>Approve batch…</source>
        <translation>批准批次…</translation>
    </message>
    <message>
        <source>Reject batch…</source>
        <translation>驳回批次…</translation>
    </message>
    <message>
        <source>Reopen review…</source>
        <translation>重新开启审核…</translation>
    </message>
    <message>
        <source>Take back the approval or rejection: the batch is open again</source>
        <translation>撤回批准或驳回：批次重新开放</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>审核</translation>
    </message>
    <message>
        <source>Progress by state</source>
        <translation>按状态的进度</translation>
    </message>
    <message>
        <source>No registration group yet.</source>
        <translation>还没有注册组。</translation>
    </message>
    <message>
        <source>%1 of group %2 outside any batch</source>
        <translation>组 %2 中有 %1 不属于任何批次</translation>
    </message>
    <message>
        <source>%1 naming no known group</source>
        <translation>%1 未指向已知组</translation>
    </message>
    <message>
        <source>Refused labels (forged, altered or unreadable): %1. The audit trail lists them (action scan.refused).</source>
        <translation>被拒绝的标签（伪造、篡改或无法读取）：%1。审计记录中列出了它们（操作 scan.refused）。</translation>
    </message>
    <message>
        <source>Group %1: %2 in %3, %4 activated, %5 failed; %6 without a batch.</source>
        <translation>组 %1：%3 中有 %2，已激活 %4，失败 %5；无批次 %6。</translation>
    </message>
    <message>
        <source>Batch %1 · %2</source>
        <translation>批次 %1 · %2</translation>
    </message>
    <message>
        <source>Only a supervisor may approve or reject</source>
        <translation>只有主管可以批准或驳回</translation>
    </message>
    <message>
        <source>Open: not reviewed yet.</source>
        <translation>未结：尚未审核。</translation>
    </message>
    <message>
        <source>Looking for anomalies…</source>
        <translation>正在查找异常…</translation>
    </message>
    <message>
        <source>No anomalies in this batch.</source>
        <translation>此批次没有异常。</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Approve batch %1</source>
        <translation>批准批次 %1</translation>
    </message>
    <message>
        <source>Reject batch %1</source>
        <translation>驳回批次 %1</translation>
    </message>
    <message>
        <source>Approve batch %1 of %2 (%3)? It is not finished yet:</source>
        <translation>批准 %2 的批次 %1（%3）？它尚未完成：</translation>
    </message>
    <message>
        <source>Approve batch %1 of %2 (%3)? Every device is installed and there are no open anomalies.</source>
        <translation>批准 %2 的批次 %1（%3）？所有设备均已安装，且没有未处理的异常。</translation>
    </message>
    <message>
        <source>Reject batch %1 of %2 (%3)? Say why: the technicians see the comment.</source>
        <translation>驳回 %2 的批次 %1（%3）？请说明原因：技术员会看到该备注。</translation>
    </message>
    <message>
        <source>Reopen the review of batch %1</source>
        <translation>重新开启批次 %1 的审核</translation>
    </message>
    <message>
        <source>Batch %1 was %2 by %3. Reopen its review? The batch becomes open again and can be approved or rejected anew; say why (recorded in the audit trail).</source>
        <translation>批次 %1 已由 %3 %2。重新开启审核？该批次将重新开放，可再次批准或驳回；请说明原因（记录在审计记录中）。</translation>
    </message>
    <message>
        <source>Reopen review</source>
        <translation>重新开启审核</translation>
    </message>
    <message>
        <source>Reopening a review needs a comment saying why.</source>
        <translation>重新开启审核需要填写原因。</translation>
    </message>
    <message>
        <source>reopened for review</source>
        <translation>已重新开启审核</translation>
    </message>
    <message>
        <source>Batch %1 %2.</source>
        <translation>批次 %1 %2。</translation>
    </message>
</context>
<context>
    <name>CameraControls</name>
    <message>
        <source>Camera, or a video file to scan from</source>
        <translation>用于扫描的摄像头或视频文件</translation>
    </message>
    <message>
        <source>Resolution asked of the camera (many webcams give 640x480 unless asked)</source>
        <translation>向摄像头请求的分辨率（许多网络摄像头默认只提供 640x480）</translation>
    </message>
    <message>
        <source>Search again</source>
        <translation>重新搜索</translation>
    </message>
    <message>
        <source>Look for cameras again (after plugging one in)</source>
        <translation>重新查找摄像头（插入后）</translation>
    </message>
    <message>
        <source>Sound</source>
        <translation>声音</translation>
    </message>
    <message>
        <source>Camera:</source>
        <translation>摄像头：</translation>
    </message>
    <message>
        <source>%s (%d)</source>
        <translation>%s (%d)</translation>
    </message>
    <message>
        <source>No camera (scanner or typing)</source>
        <translation>不用摄像头（扫描枪或键入）</translation>
    </message>
    <message>
        <source>Video file…</source>
        <translation>视频文件…</translation>
    </message>
    <message>
        <source>Scan from a video file</source>
        <translation>从视频文件扫描</translation>
    </message>
    <message>
        <source>Videos (*.mp4 *.avi *.mkv *.mov *.webm);;All (*)</source>
        <translation>视频 (*.mp4 *.avi *.mkv *.mov *.webm);;全部 (*)</translation>
    </message>
</context>
<context>
    <name>CameraPane</name>
    <message>
        <source>No camera found</source>
        <translation>未找到摄像头</translation>
    </message>
    <message>
        <source>Camera %s is not connected</source>
        <translation>摄像头 %s 未连接</translation>
    </message>
    <message>
        <source>No camera chosen: pick one above</source>
        <translation>未选择摄像头：请在上方选择</translation>
    </message>
    <message>
        <source>Camera off</source>
        <translation>摄像头已关闭</translation>
    </message>
    <message>
        <source>Starting %s…</source>
        <translation>正在启动 %s…</translation>
    </message>
    <message>
        <source>camera: starting %s</source>
        <translation>摄像头：正在启动 %s</translation>
    </message>
    <message>
        <source>camera: %s%s</source>
        <translation>摄像头：%s%s</translation>
    </message>
    <message>
        <source>camera: %s</source>
        <translation>摄像头：%s</translation>
    </message>
    <message>
        <source>Camera unplugged</source>
        <translation>摄像头已拔出</translation>
    </message>
    <message>
        <source>The USB scanner and typing still work.</source>
        <translation>USB 扫描枪和键入仍可使用。</translation>
    </message>
    <message>
        <source>camera: unplugged, waiting for it</source>
        <translation>摄像头：已拔出，等待重新连接</translation>
    </message>
    <message>
        <source>No camera</source>
        <translation>无摄像头</translation>
    </message>
    <message>
        <source>Camera stopped</source>
        <translation>摄像头已停止</translation>
    </message>
    <message>
        <source>Scan with a USB scanner or type the SN or manual code in the field below.</source>
        <translation>请使用 USB 扫描枪扫描，或在下方输入序列号或手动码。</translation>
    </message>
    <message>
        <source>camera: none (%s); scanner and typing work</source>
        <translation>摄像头：无（%s）；扫描枪和键入可用</translation>
    </message>
</context>
<context>
    <name>CameraView</name>
    <message>
        <source>No camera</source>
        <translation>无摄像头</translation>
    </message>
    <message>
        <source>Scan with a USB scanner or type the SN or manual code below.</source>
        <translation>请使用 USB 扫描枪扫描，或在下方输入序列号或手动码。</translation>
    </message>
</context>
<context>
    <name>CommentDialog</name>
    <message>
        <source>A rejection needs a comment saying why.</source>
        <translation>驳回需要填写原因。</translation>
    </message>
    <message>
        <source>I have seen these warnings and approve anyway</source>
        <translation>我已看到这些警告，仍然批准</translation>
    </message>
    <message>
        <source>Why? (required)</source>
        <translation>原因？（必填）</translation>
    </message>
    <message>
        <source>Comment (optional)</source>
        <translation>备注（可选）</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>批准</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>驳回</translation>
    </message>
    <message>
        <source>Tick the box to approve despite the warnings.</source>
        <translation>勾选此框以在有警告的情况下仍然批准。</translation>
    </message>
</context>
<context>
    <name>ConflictListModel</name>
    <message>
        <source>changed on both sides</source>
        <translation>双方均有修改</translation>
    </message>
    <message>
        <source>deleted on one side, changed on the other</source>
        <translation>一方删除，另一方修改</translation>
    </message>
    <message>
        <source>same key (SN, name) created on both sides</source>
        <translation>双方创建了相同的键（序列号、名称）</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>资产</translation>
    </message>
    <message>
        <source>Registration group</source>
        <translation>注册组</translation>
    </message>
    <message>
        <source>Master data group</source>
        <translation>主数据组</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>批次</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Attribute</source>
        <translation>属性</translation>
    </message>
    <message>
        <source>Allocation</source>
        <translation>分配</translation>
    </message>
    <message>
        <source>Reprovision request</source>
        <translation>重新配置请求</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>组织</translation>
    </message>
    <message>
        <source>Third-party code</source>
        <translation>第三方码</translation>
    </message>
    <message>
        <source>Registration</source>
        <translation>注册</translation>
    </message>
    <message>
        <source>this station</source>
        <translation>本工作站</translation>
    </message>
    <message>
        <source>central</source>
        <translation>中心</translation>
    </message>
    <message>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Concerns</source>
        <translation>涉及</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>组</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>冲突</translation>
    </message>
    <message>
        <source>Fields that differ</source>
        <translation>不同的字段</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>发现时间</translation>
    </message>
    <message>
        <source>(bookkeeping only)</source>
        <translation>（仅记账字段）</translation>
    </message>
</context>
<context>
    <name>ConflictsView</name>
    <message>
        <source>Loading conflicts…</source>
        <translation>正在加载冲突…</translation>
    </message>
    <message>
        <source>every group</source>
        <translation>所有组</translation>
    </message>
    <message>
        <source>every batch</source>
        <translation>所有批次</translation>
    </message>
    <message>
        <source>every kind</source>
        <translation>所有类型</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>This station</source>
        <translation>本工作站</translation>
    </message>
    <message>
        <source>Central</source>
        <translation>中心</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>保留</translation>
    </message>
    <message>
        <source>Select &amp;all shown</source>
        <translation>全选显示的冲突(&amp;A)</translation>
    </message>
    <message>
        <source>Keep this station&apos;s version</source>
        <translation>保留本工作站的版本</translation>
    </message>
    <message>
        <source>Keep the central version</source>
        <translation>保留中心的版本</translation>
    </message>
    <message>
        <source>Merge the chosen fields</source>
        <translation>合并所选字段</translation>
    </message>
    <message>
        <source>Rename this station&apos;s one…</source>
        <translation>重命名本工作站的…</translation>
    </message>
    <message>
        <source>Keep central, retire this station&apos;s copy</source>
        <translation>保留中心版本，停用本工作站的副本</translation>
    </message>
    <message>
        <source>Keep this station&apos;s device, retire the central copy</source>
        <translation>保留本站设备，停用中心副本</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>显示：</translation>
    </message>
    <message>
        <source>Only a supervisor may resolve sync conflicts</source>
        <translation>只有主管可以解决同步冲突</translation>
    </message>
    <message>
        <source>1 open conflict</source>
        <translation>1 个未解决的冲突</translation>
    </message>
    <message>
        <source>%1 open conflicts</source>
        <translation>%1 个未解决的冲突</translation>
    </message>
    <message>
        <source>, %1 shown</source>
        <translation>，显示 %1 个</translation>
    </message>
    <message>
        <source>. Select several (Shift, Ctrl) to resolve them together.</source>
        <translation>。选择多个（Shift、Ctrl）可一起解决。</translation>
    </message>
    <message>
        <source>Keep central, retire this station&apos;s copies</source>
        <translation>保留中心版本，停用本工作站的副本</translation>
    </message>
    <message>
        <source>number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>keep this station&apos;s version of each</source>
        <translation>每个均保留本工作站的版本</translation>
    </message>
    <message>
        <source>keep the central version of each</source>
        <translation>每个均保留中心版本</translation>
    </message>
    <message>
        <source>keep each central device and retire this station&apos;s copy</source>
        <translation>保留每个中心设备并停用本工作站的副本</translation>
    </message>
    <message>
        <source>Resolve %1 conflicts</source>
        <translation>解决 %1 个冲突</translation>
    </message>
    <message>
        <source>Resolve the %1 selected conflicts: %2? The result syncs with the next sync; the audit trail keeps the versions discarded.</source>
        <translation>解决所选的 %1 个冲突：%2？结果将在下次同步时同步；审计记录会保留被舍弃的版本。</translation>
    </message>
    <message>
        <source>Resolve %1</source>
        <translation>解决 %1 个</translation>
    </message>
    <message>
        <source>%1 conflict(s) resolved; the result syncs with the next sync.</source>
        <translation>已解决 %1 个冲突；结果将在下次同步时同步。</translation>
    </message>
    <message>
        <source>unexpected error (%1); details are in the log file</source>
        <translation>意外错误（%1）；详情见日志文件</translation>
    </message>
    <message>
        <source>Not connected to a central database: nothing has synced and there are no conflicts. Changes stay on this station until it is connected to one.</source>
        <translation>未连接中心数据库：尚未同步任何内容，也没有冲突。在连接之前，更改保留在本工作站。</translation>
    </message>
    <message>
        <source>No open conflicts: every change has synced or waits for the next sync.</source>
        <translation>没有未解决的冲突：所有更改均已同步或等待下次同步。</translation>
    </message>
    <message>
        <source>Rename this station&apos;s one</source>
        <translation>重命名本工作站的</translation>
    </message>
    <message>
        <source>New %1 for this station&apos;s %2 (the other one keeps its own):</source>
        <translation>本工作站的 %2 的新%1（另一个保留自己的）：</translation>
    </message>
    <message>
        <source>Resolving…</source>
        <translation>正在解决…</translation>
    </message>
</context>
<context>
    <name>DatabaseWaitRelay</name>
    <message>
        <source>The database is free again</source>
        <translation>数据库已空闲</translation>
    </message>
</context>
<context>
    <name>DeviceDetailsDialog</name>
    <message>
        <source>Device</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>Master data</source>
        <translation>主数据</translation>
    </message>
    <message>
        <source>Allocations</source>
        <translation>分配</translation>
    </message>
    <message>
        <source>Reprovisions</source>
        <translation>重新配置</translation>
    </message>
    <message>
        <source>Registrations</source>
        <translation>注册记录</translation>
    </message>
    <message>
        <source>Third-party code</source>
        <translation>第三方码</translation>
    </message>
    <message>
        <source>Audit history</source>
        <translation>审计历史</translation>
    </message>
    <message>
        <source>Device %1 in %2</source>
        <translation>%2 中的设备 %1</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>Asked by</source>
        <translation>申请人</translation>
    </message>
    <message>
        <source>Asset ID</source>
        <translation>资产 ID</translation>
    </message>
    <message>
        <source>Attribute</source>
        <translation>属性</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>批次</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>决定人</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Device ID</source>
        <translation>设备 ID</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>环境</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <source>Gateway</source>
        <translation>网关</translation>
    </message>
    <message>
        <source>Hub</source>
        <translation>Hub</translation>
    </message>
    <message>
        <source>Labels printed</source>
        <translation>已打印标签</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>最近更改</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>最近错误</translation>
    </message>
    <message>
        <source>Manual code</source>
        <translation>手动码</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>No audit events for this device.</source>
        <translation>此设备没有审计事件。</translation>
    </message>
    <message>
        <source>No reprovision requests.</source>
        <translation>没有重新配置请求。</translation>
    </message>
    <message>
        <source>Not allocated yet: the device is allocated when it is activated.</source>
        <translation>尚未分配：设备在激活时分配。</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>OU</source>
        <translation>OU</translation>
    </message>
    <message>
        <source>Over</source>
        <translation>通过</translation>
    </message>
    <message>
        <source>Registration group</source>
        <translation>注册组</translation>
    </message>
    <message>
        <source>SN</source>
        <translation>序列号</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>起始时间</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Substatus</source>
        <translation>子状态</translation>
    </message>
    <message>
        <source>The device has not registered with the provisioning service yet.</source>
        <translation>设备尚未在配置服务中注册。</translation>
    </message>
    <message>
        <source>This device&apos;s group has no master data.</source>
        <translation>此设备所在组没有主数据。</translation>
    </message>
    <message>
        <source>To</source>
        <translation>到</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新时间</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>not in the master data group</source>
        <translation>不在主数据组中</translation>
    </message>
    <message>
        <source>required</source>
        <translation>必填</translation>
    </message>
</context>
<context>
    <name>DevicePanel</name>
    <message>
        <source>No device</source>
        <translation>无设备</translation>
    </message>
    <message>
        <source>Group:</source>
        <translation>组：</translation>
    </message>
    <message>
        <source>Batch:</source>
        <translation>批次：</translation>
    </message>
    <message>
        <source>Allocated in:</source>
        <translation>分配于：</translation>
    </message>
    <message>
        <source>Asset ID:</source>
        <translation>资产 ID：</translation>
    </message>
    <message>
        <source>Reprovision:</source>
        <translation>重新配置：</translation>
    </message>
    <message>
        <source>Registered:</source>
        <translation>已注册：</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>时间 (UTC)</translation>
    </message>
    <message>
        <source>Hub</source>
        <translation>Hub</translation>
    </message>
    <message>
        <source>Substatus</source>
        <translation>子状态</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>%s (policy for reprovisioning: %s)</source>
        <translation>%s（重新配置策略：%s）</translation>
    </message>
    <message>
        <source>none (retired; its allocation was revoked)</source>
        <translation>无（已停用；其分配已撤销）</translation>
    </message>
    <message>
        <source>not allocated (group target: %s / %s)</source>
        <translation>未分配（组目标：%s / %s）</translation>
    </message>
    <message>
        <source>Last error: %s</source>
        <translation>最近错误：%s</translation>
    </message>
    <message>
        <source>replaced by %s</source>
        <translation>已被 %s 替换</translation>
    </message>
    <message>
        <source>Retired: %s</source>
        <translation>已停用：%s</translation>
    </message>
    <message>
        <source>yes, %s</source>
        <translation>是，%s</translation>
    </message>
    <message>
        <source>refused: %s</source>
        <translation>被拒绝：%s</translation>
    </message>
    <message>
        <source>not yet (the device has not reached the provisioning service)</source>
        <translation>尚未（设备尚未连接到配置服务）</translation>
    </message>
</context>
<context>
    <name>DeviceTableModel</name>
    <message>
        <source>replaced by %s</source>
        <translation>已被 %s 替换</translation>
    </message>
    <message>
        <source>SN</source>
        <translation>序列号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>批次</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Asset ID</source>
        <translation>资产 ID</translation>
    </message>
    <message>
        <source>Manual code</source>
        <translation>手动码</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新时间</translation>
    </message>
</context>
<context>
    <name>DevicesView</name>
    <message>
        <source>Filter: SN or name prefix, asset ID, manual code</source>
        <translation>筛选：序列号或名称前缀、资产 ID、手动码</translation>
    </message>
    <message>
        <source>All batches</source>
        <translation>所有批次</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>所有状态</translation>
    </message>
    <message>
        <source>Batch:</source>
        <translation>批次：</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <source>Register device…</source>
        <translation>注册设备…</translation>
    </message>
    <message>
        <source>Register range…</source>
        <translation>注册序列号段…</translation>
    </message>
    <message>
        <source>Import CSV/XLSX…</source>
        <translation>导入 CSV/XLSX…</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>停用</translation>
    </message>
    <message>
        <source>Enable</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <source>Print labels…</source>
        <translation>打印标签…</translation>
    </message>
    <message>
        <source>Labels of the selected devices, or of the batch filtered on</source>
        <translation>所选设备或所筛选批次的标签</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Device list or provisioning files of the group, the batch filtered on, or the selected devices</source>
        <translation>该组、所筛选批次或所选设备的设备列表或配置文件</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>No registration group chosen</source>
        <translation>未选择注册组</translation>
    </message>
    <message>
        <source>Counting… (%s shown)</source>
        <translation>正在计数…（已显示 %s）</translation>
    </message>
    <message>
        <source>%s (%s shown)</source>
        <translation>%s（已显示 %s）</translation>
    </message>
    <message>
        <source>Only devices that are not disabled, replaced or discarded can be disabled</source>
        <translation>只有未停用、未替换、未报废的设备才能停用</translation>
    </message>
    <message>
        <source>Only disabled devices can be enabled</source>
        <translation>只有已停用的设备才能启用</translation>
    </message>
    <message>
        <source>Activated devices must be disabled before they are deleted</source>
        <translation>已激活的设备必须先停用才能删除</translation>
    </message>
    <message>
        <source>All %s matching devices selected:</source>
        <translation>已选择全部 %s 台匹配设备：</translation>
    </message>
    <message>
        <source>%s selected:</source>
        <translation>已选择 %s：</translation>
    </message>
    <message>
        <source>Select devices to act on them:</source>
        <translation>选择设备以进行操作：</translation>
    </message>
    <message>
        <source>the</source>
        <translation>这些</translation>
    </message>
    <message>
        <source>Disable devices</source>
        <translation>停用设备</translation>
    </message>
    <message>
        <source>Disable %s of group %s. Reason (for the audit trail, optional):</source>
        <translation>停用 %s（组 %s）。原因（记入审计记录，可选）：</translation>
    </message>
    <message>
        <source>Disabling</source>
        <translation>正在停用</translation>
    </message>
    <message>
        <source>%d disabled</source>
        <translation>已停用 %d</translation>
    </message>
    <message>
        <source>Enabling</source>
        <translation>正在启用</translation>
    </message>
    <message>
        <source>%d enabled</source>
        <translation>已启用 %d</translation>
    </message>
    <message>
        <source>Delete %s from group %s?
%s

They disappear from every list; the deletion is audited and syncs to the central database.</source>
        <translation>删除 %s（组 %s）？
%s

它们将从所有列表中消失；删除操作会被审计并同步到中心数据库。</translation>
    </message>
    <message>
        <source>%s of batch %s (approved by %s)</source>
        <translation>%s，属于批次 %s（由 %s 批准）</translation>
    </message>
    <message>
        <source>Approved batches: %s. Deleting changes what a supervisor approved.</source>
        <translation>已批准的批次：%s。删除会改变主管已批准的内容。</translation>
    </message>
    <message>
        <source>Delete devices</source>
        <translation>删除设备</translation>
    </message>
    <message>
        <source>Delete anyway</source>
        <translation>仍然删除</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Deleting</source>
        <translation>正在删除</translation>
    </message>
    <message>
        <source>%d deleted</source>
        <translation>已删除 %d</translation>
    </message>
    <message>
        <source> (cancelled)</source>
        <translation>（已取消）</translation>
    </message>
    <message>
        <source>; %d not changed</source>
        <translation>；%d 未更改</translation>
    </message>
    <message>
        <source>… and %d more</source>
        <translation>… 另有 %d 个</translation>
    </message>
    <message>
        <source>Not every device was changed</source>
        <translation>并非所有设备都已更改</translation>
    </message>
</context>
<context>
    <name>DisablePage</name>
    <message>
        <source>why (for the audit trail), e.g. damaged on delivery</source>
        <translation>原因（记入审计记录），例如 到货时已损坏</translation>
    </message>
    <message>
        <source>Disable device</source>
        <translation>停用设备</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>&lt;b&gt;Disable %s&lt;/b&gt;: it cannot be activated until it is enabled again.</source>
        <translation>&lt;b&gt;停用 %s&lt;/b&gt;：在重新启用之前无法激活。</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export from %s</source>
        <translation>从 %s 导出</translation>
    </message>
    <message>
        <source>Device list (CSV, XLSX or JSON, by the file name)</source>
        <translation>设备列表（按文件名决定 CSV、XLSX 或 JSON）</translation>
    </message>
    <message>
        <source>Provisioning files for flashing (JSON)</source>
        <translation>用于烧录的配置文件（JSON）</translation>
    </message>
    <message>
        <source>All devices of group %s</source>
        <translation>组 %s 的所有设备</translation>
    </message>
    <message>
        <source>Batch %s</source>
        <translation>批次 %s</translation>
    </message>
    <message>
        <source>The selected %s</source>
        <translation>所选的 %s</translation>
    </message>
    <message>
        <source>One file per device (SN.json in a folder)</source>
        <translation>每台设备一个文件（文件夹中的 SN.json）</translation>
    </message>
    <message>
        <source>One file for all (a .json file)</source>
        <translation>所有设备一个文件（一个 .json 文件）</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Include secrets (device keys; device secrets of activated devices)</source>
        <translation>包含密钥（设备密钥；已激活设备的设备密钥）</translation>
    </message>
    <message>
        <source>Your role may not export secrets.</source>
        <translation>您的角色不能导出密钥。</translation>
    </message>
    <message>
        <source>What:</source>
        <translation>内容：</translation>
    </message>
    <message>
        <source>Devices:</source>
        <translation>设备：</translation>
    </message>
    <message>
        <source>Files:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <source>Save to:</source>
        <translation>保存到：</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>A device list covers the group or a batch; choose one of them, or provisioning files for the selected devices.</source>
        <translation>设备列表涵盖整个组或一个批次；请选择其一，或为所选设备生成配置文件。</translation>
    </message>
    <message>
        <source>End the file name in %s.</source>
        <translation>文件名须以 %s 结尾。</translation>
    </message>
    <message>
        <source>End the file name in .json.</source>
        <translation>文件名须以 .json 结尾。</translation>
    </message>
    <message>
        <source>Give a folder (one SN.json per device goes into it), not a .json file.</source>
        <translation>请指定文件夹（每台设备一个 SN.json），而不是 .json 文件。</translation>
    </message>
    <message>
        <source>Folder for the provisioning files</source>
        <translation>配置文件所在文件夹</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>CSV (*.csv);;Excel workbook (*.xlsx);;JSON (*.json)</source>
        <translation>CSV (*.csv);;Excel 工作簿 (*.xlsx);;JSON (*.json)</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>导出到</translation>
    </message>
    <message>
        <source>Export secrets</source>
        <translation>导出密钥</translation>
    </message>
    <message>
        <source>The file will hold the devices&apos; secrets: anyone with it can register these devices as their own. Keep it on an encrypted disk and delete it after flashing.

The export is recorded in the audit log under your name. Export with secrets?</source>
        <translation>该文件将包含设备密钥：任何持有它的人都能把这些设备注册为自己的设备。请将其保存在加密磁盘上，并在烧录后删除。

此次导出将以您的名义记入审计日志。是否导出密钥？</translation>
    </message>
    <message>
        <source>Export with secrets</source>
        <translation>连同密钥导出</translation>
    </message>
    <message>
        <source>Nothing exported: secrets were not confirmed.</source>
        <translation>未导出任何内容：未确认导出密钥。</translation>
    </message>
    <message>
        <source>Exporting …</source>
        <translation>正在导出 …</translation>
    </message>
    <message>
        <source>Exported %s to %s</source>
        <translation>已导出 %s 到 %s</translation>
    </message>
</context>
<context>
    <name>FieldActions</name>
    <message>
        <source>Check the master data</source>
        <translation>请检查主数据</translation>
    </message>
    <message>
        <source>Activating</source>
        <translation>正在激活</translation>
    </message>
    <message>
        <source>Installing</source>
        <translation>正在安装</translation>
    </message>
    <message>
        <source>Saving the master data of</source>
        <translation>正在保存主数据：</translation>
    </message>
    <message>
        <source>%s %s…</source>
        <translation>%s %s…</translation>
    </message>
    <message>
        <source>activated</source>
        <translation>已激活</translation>
    </message>
    <message>
        <source>installed</source>
        <translation>已安装</translation>
    </message>
    <message>
        <source>master data saved</source>
        <translation>主数据已保存</translation>
    </message>
    <message>
        <source>%s %s</source>
        <translation>%s %s</translation>
    </message>
    <message>
        <source>Activate it when ready (Ctrl+Enter).</source>
        <translation>准备好后激活（Ctrl+Enter）。</translation>
    </message>
    <message>
        <source>Next device: scan its label.</source>
        <translation>下一台设备：扫描其标签。</translation>
    </message>
    <message>
        <source>%s failed</source>
        <translation>%s 失败</translation>
    </message>
    <message>
        <source>Replace a device</source>
        <translation>替换设备</translation>
    </message>
    <message>
        <source>Scan or type the new device; what moves over is shown before you confirm.</source>
        <translation>扫描或输入新设备；确认前会显示将转移的内容。</translation>
    </message>
    <message>
        <source>Scan or type the faulty device, then the new one.</source>
        <translation>先扫描或输入故障设备，再扫描或输入新设备。</translation>
    </message>
    <message>
        <source>Scan the faulty device (its group is not known).</source>
        <translation>请扫描故障设备（其所属组未知）。</translation>
    </message>
    <message>
        <source>replaced by %s</source>
        <translation>已由 %s 替换</translation>
    </message>
    <message>
        <source>replaces %s</source>
        <translation>替换 %s</translation>
    </message>
    <message>
        <source>replacement</source>
        <translation>替换件</translation>
    </message>
    <message>
        <source>new device replacing %s</source>
        <translation>替换 %s 的新设备</translation>
    </message>
    <message>
        <source>%s replaced by %s</source>
        <translation>%s 已由 %s 替换</translation>
    </message>
    <message>
        <source>%s took over asset %s; %s is retired.</source>
        <translation>%s 已接管资产 %s；%s 已停用。</translation>
    </message>
    <message>
        <source>Activate %s when ready (Ctrl+Enter).</source>
        <translation>准备好后激活 %s（Ctrl+Enter）。</translation>
    </message>
    <message>
        <source>reprovision to %s/%s awaits approval</source>
        <translation>重新配置到 %s/%s 等待批准</translation>
    </message>
    <message>
        <source>Sent for approval: pending</source>
        <translation>已提交审批：待处理</translation>
    </message>
    <message>
        <source>A supervisor must approve reprovisioning %s to %s / %s; the request waits as pending (and syncs).</source>
        <translation>主管须批准将 %s 重新配置到 %s / %s；该请求处于待处理状态（并会同步）。</translation>
    </message>
    <message>
        <source>reprovisioned to %s/%s</source>
        <translation>已重新配置到 %s/%s</translation>
    </message>
    <message>
        <source>%s reprovisioned to %s / %s</source>
        <translation>%s 已重新配置到 %s / %s</translation>
    </message>
    <message>
        <source>New allocation made (policy %s); it completes when the device connects.</source>
        <translation>已创建新分配（策略 %s）；设备连接后完成。</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>%s disabled</source>
        <translation>%s 已停用</translation>
    </message>
    <message>
        <source>enabled</source>
        <translation>已启用</translation>
    </message>
    <message>
        <source>%s enabled</source>
        <translation>%s 已启用</translation>
    </message>
    <message>
        <source>Back to %s.</source>
        <translation>返回 %s。</translation>
    </message>
</context>
<context>
    <name>FieldScanning</name>
    <message>
        <source>Replace: %s scanned</source>
        <translation>替换：已扫描 %s</translation>
    </message>
    <message>
        <source>Third-party device</source>
        <translation>第三方设备</translation>
    </message>
    <message>
        <source>Unknown device</source>
        <translation>未知设备</translation>
    </message>
    <message>
        <source>Nothing to onboard</source>
        <translation>无可上线的设备</translation>
    </message>
</context>
<context>
    <name>FieldSession</name>
    <message>
        <source>(any group)</source>
        <translation>（任意组）</translation>
    </message>
    <message>
        <source>Onboarding group: %s</source>
        <translation>上线组：%s</translation>
    </message>
    <message>
        <source>any</source>
        <translation>任意</translation>
    </message>
    <message>
        <source>End session</source>
        <translation>结束会话</translation>
    </message>
    <message>
        <source>End this session? Its list of %s is cleared and its devices may be scanned again without counting as duplicates.</source>
        <translation>结束此会话？其 %s 的列表将被清空，这些设备可再次扫描而不计为重复。</translation>
    </message>
    <message>
        <source>No device</source>
        <translation>无设备</translation>
    </message>
</context>
<context>
    <name>FieldView</name>
    <message>
        <source>Onboarding group:</source>
        <translation>上线组：</translation>
    </message>
    <message>
        <source>Devices of other groups are flagged</source>
        <translation>其他组的设备会被标记</translation>
    </message>
    <message>
        <source>(any group)</source>
        <translation>（任意组）</translation>
    </message>
    <message>
        <source>Summary (F10)</source>
        <translation>汇总 (F10)</translation>
    </message>
    <message>
        <source>End session</source>
        <translation>结束会话</translation>
    </message>
    <message>
        <source>Master data</source>
        <translation>主数据</translation>
    </message>
    <message>
        <source>Master data (%s)</source>
        <translation>主数据（%s）</translation>
    </message>
    <message>
        <source>%s registered</source>
        <translation>%s 已注册</translation>
    </message>
    <message>
        <source>The device provisioned itself: %s</source>
        <translation>设备已自行完成配置：%s</translation>
    </message>
    <message>
        <source>%s: registration %s</source>
        <translation>%s：注册 %s</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Welcome to DPS Station</source>
        <translation>欢迎使用 DPS Station</translation>
    </message>
    <message>
        <source>This station has no users yet. Name your organisation and create the first supervisor account; the supervisor can add technicians and installers later.</source>
        <translation>此工作站还没有用户。请填写组织名称并创建第一个主管账户；主管之后可以添加技术员和安装员。</translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation>组织(&amp;O)</translation>
    </message>
    <message>
        <source>Supervisor &amp;user name</source>
        <translation>主管用户名(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Full name</source>
        <translation>全名(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>密码(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Repeat password</source>
        <translation>重复密码(&amp;R)</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>创建</translation>
    </message>
    <message>
        <source>Enter the name of your organisation.</source>
        <translation>请输入您的组织名称。</translation>
    </message>
    <message>
        <source>User name: 1-64 letters, digits, &apos;.&apos;, &apos;_&apos;, &apos;@&apos; or &apos;-&apos;, starting with a letter or digit.</source>
        <translation>用户名：1–64 个字母、数字、&apos;.&apos;、&apos;_&apos;、&apos;@&apos; 或 &apos;-&apos;，须以字母或数字开头。</translation>
    </message>
    <message>
        <source>Password: at least %d characters.</source>
        <translation>密码：至少 %d 个字符。</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
</context>
<context>
    <name>GroupPicker</name>
    <message>
        <source>All groups</source>
        <translation>所有组</translation>
    </message>
</context>
<context>
    <name>GroupsView</name>
    <message>
        <source>&amp;New registration group…</source>
        <translation>新建注册组(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>Registration groups</source>
        <translation>注册组</translation>
    </message>
    <message>
        <source>Onboarding templates: devices are registered in a group and go to its OU and environment.</source>
        <translation>上线模板：设备注册到某个组，并进入该组的 OU 和环境。</translation>
    </message>
    <message>
        <source>Selected group</source>
        <translation>所选组</translation>
    </message>
    <message>
        <source>Cop&amp;y</source>
        <translation>复制(&amp;Y)</translation>
    </message>
    <message>
        <source>Group ID</source>
        <translation>组 ID</translation>
    </message>
    <message>
        <source>&amp;Reveal…</source>
        <translation>显示(&amp;R)…</translation>
    </message>
    <message>
        <source>Shows the Group Secret after a confirmation; recorded in the audit trail.</source>
        <translation>确认后显示组密钥；会记入审计记录。</translation>
    </message>
    <message>
        <source>Group Secret</source>
        <translation>组密钥</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>Master data group</source>
        <translation>主数据组</translation>
    </message>
    <message>
        <source>OU</source>
        <translation>OU</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>环境</translation>
    </message>
    <message>
        <source>Product key</source>
        <translation>产品密钥</translation>
    </message>
    <message>
        <source>Gateway</source>
        <translation>网关</translation>
    </message>
    <message>
        <source>Reprovisioning</source>
        <translation>重新配置</translation>
    </message>
    <message>
        <source>Label template</source>
        <translation>标签模板</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>Group ID copied.</source>
        <translation>组 ID 已复制。</translation>
    </message>
    <message>
        <source>Reveal the Group Secret?</source>
        <translation>显示组密钥？</translation>
    </message>
    <message>
        <source>Reveal the Group Secret of %s?

The reveal is recorded in the audit trail with your name. Make sure nobody is looking at your screen.</source>
        <translation>显示 %s 的组密钥？

此次显示将以您的名义记入审计记录。请确保没有人在看您的屏幕。</translation>
    </message>
    <message>
        <source>Reveal</source>
        <translation>显示</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import devices into %s</source>
        <translation>导入设备到 %s</translation>
    </message>
    <message>
        <source>a .csv or .xlsx file with a header row (sn, name, batch, …)</source>
        <translation>带表头行（sn, name, batch, …）的 .csv 或 .xlsx 文件</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>optional: batch for rows without one</source>
        <translation>可选：未指定批次的行所用的批次</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>重新检查</translation>
    </message>
    <message>
        <source>Read the file again, e.g. after fixing it in a spreadsheet</source>
        <translation>重新读取文件，例如在电子表格中修改之后</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <source>Default batch:</source>
        <translation>默认批次：</translation>
    </message>
    <message>
        <source>Choose a file to see its rows before anything is imported.</source>
        <translation>选择文件，在导入前先查看其中的行。</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Import devices</source>
        <translation>导入设备</translation>
    </message>
    <message>
        <source>Device lists (*.csv *.tsv *.txt *.xlsx *.xlsm);;All files (*)</source>
        <translation>设备列表 (*.csv *.tsv *.txt *.xlsx *.xlsm);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Default batch: %s</source>
        <translation>默认批次：%s</translation>
    </message>
    <message>
        <source>Reading %s …</source>
        <translation>正在读取 %s …</translation>
    </message>
    <message>
        <source>… and %s more</source>
        <translation>… 另有 %s 个</translation>
    </message>
    <message>
        <source>Warning: %s</source>
        <translation>警告：%s</translation>
    </message>
    <message>
        <source>%s, %s: fix the file, then Check again. Nothing was imported.</source>
        <translation>%s，%s：请修正文件后重新检查。未导入任何内容。</translation>
    </message>
    <message>
        <source>The file has a header but no devices.</source>
        <translation>文件有表头，但没有设备。</translation>
    </message>
    <message>
        <source>%s, no problems. Nothing is written until you press Import.</source>
        <translation>%s，没有问题。按“导入”之前不会写入任何内容。</translation>
    </message>
    <message>
        <source>%s listed below.</source>
        <translation>%s 列在下方。</translation>
    </message>
    <message>
        <source>Problems (%s)</source>
        <translation>问题（%s）</translation>
    </message>
    <message>
        <source>Importing %s …</source>
        <translation>正在导入 %s …</translation>
    </message>
    <message>
        <source>Imported %s into %s</source>
        <translation>已将 %s 导入 %s</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was imported.</source>
        <translation>导入已取消；未导入任何内容。</translation>
    </message>
    <message>
        <source>Import anyway</source>
        <translation>仍然导入</translation>
    </message>
</context>
<context>
    <name>LabelOutputPicker</name>
    <message>
        <source>Output</source>
        <translation>输出</translation>
    </message>
    <message>
        <source>System printer</source>
        <translation>系统打印机</translation>
    </message>
    <message>
        <source>PDF file</source>
        <translation>PDF 文件</translation>
    </message>
    <message>
        <source>PNG images (one per label)</source>
        <translation>PNG 图片（每个标签一张）</translation>
    </message>
    <message>
        <source>ZPL (Zebra thermal printer)</source>
        <translation>ZPL（斑马热敏打印机）</translation>
    </message>
    <message>
        <source>C&amp;hoose printer…</source>
        <translation>选择打印机(&amp;H)…</translation>
    </message>
    <message>
        <source>labels.pdf</source>
        <translation>labels.pdf</translation>
    </message>
    <message>
        <source>a folder for the PNG files</source>
        <translation>PNG 文件所在文件夹</translation>
    </message>
    <message>
        <source>labels.zpl, or printer-host:9100</source>
        <translation>labels.zpl，或 printer-host:9100</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>The printer&apos;s resolution: QR modules are whole printer dots at it</source>
        <translation>打印机分辨率：在该分辨率下二维码模块为整数个打印点</translation>
    </message>
    <message>
        <source>Sen&amp;d to</source>
        <translation>发送到(&amp;D)</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>&amp;Resolution</source>
        <translation>分辨率(&amp;R)</translation>
    </message>
    <message>
        <source>ZPL is for thermal label printers: choose a thermal template</source>
        <translation>ZPL 用于热敏标签打印机：请选择热敏模板</translation>
    </message>
    <message>
        <source>%d dpi</source>
        <translation>%d dpi</translation>
    </message>
    <message>
        <source>&lt;i&gt;none chosen: Print asks&lt;/i&gt;</source>
        <translation>&lt;i&gt;未选择：打印时询问&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Save labels as PDF</source>
        <translation>将标签保存为 PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Folder for the PNG files</source>
        <translation>PNG 文件所在文件夹</translation>
    </message>
    <message>
        <source>Save labels as ZPL</source>
        <translation>将标签保存为 ZPL</translation>
    </message>
    <message>
        <source>ZPL files (*.zpl)</source>
        <translation>ZPL 文件 (*.zpl)</translation>
    </message>
</context>
<context>
    <name>LabelPreview</name>
    <message>
        <source>No preview yet</source>
        <translation>尚无预览</translation>
    </message>
    <message>
        <source>No preview</source>
        <translation>无预览</translation>
    </message>
    <message>
        <source>Rendering the preview…</source>
        <translation>正在生成预览…</translation>
    </message>
    <message>
        <source>The preview could not be drawn.</source>
        <translation>无法绘制预览。</translation>
    </message>
    <message>
        <source>Pages 1–%d of %d</source>
        <translation>第 1–%d 页，共 %d 页</translation>
    </message>
    <message>
        <source>Page 1 of %d</source>
        <translation>第 1 页，共 %d 页</translation>
    </message>
    <message>
        <source>Page 1 of 1</source>
        <translation>第 1 页，共 1 页</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Embedded: %1</source>
        <translation>内嵌：%1</translation>
    </message>
    <message>
        <source>Central: %1</source>
        <translation>中心：%1</translation>
    </message>
    <message>
        <source>DPS Station</source>
        <translation>DPS Station</translation>
    </message>
    <message>
        <source>%s · %s</source>
        <translation>%s · %s</translation>
    </message>
    <message>
        <source>camera: not in use</source>
        <translation>摄像头：未使用</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>立即同步(&amp;S)</translation>
    </message>
    <message>
        <source>Open &amp;data folder</source>
        <translation>打开数据文件夹(&amp;D)</translation>
    </message>
    <message>
        <source>Open &amp;log folder</source>
        <translation>打开日志文件夹(&amp;L)</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>注销(&amp;O)</translation>
    </message>
    <message>
        <source>Close the window and let another user sign in</source>
        <translation>关闭窗口，让其他用户登录</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>系统语言</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About DPS Station</source>
        <translation>关于 DPS Station(&amp;A)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>The window opens in %s at the next sign-in (File &gt; Sign out).</source>
        <translation>下次登录时窗口将以%s显示（文件 &gt; 注销）。</translation>
    </message>
    <message>
        <source>A sync is already running.</source>
        <translation>同步已在进行中。</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>立即同步</translation>
    </message>
    <message>
        <source>About DPS Station</source>
        <translation>关于 DPS Station</translation>
    </message>
    <message>
        <source>&lt;b&gt;DPS Station&lt;/b&gt; %s&lt;br&gt;Device onboarding station for a Device Provisioning Service.&lt;br&gt;Data home: %s</source>
        <translation>&lt;b&gt;DPS Station&lt;/b&gt; %s&lt;br&gt;面向设备配置服务（DPS）的设备上线工作站。&lt;br&gt;数据目录：%s</translation>
    </message>
    <message>
        <source>Background work is still running: wait for it (or cancel it), then sign out.</source>
        <translation>后台任务仍在运行：请等待其完成（或取消）后再注销。</translation>
    </message>
    <message>
        <source>Factory</source>
        <translation>工厂</translation>
    </message>
    <message>
        <source>master data, registration groups, devices, batches, labels</source>
        <translation>主数据、注册组、设备、批次、标签</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>现场</translation>
    </message>
    <message>
        <source>scan, fill in master data, install and activate</source>
        <translation>扫描、填写主数据、安装并激活</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>办公室</translation>
    </message>
    <message>
        <source>batch progress, anomalies, approvals, audit trail, reports, users, sync conflicts</source>
        <translation>批次进度、异常、审批、审计记录、报告、用户、同步冲突</translation>
    </message>
</context>
<context>
    <name>MasterDataForm</name>
    <message>
        <source>Scan a device to fill in its master data.</source>
        <translation>扫描设备以填写其主数据。</translation>
    </message>
    <message>
        <source>This device&apos;s master data group has no attributes.</source>
        <translation>此设备的主数据组没有属性。</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>（未设置）</translation>
    </message>
    <message>
        <source>a number from %s to %s</source>
        <translation>%s 到 %s 之间的数字</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>一个数字</translation>
    </message>
    <message>
        <source>latitude,longitude (e.g. 48.137,11.575) or a place name</source>
        <translation>纬度,经度（例如 48.137,11.575）或地名</translation>
    </message>
    <message>
        <source>an IANA time zone, e.g. Europe/Berlin</source>
        <translation>IANA 时区，例如 Asia/Shanghai</translation>
    </message>
    <message>
        <source>%s (and 1 more field)</source>
        <translation>%s（另有 1 个字段）</translation>
    </message>
    <message>
        <source>%s (and %d more fields)</source>
        <translation>%s（另有 %d 个字段）</translation>
    </message>
</context>
<context>
    <name>MasterdataGroupDialog</name>
    <message>
        <source>Edit master data group %s</source>
        <translation>编辑主数据组 %s</translation>
    </message>
    <message>
        <source>New master data group</source>
        <translation>新建主数据组</translation>
    </message>
    <message>
        <source>e.g. pump, meter, gateway</source>
        <translation>例如 pump、meter、gateway</translation>
    </message>
    <message>
        <source>Tick the attributes of this group; drag them into the order forms show.</source>
        <translation>勾选此组的属性；拖动以调整表单中的显示顺序。</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>名称(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Asset type</source>
        <translation>资产类型(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>描述(&amp;D)</translation>
    </message>
    <message>
        <source>A&amp;ttributes</source>
        <translation>属性(&amp;T)</translation>
    </message>
    <message>
        <source> · built-in</source>
        <translation> · 内置</translation>
    </message>
    <message>
        <source> · required</source>
        <translation> · 必填</translation>
    </message>
</context>
<context>
    <name>MasterdataGroupModel</name>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Asset type</source>
        <translation>资产类型</translation>
    </message>
    <message>
        <source>Attributes</source>
        <translation>属性</translation>
    </message>
    <message>
        <source>Attribute keys</source>
        <translation>属性键</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
</context>
<context>
    <name>MasterdataView</name>
    <message>
        <source>&amp;Add attribute…</source>
        <translation>添加属性(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Edit attribute…</source>
        <translation>编辑属性(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;New master data group…</source>
        <translation>新建主数据组(&amp;N)…</translation>
    </message>
    <message>
        <source>Edit &amp;group…</source>
        <translation>编辑组(&amp;G)…</translation>
    </message>
    <message>
        <source>Attribute definitions</source>
        <translation>属性定义</translation>
    </message>
    <message>
        <source>What a device can carry as master data. Built-in attributes (in italics) exist in every installation and are read-only.</source>
        <translation>设备可携带的主数据。内置属性（斜体）在每个安装中都存在，且只读。</translation>
    </message>
    <message>
        <source>Master data groups</source>
        <translation>主数据组</translation>
    </message>
    <message>
        <source>An asset type and the attributes its devices carry; registration groups link one.</source>
        <translation>资产类型及其设备所带的属性；注册组会关联一个主数据组。</translation>
    </message>
    <message>
        <source>Built-in attributes are read-only.</source>
        <translation>内置属性为只读。</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>Reset the password of %1</source>
        <translation>重置 %1 的密码</translation>
    </message>
    <message>
        <source>Set password</source>
        <translation>设置密码</translation>
    </message>
    <message>
        <source>Give %1 the new password; they sign in with it.</source>
        <translation>将新密码告知 %1；其将用它登录。</translation>
    </message>
    <message>
        <source>New &amp;password</source>
        <translation>新密码(&amp;P)</translation>
    </message>
</context>
<context>
    <name>PreviewZoom</name>
    <message>
        <source>Zoom out (Ctrl+-)</source>
        <translation>缩小 (Ctrl+-)</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>适应</translation>
    </message>
    <message>
        <source>Show the whole page (Ctrl+0)</source>
        <translation>显示整页 (Ctrl+0)</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl++, or Ctrl and the mouse wheel)</source>
        <translation>放大（Ctrl++，或按住 Ctrl 滚动鼠标滚轮）</translation>
    </message>
    <message>
        <source>Zoom:</source>
        <translation>缩放：</translation>
    </message>
</context>
<context>
    <name>PrintLabelsDialog</name>
    <message>
        <source>%1, one label per page (thermal roll)</source>
        <translation>%1，每页一个标签（热敏卷）</translation>
    </message>
    <message>
        <source>%1, one label per page</source>
        <translation>%1，每页一个标签</translation>
    </message>
    <message>
        <source>%1 labels (%2 × %3) of %4 on %5</source>
        <translation>%5 上 %1 个标签（%2 × %3），每个 %4</translation>
    </message>
    <message>
        <source>print labels</source>
        <translation>打印标签</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>正在启动…</translation>
    </message>
    <message>
        <source>Preparing</source>
        <translation>准备中</translation>
    </message>
    <message>
        <source>Reading back</source>
        <translation>回读中</translation>
    </message>
    <message>
        <source>Printing</source>
        <translation>打印中</translation>
    </message>
    <message>
        <source>Writing</source>
        <translation>写入中</translation>
    </message>
    <message>
        <source> (the printer has the job)</source>
        <translation>（打印机已接收任务）</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>于 %1</translation>
    </message>
    <message>
        <source>%1 for %2%3 to %4.</source>
        <translation>%1：%2%3 → %4。</translation>
    </message>
    <message>
        <source>Every label was read back and its signature verified; %1 recorded as labelled.</source>
        <translation>每个标签均已回读并校验签名；%1 已记录为已贴标。</translation>
    </message>
    <message>
        <source>%1 disabled or retired left out.</source>
        <translation>已略过 %1 个停用或退役的。</translation>
    </message>
    <message>
        <source>%1 printed and verified</source>
        <translation>%1 已打印并校验</translation>
    </message>
    <message>
        <source>Cancelled: nothing was printed or recorded.</source>
        <translation>已取消：未打印也未记录任何内容。</translation>
    </message>
    <message>
        <source>%1 did not read back as their device: the job was stopped, nothing was printed or recorded.</source>
        <translation>%1 回读结果与其设备不符：任务已停止，未打印也未记录任何内容。</translation>
    </message>
</context>
<context>
    <name>PrintLabelsForm</name>
    <message>
        <source>Reprint labels – %s</source>
        <translation>重新打印标签 – %s</translation>
    </message>
    <message>
        <source>Print labels – batch %s of %s</source>
        <translation>打印标签 – 批次 %s（%s）</translation>
    </message>
    <message>
        <source>Print labels – %s</source>
        <translation>打印标签 – %s</translation>
    </message>
    <message>
        <source>device</source>
        <translation>台设备</translation>
    </message>
    <message>
        <source>devices</source>
        <translation>台设备</translation>
    </message>
    <message>
        <source>label</source>
        <translation>个标签</translation>
    </message>
    <message>
        <source>labels</source>
        <translation>个标签</translation>
    </message>
    <message>
        <source>page</source>
        <translation>页</translation>
    </message>
    <message>
        <source>pages</source>
        <translation>页</translation>
    </message>
    <message>
        <source>Loading the devices…</source>
        <translation>正在加载设备…</translation>
    </message>
    <message>
        <source> per device</source>
        <translation> 每台设备</translation>
    </message>
    <message>
        <source>position </source>
        <translation>位置 </translation>
    </message>
    <message>
        <source>The first free position on the sheet; the ones before it are used</source>
        <translation>标签纸上第一个空位；之前的位置已用</translation>
    </message>
    <message>
        <source>Click the first free position on the sheet.</source>
        <translation>点击标签纸上的第一个空位。</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>&amp;Template</source>
        <translation>模板(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Copies</source>
        <translation>份数(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Start at</source>
        <translation>起始位置(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation>打印(&amp;P)</translation>
    </message>
    <message>
        <source>Cancel &amp;job</source>
        <translation>取消任务(&amp;J)</translation>
    </message>
    <message>
        <source>&amp;Open output</source>
        <translation>打开输出(&amp;O)</translation>
    </message>
</context>
<context>
    <name>PrintLabelsSetup</name>
    <message>
        <source>Signing the labels… %1 of %2</source>
        <translation>正在签名标签… %1 / %2</translation>
    </message>
    <message>
        <source>Loading the devices… %1</source>
        <translation>正在加载设备… %1</translation>
    </message>
    <message>
        <source>Reprint of %1: %2</source>
        <translation>重新打印 %1：%2</translation>
    </message>
    <message>
        <source>%1 of batch %2 in group %3</source>
        <translation>组 %3 中批次 %2 的 %1</translation>
    </message>
    <message>
        <source>%1 of group %2</source>
        <translation>组 %2 的 %1</translation>
    </message>
    <message>
        <source>(%1 disabled or retired left out)</source>
        <translation>（已略过 %1 个停用或退役的）</translation>
    </message>
    <message>
        <source>The labels cannot be printed.</source>
        <translation>无法打印这些标签。</translation>
    </message>
    <message>
        <source>%s (cannot be used)</source>
        <translation>%s（不可用）</translation>
    </message>
    <message>
        <source> – the group&apos;s template</source>
        <translation> – 组的模板</translation>
    </message>
    <message>
        <source>This template cannot be used: %s</source>
        <translation>此模板不可用：%s</translation>
    </message>
    <message>
        <source>Choose a template that can be used.</source>
        <translation>请选择可用的模板。</translation>
    </message>
    <message>
        <source>%1 on the roll at %3 dpi</source>
        <translation>%1，卷纸，%3 dpi</translation>
    </message>
    <message>
        <source>%1 on %2 at %3 dpi</source>
        <translation>%1，%2，%3 dpi</translation>
    </message>
    <message>
        <source>Your role cannot print labels</source>
        <translation>您的角色不能打印标签</translation>
    </message>
    <message>
        <source>These labels were printed. Change the template, copies, start position or output to print again.</source>
        <translation>这些标签已打印。更改模板、份数、起始位置或输出后可再次打印。</translation>
    </message>
</context>
<context>
    <name>ProvisioningView</name>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Instance</source>
        <translation>实例</translation>
    </message>
    <message>
        <source>Ports</source>
        <translation>端口</translation>
    </message>
    <message>
        <source>Last seen (UTC)</source>
        <translation>最后在线 (UTC)</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>时间 (UTC)</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>组</translation>
    </message>
    <message>
        <source>SN</source>
        <translation>序列号</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Hub</source>
        <translation>Hub</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Peer</source>
        <translation>对端</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>传输</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>Service instances on this database:</source>
        <translation>此数据库上的服务实例：</translation>
    </message>
    <message>
        <source>Newest registrations:</source>
        <translation>最新注册：</translation>
    </message>
    <message>
        <source>Last refused connections and registrations:</source>
        <translation>最近被拒绝的连接和注册：</translation>
    </message>
    <message>
        <source>on this computer</source>
        <translation>在本机</translation>
    </message>
    <message>
        <source>%s, %s on this computer</source>
        <translation>%s，本机上 %s</translation>
    </message>
    <message>
        <source>The provisioning service is running (%s): %s</source>
        <translation>配置服务正在运行（%s）：%s</translation>
    </message>
    <message>
        <source>no ports</source>
        <translation>无端口</translation>
    </message>
    <message>
        <source>The provisioning service is not running against this database (start it with: dps-station serve)</source>
        <translation>配置服务未在此数据库上运行（启动命令：dps-station serve）</translation>
    </message>
    <message>
        <source>Registrations in the last hour: %s (%s failed)</source>
        <translation>过去一小时的注册：%s（失败 %s）</translation>
    </message>
    <message>
        <source>running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <source>stopped or silent</source>
        <translation>已停止或无响应</translation>
    </message>
</context>
<context>
    <name>RegisterDeviceDialog</name>
    <message>
        <source>Register a device in %s</source>
        <translation>在 %s 中注册设备</translation>
    </message>
    <message>
        <source>serial number, e.g. PUMP-000123</source>
        <translation>序列号，例如 PUMP-000123</translation>
    </message>
    <message>
        <source>optional; created if new</source>
        <translation>可选；不存在则新建</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>可选</translation>
    </message>
    <message>
        <source>SN:</source>
        <translation>序列号：</translation>
    </message>
    <message>
        <source>Batch:</source>
        <translation>批次：</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>注册</translation>
    </message>
    <message>
        <source>SN: %s</source>
        <translation>序列号：%s</translation>
    </message>
    <message>
        <source>Batch: %s</source>
        <translation>批次：%s</translation>
    </message>
    <message>
        <source>Name: at most %d characters</source>
        <translation>名称：最多 %d 个字符</translation>
    </message>
    <message>
        <source>Registered %s in %s</source>
        <translation>已注册 %s（%s）</translation>
    </message>
    <message>
        <source>Register anyway</source>
        <translation>仍然注册</translation>
    </message>
</context>
<context>
    <name>RegisterRangeDialog</name>
    <message>
        <source>Prefix</source>
        <translation>前缀</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>起始</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Digits</source>
        <translation>位数</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>批次</translation>
    </message>
    <message>
        <source>Register a serial range in %s</source>
        <translation>在 %s 中注册序列号段</translation>
    </message>
    <message>
        <source>e.g. PUMP-</source>
        <translation>例如 PUMP-</translation>
    </message>
    <message>
        <source>&amp;No prefix: the SNs are only the counter</source>
        <translation>无前缀(&amp;N)：序列号仅为计数</translation>
    </message>
    <message>
        <source>Tick only when the devices&apos; SNs really are bare numbers such as 000001</source>
        <translation>仅当设备序列号确实是 000001 这样的纯数字时才勾选</translation>
    </message>
    <message>
        <source>no padding</source>
        <translation>不补零</translation>
    </message>
    <message>
        <source>optional; created if new</source>
        <translation>可选；不存在则新建</translation>
    </message>
    <message>
        <source>Prefix:</source>
        <translation>前缀：</translation>
    </message>
    <message>
        <source>Start:</source>
        <translation>起始：</translation>
    </message>
    <message>
        <source>Count:</source>
        <translation>数量：</translation>
    </message>
    <message>
        <source>Digits:</source>
        <translation>位数：</translation>
    </message>
    <message>
        <source>Batch:</source>
        <translation>批次：</translation>
    </message>
    <message>
        <source>Preview:</source>
        <translation>预览：</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>注册</translation>
    </message>
    <message>
        <source>give a prefix such as PUMP-, or tick &quot;No prefix&quot; if the SNs are only numbers</source>
        <translation>请填写前缀（如 PUMP-），若序列号只是数字则勾选“无前缀”</translation>
    </message>
    <message>
        <source>%s … %s  (%s SNs)</source>
        <translation>%s … %s （%s 个序列号）</translation>
    </message>
    <message>
        <source>Registered %s in %s</source>
        <translation>已注册 %s（%s）</translation>
    </message>
    <message>
        <source>Cancelled; nothing was registered.</source>
        <translation>已取消；未注册任何设备。</translation>
    </message>
    <message>
        <source>Register anyway</source>
        <translation>仍然注册</translation>
    </message>
</context>
<context>
    <name>RegisterThirdPartyDialog</name>
    <message>
        <source>Register a third-party device</source>
        <translation>注册第三方设备</translation>
    </message>
    <message>
        <source>%s: the code is kept with the device, its secret encrypted.</source>
        <translation>%s：该码与设备一起保存，其密钥加密存储。</translation>
    </message>
    <message>
        <source>The serial number the code holds</source>
        <translation>码中包含的序列号</translation>
    </message>
    <message>
        <source>the SN printed on the device</source>
        <translation>设备上印刷的序列号</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>可选</translation>
    </message>
    <message>
        <source>Group:</source>
        <translation>组：</translation>
    </message>
    <message>
        <source>SN:</source>
        <translation>序列号：</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>注册</translation>
    </message>
    <message>
        <source>SN: %s</source>
        <translation>序列号：%s</translation>
    </message>
    <message>
        <source>Registered %s in %s</source>
        <translation>已注册 %s（%s）</translation>
    </message>
</context>
<context>
    <name>RegistrationGroupDialog</name>
    <message>
        <source>Migrate: keep the master data</source>
        <translation>迁移：保留主数据</translation>
    </message>
    <message>
        <source>Initialize: reset master data to the defaults</source>
        <translation>初始化：将主数据重置为默认值</translation>
    </message>
    <message>
        <source>Not allowed</source>
        <translation>不允许</translation>
    </message>
    <message>
        <source>Needs supervisor approval</source>
        <translation>需要主管批准</translation>
    </message>
    <message>
        <source>Static: the OU, environment and gateway above</source>
        <translation>静态：使用上面的 OU、环境和网关</translation>
    </message>
    <message>
        <source>Hashed: spread over weighted targets</source>
        <translation>哈希：按权重分布到多个目标</translation>
    </message>
    <message>
        <source>Webhook: an HTTPS service decides</source>
        <translation>Webhook：由 HTTPS 服务决定</translation>
    </message>
    <message>
        <source>Edit registration group %s</source>
        <translation>编辑注册组 %s</translation>
    </message>
    <message>
        <source>New registration group</source>
        <translation>新建注册组</translation>
    </message>
    <message>
        <source>organisation unit the devices are allocated to</source>
        <translation>设备分配到的组织单元</translation>
    </message>
    <message>
        <source>e.g. prod, staging</source>
        <translation>例如 prod、staging</translation>
    </message>
    <message>
        <source>needed to allocate devices</source>
        <translation>分配设备时需要</translation>
    </message>
    <message>
        <source>Devices provision themselves from this group</source>
        <translation>设备从此组自行完成配置</translation>
    </message>
    <message>
        <source>Accept devices not registered in advance (their derived key registers them)</source>
        <translation>接受未预先注册的设备（由其派生密钥完成注册）</translation>
    </message>
    <message>
        <source>one per line: URL, OU, environment, product key, weight</source>
        <translation>每行一个：URL, OU, 环境, 产品密钥, 权重</translation>
    </message>
    <message>
        <source>PEM of the CA the webhook&apos;s certificate chains to (empty: the system&apos;s CAs)</source>
        <translation>Webhook 证书链所指向 CA 的 PEM（留空：使用系统 CA）</translation>
    </message>
    <message>
        <source>Trust the system&apos;s CAs instead of the CA set</source>
        <translation>信任系统 CA，而不是已设置的 CA</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>名称(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Master data group</source>
        <translation>主数据组(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;OU</source>
        <translation>OU(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Environment</source>
        <translation>环境(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Product key</source>
        <translation>产品密钥(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Gateway</source>
        <translation>网关(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Reprovisioning</source>
        <translation>重新配置(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Label template</source>
        <translation>标签模板(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>描述(&amp;D)</translation>
    </message>
    <message>
        <source>Provisioning</source>
        <translation>配置</translation>
    </message>
    <message>
        <source>&amp;Allocation</source>
        <translation>分配(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Targets</source>
        <translation>目标(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Webhook URL</source>
        <translation>Webhook URL(&amp;W)</translation>
    </message>
    <message>
        <source>Webhook &amp;CA</source>
        <translation>Webhook CA(&amp;C)</translation>
    </message>
    <message>
        <source>Devices carry this group&apos;s master data; it stays once they are registered.</source>
        <translation>设备携带此组的主数据；注册后保持不变。</translation>
    </message>
    <message>
        <source>a CA is set; paste another PEM to replace it</source>
        <translation>已设置 CA；粘贴另一个 PEM 以替换</translation>
    </message>
</context>
<context>
    <name>RegistrationGroupModel</name>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Group ID</source>
        <translation>组 ID</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>Master data group</source>
        <translation>主数据组</translation>
    </message>
    <message>
        <source>OU</source>
        <translation>OU</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>环境</translation>
    </message>
    <message>
        <source>Reprovision</source>
        <translation>重新配置</translation>
    </message>
    <message>
        <source>Label template</source>
        <translation>标签模板</translation>
    </message>
</context>
<context>
    <name>ReplacePage</name>
    <message>
        <source>scan, or type the faulty device&apos;s SN or manual code</source>
        <translation>扫描，或输入故障设备的序列号或手动码</translation>
    </message>
    <message>
        <source>scan, or type the new device&apos;s SN or manual code</source>
        <translation>扫描，或输入新设备的序列号或手动码</translation>
    </message>
    <message>
        <source>Faulty device:</source>
        <translation>故障设备：</translation>
    </message>
    <message>
        <source>New device:</source>
        <translation>新设备：</translation>
    </message>
    <message>
        <source>Show what moves over</source>
        <translation>显示将转移的内容</translation>
    </message>
    <message>
        <source>Confirm replacement</source>
        <translation>确认替换</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>&lt;b&gt;Replace&lt;/b&gt;: scan or type the &lt;b&gt;faulty&lt;/b&gt; device first.</source>
        <translation>&lt;b&gt;替换&lt;/b&gt;：请先扫描或输入&lt;b&gt;故障&lt;/b&gt;设备。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Replace %s&lt;/b&gt; (group %s): now scan or type the &lt;b&gt;new&lt;/b&gt; device.</source>
        <translation>&lt;b&gt;替换 %s&lt;/b&gt;（组 %s）：现在扫描或输入&lt;b&gt;新&lt;/b&gt;设备。</translation>
    </message>
    <message>
        <source>%s: %s</source>
        <translation>%s：%s</translation>
    </message>
    <message>
        <source>Faulty device</source>
        <translation>故障设备</translation>
    </message>
    <message>
        <source>New device</source>
        <translation>新设备</translation>
    </message>
    <message>
        <source>(%s was %s)</source>
        <translation>（%s 原为 %s）</translation>
    </message>
    <message>
        <source>&lt;b&gt;%s&lt;/b&gt; takes over from &lt;b&gt;%s&lt;/b&gt;; %s is retired and its credentials revoked:</source>
        <translation>&lt;b&gt;%s&lt;/b&gt; 接替 &lt;b&gt;%s&lt;/b&gt;；%s 将停用并撤销其凭据：</translation>
    </message>
    <message>
        <source>Scan or type the faulty device first.</source>
        <translation>请先扫描或输入故障设备。</translation>
    </message>
    <message>
        <source>Scan or type the new device.</source>
        <translation>请扫描或输入新设备。</translation>
    </message>
</context>
<context>
    <name>ReportsView</name>
    <message>
        <source>Write PDF report…</source>
        <translation>生成 PDF 报告…</translation>
    </message>
    <message>
        <source>Write CSV…</source>
        <translation>生成 CSV…</translation>
    </message>
    <message>
        <source>Registration group:</source>
        <translation>注册组：</translation>
    </message>
    <message>
        <source>Batch:</source>
        <translation>批次：</translation>
    </message>
    <message>
        <source>The PDF report shows the batch&apos;s facts and dates, this progress chart, the devices per state, the anomalies (refused labels, never labelled, labelled but not installed, duplicate scans, failed allocations, reprovisions awaiting approval) and the review. The CSV holds the counts per state, the anomalies and every device with its state.</source>
        <translation>PDF 报告包含批次的基本信息和日期、此进度图、各状态的设备、异常（被拒绝的标签、从未贴标、已贴标未安装、重复扫描、分配失败、等待批准的重新配置）以及审核结果。CSV 包含各状态的数量、异常以及每台设备及其状态。</translation>
    </message>
    <message>
        <source>What the report shows</source>
        <translation>报告内容</translation>
    </message>
    <message>
        <source>No batch in this group.</source>
        <translation>此组中没有批次。</translation>
    </message>
    <message>
        <source>Anomalies: %1.</source>
        <translation>异常：%1。</translation>
    </message>
    <message>
        <source>No anomalies.</source>
        <translation>没有异常。</translation>
    </message>
    <message>
        <source>Batch %1 of %2: %3, review %4.</source>
        <translation>%2 的批次 %1：%3，审核 %4。</translation>
    </message>
    <message>
        <source>Write batch report</source>
        <translation>生成批次报告</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>正在写入 %1…</translation>
    </message>
    <message>
        <source>Wrote %1: batch %2, %3, %4.</source>
        <translation>已写入 %1：批次 %2，%3，%4。</translation>
    </message>
    <message>
        <source>The report was not written.</source>
        <translation>报告未写入。</translation>
    </message>
</context>
<context>
    <name>ReprovisionModel</name>
    <message>
        <source>SN</source>
        <translation>序列号</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>组</translation>
    </message>
    <message>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <source>To</source>
        <translation>到</translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation>申请人</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>起始时间</translation>
    </message>
</context>
<context>
    <name>ReprovisionPage</name>
    <message>
        <source>Policy &apos;migrate&apos;: the device is reprovisioned now and keeps its master data.</source>
        <translation>策略“migrate”：设备立即重新配置并保留其主数据。</translation>
    </message>
    <message>
        <source>Policy &apos;initialize&apos;: the device is reprovisioned now; its master data is reset to the group&apos;s defaults.</source>
        <translation>策略“initialize”：设备立即重新配置；其主数据重置为组的默认值。</translation>
    </message>
    <message>
        <source>Policy &apos;approval&apos;: a supervisor must approve. The request waits as pending until then.</source>
        <translation>策略“approval”：需主管批准。在此之前请求处于待处理状态。</translation>
    </message>
    <message>
        <source>Policy &apos;never&apos;: this group does not allow reprovisioning.</source>
        <translation>策略“never”：此组不允许重新配置。</translation>
    </message>
    <message>
        <source>empty: the group&apos;s product key</source>
        <translation>留空：使用组的产品密钥</translation>
    </message>
    <message>
        <source>Target OU:</source>
        <translation>目标 OU：</translation>
    </message>
    <message>
        <source>Target environment:</source>
        <translation>目标环境：</translation>
    </message>
    <message>
        <source>Product key:</source>
        <translation>产品密钥：</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>&lt;b&gt;Reprovision %s&lt;/b&gt;, now in %s / %s</source>
        <translation>&lt;b&gt;重新配置 %s&lt;/b&gt;，当前位于 %s / %s</translation>
    </message>
    <message>
        <source>Send for approval</source>
        <translation>提交审批</translation>
    </message>
    <message>
        <source>Reprovision now</source>
        <translation>立即重新配置</translation>
    </message>
</context>
<context>
    <name>ReprovisionsView</name>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Registration group:</source>
        <translation>注册组：</translation>
    </message>
    <message>
        <source>Approve…</source>
        <translation>批准…</translation>
    </message>
    <message>
        <source>Reject…</source>
        <translation>驳回…</translation>
    </message>
    <message>
        <source>An approved reprovision gets a new allocation in the target OU/environment and keeps the device&apos;s master data; it is pending until the device connects again.</source>
        <translation>批准的重新配置会在目标 OU/环境中获得新的分配，并保留设备的主数据；在设备重新连接之前处于待处理状态。</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>%1 waiting for approval.</source>
        <translation>%1 等待批准。</translation>
    </message>
    <message>
        <source>No reprovision request is waiting for approval.</source>
        <translation>没有等待批准的重新配置请求。</translation>
    </message>
    <message>
        <source>Approve reprovision</source>
        <translation>批准重新配置</translation>
    </message>
    <message>
        <source>Reject reprovision</source>
        <translation>驳回重新配置</translation>
    </message>
    <message>
        <source>%1 of %2: %3, requested by %4.</source>
        <translation>%2 的 %1：%3，申请人 %4。</translation>
    </message>
    <message>
        <source>Reprovision of %1 approved: pending until it connects in %2/%3.</source>
        <translation>%1 的重新配置已批准：在其连接到 %2/%3 之前处于待处理状态。</translation>
    </message>
    <message>
        <source>Reprovision of %1: %4.</source>
        <translation>%1 的重新配置：%4。</translation>
    </message>
</context>
<context>
    <name>RevealSecretDialog</name>
    <message>
        <source>Group Secret of %s</source>
        <translation>%s 的组密钥</translation>
    </message>
    <message>
        <source>Anyone with this secret can register devices in &lt;b&gt;%s&lt;/b&gt;. Do not send it by e-mail or chat. This reveal was recorded in the audit trail.</source>
        <translation>任何持有此密钥的人都能在 &lt;b&gt;%s&lt;/b&gt; 中注册设备。请勿通过电子邮件或聊天发送。此次显示已记入审计记录。</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
</context>
<context>
    <name>RoleDialog</name>
    <message>
        <source>Change the role of %1</source>
        <translation>更改 %1 的角色</translation>
    </message>
    <message>
        <source>Change role</source>
        <translation>更改角色</translation>
    </message>
    <message>
        <source>New &amp;role</source>
        <translation>新角色(&amp;R)</translation>
    </message>
    <message>
        <source>The new role applies when %1 signs in next.</source>
        <translation>新角色在 %1 下次登录时生效。</translation>
    </message>
    <message>
        <source>Pick another role.</source>
        <translation>请选择其他角色。</translation>
    </message>
</context>
<context>
    <name>ScanInput</name>
    <message>
        <source>Scan, or type an SN or manual code, then Enter</source>
        <translation>扫描，或输入序列号或手动码后按回车</translation>
    </message>
</context>
<context>
    <name>ScanListModel</name>
    <message>
        <source>ok</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>manual</source>
        <translation>手动码</translation>
    </message>
    <message>
        <source>matter</source>
        <translation>Matter</translation>
    </message>
    <message>
        <source>zwave</source>
        <translation>Z-Wave</translation>
    </message>
    <message>
        <source>unsigned</source>
        <translation>未签名</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>other group</source>
        <translation>其他组</translation>
    </message>
    <message>
        <source>already active</source>
        <translation>已激活</translation>
    </message>
    <message>
        <source>ambiguous</source>
        <translation>不明确</translation>
    </message>
    <message>
        <source>duplicate</source>
        <translation>重复</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>retired</source>
        <translation>已退役</translation>
    </message>
    <message>
        <source>forged</source>
        <translation>伪造</translation>
    </message>
    <message>
        <source>bad manual code</source>
        <translation>手动码错误</translation>
    </message>
    <message>
        <source>damaged code</source>
        <translation>码已损坏</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>SN</source>
        <translation>序列号</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>组</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>消息</translation>
    </message>
</context>
<context>
    <name>SessionLedger</name>
    <message>
        <source>%1 done, %2 failed, %3 pending (%4, %5 refused, %6 duplicate)</source>
        <translation>已完成 %1，失败 %2，待处理 %3（%4，拒绝 %5，重复 %6）</translation>
    </message>
</context>
<context>
    <name>SheetPositionWidget</name>
    <message>
        <source>Position of the first label on the sheet</source>
        <translation>第一个标签在标签纸上的位置</translation>
    </message>
    <message>
        <source>Position %d: click to start here</source>
        <translation>位置 %d：点击从这里开始</translation>
    </message>
    <message>
        <source>No template</source>
        <translation>无模板</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in to DPS Station</source>
        <translation>登录 DPS Station</translation>
    </message>
    <message>
        <source>&lt;b&gt;%s&lt;/b&gt;&lt;br&gt;%s</source>
        <translation>&lt;b&gt;%s&lt;/b&gt;&lt;br&gt;%s</translation>
    </message>
    <message>
        <source>&amp;User</source>
        <translation>用户(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>密码(&amp;P)</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
</context>
<context>
    <name>SummaryDialog</name>
    <message>
        <source>End of session</source>
        <translation>会话结束</translation>
    </message>
    <message>
        <source>Session summary</source>
        <translation>会话汇总</translation>
    </message>
    <message>
        <source>A new session starts: the list of scans is cleared and devices may be scanned again without counting as duplicates.</source>
        <translation>新会话开始：扫描列表将清空，设备可再次扫描而不计为重复。</translation>
    </message>
</context>
<context>
    <name>SupervisorWorkspace</name>
    <message>
        <source>Batches</source>
        <translation>批次</translation>
    </message>
    <message>
        <source>Approvals</source>
        <translation>审批</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>审计记录</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>报告</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Sync conflicts</source>
        <translation>同步冲突</translation>
    </message>
    <message>
        <source>Provisioning service</source>
        <translation>配置服务</translation>
    </message>
    <message>
        <source>Approvals (%1)</source>
        <translation>审批（%1）</translation>
    </message>
    <message>
        <source>Sync conflicts (%1)</source>
        <translation>同步冲突（%1）</translation>
    </message>
</context>
<context>
    <name>SyncState</name>
    <message>
        <source>sync: no central database</source>
        <translation>同步：没有中央数据库</translation>
    </message>
    <message>
        <source>sync: not checked yet</source>
        <translation>同步：尚未检查</translation>
    </message>
    <message>
        <source>sync state unknown: %1</source>
        <translation>同步状态未知：%1</translation>
    </message>
    <message>
        <source>last sync at %1</source>
        <translation>上次同步于 %1</translation>
    </message>
    <message>
        <source>never synced</source>
        <translation>从未同步</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1 to resolve</source>
        <translation>%1 待解决</translation>
    </message>
    <message>
        <source>%1 waiting for a conflict to be resolved</source>
        <translation>%1 等待冲突解决</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>离线</translation>
    </message>
    <message>
        <source>last sync failed at %1: %2</source>
        <translation>上次同步于 %1 失败：%2</translation>
    </message>
    <message>
        <source>last sync failed: %1</source>
        <translation>上次同步失败：%1</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>central: %1</source>
        <translation>中央：%1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>，</translation>
    </message>
</context>
<context>
    <name>TechnicianWorkspace</name>
    <message>
        <source>Devices</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>Registration groups</source>
        <translation>注册组</translation>
    </message>
    <message>
        <source>Master data</source>
        <translation>主数据</translation>
    </message>
    <message>
        <source>Batches</source>
        <translation>批次</translation>
    </message>
    <message>
        <source>%s (Alt+%d)</source>
        <translation>%s (Alt+%d)</translation>
    </message>
    <message>
        <source>no registration group yet</source>
        <translation>还没有注册组</translation>
    </message>
    <message>
        <source>Registration &amp;group:</source>
        <translation>注册组(&amp;G)：</translation>
    </message>
</context>
<context>
    <name>ThirdPartyPanel</name>
    <message>
        <source>Manufacturer ID</source>
        <translation>制造商 ID</translation>
    </message>
    <message>
        <source>Product type</source>
        <translation>产品类型</translation>
    </message>
    <message>
        <source>Product ID</source>
        <translation>产品 ID</translation>
    </message>
    <message>
        <source>Application version</source>
        <translation>应用版本</translation>
    </message>
    <message>
        <source>Device class</source>
        <translation>设备类别</translation>
    </message>
    <message>
        <source>Requested keys</source>
        <translation>请求的密钥</translation>
    </message>
    <message>
        <source>Protocols</source>
        <translation>协议</translation>
    </message>
    <message>
        <source>UUID</source>
        <translation>UUID</translation>
    </message>
    <message>
        <source>Vendor ID</source>
        <translation>厂商 ID</translation>
    </message>
    <message>
        <source>Discriminator</source>
        <translation>鉴别码</translation>
    </message>
    <message>
        <source>Discovery</source>
        <translation>发现方式</translation>
    </message>
    <message>
        <source>Commissioning flow</source>
        <translation>配网流程</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>序列号</translation>
    </message>
    <message>
        <source>Reveal…</source>
        <translation>显示…</translation>
    </message>
    <message>
        <source>Shows it after a confirmation; recorded in the audit trail</source>
        <translation>确认后显示；会记入审计记录</translation>
    </message>
    <message>
        <source>Register in a group…</source>
        <translation>注册到组…</translation>
    </message>
    <message>
        <source>Registers the device in a registration group; the code is kept with it, its secret encrypted</source>
        <translation>将设备注册到注册组；该码与设备一起保存，其密钥加密存储</translation>
    </message>
    <message>
        <source>A third-party device, not a label of this organisation: add it with its own controller or app.</source>
        <translation>这是第三方设备，不是本组织的标签：请用其自带的控制器或应用添加。</translation>
    </message>
    <message>
        <source>DSK PIN:</source>
        <translation>DSK PIN：</translation>
    </message>
    <message>
        <source>Passcode:</source>
        <translation>配对码：</translation>
    </message>
    <message>
        <source>Reveal the %s?</source>
        <translation>显示%s？</translation>
    </message>
    <message>
        <source>Reveal the %s of this %s?

The reveal is recorded in the audit trail with your name.</source>
        <translation>显示%s（%s）？

此次显示将以您的名义记入审计记录。</translation>
    </message>
    <message>
        <source>Reveal</source>
        <translation>显示</translation>
    </message>
</context>
<context>
    <name>ThirdPartySecretDialog</name>
    <message>
        <source>Type it into the device&apos;s controller; do not write it down or send it. This reveal was recorded in the audit trail.</source>
        <translation>请将其输入设备的控制器；不要记下或发送。此次显示已记入审计记录。</translation>
    </message>
</context>
<context>
    <name>ThirdPartySection</name>
    <message>
        <source>This device was not registered from a Matter or Z-Wave code.</source>
        <translation>此设备不是通过 Matter 或 Z-Wave 码注册的。</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>格式：</translation>
    </message>
    <message>
        <source>Reveal the %1…</source>
        <translation>显示%1…</translation>
    </message>
    <message>
        <source>Shows it after a confirmation; recorded in the audit trail</source>
        <translation>确认后显示；会记入审计记录</translation>
    </message>
    <message>
        <source>Reveal the %1?</source>
        <translation>显示%1？</translation>
    </message>
    <message>
        <source>Reveal the %1 of %2?

The reveal is recorded in the audit trail with your name.</source>
        <translation>显示 %2 的%1？

此次显示将以您的名义记入审计记录。</translation>
    </message>
    <message>
        <source>Reveal</source>
        <translation>显示</translation>
    </message>
</context>
<context>
    <name>UserDialogs</name>
    <message>
        <source>Technician (Factory)</source>
        <translation>技术员（工厂）</translation>
    </message>
    <message>
        <source>Installer (Field)</source>
        <translation>安装员（现场）</translation>
    </message>
    <message>
        <source>Supervisor (every workspace, users)</source>
        <translation>主管（所有工作区、用户）</translation>
    </message>
    <message>
        <source>Password: at least %1 characters.</source>
        <translation>密码：至少 %1 个字符。</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
</context>
<context>
    <name>UserModel</name>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>全名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>active</source>
        <translation>已启用</translation>
    </message>
    <message>
        <source>deactivated: cannot sign in</source>
        <translation>已停用：无法登录</translation>
    </message>
    <message>
        <source>; locked until %1 UTC (wrong passwords)</source>
        <translation>；锁定至 %1 UTC（密码错误）</translation>
    </message>
</context>
<context>
    <name>UsersView</name>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Add user…</source>
        <translation>添加用户…</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>停用</translation>
    </message>
    <message>
        <source>Reset password…</source>
        <translation>重置密码…</translation>
    </message>
    <message>
        <source>Change role…</source>
        <translation>更改角色…</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>解锁</translation>
    </message>
    <message>
        <source>Lift the lock that repeated wrong passwords put on this user</source>
        <translation>解除因多次输错密码而对该用户施加的锁定</translation>
    </message>
    <message>
        <source>A deactivated user can no longer sign in; their name stays in the audit trail. A new role applies from the user&apos;s next sign-in. The last active supervisor keeps that role. Five wrong passwords in a row lock a user for a minute, each further lock twice as long (at most an hour); Unlock lifts it at once.</source>
        <translation>停用的用户无法再登录；其名称保留在审计记录中。新角色从用户下次登录时生效。最后一位在职的主管保留该角色。连续五次输错密码会将用户锁定一分钟，之后每次锁定时间加倍（最长一小时）；“解锁”可立即解除锁定。</translation>
    </message>
    <message>
        <source>%1 users, %2 active</source>
        <translation>%1 个用户，%2 个启用</translation>
    </message>
    <message>
        <source>Reactivate</source>
        <translation>重新启用</translation>
    </message>
    <message>
        <source>%1 added as %2.</source>
        <translation>已添加 %1，角色为 %2。</translation>
    </message>
    <message>
        <source>%1 is active again and can sign in.</source>
        <translation>%1 已重新启用，可以登录。</translation>
    </message>
    <message>
        <source>%1 is deactivated and can no longer sign in.</source>
        <translation>%1 已停用，无法再登录。</translation>
    </message>
    <message>
        <source>%1 is unlocked and can sign in again.</source>
        <translation>%1 已解锁，可以重新登录。</translation>
    </message>
    <message>
        <source>The password of %1 is reset.</source>
        <translation>%1 的密码已重置。</translation>
    </message>
    <message>
        <source>%1 is now %2; it applies from their next sign-in.</source>
        <translation>%1 现在是 %2；下次登录时生效。</translation>
    </message>
    <message>
        <source>That is you: sign out (File &gt; Sign out) to work with your new role.</source>
        <translation>这是您自己：请注销（文件 &gt; 注销）后以新角色工作。</translation>
    </message>
</context>
<context>
    <name>_BusyDialog</name>
    <message>
        <source>Please wait…</source>
        <translation>请稍候…</translation>
    </message>
</context>
<context>
    <name>_DateField</name>
    <message>
        <source>not set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
</context>
<context>
    <name>_PasswordFields</name>
    <message>
        <source>&amp;Repeat password</source>
        <translation>重复密码(&amp;R)</translation>
    </message>
</context>
<context>
    <name>counts</name>
    <message>
        <source>device</source>
        <translation>台设备</translation>
    </message>
    <message>
        <source>devices</source>
        <translation>台设备</translation>
    </message>
    <message>
        <source>anomaly</source>
        <translation>个异常</translation>
    </message>
    <message>
        <source>anomalies</source>
        <translation>个异常</translation>
    </message>
    <message>
        <source>batch</source>
        <translation>个批次</translation>
    </message>
    <message>
        <source>batches</source>
        <translation>个批次</translation>
    </message>
    <message>
        <source>event</source>
        <translation>条事件</translation>
    </message>
    <message>
        <source>events</source>
        <translation>条事件</translation>
    </message>
    <message>
        <source>instance</source>
        <translation>个实例</translation>
    </message>
    <message>
        <source>instances</source>
        <translation>个实例</translation>
    </message>
    <message>
        <source>problem</source>
        <translation>个问题</translation>
    </message>
    <message>
        <source>problems</source>
        <translation>个问题</translation>
    </message>
    <message>
        <source>request</source>
        <translation>个请求</translation>
    </message>
    <message>
        <source>requests</source>
        <translation>个请求</translation>
    </message>
    <message>
        <source>row</source>
        <translation>行</translation>
    </message>
    <message>
        <source>rows</source>
        <translation>行</translation>
    </message>
    <message>
        <source>scan</source>
        <translation>次扫描</translation>
    </message>
    <message>
        <source>scans</source>
        <translation>次扫描</translation>
    </message>
    <message>
        <source>station</source>
        <translation>个工作站</translation>
    </message>
    <message>
        <source>stations</source>
        <translation>个工作站</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>个警告</translation>
    </message>
    <message>
        <source>warnings</source>
        <translation>个警告</translation>
    </message>
    <message>
        <source>pending change</source>
        <translation>项待同步更改</translation>
    </message>
    <message>
        <source>pending changes</source>
        <translation>项待同步更改</translation>
    </message>
    <message>
        <source>conflict</source>
        <translation>个冲突</translation>
    </message>
    <message>
        <source>conflicts</source>
        <translation>个冲突</translation>
    </message>
    <message>
        <source>pulled change</source>
        <translation>项已拉取更改</translation>
    </message>
    <message>
        <source>pulled changes</source>
        <translation>项已拉取更改</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>DPS Station</source>
        <translation>DPS Station</translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation>意外错误</translation>
    </message>
    <message>
        <source>Something went wrong that DPS Station did not expect. Your data is safe: the action was not completed. Please send this report to your administrator.</source>
        <translation>DPS Station 遇到了意外问题。您的数据是安全的：该操作未完成。请将此报告发送给您的管理员。</translation>
    </message>
    <message>
        <source>Copy report</source>
        <translation>复制报告</translation>
    </message>
</context>
<context>
    <name>installer</name>
    <message>
        <source>Genuine label: ready to onboard</source>
        <translation>正品标签：可以上线</translation>
    </message>
    <message>
        <source>Manual code accepted: ready to onboard</source>
        <translation>手动码已接受：可以上线</translation>
    </message>
    <message>
        <source>Unsigned code: check the device</source>
        <translation>未签名的码：请检查设备</translation>
    </message>
    <message>
        <source>Unknown device</source>
        <translation>未知设备</translation>
    </message>
    <message>
        <source>Device of another group</source>
        <translation>其他组的设备</translation>
    </message>
    <message>
        <source>Already active</source>
        <translation>已处于激活状态</translation>
    </message>
    <message>
        <source>Device disabled</source>
        <translation>设备已停用</translation>
    </message>
    <message>
        <source>Device retired</source>
        <translation>设备已退役</translation>
    </message>
    <message>
        <source>Several devices match: type the SN</source>
        <translation>匹配到多台设备：请输入序列号</translation>
    </message>
    <message>
        <source>Duplicate scan</source>
        <translation>重复扫描</translation>
    </message>
    <message>
        <source>FORGED OR ALTERED LABEL: do not onboard</source>
        <translation>伪造或篡改的标签：请勿上线</translation>
    </message>
    <message>
        <source>Wrong manual code</source>
        <translation>手动码错误</translation>
    </message>
    <message>
        <source>Matter code: third-party device</source>
        <translation>Matter 码：第三方设备</translation>
    </message>
    <message>
        <source>Z-Wave code: third-party device</source>
        <translation>Z-Wave 码：第三方设备</translation>
    </message>
    <message>
        <source>Damaged code: refused</source>
        <translation>码已损坏：已拒绝</translation>
    </message>
    <message>
        <source>Scan a label</source>
        <translation>扫描标签</translation>
    </message>
    <message>
        <source>Hold a label in front of the camera, use the USB scanner, or type the SN or manual code.</source>
        <translation>将标签对准摄像头、使用 USB 扫描枪，或输入序列号或手动码。</translation>
    </message>
</context>
<context>
    <name>message values</name>
    <message>
        <source>registered</source>
        <translation>已注册</translation>
    </message>
    <message>
        <source>labelled</source>
        <translation>已贴标</translation>
    </message>
    <message>
        <source>installed</source>
        <translation>已安装</translation>
    </message>
    <message>
        <source>allocated</source>
        <translation>已分配</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>已连接</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>replaced</source>
        <translation>已替换</translation>
    </message>
    <message>
        <source>discarded</source>
        <translation>已报废</translation>
    </message>
    <message>
        <source>text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>number</source>
        <translation>数字</translation>
    </message>
    <message>
        <source>bool</source>
        <translation>布尔</translation>
    </message>
    <message>
        <source>enum</source>
        <translation>枚举</translation>
    </message>
    <message>
        <source>date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>location</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>migrate</source>
        <translation>迁移</translation>
    </message>
    <message>
        <source>reset</source>
        <translation>重置</translation>
    </message>
    <message>
        <source>supervisor</source>
        <translation>主管</translation>
    </message>
    <message>
        <source>technician</source>
        <translation>技术员</translation>
    </message>
    <message>
        <source>installer</source>
        <translation>安装员</translation>
    </message>
    <message>
        <source>service</source>
        <translation>服务</translation>
    </message>
    <message>
        <source>view</source>
        <translation>查看</translation>
    </message>
    <message>
        <source>manage master data</source>
        <translation>管理主数据</translation>
    </message>
    <message>
        <source>manage registration groups</source>
        <translation>管理注册组</translation>
    </message>
    <message>
        <source>reveal secrets</source>
        <translation>显示密钥</translation>
    </message>
    <message>
        <source>register devices</source>
        <translation>注册设备</translation>
    </message>
    <message>
        <source>manage batches</source>
        <translation>管理批次</translation>
    </message>
    <message>
        <source>print labels</source>
        <translation>打印标签</translation>
    </message>
    <message>
        <source>export devices</source>
        <translation>导出设备</translation>
    </message>
    <message>
        <source>export secrets</source>
        <translation>导出密钥</translation>
    </message>
    <message>
        <source>install devices</source>
        <translation>安装设备</translation>
    </message>
    <message>
        <source>activate devices</source>
        <translation>激活设备</translation>
    </message>
    <message>
        <source>replace devices</source>
        <translation>替换设备</translation>
    </message>
    <message>
        <source>reprovision devices</source>
        <translation>重新配置设备</translation>
    </message>
    <message>
        <source>disable and enable devices</source>
        <translation>停用和启用设备</translation>
    </message>
    <message>
        <source>delete devices</source>
        <translation>删除设备</translation>
    </message>
    <message>
        <source>approve and reject</source>
        <translation>批准和驳回</translation>
    </message>
    <message>
        <source>resolve sync conflicts</source>
        <translation>解决同步冲突</translation>
    </message>
    <message>
        <source>manage users</source>
        <translation>管理用户</translation>
    </message>
    <message>
        <source>sync</source>
        <translation>同步</translation>
    </message>
    <message>
        <source>passcode</source>
        <translation>配对码</translation>
    </message>
    <message>
        <source>DSK PIN</source>
        <translation>DSK PIN</translation>
    </message>
    <message>
        <source>Matter QR code</source>
        <translation>Matter 二维码</translation>
    </message>
    <message>
        <source>Matter manual pairing code</source>
        <translation>Matter 手动配对码</translation>
    </message>
    <message>
        <source>Z-Wave S2 QR code</source>
        <translation>Z-Wave S2 二维码</translation>
    </message>
    <message>
        <source>Z-Wave SmartStart QR code</source>
        <translation>Z-Wave SmartStart 二维码</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>已注册</translation>
    </message>
    <message>
        <source>Labelled</source>
        <translation>已贴标</translation>
    </message>
    <message>
        <source>Installed</source>
        <translation>已安装</translation>
    </message>
    <message>
        <source>Activated</source>
        <translation>已激活</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>Replaced or discarded</source>
        <translation>已替换或报废</translation>
    </message>
    <message>
        <source>awaiting approval</source>
        <translation>等待批准</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>待处理</translation>
    </message>
    <message>
        <source>done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>已驳回</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>已批准</translation>
    </message>
    <message>
        <source>refused labels</source>
        <translation>被拒绝的标签</translation>
    </message>
    <message>
        <source>never labelled</source>
        <translation>从未贴标</translation>
    </message>
    <message>
        <source>labelled, not installed</source>
        <translation>已贴标，未安装</translation>
    </message>
    <message>
        <source>duplicate scans</source>
        <translation>重复扫描</translation>
    </message>
    <message>
        <source>failed allocation</source>
        <translation>分配失败</translation>
    </message>
    <message>
        <source>malformed payload</source>
        <translation>载荷格式错误</translation>
    </message>
    <message>
        <source>unknown signing key</source>
        <translation>未知的签名密钥</translation>
    </message>
    <message>
        <source>signature does not match</source>
        <translation>签名不匹配</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <source>image</source>
        <translation>图像</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>制表符</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>无</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>sheet</source>
        <translation>标签纸</translation>
    </message>
    <message>
        <source>thermal</source>
        <translation>热敏</translation>
    </message>
    <message>
        <source>group name</source>
        <translation>组名</translation>
    </message>
    <message>
        <source>manual code</source>
        <translation>手动配对码</translation>
    </message>
    <message>
        <source>batch</source>
        <translation>批次</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <source>row {row}</source>
        <translation>第 {row} 行</translation>
    </message>
    <message>
        <source>column &apos;{column}&apos;</source>
        <translation>列 &apos;{column}&apos;</translation>
    </message>
    <message>
        <source>field &apos;{field}&apos;</source>
        <translation>字段 &apos;{field}&apos;</translation>
    </message>
    <message>
        <source>{where}: {message}</source>
        <translation>{where}：{message}</translation>
    </message>
    <message>
        <source>{count} problem(s): {shown}{more}</source>
        <translation>{count} 个问题：{shown}{more}</translation>
    </message>
    <message>
        <source> (and {count} more)</source>
        <translation>（另有 {count} 个）</translation>
    </message>
    <message>
        <source>{actor} ({role}) may not {permission}; ask a user with that right</source>
        <translation>{actor}（{role}）无权{permission}；请让具有该权限的用户操作</translation>
    </message>
    <message>
        <source>not signed in: to {permission}, sign in with --user NAME (password from $DPS_PASSWORD, --password-file or a prompt) as a user whose role allows it; a station without users first needs &apos;dps-station init --supervisor NAME&apos;</source>
        <translation>未登录：要执行“{permission}”，请用 --user NAME 以角色允许此操作的用户登录（密码来自 $DPS_PASSWORD、--password-file 或提示）；没有用户的工作站需先运行 &apos;dps-station init --supervisor NAME&apos;</translation>
    </message>
    <message>
        <source>wrong user name or password</source>
        <translation>用户名或密码错误</translation>
    </message>
    <message>
        <source>{actor} ({role}) may not register third-party devices; ask an installer or a technician</source>
        <translation>{actor}（{role}）无权注册第三方设备；请让安装员或技术员操作</translation>
    </message>
    <message>
        <source>{actor} ({role}) may not reveal the {secret} of a scanned code; ask an installer or a supervisor</source>
        <translation>{actor}（{role}）无权显示扫描码的{secret}；请让安装员或主管操作</translation>
    </message>
    <message>
        <source>{actor} ({role}) may not reveal a third-party code; ask an installer or a supervisor</source>
        <translation>{actor}（{role}）无权显示第三方码；请让安装员或主管操作</translation>
    </message>
    <message>
        <source>no registration group named {name!r}</source>
        <translation>没有名为 {name!r} 的注册组</translation>
    </message>
    <message>
        <source>no device with SN {sn!r} in group {group!r}</source>
        <translation>组 {group!r} 中没有序列号为 {sn!r} 的设备</translation>
    </message>
    <message>
        <source>SN {sn!r} appears twice</source>
        <translation>序列号 {sn!r} 出现了两次</translation>
    </message>
    <message>
        <source>SN {sn!r} appears twice (first at row {row})</source>
        <translation>序列号 {sn!r} 出现了两次（首次在第 {row} 行）</translation>
    </message>
    <message>
        <source>SN {sn!r} is already registered in group {group!r}</source>
        <translation>序列号 {sn!r} 已在组 {group!r} 中注册</translation>
    </message>
    <message>
        <source>at most {count} characters</source>
        <translation>最多 {count} 个字符</translation>
    </message>
    <message>
        <source>there are no devices to register</source>
        <translation>没有要注册的设备</translation>
    </message>
    <message>
        <source>the SN is empty</source>
        <translation>序列号为空</translation>
    </message>
    <message>
        <source>the SN is {length} characters long; at most {limit} are allowed</source>
        <translation>序列号长 {length} 个字符；最多允许 {limit} 个</translation>
    </message>
    <message>
        <source>the SN contains a control character (code {code}); use printable characters only</source>
        <translation>序列号包含控制字符（代码 {code}）；请只使用可打印字符</translation>
    </message>
    <message>
        <source>the SN contains a space; use letters, digits and punctuation without spaces</source>
        <translation>序列号包含空格；请使用不含空格的字母、数字和标点</translation>
    </message>
    <message>
        <source>the SN contains {character!r}; use ASCII letters, digits and punctuation</source>
        <translation>序列号包含 {character!r}；请使用 ASCII 字母、数字和标点</translation>
    </message>
    <message>
        <source>column {number} has no name in the header; valid columns: {valid}</source>
        <translation>表头中第 {number} 列没有名称；有效列：{valid}</translation>
    </message>
    <message>
        <source>this column appears twice in the header</source>
        <translation>此列在表头中出现了两次</translation>
    </message>
    <message>
        <source>unknown column; valid columns: {valid}</source>
        <translation>未知列；有效列：{valid}</translation>
    </message>
    <message>
        <source>the header has no column &apos;sn&apos; (the serial number); it has: {found}; valid columns: {valid}</source>
        <translation>表头中没有 &apos;sn&apos; 列（序列号）；现有列：{found}；有效列：{valid}</translation>
    </message>
    <message>
        <source>the file has a header but no devices</source>
        <translation>文件有表头，但没有设备</translation>
    </message>
    <message>
        <source>{columns} (and {export_only} of an export, which are not imported)</source>
        <translation>{columns}（以及导出文件中的 {export_only}，这些不会被导入）</translation>
    </message>
    <message>
        <source>not a Matter or Z-Wave onboarding code: give the text of the box&apos;s QR code (MT:… or 90…) or the Matter manual pairing code (11 or 21 digits)</source>
        <translation>不是 Matter 或 Z-Wave 配网码：请提供包装盒上二维码的文本（MT:… 或 90…）或 Matter 手动配对码（11 或 21 位数字）</translation>
    </message>
    <message>
        <source>damaged {format}: {reason}</source>
        <translation>已损坏的{format}：{reason}</translation>
    </message>
    <message>
        <source>this Matter QR code holds {count} devices: register each with its own code (on each device&apos;s own label)</source>
        <translation>此 Matter 二维码包含 {count} 台设备：请用各设备自己的码（在各自的标签上）逐一注册</translation>
    </message>
    <message>
        <source>the {format} has no serial number; type the SN printed on the device</source>
        <translation>该{format}不含序列号；请输入设备上印刷的序列号</translation>
    </message>
    <message>
        <source>the code&apos;s serial number is {serial!r}; the SN typed ({typed!r}) differs: leave it empty or type the code&apos;s</source>
        <translation>码中的序列号是 {serial!r}；输入的序列号（{typed!r}）不同：请留空或输入码中的序列号</translation>
    </message>
    <message>
        <source>this {format} is already registered in group {group!r} as SN {sn!r}</source>
        <translation>该{format}已在组 {group!r} 中注册为序列号 {sn!r}</translation>
    </message>
    <message>
        <source>the same code as row {row}</source>
        <translation>与第 {row} 行的码相同</translation>
    </message>
    <message>
        <source>the code&apos;s serial number is {serial!r}, not the row&apos;s SN</source>
        <translation>码中的序列号是 {serial!r}，不是该行的序列号</translation>
    </message>
    <message>
        <source>device {sn} in group {group!r} was not registered from a Matter or Z-Wave code</source>
        <translation>组 {group!r} 中的设备 {sn} 不是通过 Matter 或 Z-Wave 码注册的</translation>
    </message>
    <message>
        <source>another program registered this device or code at the same moment; nothing was registered</source>
        <translation>另一个程序同时注册了此设备或此码；未注册任何内容</translation>
    </message>
    <message>
        <source>device {sn}</source>
        <translation>设备 {sn}</translation>
    </message>
    <message>
        <source>the device</source>
        <translation>该设备</translation>
    </message>
    <message>
        <source>{device} is {state}; nothing can be done with it any more</source>
        <translation>{device}的状态为“{state}”，无法再进行任何操作</translation>
    </message>
    <message>
        <source>{device} is disabled; enable it first</source>
        <translation>{device}已停用，请先启用</translation>
    </message>
    <message>
        <source>{device} is {state}; only an activated device can connect</source>
        <translation>{device}的状态为“{state}”，只有已激活的设备才能连接</translation>
    </message>
    <message>
        <source>{device} is {state}; only an activated device can be reprovisioned</source>
        <translation>{device}的状态为“{state}”，只有已激活的设备才能重新配置</translation>
    </message>
    <message>
        <source>{device} is not disabled (it is {state})</source>
        <translation>{device}未停用（状态为“{state}”）</translation>
    </message>
    <message>
        <source>{device} is registered already (it is {state}); only a deleted device is registered again</source>
        <translation>{device}已注册（状态为“{state}”）；只有已删除的设备才能重新注册</translation>
    </message>
    <message>
        <source>{device} is {state}; it cannot get a label</source>
        <translation>{device}的状态为“{state}”，无法为其贴标</translation>
    </message>
    <message>
        <source>{device} is {state}; it gets no provisioning file</source>
        <translation>{device}的状态为“{state}”，不会为其生成配置文件</translation>
    </message>
    <message>
        <source>{device} is {state} and cannot be used as a replacement</source>
        <translation>{device}的状态为“{state}”，不能用作替换件</translation>
    </message>
    <message>
        <source>{device} is already activated ({state})</source>
        <translation>{device}已激活（{state}）</translation>
    </message>
    <message>
        <source>{device} is already allocated; a replacement must not be allocated yet</source>
        <translation>{device}已分配；替换件不能是已分配的设备</translation>
    </message>
    <message>
        <source>{device} is activated; disable it before deleting it</source>
        <translation>{device}已激活，删除前请先停用</translation>
    </message>
    <message>
        <source>{device} is disabled; it cannot get a label</source>
        <translation>{device}已停用，无法为其贴标</translation>
    </message>
    <message>
        <source>{device} is already disabled</source>
        <translation>{device}已处于停用状态</translation>
    </message>
    <message>
        <source>{device} was already deleted</source>
        <translation>{device}已被删除</translation>
    </message>
    <message>
        <source>allocation of {sn} failed: {failure}</source>
        <translation>{sn} 分配失败：{failure}</translation>
    </message>
    <message>
        <source>group {group!r} has no product key; set one before activating devices</source>
        <translation>组 {group!r} 没有产品密钥；激活设备前请先设置</translation>
    </message>
    <message>
        <source>device {sn} in group {group!r} was already deleted</source>
        <translation>组 {group!r} 中的设备 {sn} 已被删除</translation>
    </message>
    <message>
        <source>delete device {sn} from it</source>
        <translation>从中删除设备 {sn}</translation>
    </message>
    <message>
        <source>the new SN is the faulty device&apos;s own SN</source>
        <translation>新序列号与故障设备自身的序列号相同</translation>
    </message>
    <message>
        <source>device {sn} belongs to group {elsewhere!r}; a replacement must come from group {group!r}</source>
        <translation>设备 {sn} 属于组 {elsewhere!r}；替换件必须来自组 {group!r}</translation>
    </message>
    <message>
        <source>no device with SN {sn!r} in group {group!r}; register it first</source>
        <translation>组 {group!r} 中没有序列号为 {sn!r} 的设备；请先注册</translation>
    </message>
    <message>
        <source>group {group!r} does not allow reprovisioning (policy: never)</source>
        <translation>组 {group!r} 不允许重新配置（策略：never）</translation>
    </message>
    <message>
        <source>the device is already allocated in {ou}/{environment}</source>
        <translation>该设备已分配在 {ou}/{environment}</translation>
    </message>
    <message>
        <source>device {sn} already has a reprovision that is {state}</source>
        <translation>设备 {sn} 已有一个状态为“{state}”的重新配置</translation>
    </message>
    <message>
        <source>reprovisioning of {sn} failed: {failure}</source>
        <translation>{sn} 重新配置失败：{failure}</translation>
    </message>
    <message>
        <source>no product key for {ou}/{environment}; give one or set one on group {group!r}</source>
        <translation>{ou}/{environment} 没有产品密钥；请提供一个，或在组 {group!r} 上设置</translation>
    </message>
    <message>
        <source>no reprovision request {id}</source>
        <translation>没有重新配置请求 {id}</translation>
    </message>
    <message>
        <source>this request is {state}, not awaiting approval</source>
        <translation>此请求的状态为“{state}”，并非等待批准</translation>
    </message>
    <message>
        <source>a rejection needs a comment saying why</source>
        <translation>驳回需要填写原因</translation>
    </message>
    <message>
        <source>{value!r} is not an allocation policy; use one of: {valid}</source>
        <translation>{value!r} 不是分配策略；可用：{valid}</translation>
    </message>
    <message>
        <source>the hashed allocation policy needs at least one target (URL,OU,ENV,PRODUCT_KEY,WEIGHT)</source>
        <translation>hashed 分配策略至少需要一个目标（URL,OU,ENV,PRODUCT_KEY,WEIGHT）</translation>
    </message>
    <message>
        <source>the webhook allocation policy needs an https:// webhook URL</source>
        <translation>webhook 分配策略需要一个 https:// 的 Webhook URL</translation>
    </message>
    <message>
        <source>{value!r} is not a reprovision policy; use one of: {valid}</source>
        <translation>{value!r} 不是重新配置策略；可用：{valid}</translation>
    </message>
    <message>
        <source>there is no label template {name!r}; use one of: {valid}</source>
        <translation>没有名为 {name!r} 的标签模板；可用：{valid}</translation>
    </message>
    <message>
        <source>a registration group named {name!r} already exists</source>
        <translation>名为 {name!r} 的注册组已存在</translation>
    </message>
    <message>
        <source>(and {count} more SNs the device SDKs cannot carry)</source>
        <translation>（另有 {count} 个设备 SDK 无法处理的序列号）</translation>
    </message>
    <message>
        <source>batch {number!r} already exists in group {group!r}</source>
        <translation>组 {group!r} 中已存在批次 {number!r}</translation>
    </message>
    <message>
        <source>batch {number!r} of group {group!r} was approved by {by} on {when}; confirm that you want to {what} (or reopen its review first)</source>
        <translation>组 {group!r} 的批次 {number!r} 已由 {by} 于 {when} 批准；请确认要{what}（或先重新开启其审核）</translation>
    </message>
    <message>
        <source>earlier</source>
        <translation>此前</translation>
    </message>
    <message>
        <source>batch {number!r} was already {review} by {by}</source>
        <translation>批次 {number!r} 已由 {by} 审核（{review}）</translation>
    </message>
    <message>
        <source>reopening a review needs a comment saying why</source>
        <translation>重新开启审核需要填写原因</translation>
    </message>
    <message>
        <source>batch {number!r} is not reviewed yet; there is nothing to reopen</source>
        <translation>批次 {number!r} 尚未审核，无需重新开启</translation>
    </message>
    <message>
        <source>add devices to it</source>
        <translation>向其中添加设备</translation>
    </message>
    <message>
        <source>give a prefix (such as PUMP-), so the SNs are not bare numbers; if they really are only numbers, say so explicitly</source>
        <translation>请提供前缀（例如 PUMP-），使序列号不只是数字；如果确实只是数字，请明确说明</translation>
    </message>
    <message>
        <source>is required; fill it in, or leave the column out of the file to fill it in on site</source>
        <translation>为必填项；请填写，或从文件中去掉该列，以便在现场填写</translation>
    </message>
    <message>
        <source>registration cancelled; nothing was registered</source>
        <translation>注册已取消；未注册任何设备</translation>
    </message>
    <message>
        <source>another program registered some of these SNs at the same moment; nothing was registered</source>
        <translation>另一程序在同一时刻注册了其中部分序列号；未注册任何设备</translation>
    </message>
    <message>
        <source>cannot sort by {sort!r}; use one of: {valid}</source>
        <translation>无法按 {sort!r} 排序；可用：{valid}</translation>
    </message>
    <message>
        <source>must be 1 or more</source>
        <translation>必须为 1 或更大</translation>
    </message>
    <message>
        <source>a number of days is 0 or more</source>
        <translation>天数必须为 0 或更大</translation>
    </message>
    <message>
        <source>{count:,} device is not installed yet ({parts})</source>
        <translation>{count:,} 台设备尚未安装（{parts}）</translation>
    </message>
    <message>
        <source>{count:,} devices are not installed yet ({parts})</source>
        <translation>{count:,} 台设备尚未安装（{parts}）</translation>
    </message>
    <message>
        <source>{count:,} registered</source>
        <translation>{count:,} 台已注册</translation>
    </message>
    <message>
        <source>{count:,} labelled</source>
        <translation>{count:,} 台已贴标</translation>
    </message>
    <message>
        <source>{count:,} open anomaly ({parts})</source>
        <translation>{count:,} 个未处理的异常（{parts}）</translation>
    </message>
    <message>
        <source>{count:,} open anomalies ({parts})</source>
        <translation>{count:,} 个未处理的异常（{parts}）</translation>
    </message>
    <message>
        <source>{kind}: {count:,}</source>
        <translation>{kind}：{count:,}</translation>
    </message>
    <message>
        <source>{first}, {rest}</source>
        <translation>{first}、{rest}</translation>
    </message>
    <message>
        <source>at most {count:,} characters</source>
        <translation>最多 {count:,} 个字符</translation>
    </message>
    <message>
        <source>the query is for group {query!r}, not {group!r}</source>
        <translation>该查询针对组 {query!r}，而不是 {group!r}</translation>
    </message>
    <message>
        <source>{state}: nothing can be done with it any more</source>
        <translation>{state}：已无法再进行任何操作</translation>
    </message>
    <message>
        <source>already disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>not disabled (it is {state})</source>
        <translation>未停用（当前为{state}）</translation>
    </message>
    <message>
        <source>{state} (activated): disable it before deleting it</source>
        <translation>{state}（已激活）：删除前请先停用</translation>
    </message>
    <message>
        <source>device {sn} was deleted meanwhile</source>
        <translation>设备 {sn} 在此期间已被删除</translation>
    </message>
    <message>
        <source>device {sn} changed meanwhile; try again</source>
        <translation>设备 {sn} 在此期间已更改；请重试</translation>
    </message>
    <message>
        <source>batch {batch!r} was approved by {by}; confirm deleting devices of approved batches (or reopen its review first)</source>
        <translation>批次 {batch!r} 已由 {by} 批准；请确认删除已批准批次中的设备（或先重新打开其审核）</translation>
    </message>
    <message>
        <source>registered, no label printed</source>
        <translation>已注册，未打印标签</translation>
    </message>
    <message>
        <source>labelled, not installed after {days} days</source>
        <translation>已贴标，{days} 天后仍未安装</translation>
    </message>
    <message>
        <source>reprovision to {ou}/{environment}, requested by {user}</source>
        <translation>重新配置到 {ou}/{environment}，由 {user} 申请</translation>
    </message>
    <message>
        <source>scanned twice in one session ({count} time)</source>
        <translation>在同一会话中被重复扫描（{count} 次）</translation>
    </message>
    <message>
        <source>scanned twice in one session ({count} times)</source>
        <translation>在同一会话中被重复扫描（{count} 次）</translation>
    </message>
    <message>
        <source>{problem}, read by {source} by {actor}</source>
        <translation>{problem}，由 {actor} 通过 {source} 读取</translation>
    </message>
    <message>
        <source>{problem}; claims SN {sn}, read by {source} by {actor}</source>
        <translation>{problem}；声称序列号为 {sn}，由 {actor} 通过 {source} 读取</translation>
    </message>
    <message>
        <source>{source} ({file})</source>
        <translation>{source}（{file}）</translation>
    </message>
    <message>
        <source>{source} (frame {frame})</source>
        <translation>{source}（第 {frame} 帧）</translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation>文件不存在</translation>
    </message>
    <message>
        <source>the file cannot be read ({reason})</source>
        <translation>无法读取文件（{reason}）</translation>
    </message>
    <message>
        <source>is a directory, not a CSV or XLSX file</source>
        <translation>是一个目录，不是 CSV 或 XLSX 文件</translation>
    </message>
    <message>
        <source>the file is empty; expected a header row with at least the column &apos;sn&apos;</source>
        <translation>文件为空；应有一个至少包含 &apos;sn&apos; 列的表头行</translation>
    </message>
    <message>
        <source>the file is {size} MB; at most {limit} MB can be imported at once; split it into several files</source>
        <translation>文件大小为 {size} MB；一次最多可导入 {limit} MB；请将其拆分为多个文件</translation>
    </message>
    <message>
        <source>the old Excel format (.xls) is not supported; save it as CSV (UTF-8) or as an Excel workbook (.xlsx)</source>
        <translation>不支持旧版 Excel 格式（.xls）；请将其另存为 CSV（UTF-8）或 Excel 工作簿（.xlsx）</translation>
    </message>
    <message>
        <source>is a ZIP archive (an Excel workbook?), not CSV text; name it .xlsx or save it as CSV (UTF-8) or as an Excel workbook (.xlsx)</source>
        <translation>是 ZIP 压缩包（Excel 工作簿？），不是 CSV 文本；请将其命名为 .xlsx，或另存为 CSV（UTF-8）或 Excel 工作簿（.xlsx）</translation>
    </message>
    <message>
        <source>is not a text file (a NUL byte at byte offset {offset}); expected CSV or tab-separated text (UTF-8, or UTF-16 with a byte order mark) or an .xlsx workbook</source>
        <translation>不是文本文件（字节偏移 {offset} 处有 NUL 字节）；应为 CSV 或制表符分隔的文本（UTF-8，或带字节顺序标记的 UTF-16）或 .xlsx 工作簿</translation>
    </message>
    <message>
        <source>invalid UTF-8 at byte offset {offset} (byte 0x{byte}); the file must be UTF-8 (or UTF-16 with a byte order mark): in Excel save as &apos;CSV UTF-8&apos; or &apos;Unicode Text&apos;, in LibreOffice choose the character set UTF-8</source>
        <translation>字节偏移 {offset} 处的 UTF-8 无效（字节 0x{byte}）；文件必须为 UTF-8（或带字节顺序标记的 UTF-16）：在 Excel 中另存为 &apos;CSV UTF-8&apos; 或 &apos;Unicode Text&apos;，在 LibreOffice 中选择字符集 UTF-8</translation>
    </message>
    <message>
        <source>invalid UTF-16 at byte offset {offset}; the file starts with a UTF-16 byte order mark but is not UTF-16 text: save it again as &apos;Unicode Text&apos; or &apos;CSV UTF-8&apos;</source>
        <translation>字节偏移 {offset} 处的 UTF-16 无效；文件以 UTF-16 字节顺序标记开头，但不是 UTF-16 文本：请重新另存为 &apos;Unicode Text&apos; 或 &apos;CSV UTF-8&apos;</translation>
    </message>
    <message>
        <source>is not valid CSV here ({reason}); a value with quotes is written &quot;like &quot;&quot;this&quot;&quot;&quot;</source>
        <translation>此处不是有效的 CSV（{reason}）；含引号的值应写成 &quot;像 &quot;&quot;这样&quot;&quot;&quot;</translation>
    </message>
    <message>
        <source>a quoted value is never closed</source>
        <translation>某个带引号的值没有闭合</translation>
    </message>
    <message>
        <source>is not an Excel workbook (.xlsx); save it as CSV (UTF-8) or as an Excel workbook (.xlsx)</source>
        <translation>不是 Excel 工作簿（.xlsx）；请将其另存为 CSV（UTF-8）或 Excel 工作簿（.xlsx）</translation>
    </message>
    <message>
        <source>is not an Excel workbook (.xlsx); save it as CSV (UTF-8) or as an Excel workbook (.xlsx) (a ZIP archive without a workbook)</source>
        <translation>不是 Excel 工作簿（.xlsx）；请将其另存为 CSV（UTF-8）或 Excel 工作簿（.xlsx）（不含工作簿的 ZIP 压缩包）</translation>
    </message>
    <message>
        <source>is not an Excel workbook (.xlsx); save it as CSV (UTF-8) or as an Excel workbook (.xlsx) ({error})</source>
        <translation>不是 Excel 工作簿（.xlsx）；请将其另存为 CSV（UTF-8）或 Excel 工作簿（.xlsx）（{error}）</translation>
    </message>
    <message>
        <source>the workbook unpacks to {size} MB; at most {limit} MB can be imported; split it</source>
        <translation>工作簿解压后为 {size} MB；最多可导入 {limit} MB；请拆分文件</translation>
    </message>
    <message>
        <source>the workbook has no sheet</source>
        <translation>工作簿中没有工作表</translation>
    </message>
    <message>
        <source>the first sheet cannot be read ({error}); save it as CSV (UTF-8) or as an Excel workbook (.xlsx)</source>
        <translation>无法读取第一个工作表（{error}）；请将其另存为 CSV（UTF-8）或 Excel 工作簿（.xlsx）</translation>
    </message>
    <message>
        <source>has more than {count:,} devices; split it into several files</source>
        <translation>包含超过 {count:,} 台设备；请将其拆分为多个文件</translation>
    </message>
    <message>
        <source>too many fields: {count} instead of {width} as in the header; quote values that contain the separator {separator}</source>
        <translation>字段过多：{count} 个，而表头中为 {width} 个；包含分隔符 {separator} 的值请加引号</translation>
    </message>
    <message>
        <source>too few fields: {count} instead of {width} as in the header; quote values that contain the separator {separator}</source>
        <translation>字段过少：{count} 个，而表头中为 {width} 个；包含分隔符 {separator} 的值请加引号</translation>
    </message>
    <message>
        <source>has a value in column {column}, which has no header</source>
        <translation>在没有表头的 {column} 列中有值</translation>
    </message>
    <message>
        <source>a cell has {length:,} characters; at most {limit:,} are allowed</source>
        <translation>某个单元格有 {length:,} 个字符；最多允许 {limit:,} 个</translation>
    </message>
    <message>
        <source>is not a readable Excel workbook ({error}); save it again as .xlsx</source>
        <translation>不是可读取的 Excel 工作簿（{error}）；请重新另存为 .xlsx</translation>
    </message>
    <message>
        <source>its shared strings unpack to {size:,} MB; at most {limit} MB are read; split it into several files, or save it again without the empty rows and columns</source>
        <translation>其共享字符串解压后为 {size:,} MB；最多读取 {limit} MB；请将其拆分为多个文件，或删除空行和空列后重新保存</translation>
    </message>
    <message>
        <source>has more than {limit:,} shared strings (the limit); split it into several files, or save it again without the empty rows and columns</source>
        <translation>共享字符串超过 {limit:,} 个（上限）；请将其拆分为多个文件，或删除空行和空列后重新保存</translation>
    </message>
    <message>
        <source>the first sheet has a cell in column {column} (cell {cell}); at most {limit} columns ({last}) are read; split it into several files, or save it again without the empty rows and columns</source>
        <translation>第一个工作表在 {column} 列有单元格（单元格 {cell}）；最多读取 {limit} 列（{last}）；请将其拆分为多个文件，或删除空行和空列后重新保存</translation>
    </message>
    <message>
        <source>the first sheet has more than {limit:,} cells (the limit, counting empty cells before each row&apos;s last one) by row {row:,}; split it into several files, or save it again without the empty rows and columns</source>
        <translation>第一个工作表到第 {row:,} 行时单元格已超过 {limit:,} 个（上限，包括每行最后一个单元格之前的空单元格）；请将其拆分为多个文件，或删除空行和空列后重新保存</translation>
    </message>
    <message>
        <source>the first sheet has a row {row:,}; at most {limit:,} rows are read; split it into several files, or save it again without the empty rows and columns</source>
        <translation>第一个工作表有第 {row:,} 行；最多读取 {limit:,} 行；请将其拆分为多个文件，或删除空行和空列后重新保存</translation>
    </message>
    <message>
        <source>the first sheet says it spans {ref} ({rows:,} rows, {columns:,} columns); at most {max_rows:,} rows and {max_columns} columns are read; split it into several files, or save it again without the empty rows and columns</source>
        <translation>第一个工作表声明其范围为 {ref}（{rows:,} 行，{columns:,} 列）；最多读取 {max_rows:,} 行和 {max_columns} 列；请将其拆分为多个文件，或删除空行和空列后重新保存</translation>
    </message>
    <message>
        <source>cell {cell} holds a formula without a saved value; open the workbook in a spreadsheet application and save it (or paste the values), then import it again</source>
        <translation>单元格 {cell} 含有公式但没有保存的值；请在电子表格程序中打开并保存该工作簿（或粘贴数值），然后重新导入</translation>
    </message>
    <message>
        <source>cell {cell} holds a formula (={formula}) without a saved value; open the workbook in a spreadsheet application and save it (or paste the values), then import it again</source>
        <translation>单元格 {cell} 含有公式（={formula}）但没有保存的值；请在电子表格程序中打开并保存该工作簿（或粘贴数值），然后重新导入</translation>
    </message>
    <message>
        <source>cell {cell}: {reason}; format the column as Text before typing or pasting the values (or type each with a leading &apos;, as &apos;000123), then enter them again</source>
        <translation>单元格 {cell}：{reason}；请在输入或粘贴数值之前将该列设置为文本格式（或在每个值前加 &apos;，如 &apos;000123），然后重新输入</translation>
    </message>
    <message>
        <source>the SN is a number in the spreadsheet ({value}), not text: a spreadsheet drops leading zeros and every digit after the 15th (000123 becomes 123, a 20-digit number 1.2345678901234567e+19), so it may not be the SN on the device</source>
        <translation>序列号在电子表格中是数字（{value}），不是文本：电子表格会去掉前导零以及第 15 位之后的所有数字（000123 变为 123，20 位数字变为 1.2345678901234567e+19），因此它可能不是设备上的序列号</translation>
    </message>
    <message>
        <source>the batch number is a number in the spreadsheet ({value}), not text: a spreadsheet drops leading zeros and every digit after the 15th (000123 becomes 123, a 20-digit number 1.2345678901234567e+19), so it may not be the batch number on the device</source>
        <translation>批次号在电子表格中是数字（{value}），不是文本：电子表格会去掉前导零以及第 15 位之后的所有数字（000123 变为 123，20 位数字变为 1.2345678901234567e+19），因此它可能不是设备上的批次号</translation>
    </message>
    <message>
        <source>the SN is a date in the spreadsheet ({value}), not text: the spreadsheet turned what was typed into a date</source>
        <translation>序列号在电子表格中是日期（{value}），不是文本：电子表格把输入的内容转换成了日期</translation>
    </message>
    <message>
        <source>the batch number is a date in the spreadsheet ({value}), not text: the spreadsheet turned what was typed into a date</source>
        <translation>批次号在电子表格中是日期（{value}），不是文本：电子表格把输入的内容转换成了日期</translation>
    </message>
    <message>
        <source>the SN is a yes/no value in the spreadsheet ({value}), not text: the spreadsheet turned what was typed into {value}</source>
        <translation>序列号在电子表格中是是/否值（{value}），不是文本：电子表格把输入的内容转换成了 {value}</translation>
    </message>
    <message>
        <source>the batch number is a yes/no value in the spreadsheet ({value}), not text: the spreadsheet turned what was typed into {value}</source>
        <translation>批次号在电子表格中是是/否值（{value}），不是文本：电子表格把输入的内容转换成了 {value}</translation>
    </message>
    <message>
        <source>the value is a number in the spreadsheet ({value}) with more digits than a spreadsheet keeps (15), so some are lost</source>
        <translation>该值在电子表格中是数字（{value}），位数超过电子表格能保留的位数（15 位），因此部分数字会丢失</translation>
    </message>
    <message>
        <source>{value!r} is not one of: {choices}</source>
        <translation>{value!r} 不是以下之一：{choices}</translation>
    </message>
    <message>
        <source>{value!r} is not a date; use YYYY-MM-DD</source>
        <translation>{value!r} 不是日期；请使用 YYYY-MM-DD</translation>
    </message>
    <message>
        <source>{value!r} is not a yes/no value; use true or false</source>
        <translation>{value!r} 不是是/否值；请使用 true 或 false</translation>
    </message>
    <message>
        <source>a yes/no value is not a number</source>
        <translation>是/否值不是数字</translation>
    </message>
    <message>
        <source>{value!r} is not a number</source>
        <translation>{value!r} 不是数字</translation>
    </message>
    <message>
        <source>{value!r} is not a finite number</source>
        <translation>{value!r} 不是有限数</translation>
    </message>
    <message>
        <source>{value} is below the minimum {minimum}</source>
        <translation>{value} 低于最小值 {minimum}</translation>
    </message>
    <message>
        <source>{value} is above the maximum {maximum}</source>
        <translation>{value} 高于最大值 {maximum}</translation>
    </message>
    <message>
        <source>{value!r} is outside the globe; latitude is -90..90, longitude -180..180</source>
        <translation>{value!r} 超出了地球范围；纬度为 -90..90，经度为 -180..180</translation>
    </message>
    <message>
        <source>a location is &apos;latitude,longitude&apos; or a place name of at most {limit} characters</source>
        <translation>位置应为 &apos;纬度,经度&apos; 或不超过 {limit} 个字符的地名</translation>
    </message>
    <message>
        <source>control characters are not allowed</source>
        <translation>不允许使用控制字符</translation>
    </message>
    <message>
        <source>is {length} characters long; at most {limit} are allowed</source>
        <translation>长度为 {length} 个字符；最多允许 {limit} 个</translation>
    </message>
    <message>
        <source>{value!r} is not an IANA time zone such as Europe/Berlin</source>
        <translation>{value!r} 不是 IANA 时区（如 Europe/Berlin）</translation>
    </message>
    <message>
        <source>cannot be checked: the attribute&apos;s pattern {reason}; ask a technician to redefine the attribute</source>
        <translation>无法检查：该属性的模式{reason}；请让技术员重新定义该属性</translation>
    </message>
    <message>
        <source>{value!r} does not match the pattern {pattern}</source>
        <translation>{value!r} 与模式 {pattern} 不匹配</translation>
    </message>
    <message>
        <source>is not an attribute of this master data group (allowed: {allowed})</source>
        <translation>不是此主数据组的属性（允许：{allowed}）</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>为必填项</translation>
    </message>
    <message>
        <source>is not a pattern this station can check ({reason}); use a regular expression without backreferences (\1) or look-around ((?=...), (?!...))</source>
        <translation>不是本工作站能够检查的模式（{reason}）；请使用不含反向引用（\1）或环视（(?=...)、(?!...)）的正则表达式</translation>
    </message>
    <message>
        <source>must be 1 to {limit} printable characters</source>
        <translation>必须为 1 到 {limit} 个可打印字符</translation>
    </message>
    <message>
        <source>contains the invisible or direction-changing character U+{code}; type the name again without it</source>
        <translation>包含不可见或改变文字方向的字符 U+{code}；请不带该字符重新输入名称</translation>
    </message>
    <message>
        <source>use lower-case letters, digits and &apos;_&apos;, starting with a letter (at most 64)</source>
        <translation>请使用小写字母、数字和 &apos;_&apos;，并以字母开头（最多 64 个）</translation>
    </message>
    <message>
        <source>{kind!r} is not a type; use one of: {kinds}</source>
        <translation>{kind!r} 不是类型；请使用以下之一：{kinds}</translation>
    </message>
    <message>
        <source>a choice attribute needs its choices, comma-separated (e.g. red,green)</source>
        <translation>选择属性需要填写选项，以逗号分隔（例如 red,green）</translation>
    </message>
    <message>
        <source>choices are only for enum attributes</source>
        <translation>选项仅适用于枚举属性</translation>
    </message>
    <message>
        <source>the maximum {maximum} is below the minimum {minimum}</source>
        <translation>最大值 {maximum} 低于最小值 {minimum}</translation>
    </message>
    <message>
        <source>the pattern {reason}</source>
        <translation>该模式{reason}</translation>
    </message>
    <message>
        <source>an attribute with key {key!r} already exists</source>
        <translation>键为 {key!r} 的属性已存在</translation>
    </message>
    <message>
        <source>no attribute with key {key!r}</source>
        <translation>没有键为 {key!r} 的属性</translation>
    </message>
    <message>
        <source>{key!r} is a built-in attribute and cannot be changed</source>
        <translation>{key!r} 是内置属性，无法更改</translation>
    </message>
    <message>
        <source>{key!r} is not a defined attribute; known: {known}</source>
        <translation>{key!r} 不是已定义的属性；已知属性：{known}</translation>
    </message>
    <message>
        <source>a master data group named {name!r} already exists</source>
        <translation>名为 {name!r} 的主数据组已存在</translation>
    </message>
    <message>
        <source>no master data group named {name!r}</source>
        <translation>没有名为 {name!r} 的主数据组</translation>
    </message>
    <message>
        <source>must be a URL such as https://gateway.example.com or mqtts://host:8883</source>
        <translation>必须是 URL，例如 https://gateway.example.com 或 mqtts://host:8883</translation>
    </message>
    <message>
        <source>{text!r} is not URL,OU,ENVIRONMENT,PRODUCT_KEY[,WEIGHT]</source>
        <translation>{text!r} 不符合 URL,OU,ENVIRONMENT,PRODUCT_KEY[,WEIGHT] 格式</translation>
    </message>
    <message>
        <source>a target needs a gateway URL</source>
        <translation>目标需要网关 URL</translation>
    </message>
    <message>
        <source>a target needs a product key (at most 128 characters)</source>
        <translation>目标需要产品密钥（最多 128 个字符）</translation>
    </message>
    <message>
        <source>the weight must be a whole number from 1 to {limit}, not {value!r}</source>
        <translation>权重必须是 1 到 {limit} 之间的整数，而不是 {value!r}</translation>
    </message>
    <message>
        <source>at most {count} targets</source>
        <translation>最多 {count} 个目标</translation>
    </message>
    <message>
        <source>target {index} repeats {gateway} {ou}/{environment}</source>
        <translation>目标 {index} 重复了 {gateway} {ou}/{environment}</translation>
    </message>
    <message>
        <source>group {group!r} has no product key for {ou}/{environment}; set one</source>
        <translation>组 {group!r} 没有 {ou}/{environment} 的产品密钥；请设置一个</translation>
    </message>
    <message>
        <source>group {group!r} has no gateway for {ou}/{environment}; set one</source>
        <translation>组 {group!r} 没有 {ou}/{environment} 的网关；请设置一个</translation>
    </message>
    <message>
        <source>a batch number is 1 to {limit} printable ASCII characters without spaces</source>
        <translation>批次号由 1 到 {limit} 个不含空格的可打印 ASCII 字符组成</translation>
    </message>
    <message>
        <source>no batch {number!r} in group {group!r}</source>
        <translation>组 {group!r} 中没有批次 {number!r}</translation>
    </message>
    <message>
        <source>cannot tell the format from {name!r}; end the file name in {suffixes}</source>
        <translation>无法从 {name!r} 判断格式；文件名请以 {suffixes} 结尾</translation>
    </message>
    <message>
        <source>{path} is a directory; give a file name</source>
        <translation>{path} 是一个目录；请指定文件名</translation>
    </message>
    <message>
        <source>the directory {path} does not exist</source>
        <translation>目录 {path} 不存在</translation>
    </message>
    <message>
        <source>cannot write in {path} ({reason})</source>
        <translation>无法写入 {path}（{reason}）</translation>
    </message>
    <message>
        <source>device {sn} was not registered</source>
        <translation>设备 {sn} 未注册</translation>
    </message>
    <message>
        <source>must be between 1 and {limit}</source>
        <translation>必须介于 1 和 {limit} 之间</translation>
    </message>
    <message>
        <source>must be 0 or more</source>
        <translation>必须为 0 或更大</translation>
    </message>
    <message>
        <source>the counter reaches {last}, which has {digits} digits; allow at least {digits} (or 0 for no padding)</source>
        <translation>计数器会达到 {last}，它有 {digits} 位数字；请至少允许 {digits} 位（或填 0 表示不补零）</translation>
    </message>
    <message>
        <source>SN {sn!r} contains {characters}: the Azure IoT device SDKs carry only {allowed} in a registration ID, so this device cannot provision itself with them</source>
        <translation>序列号 {sn!r} 包含 {characters}：Azure IoT 设备 SDK 的注册 ID 只允许 {allowed}，因此该设备无法用它们自行完成预配</translation>
    </message>
    <message>
        <source>the batch number is empty</source>
        <translation>批次号为空</translation>
    </message>
    <message>
        <source>device {sn} is not in batch {batch}</source>
        <translation>设备 {sn} 不在批次 {batch} 中</translation>
    </message>
    <message>
        <source>batch {batch} of group {group} has no devices that can be labelled</source>
        <translation>组 {group} 的批次 {batch} 中没有可贴标的设备</translation>
    </message>
    <message>
        <source>batch {batch} of group {group} has no devices that can be labelled ({skipped} disabled or retired)</source>
        <translation>组 {group} 的批次 {batch} 中没有可贴标的设备（{skipped} 台已停用或已退役）</translation>
    </message>
    <message>
        <source>group {group} has no devices that can be labelled</source>
        <translation>组 {group} 中没有可贴标的设备</translation>
    </message>
    <message>
        <source>group {group} has no devices that can be labelled ({skipped} disabled or retired)</source>
        <translation>组 {group} 中没有可贴标的设备（{skipped} 台已停用或已退役）</translation>
    </message>
    <message>
        <source>selecting devices for labels was cancelled; nothing was printed</source>
        <translation>已取消为标签选择设备；未打印任何内容</translation>
    </message>
    <message>
        <source>there are no devices to print labels for</source>
        <translation>没有需要打印标签的设备</translation>
    </message>
    <message>
        <source>{dpi} dpi is not supported; use one of {choices}</source>
        <translation>不支持 {dpi} dpi；请使用以下之一：{choices}</translation>
    </message>
    <message>
        <source>must be between {least} and {most}</source>
        <translation>必须介于 {least} 和 {most} 之间</translation>
    </message>
    <message>
        <source>must be between 0 and {last} for template {label_template} ({per_page} labels per page)</source>
        <translation>对于模板 {label_template}，必须介于 0 和 {last} 之间（每页 {per_page} 个标签）</translation>
    </message>
    <message>
        <source>SN {sn} is in the job twice; use copies for more than one label</source>
        <translation>SN {sn} 在任务中出现了两次；如需多张标签，请设置份数</translation>
    </message>
    <message>
        <source>label job cancelled; nothing was printed or recorded</source>
        <translation>标签任务已取消；未打印也未记录任何内容</translation>
    </message>
    <message>
        <source>label job cancelled; nothing was written or recorded</source>
        <translation>标签任务已取消；未写入也未记录任何内容</translation>
    </message>
    <message>
        <source>label job cancelled during print-and-verify; nothing was printed or recorded</source>
        <translation>标签任务在打印校验期间被取消；未打印也未记录任何内容</translation>
    </message>
    <message>
        <source>the output cannot take another page (disk full, printer gone?); nothing was recorded</source>
        <translation>输出无法再添加页面（磁盘已满或打印机已断开？）；未记录任何内容</translation>
    </message>
    <message>
        <source>the folder {folder} does not exist</source>
        <translation>文件夹 {folder} 不存在</translation>
    </message>
    <message>
        <source>cannot write into {folder} ({reason}); nothing was printed or recorded</source>
        <translation>无法写入 {folder}（{reason}）；未打印也未记录任何内容</translation>
    </message>
    <message>
        <source>cannot write PNG files into {folder} ({reason}); nothing was printed or recorded</source>
        <translation>无法将 PNG 文件写入 {folder}（{reason}）；未打印也未记录任何内容</translation>
    </message>
    <message>
        <source>cannot write {file}; nothing was printed or recorded</source>
        <translation>无法写入 {file}；未打印也未记录任何内容</translation>
    </message>
    <message>
        <source>cannot move the PNG files into {folder} ({reason}); nothing was printed or recorded</source>
        <translation>无法将 PNG 文件移入 {folder}（{reason}）；未打印也未记录任何内容</translation>
    </message>
    <message>
        <source>the output cannot be painted on (is the file writable, the printer there?); nothing was printed or recorded</source>
        <translation>无法在输出上绘制（文件是否可写、打印机是否可用？）；未打印也未记录任何内容</translation>
    </message>
    <message>
        <source>SN {sn}: {dots} printer dots per QR module at {dpi} dpi (4 or more recommended); the code may be hard to scan</source>
        <translation>SN {sn}：在 {dpi} dpi 下每个 QR 模块只有 {dots} 个打印点（建议 4 个或以上）；该码可能难以扫描</translation>
    </message>
    <message>
        <source>... {count} labels in all have fewer than 4 dots per QR module</source>
        <translation>……共有 {count} 个标签每个 QR 模块少于 4 个点</translation>
    </message>
    <message>
        <source>SN {sn}: the {field} was shortened to fit the label</source>
        <translation>SN {sn}：字段 {field} 已被截短以适应标签</translation>
    </message>
    <message>
        <source>the QR code for SN {sn!r} cannot be made: {reason}</source>
        <translation>无法为 SN {sn!r} 生成二维码：{reason}</translation>
    </message>
    <message>
        <source>the payload of SN {sn!r} needs a QR code of version {version}; at most {most} is allowed</source>
        <translation>SN {sn!r} 的载荷需要版本 {version} 的二维码；最多允许 {most}</translation>
    </message>
    <message>
        <source>the QR code of SN {sn!r} ({modules} modules, version {version}, plus the quiet zone) does not fit the {width:.1f} mm QR area of template {label_template} at {dpi} dpi: {dots:.1f} dots per module, at least {least} needed; use a larger label, a higher dpi, or a shorter SN/batch</source>
        <translation>SN {sn!r} 的二维码（{modules} 个模块，版本 {version}，另加静区）在 {dpi} dpi 下放不进模板 {label_template} 的 {width:.1f} mm 二维码区域：每个模块 {dots:.1f} 个点，至少需要 {least} 个；请使用更大的标签、更高的分辨率或更短的 SN/批次</translation>
    </message>
    <message>
        <source>the logo image cannot be read</source>
        <translation>无法读取徽标图像</translation>
    </message>
    <message>
        <source>template {label_template}: the {field} field is {height:.1f} mm high, too low for {size:g} pt text</source>
        <translation>模板 {label_template}：字段 {field} 高 {height:.1f} mm，对 {size:g} pt 的文字来说太矮</translation>
    </message>
    <message>
        <source>the {what} {text!r} (SN {sn}) is too long for template {label_template}: it needs {needed:.1f} mm at {size:g} pt and the field is {width:.1f} mm wide; use a template with more room or a shorter {what}</source>
        <translation>{what} {text!r}（SN {sn}）对模板 {label_template} 来说太长：在 {size:g} pt 下需要 {needed:.1f} mm，而字段宽 {width:.1f} mm；请使用空间更大的模板或更短的{what}</translation>
    </message>
    <message>
        <source>missing or not an object ({{...}})</source>
        <translation>缺失或不是对象（{{...}}）</translation>
    </message>
    <message>
        <source>missing or not a number</source>
        <translation>缺失或不是数字</translation>
    </message>
    <message>
        <source>must be above 0, not {value}</source>
        <translation>必须大于 0，而不是 {value}</translation>
    </message>
    <message>
        <source>must be at least 0, not {value}</source>
        <translation>必须至少为 0，而不是 {value}</translation>
    </message>
    <message>
        <source>must be a whole number of 1 or more</source>
        <translation>必须是大于等于 1 的整数</translation>
    </message>
    <message>
        <source>cannot be read ({reason})</source>
        <translation>无法读取（{reason}）</translation>
    </message>
    <message>
        <source>is not valid JSON ({reason})</source>
        <translation>不是有效的 JSON（{reason}）</translation>
    </message>
    <message>
        <source>must hold one JSON object</source>
        <translation>必须包含一个 JSON 对象</translation>
    </message>
    <message>
        <source>must be a non-empty text</source>
        <translation>必须是非空文本</translation>
    </message>
    <message>
        <source>{unit!r} is not a unit; use one of: {choices}</source>
        <translation>{unit!r} 不是单位；请使用以下之一：{choices}</translation>
    </message>
    <message>
        <source>{kind!r} is not a template kind; use one of: {choices}</source>
        <translation>{kind!r} 不是模板类型；请使用以下之一：{choices}</translation>
    </message>
    <message>
        <source>{columns} labels of {width:.1f} mm with the margin and gaps are wider than the page ({page:.1f} mm)</source>
        <translation>{columns} 个 {width:.1f} mm 宽的标签加上边距和间隔后比页面（{page:.1f} mm）还宽</translation>
    </message>
    <message>
        <source>{rows} labels of {height:.1f} mm with the margin and gaps are taller than the page ({page:.1f} mm)</source>
        <translation>{rows} 个 {height:.1f} mm 高的标签加上边距和间隔后比页面（{page:.1f} mm）还高</translation>
    </message>
    <message>
        <source>is not a label field; use: qr, {fields}, logo</source>
        <translation>不是标签字段；请使用：qr、{fields}、logo</translation>
    </message>
    <message>
        <source>missing or not an object: every label needs the QR code (x, y, size)</source>
        <translation>缺失或不是对象：每个标签都需要二维码（x、y、size）</translation>
    </message>
    <message>
        <source>missing: every label shows the SN and the manual code</source>
        <translation>缺失：每个标签都显示 SN 和手动配对码</translation>
    </message>
    <message>
        <source>must be an object with x, y, width, height, font_size</source>
        <translation>必须是包含 x、y、width、height、font_size 的对象</translation>
    </message>
    <message>
        <source>overlaps the QR code area; text is never drawn over the code</source>
        <translation>与二维码区域重叠；文字绝不会绘制在码上</translation>
    </message>
    <message>
        <source>must not be above font_size ({size})</source>
        <translation>不得大于 font_size（{size}）</translation>
    </message>
    <message>
        <source>{value!r} is not valid; use one of: {choices}</source>
        <translation>{value!r} 无效；请使用以下之一：{choices}</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>必须为 true 或 false</translation>
    </message>
    <message>
        <source>must name an image file (relative to the template file)</source>
        <translation>必须指定一个图像文件（相对于模板文件）</translation>
    </message>
    <message>
        <source>overlaps the QR code area</source>
        <translation>与二维码区域重叠</translation>
    </message>
    <message>
        <source>{file} does not exist next to the template</source>
        <translation>模板旁边不存在 {file}</translation>
    </message>
    <message>
        <source>reaches outside the label ({width:.1f} x {height:.1f} mm)</source>
        <translation>超出了标签范围（{width:.1f} x {height:.1f} mm）</translation>
    </message>
    <message>
        <source>no label template {name!r}; available: {available}</source>
        <translation>没有名为 {name!r} 的标签模板；可用的有：{available}</translation>
    </message>
    <message>
        <source>{out!r}: use FILE.pdf, a folder for PNG files, FILE.zpl or HOST:PORT</source>
        <translation>{out!r}：请使用 文件.pdf、存放 PNG 文件的文件夹、文件.zpl 或 HOST:PORT</translation>
    </message>
    <message>
        <source>no printer called {name!r}; available: {available}</source>
        <translation>没有名为 {name!r} 的打印机；可用的有：{available}</translation>
    </message>
    <message>
        <source>no printer called {name!r}; available: none</source>
        <translation>没有名为 {name!r} 的打印机；没有可用的打印机</translation>
    </message>
    <message>
        <source>{kind!r} is not an output; use one of: {choices}</source>
        <translation>{kind!r} 不是输出方式；请使用以下之一：{choices}</translation>
    </message>
    <message>
        <source>ZPL is for thermal label printers; template {label_template} is a {kind} template: use a thermal-* template, or PDF/PNG/a printer for sheets</source>
        <translation>ZPL 用于热敏标签打印机；模板 {label_template} 是{kind}模板：请使用 thermal-* 模板，或对标签纸使用 PDF/PNG/打印机</translation>
    </message>
    <message>
        <source>Zebra printers print at {choices} dpi, not {dpi}</source>
        <translation>Zebra 打印机的分辨率为 {choices} dpi，而不是 {dpi}</translation>
    </message>
    <message>
        <source>--start-at is for sheets of labels; a thermal roll has no used positions</source>
        <translation>--start-at 用于标签纸；热敏标签卷没有已用位置</translation>
    </message>
    <message>
        <source>port {port} is not valid (1-65535)</source>
        <translation>端口 {port} 无效（1-65535）</translation>
    </message>
    <message>
        <source>the printer at {host}:{port} did not answer within {timeout:g} s; check the address and that it is switched on; nothing was printed or recorded</source>
        <translation>{host}:{port} 上的打印机在 {timeout:g} 秒内没有响应；请检查地址以及打印机是否已开机；未打印也未记录任何内容</translation>
    </message>
    <message>
        <source>the printer host {host!r} is unknown; check the name or use its IP address; nothing was printed or recorded</source>
        <translation>打印机主机 {host!r} 未知；请检查名称或使用其 IP 地址；未打印也未记录任何内容</translation>
    </message>
    <message>
        <source>the printer at {host}:{port} cannot be reached ({reason}); check the address, the port (usually {usual}) and the network; nothing was printed or recorded</source>
        <translation>无法连接 {host}:{port} 上的打印机（{reason}）；请检查地址、端口（通常为 {usual}）和网络；未打印也未记录任何内容</translation>
    </message>
    <message>
        <source>choose a PDF file to write</source>
        <translation>请选择要写入的 PDF 文件</translation>
    </message>
    <message>
        <source>{path} does not end in .pdf</source>
        <translation>{path} 的扩展名不是 .pdf</translation>
    </message>
    <message>
        <source>choose a folder for the PNG files</source>
        <translation>请选择存放 PNG 文件的文件夹</translation>
    </message>
    <message>
        <source>{path} is a file; choose a folder for the PNG files</source>
        <translation>{path} 是一个文件；请选择存放 PNG 文件的文件夹</translation>
    </message>
    <message>
        <source>give a .zpl file or the printer as host:9100</source>
        <translation>请给出 .zpl 文件或以 host:9100 形式给出打印机</translation>
    </message>
    <message>
        <source>{path}: give a file ending in .zpl or the printer as host:9100</source>
        <translation>{path}：请给出扩展名为 .zpl 的文件或以 host:9100 形式给出打印机</translation>
    </message>
    <message>
        <source>{count} label(s) failed print-and-verify, the job was stopped and nothing was printed or recorded: {shown}{more}</source>
        <translation>{count} 个标签未通过打印校验，任务已停止，未打印也未记录任何内容：{shown}{more}</translation>
    </message>
    <message>
        <source>SN {sn}: {reason}</source>
        <translation>SN {sn}：{reason}</translation>
    </message>
    <message>
        <source>{first}; {rest}</source>
        <translation>{first}；{rest}</translation>
    </message>
    <message>
        <source>the code read back is not a signed label payload</source>
        <translation>回读的码不是已签名的标签载荷</translation>
    </message>
    <message>
        <source>the signature does not verify (key {key})</source>
        <translation>签名校验失败（密钥 {key}）</translation>
    </message>
    <message>
        <source>the code is for SN {sn} of group ID {group_id}</source>
        <translation>该码属于组 ID {group_id} 的 SN {sn}</translation>
    </message>
    <message>
        <source>the QR code did not read back</source>
        <translation>二维码无法回读</translation>
    </message>
    <message>
        <source>the code read back differs from the payload sent to the printer</source>
        <translation>回读的码与发送给打印机的载荷不一致</translation>
    </message>
    <message>
        <source>the QR code the printer gets did not read back</source>
        <translation>发送给打印机的二维码无法回读</translation>
    </message>
    <message>
        <source>the code the printer gets differs from the payload</source>
        <translation>发送给打印机的码与载荷不一致</translation>
    </message>
    <message>
        <source>the label has no ^PW (width) or ^LL (length)</source>
        <translation>标签没有 ^PW（宽度）或 ^LL（长度）</translation>
    </message>
    <message>
        <source>the QR graphic is malformed: {reason}</source>
        <translation>二维码图形格式错误：{reason}</translation>
    </message>
    <message>
        <source>the QR graphic ({columns} x {rows} dots at {x},{y}) runs off the {width} x {height} dot label</source>
        <translation>二维码图形（{columns} x {rows} 点，位于 {x},{y}）超出了 {width} x {height} 点的标签</translation>
    </message>
    <message>
        <source>the label has no QR graphic (^GF)</source>
        <translation>标签没有二维码图形（^GF）</translation>
    </message>
    <message>
        <source>the QR graphic ({width} x {height} dots at {x},{y}) does not lie in the template&apos;s QR square</source>
        <translation>二维码图形（{width} x {height} 点，位于 {x},{y}）不在模板的二维码方框内</translation>
    </message>
    <message>
        <source>the label has {count} graphics, expected the QR code alone</source>
        <translation>标签有 {count} 个图形，应当只有二维码</translation>
    </message>
    <message>
        <source>the QR graphic is not a square of whole modules of {dots} dots</source>
        <translation>二维码图形不是由每个 {dots} 点的完整模块组成的正方形</translation>
    </message>
    <message>
        <source>the QR graphic has modules that are not uniform squares of {dots} dots</source>
        <translation>二维码图形中有模块不是统一的 {dots} 点正方形</translation>
    </message>
    <message>
        <source>not an ASCII ^GFA graphic field</source>
        <translation>不是 ASCII 格式的 ^GFA 图形字段</translation>
    </message>
    <message>
        <source>{total} bytes is not a whole number of rows of {per_row} bytes</source>
        <translation>{total} 字节不是每行 {per_row} 字节的整数行</translation>
    </message>
    <message>
        <source>{character!r} is not graphic data (or a repeat count before no hex digit)</source>
        <translation>{character!r} 不是图形数据（或重复计数后没有十六进制数字）</translation>
    </message>
    <message>
        <source>&apos;:&apos; (repeat the row) in the middle of a row or before the first row</source>
        <translation>&apos;:&apos;（重复该行）出现在行中间或第一行之前</translation>
    </message>
    <message>
        <source>the data ends in the middle of a row</source>
        <translation>数据在一行中间结束</translation>
    </message>
    <message>
        <source>{rows} rows of {per_row} bytes, but the field says {total} bytes</source>
        <translation>{rows} 行、每行 {per_row} 字节，但字段声明为 {total} 字节</translation>
    </message>
    <message>
        <source>the PDF cannot take another page (disk full?)</source>
        <translation>PDF 无法再添加页面（磁盘已满？）</translation>
    </message>
    <message>
        <source>cannot write a PDF to {path}</source>
        <translation>无法将 PDF 写入 {path}</translation>
    </message>
    <message>
        <source>the report file name ends in .pdf or .csv, not {name!r}</source>
        <translation>报告文件名应以 .pdf 或 .csv 结尾，而不是 {name!r}</translation>
    </message>
    <message>
        <source>forged or damaged label: {reason}; do not onboard this device</source>
        <translation>伪造或损坏的标签：{reason}；请勿上线此设备</translation>
    </message>
    <message>
        <source>label signed with an unknown key ({key_id}): not a label of this organisation, or forged; do not onboard</source>
        <translation>标签由未知密钥签名（{key_id}）：不是本组织的标签，或为伪造；请勿上线</translation>
    </message>
    <message>
        <source>the signature of this label does not match its content (SN {sn}): altered or forged; do not onboard</source>
        <translation>此标签的签名与其内容不符（序列号 {sn}）：已被篡改或伪造；请勿上线</translation>
    </message>
    <message>
        <source>genuine label, but SN {sn} (group ID {group_id}) is not in this station&apos;s database; sync, or register it</source>
        <translation>正品标签，但序列号 {sn}（组 ID {group_id}）不在本工作站的数据库中；请同步或注册</translation>
    </message>
    <message>
        <source>genuine label, but of an earlier registration of SN {sn} (registration {registration}; the SN was deleted and registered again since, now registration {current}): do not onboard with it; print a new label</source>
        <translation>正品标签，但属于序列号 {sn} 的较早注册（第 {registration} 次注册；此序列号之后已删除并重新注册，现为第 {current} 次注册）：请勿用它上线；请打印新标签</translation>
    </message>
    <message>
        <source>unsigned code {code!r}, not a serial number ({problem})</source>
        <translation>未签名的码 {code!r}，不是序列号（{problem}）</translation>
    </message>
    <message>
        <source>unsigned code; no device with SN {sn!r} is registered</source>
        <translation>未签名的码；没有已注册的序列号为 {sn!r} 的设备</translation>
    </message>
    <message>
        <source>unsigned code: SN {sn} of group {group}, {status}; not verified, check the device itself</source>
        <translation>未签名的码：组 {group} 的序列号 {sn}，{status}；未经验证，请检查设备本身</translation>
    </message>
    <message>
        <source>unsigned code: SN {sn} of group {group} (and {others} other group(s)), {status}; not verified, check the device itself</source>
        <translation>未签名的码：组 {group}（及另外 {others} 个组）的序列号 {sn}，{status}；未经验证，请检查设备本身</translation>
    </message>
    <message>
        <source>unsigned code: SN {sn}; not verified</source>
        <translation>未签名的码：序列号 {sn}；未经验证</translation>
    </message>
    <message>
        <source>manual code {code!r} has the wrong number of digits (12): check it against the label and type it again</source>
        <translation>手动码 {code!r} 位数不对（应为 12 位）：请与标签核对后重新输入</translation>
    </message>
    <message>
        <source>manual code {code!r} has a wrong check digit: check it against the label and type it again</source>
        <translation>手动码 {code!r} 的校验位错误：请与标签核对后重新输入</translation>
    </message>
    <message>
        <source>no device has the manual code {code}</source>
        <translation>没有设备使用手动码 {code}</translation>
    </message>
    <message>
        <source>manual code {code} matches {count} devices; type the SN instead</source>
        <translation>手动码 {code} 对应 {count} 台设备；请改为输入序列号</translation>
    </message>
    <message>
        <source>this code is neither a manual code of this station (12 digits) nor a valid Matter manual pairing code ({reason}): check it against the label and type it again</source>
        <translation>此码既不是本工作站的手动码（12 位），也不是有效的 Matter 手动配对码（{reason}）：请与标签核对后重新输入</translation>
    </message>
    <message>
        <source>SN {sn} is disabled; it cannot be onboarded</source>
        <translation>序列号 {sn} 已停用；无法上线</translation>
    </message>
    <message>
        <source>SN {sn} is already active ({status})</source>
        <translation>序列号 {sn} 已处于活动状态（{status}）</translation>
    </message>
    <message>
        <source>SN {sn} was {status}; it cannot be onboarded</source>
        <translation>序列号 {sn} 状态为{status}；无法上线</translation>
    </message>
    <message>
        <source>genuine label: SN {sn}, group {group}, {status}; ready to onboard</source>
        <translation>正品标签：序列号 {sn}，组 {group}，{status}；可以上线</translation>
    </message>
    <message>
        <source>manual code: SN {sn}, group {group}, {status}; ready to onboard</source>
        <translation>手动码：序列号 {sn}，组 {group}，{status}；可以上线</translation>
    </message>
    <message>
        <source>SN {sn} belongs to group {group}, not to {session_group}</source>
        <translation>序列号 {sn} 属于组 {group}，不属于 {session_group}</translation>
    </message>
    <message>
        <source>SN {sn} was already scanned in this session</source>
        <translation>序列号 {sn} 在本次会话中已扫描过</translation>
    </message>
    <message>
        <source>{message} (scanned before in this session)</source>
        <translation>{message}（本次会话中已扫描过）</translation>
    </message>
    <message>
        <source>{message} (unsigned code: not verified)</source>
        <translation>{message}（未签名的码：未经验证）</translation>
    </message>
    <message>
        <source>{what}: {summary}; {secret} hidden (reveal it if needed). A third-party device, not a label of this organisation: add it with its own controller or app</source>
        <translation>{what}：{summary}；{secret}已隐藏（需要时可显示）。这是第三方设备，不是本组织的标签：请用其自带的控制器或应用添加</translation>
    </message>
    <message>
        <source>{what} of {count} devices</source>
        <translation>{what}（含 {count} 台设备）</translation>
    </message>
    <message>
        <source>{list}, {item}</source>
        <translation>{list}，{item}</translation>
    </message>
    <message>
        <source>{list}; {item}</source>
        <translation>{list}；{item}</translation>
    </message>
    <message>
        <source>#{number}: {summary}</source>
        <translation>#{number}：{summary}</translation>
    </message>
    <message>
        <source>vendor ID 0x{id:04X}</source>
        <translation>厂商 ID 0x{id:04X}</translation>
    </message>
    <message>
        <source>product ID 0x{id:04X}</source>
        <translation>产品 ID 0x{id:04X}</translation>
    </message>
    <message>
        <source>discriminator {value}</source>
        <translation>鉴别码 {value}</translation>
    </message>
    <message>
        <source>discriminator {value} (short)</source>
        <translation>鉴别码 {value}（短）</translation>
    </message>
    <message>
        <source>discovery {names}</source>
        <translation>发现方式 {names}</translation>
    </message>
    <message>
        <source>flow {flow}</source>
        <translation>流程 {flow}</translation>
    </message>
    <message>
        <source>serial number {serial}</source>
        <translation>序列号 {serial}</translation>
    </message>
    <message>
        <source>manufacturer ID 0x{id:04X}</source>
        <translation>制造商 ID 0x{id:04X}</translation>
    </message>
    <message>
        <source>product type 0x{id:04X}</source>
        <translation>产品类型 0x{id:04X}</translation>
    </message>
    <message>
        <source>application version {version}</source>
        <translation>应用版本 {version}</translation>
    </message>
    <message>
        <source>device class 0x{generic:02X}/0x{specific:02X}</source>
        <translation>设备类别 0x{generic:02X}/0x{specific:02X}</translation>
    </message>
    <message>
        <source>keys {names}</source>
        <translation>密钥 {names}</translation>
    </message>
    <message>
        <source>protocols {names}</source>
        <translation>协议 {names}</translation>
    </message>
    <message>
        <source>damaged {format}: {reason}; scan it again or type it, and check the print</source>
        <translation>{format}已损坏：{reason}；请重新扫描或手动输入，并检查印刷</translation>
    </message>
    <message>
        <source>{format}: {reason}</source>
        <translation>{format}：{reason}</translation>
    </message>
    <message>
        <source>holds something other than digits</source>
        <translation>包含非数字字符</translation>
    </message>
    <message>
        <source>does not start with MT:</source>
        <translation>不以 MT: 开头</translation>
    </message>
    <message>
        <source>payload {number} of {count}: {reason}</source>
        <translation>第 {number} 个载荷（共 {count} 个）：{reason}</translation>
    </message>
    <message>
        <source>empty payload</source>
        <translation>载荷为空</translation>
    </message>
    <message>
        <source>{count} characters; a payload has at least {minimum}</source>
        <translation>{count} 个字符；一个载荷至少有 {minimum} 个</translation>
    </message>
    <message>
        <source>payload version {version}; only version 0 is defined</source>
        <translation>载荷版本 {version}；仅定义了版本 0</translation>
    </message>
    <message>
        <source>commissioning flow 3 is not defined</source>
        <translation>调试流程 3 未定义</translation>
    </message>
    <message>
        <source>its passcode is not a valid Matter passcode (0, 8 equal digits, 12345678, 87654321 and values above 99999998 are not allowed)</source>
        <translation>其配对码不是有效的 Matter 配对码（不允许 0、8 位相同数字、12345678、87654321 以及大于 99999998 的值）</translation>
    </message>
    <message>
        <source>character {position} ({character!r}) is not base-38 (0-9, A-Z, &apos;-&apos;, &apos;.&apos;)</source>
        <translation>第 {position} 个字符（{character!r}）不是 Base-38 字符（0-9、A-Z、&apos;-&apos;、&apos;.&apos;）</translation>
    </message>
    <message>
        <source>{count} base-38 characters is not a whole number of bytes</source>
        <translation>{count} 个 Base-38 字符不构成整数个字节</translation>
    </message>
    <message>
        <source>base-38 characters {first}-{last} are out of range</source>
        <translation>Base-38 字符 {first}-{last} 超出范围</translation>
    </message>
    <message>
        <source>the optional data does not start with a TLV structure</source>
        <translation>可选数据不以 TLV 结构开头</translation>
    </message>
    <message>
        <source>the optional data ends inside its TLV structure</source>
        <translation>可选数据在其 TLV 结构内部结束</translation>
    </message>
    <message>
        <source>TLV member with tag form 0x{form:02x}; only context tags are used here</source>
        <translation>TLV 成员的标签形式为 0x{form:02x}；此处只使用上下文标签</translation>
    </message>
    <message>
        <source>the optional data ends inside a TLV tag</source>
        <translation>可选数据在一个 TLV 标签内部结束</translation>
    </message>
    <message>
        <source>bytes after the end of the optional data</source>
        <translation>可选数据结束后仍有字节</translation>
    </message>
    <message>
        <source>the optional data ends inside a TLV value</source>
        <translation>可选数据在一个 TLV 值内部结束</translation>
    </message>
    <message>
        <source>a TLV string is not UTF-8</source>
        <translation>某个 TLV 字符串不是 UTF-8</translation>
    </message>
    <message>
        <source>TLV element type 0x{type:02x} is not used in a setup payload</source>
        <translation>TLV 元素类型 0x{type:02x} 不用于设置载荷</translation>
    </message>
    <message>
        <source>has {count} digits; it has 11 (or 21 with vendor and product ID)</source>
        <translation>有 {count} 位数字；应为 11 位（含厂商和产品 ID 时为 21 位）</translation>
    </message>
    <message>
        <source>has a wrong check digit (last digit): a digit was misread or mistyped</source>
        <translation>校验位（最后一位）错误：有一位数字被误读或输错</translation>
    </message>
    <message>
        <source>starts with {digit}; only 0-7 are defined</source>
        <translation>以 {digit} 开头；仅定义了 0-7</translation>
    </message>
    <message>
        <source>its first digit says {said} digits, it has {count}</source>
        <translation>首位数字表示应有 {said} 位，实际有 {count} 位</translation>
    </message>
    <message>
        <source>digits 2-10 are out of range</source>
        <translation>第 2-10 位数字超出范围</translation>
    </message>
    <message>
        <source>vendor or product ID above 65535</source>
        <translation>厂商或产品 ID 大于 65535</translation>
    </message>
    <message>
        <source>does not start with 90</source>
        <translation>不以 90 开头</translation>
    </message>
    <message>
        <source>has {count} digits; it has at least {minimum}</source>
        <translation>有 {count} 位数字；至少应有 {minimum} 位</translation>
    </message>
    <message>
        <source>version {version}; 00 (S2) and 01 (SmartStart) are defined</source>
        <translation>版本 {version}；仅定义了 00（S2）和 01（SmartStart）</translation>
    </message>
    <message>
        <source>its checksum does not match its content: a digit was misread or changed</source>
        <translation>其校验和与内容不符：有一位数字被误读或更改</translation>
    </message>
    <message>
        <source>ends inside its {name}</source>
        <translation>在{name}字段中途结束</translation>
    </message>
    <message>
        <source>{name} is out of range at digit {digit}</source>
        <translation>{name}在第 {digit} 位超出范围</translation>
    </message>
    <message>
        <source>{name} (hidden) is out of range at digit {digit}</source>
        <translation>{name}（已隐藏）在第 {digit} 位超出范围</translation>
    </message>
    <message>
        <source>DSK block {number}</source>
        <translation>DSK 第 {number} 块</translation>
    </message>
    <message>
        <source>TLV block at digit {digit} {reason}</source>
        <translation>第 {digit} 位处的 TLV 块：{reason}</translation>
    </message>
    <message>
        <source>TLV block {type} at digit {digit} {reason}</source>
        <translation>第 {digit} 位处的 TLV 块 {type}：{reason}</translation>
    </message>
    <message>
        <source>TLV block at digit {digit} is cut short ({got} of {length} digits)</source>
        <translation>第 {digit} 位处的 TLV 块不完整（{length} 位中只有 {got} 位）</translation>
    </message>
    <message>
        <source>critical TLV block of unknown type {type} at digit {digit}</source>
        <translation>第 {digit} 位处有未知类型 {type} 的关键 TLV 块</translation>
    </message>
    <message>
        <source>the required {name} block is missing</source>
        <translation>缺少必需的{name}块</translation>
    </message>
    <message>
        <source>has {count} digits, not 2, 3 or 5</source>
        <translation>有 {count} 位数字，应为 2、3 或 5 位</translation>
    </message>
    <message>
        <source>has {count} digits, not {expected}</source>
        <translation>有 {count} 位数字，应为 {expected} 位</translation>
    </message>
    <message>
        <source>malformed label payload: bad escape in the {field}</source>
        <translation>标签载荷格式错误：{field}中有错误的转义</translation>
    </message>
    <message>
        <source>malformed label payload: the {field} is not valid UTF-8</source>
        <translation>标签载荷格式错误：{field}不是有效的 UTF-8</translation>
    </message>
    <message>
        <source>malformed label payload: the {field} is not in canonical form</source>
        <translation>标签载荷格式错误：{field}不是规范形式</translation>
    </message>
    <message>
        <source>label payload version {version} is not supported by this station (it reads version {supported})</source>
        <translation>本工作站不支持标签载荷版本 {version}（仅支持版本 {supported}）</translation>
    </message>
    <message>
        <source>malformed label payload: characters outside ASCII</source>
        <translation>标签载荷格式错误：含有 ASCII 以外的字符</translation>
    </message>
    <message>
        <source>malformed label payload: the fifth field is not R and a registration number</source>
        <translation>标签载荷格式错误：第五个字段不是 R 加注册序号</translation>
    </message>
    <message>
        <source>malformed label payload: {count} fields instead of 5</source>
        <translation>标签载荷格式错误：有 {count} 个字段而不是 5 个</translation>
    </message>
    <message>
        <source>malformed label payload: empty Group ID or SN</source>
        <translation>标签载荷格式错误：组 ID 或序列号为空</translation>
    </message>
    <message>
        <source>malformed label payload: the key id is not 4 hexadecimal digits</source>
        <translation>标签载荷格式错误：密钥 ID 不是 4 位十六进制数字</translation>
    </message>
    <message>
        <source>malformed label payload: the signature is not {count} digits</source>
        <translation>标签载荷格式错误：签名不是 {count} 位数字</translation>
    </message>
    <message>
        <source>malformed label payload: the signature is out of range</source>
        <translation>标签载荷格式错误：签名超出范围</translation>
    </message>
    <message>
        <source>the Group ID is empty</source>
        <translation>组 ID 为空</translation>
    </message>
    <message>
        <source>the label payload for SN {sn!r} is too long for a QR code of version {version} at level {level}; shorten the SN, the Group ID or the batch number</source>
        <translation>序列号 {sn!r} 的标签载荷过长，无法放入版本 {version}、纠错级别 {level} 的二维码；请缩短序列号、组 ID 或批次号</translation>
    </message>
    <message>
        <source>camera {index}</source>
        <translation>摄像头 {index}</translation>
    </message>
    <message>
        <source>{camera} cannot be opened ({error})</source>
        <translation>无法打开{camera}（{error}）</translation>
    </message>
    <message>
        <source>no camera at index {index} (video devices found: {found}); plug one in or choose another with --camera N</source>
        <translation>索引 {index} 处没有摄像头（找到的视频设备：{found}）；请接入摄像头，或用 --camera N 选择其他摄像头</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>{camera} (/dev/video{index}) cannot be opened: another program is using it, or this user may not access it (group &apos;video&apos;)</source>
        <translation>无法打开{camera}（/dev/video{index}）：另一个程序正在使用它，或当前用户无权访问（&apos;video&apos; 组）</translation>
    </message>
    <message>
        <source>{camera} cannot be opened: it is not connected or another program uses it</source>
        <translation>无法打开{camera}：未连接，或另一个程序正在使用它</translation>
    </message>
    <message>
        <source>{problem}; waiting for it to come back</source>
        <translation>{problem}；正在等待其恢复</translation>
    </message>
    <message>
        <source>{camera} opened but sent no picture within {seconds:g} s; another program may be using it</source>
        <translation>{camera}已打开，但在 {seconds:g} 秒内没有送出图像；可能有另一个程序正在使用它</translation>
    </message>
    <message>
        <source>{camera} opened but cannot deliver pictures; another program may be using it</source>
        <translation>{camera}已打开，但无法送出图像；可能有另一个程序正在使用它</translation>
    </message>
    <message>
        <source>{camera} stopped sending pictures (unplugged?)</source>
        <translation>{camera}已停止送出图像（已拔出？）</translation>
    </message>
    <message>
        <source>{camera} did not come back within {seconds:g} s</source>
        <translation>{camera}在 {seconds:g} 秒内未恢复</translation>
    </message>
    <message>
        <source>{camera} is back</source>
        <translation>{camera}已恢复</translation>
    </message>
    <message>
        <source>video file {path} does not exist</source>
        <translation>视频文件 {path} 不存在</translation>
    </message>
    <message>
        <source>video file {path} cannot be opened: not reachable, or not a format this station can decode</source>
        <translation>无法打开视频文件 {path}：无法访问，或不是本工作站能解码的格式</translation>
    </message>
    <message>
        <source>stream {path} cannot be opened: not reachable, or not a format this station can decode</source>
        <translation>无法打开视频流 {path}：无法访问，或不是本工作站能解码的格式</translation>
    </message>
    <message>
        <source>{source} sent no frame within {seconds:g} s</source>
        <translation>{source} 在 {seconds:g} 秒内没有送出画面</translation>
    </message>
    <message>
        <source>folder {path} holds no PNG, JPEG or WebP image</source>
        <translation>文件夹 {path} 中没有 PNG、JPEG 或 WebP 图像</translation>
    </message>
    <message>
        <source>{path} does not exist</source>
        <translation>{path} 不存在</translation>
    </message>
    <message>
        <source>not an image this station can read</source>
        <translation>不是本工作站能读取的图像</translation>
    </message>
    <message>
        <source>{path}: {problem}; skipped</source>
        <translation>{path}：{problem}；已跳过</translation>
    </message>
    <message>
        <source>{width} x {height} pixels ({megapixels:.0f} megapixels) is more than this station decodes ({limit:.0f} megapixels); scale the image down</source>
        <translation>{width} x {height} 像素（{megapixels:.0f} 百万像素）超出本工作站的解码上限（{limit:.0f} 百万像素）；请缩小图像</translation>
    </message>
    <message>
        <source>images</source>
        <translation>图像</translation>
    </message>
    <message>
        <source>keyboard</source>
        <translation>键盘</translation>
    </message>
    <message>
        <source>scanner</source>
        <translation>扫描枪</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>已结束</translation>
    </message>
    <message>
        <source>time limit of {seconds:g} s reached</source>
        <translation>已达到 {seconds:g} 秒的时间限制</translation>
    </message>
    <message>
        <source>{count} image(s) read</source>
        <translation>已读取 {count} 张图像</translation>
    </message>
    <message>
        <source>{source} ended after {count} frame(s)</source>
        <translation>{source} 在 {count} 帧后结束</translation>
    </message>
    <message>
        <source>{source} failed ({error})</source>
        <translation>{source} 出错（{error}）</translation>
    </message>
    <message>
        <source>use 1-64 letters, digits, &apos;.&apos;, &apos;_&apos;, &apos;@&apos; or &apos;-&apos;, starting with a letter or digit</source>
        <translation>请使用 1–64 个字母、数字、&apos;.&apos;、&apos;_&apos;、&apos;@&apos; 或 &apos;-&apos;，并以字母或数字开头</translation>
    </message>
    <message>
        <source>must be at least {count} characters long</source>
        <translation>长度至少为 {count} 个字符</translation>
    </message>
    <message>
        <source>{role!r} is not a role; use one of: {roles}</source>
        <translation>{role!r} 不是有效角色；可选：{roles}</translation>
    </message>
    <message>
        <source>this station already has users; sign in as a supervisor to add more</source>
        <translation>此工作站已有用户；请以主管身份登录后再添加用户</translation>
    </message>
    <message>
        <source>this station has no users yet: the first user must be a supervisor</source>
        <translation>此工作站尚无用户：第一个用户必须是主管</translation>
    </message>
    <message>
        <source>a user named {name!r} already exists</source>
        <translation>名为 {name!r} 的用户已存在</translation>
    </message>
    <message>
        <source>no user named {name!r}</source>
        <translation>没有名为 {name!r} 的用户</translation>
    </message>
    <message>
        <source>cannot deactivate yourself: {name} is the last active supervisor of this station; make another user a supervisor first</source>
        <translation>无法停用自己：{name} 是此工作站最后一名在职主管；请先将其他用户设为主管</translation>
    </message>
    <message>
        <source>cannot deactivate {name}: {name} is the last active supervisor of this station; make another user a supervisor first</source>
        <translation>无法停用 {name}：{name} 是此工作站最后一名在职主管；请先将其他用户设为主管</translation>
    </message>
    <message>
        <source>cannot make {role} yourself: {name} is the last active supervisor of this station; make another user a supervisor first</source>
        <translation>无法将自己改为{role}：{name} 是此工作站最后一名在职主管；请先将其他用户设为主管</translation>
    </message>
    <message>
        <source>cannot make {role} {name}: {name} is the last active supervisor of this station; make another user a supervisor first</source>
        <translation>无法将 {name} 改为{role}：{name} 是此工作站最后一名在职主管；请先将其他用户设为主管</translation>
    </message>
    <message>
        <source>the account {name!r} is locked after repeated wrong passwords until {until:%Y-%m-%d %H:%M:%S} UTC; try again then, or ask a supervisor to unlock it (Users page, or &apos;dps-station user unlock {name}&apos;)</source>
        <translation>账户 {name!r} 因多次密码错误已被锁定，直到 {until:%Y-%m-%d %H:%M:%S} UTC；请届时再试，或请主管解锁（用户页面，或 &apos;dps-station user unlock {name}&apos;）</translation>
    </message>
    <message>
        <source>must be 1 to {count} printable characters</source>
        <translation>须为 1 到 {count} 个可打印字符</translation>
    </message>
    <message>
        <source>the organisation key in {folder} does not belong to the organisation &apos;{org}&apos; of this database</source>
        <translation>{folder} 中的组织密钥不属于此数据库的组织 &apos;{org}&apos;</translation>
    </message>
    <message>
        <source>this database has no organisation: run &apos;dps-station init&apos; (new station) or &apos;dps-station central enroll URL&apos;</source>
        <translation>此数据库没有组织：请运行 &apos;dps-station init&apos;（新工作站）或 &apos;dps-station central enroll URL&apos;</translation>
    </message>
    <message>
        <source>the organisation &apos;{org}&apos; in the database was changed outside the station (its public key {key_id} is not the one the organisation key vouches for); labels are neither signed nor verified: restore the database from a backup, or enroll the station again from the central database</source>
        <translation>数据库中的组织 &apos;{org}&apos; 在工作站之外被修改（其公钥 {key_id} 不是组织密钥所认可的公钥）；标签既不会签名也不会校验：请从备份恢复数据库，或从中央数据库重新注册此工作站</translation>
    </message>
    <message>
        <source>the signing key in keys/signing.key (key id {key_id}) is not the signing key of the organisation &apos;{org}&apos; (key id {org_key_id}): labels signed with it would scan as forged. Restore keys/signing.key from the key backup, or remove it: the station then takes the organisation&apos;s signing key from the database (with keys/org.key)</source>
        <translation>keys/signing.key 中的签名密钥（密钥 ID {key_id}）不是组织 &apos;{org}&apos; 的签名密钥（密钥 ID {org_key_id}）：用它签名的标签扫描时会被判定为伪造。请从密钥备份恢复 keys/signing.key，或将其删除：工作站随后将从数据库中取用组织的签名密钥（借助 keys/org.key）</translation>
    </message>
    <message>
        <source>this station has no organisation key (keys/org.key is missing): restore the key directory (DPS_HOME/keys) from the key backup you made when the organisation was created, or enroll this station again from the central database (&apos;dps-station central enroll URL&apos;); see &apos;Keys and their backup&apos; in docs/architecture.md; &apos;dps-station init&apos; cannot bring it back, since a new key opens none of the stored secrets</source>
        <translation>此工作站没有组织密钥（缺少 keys/org.key）：请从创建组织时所做的密钥备份恢复密钥目录（DPS_HOME/keys），或从中央数据库重新注册此工作站（&apos;dps-station central enroll URL&apos;）；参见 docs/architecture.md 中的 &apos;Keys and their backup&apos;；&apos;dps-station init&apos; 无法找回它，因为新密钥打不开任何已存储的机密</translation>
    </message>
    <message>
        <source>this station has no signing key (keys/signing.key) and no organisation key to restore it with: restore the key directory (DPS_HOME/keys) from the key backup you made when the organisation was created, or enroll this station again from the central database (&apos;dps-station central enroll URL&apos;); see &apos;Keys and their backup&apos; in docs/architecture.md</source>
        <translation>此工作站没有签名密钥（keys/signing.key），也没有可用于恢复它的组织密钥：请从创建组织时所做的密钥备份恢复密钥目录（DPS_HOME/keys），或从中央数据库重新注册此工作站（&apos;dps-station central enroll URL&apos;）；参见 docs/architecture.md 中的 &apos;Keys and their backup&apos;</translation>
    </message>
    <message>
        <source>the key file {path} is damaged (not base64)</source>
        <translation>密钥文件 {path} 已损坏（不是 Base64）</translation>
    </message>
    <message>
        <source>a key file in {folder} has the wrong length</source>
        <translation>{folder} 中有一个密钥文件长度不正确</translation>
    </message>
    <message>
        <source>a stored secret ({purpose}) is damaged or in an unknown format</source>
        <translation>一项已存储的机密（{purpose}）已损坏或格式未知</translation>
    </message>
    <message>
        <source>this station&apos;s organisation key does not open the stored secrets (the database belongs to another organisation, or the key file was replaced)</source>
        <translation>此工作站的组织密钥无法打开已存储的机密（数据库属于其他组织，或密钥文件已被替换）</translation>
    </message>
    <message>
        <source>not an audit checkpoint (expected {prefix}.STATION.SEQ.HASH.TIME.KEY.SIGNATURE)</source>
        <translation>不是审计检查点（应为 {prefix}.STATION.SEQ.HASH.TIME.KEY.SIGNATURE）</translation>
    </message>
    <message>
        <source>the checkpoint&apos;s signature is not base64url</source>
        <translation>检查点的签名不是 base64url</translation>
    </message>
    <message>
        <source>checkpoint of station {station} #{seq}: its signature is not the organisation&apos;s (the checkpoint was altered or is not ours)</source>
        <translation>工作站 {station} 的检查点 #{seq}：其签名不是本组织的（检查点已被篡改或不属于我们）</translation>
    </message>
    <message>
        <source>checkpoint of station {station} #{seq} ({at}): the event is missing: events were removed</source>
        <translation>工作站 {station} 的检查点 #{seq}（{at}）：该事件缺失：有事件被删除</translation>
    </message>
    <message>
        <source>checkpoint of station {station} #{seq} ({at}): the event was rewritten since</source>
        <translation>工作站 {station} 的检查点 #{seq}（{at}）：该事件此后被改写</translation>
    </message>
    <message>
        <source>(none: {reason})</source>
        <translation>（无：{reason}）</translation>
    </message>
    <message>
        <source>station {station}, event #{seq} ({event}): {problem}</source>
        <translation>工作站 {station}，事件 #{seq}（{event}）：{problem}</translation>
    </message>
    <message>
        <source>table {table}, {row}: {problem}</source>
        <translation>表 {table}，{row}：{problem}</translation>
    </message>
    <message>
        <source>keys: {problem}</source>
        <translation>密钥：{problem}</translation>
    </message>
    <message>
        <source>checkpoint: {problem}</source>
        <translation>检查点：{problem}</translation>
    </message>
    <message>
        <source>expected event #{seq} here: an event was removed or reordered</source>
        <translation>此处应为事件 #{seq}：有事件被删除或顺序被打乱</translation>
    </message>
    <message>
        <source>does not link to the event before it (removed, inserted or reordered)</source>
        <translation>未与前一个事件相链接（有事件被删除、插入或顺序被打乱）</translation>
    </message>
    <message>
        <source>was edited after it was written</source>
        <translation>写入后被修改</translation>
    </message>
    <message>
        <source>was rewritten without the organisation key (an unkeyed hash where the chain is keyed)</source>
        <translation>在没有组织密钥的情况下被改写（在带密钥的链中出现了不带密钥的哈希）</translation>
    </message>
    <message>
        <source>the newest event #{seq} is missing: events were removed from the end</source>
        <translation>最新事件 #{seq} 缺失：末尾的事件被删除</translation>
    </message>
    <message>
        <source>the chain&apos;s anchor in the key directory cannot be read; restore the key directory from its backup</source>
        <translation>无法读取密钥目录中的链锚点；请从备份恢复密钥目录</translation>
    </message>
    <message>
        <source>the key directory anchors event #{seq}, but the audit trail holds no event of this station: it was emptied</source>
        <translation>密钥目录锚定了事件 #{seq}，但审计记录中没有此工作站的任何事件：审计记录已被清空</translation>
    </message>
    <message>
        <source>the key directory anchors event #{seq}, but the chain ends at #{last}: the newest events were removed</source>
        <translation>密钥目录锚定了事件 #{seq}，但链止于 #{last}：最新的事件被删除</translation>
    </message>
    <message>
        <source>the key directory anchors event #{seq}, but the chain holds another event there: it was rewritten</source>
        <translation>密钥目录锚定了事件 #{seq}，但链中该处是另一个事件：链已被改写</translation>
    </message>
    <message>
        <source>has no integrity value (added or cleared outside the station)</source>
        <translation>没有完整性值（在工作站之外被添加或清除）</translation>
    </message>
    <message>
        <source>one of {columns} was changed outside the station (its integrity value does not match)</source>
        <translation>{columns} 中有字段在工作站之外被修改（其完整性值不匹配）</translation>
    </message>
    <message>
        <source>row SN {sn!r} (id {id})</source>
        <translation>SN 为 {sn!r} 的行（ID {id}）</translation>
    </message>
    <message>
        <source>row batch {number!r} (id {id})</source>
        <translation>批次 {number!r} 的行（ID {id}）</translation>
    </message>
    <message>
        <source>row group {name!r} (id {id})</source>
        <translation>组 {name!r} 的行（ID {id}）</translation>
    </message>
    <message>
        <source>row {name!r} (id {id})</source>
        <translation>{name!r} 的行（ID {id}）</translation>
    </message>
    <message>
        <source>{path} is a file; give a directory (one file per device) or FILE.json</source>
        <translation>{path} 是一个文件；请指定目录（每台设备一个文件）或 FILE.json</translation>
    </message>
    <message>
        <source>no devices to export in group {group!r}</source>
        <translation>组 {group!r} 中没有可导出的设备</translation>
    </message>
    <message>
        <source>no devices to export in batch {batch!r} of group {group!r}</source>
        <translation>组 {group!r} 的批次 {batch!r} 中没有可导出的设备</translation>
    </message>
    <message>
        <source>no devices to export in group {group!r} with these SNs</source>
        <translation>组 {group!r} 中没有这些 SN 的可导出设备</translation>
    </message>
    <message>
        <source>no devices to export in batch {batch!r} of group {group!r} with these SNs</source>
        <translation>组 {group!r} 的批次 {batch!r} 中没有这些 SN 的可导出设备</translation>
    </message>
    <message>
        <source>device {sn} is in batch {found}, not in {batch}</source>
        <translation>设备 {sn} 属于批次 {found}，而不是 {batch}</translation>
    </message>
    <message>
        <source>device {sn} is in batch (none), not in {batch}</source>
        <translation>设备 {sn} 不属于任何批次，而不是 {batch}</translation>
    </message>
    <message>
        <source>must be an https:// URL such as https://alloc.example.com/allocate</source>
        <translation>必须是 https:// URL，例如 https://alloc.example.com/allocate</translation>
    </message>
    <message>
        <source>the port of the URL is not a number from 1 to 65535</source>
        <translation>URL 的端口不是 1 到 65535 之间的数字</translation>
    </message>
    <message>
        <source>is not a PEM file of CA certificates (-----BEGIN CERTIFICATE-----)</source>
        <translation>不是包含 CA 证书的 PEM 文件（-----BEGIN CERTIFICATE-----）</translation>
    </message>
    <message>
        <source>holds no readable CA certificate</source>
        <translation>不含可读取的 CA 证书</translation>
    </message>
    <message>
        <source>give at least one host name or IP address devices dial</source>
        <translation>请至少指定一个设备要连接的主机名或 IP 地址</translation>
    </message>
    <message>
        <source>{name!r} is not a host name or IP address</source>
        <translation>{name!r} 不是主机名或 IP 地址</translation>
    </message>
    <message>
        <source>no provisioning service certificate in this database: run &apos;dps-station service init --hostname NAME&apos; first</source>
        <translation>此数据库中没有预配服务证书：请先运行 &apos;dps-station service init --hostname NAME&apos;</translation>
    </message>
    <message>
        <source>the provisioning service&apos;s key cannot be opened: {reason}</source>
        <translation>无法打开预配服务的密钥：{reason}</translation>
    </message>
    <message>
        <source>{path} is a file; the data home (--home or DPS_HOME) must be a folder</source>
        <translation>{path} 是一个文件；数据目录（--home 或 DPS_HOME）必须是文件夹</translation>
    </message>
    <message>
        <source>{path} is a file where the data home keeps its {name} folder; move the file away (it may have been put there by mistake)</source>
        <translation>{path} 是一个文件，而数据目录要在此处存放其 {name} 文件夹；请移走该文件（它可能是误放在那里的）</translation>
    </message>
    <message>
        <source>cannot create {path} ({reason}); give a --home you may write to</source>
        <translation>无法创建 {path}（{reason}）；请指定一个有写入权限的 --home</translation>
    </message>
    <message>
        <source>not a database URL: {url!r} (expected sqlite:///PATH or postgresql+psycopg://...)</source>
        <translation>不是数据库 URL：{url!r}（应为 sqlite:///PATH 或 postgresql+psycopg://...）</translation>
    </message>
    <message>
        <source>the folder {folder} of the database {path} does not exist; check --db (or DPS_DB) for a typo</source>
        <translation>数据库 {path} 所在的文件夹 {folder} 不存在；请检查 --db（或 DPS_DB）是否有拼写错误</translation>
    </message>
    <message>
        <source>there is no station database at {database}; run &apos;dps-station init&apos; to create one (or check --home, --db and DPS_DB for a typo)</source>
        <translation>{database} 处没有工作站数据库；请运行 &apos;dps-station init&apos; 创建（或检查 --home、--db 和 DPS_DB 是否有拼写错误）</translation>
    </message>
    <message>
        <source>resource {name!r} is missing from this installation (looked in {places})</source>
        <translation>此安装中缺少资源 {name!r}（已查找：{places}）</translation>
    </message>
    <message>
        <source>unsupported database {backend!r}: use sqlite:/// or postgresql+psycopg://</source>
        <translation>不支持的数据库 {backend!r}：请使用 sqlite:/// 或 postgresql+psycopg://</translation>
    </message>
    <message>
        <source>The database {where} is locked by another program; try again in a moment.</source>
        <translation>数据库 {where} 被另一个程序锁定；请稍后重试。</translation>
    </message>
    <message>
        <source>The disk holding {where} is full.</source>
        <translation>存放 {where} 的磁盘已满。</translation>
    </message>
    <message>
        <source>The database server {where} cannot be reached (is it running, and is the address right?).</source>
        <translation>无法连接数据库服务器 {where}（它是否在运行？地址是否正确？）。</translation>
    </message>
    <message>
        <source>Database {where}: {detail}</source>
        <translation>数据库 {where}：{detail}</translation>
    </message>
    <message>
        <source>waiting for the database: {holder}; this continues by itself when it is done</source>
        <translation>正在等待数据库：{holder}；完成后将自动继续</translation>
    </message>
    <message>
        <source>waiting for the database: another program is writing to it; this continues by itself when it is done</source>
        <translation>正在等待数据库：另一个程序正在写入；完成后将自动继续</translation>
    </message>
    <message>
        <source>{actor} is {what} (process {pid}, since {since})</source>
        <translation>{actor}：{what}（进程 {pid}，自 {since} 起）</translation>
    </message>
    <message>
        <source>the central database must be PostgreSQL: postgresql+psycopg://USER@HOST/DB</source>
        <translation>中央数据库必须是 PostgreSQL：postgresql+psycopg://USER@HOST/DB</translation>
    </message>
    <message>
        <source>the central database is not initialised: run &apos;dps-station central init URL&apos;</source>
        <translation>中央数据库尚未初始化：请运行 &apos;dps-station central init URL&apos;</translation>
    </message>
    <message>
        <source>{problem} (run &apos;dps-station central init URL&apos; first)</source>
        <translation>{problem}（请先运行 &apos;dps-station central init URL&apos;）</translation>
    </message>
    <message>
        <source>this station already syncs with the central database {url}; &apos;central init&apos; does not move it: to re-point it, run &apos;dps-station central repoint URL&apos;</source>
        <translation>此工作站已与中央数据库 {url} 同步；&apos;central init&apos; 不会改变这一点：如需改指向，请运行 &apos;dps-station central repoint URL&apos;</translation>
    </message>
    <message>
        <source>the database {url} is not empty: it holds tables of another application ({tables}); &apos;central init&apos; needs an empty database (or one that is already this organisation&apos;s central); nothing was changed</source>
        <translation>数据库 {url} 不是空的：其中有其他应用的表（{tables}）；&apos;central init&apos; 需要一个空数据库（或已是本组织中央数据库的数据库）；未做任何更改</translation>
    </message>
    <message>
        <source>{tables} and {count} more</source>
        <translation>{tables} 等另外 {count} 个</translation>
    </message>
    <message>
        <source>a passphrase is needed to store the organisation key</source>
        <translation>存储组织密钥需要一个密码短语</translation>
    </message>
    <message>
        <source>the central database holds no organisation yet: run &apos;central init&apos; first</source>
        <translation>中央数据库中还没有组织：请先运行 &apos;central init&apos;</translation>
    </message>
    <message>
        <source>the central database&apos;s organisation does not verify with the key stored in it; nothing was written</source>
        <translation>中央数据库中的组织无法用其中存储的密钥验证；未写入任何内容</translation>
    </message>
    <message>
        <source>this station already holds another organisation (&apos;{org}&apos;); enroll a new data home (--home) instead</source>
        <translation>此工作站已属于另一个组织（&apos;{org}&apos;）；请改为注册一个新的数据目录（--home）</translation>
    </message>
    <message>
        <source>the key files in {folder} belong to another organisation; enroll a new data home (--home) instead</source>
        <translation>{folder} 中的密钥文件属于另一个组织；请改为注册一个新的数据目录（--home）</translation>
    </message>
    <message>
        <source>no central database is set: run &apos;dps-station central init URL&apos; or &apos;central enroll URL&apos;</source>
        <translation>尚未设置中央数据库：请运行 &apos;dps-station central init URL&apos; 或 &apos;central enroll URL&apos;</translation>
    </message>
    <message>
        <source>the connection to the central database was lost during the sync; run it again</source>
        <translation>同步期间与中央数据库的连接中断；请重新运行</translation>
    </message>
    <message>
        <source>the central database has schema version {version}, newer than this station understands (this station knows up to {head}): update this station (install the newer DPS Station) before syncing with it; nothing was pulled or pushed</source>
        <translation>中央数据库的架构版本为 {version}，比此工作站能识别的更新（此工作站最高识别到 {head}）：请先更新此工作站（安装较新的 DPS Station）再与其同步；未拉取或推送任何内容</translation>
    </message>
    <message>
        <source>the central database has schema version {version}, older than this station&apos;s ({head}): run &apos;dps-station central init URL&apos; on this station to upgrade it; nothing was pulled or pushed</source>
        <translation>中央数据库的架构版本为 {version}，比此工作站的（{head}）旧：请在此工作站上运行 &apos;dps-station central init URL&apos; 进行升级；未拉取或推送任何内容</translation>
    </message>
    <message>
        <source>the central database {url} holds no organisation: run &apos;dps-station central init URL&apos; from the organisation&apos;s first station</source>
        <translation>中央数据库 {url} 中没有组织：请在本组织的第一个工作站上运行 &apos;dps-station central init URL&apos;</translation>
    </message>
    <message>
        <source>the central database {url} holds {count} organisations; a central serves exactly one: nothing was pulled or pushed</source>
        <translation>中央数据库 {url} 中有 {count} 个组织；一个中央数据库只服务一个组织：未拉取或推送任何内容</translation>
    </message>
    <message>
        <source>the central database {url} belongs to another organisation (organisation &apos;{org}&apos; (signing key {key_id})), not to this station&apos;s (&apos;{mine}&apos;, signing key {my_key_id}): check the URL; nothing was pulled or pushed</source>
        <translation>中央数据库 {url} 属于另一个组织（组织 &apos;{org}&apos;（签名密钥 {key_id}）），而非此工作站的组织（&apos;{mine}&apos;，签名密钥 {my_key_id}）：请检查 URL；未拉取或推送任何内容</translation>
    </message>
    <message>
        <source>the central database {url} names this organisation but its identity does not verify with the organisation&apos;s key (it was not made by a holder of the key): nothing was pulled or pushed</source>
        <translation>中央数据库 {url} 声称属于本组织，但其身份无法用组织密钥验证（并非由密钥持有者创建）：未拉取或推送任何内容</translation>
    </message>
    <message>
        <source>the new central database holds no organisation</source>
        <translation>新的中央数据库中没有组织</translation>
    </message>
    <message>
        <source>the passphrase needs at least {count} characters</source>
        <translation>密码短语至少需要 {count} 个字符</translation>
    </message>
    <message>
        <source>the central database names an unknown key derivation {kdf!r}</source>
        <translation>中央数据库指定了未知的密钥派生方式 {kdf!r}</translation>
    </message>
    <message>
        <source>wrong passphrase: the organisation key could not be unwrapped; nothing was changed</source>
        <translation>密码短语错误：无法解开组织密钥；未做任何更改</translation>
    </message>
    <message>
        <source>unexpected error ({kind}); details are in the log file</source>
        <translation>意外错误（{kind}）；详细信息见日志文件</translation>
    </message>
    <message>
        <source>{count} audit event(s) of this station clash with the central&apos;s events of the same numbers; run the sync again (a restored station is repaired first)</source>
        <translation>此工作站的 {count} 个审计事件与中央数据库中相同编号的事件冲突；请重新同步（已恢复的工作站会先被修复）</translation>
    </message>
    <message>
        <source>a bulk resolution keeps one whole version: local or central</source>
        <translation>批量解决只能保留一个完整版本：本地或中央</translation>
    </message>
    <message>
        <source>no open conflict matches {which} (see &apos;dps-station sync conflicts&apos;)</source>
        <translation>没有与 {which} 匹配的未解决冲突（参见 &apos;dps-station sync conflicts&apos;）</translation>
    </message>
    <message>
        <source>all</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>several conflicts are resolved together by keeping one whole version (local or central) or by retiring this station&apos;s copies of devices</source>
        <translation>多个冲突只能一起通过保留一个完整版本（本地或中央）或停用此工作站上的设备副本来解决</translation>
    </message>
    <message>
        <source>choose at least one conflict</source>
        <translation>请至少选择一个冲突</translation>
    </message>
    <message>
        <source>no open sync conflict {id} (resolved meanwhile?); nothing was resolved</source>
        <translation>没有未解决的同步冲突 {id}（已被他人解决？）；未解决任何冲突</translation>
    </message>
    <message>
        <source>{label}: only the same SN at two stations can be resolved by retiring this station&apos;s copy; nothing was resolved</source>
        <translation>{label}：只有同一 SN 出现在两个工作站时才能通过停用此工作站的副本来解决；未解决任何冲突</translation>
    </message>
    <message>
        <source>keep must be one of {choices}</source>
        <translation>keep 必须是以下之一：{choices}</translation>
    </message>
    <message>
        <source>no sync conflict {id}</source>
        <translation>没有同步冲突 {id}</translation>
    </message>
    <message>
        <source>conflict {id} was already resolved ({resolution})</source>
        <translation>冲突 {id} 已被解决（{resolution}）</translation>
    </message>
    <message>
        <source>{table} has no field {name!r}; fields: {fields}</source>
        <translation>{table} 没有字段 {name!r}；可用字段：{fields}</translation>
    </message>
    <message>
        <source>{name}={side!r}: choose local or central</source>
        <translation>{name}={side!r}：请选择本地或中央</translation>
    </message>
    <message>
        <source>the local duplicate ({label}) already has records that depend on it on this station (an allocation, a request); keep the central device and retire this station&apos;s copy instead (&apos;sync resolve ID --retire&apos;); nothing was changed</source>
        <translation>本地副本（{label}）在此工作站上已有依赖它的记录（一次分配、一个请求）；请保留中央设备并改为停用此工作站的副本（&apos;sync resolve ID --retire&apos;）；未做任何更改</translation>
    </message>
    <message>
        <source>only a unique conflict of {tables} can be resolved by renaming; keep local or central instead</source>
        <translation>只有 {tables} 的唯一性冲突可以通过重命名解决；请改为保留本地或中央版本</translation>
    </message>
    <message>
        <source>give the new {column} for this station&apos;s {label}</source>
        <translation>请为此工作站的 {label} 指定新的 {column}</translation>
    </message>
    <message>
        <source>this station&apos;s {label} is no longer here; keep the central version</source>
        <translation>此工作站的 {label} 已不存在；请保留中央版本</translation>
    </message>
    <message>
        <source>{column} {name!r} is taken on this station too; choose another</source>
        <translation>{column} {name!r} 在此工作站上也已被占用；请另选一个</translation>
    </message>
    <message>
        <source>the central copy of this device is not known here; sync again first</source>
        <translation>此处不知道该设备的中央副本；请先重新同步</translation>
    </message>
    <message>
        <source>only a unique conflict of a device (the same SN at two stations) can be resolved by retiring this station&apos;s copy</source>
        <translation>只有设备的唯一性冲突（同一 SN 出现在两个工作站）才能通过停用此工作站的副本来解决</translation>
    </message>
    <message>
        <source>only a unique conflict of a device (the same SN at two stations) can be resolved by retiring the central copy</source>
        <translation>只有设备的唯一性冲突（同一 SN 出现在两个工作站）才能通过停用中央副本来解决</translation>
    </message>
</context>
</TS>
