<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Autosave</name>
    <message>
        <source>Recover unsaved work</source>
        <translation>恢复未保存的工作</translation>
    </message>
    <message>
        <source>NeuroStep did not close properly last time. Restore the network you had not saved?</source>
        <translation>NeuroStep 上次没有正常关闭。要恢复当时尚未保存的网络吗？</translation>
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
        <source>NeuroStep networks (*%1);;All files (*)</source>
        <translation>NeuroStep 网络 (*%1);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>正在打开 %1…</translation>
    </message>
    <message>
        <source>Saving %1…</source>
        <translation>正在保存 %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
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
        <source>You do not have permission to read it.</source>
        <translation>没有读取该文件的权限。</translation>
    </message>
    <message>
        <source>The file name is not valid.</source>
        <translation>文件名无效。</translation>
    </message>
    <message>
        <source>It could not be read (%1).</source>
        <translation>无法读取该文件（%1）。</translation>
    </message>
    <message>
        <source>It is larger than %1 MB, the most NeuroStep opens.</source>
        <translation>文件大于 %1 MB，超出了 NeuroStep 能打开的上限。</translation>
    </message>
    <message>
        <source>It has more than %1 layers, the most NeuroStep opens.</source>
        <translation>网络超过 %1 层，超出了 NeuroStep 能打开的上限。</translation>
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
        <source>Its file version is not a whole number.</source>
        <translation>文件版本号不是整数。</translation>
    </message>
    <message>
        <source>Its file version (%1) is not one this NeuroStep reads.</source>
        <translation>本程序无法读取该文件版本（%1）。</translation>
    </message>
    <message>
        <source>Layer %1 does not give its activation by name.</source>
        <translation>第 %1 层没有用名称指明激活函数。</translation>
    </message>
    <message>
        <source>Layer %1 uses an activation NeuroStep does not know: %2.</source>
        <translation>第 %1 层使用了 NeuroStep 不认识的激活函数：%2。</translation>
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
        <source>Its “%1” does not fit the network, which needs %2 numbers.</source>
        <translation>文件中的“%1”与网络不符：网络需要 %2 个数。</translation>
    </message>
    <message>
        <source>In %1, the sizes do not fit the layers around it.</source>
        <translation>%1的大小与相邻的层不匹配。</translation>
    </message>
    <message>
        <source>In %1, a number is not finite (NaN or infinity).</source>
        <translation>%1中有一个数不是有限值（NaN 或无穷大）。</translation>
    </message>
    <message>
        <source>In %1, a value has the wrong type or is out of range (field “%2”).</source>
        <translation>%1中有一个值类型错误或超出范围（字段“%2”）。</translation>
    </message>
</context>
</TS>
