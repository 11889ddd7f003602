<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Document</name>
    <message>
        <source>Change learning rate</source>
        <translation>修改学习率</translation>
    </message>
    <message>
        <source>Replace network</source>
        <translation>替换网络</translation>
    </message>
    <message>
        <source>Add layer</source>
        <translation>添加层</translation>
    </message>
    <message>
        <source>Remove layer</source>
        <translation>删除层</translation>
    </message>
    <message>
        <source>Resize layer</source>
        <translation>改变层的大小</translation>
    </message>
    <message>
        <source>Change activation</source>
        <translation>修改激活函数</translation>
    </message>
    <message>
        <source>Change input size</source>
        <translation>修改输入数量</translation>
    </message>
    <message>
        <source>Change weight</source>
        <translation>修改权重</translation>
    </message>
    <message>
        <source>Change bias</source>
        <translation>修改偏置</translation>
    </message>
    <message>
        <source>Change PReLU slope</source>
        <translation>修改 PReLU 斜率</translation>
    </message>
    <message>
        <source>Change input</source>
        <translation>修改输入</translation>
    </message>
    <message>
        <source>Change target</source>
        <translation>修改目标值</translation>
    </message>
    <message>
        <source>Add target</source>
        <translation>添加目标值</translation>
    </message>
    <message>
        <source>Add example</source>
        <translation>添加示例行</translation>
    </message>
    <message>
        <source>Remove example</source>
        <translation>删除示例行</translation>
    </message>
    <message>
        <source>Apply update</source>
        <translation>应用更新</translation>
    </message>
</context>
</TS>
