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
        <source>Change Leaky ReLU slope</source>
        <translation>修改 Leaky ReLU 斜率</translation>
    </message>
    <message>
        <source>Change input</source>
        <translation>修改输入</translation>
    </message>
    <message>
        <source>Draw on the pad</source>
        <translation>在画板上绘制</translation>
    </message>
    <message>
        <source>Clear the pad</source>
        <translation>清空画板</translation>
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
    <message>
        <source>Change loss</source>
        <translation>修改损失函数</translation>
    </message>
    <message>
        <source>Change title</source>
        <translation>更改标题</translation>
    </message>
</context>
<context>
    <name>Refusals</name>
    <message>
        <source>A network may have at most %2 weights and biases, so that it can be saved and opened again; this one would have %1.</source>
        <translation>一个网络最多可有 %2 个权重和偏置，这样才能保存并重新打开；这个网络将会有 %1 个。</translation>
    </message>
    <message>
        <source>A table may have at most %2 examples; this one would have %1.</source>
        <translation>一个表格最多可有 %2 个示例；这个表格将会有 %1 个。</translation>
    </message>
    <message>
        <source>A table of examples may hold at most %2 inputs and targets, so that it can be saved and opened again; this one would hold %1.</source>
        <translation>示例表格最多可容纳 %2 个输入和目标值，这样才能保存并重新打开；这个表格将会有 %1 个。</translation>
    </message>
    <message>
        <source>A layer may have at most %2 neurons; this one would have %1.</source>
        <translation>每层最多可有 %2 个神经元；这一层将会有 %1 个。</translation>
    </message>
    <message>
        <source>A network may have at most %2 layers; this one would have %1.</source>
        <translation>一个网络最多可有 %2 层；这个网络将会有 %1 层。</translation>
    </message>
    <message>
        <source>Network too large</source>
        <translation>网络太大</translation>
    </message>
</context>
</TS>
