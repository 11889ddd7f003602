<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ConfusionMatrix</name>
    <message>
        <source>True class %1, answered %2: %3 test points</source>
        <translation>真实类别 %1，网络答成 %2：%3 个测试点</translation>
    </message>
    <message>
        <source>the network&apos;s answer</source>
        <translation>网络的答案</translation>
    </message>
    <message>
        <source>true class</source>
        <translation>真实类别</translation>
    </message>
    <message>
        <source>Test points by their true class (rows) and the network&apos;s answer (columns): the diagonal is right. Click a cell to list its points.</source>
        <translation>测试点按真实类别（行）和网络的答案（列）计数：对角线上是答对的。点击一个格子，列出其中的数据点。</translation>
    </message>
</context>
<context>
    <name>ConfusionPanel</name>
    <message>
        <source>Test points: %1 of %2 right (%3)</source>
        <translation>测试点：%2 个中答对 %1 个（%3）</translation>
    </message>
    <message>
        <source>The confusion matrix is drawn for classification data.</source>
        <translation>混淆矩阵只用于分类数据。</translation>
    </message>
    <message>
        <source>The network does not fit the data set yet, or there are no test points.</source>
        <translation>网络与这个数据集还不匹配，或者没有测试点。</translation>
    </message>
    <message>
        <source>No mistakes</source>
        <translation>没有错误</translation>
    </message>
    <message>
        <source>No. %1 · %2 taken for %3 (%4)</source>
        <translation>第 %1 个 · %2 被认成 %3（%4）</translation>
    </message>
    <message>
        <source>Every mistake on the test points, or the points of the chosen cell: click one to step through it</source>
        <translation>测试点上的全部错误，或所选格子中的数据点：点击一个，逐步计算它</translation>
    </message>
</context>
<context>
    <name>DataFiles</name>
    <message>
        <source>The file does not exist.</source>
        <translation>文件不存在。</translation>
    </message>
    <message>
        <source>The file is too large (at most 16 MB and 1,000,000 points).</source>
        <translation>文件太大（最多 16 MB、1,000,000 个点）。</translation>
    </message>
    <message>
        <source>It is not a text file (UTF-8 expected).</source>
        <translation>这不是文本文件（应为 UTF-8 编码）。</translation>
    </message>
    <message>
        <source>It holds no data lines.</source>
        <translation>文件中没有数据行。</translation>
    </message>
    <message>
        <source>A line needs at least two values: features, then the label or target.</source>
        <translation>每行至少需要两个值：先是特征，最后是标签或目标值。</translation>
    </message>
    <message>
        <source>It has %1 values where %2 are expected.</source>
        <translation>这一行有 %1 个值，应为 %2 个。</translation>
    </message>
    <message>
        <source>“%1” is not a number.</source>
        <translation>“%1”不是数字。</translation>
    </message>
    <message>
        <source>“%1” is not a finite number.</source>
        <translation>“%1”不是有限的数。</translation>
    </message>
    <message>
        <source>It has %1 feature columns; at most %2 are possible.</source>
        <translation>文件有 %1 个特征列，最多只能有 %2 个。</translation>
    </message>
    <message>
        <source>It has %1 different labels; at most %2 classes are possible.</source>
        <translation>最后一列有 %1 种不同的标签，最多只能有 %2 类。</translation>
    </message>
    <message>
        <source>Line %1, column %2: </source>
        <translation>第 %1 行第 %2 列：</translation>
    </message>
    <message>
        <source>Line %1: </source>
        <translation>第 %1 行：</translation>
    </message>
    <message>
        <source>Column %1: </source>
        <translation>第 %1 列：</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV 文件 (*.csv *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Import data points</source>
        <translation>导入数据点</translation>
    </message>
    <message>
        <source>Cannot import data</source>
        <translation>无法导入数据</translation>
    </message>
    <message>
        <source>Could not read %1:
%2</source>
        <translation>无法读取 %1：
%2</translation>
    </message>
    <message>
        <source>Export data points</source>
        <translation>导出数据点</translation>
    </message>
    <message>
        <source>Cannot export data</source>
        <translation>无法导出数据</translation>
    </message>
    <message>
        <source>Could not save %1:
%2</source>
        <translation>无法保存 %1：
%2</translation>
    </message>
</context>
<context>
    <name>DataPanel</name>
    <message>
        <source>&amp;Data set</source>
        <translation>数据集(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Points</source>
        <translation>点数(&amp;P)</translation>
    </message>
    <message>
        <source>Noise</source>
        <translation>噪声</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>训练占比</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>种子</translation>
    </message>
    <message>
        <source>Classes</source>
        <translation>类别数</translation>
    </message>
    <message>
        <source>Input features (the input layer follows):</source>
        <translation>输入特征（输入层随之改变）：</translation>
    </message>
    <message>
        <source>Click adds</source>
        <translation>点击添加</translation>
    </message>
    <message>
        <source>Your own points</source>
        <translation>自己的数据点</translation>
    </message>
    <message>
        <source>The points the network trains on: a generated set, or your own (imported from a CSV file or clicked on the plot)</source>
        <translation>网络用来训练的数据点：可以是生成的数据集，也可以是你自己的数据（从 CSV 文件导入，或在图上点击添加）</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation>重新生成</translation>
    </message>
    <message>
        <source>New points from the next seed; the network stays</source>
        <translation>用下一个种子生成新的数据点；网络保持不变</translation>
    </message>
    <message>
        <source>Random jitter added to every point (targets for regression)</source>
        <translation>给每个点加上的随机扰动（回归数据加在目标值上）</translation>
    </message>
    <message>
        <source>Share of the points used to train; the rest test</source>
        <translation>用于训练的数据点比例，其余用于测试</translation>
    </message>
    <message>
        <source>Seed of the points and of the split: the same seed gives the same points</source>
        <translation>数据点及其划分的随机种子：种子相同，数据点也相同</translation>
    </message>
    <message>
        <source>Number of points generated</source>
        <translation>生成的数据点个数</translation>
    </message>
    <message>
        <source>Number of clusters of the blobs data set</source>
        <translation>多类团簇数据集的簇数</translation>
    </message>
    <message>
        <source>Give the network the input %1</source>
        <translation>把 %1 作为网络的输入</translation>
    </message>
    <message>
        <source>The class of a point added by clicking the plane (Shift+click: the next class)</source>
        <translation>在平面上点击时添加的点的类别（Shift+点击：下一个类别）</translation>
    </message>
    <message>
        <source>The target of a point added by clicking the plane</source>
        <translation>在平面上点击时添加的点的目标值</translation>
    </message>
    <message>
        <source>Fit network</source>
        <translation>适配网络</translation>
    </message>
    <message>
        <source>Give the input and output layers the sizes (and the output the activation) the data set needs (undoable)</source>
        <translation>把输入层和输出层改成数据集所需的大小（必要时也换掉输出层的激活函数），可撤销</translation>
    </message>
    <message>
        <source>%1 points: %2 train, %3 test</source>
        <translation>共 %1 个点：%2 个训练，%3 个测试</translation>
    </message>
    <message>
        <source>The targets go from %1 to %2: a %3 output cannot give most of them.</source>
        <translation>目标值在 %1 到 %2 之间：%3 输出层给不出其中的大部分。</translation>
    </message>
    <message>
        <source>Click the plot to add a point at (x, t)</source>
        <translation>点击图中位置，添加点 (x, t)</translation>
    </message>
    <message>
        <source>class %1</source>
        <translation>类别 %1</translation>
    </message>
</context>
<context>
    <name>DecisionView</name>
    <message>
        <source>Discretise output</source>
        <translation>离散化输出</translation>
    </message>
    <message>
        <source>Show only the decision, not how sure the network is</source>
        <translation>只显示决策结果，不显示网络有多确定</translation>
    </message>
    <message>
        <source>Show test data</source>
        <translation>显示测试数据</translation>
    </message>
    <message>
        <source>Test points have black rims, training points white ones</source>
        <translation>测试点为黑边，训练点为白边</translation>
    </message>
    <message>
        <source>The decision view draws 1-D and 2-D data; these points have %1 inputs.</source>
        <translation>决策视图只能绘制一维和二维数据；这些数据点有 %1 个输入。</translation>
    </message>
    <message>
        <source>Click a point to step through it; click the plane to add a point (Shift: the next class); right-click removes one</source>
        <translation>点击一个点，逐步查看网络如何处理它；点击平面添加一个点（Shift：下一个类别）；右键删除一个点</translation>
    </message>
    <message>
        <source>Input %1 over the plane</source>
        <translation>输入 %1 在平面上的取值</translation>
    </message>
    <message>
        <source>%1: its output z over the plane (blue &gt; 0, orange &lt; 0)</source>
        <translation>%1：它在平面上的输出 z（蓝色 &gt; 0，橙色 &lt; 0）</translation>
    </message>
    <message>
        <source>Output y (line) and the targets t (points)</source>
        <translation>输出 y（曲线）与目标值 t（点）</translation>
    </message>
    <message>
        <source>Output y over the plane; points coloured by their target t</source>
        <translation>输出 y 在平面上的取值；点的颜色表示目标值 t</translation>
    </message>
    <message>
        <source>Output over the plane: </source>
        <translation>输出在平面上的分布：</translation>
    </message>
    <message>
        <source>class %1</source>
        <translation>类别 %1</translation>
    </message>
</context>
<context>
    <name>DigitsPad</name>
    <message>
        <source>The pad draws inputs that are pictures: open Examples ▸ Handwritten digits, or choose the digits data set and fit the network to it.</source>
        <translation>画板用于图片输入：打开“示例 ▸ 手写数字”，或选择手写数字数据集并让网络适应它。</translation>
    </message>
    <message>
        <source>Draw with the left button, erase with the right one</source>
        <translation>按左键绘制，按右键擦除</translation>
    </message>
</context>
<context>
    <name>DigitsPanel</name>
    <message>
        <source>Clear</source>
        <translation>清空</translation>
    </message>
    <message>
        <source>Blank the pad (Ctrl+Z brings the drawing back)</source>
        <translation>清空画板（Ctrl+Z 可恢复所画内容）</translation>
    </message>
    <message>
        <source>&amp;Test image</source>
        <translation>测试图片(&amp;T)</translation>
    </message>
    <message>
        <source>Step through one of the test images: its pixels x and its class t</source>
        <translation>逐步计算一张测试图片：它的像素 x 和类别 t</translation>
    </message>
</context>
<context>
    <name>Document</name>
    <message>
        <source>Change optimizer</source>
        <translation>修改优化器</translation>
    </message>
    <message>
        <source>Change batch size</source>
        <translation>修改批大小</translation>
    </message>
    <message>
        <source>Change L2 regularisation</source>
        <translation>修改 L2 正则化</translation>
    </message>
    <message>
        <source>Change when training stops</source>
        <translation>修改停止条件</translation>
    </message>
    <message>
        <source>Draw new starting weights</source>
        <translation>重新抽取初始权重</translation>
    </message>
    <message>
        <source>Choose data set</source>
        <translation>选择数据集</translation>
    </message>
    <message>
        <source>Change number of points</source>
        <translation>修改点数</translation>
    </message>
    <message>
        <source>Change noise</source>
        <translation>修改噪声</translation>
    </message>
    <message>
        <source>Change training share</source>
        <translation>修改训练占比</translation>
    </message>
    <message>
        <source>Regenerate points</source>
        <translation>重新生成数据点</translation>
    </message>
    <message>
        <source>Change number of classes</source>
        <translation>修改类别数</translation>
    </message>
    <message>
        <source>Change input features</source>
        <translation>修改输入特征</translation>
    </message>
    <message>
        <source>Fit network to data</source>
        <translation>使网络适配数据</translation>
    </message>
    <message>
        <source>Add point</source>
        <translation>添加数据点</translation>
    </message>
    <message>
        <source>Remove point</source>
        <translation>删除数据点</translation>
    </message>
    <message>
        <source>Import data</source>
        <translation>导入数据</translation>
    </message>
    <message>
        <source>Use point as example</source>
        <translation>以数据点为示例</translation>
    </message>
    <message>
        <source>Reset weights</source>
        <translation>重置权重</translation>
    </message>
    <message>
        <source>Train 1 epoch</source>
        <translation>训练 1 轮</translation>
    </message>
    <message>
        <source>Train %1 epochs</source>
        <translation>训练 %1 轮</translation>
    </message>
    <message>
        <source>Train %1 steps</source>
        <translation>训练 %1 步</translation>
    </message>
    <message>
        <source>Continue from epoch %1</source>
        <translation>从第 %1 轮继续</translation>
    </message>
</context>
<context>
    <name>FeaturePanel</name>
    <message>
        <source>What each neuron of layer 1 looks for: its weights w as a picture</source>
        <translation>第 1 层每个神经元在找什么：把它的权重 w 画成图片</translation>
    </message>
    <message>
        <source>What it sees in this example: ⟦w·x⟧ of every pixel (⟦Σ w·x + b = a⟧)</source>
        <translation>它在这个示例中看到什么：每个像素的 ⟦w·x⟧（⟦Σ w·x + b = a⟧）</translation>
    </message>
    <message>
        <source>&amp;Weights</source>
        <translation>权重(&amp;W)</translation>
    </message>
    <message>
        <source>Weights × &amp;input</source>
        <translation>权重 × 输入(&amp;I)</translation>
    </message>
</context>
<context>
    <name>FeatureTiles</name>
    <message>
        <source>Neuron %1 of layer 1: ⟦z⟧ = %2</source>
        <translation>第 1 层神经元 %1：⟦z⟧ = %2</translation>
    </message>
    <message>
        <source>Feature maps are drawn when the inputs are a picture (the handwritten digits).</source>
        <translation>输入是图片（手写数字）时才绘制特征图。</translation>
    </message>
    <message>
        <source>Each neuron of layer 1: its incoming weights as a picture (blue: ink there raises its weighted input ⟦a⟧, orange: lowers it) and its output ⟦z⟧ for the example. Click one to select it.</source>
        <translation>第 1 层的每个神经元：把它的输入权重画成图片（蓝色：那里有笔画会提高加权输入 ⟦a⟧，橙色：会降低它），下面是它对该示例的输出 ⟦z⟧。点击一个可选中它。</translation>
    </message>
</context>
<context>
    <name>Fitting</name>
    <message>
        <source>The data give %1 inputs, but the network&apos;s input layer has %2.</source>
        <translation>数据提供 %1 个输入，但网络的输入层有 %2 个。</translation>
    </message>
    <message>
        <source>The data need %1 outputs, but the network&apos;s output layer has %2.</source>
        <translation>数据需要 %1 个输出，但网络的输出层有 %2 个。</translation>
    </message>
    <message>
        <source>Fit the network to the data?</source>
        <translation>使网络适配数据吗？</translation>
    </message>
    <message>
        <source>Change the input and output layers to fit the data set? Hidden layers stay as they are; Edit ▸ Undo goes back.</source>
        <translation>要修改输入层和输出层以适配这个数据集吗？隐藏层保持不变；用“编辑 ▸ 撤销”可以恢复。</translation>
    </message>
</context>
<context>
    <name>LossChart</name>
    <message>
        <source>Epoch %1: press Train (Ctrl+T) to see the loss fall</source>
        <translation>第 %1 轮：按“训练”（Ctrl+T），看损失如何下降</translation>
    </message>
    <message>
        <source>Blue: the training points; orange: the test points</source>
        <translation>蓝色：训练数据点；橙色：测试数据点</translation>
    </message>
    <message>
        <source>Epoch %1 · loss &lt;b style=&apos;color:%2&apos;&gt;%3&lt;/b&gt; / &lt;b style=&apos;color:%4&apos;&gt;%5&lt;/b&gt;&lt;br&gt;%6 &lt;b style=&apos;color:%2&apos;&gt;%7&lt;/b&gt; / &lt;b style=&apos;color:%4&apos;&gt;%8&lt;/b&gt;</source>
        <translation>第 %1 轮 · 损失 &lt;b style=&apos;color:%2&apos;&gt;%3&lt;/b&gt; / &lt;b style=&apos;color:%4&apos;&gt;%5&lt;/b&gt;&lt;br&gt;%6 &lt;b style=&apos;color:%2&apos;&gt;%7&lt;/b&gt; / &lt;b style=&apos;color:%4&apos;&gt;%8&lt;/b&gt;</translation>
    </message>
    <message>
        <source>R²</source>
        <translation>R²</translation>
    </message>
    <message>
        <source>accuracy</source>
        <translation>准确率</translation>
    </message>
    <message>
        <source>Log scale</source>
        <translation>对数坐标</translation>
    </message>
    <message>
        <source>Show the loss on a logarithmic axis, where small losses still differ</source>
        <translation>用对数坐标显示损失，很小的损失也能看出差别</translation>
    </message>
    <message>
        <source>epoch</source>
        <translation>轮次</translation>
    </message>
    <message>
        <source>loss: &lt;span style=&apos;color:%1&apos;&gt;train&lt;/span&gt;, %2</source>
        <translation>损失：&lt;span style=&apos;color:%1&apos;&gt;训练&lt;/span&gt;，%2</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:%1&apos;&gt;test&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:%1&apos;&gt;测试&lt;/span&gt;</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>损失</translation>
    </message>
</context>
<context>
    <name>OutputBars</name>
    <message>
        <source>The network says: %1</source>
        <translation>网络认为：%1</translation>
    </message>
    <message>
        <source>The output y of each class for the example; the longest bar is the network&apos;s answer. A ring marks the target t: click a class to make it the target.</source>
        <translation>该示例在每个类别上的输出 y；最长的条就是网络的答案。圆圈标出目标 t：点击一个类别可把它设为目标。</translation>
    </message>
</context>
<context>
    <name>PinnedRuns</name>
    <message>
        <source>%1, η %2, batch %3 · %4</source>
        <translation>%1，η %2，批量 %3 · %4</translation>
    </message>
</context>
<context>
    <name>TimelineBar</name>
    <message>
        <source>Train to keep each epoch here</source>
        <translation>训练后，每一轮都会保存在这里</translation>
    </message>
    <message>
        <source>epoch %1 (now)</source>
        <translation>第 %1 轮（当前）</translation>
    </message>
    <message>
        <source>epoch %1 of %2</source>
        <translation>第 %1 轮 / 共 %2 轮</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>回到当前</translation>
    </message>
    <message>
        <source>Show the network as it is now</source>
        <translation>显示网络现在的样子</translation>
    </message>
    <message>
        <source>Continue from here</source>
        <translation>从这里继续</translation>
    </message>
    <message>
        <source>Make this epoch&apos;s network the current one (undo brings the later epochs back); Train goes on from it. Editing it does the same.</source>
        <translation>把这一轮的网络设为当前网络（撤销可找回之后的各轮）；“训练”会从这里继续。编辑它也会这样。</translation>
    </message>
    <message>
        <source>Pin run</source>
        <translation>固定这次训练</translation>
    </message>
    <message>
        <source>Keep this run&apos;s loss curve on the chart, to compare with the next run</source>
        <translation>把这次训练的损失曲线留在图上，与下一次比较</translation>
    </message>
    <message>
        <source>Clear pins</source>
        <translation>清除固定</translation>
    </message>
    <message>
        <source>Remove the pinned loss curves</source>
        <translation>去掉固定的损失曲线</translation>
    </message>
    <message>
        <source>Slide back through the epochs kept while training: the canvas, the views and the stepping show the network as it was then (read-only)</source>
        <translation>拖动回到训练中保存的各轮：画布、各视图和逐步计算都显示网络当时的样子（只读）</translation>
    </message>
</context>
<context>
    <name>TrainingActions</name>
    <message>
        <source>&amp;Train</source>
        <translation>训练(&amp;T)</translation>
    </message>
    <message>
        <source>Train the network on the data set</source>
        <translation>在数据集上训练网络</translation>
    </message>
    <message>
        <source>Train one &amp;epoch</source>
        <translation>训练一轮(&amp;E)</translation>
    </message>
    <message>
        <source>One pass through the training points, in mini-batches</source>
        <translation>按小批量把训练数据完整过一遍</translation>
    </message>
    <message>
        <source>&amp;Reset weights</source>
        <translation>重置权重(&amp;R)</translation>
    </message>
    <message>
        <source>Start again from the seed&apos;s weights (the same each time), epoch 0</source>
        <translation>从种子对应的初始权重重新开始（每次都相同），轮次归零</translation>
    </message>
    <message>
        <source>New &amp;seed</source>
        <translation>新种子(&amp;S)</translation>
    </message>
    <message>
        <source>Draw a new seed and start from its weights</source>
        <translation>抽取新的种子，并从它对应的权重开始</translation>
    </message>
    <message>
        <source>&amp;Fit network to data</source>
        <translation>使网络适配数据(&amp;F)</translation>
    </message>
    <message>
        <source>Give the input and output layers the sizes the data set needs</source>
        <translation>把输入层和输出层改成数据集所需的大小</translation>
    </message>
    <message>
        <source>&amp;Import data (CSV)…</source>
        <translation>导入数据 (CSV)(&amp;I)…</translation>
    </message>
    <message>
        <source>Train on your own points: feature columns, then a label or target</source>
        <translation>用自己的数据训练：先是特征列，最后是标签或目标值</translation>
    </message>
    <message>
        <source>E&amp;xport data (CSV)…</source>
        <translation>导出数据 (CSV)(&amp;X)…</translation>
    </message>
    <message>
        <source>Save the points of the data set as a CSV file</source>
        <translation>把数据集的点保存为 CSV 文件</translation>
    </message>
    <message>
        <source>Epoch</source>
        <translation>一轮</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>重置</translation>
    </message>
    <message>
        <source>New seed</source>
        <translation>新种子</translation>
    </message>
    <message>
        <source>T&amp;rain</source>
        <translation>训练(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Data set</source>
        <translation>数据集(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>暂停(&amp;P)</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Train</source>
        <translation>训练</translation>
    </message>
</context>
<context>
    <name>TrainingPanel</name>
    <message>
        <source>&amp;Optimizer</source>
        <translation>优化器(&amp;O)</translation>
    </message>
    <message>
        <source>η</source>
        <translation>η</translation>
    </message>
    <message>
        <source>&amp;Batch</source>
        <translation>批大小(&amp;B)</translation>
    </message>
    <message>
        <source>L2</source>
        <translation>L2</translation>
    </message>
    <message>
        <source>&amp;Loss</source>
        <translation>损失函数(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Stop after</source>
        <translation>停止轮次(&amp;S)</translation>
    </message>
    <message>
        <source>or loss ≤</source>
        <translation>或损失 ≤</translation>
    </message>
    <message>
        <source>SGD</source>
        <translation>SGD</translation>
    </message>
    <message>
        <source>Momentum</source>
        <translation>Momentum</translation>
    </message>
    <message>
        <source>Adam</source>
        <translation>Adam</translation>
    </message>
    <message>
        <source>never</source>
        <translation>不停止</translation>
    </message>
    <message>
        <source>Learning rate η: each step changes w by −η·∂E/∂w (shared with Apply update)</source>
        <translation>学习率 η：每一步把 w 改变 −η·∂E/∂w（与“更新”共用）</translation>
    </message>
    <message>
        <source>Points per step: the gradient is averaged over a mini-batch</source>
        <translation>每一步使用的点数：梯度在一个小批量上取平均</translation>
    </message>
    <message>
        <source>L2 regularisation: adds λ/2·Σw² to the loss, pulling weights towards 0</source>
        <translation>L2 正则化：在损失上加 λ/2·Σw²，把权重拉向 0</translation>
    </message>
    <message>
        <source>How a gradient becomes a change of the weights</source>
        <translation>如何把梯度变成权重的改变</translation>
    </message>
    <message>
        <source>The error E that training makes small (also used when stepping)</source>
        <translation>训练要减小的误差 E（单步演示也使用它）</translation>
    </message>
    <message>
        <source>Pause by itself after this many epochs of a run (never: run until paused)</source>
        <translation>一次训练运行这么多轮后自动暂停（不停止：一直训练到手动暂停）</translation>
    </message>
    <message>
        <source>Pause by itself once the training loss is this low</source>
        <translation>训练损失降到这个值时自动暂停</translation>
    </message>
    <message>
        <source>Automatic: %1</source>
        <translation>自动：%1</translation>
    </message>
    <message>
        <source>R²</source>
        <translation>R²</translation>
    </message>
    <message>
        <source>accuracy</source>
        <translation>准确率</translation>
    </message>
    <message>
        <source>Epoch</source>
        <translation>轮次</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>训练</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>测试</translation>
    </message>
    <message>
        <source>%1 loss %2 · %3 %4</source>
        <translation>%1损失 %2 · %3 %4</translation>
    </message>
</context>
<context>
    <name>TrainingRunner</name>
    <message>
        <source>Stopped after %1 epochs, as set.</source>
        <translation>已按设置在 %1 轮后停止。</translation>
    </message>
    <message>
        <source>Stopped at epoch %1: the training loss reached %2.</source>
        <translation>在第 %1 轮停止：训练损失已降到 %2。</translation>
    </message>
    <message>
        <source>Training stopped: with the learning rate η = %1 %2. The weights are back at epoch %3, before it went wrong. Lower η and press Train to go on.</source>
        <translation>训练已停止：在学习率 η = %1 下，%2。权重已退回到第 %3 轮，即出问题之前。请降低 η，再按“训练”继续。</translation>
    </message>
    <message>
        <source>the loss became infinite</source>
        <translation>损失变成了无穷大</translation>
    </message>
    <message>
        <source>the weights would have become infinite</source>
        <translation>权重将变成无穷大</translation>
    </message>
    <message>
        <source>the loss grew ten thousand times above its lowest</source>
        <translation>损失比最低时增大了一万倍以上</translation>
    </message>
    <message>
        <source>The network does not fit the data set yet.</source>
        <translation>网络还不适配这个数据集。</translation>
    </message>
    <message>
        <source>The training process stopped unexpectedly; training goes on here, nothing lost.</source>
        <translation>训练进程意外停止了；训练在本窗口中继续，没有丢失任何内容。</translation>
    </message>
    <message>
        <source>There are no training points.</source>
        <translation>没有训练数据点。</translation>
    </message>
</context>
</TS>
