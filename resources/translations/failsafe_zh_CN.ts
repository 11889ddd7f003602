<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ErrorDialog</name>
    <message>
        <source>Something went wrong</source>
        <translation>出了点问题</translation>
    </message>
    <message>
        <source>NeuroStep met an error it did not expect, and carried on. Your network is as it was; saving it now is a good idea.</source>
        <translation>NeuroStep 遇到了一个意料之外的错误，但仍在继续运行。你的网络保持原样；建议现在就保存一下。</translation>
    </message>
    <message>
        <source>The details were also written to %1</source>
        <translation>详细信息也已写入 %1</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>复制详细信息</translation>
    </message>
    <message>
        <source>Show details</source>
        <translation>显示详细信息</translation>
    </message>
</context>
</TS>
