<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Autosave</name>
    <message>
        <source>Autosave failed: %1 Save your work with File ▸ Save.</source>
        <translation>自动保存失败：%1 请用“文件 ▸ 保存”保存你的工作。</translation>
    </message>
    <message>
        <source>NeuroStep did not close properly last time. Restore the network you had not saved (%1, autosaved %2)?

No deletes it; Cancel keeps it for the next start.</source>
        <translation>NeuroStep 上次没有正常关闭。要恢复尚未保存的网络吗（%1，自动保存于 %2）？

选“否”将删除它；选“取消”则保留到下次启动时再询问。</translation>
    </message>
    <message>
        <source>untitled</source>
        <translation>未命名</translation>
    </message>
    <message>
        <source>Recover unsaved work</source>
        <translation>恢复未保存的工作</translation>
    </message>
    <message>
        <source>The unsaved work could not be read: %1
It was kept as %2.</source>
        <translation>无法读取未保存的工作：%1
已将其保留为 %2。</translation>
    </message>
</context>
<context>
    <name>FileController</name>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <source>The network “%1” has unsaved changes. Save them first?</source>
        <translation>网络“%1”有未保存的更改。要先保存吗？</translation>
    </message>
    <message>
        <source>Open network</source>
        <translation>打开网络</translation>
    </message>
    <message>
        <source>Cannot open file</source>
        <translation>无法打开文件</translation>
    </message>
    <message>
        <source>Could not open %1:
%2</source>
        <translation>无法打开 %1：
%2</translation>
    </message>
    <message>
        <source>File not found</source>
        <translation>找不到文件</translation>
    </message>
    <message>
        <source>%1 no longer exists; it was removed from the recent files.</source>
        <translation>%1 已不存在，已从最近使用的文件中移除。</translation>
    </message>
    <message>
        <source>Save network as</source>
        <translation>网络另存为</translation>
    </message>
    <message>
        <source>Cannot save file</source>
        <translation>无法保存文件</translation>
    </message>
    <message>
        <source>Could not save %1:
%2</source>
        <translation>无法保存 %1：
%2</translation>
    </message>
    <message>
        <source>Saving %1…</source>
        <translation>正在保存 %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>正在保存</translation>
    </message>
    <message>
        <source>NeuroStep networks (*%1);;All files (*)</source>
        <translation>NeuroStep 网络 (*%1);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>正在打开 %1…</translation>
    </message>
</context>
<context>
    <name>FileErrors</name>
    <message>
        <source>The system said: %1.</source>
        <translation>系统提示：%1。</translation>
    </message>
    <message>
        <source>The file does not exist.</source>
        <translation>文件不存在。</translation>
    </message>
    <message>
        <source>It is a folder, not a file.</source>
        <translation>这是一个文件夹，不是文件。</translation>
    </message>
    <message>
        <source>The file or its folder does not exist.</source>
        <translation>文件或其所在的文件夹不存在。</translation>
    </message>
    <message>
        <source>You do not have permission to use this file or folder.</source>
        <translation>没有使用该文件或文件夹的权限。</translation>
    </message>
    <message>
        <source>A part of the path is not a folder.</source>
        <translation>路径中有一部分不是文件夹。</translation>
    </message>
    <message>
        <source>The file name is too long.</source>
        <translation>文件名太长。</translation>
    </message>
    <message>
        <source>The disk is full.</source>
        <translation>磁盘空间已满。</translation>
    </message>
    <message>
        <source>The disk is read-only.</source>
        <translation>该磁盘是只读的。</translation>
    </message>
    <message>
        <source>The path goes round a loop of links.</source>
        <translation>路径中的链接构成了循环。</translation>
    </message>
    <message>
        <source>The disk could not be read or written.</source>
        <translation>磁盘读写出错。</translation>
    </message>
    <message>
        <source>The system reported error %1 (%2).</source>
        <translation>系统报告错误 %1。</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>一个列表</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>一个对象</translation>
    </message>
    <message>
        <source>a huge number</source>
        <translation>一个极大的数</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <source>You do not have permission to read it.</source>
        <translation>没有读取该文件的权限。</translation>
    </message>
    <message>
        <source>The file name is not valid.</source>
        <translation>文件名无效。</translation>
    </message>
    <message>
        <source>It is not a regular file (a pipe or a device): NeuroStep reads only files.</source>
        <translation>它不是普通文件（而是管道或设备）：NeuroStep 只读取普通文件。</translation>
    </message>
    <message>
        <source>It could not be read (%1).</source>
        <translation>无法读取该文件（%1）。</translation>
    </message>
    <message>
        <source>It is %1 MB, larger than %2 MB, the most NeuroStep opens.</source>
        <translation>它有 %1 MB，超过了 NeuroStep 能打开的上限 %2 MB。</translation>
    </message>
    <message>
        <source>It has %1 weights and biases; NeuroStep opens at most %2 weights and biases.</source>
        <translation>它有 %1 个权重和偏置；NeuroStep 最多能打开 %2 个权重和偏置。</translation>
    </message>
    <message>
        <source>Its table has %1 examples; NeuroStep opens at most %2 examples.</source>
        <translation>它的表格有 %1 个示例；NeuroStep 最多能打开 %2 个示例。</translation>
    </message>
    <message>
        <source>Its table of examples holds %1 inputs and targets; NeuroStep opens at most %2.</source>
        <translation>它的示例表格含 %1 个输入和目标值；NeuroStep 最多能打开 %2 个。</translation>
    </message>
    <message>
        <source>A layer has %1 neurons; NeuroStep opens at most %2 neurons a layer.</source>
        <translation>有一层含 %1 个神经元；NeuroStep 每层最多能打开 %2 个神经元。</translation>
    </message>
    <message>
        <source>It has %1 layers; NeuroStep opens at most %2 layers.</source>
        <translation>它有 %1 层；NeuroStep 最多能打开 %2 层。</translation>
    </message>
    <message>
        <source>Its file version is %1, not a whole number.</source>
        <translation>它的文件版本为 %1，不是整数。</translation>
    </message>
    <message>
        <source>In %1, the sizes do not fit: “%2” has %3 where %4 belong.</source>
        <translation>在%1中，大小不相符：“%2”有 %3 个，而这里需要 %4 个。</translation>
    </message>
    <message>
        <source>In %1, there is %2, which is not a number NeuroStep takes.</source>
        <translation>在%1中有 %2，这不是 NeuroStep 接受的数。</translation>
    </message>
    <message>
        <source>In %1, a number is not finite (too large for a float, NaN or infinity).</source>
        <translation>在%1中，有一个数不是有限的（超出了浮点数的范围，或为 NaN、无穷大）。</translation>
    </message>
    <message>
        <source>The %1 setting “%2” is %3; it must be one of: %4.</source>
        <translation>“%1”部分的设置“%2”为 %3；它必须是以下之一：%4。</translation>
    </message>
    <message>
        <source>The %1 setting “%2” is %3; it must be a number above %4.</source>
        <translation>“%1”部分的设置“%2”为 %3；它必须是大于 %4 的数。</translation>
    </message>
    <message>
        <source>The %1 setting “%2” is %3; it must be from %4 to %5.</source>
        <translation>“%1”部分的设置“%2”为 %3；它必须在 %4 到 %5 之间。</translation>
    </message>
    <message>
        <source>In %1, a number is beyond ±%2, the most NeuroStep holds.</source>
        <translation>在%1中，有一个数超出了 ±%2，这是 NeuroStep 能容纳的最大范围。</translation>
    </message>
    <message>
        <source>In %1, “%2” is %3; it must be a whole number from %4 to %5.</source>
        <translation>在%1中，“%2”为 %3；它必须是 %4 到 %5 之间的整数。</translation>
    </message>
    <message>
        <source>In %1, “%2” is %3, where %4 belongs.</source>
        <translation>在%1中，“%2”为 %3，而这里应当是%4。</translation>
    </message>
    <message>
        <source>The file is read-only, so NeuroStep leaves it as it is: save under another name.</source>
        <translation>该文件是只读的，NeuroStep 不会改动它：请用另一个文件名保存。</translation>
    </message>
    <message>
        <source>It is not a regular file (a pipe or a device): choose another name.</source>
        <translation>它不是普通文件（而是管道或设备）：请另选一个文件名。</translation>
    </message>
    <message>
        <source>a value of another kind</source>
        <translation>另一种类型的值</translation>
    </message>
    <message>
        <source>a list of layers</source>
        <translation>由各层组成的列表</translation>
    </message>
    <message>
        <source>a list of rows</source>
        <translation>由各行组成的列表</translation>
    </message>
    <message>
        <source>a list of numbers</source>
        <translation>由数组成的列表</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>一个数</translation>
    </message>
    <message>
        <source>a finite number</source>
        <translation>一个有限的数</translation>
    </message>
    <message>
        <source>numbers</source>
        <translation>一些数</translation>
    </message>
    <message>
        <source>short text or null</source>
        <translation>简短的文字或 null</translation>
    </message>
    <message>
        <source>an object of settings or null</source>
        <translation>由设置组成的对象或 null</translation>
    </message>
    <message>
        <source>a short name</source>
        <translation>一个简短的名称</translation>
    </message>
    <message>
        <source>null, true, false, a finite number or text</source>
        <translation>null、true、false、有限的数或文字</translation>
    </message>
    <message>
        <source>It is not a NeuroStep network: its text is not UTF-8.</source>
        <translation>这不是 NeuroStep 网络文件：文本不是 UTF-8 编码。</translation>
    </message>
    <message>
        <source>It is not a NeuroStep network: its text is not valid JSON (line %1, column %2).</source>
        <translation>这不是 NeuroStep 网络文件：文本不是有效的 JSON（第 %1 行，第 %2 列）。</translation>
    </message>
    <message>
        <source>It is not a NeuroStep network: it is nested too deeply.</source>
        <translation>这不是 NeuroStep 网络文件：嵌套层次太深。</translation>
    </message>
    <message>
        <source>It is not a NeuroStep network: it holds a number too long to read.</source>
        <translation>这不是 NeuroStep 网络文件：其中有一个数字太长，无法读取。</translation>
    </message>
    <message>
        <source>It is not a NeuroStep network: its text is not valid JSON.</source>
        <translation>这不是 NeuroStep 网络文件：文本不是有效的 JSON。</translation>
    </message>
    <message>
        <source>It is JSON, but not a NeuroStep network file.</source>
        <translation>这是 JSON 文件，但不是 NeuroStep 网络文件。</translation>
    </message>
    <message>
        <source>It was saved by a newer NeuroStep (file version %1; this one reads version %2).</source>
        <translation>该文件由更新版本的 NeuroStep 保存（文件版本 %1；本程序只能读取版本 %2）。</translation>
    </message>
    <message>
        <source>Its file version (%1) is not one this NeuroStep reads.</source>
        <translation>本程序无法读取该文件版本（%1）。</translation>
    </message>
    <message>
        <source>Layer %1 uses an activation NeuroStep does not know: %2.</source>
        <translation>第 %1 层使用了 NeuroStep 不认识的激活函数：%2。</translation>
    </message>
    <message>
        <source>Layer %1 does not give its activation by name: it has %2.</source>
        <translation>第 %1 层没有用名称给出激活函数：它写的是 %2。</translation>
    </message>
    <message>
        <source>the file</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>layer %1</source>
        <translation>第 %1 层</translation>
    </message>
    <message>
        <source>%1, row %2</source>
        <translation>%1第 %2 行</translation>
    </message>
    <message>
        <source>%1, item %2</source>
        <translation>%1第 %2 项</translation>
    </message>
    <message>
        <source>Its “%1” does not fit the network, which needs %2 numbers.</source>
        <translation>文件中的“%1”与网络不符：网络需要 %2 个数。</translation>
    </message>
    <message>
        <source>In %1, the sizes do not fit the layers around it.</source>
        <translation>%1的大小与相邻的层不匹配。</translation>
    </message>
    <message>
        <source>Its saved data points are damaged (“%1”, row %2).</source>
        <translation>文件中保存的数据点已损坏（“%1”，第 %2 行）。</translation>
    </message>
    <message>
        <source>Its saved data points are damaged (“%1”).</source>
        <translation>文件中保存的数据点已损坏（“%1”）。</translation>
    </message>
</context>
</TS>
