<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Describe</name>
    <message>
        <source>Input</source>
        <translation>输入</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>输出</translation>
    </message>
    <message>
        <source>Hidden %1</source>
        <translation>隐藏层 %1</translation>
    </message>
    <message>
        <source>1 value</source>
        <translation>1 个值</translation>
    </message>
    <message>
        <source>%1 values</source>
        <translation>%1 个值</translation>
    </message>
    <message>
        <source>1 neuron</source>
        <translation>1 个神经元</translation>
    </message>
    <message>
        <source>%1 neurons</source>
        <translation>%1 个神经元</translation>
    </message>
    <message>
        <source>input layer</source>
        <translation>输入层</translation>
    </message>
    <message>
        <source>output layer</source>
        <translation>输出层</translation>
    </message>
    <message>
        <source>hidden layer %1</source>
        <translation>隐藏层 %1</translation>
    </message>
    <message>
        <source>input x%1</source>
        <translation>输入 x%1</translation>
    </message>
    <message>
        <source>output y%1</source>
        <translation>输出 y%1</translation>
    </message>
    <message>
        <source>neuron %1 of hidden layer %2</source>
        <translation>隐藏层 %2 的神经元 %1</translation>
    </message>
    <message>
        <source>w[%1→%2] of layer %3</source>
        <translation>第 %3 层的 w[%1→%2]</translation>
    </message>
    <message>
        <source>neuron %1</source>
        <translation>神经元 %1</translation>
    </message>
</context>
<context>
    <name>EdgePage</name>
    <message>
        <source>Drag weight</source>
        <translation>拖动权重</translation>
    </message>
    <message>
        <source>Weight %1</source>
        <translation>权重 %1</translation>
    </message>
    <message>
        <source>Weight w</source>
        <translation>权重 w</translation>
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
        <source>Gradient ∂E/∂w</source>
        <translation>梯度 ∂E/∂w</translation>
    </message>
</context>
<context>
    <name>ExamplePage</name>
    <message>
        <source>Example</source>
        <translation>示例</translation>
    </message>
    <message>
        <source>Input x</source>
        <translation>输入 x</translation>
    </message>
    <message>
        <source>Target t</source>
        <translation>目标 t</translation>
    </message>
    <message>
        <source>Output y</source>
        <translation>输出 y</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>损失</translation>
    </message>
    <message>
        <source>Add target</source>
        <translation>添加目标</translation>
    </message>
    <message>
        <source>Showing the first %1 of %2 inputs; select an input neuron on the canvas to edit any of them.</source>
        <translation>仅显示 %2 个输入中的前 %1 个；在画布上选中输入神经元即可编辑任意一个。</translation>
    </message>
</context>
<context>
    <name>LayerPage</name>
    <message>
        <source>Drag PReLU slope</source>
        <translation>拖动 PReLU 斜率</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Activation</source>
        <translation>激活函数</translation>
    </message>
    <message>
        <source>PReLU slope α</source>
        <translation>PReLU 斜率 α</translation>
    </message>
    <message>
        <source>Remove this layer</source>
        <translation>删除这一层</translation>
    </message>
</context>
<context>
    <name>NetworkCanvas</name>
    <message>
        <source>Layer header: click to select the layer; −/+ change its size</source>
        <translation>层标题：点击选中该层；−/+ 改变其大小</translation>
    </message>
    <message>
        <source>Weight %1 = %2 — click to select, scroll with Alt to change</source>
        <translation>权重 %1 = %2 —— 点击选中，按住 Alt 滚动滚轮可修改</translation>
    </message>
    <message>
        <source>%1: not computed yet</source>
        <translation>%1：尚未计算</translation>
    </message>
    <message>
        <source>%1 = %2 — click to select</source>
        <translation>%1 = %2 —— 点击选中</translation>
    </message>
    <message>
        <source>positive weight</source>
        <translation>正权重</translation>
    </message>
    <message>
        <source>negative weight</source>
        <translation>负权重</translation>
    </message>
    <message>
        <source>thicker = larger |w|</source>
        <translation>越粗 = |w| 越大</translation>
    </message>
    <message>
        <source>being computed</source>
        <translation>正在计算</translation>
    </message>
    <message>
        <source>not computed yet</source>
        <translation>尚未计算</translation>
    </message>
    <message>
        <source>backward: δ = ∂E/∂a</source>
        <translation>反向传播：δ = ∂E/∂a</translation>
    </message>
    <message>
        <source>layer %1 shows its %2 strongest of %3 weights</source>
        <translation>第 %1 层只显示 %3 个权重中最强的 %2 个</translation>
    </message>
    <message>
        <source>Insert a layer here</source>
        <translation>在此插入一层</translation>
    </message>
    <message>
        <source>Remove a neuron</source>
        <translation>减少一个神经元</translation>
    </message>
    <message>
        <source>Add a neuron</source>
        <translation>增加一个神经元</translation>
    </message>
    <message>
        <source>Remove this layer</source>
        <translation>删除这一层</translation>
    </message>
</context>
<context>
    <name>NeuronPage</name>
    <message>
        <source>Drag bias</source>
        <translation>拖动偏置</translation>
    </message>
    <message>
        <source>Input value</source>
        <translation>输入值</translation>
    </message>
    <message>
        <source>Bias b</source>
        <translation>偏置 b</translation>
    </message>
    <message>
        <source>Activation</source>
        <translation>激活函数</translation>
    </message>
    <message>
        <source>Weighted input a</source>
        <translation>加权输入 a</translation>
    </message>
    <message>
        <source>Output z</source>
        <translation>输出 z</translation>
    </message>
    <message>
        <source>δ = ∂E/∂a</source>
        <translation>δ = ∂E/∂a</translation>
    </message>
    <message>
        <source>Incoming weights
(from %1)</source>
        <translation>输入权重
（来自%1）</translation>
    </message>
    <message>
        <source>Outgoing weights
(to %1)</source>
        <translation>输出权重
（通往%1）</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>……还有 %1 个</translation>
    </message>
    <message>
        <source>not computed yet</source>
        <translation>尚未计算</translation>
    </message>
</context>
</TS>
