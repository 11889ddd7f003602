<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
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
        <source>backward: ⟦δ = ∂E/∂a⟧</source>
        <translation>反向传播：⟦δ = ∂E/∂a⟧</translation>
    </message>
    <message>
        <source>layer %1 shows its %2 strongest of %3 weights</source>
        <translation>第 %1 层只显示 %3 个权重中最强的 %2 个</translation>
    </message>
    <message>
        <source>A network has at most %1 layers</source>
        <translation>一个网络最多有 %1 层</translation>
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
    <message>
        <source>dead</source>
        <translation>失活</translation>
    </message>
</context>
</TS>
